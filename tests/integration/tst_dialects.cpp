// The console against servers that follow a seed word for word (issue 9): the reference
// server with DMS_WIRE=seed002|seed001|alt and DMS_PUBLIC_IDS=int|uuid, and its seed-004
// lab endpoint (first-message auth). For each: the window's session signs in, goes Live,
// applies another user's change to the right table, refetches only what the profile's
// invalidation names, ends equal to the server's truth and rejects no valid frame; the
// dms-console binary's `status --json` is healthy and names what the dialect cannot
// measure; a bad token ends signed out after one refresh, never in a loop.
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QFile>

#include "auth/apiclient.h"
#include "auth/memorysecretstore.h"
#include "auth/signinservice.h"
#include "core/clock.h"
#include "restcall.h"
#include "serverfixture.h"
#include "session/consolesession.h"
#include "sync/queryclient.h"

using namespace Dms;
using namespace Dms::Test;

namespace {

QString profileArg(const QString &profile)
{
    // A profile from a file (not built in) is given by path: the "new backend" case.
    return profile.endsWith(QLatin1String(".json"))
        ? ServerFixture::sourceDir() + QStringLiteral("/tests/data/profiles/") + profile
        : profile;
}

QMap<EntityId, QString> statusesIn(const QJsonValue &rows)
{
    QMap<EntityId, QString> out;
    for (const QJsonValue &v : rows.toArray()) {
        const QJsonObject o = v.toObject();
        out.insert(EntityId::fromJsonOrNull(o.value(QStringLiteral("id"))),
                   o.value(QStringLiteral("status")).toString());
    }
    return out;
}

struct Console
{
    QNetworkAccessManager nam;
    SystemClock clock;
    MemorySecretStore secrets;
    DialectProfile profile;
    std::unique_ptr<ConsoleSession> session;
    QString loadError;

    Console(const QUrl &server, const QString &profileName)
    {
        ProfileError error;
        if (!DialectProfile::load(profileArg(profileName), &profile, &error))
            loadError = error.message;
        session = std::make_unique<ConsoleSession>(&nam, &clock, &secrets, profile);
        session->api()->setBaseUrl(server);
        LiveSession::Settings s = session->live()->settings();
        s.pingIntervalMs = 300;  // many heartbeats in a short test: each must be answered
        s.pongTimeoutMs = 3000;
        s.backoff = {100, 2.0, 500, true};
        s.maxAttempts = 0;
        session->live()->setSettings(s);
        session->queries()->setCoalesceWindowMs(30);
    }
    bool signIn(const QString &user)
    {
        QSignalSpy ok(session->signIn(), &SignInService::signedIn);
        session->signIn()->signIn(session->api()->baseUrl(), user, ServerFixture::demoPassword(), false, false);
        return ok.wait(30'000);
    }
};

// Another user, signed in over REST with the profile's routes.
std::unique_ptr<ApiClient> actor(QNetworkAccessManager *nam, const Clock *clock, const QUrl &server,
                                 const RestRoutes &routes, const QString &user)
{
    auto api = std::make_unique<ApiClient>(nam, clock);
    api->setBaseUrl(server);
    api->setRoutes(routes);
    const RestResult r = await(api->login(user, ServerFixture::demoPassword()), 30'000);
    if (r.status != 200)
        qWarning() << "actor login failed" << r.status << r.error;
    return api;
}

QJsonArray allRows(ApiClient *api, const QString &path)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("5000"));
    const RestResult r = await(api->get(path, q), 30'000);
    const QJsonValue v = r.json.isObject() ? r.json.toObject().value(QStringLiteral("results")) : r.json;
    return v.toArray();
}

}  // namespace

class tst_Dialects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LiveStatus>();
        qRegisterMetaType<LiveEvent>();
        qRegisterMetaType<FrameError>();
    }

    void session_followsLiteralServer_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("ids");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("lab");
        QTest::addColumn<bool>("expectGaps");
        //                                  wire        ids     prefix        profile                 lab    seq
        QTest::newRow("seed002 uuid") << "seed002" << "uuid" << "" << "dms-updates" << false << false;
        QTest::newRow("seed002 int") << "seed002" << "int" << "" << "dms-updates" << false << false;
        QTest::newRow("seed001 uuid") << "seed001" << "uuid" << "" << "dms-channels" << false << false;
        QTest::newRow("seed001 int") << "seed001" << "int" << "" << "dms-channels" << false << false;
        QTest::newRow("ext uuid") << "ext" << "uuid" << "" << "dms-updates" << false << true;
        QTest::newRow("ext channels int") << "ext" << "int" << "" << "dms-channels" << false << false;
        QTest::newRow("alt file uuid") << "alt" << "uuid" << "dms/v2/" << "alt-backend.json" << false << false;
        QTest::newRow("seed004 lab uuid") << "ext" << "uuid" << "" << "hycon-first-message" << true << false;
        QTest::newRow("seed004 lab int") << "ext" << "int" << "" << "hycon-first-message" << true << false;
    }

    void session_followsLiteralServer()
    {
        QFETCH(QString, wire);
        QFETCH(QString, ids);
        QFETCH(QString, prefix);
        QFETCH(QString, profile);
        QFETCH(bool, lab);
        QFETCH(bool, expectGaps);

        ServerFixture::Options options;
        options.extraEnv = {QStringLiteral("DMS_WIRE=") + wire, QStringLiteral("DMS_PUBLIC_IDS=") + ids};
        if (!prefix.isEmpty())
            options.extraEnv << QStringLiteral("DMS_API_PREFIX=") + prefix;
        ServerFixture fixture(options);
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));

        Console console(fixture.baseUrl(), profile);
        QVERIFY2(console.loadError.isEmpty(), qPrintable(console.loadError));
        const QString viewer = QStringLiteral("u1_head1");
        QVERIFY(console.signIn(viewer));
        const EntityId myId = console.session->api()->user().id;
        QVERIFY(myId.isValid());
        if (ids == QLatin1String("uuid"))
            QVERIFY2(!myId.isNumber(), "the uuid server should give a string user id");

        QSignalSpy rejected(console.session->live(), &LiveSession::frameRejected);
        QSignalSpy events(console.session->live(), &LiveSession::eventReceived);
        QStringList fetched;
        connect(console.session->queries(), &QueryClient::fetchStarted, this,
                [&fetched](const QString &key) { fetched << key; });

        const QString listKey = lab ? QStringLiteral("equipment") : QStringLiteral("withdrawal-requests");
        QueryObserver observer = console.session->queries()->observe(listKey);
        QTRY_VERIFY_WITH_TIMEOUT(console.session->queries()->data(listKey).isArray(), 30'000);

        console.session->live()->start();
        QTRY_COMPARE_WITH_TIMEOUT(console.session->live()->state(), LiveState::Live, 30'000);
        // Several heartbeats: a dialect without a JSON heartbeat must still be answered
        // (control pings), or the session would reconnect.
        QTRY_VERIFY_WITH_TIMEOUT(console.session->live()->metrics().rtt.size() >= 3, 30'000);
        QCOMPARE(console.session->live()->metrics().reconnects, 0);

        // Another user changes a row of this unit.
        QNetworkAccessManager nam;
        SystemClock clock;
        const RestRoutes &routes = console.profile.rest();
        EntityId changed;
        QString expected;
        std::unique_ptr<ApiClient> other;
        fetched.clear();
        if (lab) {
            other = actor(&nam, &clock, fixture.baseUrl(), routes, QStringLiteral("u1_appr1"));
            const QString equipmentPath = routes.pathOfKey(QStringLiteral("equipment"));
            QJsonObject available;
            for (const QJsonValue &v : allRows(other.get(), equipmentPath)) {
                if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("available")) {
                    available = v.toObject();
                    break;
                }
            }
            QVERIFY2(!available.isEmpty(), "no available equipment in the seed");
            changed = EntityId::fromJsonOrNull(available.value(QStringLiteral("id")));
            QString sessionsPath = routes.pathOfKey(QStringLiteral("sessions"));
            const RestResult r = await(other->post(sessionsPath, {{QStringLiteral("equipment_id"), changed.toJson()}}));
            QVERIFY2(r.status == 201, qPrintable(QStringLiteral("start session: %1 %2").arg(r.status).arg(r.error)));
            expected = QStringLiteral("in_use");
        } else {
            other = actor(&nam, &clock, fixture.baseUrl(), routes, QStringLiteral("u1_appr1"));
            const QString listPath = routes.pathOfKey(listKey);
            QJsonObject pending;
            for (const QJsonValue &v : allRows(other.get(), listPath)) {
                if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("pending")) {
                    pending = v.toObject();
                    break;
                }
            }
            QVERIFY2(!pending.isEmpty(), "no pending withdrawal in the seed");
            changed = EntityId::fromJsonOrNull(pending.value(QStringLiteral("id")));
            const QString path = routes.actionPath(QStringLiteral("request-action"), QStringLiteral("withdrawal"),
                                                   changed, QStringLiteral("approve"));
            const RestResult r = await(other->post(path, {{QStringLiteral("password"), ServerFixture::demoPassword()}}));
            QVERIFY2(r.status == 200, qPrintable(QStringLiteral("approve: %1 %2").arg(r.status).arg(r.error)));
            expected = QStringLiteral("approved");
        }
        if (ids == QLatin1String("uuid"))
            QVERIFY(!changed.isNumber());

        // The change reaches the table: the row with that id shows the new status.
        QTRY_COMPARE_WITH_TIMEOUT(statusesIn(console.session->queries()->data(listKey)).value(changed), expected, 30'000);
        QVERIFY(!events.isEmpty());
        bool sawIt = false;
        QSet<QString> allowed;
        for (const QList<QVariant> &args : std::as_const(events)) {
            const LiveEvent e = args.first().value<LiveEvent>();
            for (const QString &k : console.profile.invalidationKeys(e.entity, e.id))
                allowed.insert(k);
            sawIt = sawIt || e.id == changed;
        }
        QVERIFY2(sawIt, "no frame named the changed row's id");
        // Only what the profile says was refetched (here: only keys a view shows).
        for (const QString &key : std::as_const(fetched))
            QVERIFY2(allowed.contains(key), qPrintable(QStringLiteral("refetched %1, which no event invalidates").arg(key)));

        // The end state equals the server's truth.
        const QString truthPath = routes.pathOfKey(listKey);
        QTRY_COMPARE_WITH_TIMEOUT(statusesIn(console.session->queries()->data(listKey)),
                                  statusesIn(allRows(other.get(), truthPath)), 30'000);
        QVERIFY2(rejected.isEmpty(), rejected.isEmpty() ? ""
                 : qPrintable(rejected.first().first().value<FrameError>().message));
        QCOMPARE(console.session->live()->gapDetectionAvailable(), expectGaps);
        QCOMPARE(console.session->live()->metrics().reconnects, 0);
    }

    void status_json_isHealthy_andNamesWhatTheDialectLacks_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("gaps");
        QTest::addColumn<QString>("rtt");
        QTest::newRow("seed002") << "seed002" << "dms-updates" << false << "last-ping";
        QTest::newRow("seed001") << "seed001" << "dms-channels" << false << "control";
        QTest::newRow("seed004") << "ext" << "hycon-first-message" << false << "control";
        QTest::newRow("ext") << "ext" << "dms-updates" << true << "echo";
    }

    void status_json_isHealthy_andNamesWhatTheDialectLacks()
    {
        QFETCH(QString, wire);
        QFETCH(QString, profile);
        QFETCH(bool, gaps);
        QFETCH(QString, rtt);
        ServerFixture::Options options;
        options.extraEnv = {QStringLiteral("DMS_WIRE=") + wire, QStringLiteral("DMS_PUBLIC_IDS=uuid")};
        ServerFixture fixture(options);
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DMS_PASSWORD"), ServerFixture::demoPassword());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DMS_CONSOLE_BIN),
                {QStringLiteral("status"), QStringLiteral("--server"), fixture.baseUrl().toString(),
                 QStringLiteral("--user"), QStringLiteral("u1_head1"), QStringLiteral("--profile"), profile,
                 QStringLiteral("--pings"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(90'000));
        const QByteArray out = p.readAllStandardOutput();
        QJsonObject status;
        for (const QByteArray &line : out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String("status"))
                status = o;
        }
        QVERIFY2(!status.isEmpty(), out.constData());
        QVERIFY2(status.value(QStringLiteral("healthy")).toBool(), out.constData());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(!status.value(QStringLiteral("unit_id")).isDouble());  // a UUID, as the server sent it
        const QJsonObject caps = status.value(QStringLiteral("capabilities")).toObject();
        QCOMPARE(caps.value(QStringLiteral("gap_detection")).toBool(), gaps);
        QCOMPARE(caps.value(QStringLiteral("rtt")).toString(), rtt);
        if (!gaps)
            QVERIFY2(!caps.value(QStringLiteral("gap_detection_note")).toString().isEmpty(), out.constData());
        QVERIFY2(!out.contains("eyJ"), "a token leaked to the output");
    }

    void simulate_approveFanout_passes_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("ids");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("profile");
        QTest::newRow("seed002 uuid") << "seed002" << "uuid" << "" << "dms-updates";
        QTest::newRow("seed001 uuid") << "seed001" << "uuid" << "" << "dms-channels";
        QTest::newRow("alt file uuid") << "alt" << "uuid" << "dms/v2/" << "alt-backend.json";
    }

    void simulate_approveFanout_passes()
    {
        QFETCH(QString, wire);
        QFETCH(QString, ids);
        QFETCH(QString, prefix);
        QFETCH(QString, profile);
        ServerFixture::Options options;
        options.extraEnv = {QStringLiteral("DMS_WIRE=") + wire, QStringLiteral("DMS_PUBLIC_IDS=") + ids};
        if (!prefix.isEmpty())
            options.extraEnv << QStringLiteral("DMS_API_PREFIX=") + prefix;
        ServerFixture fixture(options);
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("report.json"));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(DMS_CONSOLE_BIN),
                {QStringLiteral("simulate"), QStringLiteral("approve-fanout"), QStringLiteral("--server"),
                 fixture.baseUrl().toString(), QStringLiteral("--profile"), profileArg(profile),
                 QStringLiteral("--users"), QStringLiteral("6"), QStringLiteral("--units"), QStringLiteral("2"),
                 QStringLiteral("--duration"), QStringLiteral("6"), QStringLiteral("--report"), report});
        QVERIFY(p.waitForFinished(240'000));
        const QByteArray out = p.readAll();
        if (p.exitCode() != 0)
            qWarning().noquote() << out;  // the whole summary: QVERIFY2 cuts its message short
        QVERIFY2(p.exitCode() == 0, "simulate failed: its output is above");
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject r = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY2(!r.isEmpty(), out.constData());
        QVERIFY2(!out.contains("eyJ"), "a token leaked to the output");
    }

    void badToken_endsSignedOut_afterOneRefresh_neverLoops_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("profile");
        QTest::newRow("seed002") << "seed002" << "dms-updates";
        QTest::newRow("seed001") << "seed001" << "dms-channels";
        QTest::newRow("seed004 first message") << "ext" << "hycon-first-message";
    }

    void badToken_endsSignedOut_afterOneRefresh_neverLoops()
    {
        QFETCH(QString, wire);
        QFETCH(QString, profile);
        ServerFixture::Options options;
        options.extraEnv = {QStringLiteral("DMS_WIRE=") + wire, QStringLiteral("DMS_PUBLIC_IDS=uuid")};
        ServerFixture fixture(options);
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        Console console(fixture.baseUrl(), profile);
        QVERIFY(console.signIn(QStringLiteral("u1_head1")));

        // A garbage access token: 4001 → one refresh (good) → Live.
        ApiClient *api = console.session->api();
        const QString goodRefresh = api->refreshToken();
        api->setTokens(QStringLiteral("not-a-jwt"), goodRefresh);
        QSignalSpy states(console.session->live(), &LiveSession::stateChanged);
        console.session->live()->start();
        QTRY_COMPARE_WITH_TIMEOUT(console.session->live()->state(), LiveState::Live, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(console.session->live()->metrics().framesIn > 0
                                     || console.session->live()->metrics().rtt.size() >= 2, 30'000);
        QCOMPARE(console.session->live()->state(), LiveState::Live);
        QVERIFY(api->refreshCount() >= 1);

        // Both tokens bad: 4001 → the refresh is refused → signed out, with the reason.
        console.session->live()->stop();
        api->setTokens(QStringLiteral("not-a-jwt"), QStringLiteral("not-a-jwt-either"));
        const int refreshesBefore = api->refreshCount();
        console.session->live()->start();
        QTRY_COMPARE_WITH_TIMEOUT(console.session->live()->state(), LiveState::AuthFailed, 30'000);
        QVERIFY(!console.session->live()->status().reason.isEmpty());
        QVERIFY(api->refreshCount() - refreshesBefore <= 1);
        // And it stays there: no reconnect in the background.
        const int attempts = console.session->live()->metrics().reconnects;
        QTest::qWait(1500);  // the wait is the thing measured: nothing may happen in it
        QCOMPARE(console.session->live()->state(), LiveState::AuthFailed);
        QCOMPARE(console.session->live()->metrics().reconnects, attempts);
    }
};

QTEST_GUILESS_MAIN(tst_Dialects)
#include "tst_dialects.moc"
