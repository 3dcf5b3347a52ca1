// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/simreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QXmlStreamWriter>

#include <algorithm>
#include <functional>

namespace Dms {

namespace {

struct SimReportText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::SimReport)
};

QJsonObject notApplicableJson(const NotApplicable &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonArray idList(const QList<EntityId> &list)
{
    QJsonArray a;
    for (const EntityId &id : list)
        a.append(id.toJson());
    return a;
}

// Reports of either era: ids written as numbers (0 for none) or as strings.
EntityId idFrom(const QJsonObject &o, const char *key)
{
    return EntityId::fromJsonOrNull(o.value(QLatin1String(key)));
}

QList<EntityId> idListFrom(const QJsonValue &value)
{
    QList<EntityId> out;
    for (const QJsonValue &v : value.toArray()) {
        const EntityId id = EntityId::fromJsonOrNull(v);
        if (id.isValid())
            out.append(id);
    }
    return out;
}

QString idListText(const QList<EntityId> &ids)
{
    QStringList parts;
    for (const EntityId &id : ids)
        parts.append(id.toString());
    return parts.join(QStringLiteral(", "));
}

qint64 i64(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger(0);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool histFrom(const QJsonObject &o, const char *key, LatencyHistogram *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        *out = LatencyHistogram();
        return true;
    }
    QString why;
    if (!LatencyHistogram::fromJson(v.toObject(), out, &why)) {
        *error = QStringLiteral("%1: %2").arg(QLatin1String(key), why);
        return false;
    }
    return true;
}

// The counter fields, listed once for JSON in both directions and for addition.
struct CounterField
{
    const char *name;
    qint64 SimCounters::*member;
};

constexpr CounterField CounterFields[] = {
    {"actions", &SimCounters::actions},
    {"action_errors", &SimCounters::actionErrors},
    {"actions_skipped", &SimCounters::actionsSkipped},
    {"changes", &SimCounters::changes},
    {"expected", &SimCounters::expected},
    {"delivered", &SimCounters::delivered},
    {"missing", &SimCounters::missing},
    {"late", &SimCounters::late},
    {"missed_while_down", &SimCounters::missedWhileDown},
    {"leaks", &SimCounters::leaks},
    {"duplicates", &SimCounters::duplicates},
    {"order_violations", &SimCounters::orderViolations},
    {"seq_gaps", &SimCounters::seqGaps},
    {"missed_events", &SimCounters::missedEvents},
    {"frames", &SimCounters::frames},
    {"notifications", &SimCounters::notifications},
    {"refetches", &SimCounters::refetches},
    {"row_fetches", &SimCounters::rowFetches},
    {"rest_gets", &SimCounters::restGets},
    {"rest_get_bytes", &SimCounters::restGetBytes},
    {"reconnects", &SimCounters::reconnects},
    {"model_shown", &SimCounters::modelShown},
    {"model_missing", &SimCounters::modelMissing},
    {"unexpected_events", &SimCounters::unexpectedEvents},
    {"lost_updates", &SimCounters::lostUpdates},
    {"users_verified", &SimCounters::usersVerified},
    {"setup_failures", &SimCounters::setupFailures},
    {"not_live", &SimCounters::notLive},
};

struct UserField
{
    const char *name;
    qint64 SimUserStats::*member;
};

constexpr UserField UserFields[] = {
    {"expected", &SimUserStats::expected},
    {"received", &SimUserStats::received},
    {"missing", &SimUserStats::missing},
    {"late", &SimUserStats::late},
    {"leaks", &SimUserStats::leaks},
    {"duplicates", &SimUserStats::duplicates},
    {"frames", &SimUserStats::frames},
    {"missed_events", &SimUserStats::missedEvents},
    {"seq_gaps", &SimUserStats::seqGaps},
    {"order_violations", &SimUserStats::orderViolations},
    {"refetches", &SimUserStats::refetches},
    {"reconnects", &SimUserStats::reconnects},
    {"lost_updates", &SimUserStats::lostUpdates},
    {"latency_sum_ms", &SimUserStats::latencySumMs},
    {"latency_count", &SimUserStats::latencyCount},
    {"max_latency_ms", &SimUserStats::maxLatencyMs},
    {"last_latency_ms", &SimUserStats::lastLatencyMs},
    {"last_model_latency_ms", &SimUserStats::lastModelLatencyMs},
};

std::optional<double> histStat(const LatencyHistogram &h, const QString &stat)
{
    if (h.isEmpty())
        return std::nullopt;
    if (stat == QLatin1String("max_ms"))
        return double(h.max());
    if (stat == QLatin1String("mean_ms"))
        return h.mean();
    static const QMap<QString, double> ranks{{QStringLiteral("p50_ms"), 50},
                                             {QStringLiteral("p90_ms"), 90},
                                             {QStringLiteral("p95_ms"), 95},
                                             {QStringLiteral("p99_ms"), 99}};
    if (!ranks.contains(stat))
        return std::nullopt;
    const std::optional<qint64> v = h.percentile(ranks.value(stat));
    return v ? std::optional<double>(double(*v)) : std::nullopt;
}

QString pct(const LatencyHistogram &h, double p)
{
    const std::optional<qint64> v = h.percentile(p);
    return v ? QString::number(*v) : QStringLiteral("-");
}

QString latencyLine(const LatencyHistogram &h)
{
    if (h.isEmpty())
        return SimReportText::tr("no samples");
    return SimReportText::tr("p50 %1  p90 %2  p95 %3  p99 %4  max %5  (%6 samples)")
        .arg(pct(h, 50), pct(h, 90), pct(h, 95), pct(h, 99), QString::number(h.max()))
        .arg(h.count());
}

QString ratio(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 4) : QStringLiteral("-");
}

}  // namespace

// ------------------------------------------------------------------------- counters

void SimCounters::add(const SimCounters &other)
{
    for (const CounterField &f : CounterFields)
        this->*f.member += other.*f.member;
}

QJsonObject SimCounters::toJson() const
{
    QJsonObject o;
    for (const CounterField &f : CounterFields)
        o.insert(QLatin1String(f.name), this->*f.member);
    return o;
}

SimCounters SimCounters::fromJson(const QJsonObject &object)
{
    SimCounters c;
    for (const CounterField &f : CounterFields)
        c.*f.member = i64(object, f.name);
    return c;
}

// -------------------------------------------------------------------------- windows

void SimWindow::merge(const SimWindow &other)
{
    frame.merge(other.frame);
    model.merge(other.model);
    emit.merge(other.emit);
    changes += other.changes;
    expected += other.expected;
    delivered += other.delivered;
    missing += other.missing;
    leaks += other.leaks;
}

QJsonObject SimWindow::toJson() const
{
    return QJsonObject{{QStringLiteral("start_ms"), startMs},
                       {QStringLiteral("length_ms"), lengthMs},
                       {QStringLiteral("changes"), changes},
                       {QStringLiteral("expected"), expected},
                       {QStringLiteral("delivered"), delivered},
                       {QStringLiteral("missing"), missing},
                       {QStringLiteral("leaks"), leaks},
                       {QStringLiteral("frame"), frame.toJson()},
                       {QStringLiteral("model"), model.toJson()},
                       {QStringLiteral("emit"), emit.toJson()}};
}

bool SimWindow::fromJson(const QJsonObject &o, SimWindow *out, QString *error)
{
    SimWindow w;
    w.startMs = i64(o, "start_ms");
    w.lengthMs = int(i64(o, "length_ms"));
    w.changes = i64(o, "changes");
    w.expected = i64(o, "expected");
    w.delivered = i64(o, "delivered");
    w.missing = i64(o, "missing");
    w.leaks = i64(o, "leaks");
    if (!histFrom(o, "frame", &w.frame, error) || !histFrom(o, "model", &w.model, error) ||
        !histFrom(o, "emit", &w.emit, error))
        return false;
    *out = w;
    return true;
}

// --------------------------------------------------------------------------- stages

std::optional<double> SimStage::changeDelivery() const
{
    const qint64 total = figures.delivered + figures.missing;
    if (total <= 0)
        return std::nullopt;
    return double(figures.delivered) / double(total);
}

std::optional<double> SimStage::metric(const QString &name) const
{
    if (name.startsWith(QLatin1String("model_")))
        return histStat(figures.model, name.mid(6));
    if (name.startsWith(QLatin1String("emit_")))
        return histStat(figures.emit, name.mid(5));
    if (name.endsWith(QLatin1String("_ms")))
        return histStat(figures.frame, name);
    if (name == QLatin1String("change_delivery"))
        return changeDelivery();
    if (name == QLatin1String("expected"))
        return double(figures.expected);
    if (name == QLatin1String("delivered"))
        return double(figures.delivered);
    if (name == QLatin1String("missing"))
        return double(figures.missing);
    if (name == QLatin1String("leaks"))
        return double(figures.leaks);
    if (name == QLatin1String("changes"))
        return double(figures.changes);
    if (name == QLatin1String("actions"))
        return double(actions);
    if (name == QLatin1String("action_errors"))
        return double(actionErrors);
    if (name == QLatin1String("users"))
        return double(users);
    return std::nullopt;
}

void SimStage::merge(const SimStage &other)
{
    startMs = startMs == 0 ? other.startMs : qMin(startMs, other.startMs);
    endMs = qMax(endMs, other.endMs);
    usersTarget += other.usersTarget;
    users += other.users;
    joined += other.joined;
    left += other.left;
    actions += other.actions;
    actionErrors += other.actionErrors;
    figures.merge(other.figures);
}

QJsonObject SimStage::toJson() const
{
    QJsonObject o = figures.toJson();
    o.remove(QStringLiteral("start_ms"));
    o.remove(QStringLiteral("length_ms"));
    o.insert(QStringLiteral("index"), index);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("start_ms"), startMs);
    o.insert(QStringLiteral("end_ms"), endMs);
    o.insert(QStringLiteral("users_target"), usersTarget);
    o.insert(QStringLiteral("users"), users);
    o.insert(QStringLiteral("joined"), joined);
    o.insert(QStringLiteral("left"), left);
    o.insert(QStringLiteral("rate"), rate);
    o.insert(QStringLiteral("actions"), actions);
    o.insert(QStringLiteral("action_errors"), actionErrors);
    return o;
}

bool SimStage::fromJson(const QJsonObject &o, SimStage *out, QString *error)
{
    SimStage st;
    if (!SimWindow::fromJson(o, &st.figures, error))
        return false;
    st.index = int(i64(o, "index"));
    st.name = str(o, "name");
    st.startMs = i64(o, "start_ms");
    st.endMs = i64(o, "end_ms");
    st.figures.startMs = st.index;
    st.figures.lengthMs = 0;
    st.usersTarget = int(i64(o, "users_target"));
    st.users = int(i64(o, "users"));
    st.joined = int(i64(o, "joined"));
    st.left = int(i64(o, "left"));
    st.rate = o.value(QLatin1String("rate")).toDouble();
    st.actions = i64(o, "actions");
    st.actionErrors = i64(o, "action_errors");
    *out = st;
    return true;
}

// ---------------------------------------------------------------------------- users

QJsonObject SimUserStats::toJson() const
{
    QJsonObject o{{QStringLiteral("username"), username},
                  {QStringLiteral("unit_id"), unitId.toJson()},
                  {QStringLiteral("user_id"), userId.toJson()},
                  {QStringLiteral("role"), role},
                  {QStringLiteral("server"), server},
                  {QStringLiteral("state"), state}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    for (const UserField &f : UserFields)
        o.insert(QLatin1String(f.name), this->*f.member);
    if (joinedAtMs > 0)
        o.insert(QStringLiteral("joined_at_ms"), joinedAtMs);
    if (leftAtMs > 0)
        o.insert(QStringLiteral("left_at_ms"), leftAtMs);
    return o;
}

SimUserStats SimUserStats::fromJson(const QJsonObject &o)
{
    SimUserStats s;
    s.username = str(o, "username");
    s.unitId = idFrom(o, "unit_id");
    s.userId = idFrom(o, "user_id");
    s.role = str(o, "role");
    s.server = str(o, "server");
    s.state = str(o, "state");
    s.error = str(o, "error");
    for (const UserField &f : UserFields)
        s.*f.member = i64(o, f.name);
    s.joinedAtMs = i64(o, "joined_at_ms");
    s.leftAtMs = i64(o, "left_at_ms");
    return s;
}

// ---------------------------------------------------------------------------- leaks

QString SimLeak::describe() const
{
    QString target;
    if (targetUserId.isValid()) {
        target = SimReportText::tr("meant only for %1").arg(targetUsername.isEmpty() ? SimReportText::tr("user %1").arg(targetUserId.toString())
                                                                      : targetUsername);
    } else {
        target = SimReportText::tr("meant for unit %1").arg(idListText(targetUnits));
    }
    const QString what = entity == QLatin1String("notification")
                             ? SimReportText::tr("the send-back notification of request %1").arg(entityId.toString())
                             : SimReportText::tr("%1 %2 → %3").arg(entity, entityId.toString(), status);
    return SimReportText::tr("%1 (unit %2) received %3%4, %5")
        .arg(username, unitId.toString(), what,
             number.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(number), target);
}

QJsonObject SimLeak::toJson() const
{
    QJsonObject o{{QStringLiteral("username"), username},
                  {QStringLiteral("unit_id"), unitId.toJson()},
                  {QStringLiteral("entity"), entity},
                  {QStringLiteral("entity_id"), entityId.toJson()},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("number"), number},
                  {QStringLiteral("target_units"), idList(targetUnits)},
                  {QStringLiteral("at_ms"), atMs},
                  {QStringLiteral("description"), describe()}};
    if (targetUserId.isValid()) {
        o.insert(QStringLiteral("target_user_id"), targetUserId.toJson());
        o.insert(QStringLiteral("target_username"), targetUsername);
    }
    return o;
}

SimLeak SimLeak::fromJson(const QJsonObject &o)
{
    SimLeak l;
    l.username = str(o, "username");
    l.unitId = idFrom(o, "unit_id");
    l.entity = str(o, "entity");
    l.entityId = idFrom(o, "entity_id");
    l.status = str(o, "status");
    l.number = str(o, "number");
    l.targetUnits = idListFrom(o.value(QLatin1String("target_units")));
    l.targetUserId = idFrom(o, "target_user_id");
    l.targetUsername = str(o, "target_username");
    l.atMs = i64(o, "at_ms");
    return l;
}

// --------------------------------------------------------------------- lost updates

QString SimLostUpdate::describe() const
{
    if (problem == QLatin1String("missing_row"))
        return SimReportText::tr("%1 (unit %2): %3 lacks row %4 that the server has (%5)")
            .arg(username, unitId.toString(), view, rowId.toString(), server);
    if (problem == QLatin1String("extra_row"))
        return SimReportText::tr("%1 (unit %2): %3 shows row %4 that the server does not have for the unit (%5)")
            .arg(username, unitId.toString(), view, rowId.toString(), local);
    return SimReportText::tr("%1 (unit %2): %3 row %4 differs in %5: shows %6, server has %7")
        .arg(username, unitId.toString(), view, rowId.toString(), fields.join(QStringLiteral(", ")), local,
             server);
}

QJsonObject SimLostUpdate::toJson() const
{
    return QJsonObject{{QStringLiteral("username"), username},
                       {QStringLiteral("unit_id"), unitId.toJson()},
                       {QStringLiteral("view"), view},
                       {QStringLiteral("row_id"), rowId.toJson()},
                       {QStringLiteral("problem"), problem},
                       {QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                       {QStringLiteral("local"), local},
                       {QStringLiteral("server"), server},
                       {QStringLiteral("description"), describe()}};
}

SimLostUpdate SimLostUpdate::fromJson(const QJsonObject &o)
{
    SimLostUpdate l;
    l.username = str(o, "username");
    l.unitId = idFrom(o, "unit_id");
    l.view = str(o, "view");
    l.rowId = idFrom(o, "row_id");
    l.problem = str(o, "problem");
    for (const QJsonValue &v : o.value(QLatin1String("fields")).toArray())
        l.fields.append(v.toString());
    l.local = str(o, "local");
    l.server = str(o, "server");
    return l;
}

// --------------------------------------------------------------------------- storms

void SimStorm::merge(const SimStorm &other)
{
    if (method.isEmpty())
        method = other.method;
    else if (!other.method.isEmpty() && other.method != method)
        method += QLatin1Char('+') + other.method;
    atMs = atMs ? qMin(atMs, other.atMs ? other.atMs : atMs) : other.atMs;
    affected += other.affected;
    notBack += other.notBack;
    reconnect.merge(other.reconnect);
    resync.merge(other.resync);
    if (other.timeline.size() > timeline.size())
        timeline.resize(other.timeline.size(), 0);
    for (qsizetype i = 0; i < other.timeline.size(); ++i)
        timeline[i] += other.timeline.at(i);
}

QJsonObject SimStorm::toJson() const
{
    QJsonArray line;
    for (qint64 n : timeline)
        line.append(n);
    QJsonObject o{{QStringLiteral("method"), method},
                  {QStringLiteral("at_ms"), atMs},
                  {QStringLiteral("affected"), affected},
                  {QStringLiteral("not_back"), notBack},
                  {QStringLiteral("reconnect"), reconnect.toJson()},
                  {QStringLiteral("resync"), resync.toJson()},
                  {QStringLiteral("timeline_bucket_ms"), timelineBucketMs},
                  {QStringLiteral("timeline"), line}};
    if (notBack == 0 && !reconnect.isEmpty()) {
        o.insert(QStringLiteral("all_live_ms"), reconnect.max());
        o.insert(QStringLiteral("all_resynced_ms"), resync.max());
    }
    return o;
}

bool SimStorm::fromJson(const QJsonObject &o, SimStorm *out, QString *error)
{
    SimStorm s;
    s.method = str(o, "method");
    s.atMs = i64(o, "at_ms");
    s.affected = i64(o, "affected");
    s.notBack = i64(o, "not_back");
    s.timelineBucketMs = int(i64(o, "timeline_bucket_ms"));
    if (s.timelineBucketMs <= 0)
        s.timelineBucketMs = 100;
    for (const QJsonValue &v : o.value(QLatin1String("timeline")).toArray())
        s.timeline.append(v.toInteger());
    if (!histFrom(o, "reconnect", &s.reconnect, error) || !histFrom(o, "resync", &s.resync, error))
        return false;
    *out = s;
    return true;
}

// -------------------------------------------------------------------------- process

QJsonObject SimProcessStats::toJson() const
{
    QJsonObject o{{QStringLiteral("shard"), shard},
                  {QStringLiteral("users"), users},
                  {QStringLiteral("rss_before_kb"), rssBeforeKb},
                  {QStringLiteral("rss_ready_kb"), rssReadyKb},
                  {QStringLiteral("rss_end_kb"), rssEndKb},
                  {QStringLiteral("rss_peak_kb"), rssPeakKb},
                  {QStringLiteral("cpu_run_ms"), cpuRunMs},
                  {QStringLiteral("frames_run"), framesRun},
                  {QStringLiteral("run_seconds"), runSeconds}};
    if (users > 0 && rssReadyKb > rssBeforeKb)
        o.insert(QStringLiteral("rss_per_user_kb"), double(rssReadyKb - rssBeforeKb) / double(users));
    if (framesRun > 0)
        o.insert(QStringLiteral("cpu_ms_per_event"), double(cpuRunMs) / double(framesRun));
    return o;
}

SimProcessStats SimProcessStats::fromJson(const QJsonObject &o)
{
    SimProcessStats p;
    p.shard = str(o, "shard");
    p.users = i64(o, "users");
    p.rssBeforeKb = i64(o, "rss_before_kb");
    p.rssReadyKb = i64(o, "rss_ready_kb");
    p.rssEndKb = i64(o, "rss_end_kb");
    p.rssPeakKb = i64(o, "rss_peak_kb");
    p.cpuRunMs = i64(o, "cpu_run_ms");
    p.framesRun = i64(o, "frames_run");
    p.runSeconds = o.value(QLatin1String("run_seconds")).toDouble();
    return p;
}

// --------------------------------------------------------------------------- report

std::optional<double> SimReport::delivery() const
{
    const qint64 total = counters.frames + counters.missedEvents;
    if (total <= 0)
        return std::nullopt;
    return double(counters.frames) / double(total);
}

std::optional<double> SimReport::changeDelivery() const
{
    const qint64 total = counters.delivered + counters.missing;
    if (total <= 0)
        return std::nullopt;
    return double(counters.delivered) / double(total);
}

const SimStage *SimReport::stage(const QString &nameOrNumber) const
{
    for (const SimStage &st : stages) {
        if (st.name == nameOrNumber)
            return &st;
    }
    bool ok = false;
    const int number = nameOrNumber.toInt(&ok);
    for (const SimStage &st : stages) {
        if (ok && st.index == number - 1)
            return &st;
    }
    return nullptr;
}

std::optional<double> SimReport::metric(const QString &name) const
{
    const qsizetype at = name.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        const SimStage *st = stage(name.mid(at + 1));
        return st ? st->metric(name.left(at)) : std::nullopt;
    }
    // Latency families.
    struct Family
    {
        const char *prefix;
        std::function<std::optional<double>(const QString &stat)> stat;
    };
    const auto windowsStat = [this](bool model) {
        return [this, model](const QString &stat) -> std::optional<double> {
            std::optional<double> worst;
            for (const SimWindow &w : windows) {
                const std::optional<double> v = histStat(model ? w.model : w.frame, stat);
                if (v && (!worst || *v > *worst))
                    worst = v;
            }
            return worst;
        };
    };
    const auto stormStat = [this](bool resync) {
        return [this, resync](const QString &stat) -> std::optional<double> {
            LatencyHistogram all;
            for (const SimStorm &s : storms)
                all.merge(resync ? s.resync : s.reconnect);
            return histStat(all, stat);
        };
    };
    const Family families[] = {
        {"model_window_", windowsStat(true)},
        {"window_", windowsStat(false)},
        {"model_", [this](const QString &s) { return histStat(model, s); }},
        {"emit_", [this](const QString &s) { return histStat(emit, s); }},
        {"action_", [this](const QString &s) { return histStat(action, s); }},
        {"status_model_", [this](const QString &s) { return histStat(statusModel, s); }},
        {"status_lag_", [this](const QString &s) { return histStat(statusLag, s); }},
        {"status_", [this](const QString &s) { return histStat(statusFrame, s); }},
        {"fetch_lag_", [this](const QString &s) { return histStat(fetchLag, s); }},
        {"reconnect_", stormStat(false)},
        {"resync_", stormStat(true)},
    };
    if (name.endsWith(QLatin1String("_ms")) && !name.startsWith(QLatin1String("all_"))) {
        for (const Family &f : families) {
            if (name.startsWith(QLatin1String(f.prefix)))
                return f.stat(name.mid(int(qstrlen(f.prefix))));
        }
        if (name.startsWith(QLatin1Char('p')) || name == QLatin1String("max_ms") ||
            name == QLatin1String("mean_ms"))
            return histStat(frame, name);
    }

    const SimCounters &c = counters;
    if (name == QLatin1String("delivery"))
        return delivery();
    if (name == QLatin1String("change_delivery"))
        return changeDelivery();
    if (name == QLatin1String("lost_updates"))
        return verified ? std::optional<double>(double(c.lostUpdates)) : std::nullopt;
    if (name == QLatin1String("refetches_per_event"))
        return c.frames > 0 ? std::optional<double>(double(c.refetches) / double(c.frames)) : std::nullopt;
    if (name == QLatin1String("gets_per_event"))
        return c.frames > 0 && c.restGets > 0 ? std::optional<double>(double(c.restGets) / double(c.frames))
                                              : std::nullopt;
    if (name == QLatin1String("get_bytes_per_event"))
        return c.frames > 0 && c.restGets > 0 ? std::optional<double>(double(c.restGetBytes) / double(c.frames))
                                              : std::nullopt;
    if (name == QLatin1String("users"))
        return double(users);
    if (name == QLatin1String("all_live_ms") || name == QLatin1String("all_resynced_ms")) {
        if (storms.isEmpty())
            return std::nullopt;
        double worst = 0;
        for (const SimStorm &s : storms) {
            const LatencyHistogram &h = name == QLatin1String("all_live_ms") ? s.reconnect : s.resync;
            if (s.notBack > 0 || h.isEmpty())
                return std::nullopt;  // not everyone came back: there is no such time
            worst = qMax(worst, double(h.max()));
        }
        return worst;
    }
    if (name == QLatin1String("storm_not_back")) {
        if (storms.isEmpty())
            return std::nullopt;
        double n = 0;
        for (const SimStorm &s : storms)
            n += double(s.notBack);
        return n;
    }
    if (name == QLatin1String("rss_mb")) {
        if (processes.isEmpty())
            return std::nullopt;
        qint64 peak = 0;
        for (const SimProcessStats &p : processes)
            peak = qMax(peak, p.rssPeakKb);
        return peak > 0 ? std::optional<double>(double(peak) / 1024.0) : std::nullopt;
    }
    if (name == QLatin1String("rss_per_user_kb")) {
        qint64 kb = 0;
        qint64 n = 0;
        for (const SimProcessStats &p : processes) {
            if (p.rssReadyKb > 0) {
                kb += p.rssReadyKb - p.rssBeforeKb;
                n += p.users;
            }
        }
        return n > 0 ? std::optional<double>(double(kb) / double(n)) : std::nullopt;
    }
    if (name == QLatin1String("cpu_ms_per_event")) {
        qint64 ms = 0;
        qint64 frames = 0;
        for (const SimProcessStats &p : processes) {
            ms += p.cpuRunMs;
            frames += p.framesRun;
        }
        return frames > 0 ? std::optional<double>(double(ms) / double(frames)) : std::nullopt;
    }
    for (const CounterField &f : CounterFields) {
        if (name == QLatin1String(f.name))
            return double(c.*f.member);
    }
    return std::nullopt;
}

void SimReport::evaluate()
{
    QList<Threshold> all = thresholds;
    Threshold setup;
    Threshold::parse(QStringLiteral("setup_failures == 0"), &setup, nullptr);
    bool hasSetup = false;
    for (const Threshold &t : thresholds)
        hasSetup = hasSetup || t.metric == setup.metric;
    if (!hasSetup)
        all.prepend(setup);
    verdicts = evaluateThresholds(all, [this](const QString &m) { return metric(m); }, notApplicable);
}

bool SimReport::passed() const
{
    return !aborted && configError.isEmpty() && !verdicts.isEmpty() && allPassed(verdicts);
}

QJsonObject SimReport::toJson() const
{
    QJsonArray windowArray;
    for (const SimWindow &w : windows)
        windowArray.append(w.toJson());
    QJsonArray userArray;
    for (const SimUserStats &u : userStats)
        userArray.append(u.toJson());
    QJsonArray leakArray;
    for (const SimLeak &l : leaks)
        leakArray.append(l.toJson());
    QJsonArray lostArray;
    for (const SimLostUpdate &l : lostUpdates)
        lostArray.append(l.toJson());
    QJsonArray stormArray;
    for (const SimStorm &s : storms)
        stormArray.append(s.toJson());
    QJsonArray processArray;
    for (const SimProcessStats &p : processes)
        processArray.append(p.toJson());
    QJsonArray stageArray;
    for (const SimStage &st : stages)
        stageArray.append(st.toJson());
    QJsonArray thresholdArray;
    for (const Threshold &t : thresholds)
        thresholdArray.append(t.text);
    QJsonArray verdictArray;
    for (const ThresholdVerdict &v : verdicts)
        verdictArray.append(v.toJson());

    // Derived values, for readers that do not recompute them (merge ignores them).
    QJsonObject derived;
    for (const QString &name : Threshold::knownMetrics()) {
        const std::optional<double> v = metric(name);
        if (v)
            derived.insert(name, *v);
    }

    QJsonObject o{
        {QStringLiteral("schema"), schemaName()},
        {QStringLiteral("scenario_name"), scenarioName},
        {QStringLiteral("scenario"), scenario},
        {QStringLiteral("servers"), QJsonArray::fromStringList(servers)},
        {QStringLiteral("shards"), QJsonArray::fromStringList(shards)},
        {QStringLiteral("shard_count"), shardCount},
        {QStringLiteral("started_at_ms"), startedAtMs},
        {QStringLiteral("finished_at_ms"), finishedAtMs},
        {QStringLiteral("run_start_ms"), runStartMs},
        {QStringLiteral("run_end_ms"), runEndMs},
        {QStringLiteral("users"), users},
        {QStringLiteral("units"), units},
        {QStringLiteral("rate"), rate},
        {QStringLiteral("duration_s"), durationS},
        {QStringLiteral("window_ms"), windowMs},
        {QStringLiteral("aborted"), aborted},
        {QStringLiteral("config_error"), configError},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("verified_as"), verifiedAs},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
        {QStringLiteral("not_applicable"), notApplicableJson(notApplicable)},
        {QStringLiteral("counters"), counters.toJson()},
        {QStringLiteral("latency"),
         QJsonObject{{QStringLiteral("frame"), frame.toJson()},
                     {QStringLiteral("model"), model.toJson()},
                     {QStringLiteral("emit"), emit.toJson()},
                     {QStringLiteral("action"), action.toJson()},
                     {QStringLiteral("status_frame"), statusFrame.toJson()},
                     {QStringLiteral("status_model"), statusModel.toJson()},
                     {QStringLiteral("status_lag"), statusLag.toJson()},
                     {QStringLiteral("fetch_lag"), fetchLag.toJson()}}},
        {QStringLiteral("windows"), windowArray},
        {QStringLiteral("user_stats"), userArray},
        {QStringLiteral("leaks"), leakArray},
        {QStringLiteral("lost_updates"), lostArray},
        {QStringLiteral("storms"), stormArray},
        {QStringLiteral("processes"), processArray},
        {QStringLiteral("thresholds"), thresholdArray},
        {QStringLiteral("verdicts"), verdictArray},
        {QStringLiteral("passed"), passed()},
        {QStringLiteral("metrics"), derived},
    };
    // Optional parts: readers of reports without stages never see them.
    if (!stages.isEmpty())
        o.insert(QStringLiteral("stages"), stageArray);
    if (!abortedBy.isEmpty())
        o.insert(QStringLiteral("aborted_by"), abortedBy);
    return o;
}

bool SimReport::fromJson(const QJsonObject &o, SimReport *out, QString *error)
{
    if (str(o, "schema") != schemaName()) {
        *error = SimReportText::tr("not a %1 report (schema \"%2\")").arg(schemaName(), str(o, "schema"));
        return false;
    }
    SimReport r;
    r.scenarioName = str(o, "scenario_name");
    r.scenario = o.value(QLatin1String("scenario")).toObject();
    for (const QJsonValue &v : o.value(QLatin1String("servers")).toArray())
        r.servers.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("shards")).toArray())
        r.shards.append(v.toString());
    r.shardCount = qMax(1, o.value(QLatin1String("shard_count")).toInt(1));
    r.startedAtMs = i64(o, "started_at_ms");
    r.finishedAtMs = i64(o, "finished_at_ms");
    r.runStartMs = i64(o, "run_start_ms");
    r.runEndMs = i64(o, "run_end_ms");
    r.users = o.value(QLatin1String("users")).toInt();
    r.units = o.value(QLatin1String("units")).toInt();
    r.rate = o.value(QLatin1String("rate")).toDouble();
    r.durationS = o.value(QLatin1String("duration_s")).toDouble();
    r.windowMs = o.value(QLatin1String("window_ms")).toInt(5000);
    r.aborted = o.value(QLatin1String("aborted")).toBool();
    r.configError = str(o, "config_error");
    r.verified = o.value(QLatin1String("verified")).toBool();
    r.verifiedAs = str(o, "verified_as");
    for (const QJsonValue &v : o.value(QLatin1String("notes")).toArray())
        r.notes.append(v.toString());
    const QJsonObject na = o.value(QLatin1String("not_applicable")).toObject();
    for (auto it = na.constBegin(); it != na.constEnd(); ++it)
        r.notApplicable.insert(it.key(), it.value().toString());
    r.counters = SimCounters::fromJson(o.value(QLatin1String("counters")).toObject());
    const QJsonObject latency = o.value(QLatin1String("latency")).toObject();
    if (!histFrom(latency, "frame", &r.frame, error) || !histFrom(latency, "model", &r.model, error) ||
        !histFrom(latency, "emit", &r.emit, error) || !histFrom(latency, "action", &r.action, error) ||
        !histFrom(latency, "status_frame", &r.statusFrame, error) ||
        !histFrom(latency, "status_model", &r.statusModel, error) ||
        !histFrom(latency, "status_lag", &r.statusLag, error) ||
        !histFrom(latency, "fetch_lag", &r.fetchLag, error)) {
        *error = SimReportText::tr("latency.%1").arg(*error);
        return false;
    }
    const QJsonArray windowArray = o.value(QLatin1String("windows")).toArray();
    for (int i = 0; i < windowArray.size(); ++i) {
        SimWindow w;
        QString why;
        if (!SimWindow::fromJson(windowArray.at(i).toObject(), &w, &why)) {
            *error = SimReportText::tr("windows[%1].%2").arg(i).arg(why);
            return false;
        }
        r.windows[w.startMs].merge(w);
        r.windows[w.startMs].startMs = w.startMs;
        r.windows[w.startMs].lengthMs = w.lengthMs;
    }
    for (const QJsonValue &v : o.value(QLatin1String("user_stats")).toArray())
        r.userStats.append(SimUserStats::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("leaks")).toArray())
        r.leaks.append(SimLeak::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("lost_updates")).toArray())
        r.lostUpdates.append(SimLostUpdate::fromJson(v.toObject()));
    const QJsonArray stormArray = o.value(QLatin1String("storms")).toArray();
    for (int i = 0; i < stormArray.size(); ++i) {
        SimStorm s;
        QString why;
        if (!SimStorm::fromJson(stormArray.at(i).toObject(), &s, &why)) {
            *error = SimReportText::tr("storms[%1].%2").arg(i).arg(why);
            return false;
        }
        r.storms.append(s);
    }
    for (const QJsonValue &v : o.value(QLatin1String("processes")).toArray())
        r.processes.append(SimProcessStats::fromJson(v.toObject()));
    const QJsonArray stageArray = o.value(QLatin1String("stages")).toArray();
    for (int i = 0; i < stageArray.size(); ++i) {
        SimStage st;
        QString why;
        if (!SimStage::fromJson(stageArray.at(i).toObject(), &st, &why)) {
            *error = SimReportText::tr("stages[%1].%2").arg(i).arg(why);
            return false;
        }
        r.stages.append(st);
    }
    r.abortedBy = str(o, "aborted_by");
    const QJsonArray thresholdArray = o.value(QLatin1String("thresholds")).toArray();
    for (int i = 0; i < thresholdArray.size(); ++i) {
        Threshold t;
        QString why;
        if (!Threshold::parse(thresholdArray.at(i).toString(), &t, &why)) {
            *error = SimReportText::tr("thresholds[%1]: %2").arg(i).arg(why);
            return false;
        }
        r.thresholds.append(t);
    }
    r.evaluate();
    *out = r;
    return true;
}

bool SimReport::merge(const QList<SimReport> &reports, SimReport *out, QString *error)
{
    if (reports.isEmpty()) {
        *error = SimReportText::tr("nothing to merge");
        return false;
    }
    SimReport m = reports.first();
    m.counters = SimCounters();
    m.frame = m.model = m.emit = m.action = LatencyHistogram();
    m.statusFrame = m.statusModel = m.statusLag = m.fetchLag = LatencyHistogram();
    m.windows.clear();
    m.userStats.clear();
    m.leaks.clear();
    m.lostUpdates.clear();
    m.storms.clear();
    m.stages.clear();
    m.processes.clear();
    m.notes.clear();
    m.notApplicable.clear();
    m.shards.clear();
    m.users = 0;
    m.verified = true;
    m.aborted = false;
    m.configError.clear();
    QSet<QString> seenShards;
    QSet<QString> seenUsers;
    for (int i = 0; i < reports.size(); ++i) {
        const SimReport &r = reports.at(i);
        const QString which = SimReportText::tr("report %1").arg(i + 1);
        if (r.scenarioName != m.scenarioName) {
            *error = SimReportText::tr("%1 is of scenario \"%2\", not \"%3\"").arg(which, r.scenarioName, m.scenarioName);
            return false;
        }
        if (r.windowMs != m.windowMs) {
            *error = SimReportText::tr("%1 has %2 ms windows, the first has %3 ms").arg(which).arg(r.windowMs).arg(m.windowMs);
            return false;
        }
        if (r.shardCount != m.shardCount) {
            *error = SimReportText::tr("%1 is one of %2 shards, the first one of %3").arg(which).arg(r.shardCount).arg(m.shardCount);
            return false;
        }
        for (const QString &shard : r.shards) {
            if (seenShards.contains(shard)) {
                *error = SimReportText::tr("%1: shard %2 is in the merge twice").arg(which, shard);
                return false;
            }
            seenShards.insert(shard);
            m.shards.append(shard);
        }
        for (const SimUserStats &u : r.userStats) {
            if (seenUsers.contains(u.username)) {
                *error = SimReportText::tr("%1: user %2 ran in two shards (overlapping user slices)").arg(which, u.username);
                return false;
            }
            seenUsers.insert(u.username);
        }
        m.counters.add(r.counters);
        m.frame.merge(r.frame);
        m.model.merge(r.model);
        m.emit.merge(r.emit);
        m.action.merge(r.action);
        m.statusFrame.merge(r.statusFrame);
        m.statusModel.merge(r.statusModel);
        m.statusLag.merge(r.statusLag);
        m.fetchLag.merge(r.fetchLag);
        for (const SimWindow &w : r.windows) {
            SimWindow &target = m.windows[w.startMs];
            target.startMs = w.startMs;
            target.lengthMs = w.lengthMs;
            target.merge(w);
        }
        m.userStats += r.userStats;
        for (const SimLeak &l : r.leaks) {
            if (m.leaks.size() < MaxDetails)
                m.leaks.append(l);
        }
        for (const SimLostUpdate &l : r.lostUpdates) {
            if (m.lostUpdates.size() < MaxDetails)
                m.lostUpdates.append(l);
        }
        for (qsizetype s = 0; s < r.storms.size(); ++s) {
            if (s < m.storms.size())
                m.storms[s].merge(r.storms.at(s));
            else
                m.storms.append(r.storms.at(s));
        }
        for (const SimStage &st : r.stages) {
            auto same = std::find_if(m.stages.begin(), m.stages.end(),
                                     [&st](const SimStage &x) { return x.index == st.index; });
            if (same == m.stages.end()) {
                m.stages.append(st);
            } else {
                same->merge(st);
            }
        }
        if (m.abortedBy.isEmpty())
            m.abortedBy = r.abortedBy;
        m.processes += r.processes;
        for (auto it = r.notApplicable.cbegin(); it != r.notApplicable.cend(); ++it)
            m.notApplicable.insert(it.key(), it.value());
        for (const QString &note : r.notes)
            m.notes.append(r.shards.isEmpty() ? note : QStringLiteral("[%1] %2").arg(r.shards.join(QLatin1Char(',')), note));
        m.users += r.users;
        m.units = qMax(m.units, r.units);
        m.durationS = qMax(m.durationS, r.durationS);
        m.startedAtMs = i == 0 ? r.startedAtMs : qMin(m.startedAtMs, r.startedAtMs);
        m.finishedAtMs = qMax(m.finishedAtMs, r.finishedAtMs);
        m.runStartMs = i == 0 ? r.runStartMs : qMin(m.runStartMs, r.runStartMs);
        m.runEndMs = qMax(m.runEndMs, r.runEndMs);
        m.verified = m.verified && r.verified;
        m.aborted = m.aborted || r.aborted;
        if (m.configError.isEmpty() && !r.configError.isEmpty())
            m.configError = r.configError;
        for (const QString &server : r.servers) {
            if (!m.servers.contains(server))
                m.servers.append(server);
        }
    }
    std::sort(m.stages.begin(), m.stages.end(),
              [](const SimStage &a, const SimStage &b) { return a.index < b.index; });
    if (seenShards.size() < m.shardCount)
        m.notes.append(SimReportText::tr("merged %1 of %2 shards: the result covers only their users")
                           .arg(seenShards.size())
                           .arg(m.shardCount));
    m.evaluate();
    *out = m;
    return true;
}

QString SimReport::summaryText() const
{
    QString t;
    const auto row = [&t](const QString &label, const QString &value) {
        t += QStringLiteral("  %1 %2\n").arg(label.leftJustified(28, QLatin1Char(' ')), value);
    };
    t += SimReportText::tr("Scenario %1: %2 users in %3 unit(s), %4 s at %5 actions/s (shard %6)\n")
             .arg(scenarioName)
             .arg(users)
             .arg(units)
             .arg(formatMetric(durationS), formatMetric(rate), shards.join(QStringLiteral(", ")));
    const SimCounters &c = counters;
    row(SimReportText::tr("actions"), SimReportText::tr("%1 accepted, %2 refused or failed, %3 ticks skipped")
                           .arg(c.actions).arg(c.actionErrors).arg(c.actionsSkipped));
    row(SimReportText::tr("changes tracked"), QString::number(c.changes));
    row(SimReportText::tr("receipts"), SimReportText::tr("%1 of %2 delivered, %3 missing, %4 late, %5 while down")
                            .arg(c.delivered).arg(c.delivered + c.missing).arg(c.missing).arg(c.late)
                            .arg(c.missedWhileDown));
    row(SimReportText::tr("change_delivery"), ratio(changeDelivery()));
    row(SimReportText::tr("frames by seq"), SimReportText::tr("%1 received, %2 missed in %3 gap(s)").arg(c.frames).arg(c.missedEvents).arg(c.seqGaps));
    row(SimReportText::tr("delivery"), ratio(delivery()));
    row(SimReportText::tr("POST → frame (ms)"), latencyLine(frame));
    row(SimReportText::tr("POST → table (ms)"), latencyLine(model));
    row(SimReportText::tr("emit → frame (ms)"), latencyLine(emit));
    row(SimReportText::tr("POST round trip (ms)"), latencyLine(action));
    if (!statusModel.isEmpty()) {
        row(SimReportText::tr("status changes: POST → frame (ms)"), latencyLine(statusFrame));
        row(SimReportText::tr("status changes: POST → table (ms)"), latencyLine(statusModel));
        row(SimReportText::tr("status changes: table − frame (ms)"), latencyLine(statusLag));
    }
    if (!fetchLag.isEmpty())
        row(SimReportText::tr("fetched fields: table − frame (ms)"), latencyLine(fetchLag));
    row(SimReportText::tr("leaks / duplicates / order"), QStringLiteral("%1 / %2 / %3").arg(c.leaks).arg(c.duplicates).arg(c.orderViolations));
    row(SimReportText::tr("notifications"), QString::number(c.notifications));
    row(SimReportText::tr("tables not showing a change"), QString::number(c.modelMissing));
    const std::optional<double> rpe = metric(QStringLiteral("refetches_per_event"));
    row(SimReportText::tr("refetches"), SimReportText::tr("%1 (%2 per event)").arg(c.refetches).arg(rpe ? QString::number(*rpe, 'f', 2) : QStringLiteral("-")));
    if (c.rowFetches > 0)
        row(SimReportText::tr("rows fetched alone"), QString::number(c.rowFetches));
    if (c.restGets > 0) {
        const std::optional<double> gpe = metric(QStringLiteral("gets_per_event"));
        const std::optional<double> bpe = metric(QStringLiteral("get_bytes_per_event"));
        row(SimReportText::tr("REST GETs"), SimReportText::tr("%1, %2 bytes (%3 GETs, %4 bytes per event)")
                                 .arg(c.restGets)
                                 .arg(c.restGetBytes)
                                 .arg(gpe ? QString::number(*gpe, 'f', 3) : QStringLiteral("-"),
                                      bpe ? QString::number(*bpe, 'f', 0) : QStringLiteral("-")));
    }
    row(SimReportText::tr("reconnects"), QString::number(c.reconnects));
    row(SimReportText::tr("unexpected events"), QString::number(c.unexpectedEvents));
    row(SimReportText::tr("lost updates"), verified ? SimReportText::tr("%1 (%2 users compared as %3)").arg(c.lostUpdates).arg(c.usersVerified).arg(verifiedAs)
                                     : SimReportText::tr("not verified"));
    row(SimReportText::tr("users not Live at the end"), QString::number(c.notLive));
    row(SimReportText::tr("setup failures"), QString::number(c.setupFailures));
    for (qsizetype i = 0; i < storms.size(); ++i) {
        const SimStorm &s = storms.at(i);
        row(SimReportText::tr("storm %1 (%2)").arg(i + 1).arg(s.method),
            SimReportText::tr("%1 users down; all Live after %2 ms, all resynced after %3 ms; %4 not back")
                .arg(s.affected)
                .arg(s.notBack == 0 && !s.reconnect.isEmpty() ? QString::number(s.reconnect.max()) : QStringLiteral("-"))
                .arg(s.notBack == 0 && !s.resync.isEmpty() ? QString::number(s.resync.max()) : QStringLiteral("-"))
                .arg(s.notBack));
        row(SimReportText::tr("  reconnect (ms)"), latencyLine(s.reconnect));
    }
    for (const SimProcessStats &p : processes) {
        row(SimReportText::tr("process %1").arg(p.shard),
            SimReportText::tr("%1 users, RSS %2 MB peak, %3 KB per user, %4 ms CPU per event")
                .arg(p.users)
                .arg(QString::number(p.rssPeakKb / 1024.0, 'f', 1))
                .arg(p.users > 0 && p.rssReadyKb > p.rssBeforeKb
                         ? QString::number(double(p.rssReadyKb - p.rssBeforeKb) / double(p.users), 'f', 1)
                         : QStringLiteral("-"))
                .arg(p.framesRun > 0 ? QString::number(double(p.cpuRunMs) / double(p.framesRun), 'f', 3)
                                     : QStringLiteral("-")));
    }
    if (!windows.isEmpty()) {
        t += SimReportText::tr("Windows (%1 s): p95 POST → frame, delivered / expected\n").arg(formatMetric(windowMs / 1000.0));
        QStringList cells;
        for (const SimWindow &w : windows) {
            const QString start = QDateTime::fromMSecsSinceEpoch(w.startMs).toString(QStringLiteral("HH:mm:ss"));
            cells.append(SimReportText::tr("%1 %2 ms %3/%4").arg(start, pct(w.frame, 95)).arg(w.delivered).arg(w.expected));
        }
        for (qsizetype i = 0; i < cells.size(); i += 4)
            t += QStringLiteral("  ") + cells.mid(i, 4).join(QStringLiteral(" | ")) + QLatin1Char('\n');
    }
    if (!stages.isEmpty()) {
        t += SimReportText::tr("Stages: users at the end (target), rate, actions, delivered / expected, missing, "
                "p50 / p95 POST → frame and POST → table (ms)\n");
        for (const SimStage &st : stages) {
            t += SimReportText::tr("  %1 %2 %3 s  %4 (%5) users, +%6 -%7  %8/s  %9 actions  %10/%11  %12 missing  "
                    "%13 / %14  %15 / %16\n")
                     .arg(st.index + 1)
                     .arg(st.name.leftJustified(10, QLatin1Char(' ')))
                     .arg(QString::number(double(st.endMs - st.startMs) / 1000.0, 'f', 1))
                     .arg(st.users)
                     .arg(st.usersTarget)
                     .arg(st.joined)
                     .arg(st.left)
                     .arg(formatMetric(st.rate))
                     .arg(st.actions)
                     .arg(st.figures.delivered)
                     .arg(st.figures.expected)
                     .arg(st.figures.missing)
                     .arg(pct(st.figures.frame, 50), pct(st.figures.frame, 95), pct(st.figures.model, 50),
                          pct(st.figures.model, 95));
        }
    }
    if (!notes.isEmpty()) {
        t += SimReportText::tr("Notes\n");
        for (const QString &n : notes)
            t += QStringLiteral("  - ") + n + QLatin1Char('\n');
    }
    t += SimReportText::tr("Thresholds\n");
    for (const ThresholdVerdict &v : verdicts) {
        t += QStringLiteral("  %1  %2 %3\n")
                 .arg(!v.applicable ? QStringLiteral("n/a ") : v.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"),
                      v.threshold.text.leftJustified(26, QLatin1Char(' ')), v.detail);
    }
    if (!leaks.isEmpty()) {
        t += SimReportText::tr("Leaks (%1 in all; the first %2)\n").arg(c.leaks).arg(qMin<qsizetype>(leaks.size(), 10));
        for (qsizetype i = 0; i < leaks.size() && i < 10; ++i)
            t += QStringLiteral("  ") + leaks.at(i).describe() + QLatin1Char('\n');
    }
    if (!lostUpdates.isEmpty()) {
        t += SimReportText::tr("Lost updates (%1 in all; the first %2)\n").arg(c.lostUpdates).arg(qMin<qsizetype>(lostUpdates.size(), 10));
        for (qsizetype i = 0; i < lostUpdates.size() && i < 10; ++i)
            t += QStringLiteral("  ") + lostUpdates.at(i).describe() + QLatin1Char('\n');
    }
    if (!configError.isEmpty())
        t += SimReportText::tr("Configuration error: %1\n").arg(configError);
    if (!abortedBy.isEmpty())
        t += SimReportText::tr("Aborted by threshold: %1\n").arg(abortedBy);
    t += aborted ? SimReportText::tr("Result: ABORTED\n") : (passed() ? SimReportText::tr("Result: PASS\n") : SimReportText::tr("Result: FAIL\n"));
    return t;
}

QByteArray SimReport::toJUnit() const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    int failures = 0;
    int skipped = 0;
    for (const ThresholdVerdict &v : verdicts) {
        failures += v.passed ? 0 : 1;
        skipped += v.applicable ? 0 : 1;
    }
    const double seconds = finishedAtMs > startedAtMs ? (finishedAtMs - startedAtMs) / 1000.0 : 0.0;
    const QString suite = QStringLiteral("dms-simulate.") + scenarioName;
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("dms-simulate"));
    w.writeAttribute(QStringLiteral("tests"), QString::number(verdicts.size()));
    w.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    w.writeStartElement(QStringLiteral("testsuite"));
    w.writeAttribute(QStringLiteral("name"), suite);
    w.writeAttribute(QStringLiteral("tests"), QString::number(verdicts.size()));
    w.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    w.writeAttribute(QStringLiteral("errors"), aborted ? QStringLiteral("1") : QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    w.writeAttribute(QStringLiteral("time"), QString::number(seconds, 'f', 3));
    w.writeAttribute(QStringLiteral("timestamp"),
                     QDateTime::fromMSecsSinceEpoch(startedAtMs, Qt::UTC).toString(Qt::ISODate));
    w.writeStartElement(QStringLiteral("properties"));
    const auto property = [&w](const QString &name, const QString &value) {
        w.writeStartElement(QStringLiteral("property"));
        w.writeAttribute(QStringLiteral("name"), name);
        w.writeAttribute(QStringLiteral("value"), value);
        w.writeEndElement();
    };
    property(QStringLiteral("users"), QString::number(users));
    property(QStringLiteral("units"), QString::number(units));
    property(QStringLiteral("rate"), formatMetric(rate));
    property(QStringLiteral("duration_s"), formatMetric(durationS));
    property(QStringLiteral("shards"), shards.join(QLatin1Char(',')));
    // Delivery faults by name, whether or not a threshold covers them: a repeated frame is
    // not a reordered one, and a reviewer looks for different bugs.
    property(QStringLiteral("delivered"), QString::number(counters.delivered));
    property(QStringLiteral("missing"), QString::number(counters.missing));
    property(QStringLiteral("duplicates"), QString::number(counters.duplicates));
    property(QStringLiteral("order_violations"), QString::number(counters.orderViolations));
    property(QStringLiteral("leaks"), QString::number(counters.leaks));
    w.writeEndElement();  // properties
    for (const ThresholdVerdict &v : verdicts) {
        w.writeStartElement(QStringLiteral("testcase"));
        w.writeAttribute(QStringLiteral("classname"), suite);
        w.writeAttribute(QStringLiteral("name"), v.threshold.text);
        w.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
        if (!v.applicable) {
            w.writeStartElement(QStringLiteral("skipped"));
            w.writeAttribute(QStringLiteral("message"), v.detail);
            w.writeEndElement();
        } else if (!v.passed) {
            w.writeStartElement(QStringLiteral("failure"));
            w.writeAttribute(QStringLiteral("message"), v.detail);
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("threshold"));
            QString body = v.detail;
            if (v.threshold.metric == QLatin1String("leaks")) {
                for (const SimLeak &l : leaks)
                    body += QLatin1Char('\n') + l.describe();
            } else if (v.threshold.metric == QLatin1String("lost_updates")) {
                for (const SimLostUpdate &l : lostUpdates)
                    body += QLatin1Char('\n') + l.describe();
            }
            w.writeCharacters(body);
            w.writeEndElement();
        }
        w.writeEndElement();  // testcase
    }
    if (aborted) {
        w.writeStartElement(QStringLiteral("testcase"));
        w.writeAttribute(QStringLiteral("classname"), suite);
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("run"));
        w.writeStartElement(QStringLiteral("error"));
        w.writeAttribute(QStringLiteral("message"), abortedBy.isEmpty()
                                                        ? SimReportText::tr("the run was aborted")
                                                        : SimReportText::tr("the run was aborted by threshold %1").arg(abortedBy));
        w.writeEndElement();
        w.writeEndElement();
    }
    if (!notes.isEmpty()) {
        w.writeStartElement(QStringLiteral("system-out"));
        w.writeCharacters(notes.join(QLatin1Char('\n')));
        w.writeEndElement();
    }
    w.writeEndElement();  // testsuite
    w.writeEndElement();  // testsuites
    w.writeEndDocument();
    return out;
}

}  // namespace Dms
