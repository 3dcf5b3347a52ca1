// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "fakehttpserver.h"

#include <QObject>
#include <QString>

namespace Dms::Test {

// JWT-shaped token (unsigned) with the given exp (seconds since the epoch), token_type
// ("access" or "refresh") and id (jti), for every fake server and test that needs one.
QString fakeJwt(qint64 expSeconds, const QByteArray &type = "access", int id = 0);

// The auth endpoints of spec §1 on a FakeHttpServer, plus one protected list endpoint:
//   POST /api/auth/login/           alice / the password → {access, refresh, user}; else 401
//   POST /api/auth/token/refresh/   the current refresh → {access} (+ refresh when rotating)
//   GET  /api/auth/me/              the current access → user; else 401
//   GET  /api/requests/withdrawal/  the current access → a page; else 401
class FakeDms final : public QObject
{
    Q_OBJECT
public:
    explicit FakeDms(QObject *parent = nullptr);

    FakeHttpServer server;
    QString password = QStringLiteral("correct horse");
    QString access;   // the access token the server accepts now
    QString refresh;  // the refresh token the server accepts now
    bool rotateRefresh = false;
    int refreshDelayMs = 0;
    qint64 accessLifetimeS = 300;
    qint64 nowS = 1'700'000'000;  // "server time" used for exp

    bool listen() { return server.listen(); }
    QUrl baseUrl() const { return server.baseUrl(); }
    // Make the server refuse the current access token (as if it had expired).
    void expireAccess() { access = QStringLiteral("expired-on-the-server"); }
    // Make the server refuse the current refresh token too.
    void revokeRefresh() { refresh = QStringLiteral("revoked-on-the-server"); }
    QString issueAccess();

private:
    int m_nextId = 1;
};

}  // namespace Dms::Test
