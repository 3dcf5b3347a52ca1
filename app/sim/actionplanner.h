// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QString>

#include <functional>
#include <map>

#include "actions/workflow.h"
#include "core/entityid.h"
#include "core/restroutes.h"
#include "sim/deliverytracker.h"
#include "sim/scenario.h"
#include "sim/simusers.h"

namespace Dms {

// A virtual user that may act (sign-in done: its server-side id, unit and role known).
struct SimActor
{
    int index = -1;  // the virtual user's index
    QString username;
    EntityId unitId;
    EntityId userId;
    QString role;
};

// One REST call the simulator is about to make, and what it should cause.
struct PlannedAction
{
    SimActionType type = SimActionType::Approve;
    QString kind;           // request kind, or "crate"
    int actor = -1;         // virtual user index
    QByteArray method = "POST";
    QString path;           // from the dialect profile's routes
    QJsonObject body;       // without the signature: the simulator adds the password
    bool signedAction = false;
    EntityId requestId;
    EntityId crateId;
    EntityId storageId;
    EntityId unit;
    EntityId destination;
    QList<SimEffect> effects;

    QString describe(const QString &actorName) const;  // "approve withdrawal 17 by u1_appr1"
};

// Keeps a model of the server's requests, crates and storage locations (a snapshot taken
// at the start, then updated from every answer) and turns scenario steps into legal
// actions: a step whose precondition is missing becomes the action that creates it
// (approve needs a pending request → create one; return needs an issued one → issue …),
// so a scenario can run for hours on a finite data set. With shards, each process only
// acts on rows whose id modulo N is its own (and on what it created), so shards never
// race for the same row. Paths come from the dialect profile's REST routes; bodies carry
// ids in the JSON type the server used (numbers, or strings such as UUIDs).
class ActionPlanner final
{
public:
    void setShard(const ShardSpec &shard) { m_shard = shard; }
    // Where actions go (the profile's "rest"); spec §1 routes until set.
    void setRoutes(const RestRoutes &routes) { m_routes = routes; }
    const RestRoutes &routes() const { return m_routes; }
    void setActors(const QList<SimActor> &actors);
    // Rows as the REST lists return them (any units: the admin's view or the union of
    // each unit's).
    void loadSnapshot(const QJsonArray &withdrawals, const QJsonArray &destructions,
                      const QJsonArray &transfers, const QJsonArray &crates,
                      const QJsonArray &storage);

    // The units that have at least one actor (natural order).
    QList<EntityId> actorUnits() const;
    // Empty when the actors can perform the step somewhere; else why not.
    QString checkStep(const ScenarioStep &step) const;

    // Plans the next action for a step (maybe a prerequisite). False (with a reason) when
    // nothing can be done right now (every candidate busy, no free crate, …).
    bool plan(const ScenarioStep &step, QRandomGenerator &rng, PlannedAction *out, QString *why);
    void started(const PlannedAction &action);
    // The answer: ok with the row the server returned (request or crate), or a failure.
    void finished(const PlannedAction &action, bool ok, int httpStatus, const QJsonObject &row);

    int requestCount() const
    {
        return int(m_requests[0].size() + m_requests[1].size() + m_requests[2].size());
    }
    int crateCount() const { return int(m_crates.size()); }
    int busyCount() const;

    // The profile routes a step may use ("request-create", "request-action", the request's
    // detail key "withdrawal-request/{id}" for a resubmit, "crate-action", …), prerequisites
    // included: a step whose precondition is missing creates it first.
    static QStringList routesNeeded(const ScenarioStep &step);
    // The first route a step needs that `routes` lacks (empty: it has them all).
    static QString missingRoute(const ScenarioStep &step, const RestRoutes &routes);

private:
    struct Request
    {
        EntityId id;
        QString kind;
        QString status;
        QString number;
        EntityId unit;
        EntityId destination;
        EntityId crateId;
        EntityId storageId;
        EntityId requesterId;
        bool busy = false;
        bool broken = false;  // a refused action left it in an unknown state
        bool owned = false;
    };
    struct Crate
    {
        EntityId id;
        QString status;
        QString number;
        EntityId unit;
        EntityId storageId;
        bool busy = false;
        bool broken = false;
        bool owned = false;
    };
    enum class RoleClass { Creator, Approver, Store };

    bool owns(const EntityId &id) const;
    // notUser: never that user (an approver is never the request's requester).
    const SimActor *pickActor(const EntityId &unit, RoleClass roleClass, const EntityId &notUser = {});
    const SimActor *actorByUserId(const EntityId &userId) const;
    bool hasActor(const EntityId &unit, RoleClass roleClass) const;
    EntityId destinationFor(const ScenarioStep &step, const EntityId &unit) const;
    QList<EntityId> storageOf(const EntityId &unit) const;
    Request *pickRequest(QRandomGenerator &rng, const QString &kind, const EntityId &unit,
                         const EntityId &destination, const std::function<bool(const Request &)> &accept);
    // One planning call: the action wanted, where, how deep among prerequisites, and where
    // the planned action (or why there is none) goes.
    struct StepContext
    {
        SimActionType type;
        QString kind;
        EntityId unit;
        EntityId destination;
        QRandomGenerator &rng;
        int depth;
        PlannedAction *out;
        QString *why;

        bool transfer() const { return kind == QLatin1String("transfer"); }
    };
    // Dispatches to the plan function of the action.
    bool planStep(SimActionType type, const QString &kind, const EntityId &unit, const EntityId &destination,
                  QRandomGenerator &rng, int depth, PlannedAction *out, QString *why);
    // Plans `prerequisite` instead: the action that makes what the step lacks.
    bool planFirst(const StepContext &s, SimActionType prerequisite);
    bool planCreate(const StepContext &s);
    bool planDecision(const StepContext &s);  // approve, reject, send back
    bool planAllocateStorage(const StepContext &s);
    bool planIssue(const StepContext &s);
    bool planReturn(const StepContext &s);
    bool planResubmit(const StepContext &s);
    bool planRelocate(const StepContext &s);
    bool planCreateCrate(const StepContext &s);
    // Fill in s.out's actor (a virtual user of `unit` in the role class) and path; false,
    // with s.why, when there is none.
    bool assignActor(const StepContext &s, const EntityId &unit, RoleClass roleClass,
                     const EntityId &notUser = {});
    bool assignPath(const StepContext &s, const QString &route, const QString &path) const;
    bool assignRequestPath(const StepContext &s, const Request &r, EntityAction action) const;
    // Who edits (resubmits) the request: its requester if a virtual user, else a unit admin
    // of `unit`; null when neither is.
    const SimActor *editorOf(const Request &r, const EntityId &unit) const;
    // A crate of the unit a new request may carry (free, and as issuing it needs).
    Crate *freeCrate(QRandomGenerator &rng, const EntityId &unit, const QString &kind);
    void requestEffect(const Request &r, const QString &status, PlannedAction *out,
                       const QString &watchField = QString(), const QJsonValue &watchValue = {}) const;
    void crateEffect(const Crate &c, const QString &status, const QList<EntityId> &units,
                     const QList<EntityId> &watchUnits, PlannedAction *out,
                     const QString &watchField = QString(), const QJsonValue &watchValue = {}) const;
    static Request requestFrom(const QJsonObject &row, const QString &kind);
    static Crate crateFrom(const QJsonObject &row);

    ShardSpec m_shard;
    RestRoutes m_routes = RestRoutes::specDefaults();
    QList<SimActor> m_actors;
    QHash<QString, int> m_roundRobin;
    QList<EntityId> m_units;  // every unit seen (actors and rows), natural order
    std::map<EntityId, Request> m_requests[3];  // withdrawal, destruction, transfer
    std::map<EntityId, Crate> m_crates;
    QMap<EntityId, EntityId> m_storage;  // storage id → unit
    quint64 m_serial = 0;
};

}  // namespace Dms
