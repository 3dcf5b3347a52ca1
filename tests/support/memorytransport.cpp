// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "memorytransport.h"

#include <QDateTime>
#include <QDebug>
#include <QJsonDocument>
#include <QMetaObject>

namespace Dms::Test {

namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

}  // namespace

MemoryTransport::MemoryTransport(const LiveTransportFactory::Options &options, const Behaviour &behaviour,
                                 int index, QObject *parent)
    : LiveTransport(parent), m_behaviour(behaviour), m_record(std::make_shared<Record>())
{
    m_record->index = index;
    m_record->options = options;
}

MemoryTransport::~MemoryTransport() = default;

void MemoryTransport::open(const QNetworkRequest &request)
{
    if (m_state != State::Created) {
        qWarning() << "MemoryTransport" << index() << ": open() called twice";
        return;
    }
    m_record->request = request;
    m_record->opened = true;
    m_state = State::Opening;
    Q_EMIT openRequested();
    if (m_behaviour.autoAccept && !m_acceptQueued)
        accept();
}

void MemoryTransport::sendText(const QByteArray &utf8)
{
    m_record->sent.append(utf8);
    Q_EMIT textSent(utf8);
    if (m_state == State::Open && !m_closeQueued)
        answerJsonPing(utf8);
}

void MemoryTransport::ping(const QByteArray &payload)
{
    m_record->pings.append(payload);
    Q_EMIT pinged(payload);
    if (m_behaviour.answerControlPings && m_state == State::Open && !m_closeQueued)
        pong(payload);
}

void MemoryTransport::close(int code)
{
    if (m_state == State::ClosedBySession)
        return;
    m_record->sessionCloseCode = code;
    m_state = State::ClosedBySession;  // everything still queued is dropped
    Q_EMIT closedBySession(code);
}

void MemoryTransport::abort()
{
    if (m_state == State::ClosedBySession)
        return;
    m_record->abortedBySession = true;
    m_state = State::ClosedBySession;
    Q_EMIT closedBySession(1006);
}

QList<QJsonObject> MemoryTransport::sentJson() const
{
    QList<QJsonObject> out;
    for (const QByteArray &text : m_record->sent) {
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        if (doc.isObject())
            out.append(doc.object());
    }
    return out;
}

void MemoryTransport::deliver(std::function<void()> emission)
{
    // Queued with this as context: nothing arrives once the transport is deleted.
    QMetaObject::invokeMethod(
        this,
        [this, emission = std::move(emission)] {
            if (m_state == State::ClosedBySession || m_state == State::Down)
                return;  // the contract: silent after close()/abort() and after closed()
            emission();
        },
        Qt::QueuedConnection);
}

bool MemoryTransport::canSpeak(const char *what) const
{
    if (m_state == State::ClosedBySession)
        return false;  // the session hung up: a real peer's frames would be lost too
    if (!m_acceptQueued || m_closeQueued || m_state == State::Down) {
        qWarning() << "MemoryTransport" << index() << ":" << what
                   << "ignored: the socket is not open (accept() first; nothing after a close)";
        return false;
    }
    return true;
}

void MemoryTransport::accept()
{
    if (m_state == State::Created) {
        qWarning() << "MemoryTransport" << index() << ": accept() before the session opened it";
        return;
    }
    if (m_acceptQueued || m_state != State::Opening)
        return;
    m_acceptQueued = true;
    deliver([this] {
        m_state = State::Open;
        Q_EMIT opened();
    });
}

void MemoryTransport::refuse(const QString &reason)
{
    if (m_state == State::ClosedBySession)
        return;
    if (m_acceptQueued || m_state != State::Opening) {
        qWarning() << "MemoryTransport" << index() << ": refuse() needs a socket being opened";
        return;
    }
    m_acceptQueued = true;
    m_closeQueued = true;
    deliver([this, reason] {
        m_state = State::Down;
        m_record->serverCloseCode = 1006;
        Q_EMIT closed(1006, reason);
    });
}

void MemoryTransport::push(const QString &text)
{
    if (!canSpeak("push"))
        return;
    deliver([this, text] {
        if (m_state == State::Open)
            Q_EMIT textReceived(text);
    });
}

void MemoryTransport::pushJson(const QJsonObject &object)
{
    push(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void MemoryTransport::pushBinary(const QByteArray &data)
{
    if (!canSpeak("pushBinary"))
        return;
    deliver([this, data] {
        if (m_state == State::Open)
            Q_EMIT binaryReceived(data);
    });
}

void MemoryTransport::pong(const QByteArray &payload, quint64 elapsedMs)
{
    if (!canSpeak("pong"))
        return;
    deliver([this, payload, elapsedMs] {
        if (m_state == State::Open)
            Q_EMIT pongReceived(elapsedMs, payload);
    });
}

void MemoryTransport::closeFromServer(int code, const QString &reason)
{
    if (m_state == State::ClosedBySession)
        return;
    if (!m_acceptQueued || m_closeQueued || m_state == State::Down) {
        qWarning() << "MemoryTransport" << index() << ": closeFromServer() needs an accepted, open socket";
        return;
    }
    m_closeQueued = true;
    deliver([this, code, reason] {
        m_state = State::Down;
        m_record->serverCloseCode = code;
        Q_EMIT closed(code, reason);
    });
}

void MemoryTransport::drop(const QString &reason)
{
    if (m_state == State::ClosedBySession || m_closeQueued || m_state == State::Down)
        return;
    if (!m_acceptQueued) {
        refuse(reason);  // dropped while connecting: never opened
        return;
    }
    m_closeQueued = true;
    deliver([this, reason] {
        m_state = State::Down;
        m_record->serverCloseCode = 1006;
        Q_EMIT closed(1006, reason);
    });
}

void MemoryTransport::failTls(const QList<QSslError> &errors)
{
    if (m_state == State::ClosedBySession)
        return;
    if (m_acceptQueued || m_state != State::Opening) {
        qWarning() << "MemoryTransport" << index() << ": failTls() needs a socket being opened";
        return;
    }
    m_acceptQueued = true;
    m_closeQueued = true;
    deliver([this, errors] {
        Q_EMIT tlsErrors(errors);
        if (m_state == State::Opening) {  // the handler may have aborted us
            m_state = State::Down;
            m_record->serverCloseCode = 1006;
            Q_EMIT closed(1006, QStringLiteral("TLS handshake failed"));
        }
    });
}

void MemoryTransport::answerJsonPing(const QByteArray &utf8)
{
    if (m_behaviour.jsonPongs == JsonPongs::Off)
        return;
    const QJsonObject ping = QJsonDocument::fromJson(utf8).object();
    if (ping.value(QStringLiteral("type")).toString() != m_behaviour.pingType)
        return;
    QJsonObject pong{{QStringLiteral("type"), m_behaviour.pongType},
                     {QStringLiteral("timestamp"), isoNow()}};
    if (m_behaviour.jsonPongs == JsonPongs::WithEcho)
        pong.insert(QStringLiteral("echo"), ping.value(m_behaviour.timestampField));
    if (m_behaviour.pongSeq >= 0)
        pong.insert(QStringLiteral("seq"), m_behaviour.pongSeq);
    pushJson(pong);
}

MemoryTransportFactory::MemoryTransportFactory(QObject *parent) : QObject(parent) {}

MemoryTransportFactory::~MemoryTransportFactory() = default;

LiveTransport *MemoryTransportFactory::create(const Options &options, QObject *parent)
{
    auto *t = new MemoryTransport(options, m_behaviour, int(m_history.size()), parent);
    m_transports.append(t);
    m_history.append(t->sharedRecord());
    connect(t, &MemoryTransport::openRequested, this, [this, t] { Q_EMIT opening(t); });
    Q_EMIT created(t);
    return t;
}

QList<MemoryTransport *> MemoryTransportFactory::transports() const
{
    QList<MemoryTransport *> out;
    for (const QPointer<MemoryTransport> &t : m_transports) {
        if (t)
            out.append(t);
    }
    return out;
}

MemoryTransport *MemoryTransportFactory::transport(int index) const
{
    if (index < 0 || index >= m_transports.size())
        return nullptr;
    return m_transports.at(index);
}

QList<MemoryTransport *> MemoryTransportFactory::latest(int count) const
{
    QList<MemoryTransport *> out;
    if (count <= 0 || count > m_transports.size())
        return out;
    for (qsizetype i = m_transports.size() - count; i < m_transports.size(); ++i) {
        if (!m_transports.at(i))
            return {};
        out.append(m_transports.at(i));
    }
    return out;
}

QList<MemoryTransport::Record> MemoryTransportFactory::history() const
{
    QList<MemoryTransport::Record> out;
    for (const auto &r : m_history)
        out.append(*r);
    return out;
}

}  // namespace Dms::Test
