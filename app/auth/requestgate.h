// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>

class QNetworkReply;

namespace Dms {

class ApiClient;

// A limit on the requests the ApiClients of one network manager have open per server
// (origin). A QNetworkAccessManager carries 6 connections per server and queues the
// rest, but each queued request is already a whole QNetworkReply with its request,
// buffers and thread-side twin: when a server stalls and a thousand virtual users
// reconnect at once, each refetching its open views, those queues held hundreds of MB
// (docs/benchmarks.md, "Towards 10,000 virtual users"). Beyond the gate's capacity a
// call waits inside its ApiClient as the small record it already is, and is sent when
// one of the same server's requests ends, first come first served. Without a gate (the
// window's own session, the CLI's watch) nothing waits.
class RequestGate final : public QObject
{
    Q_OBJECT
public:
    // capacity: requests open at once per server; above the manager's 6 connections, so
    // the next request is ready when one ends.
    explicit RequestGate(int capacity = 12, QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    // Requests open / waiting for the given origin (see originOf).
    int open(const QString &origin) const;
    int waiting(const QString &origin) const;
    static QString originOf(const QUrl &url);

private:
    friend class ApiClient;
    // A slot for one request to origin: true (taken) or false (client queued: it is
    // offered a slot later through ApiClient::sendWaiting).
    bool acquire(const QString &origin, ApiClient *client);
    // The slot goes back when the reply is destroyed (once, however its call ended).
    void hold(const QString &origin, QNetworkReply *reply);
    void release(const QString &origin);

    struct Lane
    {
        int open = 0;
        std::deque<QPointer<ApiClient>> queue;  // one entry per waiting call
    };
    int m_capacity;
    QHash<QString, Lane> m_lanes;
};

}  // namespace Dms
