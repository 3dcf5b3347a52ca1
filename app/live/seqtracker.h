// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QtGlobal>

#include <set>

namespace Dms {

// The per-socket sequence check of dms-updates (spec §2.1, seq is ext): the welcome sets a
// baseline, each event must be the next number; a jump is a gap (events missed → resync).
// A seq at or below the last one is not applied, and is named for what it is: Reordered
// when it fills a gap seen earlier (it arrived after a later one), Duplicate when that seq
// was already received or lies at or before the welcome's baseline. A pong may announce
// the unit's current seq: if events up to it have not arrived when the grace ends, they
// were lost at the end of a burst, where no later event would show the gap; a straggler
// among them is Reordered. A value class: no timers, no I/O.
class SeqTracker final
{
public:
    enum class Verdict { NoSeq, InOrder, Gap, Duplicate, Reordered };
    // Gaps remembered to tell a late frame from a repeated one (the oldest are forgotten:
    // a frame that late counts as a duplicate).
    static constexpr int MaxHoles = 4096;
    struct Result
    {
        Verdict verdict = Verdict::NoSeq;
        qint64 missed = 0;    // Gap: how many events were skipped
        qint64 previous = -1; // the last seq before this one (-1: none)
    };

    // A welcome: the next event should be baseline + 1 (-1: no baseline, accept any).
    void reset(qint64 baseline = -1);
    // An event's seq (-1 when the frame carries none).
    Result onEvent(qint64 seq);
    // Duplicate and Reordered: the frame is not applied.
    static bool isStale(Verdict v) { return v == Verdict::Duplicate || v == Verdict::Reordered; }
    // A pong's seq: true when it is ahead of the last event and a grace check should start.
    bool onAnnounced(qint64 seq);
    // The grace ended: how many announced events never arrived (0: all did). Those count
    // as received afterwards (the resync covers them; a straggler is then stale).
    qint64 checkTail();

    qint64 last() const { return m_last; }
    bool tailPending() const { return m_tail >= 0; }
    bool sawSeq() const { return m_sawSeq; }  // the server sends seq at all

private:
    void addHoles(qint64 from, qint64 to);  // [from, to]

    qint64 m_last = -1;
    qint64 m_tail = -1;
    std::set<qint64> m_holes;  // seqs skipped by a gap or a lost tail, not received since
    bool m_sawSeq = false;
};

}  // namespace Dms
