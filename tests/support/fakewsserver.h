// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QWebSocketProtocol>
#include <QWebSocketServer>

class QTcpSocket;
class QWebSocket;

namespace Dms::Test {

// The one well-behaved fake of the server's live socket: a QWebSocketServer on
// 127.0.0.1 (port 0, or a given port to come back where it was) that welcomes each
// client, answers JSON pings, records what clients send, and lets a test script frames
// and closes. It can also take sockets from a FakeHttpServer sharing one port
// (handleConnection). Frames no library would write: RawWsServer.
class FakeWsServer final : public QObject
{
    Q_OBJECT
public:
    FakeWsServer();
    ~FakeWsServer() override;

    bool listen(quint16 port = 0);
    void close() { m_server.close(); }  // stops listening; open sockets stay
    quint16 port() const { return m_server.serverPort(); }
    void handleConnection(QTcpSocket *socket) { m_server.handleConnection(socket); }

    // Behaviour for new connections and pings.
    bool sendWelcome = true;
    qint64 welcomeSeq = 0;
    bool answerPings = true;
    qint64 pongSeq = -1;         // >= 0: pongs carry the unit's current seq (dms-updates ext)
    qint64 eventAfterPong = -1;  // >= 0: send this event (sendUpdate) right after the next pong

    // What happened.
    int connections() const { return m_connections; }
    const QList<QWebSocket *> &clients() const { return m_clients; }
    const QStringList &received() const { return m_received; }
    const QList<QUrl> &urls() const { return m_urls; }
    const QStringList &origins() const { return m_origins; }

    // Frames to every connected client.
    void sendText(const QString &text);
    void sendBinary(const QByteArray &data);
    // A dms-updates data_update for crate id.
    void sendUpdate(qint64 seq, qint64 id = 1);
    void closeAll(QWebSocketProtocol::CloseCode code = QWebSocketProtocol::CloseCodeGoingAway);

    // The frames this server sends, for servers that write them by hand.
    static QByteArray welcomeFrame(qint64 seq);
    static QByteArray pongFrame(const QJsonValue &timestamp, qint64 seq = -1);

Q_SIGNALS:
    void socketConnected();

private:
    void onNewConnection();

    QWebSocketServer m_server;
    QList<QWebSocket *> m_clients;
    QStringList m_received;
    QList<QUrl> m_urls;
    QStringList m_origins;
    int m_connections = 0;
};

}  // namespace Dms::Test
