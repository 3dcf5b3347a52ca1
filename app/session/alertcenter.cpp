// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "session/alertcenter.h"

#include "core/clock.h"
#include "data/dashboardsummary.h"
#include "live/liveevent.h"
#include "live/livesession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSettings>

#include <utility>

namespace Dms {

namespace {

constexpr int kFeedSize = 200;
constexpr qint64 kDedupMs = 120'000;

QString actorOf(const QJsonObject &row)
{
    return rowFieldText(row, QStringLiteral("updated_by_name|updated_by.username|updated_by"));
}

QString requesterOf(const QJsonObject &row)
{
    return rowFieldText(row, QStringLiteral("requester_name|requester.username|requester"));
}

QString numberOf(const QJsonObject &row)
{
    const QString number = rowFieldText(row, QStringLiteral("request_number|number"));
    return number.isEmpty() ? QStringLiteral("#") + EntityId::fromJsonOrNull(row.value(QLatin1String("id"))).toString()
                            : number;
}

QString verb(const QString &status, const QString &before)
{
    if (status == QLatin1String("approved"))
        return AlertCenter::tr("approved");
    if (status == QLatin1String("rejected"))
        return AlertCenter::tr("rejected");
    if (status == QLatin1String("sent_back"))
        return AlertCenter::tr("sent back");
    if (status == QLatin1String("issued"))
        return AlertCenter::tr("issued");
    if (status == QLatin1String("returned"))
        return AlertCenter::tr("returned");
    if (status == QLatin1String("pending"))
        return before.isEmpty() ? AlertCenter::tr("filed") : AlertCenter::tr("resubmitted");
    return AlertCenter::tr("set to %1").arg(status);
}

QString actionWord(EntityAction action)
{
    switch (action) {
    case EntityAction::Approve: return AlertCenter::tr("approve");
    case EntityAction::Reject: return AlertCenter::tr("reject");
    case EntityAction::SendBack: return AlertCenter::tr("send back");
    case EntityAction::AllocateStorage: return AlertCenter::tr("allocate storage");
    case EntityAction::Issue: return AlertCenter::tr("issue");
    case EntityAction::Return: return AlertCenter::tr("receive");
    case EntityAction::Relocate: return AlertCenter::tr("relocate");
    }
    return QString();
}

QString actionWords(const QList<EntityAction> &actions)
{
    QStringList words;
    for (EntityAction action : actions)
        words << actionWord(action);
    return words.join(QStringLiteral(", "));
}

}  // namespace

// ---- preferences -----------------------------------------------------------------------------

bool AlertPreferences::enabled(AlertKind kind) const
{
    switch (kind) {
    case AlertKind::MyRequest: return myRequests;
    case AlertKind::ActionNeeded: return actionNeeded;
    case AlertKind::IncomingTransfer: return incomingTransfers;
    case AlertKind::Connection: return connection;
    }
    return true;
}

AlertPreferences AlertPreferences::load(const QSettings &settings)
{
    AlertPreferences p;
    p.myRequests = settings.value(QStringLiteral("alerts/myRequests"), true).toBool();
    p.actionNeeded = settings.value(QStringLiteral("alerts/actionNeeded"), true).toBool();
    p.incomingTransfers = settings.value(QStringLiteral("alerts/incomingTransfers"), true).toBool();
    p.connection = settings.value(QStringLiteral("alerts/connection"), true).toBool();
    return p;
}

void AlertPreferences::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("alerts/myRequests"), myRequests);
    settings.setValue(QStringLiteral("alerts/actionNeeded"), actionNeeded);
    settings.setValue(QStringLiteral("alerts/incomingTransfers"), incomingTransfers);
    settings.setValue(QStringLiteral("alerts/connection"), connection);
}

// ---- AlertCenter -------------------------------------------------------------------------------

QStringList AlertCenter::defaultEntities()
{
    return {QStringLiteral("withdrawal"), QStringLiteral("destruction"), QStringLiteral("transfer")};
}

AlertCenter::AlertCenter(QueryClient *queries, const UserInfo &user, const Clock *clock, const QStringList &entities,
                         QObject *parent)
    : QObject(parent), m_queries(queries), m_user(user), m_clock(clock)
{
    qRegisterMetaType<Dms::Alert>();
    m_gather.setSingleShot(true);
    m_gather.setInterval(1500);
    connect(&m_gather, &QTimer::timeout, this, &AlertCenter::flush);
    for (const QString &entity : entities) {
        List list;
        list.entity = entity;
        list.key = list.entity + QLatin1String("-requests");
        m_lists.append(list);
        m_observers.push_back(queries->observe(list.key));
    }
    connect(queries, &QueryClient::dataChanged, this, &AlertCenter::onDataChanged);
    for (const List &list : std::as_const(m_lists))
        onDataChanged(list.key);  // already cached: primes without alerts
}

AlertCenter::~AlertCenter() = default;

void AlertCenter::setGatherMs(int ms)
{
    m_gather.setInterval(std::max(0, ms));
}

qint64 AlertCenter::now() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void AlertCenter::onDataChanged(const QString &key)
{
    for (List &list : m_lists) {
        if (list.key != key)
            continue;
        const QJsonValue data = m_queries->data(key);
        if (data.isArray())
            diff(list, data.toArray());
        return;
    }
}

void AlertCenter::diff(List &list, const QJsonArray &rows)
{
    QHash<EntityId, Seen> next;
    next.reserve(rows.size());
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const EntityId id = EntityId::fromJsonOrNull(row.value(QLatin1String("id")));
        if (id.isNull())
            continue;
        Seen seen{row.value(QLatin1String("status")).toString(), row.value(QLatin1String("updated_at")).toString(), row};
        const auto old = list.rows.constFind(id);
        if (old == list.rows.cend()) {
            if (list.primed)
                judge(list, QJsonObject(), row, true);
        } else if (old->status != seen.status) {
            // A status patched from a frame, the row's fetch (and with it its updated_by)
            // still to come: judged when updated_at moves. Rows without updated_at at once.
            if (row.contains(QLatin1String("updated_at")) && old->updatedAt == seen.updatedAt) {
                seen = *old;
            } else {
                judge(list, old->row, row, false);
            }
        }
        next.insert(id, seen);
    }
    list.rows = std::move(next);
    list.primed = true;
}

QList<EntityAction> AlertCenter::actionsFor(const QString &entity, const QJsonObject &row) const
{
    return Workflow::allowed(m_user.role, m_user.unitId, entity, row);
}

void AlertCenter::judge(const List &list, const QJsonObject &before, const QJsonObject &row, bool created)
{
    const QString actor = actorOf(row).isEmpty() && created ? requesterOf(row) : actorOf(row);
    if (!actor.isEmpty() && actor == m_user.username)
        return;  // my own change
    const QString status = row.value(QLatin1String("status")).toString();
    const QString was = before.value(QLatin1String("status")).toString();
    Alert alert;
    alert.actor = actor;
    alert.listKey = list.key;
    alert.id = EntityId::fromJsonOrNull(row.value(QLatin1String("id")));
    alert.number = numberOf(row);
    alert.status = status;
    alert.atMs = now();
    const QString who = actor.isEmpty() ? tr("someone") : actor;
    const QString done = verb(status, created ? QString() : was);

    if (!created && requesterOf(row) == m_user.username) {
        alert.kind = AlertKind::MyRequest;
        if (status == QLatin1String("sent_back")) {
            if (alreadyTold(QStringLiteral("sent_back:") + alert.id.toString()))
                return;
            alert.title = tr("Sent back to you");
            alert.text = tr("%1 was sent back by %2.").arg(alert.number, who);
        } else {
            alert.title = tr("Your request %1 was %2").arg(alert.number, done);
            alert.text = tr("%1 %2 it.").arg(who, done);
        }
        raise(alert, true);
        return;
    }
    if (created && requesterOf(row) == m_user.username)
        return;

    const QList<EntityAction> allowed = actionsFor(list.entity, row);
    const bool transfer = list.entity == QLatin1String("transfer");
    const EntityId destination = EntityId::fromJsonOrNull(row.value(QLatin1String("destination_unit_id")));
    const bool receiving = transfer && !created && destination.isValid() && destination == m_user.unitId &&
                           (status == QLatin1String("approved") || status == QLatin1String("issued")) &&
                           (allowed.contains(EntityAction::AllocateStorage) || allowed.contains(EntityAction::Return));
    if (receiving) {
        alert.kind = AlertKind::IncomingTransfer;
        alert.title = tr("Transfer %1 is coming to your unit").arg(alert.number);
        alert.text = status == QLatin1String("issued")
                         ? tr("%1 sent it on its way; you may %2.").arg(who, actionWords(allowed))
                         : tr("%1 approved it; you may %2.").arg(who, actionWords(allowed));
        raise(alert, true);
        return;
    }
    QList<EntityAction> mine;
    for (EntityAction action : allowed) {
        if (action == EntityAction::Approve || action == EntityAction::Reject || action == EntityAction::SendBack ||
            action == EntityAction::Issue)
            mine << action;
    }
    if (mine.isEmpty())
        return;
    alert.kind = AlertKind::ActionNeeded;
    alert.title = created ? tr("New request %1 waiting for you").arg(alert.number)
                          : tr("%1 is waiting for you").arg(alert.number);
    alert.text = tr("%1 by %2; you may %3.").arg(done.at(0).toUpper() + done.mid(1), who, actionWords(mine));
    raise(alert, true);
}

bool AlertCenter::alreadyTold(const QString &key)
{
    const qint64 t = now();
    for (auto it = m_told.begin(); it != m_told.end();) {
        if (t - it.value() > kDedupMs)
            it = m_told.erase(it);
        else
            ++it;
    }
    if (m_told.contains(key))
        return true;
    m_told.insert(key, t);
    return false;
}

void AlertCenter::raise(Alert alert, bool gathered)
{
    if (!m_prefs.enabled(alert.kind))
        return;
    if (alert.id.isValid() && m_watched && m_watched(alert.listKey, alert.id))
        alert.quiet = true;
    m_feed.append(alert);
    while (m_feed.size() > kFeedSize)
        m_feed.removeFirst();
    Q_EMIT alertAdded(alert);
    if (alert.quiet)
        return;
    if (!gathered) {
        ++m_notifications;
        Q_EMIT notificationReady(alert);
        return;
    }
    m_gathered.append(alert);
    if (!m_gather.isActive())
        m_gather.start();
}

void AlertCenter::flush()
{
    m_gather.stop();
    if (m_gathered.isEmpty())
        return;
    const QList<Alert> batch = std::exchange(m_gathered, {});
    if (batch.size() == 1) {
        ++m_notifications;
        Q_EMIT notificationReady(batch.first());
        return;
    }
    Alert summary;
    summary.kind = batch.first().kind;
    summary.count = int(batch.size());
    summary.atMs = now();
    bool allNew = true;
    QStringList actors;
    QString listKey = batch.first().listKey;
    for (const Alert &alert : batch) {
        allNew = allNew && alert.kind == AlertKind::ActionNeeded;  // new, resubmitted or moved on
        if (!alert.actor.isEmpty() && !actors.contains(alert.actor))
            actors << alert.actor;
        if (alert.listKey != listKey)
            listKey.clear();
    }
    summary.listKey = listKey;
    summary.title = allNew ? tr("%n request(s) waiting for you", nullptr, summary.count)
                           : tr("%n update(s) for you", nullptr, summary.count);
    QStringList lines;
    for (int i = 0; i < batch.size() && i < 3; ++i)
        lines << batch.at(i).title;
    QString text = lines.join(QStringLiteral("; "));
    if (batch.size() > 3)
        text += tr(" and %n more", nullptr, int(batch.size()) - 3);
    if (!actors.isEmpty()) {
        const QStringList shown = actors.mid(0, 4);
        text += QLatin1Char(' ') + tr("(by %1%2)").arg(shown.join(QStringLiteral(", ")),
                                                      actors.size() > 4 ? QStringLiteral(", …") : QString());
    }
    summary.text = text;
    ++m_notifications;
    Q_EMIT notificationReady(summary);
}

void AlertCenter::onLiveState(const LiveStatus &status)
{
    const bool down = status.state == LiveState::Offline || status.state == LiveState::AuthFailed;
    if (down && !m_offlineTold) {
        m_offlineTold = true;
        m_offlineSinceMs = now();
        Alert alert;
        alert.kind = AlertKind::Connection;
        alert.status = status.state == LiveState::Offline ? QStringLiteral("offline") : QStringLiteral("signed_out");
        alert.title = status.state == LiveState::Offline ? tr("The console is offline") : tr("Signed out by the server");
        alert.text = status.reason.isEmpty() ? tr("Live updates stopped; the tables may be out of date.")
                                             : tr("Live updates stopped: %1").arg(status.reason);
        alert.atMs = m_offlineSinceMs;
        raise(alert, false);
    } else if (status.state == LiveState::Live && m_offlineTold) {
        m_offlineTold = false;
        Alert alert;
        alert.kind = AlertKind::Connection;
        alert.status = QStringLiteral("live");
        alert.title = tr("Live again");
        const qint64 minutes = std::max<qint64>(0, (now() - m_offlineSinceMs) / 60'000);
        alert.text = tr("Back after %n minute(s) offline; every table was fetched again.", nullptr, int(minutes));
        alert.atMs = now();
        raise(alert, false);
    }
}

void AlertCenter::onServerNotification(const LiveEvent &event)
{
    if (!event.notificationKind.isEmpty() && event.notificationKind != QLatin1String("send_back"))
        return;
    if (event.id.isValid() && alreadyTold(QStringLiteral("sent_back:") + event.id.toString()))
        return;
    Alert alert;
    alert.kind = AlertKind::MyRequest;
    alert.status = QStringLiteral("sent_back");
    alert.id = event.id;
    alert.number = event.number;
    // The request's list: the one whose cached rows hold that id (ids may repeat across kinds).
    for (const List &list : std::as_const(m_lists)) {
        const auto row = list.rows.constFind(event.id);
        if (row != list.rows.cend() && requesterOf(row->row) == m_user.username) {
            alert.listKey = list.key;
            alert.number = numberOf(row->row);
            break;
        }
    }
    alert.title = tr("Sent back to you");
    alert.text = event.message.isEmpty() ? tr("Request %1 was sent back for changes.")
                                               .arg(alert.number.isEmpty() ? event.id.toString() : alert.number)
                                         : event.message;
    alert.atMs = now();
    raise(alert, true);
}

}  // namespace Dms
