// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "tcpproxy.h"

#include <QHostAddress>

namespace Dms::Test {

TcpProxy::TcpProxy(quint16 targetPort, QObject *parent) : QObject(parent), m_target(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

bool TcpProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

int TcpProxy::connectionCount() const
{
    int n = 0;
    for (const Pair &p : m_pairs)
        n += (p.client && p.client->state() == QAbstractSocket::ConnectedState) ? 1 : 0;
    return n;
}

void TcpProxy::resetAll()
{
    for (Pair &p : m_pairs) {
        if (p.client)
            p.client->abort();
        if (p.upstream)
            p.upstream->abort();
    }
    m_pairs.clear();
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(this);
        client->setParent(this);
        m_pairs.append(Pair{client, upstream});
        auto pump = [this](QTcpSocket *from, QTcpSocket *to) {
            if (!m_forwarding) {
                from->readAll();  // dropped: it never arrives, yet the connection stays open
                return;
            }
            // Bytes that come before the upstream connection is up stay in the client's
            // buffer until 'connected' pumps them (they were read and lost here before: a
            // sign-in POST sent at once then got no answer for 15 s under load).
            if (to && to->state() == QAbstractSocket::ConnectedState)
                to->write(from->readAll());
        };
        connect(client, &QTcpSocket::readyRead, this, [=] { pump(client, upstream); });
        connect(upstream, &QTcpSocket::readyRead, this, [=] { pump(upstream, client); });
        connect(upstream, &QTcpSocket::connected, this, [=] { pump(client, upstream); });
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

}  // namespace Dms::Test
