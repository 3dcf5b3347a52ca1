// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The dms-console binary's headless commands against the real reference server: exit
// codes, JSON lines, and no secret in anything it prints.
#include <QElapsedTimer>
#include <QHostAddress>
#include <QMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <cmath>
#include <limits>

#include "auth/apiclient.h"
#include "core/clock.h"
#include "restcall.h"
#include "serverfixture.h"

using namespace Dms;
using namespace Dms::Test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines;

    QList<QJsonObject> ofKind(const QString &kind) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &o : lines)
            if (o.value(QStringLiteral("kind")).toString() == kind)
                found.append(o);
        return found;
    }
};

QProcess *launch(const QStringList &args, const QByteArray &password, bool viaStdin)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DMS_PASSWORD"));
    if (!viaStdin && !password.isEmpty())
        env.insert(QStringLiteral("DMS_PASSWORD"), QString::fromUtf8(password));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(DMS_CONSOLE_BIN), args);
    p->waitForStarted();
    if (viaStdin) {
        p->write(password + '\n');
        p->closeWriteChannel();
    }
    return p;
}

Run finish(QProcess *p, int timeoutMs = 60'000)
{
    Run r;
    if (!p->waitForFinished(timeoutMs)) {
        p->kill();
        p->waitForFinished();
    }
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    for (const QByteArray &line : r.out.split('\n')) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            r.lines.append(doc.object());
    }
    delete p;
    return r;
}

// The OpenMetrics text through prometheus_client's strict parser (Debian's
// python3-prometheus-client, under /usr/bin/python3): its families, or an error.
QJsonArray parseOpenMetrics(const QByteArray &text, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {ServerFixture::sourceDir() + QStringLiteral("/tests/integration/openmetrics_check.py")});
    if (!p.waitForStarted()) {
        *error = QStringLiteral("cannot start /usr/bin/python3");
        return {};
    }
    p.write(text);
    p.closeWriteChannel();
    p.waitForFinished(30'000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

// The value of a family's sample whose labels include `labels`; NaN when absent.
double sampleValue(const QJsonArray &families, const QString &sample, const QJsonObject &labels = {})
{
    for (const QJsonValue &family : families) {
        for (const QJsonValue &v : family.toObject().value(QStringLiteral("samples")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("name")).toString() != sample)
                continue;
            const QJsonObject have = o.value(QStringLiteral("labels")).toObject();
            bool match = true;
            for (auto it = labels.begin(); it != labels.end(); ++it)
                match = match && have.value(it.key()) == it.value();
            if (match)
                return o.value(QStringLiteral("value")).toDouble();
        }
    }
    return std::numeric_limits<double>::quiet_NaN();
}

// One line of Nagios plugin output: state word, text, perfdata items by label.
struct PluginLine
{
    QString state;
    QString text;
    QMap<QString, QStringList> perf;  // label -> value+UOM, warn, crit, min, max
};

PluginLine parsePluginOutput(const QByteArray &out)
{
    PluginLine line;
    const QString text = QString::fromUtf8(out).trimmed();
    static const QRegularExpression head(QStringLiteral("^DMS LIVE (OK|WARNING|CRITICAL|UNKNOWN) - ([^|]*)(?:\\|(.*))?$"));
    const QRegularExpressionMatch m = head.match(text);
    if (!m.hasMatch())
        return line;
    line.state = m.captured(1);
    line.text = m.captured(2).trimmed();
    static const QRegularExpression item(QStringLiteral("'([^']+)'=([^ ]*)"));
    auto it = item.globalMatch(m.captured(3));
    while (it.hasNext()) {
        const QRegularExpressionMatch p = it.next();
        line.perf.insert(p.captured(1), p.captured(2).split(QLatin1Char(';')));
    }
    return line;
}

}  // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
    ServerFixture m_fixture;
    QString m_server;

    void assertNoSecrets(const Run &r, const QList<QByteArray> &secrets)
    {
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!r.out.contains(secret), "a secret leaked to stdout");
            QVERIFY2(!r.err.contains(secret), "a secret leaked to stderr");
        }
        QVERIFY2(!r.out.contains("eyJ") && !r.err.contains("eyJ"), "a JWT leaked to the output");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        m_server = m_fixture.baseUrl().toString();
    }

    void usage_errors_exit2_withReason_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no server") << QStringList{QStringLiteral("watch"), QStringLiteral("--user"), QStringLiteral("x")}
                                   << QStringLiteral("--server");
        QTest::newRow("bad seconds") << QStringList{QStringLiteral("watch"), QStringLiteral("--server"), QStringLiteral("http://h"),
                                                    QStringLiteral("--user"), QStringLiteral("x"),
                                                    QStringLiteral("--ping-interval"), QStringLiteral("soon")}
                                     << QStringLiteral("--ping-interval");
        QTest::newRow("password arg") << QStringList{QStringLiteral("status"), QStringLiteral("--password"), QStringLiteral("p")}
                                      << QStringLiteral("--password-stdin");
        QTest::newRow("unknown") << QStringList{QStringLiteral("status"), QStringLiteral("--frobnicate")}
                                 << QStringLiteral("--frobnicate");
        QTest::newRow("bad url") << QStringList{QStringLiteral("status"), QStringLiteral("--server"), QStringLiteral("ftp://x"),
                                                QStringLiteral("--user"), QStringLiteral("x")}
                                 << QStringLiteral("http");
    }
    void usage_errors_exit2_withReason()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = finish(launch(args, {}, false));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    }

    void badPassword_exit3()
    {
        const Run r = finish(launch({QStringLiteral("watch"), QStringLiteral("--server"), m_server,
                                     QStringLiteral("--user"), QStringLiteral("u1_head1"),
                                     QStringLiteral("--password-stdin"), QStringLiteral("--no-keychain")},
                                    "not-the-password", true));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.ofKind(QStringLiteral("error")).size(), 1);
        QCOMPARE(r.ofKind(QStringLiteral("error")).first().value(QStringLiteral("error")).toString(),
                 QStringLiteral("authentication_failed"));
        assertNoSecrets(r, {"not-the-password"});
    }

    void unreachableServer_exit1()
    {
        const Run r = finish(launch({QStringLiteral("status"), QStringLiteral("--server"),
                                     QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--user"),
                                     QStringLiteral("u1_head1"), QStringLiteral("--no-keychain")},
                                    "dms-demo", false));
        QCOMPARE(r.exitCode, 1);
    }

    void status_json_isHealthy_withRtt()
    {
        const Run r = finish(launch({QStringLiteral("status"), QStringLiteral("--server"), m_server,
                                     QStringLiteral("--user"), QStringLiteral("u1_head1"),
                                     QStringLiteral("--pings"), QStringLiteral("3"), QStringLiteral("--json"),
                                     QStringLiteral("--no-keychain")},
                                    "dms-demo", false));
        QCOMPARE(r.exitCode, 0);
        const auto status = r.ofKind(QStringLiteral("status"));
        QCOMPARE(status.size(), 1);
        const QJsonObject s = status.first();
        QCOMPARE(s.value(QStringLiteral("healthy")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("live"));
        QCOMPARE(s.value(QStringLiteral("pongs")).toInt(), 3);
        QVERIFY(s.contains(QStringLiteral("rtt_median_ms")));
        QVERIFY(s.contains(QStringLiteral("clock_offset_ms")));
        assertNoSecrets(r, {"dms-demo"});
    }

    void watch_showsLiveFramesInvalidationsAndTargetedFetches()
    {
        QProcess *p = launch({QStringLiteral("watch"), QStringLiteral("--server"), m_server,
                              QStringLiteral("--user"), QStringLiteral("u1_head1"),
                              QStringLiteral("--password-stdin"),
                              QStringLiteral("--duration"), QStringLiteral("6"),
                              QStringLiteral("--ping-interval"), QStringLiteral("1"),
                              QStringLiteral("--queries"), QStringLiteral("withdrawal-requests,crates,audit"),
                              QStringLiteral("--no-keychain")},
                             "dms-demo", true);
        // Wait until it is live, then make a change as another user.
        QByteArray seen;
        QVERIFY2(QTest::qWaitFor([&] {
            p->waitForReadyRead(100);
            seen = p->peek(1 << 20);
            return seen.contains("\"state\":\"live\"");
        }, 20'000), seen.constData());
        QNetworkAccessManager nam;
        SystemClock clock;
        ApiClient approver(&nam, &clock);
        approver.setBaseUrl(m_fixture.baseUrl());
        QCOMPARE(await(approver.login(QStringLiteral("u1_appr1"), QStringLiteral("dms-demo"))).status, 200);
        const QJsonObject pending = firstWithStatus(&approver, QStringLiteral("/api/requests/withdrawal/"),
                                                    QStringLiteral("pending"));
        QVERIFY(!pending.isEmpty());
        QCOMPARE(await(approver.post(QStringLiteral("/api/requests/withdrawal/%1/approve/")
                                         .arg(pending.value(QStringLiteral("id")).toInteger()),
                                     {{QStringLiteral("password"), QStringLiteral("dms-demo")}}))
                     .status,
                 200);

        const Run r = finish(p);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.ofKind(QStringLiteral("signed_in")).isEmpty());
        bool frame = false;
        for (const QJsonObject &o : r.ofKind(QStringLiteral("frame"))) {
            if (o.value(QStringLiteral("entity")).toString() == QLatin1String("withdrawal") &&
                o.value(QStringLiteral("id")).toInteger() == pending.value(QStringLiteral("id")).toInteger()) {
                frame = true;
                QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
                QVERIFY(o.contains(QStringLiteral("latency_ms")));
                QVERIFY(o.contains(QStringLiteral("seq")));
            }
        }
        QVERIFY2(frame, r.out.constData());
        bool eventInvalidation = false;
        for (const QJsonObject &o : r.ofKind(QStringLiteral("invalidate")))
            eventInvalidation = eventInvalidation || o.value(QStringLiteral("cause")).toString() == QLatin1String("event");
        QVERIFY(eventInvalidation);
        int withdrawalFetches = 0, rowFetches = 0, crateFetches = 0;
        const QString rowKey = QStringLiteral("withdrawal-request/%1").arg(pending.value(QStringLiteral("id")).toInteger());
        for (const QJsonObject &o : r.ofKind(QStringLiteral("fetch"))) {
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            const QString key = o.value(QStringLiteral("key")).toString();
            withdrawalFetches += key == QLatin1String("withdrawal-requests");
            rowFetches += key == rowKey;
            crateFetches += key == QLatin1String("crates");
        }
        QCOMPARE(crateFetches, 1);  // the initial load only: the event did not touch crates
        // The event is patched into the list at once and the fields its frame lacks
        // (updated_at, updated_by) come with one fetch of that row's detail route, not
        // of the list (docs/profiles.md, "Row updates").
        QCOMPARE(withdrawalFetches, 1);  // the initial load only
        QCOMPARE(rowFetches, 1);
        QVERIFY(!r.ofKind(QStringLiteral("heartbeat")).isEmpty());
        const auto summary = r.ofKind(QStringLiteral("summary"));
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.first().value(QStringLiteral("reason")).toString(), QStringLiteral("duration"));
        QCOMPARE(summary.first().value(QStringLiteral("state")).toString(), QStringLiteral("live"));
        for (const QJsonObject &o : r.lines)
            QVERIFY(o.contains(QStringLiteral("ts")));
        assertNoSecrets(r, {"dms-demo"});
    }

    // --until-ready: exits 0 as soon as the session is Live and every query's first fetch
    // succeeded, with one `ready` line after all of them (what bench/coldstart.py times).
    void watch_untilReady_exits0OnceLiveWithEveryFirstFetch()
    {
        const QStringList queries{QStringLiteral("withdrawal-requests"), QStringLiteral("crates"),
                                  QStringLiteral("audit")};
        QElapsedTimer timer;
        timer.start();
        const Run r = finish(launch({QStringLiteral("watch"), QStringLiteral("--server"), m_server,
                                     QStringLiteral("--user"), QStringLiteral("u1_head1"),
                                     QStringLiteral("--password-stdin"), QStringLiteral("--until-ready"),
                                     QStringLiteral("--duration"), QStringLiteral("50"),
                                     QStringLiteral("--queries"), queries.join(QLatin1Char(',')),
                                     QStringLiteral("--no-keychain")},
                                    "dms-demo", true));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(timer.elapsed() < 45'000, "it waited for --duration instead of ending when ready");
        const auto ready = r.ofKind(QStringLiteral("ready"));
        QCOMPARE(ready.size(), 1);
        const QJsonObject o = ready.first();
        QCOMPARE(o.value(QStringLiteral("queries")).toInt(), 3);
        QVERIFY(o.value(QStringLiteral("rows")).toInteger() > 0);
        const qint64 ms = o.value(QStringLiteral("ms")).toInteger();
        QVERIFY(ms >= o.value(QStringLiteral("live_ms")).toInteger());
        QVERIFY(o.value(QStringLiteral("live_ms")).toInteger() >= o.value(QStringLiteral("signed_in_ms")).toInteger());
        QVERIFY(o.value(QStringLiteral("signed_in_ms")).toInteger() >= 0);
        // Every query's first fetch and the live state come before the ready line.
        const qsizetype readyAt = r.lines.indexOf(o);
        QSet<QString> fetched;
        bool liveBefore = false;
        for (qsizetype i = 0; i < readyAt; ++i) {
            const QJsonObject &line = r.lines.at(i);
            const QString kind = line.value(QStringLiteral("kind")).toString();
            if (kind == QLatin1String("fetch") && line.value(QStringLiteral("status")).toString() == QLatin1String("ok"))
                fetched.insert(line.value(QStringLiteral("key")).toString());
            liveBefore = liveBefore || (kind == QLatin1String("state") &&
                                        line.value(QStringLiteral("state")).toString() == QLatin1String("live"));
        }
        for (const QString &key : queries)
            QVERIFY2(fetched.contains(key), qPrintable(key));
        QVERIFY(liveBefore);
        const auto summary = r.ofKind(QStringLiteral("summary"));
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.first().value(QStringLiteral("reason")).toString(), QStringLiteral("ready"));
        assertNoSecrets(r, {"dms-demo"});
    }

    // A query that never loads (no route for it): never ready; --duration ends it with exit 1.
    void watch_untilReady_neverReady_exits1AtDuration()
    {
        const Run r = finish(launch({QStringLiteral("watch"), QStringLiteral("--server"), m_server,
                                     QStringLiteral("--user"), QStringLiteral("u1_head1"),
                                     QStringLiteral("--until-ready"), QStringLiteral("--duration"), QStringLiteral("3"),
                                     QStringLiteral("--queries"), QStringLiteral("crates,no-such-list"),
                                     QStringLiteral("--no-keychain")},
                                    "dms-demo", false));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.ofKind(QStringLiteral("ready")).isEmpty());
        bool live = false;
        for (const QJsonObject &line : r.ofKind(QStringLiteral("state")))
            live = live || line.value(QStringLiteral("state")).toString() == QLatin1String("live");
        QVERIFY2(live, r.out.constData());  // Live, crates loaded: only the unknown list was missing
        const auto summary = r.ofKind(QStringLiteral("summary"));
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.first().value(QStringLiteral("reason")).toString(), QStringLiteral("duration"));
    }

    void watch_sigterm_printsSummaryAndExits()
    {
        QProcess *p = launch({QStringLiteral("watch"), QStringLiteral("--server"), m_server,
                              QStringLiteral("--user"), QStringLiteral("u1_head1"),
                              QStringLiteral("--no-keychain")},
                             "dms-demo", false);
        QByteArray seen;
        QVERIFY(QTest::qWaitFor([&] {
            p->waitForReadyRead(100);
            seen += p->peek(1 << 20);
            return seen.contains("\"state\":\"live\"");
        }, 20'000));
        p->terminate();
        const Run r = finish(p, 10'000);
        QCOMPARE(r.exitCode, 0);
        const auto summary = r.ofKind(QStringLiteral("summary"));
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.first().value(QStringLiteral("reason")).toString(), QStringLiteral("SIGTERM"));
    }
    // ---- monitoring (docs/monitoring.md)
private:
    QStringList statusArgs(const QStringList &more) const
    {
        return QStringList{QStringLiteral("status"), QStringLiteral("--server"), m_server, QStringLiteral("--user"),
                           QStringLiteral("u1_head1"), QStringLiteral("--no-keychain")} + more;
    }

private Q_SLOTS:
    void nagios_healthy_isOk_withPerfData()
    {
        const Run r = finish(launch(statusArgs({QStringLiteral("--format"), QStringLiteral("nagios"),
                                                QStringLiteral("--pings"), QStringLiteral("2"),
                                                QStringLiteral("--warning"), QStringLiteral("5000,15000"),
                                                QStringLiteral("--critical"), QStringLiteral("10000,30000")}),
                                    "dms-demo", false));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1);  // one status line
        const PluginLine line = parsePluginOutput(r.out);
        QCOMPARE(line.state, QStringLiteral("OK"));
        QVERIFY2(line.text.contains(QLatin1String("2 of 2 pongs")), r.out.constData());
        static const QRegularExpression ms(QStringLiteral("^-?\\d+ms$"));
        for (const char *label : {"rtt", "rtt_max", "time_to_live", "sign_in", "clock_offset"})
            QVERIFY2(ms.match(line.perf.value(QLatin1String(label)).value(0)).hasMatch(), label);
        QCOMPARE(line.perf.value(QStringLiteral("rtt")).mid(1), (QStringList{QStringLiteral("5000"), QStringLiteral("10000"), QStringLiteral("0")}));
        QCOMPARE(line.perf.value(QStringLiteral("time_to_live")).mid(1), (QStringList{QStringLiteral("15000"), QStringLiteral("30000"), QStringLiteral("0")}));
        QCOMPARE(line.perf.value(QStringLiteral("pongs")), (QStringList{QStringLiteral("2"), QString(), QString(), QStringLiteral("0"), QStringLiteral("2")}));
        assertNoSecrets(r, {"dms-demo"});
    }

    void nagios_thresholds_raiseWarningAndCritical()
    {
        // "@0:1000000": alert inside 0..1000000 ms, i.e. whatever was measured.
        const Run warning = finish(launch(statusArgs({QStringLiteral("--format"), QStringLiteral("nagios"),
                                                      QStringLiteral("--pings"), QStringLiteral("1"),
                                                      QStringLiteral("--warning"), QStringLiteral("@0:1000000")}),
                                          "dms-demo", false));
        QCOMPARE(warning.exitCode, 1);
        PluginLine line = parsePluginOutput(warning.out);
        QCOMPARE(line.state, QStringLiteral("WARNING"));
        QVERIFY2(line.text.startsWith(QLatin1String("rtt ")), warning.out.constData());
        QCOMPARE(line.perf.value(QStringLiteral("rtt")).value(1), QStringLiteral("@0:1000000"));

        const Run critical = finish(launch(statusArgs({QStringLiteral("--format"), QStringLiteral("nagios"),
                                                       QStringLiteral("--pings"), QStringLiteral("1"),
                                                       QStringLiteral("--warning"), QStringLiteral("@0:1000000"),
                                                       QStringLiteral("--critical"), QStringLiteral(",@0:1000000")}),
                                           "dms-demo", false));
        QCOMPARE(critical.exitCode, 2);
        line = parsePluginOutput(critical.out);
        QCOMPARE(line.state, QStringLiteral("CRITICAL"));
        QVERIFY2(line.text.contains(QLatin1String("time to Live")), critical.out.constData());
        QCOMPARE(line.perf.value(QStringLiteral("time_to_live")).value(2), QStringLiteral("@0:1000000"));
    }

    void nagios_wrongPassword_isUnknown()
    {
        const Run r = finish(launch(statusArgs({QStringLiteral("--format"), QStringLiteral("nagios"),
                                                QStringLiteral("--password-stdin")}),
                                    "not-the-password", true));
        QCOMPARE(r.exitCode, 3);
        const PluginLine line = parsePluginOutput(r.out);
        QCOMPARE(line.state, QStringLiteral("UNKNOWN"));
        QVERIFY2(line.text.contains(QLatin1String("authentication failed")), r.out.constData());
        QVERIFY(r.ofKind(QStringLiteral("error")).isEmpty());  // no JSON on a plugin's stdout
        assertNoSecrets(r, {"not-the-password"});
    }

    void nagios_badOption_isUnknown_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("status"), QStringLiteral("--format"),
                                                       QStringLiteral("nagios"), QStringLiteral("--frobnicate")};
        QTest::newRow("bad range") << QStringList{QStringLiteral("status"), QStringLiteral("--server"), m_server,
                                                  QStringLiteral("--user"), QStringLiteral("u1_head1"),
                                                  QStringLiteral("--format=nagios"), QStringLiteral("--warning"),
                                                  QStringLiteral("fast")};
        QTest::newRow("empty stdin") << QStringList{QStringLiteral("status"), QStringLiteral("--server"), m_server,
                                                    QStringLiteral("--user"), QStringLiteral("u1_head1"),
                                                    QStringLiteral("--format"), QStringLiteral("nagios"),
                                                    QStringLiteral("--password-stdin"), QStringLiteral("--no-keychain")};
    }
    void nagios_badOption_isUnknown()
    {
        QFETCH(QStringList, args);
        auto *p = new QProcess;
        p->start(QStringLiteral(DMS_CONSOLE_BIN), args);
        p->waitForStarted();
        p->closeWriteChannel();  // an empty stdin
        const Run r = finish(p);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out.count('\n'), 1);
        QCOMPARE(parsePluginOutput(r.out).state, QStringLiteral("UNKNOWN"));
    }

    void prometheus_status_parsesAsStrictOpenMetrics()
    {
        const Run r = finish(launch(statusArgs({QStringLiteral("--format"), QStringLiteral("prometheus"),
                                                QStringLiteral("--pings"), QStringLiteral("2")}),
                                    "dms-demo", false));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.endsWith("# EOF\n"));
        QString error;
        const QJsonArray families = parseOpenMetrics(r.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sampleValue(families, QStringLiteral("dms_console_up")), 1.0);
        QCOMPARE(sampleValue(families, QStringLiteral("dms_console_state"), {{QStringLiteral("state"), QStringLiteral("live")}}), 1.0);
        QCOMPARE(sampleValue(families, QStringLiteral("dms_console_state"), {{QStringLiteral("state"), QStringLiteral("offline")}}), 0.0);
        QCOMPARE(sampleValue(families, QStringLiteral("dms_console_pongs_received")), 2.0);
        const double median = sampleValue(families, QStringLiteral("dms_console_rtt_seconds"),
                                          {{QStringLiteral("stat"), QStringLiteral("median")}});
        QVERIFY(median >= 0 && median < 10);
        QVERIFY(sampleValue(families, QStringLiteral("dms_console_time_to_live_seconds"),
                            {{QStringLiteral("user"), QStringLiteral("u1_head1")}}) > 0);
        QVERIFY(!std::isnan(sampleValue(families, QStringLiteral("dms_console_clock_offset_seconds"))));
        assertNoSecrets(r, {"dms-demo"});

        // The parser is strict: it refuses what lacks the end marker.
        QString refused;
        parseOpenMetrics(r.out.chopped(6), &refused);
        QVERIFY(!refused.isEmpty());
    }

    void watch_metricsPort_servesOpenMetrics_andRawFramesAreRedacted()
    {
        QProcess *p = launch({QStringLiteral("watch"), QStringLiteral("--server"), m_server,
                              QStringLiteral("--user"), QStringLiteral("u1_head1"), QStringLiteral("--no-keychain"),
                              QStringLiteral("--metrics-port"), QStringLiteral("0"), QStringLiteral("--raw"),
                              QStringLiteral("--ping-interval"), QStringLiteral("0.5"),
                              QStringLiteral("--queries"), QStringLiteral("crates")},
                             "dms-demo", false);
        QByteArray seen;
        int port = 0;
        QVERIFY2(QTest::qWaitFor([&] {
            p->waitForReadyRead(100);
            seen = p->peek(1 << 22);
            for (const QByteArray &l : seen.split('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(l).object();
                if (o.value(QStringLiteral("kind")).toString() == QLatin1String("metrics"))
                    port = o.value(QStringLiteral("port")).toInt();
            }
            return port > 0 && seen.contains("\"kind\":\"heartbeat\"") && seen.contains("\"kind\":\"fetch\"");
        }, 20'000), seen.constData());

        auto request = [port](const QByteArray &raw) -> QByteArray {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(port));
            if (!socket.waitForConnected(5000))
                return QByteArray("no connection");
            socket.write(raw);
            QByteArray reply;
            while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
                reply += socket.readAll();
            reply += socket.readAll();
            return reply;
        };
        const QByteArray ok = request("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/openmetrics-text\r\n\r\n");
        QVERIFY2(ok.startsWith("HTTP/1.1 200 OK\r\n"), ok.constData());
        QVERIFY(ok.contains("\r\nContent-Type: application/openmetrics-text; version=1.0.0; charset=utf-8\r\n"));
        const qsizetype bodyAt = ok.indexOf("\r\n\r\n") + 4;
        const QByteArray body = ok.mid(bodyAt);
        static const QRegularExpression length(QStringLiteral("Content-Length: (\\d+)\r\n"));
        QCOMPARE(length.match(QString::fromLatin1(ok.left(bodyAt))).captured(1).toInt(), int(body.size()));
        QString error;
        const QJsonArray families = parseOpenMetrics(body, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(body)));
        QCOMPARE(sampleValue(families, QStringLiteral("dms_console_up")), 1.0);
        QVERIFY(sampleValue(families, QStringLiteral("dms_console_frames_received_total")) > 0);
        QVERIFY(sampleValue(families, QStringLiteral("dms_console_fetches_total")) >= 1);
        QVERIFY(!std::isnan(sampleValue(families, QStringLiteral("dms_console_rtt_seconds"))));

        QVERIFY(request("GET /other HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404 "));
        const QByteArray post = request("POST /metrics HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        QVERIFY2(post.startsWith("HTTP/1.1 405 ") && post.contains("\r\nAllow: GET, HEAD\r\n"), post.constData());
        QVERIFY(request("nonsense\r\n\r\n").startsWith("HTTP/1.1 400 "));
        const QByteArray head = request("HEAD /metrics HTTP/1.1\r\n\r\n");
        QVERIFY(head.startsWith("HTTP/1.1 200 OK\r\n") && head.endsWith("\r\n\r\n"));

        p->terminate();
        const Run r = finish(p, 10'000);
        QCOMPARE(r.exitCode, 0);
        // --raw: every frame, in and out, as a "raw" line with the frame parsed.
        int in = 0, out = 0;
        for (const QJsonObject &o : r.ofKind(QStringLiteral("raw"))) {
            const bool inbound = o.value(QStringLiteral("direction")).toString() == QLatin1String("in");
            in += inbound;
            out += !inbound;
            QVERIFY(o.contains(QStringLiteral("frame")) || o.contains(QStringLiteral("text")));
            QVERIFY(o.value(QStringLiteral("size")).toInt() > 0);
        }
        QVERIFY2(in > 0 && out > 0, r.out.constData());
        assertNoSecrets(r, {"dms-demo"});
    }

    // Last: it stops the server (and starts it again for any test after it).
    void nagios_stoppedServer_isCritical()
    {
        m_fixture.stop();
        const Run r = finish(launch(statusArgs({QStringLiteral("--format"), QStringLiteral("nagios"),
                                                QStringLiteral("--timeout"), QStringLiteral("10")}),
                                    "dms-demo", false));
        QString error;
        QVERIFY2(m_fixture.restart(&error), qPrintable(error));
        QCOMPARE(r.exitCode, 2);
        const PluginLine line = parsePluginOutput(r.out);
        QCOMPARE(line.state, QStringLiteral("CRITICAL"));
        QVERIFY2(line.text.contains(QLatin1String("not signed in")), r.out.constData());
        assertNoSecrets(r, {"dms-demo"});
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
