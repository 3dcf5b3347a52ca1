// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

#include "live/livetransport.h"

namespace Dms::Test {

class MemoryTransportFactory;

// A LiveTransport a test drives by hand (KDE Connect's loopback backend): the test plays
// the server. Everything the session does is recorded (the request it opened with, every
// text sent, every control ping, how it closed); everything the server "does" is a call
// (accept, push, closeFromServer, drop, ...) whose signal arrives queued, one event-loop
// turn later, as a real socket's would. The LiveTransport contract holds whatever the test
// calls: after open(), exactly one of opened()/closed() comes first; closed() at most once
// and nothing after it; nothing at all once the session called close()/abort(). A call the
// contract makes meaningless (a push before accept, after a close) is dropped with a
// warning, so a test that scripts it wrong sees why.
class MemoryTransport final : public LiveTransport
{
    Q_OBJECT
public:
    // How a JSON ping ({"type": pingType, timestampField: "…"}) is answered, if at all.
    enum class JsonPongs {
        Off,          // not answered (a silent server, or one without JSON heartbeat)
        WithEcho,     // {"type":"pong","timestamp":<now>,"echo":<the ping's timestamp>}
        WithoutEcho,  // {"type":"pong","timestamp":<now>}: seed 002 word for word
    };

    struct Behaviour
    {
        bool autoAccept = false;           // accept() as soon as the session opens
        bool answerControlPings = false;   // pongReceived(elapsed, payload) for each ping()
        JsonPongs jsonPongs = JsonPongs::Off;
        QString pingType = QStringLiteral("ping");
        QString pongType = QStringLiteral("pong");
        QString timestampField = QStringLiteral("timestamp");
        qint64 pongSeq = -1;               // >= 0: JSON pongs carry "seq" (dms-updates ext)
    };

    enum class State {
        Created,         // open() not called yet
        Opening,         // the session called open(); no opened()/closed() delivered yet
        Open,            // opened() delivered
        Down,            // closed() delivered
        ClosedBySession  // the session called close() or abort(): silent for good
    };

    // What the session did with this transport; it outlives the transport (the session
    // deletes its transports with deleteLater), see MemoryTransportFactory::history().
    struct Record
    {
        int index = 0;                // creation order in the factory, from 0
        LiveTransportFactory::Options options;
        QNetworkRequest request;      // as passed to open()
        bool opened = false;          // open() was called
        QList<QByteArray> sent;       // every sendText(), in order
        QList<QByteArray> pings;      // every control ping() payload, in order
        int sessionCloseCode = 0;     // close(code) by the session; 0 if it did not
        bool abortedBySession = false;
        int serverCloseCode = 0;      // the code of the closed() delivered; 0 if none
    };

    MemoryTransport(const LiveTransportFactory::Options &options, const Behaviour &behaviour,
                    int index, QObject *parent = nullptr);
    ~MemoryTransport() override;

    // LiveTransport (called by the session)
    void open(const QNetworkRequest &request) override;
    void sendText(const QByteArray &utf8) override;
    void ping(const QByteArray &payload) override;
    void close(int code) override;
    void abort() override;

    // What the session did
    const Record &record() const { return *m_record; }
    std::shared_ptr<const Record> sharedRecord() const { return m_record; }
    int index() const { return m_record->index; }
    const QNetworkRequest &request() const { return m_record->request; }
    QUrl url() const { return m_record->request.url(); }
    QByteArray header(const QByteArray &name) const { return m_record->request.rawHeader(name); }
    const QList<QByteArray> &sent() const { return m_record->sent; }
    QList<QJsonObject> sentJson() const;  // sent() parsed; texts that are no JSON object skipped
    const QList<QByteArray> &pings() const { return m_record->pings; }
    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    bool isClosedBySession() const { return m_state == State::ClosedBySession; }

    Behaviour &behaviour() { return m_behaviour; }
    void setBehaviour(const Behaviour &behaviour) { m_behaviour = behaviour; }

    // The server's side. Each emits its signal queued (the next event-loop turn).
    void accept();                                   // opened()
    void refuse(const QString &reason = QStringLiteral("Connection refused"));  // closed(1006) unopened
    void push(const QString &text);                  // textReceived
    void pushJson(const QJsonObject &object);        // textReceived, compact JSON
    void pushBinary(const QByteArray &data);         // binaryReceived
    void pong(const QByteArray &payload, quint64 elapsedMs = 1);  // pongReceived (unasked too)
    void closeFromServer(int code, const QString &reason = QString());  // closed(code, reason)
    void drop(const QString &reason = QStringLiteral("The remote host closed the connection"));  // closed(1006)
    void failTls(const QList<QSslError> &errors);    // tlsErrors, then closed(1006) unopened

Q_SIGNALS:
    // For tests to wait on (QSignalSpy / QTRY): emitted synchronously from the session's call.
    void openRequested();
    void textSent(const QByteArray &utf8);
    void pinged(const QByteArray &payload);
    void closedBySession(int code);  // close(code); abort() reports 1006

private:
    void deliver(std::function<void()> emission);
    void answerJsonPing(const QByteArray &utf8);
    bool canSpeak(const char *what) const;  // open and not closed: frames may flow

    Behaviour m_behaviour;
    std::shared_ptr<Record> m_record;
    State m_state = State::Created;
    bool m_acceptQueued = false;   // accept()/refuse() already called (one answer per open)
    bool m_closeQueued = false;    // a server close is on its way: later pushes are dropped
};

// Creates MemoryTransports for a LiveSession (pass it as the session's 5th argument) and
// keeps every one it made: live ones in transports(), records of all in history().
// behaviour() is the default of each new transport; created() lets a test script each
// connection as it is made (connect with a context object), opening() when the session
// opens it (its request is known then).
class MemoryTransportFactory final : public QObject, public LiveTransportFactory
{
    Q_OBJECT
public:
    explicit MemoryTransportFactory(QObject *parent = nullptr);
    ~MemoryTransportFactory() override;

    LiveTransport *create(const Options &options, QObject *parent) override;

    MemoryTransport::Behaviour &behaviour() { return m_behaviour; }
    void setBehaviour(const MemoryTransport::Behaviour &behaviour) { m_behaviour = behaviour; }

    int createdCount() const { return int(m_history.size()); }
    // Every transport still alive, in creation order (deleted ones are gone).
    QList<MemoryTransport *> transports() const;
    // The transport created n-th (from 0), or nullptr once the session deleted it.
    MemoryTransport *transport(int index) const;
    MemoryTransport *last() const { return transport(createdCount() - 1); }
    // The newest count transports, in creation order: with count = the profile's socket
    // count, the sockets of the latest connect (empty if one of them is already deleted).
    QList<MemoryTransport *> latest(int count) const;
    // What every transport ever created recorded, in creation order.
    QList<MemoryTransport::Record> history() const;

Q_SIGNALS:
    void created(Dms::Test::MemoryTransport *transport);
    void opening(Dms::Test::MemoryTransport *transport);

private:
    MemoryTransport::Behaviour m_behaviour;
    QList<QPointer<MemoryTransport>> m_transports;
    QList<std::shared_ptr<const MemoryTransport::Record>> m_history;
};

}  // namespace Dms::Test
