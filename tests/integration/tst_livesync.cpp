// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The live engine against the real reference server (Daphne, started by the test):
// sign-in → Live, another user's change → one targeted refetch, token expiry, server
// restart, half-open TCP through a proxy, and a seq gap forced by the server.
#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "auth/apiclient.h"
#include "auth/memorysecretstore.h"
#include "auth/signinservice.h"
#include "consolerig.h"
#include "core/clock.h"
#include "data/tablemodels.h"
#include "restcall.h"
#include "serverfixture.h"
#include "session/consolesession.h"
#include "sync/queryclient.h"
#include "tcpproxy.h"

using namespace Dms;
using namespace Dms::Test;

class tst_LiveSync : public QObject
{
    Q_OBJECT

    // A console that pings every pingMs (not every 30 s), with that profile.
    static ConsoleRig::Options heartbeat(int pingMs, int pongMs, const QString &profile = QStringLiteral("dms-updates"))
    {
        ConsoleRig::Options o;
        o.profile = profile;
        o.pingMs = pingMs;
        o.pongMs = pongMs;
        return o;
    }

    static bool startFixture(ServerFixture &fixture)
    {
        QString error;
        const bool ok = fixture.start(&error);
        if (!ok)
            qWarning().noquote() << error;
        return ok;
    }

    static ApiClient *actor(QNetworkAccessManager *nam, const Clock *clock, const QUrl &server,
                            const QString &user)
    {
        auto *api = new ApiClient(nam, clock);
        api->setBaseUrl(server);
        const RestResult r = await(api->login(user, ServerFixture::demoPassword()));
        if (r.status != 200)
            qWarning() << "actor login failed" << r.status << r.error.message;
        return api;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LiveStatus>();
        qRegisterMetaType<LiveEvent>();
        qRegisterMetaType<InvalidationTrace>();
        qRegisterMetaType<ResyncCause>();
        qRegisterMetaType<FrameRecord>();
    }

    void signIn_goesLive_andOtherUsersChangeRefetchesOnlyTouchedKeys()
    {
        ServerFixture fixture;
        QVERIFY(startFixture(fixture));
        ConsoleRig console(fixture.baseUrl());
        QVERIFY(console.signIn(QStringLiteral("u1_head1")));
        QueryClient *queries = console.session->queries();
        std::unique_ptr<EntityTableModel> withdrawals(
            createRequestsModel(queries, RequestKind::Withdrawal));
        std::unique_ptr<EntityTableModel> crates(createCratesModel(queries));
        console.session->live()->start();
        QVERIFY(console.waitFor(LiveState::Live));
        QTRY_VERIFY_WITH_TIMEOUT(withdrawals->isLoaded() && crates->isLoaded(), 20'000);
        const int crateFetches = queries->fetchCount(QStringLiteral("crates"));
        const int withdrawalFetches = queries->fetchCount(QStringLiteral("withdrawal-requests"));

        QNetworkAccessManager nam;
        std::unique_ptr<ApiClient> approver(actor(&nam, &console.clock, fixture.baseUrl(),
                                                  QStringLiteral("u1_appr1")));
        const QJsonObject pending = firstWithStatus(approver.get(), QStringLiteral("/api/requests/withdrawal/"),
                                                    QStringLiteral("pending"));
        QVERIFY(!pending.isEmpty());
        const qint64 id = pending.value(QStringLiteral("id")).toInteger();
        QCOMPARE(withdrawals->index(withdrawals->rowOfId(id), 0).data(EntityTableModel::StatusRole).toString(),
                 QStringLiteral("pending"));

        QSignalSpy applied(console.session.get(), &ConsoleSession::eventApplied);
        QSignalSpy fetchesStarted(queries, &QueryClient::fetchStarted);
        const qint64 rowFetches = queries->metrics().rowFetches;
        const RestResult r = await(approver->post(QStringLiteral("/api/requests/withdrawal/%1/approve/").arg(id),
                                                  {{QStringLiteral("password"), ServerFixture::demoPassword()}}));
        QCOMPARE(r.status, 200);

        // The frame arrives and the row shows the new status at once; what the frame does not
        // carry (updated_at, updated_by) comes with one GET of that row's detail route: the
        // list is not refetched (spec §3, docs/profiles.md "Row updates").
        QTRY_VERIFY_WITH_TIMEOUT(
            withdrawals->index(withdrawals->rowOfId(id), 0).data(EntityTableModel::StatusRole).toString() ==
                QLatin1String("approved"),
            10'000);
        bool sawWithdrawal = false;
        for (const auto &args : applied) {
            const auto e = args.first().value<LiveEvent>();
            if (e.entity == QLatin1String("withdrawal") && e.id == id) {
                sawWithdrawal = true;
                QCOMPARE(e.status, QStringLiteral("approved"));
                QVERIFY(e.seq > 0);
            }
        }
        QVERIFY(sawWithdrawal);
        QTRY_COMPARE_WITH_TIMEOUT(queries->metrics().rowFetches, rowFetches + 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(queries->state(QStringLiteral("withdrawal-requests")).rowFetchesPending, 0, 10'000);
        QTest::qWait(300);  // the wait is the thing measured: a stray refetch would show in it
        QCOMPARE(queries->metrics().rowFetches, rowFetches + 1);
        QCOMPARE(queries->fetchCount(QStringLiteral("withdrawal-requests")), withdrawalFetches);
        QCOMPARE(queries->fetchCount(QStringLiteral("crates")), crateFetches);  // untouched
        QStringList started;
        for (const auto &args : std::as_const(fetchesStarted))
            started << args.first().toString();
        QCOMPARE(started, QStringList{QStringLiteral("withdrawal-request/%1").arg(id)});
        QCOMPARE(statusesOf(*withdrawals),
                 statusesOf(console.session->api(), QStringLiteral("/api/requests/withdrawal/")));
        // The whole row equals the server's, every field.
        const RestResult detail = await(console.session->api()->get(QStringLiteral("/api/requests/withdrawal/%1/").arg(id)));
        QCOMPARE(detail.status, 200);
        QCOMPARE(withdrawals->rowJson(withdrawals->rowOfId(id)), detail.json.toObject());
    }

    void serverKilledAndRestarted_reconnects_andTablesEqualServer()
    {
        ServerFixture fixture;
        QVERIFY(startFixture(fixture));
        ConsoleRig console(fixture.baseUrl());
        QVERIFY(console.signIn(QStringLiteral("u1_head1")));
        std::unique_ptr<EntityTableModel> withdrawals(
            createRequestsModel(console.session->queries(), RequestKind::Withdrawal));
        QSignalSpy resyncs(console.session->live(), &LiveSession::resyncRequested);
        console.session->live()->start();
        QVERIFY(console.waitFor(LiveState::Live));
        QTRY_VERIFY_WITH_TIMEOUT(withdrawals->isLoaded(), 20'000);

        fixture.kill();  // SIGKILL: no close frame, the socket just dies
        QVERIFY(console.waitFor(LiveState::Reconnecting, 15'000));

        // While it is down, change data directly through a second server start? No: change
        // it right after the restart, before the console has reconnected is racy. Instead,
        // restart, change, and require the console to end equal to the server.
        QString error;
        QVERIFY2(fixture.restart(&error), qPrintable(error));
        QVERIFY(console.waitFor(LiveState::Live, 30'000));
        QTRY_VERIFY_WITH_TIMEOUT(resyncs.count() >= 1, 10'000);
        QCOMPARE(resyncs.first().first().value<ResyncCause>(), ResyncCause::Reconnect);

        QNetworkAccessManager nam;
        std::unique_ptr<ApiClient> approver(actor(&nam, &console.clock, fixture.baseUrl(),
                                                  QStringLiteral("u1_appr1")));
        const QJsonObject pending = firstWithStatus(approver.get(), QStringLiteral("/api/requests/withdrawal/"),
                                                    QStringLiteral("pending"));
        QVERIFY(!pending.isEmpty());
        const qint64 id = pending.value(QStringLiteral("id")).toInteger();
        QCOMPARE(await(approver->post(QStringLiteral("/api/requests/withdrawal/%1/reject/").arg(id),
                                      {{QStringLiteral("password"), ServerFixture::demoPassword()},
                                       {QStringLiteral("reason"), QStringLiteral("test")}}))
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(statusesOf(*withdrawals).value(id), QStringLiteral("rejected"), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(statusesOf(*withdrawals),
                                  statusesOf(console.session->api(), QStringLiteral("/api/requests/withdrawal/")),
                                  10'000);
    }

    void changesWhileDown_areFoundByResync_asMissedUpdates()
    {
        // The session is cut client-side (as a network would); a change lands meanwhile;
        // the reconnect resync must bring it in and report it as missed.
        ServerFixture fixture;
        QVERIFY(startFixture(fixture));
        ConsoleRig console(fixture.baseUrl());
        QVERIFY(console.signIn(QStringLiteral("u1_head1")));
        std::unique_ptr<EntityTableModel> withdrawals(
            createRequestsModel(console.session->queries(), RequestKind::Withdrawal));
        LiveSession::Settings s = console.session->live()->settings();
        s.backoff = {1500, 2.0, 1500, false};  // a fixed 1.5 s pause: room to change data
        console.session->live()->setSettings(s);
        QSignalSpy missed(console.session->queries(), &QueryClient::missedUpdatesFound);
        console.session->live()->start();
        QVERIFY(console.waitFor(LiveState::Live));
        QTRY_VERIFY_WITH_TIMEOUT(withdrawals->isLoaded(), 20'000);

        QNetworkAccessManager nam;
        std::unique_ptr<ApiClient> approver(actor(&nam, &console.clock, fixture.baseUrl(),
                                                  QStringLiteral("u1_appr1")));
        const QJsonObject pending = firstWithStatus(approver.get(), QStringLiteral("/api/requests/withdrawal/"),
                                                    QStringLiteral("pending"));
        const qint64 id = pending.value(QStringLiteral("id")).toInteger();
        console.session->live()->cut(QStringLiteral("test cut"));
        QCOMPARE(console.session->live()->state(), LiveState::Reconnecting);
        QCOMPARE(await(approver->post(QStringLiteral("/api/requests/withdrawal/%1/approve/").arg(id),
                                      {{QStringLiteral("password"), ServerFixture::demoPassword()}}))
                     .status,
                 200);
        QVERIFY(console.waitFor(LiveState::Live));
        QTRY_COMPARE_WITH_TIMEOUT(statusesOf(*withdrawals).value(id), QStringLiteral("approved"), 10'000);
        QVERIFY(missed.count() >= 1);
        bool reported = false;
        for (const auto &args : missed)
            reported = reported || args.at(1).value<QList<EntityId>>().contains(EntityId(id));
        QVERIFY2(reported, "the row changed while the socket was down must be reported as missed");
    }

    void expiredAccessToken_socketClosedAtExpiry_refreshesAndReconnects()
    {
        // The server closes a socket with 4001 when the token it was opened with expires
        // (docs/security.md): the console refreshes and is Live again at once, never
        // signed out, and never presents an expired token when it connects.
        ServerFixture::Options options;
        options.accessTtlSeconds = 3;
        ServerFixture fixture(options);
        QVERIFY(startFixture(fixture));
        ConsoleRig console(fixture.baseUrl());
        LiveSession::Settings s = console.session->live()->settings();
        s.refreshWithinMs = 1000;
        console.session->live()->setSettings(s);
        QVERIFY(console.signIn(QStringLiteral("u1_head1")));
        ApiClient *api = console.session->api();
        QSignalSpy signedOut(api, &ApiClient::signedOut);
        QSignalSpy states(console.session->live(), &LiveSession::stateChanged);
        console.session->live()->start();
        QVERIFY(console.waitFor(LiveState::Live));
        const int refreshesBefore = api->refreshCount();
        const auto closes4001 = [&] {
            int n = 0;
            for (const auto &args : states)
                n += args.first().value<LiveStatus>().closeCode == 4001 ? 1 : 0;
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(closes4001() >= 1, 10'000);  // closed at the token's expiry
        QVERIFY(console.waitFor(LiveState::Live));
        QVERIFY(api->refreshCount() > refreshesBefore);

        // A reconnect now presents the renewed token: it goes Live without a 4001 on
        // the way. (The renewed token lives 3 s too, so a 4001 *after* Live is its own
        // expiry, not a stale token; on a loaded machine it can come before this test
        // looks, which is why only the states up to the first Live are examined.)
        const qsizetype from = states.size();
        console.session->live()->reconnectNow(QStringLiteral("test"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (qsizetype i = from; i < states.size(); ++i) {
                    if (states.at(i).first().value<LiveStatus>().state == LiveState::Live)
                        return true;
                }
                return false;
            }(),
            10'000);
        for (qsizetype i = from; i < states.size(); ++i) {
            const LiveStatus st = states.at(i).first().value<LiveStatus>();
            if (st.state == LiveState::Live)
                break;
            QVERIFY2(st.closeCode != 4001, "the reconnect presented an expired token");
        }
        for (const auto &args : states)
            QVERIFY(args.first().value<LiveStatus>().state != LiveState::AuthFailed);
        QVERIFY(signedOut.isEmpty());

        // REST calls with an expired token recover through the 401 → refresh path too.
        // The live session is stopped first: it renews the token at every 4001, which
        // would make the expired moment a race with the poll below.
        console.session->live()->stop();
        const auto expired = [&] {
            const qint64 exp = api->accessTokenExpiryMs();
            return exp > 0 && QDateTime::currentMSecsSinceEpoch() > exp;
        };
        QTRY_VERIFY_WITH_TIMEOUT(expired(), 10'000);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1"));
        QCOMPARE(await(api->get(QStringLiteral("/api/requests/withdrawal/"), q)).status, 200);
        QVERIFY(signedOut.isEmpty());
    }

    void signOut_revokesTheRefreshToken()
    {
        ServerFixture fixture;
        QVERIFY(startFixture(fixture));
        ConsoleRig console(fixture.baseUrl());
        QVERIFY(console.signIn(QStringLiteral("u1_head1")));
        const QString refresh = console.session->api()->refreshToken();
        QVERIFY(!refresh.isEmpty());
        ApiReply *revoke = console.session->api()->signOut(QStringLiteral("test"));
        QVERIFY(revoke);
        QCOMPARE(await(revoke).status, 205);
        QVERIFY(console.session->api()->refreshToken().isEmpty());

        QNetworkAccessManager nam;
        ApiClient other(&nam, &console.clock);
        other.setBaseUrl(fixture.baseUrl());
        other.setTokens({}, refresh);
        const RestResult r = await(other.refreshAccessToken());
        QCOMPARE(r.status, 401);
    }

    void lockedAccount_theServersMessageReachesTheUser()
    {
        ServerFixture fixture;
        QVERIFY(startFixture(fixture));
        QNetworkAccessManager nam;
        SystemClock clock;
        ApiClient api(&nam, &clock);
        api.setBaseUrl(fixture.baseUrl());
        RestResult last;
        for (int i = 0; i < 8 && last.status != 429; ++i)
            last = await(api.login(QStringLiteral("u1_head1"), QStringLiteral("wrong-%1").arg(i)));
        QCOMPARE(last.status, 429);
        // the right password is refused while the lock lasts, with the server's words
        const RestResult r = await(api.login(QStringLiteral("u1_head1"), ServerFixture::demoPassword()));
        QCOMPARE(r.status, 429);
        QVERIFY2(r.error.message.contains(QLatin1String("locked")), qPrintable(r.error.message));
        QVERIFY(!api.isSignedIn());
    }

    void rejectedToken4001_refreshesOnce_andReconnectsAtOnce()
    {
        ServerFixture fixture;
        QVERIFY(startFixture(fixture));
        ConsoleRig console(fixture.baseUrl());
        QVERIFY(console.signIn(QStringLiteral("u1_head1")));
        // A token of the right shape with a far expiry but a forged signature: the client
        // cannot know it is bad; the server closes with 4001.
        auto b64 = [](const QByteArray &d) {
            return d.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QString forged = QString::fromLatin1(
            b64(R"({"alg":"HS256","typ":"JWT"})") + '.' +
            b64("{\"token_type\":\"access\",\"exp\":" +
                QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600) + ",\"user_id\":1}") +
            '.' + b64("forged"));
        ApiClient *api = console.session->api();
        api->setTokens(forged, api->refreshToken());
        const int refreshes = api->refreshCount();
        QSignalSpy states(console.session->live(), &LiveSession::stateChanged);
        console.session->live()->start();
        QVERIFY(console.waitFor(LiveState::Live));
        QCOMPARE(api->refreshCount(), refreshes + 1);
        bool saw4001 = false;
        for (const auto &args : states) {
            const auto st = args.first().value<LiveStatus>();
            saw4001 = saw4001 || st.closeCode == 4001;
            QVERIFY2(st.state != LiveState::Reconnecting, "4001 must reconnect at once, not back off");
        }
        QVERIFY(saw4001);
    }

    void rejectedTokenAndRefresh_signOutWithReason()
    {
        ServerFixture fixture;
        QVERIFY(startFixture(fixture));
        ConsoleRig console(fixture.baseUrl());
        QVERIFY(console.signIn(QStringLiteral("u1_head1")));
        ApiClient *api = console.session->api();
        QSignalSpy signedOut(api, &ApiClient::signedOut);
        api->setTokens(QStringLiteral("not-a-jwt"), QStringLiteral("not-a-refresh-token"));
        console.session->live()->start();
        QVERIFY(console.waitFor(LiveState::AuthFailed));
        QVERIFY(!console.session->live()->status().reason.isEmpty());
        QVERIFY(!signedOut.isEmpty());
        QTest::qWait(300);  // the wait is the thing measured: no retry in it
        QCOMPARE(console.session->live()->state(), LiveState::AuthFailed);  // no retry loop
    }

    void dmsChannelsDialect_threeSockets_liveOnlyWhenAll_andEventsApply()
    {
        // The seed-001 dialect: a profile, not code. Three sockets per session; Live only
        // when all three are open; request.updated carries the kind, crate.updated the crate.
        ServerFixture fixture;
        QVERIFY(startFixture(fixture));
        ConsoleRig console(fixture.baseUrl(), heartbeat(500, 2000, QStringLiteral("dms-channels")));
        QCOMPARE(console.profile.sockets().size(), 3);
        QVERIFY(console.signIn(QStringLiteral("u1_head1")));
        std::unique_ptr<EntityTableModel> withdrawals(
            createRequestsModel(console.session->queries(), RequestKind::Withdrawal));
        QSignalSpy frames(console.session->live(), &LiveSession::frameReceived);
        QSignalSpy rtt(console.session->live(), &LiveSession::heartbeatMeasured);
        console.session->live()->start();
        QVERIFY(console.waitFor(LiveState::Live));
        // Seed 001 defines no welcome, so the profile is Live once all three are open; our
        // server still welcomes on each (ext), and those frames arrive on all three.
        const auto welcomed = [&frames] {
            QSet<QString> sockets;
            for (const auto &args : frames) {
                const auto f = args.first().value<FrameRecord>();
                if (f.type == QLatin1String("connection_established"))
                    sockets.insert(f.socket);
            }
            return sockets;
        };
        QTRY_COMPARE_WITH_TIMEOUT(welcomed(), (QSet<QString>{QStringLiteral("requests"), QStringLiteral("crates"),
                                                             QStringLiteral("notifications")}),
                                  10'000);
        QVERIFY(rtt.wait(3000));
        QTRY_VERIFY_WITH_TIMEOUT(withdrawals->isLoaded(), 20'000);

        QNetworkAccessManager nam;
        std::unique_ptr<ApiClient> approver(actor(&nam, &console.clock, fixture.baseUrl(),
                                                  QStringLiteral("u1_appr1")));
        const QJsonObject pending = firstWithStatus(approver.get(), QStringLiteral("/api/requests/withdrawal/"),
                                                    QStringLiteral("pending"));
        const qint64 id = pending.value(QStringLiteral("id")).toInteger();
        QSignalSpy events(console.session->live(), &LiveSession::eventReceived);
        QCOMPARE(await(approver->post(QStringLiteral("/api/requests/withdrawal/%1/approve/").arg(id),
                                      {{QStringLiteral("password"), ServerFixture::demoPassword()}}))
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 10'000);
        const auto e = events.first().first().value<LiveEvent>();
        QCOMPARE(e.entity, QStringLiteral("withdrawal"));
        QCOMPARE(e.id, id);
        QCOMPARE(e.socket, QStringLiteral("requests"));
        QTRY_COMPARE_WITH_TIMEOUT(statusesOf(*withdrawals).value(id), QStringLiteral("approved"), 10'000);

        // Losing one of the three sockets is losing the session.
        fixture.kill();
        QVERIFY(console.waitFor(LiveState::Reconnecting, 10'000));
        QString error;
        QVERIFY2(fixture.restart(&error), qPrintable(error));
        QVERIFY(console.waitFor(LiveState::Live, 30'000));
    }

    void halfOpenConnection_isDetectedWithinPingPlusPongTimeout()
    {
        ServerFixture fixture;
        QVERIFY(startFixture(fixture));
        TcpProxy proxy(quint16(fixture.port()));
        QVERIFY(proxy.listen());
        QUrl viaProxy = fixture.baseUrl();
        viaProxy.setPort(proxy.port());
        ConsoleRig console(viaProxy, heartbeat(500, 700));
        QVERIFY(console.signIn(QStringLiteral("u1_head1")));
        console.session->live()->start();
        QVERIFY(console.waitFor(LiveState::Live));
        QSignalSpy rtt(console.session->live(), &LiveSession::heartbeatMeasured);
        QVERIFY(rtt.wait(3000));  // heartbeats flow through the proxy

        proxy.setForwarding(false);  // the path dies silently; TCP stays "connected"
        QElapsedTimer t;
        t.start();
        // TCP stays up through the silent proxy, so nothing but the heartbeat can notice:
        // detection at all, with the heartbeat's reason, is the proof. How soon is a figure
        // (logged), not an assertion: a loaded CI machine stretched it past a guessed
        // 1.6 s bound. The exact "ping + pong timeout" is checked where the test owns
        // the clock (tst_livesessionengine::heartbeat_silentPeer_halfOpenDetected_*).
        QVERIFY(console.waitFor(LiveState::Reconnecting, 10'000));
        qInfo("half-open detected %lld ms after the path died (ping 500 ms + pong timeout 700 ms)",
              t.elapsed());
        QVERIFY2(console.session->live()->status().reason.contains(QStringLiteral("half-open")),
                 qPrintable(console.session->live()->status().reason));
        proxy.setForwarding(true);
        QVERIFY(console.waitFor(LiveState::Live));
    }

    void seqGap_fromDroppedBroadcast_triggersResync()
    {
        ServerFixture::Options options;
        options.extraEnv = {QStringLiteral("DMS_DEBUG=1"), QStringLiteral("DMS_FAULT_DROP_EVERY=3")};
        ServerFixture fixture(options);
        QVERIFY(startFixture(fixture));
        ConsoleRig console(fixture.baseUrl());
        QVERIFY(console.signIn(QStringLiteral("u1_head1")));
        std::unique_ptr<EntityTableModel> withdrawals(
            createRequestsModel(console.session->queries(), RequestKind::Withdrawal));
        QSignalSpy resyncs(console.session->live(), &LiveSession::resyncRequested);
        QSignalSpy traces(console.session->queries(), &QueryClient::invalidated);
        console.session->live()->start();
        QVERIFY(console.waitFor(LiveState::Live));
        QTRY_VERIFY_WITH_TIMEOUT(withdrawals->isLoaded(), 20'000);

        QNetworkAccessManager nam;
        std::unique_ptr<ApiClient> approver(actor(&nam, &console.clock, fixture.baseUrl(),
                                                  QStringLiteral("u1_appr1")));
        // Each approve emits two events (the request and its audit entry): with every
        // third broadcast dropped, two approvals are bound to leave a gap.
        for (int i = 0; i < 2; ++i) {
            const QJsonObject pending = firstWithStatus(
                approver.get(), QStringLiteral("/api/requests/withdrawal/"), QStringLiteral("pending"));
            QVERIFY(!pending.isEmpty());
            QCOMPARE(await(approver->post(QStringLiteral("/api/requests/withdrawal/%1/approve/")
                                              .arg(pending.value(QStringLiteral("id")).toInteger()),
                                          {{QStringLiteral("password"), ServerFixture::demoPassword()}}))
                         .status,
                     200);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!resyncs.isEmpty(), 10'000);
        QCOMPARE(resyncs.first().first().value<ResyncCause>(), ResyncCause::Gap);
        QVERIFY(console.session->live()->metrics().missedEvents >= 1);
        bool gapTrace = false;
        for (const auto &args : traces)
            gapTrace = gapTrace || args.first().value<InvalidationTrace>().cause == InvalidationCause::Gap;
        QVERIFY(gapTrace);
        QTRY_COMPARE_WITH_TIMEOUT(statusesOf(*withdrawals),
                                  statusesOf(console.session->api(), QStringLiteral("/api/requests/withdrawal/")),
                                  10'000);
    }
};

QTEST_GUILESS_MAIN(tst_LiveSync)
#include "tst_livesync.moc"
