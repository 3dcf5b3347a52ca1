// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QMap>
#include <QObject>
#include <QUrl>

#include "fakehttpserver.h"
#include "fakewsserver.h"

namespace Dms::Test {

// An in-process DMS that can misbehave: one loopback port serving the REST calls a console
// session needs (login, refresh, me, the crates list) on a FakeHttpServer, and the
// dms-updates socket on a FakeWsServer behind it. Tests script its frames: valid ones, and
// everything a broken or hostile server could send.
class HostileServer final : public QObject
{
    Q_OBJECT
public:
    HostileServer();

    bool listen(quint16 port = 0) { return m_http.listen(port); }
    void stopListening() { m_http.close(); }
    quint16 port() const { return m_http.port(); }
    QUrl baseUrl() const { return m_http.baseUrl(); }

    // The live socket: behaviour (answerPings, sendWelcome, welcomeSeq), frames, closes.
    FakeWsServer &ws() { return m_ws; }

    // Data behind GET /api/documents/crates/ (rows {id, crate_number, status}).
    QMap<qint64, QString> crates;
    int restHits(const QString &path) const { return m_http.count(path); }

    // A data_update for a crate; also changes the crate server-side, so a refetch sees it.
    void sendCrateUpdate(qint64 seq, qint64 id, const QString &status, bool applyServerSide = true);
    static QString crateUpdate(qint64 seq, qint64 id, const QString &status);

private:
    FakeHttpServer m_http;
    FakeWsServer m_ws;
};

}  // namespace Dms::Test
