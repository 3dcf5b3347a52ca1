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

#include "sim/deliverytracker.h"
#include "sim/scenario.h"
#include "sim/simusers.h"

namespace Dms {

// A virtual user that may act (sign-in done: its server-side id, unit and role known).
struct SimActor
{
    int index = -1;  // the virtual user's index
    QString username;
    int unitId = 0;
    int userId = 0;
    QString role;
};

// One REST call the simulator is about to make, and what it should cause.
struct PlannedAction
{
    SimActionType type = SimActionType::Approve;
    QString kind;           // request kind, or "crate"
    int actor = -1;         // virtual user index
    QByteArray method = "POST";
    QString path;
    QJsonObject body;       // without the signature: the simulator adds the password
    bool signedAction = false;
    qint64 requestId = 0;
    qint64 crateId = 0;
    qint64 storageId = 0;
    int unit = 0;
    int destination = 0;
    QList<SimEffect> effects;

    QString describe(const QString &actorName) const;  // "approve withdrawal 17 by u1_appr1"
};

// Keeps a model of the server's requests, crates and storage locations (a snapshot taken
// at the start, then updated from every answer) and turns scenario steps into legal
// actions: a step whose precondition is missing becomes the action that creates it
// (approve needs a pending request → create one; return needs an issued one → issue …),
// so a scenario can run for hours on a finite data set. With shards, each process only
// acts on rows whose id modulo N is its own (and on what it created), so shards never
// race for the same row.
class ActionPlanner final
{
public:
    void setShard(const ShardSpec &shard) { m_shard = shard; }
    void setActors(const QList<SimActor> &actors);
    // Rows as the REST lists return them (any units: the admin's view or the union of
    // each unit's).
    void loadSnapshot(const QJsonArray &withdrawals, const QJsonArray &destructions,
                      const QJsonArray &transfers, const QJsonArray &crates,
                      const QJsonArray &storage);

    // The units that have at least one actor.
    QList<int> actorUnits() const;
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

private:
    struct Request
    {
        qint64 id = 0;
        QString kind;
        QString status;
        QString number;
        int unit = 0;
        int destination = 0;
        qint64 crateId = 0;
        qint64 storageId = 0;
        int requesterId = 0;
        bool busy = false;
        bool broken = false;  // a refused action left it in an unknown state
        bool owned = false;
    };
    struct Crate
    {
        qint64 id = 0;
        QString status;
        QString number;
        int unit = 0;
        qint64 storageId = 0;
        bool busy = false;
        bool broken = false;
        bool owned = false;
    };
    enum class RoleClass { Creator, Approver, Store };

    bool owns(qint64 id) const;
    const SimActor *pickActor(int unit, RoleClass roleClass);
    const SimActor *actorByUserId(int userId) const;
    bool hasActor(int unit, RoleClass roleClass) const;
    QList<int> unitsWith(RoleClass roleClass) const;
    int destinationFor(const ScenarioStep &step, int unit) const;
    QList<qint64> storageOf(int unit) const;
    bool crateInOpenRequest(qint64 crateId) const;
    Request *pickRequest(QRandomGenerator &rng, const QString &kind, int unit, int destination,
                         const std::function<bool(const Request &)> &accept);
    Crate *freeCrate(QRandomGenerator &rng, int unit);
    bool planStep(SimActionType type, const QString &kind, int unit, int destination,
                  QRandomGenerator &rng, int depth, PlannedAction *out, QString *why);
    void requestEffect(const Request &r, const QString &status, PlannedAction *out,
                       const QString &watchField = QString(), const QJsonValue &watchValue = {}) const;
    void crateEffect(const Crate &c, const QString &status, const QList<int> &units,
                     const QList<int> &watchUnits, PlannedAction *out,
                     const QString &watchField = QString(), const QJsonValue &watchValue = {}) const;
    static Request requestFrom(const QJsonObject &row, const QString &kind);

    ShardSpec m_shard;
    QList<SimActor> m_actors;
    QHash<QString, int> m_roundRobin;
    QList<int> m_units;  // every unit seen (actors and rows)
    std::map<qint64, Request> m_requests[3];  // withdrawal, destruction, transfer
    std::map<qint64, Crate> m_crates;
    QMap<qint64, int> m_storage;  // storage id → unit
    quint64 m_serial = 0;
};

}  // namespace Dms
