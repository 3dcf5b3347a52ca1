// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// ReportDiff: two runs compared metric by metric, each against its limit — equal runs pass,
// a p95 40 % up regresses, a rise of 1 ms from 3 ms passes on the slack, a fault count that
// appears regresses, delivery that drops regresses, informational counts never do; limits
// given as NAME=N% or NAME=N replace the defaults; unknown metrics and bad numbers are errors
// (the `report diff` options too); the text table and the JSON name the regression.
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include "cli/reportcommand.h"
#include "sim/reportdiff.h"
#include "sim/simreport.h"

using namespace Dms;

namespace {

// A run whose receipts all took frameMs (POST → frame) and modelMs (→ table).
SimReport run(qint64 frameMs, qint64 modelMs = 40)
{
    SimReport r;
    r.scenarioName = QStringLiteral("approve-fanout");
    r.users = 6;
    r.units = 2;
    r.rate = 2;
    r.durationS = 10;
    r.verified = true;
    r.frame.record(frameMs, 400);
    r.model.record(modelMs, 400);
    r.action.record(200, 20);
    r.counters.actions = 20;
    r.counters.changes = 20;
    r.counters.expected = 400;
    r.counters.delivered = 400;
    r.counters.frames = 1000;
    r.counters.refetches = 300;
    r.evaluate();
    return r;
}

DiffVerdict verdictOf(const ReportDiff &diff, const char *metric)
{
    const MetricDiff *m = diff.find(QLatin1String(metric));
    if (!m)
        qFatal("metric %s not in the diff", metric);
    return m->verdict;
}

RegressionLimits limits(const QStringList &specs)
{
    RegressionLimits l;
    for (const QString &spec : specs) {
        QString error;
        if (!l.add(spec, &error))
            qFatal("bad limit %s: %s", qPrintable(spec), qPrintable(error));
    }
    return l;
}

}  // namespace

namespace Dms {
// QCOMPARE's text for a verdict.
char *toString(DiffVerdict v)
{
    return qstrdup(qPrintable(diffVerdictName(v)));
}
}  // namespace Dms

class tst_ReportDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalReports_noRegression()
    {
        const SimReport r = run(180);
        const ReportDiff diff = ReportDiff::compare(r, r);
        QVERIFY(!diff.regressed());
        QVERIFY(diff.warnings.isEmpty());
        QVERIFY(diff.metrics.size() > 20);
        for (const MetricDiff &m : diff.metrics) {
            QVERIFY2(m.verdict == DiffVerdict::Ok || m.verdict == DiffVerdict::Info, qPrintable(m.describe()));
            QCOMPARE(m.change(), std::optional<double>(0.0));
        }
        // Metrics measured in neither run (storms, processes here) are left out.
        QVERIFY(!diff.find(QStringLiteral("reconnect_p95_ms")));
        QCOMPARE(verdictOf(diff, "p95_ms"), DiffVerdict::Ok);
        QVERIFY(diff.tableText().endsWith(QLatin1String("Result: OK, no metric regressed past its limit\n")));
    }

    void p95Up40Percent_regresses_andIsNamed()
    {
        const ReportDiff diff = ReportDiff::compare(run(300), run(420));
        QCOMPARE(verdictOf(diff, "p95_ms"), DiffVerdict::Regressed);
        QCOMPARE(verdictOf(diff, "p50_ms"), DiffVerdict::Regressed);
        QCOMPARE(verdictOf(diff, "model_p95_ms"), DiffVerdict::Ok);  // unchanged
        QVERIFY(diff.regressed());
        const MetricDiff *p95 = diff.find(QStringLiteral("p95_ms"));
        QVERIFY(p95->relativeChange() && *p95->relativeChange() > 0.35 && *p95->relativeChange() < 0.45);
        QCOMPARE(p95->direction, MetricDirection::LowerIsBetter);
        QVERIFY2(p95->describe().startsWith(QLatin1String("p95_ms ")) && p95->describe().contains(QLatin1String("(baseline ")),
                 qPrintable(p95->describe()));

        const QString table = diff.tableText();
        QVERIFY2(table.contains(QRegularExpression(QStringLiteral(R"(\n  p95_ms +\d+ +\d+ +\+\d+ \(\+\d+(\.\d)? %\) +\+10 % and \+100 ms +REGRESSED\n)"))),
                 qPrintable(table));
        QVERIFY2(table.contains(QLatin1String("Result: REGRESSED")) && table.contains(QLatin1String("p95_ms")),
                 qPrintable(table));
        // Every row lines up: the verdict column starts at the same place.
        const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1, diff.metrics.size() + 1);
        const qsizetype column = lines.first().indexOf(QLatin1String("verdict"));
        for (const QString &line : lines)
            QVERIFY2(line.size() > column && line.at(column - 1) == QLatin1Char(' ') && line.at(column) != QLatin1Char(' '),
                     qPrintable(line));

        const QJsonObject json = diff.toJson();
        QCOMPARE(json.value(QStringLiteral("schema")).toString(), ReportDiff::schemaName());
        QVERIFY(!json.value(QStringLiteral("passed")).toBool());
        QVERIFY(json.value(QStringLiteral("regressed")).toArray().contains(QStringLiteral("p95_ms")));
        bool found = false;
        for (const QJsonValue &v : json.value(QStringLiteral("metrics")).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("metric")).toString() != QLatin1String("p95_ms"))
                continue;
            found = true;
            QCOMPARE(m.value(QStringLiteral("verdict")).toString(), QStringLiteral("regressed"));
            QCOMPARE(m.value(QStringLiteral("direction")).toString(), QStringLiteral("lower_is_better"));
            QCOMPARE(m.value(QStringLiteral("limit")).toObject().value(QStringLiteral("relative")).toDouble(), 0.10);
            QVERIFY(m.value(QStringLiteral("change")).toDouble() >= 70);
        }
        QVERIFY(found);
    }

    void p95Down_isImproved_notRegressed()
    {
        const ReportDiff diff = ReportDiff::compare(run(420), run(300));
        QCOMPARE(verdictOf(diff, "p95_ms"), DiffVerdict::Improved);
        QVERIFY(!diff.regressed());
        QVERIFY(diff.tableText().contains(QLatin1String("improved)\n")));
    }

    void smallLatencyUp1ms_passesOnTheSlack()
    {
        // 3 → 4 ms is +33 %, but only 1 ms: within the absolute slack.
        ReportDiff diff = ReportDiff::compare(run(3), run(4));
        QCOMPARE(verdictOf(diff, "p95_ms"), DiffVerdict::Ok);
        QVERIFY(!diff.regressed());
        // 3 → 90 ms is +2900 %, but 87 ms: within the slack too.
        diff = ReportDiff::compare(run(3), run(90));
        QCOMPARE(verdictOf(diff, "p95_ms"), DiffVerdict::Ok);
        // 1500 → 1640 ms is +140 ms but +9.3 %: within the share.
        diff = ReportDiff::compare(run(1500), run(1640));
        QCOMPARE(verdictOf(diff, "p95_ms"), DiffVerdict::Ok);
    }

    void faultCountFromZero_regresses()
    {
        SimReport base = run(100);
        SimReport leaky = run(100);
        leaky.counters.leaks = 1;
        leaky.counters.lostUpdates = 2;
        ReportDiff diff = ReportDiff::compare(base, leaky);
        QCOMPARE(verdictOf(diff, "leaks"), DiffVerdict::Regressed);
        QCOMPARE(verdictOf(diff, "lost_updates"), DiffVerdict::Regressed);
        QCOMPARE(diff.find(QStringLiteral("leaks"))->limit.text(QStringLiteral("leaks")), QStringLiteral("any increase"));
        QCOMPARE(diff.regressions().size(), 2);
        // The reverse is an improvement.
        diff = ReportDiff::compare(leaky, base);
        QCOMPARE(verdictOf(diff, "leaks"), DiffVerdict::Improved);
        QVERIFY(!diff.regressed());
    }

    void deliveryDrop_regressesPastATenthOfAPoint()
    {
        SimReport base = run(100);
        SimReport lossy = run(100);
        lossy.counters.missedEvents = 10;  // 1000 / 1010: −0.99 points
        QCOMPARE(verdictOf(ReportDiff::compare(base, lossy), "delivery"), DiffVerdict::Regressed);
        lossy.counters.missedEvents = 0;
        lossy.counters.frames = 10000;
        SimReport slightly = lossy;
        slightly.counters.missedEvents = 5;  // 10000 / 10005: −0.05 points
        const ReportDiff diff = ReportDiff::compare(lossy, slightly);
        QCOMPARE(verdictOf(diff, "delivery"), DiffVerdict::Ok);
        QCOMPARE(verdictOf(diff, "missed_events"), DiffVerdict::Regressed);  // a fault count all the same
        QCOMPARE(diff.find(QStringLiteral("delivery"))->direction, MetricDirection::HigherIsBetter);
    }

    void throughputCounts_areInformational()
    {
        SimReport more = run(100);
        more.counters.actions = 5;
        more.counters.frames = 100;
        more.counters.refetches = 30;  // the same per event
        const ReportDiff diff = ReportDiff::compare(run(100), more);
        QCOMPARE(verdictOf(diff, "actions"), DiffVerdict::Info);
        QCOMPARE(verdictOf(diff, "frames"), DiffVerdict::Info);
        QCOMPARE(verdictOf(diff, "users"), DiffVerdict::Info);
        QVERIFY(!diff.regressed());
    }

    void measuredInOneRunOnly_isNotCompared_andTheRunsDifferWarns()
    {
        SimReport base = run(100);
        SimReport other = run(100);
        other.verified = false;  // no lost_updates
        other.scenarioName = QStringLiteral("unit-isolation");
        other.users = 9;
        other.evaluate();
        const ReportDiff diff = ReportDiff::compare(base, other);
        QCOMPARE(verdictOf(diff, "lost_updates"), DiffVerdict::NotCompared);
        QVERIFY(!diff.regressed());
        QCOMPARE(diff.warnings.size(), 2);
        QVERIFY2(diff.warnings.at(0).contains(QLatin1String("different scenarios (\"approve-fanout\" and \"unit-isolation\")")),
                 qPrintable(diff.warnings.at(0)));
        QVERIFY2(diff.warnings.at(1).contains(QLatin1String("users (6 and 9)")), qPrintable(diff.warnings.at(1)));
    }

    void customLimits_replaceTheDefaults()
    {
        // 300 → 420 (+40 %): within 50 %.
        QCOMPARE(verdictOf(ReportDiff::compare(run(300), run(420), limits({QStringLiteral("p95_ms=50%")})), "p95_ms"),
                 DiffVerdict::Ok);
        // Only the p95 limit changed: p50 keeps its default and regresses.
        QCOMPARE(verdictOf(ReportDiff::compare(run(300), run(420), limits({QStringLiteral("p95_ms=50%")})), "p50_ms"),
                 DiffVerdict::Regressed);
        // An absolute limit alone: 3 → 14 ms is past 10 ms, 3 → 12 ms is not.
        const RegressionLimits ten = limits({QStringLiteral("p95_ms=10")});
        QVERIFY(!ten.limitFor(QStringLiteral("p95_ms")).relative);
        QCOMPARE(verdictOf(ReportDiff::compare(run(3), run(14), ten), "p95_ms"), DiffVerdict::Regressed);
        QCOMPARE(verdictOf(ReportDiff::compare(run(3), run(12), ten), "p95_ms"), DiffVerdict::Ok);
        // Both kinds for one metric apply together: 300 → 420 is +120 ms (past 50) and +40 %
        // (past 30 %): regressed; with 150 ms of slack it is not.
        QCOMPARE(verdictOf(ReportDiff::compare(run(300), run(420), limits({QStringLiteral("p95_ms=30%"), QStringLiteral("p95_ms=50")})),
                           "p95_ms"),
                 DiffVerdict::Regressed);
        QCOMPARE(verdictOf(ReportDiff::compare(run(300), run(420), limits({QStringLiteral("p95_ms=30%"), QStringLiteral("p95_ms=150")})),
                           "p95_ms"),
                 DiffVerdict::Ok);
        // A limit on a count that is informational by default makes it judged.
        SimReport fewer = run(100);
        fewer.counters.actions = 10;
        QCOMPARE(verdictOf(ReportDiff::compare(run(100), fewer, limits({QStringLiteral("actions=20%")})), "actions"),
                 DiffVerdict::Regressed);
        // Fault counts may be allowed some slack.
        SimReport leaky = run(100);
        leaky.counters.leaks = 2;
        QCOMPARE(verdictOf(ReportDiff::compare(run(100), leaky, limits({QStringLiteral("leaks=2")})), "leaks"),
                 DiffVerdict::Ok);
        const MetricLimit shown = limits({QStringLiteral("p95_ms=10%"), QStringLiteral("p95_ms=50")}).limitFor(QStringLiteral("p95_ms"));
        QCOMPARE(shown.text(QStringLiteral("p95_ms")), QStringLiteral("+10 % and +50 ms"));
    }

    void badLimits_areErrors_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown metric") << "p95=10%" << "unknown metric \"p95\"";
        QTest::newRow("no value") << "p95_ms" << "expected NAME=LIMIT";
        QTest::newRow("no name") << "=10%" << "expected NAME=LIMIT";
        QTest::newRow("not a number") << "p95_ms=fast" << "must be a number";
        QTest::newRow("negative") << "p95_ms=-5" << "must be a number of at least 0";
        QTest::newRow("empty") << "p95_ms=" << "must be a number";
    }

    void badLimits_areErrors()
    {
        QFETCH(QString, spec);
        QFETCH(QString, message);
        RegressionLimits l;
        QString error;
        QVERIFY(!l.add(spec, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!l.isOverridden(QStringLiteral("p95_ms")));
    }

    void diffOptions_parse_andRejectUnknownMetrics()
    {
        const auto args = [](const QStringList &rest) {
            return QStringList{QStringLiteral("dms-console"), QStringLiteral("report"), QStringLiteral("diff")} + rest;
        };
        ReportDiffOptions o;
        QString error;
        QVERIFY2(parseReportDiffOptions(args({QStringLiteral("a.json"), QStringLiteral("--max-regression"),
                                              QStringLiteral("p95_ms=10%"), QStringLiteral("b.json"),
                                              QStringLiteral("--max-regression=leaks=3"), QStringLiteral("--json"),
                                              QStringLiteral("d.json")}),
                                        &o, &error),
                 qPrintable(error));
        QCOMPARE(o.baseline, QStringLiteral("a.json"));
        QCOMPARE(o.current, QStringLiteral("b.json"));
        QCOMPARE(o.json, QStringLiteral("d.json"));
        QCOMPARE(o.limits.limitFor(QStringLiteral("p95_ms")).relative, std::optional<double>(0.10));
        QCOMPARE(o.limits.limitFor(QStringLiteral("leaks")).absolute, std::optional<double>(3));

        ReportDiffOptions bad;
        QVERIFY(!parseReportDiffOptions(args({QStringLiteral("a.json"), QStringLiteral("b.json"),
                                              QStringLiteral("--max-regression"), QStringLiteral("latency=10%")}),
                                        &bad, &error));
        QVERIFY2(error.contains(QLatin1String("unknown metric \"latency\"")), qPrintable(error));
        QVERIFY(!parseReportDiffOptions(args({QStringLiteral("a.json")}), &bad, &error));
        QVERIFY2(error.contains(QLatin1String("expected two reports")), qPrintable(error));
        QVERIFY(!parseReportDiffOptions(args({QStringLiteral("a.json"), QStringLiteral("b.json"), QStringLiteral("--max-regression")}),
                                        &bad, &error));
        QVERIFY2(error.contains(QLatin1String("needs NAME=LIMIT")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_ReportDiff)
#include "tst_reportdiff.moc"
