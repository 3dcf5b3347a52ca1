// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dms {

struct SimReport;

// Which way a metric should move. Neutral metrics (users, expected receipts) only describe
// the run's size.
enum class MetricDirection { LowerIsBetter, HigherIsBetter, Neutral };

// How far a metric may move the wrong way before it counts as a regression. A change
// regresses only when it is past every part that is set: "+10 % and +100 ms" lets 3 → 4 ms
// pass (+33 % but +1 ms) and 1500 → 1600 ms too (+100 ms but +6.7 %). No part set: the metric
// is informational, never a regression.
struct MetricLimit
{
    std::optional<double> relative;  // a fraction of the baseline: 0.10 = 10 %
    std::optional<double> absolute;  // in the metric's unit (ms, a ratio, a count)

    bool isSet() const { return relative.has_value() || absolute.has_value(); }
    QString text(const QString &metric) const;  // "+10 % and +100 ms", "any increase", "-"
    QJsonObject toJson() const;
};

// What the comparison assumes of a metric unless told otherwise.
struct MetricRule
{
    MetricDirection direction = MetricDirection::Neutral;
    MetricLimit limit;
};

// The default rule of every metric a threshold may name (docs/scenarios.md, "Comparing
// runs", explains the figures and how they were chosen).
MetricRule defaultMetricRule(const QString &metric);

// Limits given by the user (`--max-regression NAME=LIMIT`, repeatable), each replacing the
// metric's default limit: "p95_ms=10%" (relative), "p95_ms=50" (absolute, the metric's
// unit). Both kinds given for one metric apply together, as in the defaults.
class RegressionLimits final
{
public:
    // Parses "NAME=N%" or "NAME=N" (N >= 0); an unknown metric or a bad number is an error
    // that says which and why.
    bool add(const QString &spec, QString *error);
    // The limit that applies to metric: the user's if given, else the default.
    MetricLimit limitFor(const QString &metric) const;
    bool isOverridden(const QString &metric) const { return m_limits.contains(metric); }

private:
    QMap<QString, MetricLimit> m_limits;
};

enum class DiffVerdict {
    Ok,           // within its limit (or unchanged)
    Regressed,    // moved the wrong way past its limit
    Improved,     // moved the right way by more than its limit
    Info,         // informational: no limit applies
    NotCompared,  // measured in only one of the runs
};

QString diffVerdictName(DiffVerdict verdict);  // ok, regressed, improved, info, n/a

// One metric of both runs.
struct MetricDiff
{
    QString metric;
    std::optional<double> baseline;
    std::optional<double> current;
    MetricDirection direction = MetricDirection::Neutral;
    MetricLimit limit;
    DiffVerdict verdict = DiffVerdict::NotCompared;

    std::optional<double> change() const;          // current − baseline
    std::optional<double> relativeChange() const;  // change / baseline; none when baseline is 0
    QString changeText() const;                    // "+62 ms (+51.7 %)", "0", "-"
    QString describe() const;  // "p95_ms 182 ms (baseline 120 ms, +62 ms, +51.7 %)"
    QJsonObject toJson() const;
};

// Two runs side by side: every metric measured in either, judged against its limit.
struct ReportDiff
{
    static QString schemaName() { return QStringLiteral("dms-report-diff/1"); }

    QString baselineLabel;  // what to call them in the text (file names)
    QString currentLabel;
    QString baselineScenario;
    QString currentScenario;
    QStringList warnings;  // the runs differ in scenario or size: the figures may not compare
    QList<MetricDiff> metrics;  // in Threshold::knownMetrics() order; measured in neither: left out

    static ReportDiff compare(const SimReport &baseline, const SimReport &current,
                              const RegressionLimits &limits = RegressionLimits());

    const MetricDiff *find(const QString &metric) const;
    QList<MetricDiff> regressions() const;
    bool regressed() const { return !regressions().isEmpty(); }

    QString tableText() const;  // the aligned table `report diff` prints, with a result line
    QJsonObject toJson() const;
};

}  // namespace Dms
