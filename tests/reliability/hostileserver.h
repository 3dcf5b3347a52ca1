#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QWebSocketServer>

class QTcpSocket;
class QWebSocket;

namespace Dms::Test {

// An in-process DMS that can misbehave: one loopback port serving the REST calls a console
// session needs (login, refresh, me, the crates list) and the dms-updates socket. Tests
// script its frames: valid ones, and everything a broken or hostile server could send.
class HostileServer final : public QObject
{
    Q_OBJECT
public:
    HostileServer();
    ~HostileServer() override;

    bool listen(quint16 port = 0);
    void stopListening() { m_tcp.close(); }
    quint16 port() const { return m_tcp.serverPort(); }
    QUrl baseUrl() const;

    // Behaviour.
    bool answerPings = true;
    bool sendWelcome = true;
    qint64 welcomeSeq = 0;

    // Data behind GET /api/documents/crates/ (rows {id, crate_number, status}).
    QMap<qint64, QString> crates;
    int restHits(const QString &path) const { return m_hits.value(path); }
    int connections() const { return m_connections; }
    int clientCount() const { return int(m_clients.size()); }
    const QStringList &received() const { return m_received; }

    // Frames to every connected socket.
    void sendText(const QString &text);
    void sendBinary(const QByteArray &data);
    // A data_update for a crate; also changes the crate server-side, so a refetch sees it.
    void sendCrateUpdate(qint64 seq, qint64 id, const QString &status, bool applyServerSide = true);
    static QString crateUpdate(qint64 seq, qint64 id, const QString &status);
    void closeAll(int code);

Q_SIGNALS:
    void socketConnected();

private:
    void onTcpConnection();
    void onHttpReadable(QTcpSocket *socket);
    void serveHttp(QTcpSocket *socket, const QByteArray &method, const QString &path,
                   const QByteArray &body);
    void onWebSocket();

    QTcpServer m_tcp;
    QWebSocketServer m_ws;
    QList<QWebSocket *> m_clients;
    QHash<QString, int> m_hits;
    QStringList m_received;
    int m_connections = 0;
};

QString fakeJwt(qint64 expSeconds, const QByteArray &type = "access");

}  // namespace Dms::Test
