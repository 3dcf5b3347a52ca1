// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Dms::Test {

// A WebSocket server written at the frame level (RFC 6455 by hand), one client at a time,
// for the cases a well-behaved library (FakeWsServer) never produces: fragments, invalid UTF-8, reserved bits, unknown
// opcodes, oversize headers, many frames per TCP write, one byte per write, a frame that
// stalls halfway, a message immediately followed by a close. In the spirit of
// Autobahn|Testsuite's client tests, which cannot run here.
class RawWsServer final : public QObject
{
    Q_OBJECT
public:
    struct ClientFrame
    {
        int opcode = 0;
        QByteArray payload;
    };

    RawWsServer();
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    // Behaviour for new connections.
    bool sendWelcome = true;
    bool answerPings = true;  // JSON {"type":"ping"} → {"type":"pong"}

    int handshakes() const { return m_handshakes; }
    bool hasClient() const { return m_client && m_client->state() == QAbstractSocket::ConnectedState; }
    // Close codes the client sent, in order (-1 when a close frame had no code).
    const QList<int> &closeCodes() const { return m_closeCodes; }
    const QList<ClientFrame> &clientFrames() const { return m_frames; }

    // Raw output to the current client.
    static QByteArray frame(int opcode, const QByteArray &payload, bool fin = true, int rsv = 0);
    static QByteArray text(const QByteArray &utf8) { return frame(0x1, utf8); }
    static QByteArray close(int code);
    void write(const QByteArray &bytes);
    // Writes bytes in pieces of chunk bytes, one piece every intervalMs.
    void writeSlowly(const QByteArray &bytes, int chunk = 1, int intervalMs = 1);
    bool slowWriteDone() const { return m_slow.isEmpty(); }
    void dropClient();

Q_SIGNALS:
    void handshakeDone();
    void clientFrameReceived(int opcode);

private:
    void onNewConnection();
    void onReadable();
    void parseClientFrames();

    QTcpServer m_server;
    QPointer<QTcpSocket> m_client;
    QByteArray m_in;
    bool m_upgraded = false;
    int m_handshakes = 0;
    QList<int> m_closeCodes;
    QList<ClientFrame> m_frames;
    QByteArray m_slow;
    int m_slowChunk = 1;
    QTimer m_slowTimer;
};

}  // namespace Dms::Test
