// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

#include "live/dialectprofile.h"
#include "session/sessionfactory.h"
#include "sim/actionplanner.h"
#include "sim/deliverytracker.h"
#include "sim/scenario.h"
#include "sim/simreport.h"
#include "sim/simusers.h"
#include "sim/truthcheck.h"
#include "sim/truthfetch.h"

class QNetworkAccessManager;

namespace Dms {

class ApiClient;
class Clock;
class VirtualUser;

enum class SimPhase
{
    Idle,       // configured (or not yet)
    SigningIn,  // users sign in, go Live, load their views
    Preparing,  // snapshot of the server's rows for the planner
    Warmup,     // everyone Live; the first action comes after warmup_s
    Running,    // actions at the scenario's rate
    Settling,   // no more actions; waiting for the last receipts and tables
    Verifying,  // every user's tables against the server's
    Finished,   // the report is final
};
QString simPhaseName(SimPhase phase);  // "signing_in", "running", …

// A live snapshot for progress displays (emitted once a second).
struct SimProgress
{
    SimPhase phase = SimPhase::Idle;
    qint64 elapsedMs = 0;      // since start()
    qint64 runElapsedMs = 0;   // since the first action
    qint64 runDurationMs = 0;
    int users = 0;
    int signedIn = 0;
    int live = 0;
    int failed = 0;
    int inFlight = 0;
    int openChanges = 0;
    SimCounters counters;
    std::optional<qint64> p95Ms;
    std::optional<qint64> modelP95Ms;
    std::optional<qint64> lastWindowP95Ms;
    // Ramping runs: the current stage (-1: none), its name, and the users wanted now.
    int stage = -1;
    int stageCount = 0;
    QString stageName;
    int usersTarget = 0;

    // "running 12/20 s · 16/16 live · 380/384 delivered · 0 missing · 0 leaks · p95 12 ms"
    QString line() const;
};

// What a run needs besides the scenario: whom to simulate, against which server(s).
struct SimulatorConfig
{
    QList<QUrl> servers;   // virtual users are spread over them (several serve.py on Redis)
    QList<SimUser> users;  // this process's users (already the shard's slice)
    SimUser admin;         // empty username: no admin (truth per unit, storms client-side)
    ShardSpec shard;
    DialectProfile profile;
};

// Runs a scenario: many virtual users (ConsoleSession each, from the SessionFactory, so
// they share the composition root's network managers and clock), actions at a rate
// through a planner that keeps them legal, measurements of every receipt, and a final
// row-by-row comparison of every user's tables with the server's. The GUI panel and
// `dms-console simulate` drive the same object:
//
//   configure() → start() → progressed()/windowUpdated()/usersUpdated()… → finished(report)
//
// stop() ends the action phase early and still settles and verifies; abort() ends at once.
class Simulator final : public QObject
{
    Q_OBJECT
public:
    // controlNam carries the actors' POSTs and the admin's calls, apart from the users'
    // refetches, so a deep refetch queue does not delay (and inflate) the measured POSTs.
    Simulator(SessionFactory factory, const Clock *clock, QNetworkAccessManager *controlNam,
              QObject *parent = nullptr);
    ~Simulator() override;

    // Checks the scenario against the configuration; on a problem returns false and says
    // which field (steps[2].unit, users, …) and why.
    bool configure(const Scenario &scenario, const SimulatorConfig &config, QString *error);

    SimPhase phase() const { return m_phase; }
    bool isRunning() const { return m_phase != SimPhase::Idle && m_phase != SimPhase::Finished; }
    const Scenario &scenario() const { return m_scenario; }
    int userCount() const { return int(m_users.size()); }  // built so far (after start())
    int configuredUsers() const { return int(m_config.users.size()); }
    SimUserStats userStats(int index) const;
    // The report so far (during the run: partial, verdicts on what is known) or final.
    SimReport snapshot() const;
    const SimReport &report() const { return m_report; }
    SimProgress progress() const;

public Q_SLOTS:
    void start();
    void stop();   // no more actions: settle, verify, finish
    void abort();  // finish now, report marked aborted

Q_SIGNALS:
    void phaseChanged(Dms::SimPhase phase);
    void progressed(const Dms::SimProgress &progress);  // once a second
    void windowUpdated(const Dms::SimWindow &window);   // a window's figures changed
    void usersUpdated();                                 // per-user stats changed (≤ 1/s)
    void leakFound(const Dms::SimLeak &leak);
    void sampleRecorded(const Dms::SimSample &sample);  // per receipt (connect only if needed)
    void message(const QString &text);                   // notable events, for a log
    void finished(const Dms::SimReport &report);

private:
    struct UserRun;
    struct StormRun;

    static const QStringList &snapshotKeys();  // the lists the planner starts from
    static SimUserStats sessionStats(const UserRun &run, const ConsoleSession *session);
    static void addSessionStats(SimUserStats *stats, const SimUserStats &session);
    void setPhase(SimPhase phase);
    void buildUsers();
    void pumpSignIns();
    void onSignedIn(int index);
    void onSignInFailed(int index, int httpStatus, const QString &message, bool retryable);
    void onLiveStateChanged(int index);
    void onModelChanged(int index, const QString &listKey);
    void onFetchStarted(int index, const QString &key);
    void onFetchFinished(int index, const QString &key, bool ok);
    void onTick();
    void checkReady();
    // Ramping (docs/scenarios.md, "Ramping").
    static int shareOfUsers(int total, const ShardSpec &shard);
    double rateAt(qint64 ms) const;  // this process's actions per second at that moment
    void advanceStages(qint64 t);
    void enterStage(int index, qint64 atMs);
    void closeStage(qint64 atMs);
    void adjustUsers(qint64 t);
    void joinUser(int index, qint64 t);
    void leaveUser(int index, qint64 t);
    void checkJoinsAndLeaves(qint64 t, bool force);
    void signOutUser(int index, qint64 t);
    QList<SimActor> currentActors() const;
    int usersIn() const;
    void checkAbortThresholds();
    void startPreparing();
    void onSnapshot(bool ok, const QString &error, const QHash<QString, QJsonArray> &lists);
    // A step with the units the users list named replaced by the server's (aliases).
    ScenarioStep resolvedStep(const ScenarioStep &step) const;
    // Where a list key is fetched (the profile's route).
    void startWarmup();
    void pingSome();
    void startRunning();
    void scheduleNextAction();
    void onActionTimer();
    void runAction(const PlannedAction &action);
    ApiClient *actorApi(int index);
    void runTimedStep(int stepIndex);
    void triggerStorm(const ScenarioStep &step);
    void startClientStorm(StormRun *storm);
    void checkStorms(bool force);
    void startSettling();
    void checkSettled();
    void startVerifying();
    void fetchTruth(bool second);
    void startVerifyWait();
    // Every table quiet (*quiet), or no fetch started for a while: compare now.
    bool verifyWaitOver(qint64 t, bool *quiet);
    void onTruth(bool ok, const QString &error, const QHash<QString, QJsonArray> &lists, bool second);
    void compareTables(bool second);
    void finish(bool aborted, const QString &configError = QString());
    void fillReport(SimReport *report, bool final) const;
    void emitProgress();
    void note(const QString &text);
    qint64 now() const;

    SessionFactory m_factory;
    const Clock *m_clock;
    QNetworkAccessManager *m_controlNam;
    Scenario m_scenario;
    SimulatorConfig m_config;
    bool m_configured = false;
    SimPhase m_phase = SimPhase::Idle;

    std::vector<VirtualUser *> m_users;
    std::vector<UserRun> m_runs;
    QHash<int, ApiClient *> m_actorApis;  // by virtual user index
    ApiClient *m_admin = nullptr;
    bool m_adminReady = false;
    bool m_adminFailed = false;
    std::unique_ptr<TruthFetch> m_fetch;

    DeliveryTracker m_tracker;
    ActionPlanner m_planner;
    QRandomGenerator m_rng;
    TruthSnapshot m_truth;
    // Units as the users list named them → the server's (the demo pattern's "unit 1" is a
    // UUID on a server with string ids): steps naming a listed unit act in the server's.
    QHash<EntityId, EntityId> m_unitAlias;
    QHash<QString, EntityId> m_fetchUnits;  // per-unit truth fetch: tag "key|unit" → the unit
    QList<int> m_mismatchedUsers;
    QList<SimLostUpdate> m_lost;
    qint64 m_lostCount = 0;
    qint64 m_usersVerified = 0;
    QString m_verifiedAs;
    bool m_verified = false;

    QTimer m_tick;
    QTimer m_actionTimer;
    QList<QTimer *> m_timedSteps;
    int m_tickCount = 0;
    int m_signInsInFlight = 0;
    int m_nextSignIn = 0;
    int m_inFlight = 0;
    int m_pingCursor = 0;
    double m_totalWeight = 0;
    QList<StormRun *> m_storms;

    qint64 m_startedAtMs = 0;
    qint64 m_readyDeadlineMs = 0;
    qint64 m_runStartMs = 0;
    qint64 m_runEndMs = 0;
    qint64 m_nextActionMs = 0;
    qint64 m_settleDeadlineMs = 0;
    qint64 m_verifyDeadlineMs = 0;  // compare then, quiet or not (moved on while fetches start)
    qint64 m_verifyLimitMs = 0;     // … but never later than this
    qint64 m_verifyFetches = -1;    // the users' fetches started, at the last look
    int m_verifyBusyUsers = -1;     // users with fetches still running, at the last look
    qint64 m_phaseSinceMs = 0;
    bool m_stopRequested = false;
    bool m_wantSamples = false;

    SimCounters m_actionCounters;  // actions, errors, skipped
    LatencyHistogram m_actionLatency;
    QStringList m_notes;
    int m_errorNotes = 0;
    QHash<QString, int> m_skipReasons;

    qint64 m_rssBeforeKb = 0;
    qint64 m_rssReadyKb = 0;
    qint64 m_cpuRunStartMs = 0;
    qint64 m_getsRunStart = 0;      // the users' REST GETs (and bytes) when the run began
    qint64 m_getBytesRunStart = 0;
    // The users' REST traffic so far (their sessions' meters, each counted once).
    void restTraffic(qint64 *gets, qint64 *bytes) const;
    qint64 m_cpuRunMs = -1;
    qint64 m_framesRunStart = 0;
    qint64 m_framesRun = -1;

    // Ramping.
    int m_initialUsers = 0;     // signed in before the run (all without stages)
    int m_usersTarget = 0;      // this process's users wanted now
    int m_stage = -1;           // the current stage
    bool m_stagesClosed = false;
    QList<SimStage> m_stageRuns;  // the stages begun so far (figures filled by fillReport)
    QList<int> m_presentOrder;  // users taking part, in the order they joined
    bool m_hasAbortThresholds = false;
    qint64 m_abortWindowStart = 0;
    QString m_abortedBy;

    SimReport m_report;
};

}  // namespace Dms

Q_DECLARE_METATYPE(Dms::SimProgress)
Q_DECLARE_METATYPE(Dms::SimPhase)
