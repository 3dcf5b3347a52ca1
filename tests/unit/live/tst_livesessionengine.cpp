// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// LiveSession's engine (liveOn, heartbeat, 4001, backoff, seq, frames) through the in-memory
// transport of tests/support: the test plays the WebSocket server, every built-in profile
// where a rule applies. REST (sign-in, the token refresh a 4001 triggers) goes to the fake
// DMS of tests/unit/auth, in process on port 0. Intervals are tens of milliseconds, and
// every wait is for a condition.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <memory>

#include "auth/apiclient.h"
#include "core/clock.h"
#include "fakedms.h"
#include "live/livesession.h"
#include "memorytransport.h"
#include "restcall.h"

using namespace Dms;
using Dms::Test::FakeDms;
using Dms::Test::MemoryTransport;
using Dms::Test::MemoryTransportFactory;

namespace {

constexpr int PingMs = 50;
constexpr int PongTimeoutMs = 80;
constexpr int BackoffBaseMs = 10;
constexpr int WaitMs = 3000;  // the most any condition may take (they take milliseconds)

const QString Uuid = QStringLiteral("5f0c7a1e-9b2d-4c3e-8f4a-1d2e3f405162");
const QString Uuid2 = QStringLiteral("0b8e2c64-3a71-4f5e-9d0c-7e6f5a4b3c21");
const QString RefreshPath = QStringLiteral("/api/auth/token/refresh/");

QJsonObject parse(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QJsonObject welcomeFrame(qint64 seq = -1, const QJsonValue &unitId = 3)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("connection_established")},
                  {QStringLiteral("message"), QStringLiteral("Connected to unit 3 updates")},
                  {QStringLiteral("unit_id"), unitId}};
    if (seq >= 0)
        o.insert(QStringLiteral("seq"), seq);
    return o;
}

// dms-updates data_update (seed 002), with seq (ext) when seq >= 0.
QJsonObject dataUpdate(qint64 seq, const QJsonValue &id = Uuid)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("data_update")},
                  {QStringLiteral("entity"), QStringLiteral("crate")},
                  {QStringLiteral("action"), QStringLiteral("updated")},
                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), id},
                                                       {QStringLiteral("status"), QStringLiteral("active")}}},
                  {QStringLiteral("timestamp"), QStringLiteral("2024-01-15T10:30:00.000Z")}};
    if (seq >= 0)
        o.insert(QStringLiteral("seq"), seq);
    return o;
}

// Seed 001 word for word: no kind, the request type capitalised in data, status capitalised.
QByteArray seed001RequestUpdated(const QString &id)
{
    return QStringLiteral(R"({"type":"request.updated","action":"approved","request_id":"%1","status":"Approved",)"
                          R"("updated_at":"2024-01-15T10:30:00.000Z","updated_by":"x",)"
                          R"("data":{"id":"%1","request_type":"Withdrawal","status":"Approved"}})")
        .arg(id)
        .toUtf8();
}

// One ordinary update frame of each built-in profile: what a server sends once it has
// accepted the session.
QByteArray ordinaryUpdate(const QString &profile)
{
    if (profile == QLatin1String("dms-updates"))
        return QJsonDocument(dataUpdate(-1)).toJson(QJsonDocument::Compact);
    if (profile == QLatin1String("dms-channels"))
        return seed001RequestUpdated(Uuid);
    return QStringLiteral(R"({"type":"equipment_update","action":"updated","equipment_id":"%1","data":{"status":"available"}})")
        .arg(Uuid)
        .toUtf8();
}

// A signed-in ApiClient (the fake DMS of tests/unit/auth: alice, user 7, unit 3), a built-in
// profile and a LiveSession on a MemoryTransportFactory. onOpen plays the server for each
// socket the session opens; by default: accept, and send the welcome where the profile waits
// for one (seed 002); pings are answered (JSON pongs with echo, control pongs).
struct Rig
{
    FakeDms dms;
    QNetworkAccessManager nam;
    SystemClock clock;
    ApiClient api{&nam, &clock};
    DialectProfile profile;
    MemoryTransportFactory transports;
    std::unique_ptr<LiveSession> session;
    QString setupError;
    // connect: the session's n-th connect (0 first), counted in socket sets.
    std::function<void(MemoryTransport *t, int connect)> onOpen;
    QObject context;  // for the lambdas the tests connect

    // profileJson: a profile of the test's own instead of a built-in one.
    explicit Rig(const QString &profileName, const QByteArray &profileJson = {})
    {
        ProfileError error;
        const bool loaded = profileJson.isEmpty() ? DialectProfile::load(profileName, &profile, &error)
                                                  : DialectProfile::fromJson(profileJson, &profile, &error);
        if (!loaded) {
            setupError = error.message;
            return;
        }
        dms.nowS = QDateTime::currentSecsSinceEpoch();  // tokens fresh by the SystemClock
        if (!dms.listen()) {
            setupError = QStringLiteral("fake DMS cannot listen");
            return;
        }
        api.setBaseUrl(dms.baseUrl());
        api.setRoutes(profile.rest());
        const Test::RestResult login = Test::await(api.login(QStringLiteral("alice"), dms.password));
        if (!login.ok) {
            setupError = QStringLiteral("sign-in failed: ") + login.error.message;
            return;
        }
        MemoryTransport::Behaviour b;
        b.answerControlPings = true;
        b.jsonPongs = MemoryTransport::JsonPongs::WithEcho;
        transports.setBehaviour(b);
        onOpen = [this](MemoryTransport *t, int) { serveNormally(t); };
        QObject::connect(&transports, &MemoryTransportFactory::opening, &context, [this](MemoryTransport *t) {
            if (onOpen)
                onOpen(t, t->index() / socketCount());
        });

        session = std::make_unique<LiveSession>(&api, profile, &clock, nullptr, &transports);
        LiveSession::Settings s;
        s.pingIntervalMs = PingMs;
        s.pongTimeoutMs = PongTimeoutMs;
        s.connectTimeoutMs = 2000;
        s.backoff = {BackoffBaseMs, 2.0, 80, true};
        s.maxAttempts = 0;
        s.offlineRetryMs = 0;
        s.tailGraceMs = 150;
        session->setSettings(s);
    }

    void serveNormally(MemoryTransport *t) const
    {
        t->accept();
        if (profile.liveOn() == LiveOn::Welcome)
            t->pushJson(welcomeFrame());
    }
    void setSettings(const std::function<void(LiveSession::Settings &)> &change)
    {
        LiveSession::Settings s = session->settings();
        change(s);
        session->setSettings(s);
    }
    int socketCount() const { return int(profile.sockets().size()); }
    int connects() const { return transports.createdCount() / socketCount(); }
    // The sockets of the latest connect.
    QList<MemoryTransport *> current() const { return transports.latest(socketCount()); }
    int refreshPosts() const { return dms.server.count("POST", RefreshPath); }
    bool waitFor(LiveState state, int ms = WaitMs)
    {
        return QTest::qWaitFor([&] { return session->state() == state; }, ms);
    }
    // The access token a transport presented (query, header or first message).
    QString tokenOf(const MemoryTransport::Record &r) const
    {
        switch (profile.authMode()) {
        case AuthMode::Query: return QUrlQuery(r.request.url()).queryItemValue(profile.authParam());
        case AuthMode::Header: return QString::fromUtf8(r.request.rawHeader("Authorization")).mid(7);
        case AuthMode::FirstMessage:
            return r.sent.isEmpty() ? QString() : parse(r.sent.first()).value(QStringLiteral("token")).toString();
        }
        return {};
    }
};

#define MAKE_RIG(name)                                                                    \
    Rig rig(name);                                                                        \
    QVERIFY2(rig.setupError.isEmpty(), qPrintable(rig.setupError))

// {"type":"pong",...,"seq":seq}: the unit's current seq (dms-updates ext), unasked.
QJsonObject pongFrame(qint64 seq)
{
    return {{QStringLiteral("type"), QStringLiteral("pong")},
            {QStringLiteral("timestamp"), QStringLiteral("2024-01-15T10:30:00.000Z")},
            {QStringLiteral("seq"), seq}};
}

// A loaded machine, as the session sees it: its thread gets no CPU for a while, so nothing
// is read or dispatched; what fell due meanwhile comes up in one loop pass when it runs
// again — frames read from the socket first, then expired timers (as QWebSocket's socket
// notifier comes before the timers; here: the transport's queued deliveries). Not a wait
// for a condition: the stall is the stimulus.
void starveEventLoop(int ms)
{
    QThread::msleep(ulong(ms));
}

// A session with no heartbeat in the way and a welcome at seq 10; the test pushes the
// pongs that announce the unit's seq.
void startForTailChecks(Rig &rig, int graceMs)
{
    rig.setSettings([graceMs](LiveSession::Settings &s) {
        s.pingIntervalMs = 600'000;
        s.pongTimeoutMs = 600'000;
        s.tailGraceMs = graceMs;
    });
    rig.transports.behaviour().jsonPongs = MemoryTransport::JsonPongs::Off;
    rig.onOpen = [](MemoryTransport *t, int) {
        t->accept();
        t->pushJson(welcomeFrame(10));
    };
    rig.session->start();
}

// A session whose clock offset is known (one answered ping), pings then off, and one
// event at seq 11 that arrived lagMs after its emit time.
void startWithEventLag(Rig &rig, int graceMs, qint64 lagMs)
{
    startForTailChecks(rig, graceMs);
    QVERIFY(rig.waitFor(LiveState::Live));
    rig.transports.last()->behaviour().jsonPongs = MemoryTransport::JsonPongs::WithEcho;
    rig.session->pingNow();
    QTRY_VERIFY_WITH_TIMEOUT(rig.session->metrics().hasClockOffset, WaitMs);
    QVERIFY(qAbs(rig.session->metrics().clockOffsetMs) < lagMs / 4);  // one clock here
    QJsonObject late = dataUpdate(11);
    late.insert(QStringLiteral("timestamp"), isoFromMs(rig.clock.nowMs() - lagMs));
    QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
    rig.transports.last()->pushJson(late);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, WaitMs);
}

QList<LiveStatus> statusesOf(const QSignalSpy &spy)
{
    QList<LiveStatus> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.first().value<LiveStatus>());
    return out;
}

bool sawState(const QSignalSpy &spy, LiveState state)
{
    for (const LiveStatus &s : statusesOf(spy)) {
        if (s.state == state)
            return true;
    }
    return false;
}

}  // namespace

class tst_LiveSessionEngine : public QObject
{
    Q_OBJECT

    static void profileColumn(const QStringList &profiles)
    {
        QTest::addColumn<QString>("profile");
        for (const QString &p : profiles)
            QTest::newRow(qPrintable(p)) << p;
    }
    static QStringList allProfiles()
    {
        return {QStringLiteral("dms-updates"), QStringLiteral("dms-channels"), QStringLiteral("hycon-first-message")};
    }
    static QStringList liveOnOpenProfiles()
    {
        return {QStringLiteral("dms-channels"), QStringLiteral("hycon-first-message")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LiveStatus>();
        qRegisterMetaType<LiveEvent>();
        qRegisterMetaType<FrameError>();
        qRegisterMetaType<FrameRecord>();
        qRegisterMetaType<ResyncCause>();
        // The fixtures match what the profiles say: if a profile changes, these tests must.
        DialectProfile p;
        ProfileError e;
        QVERIFY(DialectProfile::load(QStringLiteral("dms-updates"), &p, &e));
        QCOMPARE(p.liveOn(), LiveOn::Welcome);
        QCOMPARE(p.heartbeatMode(), HeartbeatMode::Json);
        QVERIFY(DialectProfile::load(QStringLiteral("dms-channels"), &p, &e));
        QCOMPARE(p.liveOn(), LiveOn::Open);
        QCOMPARE(p.heartbeatMode(), HeartbeatMode::Control);
        QCOMPARE(p.sockets().size(), 3);
        QVERIFY(DialectProfile::load(QStringLiteral("hycon-first-message"), &p, &e));
        QCOMPARE(p.liveOn(), LiveOn::Open);
        QCOMPARE(p.authMode(), AuthMode::FirstMessage);
        QCOMPARE(p.heartbeatMode(), HeartbeatMode::Control);
    }

    // ---- when the session is Live -------------------------------------------------------

    void liveOn_welcome_notLiveOnOpenAlone_liveAfterWelcome()
    {
        MAKE_RIG(QStringLiteral("dms-updates"));
        rig.onOpen = [](MemoryTransport *t, int) { t->accept(); };
        QSignalSpy states(rig.session.get(), &LiveSession::stateChanged);
        QSignalSpy welcomes(rig.session.get(), &LiveSession::welcomeReceived);
        rig.session->start();
        QCOMPARE(rig.session->state(), LiveState::Connecting);
        QTRY_VERIFY_WITH_TIMEOUT(rig.transports.last() && rig.transports.last()->isOpen(), WaitMs);
        // Open, and the session has handled opened(): still not Live without the welcome.
        QCoreApplication::processEvents();
        QCOMPARE(rig.session->state(), LiveState::Connecting);
        QVERIFY(!sawState(states, LiveState::Live));

        MemoryTransport *t = rig.transports.last();
        QCOMPARE(t->url().path(), QStringLiteral("/ws/updates/"));
        QCOMPARE(QUrlQuery(t->url()).queryItemValue(QStringLiteral("token")), rig.api.accessToken());
        QCOMPARE(t->url().scheme(), QStringLiteral("ws"));
        QCOMPARE(t->record().options.origin, rig.dms.baseUrl().toString());
        t->pushJson(welcomeFrame(10));
        QVERIFY(rig.waitFor(LiveState::Live));
        QCOMPARE(welcomes.count(), 1);
        QCOMPARE(rig.transports.createdCount(), 1);
    }

    void liveOn_welcomeProfile_serverSendsNone_connectDeadlineNamesTheProfile()
    {
        MAKE_RIG(QStringLiteral("dms-updates"));
        rig.setSettings([](LiveSession::Settings &s) { s.connectTimeoutMs = 100; });
        rig.onOpen = [](MemoryTransport *t, int) { t->accept(); };  // a seed-001 style server
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Reconnecting));
        const QString reason = rig.session->status().reason;
        QVERIFY2(reason.contains(QStringLiteral("welcome")) && reason.contains(QStringLiteral("dms-updates")) &&
                     reason.contains(QStringLiteral("liveOn")),
                 qPrintable(reason));
        QVERIFY(rig.transports.history().first().abortedBySession);
    }

    void liveOn_open_liveWhenEverySocketIsOpen_noWelcomeNeeded_data() { profileColumn(liveOnOpenProfiles()); }
    void liveOn_open_liveWhenEverySocketIsOpen_noWelcomeNeeded()
    {
        QFETCH(QString, profile);
        MAKE_RIG(profile);
        // Seed 001 / 004 word for word: the server accepts and says nothing first.
        QList<MemoryTransport *> opening;
        rig.onOpen = [&](MemoryTransport *t, int) { opening.append(t); };
        QSignalSpy welcomes(rig.session.get(), &LiveSession::welcomeReceived);
        rig.session->start();
        QCOMPARE(opening.size(), rig.socketCount());
        for (int i = 0; i + 1 < opening.size(); ++i) {
            opening[i]->accept();
            QTRY_VERIFY_WITH_TIMEOUT(opening[i]->isOpen(), WaitMs);
            QCoreApplication::processEvents();
            QCOMPARE(rig.session->state(), LiveState::Connecting);  // not every socket yet
        }
        opening.last()->accept();
        QVERIFY(rig.waitFor(LiveState::Live));
        QCOMPARE(welcomes.count(), 0);
        QCOMPARE(rig.transports.createdCount(), rig.socketCount());

        QStringList paths;
        for (const MemoryTransport *t : std::as_const(opening))
            paths.append(t->url().path());
        if (profile == QLatin1String("dms-channels")) {
            // unit 3 and user 7 of the signed-in user; the token in each query (seed 001)
            QCOMPARE(paths, (QStringList{QStringLiteral("/ws/requests/3/"), QStringLiteral("/ws/crates/3/"),
                                         QStringLiteral("/ws/notifications/7/")}));
            for (const MemoryTransport *t : std::as_const(opening))
                QCOMPARE(QUrlQuery(t->url()).queryItemValue(QStringLiteral("token")), rig.api.accessToken());
        } else {
            QCOMPARE(paths, QStringList{QStringLiteral("/ws")});
        }
        // Live stays Live: nothing but control pings (answered) goes on.
        QSignalSpy rtt(rig.session.get(), &LiveSession::heartbeatMeasured);
        QVERIFY(rtt.wait(WaitMs));
        QCOMPARE(rig.session->state(), LiveState::Live);
    }

    void liveOn_firstFrame_liveOnTheFirstAnswer_data()
    {
        QTest::addColumn<QString>("heartbeat");
        QTest::newRow("control: a control pong answers the ping sent on open") << QStringLiteral("control");
        QTest::newRow("none: only the server's first frame counts") << QStringLiteral("none");
    }
    void liveOn_firstFrame_liveOnTheFirstAnswer()
    {
        // No built-in profile uses first-frame; a profile of its own shows the rule.
        QFETCH(QString, heartbeat);
        const QByteArray json = QStringLiteral(R"({"name":"ff","sockets":[{"name":"s","path":"/ws/s/"}],
            "liveOn":"first-frame","heartbeat":{"mode":"%1"},
            "messages":{"types":{"u":{"kind":"update","fields":{"entity":"=crate","id":"id"}}}},
            "invalidation":{"crate":["crates"]}})")
                                    .arg(heartbeat)
                                    .toUtf8();
        Rig rig(QString(), json);
        QVERIFY2(rig.setupError.isEmpty(), qPrintable(rig.setupError));
        const bool control = heartbeat == QLatin1String("control");
        rig.transports.behaviour().answerControlPings = false;
        rig.onOpen = [](MemoryTransport *t, int) { t->accept(); };
        rig.session->start();
        QTRY_VERIFY_WITH_TIMEOUT(rig.transports.last() && rig.transports.last()->isOpen(), WaitMs);
        MemoryTransport *t = rig.transports.last();
        QCOMPARE(rig.session->state(), LiveState::Connecting);  // open is not enough
        QCOMPARE(t->pings().size(), control ? 1 : 0);           // a ping at once, to be answered
        if (control)
            t->pong(t->pings().first());
        else
            t->push(QStringLiteral(R"({"type":"u","id":"c-1"})"));
        QVERIFY(rig.waitFor(LiveState::Live));
        QCOMPARE(rig.transports.createdCount(), 1);
    }

    void firstMessageAuth_tokenSentFirst_inNoUrl_redactedInFrameLog()
    {
        MAKE_RIG(QStringLiteral("hycon-first-message"));
        QSignalSpy sentFrames(rig.session.get(), &LiveSession::frameSent);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        MemoryTransport *t = rig.transports.last();
        const QString token = rig.api.accessToken();
        QVERIFY(!token.isEmpty());
        QVERIFY(!t->sent().isEmpty());
        QCOMPARE(parse(t->sent().first()),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), token}}));
        // In no URL, no header.
        QVERIFY2(!t->url().toString().contains(token), qPrintable(t->url().toString()));
        QVERIFY(!t->url().hasQuery());
        QVERIFY(t->header("Authorization").isEmpty());
        // The frame log shows *** in place of the token.
        QVERIFY(sentFrames.count() >= 1);
        const FrameRecord shown = sentFrames.first().first().value<FrameRecord>();
        QCOMPARE(shown.inbound, false);
        QCOMPARE(shown.type, QStringLiteral("auth"));
        QCOMPARE(parse(shown.text).value(QStringLiteral("token")).toString(), QStringLiteral("***"));
        for (const QList<QVariant> &args : std::as_const(sentFrames))
            QVERIFY(!args.first().value<FrameRecord>().text.contains(token.toUtf8()));
        QCOMPARE(shown.sizeBytes, int(t->sent().first().size()));  // the size of what went out
    }

    // ---- heartbeat -----------------------------------------------------------------------

    void heartbeat_json_measuresRtt_data()
    {
        QTest::addColumn<bool>("echo");
        QTest::addColumn<QString>("method");
        QTest::newRow("dms-updates, pong with echo (ext)") << true << QStringLiteral("echo");
        QTest::newRow("dms-updates, pong without echo (seed 002)") << false << QStringLiteral("last-ping");
    }
    void heartbeat_json_measuresRtt()
    {
        QFETCH(bool, echo);
        QFETCH(QString, method);
        MAKE_RIG(QStringLiteral("dms-updates"));
        rig.transports.behaviour().jsonPongs =
            echo ? MemoryTransport::JsonPongs::WithEcho : MemoryTransport::JsonPongs::WithoutEcho;
        QSignalSpy rtt(rig.session.get(), &LiveSession::heartbeatMeasured);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        QVERIFY(rtt.wait(WaitMs));
        QVERIFY(rtt.first().first().toInt() >= 0);
        QVERIFY(rig.session->metrics().lastRttMs >= 0);
        QVERIFY(rig.session->metrics().hasClockOffset);  // the pong's timestamp
        QCOMPARE(rig.session->rttMethod(), method);
        QCOMPARE(rig.session->metrics().serverEchoes, echo);
        QVERIFY(!rig.session->metrics().controlPongs);
        MemoryTransport *t = rig.transports.last();
        QVERIFY(t->pings().isEmpty());  // no control pings in json mode
        const QJsonObject ping = t->sentJson().first();
        QCOMPARE(ping.value(QStringLiteral("type")).toString(), QStringLiteral("ping"));
        QVERIFY(parseIsoMs(ping.value(QStringLiteral("timestamp")).toString()) > 0);
        QCOMPARE(rig.session->state(), LiveState::Live);
    }

    void heartbeat_control_noJsonPing_controlPongMeasuresRtt_data() { profileColumn(liveOnOpenProfiles()); }
    void heartbeat_control_noJsonPing_controlPongMeasuresRtt()
    {
        QFETCH(QString, profile);
        MAKE_RIG(profile);
        QSignalSpy rtt(rig.session.get(), &LiveSession::heartbeatMeasured);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        QVERIFY(rtt.wait(WaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(rtt.count() >= 2, WaitMs);  // a few heartbeats
        QCOMPARE(rig.session->rttMethod(), QStringLiteral("control"));
        QVERIFY(rig.session->metrics().controlPongs);
        QVERIFY(rig.session->metrics().lastRttMs >= 0);
        for (MemoryTransport *t : rig.current()) {
            QVERIFY2(!t->pings().isEmpty(), qPrintable(t->url().path()));  // every socket is pinged
            for (const QJsonObject &o : t->sentJson())
                QVERIFY2(o.value(QStringLiteral("type")).toString() != QLatin1String("ping"),
                         "a JSON ping was sent to a server that has no JSON heartbeat");
            // hycon: the auth message is all that was ever sent; dms-channels: nothing.
            QCOMPARE(t->sent().size(), profile == QLatin1String("hycon-first-message") ? 1 : 0);
        }
        QCOMPARE(rig.session->state(), LiveState::Live);
    }

    void heartbeat_silentPeer_halfOpenDetected_reconnectScheduled_data() { profileColumn(allProfiles()); }
    void heartbeat_silentPeer_halfOpenDetected_reconnectScheduled()
    {
        QFETCH(QString, profile);
        MAKE_RIG(profile);
        rig.transports.behaviour().answerControlPings = false;
        rig.transports.behaviour().jsonPongs = MemoryTransport::JsonPongs::Off;
        QElapsedTimer sinceLive;
        qint64 took = -1;
        LiveStatus reconnecting;
        QObject::connect(rig.session.get(), &LiveSession::stateChanged, &rig.context, [&](const LiveStatus &s) {
            if (s.state == LiveState::Live && !sinceLive.isValid())
                sinceLive.start();
            if (s.state == LiveState::Reconnecting && took < 0) {
                took = sinceLive.elapsed();
                reconnecting = s;
            }
        });
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        QTRY_VERIFY_WITH_TIMEOUT(took >= 0, WaitMs);
        // ping interval + pong timeout (130 ms); never before the pong timeout; slack for a
        // loaded machine above.
        QVERIFY2(took >= PongTimeoutMs && took < 1500, qPrintable(QString::number(took)));
        QVERIFY2(reconnecting.reason.contains(QStringLiteral("half-open")), qPrintable(reconnecting.reason));
        QCOMPARE(reconnecting.closeCode, 1006);
        QCOMPARE(reconnecting.attempt, 1);
        QVERIFY(reconnecting.delayMs >= 0 && reconnecting.delayMs <= BackoffBaseMs);
        const QList<MemoryTransport::Record> firstConnect = rig.transports.history().mid(0, rig.socketCount());
        for (const MemoryTransport::Record &r : firstConnect)
            QVERIFY(r.abortedBySession);  // the dead sockets are dropped, not closed politely
        const MemoryTransport::Record first = firstConnect.first();
        if (profile == QLatin1String("dms-updates"))
            QVERIFY(!first.sent.isEmpty() && first.pings.isEmpty());  // JSON pings went out
        else
            QVERIFY(!first.pings.isEmpty());  // control pings went out
        // The reconnect happens (after the backoff) and goes Live again.
        QTRY_VERIFY_WITH_TIMEOUT(rig.connects() >= 2, WaitMs);
        QVERIFY(rig.waitFor(LiveState::Live));
    }

    // ---- 4001 -----------------------------------------------------------------------------

    void auth4001_onConnect_refreshOnce_reconnect_live_data() { profileColumn(allProfiles()); }
    void auth4001_onConnect_refreshOnce_reconnect_live()
    {
        QFETCH(QString, profile);
        MAKE_RIG(profile);
        rig.onOpen = [&](MemoryTransport *t, int connect) {
            if (connect > 0)
                return rig.serveNormally(t);
            t->accept();  // the handshake completes, then 4001 (seed 002 §2.1; seed 004)
            t->closeFromServer(4001, QStringLiteral("invalid token"));
        };
        const QString oldToken = rig.api.accessToken();
        QSignalSpy states(rig.session.get(), &LiveSession::stateChanged);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        QCOMPARE(rig.refreshPosts(), 1);
        QCOMPARE(rig.api.refreshCount(), 1);
        QCOMPARE(rig.connects(), 2);
        bool refreshing = false;
        for (const LiveStatus &s : statusesOf(states)) {
            QVERIFY(s.state != LiveState::AuthFailed && s.state != LiveState::Reconnecting);
            if (s.state == LiveState::Connecting && s.closeCode == 4001)
                refreshing = s.reason.contains(QStringLiteral("refresh"));
        }
        QVERIFY(refreshing);
        // The new connect presents the new token.
        const QList<MemoryTransport::Record> history = rig.transports.history();
        QCOMPARE(rig.tokenOf(history.first()), oldToken);
        QCOMPARE(rig.tokenOf(history.last()), rig.api.accessToken());
        QVERIFY(rig.api.accessToken() != oldToken);
    }

    // A server that re-checks tokens on open sockets (docs/security.md) closes them with
    // 4001 as the token they were opened with runs out. lifetimeS > 0: tokens that live that
    // long (within the engine's 5 s allowance for a server clock ahead of ours), closed
    // three times in a row before the session is confirmed — each is renewed and
    // reconnected at once, never AuthFailed. lifetimeS < 0: every token is already expired
    // when presented (a clock far off) — that is a refusal: one refresh, then AuthFailed,
    // no loop.
    void auth4001_tokenRanOut_renewsEveryTime_butAnExpiredOneIsRefused_data()
    {
        QTest::addColumn<int>("lifetimeS");
        QTest::addColumn<bool>("endsLive");
        QTest::newRow("ran out while open") << 3 << true;
        QTest::newRow("expired when presented") << -10 << false;
    }
    void auth4001_tokenRanOut_renewsEveryTime_butAnExpiredOneIsRefused()
    {
        QFETCH(int, lifetimeS);
        QFETCH(bool, endsLive);
        MAKE_RIG(QStringLiteral("dms-updates"));
        LiveSession::Settings settings = rig.session->settings();
        settings.refreshWithinMs = 0;
        rig.session->setSettings(settings);
        rig.dms.accessLifetimeS = lifetimeS;
        QVERIFY(Test::await(rig.api.refreshAccessToken()).ok);
        const int refreshesBefore = rig.refreshPosts();
        rig.onOpen = [&](MemoryTransport *t, int connect) {
            if (connect >= 3)
                return rig.serveNormally(t);
            t->accept();
            t->pushJson(welcomeFrame());
            t->closeFromServer(4001, QStringLiteral("token expired"));
        };
        QSignalSpy states(rig.session.get(), &LiveSession::stateChanged);
        rig.session->start();
        if (endsLive) {
            QTRY_VERIFY_WITH_TIMEOUT(rig.connects() == 4 && rig.session->state() == LiveState::Live, 5'000);
            QCOMPARE(rig.refreshPosts(), refreshesBefore + 3);
            int ranOut = 0;
            for (const LiveStatus &st : statusesOf(states)) {
                QVERIFY(st.state != LiveState::AuthFailed);
                ranOut += st.reason.contains(QStringLiteral("ran out")) ? 1 : 0;
            }
            QCOMPARE(ranOut, 3);
        } else {
            QVERIFY(rig.waitFor(LiveState::AuthFailed));
            QCOMPARE(rig.connects(), 2);
        }
    }

    void auth4001_refreshRefused_authFailedWithReason()
    {
        MAKE_RIG(QStringLiteral("dms-updates"));
        rig.dms.revokeRefresh();
        rig.onOpen = [](MemoryTransport *t, int) {
            t->accept();
            t->closeFromServer(4001);
        };
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::AuthFailed));
        QVERIFY2(rig.session->status().reason.contains(QStringLiteral("renewed")),
                 qPrintable(rig.session->status().reason));
        QCOMPARE(rig.session->status().closeCode, 4001);
        QCOMPARE(rig.refreshPosts(), 1);
        QVERIFY(!QTest::qWaitFor([&] { return rig.connects() > 1; }, 200));
    }

    void auth4001_refreshServerUnreachable_reconnectsLater_notSignedOut()
    {
        MAKE_RIG(QStringLiteral("dms-updates"));
        // REST goes to a port nothing listens on (bound, then closed): the refresh fails
        // with a network error, which is no reason to sign out.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        QUrl dead = rig.dms.baseUrl();
        dead.setPort(closed.serverPort());
        closed.close();
        rig.api.setBaseUrl(dead);
        rig.onOpen = [&](MemoryTransport *t, int connect) {
            t->accept();
            if (connect == 0)
                t->closeFromServer(4001);
            else
                t->pushJson(welcomeFrame());
        };
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Reconnecting));
        QVERIFY2(rig.session->status().reason.contains(QStringLiteral("token refresh failed")),
                 qPrintable(rig.session->status().reason));
        QVERIFY(rig.api.isSignedIn());
        QVERIFY(rig.waitFor(LiveState::Live));  // the token is still fresh: the next try works
        QCOMPARE(rig.connects(), 2);
    }

    void auth4001_rightAfterLive_everyTime_authFailedNoLoop_data() { profileColumn(liveOnOpenProfiles()); }
    void auth4001_rightAfterLive_everyTime_authFailedNoLoop()
    {
        // The issue: a server that completes the handshake (Live by the profile's rule) and
        // then refuses the token every time. One refresh, then signed out; never a loop.
        QFETCH(QString, profile);
        MAKE_RIG(profile);
        rig.onOpen = [](MemoryTransport *t, int) { t->accept(); };
        QObject::connect(rig.session.get(), &LiveSession::stateChanged, &rig.context, [&](const LiveStatus &s) {
            if (s.state == LiveState::Live) {
                for (MemoryTransport *t : rig.current())
                    t->closeFromServer(4001, QStringLiteral("authentication failed"));
            }
        });
        QSignalSpy states(rig.session.get(), &LiveSession::stateChanged);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::AuthFailed));
        const LiveStatus s = rig.session->status();
        QVERIFY2(s.reason.contains(QStringLiteral("4001")), qPrintable(s.reason));
        QCOMPARE(s.closeCode, 4001);
        QCOMPARE(rig.refreshPosts(), 1);
        QVERIFY2(rig.connects() <= 3, qPrintable(QString::number(rig.connects())));
        QCOMPARE(rig.connects(), 2);  // the first, and one after the refresh
        // Bounded: nothing more happens.
        const int created = rig.transports.createdCount();
        QVERIFY(!QTest::qWaitFor([&] { return rig.transports.createdCount() > created; }, 300));
        QCOMPARE(rig.session->state(), LiveState::AuthFailed);
        QCOMPARE(rig.refreshPosts(), 1);
        QVERIFY(rig.transports.transports().isEmpty() ||
                std::all_of(rig.transports.transports().cbegin(), rig.transports.transports().cend(),
                            [](const MemoryTransport *t) { return t->state() != MemoryTransport::State::Open; }));
        QVERIFY(!sawState(states, LiveState::Reconnecting));
    }

    void auth4001_rightAfterWelcome_everyTime_authFailedNoLoop()
    {
        // The same loop against the welcome dialect: a server that welcomes and then refuses
        // with 4001 at once, every time (spec §4: "never a loop").
        MAKE_RIG(QStringLiteral("dms-updates"));
        QObject::connect(rig.session.get(), &LiveSession::stateChanged, &rig.context, [&](const LiveStatus &s) {
            if (s.state == LiveState::Live) {
                for (MemoryTransport *t : rig.current())
                    t->closeFromServer(4001, QStringLiteral("authentication failed"));
            }
        });
        rig.session->start();
        const bool failed = rig.waitFor(LiveState::AuthFailed, 500);
        const int refreshes = rig.refreshPosts();
        const int connects = rig.connects();
        const LiveState state = rig.session->state();
        rig.session->stop();
        qInfo("welcome-then-4001 server after 0.5 s: state %s, %d refresh POSTs, %d connects",
              qPrintable(liveStateName(state)), refreshes, connects);
        QVERIFY2(failed, qPrintable(QStringLiteral("state %1 after 1 s: %2 refreshes, %3 connects")
                                        .arg(liveStateName(state))
                                        .arg(refreshes)
                                        .arg(connects)));
        QVERIFY2(connects <= 3, qPrintable(QString::number(connects)));
    }

    void closeRightAfterLive_repeated_attemptsGrowWithBackoff_data() { profileColumn(liveOnOpenProfiles()); }
    void closeRightAfterLive_repeated_attemptsGrowWithBackoff()
    {
        QFETCH(QString, profile);
        MAKE_RIG(profile);
        rig.setSettings([](LiveSession::Settings &s) {
            s.maxAttempts = 4;
            s.backoff.jitter = false;  // the ceiling itself: 10, 20, 40, 80 ms
        });
        rig.onOpen = [](MemoryTransport *t, int) { t->accept(); };
        QObject::connect(rig.session.get(), &LiveSession::stateChanged, &rig.context, [&](const LiveStatus &s) {
            if (s.state == LiveState::Live) {
                const QList<MemoryTransport *> now = rig.current();
                now.first()->closeFromServer(1011, QStringLiteral("internal error"));
            }
        });
        QSignalSpy states(rig.session.get(), &LiveSession::stateChanged);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Offline));
        QList<int> attempts;
        QList<int> delays;
        for (const LiveStatus &s : statusesOf(states)) {
            if (s.state == LiveState::Reconnecting) {
                attempts.append(s.attempt);
                delays.append(s.delayMs);
                QCOMPARE(s.closeCode, 1011);
            }
        }
        QCOMPARE(attempts, (QList<int>{1, 2, 3, 4}));
        QCOMPARE(delays, (QList<int>{10, 20, 40, 80}));
        QCOMPARE(rig.session->metrics().reconnects, 4);
        QVERIFY2(rig.session->status().reason.contains(QStringLiteral("4 attempts")),
                 qPrintable(rig.session->status().reason));
        QCOMPARE(rig.connects(), 5);
        const int created = rig.transports.createdCount();
        QVERIFY(!QTest::qWaitFor([&] { return rig.transports.createdCount() > created; }, 200));
    }

    void closeRightAfterWelcome_repeated_attemptsGrow()
    {
        // dms-updates: a server that welcomes and drops at once, every time.
        MAKE_RIG(QStringLiteral("dms-updates"));
        rig.setSettings([](LiveSession::Settings &s) {
            s.maxAttempts = 4;
            s.backoff.jitter = false;
        });
        QObject::connect(rig.session.get(), &LiveSession::stateChanged, &rig.context, [&](const LiveStatus &s) {
            if (s.state == LiveState::Live)
                rig.current().first()->closeFromServer(1011, QStringLiteral("internal error"));
        });
        QSignalSpy states(rig.session.get(), &LiveSession::stateChanged);
        rig.session->start();
        const bool offline = rig.waitFor(LiveState::Offline, 500);
        QList<int> attempts;
        for (const LiveStatus &s : statusesOf(states)) {
            if (s.state == LiveState::Reconnecting)
                attempts.append(s.attempt);
        }
        rig.session->stop();
        QStringList shown;
        for (int a : std::as_const(attempts))
            shown.append(QString::number(a));
        const QString seen = QStringLiteral("%1 reconnects in 0.5 s, attempts %2")
                                 .arg(attempts.size())
                                 .arg(shown.mid(0, 12).join(QLatin1Char(',')));
        qInfo("welcome-then-1011 server: %s", qPrintable(seen));
        QVERIFY2(offline, qPrintable(seen));
        QVERIFY2(attempts.size() >= 2 && attempts.at(1) == 2, qPrintable(seen));
    }

    void auth4001_afterConfirmedSession_getsItsRefreshAgain_data() { profileColumn(allProfiles()); }
    void auth4001_afterConfirmedSession_getsItsRefreshAgain()
    {
        // Token expiry mid-session is no failure: once a session was confirmed (a frame came),
        // a later 4001 gets its refresh again, even after a 4001 on connect used it.
        QFETCH(QString, profile);
        MAKE_RIG(profile);
        rig.onOpen = [&](MemoryTransport *t, int connect) {
            if (connect > 0)
                return rig.serveNormally(t);
            t->accept();
            t->closeFromServer(4001);
        };
        QSignalSpy states(rig.session.get(), &LiveSession::stateChanged);
        QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        QCOMPARE(rig.refreshPosts(), 1);
        QCOMPARE(rig.connects(), 2);
        for (MemoryTransport *t : rig.current())
            t->push(QString::fromUtf8(ordinaryUpdate(profile)));
        QVERIFY(events.wait(WaitMs));  // confirmed
        rig.current().first()->closeFromServer(4001, QStringLiteral("token expired"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.connects(), 3, WaitMs);
        QVERIFY(rig.waitFor(LiveState::Live));
        QCOMPARE(rig.refreshPosts(), 2);
        QCOMPARE(rig.api.refreshCount(), 2);
        QVERIFY(!sawState(states, LiveState::AuthFailed));
        QCOMPARE(rig.tokenOf(rig.transports.history().last()), rig.api.accessToken());
    }

    // ---- seq (dms-updates ext) -----------------------------------------------------------

    void seq_gap_eventThenGapResync()
    {
        MAKE_RIG(QStringLiteral("dms-updates"));
        rig.onOpen = [](MemoryTransport *t, int) {
            t->accept();
            t->pushJson(welcomeFrame(10));
        };
        QStringList order;
        QObject::connect(rig.session.get(), &LiveSession::eventReceived, &rig.context,
                         [&](const LiveEvent &e) { order.append(QStringLiteral("event %1").arg(e.seq)); });
        QObject::connect(rig.session.get(), &LiveSession::resyncRequested, &rig.context,
                         [&](ResyncCause cause, qint64 missed) {
                             order.append(QStringLiteral("resync %1 %2")
                                              .arg(cause == ResyncCause::Gap ? QStringLiteral("gap")
                                                                             : QStringLiteral("reconnect"))
                                              .arg(missed));
                         });
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        MemoryTransport *t = rig.transports.last();
        t->pushJson(dataUpdate(11));
        t->pushJson(dataUpdate(15));  // 12, 13, 14 lost
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, WaitMs);
        QCOMPARE(order, (QStringList{QStringLiteral("event 11"), QStringLiteral("event 15"),
                                     QStringLiteral("resync gap 3")}));
        QCOMPARE(rig.session->metrics().seqGaps, 1);
        QCOMPARE(rig.session->metrics().missedEvents, 3);
        QVERIFY(rig.session->gapDetectionAvailable());
    }

    void seq_duplicate_rejectedNotApplied()
    {
        MAKE_RIG(QStringLiteral("dms-updates"));
        QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
        QSignalSpy rejected(rig.session.get(), &LiveSession::frameRejected);
        QSignalSpy resync(rig.session.get(), &LiveSession::resyncRequested);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        MemoryTransport *t = rig.transports.last();
        t->pushJson(dataUpdate(1));
        t->pushJson(dataUpdate(1));
        t->pushJson(dataUpdate(2));
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 2, WaitMs);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(events.at(0).first().value<LiveEvent>().seq, 1);
        QCOMPARE(events.at(1).first().value<LiveEvent>().seq, 2);
        QVERIFY(rejected.first().first().value<FrameError>().message.contains(QStringLiteral("not applied")));
        QCOMPARE(rig.session->metrics().duplicateSeqs, 1);
        QCOMPARE(rig.session->metrics().reorderedSeqs, 0);
        QCOMPARE(resync.count(), 0);
    }

    // A swapped pair: the later seq opens a gap (resync), the earlier one arriving next is
    // reordered, not a duplicate: not applied, but handed on as a late receipt.
    void seq_swappedPair_reorderedNotDuplicate_lateEventEmitted()
    {
        MAKE_RIG(QStringLiteral("dms-updates"));
        QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
        QSignalSpy late(rig.session.get(), &LiveSession::lateEventReceived);
        QSignalSpy resync(rig.session.get(), &LiveSession::resyncRequested);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        MemoryTransport *t = rig.transports.last();
        t->pushJson(dataUpdate(1));
        t->pushJson(dataUpdate(3));
        t->pushJson(dataUpdate(2));
        t->pushJson(dataUpdate(2));
        t->pushJson(dataUpdate(4));
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 3, WaitMs);
        QCOMPARE(events.at(1).first().value<LiveEvent>().seq, 3);
        QCOMPARE(events.at(2).first().value<LiveEvent>().seq, 4);
        QCOMPARE(late.count(), 1);
        QCOMPARE(late.first().first().value<LiveEvent>().seq, 2);
        QCOMPARE(rig.session->metrics().reorderedSeqs, 1);
        QCOMPARE(rig.session->metrics().duplicateSeqs, 1);
        QCOMPARE(resync.count(), 1);
    }

    void seq_pongAnnouncesLostTail_resyncAfterGrace()
    {
        MAKE_RIG(QStringLiteral("dms-updates"));
        rig.onOpen = [](MemoryTransport *t, int) {
            t->accept();
            t->pushJson(welcomeFrame(10));
        };
        QSignalSpy resync(rig.session.get(), &LiveSession::resyncRequested);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        rig.transports.last()->behaviour().pongSeq = 13;  // 11..13 lost at the end of a burst
        QVERIFY(resync.wait(WaitMs));
        QCOMPARE(resync.first().at(0).value<ResyncCause>(), ResyncCause::Gap);
        QCOMPARE(resync.first().at(1).toLongLong(), 3);
        QCOMPARE(rig.session->metrics().missedEvents, 3);
    }

    // ---- the tail check under load (a starved event loop) ----------------------------------
    // Pong A announced 11 and 11 came; pong B announces 12 while A's grace timer still
    // runs. On a loaded machine B is read in the same loop pass in which A's timer, expired
    // meanwhile, fires: B's tail must get its own grace, not what was left of A's (none).
    void seq_tailAnnouncedDuringAnEarlierGrace_getsItsOwnGrace_noResync()
    {
        MAKE_RIG(QStringLiteral("dms-updates"));
        QSignalSpy frames(rig.session.get(), &LiveSession::frameReceived);
        QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
        QSignalSpy resync(rig.session.get(), &LiveSession::resyncRequested);
        // Long enough that pushing 12 after B was read stays within B's grace even when this
        // process is starved by other load (the QTRY below notices B up to a poll later).
        const int grace = 1'000;
        startForTailChecks(rig, grace);
        QVERIFY(rig.waitFor(LiveState::Live));
        MemoryTransport *t = rig.transports.last();
        t->pushJson(pongFrame(11));
        t->pushJson(dataUpdate(11));
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, WaitMs);  // A's tail arrived
        t->pushJson(pongFrame(12));                             // B, read ...
        starveEventLoop(grace * 2);                             // ... after A's grace ended
        QTRY_COMPARE_WITH_TIMEOUT(frames.count(), 4, WaitMs);   // welcome, A, 11, B
        t->pushJson(dataUpdate(12));                            // well within B's grace
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 2, WaitMs);
        QCOMPARE(events.at(1).first().value<LiveEvent>().seq, 12);
        QCOMPARE(resync.count(), 0);
        QCOMPARE(rig.session->metrics().seqGaps, 0);
        QCOMPARE(rig.session->metrics().reorderedSeqs, 0);
    }

    // The same, but B's events never come: one resync, once B's own grace has passed (not
    // at A's expiry), and nothing more for a straggler or the next event.
    void seq_tailTrulyLost_afterAnEarlierGrace_oneResyncAfterItsOwnGrace()
    {
        MAKE_RIG(QStringLiteral("dms-updates"));
        QSignalSpy frames(rig.session.get(), &LiveSession::frameReceived);
        QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
        QSignalSpy late(rig.session.get(), &LiveSession::lateEventReceived);
        QSignalSpy resync(rig.session.get(), &LiveSession::resyncRequested);
        const int grace = 300;
        startForTailChecks(rig, grace);
        QVERIFY(rig.waitFor(LiveState::Live));
        MemoryTransport *t = rig.transports.last();
        // When B is read (frameReceived comes just before the session handles it).
        QElapsedTimer sinceB;
        connect(rig.session.get(), &LiveSession::frameReceived, &rig.context, [&] {
            if (frames.count() == 4)  // the spy, connected first, has counted B already
                sinceB.start();
        });
        t->pushJson(pongFrame(11));
        t->pushJson(dataUpdate(11));
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, WaitMs);
        t->pushJson(pongFrame(13));  // B: 12 and 13 lost at the end of a burst
        starveEventLoop(grace * 2);
        QVERIFY(resync.wait(WaitMs));
        QVERIFY(sinceB.isValid());
        QVERIFY2(sinceB.elapsed() >= grace - 5, qPrintable(QString::number(sinceB.elapsed())));
        QCOMPARE(resync.count(), 1);
        QCOMPARE(resync.first().at(0).value<ResyncCause>(), ResyncCause::Gap);
        QCOMPARE(resync.first().at(1).toLongLong(), 2);
        QCOMPARE(rig.session->metrics().missedEvents, 2);
        t->pushJson(dataUpdate(12));  // a straggler: late, not applied
        t->pushJson(dataUpdate(14));  // in order after the resync
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 2, WaitMs);
        QCOMPARE(events.at(1).first().value<LiveEvent>().seq, 14);
        QCOMPARE(late.count(), 1);
        QCOMPARE(resync.count(), 1);
    }

    // Pong and event already read when a starved loop runs again, the grace long past:
    // the event is handled, no resync.
    void seq_tailAlreadyRead_starvedLoop_noResync()
    {
        MAKE_RIG(QStringLiteral("dms-updates"));
        QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
        QSignalSpy resync(rig.session.get(), &LiveSession::resyncRequested);
        const int grace = 150;
        startForTailChecks(rig, grace);
        QVERIFY(rig.waitFor(LiveState::Live));
        MemoryTransport *t = rig.transports.last();
        t->pushJson(pongFrame(11));
        t->pushJson(dataUpdate(11));
        starveEventLoop(grace * 2);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, WaitMs);
        t->pushJson(pongFrame(12));
        t->pushJson(dataUpdate(12));
        starveEventLoop(grace * 2);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 2, WaitMs);
        QCOMPARE(resync.count(), 0);
        QCOMPARE(rig.session->metrics().reorderedSeqs, 0);
    }

    // ---- the tail grace follows how late the server's frames run -------------------------
    // Under load a server's frames wait in its queues for seconds while its pong does not
    // (the 10,000-user run: emit → frame p95 3.1 s against a 2 s grace, 45 frames resynced
    // for nothing and then refused as late). Events whose timestamps show them arriving
    // late lengthen the grace of the next announced tail.

    void seq_tailGrace_eventsRunLate_announcedTailWaitedFor_noResync()
    {
        MAKE_RIG(QStringLiteral("dms-updates"));
        const int grace = 100;
        startWithEventLag(rig, grace, 3'000);  // the grace becomes 6 s
        if (QTest::currentTestFailed())
            return;
        QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
        QSignalSpy late(rig.session.get(), &LiveSession::lateEventReceived);
        QSignalSpy resync(rig.session.get(), &LiveSession::resyncRequested);
        MemoryTransport *t = rig.transports.last();
        t->pushJson(pongFrame(12));
        // The stimulus, not a wait for a condition: 12 comes four times the fixed grace
        // after the pong that announced it, with the event loop running meanwhile.
        QTest::qWait(grace * 4);
        t->pushJson(dataUpdate(12));
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, WaitMs);
        QCOMPARE(events.first().first().value<LiveEvent>().seq, 12);
        QCOMPARE(resync.count(), 0);
        QCOMPARE(late.count(), 0);
        QCOMPARE(rig.session->metrics().seqGaps, 0);
        QCOMPARE(rig.session->metrics().reorderedSeqs, 0);
    }

    // The grace grows, but a tail that never comes is still resynced: once twice the delay
    // seen has passed, not before.
    void seq_tailGrace_eventsRunLate_lostTailResyncedAfterTwiceTheDelay()
    {
        MAKE_RIG(QStringLiteral("dms-updates"));
        const int grace = 100;
        const qint64 lag = 400;
        startWithEventLag(rig, grace, lag);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy resync(rig.session.get(), &LiveSession::resyncRequested);
        QElapsedTimer sincePong;
        connect(rig.session.get(), &LiveSession::frameReceived, &rig.context, [&] { sincePong.start(); });
        rig.transports.last()->pushJson(pongFrame(13));  // 12 and 13 lost
        QVERIFY(resync.wait(WaitMs));
        QVERIFY(sincePong.isValid());
        QVERIFY2(sincePong.elapsed() >= 2 * lag - 5, qPrintable(QString::number(sincePong.elapsed())));
        QCOMPARE(resync.first().at(0).value<ResyncCause>(), ResyncCause::Gap);
        QCOMPARE(resync.first().at(1).toLongLong(), 2);
    }

    // A delay longer than the cap is not waited for: the cap is the grace (the resync
    // comes within WaitMs, not after twice the 2 s delay).
    void seq_tailGrace_capped()
    {
        MAKE_RIG(QStringLiteral("dms-updates"));
        const int grace = 100;
        const int cap = 300;
        rig.setSettings([](LiveSession::Settings &s) { s.maxTailGraceMs = cap; });
        startWithEventLag(rig, grace, 2'000);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy resync(rig.session.get(), &LiveSession::resyncRequested);
        QElapsedTimer sincePong;
        connect(rig.session.get(), &LiveSession::frameReceived, &rig.context, [&] { sincePong.start(); });
        rig.transports.last()->pushJson(pongFrame(12));
        QVERIFY(resync.wait(WaitMs));
        QVERIFY2(sincePong.elapsed() >= cap - 5, qPrintable(QString::number(sincePong.elapsed())));
    }

    void seq_serverSupport_gapDetectionAvailable_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("serverSendsSeq");
        QTest::addColumn<bool>("available");
        QTest::newRow("dms-updates, reference server (seq ext)") << QStringLiteral("dms-updates") << true << true;
        QTest::newRow("dms-updates, seed 002 server (no seq)") << QStringLiteral("dms-updates") << false << false;
        QTest::newRow("dms-channels (no seq in the dialect)") << QStringLiteral("dms-channels") << false << false;
        QTest::newRow("hycon-first-message (no seq in the dialect)")
            << QStringLiteral("hycon-first-message") << false << false;
    }
    void seq_serverSupport_gapDetectionAvailable()
    {
        QFETCH(QString, profile);
        QFETCH(bool, serverSendsSeq);
        QFETCH(bool, available);
        MAKE_RIG(profile);
        if (profile == QLatin1String("dms-updates")) {
            rig.onOpen = [&](MemoryTransport *t, int) {
                t->accept();
                t->pushJson(welcomeFrame(serverSendsSeq ? 5 : -1));
            };
        }
        QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        MemoryTransport *t = rig.current().first();
        if (profile == QLatin1String("dms-updates")) {
            t->pushJson(dataUpdate(serverSendsSeq ? 6 : -1));
            t->pushJson(dataUpdate(serverSendsSeq ? 7 : -1));
        } else {
            t->push(QString::fromUtf8(ordinaryUpdate(profile)));
            t->push(QString::fromUtf8(ordinaryUpdate(profile)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 2, WaitMs);  // no seq: nothing is stale
        QCOMPARE(rig.session->gapDetectionAvailable(), available);
        QCOMPARE(rig.session->metrics().serverSendsSeq, serverSendsSeq);
    }

    // ---- frames --------------------------------------------------------------------------

    void frames_realServers_appliedWithTheirIds_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("status");
        const QByteArray u = Uuid.toUtf8();

        QTest::newRow("dms-updates: UUID id (seed 002)")
            << QStringLiteral("dms-updates")
            << QByteArray(R"({"type":"data_update","entity":"withdrawal","action":"updated","data":{"id":")" + u +
                          R"(","status":"approved","request_number":"WR-1"},"timestamp":"2024-01-15T10:30:00.000Z"})")
            << QStringLiteral("withdrawal") << QStringLiteral("updated") << Uuid << QStringLiteral("approved");
        QTest::newRow("dms-updates: integer id (reference server)")
            << QStringLiteral("dms-updates")
            << QByteArray(R"({"type":"data_update","entity":"crate","action":"created","data":{"id":42},"timestamp":"2024-01-15T10:30:00Z"})")
            << QStringLiteral("crate") << QStringLiteral("created") << QStringLiteral("42") << QString();
        QTest::newRow("dms-channels: seed 001 literal request.updated")
            << QStringLiteral("dms-channels") << seed001RequestUpdated(Uuid) << QStringLiteral("withdrawal")
            << QStringLiteral("approved") << Uuid << QStringLiteral("approved");
        QTest::newRow("dms-channels: seed 001 literal, status with a space")
            << QStringLiteral("dms-channels")
            << QByteArray(R"({"type":"request.updated","action":"sent_back","request_id":")" + u +
                          R"(","status":"Sent Back","updated_at":"2024-01-15T10:30:00.000Z","updated_by":"x","data":{"id":")" +
                          u + R"(","request_type":"Destruction","status":"Sent Back"}})")
            << QStringLiteral("destruction") << QStringLiteral("sent_back") << Uuid << QStringLiteral("sent_back");
        QTest::newRow("dms-channels: seed 001 literal crate.updated")
            << QStringLiteral("dms-channels")
            << QByteArray(R"({"type":"crate.updated","action":"updated","crate_id":")" + u +
                          R"(","status":"In Storage","updated_at":"2024-01-15T10:30:00.000Z","updated_by":"x","data":{"id":")" +
                          u + R"("}})")
            << QStringLiteral("crate") << QStringLiteral("updated") << Uuid << QStringLiteral("in_storage");
        QTest::newRow("hycon: equipment_update")
            << QStringLiteral("hycon-first-message")
            << QByteArray(R"({"type":"equipment_update","action":"updated","equipment_id":")" + u +
                          R"(","data":{"status":"in_use"}})")
            << QStringLiteral("equipment") << QStringLiteral("updated") << Uuid << QStringLiteral("in_use");
        QTest::newRow("hycon: session_update")
            << QStringLiteral("hycon-first-message")
            << QByteArray(R"({"type":"session_update","action":"started","session_id":17,"data":{"status":"active"}})")
            << QStringLiteral("session") << QStringLiteral("started") << QStringLiteral("17") << QStringLiteral("active");
        QTest::newRow("hycon: sample_update")
            << QStringLiteral("hycon-first-message")
            << QByteArray(R"({"type":"sample_update","action":"received","submission_id":")" + Uuid2.toUtf8() +
                          R"(","data":{"status":"received"}})")
            << QStringLiteral("sample") << QStringLiteral("received") << Uuid2 << QStringLiteral("received");
    }
    void frames_realServers_appliedWithTheirIds()
    {
        QFETCH(QString, profile);
        QFETCH(QByteArray, frame);
        QFETCH(QString, entity);
        QFETCH(QString, action);
        QFETCH(QString, id);
        QFETCH(QString, status);
        MAKE_RIG(profile);
        QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
        QSignalSpy rejected(rig.session.get(), &LiveSession::frameRejected);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        MemoryTransport *t = rig.current().first();
        t->push(QString::fromUtf8(frame));
        QVERIFY(events.wait(WaitMs));
        QCOMPARE(rejected.count(), 0);
        const LiveEvent e = events.first().first().value<LiveEvent>();
        QCOMPARE(e.kind, MessageKind::Update);
        QCOMPARE(e.entity, entity);
        QCOMPARE(e.action, action);
        QCOMPARE(e.id.toString(), id);
        QCOMPARE(e.id, EntityId::fromString(id));
        QCOMPARE(e.status, status);
        QCOMPARE(e.socket, rig.profile.sockets().first().name);
        QVERIFY(rig.profile.knowsEntity(e.entity));
        QVERIFY(!rig.profile.invalidationKeys(e.entity, e.id).isEmpty());
    }

    void welcome_emitsUnitIdAndSeq_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QJsonValue>("unitId");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("dms-updates, integer unit, seq") << QStringLiteral("dms-updates") << QJsonValue(3) << qint64(10);
        QTest::newRow("dms-updates, UUID unit, seq 0") << QStringLiteral("dms-updates") << QJsonValue(Uuid) << qint64(0);
        QTest::newRow("dms-updates, seed 002 (no seq)") << QStringLiteral("dms-updates") << QJsonValue(3) << qint64(-1);
        QTest::newRow("dms-channels, reference server welcome (ext)")
            << QStringLiteral("dms-channels") << QJsonValue(3) << qint64(-1);
    }
    void welcome_emitsUnitIdAndSeq()
    {
        QFETCH(QString, profile);
        QFETCH(QJsonValue, unitId);
        QFETCH(qint64, seq);
        MAKE_RIG(profile);
        rig.onOpen = [&](MemoryTransport *t, int) {
            t->accept();
            t->pushJson(welcomeFrame(seq, unitId));
        };
        QSignalSpy welcomes(rig.session.get(), &LiveSession::welcomeReceived);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        QTRY_COMPARE_WITH_TIMEOUT(welcomes.count(), rig.socketCount(), WaitMs);
        const LiveEvent e = welcomes.first().first().value<LiveEvent>();
        QCOMPARE(e.kind, MessageKind::Welcome);
        const EntityId expected = *EntityId::fromJson(unitId);
        QCOMPARE(e.unitId, expected);
        QCOMPARE(rig.session->unitId(), expected);
        if (rig.profile.mapsUpdateField(QStringLiteral("seq")))
            QCOMPARE(e.seq, seq);
        else
            QCOMPARE(e.seq, -1);
        QCOMPARE(rig.session->metrics().serverSendsSeq, seq >= 0 && rig.profile.mapsUpdateField(QStringLiteral("seq")));
    }

    // ---- lifecycle -----------------------------------------------------------------------

    void stop_closesEverySocketNormally_andNothingFollows_data() { profileColumn(allProfiles()); }
    void stop_closesEverySocketNormally_andNothingFollows()
    {
        QFETCH(QString, profile);
        MAKE_RIG(profile);
        rig.session->start();
        QVERIFY(rig.waitFor(LiveState::Live));
        const QList<MemoryTransport *> open = rig.current();
        // Frames the server sends as the session hangs up are not delivered (contract).
        for (MemoryTransport *t : open)
            t->push(QString::fromUtf8(ordinaryUpdate(profile)));
        QSignalSpy events(rig.session.get(), &LiveSession::eventReceived);
        rig.session->stop();
        QCOMPARE(rig.session->state(), LiveState::SignedOut);
        for (const MemoryTransport::Record &r : rig.transports.history())
            QCOMPARE(r.sessionCloseCode, 1000);
        QVERIFY(!QTest::qWaitFor([&] { return rig.transports.createdCount() > rig.socketCount() || events.count() > 0; },
                                 150));
    }
};

QTEST_GUILESS_MAIN(tst_LiveSessionEngine)
#include "tst_livesessionengine.moc"
