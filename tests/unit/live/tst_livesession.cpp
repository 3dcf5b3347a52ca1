// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// LiveSession against an in-process WebSocket server (tests/support FakeWsServer) that plays
// the server's part and, where needed, a hostile one (silence, bad frames, gaps, closes).
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include "auth/apiclient.h"
#include "core/clock.h"
#include "fakedms.h"
#include "fakewsserver.h"
#include "live/livesession.h"

using namespace Dms;
using Dms::Test::FakeWsServer;
using Dms::Test::fakeJwt;

class tst_LiveSession : public QObject
{
    Q_OBJECT

    struct Rig
    {
        QNetworkAccessManager nam;
        SystemClock clock;
        ApiClient api{&nam, &clock};
        DialectProfile profile;
        std::unique_ptr<LiveSession> session;
        FakeWsServer server;

        explicit Rig(AuthMode mode = AuthMode::Query)
        {
            ProfileError error;
            DialectProfile::load(QStringLiteral("dms-updates"), &profile, &error);
            profile.setAuthMode(mode);
            server.listen();
            QUrl base;
            base.setScheme(QStringLiteral("http"));
            base.setHost(QStringLiteral("127.0.0.1"));
            base.setPort(server.port());
            api.setBaseUrl(base);
            api.setTokens(fakeJwt(QDateTime::currentSecsSinceEpoch() + 3600), fakeJwt(QDateTime::currentSecsSinceEpoch() + 86400));
            session = std::make_unique<LiveSession>(&api, profile, &clock);
            LiveSession::Settings s;
            s.pingIntervalMs = 100;
            s.pongTimeoutMs = 150;
            s.connectTimeoutMs = 2000;
            s.backoff = {20, 2.0, 80, true};
            s.maxAttempts = 0;
            s.tailGraceMs = 300;
            session->setSettings(s);
        }
        bool waitFor(LiveState state, int ms = 5000)
        {
            return QTest::qWaitFor([&] { return session->state() == state; }, ms);
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LiveStatus>();
        qRegisterMetaType<LiveEvent>();
        qRegisterMetaType<FrameError>();
        qRegisterMetaType<ResyncCause>();
    }

    void start_welcome_goesLiveWithOriginAndQueryToken()
    {
        Rig rig;
        QSignalSpy states(rig.session.get(), &LiveSession::stateChanged);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        QCOMPARE(states.first().first().value<LiveStatus>().state, LiveState::Connecting);
        QCOMPARE(rig.server.origins().first(),
                 QStringLiteral("http://127.0.0.1:%1").arg(rig.server.port()));
        QCOMPARE(rig.server.urls().first().path(), QStringLiteral("/ws/updates/"));
        QVERIFY(rig.server.urls().first().query().startsWith(QStringLiteral("token=eyJ")));
    }

    void start_headerMode_keepsTokenOutOfUrl()
    {
        Rig rig(AuthMode::Header);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        QVERIFY(!rig.server.urls().first().hasQuery());
    }

    void heartbeat_pongs_measureRtt()
    {
        Rig rig;
        QSignalSpy rtt(rig.session.get(), &LiveSession::heartbeatMeasured);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        QVERIFY(rtt.wait(2000));
        QVERIFY(rig.session->metrics().lastRttMs >= 0);
        QVERIFY(rig.session->metrics().hasClockOffset);
        QVERIFY(rig.server.received().first().contains(QStringLiteral("\"type\":\"ping\"")));
    }

    void heartbeat_silentServer_detectedAsHalfOpenAndReplaced()
    {
        Rig rig;
        rig.server.answerPings = false;
        QSignalSpy states(rig.session.get(), &LiveSession::stateChanged);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        QElapsedTimer t;
        t.start();
        QVERIFY(rig.waitFor(LiveState::Reconnecting, 3000));
        // ping interval (100) + pong timeout (150), with scheduling slack
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        QVERIFY(rig.session->status().reason.contains(QStringLiteral("half-open")));
        rig.server.answerPings = true;
        QVERIFY(rig.waitFor(LiveState::Live));
        QVERIFY(rig.server.connections() >= 2);
    }

    void serverClose_reconnects_thenResyncs()
    {
        Rig rig;
        QSignalSpy resync(rig.session.get(), &LiveSession::resyncRequested);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        QCOMPARE(resync.count(), 0);  // the first connect is not a resync
        rig.server.closeAll();
        QVERIFY(rig.waitFor(LiveState::Reconnecting));
        QVERIFY(rig.waitFor(LiveState::Live));
        QTRY_COMPARE(resync.count(), 1);
        QCOMPARE(resync.first().first().value<ResyncCause>(), ResyncCause::Reconnect);
        QCOMPARE(rig.session->metrics().reconnects, 1);
    }

    void seqGap_emitsEventThenGapResync()
    {
        Rig rig;
        rig.server.welcomeSeq = 10;
        QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
        QSignalSpy resync(rig.session.get(), &LiveSession::resyncRequested);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        rig.server.sendUpdate(11);
        QVERIFY(events.wait());
        QCOMPARE(resync.count(), 0);
        rig.server.sendUpdate(15);  // 12, 13, 14 lost upstream
        QTRY_COMPARE(resync.count(), 1);
        QCOMPARE(resync.first().at(0).value<ResyncCause>(), ResyncCause::Gap);
        QCOMPARE(resync.first().at(1).toLongLong(), 3);
        QCOMPARE(events.count(), 2);
        QCOMPARE(rig.session->metrics().missedEvents, 3);
    }

    void tailLoss_pongAnnouncesLaterSeq_resyncsAfterGrace()
    {
        // Events 11..13 were lost at the end of a burst: no later event shows the gap, but
        // the pong says the unit is at 13.
        Rig rig;
        rig.server.welcomeSeq = 10;
        QSignalSpy resync(rig.session.get(), &LiveSession::resyncRequested);
        QSignalSpy beats(rig.session.get(), &LiveSession::heartbeatMeasured);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        QTRY_VERIFY(beats.count() >= 2);
        QCOMPARE(resync.count(), 0);  // pongs without seq, or at the last seq: nothing to do
        rig.server.pongSeq = 13;
        QTRY_COMPARE_WITH_TIMEOUT(resync.count(), 1, 3000);
        QCOMPARE(resync.first().at(0).value<ResyncCause>(), ResyncCause::Gap);
        QCOMPARE(resync.first().at(1).toLongLong(), 3);
        QCOMPARE(rig.session->metrics().missedEvents, 3);
        // Counted once: later pongs at 13 match the new baseline (several pass, each past
        // the grace of the one before), and event 14 is no gap.
        const qsizetype beatsAtResync = beats.count();
        QTRY_VERIFY(beats.count() >= beatsAtResync + 4);
        QCOMPARE(resync.count(), 1);
        QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
        rig.server.sendUpdate(14);
        QVERIFY(events.wait());
        const qsizetype beatsAtEvent = beats.count();
        QTRY_VERIFY(beats.count() >= beatsAtEvent + 1);
        QCOMPARE(resync.count(), 1);
        QCOMPARE(rig.session->state(), LiveState::Live);
    }

    void tailCheck_eventsArrivingWithinGrace_noResync()
    {
        // The pong overtakes the event it counts (it is on its way): no false alarm.
        Rig rig;
        rig.server.welcomeSeq = 10;
        QSignalSpy resync(rig.session.get(), &LiveSession::resyncRequested);
        QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
        QSignalSpy beats(rig.session.get(), &LiveSession::heartbeatMeasured);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        rig.server.pongSeq = 11;
        rig.server.eventAfterPong = 11;
        QVERIFY(events.wait());
        // Several pongs at seq 11, spanning more than the 300 ms grace (100 ms pings).
        const qsizetype beatsAtEvent = beats.count();
        QTRY_VERIFY(beats.count() >= beatsAtEvent + 5);
        QCOMPARE(resync.count(), 0);
        QCOMPARE(rig.session->metrics().missedEvents, 0);
    }

    void seqDuplicate_isRejectedNotApplied()
    {
        Rig rig;
        QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
        QSignalSpy rejected(rig.session.get(), &LiveSession::frameRejected);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        rig.server.sendUpdate(1);
        rig.server.sendUpdate(1);
        rig.server.sendUpdate(2);
        QTRY_COMPARE(events.count(), 2);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rig.session->metrics().duplicateSeqs, 1);
        QCOMPARE(rig.session->metrics().reorderedSeqs, 0);
    }

    void badFrames_reportedAndSessionStaysLive()
    {
        Rig rig;
        QSignalSpy rejected(rig.session.get(), &LiveSession::frameRejected);
        QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        rig.server.sendText(QStringLiteral("{not json"));
        rig.server.sendText(QStringLiteral("[1,2]"));
        rig.server.sendText(QStringLiteral(R"({"type":"data_update","entity":"crate","data":{"id":"x"}})"));
        for (QWebSocket *ws : std::as_const(rig.server.clients()))
            ws->sendBinaryMessage(QByteArray(16, '\0'));
        QTRY_COMPARE(rejected.count(), 4);
        QCOMPARE(events.count(), 0);
        QCOMPARE(rig.session->state(), LiveState::Live);
        QCOMPARE(rig.session->metrics().frameErrors, 4);
    }

    void oversizeMessage_isRefusedWithoutBuffering_andSessionRecovers()
    {
        Rig rig;
        LiveSession::Settings s = rig.session->settings();
        s.maxMessageBytes = 4096;
        s.pingIntervalMs = 60'000;
        rig.session->setSettings(s);
        QSignalSpy rejected(rig.session.get(), &LiveSession::frameRejected);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        rig.server.sendText(QString(8192, QLatin1Char('x')));
        QVERIFY(rig.waitFor(LiveState::Reconnecting));
        QVERIFY(rig.session->status().reason.contains(QStringLiteral("1009")) ||
                rig.session->status().reason.contains(QStringLiteral("too big")));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.first().first().value<FrameError>().code, FrameError::Code::TooLarge);
        QCOMPARE(rig.session->metrics().frameErrors, 1);
        QVERIFY(rig.waitFor(LiveState::Live));
    }

    void maxAttempts_goesOffline_retryRecovers()
    {
        Rig rig;
        LiveSession::Settings s = rig.session->settings();
        s.maxAttempts = 3;
        rig.session->setSettings(s);
        const quint16 port = rig.server.port();
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        rig.server.closeAll();
        rig.server.close();  // nothing listens: every attempt is refused
        QVERIFY(rig.waitFor(LiveState::Offline, 5000));
        QVERIFY(rig.session->status().reason.contains(QStringLiteral("3 attempts")));
        QCOMPARE(rig.session->metrics().reconnects, 3);
        QVERIFY(rig.server.listen(port));
        QTest::qWait(200);  // the wait is the thing measured: no attempt in it (waits for Retry)
        QCOMPARE(rig.session->state(), LiveState::Offline);
        rig.session->retry();
        QVERIFY(rig.waitFor(LiveState::Live));
    }

    void offline_probesSlowly_whenTheNetworkMonitorSaysNothing()
    {
        Rig rig;
        LiveSession::Settings s = rig.session->settings();
        s.maxAttempts = 2;
        s.offlineRetryMs = 600;
        rig.session->setSettings(s);
        const quint16 port = rig.server.port();
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        rig.server.closeAll();
        rig.server.close();
        QVERIFY(rig.waitFor(LiveState::Offline, 5000));
        QCOMPARE(rig.session->status().delayMs, 600);
        QVERIFY2(rig.session->status().describe().contains(QStringLiteral("next try in")),
                 qPrintable(rig.session->status().describe()));
        // A probe fails and comes back to Offline (one attempt per period, not a new round).
        const qint64 before = rig.session->metrics().reconnects;
        QTest::qWait(1500);  // the wait is the thing measured: probes in 1.5 s at one per 600 ms
        QCOMPARE(rig.session->state(), LiveState::Offline);
        const qint64 probes = rig.session->metrics().reconnects - before;
        QVERIFY2(probes >= 1 && probes <= 3, qPrintable(QString::number(probes)));
        // The server is back; nobody presses Retry and no network event comes: Live again.
        QSignalSpy resync(rig.session.get(), &LiveSession::resyncRequested);
        QVERIFY(rig.server.listen(port));
        QVERIFY(rig.waitFor(LiveState::Live, 3000));
        QTRY_COMPARE(resync.count(), 1);
        // 0 turns it off: Offline waits for Retry only.
        s.offlineRetryMs = 0;
        rig.session->setSettings(s);
        rig.server.closeAll();
        rig.server.close();
        QVERIFY(rig.waitFor(LiveState::Offline, 5000));
        QCOMPARE(rig.session->status().delayMs, 0);
        QVERIFY(rig.server.listen(port));
        QTest::qWait(1000);  // the wait is the thing measured: no probe in it
        QCOMPARE(rig.session->state(), LiveState::Offline);
    }

    void stop_closesSocketAndSignsOut()
    {
        Rig rig;
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        rig.session->stop();
        QCOMPARE(rig.session->state(), LiveState::SignedOut);
        QTRY_COMPARE(rig.server.clients().size(), 0);
        QTest::qWait(100);  // the wait is the thing measured: no reconnect in it
        QCOMPARE(rig.server.connections(), 1);  // no reconnect after a deliberate stop
    }
};

QTEST_GUILESS_MAIN(tst_LiveSession)
#include "tst_livesession.moc"
