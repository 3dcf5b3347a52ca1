// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Dms::Test {

// A loopback TCP fault proxy (toxiproxy's job, which is not packaged here): forwards to a
// target port and, per connection and direction, can add latency, limit bandwidth, slice
// the stream into tiny writes (so the peer sees tiny reads), stop forwarding while keeping
// both connections open (half-open), or reset every connection (RST, not FIN).
// Every change applies at once to existing and new connections.
class FaultProxy final : public QObject
{
    Q_OBJECT
public:
    struct Faults
    {
        int latencyMs = 0;             // added one way, in each direction (RTT grows by 2×)
        qint64 bytesPerSecond = 0;     // per direction and connection; 0 = unlimited
        int sliceBytes = 0;            // >0: at most this many bytes per write, one write per tick
        bool forwarding = true;        // false: data is read and dropped, sockets stay open
    };

    explicit FaultProxy(quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    void setFaults(const Faults &faults) { m_faults = faults; }
    const Faults &faults() const { return m_faults; }
    void setLatencyMs(int ms) { m_faults.latencyMs = ms; }
    void setBandwidth(qint64 bytesPerSecond) { m_faults.bytesPerSecond = bytesPerSecond; }
    void setSliceBytes(int bytes) { m_faults.sliceBytes = bytes; }
    void setForwarding(bool on) { m_faults.forwarding = on; }
    // Aborts both ends of every connection with SO_LINGER 0: the peers get an RST.
    void resetAll();

    int openConnections() const;
    int acceptedConnections() const { return m_accepted; }
    qint64 bytesToServer() const { return m_bytesUp; }
    qint64 bytesToClient() const { return m_bytesDown; }
    qint64 bytesDropped() const { return m_dropped; }
    int writesToClient() const { return m_writesDown; }

private:
    struct Chunk
    {
        qint64 releaseAtMs = 0;
        QByteArray data;
    };
    struct Direction
    {
        QPointer<QTcpSocket> from;
        QPointer<QTcpSocket> to;
        QList<Chunk> queue;
        double budget = 0;  // bytes allowed now (bandwidth limit)
        qint64 lastRefillMs = 0;
        bool toServer = true;
        bool closeWhenDrained = false;
    };
    struct Pair
    {
        Direction up;
        Direction down;
    };

    void onNewConnection();
    void onReadable(Direction &dir);
    void pump();
    bool pumpDirection(Direction &dir, qint64 now);
    static void hardAbort(QTcpSocket *socket);

    QTcpServer m_server;
    quint16 m_target;
    Faults m_faults;
    QList<std::shared_ptr<Pair>> m_pairs;
    QTimer m_tick;
    QElapsedTimer m_clock;
    int m_accepted = 0;
    qint64 m_bytesUp = 0;
    qint64 m_bytesDown = 0;
    qint64 m_dropped = 0;
    int m_writesDown = 0;
};

}  // namespace Dms::Test
