// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

// The simulator's private parts, shared by its source files: simulator.cpp (setup, phases,
// actions, report), simulatortruth.cpp (the server's rows before and after the run, the
// comparison with every user's tables) and simulatorstorms.cpp (reconnect storms).

#include <QSet>
#include <QString>

#include "sim/simulator.h"

namespace Dms {

// Bookkeeping of one virtual user during the run.
struct Simulator::UserRun
{
    int signInAttempts = 0;
    bool signInStarted = false;
    bool signedIn = false;
    bool failed = false;
    bool everLive = false;
    qint64 baseRefetches = 0;
    qint64 baseRowFetches = 0;
    int baseReconnects = 0;
    int baseDuplicateSeqs = 0;
    int baseReorderedSeqs = 0;
    // Ramping: whether the user takes part now. Without stages every user that got ready
    // is In from the start to the end.
    enum class Presence { Out, Joining, In, Leaving };
    Presence presence = Presence::Out;
    bool viewsOpened = false;  // a user that rejoins only signs in again
    qint64 joinStartMs = 0;
    // A ramp-down reached it while it was still joining: it leaves the moment it is In
    // (and nothing posted from then on expects it), so the ramp ends at its target.
    bool leaveOnceIn = false;
    qint64 joinedAtMs = 0;     // joined during the run (0: before it)
    qint64 leftAtMs = 0;       // signed out during the run (0: did not)
    int actionsInFlight = 0;   // its POSTs not answered yet
    // Reconnect storm.
    enum class Storm { None, WaitingDown, WaitingLive, WaitingResync, Done };
    Storm storm = Storm::None;
    StormRun *stormRun = nullptr;
    qint64 liveAgainMs = 0;
    QSet<QString> resyncPending;
    QSet<QString> resyncStarted;
};

struct Simulator::StormRun
{
    SimStorm stats;
    qint64 deadlineMs = 0;
    bool done = false;
    bool triggered = false;  // the sockets have been told to close
};

}  // namespace Dms
