// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "fakehttpserver.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Dms::Test {

QJsonObject FakeHttpServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString FakeHttpServer::Request::bearer() const
{
    const QByteArray value = header("authorization");
    if (!value.startsWith("Bearer "))
        return {};
    return QString::fromUtf8(value.mid(7));
}

FakeHttpServer::Response FakeHttpServer::Response::json(int status, const QJsonValue &value)
{
    Response r;
    r.status = status;
    if (value.isObject())
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return r;
}

FakeHttpServer::Response FakeHttpServer::Response::html(int status, const QByteArray &html)
{
    Response r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = html;
    return r;
}

FakeHttpServer::Response FakeHttpServer::Response::silent()
{
    Response r;
    r.neverAnswer = true;
    return r;
}

FakeHttpServer::Response FakeHttpServer::Response::heldJson(int status, const QJsonValue &value)
{
    Response r = json(status, value);
    r.held = true;
    return r;
}

FakeHttpServer::FakeHttpServer(QObject *parent) : QObject(parent) {}

void FakeHttpServer::releaseHeld()
{
    const QList<std::function<void()>> held = std::exchange(m_held, {});
    for (const auto &send : held) send();
}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen(quint16 port)
{
    m_tls = false;
    return startListening(m_server ? m_server : new QTcpServer(this), port);
}

void FakeHttpServer::close()
{
    if (m_server)
        m_server->close();
}

bool FakeHttpServer::listenTls(const QSslConfiguration &configuration)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    m_tls = true;
    return startListening(server);
}

bool FakeHttpServer::startListening(QTcpServer *server, quint16 port)
{
    if (server != m_server) {
        m_server = server;
        // pendingConnectionAvailable (not newConnection): QSslServer queues a socket only
        // once its handshake is done, after newConnection would have fired.
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
                &FakeHttpServer::onNewConnection);
    }
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FakeHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void FakeHttpServer::route(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.insert(routeKey(method, path), std::move(handler));
}

void FakeHttpServer::route(const QByteArray &method, const QString &path, const Response &response)
{
    route(method, path, [response](const Request &) { return response; });
}

FakeHttpServer::Request FakeHttpServer::lastRequest(const QString &path) const
{
    for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it) {
        if (it->path == path)
            return *it;
    }
    return {};
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            ++m_closed;
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    if (m_upgrade && m_buffers.value(socket).isEmpty()) {
        // Read nothing before the first head is whole: an upgrade leaves untouched.
        const QByteArray buffered = socket->peek(socket->bytesAvailable());
        const qsizetype headEnd = buffered.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        if (buffered.left(headEnd).toLower().contains("upgrade: websocket")) {
            disconnect(socket, nullptr, this, nullptr);
            m_buffers.remove(socket);
            socket->setParent(nullptr);
            m_upgrade(socket);
            return;
        }
    }
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() < 2) {
            socket->abort();
            return;
        }
        Request request;
        request.method = requestLine.at(0);
        const QUrl target(QString::fromLatin1(requestLine.at(1)));
        request.path = target.path();
        request.query = QUrlQuery(target);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(),
                                       line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;  // body not complete yet
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        m_requests.append(request);
        m_countByPath[request.path] += 1;
        m_countByRoute[routeKey(request.method, request.path)] += 1;
        Q_EMIT requestReceived(request.method, request.path);
        answer(socket, request);
    }
}

void FakeHttpServer::answer(QTcpSocket *socket, const Request &request)
{
    const auto it = m_routes.constFind(routeKey(request.method, request.path));
    const Response response =
        it != m_routes.constEnd() ? (*it)(request)
        : m_fallback             ? m_fallback(request)
                                 : Response::json(404, QJsonObject{{QStringLiteral("detail"),
                                                                    QStringLiteral("Not found.")}});
    if (response.neverAnswer)
        return;

    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
    if (!response.body.isEmpty() || response.status != 204)
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: keep-alive\r\n\r\n";
    out += response.body;

    const QPointer<QTcpSocket> target(socket);
    auto send = [target, out] {
        if (target)
            target->write(out);
    };
    if (response.held)
        m_held.append(send);
    else if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, send);
    else
        send();
}

}  // namespace Dms::Test
