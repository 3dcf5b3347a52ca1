// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Dms::Test {

// A loopback TCP proxy for fault tests: forwards to a target port and can stop
// forwarding while keeping both connections open (a half-open path, as a dead NAT or
// a pulled cable leaves it), or reset every connection.
class TcpProxy final : public QObject
{
    Q_OBJECT
public:
    explicit TcpProxy(quint16 targetPort, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void setForwarding(bool on) { m_forwarding = on; }
    void resetAll();
    int connectionCount() const;

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
    };
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_target;
    bool m_forwarding = true;
    QList<Pair> m_pairs;
};

}  // namespace Dms::Test
