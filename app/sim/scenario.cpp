// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/scenario.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Dms {

namespace {

struct ScenarioText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::Scenario)
};

struct ActionName
{
    SimActionType type;
    const char *name;
};

constexpr ActionName ActionNames[] = {
    {SimActionType::Create, "create"},
    {SimActionType::Approve, "approve"},
    {SimActionType::Reject, "reject"},
    {SimActionType::SendBack, "send-back"},
    {SimActionType::AllocateStorage, "allocate-storage"},
    {SimActionType::Issue, "issue"},
    {SimActionType::Return, "return"},
    {SimActionType::Resubmit, "resubmit"},
    {SimActionType::Relocate, "relocate"},
    {SimActionType::CreateCrate, "create-crate"},
    {SimActionType::DisconnectAll, "disconnect-all"},
};

QStringList actionNameList()
{
    QStringList names;
    for (const ActionName &a : ActionNames)
        names.append(QLatin1String(a.name));
    return names;
}

const QStringList &requestKinds()
{
    static const QStringList kinds{QStringLiteral("withdrawal"), QStringLiteral("destruction"),
                                   QStringLiteral("transfer")};
    return kinds;
}

// Where each value of a (valid) JSON text starts: path ("steps[2].kind") → line. A small
// scanner over text QJsonDocument has already accepted, so it need not report errors.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &text) : m_text(text)
    {
        skipSpace();
        value(QString());
    }
    int lineOf(const QString &path) const { return m_lines.value(path, 0); }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                break;
            ++m_pos;
        }
    }
    QString string()
    {
        QByteArray out;
        ++m_pos;  // opening quote
        while (m_pos < m_text.size() && m_text.at(m_pos) != '"') {
            if (m_text.at(m_pos) == '\\' && m_pos + 1 < m_text.size()) {
                out += m_text.at(m_pos);
                ++m_pos;
            }
            out += m_text.at(m_pos);
            ++m_pos;
        }
        ++m_pos;  // closing quote
        // Keys of scenarios are plain ASCII; escapes stay as written.
        return QString::fromUtf8(out);
    }
    void value(const QString &path)
    {
        m_lines.insert(path, m_line);
        if (m_pos >= m_text.size())
            return;
        const char c = m_text.at(m_pos);
        if (c == '{') {
            ++m_pos;
            skipSpace();
            while (m_pos < m_text.size() && m_text.at(m_pos) != '}') {
                const int keyLine = m_line;
                const QString key = string();
                skipSpace();
                ++m_pos;  // ':'
                skipSpace();
                const QString child = path.isEmpty() ? key : path + QLatin1Char('.') + key;
                value(child);
                m_lines.insert(child, keyLine);
                skipSpace();
                if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
                    ++m_pos;
                    skipSpace();
                }
            }
            ++m_pos;
        } else if (c == '[') {
            ++m_pos;
            skipSpace();
            int index = 0;
            while (m_pos < m_text.size() && m_text.at(m_pos) != ']') {
                value(QStringLiteral("%1[%2]").arg(path).arg(index++));
                skipSpace();
                if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
                    ++m_pos;
                    skipSpace();
                }
            }
            ++m_pos;
        } else if (c == '"') {
            string();
        } else {
            while (m_pos < m_text.size() && !std::strchr(",]} \t\r\n", m_text.at(m_pos)))
                ++m_pos;
        }
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

// Reads fields of one object, recording the first problem with its path and line.
class Reader
{
public:
    Reader(const JsonLocator &locator, ScenarioError *error) : m_locator(locator), m_error(error) {}

    bool failed() const { return m_failed; }
    bool fail(const QString &path, const QString &message)
    {
        if (!m_failed) {
            m_failed = true;
            m_error->field = path;
            m_error->line = m_locator.lineOf(path);
            m_error->message = message;
        }
        return false;
    }
    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    bool checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                return fail(join(path, it.key()),
                            ScenarioText::tr("unknown field (allowed here: %1)").arg(allowed.join(QStringLiteral(", "))));
            }
        }
        return true;
    }
    bool number(const QJsonObject &o, const QString &path, const QString &key, double *out,
                double min, double max, bool minExclusive = false)
    {
        if (!o.contains(key))
            return true;
        const QJsonValue v = o.value(key);
        const QString p = join(path, key);
        if (!v.isDouble())
            return fail(p, ScenarioText::tr("must be a number, not %1").arg(typeName(v)));
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max || (minExclusive && d == min)) {
            return fail(p, minExclusive ? ScenarioText::tr("%1 is out of range: must be above %2 and at most %3")
                                              .arg(formatMetric(d), formatMetric(min), formatMetric(max))
                                        : ScenarioText::tr("%1 is out of range %2 … %3")
                                              .arg(formatMetric(d), formatMetric(min), formatMetric(max)));
        }
        *out = d;
        return true;
    }
    bool integer(const QJsonObject &o, const QString &path, const QString &key, int *out, int min,
                 int max)
    {
        if (!o.contains(key))
            return true;
        const QJsonValue v = o.value(key);
        const QString p = join(path, key);
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()))
            return fail(p, ScenarioText::tr("must be a whole number, not %1").arg(v.isDouble() ? formatMetric(v.toDouble())
                                                                                  : typeName(v)));
        const double d = v.toDouble();
        if (d < min || d > max)
            return fail(p, ScenarioText::tr("%1 is out of range %2 … %3").arg(formatMetric(d)).arg(min).arg(max));
        *out = int(d);
        return true;
    }
    // A unit: a whole number in min … max (the demo pattern's unit numbers) or the text of
    // a server's unit id (a UUID); absent leaves *out as it is.
    bool unitId(const QJsonObject &o, const QString &path, const QString &key, EntityId *out, int min,
                int max)
    {
        if (!o.contains(key))
            return true;
        const QJsonValue v = o.value(key);
        if (v.isString()) {
            QString why;
            const std::optional<EntityId> id = EntityId::fromJson(v, &why);
            if (!id)
                return fail(join(path, key), ScenarioText::tr("must be a unit number or a unit id, not \"%1\" (%2)")
                                                 .arg(v.toString(), why));
            *out = *id;
            return true;
        }
        if (!v.isDouble())
            return fail(join(path, key), ScenarioText::tr("must be a unit number or a unit id, not %1").arg(typeName(v)));
        int number = 0;
        if (!integer(o, path, key, &number, min, max))
            return false;
        *out = EntityId(number);
        return true;
    }
    bool string(const QJsonObject &o, const QString &path, const QString &key, QString *out)
    {
        if (!o.contains(key))
            return true;
        const QJsonValue v = o.value(key);
        if (!v.isString())
            return fail(join(path, key), ScenarioText::tr("must be a string, not %1").arg(typeName(v)));
        *out = v.toString();
        return true;
    }
    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
            case QJsonValue::Null: return QStringLiteral("null");
            case QJsonValue::Bool: return ScenarioText::tr("a boolean");
            case QJsonValue::Double: return ScenarioText::tr("a number");
            case QJsonValue::String: return ScenarioText::tr("a string");
            case QJsonValue::Array: return ScenarioText::tr("an array");
            case QJsonValue::Object: return ScenarioText::tr("an object");
            case QJsonValue::Undefined: break;
        }
        return ScenarioText::tr("nothing");
    }

private:
    const JsonLocator &m_locator;
    ScenarioError *m_error;
    bool m_failed = false;
};

QPair<int, int> lineAndColumn(const QByteArray &text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

bool readStep(Reader &r, const QJsonValue &value, const QString &path, ScenarioStep *step)
{
    if (!value.isObject())
        return r.fail(path, ScenarioText::tr("a step must be an object, not %1").arg(Reader::typeName(value)));
    const QJsonObject o = value.toObject();
    if (!r.checkKeys(o, path, {QStringLiteral("action"), QStringLiteral("kind"),
                               QStringLiteral("unit"), QStringLiteral("destination"),
                               QStringLiteral("weight"), QStringLiteral("at_s"),
                               QStringLiteral("method")}))
        return false;
    if (!o.contains(QLatin1String("action")))
        return r.fail(path, ScenarioText::tr("a step needs an \"action\" (one of %1)").arg(actionNameList().join(QStringLiteral(", "))));
    QString action;
    if (!r.string(o, path, QStringLiteral("action"), &action))
        return false;
    if (!simActionFromName(action, &step->action))
        return r.fail(Reader::join(path, QStringLiteral("action")),
                      ScenarioText::tr("\"%1\" is not an action (one of %2)")
                          .arg(action, actionNameList().join(QStringLiteral(", "))));
    if (!r.string(o, path, QStringLiteral("kind"), &step->kind))
        return false;
    if (simActionNeedsKind(step->action)) {
        if (step->kind.isEmpty())
            return r.fail(path, ScenarioText::tr("\"%1\" needs a \"kind\" (%2)")
                                    .arg(action, requestKinds().join(QStringLiteral(", "))));
        if (!requestKinds().contains(step->kind))
            return r.fail(Reader::join(path, QStringLiteral("kind")),
                          ScenarioText::tr("\"%1\" is not a request kind (%2)")
                              .arg(step->kind, requestKinds().join(QStringLiteral(", "))));
    } else if (!step->kind.isEmpty()) {
        return r.fail(Reader::join(path, QStringLiteral("kind")),
                      ScenarioText::tr("\"%1\" takes no kind").arg(action));
    }
    if (o.contains(QLatin1String("unit"))) {
        const QJsonValue u = o.value(QLatin1String("unit"));
        if (u.isString() && u.toString() == QLatin1String("any")) {
            step->unit = EntityId();
        } else if (!r.unitId(o, path, QStringLiteral("unit"), &step->unit, 1, 100000)) {
            return false;
        }
    }
    if (!r.unitId(o, path, QStringLiteral("destination"), &step->destination, 1, 100000))
        return false;
    if (o.contains(QLatin1String("destination")) && step->kind != QLatin1String("transfer"))
        return r.fail(Reader::join(path, QStringLiteral("destination")),
                      ScenarioText::tr("only transfer steps have a destination"));
    if (step->destination.isValid() && step->destination == step->unit)
        return r.fail(Reader::join(path, QStringLiteral("destination")),
                      ScenarioText::tr("the destination must be another unit than %1").arg(step->unit.toString()));
    if (!r.number(o, path, QStringLiteral("weight"), &step->weight, 0, 1e6, true))
        return false;
    if (!r.number(o, path, QStringLiteral("at_s"), &step->atS, 0, 86400 * 30))
        return false;
    if (!r.string(o, path, QStringLiteral("method"), &step->method))
        return false;
    if (step->action == SimActionType::DisconnectAll) {
        if (!step->isTimed())
            return r.fail(path, ScenarioText::tr("\"disconnect-all\" is a timed step: give \"at_s\""));
        const QStringList methods{QStringLiteral("auto"), QStringLiteral("server"), QStringLiteral("client")};
        if (!methods.contains(step->method))
            return r.fail(Reader::join(path, QStringLiteral("method")),
                          ScenarioText::tr("\"%1\" is not auto, server or client").arg(step->method));
    } else if (o.contains(QLatin1String("method"))) {
        return r.fail(Reader::join(path, QStringLiteral("method")),
                      ScenarioText::tr("only disconnect-all has a method"));
    }
    return true;
}

// "stages" and "start_users" (docs/scenarios.md, "Ramping"). Sets durationS to the stages'
// sum; a duration_s given as well must equal it.
bool readStages(Reader &r, const QJsonObject &o, Scenario *s)
{
    const bool hasStart = o.contains(QLatin1String("start_users"));
    if (!o.contains(QLatin1String("stages"))) {
        if (hasStart)
            return r.fail(QStringLiteral("start_users"), ScenarioText::tr("only with \"stages\""));
        return true;
    }
    const QJsonValue sv = o.value(QLatin1String("stages"));
    if (!sv.isArray() || sv.toArray().isEmpty())
        return r.fail(QStringLiteral("stages"),
                      ScenarioText::tr("must be a non-empty array of {\"duration_s\": S, \"users\": N, \"rate\": R}"));
    const QJsonArray list = sv.toArray();
    const bool rateGiven = o.contains(QLatin1String("rate"));
    int previousUsers = -1;
    double previousRate = rateGiven ? s->rate : -1;
    double total = 0;
    QStringList names;
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("stages[%1]").arg(i);
        if (!list.at(i).isObject())
            return r.fail(path, ScenarioText::tr("a stage must be an object, not %1").arg(Reader::typeName(list.at(i))));
        const QJsonObject so = list.at(i).toObject();
        if (!r.checkKeys(so, path, {QStringLiteral("name"), QStringLiteral("duration_s"),
                                    QStringLiteral("users"), QStringLiteral("rate")}))
            return false;
        ScenarioStage stage;
        if (!so.contains(QLatin1String("duration_s")))
            return r.fail(path, ScenarioText::tr("a stage needs \"duration_s\""));
        stage.name = QString::number(i + 1);
        if (!r.string(so, path, QStringLiteral("name"), &stage.name) ||
            !r.number(so, path, QStringLiteral("duration_s"), &stage.durationS, 0, 86400 * 30, true))
            return false;
        if (so.contains(QLatin1String("name"))) {
            const bool numeric = std::all_of(stage.name.cbegin(), stage.name.cend(),
                                             [](QChar c) { return c.isDigit(); });
            if (!Threshold::isStageName(stage.name) || numeric)
                return r.fail(path + QStringLiteral(".name"),
                              ScenarioText::tr("\"%1\" is not a stage name (letters, digits, _ . -; not a number)")
                                  .arg(stage.name));
        }
        if (names.contains(stage.name))
            return r.fail(path + QStringLiteral(".name"), ScenarioText::tr("\"%1\" names two stages").arg(stage.name));
        names.append(stage.name);
        stage.users = previousUsers;
        stage.rate = previousRate;
        if (!r.integer(so, path, QStringLiteral("users"), &stage.users, 1, 100000) ||
            !r.number(so, path, QStringLiteral("rate"), &stage.rate, 0, 10000))
            return false;
        if (stage.users < 0)
            return r.fail(path, ScenarioText::tr("the first stage needs \"users\""));
        if (stage.rate < 0)
            return r.fail(path, ScenarioText::tr("the first stage needs \"rate\" (or the scenario a \"rate\")"));
        previousUsers = stage.users;
        previousRate = stage.rate;
        total += stage.durationS;
        s->stages.append(stage);
    }
    s->startUsers = s->stages.first().users;
    if (!r.integer(o, QString(), QStringLiteral("start_users"), &s->startUsers, 1, 100000))
        return false;
    if (!rateGiven)
        s->rate = s->stages.first().rate;
    if (o.contains(QLatin1String("duration_s")) && std::fabs(s->durationS - total) > 1e-6)
        return r.fail(QStringLiteral("duration_s"),
                      ScenarioText::tr("%1 s is not the stages' sum (%2 s): leave it out with \"stages\"")
                          .arg(formatMetric(s->durationS), formatMetric(total)));
    s->durationS = total;
    return true;
}

}  // namespace

QString simActionName(SimActionType type)
{
    for (const ActionName &a : ActionNames) {
        if (a.type == type)
            return QLatin1String(a.name);
    }
    return QString();
}

bool simActionFromName(const QString &name, SimActionType *type)
{
    for (const ActionName &a : ActionNames) {
        if (name == QLatin1String(a.name)) {
            *type = a.type;
            return true;
        }
    }
    return false;
}

bool simActionNeedsKind(SimActionType type)
{
    switch (type) {
        case SimActionType::Create:
        case SimActionType::Approve:
        case SimActionType::Reject:
        case SimActionType::SendBack:
        case SimActionType::AllocateStorage:
        case SimActionType::Issue:
        case SimActionType::Return:
        case SimActionType::Resubmit:
            return true;
        case SimActionType::Relocate:
        case SimActionType::CreateCrate:
        case SimActionType::DisconnectAll:
            return false;
    }
    return false;
}

QString ScenarioError::toString() const
{
    QString where = source;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    QString text = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    if (!field.isEmpty())
        text += field + QStringLiteral(": ");
    return text + message;
}

bool Scenario::hasTimedStep(SimActionType type) const
{
    for (const ScenarioStep &s : steps) {
        if (s.isTimed() && s.action == type)
            return true;
    }
    return false;
}

bool Scenario::hasWeightedSteps() const
{
    for (const ScenarioStep &s : steps) {
        if (!s.isTimed())
            return true;
    }
    return false;
}

int Scenario::maxStageUsers() const
{
    if (stages.isEmpty())
        return 0;
    int most = startUsers;
    for (const ScenarioStage &stage : stages)
        most = qMax(most, stage.users);
    return most;
}

double Scenario::stageStartS(int index) const
{
    double at = 0;
    for (int i = 0; i < index && i < stages.size(); ++i)
        at += stages.at(i).durationS;
    return at;
}

StageTargets Scenario::targetsAt(double seconds) const
{
    StageTargets t;
    t.users = totalUsers();
    t.rate = rate;
    if (stages.isEmpty())
        return t;
    double fromUsers = startUsers;
    double fromRate = rate;
    double start = 0;
    for (int i = 0; i < stages.size(); ++i) {
        const ScenarioStage &stage = stages.at(i);
        const bool last = i == stages.size() - 1;
        if (seconds < start + stage.durationS || last) {
            const double f = qBound(0.0, (seconds - start) / stage.durationS, 1.0);
            t.stage = i;
            t.users = fromUsers + (stage.users - fromUsers) * f;
            t.rate = fromRate + (stage.rate - fromRate) * f;
            return t;
        }
        fromUsers = stage.users;
        fromRate = stage.rate;
        start += stage.durationS;
    }
    return t;
}

int Scenario::stageIndex(const QString &nameOrNumber) const
{
    for (int i = 0; i < stages.size(); ++i) {
        if (stages.at(i).name == nameOrNumber)
            return i;
    }
    bool ok = false;
    const int number = nameOrNumber.toInt(&ok);
    return ok && number >= 1 && number <= stages.size() ? number - 1 : -1;
}

QStringList Scenario::stageNames() const
{
    QStringList names;
    for (const ScenarioStage &stage : stages)
        names.append(stage.name);
    return names;
}

QStringList Scenario::knownViews()
{
    return {QStringLiteral("withdrawal"), QStringLiteral("destruction"), QStringLiteral("transfer"),
            QStringLiteral("crates"),     QStringLiteral("sendbacks"),   QStringLiteral("storage"),
            QStringLiteral("audit")};
}

QStringList Scenario::builtInNames()
{
    QStringList names;
    const QDir dir(QStringLiteral(":/scenarios"));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names.append(QFileInfo(file).completeBaseName());
    return names;
}

bool Scenario::load(const QString &nameOrPath, Scenario *out, ScenarioError *error)
{
    QString path = nameOrPath;
    const bool looksLikeName = !nameOrPath.contains(QLatin1Char('/')) &&
                               !nameOrPath.endsWith(QLatin1String(".json"));
    if (looksLikeName)
        path = QStringLiteral(":/scenarios/%1.json").arg(nameOrPath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ScenarioError{};
        error->source = nameOrPath;
        error->message = looksLikeName
                             ? ScenarioText::tr("no built-in scenario of that name (built-ins: %1)")
                                   .arg(builtInNames().join(QStringLiteral(", ")))
                             : ScenarioText::tr("cannot read the file: %1").arg(file.errorString());
        return false;
    }
    return fromJson(file.readAll(), looksLikeName ? nameOrPath : path, out, error);
}

bool Scenario::fromJson(const QByteArray &json, const QString &source, Scenario *out,
                        ScenarioError *error)
{
    *error = ScenarioError{};
    error->source = source;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        error->line = line;
        error->column = column;
        error->message = ScenarioText::tr("JSON syntax error: %1").arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        error->line = 1;
        error->message = ScenarioText::tr("a scenario is a JSON object");
        return false;
    }
    const JsonLocator locator(json);
    Reader r(locator, error);
    const QJsonObject o = doc.object();
    Scenario s;
    s.source = source;
    if (!r.checkKeys(o, QString(),
                     {QStringLiteral("schema"), QStringLiteral("name"), QStringLiteral("description"),
                      QStringLiteral("users"), QStringLiteral("views"), QStringLiteral("rate"),
                      QStringLiteral("arrival"), QStringLiteral("duration_s"), QStringLiteral("warmup_s"),
                      QStringLiteral("settle_s"), QStringLiteral("timeout_s"), QStringLiteral("window_s"),
                      QStringLiteral("ready_timeout_s"), QStringLiteral("storm_timeout_s"),
                      QStringLiteral("max_in_flight"), QStringLiteral("sign_in_concurrency"),
                      QStringLiteral("coalesce_ms"), QStringLiteral("seed"), QStringLiteral("live"),
                      QStringLiteral("steps"), QStringLiteral("thresholds"), QStringLiteral("stages"),
                      QStringLiteral("start_users")}))
        return false;

    QString schema;
    if (!r.string(o, QString(), QStringLiteral("schema"), &schema))
        return false;
    if (!schema.isEmpty() && schema != QLatin1String("dms-scenario/1"))
        return r.fail(QStringLiteral("schema"), ScenarioText::tr("\"%1\" is not dms-scenario/1").arg(schema));
    if (!o.contains(QLatin1String("name")))
        return r.fail(QString(), ScenarioText::tr("a scenario needs a \"name\""));
    if (!r.string(o, QString(), QStringLiteral("name"), &s.name) ||
        !r.string(o, QString(), QStringLiteral("description"), &s.description))
        return false;
    if (s.name.trimmed().isEmpty())
        return r.fail(QStringLiteral("name"), ScenarioText::tr("must not be empty"));

    if (o.contains(QLatin1String("users"))) {
        const QJsonValue u = o.value(QLatin1String("users"));
        if (!u.isObject())
            return r.fail(QStringLiteral("users"), ScenarioText::tr("must be an object {\"units\": M, \"per_unit\": K}"));
        const QJsonObject uo = u.toObject();
        if (!r.checkKeys(uo, QStringLiteral("users"), {QStringLiteral("units"), QStringLiteral("per_unit")}) ||
            !r.integer(uo, QStringLiteral("users"), QStringLiteral("units"), &s.units, 1, 1000) ||
            !r.integer(uo, QStringLiteral("users"), QStringLiteral("per_unit"), &s.perUnit, 1, 100000))
            return false;
    }
    if (o.contains(QLatin1String("views"))) {
        const QJsonValue v = o.value(QLatin1String("views"));
        if (!v.isArray())
            return r.fail(QStringLiteral("views"), ScenarioText::tr("must be an array of view names"));
        s.views.clear();
        const QJsonArray views = v.toArray();
        for (int i = 0; i < views.size(); ++i) {
            const QString path = QStringLiteral("views[%1]").arg(i);
            if (!views.at(i).isString() || !knownViews().contains(views.at(i).toString()))
                return r.fail(path, ScenarioText::tr("%1 is not a view (%2)")
                                        .arg(views.at(i).isString()
                                                 ? QString(QLatin1Char('"') + views.at(i).toString() + QLatin1Char('"'))
                                                 : Reader::typeName(views.at(i)),
                                             knownViews().join(QStringLiteral(", "))));
            if (s.views.contains(views.at(i).toString()))
                return r.fail(path, ScenarioText::tr("\"%1\" is listed twice").arg(views.at(i).toString()));
            s.views.append(views.at(i).toString());
        }
    }
    QString arrival = QStringLiteral("constant");
    if (!r.string(o, QString(), QStringLiteral("arrival"), &arrival))
        return false;
    if (arrival != QLatin1String("constant") && arrival != QLatin1String("poisson"))
        return r.fail(QStringLiteral("arrival"), ScenarioText::tr("\"%1\" is not constant or poisson").arg(arrival));
    s.poisson = arrival == QLatin1String("poisson");
    double seed = s.seed;
    if (!r.number(o, QString(), QStringLiteral("rate"), &s.rate, 0, 10000) ||
        !r.number(o, QString(), QStringLiteral("duration_s"), &s.durationS, 0, 86400 * 30, true) ||
        !r.number(o, QString(), QStringLiteral("warmup_s"), &s.warmupS, 0, 3600) ||
        !r.number(o, QString(), QStringLiteral("settle_s"), &s.settleS, 0, 3600) ||
        !r.number(o, QString(), QStringLiteral("timeout_s"), &s.timeoutS, 0.1, 3600) ||
        !r.number(o, QString(), QStringLiteral("window_s"), &s.windowS, 0.1, 3600) ||
        !r.number(o, QString(), QStringLiteral("ready_timeout_s"), &s.readyTimeoutS, 1, 86400) ||
        !r.number(o, QString(), QStringLiteral("storm_timeout_s"), &s.stormTimeoutS, 1, 3600) ||
        !r.integer(o, QString(), QStringLiteral("max_in_flight"), &s.maxInFlight, 1, 10000) ||
        !r.integer(o, QString(), QStringLiteral("sign_in_concurrency"), &s.signInConcurrency, 1, 1000) ||
        !r.integer(o, QString(), QStringLiteral("coalesce_ms"), &s.coalesceMs, 0, 60000) ||
        !r.number(o, QString(), QStringLiteral("seed"), &seed, 0, 4294967295.0))
        return false;
    s.seed = quint32(seed);
    if (!readStages(r, o, &s))
        return false;

    if (o.contains(QLatin1String("live"))) {
        const QJsonValue lv = o.value(QLatin1String("live"));
        if (!lv.isObject())
            return r.fail(QStringLiteral("live"), ScenarioText::tr("must be an object"));
        const QJsonObject l = lv.toObject();
        const QString p = QStringLiteral("live");
        if (!r.checkKeys(l, p, {QStringLiteral("ping_interval_s"), QStringLiteral("pong_timeout_s"),
                                QStringLiteral("reconnect_base_s"), QStringLiteral("reconnect_cap_s")}) ||
            !r.number(l, p, QStringLiteral("ping_interval_s"), &s.pingIntervalS, 0.05, 3600) ||
            !r.number(l, p, QStringLiteral("pong_timeout_s"), &s.pongTimeoutS, 0.05, 3600) ||
            !r.number(l, p, QStringLiteral("reconnect_base_s"), &s.reconnectBaseS, 0, 3600) ||
            !r.number(l, p, QStringLiteral("reconnect_cap_s"), &s.reconnectCapS, 0, 3600))
            return false;
        if (s.reconnectCapS < s.reconnectBaseS)
            return r.fail(QStringLiteral("live.reconnect_cap_s"),
                          ScenarioText::tr("must not be below live.reconnect_base_s (%1)").arg(formatMetric(s.reconnectBaseS)));
    }

    if (!o.contains(QLatin1String("steps")))
        return r.fail(QString(), ScenarioText::tr("a scenario needs \"steps\""));
    const QJsonValue stepsValue = o.value(QLatin1String("steps"));
    if (!stepsValue.isArray() || stepsValue.toArray().isEmpty())
        return r.fail(QStringLiteral("steps"), ScenarioText::tr("must be a non-empty array of steps"));
    const QJsonArray steps = stepsValue.toArray();
    for (int i = 0; i < steps.size(); ++i) {
        ScenarioStep step;
        const QString path = QStringLiteral("steps[%1]").arg(i);
        if (!readStep(r, steps.at(i), path, &step))
            return false;
        // Unit numbers are the demo pattern's 1 … users.units; text ids are the server's.
        if (step.unit.isNumber() && step.unit.toNumber() > s.units)
            return r.fail(path + QStringLiteral(".unit"),
                          ScenarioText::tr("unit %1 does not exist: the scenario has %2 unit(s) (users.units)")
                              .arg(step.unit.toString())
                              .arg(s.units));
        if (step.destination.isNumber() && step.destination.toNumber() > s.units)
            return r.fail(path + QStringLiteral(".destination"),
                          ScenarioText::tr("unit %1 does not exist: the scenario has %2 unit(s) (users.units)")
                              .arg(step.destination.toString())
                              .arg(s.units));
        if (step.isTimed() && step.atS >= s.durationS)
            return r.fail(path + QStringLiteral(".at_s"),
                          ScenarioText::tr("%1 s is not within the run (duration_s %2)")
                              .arg(formatMetric(step.atS), formatMetric(s.durationS)));
        if (step.kind == QLatin1String("transfer") && s.units < 2)
            return r.fail(path + QStringLiteral(".kind"), ScenarioText::tr("transfers need at least 2 units (users.units)"));
        s.steps.append(step);
    }
    bool anyRate = s.rate > 0;
    for (const ScenarioStage &stage : std::as_const(s.stages))
        anyRate = anyRate || stage.rate > 0;
    if (s.hasWeightedSteps() && !anyRate)
        return r.fail(s.hasStages() ? QStringLiteral("stages") : QStringLiteral("rate"),
                      s.hasStages() ? ScenarioText::tr("some stage's rate must be above 0 when steps have no \"at_s\"")
                                    : ScenarioText::tr("must be above 0 when steps have no \"at_s\""));

    if (o.contains(QLatin1String("thresholds"))) {
        const QJsonValue tv = o.value(QLatin1String("thresholds"));
        if (!tv.isArray())
            return r.fail(QStringLiteral("thresholds"), ScenarioText::tr("must be an array of strings like \"p95_ms < 100\""));
        const QJsonArray list = tv.toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("thresholds[%1]").arg(i);
            // A string, or k6's object form {"threshold": "…", "abort_on_fail": true}.
            QString text;
            bool abortOnFail = false;
            if (list.at(i).isObject()) {
                const QJsonObject to = list.at(i).toObject();
                if (!r.checkKeys(to, path, {QStringLiteral("threshold"), QStringLiteral("abort_on_fail")}))
                    return false;
                if (!to.contains(QLatin1String("threshold")))
                    return r.fail(path, ScenarioText::tr("needs \"threshold\", a string like \"p95_ms < 100\""));
                if (!to.value(QLatin1String("threshold")).isString())
                    return r.fail(path + QStringLiteral(".threshold"),
                                  ScenarioText::tr("must be a string like \"p95_ms < 100\""));
                text = to.value(QLatin1String("threshold")).toString();
                const QJsonValue abortValue = to.value(QLatin1String("abort_on_fail"));
                if (!abortValue.isUndefined() && !abortValue.isBool())
                    return r.fail(path + QStringLiteral(".abort_on_fail"),
                                  ScenarioText::tr("must be true or false, not %1").arg(Reader::typeName(abortValue)));
                abortOnFail = abortValue.toBool();
            } else if (list.at(i).isString()) {
                text = list.at(i).toString();
            } else {
                return r.fail(path, ScenarioText::tr("must be a string like \"p95_ms < 100\", not %1")
                                        .arg(Reader::typeName(list.at(i))));
            }
            Threshold t;
            QString why;
            if (!Threshold::parse(text, &t, &why))
                return r.fail(path, QStringLiteral("\"%1\": %2").arg(text, why));
            if (abortOnFail && !t.abortOnFail) {
                t.abortOnFail = true;
                t.text = t.canonicalText();
            }
            if (!t.stage.isEmpty() && s.stageIndex(t.stage) < 0)
                return r.fail(path, s.hasStages()
                                        ? ScenarioText::tr("\"%1\": no stage \"%2\" (stages: %3)")
                                              .arg(text, t.stage, s.stageNames().join(QStringLiteral(", ")))
                                        : ScenarioText::tr("\"%1\": names stage \"%2\", but the scenario has no \"stages\"")
                                              .arg(text, t.stage));
            s.thresholds.append(t);
        }
    }
    *out = s;
    return true;
}

QJsonObject Scenario::toJson() const
{
    QJsonArray stepArray;
    for (const ScenarioStep &step : steps) {
        QJsonObject o{{QStringLiteral("action"), simActionName(step.action)}};
        if (!step.kind.isEmpty())
            o.insert(QStringLiteral("kind"), step.kind);
        if (step.unit.isValid())
            o.insert(QStringLiteral("unit"), step.unit.toJson());
        else if (step.action != SimActionType::DisconnectAll)
            o.insert(QStringLiteral("unit"), QStringLiteral("any"));
        if (step.destination.isValid())
            o.insert(QStringLiteral("destination"), step.destination.toJson());
        if (step.isTimed())
            o.insert(QStringLiteral("at_s"), step.atS);
        else
            o.insert(QStringLiteral("weight"), step.weight);
        if (step.action == SimActionType::DisconnectAll)
            o.insert(QStringLiteral("method"), step.method);
        stepArray.append(o);
    }
    QJsonArray thresholdArray;
    for (const Threshold &t : thresholds)
        thresholdArray.append(t.text);
    QJsonObject o{
        {QStringLiteral("schema"), QStringLiteral("dms-scenario/1")},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("users"),
         QJsonObject{{QStringLiteral("units"), units}, {QStringLiteral("per_unit"), perUnit}}},
        {QStringLiteral("views"), QJsonArray::fromStringList(views)},
        {QStringLiteral("rate"), rate},
        {QStringLiteral("arrival"), poisson ? QStringLiteral("poisson") : QStringLiteral("constant")},
        {QStringLiteral("duration_s"), durationS},
        {QStringLiteral("warmup_s"), warmupS},
        {QStringLiteral("settle_s"), settleS},
        {QStringLiteral("timeout_s"), timeoutS},
        {QStringLiteral("window_s"), windowS},
        {QStringLiteral("ready_timeout_s"), readyTimeoutS},
        {QStringLiteral("storm_timeout_s"), stormTimeoutS},
        {QStringLiteral("max_in_flight"), maxInFlight},
        {QStringLiteral("sign_in_concurrency"), signInConcurrency},
        {QStringLiteral("coalesce_ms"), coalesceMs},
        {QStringLiteral("seed"), qint64(seed)},
        {QStringLiteral("live"),
         QJsonObject{{QStringLiteral("ping_interval_s"), pingIntervalS},
                     {QStringLiteral("pong_timeout_s"), pongTimeoutS},
                     {QStringLiteral("reconnect_base_s"), reconnectBaseS},
                     {QStringLiteral("reconnect_cap_s"), reconnectCapS}}},
        {QStringLiteral("steps"), stepArray},
        {QStringLiteral("thresholds"), thresholdArray},
    };
    if (!stages.isEmpty()) {
        QJsonArray stageArray;
        for (int i = 0; i < stages.size(); ++i) {
            const ScenarioStage &stage = stages.at(i);
            QJsonObject so{{QStringLiteral("duration_s"), stage.durationS},
                           {QStringLiteral("users"), stage.users},
                           {QStringLiteral("rate"), stage.rate}};
            if (stage.name != QString::number(i + 1))
                so.insert(QStringLiteral("name"), stage.name);
            stageArray.append(so);
        }
        o.insert(QStringLiteral("stages"), stageArray);
        o.insert(QStringLiteral("start_users"), startUsers);
    }
    return o;
}

}  // namespace Dms
