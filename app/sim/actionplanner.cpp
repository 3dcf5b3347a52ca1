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

// A stable hash of a string id for sharding (the same in every process and on every
// machine, unlike qHash): 64-bit FNV-1a over the UTF-16 code units.
quint64 stableHash(const QString &text)
{
    quint64 h = 14695981039346656037ull;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
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
    if (requestId.isValid())
        what += QStringLiteral(" %1 %2").arg(kind, requestId.toString());
    else if (crateId.isValid() && type != SimActionType::Create)
        what += QStringLiteral(" crate %1").arg(crateId.toString());
    else if (!kind.isEmpty() && kind != QLatin1String("crate"))
        what += QLatin1Char(' ') + kind;
    return tr("%1 by %2").arg(what, actorName);
}

void ActionPlanner::setActors(const QList<SimActor> &actors)
{
    m_actors = actors;
    for (const SimActor &a : actors) {
        if (a.unitId.isValid() && !m_units.contains(a.unitId))
            m_units.append(a.unitId);
    }
    std::sort(m_units.begin(), m_units.end());
}

bool ActionPlanner::owns(const EntityId &id) const
{
    if (m_shard.count <= 1)
        return true;
    // Numbers as before (id modulo N); string ids (UUIDs) by a hash every shard agrees on.
    const quint64 key = id.isNumber() ? quint64(id.toNumber()) : stableHash(id.toString());
    return int(key % quint64(m_shard.count)) == m_shard.index - 1;
}

ActionPlanner::Request ActionPlanner::requestFrom(const QJsonObject &row, const QString &kind)
{
    const auto id = [&row](const char *field) { return EntityId::fromJsonOrNull(row.value(QLatin1String(field))); };
    Request r;
    r.id = id("id");
    r.kind = kind;
    r.status = row.value(QLatin1String("status")).toString();
    r.number = row.value(QLatin1String("request_number")).toString();
    r.unit = id("unit_id");
    r.destination = id("destination_unit_id");
    r.crateId = id("crate_id");
    r.storageId = id("storage_id");
    r.requesterId = id("requester_id");
    return r;
}

ActionPlanner::Crate ActionPlanner::crateFrom(const QJsonObject &row)
{
    const auto id = [&row](const char *field) { return EntityId::fromJsonOrNull(row.value(QLatin1String(field))); };
    Crate c;
    c.id = id("id");
    c.status = row.value(QLatin1String("status")).toString();
    c.number = row.value(QLatin1String("crate_number")).toString();
    c.unit = id("unit_id");
    c.storageId = id("storage_id");
    return c;
}

void ActionPlanner::loadSnapshot(const QJsonArray &withdrawals, const QJsonArray &destructions,
                                 const QJsonArray &transfers, const QJsonArray &crates,
                                 const QJsonArray &storage)
{
    const QJsonArray *lists[3] = {&withdrawals, &destructions, &transfers};
    QSet<EntityId> units(m_units.cbegin(), m_units.cend());
    for (int k = 0; k < 3; ++k) {
        m_requests[k].clear();
        for (const QJsonValue &v : *lists[k]) {
            Request r = requestFrom(v.toObject(), kindAt(k));
            if (r.id.isNull())
                continue;
            r.owned = owns(r.id);
            units.insert(r.unit);
            if (r.destination.isValid())
                units.insert(r.destination);
            m_requests[k][r.id] = r;
        }
    }
    m_crates.clear();
    for (const QJsonValue &v : crates) {
        Crate c = crateFrom(v.toObject());
        if (c.id.isValid()) {
            c.owned = owns(c.id);
            m_crates[c.id] = c;
            units.insert(c.unit);
        }
    }
    m_storage.clear();
    for (const QJsonValue &v : storage) {
        const QJsonObject o = v.toObject();
        const EntityId id = EntityId::fromJsonOrNull(o.value(QLatin1String("id")));
        if (id.isValid())
            m_storage.insert(id, EntityId::fromJsonOrNull(o.value(QLatin1String("unit_id"))));
    }
    units.remove(EntityId());
    m_units = QList<EntityId>(units.cbegin(), units.cend());
    std::sort(m_units.begin(), m_units.end());
}

QList<EntityId> ActionPlanner::actorUnits() const
{
    QList<EntityId> units;
    for (const SimActor &a : m_actors) {
        if (a.unitId.isValid() && !units.contains(a.unitId))
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

bool ActionPlanner::hasActor(const EntityId &unit, RoleClass roleClass) const
{
    for (const SimActor &a : m_actors) {
        if (a.unitId == unit && roleFits(a.role, int(roleClass)))
            return true;
    }
    return false;
}

const SimActor *ActionPlanner::pickActor(const EntityId &unit, RoleClass roleClass)
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
    int &next = m_roundRobin[QStringLiteral("%1/%2").arg(unit.toString()).arg(int(roleClass))];
    const SimActor *a = candidates.at(next % candidates.size());
    ++next;
    return a;
}

const SimActor *ActionPlanner::actorByUserId(const EntityId &userId) const
{
    for (const SimActor &a : m_actors) {
        if (a.userId == userId && userId.isValid())
            return &a;
    }
    return nullptr;
}

EntityId ActionPlanner::destinationFor(const ScenarioStep &step, const EntityId &unit) const
{
    if (step.destination.isValid())
        return step.destination;
    const qsizetype at = m_units.indexOf(unit);
    for (qsizetype i = 1; i <= m_units.size(); ++i) {
        const EntityId &candidate = m_units.at((at + i) % m_units.size());
        if (candidate != unit)
            return candidate;
    }
    return EntityId();
}

QList<EntityId> ActionPlanner::storageOf(const EntityId &unit) const
{
    QList<EntityId> ids;
    for (auto it = m_storage.cbegin(); it != m_storage.cend(); ++it) {
        if (it.value() == unit)
            ids.append(it.key());
    }
    return ids;
}

ActionPlanner::Request *ActionPlanner::pickRequest(QRandomGenerator &rng, const QString &kind,
                                                   const EntityId &unit, const EntityId &destination,
                                                   const std::function<bool(const Request &)> &accept)
{
    const int k = kindIndex(kind);
    if (k < 0)
        return nullptr;
    QList<Request *> candidates;
    for (auto &[id, r] : m_requests[k]) {
        if (r.busy || r.broken || !r.owned || r.unit != unit)
            continue;
        if (destination.isValid() && r.destination != destination)
            continue;
        if (accept(r))
            candidates.append(&r);
    }
    if (candidates.isEmpty())
        return nullptr;
    return candidates.at(int(rng.bounded(quint32(candidates.size()))));
}

ActionPlanner::Crate *ActionPlanner::freeCrate(QRandomGenerator &rng, const EntityId &unit)
{
    QSet<EntityId> referenced;
    for (const auto &list : m_requests) {
        for (const auto &[id, r] : list) {
            if (r.crateId.isValid() && isOpenStatus(r.status))
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
    if (r.destination.isValid() && r.destination != r.unit)
        e.targetUnits.append(r.destination);
    e.modelKey = r.kind + QStringLiteral("-requests");
    e.watchField = watchField.isEmpty() ? QStringLiteral("status") : watchField;
    e.watchValue = watchField.isEmpty() ? QJsonValue(status) : watchValue;
    out->effects.append(e);
}

void ActionPlanner::crateEffect(const Crate &c, const QString &status, const QList<EntityId> &units,
                                const QList<EntityId> &watchUnits, PlannedAction *out,
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

QStringList ActionPlanner::routesNeeded(const ScenarioStep &step)
{
    const QString create = QStringLiteral("request-create");
    const QString action = QStringLiteral("request-action");
    switch (step.action) {
        case SimActionType::Create:
            return {create};
        case SimActionType::Approve:
        case SimActionType::Reject:
        case SimActionType::SendBack:
        case SimActionType::AllocateStorage:
        case SimActionType::Issue:
        case SimActionType::Return:
            return {create, action};
        case SimActionType::Resubmit:
            return {create, action, QStringLiteral("%1-request/{id}").arg(step.kind)};
        case SimActionType::Relocate:
            return {QStringLiteral("crate-action"), QStringLiteral("crate-create")};
        case SimActionType::CreateCrate:
            return {QStringLiteral("crate-create")};
        case SimActionType::DisconnectAll:
            // "auto" cuts the sockets client-side when the server has no such endpoint.
            if (step.method == QLatin1String("server"))
                return {QStringLiteral("disconnect-all")};
            return {};
    }
    return {};
}

QString ActionPlanner::missingRoute(const ScenarioStep &step, const RestRoutes &routes)
{
    for (const QString &route : routesNeeded(step)) {
        // "withdrawal-request/{id}" is a query key (rest.queries); the others are actions.
        const bool known = route.contains(QLatin1String("{id}"))
                               ? !routes.pathOfKey(QString(route).replace(QLatin1String("{id}"), QStringLiteral("1")))
                                      .isEmpty()
                               : routes.hasAction(route);
        if (!known)
            return route;
    }
    return QString();
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
    const QList<EntityId> units = step.unit.isValid() ? QList<EntityId>{step.unit} : actorUnits();
    if (units.isEmpty())
        return tr("no signed-in virtual user can act");
    QString problem;
    for (const EntityId &unit : units) {
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
            const EntityId dest = destinationFor(step, unit);
            if (dest.isNull())
                missing = tr("a destination unit");
            else if (!hasActor(dest, RoleClass::Store))
                missing = tr("store head or unit admin of destination unit %1").arg(dest.toString());
        }
        if (missing.isEmpty())
            return QString();  // some unit can do it
        problem = tr("no %1 among the virtual users of unit %2").arg(missing, unit.toString());
    }
    return problem;
}

bool ActionPlanner::plan(const ScenarioStep &step, QRandomGenerator &rng, PlannedAction *out, QString *why)
{
    EntityId unit = step.unit;
    if (unit.isNull()) {
        QList<EntityId> units;
        for (const EntityId &u : actorUnits()) {
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
    const EntityId destination =
        step.kind == QLatin1String("transfer") ? destinationFor(step, unit) : EntityId();
    *out = PlannedAction();
    return planStep(step.action, step.kind, unit, destination, rng, 0, out, why);
}

bool ActionPlanner::planStep(SimActionType type, const QString &kind, const EntityId &unit,
                             const EntityId &destination, QRandomGenerator &rng, int depth, PlannedAction *out,
                             QString *why)
{
    if (depth > MaxDepth) {
        *why = tr("no way to prepare %1 %2 in unit %3").arg(simActionName(type), kind, unit.toString());
        return false;
    }
    const bool transfer = kind == QLatin1String("transfer");
    out->type = type;
    out->kind = kind;
    out->unit = unit;
    out->destination = destination;
    out->effects.clear();
    const auto actorOr = [&](const EntityId &actorUnit, RoleClass rc) -> bool {
        const SimActor *a = pickActor(actorUnit, rc);
        if (!a) {
            *why = tr("no %1 among the virtual users of unit %2").arg(roleClassName(int(rc)), actorUnit.toString());
            return false;
        }
        out->actor = a->index;
        return true;
    };
    // The path of an action from the profile's routes; false (and why) when it names none.
    const auto routeOr = [&](const QString &route, const QString &path) -> bool {
        out->path = path;
        if (!path.isEmpty())
            return true;
        *why = tr("the dialect profile has no route \"%1\"").arg(route);
        return false;
    };
    const auto requestAction = [&](const Request &r, const QString &action) {
        return routeOr(QStringLiteral("request-action"),
                       m_routes.actionPath(QStringLiteral("request-action"), kind, r.id, action));
    };

    switch (type) {
        case SimActionType::Create: {
            if (!actorOr(unit, RoleClass::Creator))
                return false;
            out->method = "POST";
            if (!routeOr(QStringLiteral("request-create"),
                         m_routes.actionPath(QStringLiteral("request-create"), kind)))
                return false;
            QJsonObject body{{QStringLiteral("reason"), QStringLiteral("simulation %1").arg(++m_serial)}};
            if (Crate *c = freeCrate(rng, unit)) {
                body.insert(QStringLiteral("crate_id"), c->id.toJson());
                out->crateId = c->id;
            }
            if (transfer) {
                if (destination.isNull()) {
                    *why = tr("a transfer needs a second unit");
                    return false;
                }
                body.insert(QStringLiteral("destination_unit_id"), destination.toJson());
            }
            out->body = body;
            Request r;
            r.kind = kind;
            r.unit = unit;
            r.destination = transfer ? destination : EntityId();
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
            if (!requestAction(*r, simActionName(type)))
                return false;
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
                       q.storageId.isNull();
            });
            if (!r)
                return planStep(SimActionType::Approve, kind, unit, destination, rng, depth + 1, out, why);
            const EntityId acting = transfer ? r->destination : unit;
            const QList<EntityId> storage = storageOf(acting);
            if (storage.isEmpty()) {
                *why = tr("unit %1 has no storage location").arg(acting.toString());
                return false;
            }
            if (!actorOr(acting, RoleClass::Store))
                return false;
            const EntityId sid = storage.at(int(rng.bounded(quint32(storage.size()))));
            out->type = SimActionType::AllocateStorage;
            out->method = "POST";
            if (!requestAction(*r, QStringLiteral("allocate-storage")))
                return false;
            out->requestId = r->id;
            out->storageId = sid;
            out->body = {{QStringLiteral("storage_id"), sid.toJson()}};
            requestEffect(*r, r->status, out, QStringLiteral("storage_id"), sid.toJson());
            return true;
        }
        case SimActionType::Issue: {
            Request *r = pickRequest(rng, kind, unit, destination, [this](const Request &q) {
                if (q.status != QLatin1String("approved"))
                    return false;
                if (q.crateId.isNull())
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
            if (!requestAction(*r, QStringLiteral("issue")))
                return false;
            out->requestId = r->id;
            out->body = {};
            if (r->crateId.isValid()) {
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
                if (transfer && q.crateId.isValid() && q.storageId.isNull())
                    return false;
                if (q.crateId.isNull())
                    return true;
                const auto it = m_crates.find(q.crateId);
                return it != m_crates.end() && !it->second.busy && !it->second.broken;
            });
            if (!r) {
                // A transfer issued without its destination storage: allocate that first.
                if (transfer &&
                    pickRequest(rng, kind, unit, destination, [](const Request &q) {
                        return q.status == QLatin1String("issued") && q.crateId.isValid() && q.storageId.isNull();
                    }))
                    return planStep(SimActionType::AllocateStorage, kind, unit, destination, rng, depth + 1,
                                    out, why);
                return planStep(SimActionType::Issue, kind, unit, destination, rng, depth + 1, out, why);
            }
            const EntityId acting = transfer ? r->destination : unit;
            if (!actorOr(acting, RoleClass::Store))
                return false;
            out->method = "POST";
            if (!requestAction(*r, QStringLiteral("return")))
                return false;
            out->requestId = r->id;
            out->body = {};
            if (r->crateId.isValid()) {
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
                    *why = tr("neither the requester nor a unit admin of unit %1 is a virtual user")
                               .arg(unit.toString());
                    r->broken = true;  // nobody here may edit it: leave it alone
                    return false;
                }
                out->actor = admin->index;
            }
            out->method = "PATCH";
            // The request itself (its detail query's route): the requester's edit.
            const QString detailKey = QStringLiteral("%1-request/%2").arg(kind, r->id.toString());
            if (!routeOr(QStringLiteral("%1-request/{id}").arg(kind), m_routes.pathOfKey(detailKey)))
                return false;
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
                return planStep(SimActionType::CreateCrate, QString(), unit, EntityId(), rng, depth + 1, out, why);
            Crate *c = candidates.at(int(rng.bounded(quint32(candidates.size()))));
            QList<EntityId> storage = storageOf(unit);
            storage.removeOne(c->storageId);
            if (storage.isEmpty()) {
                *why = tr("unit %1 has no other storage location to move crates to").arg(unit.toString());
                return false;
            }
            if (!actorOr(unit, RoleClass::Store))
                return false;
            const EntityId sid = storage.at(int(rng.bounded(quint32(storage.size()))));
            out->kind = QStringLiteral("crate");
            out->method = "POST";
            if (!routeOr(QStringLiteral("crate-action"),
                         m_routes.actionPath(QStringLiteral("crate-action"), out->kind, c->id,
                                             QStringLiteral("relocate"))))
                return false;
            out->crateId = c->id;
            out->storageId = sid;
            out->body = {{QStringLiteral("storage_id"), sid.toJson()}};
            crateEffect(*c, c->status, {unit}, {}, out, QStringLiteral("storage_id"), sid.toJson());
            return true;
        }
        case SimActionType::CreateCrate: {
            if (!actorOr(unit, RoleClass::Store))
                return false;
            const QList<EntityId> storage = storageOf(unit);
            out->kind = QStringLiteral("crate");
            out->method = "POST";
            if (!routeOr(QStringLiteral("crate-create"), m_routes.actionPath(QStringLiteral("crate-create"))))
                return false;
            out->body = {{QStringLiteral("description"), QStringLiteral("simulation crate %1").arg(++m_serial)}};
            if (!storage.isEmpty()) {
                const EntityId sid = storage.at(int(rng.bounded(quint32(storage.size()))));
                out->body.insert(QStringLiteral("storage_id"), sid.toJson());
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
    if (k >= 0 && a.requestId.isValid()) {
        auto it = m_requests[k].find(a.requestId);
        if (it != m_requests[k].end())
            it->second.busy = true;
    }
    if (a.crateId.isValid()) {
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
    if (k >= 0 && a.requestId.isValid()) {
        auto it = m_requests[k].find(a.requestId);
        if (it != m_requests[k].end())
            req = &it->second;
    }
    Crate *crate = nullptr;
    if (a.crateId.isValid()) {
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
            if (r.id.isValid() && k >= 0) {
                r.owned = true;
                m_requests[k][r.id] = r;
            }
            return;
        }
        case SimActionType::CreateCrate: {
            Crate c = crateFrom(row);
            c.owned = true;
            if (c.id.isValid())
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
                    crate->storageId = EntityId();
                } else {
                    crate->status = QStringLiteral("active");
                    if (req->storageId.isValid())
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
