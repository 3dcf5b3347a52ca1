// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "core/entityid.h"

namespace Dms {

class ApiClient;

// One live socket as the server's /api/realtime/connections/ lists it (admins only).
struct ConnectionInfo
{
    EntityId unitId;
    EntityId userId;
    QString username;
    QString path;
    qint64 connectedSinceMs = 0;  // wall ms (UTC)
    qint64 lastPingMs = 0;        // 0: no ping yet

    bool operator==(const ConnectionInfo &) const = default;
};

// Polls /api/realtime/connections/ while started: one GET at once, then one per interval,
// never two in flight. A 403 (not an administrator) stops it and says so.
class ConnectionsPoller final : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionsPoller(ApiClient *api, QObject *parent = nullptr);

    void setIntervalMs(int ms);  // default 5000
    int intervalMs() const { return m_timer.interval(); }
    bool isActive() const { return m_active; }
    qint64 lastUpdateMs() const { return m_lastUpdateMs; }  // wall ms of the last success

    static QList<ConnectionInfo> parse(const QJsonValue &json, QMap<Dms::EntityId, int> *byUnit = nullptr);

public Q_SLOTS:
    void start();
    void stop();
    void pollNow();

Q_SIGNALS:
    void connectionsUpdated(const QList<Dms::ConnectionInfo> &connections,
                            const QMap<Dms::EntityId, int> &byUnit);
    void pollFailed(const QString &message, int httpStatus);

private:
    QPointer<ApiClient> m_api;
    QTimer m_timer;
    bool m_active = false;
    bool m_inFlight = false;
    quint64 m_generation = 0;
    qint64 m_lastUpdateMs = 0;
};

}  // namespace Dms

Q_DECLARE_METATYPE(Dms::ConnectionInfo)
