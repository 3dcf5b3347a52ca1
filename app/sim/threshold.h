// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Dms {

// One pass/fail rule of a scenario, as data: "METRIC OP NUMBER [@STAGE] [abort_on_fail]",
// e.g. "p95_ms < 100", "delivery >= 0.999", "leaks == 0 abort_on_fail",
// "p95_ms < 500 @ramp". OP is one of < <= > >= == !=. "@STAGE" judges the metric within
// one stage of a ramping scenario (its name, or its 1-based number); "abort_on_fail" ends
// the run as soon as the rule is failing for good (docs/scenarios.md, "Ramping").
struct Threshold
{
    enum class Op { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual };

    QString text;    // as written (trimmed)
    QString metric;  // e.g. "p95_ms"
    Op op = Op::Less;
    double value = 0;
    QString stage;   // empty: the whole run; else a stage's name or 1-based number
    bool abortOnFail = false;

    bool holds(double measured) const;
    // The name SimReport::metric() takes: "p95_ms", or "p95_ms@ramp" for a stage.
    QString lookupKey() const;
    // The text with the options written canonically ("p95_ms < 500 @ramp abort_on_fail").
    QString canonicalText() const;
    static QString opText(Op op);

    // Parses one rule; on failure returns false and says what is wrong and where (the
    // column, 1-based, within the text). Metric names are checked against knownMetrics(),
    // and against stageMetrics() when the rule names a stage.
    static bool parse(const QString &text, Threshold *out, QString *error);
    // Every metric a threshold may name (docs/scenarios.md explains each).
    static const QStringList &knownMetrics();
    static bool isKnownMetric(const QString &name);
    // The metrics a stage has a value of (latencies of its changes, its counts).
    static const QStringList &stageMetrics();
    // A stage name a threshold may use: letters, digits, "_", "." and "-".
    static bool isStageName(const QString &name);
    // Counts that only grow during a run: a rule "count < N" (or <=, ==) that fails now
    // fails at the end too.
    static bool isGrowingCount(const QString &metric);
    // True when the value, measured now, already decides that the rule fails at the end
    // (a growing count past its limit).
    bool failsForGood(double measuredNow) const;
};

// The outcome of one threshold against a run.
struct ThresholdVerdict
{
    Threshold threshold;
    bool measured = false;  // false: the run has no value for the metric (counts as a fail)
    bool applicable = true; // false: the server cannot provide the metric (passes, says why)
    double value = 0;
    bool passed = false;
    QString detail;  // "p95_ms = 12 (< 100)", or why it was not measured

    QJsonObject toJson() const;
};

// Looks a metric up in a run; nullopt when the run has no value for it (no samples, or
// not measured, e.g. lost_updates without an admin account).
using MetricLookup = std::function<std::optional<double>(const QString &metric)>;

// Metrics the server under test cannot provide, with the reason (e.g. "delivery" when the
// dialect numbers no events): their thresholds are reported "n/a" and do not fail the run.
using NotApplicable = QMap<QString, QString>;

QList<ThresholdVerdict> evaluateThresholds(const QList<Threshold> &thresholds,
                                           const MetricLookup &lookup,
                                           const NotApplicable &notApplicable = {});
bool allPassed(const QList<ThresholdVerdict> &verdicts);

// A number as the reports print it: integers without decimals, ratios with up to 4.
QString formatMetric(double value);

}  // namespace Dms
