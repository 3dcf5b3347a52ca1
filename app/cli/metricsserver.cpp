// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "cli/metricsserver.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>

namespace Dms {

namespace {

constexpr qsizetype kMaxHead = 8 * 1024;
constexpr int kMaxConnections = 32;
constexpr const char *kBuffer = "dms_request";

}  // namespace

MetricsServer::MetricsServer(Provider provider, QObject *parent)
    : QObject(parent), m_provider(std::move(provider))
{
    m_server.setMaxPendingConnections(kMaxConnections);
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsServer::onNewConnection);
}

bool MetricsServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.listen(address, port))
        return true;
    *error = QCoreApplication::translate("Dms::Cli", "cannot serve metrics on %1:%2: %3")
                 .arg(address.toString())
                 .arg(port)
                 .arg(m_server.errorString());
    return false;
}

void MetricsServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_open >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_open;
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        idle->start(m_idleTimeoutMs);
    }
}

void MetricsServer::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("dms_answered").toBool()) {
        socket->readAll();  // one request per connection; the rest is ignored
        return;
    }
    QByteArray head = socket->property(kBuffer).toByteArray() + socket->readAll();
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > kMaxHead)
            respond(socket, 431, "Request Header Fields Too Large", "request head too large\n", "text/plain; charset=utf-8", false);
        else
            socket->setProperty(kBuffer, head);
        return;
    }
    if (end > kMaxHead) {
        respond(socket, 431, "Request Header Fields Too Large", "request head too large\n", "text/plain; charset=utf-8", false);
        return;
    }
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || !parts.at(1).startsWith('/') ||
        !parts.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", "bad request\n", "text/plain; charset=utf-8", false);
        return;
    }
    const QByteArray &method = parts.at(0);
    QByteArray path = parts.at(1);
    const qsizetype query = path.indexOf('?');
    if (query >= 0)
        path.truncate(query);
    const bool head_ = method == "HEAD";
    if (method != "GET" && !head_) {
        respond(socket, 405, "Method Not Allowed", "only GET and HEAD\n", "text/plain; charset=utf-8", false,
                "Allow: GET, HEAD\r\n");
        return;
    }
    if (path != "/metrics") {
        respond(socket, 404, "Not Found", "not found: the metrics are at /metrics\n", "text/plain; charset=utf-8",
                head_);
        return;
    }
    ++m_scrapes;
    respond(socket, 200, "OK", m_provider(), ContentType, head_);
}

void MetricsServer::respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
                            const QByteArray &contentType, bool headOnly, const QByteArray &extraHeaders)
{
    socket->setProperty("dms_answered", true);
    socket->setProperty(kBuffer, QVariant());
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" +
                          "Content-Type: " + contentType + "\r\n" +
                          "Content-Length: " + QByteArray::number(body.size()) + "\r\n" +
                          "Cache-Control: no-store\r\n" + extraHeaders + "Connection: close\r\n\r\n";
    if (!headOnly)
        response += body;
    socket->write(response);
    socket->disconnectFromHost();  // after the bytes are written
}

}  // namespace Dms
