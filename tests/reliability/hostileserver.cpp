#include "hostileserver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QWebSocket>

namespace Dms::Test {

QString fakeJwt(qint64 expSeconds, const QByteArray &type)
{
    auto b64 = [](const QByteArray &d) {
        return d.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(b64(R"({"alg":"HS256","typ":"JWT"})") + '.' +
                               b64("{\"token_type\":\"" + type + "\",\"exp\":" +
                                   QByteArray::number(expSeconds) + ",\"user_id\":1}") +
                               '.' + b64("hostile-signature"));
}

HostileServer::HostileServer() : m_ws(QStringLiteral("hostile"), QWebSocketServer::NonSecureMode)
{
    connect(&m_tcp, &QTcpServer::newConnection, this, &HostileServer::onTcpConnection);
    connect(&m_ws, &QWebSocketServer::newConnection, this, &HostileServer::onWebSocket);
    for (qint64 id = 1; id <= 20; ++id)
        crates.insert(id, QStringLiteral("active"));
}

HostileServer::~HostileServer()
{
    for (QWebSocket *ws : std::as_const(m_clients)) {
        disconnect(ws, nullptr, this, nullptr);
        ws->abort();
        delete ws;
    }
}

bool HostileServer::listen(quint16 port)
{
    return m_tcp.listen(QHostAddress::LocalHost, port);
}

QUrl HostileServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void HostileServer::onTcpConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onHttpReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void HostileServer::onHttpReadable(QTcpSocket *socket)
{
    // Several requests may come on one keep-alive connection; peek until a whole head is in.
    for (;;) {
        const QByteArray buffered = socket->peek(socket->bytesAvailable());
        const qsizetype headEnd = buffered.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = buffered.left(headEnd);
        if (head.toLower().contains("upgrade: websocket")) {
            // Hand the untouched socket to QWebSocketServer for the handshake.
            disconnect(socket, nullptr, this, nullptr);
            socket->setParent(nullptr);
            m_ws.handleConnection(socket);
            return;
        }
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffered.size() < headEnd + 4 + length)
            return;
        socket->read(headEnd + 4);
        const QByteArray body = socket->read(length);
        const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
        if (requestLine.size() < 2) {
            socket->abort();
            return;
        }
        const QString target = QString::fromLatin1(requestLine.at(1));
        const QString path = target.left(target.indexOf(QLatin1Char('?')) < 0 ? target.size()
                                                                               : target.indexOf(QLatin1Char('?')));
        serveHttp(socket, requestLine.at(0), path, body);
    }
}

void HostileServer::serveHttp(QTcpSocket *socket, const QByteArray &method, const QString &path,
                              const QByteArray &body)
{
    ++m_hits[path];
    int status = 200;
    QJsonDocument answer;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject user{{QStringLiteral("id"), 1},        {QStringLiteral("username"), QStringLiteral("u1_head1")},
                           {QStringLiteral("full_name"), QStringLiteral("Head One")},
                           {QStringLiteral("unit_id"), 1},   {QStringLiteral("unit_name"), QStringLiteral("Unit 1")},
                           {QStringLiteral("role"), QStringLiteral("store_head")}};
    if (method == "POST" && path == QLatin1String("/api/auth/login/")) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        if (o.value(QStringLiteral("password")).toString() == QLatin1String("dms-demo"))
            answer.setObject({{QStringLiteral("access"), fakeJwt(now + 3600)},
                              {QStringLiteral("refresh"), fakeJwt(now + 86400, "refresh")},
                              {QStringLiteral("user"), user}});
        else {
            status = 401;
            answer.setObject({{QStringLiteral("detail"), QStringLiteral("No active account")}});
        }
    } else if (method == "POST" && path == QLatin1String("/api/auth/token/refresh/")) {
        answer.setObject({{QStringLiteral("access"), fakeJwt(now + 3600)}});
    } else if (method == "GET" && path == QLatin1String("/api/auth/me/")) {
        answer.setObject(user);
    } else if (method == "GET" && path == QLatin1String("/api/documents/crates/")) {
        QJsonArray rows;
        for (auto it = crates.cbegin(); it != crates.cend(); ++it)
            rows.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                    {QStringLiteral("crate_number"), QStringLiteral("CR-1-%1").arg(it.key(), 5, 10, QLatin1Char('0'))},
                                    {QStringLiteral("status"), it.value()},
                                    {QStringLiteral("unit_id"), 1}});
        answer.setObject({{QStringLiteral("count"), rows.size()},
                          {QStringLiteral("next"), QJsonValue::Null},
                          {QStringLiteral("previous"), QJsonValue::Null},
                          {QStringLiteral("results"), rows}});
    } else {
        status = 404;
        answer.setObject({{QStringLiteral("detail"), QStringLiteral("Not found.")}});
    }
    const QByteArray payload = answer.toJson(QJsonDocument::Compact);
    const QByteArray reason = status == 200 ? "OK" : (status == 401 ? "Unauthorized" : "Not Found");
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(payload.size()) + "\r\nConnection: keep-alive\r\n\r\n" + payload);
}

void HostileServer::onWebSocket()
{
    while (QWebSocket *ws = m_ws.nextPendingConnection()) {
        ++m_connections;
        m_clients.append(ws);
        connect(ws, &QWebSocket::textMessageReceived, this, [this, ws](const QString &t) {
            m_received.append(t);
            const QJsonObject o = QJsonDocument::fromJson(t.toUtf8()).object();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("ping") && answerPings) {
                ws->sendTextMessage(QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("pong")},
                                              {QStringLiteral("timestamp"), o.value(QStringLiteral("timestamp"))},
                                              {QStringLiteral("echo"), o.value(QStringLiteral("timestamp"))}})
                        .toJson(QJsonDocument::Compact)));
            }
        });
        connect(ws, &QWebSocket::disconnected, this, [this, ws] {
            m_clients.removeAll(ws);
            ws->deleteLater();
        });
        if (sendWelcome)
            ws->sendTextMessage(
                QStringLiteral(R"({"type":"connection_established","message":"Connected to unit 1 updates","unit_id":1,"seq":%1})")
                    .arg(welcomeSeq));
        Q_EMIT socketConnected();
    }
}

void HostileServer::sendText(const QString &text)
{
    for (QWebSocket *ws : std::as_const(m_clients))
        ws->sendTextMessage(text);
}

void HostileServer::sendBinary(const QByteArray &data)
{
    for (QWebSocket *ws : std::as_const(m_clients))
        ws->sendBinaryMessage(data);
}

QString HostileServer::crateUpdate(qint64 seq, qint64 id, const QString &status)
{
    return QStringLiteral(R"({"type":"data_update","entity":"crate","action":"updated","data":{"id":%1,"status":"%2","crate_number":"CR-1-%3"},"timestamp":"%4","seq":%5,"event_id":"e%5"})")
        .arg(id)
        .arg(status)
        .arg(id, 5, 10, QLatin1Char('0'))
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .arg(seq);
}

void HostileServer::sendCrateUpdate(qint64 seq, qint64 id, const QString &status, bool applyServerSide)
{
    if (applyServerSide)
        crates.insert(id, status);
    sendText(crateUpdate(seq, id, status));
}

void HostileServer::closeAll(int code)
{
    for (QWebSocket *ws : std::as_const(m_clients))
        ws->close(QWebSocketProtocol::CloseCode(code));
}

}  // namespace Dms::Test
