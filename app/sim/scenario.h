// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/entityid.h"
#include "sim/threshold.h"

namespace Dms {

// What a scenario step does (docs/scenarios.md, "steps").
enum class SimActionType
{
    Create,           // a requester creates a request (kind) in the unit
    Approve,          // an approver approves a pending request (signed)
    Reject,           // … rejects it (signed)
    SendBack,         // … sends it back to the requester (signed; notifies the requester)
    AllocateStorage,  // a store head allocates storage (transfer: the destination unit's)
    Issue,            // a store head issues an approved request (the crate leaves)
    Return,           // a store head returns / confirms / receives an issued request
    Resubmit,         // the requester edits a sent-back request (→ pending)
    Relocate,         // a store head moves a crate to another storage location
    CreateCrate,      // a store head creates a crate
    DisconnectAll,    // timed: every socket is closed at once (reconnect storm)
};

QString simActionName(SimActionType type);  // "approve", "send-back", "disconnect-all", …
bool simActionFromName(const QString &name, SimActionType *type);
bool simActionNeedsKind(SimActionType type);  // request actions

// One step: either weighted (picked at the scenario's rate) or timed (at_s: once).
struct ScenarioStep
{
    SimActionType action = SimActionType::Approve;
    QString kind;          // withdrawal | destruction | transfer (request actions)
    EntityId unit;         // acting unit (the request's source unit); null = any unit
    EntityId destination;  // transfers: destination unit; null = the next unit after `unit`
    double weight = 1.0;
    double atS = -1;       // ≥ 0: a timed step run once, at this second of the run
    QString method = QStringLiteral("auto");  // disconnect-all: auto | server | client

    bool isTimed() const { return atS >= 0; }
};

// One stage of a ramping scenario (k6-style): over durationS the number of signed-in
// virtual users and the action rate move linearly from the previous stage's targets (the
// first stage from start_users and rate) to this stage's.
struct ScenarioStage
{
    QString name;        // "ramp"; unnamed stages are named by their 1-based number
    double durationS = 0;
    int users = 0;       // signed-in users at the stage's end (all shards together)
    double rate = 0;     // actions per second at the stage's end (all shards together)
};

// Where the stages put the run at a moment: the stage and the interpolated targets.
struct StageTargets
{
    int stage = -1;      // index into Scenario::stages (-1: no stages)
    double users = 0;    // signed-in users wanted (all shards), not rounded
    double rate = 0;     // actions per second (all shards)
};

// Where a scenario problem is: the file, the field path ("steps[2].kind") and its line.
struct ScenarioError
{
    QString source;   // file name or ":/scenarios/NAME.json"
    QString field;    // empty for syntax errors
    int line = 0;     // 1-based; 0 when unknown
    int column = 0;   // 1-based; syntax errors only
    QString message;

    bool isEmpty() const { return message.isEmpty(); }
    // "approve-fanout.json:12: steps[2].kind: \"widthdrawal\" is not withdrawal, …"
    QString toString() const;
};

// A multi-user scenario as data (docs/scenarios.md). Value type: the panel edits one and
// hands it to the Simulator; the CLI loads one from a file or the built-ins.
struct Scenario
{
    QString name;
    QString description;
    QString source;  // where it was loaded from

    // The virtual users (demo pattern): units × per_unit users; the command line and the
    // users file can replace them.
    int units = 2;
    int perUnit = 4;
    // The table views every virtual user keeps open (each one a table model):
    // withdrawal, destruction, transfer, crates, sendbacks, storage, audit.
    QStringList views{QStringLiteral("withdrawal"), QStringLiteral("destruction"),
                      QStringLiteral("transfer"), QStringLiteral("crates"),
                      QStringLiteral("sendbacks")};

    double rate = 1.0;        // weighted actions per second (all shards together)
    bool poisson = false;     // arrivals: constant spacing, or a Poisson process
    double durationS = 10;    // how long actions are issued
    double warmupS = 1;       // pause between everyone Live and the first action
    double settleS = 2;       // after the last action: at least this, until all is settled
    double timeoutS = 10;     // a receipt later than this after its POST counts as missing
    double windowS = 5;       // width of the per-window statistics
    double readyTimeoutS = 120;  // sign-in and first Live of every user
    double stormTimeoutS = 60;   // disconnect-all: how long to wait for everyone to be back
    int maxInFlight = 4;      // actions in flight at once; a tick beyond is skipped (counted)
    int signInConcurrency = 8;
    int coalesceMs = 50;      // each user's query-cache coalescing window
    quint32 seed = 1;

    // Each virtual user's live session (spec §4 defaults).
    double pingIntervalS = 30;
    double pongTimeoutS = 10;
    double reconnectBaseS = 1;
    double reconnectCapS = 30;

    QList<ScenarioStep> steps;
    QList<Threshold> thresholds;

    // Ramping (docs/scenarios.md, "Ramping"): empty = a constant rate with every user
    // signed in before the run. With stages, duration_s is their sum, startUsers sign in
    // before the run and the others as the stages ask.
    QList<ScenarioStage> stages;
    int startUsers = 0;

    int totalUsers() const { return units * perUnit; }
    bool hasStages() const { return !stages.isEmpty(); }
    // The most users any moment of the run asks for (startUsers included); 0 without stages.
    int maxStageUsers() const;
    // Where stage i starts, in seconds since the first action.
    double stageStartS(int index) const;
    // The targets at `seconds` since the first action (the last stage's end beyond it).
    StageTargets targetsAt(double seconds) const;
    // The stage a threshold's "@NAME" means (its name, or its 1-based number); -1 if none.
    int stageIndex(const QString &nameOrNumber) const;
    QStringList stageNames() const;
    bool hasTimedStep(SimActionType type) const;
    bool hasWeightedSteps() const;

    // Strict: unknown fields, wrong types and out-of-range values are errors naming the
    // field and its line; JSON syntax errors name the line and column.
    static bool fromJson(const QByteArray &json, const QString &source, Scenario *out,
                         ScenarioError *error);
    // A built-in name ("approve-fanout", from :/scenarios/) or a file path.
    static bool load(const QString &nameOrPath, Scenario *out, ScenarioError *error);
    static QStringList builtInNames();
    static QStringList knownViews();

    QJsonObject toJson() const;
};

}  // namespace Dms
