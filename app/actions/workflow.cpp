// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "actions/workflow.h"

namespace Dms {

namespace {

constexpr QLatin1String Withdrawal("withdrawal");
constexpr QLatin1String Destruction("destruction");
constexpr QLatin1String Transfer("transfer");
constexpr QLatin1String Crate("crate");

constexpr QLatin1String Admin("admin");
constexpr QLatin1String UnitAdmin("unit_admin");

// Request statuses (server/dms/models.py RequestStatus) and crate statuses (CrateStatus).
constexpr QLatin1String Pending("pending");
constexpr QLatin1String Approved("approved");
constexpr QLatin1String Rejected("rejected");
constexpr QLatin1String SentBack("sent_back");
constexpr QLatin1String Issued("issued");
constexpr QLatin1String Returned("returned");
constexpr QLatin1String Active("active");
constexpr QLatin1String Withdrawn("withdrawn");
constexpr QLatin1String Archived("archived");
constexpr QLatin1String Destroyed("destroyed");

// services.py APPROVER_ROLES and STORE_ROLES.
QStringList signers()
{
    return {QStringLiteral("approver"), UnitAdmin, Admin};
}

QStringList storeStaff()
{
    return {QStringLiteral("store_head"), UnitAdmin, Admin};
}

QList<Workflow::Rule> buildRules()
{
    using A = EntityAction;
    using Side = Workflow::Side;
    const QStringList sign = signers();
    const QStringList store = storeStaff();
    QList<Workflow::Rule> rules;
    for (const QLatin1String kind : {Withdrawal, Destruction, Transfer}) {
        // A transfer is received by its destination unit; other requests stay in one unit.
        const Side receiver = kind == Transfer ? Side::Destination : Side::Source;
        const bool destroys = kind == Destruction;
        rules << Workflow::Rule{.entity = kind, .action = A::Approve, .from = {Pending}, .to = Approved,
                                .roles = sign, .signature = true}
              << Workflow::Rule{.entity = kind, .action = A::Reject, .from = {Pending}, .to = Rejected,
                                .roles = sign, .signature = true}
              << Workflow::Rule{.entity = kind, .action = A::SendBack, .from = {Pending}, .to = SentBack,
                                .roles = sign, .signature = true}
              // Issue hands the crate over: withdrawn, or archived for its destruction.
              << Workflow::Rule{.entity = kind, .action = A::Issue, .from = {Approved}, .to = Issued,
                                .roles = store, .crateFrom = Active,
                                .crateTo = destroys ? Archived : Withdrawn}
              // Allocate storage: where the crate goes back to (a transfer's: arrives at).
              << Workflow::Rule{.entity = kind, .action = A::AllocateStorage, .from = {Approved, Issued},
                                .roles = store, .side = receiver}
              // Return brings the crate back (a transfer's: into the destination), or destroys it.
              << Workflow::Rule{.entity = kind, .action = A::Return, .from = {Issued}, .to = Returned,
                                .roles = store, .side = receiver,
                                .crateFrom = destroys ? Archived : Withdrawn,
                                .crateTo = destroys ? Destroyed : Active};
    }
    // Relocate moves a crate between its unit's storage locations; a destroyed one is gone.
    rules << Workflow::Rule{.entity = Crate, .action = A::Relocate, .from = {Active, Withdrawn, Archived},
                            .roles = store};
    return rules;
}

EntityId idField(const QJsonObject &row, const char *name)
{
    return EntityId::fromJsonOrNull(row.value(QLatin1String(name)));
}

}  // namespace

const QList<Workflow::Rule> &Workflow::rules()
{
    static const QList<Rule> all = buildRules();
    return all;
}

const Workflow::Rule *Workflow::rule(const QString &entity, EntityAction action)
{
    for (const Rule &r : rules()) {
        if (r.entity == entity && r.action == action)
            return &r;
    }
    return nullptr;
}

QStringList Workflow::entities()
{
    return {Withdrawal, Destruction, Transfer, Crate};
}

QStringList Workflow::roles()
{
    return {QStringLiteral("requester"), QStringLiteral("approver"), QStringLiteral("store_head"),
            UnitAdmin, Admin};
}

QStringList Workflow::statuses(const QString &entity)
{
    if (entity == Crate)
        return {Active, Withdrawn, Archived, Destroyed};
    if (entities().contains(entity))
        return {Pending, Approved, Rejected, SentBack, Issued, Returned};
    return {};
}

QString Workflow::initialStatus(const QString &entity)
{
    if (entity == Crate)
        return Active;
    return entities().contains(entity) ? Pending : QString();
}

bool Workflow::isOpen(const QString &entity, const QString &status)
{
    if (entity != Crate && !statusAfterEdit(status).isEmpty())
        return true;
    for (const Rule &r : rules()) {
        if (r.entity == entity && r.from.contains(status))
            return true;
    }
    return false;
}

QString Workflow::name(EntityAction action)
{
    switch (action) {
    case EntityAction::Approve: return QStringLiteral("approve");
    case EntityAction::Reject: return QStringLiteral("reject");
    case EntityAction::SendBack: return QStringLiteral("send-back");
    case EntityAction::AllocateStorage: return QStringLiteral("allocate-storage");
    case EntityAction::Issue: return QStringLiteral("issue");
    case EntityAction::Return: return QStringLiteral("return");
    case EntityAction::Relocate: return QStringLiteral("relocate");
    }
    return QString();
}

bool Workflow::needsSignature(EntityAction action)
{
    for (const Rule &r : rules()) {
        if (r.action == action)
            return r.signature;
    }
    return false;
}

bool Workflow::roleMay(const QString &role, EntityAction action)
{
    for (const Rule &r : rules()) {
        if (r.action == action && r.roles.contains(role))
            return true;
    }
    return false;
}

bool Workflow::actsInEveryUnit(const QString &role)
{
    return role == Admin;
}

bool Workflow::mayCreateRequest(const QString &role)
{
    return roles().contains(role);
}

bool Workflow::mayCreateCrate(const QString &role)
{
    return storeStaff().contains(role);
}

EntityId Workflow::actingUnit(const Rule &rule, const EntityId &unit, const EntityId &destination)
{
    return rule.side == Side::Destination ? destination : unit;
}

EntityId Workflow::actingUnit(const QString &entity, EntityAction action, const EntityId &unit,
                              const EntityId &destination)
{
    const Rule *r = rule(entity, action);
    return r ? actingUnit(*r, unit, destination) : unit;
}

bool Workflow::needsAllocatedStorage(const QString &entity, EntityAction action, bool hasCrate)
{
    return entity == Transfer && action == EntityAction::Return && hasCrate;
}

bool Workflow::allowedIn(const QString &entity, EntityAction action, const QString &status)
{
    const Rule *r = rule(entity, action);
    return r && r->from.contains(status);
}

QString Workflow::crateStatusBefore(const QString &entity, EntityAction action)
{
    const Rule *r = rule(entity, action);
    return r ? r->crateFrom : QString();
}

QString Workflow::crateStatusAfter(const QString &entity, EntityAction action)
{
    const Rule *r = rule(entity, action);
    return r ? r->crateTo : QString();
}

QString Workflow::statusAfter(const QString &entity, EntityAction action, const QString &status)
{
    if (!allowedIn(entity, action, status))
        return QString();
    const QString to = rule(entity, action)->to;
    return to.isEmpty() ? status : to;
}

QString Workflow::statusAfterEdit(const QString &status)
{
    return status == Pending || status == SentBack ? Pending : QString();
}

bool Workflow::mayEditAnyRequest(const QString &role)
{
    return role == UnitAdmin || role == Admin;
}

QList<EntityAction> Workflow::allowed(const QString &role, const EntityId &userUnit,
                                      const QString &entity, const QJsonObject &row)
{
    QList<EntityAction> actions;
    if (row.isEmpty())
        return actions;
    const QString status = row.value(QLatin1String("status")).toString();
    const EntityId unit = idField(row, "unit_id");
    const EntityId destination = idField(row, "destination_unit_id");
    const bool hasCrate = idField(row, "crate_id").isValid();
    const bool hasStorage = idField(row, "storage_id").isValid();
    for (const Rule &r : rules()) {
        if (r.entity != entity || !r.from.contains(status) || !r.roles.contains(role))
            continue;
        if (!actsInEveryUnit(role) && actingUnit(r, unit, destination) != userUnit)
            continue;
        if (needsAllocatedStorage(entity, r.action, hasCrate) && !hasStorage)
            continue;
        actions << r.action;
    }
    return actions;
}

QList<EntityAction> Workflow::everAllowed(const QString &role, const QString &entity)
{
    QList<EntityAction> actions;
    for (const Rule &r : rules()) {
        if (r.entity == entity && r.roles.contains(role) && !actions.contains(r.action))
            actions << r.action;
    }
    return actions;
}

}  // namespace Dms
