// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include <QTest>

#include "cli/clioptions.h"

using namespace Dms;

class tst_CliOptions : public QObject
{
    Q_OBJECT
    static QStringList args(const QString &line)
    {
        return QStringList{QStringLiteral("dms-console")} + line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void parse_watch_secondsWithFractions()
    {
        CliOptions o;
        QString error;
        QVERIFY2(parseCliOptions(args(QStringLiteral("watch --server http://127.0.0.1:8000 --user u1 "
                                                     "--ping-interval 0.5 --pong-timeout=1.25 --reconnect-base 0.1 "
                                                     "--reconnect-cap 2 --max-attempts 0 --offline-retry 7.5 --duration 3 "
                                                     "--queries crates,audit --password-stdin")),
                                 &o, &error),
                 qPrintable(error));
        QCOMPARE(o.command, QStringLiteral("watch"));
        QCOMPARE(o.pingIntervalMs, 500);
        QCOMPARE(o.pongTimeoutMs, 1250);
        QCOMPARE(o.reconnectBaseMs, 100);
        QCOMPARE(o.reconnectCapMs, 2000);
        QCOMPARE(o.maxAttempts, 0);
        QCOMPARE(o.offlineRetryMs, 7500);
        QCOMPARE(o.durationMs, 3000);
        QCOMPARE(o.queries, (QStringList{QStringLiteral("crates"), QStringLiteral("audit")}));
        QVERIFY(o.passwordStdin);
    }

    void parse_defaults_followSpec()
    {
        CliOptions o;
        QString error;
        QVERIFY(parseCliOptions(args(QStringLiteral("status --server https://dms.example.com --user a")), &o, &error));
        QCOMPARE(o.pingIntervalMs, 30'000);
        QCOMPARE(o.pongTimeoutMs, 10'000);
        QCOMPARE(o.reconnectBaseMs, 1000);
        QCOMPARE(o.reconnectCapMs, 30'000);
        QCOMPARE(o.maxAttempts, 10);
        QCOMPARE(o.offlineRetryMs, 60'000);
        QVERIFY(o.queries.isEmpty());  // filled from the profile's routes once it is loaded
    }

    void defaultWatchQueries_followTheProfilesRoutes()
    {
        // The spec's routes: the eight list views.
        QCOMPARE(defaultWatchQueries(RestRoutes::specDefaults()), defaultWatchQueries());
        // A backend with only some of them: those.
        RestRoutes some;
        some.queries = {{QStringLiteral("crates"), QStringLiteral("/c/"), RouteShape::List},
                        {QStringLiteral("crate/{id}"), QStringLiteral("/c/{id}/"), RouteShape::Object},
                        {QStringLiteral("other"), QStringLiteral("/o/"), RouteShape::List}};
        QCOMPARE(defaultWatchQueries(some), QStringList{QStringLiteral("crates")});
        // A backend of other lists (the lab): its list keys, never a detail pattern.
        RestRoutes lab;
        lab.queries = {{QStringLiteral("equipment"), QStringLiteral("/e/"), RouteShape::List},
                       {QStringLiteral("equipment/{id}"), QStringLiteral("/e/{id}/"), RouteShape::Object},
                       {QStringLiteral("unread-count"), QStringLiteral("/n/"), RouteShape::Object}};
        QCOMPARE(defaultWatchQueries(lab), (QStringList{QStringLiteral("equipment"), QStringLiteral("unread-count")}));
    }

    void parse_errors_nameTheOption_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no command") << QStringLiteral("--server http://h") << QStringLiteral("watch or status");
        QTest::newRow("password") << QStringLiteral("watch --password x") << QStringLiteral("--password-stdin");
        QTest::newRow("negative") << QStringLiteral("watch --server https://h --user u --duration -1")
                                  << QStringLiteral("--duration");
        QTest::newRow("missing value") << QStringLiteral("watch --server") << QStringLiteral("--server");
        QTest::newRow("cap below base") << QStringLiteral("watch --server https://h --user u --reconnect-base 5 --reconnect-cap 1")
                                        << QStringLiteral("--reconnect-cap");
        QTest::newRow("pings range") << QStringLiteral("status --server https://h --user u --pings 0")
                                     << QStringLiteral("--pings");
        QTest::newRow("ws scheme") << QStringLiteral("status --server ws://h --user u") << QStringLiteral("http");
        QTest::newRow("clear text to another host") << QStringLiteral("status --server http://dms.example --user u")
                                                    << QStringLiteral("--allow-insecure-http");
        QTest::newRow("clear text to a LAN address") << QStringLiteral("watch --server http://10.0.0.5:8000 --user u")
                                                     << QStringLiteral("unencrypted");
        QTest::newRow("format unknown") << QStringLiteral("status --server https://h --user u --format xml")
                                        << QStringLiteral("--format");
        QTest::newRow("format on watch") << QStringLiteral("watch --server https://h --user u --format nagios")
                                         << QStringLiteral("status");
        QTest::newRow("thresholds without nagios") << QStringLiteral("status --server https://h --user u --warning 200")
                                                   << QStringLiteral("--format nagios");
        QTest::newRow("bad range") << QStringLiteral("status --server https://h --user u --format nagios --critical 20:10")
                                   << QStringLiteral("--critical");
        QTest::newRow("three ranges") << QStringLiteral("status --server https://h --user u --format nagios --warning 1,2,3")
                                      << QStringLiteral("--warning");
        QTest::newRow("metrics port on status") << QStringLiteral("status --server https://h --user u --metrics-port 9100")
                                                << QStringLiteral("watch");
        QTest::newRow("metrics port range") << QStringLiteral("watch --server https://h --user u --metrics-port 70000")
                                            << QStringLiteral("--metrics-port");
        QTest::newRow("metrics address") << QStringLiteral("watch --server https://h --user u --metrics-address local")
                                         << QStringLiteral("--metrics-address");
    }

    void parse_statusFormats_andThresholds()
    {
        CliOptions o;
        QString error;
        QVERIFY2(parseCliOptions(args(QStringLiteral("status --server https://h --user u --format nagios "
                                                     "--warning 200,2000 --critical=@0:0,~:10000")),
                                 &o, &error),
                 qPrintable(error));
        QCOMPARE(o.format, CliOptions::Format::Nagios);
        QCOMPARE(o.warningRtt.text, QStringLiteral("200"));
        QCOMPARE(o.warningTimeToLive.text, QStringLiteral("2000"));
        QCOMPARE(o.criticalRtt.text, QStringLiteral("@0:0"));
        QCOMPARE(o.criticalTimeToLive.text, QStringLiteral("~:10000"));
        QVERIFY(o.warningRtt.alerts(201));
        QVERIFY(!o.warningRtt.alerts(200));
        QVERIFY(o.criticalRtt.alerts(0));
        QVERIFY(o.criticalTimeToLive.alerts(10001));
        QVERIFY(!o.criticalTimeToLive.alerts(-5));

        CliOptions json;
        QVERIFY(parseCliOptions(args(QStringLiteral("status --server https://h --user u --json")), &json, &error));
        QCOMPARE(json.format, CliOptions::Format::Json);
        CliOptions prom;
        QVERIFY(parseCliOptions(args(QStringLiteral("status --server https://h --user u --format=prometheus")), &prom, &error));
        QCOMPARE(prom.format, CliOptions::Format::Prometheus);
        // Only the RTT range: the time to Live has none.
        CliOptions rttOnly;
        QVERIFY(parseCliOptions(args(QStringLiteral("status --server https://h --user u --format nagios --warning 5")),
                                &rttOnly, &error));
        QVERIFY(rttOnly.warningRtt.isSet());
        QVERIFY(!rttOnly.warningTimeToLive.isSet());
        // --json stays accepted by watch (it always prints JSON lines).
        CliOptions watch;
        QVERIFY2(parseCliOptions(args(QStringLiteral("watch --server https://h --user u --json --raw --metrics-port 0 "
                                                     "--metrics-address ::1")),
                                 &watch, &error),
                 qPrintable(error));
        QVERIFY(watch.raw);
        QCOMPARE(watch.metricsPort, 0);
        QCOMPARE(watch.metricsAddress, QStringLiteral("::1"));
    }

    void wantsNagiosFormat_evenWhenTheRestDoesNotParse()
    {
        QVERIFY(wantsNagiosFormat(args(QStringLiteral("status --frobnicate --format nagios"))));
        QVERIFY(wantsNagiosFormat(args(QStringLiteral("status --format=nagios"))));
        QVERIFY(!wantsNagiosFormat(args(QStringLiteral("status --format prometheus"))));
        QVERIFY(!wantsNagiosFormat(args(QStringLiteral("status --format"))));
    }

    // http:// is refused for another machine unless asked for; loopback and https:// are fine.
    void parse_clearText_onlyLoopbackOrWhenAllowed_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("127.0.0.1") << QStringLiteral("status --server http://127.0.0.1:8000 --user u");
        QTest::newRow("127.x") << QStringLiteral("status --server http://127.3.4.5:8000 --user u");
        QTest::newRow("localhost") << QStringLiteral("status --server http://localhost:8000 --user u");
        QTest::newRow("::1") << QStringLiteral("status --server http://[::1]:8000 --user u");
        QTest::newRow("https") << QStringLiteral("status --server https://dms.example --user u");
        QTest::newRow("allowed") << QStringLiteral("status --server http://dms.example --user u --allow-insecure-http");
    }
    void parse_clearText_onlyLoopbackOrWhenAllowed()
    {
        QFETCH(QString, line);
        CliOptions o;
        QString error;
        QVERIFY2(parseCliOptions(args(line), &o, &error), qPrintable(error));
    }
    void parse_errors_nameTheOption()
    {
        QFETCH(QString, line);
        QFETCH(QString, mentions);
        CliOptions o;
        QString error;
        QVERIFY(!parseCliOptions(args(line), &o, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_CliOptions)
#include "tst_clioptions.moc"
