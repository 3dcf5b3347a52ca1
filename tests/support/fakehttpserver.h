// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace Dms::Test {

// The one scriptable HTTP/1.1 server of the tests, in process, bound to 127.0.0.1 port 0
// (or a given port, to come back where it was). Each test routes method + path to a
// handler (or a fixed response), can delay answers or never answer, and counts the
// requests per path. Optional TLS (QSslServer) with a given certificate. Unrouted requests
// go to the fallback handler, by default 404 {"detail": "Not found."}. A WebSocket
// upgrade request can be handed over, untouched, to a WebSocket server on the same port
// (FakeWsServer::handleConnection).
class FakeHttpServer final : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QString path;  // without the query
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers;  // names in lower case
        QByteArray body;

        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        QJsonObject json() const;
        QString bearer() const;  // token of "Authorization: Bearer <token>", or empty
    };

    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        int delayMs = 0;
        bool neverAnswer = false;
        bool held = false;  // sent by releaseHeld(), not before

        static Response json(int status, const QJsonValue &value);
        static Response html(int status, const QByteArray &html);
        static Response silent();  // accepts the request and never answers
        // Answered only when the test calls releaseHeld().
        static Response heldJson(int status, const QJsonValue &value);
    };

    using Handler = std::function<Response(const Request &)>;
    using UpgradeHandler = std::function<void(QTcpSocket *)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    // Plain HTTP on 127.0.0.1, port 0 by default. Returns false when it cannot listen.
    bool listen(quint16 port = 0);
    void close();  // stops listening; connections already open stay
    // HTTPS with the given server configuration (certificate and key set).
    bool listenTls(const QSslConfiguration &configuration);
    quint16 port() const;
    QUrl baseUrl() const;  // http(s)://127.0.0.1:<port>

    void route(const QByteArray &method, const QString &path, Handler handler);
    void route(const QByteArray &method, const QString &path, const Response &response);
    // Answers every request no route takes.
    void setFallback(Handler handler) { m_fallback = std::move(handler); }
    // Requests with "Upgrade: websocket" leave this server: the socket (nothing read from
    // it, no parent) goes to the handler.
    void setUpgradeHandler(UpgradeHandler handler) { m_upgrade = std::move(handler); }

    int count(const QString &path) const { return m_countByPath.value(path); }
    int count(const QByteArray &method, const QString &path) const
    {
        return m_countByRoute.value(routeKey(method, path));
    }
    int totalCount() const { return m_requests.size(); }
    // Held answers (Response::heldJson) not sent yet; releaseHeld() sends them all.
    int heldCount() const { return int(m_held.size()); }
    void releaseHeld();
    // Connections the client closed (or aborted), e.g. a cancelled call's.
    int closedConnections() const { return m_closed; }
    QList<Request> requests() const { return m_requests; }
    Request lastRequest(const QString &path) const;

Q_SIGNALS:
    void requestReceived(const QByteArray &method, const QString &path);

private:
    static QString routeKey(const QByteArray &method, const QString &path)
    {
        return QString::fromLatin1(method) + u' ' + path;
    }
    bool startListening(QTcpServer *server, quint16 port = 0);
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QHash<QString, Handler> m_routes;
    Handler m_fallback;
    UpgradeHandler m_upgrade;
    QHash<QString, int> m_countByPath;
    QHash<QString, int> m_countByRoute;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_closed = 0;
    QList<std::function<void()>> m_held;
};

}  // namespace Dms::Test
