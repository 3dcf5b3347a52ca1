// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "core/entityid.h"

namespace Dms {

// What a user can do to a request or a crate (spec §1, docs/server.md "Lifecycles").
enum class EntityAction { Approve, Reject, SendBack, AllocateStorage, Issue, Return, Relocate };

// The request and crate workflow the reference server enforces (server/dms/services.py:
// perform_action, edit_request, create_crate, relocate_crate; docs/server.md "Lifecycles"
// and "Roles"), written once, as data: for each entity and action the statuses it may be
// taken in, the status it leads to, the roles that may take it, which unit's staff acts, and
// what it does to the request's crate. The row actions offer and the simulator's planner
// plans from this table; the server stays the judge.
class Workflow final
{
public:
    // Whose staff acts on a row: its own unit (a transfer's source) or, for a transfer, the
    // destination unit (allocate storage and return: the receiving side).
    enum class Side { Source, Destination };

    struct Rule
    {
        QString entity{};     // "withdrawal", "destruction", "transfer" or "crate"
        EntityAction action = EntityAction::Approve;
        QStringList from{};   // the statuses it may be taken in
        QString to{};         // the status afterwards; empty: unchanged
        QStringList roles{};  // who may take it: in the acting unit, or an admin in any
        Side side = Side::Source;
        bool signature = false;  // the actor's password again (approve, reject, send back)
        QString crateFrom{};  // issue, return: the status the request's crate must have …
        QString crateTo{};    // … and the one it gets (both empty: the crate is untouched)
    };

    // Every rule, in the order the actions are offered.
    static const QList<Rule> &rules();
    // The rule of this action on this entity; null when the entity has no such action.
    static const Rule *rule(const QString &entity, EntityAction action);

    static QStringList entities();  // withdrawal, destruction, transfer, crate
    static QStringList roles();     // requester, approver, store_head, unit_admin, admin
    static QStringList statuses(const QString &entity);
    static QString initialStatus(const QString &entity);  // what a created row starts as
    // Something still leads on from this status (an action, or for a request an edit).
    static bool isOpen(const QString &entity, const QString &status);

    static QString name(EntityAction action);  // the server's name: "approve", "send-back", …
    static bool needsSignature(EntityAction action);
    // This role may take the action somewhere (some entity, some status, its unit).
    static bool roleMay(const QString &role, EntityAction action);
    static bool actsInEveryUnit(const QString &role);  // admin
    static bool mayCreateRequest(const QString &role);  // any role (the server checks only the unit)
    static bool mayCreateCrate(const QString &role);
    // The unit whose staff takes the action on a row of `unit` (transfers: and `destination`).
    static EntityId actingUnit(const Rule &rule, const EntityId &unit, const EntityId &destination);
    static EntityId actingUnit(const QString &entity, EntityAction action, const EntityId &unit,
                               const EntityId &destination);  // `unit` when there is no such rule
    // What the server checks beyond role and status: a transfer that carries a crate is
    // received (returned) only into a storage location of the destination allocated first.
    static bool needsAllocatedStorage(const QString &entity, EntityAction action, bool hasCrate);

    // The action may be taken on a row of this entity in this status (by someone).
    static bool allowedIn(const QString &entity, EntityAction action, const QString &status);
    // The status the request's crate must have for the action, and the one it gets (empty:
    // the action leaves the crate alone).
    static QString crateStatusBefore(const QString &entity, EntityAction action);
    static QString crateStatusAfter(const QString &entity, EntityAction action);
    // The status after the action (unchanged when it changes none); empty when the action
    // may not be taken in `status`.
    static QString statusAfter(const QString &entity, EntityAction action, const QString &status);
    // Editing a request (PATCH): by its requester or a unit admin of its unit, while pending
    // or sent back; a sent-back request becomes pending again (resubmitted). Empty: no edit.
    static QString statusAfterEdit(const QString &status);
    static bool mayEditAnyRequest(const QString &role);  // unit_admin, admin (in their unit)

    // The actions a user of this role and unit may take on this row now: its status, its
    // unit_id and a transfer's destination_unit_id decide (admin: any unit).
    static QList<EntityAction> allowed(const QString &role, const EntityId &userUnit,
                                       const QString &entity, const QJsonObject &row);
    // Every action this role may take on some row of this entity (what a menu offers).
    static QList<EntityAction> everAllowed(const QString &role, const QString &entity);
};

}  // namespace Dms

Q_DECLARE_METATYPE(Dms::EntityAction)
