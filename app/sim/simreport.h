// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

#include "core/entityid.h"
#include "sim/latencyhistogram.h"
#include "sim/threshold.h"

namespace Dms {

// Every count of a run. They only add up, so shard reports merge by addition.
struct SimCounters
{
    qint64 actions = 0;          // actions the server accepted (2xx)
    qint64 actionErrors = 0;     // actions it refused or that failed
    qint64 actionsSkipped = 0;   // ticks skipped: max_in_flight reached, or nothing to act on
    qint64 changes = 0;          // tracked changes (one action makes one or more)
    qint64 expected = 0;         // receipts expected: change × target user Live at the POST
    qint64 delivered = 0;        // … whose frame arrived within timeout_s
    qint64 missing = 0;          // … whose frame never came although the user stayed Live
    qint64 late = 0;             // frames that came after timeout_s (already counted missing)
    qint64 missedWhileDown = 0;  // the user's socket went down in between (not in the ratio)
    qint64 leaks = 0;            // receipts by users outside the change's units (or not its user)
    qint64 duplicates = 0;       // the same event received twice by one user (a repeated seq or
                                 // event_id; without either, the same change matched again)
    qint64 orderViolations = 0;  // frames older than one already received (a seq filling an
                                 // earlier gap); never counted for a repeat
    qint64 seqGaps = 0;          // gaps in a user's seq stream
    qint64 missedEvents = 0;     // seq numbers a Live user never received (gaps and tail)
    qint64 frames = 0;           // data_update frames with a seq received (every entity)
    qint64 notifications = 0;    // personal notifications received by their user
    qint64 refetches = 0;        // query refetches of every user during the run
    qint64 rowFetches = 0;       // single rows fetched through their detail route (run)
    qint64 restGets = 0;         // REST GETs of the virtual users during the run (pages counted)
    qint64 restGetBytes = 0;     // … bytes received for them (bodies and headers)
    qint64 reconnects = 0;       // reconnect attempts of every user during the run
    qint64 modelShown = 0;       // watched table rows that showed the change
    qint64 modelMissing = 0;     // … that did not within timeout_s
    qint64 unexpectedEvents = 0; // frames of changes this run did not make (other clients)
    qint64 lostUpdates = 0;      // table rows that differ from the server's at the end
    qint64 usersVerified = 0;    // users whose tables were compared with the server
    qint64 setupFailures = 0;    // users that could not sign in or go Live
    qint64 notLive = 0;          // users not Live at the end

    void add(const SimCounters &other);
    QJsonObject toJson() const;
    static SimCounters fromJson(const QJsonObject &object);
};

// Statistics of one time window (aligned on multiples of its length since the epoch, so
// windows of shards line up). A change belongs to the window its POST was sent in.
struct SimWindow
{
    qint64 startMs = 0;
    int lengthMs = 0;
    LatencyHistogram frame;  // POST sent → frame received
    LatencyHistogram model;  // POST sent → table model shows it
    LatencyHistogram emit;   // server emit → frame received
    qint64 changes = 0;
    qint64 expected = 0;
    qint64 delivered = 0;
    qint64 missing = 0;
    qint64 leaks = 0;

    void merge(const SimWindow &other);
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &object, SimWindow *out, QString *error);
};

// One stage of a ramping run (docs/scenarios.md, "Ramping"): when it ran, how many users
// were signed in and at what rate, and the figures of the changes posted within it.
struct SimStage
{
    int index = 0;
    QString name;
    qint64 startMs = 0;     // when it began (epoch ms)
    qint64 endMs = 0;       // when it ended (or the run stopped)
    int usersTarget = 0;    // users wanted at its end (this process's share)
    int users = 0;          // users signed in and Live at its end
    int joined = 0;         // users that signed in during it
    int left = 0;           // users that signed out during it
    double rate = 0;        // actions per second at its end (all shards together)
    qint64 actions = 0;     // actions posted in it that the server accepted
    qint64 actionErrors = 0;
    SimWindow figures;      // its changes: latencies, expected / delivered / missing / leaks

    std::optional<double> changeDelivery() const;
    // A stage metric (Threshold::stageMetrics()): "p95_ms", "model_p50_ms", "delivered", …
    std::optional<double> metric(const QString &name) const;
    void merge(const SimStage &other);
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &object, SimStage *out, QString *error);
};

// One virtual user's row in the per-user table.
struct SimUserStats
{
    QString username;
    EntityId unitId;       // as the server sends it (JSON: its type kept)
    EntityId userId;
    QString role;
    QString server;        // base URL, redacted
    QString state;         // live state id ("live", "reconnecting", …) or "failed"
    QString error;         // why it failed, if it did
    qint64 expected = 0;
    qint64 received = 0;
    qint64 missing = 0;
    qint64 late = 0;
    qint64 leaks = 0;
    qint64 duplicates = 0;
    qint64 frames = 0;
    qint64 missedEvents = 0;
    qint64 seqGaps = 0;
    qint64 orderViolations = 0;
    qint64 refetches = 0;
    qint64 reconnects = 0;
    qint64 lostUpdates = 0;
    qint64 latencySumMs = 0;  // POST → frame, over received
    qint64 latencyCount = 0;
    qint64 maxLatencyMs = -1;
    qint64 lastLatencyMs = -1;
    qint64 lastModelLatencyMs = -1;
    qint64 joinedAtMs = 0;   // ramping: signed in during the run (0: before it, or never)
    qint64 leftAtMs = 0;     // ramping: signed out during the run (0: did not)

    double meanLatencyMs() const { return latencyCount ? double(latencySumMs) / double(latencyCount) : -1; }
    QJsonObject toJson() const;
    static SimUserStats fromJson(const QJsonObject &object);
};

// A receipt by someone who should not have received it.
struct SimLeak
{
    QString username;  // who received it
    EntityId unitId;
    QString entity;
    EntityId entityId;
    QString status;
    QString number;
    QList<EntityId> targetUnits;
    EntityId targetUserId;  // null unless a notification
    QString targetUsername;
    qint64 atMs = 0;

    QString describe() const;  // "u2_req1 (unit 2) received withdrawal 17 → approved …"
    QJsonObject toJson() const;
    static SimLeak fromJson(const QJsonObject &object);
};

// A table row of a virtual user that differs from the server's at the end.
struct SimLostUpdate
{
    QString username;
    EntityId unitId;
    QString view;      // list key ("withdrawal-requests")
    EntityId rowId;
    QString problem;   // missing_row | extra_row | different
    QStringList fields;  // differing fields (different)
    QString local;       // the user's value(s), compact
    QString server;      // the server's

    QString describe() const;
    QJsonObject toJson() const;
    static SimLostUpdate fromJson(const QJsonObject &object);
};

// A reconnect storm: every socket closed at once (server) or cut (client).
struct SimStorm
{
    QString method;       // server | client
    qint64 atMs = 0;      // when it was triggered
    qint64 affected = 0;  // users whose socket went down
    qint64 notBack = 0;   // … not Live and resynced within storm_timeout_s
    LatencyHistogram reconnect;  // trigger → Live again
    LatencyHistogram resync;     // trigger → every open view refetched
    int timelineBucketMs = 100;
    QList<qint64> timeline;      // users back Live per bucket since the trigger

    void merge(const SimStorm &other);
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &object, SimStorm *out, QString *error);
};

// What one process used (memory per virtual user, CPU per delivered event).
struct SimProcessStats
{
    QString shard;
    qint64 users = 0;
    qint64 rssBeforeKb = 0;  // before the sessions were built
    qint64 rssReadyKb = 0;   // every user Live, every view loaded
    qint64 rssEndKb = 0;
    qint64 rssPeakKb = 0;
    qint64 cpuRunMs = 0;     // user + system CPU during the run phase
    qint64 framesRun = 0;    // frames received during the run phase
    double runSeconds = 0;

    QJsonObject toJson() const;
    static SimProcessStats fromJson(const QJsonObject &object);
};

// The result of a run (or of merged shard runs): everything the summary, the JSON, CSV
// and JUnit outputs and the panel show. Keeps histogram buckets, never only percentiles,
// so merge() is exact.
struct SimReport
{
    static QString schemaName() { return QStringLiteral("dms-sim-report/1"); }

    QString scenarioName;
    QJsonObject scenario;  // the scenario as run (rate/duration overrides applied)
    QStringList servers;   // redacted
    QStringList shards;    // "1/1", or the merged shards "1/4", "2/4", …
    int shardCount = 1;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    qint64 runStartMs = 0;  // first action
    qint64 runEndMs = 0;    // last action slot
    int users = 0;
    int units = 0;
    double rate = 0;        // total over all shards
    double durationS = 0;
    int windowMs = 5000;
    bool aborted = false;
    QString abortedBy;      // the abort_on_fail threshold that ended the run, with its value
    QString configError;    // the scenario cannot run with these users (exit 2), e.g. no approver
    bool verified = false;  // tables were compared with the server
    QString verifiedAs;     // "admin" or "unit users"
    QStringList notes;      // setup problems and remarks, shown in the summary
    // Metrics this server cannot provide, with why (threshold verdicts say "n/a"):
    // "delivery" when the dialect numbers no events (no seq, seeds 001/002/004).
    NotApplicable notApplicable;

    SimCounters counters;
    LatencyHistogram frame;   // POST sent → frame received
    LatencyHistogram model;   // POST sent → table model shows the change
    LatencyHistogram emit;    // server emit → frame received (clock offset applied)
    LatencyHistogram action;  // POST round trip
    // Status changes only (the frame carries the field the table watches): POST → frame,
    // POST → table, and per receipt table − frame (the console's own share); fetchLag is
    // table − frame of the changes whose watched field only a fetch brings (a crate's
    // storage, a created row). Optional in reports: older ones have none.
    LatencyHistogram statusFrame;
    LatencyHistogram statusModel;
    LatencyHistogram statusLag;
    LatencyHistogram fetchLag;
    QMap<qint64, SimWindow> windows;  // by start ms
    QList<SimUserStats> userStats;
    QList<SimLeak> leaks;              // the first MaxDetails
    QList<SimLostUpdate> lostUpdates;  // the first MaxDetails
    QList<SimStorm> storms;
    QList<SimStage> stages;            // ramping runs only
    QList<SimProcessStats> processes;
    QList<Threshold> thresholds;
    QList<ThresholdVerdict> verdicts;

    static constexpr int MaxDetails = 200;

    // Derived values.
    std::optional<double> delivery() const;        // frames / (frames + missed_events)
    std::optional<double> changeDelivery() const;  // delivered / (delivered + missing)
    // A metric by name; "NAME@STAGE" is the metric within a stage (its name or number).
    std::optional<double> metric(const QString &name) const;
    const SimStage *stage(const QString &nameOrNumber) const;
    // Evaluates the thresholds, plus the implicit rules: setup_failures == 0 and not
    // aborted. Fills verdicts.
    void evaluate();
    bool passed() const;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &object, SimReport *out, QString *error);
    // Combines shard reports of one scenario: counts and buckets add, windows merge by
    // start, per-user rows and details concatenate; the verdicts are evaluated afresh.
    // Fails (naming the file) when scenarios differ or a shard appears twice.
    static bool merge(const QList<SimReport> &reports, SimReport *out, QString *error);

    QString summaryText() const;  // the table printed at the end
    QByteArray toJUnit() const;   // one test case per threshold
};

}  // namespace Dms

Q_DECLARE_METATYPE(Dms::SimReport)
Q_DECLARE_METATYPE(Dms::SimWindow)
