// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "auth/apiclient.h"
#include "auth/requestgate.h"
#include "core/clock.h"
#include "fakedms.h"
#include "fakehttpserver.h"
#include "restcall.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Dms;
using Dms::Test::FakeDms;
using Dms::Test::FakeHttpServer;
using Dms::Test::fakeJwt;
using Dms::Test::RestResult;
using Dms::Test::await;
using Dms::Test::watch;
using Response = FakeHttpServer::Response;

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    // A client signed in to the fake DMS as alice.
    struct Fixture
    {
        FakeDms dms;
        QNetworkAccessManager nam;
        ManualClock clock{1'700'000'000'000};
        ApiClient api{&nam, &clock};
    };

    static std::unique_ptr<Fixture> signedInFixture()
    {
        auto f = std::make_unique<Fixture>();
        if (!f->dms.listen())
            return nullptr;
        f->api.setBaseUrl(f->dms.baseUrl());
        const RestResult r = await(f->api.login(QStringLiteral("alice"), f->dms.password));
        if (!r.ok)
            return nullptr;
        return f;
    }

    // GET /api/rows/?n=N answers {"n": "N"}, held until the test releases it.
    static void routeHeldRows(FakeHttpServer &server)
    {
        server.route("GET", QStringLiteral("/api/rows/"), [](const FakeHttpServer::Request &r) {
            return Response::heldJson(
                200,
                QJsonObject{{QStringLiteral("n"), r.query.queryItemValue(QStringLiteral("n"))}});
        });
    }

    // A client of server with tokens of its own (no sign-in), behind gate.
    static void gateClient(ApiClient *api, const FakeHttpServer &server, const ManualClock &clock,
                           RequestGate *gate)
    {
        api->setBaseUrl(server.baseUrl());
        api->setTokens(fakeJwt(clock.nowMs() / 1000 + 3600, "access", 1),
                       fakeJwt(clock.nowMs() / 1000 + 86400, "refresh", 2));
        api->setRequestGate(gate);
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Dms::UserInfo>(); }

    void login_validCredentials_storesTokensAndUser()
    {
        FakeDms dms;
        QVERIFY(dms.listen());
        QNetworkAccessManager nam;
        ManualClock clock;
        ApiClient api(&nam, &clock);
        api.setBaseUrl(dms.baseUrl());
        QSignalSpy signedIn(&api, &ApiClient::signedIn);
        QSignalSpy tokensChanged(&api, &ApiClient::tokensChanged);

        const RestResult r = await(api.login(QStringLiteral("alice"), dms.password));

        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.status, 200);
        QCOMPARE(api.accessToken(), dms.access);
        QCOMPARE(api.refreshToken(), dms.refresh);
        QVERIFY(api.isSignedIn());
        QCOMPARE(api.user().id, 7);
        QCOMPARE(api.user().username, QStringLiteral("alice"));
        QCOMPARE(api.user().unitId, 3);
        QCOMPARE(api.user().fullName, QStringLiteral("Alice Archivist"));
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(signedIn.at(0).at(0).value<UserInfo>().username, QStringLiteral("alice"));
        QCOMPARE(tokensChanged.count(), 1);
        QCOMPARE(api.accessTokenExpiryMs(), (dms.nowS + dms.accessLifetimeS) * 1000);
    }

    void login_sendsJsonWithoutBearer_andAuthorizedCallsSendBearer()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        const FakeHttpServer::Request login =
            f->dms.server.lastRequest(QStringLiteral("/api/auth/login/"));
        QCOMPARE(login.header("content-type"), QByteArray("application/json"));
        QCOMPARE(login.header("accept"), QByteArray("application/json"));
        QVERIFY(login.header("authorization").isEmpty());

        const RestResult r = await(f->api.get(QStringLiteral("/api/requests/withdrawal/"),
                                                 QUrlQuery(QStringLiteral("status=pending"))));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const FakeHttpServer::Request get =
            f->dms.server.lastRequest(QStringLiteral("/api/requests/withdrawal/"));
        QCOMPARE(get.bearer(), f->api.accessToken());
        QCOMPARE(get.header("accept"), QByteArray("application/json"));
        QCOMPARE(get.query.queryItemValue(QStringLiteral("status")), QStringLiteral("pending"));
        QCOMPARE(r.json.toObject().value(QStringLiteral("count")).toInt(), 0);
    }

    void login_wrongPassword_reportsWrongPassword()
    {
        FakeDms dms;
        QVERIFY(dms.listen());
        QNetworkAccessManager nam;
        ManualClock clock;
        ApiClient api(&nam, &clock);
        api.setBaseUrl(dms.baseUrl());
        QSignalSpy signedIn(&api, &ApiClient::signedIn);

        const RestResult r = await(api.login(QStringLiteral("alice"), QStringLiteral("nope")));

        QVERIFY(r.finished);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(r.error.message, QStringLiteral("Wrong user name or password"));
        QVERIFY(!api.isSignedIn());
        QCOMPARE(signedIn.count(), 0);
    }

    void login_closedPort_reportsNetwork()
    {
        // A bound socket that does not listen: the port stays ours and refuses connections.
        QTcpSocket closedPort;
        QVERIFY(closedPort.bind(QHostAddress::LocalHost, 0));
        const quint16 port = closedPort.localPort();
        QNetworkAccessManager nam;
        ManualClock clock;
        ApiClient api(&nam, &clock);
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(port);
        api.setBaseUrl(url);

        const RestResult r = await(api.login(QStringLiteral("alice"), QStringLiteral("pw")));

        QVERIFY(r.finished);
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error.message.contains(QStringLiteral("refused")), qPrintable(r.error.message));
        QVERIFY(r.error.message.contains(QString::number(port)));
    }

    void login_unknownHost_reportsNetwork()
    {
        QNetworkAccessManager nam;
        ManualClock clock;
        ApiClient api(&nam, &clock);
        api.setBaseUrl(QUrl(QStringLiteral("http://no-such-host.invalid")));

        const RestResult r =
            await(api.login(QStringLiteral("alice"), QStringLiteral("pw")), 15000);

        QVERIFY(r.finished);
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        QVERIFY2(r.error.message.contains(QStringLiteral("host not found")),
                 qPrintable(r.error.message));
    }

    void login_htmlAnswer_reportsNotDmsServer()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("POST", QStringLiteral("/api/auth/login/"),
                     Response::html(200, "<html><body>Welcome to nginx!</body></html>"));
        QNetworkAccessManager nam;
        ManualClock clock;
        ApiClient api(&nam, &clock);
        api.setBaseUrl(server.baseUrl());

        const RestResult r = await(api.login(QStringLiteral("alice"), QStringLiteral("pw")));

        QCOMPARE(r.error.kind, ApiError::Kind::BadResponse);
        QCOMPARE(r.error.httpStatus, 200);
        QVERIFY2(r.error.message.contains(QStringLiteral("does not look like a DMS server")),
                 qPrintable(r.error.message));
        QVERIFY(!api.isSignedIn());
    }

    void login_jsonWithoutTokens_reportsNotDmsServer()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("POST", QStringLiteral("/api/auth/login/"),
                     Response::json(200, QJsonObject{{QStringLiteral("ok"), true}}));
        QNetworkAccessManager nam;
        ManualClock clock;
        ApiClient api(&nam, &clock);
        api.setBaseUrl(server.baseUrl());

        const RestResult r = await(api.login(QStringLiteral("alice"), QStringLiteral("pw")));

        QCOMPARE(r.error.kind, ApiError::Kind::BadResponse);
        QVERIFY(r.error.message.contains(QStringLiteral("does not look like a DMS server")));
        QVERIFY(!api.isSignedIn());
    }

    void login_notFound_reportsNotDmsServer()
    {
        FakeHttpServer server;  // no routes: 404 everywhere
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        ManualClock clock;
        ApiClient api(&nam, &clock);
        api.setBaseUrl(server.baseUrl());

        const RestResult r = await(api.login(QStringLiteral("alice"), QStringLiteral("pw")));

        QCOMPARE(r.error.kind, ApiError::Kind::BadResponse);
        QCOMPARE(r.error.httpStatus, 404);
        QVERIFY(r.error.message.contains(QStringLiteral("does not look like a DMS server")));
    }

    void get_serverNeverAnswers_reportsTimeout()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        f->dms.server.route("GET", QStringLiteral("/api/slow/"), Response::silent());
        f->api.setTransferTimeoutMs(200);
        QCOMPARE(f->api.transferTimeoutMs(), 200);

        const RestResult r = await(f->api.get(QStringLiteral("/api/slow/")));

        QVERIFY(r.finished);
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error.message.contains(QStringLiteral("0.2 s")), qPrintable(r.error.message));
        QVERIFY(f->api.isSignedIn());  // a timeout does not sign anyone out
    }

    // cancel(): the transfer is aborted (its connection closes), the reply never reports
    // and goes away; the client goes on serving other calls. Sign-in replies are left alone.
    void cancel_abortsTheTransfer_replyNeverFinishes()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        f->dms.server.route("GET", QStringLiteral("/api/slow/"), Response::silent());
        const int closedBefore = f->dms.server.closedConnections();
        QPointer<ApiReply> reply = f->api.get(QStringLiteral("/api/slow/"));
        QSignalSpy finished(reply.data(), &ApiReply::finished);
        QTRY_COMPARE(f->dms.server.count(QStringLiteral("/api/slow/")), 1);
        f->api.cancel(reply);
        QTRY_VERIFY(reply.isNull());
        QTRY_COMPARE(f->dms.server.closedConnections(), closedBefore + 1);
        QCOMPARE(finished.count(), 0);
        f->api.cancel(nullptr);  // nothing to do
        const RestResult me = await(f->api.fetchMe());
        QVERIFY2(me.ok, qPrintable(me.error.message));
    }

    void get_answerOverTheSizeCap_isCutOff_andNothingUsed()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        QJsonArray rows;
        for (int i = 0; i < 200; ++i)
            rows.append(QJsonObject{{QStringLiteral("id"), i + 1}, {QStringLiteral("status"), QStringLiteral("active")}});
        f->dms.server.route("GET", QStringLiteral("/api/big/"),
                            Response::json(200, QJsonObject{{QStringLiteral("results"), rows}}));
        f->api.setMaxAnswerBytes(1024);
        const RestResult r = await(f->api.get(QStringLiteral("/api/big/")));
        QVERIFY(r.finished);
        QVERIFY(!r.ok);
        QVERIFY(r.json.isNull() || r.json.isUndefined());  // nothing of it is handed on
        QVERIFY2(r.error.message.contains(QStringLiteral("larger than 1024 bytes")), qPrintable(r.error.message));
        f->api.setMaxAnswerBytes(1024 * 1024);  // the same answer within the cap
        QVERIFY(await(f->api.get(QStringLiteral("/api/big/"))).ok);
    }

    void get_serverDrippingBytes_hitsTheDeadline()
    {
        // Headers, then one byte of the body every 50 ms: never silent long enough for the
        // transfer timeout, so only the overall deadline ends it.
        auto f = signedInFixture();
        QVERIFY(f);
        QTcpServer drip;
        QVERIFY(drip.listen(QHostAddress::LocalHost, 0));
        QList<QPointer<QTcpSocket>> sockets;
        QTimer tick;
        connect(&drip, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = drip.nextPendingConnection()) {
                sockets.append(s);
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    s->readAll();
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[");
                });
            }
        });
        connect(&tick, &QTimer::timeout, this, [&] {
            for (const auto &s : sockets)
                if (s && s->state() == QAbstractSocket::ConnectedState)
                    s->write("1,");
        });
        tick.start(50);
        QUrl base = f->dms.baseUrl();
        base.setPort(drip.serverPort());
        f->api.setBaseUrl(base);
        f->api.setDeadlineMs(400);
        const RestResult r = await(f->api.get(QStringLiteral("/api/drip/")));
        QVERIFY(r.finished);
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        QVERIFY2(r.error.message.contains(QStringLiteral("did not finish within 0.4 s")), qPrintable(r.error.message));
        QVERIFY(f->api.isSignedIn());
    }

    void get_httpErrorWithDetail_reportsServerMessage()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        f->dms.server.route("GET", QStringLiteral("/api/requests/withdrawal/9/"),
                            Response::json(403, QJsonObject{{QStringLiteral("detail"),
                                                             QStringLiteral("Wrong unit.")}}));
        f->dms.server.route(
            "POST", QStringLiteral("/api/requests/withdrawal/"),
            Response::json(400,
                           QJsonObject{{QStringLiteral("reason"),
                                        QJsonArray{QStringLiteral("This field is required.")}}}));

        const RestResult forbidden =
            await(f->api.get(QStringLiteral("/api/requests/withdrawal/9/")));
        QCOMPARE(forbidden.error.kind, ApiError::Kind::Http);
        QCOMPARE(forbidden.error.httpStatus, 403);
        QVERIFY2(forbidden.error.message.contains(QStringLiteral("Wrong unit.")),
                 qPrintable(forbidden.error.message));
        QCOMPARE(forbidden.error.body.toObject().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("Wrong unit."));

        const RestResult invalid =
            await(f->api.post(QStringLiteral("/api/requests/withdrawal/"), QJsonObject{}));
        QCOMPARE(invalid.error.httpStatus, 400);
        QVERIFY2(invalid.error.message.contains(QStringLiteral("reason: This field is required.")),
                 qPrintable(invalid.error.message));
    }

    void get_notSignedIn_failsNotSignedIn()
    {
        FakeDms dms;
        QVERIFY(dms.listen());
        QNetworkAccessManager nam;
        ManualClock clock;
        ApiClient api(&nam, &clock);
        api.setBaseUrl(dms.baseUrl());

        const RestResult r = await(api.get(QStringLiteral("/api/requests/withdrawal/")));

        QCOMPARE(r.error.kind, ApiError::Kind::NotSignedIn);
        QCOMPARE(dms.server.totalCount(), 0);
    }

    void get_expiredAccess_refreshesAndRetries()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        const QString oldAccess = f->api.accessToken();
        f->dms.expireAccess();
        QSignalSpy tokensChanged(&f->api, &ApiClient::tokensChanged);

        const RestResult r = await(f->api.get(QStringLiteral("/api/requests/withdrawal/")));

        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(f->dms.server.count(QStringLiteral("/api/auth/token/refresh/")), 1);
        QCOMPARE(f->dms.server.count(QStringLiteral("/api/requests/withdrawal/")), 2);
        QVERIFY(f->api.accessToken() != oldAccess);
        QCOMPARE(f->api.accessToken(), f->dms.access);
        QCOMPARE(f->api.refreshCount(), 1);
        QCOMPARE(tokensChanged.count(), 1);
    }

    void get_twentyConcurrent401_oneRefreshAllRetried()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        f->dms.expireAccess();
        f->dms.refreshDelayMs = 50;  // the refresh is still in flight when more 401s arrive

        std::vector<std::shared_ptr<RestResult>> results;
        for (int i = 0; i < 20; ++i)
            results.push_back(watch(f->api.get(QStringLiteral("/api/requests/withdrawal/"))));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(results.cbegin(), results.cend(),
                                             [](const auto &r) { return r->finished; }),
                                 10000);

        for (const auto &r : results) QVERIFY2(r->ok, qPrintable(r->error.message));
        QCOMPARE(f->dms.server.count(QStringLiteral("/api/auth/token/refresh/")), 1);
        QCOMPARE(f->api.refreshCount(), 1);
        // 20 refused + 20 retried, nothing more.
        QCOMPARE(f->dms.server.count(QStringLiteral("/api/requests/withdrawal/")), 40);
    }

    void get_refreshRefused_signsOutAndFailsCalls()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        f->dms.expireAccess();
        f->dms.revokeRefresh();
        QSignalSpy signedOut(&f->api, &ApiClient::signedOut);

        std::vector<std::shared_ptr<RestResult>> results;
        for (int i = 0; i < 5; ++i)
            results.push_back(watch(f->api.get(QStringLiteral("/api/requests/withdrawal/"))));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(results.cbegin(), results.cend(),
                                             [](const auto &r) { return r->finished; }),
                                 10000);

        for (const auto &r : results) {
            QCOMPARE(r->error.kind, ApiError::Kind::NotSignedIn);
            QCOMPARE(r->error.httpStatus, 401);
        }
        QCOMPARE(f->dms.server.count(QStringLiteral("/api/auth/token/refresh/")), 1);
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!signedOut.at(0).at(0).toString().isEmpty());
        QVERIFY(!f->api.isSignedIn());
        QVERIFY(f->api.accessToken().isEmpty());
        QVERIFY(f->api.refreshToken().isEmpty());
    }

    // Calls waiting for a refresh that is refused all fail at once; a reply's owner that
    // cancels the other calls from its finished() (a list fetch whose page failed) must
    // leave them cancelled, not failed afterwards nor touched once gone.
    void cancel_othersFromFinished_whileWaitingCallsFail()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        f->dms.expireAccess();
        f->dms.revokeRefresh();
        QList<QPointer<ApiReply>> replies;
        for (int i = 0; i < 4; ++i)
            replies.append(f->api.get(QStringLiteral("/api/requests/withdrawal/")));
        int finished = 0;
        for (const QPointer<ApiReply> &reply : std::as_const(replies)) {
            connect(reply, &ApiReply::finished, this, [&f, &replies, &finished] {
                ++finished;
                for (const QPointer<ApiReply> &other : std::as_const(replies))
                    f->api.cancel(other);  // itself: finished, left alone
            });
        }
        QTRY_VERIFY(std::all_of(replies.cbegin(), replies.cend(),
                                [](const auto &r) { return r.isNull(); }));
        QCOMPARE(finished, 1);
        QVERIFY(!f->api.isSignedIn());
    }

    void refreshAccessToken_calledTwiceWhileInFlight_returnsSameReply()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        f->dms.refreshDelayMs = 50;
        ApiReply *first = f->api.refreshAccessToken();
        ApiReply *second = f->api.refreshAccessToken();
        QCOMPARE(first, second);
        const RestResult r = await(first);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(f->dms.server.count(QStringLiteral("/api/auth/token/refresh/")), 1);
    }

    void refreshAccessToken_rotation_updatesRefreshToken()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        f->dms.rotateRefresh = true;
        const QString oldRefresh = f->api.refreshToken();
        const RestResult r = await(f->api.refreshAccessToken());
        QVERIFY(r.ok);
        QVERIFY(f->api.refreshToken() != oldRefresh);
        QCOMPARE(f->api.refreshToken(), f->dms.refresh);
    }

    void ensureFreshAccessToken_expiryOutsideWindow_doesNotRefresh()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        // exp = nowS + 300 s; the clock stands at nowS: 300 s left > 30 s window.
        f->clock.setNowMs(f->dms.nowS * 1000);
        QCOMPARE(f->api.ensureFreshAccessToken(30'000), nullptr);
        f->clock.advance(269'000);  // 31 s left
        QCOMPARE(f->api.ensureFreshAccessToken(30'000), nullptr);
        QCOMPARE(f->dms.server.count(QStringLiteral("/api/auth/token/refresh/")), 0);
    }

    void ensureFreshAccessToken_expiryInsideWindow_refreshes()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        f->clock.setNowMs(f->dms.nowS * 1000 + 275'000);  // 25 s left
        ApiReply *reply = f->api.ensureFreshAccessToken(30'000);
        QVERIFY(reply);
        const RestResult r = await(reply);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(f->dms.server.count(QStringLiteral("/api/auth/token/refresh/")), 1);
        // The new token expires 300 s after the server's now; the client's clock moved on.
        f->clock.setNowMs(f->dms.nowS * 1000);
        QCOMPARE(f->api.ensureFreshAccessToken(30'000), nullptr);
    }

    void ensureFreshAccessToken_alreadyExpired_refreshes()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        f->clock.setNowMs((f->dms.nowS + 3600) * 1000);
        ApiReply *reply = f->api.ensureFreshAccessToken();
        QVERIFY(reply);
        QVERIFY(await(reply).ok);
    }

    void get_absoluteNextLinkSameServer_followed()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        QUrl next = f->dms.baseUrl();
        next.setPath(QStringLiteral("/api/requests/withdrawal/"));
        next.setQuery(QStringLiteral("page=2"));
        const RestResult r = await(f->api.get(next.toString()));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(f->dms.server.lastRequest(QStringLiteral("/api/requests/withdrawal/"))
                     .query.queryItemValue(QStringLiteral("page")),
                 QStringLiteral("2"));
    }

    void get_absoluteNextLinkOtherHost_refused()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        FakeHttpServer other;
        QVERIFY(other.listen());
        other.route("GET", QStringLiteral("/api/requests/withdrawal/"),
                    Response::json(200, QJsonObject{}));

        QUrl otherPort = other.baseUrl();  // same host, other port
        otherPort.setPath(QStringLiteral("/api/requests/withdrawal/"));
        const RestResult r1 = await(f->api.get(otherPort.toString()));
        QCOMPARE(r1.error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(r1.error.message.contains(QStringLiteral("another server")),
                 qPrintable(r1.error.message));

        QUrl otherHost = otherPort;
        otherHost.setHost(QStringLiteral("localhost"));
        QCOMPARE(await(f->api.get(otherHost.toString())).error.kind, ApiError::Kind::BadResponse);

        QUrl otherScheme = f->dms.baseUrl();
        otherScheme.setScheme(QStringLiteral("https"));
        otherScheme.setPath(QStringLiteral("/api/requests/withdrawal/"));
        QCOMPARE(await(f->api.get(otherScheme.toString())).error.kind,
                 ApiError::Kind::BadResponse);

        QCOMPARE(await(f->api.get(QStringLiteral("//localhost/x/"))).error.kind,
                 ApiError::Kind::BadResponse);
        QCOMPARE(other.totalCount(), 0);
    }

    void setBaseUrl_withPathPrefix_prefixesPaths()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", QStringLiteral("/dms/api/dashboard/summary/"),
                     Response::json(200, QJsonObject{{QStringLiteral("total"), 1}}));
        QNetworkAccessManager nam;
        ManualClock clock;
        ApiClient api(&nam, &clock);
        QUrl base = server.baseUrl();
        base.setPath(QStringLiteral("/dms/"));
        api.setBaseUrl(base);
        api.setTokens(QStringLiteral("a"), QStringLiteral("r"));
        const RestResult r = await(api.get(QStringLiteral("/api/dashboard/summary/")));
        QVERIFY2(r.ok, qPrintable(r.error.message));
    }

    void signOut_signedIn_forgetsTokensAndEmits()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        QSignalSpy signedOut(&f->api, &ApiClient::signedOut);
        f->api.signOut(QStringLiteral("bye"));
        QCOMPARE(signedOut.count(), 1);
        QCOMPARE(signedOut.at(0).at(0).toString(), QStringLiteral("bye"));
        QVERIFY(!f->api.isSignedIn());
        QVERIFY(!f->api.user().isValid());
        f->api.signOut(QStringLiteral("again"));
        QCOMPARE(signedOut.count(), 1);  // nothing left to forget
    }

    void signOut_revokesTheRefreshToken_unlessToldToKeepIt()
    {
        const QString logout = QStringLiteral("/api/auth/logout/");
        auto f = signedInFixture();
        QVERIFY(f);
        f->dms.server.route("POST", logout, Response::json(205, QJsonObject()));
        ApiReply *revoke = f->api.signOut(QStringLiteral("bye"));
        QVERIFY(revoke);
        QCOMPARE(await(revoke).status, 205);
        QCOMPARE(f->dms.server.count("POST", logout), 1);
        QVERIFY(f->api.refreshToken().isEmpty());

        // Switching users (SignInService) keeps the previous refresh token valid, since the
        // keychain may remember it: no revocation.
        auto g = signedInFixture();
        QVERIFY(g);
        g->dms.server.route("POST", logout, Response::json(205, QJsonObject()));
        QVERIFY(!g->api.signOut(QStringLiteral("switching"), /*revoke=*/false));
        QCoreApplication::processEvents();
        QCOMPARE(g->dms.server.count("POST", logout), 0);
        QVERIFY(!g->api.isSignedIn());
    }

    void setTokens_refreshOnly_refreshesBeforeFirstCall()
    {
        FakeDms dms;
        QVERIFY(dms.listen());
        dms.refresh = fakeJwt(dms.nowS + 86400, "refresh", 99);
        QNetworkAccessManager nam;
        ManualClock clock;
        ApiClient api(&nam, &clock);
        api.setBaseUrl(dms.baseUrl());
        api.setTokens(QString(), dms.refresh);
        QSignalSpy signedIn(&api, &ApiClient::signedIn);

        const RestResult r = await(api.fetchMe());

        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(dms.server.count(QStringLiteral("/api/auth/token/refresh/")), 1);
        QCOMPARE(dms.server.count(QStringLiteral("/api/auth/me/")), 1);  // no 401 first
        QCOMPARE(api.user().username, QStringLiteral("alice"));
        QCOMPARE(signedIn.count(), 1);
    }

    void addCaCertificatesFromFile_badFiles_fail()
    {
        QNetworkAccessManager nam;
        ManualClock clock;
        ApiClient api(&nam, &clock);
        QString error;
        QVERIFY(!api.addCaCertificatesFromFile(QStringLiteral("/nonexistent/ca.pem"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/ca.pem")));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile junk(dir.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate\n");
        junk.close();
        error.clear();
        QVERIFY(!api.addCaCertificatesFromFile(junk.fileName(), &error));
        QVERIFY(error.contains(QStringLiteral("No PEM certificate")));
        QVERIFY(api.addCaCertificatesFromFile(QStringLiteral(":/authdata/ca.crt"), &error));
    }

    void login_untrustedCertificate_reportsTlsThenCaFileFixesIt()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QFile certFile(QStringLiteral(":/authdata/server.crt"));
        QFile keyFile(QStringLiteral(":/authdata/server.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
        serverConfig.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        serverConfig.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
        QVERIFY(!serverConfig.privateKey().isNull());

        FakeDms dms;
        QVERIFY(dms.server.listenTls(serverConfig));
        QNetworkAccessManager nam;
        ManualClock clock;
        ApiClient api(&nam, &clock);
        api.setBaseUrl(dms.baseUrl());
        QCOMPARE(api.baseUrl().scheme(), QStringLiteral("https"));

        const RestResult untrusted = await(api.login(QStringLiteral("alice"), dms.password));
        QCOMPARE(untrusted.error.kind, ApiError::Kind::Tls);
        QVERIFY2(untrusted.error.message.contains(QStringLiteral("not trusted")),
                 qPrintable(untrusted.error.message));
        QCOMPARE(dms.server.totalCount(), 0);  // nothing (no password) went over the wire

        QString error;
        QVERIFY2(api.addCaCertificatesFromFile(QStringLiteral(":/authdata/ca.crt"), &error),
                 qPrintable(error));
        QVERIFY(api.sslConfiguration().caCertificates().size() >=
                QSslConfiguration::systemCaCertificates().size() + 1);  // system roots kept
        nam.clearConnectionCache();
        const RestResult trusted = await(api.login(QStringLiteral("alice"), dms.password));
        QVERIFY2(trusted.ok, qPrintable(trusted.error.message));
    }

    void logs_signInRefreshAndErrors_containNoSecrets()
    {
        static QStringList lines;
        lines.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                lines << QString::fromLatin1(context.category ? context.category : "") + u' ' +
                             message;
            });
        auto f = signedInFixture();
        QStringList secrets;
        if (f) {
            secrets << f->dms.password << f->api.accessToken() << f->api.refreshToken();
            f->dms.rotateRefresh = true;
            f->dms.expireAccess();
            await(f->api.get(QStringLiteral("/api/requests/withdrawal/"),
                               QUrlQuery(QStringLiteral("token=abc"))));
            secrets << f->api.accessToken() << f->api.refreshToken();
            await(f->api.login(QStringLiteral("alice"), QStringLiteral("wrong-pw-123")));
            secrets << QStringLiteral("wrong-pw-123");
        }
        qInstallMessageHandler(previous);
        QVERIFY(f);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : std::as_const(lines)) {
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!line.contains(secret), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("token=abc")), qPrintable(line));
        }
    }

    void apiReply_afterFinished_deletesItself()
    {
        auto f = signedInFixture();
        QVERIFY(f);
        QPointer<ApiReply> reply = f->api.get(QStringLiteral("/api/requests/withdrawal/"));
        QSignalSpy finished(reply.data(), &ApiReply::finished);
        QVERIFY(finished.wait());
        QTRY_VERIFY(reply.isNull());
    }

    // RequestGate: beyond its capacity per server a call waits inside its client and is
    // sent, first come first served, when one of the same server's requests ends; a call
    // cancelled while it waits never reaches the server.
    void requestGate_holdsCallsBeyondCapacity_andSendsThemInOrder()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeHeldRows(server);
        QNetworkAccessManager nam;
        ManualClock clock;
        RequestGate gate(2);
        // Two clients on one manager share its gate.
        ApiClient a(&nam, &clock), b(&nam, &clock);
        for (ApiClient *api : {&a, &b}) gateClient(api, server, clock, &gate);
        const QString origin = RequestGate::originOf(server.baseUrl());

        std::vector<std::shared_ptr<RestResult>> results;
        std::vector<QPointer<ApiReply>> replies;
        for (int n = 0; n < 5; ++n) {
            ApiClient &api = n % 2 ? b : a;
            ApiReply *reply =
                api.get(QStringLiteral("/api/rows/"), QUrlQuery(QStringLiteral("n=%1").arg(n)));
            replies.emplace_back(reply);
            results.push_back(watch(reply));
        }
        QTRY_COMPARE(server.heldCount(), 2);
        QCOMPARE(gate.open(origin), 2);
        QCOMPARE(gate.waiting(origin), 3);
        QCOMPARE(server.totalCount(), 2);  // the other three never left their clients

        b.cancel(replies[3]);  // waiting: it must pass its turn on
        server.releaseHeld();
        QTRY_COMPARE(server.heldCount(), 2);
        QTRY_VERIFY(results[0]->finished && results[1]->finished);
        QCOMPARE(server.totalCount(), 4);
        server.releaseHeld();
        QTRY_VERIFY(results[2]->finished && results[4]->finished);

        QStringList order;
        for (const FakeHttpServer::Request &r : server.requests())
            order << r.query.queryItemValue(QStringLiteral("n"));
        QCOMPARE(order, (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                     QStringLiteral("4")}));
        for (int n : {0, 1, 2, 4}) {
            QVERIFY2(results[size_t(n)]->ok, qPrintable(results[size_t(n)]->error.message));
            QCOMPARE(results[size_t(n)]->json.toObject().value(QStringLiteral("n")).toString(),
                     QString::number(n));
        }
        QVERIFY(!results[3]->finished);
        QTRY_COMPARE(gate.open(origin), 0);  // every slot back once the replies are gone
        QCOMPARE(gate.waiting(origin), 0);
    }

    void requestGate_clientDestroyedWhileWaiting_passesItsTurnOn()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeHeldRows(server);
        QNetworkAccessManager nam;
        ManualClock clock;
        RequestGate gate(1);
        ApiClient a(&nam, &clock);
        auto b = std::make_unique<ApiClient>(&nam, &clock);
        for (ApiClient *api : {&a, b.get()}) gateClient(api, server, clock, &gate);
        const auto first =
            watch(a.get(QStringLiteral("/api/rows/"), QUrlQuery(QStringLiteral("n=0"))));
        b->get(QStringLiteral("/api/rows/"), QUrlQuery(QStringLiteral("n=1")));
        const auto third =
            watch(a.get(QStringLiteral("/api/rows/"), QUrlQuery(QStringLiteral("n=2"))));
        QTRY_COMPARE(server.heldCount(), 1);
        QCOMPARE(gate.waiting(RequestGate::originOf(server.baseUrl())), 2);

        b.reset();  // its waiting call goes with it
        server.releaseHeld();
        QTRY_VERIFY(first->finished);
        QTRY_COMPARE(server.heldCount(), 1);
        server.releaseHeld();
        QTRY_VERIFY(third->finished);
        QVERIFY2(third->ok, qPrintable(third->error.message));
        QCOMPARE(third->json.toObject().value(QStringLiteral("n")).toString(), QStringLiteral("2"));
        QCOMPARE(server.totalCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
