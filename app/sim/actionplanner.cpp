// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/actionplanner.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Dms {

namespace {

struct ActionPlannerText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::ActionPlanner)
};

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
        case 0: return ActionPlannerText::tr("requester");
        case 1: return ActionPlannerText::tr("approver or unit admin");
        default: return ActionPlannerText::tr("store head or unit admin");
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
    return ActionPlannerText::tr("%1 by %2").arg(what, actorName);
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

// Virtual users act in their own unit; an admin (every unit, none of its own) never is one.
static bool roleFits(const QString &role, int roleClass)
{
    if (Workflow::actsInEveryUnit(role))
        return false;
    switch (roleClass) {
        case 0: return Workflow::mayCreateRequest(role);
        case 1: return Workflow::roleMay(role, EntityAction::Approve);
        default: return Workflow::roleMay(role, EntityAction::Issue);  // the store staff
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

const SimActor *ActionPlanner::pickActor(const EntityId &unit, RoleClass roleClass, const EntityId &notUser)
{
    // Creators: prefer requesters (what a real unit does), else anyone who may create.
    QList<const SimActor *> candidates;
    for (const SimActor &a : m_actors) {
        if (a.unitId != unit || (notUser.isValid() && a.userId == notUser))
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

ActionPlanner::Crate *ActionPlanner::freeCrate(QRandomGenerator &rng, const EntityId &unit, const QString &kind)
{
    QSet<EntityId> referenced;
    for (const auto &list : m_requests) {
        for (const auto &[id, r] : list) {
            if (r.crateId.isValid() && Workflow::isOpen(r.kind, r.status))
                referenced.insert(r.crateId);
        }
    }
    const QString issuable = Workflow::crateStatusBefore(kind, EntityAction::Issue);
    QList<Crate *> candidates;
    for (auto &[id, c] : m_crates) {
        if (c.unit == unit && c.owned && !c.busy && !c.broken && c.status == issuable &&
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
        return ActionPlannerText::tr("no signed-in virtual user can act");
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
                missing = ActionPlannerText::tr("a destination unit");
            else if (!hasActor(dest, RoleClass::Store))
                missing = ActionPlannerText::tr("store head or unit admin of destination unit %1").arg(dest.toString());
        }
        if (missing.isEmpty())
            return QString();  // some unit can do it
        problem = ActionPlannerText::tr("no %1 among the virtual users of unit %2").arg(missing, unit.toString());
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
        *why = ActionPlannerText::tr("no way to prepare %1 %2 in unit %3").arg(simActionName(type), kind, unit.toString());
        return false;
    }
    out->type = type;
    out->kind = kind;
    out->unit = unit;
    out->destination = destination;
    out->effects.clear();
    const StepContext s{type, kind, unit, destination, rng, depth, out, why};
    switch (type) {
        case SimActionType::Create: return planCreate(s);
        case SimActionType::Approve:
        case SimActionType::Reject:
        case SimActionType::SendBack: return planDecision(s);
        case SimActionType::AllocateStorage: return planAllocateStorage(s);
        case SimActionType::Issue: return planIssue(s);
        case SimActionType::Return: return planReturn(s);
        case SimActionType::Resubmit: return planResubmit(s);
        case SimActionType::Relocate: return planRelocate(s);
        case SimActionType::CreateCrate: return planCreateCrate(s);
        case SimActionType::DisconnectAll:
            *why = ActionPlannerText::tr("disconnect-all is a timed step");
            return false;
    }
    return false;
}

bool ActionPlanner::planFirst(const StepContext &s, SimActionType prerequisite)
{
    return planStep(prerequisite, s.kind, s.unit, s.destination, s.rng, s.depth + 1, s.out, s.why);
}

bool ActionPlanner::assignActor(const StepContext &s, const EntityId &unit, RoleClass roleClass,
                                const EntityId &notUser)
{
    const SimActor *a = pickActor(unit, roleClass, notUser);
    if (!a) {
        *s.why = ActionPlannerText::tr("no %1 among the virtual users of unit %2").arg(roleClassName(int(roleClass)), unit.toString());
        return false;
    }
    s.out->actor = a->index;
    return true;
}

// The path of an action from the profile's routes; false (and why) when it names none.
bool ActionPlanner::assignPath(const StepContext &s, const QString &route, const QString &path) const
{
    s.out->path = path;
    if (!path.isEmpty())
        return true;
    *s.why = ActionPlannerText::tr("the dialect profile has no route \"%1\"").arg(route);
    return false;
}

bool ActionPlanner::assignRequestPath(const StepContext &s, const Request &r, EntityAction action) const
{
    const QString route = QStringLiteral("request-action");
    return assignPath(s, route, m_routes.actionPath(route, s.kind, r.id, Workflow::name(action)));
}

const SimActor *ActionPlanner::editorOf(const Request &r, const EntityId &unit) const
{
    if (const SimActor *requester = actorByUserId(r.requesterId))
        return requester;
    const SimActor *admin = nullptr;
    for (const SimActor &a : m_actors) {
        if (a.unitId == unit && Workflow::mayEditAnyRequest(a.role) && !Workflow::actsInEveryUnit(a.role))
            admin = &a;
    }
    return admin;
}

bool ActionPlanner::planCreate(const StepContext &s)
{
    if (!assignActor(s, s.unit, RoleClass::Creator))
        return false;
    s.out->method = "POST";
    const QString route = QStringLiteral("request-create");
    if (!assignPath(s, route, m_routes.actionPath(route, s.kind)))
        return false;
    QJsonObject body{{QStringLiteral("reason"), QStringLiteral("simulation %1").arg(++m_serial)}};
    if (Crate *c = freeCrate(s.rng, s.unit, s.kind)) {
        body.insert(QStringLiteral("crate_id"), c->id.toJson());
        s.out->crateId = c->id;
    }
    if (s.transfer()) {
        if (s.destination.isNull()) {
            *s.why = ActionPlannerText::tr("a transfer needs a second unit");
            return false;
        }
        body.insert(QStringLiteral("destination_unit_id"), s.destination.toJson());
    }
    s.out->body = body;
    Request r;
    r.kind = s.kind;
    r.unit = s.unit;
    r.destination = s.transfer() ? s.destination : EntityId();
    requestEffect(r, Workflow::initialStatus(s.kind), s.out);
    return true;
}

bool ActionPlanner::planDecision(const StepContext &s)
{
    const EntityAction action = s.type == SimActionType::Approve  ? EntityAction::Approve
                                : s.type == SimActionType::Reject ? EntityAction::Reject
                                                                  : EntityAction::SendBack;
    const bool sendBack = action == EntityAction::SendBack;
    Request *r = pickRequest(s.rng, s.kind, s.unit, s.destination, [this, &s, action, sendBack](const Request &q) {
        // A send-back is measured at its requester: pick one a virtual user made.
        return Workflow::allowedIn(s.kind, action, q.status) && (!sendBack || actorByUserId(q.requesterId));
    });
    if (!r)
        return planFirst(s, SimActionType::Create);
    // The reference server (and a DMS that follows it) refuses approving one's own request
    // (docs/security.md): the approver is never the requester.
    if (!assignActor(s, s.unit, RoleClass::Approver, r->requesterId))
        return false;
    s.out->method = "POST";
    if (!assignRequestPath(s, *r, action))
        return false;
    s.out->signedAction = Workflow::needsSignature(action);
    s.out->requestId = r->id;
    s.out->body = {};
    if (action != EntityAction::Approve)
        s.out->body.insert(QStringLiteral("reason"), QStringLiteral("simulation"));
    requestEffect(*r, Workflow::statusAfter(s.kind, action, r->status), s.out);
    if (sendBack) {
        SimEffect n;
        n.entity = QStringLiteral("notification");
        n.entityId = r->id;
        n.status = QStringLiteral("send_back");
        n.number = r->number;
        n.targetUserId = r->requesterId;
        if (const SimActor *requester = actorByUserId(r->requesterId))
            n.targetUsername = requester->username;
        s.out->effects.append(n);
    }
    return true;
}

bool ActionPlanner::planAllocateStorage(const StepContext &s)
{
    constexpr EntityAction action = EntityAction::AllocateStorage;
    Request *r = pickRequest(s.rng, s.kind, s.unit, s.destination, [&s](const Request &q) {
        return Workflow::allowedIn(s.kind, action, q.status) && q.storageId.isNull();
    });
    if (!r)
        return planFirst(s, SimActionType::Approve);
    const EntityId acting = Workflow::actingUnit(s.kind, action, s.unit, r->destination);
    const QList<EntityId> storage = storageOf(acting);
    if (storage.isEmpty()) {
        *s.why = ActionPlannerText::tr("unit %1 has no storage location").arg(acting.toString());
        return false;
    }
    if (!assignActor(s, acting, RoleClass::Store))
        return false;
    const EntityId sid = storage.at(int(s.rng.bounded(quint32(storage.size()))));
    s.out->method = "POST";
    if (!assignRequestPath(s, *r, action))
        return false;
    s.out->requestId = r->id;
    s.out->storageId = sid;
    s.out->body = {{QStringLiteral("storage_id"), sid.toJson()}};
    requestEffect(*r, Workflow::statusAfter(s.kind, action, r->status), s.out, QStringLiteral("storage_id"),
                  sid.toJson());
    return true;
}

bool ActionPlanner::planIssue(const StepContext &s)
{
    constexpr EntityAction action = EntityAction::Issue;
    Request *r = pickRequest(s.rng, s.kind, s.unit, s.destination, [this, &s](const Request &q) {
        if (!Workflow::allowedIn(s.kind, action, q.status))
            return false;
        if (q.crateId.isNull())
            return true;
        const auto it = m_crates.find(q.crateId);
        return it != m_crates.end() && !it->second.busy && !it->second.broken &&
               it->second.status == Workflow::crateStatusBefore(s.kind, action);
    });
    if (!r)
        return planFirst(s, SimActionType::Approve);
    if (!assignActor(s, Workflow::actingUnit(s.kind, action, s.unit, r->destination), RoleClass::Store))
        return false;
    s.out->method = "POST";
    if (!assignRequestPath(s, *r, action))
        return false;
    s.out->requestId = r->id;
    s.out->body = {};
    if (r->crateId.isValid()) {
        const Crate &c = m_crates[r->crateId];
        s.out->crateId = c.id;
        crateEffect(c, Workflow::crateStatusAfter(s.kind, action), {c.unit}, {}, s.out);
    }
    requestEffect(*r, Workflow::statusAfter(s.kind, action, r->status), s.out);
    return true;
}

bool ActionPlanner::planReturn(const StepContext &s)
{
    constexpr EntityAction action = EntityAction::Return;
    // Issued without the storage it must be received into (a transfer's crate).
    const auto awaitsStorage = [&s](const Request &q) {
        return Workflow::needsAllocatedStorage(s.kind, action, q.crateId.isValid()) && q.storageId.isNull();
    };
    Request *r = pickRequest(s.rng, s.kind, s.unit, s.destination, [this, &s, &awaitsStorage](const Request &q) {
        if (!Workflow::allowedIn(s.kind, action, q.status) || awaitsStorage(q))
            return false;
        if (q.crateId.isNull())
            return true;
        const auto it = m_crates.find(q.crateId);
        return it != m_crates.end() && !it->second.busy && !it->second.broken;
    });
    if (!r) {
        // One waits for its storage: allocate that first; else issue one.
        const auto waiting = [&s, &awaitsStorage](const Request &q) {
            return Workflow::allowedIn(s.kind, action, q.status) && awaitsStorage(q);
        };
        const bool storageFirst = pickRequest(s.rng, s.kind, s.unit, s.destination, waiting) != nullptr;
        return planFirst(s, storageFirst ? SimActionType::AllocateStorage : SimActionType::Issue);
    }
    if (!assignActor(s, Workflow::actingUnit(s.kind, action, s.unit, r->destination), RoleClass::Store))
        return false;
    s.out->method = "POST";
    if (!assignRequestPath(s, *r, action))
        return false;
    s.out->requestId = r->id;
    s.out->body = {};
    if (r->crateId.isValid()) {
        const Crate &c = m_crates[r->crateId];
        s.out->crateId = c.id;
        const QString crateStatus = Workflow::crateStatusAfter(s.kind, action);
        if (s.transfer())  // the crate moves: both units hear of it, the destination shows it
            crateEffect(c, crateStatus, {r->destination, c.unit}, {r->destination}, s.out);
        else
            crateEffect(c, crateStatus, {c.unit}, {}, s.out);
    }
    requestEffect(*r, Workflow::statusAfter(s.kind, action, r->status), s.out);
    return true;
}

bool ActionPlanner::planResubmit(const StepContext &s)
{
    // Resubmitting is the edit that moves a sent-back request on (to pending), by its
    // requester or else a unit admin.
    const auto resubmittable = [](const QString &status) {
        const QString after = Workflow::statusAfterEdit(status);
        return !after.isEmpty() && after != status;
    };
    Request *r = pickRequest(s.rng, s.kind, s.unit, s.destination, [this, &s, &resubmittable](const Request &q) {
        return resubmittable(q.status) && editorOf(q, s.unit);
    });
    if (!r)
        return planFirst(s, SimActionType::SendBack);
    s.out->actor = editorOf(*r, s.unit)->index;
    s.out->method = "PATCH";
    // The request itself (its detail query's route): the requester's edit.
    const QString detailKey = QStringLiteral("%1-request/%2").arg(s.kind, r->id.toString());
    if (!assignPath(s, QStringLiteral("%1-request/{id}").arg(s.kind), m_routes.pathOfKey(detailKey)))
        return false;
    s.out->requestId = r->id;
    s.out->body = {{QStringLiteral("reason"), QStringLiteral("resubmitted by simulation %1").arg(++m_serial)}};
    requestEffect(*r, Workflow::statusAfterEdit(r->status), s.out);
    return true;
}

bool ActionPlanner::planRelocate(const StepContext &s)
{
    constexpr EntityAction action = EntityAction::Relocate;
    const QString crate = QStringLiteral("crate");
    QList<Crate *> candidates;
    for (auto &[id, c] : m_crates) {
        if (c.unit == s.unit && c.owned && !c.busy && !c.broken && Workflow::allowedIn(crate, action, c.status))
            candidates.append(&c);
    }
    if (candidates.isEmpty())
        return planStep(SimActionType::CreateCrate, QString(), s.unit, EntityId(), s.rng, s.depth + 1, s.out, s.why);
    Crate *c = candidates.at(int(s.rng.bounded(quint32(candidates.size()))));
    QList<EntityId> storage = storageOf(s.unit);
    storage.removeOne(c->storageId);
    if (storage.isEmpty()) {
        *s.why = ActionPlannerText::tr("unit %1 has no other storage location to move crates to").arg(s.unit.toString());
        return false;
    }
    if (!assignActor(s, s.unit, RoleClass::Store))
        return false;
    const EntityId sid = storage.at(int(s.rng.bounded(quint32(storage.size()))));
    s.out->kind = crate;
    s.out->method = "POST";
    const QString route = QStringLiteral("crate-action");
    if (!assignPath(s, route, m_routes.actionPath(route, crate, c->id, Workflow::name(action))))
        return false;
    s.out->crateId = c->id;
    s.out->storageId = sid;
    s.out->body = {{QStringLiteral("storage_id"), sid.toJson()}};
    crateEffect(*c, Workflow::statusAfter(crate, action, c->status), {s.unit}, {}, s.out,
                QStringLiteral("storage_id"), sid.toJson());
    return true;
}

bool ActionPlanner::planCreateCrate(const StepContext &s)
{
    if (!assignActor(s, s.unit, RoleClass::Store))
        return false;
    const QList<EntityId> storage = storageOf(s.unit);
    s.out->kind = QStringLiteral("crate");
    s.out->method = "POST";
    const QString route = QStringLiteral("crate-create");
    if (!assignPath(s, route, m_routes.actionPath(route)))
        return false;
    s.out->body = {{QStringLiteral("description"), QStringLiteral("simulation crate %1").arg(++m_serial)}};
    if (!storage.isEmpty()) {
        const EntityId sid = storage.at(int(s.rng.bounded(quint32(storage.size()))));
        s.out->body.insert(QStringLiteral("storage_id"), sid.toJson());
        s.out->storageId = sid;
    }
    Crate c;
    c.unit = s.unit;
    crateEffect(c, Workflow::initialStatus(s.out->kind), {s.unit}, {}, s.out);
    return true;
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
                crate->status = Workflow::crateStatusAfter(a.kind, EntityAction::Issue);
            break;
        case SimActionType::Return:
            if (crate && req) {
                crate->status = Workflow::crateStatusAfter(a.kind, EntityAction::Return);
                if (a.kind == QLatin1String("destruction")) {
                    crate->storageId = EntityId();  // destroyed: out of storage
                } else {
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
