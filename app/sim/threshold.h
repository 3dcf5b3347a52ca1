#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Dms {

// One pass/fail rule of a scenario, as data: "METRIC OP NUMBER", e.g. "p95_ms < 100",
// "delivery >= 0.999", "leaks == 0". OP is one of < <= > >= == !=.
struct Threshold
{
    enum class Op { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual };

    QString text;    // as written (trimmed)
    QString metric;  // e.g. "p95_ms"
    Op op = Op::Less;
    double value = 0;

    bool holds(double measured) const;
    static QString opText(Op op);

    // Parses one rule; on failure returns false and says what is wrong and where (the
    // column, 1-based, within the text). Metric names are checked against knownMetrics().
    static bool parse(const QString &text, Threshold *out, QString *error);
    // Every metric a threshold may name (docs/scenarios.md explains each).
    static const QStringList &knownMetrics();
    static bool isKnownMetric(const QString &name);
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
