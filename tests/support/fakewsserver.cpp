// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "fakewsserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace Dms::Test {

FakeWsServer::FakeWsServer() : m_server(QStringLiteral("fake"), QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &FakeWsServer::onNewConnection);
}

FakeWsServer::~FakeWsServer()
{
    for (QWebSocket *ws : std::as_const(m_clients)) {
        disconnect(ws, nullptr, this, nullptr);
        ws->abort();
        delete ws;
    }
}

bool FakeWsServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QByteArray FakeWsServer::welcomeFrame(qint64 seq)
{
    return QStringLiteral(R"({"type":"connection_established","message":"Connected to unit 1 updates","unit_id":1,"seq":%1})")
        .arg(seq)
        .toUtf8();
}

QByteArray FakeWsServer::pongFrame(const QJsonValue &timestamp, qint64 seq)
{
    QJsonObject pong{{QStringLiteral("type"), QStringLiteral("pong")},
                     {QStringLiteral("timestamp"), timestamp},
                     {QStringLiteral("echo"), timestamp}};
    if (seq >= 0)
        pong.insert(QStringLiteral("seq"), seq);
    return QJsonDocument(pong).toJson(QJsonDocument::Compact);
}

void FakeWsServer::onNewConnection()
{
    while (QWebSocket *ws = m_server.nextPendingConnection()) {
        ++m_connections;
        m_clients.append(ws);
        m_urls.append(ws->requestUrl());
        m_origins.append(ws->origin());
        connect(ws, &QWebSocket::textMessageReceived, this, [this, ws](const QString &text) {
            m_received.append(text);
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            if (o.value(QStringLiteral("type")).toString() != QLatin1String("ping") || !answerPings)
                return;
            ws->sendTextMessage(QString::fromUtf8(pongFrame(o.value(QStringLiteral("timestamp")), pongSeq)));
            if (eventAfterPong >= 0) {
                sendUpdate(eventAfterPong);
                eventAfterPong = -1;
            }
        });
        connect(ws, &QWebSocket::disconnected, this, [this, ws] {
            m_clients.removeAll(ws);
            ws->deleteLater();
        });
        if (sendWelcome)
            ws->sendTextMessage(QString::fromUtf8(welcomeFrame(welcomeSeq)));
        Q_EMIT socketConnected();
    }
}

void FakeWsServer::sendText(const QString &text)
{
    for (QWebSocket *ws : std::as_const(m_clients))
        ws->sendTextMessage(text);
}

void FakeWsServer::sendBinary(const QByteArray &data)
{
    for (QWebSocket *ws : std::as_const(m_clients))
        ws->sendBinaryMessage(data);
}

void FakeWsServer::sendUpdate(qint64 seq, qint64 id)
{
    sendText(QStringLiteral(R"({"type":"data_update","entity":"crate","action":"updated","data":{"id":%1,"status":"active"},"timestamp":"2024-01-01T00:00:00.000Z","seq":%2})")
                 .arg(id)
                 .arg(seq));
}

void FakeWsServer::closeAll(QWebSocketProtocol::CloseCode code)
{
    for (QWebSocket *ws : std::as_const(m_clients))
        ws->close(code);
}

}  // namespace Dms::Test
