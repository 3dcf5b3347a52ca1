// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "rawwsserver.h"

#include "fakewsserver.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace Dms::Test {

RawWsServer::RawWsServer()
{
    connect(&m_server, &QTcpServer::newConnection, this, &RawWsServer::onNewConnection);
    m_slowTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_slowTimer, &QTimer::timeout, this, [this] {
        if (m_slow.isEmpty() || !m_client) {
            m_slowTimer.stop();
            m_slow.clear();
            return;
        }
        m_client->write(m_slow.left(m_slowChunk));
        m_client->flush();
        m_slow.remove(0, m_slowChunk);
        if (m_slow.isEmpty())
            m_slowTimer.stop();
    });
}

bool RawWsServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QByteArray RawWsServer::frame(int opcode, const QByteArray &payload, bool fin, int rsv)
{
    QByteArray out;
    out.append(char((fin ? 0x80 : 0) | ((rsv & 0x7) << 4) | (opcode & 0x0f)));
    const quint64 n = quint64(payload.size());
    if (n < 126) {
        out.append(char(n));
    } else if (n <= 0xffff) {
        out.append(char(126));
        char len[2];
        qToBigEndian(quint16(n), len);
        out.append(len, 2);
    } else {
        out.append(char(127));
        char len[8];
        qToBigEndian(n, len);
        out.append(len, 8);
    }
    return out + payload;  // server frames are not masked
}

QByteArray RawWsServer::close(int code)
{
    char c[2];
    qToBigEndian(quint16(code), c);
    return frame(0x8, QByteArray(c, 2));
}

void RawWsServer::write(const QByteArray &bytes)
{
    if (m_client) {
        m_client->write(bytes);
        m_client->flush();
    }
}

void RawWsServer::writeSlowly(const QByteArray &bytes, int chunk, int intervalMs)
{
    m_slow += bytes;
    m_slowChunk = qMax(1, chunk);
    m_slowTimer.start(intervalMs);
}

void RawWsServer::dropClient()
{
    if (m_client)
        m_client->abort();
}

void RawWsServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_client) {  // one client at a time: the newest wins
            m_client->abort();
            m_client->deleteLater();
        }
        socket->setParent(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_client = socket;
        m_in.clear();
        m_upgraded = false;
        m_slow.clear();
        m_slowTimer.stop();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket == m_client)
                onReadable();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void RawWsServer::onReadable()
{
    m_in += m_client->readAll();
    if (!m_upgraded) {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        QByteArray key;
        for (const QByteArray &line : m_in.left(end).split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(18).trimmed();
        }
        m_in.remove(0, end + 4);
        const QByteArray accept = QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                                           QCryptographicHash::Sha1)
                                      .toBase64();
        QByteArray answer = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            "Sec-WebSocket-Accept: " + accept + "\r\n\r\n";
        if (sendWelcome)
            answer += text(FakeWsServer::welcomeFrame(0));
        m_client->write(answer);
        m_client->flush();
        m_upgraded = true;
        ++m_handshakes;
        Q_EMIT handshakeDone();
    }
    parseClientFrames();
}

void RawWsServer::parseClientFrames()
{
    for (;;) {
        if (m_in.size() < 2)
            return;
        const auto *b = reinterpret_cast<const uchar *>(m_in.constData());
        const int opcode = b[0] & 0x0f;
        const bool masked = b[1] & 0x80;
        quint64 len = b[1] & 0x7f;
        qsizetype pos = 2;
        if (len == 126) {
            if (m_in.size() < 4)
                return;
            len = qFromBigEndian<quint16>(b + 2);
            pos = 4;
        } else if (len == 127) {
            if (m_in.size() < 10)
                return;
            len = qFromBigEndian<quint64>(b + 2);
            pos = 10;
        }
        if (len > 1024 * 1024) {  // a client would never: drop it
            m_client->abort();
            return;
        }
        const qsizetype need = pos + (masked ? 4 : 0) + qsizetype(len);
        if (m_in.size() < need)
            return;
        QByteArray payload = m_in.mid(pos + (masked ? 4 : 0), qsizetype(len));
        if (masked) {
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload[i] ^ m_in[pos + (i % 4)]);
        }
        m_in.remove(0, need);
        m_frames.append(ClientFrame{opcode, payload});
        if (opcode == 0x8) {
            m_closeCodes.append(payload.size() >= 2
                                    ? qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(payload.constData()))
                                    : -1);
            // Answer the closing handshake, then end the TCP connection.
            m_client->write(frame(0x8, payload.left(2)));
            m_client->flush();
            m_client->disconnectFromHost();
            Q_EMIT clientFrameReceived(opcode);
            return;
        }
        if (opcode == 0x1 && answerPings) {
            const QJsonObject o = QJsonDocument::fromJson(payload).object();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("ping"))
                write(text(FakeWsServer::pongFrame(o.value(QStringLiteral("timestamp")))));
        }
        Q_EMIT clientFrameReceived(opcode);
    }
}

}  // namespace Dms::Test
