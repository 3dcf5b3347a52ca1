// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The monitoring plugins' threshold ranges and perfdata, and the OpenMetrics writer's
// escaping (the strict parser's check of the whole output is in tests/integration/tst_cli).
#include <QTest>

#include "cli/nagiosrange.h"
#include "cli/openmetricswriter.h"

using namespace Dms;

class tst_NagiosRange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void alerts_followThePluginGuidelines_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("alerts");
        QTest::newRow("10: inside") << QStringLiteral("10") << 10.0 << false;
        QTest::newRow("10: above") << QStringLiteral("10") << 10.5 << true;
        QTest::newRow("10: negative") << QStringLiteral("10") << -1.0 << true;
        QTest::newRow("10: (open end) below") << QStringLiteral("10:") << 9.0 << true;
        QTest::newRow("10: (open end) far above") << QStringLiteral("10:") << 1e9 << false;
        QTest::newRow("~:10 very negative") << QStringLiteral("~:10") << -1e9 << false;
        QTest::newRow("~:10 above") << QStringLiteral("~:10") << 11.0 << true;
        QTest::newRow("10:20 inside") << QStringLiteral("10:20") << 15.0 << false;
        QTest::newRow("10:20 below") << QStringLiteral("10:20") << 9.0 << true;
        QTest::newRow("@10:20 inside") << QStringLiteral("@10:20") << 10.0 << true;
        QTest::newRow("@10:20 outside") << QStringLiteral("@10:20") << 21.0 << false;
        QTest::newRow("unset") << QString() << 1e9 << false;
    }
    void alerts_followThePluginGuidelines()
    {
        QFETCH(QString, range);
        QFETCH(double, value);
        QFETCH(bool, alerts);
        NagiosRange r;
        QString error;
        QVERIFY2(NagiosRange::parse(range, &r, &error), qPrintable(error));
        QCOMPARE(r.alerts(value), alerts);
    }

    void parse_rejectsWhatIsNotARange_data()
    {
        QTest::addColumn<QString>("range");
        QTest::newRow("word") << QStringLiteral("fast");
        QTest::newRow("start above end") << QStringLiteral("20:10");
        QTest::newRow("two colons") << QStringLiteral("1:2:3");
        QTest::newRow("inf") << QStringLiteral("inf");
    }
    void parse_rejectsWhatIsNotARange()
    {
        QFETCH(QString, range);
        NagiosRange r;
        QString error;
        QVERIFY(!NagiosRange::parse(range, &r, &error));
        QVERIFY2(error.contains(range), qPrintable(error));
    }

    void perfData_dropsTrailingEmptyFields()
    {
        NagiosRange warning;
        NagiosRange critical;
        QString error;
        QVERIFY(NagiosRange::parse(QStringLiteral("200"), &warning, &error));
        QVERIFY(NagiosRange::parse(QStringLiteral("@0:0"), &critical, &error));
        QCOMPARE(nagiosPerfData(QStringLiteral("rtt"), 12, QStringLiteral("ms"), warning, critical, QStringLiteral("0")),
                 QStringLiteral("'rtt'=12ms;200;@0:0;0"));
        QCOMPARE(nagiosPerfData(QStringLiteral("clock_offset"), -3, QStringLiteral("ms")),
                 QStringLiteral("'clock_offset'=-3ms"));
        QCOMPARE(nagiosPerfData(QStringLiteral("pongs"), 2, QString(), {}, {}, QStringLiteral("0"), QStringLiteral("3")),
                 QStringLiteral("'pongs'=2;;;0;3"));
    }

    void openMetrics_escapesLabelsAndNamesCounters()
    {
        OpenMetricsWriter w({{QStringLiteral("server"), QStringLiteral("http://h/")}});
        w.family(QStringLiteral("x_frames"), OpenMetricsWriter::Type::Counter, QStringLiteral("Frames"));
        w.sample(3, {{QStringLiteral("user"), QStringLiteral("a\"b\\c\nd")}});
        w.family(QStringLiteral("x_rtt_seconds"), OpenMetricsWriter::Type::Gauge, QStringLiteral("RTT"),
                 QStringLiteral("seconds"));
        w.sample(0.012);
        QCOMPARE(QString::fromUtf8(w.finish()),
                 QStringLiteral("# TYPE x_frames counter\n"
                                "# HELP x_frames Frames\n"
                                "x_frames_total{server=\"http://h/\",user=\"a\\\"b\\\\c\\nd\"} 3\n"
                                "# TYPE x_rtt_seconds gauge\n"
                                "# UNIT x_rtt_seconds seconds\n"
                                "# HELP x_rtt_seconds RTT\n"
                                "x_rtt_seconds{server=\"http://h/\"} 0.012\n"
                                "# EOF\n"));
    }
};

QTEST_GUILESS_MAIN(tst_NagiosRange)
#include "tst_nagiosrange.moc"
