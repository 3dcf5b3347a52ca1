// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "faultproxy.h"

#include <QHostAddress>

#include <sys/socket.h>

namespace Dms::Test {

FaultProxy::FaultProxy(quint16 targetPort, QObject *parent) : QObject(parent), m_target(targetPort)
{
    m_clock.start();
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(1);
    connect(&m_tick, &QTimer::timeout, this, &FaultProxy::pump);
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    m_tick.stop();
    for (const auto &pair : std::as_const(m_pairs)) {
        for (Direction *d : {&pair->up, &pair->down}) {
            if (d->from)
                disconnect(d->from, nullptr, this, nullptr);
        }
    }
    m_pairs.clear();
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

int FaultProxy::openConnections() const
{
    int n = 0;
    for (const auto &pair : m_pairs)
        n += (pair->up.from && pair->up.from->state() == QAbstractSocket::ConnectedState) ? 1 : 0;
    return n;
}

void FaultProxy::hardAbort(QTcpSocket *socket)
{
    if (!socket)
        return;
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        const linger l{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
    socket->abort();
}

void FaultProxy::resetAll()
{
    const auto pairs = std::exchange(m_pairs, {});
    for (const auto &pair : pairs) {
        for (Direction *d : {&pair->up, &pair->down}) {
            if (d->from) {
                disconnect(d->from, nullptr, this, nullptr);
                hardAbort(d->from);
                d->from->deleteLater();
            }
            d->queue.clear();
        }
    }
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_accepted;
        auto *upstream = new QTcpSocket(this);
        client->setParent(this);
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto pair = std::make_shared<Pair>();
        pair->up.from = client;
        pair->up.to = upstream;
        pair->up.toServer = true;
        pair->down.from = upstream;
        pair->down.to = client;
        pair->down.toServer = false;
        pair->up.lastRefillMs = pair->down.lastRefillMs = m_clock.elapsed();
        m_pairs.append(pair);
        std::weak_ptr<Pair> weak = pair;

        auto readable = [this, weak](bool up) {
            if (const auto p = weak.lock())
                onReadable(up ? p->up : p->down);
        };
        auto closed = [this, weak](bool up) {
            const auto p = weak.lock();
            if (!p)
                return;
            if (!m_faults.forwarding)
                return;  // a dead path carries no FIN either
            Direction &d = up ? p->up : p->down;
            d.closeWhenDrained = true;
            if (!m_tick.isActive())
                m_tick.start();
        };
        connect(client, &QTcpSocket::readyRead, this, [readable] { readable(true); });
        connect(upstream, &QTcpSocket::readyRead, this, [readable] { readable(false); });
        connect(upstream, &QTcpSocket::connected, this, [this, upstream, readable] {
            upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            readable(true);
            if (!m_tick.isActive())
                m_tick.start();
        });
        connect(client, &QTcpSocket::disconnected, this, [closed] { closed(true); });
        connect(upstream, &QTcpSocket::disconnected, this, [closed] { closed(false); });
        connect(upstream, &QTcpSocket::errorOccurred, this, [closed](QAbstractSocket::SocketError) { closed(false); });
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void FaultProxy::onReadable(Direction &dir)
{
    if (!dir.from)
        return;
    const QByteArray data = dir.from->readAll();
    if (data.isEmpty())
        return;
    if (!m_faults.forwarding) {
        m_dropped += data.size();  // lost on the dead path; both sockets stay open
        return;
    }
    dir.queue.append(Chunk{m_clock.elapsed() + m_faults.latencyMs, data});
    if (!m_tick.isActive())
        m_tick.start();
    pump();  // no added delay: forward at once
}

bool FaultProxy::pumpDirection(Direction &dir, qint64 now)
{
    if (m_faults.bytesPerSecond > 0) {
        const double burst = qMax<double>(512.0, double(m_faults.bytesPerSecond) / 50.0);
        dir.budget = qMin(burst, dir.budget + double(now - dir.lastRefillMs) * double(m_faults.bytesPerSecond) / 1000.0);
    }
    dir.lastRefillMs = now;
    QTcpSocket *to = dir.to;
    const bool connected = to && to->state() == QAbstractSocket::ConnectedState;
    while (connected && !dir.queue.isEmpty() && dir.queue.first().releaseAtMs <= now) {
        Chunk &head = dir.queue.first();
        qint64 n = head.data.size();
        if (m_faults.sliceBytes > 0)
            n = qMin<qint64>(n, m_faults.sliceBytes);
        if (m_faults.bytesPerSecond > 0)
            n = qMin<qint64>(n, qint64(dir.budget));
        if (n <= 0)
            break;
        to->write(head.data.constData(), n);
        to->flush();
        if (m_faults.bytesPerSecond > 0)
            dir.budget -= double(n);
        (dir.toServer ? m_bytesUp : m_bytesDown) += n;
        if (!dir.toServer)
            ++m_writesDown;
        if (n == head.data.size())
            dir.queue.removeFirst();
        else
            head.data.remove(0, n);
        if (m_faults.sliceBytes > 0)
            break;  // one slice per tick: the peer reads them one by one
    }
    if (dir.queue.isEmpty() && dir.closeWhenDrained) {
        dir.closeWhenDrained = false;
        if (to && to->state() != QAbstractSocket::UnconnectedState)
            to->disconnectFromHost();
    }
    return !dir.queue.isEmpty() || dir.closeWhenDrained;
}

void FaultProxy::pump()
{
    const qint64 now = m_clock.elapsed();
    bool busy = false;
    for (qsizetype i = 0; i < m_pairs.size();) {
        const auto pair = m_pairs.at(i);  // keep it alive while pumping
        busy = pumpDirection(pair->up, now) || busy;
        busy = pumpDirection(pair->down, now) || busy;
        const bool dead = (!pair->up.from || pair->up.from->state() == QAbstractSocket::UnconnectedState) &&
                          (!pair->down.from || pair->down.from->state() == QAbstractSocket::UnconnectedState) &&
                          pair->up.queue.isEmpty() && pair->down.queue.isEmpty();
        if (dead) {
            for (Direction *d : {&pair->up, &pair->down})
                if (d->from)
                    d->from->deleteLater();
            m_pairs.removeAt(i);
        } else {
            ++i;
        }
    }
    if (!busy)
        m_tick.stop();
}

}  // namespace Dms::Test
