// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Dms {

// A latency histogram in milliseconds with log-linear buckets ("log2-32"): every value
// below 64 ms has its own bucket; above, each power of two is split into 32 buckets, so a
// bucket is at most 1/32 (3.1 %) of its value wide. Histograms of the same scheme merge by
// adding counts, so percentiles of merged shard reports equal those of one run that
// recorded every sample itself.
//
// A percentile is the highest value of the bucket that holds the sample of that rank,
// clamped to the exact minimum and maximum: exact below 64 ms, at most 3.1 % high above.
class LatencyHistogram final
{
public:
    static constexpr int ExactLimit = 64;     // values below have their own bucket
    static constexpr int SubBuckets = 32;     // buckets per power of two above
    static constexpr qint64 MaxValue = (qint64(1) << 40) - 1;  // ~35 years; larger clamps
    static QString schemeName() { return QStringLiteral("log2-32"); }

    // Bucket arithmetic (public for tests and for the chart that draws the buckets).
    static int bucketOf(qint64 value);
    static qint64 bucketLower(int bucket);
    static qint64 bucketUpper(int bucket);  // inclusive

    // Records one value; negative values count as 0 (min keeps the exact value).
    void record(qint64 valueMs, quint64 count = 1);
    void merge(const LatencyHistogram &other);
    void clear() { *this = LatencyHistogram(); }

    quint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    qint64 min() const { return m_min; }
    qint64 max() const { return m_max; }
    qint64 sum() const { return m_sum; }  // of the recorded (clamped) values
    double mean() const { return m_count ? double(m_sum) / double(m_count) : 0.0; }
    // percentile in [0, 100]; nullopt when empty.
    std::optional<qint64> percentile(double p) const;
    quint64 countAt(int bucket) const
    {
        return bucket >= 0 && bucket < m_buckets.size() ? m_buckets.at(bucket) : 0;
    }
    int bucketCount() const { return int(m_buckets.size()); }  // highest used bucket + 1

    // {"scheme":"log2-32","count":N,"sum":S,"min":a,"max":b,"buckets":[[lower,count],…]}
    QJsonObject toJson() const;
    // Strict: a wrong scheme, a lower edge that is not a bucket edge, or counts that do not
    // add up to "count" fail with a message naming the problem.
    static bool fromJson(const QJsonObject &object, LatencyHistogram *out, QString *error);

    bool operator==(const LatencyHistogram &other) const;

private:
    QList<quint64> m_buckets;  // dense up to the highest bucket used
    quint64 m_count = 0;
    qint64 m_sum = 0;
    qint64 m_min = 0;
    qint64 m_max = 0;
};

}  // namespace Dms
