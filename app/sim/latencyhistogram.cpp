// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/latencyhistogram.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <bit>
#include <cmath>

namespace Dms {

namespace {

struct LatencyHistogramText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::LatencyHistogram)
};

constexpr int ExactBits = 6;  // log2(ExactLimit)
constexpr int SubBits = 5;    // log2(SubBuckets)
static_assert((1 << ExactBits) == LatencyHistogram::ExactLimit);
static_assert((1 << SubBits) == LatencyHistogram::SubBuckets);

}  // namespace

int LatencyHistogram::bucketOf(qint64 value)
{
    if (value < 0)
        value = 0;
    if (value > MaxValue)
        value = MaxValue;
    if (value < ExactLimit)
        return int(value);
    const int exponent = 63 - std::countl_zero(quint64(value));  // floor(log2(value)) ≥ 6
    const int sub = int((quint64(value) >> (exponent - SubBits)) & (SubBuckets - 1));
    return ExactLimit + (exponent - ExactBits) * SubBuckets + sub;
}

qint64 LatencyHistogram::bucketLower(int bucket)
{
    if (bucket < ExactLimit)
        return qMax(0, bucket);
    const int exponent = ExactBits + (bucket - ExactLimit) / SubBuckets;
    const int sub = (bucket - ExactLimit) % SubBuckets;
    return qint64(SubBuckets + sub) << (exponent - SubBits);
}

qint64 LatencyHistogram::bucketUpper(int bucket)
{
    if (bucket < ExactLimit)
        return qMax(0, bucket);
    const int exponent = ExactBits + (bucket - ExactLimit) / SubBuckets;
    return bucketLower(bucket) + (qint64(1) << (exponent - SubBits)) - 1;
}

void LatencyHistogram::record(qint64 valueMs, quint64 count)
{
    if (count == 0)
        return;
    if (m_count == 0) {
        m_min = valueMs;
        m_max = valueMs;
    } else {
        m_min = qMin(m_min, valueMs);
        m_max = qMax(m_max, valueMs);
    }
    const int bucket = bucketOf(valueMs);
    if (bucket >= m_buckets.size())
        m_buckets.resize(bucket + 1, 0);
    m_buckets[bucket] += count;
    m_count += count;
    m_sum += qBound<qint64>(0, valueMs, MaxValue) * qint64(count);
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (other.m_count == 0)
        return;
    if (m_count == 0) {
        m_min = other.m_min;
        m_max = other.m_max;
    } else {
        m_min = qMin(m_min, other.m_min);
        m_max = qMax(m_max, other.m_max);
    }
    if (other.m_buckets.size() > m_buckets.size())
        m_buckets.resize(other.m_buckets.size(), 0);
    for (qsizetype i = 0; i < other.m_buckets.size(); ++i)
        m_buckets[i] += other.m_buckets.at(i);
    m_count += other.m_count;
    m_sum += other.m_sum;
}

std::optional<qint64> LatencyHistogram::percentile(double p) const
{
    if (m_count == 0)
        return std::nullopt;
    p = qBound(0.0, p, 100.0);
    // The rank of the sample (1-based): the smallest r with r ≥ p% of the count.
    quint64 rank = quint64(std::ceil(p / 100.0 * double(m_count)));
    rank = qBound<quint64>(1, rank, m_count);
    quint64 seen = 0;
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        seen += m_buckets.at(i);
        if (seen >= rank)
            return qBound(qMax<qint64>(0, m_min), bucketUpper(int(i)), m_max);
    }
    return m_max;
}

QJsonObject LatencyHistogram::toJson() const
{
    QJsonArray buckets;
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        if (m_buckets.at(i))
            buckets.append(QJsonArray{bucketLower(int(i)), qint64(m_buckets.at(i))});
    }
    return QJsonObject{{QStringLiteral("scheme"), schemeName()},
                       {QStringLiteral("count"), qint64(m_count)},
                       {QStringLiteral("sum"), m_sum},
                       {QStringLiteral("min"), m_min},
                       {QStringLiteral("max"), m_max},
                       {QStringLiteral("buckets"), buckets}};
}

bool LatencyHistogram::fromJson(const QJsonObject &object, LatencyHistogram *out, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString scheme = object.value(QLatin1String("scheme")).toString();
    if (scheme != schemeName())
        return fail(LatencyHistogramText::tr("histogram scheme \"%1\" is not %2").arg(scheme, schemeName()));
    LatencyHistogram h;
    const QJsonValue buckets = object.value(QLatin1String("buckets"));
    if (!buckets.isArray())
        return fail(LatencyHistogramText::tr("histogram has no \"buckets\" array"));
    quint64 total = 0;
    for (const QJsonValue &entry : buckets.toArray()) {
        const QJsonArray pair = entry.toArray();
        if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
            return fail(LatencyHistogramText::tr("histogram bucket is not a [lower, count] pair"));
        const qint64 lower = pair.at(0).toInteger(-1);
        const qint64 count = pair.at(1).toInteger(-1);
        if (lower < 0 || count < 0)
            return fail(LatencyHistogramText::tr("histogram bucket [%1, %2] is negative").arg(lower).arg(count));
        const int bucket = bucketOf(lower);
        if (bucketLower(bucket) != lower)
            return fail(LatencyHistogramText::tr("histogram bucket edge %1 is not an edge of %2").arg(lower).arg(schemeName()));
        if (bucket >= h.m_buckets.size())
            h.m_buckets.resize(bucket + 1, 0);
        h.m_buckets[bucket] += quint64(count);
        total += quint64(count);
    }
    const qint64 count = object.value(QLatin1String("count")).toInteger(-1);
    if (count < 0 || quint64(count) != total)
        return fail(LatencyHistogramText::tr("histogram count %1 is not the sum of its buckets (%2)").arg(count).arg(total));
    h.m_count = total;
    h.m_sum = object.value(QLatin1String("sum")).toInteger(0);
    h.m_min = object.value(QLatin1String("min")).toInteger(0);
    h.m_max = object.value(QLatin1String("max")).toInteger(0);
    *out = h;
    return true;
}

bool LatencyHistogram::operator==(const LatencyHistogram &other) const
{
    if (m_count != other.m_count || m_sum != other.m_sum || m_min != other.m_min ||
        m_max != other.m_max)
        return false;
    const qsizetype n = qMax(m_buckets.size(), other.m_buckets.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (countAt(int(i)) != other.countAt(int(i)))
            return false;
    }
    return true;
}

}  // namespace Dms
