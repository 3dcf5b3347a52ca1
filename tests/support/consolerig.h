// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>

#include "auth/memorysecretstore.h"
#include "core/clock.h"
#include "data/tablemodels.h"
#include "faultproxy.h"
#include "live/dialectprofile.h"
#include "live/livesession.h"
#include "session/consolesession.h"

#include <memory>

namespace Dms::Test {

// How a ConsoleRig's console is set up; the defaults are the session's own but for
// the backoff (100 ms to 500 ms), unlimited attempts and a 30 ms coalesce window.
struct ConsoleRigOptions
{
    QString profile = QStringLiteral("dms-updates");  // a built-in name or a file path
    int pingMs = 30'000;
    int pongMs = 10'000;
    int connectTimeoutMs = 0;  // 0: the session's default
    Backoff::Settings backoff = {100, 2.0, 500, true};
    int maxAttempts = 0;       // 0: unlimited
    qint64 refreshWithinMs = -1;  // < 0: the session's default
    int coalesceWindowMs = 30;    // < 0: the query client's default
    int queryRetries = -1;        // >= 0: setRetryPolicy(queryRetries, 200, 2.0, 2000)
    QString caFile;               // CA certificates trusted besides the system's
    bool faultProxy = false;      // talk to the server through a FaultProxy (proxy)
    QNetworkAccessManager *nam = nullptr;  // shared; nullptr: the rig's own
};

// One console as app/main.cpp builds it (a ConsoleSession over a network manager, the
// system clock and an in-memory secret store), for the tests that drive a real server.
// Everything is a public member: a test that needs something unusual reaches in.
struct ConsoleRig
{
    using Options = ConsoleRigOptions;

    explicit ConsoleRig(const QUrl &server, const Options &options = {});

    QNetworkAccessManager ownNam;
    QNetworkAccessManager *nam = &ownNam;
    SystemClock clock;
    MemorySecretStore secrets;
    DialectProfile profile;
    std::unique_ptr<FaultProxy> proxy;
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<EntityTableModel> withdrawals;  // made by goLive()
    QString setupError;  // the profile or the CA file could not be loaded, or the proxy listen
    QList<LiveStatus> states;  // every state the live session went through
    QStringList signOuts;      // every ApiClient::signedOut reason
    bool everAuthFailed = false;

    QUrl url() const;  // where the console talks to (the proxy when there is one)
    bool signIn(const QString &user, int timeoutMs = 30'000);
    // Opens the withdrawals table, starts the live session; true once Live and loaded.
    bool goLive(int timeoutMs = 20'000);
    bool signInAndGoLive(const QString &user) { return signIn(user) && goLive(); }
    LiveState state() const { return session->live()->state(); }
    bool isLive() const { return state() == LiveState::Live; }
    bool waitFor(LiveState state, int timeoutMs = 20'000);
};

// The rows of a table, id → status.
QMap<qint64, QString> statusesOf(const EntityTableModel &model);

}  // namespace Dms::Test
