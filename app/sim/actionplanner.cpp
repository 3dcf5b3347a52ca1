#include "sim/actionplanner.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Dms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dms::ActionPlanner", text);
}

constexpr int MaxDepth = 6;

int kindIndex(const QString &kind)
{
    if (kind == QLatin1String("withdrawal"))
        return 0;
    if (kind == QLatin1String("destruction"))
        return 1;
    if (kind == QLatin1String("transfer"))
        return 2;
    return -1;
}

const QString &kindAt(int i)
{
    static const QString kinds[3] = {QStringLiteral("withdrawal"), QStringLiteral("destruction"),
                                     QStringLiteral("transfer")};
    return kinds[i];
}

bool isOpenStatus(const QString &status)
{
    return status == QLatin1String("pending") || status == QLatin1String("approved") ||
           status == QLatin1String("issued") || status == QLatin1String("sent_back");
}

QString roleClassName(int roleClass)
{
    switch (roleClass) {
        case 0: return tr("requester");
        case 1: return tr("approver or unit admin");
        default: return tr("store head or unit admin");
    }
}

}  // namespace

QString PlannedAction::describe(const QString &actorName) const
{
    QString what = simActionName(type);
    if (requestId > 0)
        what += QStringLiteral(" %1 %2").arg(kind).arg(requestId);
    else if (crateId > 0 && type != SimActionType::Create)
        what += QStringLiteral(" crate %1").arg(crateId);
    else if (!kind.isEmpty() && kind != QLatin1String("crate"))
        what += QLatin1Char(' ') + kind;
    return tr("%1 by %2").arg(what, actorName);
}

void ActionPlanner::setActors(const QList<SimActor> &actors)
{
    m_actors = actors;
    for (const SimActor &a : actors) {
        if (a.unitId > 0 && !m_units.contains(a.unitId))
            m_units.append(a.unitId);
    }
    std::sort(m_units.begin(), m_units.end());
}

bool ActionPlanner::owns(qint64 id) const
{
    return m_shard.count <= 1 || int(id % m_shard.count) == m_shard.index - 1;
}

ActionPlanner::Request ActionPlanner::requestFrom(const QJsonObject &row, const QString &kind)
{
    Request r;
    r.id = row.value(QLatin1String("id")).toInteger();
    r.kind = kind;
    r.status = row.value(QLatin1String("status")).toString();
    r.number = row.value(QLatin1String("request_number")).toString();
    r.unit = row.value(QLatin1String("unit_id")).toInt();
    r.destination = row.value(QLatin1String("destination_unit_id")).toInt();
    r.crateId = row.value(QLatin1String("crate_id")).toInteger();
    r.storageId = row.value(QLatin1String("storage_id")).toInteger();
    r.requesterId = row.value(QLatin1String("requester_id")).toInt();
    return r;
}

void ActionPlanner::loadSnapshot(const QJsonArray &withdrawals, const QJsonArray &destructions,
                                 const QJsonArray &transfers, const QJsonArray &crates,
                                 const QJsonArray &storage)
{
    const QJsonArray *lists[3] = {&withdrawals, &destructions, &transfers};
    QSet<int> units(m_units.cbegin(), m_units.cend());
    for (int k = 0; k < 3; ++k) {
        m_requests[k].clear();
        for (const QJsonValue &v : *lists[k]) {
            Request r = requestFrom(v.toObject(), kindAt(k));
            if (r.id <= 0)
                continue;
            r.owned = owns(r.id);
            units.insert(r.unit);
            if (r.destination > 0)
                units.insert(r.destination);
            m_requests[k][r.id] = r;
        }
    }
    m_crates.clear();
    for (const QJsonValue &v : crates) {
        const QJsonObject o = v.toObject();
        Crate c;
        c.id = o.value(QLatin1String("id")).toInteger();
        c.status = o.value(QLatin1String("status")).toString();
        c.number = o.value(QLatin1String("crate_number")).toString();
        c.unit = o.value(QLatin1String("unit_id")).toInt();
        c.storageId = o.value(QLatin1String("storage_id")).toInteger();
        c.owned = owns(c.id);
        if (c.id > 0) {
            m_crates[c.id] = c;
            units.insert(c.unit);
        }
    }
    m_storage.clear();
    for (const QJsonValue &v : storage) {
        const QJsonObject o = v.toObject();
        const qint64 id = o.value(QLatin1String("id")).toInteger();
        if (id > 0)
            m_storage.insert(id, o.value(QLatin1String("unit_id")).toInt());
    }
    units.remove(0);
    m_units = QList<int>(units.cbegin(), units.cend());
    std::sort(m_units.begin(), m_units.end());
}

QList<int> ActionPlanner::actorUnits() const
{
    QList<int> units;
    for (const SimActor &a : m_actors) {
        if (a.unitId > 0 && !units.contains(a.unitId))
            units.append(a.unitId);
    }
    std::sort(units.begin(), units.end());
    return units;
}

int ActionPlanner::busyCount() const
{
    int n = 0;
    for (const auto &list : m_requests) {
        for (const auto &[id, r] : list)
            n += r.busy ? 1 : 0;
    }
    for (const auto &[id, c] : m_crates)
        n += c.busy ? 1 : 0;
    return n;
}

static bool roleFits(const QString &role, int roleClass)
{
    switch (roleClass) {
        case 0:
            return role == QLatin1String("requester") || role == QLatin1String("approver") ||
                   role == QLatin1String("store_head") || role == QLatin1String("unit_admin");
        case 1:
            return role == QLatin1String("approver") || role == QLatin1String("unit_admin");
        default:
            return role == QLatin1String("store_head") || role == QLatin1String("unit_admin");
    }
}

bool ActionPlanner::hasActor(int unit, RoleClass roleClass) const
{
    for (const SimActor &a : m_actors) {
        if (a.unitId == unit && roleFits(a.role, int(roleClass)))
            return true;
    }
    return false;
}

QList<int> ActionPlanner::unitsWith(RoleClass roleClass) const
{
    QList<int> units;
    for (int u : actorUnits()) {
        if (hasActor(u, roleClass))
            units.append(u);
    }
    return units;
}

const SimActor *ActionPlanner::pickActor(int unit, RoleClass roleClass)
{
    // Creators: prefer requesters (what a real unit does), else anyone who may create.
    QList<const SimActor *> candidates;
    for (const SimActor &a : m_actors) {
        if (a.unitId != unit)
            continue;
        if (roleClass == RoleClass::Creator ? a.role == QLatin1String("requester")
                                            : roleFits(a.role, int(roleClass)))
            candidates.append(&a);
    }
    if (candidates.isEmpty() && roleClass == RoleClass::Creator) {
        for (const SimActor &a : m_actors) {
            if (a.unitId == unit && roleFits(a.role, 0))
                candidates.append(&a);
        }
    }
    if (candidates.isEmpty())
        return nullptr;
    int &next = m_roundRobin[QStringLiteral("%1/%2").arg(unit).arg(int(roleClass))];
    const SimActor *a = candidates.at(next % candidates.size());
    ++next;
    return a;
}

const SimActor *ActionPlanner::actorByUserId(int userId) const
{
    for (const SimActor &a : m_actors) {
        if (a.userId == userId && userId > 0)
            return &a;
    }
    return nullptr;
}

int ActionPlanner::destinationFor(const ScenarioStep &step, int unit) const
{
    if (step.destination > 0)
        return step.destination;
    const qsizetype at = m_units.indexOf(unit);
    for (qsizetype i = 1; i <= m_units.size(); ++i) {
        const int candidate = m_units.at((at + i) % m_units.size());
        if (candidate != unit)
            return candidate;
    }
    return 0;
}

QList<qint64> ActionPlanner::storageOf(int unit) const
{
    QList<qint64> ids;
    for (auto it = m_storage.cbegin(); it != m_storage.cend(); ++it) {
        if (it.value() == unit)
            ids.append(it.key());
    }
    return ids;
}

bool ActionPlanner::crateInOpenRequest(qint64 crateId) const
{
    for (const auto &list : m_requests) {
        for (const auto &[id, r] : list) {
            if (r.crateId == crateId && isOpenStatus(r.status))
                return true;
        }
    }
    return false;
}

ActionPlanner::Request *ActionPlanner::pickRequest(QRandomGenerator &rng, const QString &kind, int unit,
                                                   int destination,
                                                   const std::function<bool(const Request &)> &accept)
{
    const int k = kindIndex(kind);
    if (k < 0)
        return nullptr;
    QList<Request *> candidates;
    for (auto &[id, r] : m_requests[k]) {
        if (r.busy || r.broken || !r.owned || r.unit != unit)
            continue;
        if (destination > 0 && r.destination != destination)
            continue;
        if (accept(r))
            candidates.append(&r);
    }
    if (candidates.isEmpty())
        return nullptr;
    return candidates.at(int(rng.bounded(quint32(candidates.size()))));
}

ActionPlanner::Crate *ActionPlanner::freeCrate(QRandomGenerator &rng, int unit)
{
    QSet<qint64> referenced;
    for (const auto &list : m_requests) {
        for (const auto &[id, r] : list) {
            if (r.crateId > 0 && isOpenStatus(r.status))
                referenced.insert(r.crateId);
        }
    }
    QList<Crate *> candidates;
    for (auto &[id, c] : m_crates) {
        if (c.unit == unit && c.owned && !c.busy && !c.broken && c.status == QLatin1String("active") &&
            !referenced.contains(c.id))
            candidates.append(&c);
    }
    if (candidates.isEmpty())
        return nullptr;
    return candidates.at(int(rng.bounded(quint32(candidates.size()))));
}

void ActionPlanner::requestEffect(const Request &r, const QString &status, PlannedAction *out,
                                  const QString &watchField, const QJsonValue &watchValue) const
{
    SimEffect e;
    e.entity = r.kind;
    e.entityId = r.id;
    e.status = status;
    e.number = r.number;
    e.targetUnits = {r.unit};
    if (r.destination > 0 && r.destination != r.unit)
        e.targetUnits.append(r.destination);
    e.modelKey = r.kind + QStringLiteral("-requests");
    e.watchField = watchField.isEmpty() ? QStringLiteral("status") : watchField;
    e.watchValue = watchField.isEmpty() ? QJsonValue(status) : watchValue;
    out->effects.append(e);
}

void ActionPlanner::crateEffect(const Crate &c, const QString &status, const QList<int> &units,
                                const QList<int> &watchUnits, PlannedAction *out,
                                const QString &watchField, const QJsonValue &watchValue) const
{
    SimEffect e;
    e.entity = QStringLiteral("crate");
    e.entityId = c.id;
    e.status = status;
    e.number = c.number;
    e.targetUnits = units;
    e.watchUnits = watchUnits;
    e.modelKey = QStringLiteral("crates");
    e.watchField = watchField.isEmpty() ? QStringLiteral("status") : watchField;
    e.watchValue = watchField.isEmpty() ? QJsonValue(status) : watchValue;
    out->effects.append(e);
}

QString ActionPlanner::checkStep(const ScenarioStep &step) const
{
    if (step.action == SimActionType::DisconnectAll)
        return QString();
    QList<RoleClass> needed;
    switch (step.action) {
        case SimActionType::Create:
            needed = {RoleClass::Creator};
            break;
        case SimActionType::Approve:
        case SimActionType::Reject:
        case SimActionType::SendBack:
        case SimActionType::Resubmit:
            needed = {RoleClass::Creator, RoleClass::Approver};
            break;
        case SimActionType::AllocateStorage:
        case SimActionType::Issue:
        case SimActionType::Return:
            needed = {RoleClass::Creator, RoleClass::Approver, RoleClass::Store};
            break;
        case SimActionType::Relocate:
        case SimActionType::CreateCrate:
            needed = {RoleClass::Store};
            break;
        case SimActionType::DisconnectAll:
            break;
    }
    const QList<int> units = step.unit > 0 ? QList<int>{step.unit} : actorUnits();
    if (units.isEmpty())
        return tr("no signed-in virtual user can act");
    QString problem;
    for (int unit : units) {
        QString missing;
        for (RoleClass rc : needed) {
            if (!hasActor(unit, rc)) {
                missing = roleClassName(int(rc));
                break;
            }
        }
        // Transfers: allocate-storage and return are the destination unit's store heads.
        if (missing.isEmpty() && step.kind == QLatin1String("transfer") &&
            (step.action == SimActionType::AllocateStorage || step.action == SimActionType::Return)) {
            const int dest = destinationFor(step, unit);
            if (dest <= 0)
                missing = tr("a destination unit");
            else if (!hasActor(dest, RoleClass::Store))
                missing = tr("store head or unit admin of destination unit %1").arg(dest);
        }
        if (missing.isEmpty())
            return QString();  // some unit can do it
        problem = tr("no %1 among the virtual users of unit %2").arg(missing).arg(unit);
    }
    return problem;
}

bool ActionPlanner::plan(const ScenarioStep &step, QRandomGenerator &rng, PlannedAction *out, QString *why)
{
    int unit = step.unit;
    if (unit <= 0) {
        QList<int> units;
        for (int u : actorUnits()) {
            ScenarioStep s = step;
            s.unit = u;
            if (checkStep(s).isEmpty())
                units.append(u);
        }
        if (units.isEmpty()) {
            *why = checkStep(step);
            return false;
        }
        unit = units.at(int(rng.bounded(quint32(units.size()))));
    }
    const int destination = step.kind == QLatin1String("transfer") ? destinationFor(step, unit) : 0;
    *out = PlannedAction();
    return planStep(step.action, step.kind, unit, destination, rng, 0, out, why);
}

bool ActionPlanner::planStep(SimActionType type, const QString &kind, int unit, int destination,
                             QRandomGenerator &rng, int depth, PlannedAction *out, QString *why)
{
    if (depth > MaxDepth) {
        *why = tr("no way to prepare %1 %2 in unit %3").arg(simActionName(type), kind).arg(unit);
        return false;
    }
    const bool transfer = kind == QLatin1String("transfer");
    out->type = type;
    out->kind = kind;
    out->unit = unit;
    out->destination = destination;
    out->effects.clear();
    const QString base = QStringLiteral("/api/requests/%1/").arg(kind);
    const auto actorOr = [&](int actorUnit, RoleClass rc) -> bool {
        const SimActor *a = pickActor(actorUnit, rc);
        if (!a) {
            *why = tr("no %1 among the virtual users of unit %2").arg(roleClassName(int(rc))).arg(actorUnit);
            return false;
        }
        out->actor = a->index;
        return true;
    };

    switch (type) {
        case SimActionType::Create: {
            if (!actorOr(unit, RoleClass::Creator))
                return false;
            out->method = "POST";
            out->path = base;
            QJsonObject body{{QStringLiteral("reason"), QStringLiteral("simulation %1").arg(++m_serial)}};
            if (Crate *c = freeCrate(rng, unit)) {
                body.insert(QStringLiteral("crate_id"), c->id);
                out->crateId = c->id;
            }
            if (transfer) {
                if (destination <= 0) {
                    *why = tr("a transfer needs a second unit");
                    return false;
                }
                body.insert(QStringLiteral("destination_unit_id"), destination);
            }
            out->body = body;
            Request r;
            r.kind = kind;
            r.unit = unit;
            r.destination = transfer ? destination : 0;
            requestEffect(r, QStringLiteral("pending"), out);
            return true;
        }
        case SimActionType::Approve:
        case SimActionType::Reject:
        case SimActionType::SendBack: {
            const bool sendBack = type == SimActionType::SendBack;
            Request *r = pickRequest(rng, kind, unit, destination, [this, sendBack](const Request &q) {
                // A send-back is measured at its requester: pick one a virtual user made.
                return q.status == QLatin1String("pending") && (!sendBack || actorByUserId(q.requesterId));
            });
            if (!r)
                return planStep(SimActionType::Create, kind, unit, destination, rng, depth + 1, out, why);
            if (!actorOr(unit, RoleClass::Approver))
                return false;
            out->method = "POST";
            out->path = base + QStringLiteral("%1/%2/").arg(r->id).arg(simActionName(type));
            out->signedAction = true;
            out->requestId = r->id;
            out->body = {};
            if (type != SimActionType::Approve)
                out->body.insert(QStringLiteral("reason"), QStringLiteral("simulation"));
            const QString status = type == SimActionType::Approve  ? QStringLiteral("approved")
                                   : type == SimActionType::Reject ? QStringLiteral("rejected")
                                                                   : QStringLiteral("sent_back");
            requestEffect(*r, status, out);
            if (sendBack) {
                SimEffect n;
                n.entity = QStringLiteral("notification");
                n.entityId = r->id;
                n.status = QStringLiteral("send_back");
                n.number = r->number;
                n.targetUserId = r->requesterId;
                if (const SimActor *requester = actorByUserId(r->requesterId))
                    n.targetUsername = requester->username;
                out->effects.append(n);
            }
            return true;
        }
        case SimActionType::AllocateStorage: {
            Request *r = pickRequest(rng, kind, unit, destination, [](const Request &q) {
                return (q.status == QLatin1String("approved") || q.status == QLatin1String("issued")) &&
                       q.storageId == 0;
            });
            if (!r)
                return planStep(SimActionType::Approve, kind, unit, destination, rng, depth + 1, out, why);
            const int acting = transfer ? r->destination : unit;
            const QList<qint64> storage = storageOf(acting);
            if (storage.isEmpty()) {
                *why = tr("unit %1 has no storage location").arg(acting);
                return false;
            }
            if (!actorOr(acting, RoleClass::Store))
                return false;
            const qint64 sid = storage.at(int(rng.bounded(quint32(storage.size()))));
            out->type = SimActionType::AllocateStorage;
            out->method = "POST";
            out->path = base + QStringLiteral("%1/allocate-storage/").arg(r->id);
            out->requestId = r->id;
            out->storageId = sid;
            out->body = {{QStringLiteral("storage_id"), sid}};
            requestEffect(*r, r->status, out, QStringLiteral("storage_id"), QJsonValue(sid));
            return true;
        }
        case SimActionType::Issue: {
            Request *r = pickRequest(rng, kind, unit, destination, [this](const Request &q) {
                if (q.status != QLatin1String("approved"))
                    return false;
                if (q.crateId <= 0)
                    return true;
                const auto it = m_crates.find(q.crateId);
                return it != m_crates.end() && !it->second.busy && !it->second.broken &&
                       it->second.status == QLatin1String("active");
            });
            if (!r)
                return planStep(SimActionType::Approve, kind, unit, destination, rng, depth + 1, out, why);
            if (!actorOr(unit, RoleClass::Store))
                return false;
            out->method = "POST";
            out->path = base + QStringLiteral("%1/issue/").arg(r->id);
            out->requestId = r->id;
            out->body = {};
            if (r->crateId > 0) {
                const Crate &c = m_crates[r->crateId];
                out->crateId = c.id;
                const QString crateStatus =
                    kind == QLatin1String("destruction") ? QStringLiteral("archived") : QStringLiteral("withdrawn");
                crateEffect(c, crateStatus, {c.unit}, {}, out);
            }
            requestEffect(*r, QStringLiteral("issued"), out);
            return true;
        }
        case SimActionType::Return: {
            Request *r = pickRequest(rng, kind, unit, destination, [this, transfer](const Request &q) {
                if (q.status != QLatin1String("issued"))
                    return false;
                if (transfer && q.crateId > 0 && q.storageId == 0)
                    return false;
                if (q.crateId <= 0)
                    return true;
                const auto it = m_crates.find(q.crateId);
                return it != m_crates.end() && !it->second.busy && !it->second.broken;
            });
            if (!r) {
                // A transfer issued without its destination storage: allocate that first.
                if (transfer &&
                    pickRequest(rng, kind, unit, destination, [](const Request &q) {
                        return q.status == QLatin1String("issued") && q.crateId > 0 && q.storageId == 0;
                    }))
                    return planStep(SimActionType::AllocateStorage, kind, unit, destination, rng, depth + 1,
                                    out, why);
                return planStep(SimActionType::Issue, kind, unit, destination, rng, depth + 1, out, why);
            }
            const int acting = transfer ? r->destination : unit;
            if (!actorOr(acting, RoleClass::Store))
                return false;
            out->method = "POST";
            out->path = base + QStringLiteral("%1/return/").arg(r->id);
            out->requestId = r->id;
            out->body = {};
            if (r->crateId > 0) {
                const Crate &c = m_crates[r->crateId];
                out->crateId = c.id;
                if (kind == QLatin1String("destruction"))
                    crateEffect(c, QStringLiteral("destroyed"), {c.unit}, {}, out);
                else if (transfer)  // the crate moves: both units hear of it, the destination shows it
                    crateEffect(c, QStringLiteral("active"), {r->destination, c.unit}, {r->destination}, out);
                else
                    crateEffect(c, QStringLiteral("active"), {c.unit}, {}, out);
            }
            requestEffect(*r, QStringLiteral("returned"), out);
            return true;
        }
        case SimActionType::Resubmit: {
            Request *r = pickRequest(rng, kind, unit, destination, [this, unit](const Request &q) {
                if (q.status != QLatin1String("sent_back"))
                    return false;
                return actorByUserId(q.requesterId) || hasActor(unit, RoleClass::Approver);
            });
            if (!r)
                return planStep(SimActionType::SendBack, kind, unit, destination, rng, depth + 1, out, why);
            // The requester edits it; else a unit admin may.
            if (const SimActor *a = actorByUserId(r->requesterId)) {
                out->actor = a->index;
            } else {
                const SimActor *admin = nullptr;
                for (const SimActor &a : m_actors) {
                    if (a.unitId == unit && a.role == QLatin1String("unit_admin"))
                        admin = &a;
                }
                if (!admin) {
                    *why = tr("neither the requester nor a unit admin of unit %1 is a virtual user").arg(unit);
                    r->broken = true;  // nobody here may edit it: leave it alone
                    return false;
                }
                out->actor = admin->index;
            }
            out->method = "PATCH";
            out->path = base + QStringLiteral("%1/").arg(r->id);
            out->requestId = r->id;
            out->body = {{QStringLiteral("reason"), QStringLiteral("resubmitted by simulation %1").arg(++m_serial)}};
            requestEffect(*r, QStringLiteral("pending"), out);
            return true;
        }
        case SimActionType::Relocate: {
            QList<Crate *> candidates;
            for (auto &[id, c] : m_crates) {
                if (c.unit == unit && c.owned && !c.busy && !c.broken && c.status != QLatin1String("destroyed"))
                    candidates.append(&c);
            }
            if (candidates.isEmpty())
                return planStep(SimActionType::CreateCrate, QString(), unit, 0, rng, depth + 1, out, why);
            Crate *c = candidates.at(int(rng.bounded(quint32(candidates.size()))));
            QList<qint64> storage = storageOf(unit);
            storage.removeOne(c->storageId);
            if (storage.isEmpty()) {
                *why = tr("unit %1 has no other storage location to move crates to").arg(unit);
                return false;
            }
            if (!actorOr(unit, RoleClass::Store))
                return false;
            const qint64 sid = storage.at(int(rng.bounded(quint32(storage.size()))));
            out->kind = QStringLiteral("crate");
            out->method = "POST";
            out->path = QStringLiteral("/api/documents/crates/%1/relocate/").arg(c->id);
            out->crateId = c->id;
            out->storageId = sid;
            out->body = {{QStringLiteral("storage_id"), sid}};
            crateEffect(*c, c->status, {unit}, {}, out, QStringLiteral("storage_id"), QJsonValue(sid));
            return true;
        }
        case SimActionType::CreateCrate: {
            if (!actorOr(unit, RoleClass::Store))
                return false;
            const QList<qint64> storage = storageOf(unit);
            out->kind = QStringLiteral("crate");
            out->method = "POST";
            out->path = QStringLiteral("/api/documents/crates/");
            out->body = {{QStringLiteral("description"), QStringLiteral("simulation crate %1").arg(++m_serial)}};
            if (!storage.isEmpty()) {
                const qint64 sid = storage.at(int(rng.bounded(quint32(storage.size()))));
                out->body.insert(QStringLiteral("storage_id"), sid);
                out->storageId = sid;
            }
            Crate c;
            c.unit = unit;
            crateEffect(c, QStringLiteral("active"), {unit}, {}, out);
            return true;
        }
        case SimActionType::DisconnectAll:
            *why = tr("disconnect-all is a timed step");
            return false;
    }
    return false;
}

void ActionPlanner::started(const PlannedAction &a)
{
    const int k = kindIndex(a.kind);
    if (k >= 0 && a.requestId > 0) {
        auto it = m_requests[k].find(a.requestId);
        if (it != m_requests[k].end())
            it->second.busy = true;
    }
    if (a.crateId > 0) {
        auto it = m_crates.find(a.crateId);
        if (it != m_crates.end())
            it->second.busy = true;
    }
}

void ActionPlanner::finished(const PlannedAction &a, bool ok, int httpStatus, const QJsonObject &row)
{
    Q_UNUSED(httpStatus)
    const int k = kindIndex(a.kind);
    Request *req = nullptr;
    if (k >= 0 && a.requestId > 0) {
        auto it = m_requests[k].find(a.requestId);
        if (it != m_requests[k].end())
            req = &it->second;
    }
    Crate *crate = nullptr;
    if (a.crateId > 0) {
        auto it = m_crates.find(a.crateId);
        if (it != m_crates.end())
            crate = &it->second;
    }
    if (req)
        req->busy = false;
    if (crate)
        crate->busy = false;
    if (!ok) {
        // The server refused: our model of the row is wrong (or the row is stuck). Keep
        // away from it rather than fail on it again.
        if (req)
            req->broken = true;
        if (crate && a.type == SimActionType::Relocate)
            crate->broken = true;
        return;
    }
    switch (a.type) {
        case SimActionType::Create: {
            Request r = requestFrom(row, a.kind);
            if (r.id > 0) {
                r.owned = true;
                m_requests[k][r.id] = r;
            }
            return;
        }
        case SimActionType::CreateCrate: {
            Crate c;
            c.id = row.value(QLatin1String("id")).toInteger();
            c.status = row.value(QLatin1String("status")).toString();
            c.number = row.value(QLatin1String("crate_number")).toString();
            c.unit = row.value(QLatin1String("unit_id")).toInt();
            c.storageId = row.value(QLatin1String("storage_id")).toInteger();
            c.owned = true;
            if (c.id > 0)
                m_crates[c.id] = c;
            return;
        }
        case SimActionType::Relocate:
            if (crate)
                crate->storageId = a.storageId;
            return;
        case SimActionType::Issue:
            if (crate)
                crate->status = a.kind == QLatin1String("destruction") ? QStringLiteral("archived")
                                                                       : QStringLiteral("withdrawn");
            break;
        case SimActionType::Return:
            if (crate && req) {
                if (a.kind == QLatin1String("destruction")) {
                    crate->status = QStringLiteral("destroyed");
                    crate->storageId = 0;
                } else {
                    crate->status = QStringLiteral("active");
                    if (req->storageId > 0)
                        crate->storageId = req->storageId;
                    if (a.kind == QLatin1String("transfer"))
                        crate->unit = req->destination;
                }
            }
            break;
        default:
            break;
    }
    if (req && !row.isEmpty()) {
        const Request fresh = requestFrom(row, a.kind);
        req->status = fresh.status;
        req->storageId = fresh.storageId;
        req->crateId = fresh.crateId;
    }
}

}  // namespace Dms
