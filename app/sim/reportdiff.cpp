// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/reportdiff.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

#include "sim/simreport.h"
#include "sim/threshold.h"

namespace Dms {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Dms::ReportDiff)
};

// ---- the default limits ---------------------------------------------------------------
//
// Measured on the 2-core CI machine with other builds running (load 3-7), with
// tests/integration/tst_simulate_cli reportDiff_* (crate-relocation, 8 users, two runs of one
// build against fresh servers at once), the largest same-build move of each metric:
//   at 3 actions/s for 10 s (≈ 250 receipts; 17 runs, 6 of them two tests at once): p50,
//   p90, p95 and mean of every family ≤ 68 ms (model_p95_ms 239 → 171); p99, max and the
//   worst window ≤ 224 ms (model_p99_ms 399 → 623);
//   at 2 actions/s for 5 s (80 receipts; 11 runs): p50 and mean ≤ 48 ms, p90 to max ≤ 238 ms
//   (a stall of the machine delays every receipt of a change or two: the tail of a short run);
//   rss_per_user_kb ≤ 4 %, cpu_ms_per_event ≤ 13 %, every count of a fault 0 throughout.
// The first guess, +10 % and +25 ms for every latency, failed 2 of 6 short runs. A server
// that holds each event 300 ms back moves p95_ms from 22-61 ms to over 1 s (the events queue
// behind each other), far past any of the limits below.

// Latency percentiles up to p95 and means, every family (POST → frame, → table, emit →
// frame, the POST's round trip, storms): a share, and a slack of 1.5 times the largest
// same-build move (small values jump by whole milliseconds and by a stall's length).
constexpr double LatencyRelative = 0.10;
constexpr double LatencyAbsoluteMs = 100;
// p99 and max (in a short run one or two samples), the worst window's figures and the storm
// times: the tail a stall of the machine lands in (1.8 times the largest move).
constexpr double TailRelative = 0.50;
constexpr double TailAbsoluteMs = 400;
// Delivery ratios: a drop of more than 0.1 percentage point.
constexpr double DeliveryDrop = 0.001;
// Refetches per event: coalescing that stops working shows as a large rise.
constexpr double RefetchRelative = 0.25;
constexpr double RefetchAbsolute = 0.1;
// This process's memory and CPU per event.
constexpr double MemoryRelative = 0.20;
constexpr double CpuRelative = 0.50;

const QStringList &faultCounts()
{
    // Each one counts something that must not happen: any increase is a regression.
    static const QStringList names{
        QStringLiteral("missing"),       QStringLiteral("late"),
        QStringLiteral("leaks"),         QStringLiteral("duplicates"),
        QStringLiteral("order_violations"), QStringLiteral("seq_gaps"),
        QStringLiteral("missed_events"), QStringLiteral("lost_updates"),
        QStringLiteral("model_missing"), QStringLiteral("action_errors"),
        QStringLiteral("setup_failures"), QStringLiteral("not_live"),
        QStringLiteral("storm_not_back")};
    return names;
}

// The unit a metric is counted in, for texts.
QString unitOf(const QString &metric)
{
    if (metric.endsWith(QLatin1String("_ms")))
        return QStringLiteral(" ms");
    if (metric.endsWith(QLatin1String("_mb")))
        return QStringLiteral(" MB");
    if (metric.endsWith(QLatin1String("_kb")))
        return QStringLiteral(" KB");
    return QString();
}

// A change or a limit, short: "986.1", "-1.8", "0.001", "-0.2778".
QString compactNumber(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    if (std::fabs(value) >= 1000)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', 4);
}

QString signedNumber(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + compactNumber(value);
}

// "10 %", "51.7 %", "1500 %".
QString percentText(double fraction)
{
    const double percent = fraction * 100.0;
    const bool whole = std::fabs(percent) >= 100 || std::fabs(percent - std::round(percent)) < 0.05;
    return QString::number(percent, 'f', whole ? 0 : 1) + QStringLiteral(" %");
}

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString directionName(MetricDirection d)
{
    switch (d) {
        case MetricDirection::LowerIsBetter: return QStringLiteral("lower_is_better");
        case MetricDirection::HigherIsBetter: return QStringLiteral("higher_is_better");
        case MetricDirection::Neutral: return QStringLiteral("neutral");
    }
    return QString();
}

// Whether a move of amount (> 0) is past every part of the limit.
bool pastLimit(double amount, double baseline, const MetricLimit &limit)
{
    if (!(amount > 0) || !limit.isSet())
        return false;
    if (limit.absolute && !(amount > *limit.absolute))
        return false;
    if (limit.relative && baseline != 0 && !(amount / std::fabs(baseline) > *limit.relative))
        return false;
    return true;  // a relative limit on a baseline of 0: any move is infinitely many percent
}

}  // namespace

// ---- rules ------------------------------------------------------------------------------

MetricRule defaultMetricRule(const QString &m)
{
    MetricRule r;
    const auto lower = [&r](std::optional<double> relative, std::optional<double> absolute) {
        r.direction = MetricDirection::LowerIsBetter;
        r.limit.relative = relative;
        r.limit.absolute = absolute;
        return r;
    };
    if (m.endsWith(QLatin1String("_ms"))) {
        const bool tail = m.endsWith(QLatin1String("max_ms")) || m.endsWith(QLatin1String("p99_ms")) ||
                          m.contains(QLatin1String("window_")) || m.startsWith(QLatin1String("all_"));
        return tail ? lower(TailRelative, TailAbsoluteMs) : lower(LatencyRelative, LatencyAbsoluteMs);
    }
    if (m == QLatin1String("delivery") || m == QLatin1String("change_delivery")) {
        r.direction = MetricDirection::HigherIsBetter;
        r.limit.absolute = DeliveryDrop;
        return r;
    }
    if (faultCounts().contains(m))
        return lower(std::nullopt, 0.0);
    if (m == QLatin1String("refetches_per_event") || m == QLatin1String("gets_per_event"))
        return lower(RefetchRelative, RefetchAbsolute);
    if (m == QLatin1String("get_bytes_per_event"))
        return lower(RefetchRelative, std::nullopt);
    if (m == QLatin1String("rss_mb") || m == QLatin1String("rss_per_user_kb"))
        return lower(MemoryRelative, std::nullopt);
    if (m == QLatin1String("cpu_ms_per_event"))
        return lower(CpuRelative, std::nullopt);
    // Informational: how much the run did (it follows the rate and the machine), and what
    // follows from it (refetches, reconnects and what was missed while down: storms cause
    // them on purpose).
    if (m == QLatin1String("actions") || m == QLatin1String("changes") || m == QLatin1String("delivered") ||
        m == QLatin1String("frames") || m == QLatin1String("notifications"))
        r.direction = MetricDirection::HigherIsBetter;
    else if (m == QLatin1String("refetches") || m == QLatin1String("row_fetches") ||
             m == QLatin1String("rest_gets") || m == QLatin1String("rest_get_bytes") ||
             m == QLatin1String("reconnects") ||
             m == QLatin1String("missed_while_down") || m == QLatin1String("actions_skipped"))
        r.direction = MetricDirection::LowerIsBetter;
    return r;  // expected, users, unexpected_events: neutral
}

QString MetricLimit::text(const QString &metric) const
{
    if (!isSet())
        return QStringLiteral("-");
    const MetricDirection direction = defaultMetricRule(metric).direction;
    if (absolute && *absolute == 0 && !relative)
        return direction == MetricDirection::LowerIsBetter    ? Text::tr("any increase")
               : direction == MetricDirection::HigherIsBetter ? Text::tr("any drop")
                                                              : Text::tr("any change");
    const QString sign = direction == MetricDirection::LowerIsBetter    ? QStringLiteral("+")
                         : direction == MetricDirection::HigherIsBetter ? QStringLiteral("-")
                                                                        : QStringLiteral("±");
    QStringList parts;
    if (relative)
        parts.append(sign + percentText(*relative));
    if (absolute)
        parts.append(sign + compactNumber(*absolute) + unitOf(metric));
    return parts.join(Text::tr(" and "));
}

QJsonObject MetricLimit::toJson() const
{
    return QJsonObject{{QStringLiteral("relative"), optionalJson(relative)},
                       {QStringLiteral("absolute"), optionalJson(absolute)}};
}

bool RegressionLimits::add(const QString &spec, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return fail(Text::tr("\"%1\": expected NAME=LIMIT, e.g. p95_ms=10% or p95_ms=50").arg(spec));
    const QString name = spec.left(eq).trimmed();
    QString value = spec.mid(eq + 1).trimmed();
    if (!Threshold::isKnownMetric(name))
        return fail(Text::tr("\"%1\": unknown metric \"%2\" (known: %3)")
                        .arg(spec, name, Threshold::knownMetrics().join(QStringLiteral(", "))));
    const bool percent = value.endsWith(QLatin1Char('%'));
    if (percent)
        value.chop(1);
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < 0)
        return fail(Text::tr("\"%1\": the limit must be a number of at least 0, with % for a share "
                             "of the baseline (p95_ms=10%) or without for the metric's unit (p95_ms=50)")
                        .arg(spec));
    // The first limit given for a metric replaces its default; a second of the other kind
    // joins it ("p95_ms=10%" and "p95_ms=50": past both).
    MetricLimit &limit = m_limits[name];
    if (percent)
        limit.relative = number / 100.0;
    else
        limit.absolute = number;
    return true;
}

MetricLimit RegressionLimits::limitFor(const QString &metric) const
{
    return m_limits.contains(metric) ? m_limits.value(metric) : defaultMetricRule(metric).limit;
}

QString diffVerdictName(DiffVerdict verdict)
{
    switch (verdict) {
        case DiffVerdict::Ok: return QStringLiteral("ok");
        case DiffVerdict::Regressed: return QStringLiteral("regressed");
        case DiffVerdict::Improved: return QStringLiteral("improved");
        case DiffVerdict::Info: return QStringLiteral("info");
        case DiffVerdict::NotCompared: return QStringLiteral("n/a");
    }
    return QString();
}

// ---- one metric ------------------------------------------------------------------------

std::optional<double> MetricDiff::change() const
{
    if (!baseline || !current)
        return std::nullopt;
    return *current - *baseline;
}

std::optional<double> MetricDiff::relativeChange() const
{
    if (!baseline || !current || *baseline == 0)
        return std::nullopt;
    return (*current - *baseline) / std::fabs(*baseline);
}

QString MetricDiff::changeText() const
{
    const std::optional<double> delta = change();
    if (!delta)
        return QStringLiteral("-");
    if (*delta == 0)
        return QStringLiteral("0");
    QString text = signedNumber(*delta);
    if (const std::optional<double> rel = relativeChange())
        text += QStringLiteral(" (%1%2)").arg(*rel > 0 ? QStringLiteral("+") : QString(), percentText(*rel));
    return text;
}

QString MetricDiff::describe() const
{
    const QString unit = unitOf(metric);
    const auto value = [&unit](const std::optional<double> &v) -> QString {
        return v ? formatMetric(*v) + unit : Text::tr("not measured");
    };
    const std::optional<double> delta = change();
    if (!delta)
        return Text::tr("%1 %2 (baseline %3)").arg(metric, value(current), value(baseline));
    QString text = Text::tr("%1 %2 (baseline %3, %4%5").arg(metric, value(current), value(baseline),
                                                             signedNumber(*delta), unit);
    if (const std::optional<double> rel = relativeChange())
        text += QStringLiteral(", %1%2").arg(*rel > 0 ? QStringLiteral("+") : QString(), percentText(*rel));
    text += QLatin1Char(')');
    if (limit.isSet())
        text += Text::tr("; limit %1").arg(limit.text(metric));
    return text + QStringLiteral(": ") + diffVerdictName(verdict);
}

QJsonObject MetricDiff::toJson() const
{
    QJsonObject limitJson = limit.toJson();
    limitJson.insert(QStringLiteral("text"), limit.text(metric));
    return QJsonObject{{QStringLiteral("metric"), metric},
                       {QStringLiteral("baseline"), optionalJson(baseline)},
                       {QStringLiteral("current"), optionalJson(current)},
                       {QStringLiteral("change"), optionalJson(change())},
                       {QStringLiteral("relative_change"), optionalJson(relativeChange())},
                       {QStringLiteral("direction"), directionName(direction)},
                       {QStringLiteral("limit"), limitJson},
                       {QStringLiteral("verdict"), diffVerdictName(verdict)}};
}

// ---- two runs ----------------------------------------------------------------------------

ReportDiff ReportDiff::compare(const SimReport &baseline, const SimReport &current, const RegressionLimits &limits)
{
    ReportDiff d;
    d.baselineScenario = baseline.scenarioName;
    d.currentScenario = current.scenarioName;
    if (baseline.scenarioName != current.scenarioName)
        d.warnings.append(Text::tr("the runs are of different scenarios (\"%1\" and \"%2\"): the figures may not compare")
                              .arg(baseline.scenarioName, current.scenarioName));
    const auto differs = [&d](const QString &what, double a, double b) {
        if (a != b)
            d.warnings.append(Text::tr("the runs differ in %1 (%2 and %3): counts follow it")
                                  .arg(what, formatMetric(a), formatMetric(b)));
    };
    differs(Text::tr("users"), baseline.users, current.users);
    differs(Text::tr("rate"), baseline.rate, current.rate);
    differs(Text::tr("duration"), baseline.durationS, current.durationS);
    if (baseline.aborted)
        d.warnings.append(Text::tr("the baseline run was aborted"));
    if (current.aborted)
        d.warnings.append(Text::tr("the current run was aborted"));

    for (const QString &name : Threshold::knownMetrics()) {
        MetricDiff m;
        m.metric = name;
        m.baseline = baseline.metric(name);
        m.current = current.metric(name);
        if (!m.baseline && !m.current)
            continue;
        m.direction = defaultMetricRule(name).direction;
        m.limit = limits.limitFor(name);
        if (!m.baseline || !m.current) {
            m.verdict = DiffVerdict::NotCompared;
        } else if (!m.limit.isSet()) {
            m.verdict = DiffVerdict::Info;
        } else {
            const double delta = *m.current - *m.baseline;
            const double worse = m.direction == MetricDirection::HigherIsBetter ? -delta
                                 : m.direction == MetricDirection::LowerIsBetter ? delta
                                                                                  : std::fabs(delta);
            const double better = m.direction == MetricDirection::Neutral ? 0 : -worse;
            if (pastLimit(worse, *m.baseline, m.limit))
                m.verdict = DiffVerdict::Regressed;
            else if (pastLimit(better, *m.baseline, m.limit))
                m.verdict = DiffVerdict::Improved;
            else
                m.verdict = DiffVerdict::Ok;
        }
        d.metrics.append(m);
    }
    return d;
}

const MetricDiff *ReportDiff::find(const QString &metric) const
{
    for (const MetricDiff &m : metrics) {
        if (m.metric == metric)
            return &m;
    }
    return nullptr;
}

QList<MetricDiff> ReportDiff::regressions() const
{
    QList<MetricDiff> out;
    for (const MetricDiff &m : metrics) {
        if (m.verdict == DiffVerdict::Regressed)
            out.append(m);
    }
    return out;
}

QString ReportDiff::tableText() const
{
    const QStringList header{Text::tr("metric"), Text::tr("baseline"), Text::tr("current"), Text::tr("change"),
                             Text::tr("limit"), Text::tr("verdict")};
    QList<QStringList> rows;
    int improved = 0;
    for (const MetricDiff &m : metrics) {
        const auto value = [](const std::optional<double> &v) -> QString {
            return v ? formatMetric(*v) : QStringLiteral("-");
        };
        const QString verdict = m.verdict == DiffVerdict::Regressed ? Text::tr("REGRESSED")
                                : m.verdict == DiffVerdict::Improved ? Text::tr("improved")
                                : m.verdict == DiffVerdict::Ok      ? Text::tr("ok")
                                : m.verdict == DiffVerdict::Info    ? Text::tr("info")
                                                                    : Text::tr("n/a");
        improved += m.verdict == DiffVerdict::Improved ? 1 : 0;
        rows.append({m.metric, value(m.baseline), value(m.current), m.changeText(),
                     m.limit.isSet() ? m.limit.text(m.metric) : QStringLiteral("-"), verdict});
    }
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths.at(c), row.at(c).size());
    }
    const auto line = [&widths](const QStringList &cells) -> QString {
        QString out = QStringLiteral(" ");
        for (qsizetype c = 0; c < cells.size(); ++c) {
            // Names and texts to the left, the figures to the right.
            const bool number = c == 1 || c == 2;
            const QString cell = number ? cells.at(c).rightJustified(widths.at(c), QLatin1Char(' '))
                                        : cells.at(c).leftJustified(widths.at(c), QLatin1Char(' '));
            out += QLatin1Char(' ') + cell;
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };

    QString t = Text::tr("Baseline %1 (%2), current %3 (%4)\n")
                    .arg(baselineLabel, baselineScenario, currentLabel, currentScenario);
    t += line(header);
    for (const QStringList &row : std::as_const(rows))
        t += line(row);
    const QList<MetricDiff> worse = regressions();
    if (worse.isEmpty()) {
        t += improved ? Text::tr("Result: OK, no metric regressed past its limit (%n improved)\n", nullptr, improved)
                      : Text::tr("Result: OK, no metric regressed past its limit\n");
    } else {
        QStringList names;
        for (const MetricDiff &m : worse)
            names.append(m.metric);
        t += Text::tr("Result: REGRESSED, %n metric(s) past the limit: %1\n", nullptr, int(worse.size()))
                 .arg(names.join(QStringLiteral(", ")));
    }
    return t;
}

QJsonObject ReportDiff::toJson() const
{
    QJsonArray list;
    for (const MetricDiff &m : metrics)
        list.append(m.toJson());
    QJsonArray regressed;
    for (const MetricDiff &m : regressions())
        regressed.append(m.metric);
    return QJsonObject{{QStringLiteral("schema"), schemaName()},
                       {QStringLiteral("baseline"), QJsonObject{{QStringLiteral("file"), baselineLabel},
                                                                {QStringLiteral("scenario"), baselineScenario}}},
                       {QStringLiteral("current"), QJsonObject{{QStringLiteral("file"), currentLabel},
                                                               {QStringLiteral("scenario"), currentScenario}}},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                       {QStringLiteral("regressed"), regressed},
                       {QStringLiteral("passed"), regressed.isEmpty()},
                       {QStringLiteral("metrics"), list}};
}

}  // namespace Dms
