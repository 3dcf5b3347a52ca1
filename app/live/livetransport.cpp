// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "live/livetransport.h"

#include <QWebSocket>

#include "core/redact.h"

namespace Dms {

WebSocketTransport::WebSocketTransport(const LiveTransportFactory::Options &options, QObject *parent)
    : LiveTransport(parent)
{
    auto *ws = new QWebSocket(options.origin, QWebSocketProtocol::VersionLatest, this);
    ws->setMaxAllowedIncomingMessageSize(quint64(options.maxMessageBytes));
    ws->setMaxAllowedIncomingFrameSize(quint64(options.maxMessageBytes));
    ws->setOutgoingFrameSize(64 * 1024);
    ws->setSslConfiguration(options.ssl);
    m_ws = ws;

    connect(ws, &QWebSocket::connected, this, [this] {
        m_open = true;
        Q_EMIT opened();
    });
    connect(ws, &QWebSocket::aboutToClose, this, [this] { m_closeFrameSeen = true; });
    connect(ws, &QWebSocket::disconnected, this, [this] {
        if (!m_open) {
            // Never opened (refused, unreachable, handshake failed): QWebSocket reports
            // its default close code 1000 then, which would read as a normal close.
            reportDown(1006, redactSecrets(m_ws->errorString()));
        } else if (!m_closeFrameSeen) {
            // An open socket dropped without a close handshake (peer died, proxy reset,
            // cable pulled) also keeps the default 1000: it is a lost connection (1006).
            reportDown(1006, redactSecrets(m_ws->errorString()));
        } else {
            reportDown(int(m_ws->closeCode()), m_ws->closeReason());
        }
    });
    connect(ws, &QWebSocket::textMessageReceived, this, &LiveTransport::textReceived);
    connect(ws, &QWebSocket::binaryMessageReceived, this, &LiveTransport::binaryReceived);
    connect(ws, &QWebSocket::pong, this, &LiveTransport::pongReceived);
    connect(ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                // QWebSocket emits disconnected after errors on an open socket; a failed
                // handshake may not, so a non-open socket's error is the end of it.
                if (!m_open)
                    reportDown(1006, redactSecrets(m_ws->errorString()));
            });
    connect(ws, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty())
            Q_EMIT tlsErrors(errors);
    });
}

WebSocketTransport::~WebSocketTransport()
{
    m_quiet = true;
    if (m_ws) {
        disconnect(m_ws, nullptr, this, nullptr);
        m_ws->abort();
    }
}

void WebSocketTransport::open(const QNetworkRequest &request)
{
    m_ws->open(request);
}

void WebSocketTransport::sendText(const QByteArray &utf8)
{
    if (m_ws)
        m_ws->sendTextMessage(QString::fromUtf8(utf8));
}

void WebSocketTransport::ping(const QByteArray &payload)
{
    if (m_ws && m_open)
        m_ws->ping(payload);
}

void WebSocketTransport::close(int code)
{
    m_quiet = true;
    if (m_ws) {
        if (m_open)
            m_ws->close(QWebSocketProtocol::CloseCode(code));
        else
            m_ws->abort();
    }
}

void WebSocketTransport::abort()
{
    m_quiet = true;
    if (m_ws)
        m_ws->abort();
}

void WebSocketTransport::reportDown(int code, const QString &reason)
{
    if (m_reported || m_quiet)
        return;
    m_reported = true;
    Q_EMIT closed(code, reason);
}

}  // namespace Dms
