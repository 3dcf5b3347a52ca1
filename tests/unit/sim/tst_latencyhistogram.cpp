// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// LatencyHistogram: bucket edges, percentile accuracy, exact merge, strict JSON.
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

#include "sim/latencyhistogram.h"

using namespace Dms;

class tst_LatencyHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketEdges_belowSixtyFour_areExact()
    {
        for (qint64 v = 0; v < 64; ++v) {
            const int b = LatencyHistogram::bucketOf(v);
            QCOMPARE(LatencyHistogram::bucketLower(b), v);
            QCOMPARE(LatencyHistogram::bucketUpper(b), v);
        }
    }

    void bucketEdges_above_areContiguousAndNarrow()
    {
        qint64 expectedLower = 64;
        for (int b = 64; b < 64 + 32 * 20; ++b) {
            const qint64 lower = LatencyHistogram::bucketLower(b);
            const qint64 upper = LatencyHistogram::bucketUpper(b);
            QCOMPARE(lower, expectedLower);
            QVERIFY(upper >= lower);
            QVERIFY2(double(upper - lower + 1) <= double(lower) / 32.0 + 1e-9,
                     qPrintable(QStringLiteral("bucket %1 [%2, %3] wider than 1/32").arg(b).arg(lower).arg(upper)));
            QCOMPARE(LatencyHistogram::bucketOf(lower), b);
            QCOMPARE(LatencyHistogram::bucketOf(upper), b);
            expectedLower = upper + 1;
        }
    }

    void record_negativeAndHuge_areClamped()
    {
        LatencyHistogram h;
        h.record(-5);
        h.record(LatencyHistogram::MaxValue * 4);
        QCOMPARE(h.count(), quint64(2));
        QCOMPARE(h.min(), qint64(-5));  // min stays exact
        QCOMPARE(h.countAt(0), quint64(1));
        QCOMPARE(h.percentile(0).value(), qint64(0));
    }

    void percentile_empty_isNullopt()
    {
        LatencyHistogram h;
        QVERIFY(!h.percentile(50).has_value());
        QVERIFY(h.isEmpty());
    }

    void percentile_smallValues_isExactNearestRank()
    {
        LatencyHistogram h;
        for (int v = 1; v <= 20; ++v)
            h.record(v);
        QCOMPARE(h.percentile(50).value(), qint64(10));
        QCOMPARE(h.percentile(95).value(), qint64(19));
        QCOMPARE(h.percentile(99).value(), qint64(20));
        QCOMPARE(h.percentile(100).value(), qint64(20));
        QCOMPARE(h.percentile(0).value(), qint64(1));
        QCOMPARE(h.max(), qint64(20));
        QCOMPARE(h.sum(), qint64(210));
        QCOMPARE(h.mean(), 10.5);
    }

    void percentile_largeValues_withinOneThirtySecond()
    {
        QRandomGenerator rng(42);
        QList<qint64> values;
        LatencyHistogram h;
        for (int i = 0; i < 5000; ++i) {
            const qint64 v = qint64(rng.bounded(1, 200000));
            values.append(v);
            h.record(v);
        }
        std::sort(values.begin(), values.end());
        for (double p : {50.0, 90.0, 95.0, 99.0, 99.9}) {
            const qsizetype rank = qsizetype(std::ceil(p / 100.0 * values.size()));
            const qint64 exact = values.at(rank - 1);
            const qint64 got = h.percentile(p).value();
            QVERIFY2(got >= exact && double(got - exact) <= double(exact) / 32.0,
                     qPrintable(QStringLiteral("p%1: exact %2, histogram %3").arg(p).arg(exact).arg(got)));
        }
        QCOMPARE(h.percentile(100).value(), values.last());
    }

    void merge_splitSamples_equalsOneHistogram()
    {
        QRandomGenerator rng(7);
        LatencyHistogram all;
        LatencyHistogram parts[3];
        for (int i = 0; i < 3000; ++i) {
            const qint64 v = qint64(rng.bounded(0, 30000));
            all.record(v);
            parts[i % 3].record(v);
        }
        LatencyHistogram merged;
        for (const LatencyHistogram &p : parts)
            merged.merge(p);
        QVERIFY(merged == all);
        for (double p : {50.0, 90.0, 95.0, 99.0, 100.0})
            QCOMPARE(merged.percentile(p), all.percentile(p));
        QCOMPARE(merged.sum(), all.sum());
        QCOMPARE(merged.min(), all.min());
        QCOMPARE(merged.max(), all.max());
    }

    void merge_intoEmpty_takesMinAndMax()
    {
        LatencyHistogram a;
        LatencyHistogram b;
        b.record(100);
        b.record(7);
        a.merge(b);
        QCOMPARE(a.min(), qint64(7));
        QCOMPARE(a.max(), qint64(100));
        a.merge(LatencyHistogram());
        QCOMPARE(a.count(), quint64(2));
    }

    void json_roundTrip_isEqual()
    {
        LatencyHistogram h;
        for (qint64 v : {0, 3, 63, 64, 65, 1000, 123456})
            h.record(v, 2);
        const QJsonObject json = h.toJson();
        QCOMPARE(json.value(QStringLiteral("scheme")).toString(), QStringLiteral("log2-32"));
        LatencyHistogram back;
        QString error;
        QVERIFY2(LatencyHistogram::fromJson(json, &back, &error), qPrintable(error));
        QVERIFY(back == h);
    }

    void fromJson_bad_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("error");
        // One [lower, count] bucket (braces alone would copy the pair instead of nesting it).
        const auto one = [](qint64 lower, qint64 count) {
            QJsonArray buckets;
            buckets.append(QJsonArray{lower, count});
            return buckets;
        };
        const auto base = [](const QJsonArray &buckets, qint64 count) {
            return QJsonObject{{QStringLiteral("scheme"), QStringLiteral("log2-32")},
                               {QStringLiteral("count"), count},
                               {QStringLiteral("buckets"), buckets}};
        };
        QJsonObject wrongScheme = base({}, 0);
        wrongScheme.insert(QStringLiteral("scheme"), QStringLiteral("hdr"));
        QTest::newRow("scheme") << wrongScheme << QStringLiteral("histogram scheme \"hdr\" is not log2-32");
        QTest::newRow("no buckets") << QJsonObject{{QStringLiteral("scheme"), QStringLiteral("log2-32")}}
                                    << QStringLiteral("histogram has no \"buckets\" array");
        QTest::newRow("edge") << base(one(65, 1), 1)
                              << QStringLiteral("histogram bucket edge 65 is not an edge of log2-32");
        QTest::newRow("pair") << base(QJsonArray{1}, 1)
                              << QStringLiteral("histogram bucket is not a [lower, count] pair");
        QTest::newRow("count") << base(one(1, 2), 3)
                               << QStringLiteral("histogram count 3 is not the sum of its buckets (2)");
        QTest::newRow("negative") << base(one(4, -1), 0)
                                  << QStringLiteral("histogram bucket [4, -1] is negative");
    }
    void fromJson_bad()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, error);
        LatencyHistogram h;
        QString got;
        QVERIFY(!LatencyHistogram::fromJson(json, &h, &got));
        QCOMPARE(got, error);
    }
};

QTEST_GUILESS_MAIN(tst_LatencyHistogram)
#include "tst_latencyhistogram.moc"
