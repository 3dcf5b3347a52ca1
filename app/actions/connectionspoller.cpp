// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "actions/connectionspoller.h"

#include "auth/apiclient.h"
#include "live/liveevent.h"

#include <QDateTime>
#include <QJsonArray>

namespace Dms {

ConnectionsPoller::ConnectionsPoller(ApiClient *api, QObject *parent) : QObject(parent), m_api(api)
{
    qRegisterMetaType<QList<Dms::ConnectionInfo>>();
    m_timer.setInterval(5000);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionsPoller::pollNow);
}

void ConnectionsPoller::setIntervalMs(int ms)
{
    m_timer.setInterval(qMax(100, ms));
}

void ConnectionsPoller::start()
{
    if (m_active)
        return;
    m_active = true;
    pollNow();
}

void ConnectionsPoller::stop()
{
    m_active = false;
    ++m_generation;  // an answer in flight is ignored
    m_inFlight = false;
    m_timer.stop();
}

QList<ConnectionInfo> ConnectionsPoller::parse(const QJsonValue &json, QMap<EntityId, int> *byUnit)
{
    QList<ConnectionInfo> out;
    const QJsonObject object = json.toObject();
    for (const QJsonValue &value : object.value(QLatin1String("results")).toArray()) {
        const QJsonObject row = value.toObject();
        ConnectionInfo info;
        info.unitId = EntityId::fromJsonOrNull(row.value(QLatin1String("unit_id")));
        info.userId = EntityId::fromJsonOrNull(row.value(QLatin1String("user_id")));
        info.username = row.value(QLatin1String("username")).toString();
        info.path = row.value(QLatin1String("path")).toString();
        info.connectedSinceMs = parseIsoMs(row.value(QLatin1String("connected_since")).toString());
        info.lastPingMs = parseIsoMs(row.value(QLatin1String("last_ping")).toString());
        out.append(info);
    }
    if (byUnit) {
        byUnit->clear();
        const QJsonObject units = object.value(QLatin1String("by_unit")).toObject();
        for (auto it = units.begin(); it != units.end(); ++it)
            byUnit->insert(EntityId::fromString(it.key()), int(it.value().toInteger()));
    }
    return out;
}

void ConnectionsPoller::pollNow()
{
    if (!m_active || m_inFlight)
        return;
    m_timer.stop();
    if (!m_api) {
        Q_EMIT pollFailed(tr("Not connected to a server"), 0);
        return;
    }
    m_inFlight = true;
    const quint64 generation = m_generation;
    ApiReply *reply = m_api->get(m_api->routes().actionPath(QStringLiteral("connections")));
    auto handle = [this, generation](bool ok, int status, const QJsonValue &json,
                                     const QString &error) {
        if (generation != m_generation)
            return;
        m_inFlight = false;
        if (ok) {
            QMap<EntityId, int> byUnit;
            const QList<ConnectionInfo> connections = parse(json, &byUnit);
            m_lastUpdateMs = QDateTime::currentMSecsSinceEpoch();
            Q_EMIT connectionsUpdated(connections, byUnit);
        } else if (status == 403) {
            m_active = false;
            Q_EMIT pollFailed(tr("Only administrators may see the server's connections."), status);
            return;
        } else {
            Q_EMIT pollFailed(error, status);
        }
        if (m_active)
            m_timer.start();
    };
    if (reply->isFinished()) {
        QMetaObject::invokeMethod(
            this,
            [handle, ok = reply->ok(), status = reply->httpStatus(), json = reply->json(),
             error = reply->error().message] { handle(ok, status, json, error); },
            Qt::QueuedConnection);
        return;
    }
    connect(reply, &ApiReply::finished, this, [handle, reply] {
        handle(reply->ok(), reply->httpStatus(), reply->json(), reply->error().message);
    });
}

}  // namespace Dms
