// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

class QWebSocket;

namespace Dms {

// One socket of a live session, as LiveSession sees it: open, send, ping, close; frames,
// pongs and the close (with its code) come back as signals. The product uses
// WebSocketTransport (QWebSocket); tests drive the engine through an in-memory one
// (tests/support/memorytransport.h), so heartbeat, backoff, 4001 and gap logic run
// without sockets.
//
// Contract: after open(), exactly one of opened() or closed() comes first; after
// opened(), frames and pongs until closed(), which is emitted at most once per open().
// close()/abort() called by the session emit nothing (the session already knows).
class LiveTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~LiveTransport() override = default;

    virtual void open(const QNetworkRequest &request) = 0;
    virtual void sendText(const QByteArray &utf8) = 0;
    // A WebSocket control-frame ping; pongReceived() answers it.
    virtual void ping(const QByteArray &payload) = 0;
    virtual void close(int code) = 0;  // graceful close handshake
    virtual void abort() = 0;          // drop at once, as a network would

Q_SIGNALS:
    void opened();
    void textReceived(const QString &text);
    void binaryReceived(const QByteArray &data);
    void pongReceived(quint64 elapsedMs, const QByteArray &payload);
    // The socket is down. code: the close frame's code, or 1006 when there was no close
    // handshake (never opened, peer vanished); reason: the close reason or the error text
    // (never containing a token).
    void closed(int code, const QString &reason);
    // TLS verification failed (the handshake fails; verification is never switched off).
    void tlsErrors(const QList<QSslError> &errors);
};

// Creates the transports of a session (one per dialect socket).
class LiveTransportFactory
{
public:
    virtual ~LiveTransportFactory() = default;
    struct Options
    {
        QString origin;
        qint64 maxMessageBytes = 1024 * 1024;
        QSslConfiguration ssl;
    };
    virtual LiveTransport *create(const Options &options, QObject *parent) = 0;
};

// The real one: QWebSocket.
class WebSocketTransport final : public LiveTransport
{
    Q_OBJECT
public:
    WebSocketTransport(const LiveTransportFactory::Options &options, QObject *parent = nullptr);
    ~WebSocketTransport() override;

    void open(const QNetworkRequest &request) override;
    void sendText(const QByteArray &utf8) override;
    void ping(const QByteArray &payload) override;
    void close(int code) override;
    void abort() override;

private:
    void reportDown(int code, const QString &reason);

    QPointer<QWebSocket> m_ws;
    bool m_open = false;
    bool m_closeFrameSeen = false;  // a close handshake began (either side): closeCode() is real
    bool m_reported = false;
    bool m_quiet = false;           // the session closed it: report nothing
};

class WebSocketTransportFactory final : public LiveTransportFactory
{
public:
    LiveTransport *create(const Options &options, QObject *parent) override
    {
        return new WebSocketTransport(options, parent);
    }
};

}  // namespace Dms
