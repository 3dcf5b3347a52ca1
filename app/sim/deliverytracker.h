// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <unordered_map>
#include <vector>

#include "live/liveevent.h"
#include "sim/simreport.h"

namespace Dms {

// What one action is expected to cause: a frame (entity, id, status) to every user of
// the target units — or, for a notification, to one user — and, in each receiver's table
// model of `modelKey`, the row showing `watchField` = `watchValue`.
struct SimEffect
{
    QString entity;        // withdrawal | destruction | transfer | crate | notification
    EntityId entityId;     // null while unknown (a create: known from the POST's answer)
    QString status;        // the status the frame carries
    QString number;        // request / crate number, for messages
    QList<EntityId> targetUnits;
    EntityId targetUserId; // notifications: the one user that must receive it
    QString targetUsername;
    QString modelKey;      // list key whose row shows the change ("" = none)
    QString watchField = QStringLiteral("status");
    QJsonValue watchValue;
    QList<EntityId> watchUnits;  // units whose tables show the row (empty = the target units)
};

// One measured receipt (the --csv samples, the panel's scatter).
struct SimSample
{
    qint64 changeId = 0;
    qint64 postedAtMs = 0;
    QString action;
    QString entity;
    EntityId entityId;
    QString status;
    QString username;
    EntityId unitId;
    QString outcome;       // delivered | missing | late | missed_while_down | leak | duplicate
    qint64 frameMs = -1;   // POST → frame (-1: none)
    qint64 modelMs = -1;   // POST → table model
    qint64 emitMs = -1;    // server emit → frame (offset applied)
};

// The measuring core of the simulator, free of sockets and timers so that it can be
// tested with made-up events: changes are registered when their POST is sent, receipts
// are matched to them (by event_id once bound, else by entity/id/status in order),
// table models report when they show a change, and tick() finalizes changes whose time
// is up. Everything it counts goes to the SimReport parts it owns.
class DeliveryTracker final
{
public:
    DeliveryTracker();

    void setTimeoutMs(qint64 ms) { m_timeoutMs = ms; }
    void setWindowMs(int ms) { m_windowMs = qMax(1, ms); }
    int windowMs() const { return m_windowMs; }
    // Called for each sample when set (costly at scale: only when someone listens).
    void setSampleSink(std::function<void(const SimSample &)> sink) { m_sampleSink = std::move(sink); }
    // Called whenever a leak is found.
    void setLeakSink(std::function<void(const SimLeak &)> sink) { m_leakSink = std::move(sink); }

    // Receivers (virtual users), indexed from 0 in the order added.
    int addReceiver(const QString &username, const QString &role);
    void setReceiverIdentity(int receiver, const EntityId &unitId, const EntityId &userId,
                             const QString &server);
    void setReceiverLive(int receiver, bool live, qint64 nowMs);
    // A receiver that is leaving (ramping down) is no longer expected to receive changes
    // posted from now on; what it was expecting is still measured (openExpectations()).
    void setReceiverAccepting(int receiver, bool accepting);
    // Receipts and table updates the receiver still owes to changes not yet finalized.
    int openExpectations(int receiver) const;
    void setReceiverHasModel(int receiver, const QString &modelKey);
    // A clock offset sample (server minus ours) measured with a ping of round trip rttMs;
    // the sample with the shortest round trip is kept (it has the smallest error).
    void setReceiverClockOffset(int receiver, qint64 offsetMs, int rttMs);
    void setReceiverState(int receiver, const QString &state, const QString &error = QString());
    int receiverCount() const { return int(m_receivers.size()); }
    bool isReceiverLive(int receiver) const { return m_receivers.at(receiver).live; }
    EntityId receiverUnit(int receiver) const { return m_receivers.at(receiver).stats.unitId; }
    EntityId receiverUserId(int receiver) const { return m_receivers.at(receiver).stats.userId; }
    const SimUserStats &receiverStats(int receiver) const { return m_receivers.at(receiver).stats; }
    SimUserStats &receiverStats(int receiver) { return m_receivers[receiver].stats; }

    // Changes. beginChange registers what a POST about to be sent should cause and returns
    // its id; the expected receivers are those Live now in the target units.
    qint64 beginChange(const SimEffect &effect, const QString &action, qint64 postSentMs);
    // A create's POST answered: the new row's id (frames that came first are matched now).
    void setChangeEntityId(qint64 changeId, const EntityId &entityId, const QString &number);
    // The POST failed: the change will not happen; its expectations are withdrawn.
    void cancelChange(qint64 changeId);
    bool isChangeOpen(qint64 changeId) const;  // neither complete nor finalized
    // Changes still waiting for a receipt or a table (the settle phase waits for 0).
    int incompleteChanges() const;
    int unfinalizedChanges() const { return int(m_open.size()); }

    // Stages (ramping): changes begun from now on belong to `stage` (-1: none); each stage
    // keeps the figures of its changes, as a window does (startMs holds the stage index).
    void setStage(int stage) { m_stage = stage; }
    int stage() const { return m_stage; }
    const QMap<int, SimWindow> &stages() const { return m_stages; }
    // Changes of the stage still waiting for a receipt or a table.
    int openChangesOfStage(int stage) const;

    // Receipts and stream bookkeeping.
    void onWelcome(int receiver, qint64 seq);
    void onEvent(int receiver, const LiveEvent &event);
    // An event the session did not apply because a later seq came first (reordered): a
    // receipt all the same, and the gap it seemed to leave was no missed event after all.
    void onLateEvent(int receiver, const LiveEvent &event);
    void onNotification(int receiver, const LiveEvent &event);

    // Model watches: which (change, key, id, field, value) a receiver's tables should show.
    struct Watch
    {
        qint64 changeId = 0;
        QString modelKey;
        EntityId entityId;
        QString field;
        QJsonValue value;
    };
    // The receiver's watches on modelKey (all when modelKey is empty).
    QList<Watch> watches(int receiver, const QString &modelKey = QString()) const;
    bool hasWatches(int receiver, const QString &modelKey) const;
    // The receiver's model shows the change (at atMs).
    void markModelShown(int receiver, qint64 changeId, qint64 atMs);
    // Checks the receiver's watches with a lookup (entity id, field) → the model's value
    // (Undefined when the row is absent); marks the ones that match.
    void checkWatches(int receiver, const QString &modelKey,
                      const std::function<QJsonValue(const EntityId &id, const QString &field)> &lookup,
                      qint64 nowMs);

    // Finalizes changes whose timeout has passed (or all with force); returns how many.
    int tick(qint64 nowMs, bool force = false);
    // At the end: seq numbers a Live user never received although later ones exist
    // (the tail after its last frame, up to the highest seq any user of its unit saw).
    void finishStreams();

    // Results so far.
    const SimCounters &counters() const { return m_counters; }
    SimCounters &counters() { return m_counters; }
    const LatencyHistogram &frameHistogram() const { return m_frame; }
    const LatencyHistogram &modelHistogram() const { return m_model; }
    const LatencyHistogram &emitHistogram() const { return m_emit; }
    // Status changes (the frame carries the watched field, so the row can show it as the
    // frame arrives): POST → frame and POST → table of those receipts.
    const LatencyHistogram &statusFrameHistogram() const { return m_statusFrame; }
    const LatencyHistogram &statusModelHistogram() const { return m_statusModel; }
    // The console's own share: table − frame of the same receiver (0 when the table came
    // first), for status changes and for changes whose watched field needs a fetch.
    const LatencyHistogram &statusLagHistogram() const { return m_statusLag; }
    const LatencyHistogram &fetchLagHistogram() const { return m_fetchLag; }
    const QMap<qint64, SimWindow> &windows() const { return m_windows; }
    const QList<SimLeak> &leaks() const { return m_leaks; }
    // Windows touched since the last call (for live charts).
    QList<qint64> takeDirtyWindows();

private:
    enum Flag : quint8 {
        Expected = 1,
        Received = 2,
        ModelWatched = 4,
        ModelShown = 8,
        Leaked = 16,
    };
    struct Change
    {
        qint64 id = 0;
        SimEffect effect;
        QString action;
        qint64 postSentMs = 0;
        qint64 windowStart = 0;
        int stage = -1;
        QString eventId;      // bound at the first receipt
        bool complete = false;   // every expected receipt and watched table seen
        bool finalized = false;  // timed out (or forced): flags freed
        bool cancelled = false;
        int outstanding = 0;  // expected receipts + watched models not seen yet
        std::vector<quint8> flags;  // per receiver; freed when finalized
        // Per receiver latencies, kept only while samples are wanted (-1: none).
        std::vector<qint32> frameMs;
        std::vector<qint32> modelMs;
        std::vector<qint32> emitMs;
        bool statusChange = false;  // the frame carries the watched field (status)
        // Per receiver POST → frame and POST → table (-1: not yet), for the table lag.
        std::vector<qint32> lagFrameMs;
        std::vector<qint32> lagModelMs;
    };
    struct Receiver
    {
        SimUserStats stats;
        QString role;
        bool live = false;
        bool accepting = true;  // new changes expect it (false while it leaves)
        qint64 lastDownMs = 0;  // when it last left Live
        bool hasOffset = false;
        qint64 offsetMs = 0;
        int offsetRttMs = 0;
        qint64 lastSeq = -1;
        QList<QString> models;  // list keys of its open views
        QList<Watch> watches;
        struct Recent
        {
            quint64 hash = 0;
            qint64 atMs = 0;
        };
        Recent recentEvents[8] = {};  // the last untracked events (duplicate check)
        int recentPos = 0;
    };
    static QString matchKey(const QString &entity, const EntityId &id, const QString &status);
    Change *find(qint64 changeId);
    const Change *find(qint64 changeId) const;
    Change *matchEvent(int receiver, const QString &entity, const EntityId &id, const QString &status,
                       const QString &eventId);
    void matchTracked(int receiver, const LiveEvent &event);
    void applyReceipt(int receiver, Change &change, qint64 receivedAtMs, qint64 serverTimeMs);
    void recordLeak(int receiver, Change &change, qint64 atMs);
    bool isTarget(const Receiver &r, const Change &change) const;
    bool watchesIn(const Receiver &r, const Change &change) const;
    void finalize(Change &change, qint64 nowMs);
    void maybeComplete(Change &change);
    SimWindow &window(qint64 startMs);
    SimWindow *stageWindow(int stage);
    void emitSample(const Change &change, int receiver, const QString &outcome, qint64 frameMs,
                    qint64 modelMs, qint64 emitMs);
    void dropWatches(int receiver, qint64 changeId);
    void recordLag(const Change &change, int receiver);

    // Without seq or event ids, the same untracked content twice within this is a duplicate.
    static constexpr qint64 SameContentWindowMs = 2000;
    qint64 m_timeoutMs = 10'000;
    int m_windowMs = 5000;
    qint64 m_nextChangeId = 1;
    std::vector<Receiver> m_receivers;
    std::unordered_map<qint64, Change> m_changes;       // every change of the run
    QList<qint64> m_open;                               // not finalized, in order
    QHash<QString, QList<qint64>> m_index;              // match key → change ids
    QList<std::pair<int, LiveEvent>> m_orphans;         // "created" frames before their POST answered
    SimCounters m_counters;
    LatencyHistogram m_frame;
    LatencyHistogram m_model;
    LatencyHistogram m_emit;
    LatencyHistogram m_statusFrame;
    LatencyHistogram m_statusModel;
    LatencyHistogram m_statusLag;
    LatencyHistogram m_fetchLag;
    QMap<qint64, SimWindow> m_windows;
    QMap<int, SimWindow> m_stages;
    int m_stage = -1;
    QList<qint64> m_dirtyWindows;
    QList<SimLeak> m_leaks;
    std::function<void(const SimSample &)> m_sampleSink;
    std::function<void(const SimLeak &)> m_leakSink;
};

}  // namespace Dms
