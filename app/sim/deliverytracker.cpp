// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/deliverytracker.h"

#include <QHashFunctions>

#include <climits>

namespace Dms {

namespace {

constexpr int MaxOrphans = 20'000;

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    // An id field (storage_id) the table holds as text and the action sent as a number, or
    // the other way round: the same id when the text is the same (EntityId's equality).
    if ((a.isString() && b.isDouble()) || (a.isDouble() && b.isString())) {
        const EntityId x = EntityId::fromJsonOrNull(a);
        return x.isValid() && x == EntityId::fromJsonOrNull(b);
    }
    return a == b;
}

bool isTrackedEntity(const QString &entity)
{
    return entity == QLatin1String("withdrawal") || entity == QLatin1String("destruction") ||
           entity == QLatin1String("transfer") || entity == QLatin1String("crate");
}

}  // namespace

DeliveryTracker::DeliveryTracker() = default;

QString DeliveryTracker::matchKey(const QString &entity, const EntityId &id, const QString &status)
{
    // U+001F (unit separator) cannot be confused with a character of a string id.
    return entity + QChar(0x1f) + id.toString() + QChar(0x1f) + status;
}

int DeliveryTracker::addReceiver(const QString &username, const QString &role)
{
    Receiver r;
    r.stats.username = username;
    r.stats.role = role;
    r.stats.state = QStringLiteral("signed_out");
    r.role = role;
    m_receivers.push_back(r);
    return int(m_receivers.size()) - 1;
}

void DeliveryTracker::setReceiverIdentity(int receiver, const EntityId &unitId, const EntityId &userId,
                                          const QString &server)
{
    Receiver &r = m_receivers[receiver];
    r.stats.unitId = unitId;
    r.stats.userId = userId;
    if (!server.isEmpty())
        r.stats.server = server;
}

void DeliveryTracker::setReceiverLive(int receiver, bool live, qint64 nowMs)
{
    Receiver &r = m_receivers[receiver];
    if (r.live && !live)
        r.lastDownMs = nowMs;
    r.live = live;
}

void DeliveryTracker::setReceiverHasModel(int receiver, const QString &modelKey)
{
    Receiver &r = m_receivers[receiver];
    if (!r.models.contains(modelKey))
        r.models.append(modelKey);
}

void DeliveryTracker::setReceiverClockOffset(int receiver, qint64 offsetMs, int rttMs)
{
    Receiver &r = m_receivers[receiver];
    if (r.hasOffset && rttMs >= r.offsetRttMs)
        return;
    r.hasOffset = true;
    r.offsetMs = offsetMs;
    r.offsetRttMs = qMax(0, rttMs);
}

void DeliveryTracker::setReceiverState(int receiver, const QString &state, const QString &error)
{
    Receiver &r = m_receivers[receiver];
    r.stats.state = state;
    if (!error.isEmpty())
        r.stats.error = error;
}

bool DeliveryTracker::isTarget(const Receiver &r, const Change &change) const
{
    if (change.effect.targetUserId.isValid())
        return r.stats.userId == change.effect.targetUserId;
    return change.effect.targetUnits.contains(r.stats.unitId);
}

bool DeliveryTracker::watchesIn(const Receiver &r, const Change &change) const
{
    const SimEffect &e = change.effect;
    if (e.modelKey.isEmpty() || !r.models.contains(e.modelKey))
        return false;
    const QList<EntityId> &units = e.watchUnits.isEmpty() ? e.targetUnits : e.watchUnits;
    return units.contains(r.stats.unitId);
}

SimWindow &DeliveryTracker::window(qint64 startMs)
{
    SimWindow &w = m_windows[startMs];
    if (w.lengthMs == 0) {
        w.startMs = startMs;
        w.lengthMs = m_windowMs;
    }
    if (m_dirtyWindows.isEmpty() || m_dirtyWindows.last() != startMs) {
        if (!m_dirtyWindows.contains(startMs))
            m_dirtyWindows.append(startMs);
    }
    return w;
}

QList<qint64> DeliveryTracker::takeDirtyWindows()
{
    QList<qint64> out;
    out.swap(m_dirtyWindows);
    return out;
}

DeliveryTracker::Change *DeliveryTracker::find(qint64 changeId)
{
    const auto it = m_changes.find(changeId);
    return it == m_changes.end() ? nullptr : &it->second;
}

const DeliveryTracker::Change *DeliveryTracker::find(qint64 changeId) const
{
    const auto it = m_changes.find(changeId);
    return it == m_changes.end() ? nullptr : &it->second;
}

qint64 DeliveryTracker::beginChange(const SimEffect &effect, const QString &action, qint64 postSentMs)
{
    const qint64 id = m_nextChangeId++;
    Change &c = m_changes[id];
    c.id = id;
    c.effect = effect;
    c.action = action;
    c.postSentMs = postSentMs;
    c.windowStart = postSentMs - (postSentMs % m_windowMs);
    c.stage = m_stage;
    c.flags.assign(m_receivers.size(), 0);
    // A status change: the frame carries the watched field and the row is there to patch (a
    // create's row comes with a fetch).
    c.statusChange = !effect.modelKey.isEmpty() && effect.watchField == QLatin1String("status") &&
                     effect.entityId.isValid();
    if (!effect.modelKey.isEmpty()) {
        c.lagFrameMs.assign(m_receivers.size(), -1);
        c.lagModelMs.assign(m_receivers.size(), -1);
    }
    if (m_sampleSink) {
        c.frameMs.assign(m_receivers.size(), -1);
        c.modelMs.assign(m_receivers.size(), -1);
        c.emitMs.assign(m_receivers.size(), -1);
    }
    SimWindow &w = window(c.windowStart);
    SimWindow *st = stageWindow(c.stage);
    ++w.changes;
    if (st)
        ++st->changes;
    ++m_counters.changes;
    for (int i = 0; i < int(m_receivers.size()); ++i) {
        Receiver &r = m_receivers[i];
        if (!r.live || !r.accepting || !isTarget(r, c))
            continue;
        c.flags[i] |= Expected;
        ++c.outstanding;
        ++r.stats.expected;
        ++m_counters.expected;
        ++w.expected;
        if (st)
            ++st->expected;
        if (watchesIn(r, c)) {
            c.flags[i] |= ModelWatched;
            ++c.outstanding;
            r.watches.append(Watch{id, effect.modelKey, effect.entityId, effect.watchField, effect.watchValue});
        }
    }
    if (effect.entityId.isValid())
        m_index[matchKey(effect.entity, effect.entityId, effect.status)].append(id);
    m_open.append(id);
    if (c.outstanding == 0 && effect.entityId.isValid())
        c.complete = true;
    return id;
}

void DeliveryTracker::setChangeEntityId(qint64 changeId, const EntityId &entityId, const QString &number)
{
    Change *c = find(changeId);
    if (!c || c->cancelled || entityId.isNull())
        return;
    c->effect.entityId = entityId;
    if (!number.isEmpty())
        c->effect.number = number;
    m_index[matchKey(c->effect.entity, entityId, c->effect.status)].append(changeId);
    for (Receiver &r : m_receivers) {
        for (Watch &w : r.watches) {
            if (w.changeId == changeId)
                w.entityId = entityId;
        }
    }
    // Frames that arrived before the answer.
    for (qsizetype i = 0; i < m_orphans.size();) {
        const auto &[receiver, event] = m_orphans.at(i);
        if (event.entity == c->effect.entity && event.id == entityId && event.status == c->effect.status) {
            const std::pair<int, LiveEvent> orphan = m_orphans.takeAt(i);
            matchTracked(orphan.first, orphan.second);
            continue;
        }
        ++i;
    }
    if (c->outstanding == 0)
        c->complete = true;
}

void DeliveryTracker::cancelChange(qint64 changeId)
{
    Change *c = find(changeId);
    if (!c || c->cancelled || c->finalized)
        return;
    c->cancelled = true;
    SimWindow &w = window(c->windowStart);
    SimWindow *st = stageWindow(c->stage);
    --w.changes;
    if (st)
        --st->changes;
    --m_counters.changes;
    for (int i = 0; i < int(c->flags.size()); ++i) {
        const quint8 f = c->flags[i];
        Receiver &r = m_receivers[i];
        if (f & Expected) {
            --r.stats.expected;
            --m_counters.expected;
            --w.expected;
            if (st)
                --st->expected;
            if (f & Received) {  // a frame of a POST that failed: the server sent it anyway
                --r.stats.received;
                --m_counters.delivered;
                --w.delivered;
                if (st)
                    --st->delivered;
                ++m_counters.unexpectedEvents;
            }
        }
        if (f & ModelWatched)
            dropWatches(i, changeId);
    }
    c->flags.clear();
    c->lagFrameMs = {};
    c->lagModelMs = {};
    c->finalized = true;
    m_open.removeOne(changeId);
}

bool DeliveryTracker::isChangeOpen(qint64 changeId) const
{
    const Change *c = find(changeId);
    return c && !c->complete && !c->finalized;
}

int DeliveryTracker::incompleteChanges() const
{
    int n = 0;
    for (qint64 id : m_open) {
        const Change *c = find(id);
        if (c && !c->complete)
            ++n;
    }
    return n;
}

void DeliveryTracker::onWelcome(int receiver, qint64 seq)
{
    // The live session starts its stream afresh at every welcome: events sent while the
    // socket was down are not gaps (the resync refetches them).
    if (seq >= 0)
        m_receivers[receiver].lastSeq = seq;
}

void DeliveryTracker::onEvent(int receiver, const LiveEvent &event)
{
    Receiver &r = m_receivers[receiver];
    if (event.seq >= 0) {
        ++r.stats.frames;
        ++m_counters.frames;
        if (r.lastSeq >= 0 && event.seq > r.lastSeq + 1) {
            const qint64 missed = event.seq - r.lastSeq - 1;
            ++r.stats.seqGaps;
            ++m_counters.seqGaps;
            r.stats.missedEvents += missed;
            m_counters.missedEvents += missed;
        }
        if (event.seq > r.lastSeq)
            r.lastSeq = event.seq;
    }
    if (isTrackedEntity(event.entity)) {
        matchTracked(receiver, event);
        return;
    }
    // Untracked entities (audit, storage, send-back records): duplicates by event id, or,
    // in a dialect without ids, the same content again within a short window.
    const bool byId = !event.eventId.isEmpty();
    const quint64 h = (byId ? qHash(event.eventId, 0x5eed)
                            : qHashMulti(0x5eed, event.entity, event.id.toString(), event.action, event.status,
                                         event.number)) | 1;
    for (const Receiver::Recent &seen : r.recentEvents) {
        if (seen.hash == h && (byId || event.receivedAtMs - seen.atMs <= SameContentWindowMs)) {
            ++r.stats.duplicates;
            ++m_counters.duplicates;
            return;
        }
    }
    r.recentEvents[r.recentPos] = {h, event.receivedAtMs};
    r.recentPos = (r.recentPos + 1) % int(std::size(r.recentEvents));
}

void DeliveryTracker::onLateEvent(int receiver, const LiveEvent &event)
{
    Receiver &r = m_receivers[receiver];
    if (event.seq >= 0) {
        ++r.stats.frames;
        ++m_counters.frames;
        if (event.seq < r.lastSeq && r.stats.missedEvents > 0) {
            --r.stats.missedEvents;
            --m_counters.missedEvents;
        }
    }
    if (isTrackedEntity(event.entity))
        matchTracked(receiver, event);
}

void DeliveryTracker::matchTracked(int receiver, const LiveEvent &event)
{
    if (Change *c = matchEvent(receiver, event.entity, event.id, event.status, event.eventId)) {
        applyReceipt(receiver, *c, event.receivedAtMs, event.serverTimeMs);
        return;
    }
    if (event.action == QLatin1String("created")) {
        // Perhaps a create of ours whose POST has not answered yet: keep it a moment.
        if (m_orphans.size() >= MaxOrphans) {
            m_orphans.removeFirst();
            ++m_counters.unexpectedEvents;
        }
        m_orphans.append({receiver, event});
        return;
    }
    ++m_counters.unexpectedEvents;
}

void DeliveryTracker::onNotification(int receiver, const LiveEvent &event)
{
    const QList<qint64> candidates =
        m_index.value(matchKey(QStringLiteral("notification"), event.id, QStringLiteral("send_back")));
    const Receiver &r = m_receivers.at(receiver);
    Change *target = nullptr;
    Change *fallback = nullptr;
    for (qint64 id : candidates) {
        Change *c = find(id);
        if (!c || c->cancelled)
            continue;
        fallback = c;
        if (c->finalized)
            continue;
        if (isTarget(r, *c) && !(c->flags[receiver] & Received)) {
            target = c;
            break;
        }
    }
    if (!target)
        target = fallback;  // a leak, a duplicate or a late one: applyReceipt tells which
    if (!target) {
        ++m_counters.unexpectedEvents;
        return;
    }
    applyReceipt(receiver, *target, event.receivedAtMs, 0);
}

DeliveryTracker::Change *DeliveryTracker::matchEvent(int receiver, const QString &entity, const EntityId &id,
                                                     const QString &status, const QString &eventId)
{
    const auto it = m_index.constFind(matchKey(entity, id, status));
    if (it == m_index.cend())
        return nullptr;
    const QList<qint64> &candidates = *it;
    if (!eventId.isEmpty()) {
        for (qint64 cid : candidates) {
            Change *c = find(cid);
            if (c && !c->cancelled && c->eventId == eventId)
                return c;
        }
        for (qint64 cid : candidates) {
            Change *c = find(cid);
            if (c && !c->cancelled && c->eventId.isEmpty()) {
                c->eventId = eventId;
                return c;
            }
        }
        return nullptr;
    }
    // No event ids (another dialect): the first change this receiver has not received.
    Change *last = nullptr;
    for (qint64 cid : candidates) {
        Change *c = find(cid);
        if (!c || c->cancelled)
            continue;
        last = c;
        if (!c->finalized && !(c->flags[receiver] & Received))
            return c;
    }
    return last;
}

void DeliveryTracker::recordLeak(int receiver, Change &change, qint64 atMs)
{
    Receiver &r = m_receivers[receiver];
    ++r.stats.leaks;
    ++m_counters.leaks;
    ++window(change.windowStart).leaks;
    if (SimWindow *st = stageWindow(change.stage))
        ++st->leaks;
    SimLeak leak;
    leak.username = r.stats.username;
    leak.unitId = r.stats.unitId;
    leak.entity = change.effect.entity;
    leak.entityId = change.effect.entityId;
    leak.status = change.effect.status;
    leak.number = change.effect.number;
    leak.targetUnits = change.effect.targetUnits;
    leak.targetUserId = change.effect.targetUserId;
    leak.targetUsername = change.effect.targetUsername;
    leak.atMs = atMs;
    if (m_leaks.size() < SimReport::MaxDetails)
        m_leaks.append(leak);
    if (m_leakSink)
        m_leakSink(leak);
    emitSample(change, receiver, QStringLiteral("leak"), atMs - change.postSentMs, -1, -1);
}

void DeliveryTracker::applyReceipt(int receiver, Change &c, qint64 receivedAtMs, qint64 serverTimeMs)
{
    Receiver &r = m_receivers[receiver];
    if (!isTarget(r, c)) {
        if (c.finalized || !(c.flags[receiver] & Leaked)) {
            if (!c.finalized)
                c.flags[receiver] |= Leaked;
            recordLeak(receiver, c, receivedAtMs);
        } else {
            ++r.stats.duplicates;
            ++m_counters.duplicates;
        }
        return;
    }
    if (c.finalized) {
        ++r.stats.late;
        ++m_counters.late;
        emitSample(c, receiver, QStringLiteral("late"), receivedAtMs - c.postSentMs, -1, -1);
        return;
    }
    quint8 &f = c.flags[receiver];
    if (f & Received) {
        ++r.stats.duplicates;
        ++m_counters.duplicates;
        emitSample(c, receiver, QStringLiteral("duplicate"), receivedAtMs - c.postSentMs, -1, -1);
        return;
    }
    f |= Received;
    if (!(f & Expected))
        return;  // it was not Live when the POST went out: neither expected nor counted

    SimWindow &w = window(c.windowStart);
    SimWindow *st = stageWindow(c.stage);
    const qint64 frameMs = receivedAtMs - c.postSentMs;
    ++r.stats.received;
    ++m_counters.delivered;
    ++w.delivered;
    m_frame.record(frameMs);
    w.frame.record(frameMs);
    if (st) {
        ++st->delivered;
        st->frame.record(frameMs);
    }
    if (c.statusChange)
        m_statusFrame.record(frameMs);
    if (!c.lagFrameMs.empty()) {
        c.lagFrameMs[receiver] = qint32(qBound(qint64(0), frameMs, qint64(INT_MAX)));
        if (c.lagModelMs[receiver] >= 0)
            recordLag(c, receiver);
    }
    r.stats.latencySumMs += qMax<qint64>(0, frameMs);
    ++r.stats.latencyCount;
    r.stats.maxLatencyMs = qMax(r.stats.maxLatencyMs, frameMs);
    r.stats.lastLatencyMs = frameMs;
    if (c.effect.entity == QLatin1String("notification"))
        ++m_counters.notifications;
    qint64 emitMs = -1;
    if (serverTimeMs > 0 && r.hasOffset) {
        emitMs = receivedAtMs - serverTimeMs + r.offsetMs;
        m_emit.record(emitMs);
        w.emit.record(emitMs);
        if (st)
            st->emit.record(emitMs);
    }
    if (!c.frameMs.empty()) {
        c.frameMs[receiver] = qint32(qBound(qint64(-1), frameMs, qint64(INT_MAX)));
        c.emitMs[receiver] = qint32(qBound(qint64(INT_MIN), emitMs, qint64(INT_MAX)));
    }
    if (--c.outstanding <= 0 && c.effect.entityId.isValid())
        c.complete = true;
}

QList<DeliveryTracker::Watch> DeliveryTracker::watches(int receiver, const QString &modelKey) const
{
    const Receiver &r = m_receivers.at(receiver);
    if (modelKey.isEmpty())
        return r.watches;
    QList<Watch> out;
    for (const Watch &w : r.watches) {
        if (w.modelKey == modelKey)
            out.append(w);
    }
    return out;
}

bool DeliveryTracker::hasWatches(int receiver, const QString &modelKey) const
{
    for (const Watch &w : m_receivers.at(receiver).watches) {
        if (w.modelKey == modelKey)
            return true;
    }
    return false;
}

void DeliveryTracker::dropWatches(int receiver, qint64 changeId)
{
    QList<Watch> &list = m_receivers[receiver].watches;
    list.removeIf([changeId](const Watch &w) { return w.changeId == changeId; });
}

void DeliveryTracker::markModelShown(int receiver, qint64 changeId, qint64 atMs)
{
    Change *c = find(changeId);
    if (!c || c->finalized || c->cancelled)
        return;
    quint8 &f = c->flags[receiver];
    if (!(f & ModelWatched) || (f & ModelShown))
        return;
    f |= ModelShown;
    const qint64 modelMs = atMs - c->postSentMs;
    SimWindow &w = window(c->windowStart);
    m_model.record(modelMs);
    w.model.record(modelMs);
    if (SimWindow *st = stageWindow(c->stage))
        st->model.record(modelMs);
    ++m_counters.modelShown;
    if (c->statusChange)
        m_statusModel.record(modelMs);
    if (!c->lagModelMs.empty()) {
        c->lagModelMs[receiver] = qint32(qBound(qint64(0), modelMs, qint64(INT_MAX)));
        if (c->lagFrameMs[receiver] >= 0)
            recordLag(*c, receiver);
    }
    m_receivers[receiver].stats.lastModelLatencyMs = modelMs;
    if (!c->modelMs.empty())
        c->modelMs[receiver] = qint32(qBound(qint64(-1), modelMs, qint64(INT_MAX)));
    dropWatches(receiver, changeId);
    if (--c->outstanding <= 0 && c->effect.entityId.isValid())
        c->complete = true;
}

void DeliveryTracker::recordLag(const Change &change, int receiver)
{
    const qint64 lag = qMax<qint64>(0, qint64(change.lagModelMs[receiver]) - change.lagFrameMs[receiver]);
    (change.statusChange ? m_statusLag : m_fetchLag).record(lag);
}

void DeliveryTracker::checkWatches(int receiver, const QString &modelKey,
                                   const std::function<QJsonValue(const EntityId &, const QString &)> &lookup,
                                   qint64 nowMs)
{
    const QList<Watch> list = m_receivers.at(receiver).watches;  // markModelShown edits it
    for (const Watch &w : list) {
        if (w.entityId.isNull() || (!modelKey.isEmpty() && w.modelKey != modelKey))
            continue;
        if (sameValue(lookup(w.entityId, w.field), w.value))
            markModelShown(receiver, w.changeId, nowMs);
    }
}

void DeliveryTracker::emitSample(const Change &change, int receiver, const QString &outcome,
                                 qint64 frameMs, qint64 modelMs, qint64 emitMs)
{
    if (!m_sampleSink)
        return;
    const Receiver &r = m_receivers.at(receiver);
    SimSample s;
    s.changeId = change.id;
    s.postedAtMs = change.postSentMs;
    s.action = change.action;
    s.entity = change.effect.entity;
    s.entityId = change.effect.entityId;
    s.status = change.effect.status;
    s.username = r.stats.username;
    s.unitId = r.stats.unitId;
    s.outcome = outcome;
    s.frameMs = frameMs;
    s.modelMs = modelMs;
    s.emitMs = emitMs;
    m_sampleSink(s);
}

void DeliveryTracker::finalize(Change &c, qint64 nowMs)
{
    Q_UNUSED(nowMs)
    SimWindow &w = window(c.windowStart);
    SimWindow *st = stageWindow(c.stage);
    for (int i = 0; i < int(c.flags.size()); ++i) {
        const quint8 f = c.flags[i];
        if (!(f & Expected)) {
            if (f & ModelWatched)
                dropWatches(i, c.id);
            continue;
        }
        Receiver &r = m_receivers[i];
        const qint64 modelMs = c.modelMs.empty() ? -1 : c.modelMs[i];
        if (f & Received) {
            emitSample(c, i, QStringLiteral("delivered"), c.frameMs.empty() ? -1 : c.frameMs[i],
                       modelMs, c.emitMs.empty() ? -1 : c.emitMs[i]);
        } else {
            const bool stayedLive = r.live && r.lastDownMs <= c.postSentMs;
            if (stayedLive) {
                ++r.stats.missing;
                ++m_counters.missing;
                ++w.missing;
                if (st)
                    ++st->missing;
                emitSample(c, i, QStringLiteral("missing"), -1, modelMs, -1);
            } else {
                ++m_counters.missedWhileDown;
                emitSample(c, i, QStringLiteral("missed_while_down"), -1, modelMs, -1);
            }
        }
        if ((f & ModelWatched) && !(f & ModelShown)) {
            ++m_counters.modelMissing;
            dropWatches(i, c.id);
        }
    }
    c.flags.clear();
    c.flags.shrink_to_fit();
    c.frameMs.clear();
    c.modelMs.clear();
    c.emitMs.clear();
    c.lagFrameMs = {};
    c.lagModelMs = {};
    c.finalized = true;
    c.complete = true;
}

int DeliveryTracker::tick(qint64 nowMs, bool force)
{
    int finalized = 0;
    while (!m_open.isEmpty()) {
        Change *c = find(m_open.first());
        if (c && !force && c->postSentMs + m_timeoutMs > nowMs)
            break;  // changes are in POST order: the rest are younger
        m_open.removeFirst();
        if (c && !c->finalized) {
            finalize(*c, nowMs);
            ++finalized;
        }
    }
    while (!m_orphans.isEmpty() &&
           (force || m_orphans.first().second.receivedAtMs + m_timeoutMs <= nowMs)) {
        m_orphans.removeFirst();
        ++m_counters.unexpectedEvents;
    }
    return finalized;
}

SimWindow *DeliveryTracker::stageWindow(int stage)
{
    if (stage < 0)
        return nullptr;
    SimWindow &w = m_stages[stage];
    if (w.lengthMs == 0) {
        w.startMs = stage;  // the stage's index; its times are the simulator's
        w.lengthMs = m_windowMs;
    }
    return &w;
}

void DeliveryTracker::setReceiverAccepting(int receiver, bool accepting)
{
    m_receivers[receiver].accepting = accepting;
}

int DeliveryTracker::openExpectations(int receiver) const
{
    int n = 0;
    for (qint64 id : m_open) {
        const Change *c = find(id);
        if (!c || c->finalized || c->flags.size() <= size_t(receiver))
            continue;
        const quint8 f = c->flags[size_t(receiver)];
        if (((f & Expected) && !(f & Received)) || ((f & ModelWatched) && !(f & ModelShown)))
            ++n;
    }
    return n;
}

int DeliveryTracker::openChangesOfStage(int stage) const
{
    int n = 0;
    for (qint64 id : m_open) {
        const Change *c = find(id);
        if (c && c->stage == stage && !c->complete && !c->finalized)
            ++n;
    }
    return n;
}

void DeliveryTracker::finishStreams()
{
    QHash<EntityId, qint64> unitMax;
    for (const Receiver &r : m_receivers) {
        if (r.lastSeq >= 0 && r.stats.unitId.isValid())
            unitMax[r.stats.unitId] = qMax(unitMax.value(r.stats.unitId, -1), r.lastSeq);
    }
    for (Receiver &r : m_receivers) {
        if (!r.live || r.lastSeq < 0)
            continue;
        const qint64 tail = unitMax.value(r.stats.unitId, r.lastSeq) - r.lastSeq;
        if (tail > 0) {
            ++r.stats.seqGaps;
            ++m_counters.seqGaps;
            r.stats.missedEvents += tail;
            m_counters.missedEvents += tail;
            r.lastSeq += tail;
        }
    }
}

}  // namespace Dms
