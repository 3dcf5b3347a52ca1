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
                                 "rss_per_user_kb", "cpu_ms_per_event"})
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
