// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace Dms {

// A minimal HTTP/1.1 server for one resource: GET (or HEAD) /metrics answers with the
// provider's OpenMetrics text; other paths 404, other methods 405, malformed requests 400.
// One request per connection (Connection: close); a request head over 8 KiB is refused
// (431), a client silent for 10 s is dropped, at most 32 connections at once.
class MetricsServer final : public QObject
{
    Q_OBJECT
public:
    using Provider = std::function<QByteArray()>;
    static constexpr const char *ContentType = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    explicit MetricsServer(Provider provider, QObject *parent = nullptr);

    // Binds address:port (port 0: a free one). On failure returns false with the reason.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    qint64 scrapes() const { return m_scrapes; }

    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
                 const QByteArray &contentType, bool headOnly, const QByteArray &extraHeaders = {});

    QTcpServer m_server;
    Provider m_provider;
    qint64 m_scrapes = 0;
    int m_idleTimeoutMs = 10'000;
    int m_open = 0;
};

}  // namespace Dms
