// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/threshold.h"

#include <QCoreApplication>

#include <cmath>

namespace Dms {

namespace {

struct ThresholdText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::Threshold)
};

QStringList buildKnownMetrics()
{
    QStringList names;
    // Latency families: POST sent → frame (bare), → table model, server emit → frame,
    // POST round trip, notification, reconnect and resync after a storm.
    const QStringList families{QString(), QStringLiteral("model_"), QStringLiteral("emit_"),
                               QStringLiteral("action_"), QStringLiteral("reconnect_"),
                               QStringLiteral("resync_"), QStringLiteral("window_"),
                               QStringLiteral("model_window_"), QStringLiteral("status_"),
                               QStringLiteral("status_model_"), QStringLiteral("status_lag_"),
                               QStringLiteral("fetch_lag_")};
    const QStringList stats{QStringLiteral("p50_ms"), QStringLiteral("p90_ms"),
                            QStringLiteral("p95_ms"), QStringLiteral("p99_ms"),
                            QStringLiteral("max_ms"), QStringLiteral("mean_ms")};
    for (const QString &family : families) {
        for (const QString &stat : stats)
            names.append(family + stat);
    }
    names << QStringLiteral("delivery") << QStringLiteral("change_delivery")
          << QStringLiteral("expected") << QStringLiteral("delivered")
          << QStringLiteral("missing") << QStringLiteral("late")
          << QStringLiteral("missed_while_down") << QStringLiteral("leaks")
          << QStringLiteral("duplicates") << QStringLiteral("order_violations")
          << QStringLiteral("seq_gaps") << QStringLiteral("missed_events")
          << QStringLiteral("frames") << QStringLiteral("refetches")
          << QStringLiteral("refetches_per_event") << QStringLiteral("row_fetches")
          << QStringLiteral("rest_gets") << QStringLiteral("rest_get_bytes")
          << QStringLiteral("gets_per_event") << QStringLiteral("get_bytes_per_event")
          << QStringLiteral("reconnects")
          << QStringLiteral("lost_updates") << QStringLiteral("model_missing")
          << QStringLiteral("unexpected_events") << QStringLiteral("actions")
          << QStringLiteral("action_errors") << QStringLiteral("actions_skipped")
          << QStringLiteral("changes") << QStringLiteral("notifications")
          << QStringLiteral("setup_failures") << QStringLiteral("not_live")
          << QStringLiteral("users") << QStringLiteral("all_live_ms")
          << QStringLiteral("all_resynced_ms") << QStringLiteral("storm_not_back")
          << QStringLiteral("rss_mb") << QStringLiteral("rss_per_user_kb")
          << QStringLiteral("cpu_ms_per_event");
    return names;
}

}  // namespace

bool Threshold::isStageName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-')))
            return false;
    }
    return true;
}

const QStringList &Threshold::knownMetrics()
{
    static const QStringList names = buildKnownMetrics();
    return names;
}

bool Threshold::isKnownMetric(const QString &name)
{
    return knownMetrics().contains(name);
}

QString Threshold::opText(Op op)
{
    switch (op) {
        case Op::Less: return QStringLiteral("<");
        case Op::LessEqual: return QStringLiteral("<=");
        case Op::Greater: return QStringLiteral(">");
        case Op::GreaterEqual: return QStringLiteral(">=");
        case Op::Equal: return QStringLiteral("==");
        case Op::NotEqual: return QStringLiteral("!=");
    }
    return QString();
}

bool Threshold::holds(double measured) const
{
    switch (op) {
        case Op::Less: return measured < value;
        case Op::LessEqual: return measured <= value;
        case Op::Greater: return measured > value;
        case Op::GreaterEqual: return measured >= value;
        case Op::Equal: return measured == value;
        case Op::NotEqual: return measured != value;
    }
    return false;
}

bool Threshold::parse(const QString &input, Threshold *out, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(ThresholdText::tr("empty threshold: expected \"METRIC OP NUMBER\", e.g. \"p95_ms < 100\""));
    const int lead = int(input.indexOf(text.at(0)));  // for columns relative to the input

    int i = 0;
    while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('_')))
        ++i;
    const QString metric = text.left(i);
    if (metric.isEmpty())
        return fail(ThresholdText::tr("column %1: expected a metric name, found \"%2\"").arg(lead + 1).arg(text.at(0)));
    if (!isKnownMetric(metric))
        return fail(ThresholdText::tr("unknown metric \"%1\" (known: %2)")
                        .arg(metric, knownMetrics().join(QStringLiteral(", "))));
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    const int opColumn = lead + i + 1;
    static const struct { const char *text; Op op; } ops[] = {
        {"<=", Op::LessEqual}, {">=", Op::GreaterEqual}, {"==", Op::Equal},
        {"!=", Op::NotEqual},  {"<", Op::Less},          {">", Op::Greater},
    };
    bool found = false;
    Op op = Op::Less;
    for (const auto &candidate : ops) {
        const QLatin1String token(candidate.text);
        if (QStringView(text).mid(i).startsWith(token)) {
            op = candidate.op;
            i += int(token.size());
            found = true;
            break;
        }
    }
    if (!found) {
        const QString rest = text.mid(i);
        return fail(ThresholdText::tr("column %1: expected an operator (< <= > >= == !=) after \"%2\", found \"%3\"")
                        .arg(opColumn)
                        .arg(metric, rest.isEmpty() ? ThresholdText::tr("end of text") : rest.left(8)));
    }
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    const int numberColumn = lead + i + 1;
    int end = i;
    while (end < text.size() && !text.at(end).isSpace())
        ++end;
    const QString number = text.mid(i, end - i);
    if (number.isEmpty())
        return fail(ThresholdText::tr("column %1: expected a number after \"%2 %3\"")
                        .arg(numberColumn)
                        .arg(metric, opText(op)));
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return fail(ThresholdText::tr("column %1: \"%2\" is not a number").arg(numberColumn).arg(number));

    // Options: "@STAGE" and "abort_on_fail", in any order, once each.
    QString stage;
    bool abortOnFail = false;
    i = end;
    while (i < text.size()) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (i >= text.size())
            break;
        const int column = lead + i + 1;
        int wordEnd = i;
        while (wordEnd < text.size() && !text.at(wordEnd).isSpace())
            ++wordEnd;
        const QString word = text.mid(i, wordEnd - i);
        if (word.startsWith(QLatin1Char('@'))) {
            const QString name = word.mid(1);
            if (!stage.isEmpty())
                return fail(ThresholdText::tr("column %1: a threshold names one stage, not two").arg(column));
            if (!isStageName(name))
                return fail(ThresholdText::tr("column %1: \"%2\" is not a stage name (letters, digits, _ . -)")
                                .arg(column)
                                .arg(word));
            stage = name;
        } else if (word == QLatin1String("abort_on_fail")) {
            abortOnFail = true;
        } else {
            return fail(ThresholdText::tr("column %1: expected \"@STAGE\" or \"abort_on_fail\" after the number, "
                           "found \"%2\"")
                            .arg(column)
                            .arg(word));
        }
        i = wordEnd;
    }
    if (!stage.isEmpty() && !stageMetrics().contains(metric))
        return fail(ThresholdText::tr("%1 has no value per stage (per stage: %2)")
                        .arg(metric, stageMetrics().join(QStringLiteral(", "))));

    out->text = text;
    out->metric = metric;
    out->op = op;
    out->value = value;
    out->stage = stage;
    out->abortOnFail = abortOnFail;
    return true;
}

QString Threshold::lookupKey() const
{
    return stage.isEmpty() ? metric : metric + QLatin1Char('@') + stage;
}

QString Threshold::canonicalText() const
{
    QString t = QStringLiteral("%1 %2 %3").arg(metric, opText(op), formatMetric(value));
    if (!stage.isEmpty())
        t += QStringLiteral(" @") + stage;
    if (abortOnFail)
        t += QStringLiteral(" abort_on_fail");
    return t;
}

const QStringList &Threshold::stageMetrics()
{
    static const QStringList names = [] {
        QStringList n;
        const QStringList stats{QStringLiteral("p50_ms"), QStringLiteral("p90_ms"),
                                QStringLiteral("p95_ms"), QStringLiteral("p99_ms"),
                                QStringLiteral("max_ms"), QStringLiteral("mean_ms")};
        for (const QString &family : {QString(), QStringLiteral("model_"), QStringLiteral("emit_")}) {
            for (const QString &stat : stats)
                n.append(family + stat);
        }
        n << QStringLiteral("change_delivery") << QStringLiteral("expected")
          << QStringLiteral("delivered") << QStringLiteral("missing") << QStringLiteral("leaks")
          << QStringLiteral("changes") << QStringLiteral("actions")
          << QStringLiteral("action_errors") << QStringLiteral("users");
        return n;
    }();
    return names;
}

bool Threshold::isGrowingCount(const QString &metric)
{
    static const QStringList counts{
        QStringLiteral("missing"),         QStringLiteral("late"),
        QStringLiteral("leaks"),           QStringLiteral("duplicates"),
        QStringLiteral("order_violations"), QStringLiteral("seq_gaps"),
        QStringLiteral("missed_events"),   QStringLiteral("action_errors"),
        QStringLiteral("actions_skipped"), QStringLiteral("model_missing"),
        QStringLiteral("unexpected_events"), QStringLiteral("setup_failures")};
    return counts.contains(metric);
}

bool Threshold::failsForGood(double measuredNow) const
{
    if (holds(measuredNow) || !isGrowingCount(metric))
        return false;
    // The count can only rise: past an upper limit (or an exact one) it stays failing.
    switch (op) {
        case Op::Less:
        case Op::LessEqual:
            return true;
        case Op::Equal:
            return measuredNow > value;
        case Op::Greater:
        case Op::GreaterEqual:
        case Op::NotEqual:
            return false;
    }
    return false;
}

QString formatMetric(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    if (std::fabs(value) < 10)
        return QString::number(value, 'f', 4);
    return QString::number(value, 'f', 1);
}

QJsonObject ThresholdVerdict::toJson() const
{
    QJsonObject o{{QStringLiteral("threshold"), threshold.text},
                  {QStringLiteral("metric"), threshold.metric},
                  {QStringLiteral("passed"), passed},
                  {QStringLiteral("measured"), measured},
                  {QStringLiteral("applicable"), applicable},
                  {QStringLiteral("detail"), detail}};
    if (measured)
        o.insert(QStringLiteral("value"), value);
    return o;
}

QList<ThresholdVerdict> evaluateThresholds(const QList<Threshold> &thresholds,
                                           const MetricLookup &lookup,
                                           const NotApplicable &notApplicable)
{
    QList<ThresholdVerdict> verdicts;
    verdicts.reserve(thresholds.size());
    for (const Threshold &t : thresholds) {
        ThresholdVerdict v;
        v.threshold = t;
        const std::optional<double> value = lookup ? lookup(t.lookupKey()) : std::nullopt;
        if (!value && notApplicable.contains(t.metric)) {
            v.applicable = false;
            v.passed = true;
            v.detail = ThresholdText::tr("not applicable: %1").arg(notApplicable.value(t.metric));
        } else if (!value) {
            v.measured = false;
            v.passed = false;
            v.detail = t.stage.isEmpty() ? ThresholdText::tr("%1 was not measured in this run").arg(t.metric)
                                         : ThresholdText::tr("%1 was not measured in stage %2").arg(t.metric, t.stage);
        } else {
            v.measured = true;
            v.value = *value;
            v.passed = t.holds(*value);
            v.detail = QStringLiteral("%1 = %2 (%3 %4)")
                           .arg(t.lookupKey(), formatMetric(*value), Threshold::opText(t.op),
                                formatMetric(t.value));
        }
        verdicts.append(v);
    }
    return verdicts;
}

bool allPassed(const QList<ThresholdVerdict> &verdicts)
{
    for (const ThresholdVerdict &v : verdicts) {
        if (!v.passed)
            return false;
    }
    return true;
}

}  // namespace Dms
