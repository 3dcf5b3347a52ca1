// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// Threshold: the "METRIC OP NUMBER" grammar, its errors, and evaluation.
#include <QTest>

#include "sim/threshold.h"

using namespace Dms;

class tst_Threshold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<int>("op");
        QTest::addColumn<double>("value");
        QTest::newRow("less") << "p95_ms < 100" << "p95_ms" << int(Threshold::Op::Less) << 100.0;
        QTest::newRow("no spaces") << "p95_ms<100" << "p95_ms" << int(Threshold::Op::Less) << 100.0;
        QTest::newRow("ratio") << "delivery >= 0.999" << "delivery" << int(Threshold::Op::GreaterEqual) << 0.999;
        QTest::newRow("equal") << "  leaks == 0  " << "leaks" << int(Threshold::Op::Equal) << 0.0;
        QTest::newRow("not equal") << "notifications != 0" << "notifications" << int(Threshold::Op::NotEqual) << 0.0;
        QTest::newRow("le") << "model_p99_ms <= 250.5" << "model_p99_ms" << int(Threshold::Op::LessEqual) << 250.5;
        QTest::newRow("gt") << "users > 10" << "users" << int(Threshold::Op::Greater) << 10.0;
        QTest::newRow("exponent") << "emit_max_ms < 1e3" << "emit_max_ms" << int(Threshold::Op::Less) << 1000.0;
    }
    void parse_valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, metric);
        QFETCH(int, op);
        QFETCH(double, value);
        Threshold t;
        QString error;
        QVERIFY2(Threshold::parse(text, &t, &error), qPrintable(error));
        QCOMPARE(t.metric, metric);
        QCOMPARE(int(t.op), op);
        QCOMPARE(t.value, value);
        QCOMPARE(t.text, text.trimmed());
    }

    void parse_invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << "  "
                               << "empty threshold: expected \"METRIC OP NUMBER\", e.g. \"p95_ms < 100\"";
        QTest::newRow("no metric") << "< 100" << "column 1: expected a metric name, found \"<\"";
        QTest::newRow("no operator") << "p95_ms 100"
                                     << "column 8: expected an operator (< <= > >= == !=) after \"p95_ms\", found \"100\"";
        QTest::newRow("single equals") << "leaks = 0"
                                       << "column 7: expected an operator (< <= > >= == !=) after \"leaks\", found \"= 0\"";
        QTest::newRow("no number") << "leaks ==" << "column 9: expected a number after \"leaks ==\"";
        QTest::newRow("bad number") << "p95_ms < fast" << "column 10: \"fast\" is not a number";
        QTest::newRow("trailing") << "p95_ms < 100ms" << "column 10: \"100ms\" is not a number";
    }
    void parse_invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        Threshold t;
        QString got;
        QVERIFY(!Threshold::parse(text, &t, &got));
        QCOMPARE(got, error);
    }

    void parse_stageAndAbortOnFail_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<bool>("abortOnFail");
        QTest::addColumn<QString>("lookupKey");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("stage") << "p95_ms < 500 @ramp" << "ramp" << false << "p95_ms@ramp" << "p95_ms < 500 @ramp";
        QTest::newRow("stage number") << "model_p50_ms<=80 @2" << "2" << false << "model_p50_ms@2"
                                      << "model_p50_ms <= 80 @2";
        QTest::newRow("abort") << "leaks == 0 abort_on_fail" << "" << true << "leaks" << "leaks == 0 abort_on_fail";
        QTest::newRow("both, either order") << "  missing == 0 abort_on_fail   @to-200.b " << "to-200.b" << true
                                            << "missing@to-200.b" << "missing == 0 @to-200.b abort_on_fail";
    }
    void parse_stageAndAbortOnFail()
    {
        QFETCH(QString, text);
        QFETCH(QString, stage);
        QFETCH(bool, abortOnFail);
        QFETCH(QString, lookupKey);
        QFETCH(QString, canonical);
        Threshold t;
        QString error;
        QVERIFY2(Threshold::parse(text, &t, &error), qPrintable(error));
        QCOMPARE(t.stage, stage);
        QCOMPARE(t.abortOnFail, abortOnFail);
        QCOMPARE(t.lookupKey(), lookupKey);
        QCOMPARE(t.canonicalText(), canonical);
        QCOMPARE(t.text, text.trimmed());
        Threshold again;
        QVERIFY(Threshold::parse(t.canonicalText(), &again, &error));
        QCOMPARE(again.lookupKey(), t.lookupKey());
        QCOMPARE(again.abortOnFail, t.abortOnFail);
    }

    void parse_stageAndAbortOnFail_invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty stage") << "p95_ms < 5 @"
                                     << "column 12: \"@\" is not a stage name (letters, digits, _ . -)";
        QTest::newRow("two stages") << "p95_ms < 5 @a @b" << "column 15: a threshold names one stage, not two";
        QTest::newRow("bad stage name") << "p95_ms < 5 @a/b"
                                        << "column 12: \"@a/b\" is not a stage name (letters, digits, _ . -)";
        QTest::newRow("unknown option") << "leaks == 0 abort"
                                        << "column 12: expected \"@STAGE\" or \"abort_on_fail\" after the number, "
                                           "found \"abort\"";
        QTest::newRow("unit after the number") << "p95_ms < 100 ms"
                                               << "column 14: expected \"@STAGE\" or \"abort_on_fail\" after the "
                                                  "number, found \"ms\"";
    }
    void parse_stageAndAbortOnFail_invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        Threshold t;
        QString got;
        QVERIFY(!Threshold::parse(text, &t, &got));
        QCOMPARE(got, error);
    }

    void parse_stage_onlyForMetricsAStageHas()
    {
        Threshold t;
        QString error;
        QVERIFY(!Threshold::parse(QStringLiteral("rss_mb < 100 @up"), &t, &error));
        QVERIFY2(error.startsWith(QLatin1String("rss_mb has no value per stage (per stage: p50_ms, p90_ms,")),
                 qPrintable(error));
        for (const QString &metric : Threshold::stageMetrics()) {
            QVERIFY2(Threshold::isKnownMetric(metric), qPrintable(metric));
            QVERIFY2(Threshold::parse(metric + QStringLiteral(" < 1 @up"), &t, &error), qPrintable(error));
        }
    }

    // abort_on_fail: a growing count past an upper limit fails for good; anything else may
    // still come right.
    void failsForGood_onlyGrowingCountsPastAnUpperLimit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("now");
        QTest::addColumn<bool>("forGood");
        QTest::newRow("leak") << "leaks == 0" << 1.0 << true;
        QTest::newRow("no leak yet") << "leaks == 0" << 0.0 << false;
        QTest::newRow("below an exact count") << "leaks == 3" << 2.0 << false;
        QTest::newRow("past an exact count") << "leaks == 3" << 4.0 << true;
        QTest::newRow("missing past <=") << "missing <= 2" << 3.0 << true;
        QTest::newRow("errors at <") << "action_errors < 5" << 5.0 << true;
        QTest::newRow("count below a lower limit") << "duplicates >= 1" << 0.0 << false;
        QTest::newRow("latency") << "p95_ms < 100" << 900.0 << false;
        QTest::newRow("ratio") << "change_delivery >= 0.999" << 0.5 << false;
        QTest::newRow("a count a failed POST takes back") << "changes < 5" << 9.0 << false;
    }
    void failsForGood_onlyGrowingCountsPastAnUpperLimit()
    {
        QFETCH(QString, text);
        QFETCH(double, now);
        QFETCH(bool, forGood);
        Threshold t;
        QVERIFY(Threshold::parse(text, &t, nullptr));
        QCOMPARE(t.failsForGood(now), forGood);
    }

    void evaluate_stage_looksUpTheStagesValue()
    {
        QList<Threshold> list;
        for (const char *text : {"p95_ms < 500 @ramp", "p95_ms < 500", "missing == 0 @hold"}) {
            Threshold t;
            QVERIFY(Threshold::parse(QLatin1String(text), &t, nullptr));
            list.append(t);
        }
        QStringList asked;
        const QList<ThresholdVerdict> verdicts =
            evaluateThresholds(list, [&asked](const QString &m) -> std::optional<double> {
                asked.append(m);
                if (m == QLatin1String("p95_ms@ramp"))
                    return 700.0;
                if (m == QLatin1String("p95_ms"))
                    return 300.0;
                return std::nullopt;
            });
        QCOMPARE(asked, (QStringList{QStringLiteral("p95_ms@ramp"), QStringLiteral("p95_ms"),
                                     QStringLiteral("missing@hold")}));
        QVERIFY(!verdicts.at(0).passed);
        QCOMPARE(verdicts.at(0).detail, QStringLiteral("p95_ms@ramp = 700 (< 500)"));
        QVERIFY(verdicts.at(1).passed);
        QVERIFY(!verdicts.at(2).measured);
        QCOMPARE(verdicts.at(2).detail, QStringLiteral("missing was not measured in stage hold"));
    }

    void parse_unknownMetric_listsTheKnownOnes()
    {
        Threshold t;
        QString error;
        QVERIFY(!Threshold::parse(QStringLiteral("p96_ms < 10"), &t, &error));
        QVERIFY2(error.startsWith(QLatin1String("unknown metric \"p96_ms\" (known: p50_ms, p90_ms, p95_ms,")),
                 qPrintable(error));
        QVERIFY(error.contains(QLatin1String("lost_updates")));
    }

    void knownMetrics_includeEveryFamily()
    {
        for (const char *name : {"p95_ms", "model_p95_ms", "emit_p99_ms", "action_max_ms", "window_p95_ms",
                                 "model_window_p95_ms", "reconnect_p95_ms", "resync_max_ms", "delivery",
                                 "change_delivery", "leaks", "duplicates", "order_violations",
                                 "refetches_per_event", "reconnects", "lost_updates", "all_live_ms",
                                 "rss_per_user_kb", "cpu_ms_per_event", "status_p95_ms", "status_model_p95_ms",
                                 "status_lag_p95_ms", "fetch_lag_max_ms", "gets_per_event", "get_bytes_per_event",
                                 "row_fetches", "rest_gets"})
            QVERIFY2(Threshold::isKnownMetric(QLatin1String(name)), name);
    }

    void evaluate_passFailAndUnmeasured()
    {
        QList<Threshold> list;
        for (const char *text : {"p95_ms < 100", "leaks == 0", "delivery >= 0.999", "lost_updates == 0"}) {
            Threshold t;
            QVERIFY(Threshold::parse(QLatin1String(text), &t, nullptr));
            list.append(t);
        }
        const QList<ThresholdVerdict> verdicts = evaluateThresholds(list, [](const QString &m) -> std::optional<double> {
            if (m == QLatin1String("p95_ms"))
                return 312.0;
            if (m == QLatin1String("leaks"))
                return 0.0;
            if (m == QLatin1String("delivery"))
                return 0.9995;
            return std::nullopt;
        });
        QCOMPARE(verdicts.size(), 4);
        QVERIFY(!verdicts.at(0).passed);
        QCOMPARE(verdicts.at(0).detail, QStringLiteral("p95_ms = 312 (< 100)"));
        QVERIFY(verdicts.at(1).passed);
        QVERIFY(verdicts.at(2).passed);
        QCOMPARE(verdicts.at(2).detail, QStringLiteral("delivery = 0.9995 (>= 0.9990)"));
        QVERIFY(!verdicts.at(3).passed);
        QVERIFY(!verdicts.at(3).measured);
        QCOMPARE(verdicts.at(3).detail, QStringLiteral("lost_updates was not measured in this run"));
        QVERIFY(!allPassed(verdicts));
    }

    void evaluate_notApplicable_passesWithReason_onlyWhenUnmeasured()
    {
        QList<Threshold> list;
        for (const char *text : {"delivery >= 0.999", "leaks == 0"}) {
            Threshold t;
            QVERIFY(Threshold::parse(QLatin1String(text), &t, nullptr));
            list.append(t);
        }
        const NotApplicable na{{QStringLiteral("delivery"), QStringLiteral("the server numbers no events")},
                               {QStringLiteral("leaks"), QStringLiteral("must not hide a measured value")}};
        QList<ThresholdVerdict> verdicts = evaluateThresholds(
            list, [](const QString &m) -> std::optional<double> {
                if (m == QLatin1String("leaks"))
                    return 2.0;
                return std::nullopt;
            },
            na);
        QVERIFY(!verdicts.at(0).applicable);
        QVERIFY(verdicts.at(0).passed);
        QVERIFY(!verdicts.at(0).measured);
        QCOMPARE(verdicts.at(0).detail, QStringLiteral("not applicable: the server numbers no events"));
        QCOMPARE(verdicts.at(0).toJson().value(QStringLiteral("applicable")).toBool(true), false);
        // A measured value always counts, whatever the map says.
        QVERIFY(verdicts.at(1).applicable);
        QVERIFY(!verdicts.at(1).passed);
        QVERIFY(!allPassed(verdicts));
        // Without the map the unmeasured delivery fails, as before.
        verdicts = evaluateThresholds(list, [](const QString &) -> std::optional<double> { return std::nullopt; });
        QVERIFY(!verdicts.at(0).passed);
        QVERIFY(verdicts.at(0).applicable);
    }

    void holds_everyOperator()
    {
        Threshold t;
        t.value = 5;
        t.op = Threshold::Op::Less;
        QVERIFY(t.holds(4) && !t.holds(5));
        t.op = Threshold::Op::LessEqual;
        QVERIFY(t.holds(5) && !t.holds(6));
        t.op = Threshold::Op::Greater;
        QVERIFY(t.holds(6) && !t.holds(5));
        t.op = Threshold::Op::GreaterEqual;
        QVERIFY(t.holds(5) && !t.holds(4));
        t.op = Threshold::Op::Equal;
        QVERIFY(t.holds(5) && !t.holds(4));
        t.op = Threshold::Op::NotEqual;
        QVERIFY(t.holds(4) && !t.holds(5));
    }
};

QTEST_GUILESS_MAIN(tst_Threshold)
#include "tst_threshold.moc"
