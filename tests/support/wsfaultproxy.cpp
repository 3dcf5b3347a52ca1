// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "wsfaultproxy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

namespace Dms::Test {

namespace {

// A held update goes out alone when no second one follows within this time (the end of a
// burst): swapping needs a partner, and nothing may be held for ever.
constexpr int HoldMs = 300;

bool isUpdate(const QString &text)
{
    const QString type = QJsonDocument::fromJson(text.toUtf8()).object().value(QLatin1String("type")).toString();
    static const QStringList control = {QStringLiteral("welcome"), QStringLiteral("connection_established"),
                                        QStringLiteral("pong"), QStringLiteral("error")};
    return !type.isEmpty() && !control.contains(type);
}

}  // namespace

struct WsFaultProxy::Link
{
    QPointer<QWebSocket> client;
    std::unique_ptr<QWebSocket> upstream;
    QStringList toServer;  // sent by the client before the upstream socket opened
    QString held;          // swapPairs: the first update of a pair
    bool holding = false;
    std::unique_ptr<QTimer> holdTimer;
    int updates = 0;
};

WsFaultProxy::WsFaultProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_ws(QStringLiteral("ws-fault-proxy"), QWebSocketServer::NonSecureMode)
    , m_target(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &WsFaultProxy::onNewConnection);
    connect(&m_ws, &QWebSocketServer::newConnection, this, &WsFaultProxy::onWebSocket);
}

WsFaultProxy::~WsFaultProxy()
{
    for (const auto &link : std::as_const(m_links)) {
        if (link->upstream)
            link->upstream->disconnect(this);
        if (link->client)
            link->client->disconnect(this);
    }
}

bool WsFaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl WsFaultProxy::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void WsFaultProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onClientReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void WsFaultProxy::onClientReadable(QTcpSocket *socket)
{
    // Nothing is read before the request head is whole: either socket gets it untouched.
    const QByteArray buffered = socket->peek(socket->bytesAvailable());
    const qsizetype headEnd = buffered.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    if (buffered.left(headEnd).toLower().contains("upgrade: websocket")) {
        disconnect(socket, &QTcpSocket::disconnected, socket, nullptr);
        m_ws.handleConnection(socket);
        return;
    }
    pipe(socket);
}

void WsFaultProxy::pipe(QTcpSocket *client)
{
    auto *upstream = new QTcpSocket(client);
    const auto forward = [](QTcpSocket *from, QTcpSocket *to) {
        if (to->state() == QAbstractSocket::ConnectedState)
            to->write(from->readAll());
    };
    connect(upstream, &QTcpSocket::connected, client, [=] { forward(client, upstream); });
    connect(client, &QTcpSocket::readyRead, upstream, [=] { forward(client, upstream); });
    connect(upstream, &QTcpSocket::readyRead, client, [=] { forward(upstream, client); });
    connect(upstream, &QTcpSocket::disconnected, client, [=] {
        forward(upstream, client);
        client->disconnectFromHost();
    });
    connect(client, &QTcpSocket::disconnected, upstream, [=] { upstream->disconnectFromHost(); });
    upstream->connectToHost(QHostAddress::LocalHost, m_target);
}

void WsFaultProxy::onWebSocket()
{
    while (QWebSocket *client = m_ws.nextPendingConnection()) {
        auto link = std::make_shared<Link>();
        Link *l = link.get();
        m_links.append(link);
        ++m_sockets;
        client->setParent(this);  // still open when the proxy goes: deleted with it
        l->client = client;
        // The client's Origin goes along: the server refuses a handshake without a valid one.
        l->upstream = std::make_unique<QWebSocket>(client->origin());
        l->holdTimer = std::make_unique<QTimer>();
        l->holdTimer->setSingleShot(true);
        l->holdTimer->setInterval(HoldMs);
        connect(l->holdTimer.get(), &QTimer::timeout, this, [this, l] { releaseHeld(l); });

        QUrl target = client->requestUrl();
        target.setScheme(QStringLiteral("ws"));
        target.setHost(QStringLiteral("127.0.0.1"));
        target.setPort(m_target);

        QWebSocket *up = l->upstream.get();
        connect(up, &QWebSocket::connected, this, [l] {
            for (const QString &text : std::as_const(l->toServer))
                l->upstream->sendTextMessage(text);
            l->toServer.clear();
        });
        connect(up, &QWebSocket::textMessageReceived, this, [this, l](const QString &text) { fromServer(l, text); });
        connect(up, &QWebSocket::disconnected, this, [this, l] {
            releaseHeld(l);
            if (l->client)
                l->client->close(l->upstream->closeCode(), l->upstream->closeReason());
        });
        connect(client, &QWebSocket::textMessageReceived, this, [l](const QString &text) {
            if (l->upstream->state() == QAbstractSocket::ConnectedState)
                l->upstream->sendTextMessage(text);
            else
                l->toServer.append(text);
        });
        connect(client, &QWebSocket::disconnected, this, [l] {
            l->upstream->close(l->client ? l->client->closeCode() : QWebSocketProtocol::CloseCodeNormal);
            if (l->client)
                l->client->deleteLater();  // the link stays until the proxy goes: signals may follow
        });
        connect(up, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, [up, target] {
            qWarning().noquote() << "ws-fault-proxy: upstream" << target.toString(QUrl::RemoveQuery)
                                 << up->errorString();
        });
        up->open(target);
    }
}

void WsFaultProxy::fromServer(Link *link, const QString &text)
{
    if (!link->client)
        return;
    if (!isUpdate(text)) {
        link->client->sendTextMessage(text);
        return;
    }
    ++m_updates;
    ++link->updates;
    if (m_faults.swapPairs) {
        if (!link->holding) {
            link->held = text;
            link->holding = true;
            link->holdTimer->start();
            return;
        }
        link->holdTimer->stop();
        link->holding = false;
        link->client->sendTextMessage(text);
        link->client->sendTextMessage(link->held);
        ++m_swapped;
        return;
    }
    link->client->sendTextMessage(text);
    if (m_faults.duplicateEvery > 0 && link->updates % m_faults.duplicateEvery == 0) {
        link->client->sendTextMessage(text);
        ++m_duplicated;
    }
}

void WsFaultProxy::releaseHeld(Link *link)
{
    if (!link->holding)
        return;
    link->holding = false;
    link->holdTimer->stop();
    if (link->client)
        link->client->sendTextMessage(link->held);
}

}  // namespace Dms::Test
