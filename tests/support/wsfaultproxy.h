// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QUrl>
#include <QWebSocketServer>

#include <memory>

class QTcpSocket;
class QTimer;
class QWebSocket;

namespace Dms::Test {

// A loopback proxy that understands WebSocket messages, for faults no TCP proxy can make:
// plain HTTP passes through to the target as bytes; a WebSocket upgrade is accepted here
// and relayed message by message to the target (same path and query, so the token goes
// along), and the server's update frames can be sent twice (every Nth one) or swapped in
// pairs. Welcome, pong and error frames always pass untouched and in order.
class WsFaultProxy final : public QObject
{
    Q_OBJECT
public:
    struct Faults
    {
        int duplicateEvery = 0;  // >0: every Nth update of a socket is sent twice in a row
        bool swapPairs = false;  // updates 1,2,3,4 of a socket go out as 2,1,4,3
    };

    explicit WsFaultProxy(quint16 targetPort, QObject *parent = nullptr);
    ~WsFaultProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const;
    void setFaults(const Faults &faults) { m_faults = faults; }

    int socketsRelayed() const { return m_sockets; }
    int updatesRelayed() const { return m_updates; }  // from the server, before faults
    int duplicatesSent() const { return m_duplicated; }
    int pairsSwapped() const { return m_swapped; }

private:
    struct Link;
    void onNewConnection();
    void onClientReadable(QTcpSocket *socket);
    void pipe(QTcpSocket *client);
    void onWebSocket();
    void fromServer(Link *link, const QString &text);
    void releaseHeld(Link *link);

    QTcpServer m_server;
    QWebSocketServer m_ws;
    quint16 m_target;
    Faults m_faults;
    QList<std::shared_ptr<Link>> m_links;
    int m_sockets = 0;
    int m_updates = 0;
    int m_duplicated = 0;
    int m_swapped = 0;
};

}  // namespace Dms::Test
