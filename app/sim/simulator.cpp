// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/simulator.h"

#include <QCoreApplication>
#include <QMetaMethod>
#include <QSet>
#include <QUrlQuery>

#include <cmath>

#include "auth/apiclient.h"
#include "auth/signinservice.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/redact.h"
#include "data/entitytablemodel.h"
#include "live/livesession.h"
#include "session/consolesession.h"
#include "session/resttrafficmeter.h"
#include "sim/processstats.h"
#include "sim/simulator_p.h"
#include "sim/virtualuser.h"
#include "sync/queryclient.h"

namespace Dms {

namespace {

struct SimulatorText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::Simulator)
};

constexpr int TickMs = 100;
constexpr int MaxErrorNotes = 20;
constexpr int MaxSignInAttempts = 3;

bool jsonEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

}  // namespace

QString simPhaseName(SimPhase phase)
{
    switch (phase) {
        case SimPhase::Idle: return QStringLiteral("idle");
        case SimPhase::SigningIn: return QStringLiteral("signing_in");
        case SimPhase::Preparing: return QStringLiteral("preparing");
        case SimPhase::Warmup: return QStringLiteral("warmup");
        case SimPhase::Running: return QStringLiteral("running");
        case SimPhase::Settling: return QStringLiteral("settling");
        case SimPhase::Verifying: return QStringLiteral("verifying");
        case SimPhase::Finished: return QStringLiteral("finished");
    }
    return QString();
}

QString SimProgress::line() const
{
    const SimCounters &c = counters;
    QString head;
    switch (phase) {
        case SimPhase::SigningIn:
            return SimulatorText::tr("signing in: %1/%2 signed in, %3 live, %4 failed")
                .arg(signedIn).arg(users).arg(live).arg(failed);
        case SimPhase::Preparing:
            return SimulatorText::tr("preparing: %1/%2 live, reading the server's rows").arg(live).arg(users);
        case SimPhase::Warmup:
            return SimulatorText::tr("warming up: %1/%2 live").arg(live).arg(users);
        case SimPhase::Running:
            head = SimulatorText::tr("running %1/%2 s").arg(QString::number(runElapsedMs / 1000.0, 'f', 1),
                                             QString::number(runDurationMs / 1000.0, 'f', 0));
            if (stage >= 0)
                head += SimulatorText::tr(" | stage %1/%2 %3, %4 users wanted").arg(stage + 1).arg(stageCount).arg(stageName).arg(usersTarget);
            break;
        case SimPhase::Settling:
            head = SimulatorText::tr("settling (%1 open)").arg(openChanges);
            break;
        case SimPhase::Verifying:
            head = SimulatorText::tr("verifying tables");
            break;
        case SimPhase::Idle:
        case SimPhase::Finished:
            head = simPhaseName(phase);
            break;
    }
    const auto ms = [](const std::optional<qint64> &v) {
        return v ? QString::number(*v) : QStringLiteral("-");
    };
    return SimulatorText::tr("%1 | %2/%3 live | %4 actions (%5 err) | delivered %6/%7 | missing %8 | leaks %9 | "
              "p95 %10 ms | table p95 %11 ms")
        .arg(head)
        .arg(live)
        .arg(users)
        .arg(c.actions)
        .arg(c.actionErrors)
        .arg(c.delivered)
        .arg(c.expected)
        .arg(c.missing)
        .arg(c.leaks)
        .arg(ms(p95Ms), ms(modelP95Ms));
}


// ------------------------------------------------------------------------------ setup

Simulator::Simulator(SessionFactory factory, const Clock *clock, QNetworkAccessManager *controlNam,
                     QObject *parent)
    : QObject(parent), m_factory(std::move(factory)), m_clock(clock), m_controlNam(controlNam)
{
    m_tick.setInterval(TickMs);
    m_actionTimer.setSingleShot(true);
    m_actionTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &Simulator::onTick);
    connect(&m_actionTimer, &QTimer::timeout, this, &Simulator::onActionTimer);
}

Simulator::~Simulator()
{
    m_tick.stop();
    m_actionTimer.stop();
    qDeleteAll(m_storms);
    m_storms.clear();
    for (VirtualUser *vu : m_users)
        delete vu;
    m_users.clear();
}

qint64 Simulator::now() const
{
    return m_clock->nowMs();
}

void Simulator::note(const QString &text)
{
    if (m_notes.size() < 200)
        m_notes.append(text);
    qCInfo(lcSim).noquote() << text;
    Q_EMIT message(text);
}

void Simulator::setPhase(SimPhase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    m_phaseSinceMs = now();
    qCInfo(lcSim).noquote() << "phase:" << simPhaseName(phase);
    Q_EMIT phaseChanged(phase);
}

bool Simulator::configure(const Scenario &scenario, const SimulatorConfig &config, QString *error)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    if (isRunning())
        return fail(SimulatorText::tr("a simulation is running"));
    if (config.servers.isEmpty())
        return fail(SimulatorText::tr("no server given"));
    for (const QUrl &server : config.servers) {
        if (!server.isValid() || server.host().isEmpty())
            return fail(SimulatorText::tr("server \"%1\" is not a valid URL").arg(redactedUrl(server)));
    }
    if (config.users.isEmpty())
        return fail(SimulatorText::tr("users: no virtual users to run (check the users file, --users or --shard)"));
    for (const QString &view : scenario.views) {
        if (!Scenario::knownViews().contains(view))
            return fail(SimulatorText::tr("views: \"%1\" is not a view").arg(view));
    }
    QSet<EntityId> units;
    QSet<QString> names;
    for (const SimUser &u : config.users) {
        if (u.unitId.isValid())
            units.insert(u.unitId);
        if (names.contains(u.username))
            return fail(SimulatorText::tr("users: %1 is listed twice").arg(u.username));
        names.insert(u.username);
    }
    QList<EntityId> unitList(units.cbegin(), units.cend());
    std::sort(unitList.begin(), unitList.end());
    QStringList unitText;
    for (const EntityId &u : std::as_const(unitList))
        unitText.append(u.toString());
    // Every REST route the run will use must be in the dialect profile: say which is not
    // before anyone signs in.
    const RestRoutes &routes = config.profile.rest();
    const QString profileName = config.profile.name();
    for (int i = 0; i < scenario.steps.size(); ++i) {
        const ScenarioStep &step = scenario.steps.at(i);
        if (step.unit.isValid() && !units.isEmpty() && !units.contains(step.unit))
            return fail(SimulatorText::tr("steps[%1].unit: no virtual user of unit %2 (the users are of unit(s) %3)")
                            .arg(i)
                            .arg(step.unit.toString(), unitText.join(QStringLiteral(", "))));
        if (step.action == SimActionType::DisconnectAll && step.method == QLatin1String("server") &&
            config.admin.username.isEmpty())
            return fail(SimulatorText::tr("steps[%1].method: \"server\" needs an admin account (the users file's admin "
                           "row, or --admin)").arg(i));
        const QString missing = ActionPlanner::missingRoute(step, routes);
        if (!missing.isEmpty())
            return fail(SimulatorText::tr("steps[%1] (%2): the dialect profile \"%3\" has no route for \"%4\" (rest.%5)")
                            .arg(i)
                            .arg(simActionName(step.action), profileName, missing,
                                 missing.contains(QLatin1String("{id}")) ? QStringLiteral("queries")
                                                                         : QStringLiteral("actions")));
    }
    for (const QString &key : Simulator::snapshotKeys()) {
        if (routes.pathOfKey(key).isEmpty())
            return fail(SimulatorText::tr("the dialect profile \"%1\" has no route for \"%2\" (rest.queries), which the "
                           "simulator reads to plan its actions").arg(profileName, key));
    }
    for (const QString &view : scenario.views) {
        const QString key = TruthSnapshot::listKeyOfView(view);
        if (routes.pathOfKey(key).isEmpty())
            return fail(SimulatorText::tr("views: the dialect profile \"%1\" has no route for \"%2\" (rest.queries)")
                            .arg(profileName, key));
    }
    for (const Threshold &t : scenario.thresholds) {
        if (!t.stage.isEmpty() && scenario.stageIndex(t.stage) < 0)
            return fail(scenario.hasStages()
                            ? SimulatorText::tr("thresholds: \"%1\" names stage \"%2\", which the scenario does not have (stages: %3)")
                                  .arg(t.text, t.stage, scenario.stageNames().join(QStringLiteral(", ")))
                            : SimulatorText::tr("thresholds: \"%1\" names stage \"%2\", but the scenario has no stages")
                                  .arg(t.text, t.stage));
    }
    m_scenario = scenario;
    m_config = config;
    m_initialUsers = int(config.users.size());
    if (scenario.hasStages()) {
        // Users for the most any stage asks for are built up front (and checked now); the
        // start_users sign in before the run, the others as the stages ask.
        const int most = shareOfUsers(scenario.maxStageUsers(), config.shard);
        if (most > config.users.size())
            return fail(SimulatorText::tr("stages: the run needs up to %1 signed-in users here, but there are only %2 virtual "
                           "users (users, --users or the users file)")
                            .arg(most)
                            .arg(config.users.size()));
        m_config.users = config.users.mid(0, most);
        m_initialUsers = qBound(1, shareOfUsers(scenario.startUsers, config.shard), most);
    }
    m_hasAbortThresholds = false;
    for (const Threshold &t : scenario.thresholds)
        m_hasAbortThresholds = m_hasAbortThresholds || t.abortOnFail;
    m_configured = true;
    m_totalWeight = 0;
    for (const ScenarioStep &step : scenario.steps) {
        if (!step.isTimed())
            m_totalWeight += step.weight;
    }
    return true;
}

void Simulator::start()
{
    if (!m_configured || isRunning() || !m_users.empty())
        return;
    m_startedAtMs = now();
    m_rssBeforeKb = processRssKb();
    m_rng.seed(m_scenario.seed + quint32(m_config.shard.index) * 7919u);
    m_wantSamples = isSignalConnected(QMetaMethod::fromSignal(&Simulator::sampleRecorded));
    m_tracker.setTimeoutMs(qint64(m_scenario.timeoutS * 1000));
    m_tracker.setWindowMs(qMax(1, int(m_scenario.windowS * 1000)));
    if (m_wantSamples)
        m_tracker.setSampleSink([this](const SimSample &s) { Q_EMIT sampleRecorded(s); });
    m_tracker.setLeakSink([this](const SimLeak &l) { Q_EMIT leakFound(l); });
    m_planner.setShard(m_config.shard);
    m_planner.setRoutes(m_config.profile.rest());
    m_readyDeadlineMs = m_startedAtMs + qint64(m_scenario.readyTimeoutS * 1000);

    setPhase(SimPhase::SigningIn);
    buildUsers();
    if (!m_config.admin.username.isEmpty()) {
        m_admin = new ApiClient(m_controlNam, m_clock, this);
        m_admin->setBaseUrl(m_config.servers.first());
        m_admin->setRoutes(m_config.profile.rest());
        if (!m_users.empty())
            m_admin->addCaCertificates(m_users.front()->session()->api()->extraCaCertificates());
        ApiReply *reply = m_admin->login(m_config.admin.username, m_config.admin.password);
        connect(reply, &ApiReply::finished, this, [this, reply] {
            if (reply->ok() && m_admin->user().role == QLatin1String("admin")) {
                m_adminReady = true;
            } else {
                m_adminFailed = true;
                note(reply->ok() ? SimulatorText::tr("%1 is not an admin: the tables are checked per unit and storms "
                                      "are client-side").arg(m_config.admin.username)
                                 : SimulatorText::tr("admin sign-in failed (%1): the tables are checked per unit and "
                                      "storms are client-side").arg(reply->error().message));
            }
        });
    }
    m_tick.start();
    pumpSignIns();
}

void Simulator::buildUsers()
{
    const int count = int(m_config.users.size());
    m_runs.assign(size_t(count), UserRun{});
    m_users.reserve(size_t(count));
    LiveSession::Settings live;
    live.pingIntervalMs = int(m_scenario.pingIntervalS * 1000);
    live.pongTimeoutMs = int(m_scenario.pongTimeoutS * 1000);
    live.backoff.baseMs = int(m_scenario.reconnectBaseS * 1000);
    live.backoff.capMs = int(m_scenario.reconnectCapS * 1000);
    live.maxAttempts = 0;  // a virtual user never gives up
    for (int i = 0; i < count; ++i) {
        const SimUser &account = m_config.users.at(i);
        const QUrl server = m_config.servers.at(i % m_config.servers.size());
        ConsoleSession *session = m_factory(m_config.profile, nullptr);
        auto *vu = new VirtualUser(i, account, server, session, this);
        m_users.push_back(vu);
        session->api()->setBaseUrl(server);
        LiveSession::Settings s = session->live()->settings();
        s.pingIntervalMs = live.pingIntervalMs;
        s.pongTimeoutMs = live.pongTimeoutMs;
        s.backoff = live.backoff;
        s.maxAttempts = live.maxAttempts;
        session->live()->setSettings(s);
        session->live()->setRandomSeed(m_scenario.seed * 1000003u + quint32(i));
        session->queries()->setCoalesceWindowMs(m_scenario.coalesceMs);
        const int r = m_tracker.addReceiver(account.username, account.role);
        Q_ASSERT(r == i);
        m_tracker.setReceiverIdentity(i, account.unitId, 0, redactedUrl(server));

        // Every connection once, here (house rule: never in a retry path).
        SignInService *signIn = session->signIn();
        connect(signIn, &SignInService::signedIn, vu, [this, i](const UserInfo &) { onSignedIn(i); });
        connect(signIn, &SignInService::signInFailed, vu,
                [this, i](ApiError::Kind kind, int status, const QString &message) {
                    const bool retryable = kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout ||
                                           (kind == ApiError::Kind::Http && status >= 500);
                    onSignInFailed(i, status, message, retryable);
                });
        LiveSession *ls = session->live();
        connect(ls, &LiveSession::stateChanged, vu, [this, i](const LiveStatus &) { onLiveStateChanged(i); });
        connect(ls, &LiveSession::welcomeReceived, vu, [this, i](const LiveEvent &welcome) {
            m_tracker.onWelcome(i, welcome.seq);  // the stream starts afresh (seq -1: none)
        });
        connect(ls, &LiveSession::eventReceived, vu, [this, i](const LiveEvent &event) {
            if (!m_runs[size_t(i)].failed)
                m_tracker.onEvent(i, event);
        });
        connect(ls, &LiveSession::lateEventReceived, vu, [this, i](const LiveEvent &event) {
            if (!m_runs[size_t(i)].failed)
                m_tracker.onLateEvent(i, event);
        });
        connect(ls, &LiveSession::notificationReceived, vu, [this, i](const LiveEvent &event) {
            if (!m_runs[size_t(i)].failed)
                m_tracker.onNotification(i, event);
        });
        connect(ls, &LiveSession::heartbeatMeasured, vu, [this, i, ls](int rtt) {
            if (ls->metrics().hasClockOffset)
                m_tracker.setReceiverClockOffset(i, ls->metrics().clockOffsetMs, rtt);
        });
        QueryClient *queries = session->queries();
        connect(queries, &QueryClient::fetchStarted, vu, [this, i](const QString &key) { onFetchStarted(i, key); });
        connect(queries, &QueryClient::fetchFinished, vu,
                [this, i](const QString &key, bool ok, int, int, const QString &) { onFetchFinished(i, key, ok); });
    }
}

void Simulator::pumpSignIns()
{
    while (m_phase == SimPhase::SigningIn && m_signInsInFlight < m_scenario.signInConcurrency &&
           m_nextSignIn < m_initialUsers) {
        const int i = m_nextSignIn++;
        VirtualUser *vu = m_users[size_t(i)];
        UserRun &run = m_runs[size_t(i)];
        run.signInStarted = true;
        ++run.signInAttempts;
        ++m_signInsInFlight;
        vu->session()->signIn()->signIn(vu->server(), vu->account().username, vu->account().password,
                                        false, false);
    }
}

void Simulator::onSignedIn(int index)
{
    VirtualUser *vu = m_users[size_t(index)];
    UserRun &run = m_runs[size_t(index)];
    --m_signInsInFlight;
    if (run.failed || m_phase == SimPhase::Finished)
        return;
    run.signedIn = true;
    const UserInfo &user = vu->session()->api()->user();
    // A unit other than the listed one is noted when the run is prepared (startPreparing).
    m_tracker.setReceiverIdentity(index, user.unitId, user.id, QString());
    m_tracker.receiverStats(index).role = user.role;
    if (!run.viewsOpened) {
        run.viewsOpened = true;
        vu->openViews(m_scenario.views);
        for (EntityTableModel *model : vu->models()) {
            const QString key = model->listKey();
            m_tracker.setReceiverHasModel(index, key);
            connect(model, &QAbstractItemModel::dataChanged, vu, [this, index, key] { onModelChanged(index, key); });
            connect(model, &QAbstractItemModel::rowsInserted, vu, [this, index, key] { onModelChanged(index, key); });
        }
    } else {
        // Back after signing out (ramping): what the tables show is as old as the leave.
        vu->session()->queries()->invalidateAllActive(InvalidationCause::Reconnect, QStringLiteral("rejoin"));
    }
    vu->session()->live()->start();
    pumpSignIns();
}

void Simulator::onSignInFailed(int index, int httpStatus, const QString &message, bool retryable)
{
    UserRun &run = m_runs[size_t(index)];
    VirtualUser *vu = m_users[size_t(index)];
    --m_signInsInFlight;
    // Before the run everyone signs in; during a ramp, the users joining.
    const auto wanted = [this](const UserRun &r) {
        return m_phase == SimPhase::SigningIn ||
               (r.presence == UserRun::Presence::Joining && m_phase != SimPhase::Finished);
    };
    if (run.failed || !wanted(run))
        return;
    if (retryable && run.signInAttempts < MaxSignInAttempts) {
        ++m_signInsInFlight;  // the retry keeps its slot
        QTimer::singleShot(1000 * run.signInAttempts, vu, [this, index, vu, wanted] {
            UserRun &r = m_runs[size_t(index)];
            if (!wanted(r) || r.failed) {
                --m_signInsInFlight;
                return;
            }
            ++r.signInAttempts;
            vu->session()->signIn()->signIn(vu->server(), vu->account().username,
                                            vu->account().password, false, false);
        });
        return;
    }
    run.failed = true;
    if (run.presence == UserRun::Presence::Joining) {
        run.presence = UserRun::Presence::Out;
        m_presentOrder.removeOne(index);
    }
    const QString why = httpStatus ? SimulatorText::tr("sign-in failed (HTTP %1): %2").arg(httpStatus).arg(redactSecrets(message))
                                   : SimulatorText::tr("sign-in failed: %1").arg(redactSecrets(message));
    m_tracker.setReceiverState(index, QStringLiteral("failed"), why);
    note(QStringLiteral("%1: %2").arg(vu->account().username, why));
    pumpSignIns();
}

void Simulator::onLiveStateChanged(int index)
{
    VirtualUser *vu = m_users[size_t(index)];
    UserRun &run = m_runs[size_t(index)];
    LiveSession *live = vu->session()->live();
    const LiveState state = live->state();
    const qint64 t = now();
    if (run.failed)
        return;
    m_tracker.setReceiverLive(index, state == LiveState::Live, t);
    m_tracker.setReceiverState(index, liveStateName(state));
    if (state == LiveState::Live && !run.everLive) {
        run.everLive = true;
        live->pingNow();  // one heartbeat now: the clock offset for emit → receive latency
    }
    if (state == LiveState::AuthFailed && m_phase >= SimPhase::Running)
        note(SimulatorText::tr("%1 was signed out: %2").arg(vu->account().username, live->status().reason));

    if (run.stormRun && !run.stormRun->done) {
        StormRun *storm = run.stormRun;
        if (run.storm == UserRun::Storm::WaitingDown && state != LiveState::Live) {
            run.storm = UserRun::Storm::WaitingLive;
            ++storm->stats.affected;
        } else if (run.storm == UserRun::Storm::WaitingLive && state == LiveState::Live) {
            run.liveAgainMs = t;
            const qint64 ms = t - storm->stats.atMs;
            storm->stats.reconnect.record(ms);
            const int bucket = int(qMax<qint64>(0, ms) / storm->stats.timelineBucketMs);
            if (bucket >= storm->stats.timeline.size())
                storm->stats.timeline.resize(bucket + 1, 0);
            ++storm->stats.timeline[bucket];
            const QStringList keys = vu->listKeys();
            run.resyncPending = QSet<QString>(keys.cbegin(), keys.cend());
            run.resyncStarted.clear();
            if (run.resyncPending.isEmpty()) {
                storm->stats.resync.record(ms);
                run.storm = UserRun::Storm::Done;
            } else {
                run.storm = UserRun::Storm::WaitingResync;
            }
        }
    }
}

void Simulator::onModelChanged(int index, const QString &listKey)
{
    if (!m_tracker.hasWatches(index, listKey))
        return;
    const VirtualUser *vu = m_users[size_t(index)];
    m_tracker.checkWatches(index, listKey,
                           [vu, &listKey](const EntityId &id, const QString &field) {
                               return vu->shownValue(listKey, id, field);
                           },
                           now());
}

void Simulator::onFetchStarted(int index, const QString &key)
{
    UserRun &run = m_runs[size_t(index)];
    if (run.storm == UserRun::Storm::WaitingResync && run.resyncPending.contains(key))
        run.resyncStarted.insert(key);
}

void Simulator::onFetchFinished(int index, const QString &key, bool ok)
{
    UserRun &run = m_runs[size_t(index)];
    if (run.storm != UserRun::Storm::WaitingResync || !ok || !run.resyncStarted.contains(key))
        return;
    run.resyncPending.remove(key);
    if (run.resyncPending.isEmpty() && run.stormRun) {
        run.stormRun->stats.resync.record(now() - run.stormRun->stats.atMs);
        run.storm = UserRun::Storm::Done;
    }
}

// ------------------------------------------------------------------------------ phases

void Simulator::onTick()
{
    ++m_tickCount;
    const qint64 t = now();
    switch (m_phase) {
        case SimPhase::SigningIn:
            checkReady();
            break;
        case SimPhase::Warmup:
            pingSome();
            if (t >= m_runStartMs)
                startRunning();
            break;
        case SimPhase::Running:
            m_tracker.tick(t);
            checkStorms(false);
            advanceStages(qMin(t, m_runEndMs - 1));
            adjustUsers(t);
            checkJoinsAndLeaves(t, false);
            if (t >= m_runEndMs && !m_actionTimer.isActive())
                startSettling();
            break;
        case SimPhase::Settling:
            m_tracker.tick(t);
            checkStorms(false);
            checkJoinsAndLeaves(t, false);
            checkSettled();
            break;
        case SimPhase::Verifying: {
            if (m_verifyDeadlineMs == 0 || m_fetch)
                break;
            bool quiet = false;
            if (verifyWaitOver(t, &quiet)) {
                if (!quiet) {
                    note(SimulatorText::tr("some tables were still refreshing when they were compared"));
                    int named = 0;  // what they were waiting for, for the report's notes
                    for (size_t i = 0; i < m_users.size() && named < 5; ++i) {
                        const QString busy = m_runs[i].failed || !m_runs[i].signedIn
                                                 ? QString()
                                                 : m_users[i]->busyDescription();
                        if (!busy.isEmpty()) {
                            ++named;
                            note(QStringLiteral("  %1: %2")
                                     .arg(m_users[i]->account().username, busy));
                        }
                    }
                }
                const bool second = !m_mismatchedUsers.isEmpty();
                m_verifyDeadlineMs = 0;
                fetchTruth(second);
            }
            break;
        }
        case SimPhase::Preparing:
        case SimPhase::Idle:
        case SimPhase::Finished:
            break;
    }
    if (m_phase != SimPhase::Finished && m_tickCount % (1000 / TickMs) == 0) {
        if (m_phase == SimPhase::Running || m_phase == SimPhase::Settling)
            checkAbortThresholds();
        if (m_phase != SimPhase::Finished)
            emitProgress();
    }
}

void Simulator::checkReady()
{
    const qint64 t = now();
    int settled = 0;  // ready or failed
    const size_t initial = size_t(m_initialUsers);
    for (size_t i = 0; i < initial; ++i) {
        const UserRun &run = m_runs[i];
        if (run.failed) {
            ++settled;
            continue;
        }
        if (run.signedIn && m_users[i]->session()->live()->state() == LiveState::Live &&
            m_users[i]->viewsLoaded())
            ++settled;
    }
    const bool adminSettled = !m_admin || m_adminReady || m_adminFailed;
    const bool everyone = settled == m_initialUsers && adminSettled;
    if (!everyone && t < m_readyDeadlineMs)
        return;
    if (!everyone) {
        for (size_t i = 0; i < initial; ++i) {
            UserRun &run = m_runs[i];
            if (run.failed)
                continue;
            VirtualUser *vu = m_users[i];
            const bool live = run.signedIn && vu->session()->live()->state() == LiveState::Live;
            if (live && vu->viewsLoaded())
                continue;
            run.failed = true;
            const QString why = !run.signedIn ? SimulatorText::tr("not signed in within ready_timeout_s")
                                : !live ? SimulatorText::tr("not Live within ready_timeout_s (%1)")
                                              .arg(vu->session()->live()->status().describe())
                                        : SimulatorText::tr("views not loaded within ready_timeout_s");
            m_tracker.setReceiverLive(int(i), false, t);
            m_tracker.setReceiverState(int(i), QStringLiteral("failed"), why);
            vu->session()->live()->stop();
            note(QStringLiteral("%1: %2").arg(vu->account().username, why));
        }
        if (m_admin && !m_adminReady && !m_adminFailed) {
            m_adminFailed = true;
            note(SimulatorText::tr("the admin did not sign in within ready_timeout_s"));
        }
    }
    int ready = 0;
    for (size_t i = 0; i < initial; ++i) {
        UserRun &run = m_runs[i];
        if (run.failed)
            continue;
        ++ready;
        run.presence = UserRun::Presence::In;
        m_presentOrder.append(int(i));
    }
    if (ready == 0) {
        note(SimulatorText::tr("no virtual user got ready: nothing to run"));
        finish(true);
        return;
    }
    startPreparing();
}

ScenarioStep Simulator::resolvedStep(const ScenarioStep &step) const
{
    ScenarioStep s = step;
    s.unit = m_unitAlias.value(step.unit, step.unit);
    s.destination = m_unitAlias.value(step.destination, step.destination);
    return s;
}

void Simulator::startWarmup()
{
    setPhase(SimPhase::Warmup);
    m_rssReadyKb = processRssKb();
    m_runStartMs = now() + qint64(m_scenario.warmupS * 1000);
    m_pingCursor = 0;
    pingSome();
}

void Simulator::pingSome()
{
    // Clock offsets for the emit → receive latency: the first pong came while everyone was
    // signing in (long, lopsided round trips). While the server is idle, ping everyone twice
    // (as far as the warmup allows); the sample with the shortest round trip is kept.
    // At most 25 per tick (250/s): each ping is also a write on the reference server.
    const int n = int(m_users.size());
    const int chunk = qBound(1, (n + 4) / 5, 25);
    for (int k = 0; k < chunk && m_pingCursor < 2 * n; ++k, ++m_pingCursor) {
        const int i = m_pingCursor % n;
        if (!m_runs[size_t(i)].failed)
            m_users[size_t(i)]->session()->live()->pingNow();
    }
}

void Simulator::startRunning()
{
    setPhase(SimPhase::Running);
    const qint64 t = now();
    m_runStartMs = t;
    m_runEndMs = t + qint64(m_scenario.durationS * 1000);
    for (size_t i = 0; i < m_users.size(); ++i) {
        UserRun &run = m_runs[i];
        ConsoleSession *s = m_users[i]->session();
        run.baseRefetches = s->queries()->metrics().refetches;
        run.baseRowFetches = s->queries()->metrics().rowFetches;
        run.baseReconnects = s->live()->metrics().reconnects;
        run.baseDuplicateSeqs = s->live()->metrics().duplicateSeqs;
        run.baseReorderedSeqs = s->live()->metrics().reorderedSeqs;
    }
    m_cpuRunStartMs = processCpuMs();
    m_framesRunStart = m_tracker.counters().frames;
    restTraffic(&m_getsRunStart, &m_getBytesRunStart);
    m_usersTarget = usersIn();
    m_abortWindowStart = t - t % m_tracker.windowMs();
    if (m_scenario.hasStages())
        enterStage(0, t);
    for (int i = 0; i < m_scenario.steps.size(); ++i) {
        const ScenarioStep &step = m_scenario.steps.at(i);
        if (!step.isTimed())
            continue;
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, i] { runTimedStep(i); });
        timer->start(int(step.atS * 1000));
        m_timedSteps.append(timer);
    }
    if (m_totalWeight > 0 && (m_scenario.rate > 0 || m_scenario.hasStages())) {
        m_nextActionMs = t;
        onActionTimer();
    }
}

void Simulator::scheduleNextAction()
{
    const double rate = rateAt(m_nextActionMs);
    if (rate <= 0) {  // a stage at rate 0: look again a tick later
        m_nextActionMs += TickMs;
        return;
    }
    double gapMs = 1000.0 / rate;
    if (m_scenario.poisson) {
        const double u = qMax(1e-12, m_rng.generateDouble());
        gapMs = -std::log(u) * 1000.0 / rate;
    }
    m_nextActionMs += qMax<qint64>(1, qint64(std::llround(gapMs)));
}

void Simulator::onActionTimer()
{
    if (m_phase != SimPhase::Running)
        return;
    const qint64 t = now();
    // Catch up when the event loop was late, but never burst more than max_in_flight.
    int burst = 0;
    while (m_nextActionMs <= t && m_nextActionMs < m_runEndMs) {
        advanceStages(m_nextActionMs);  // an action belongs to the stage of its slot
        if (rateAt(m_nextActionMs) <= 0) {
            scheduleNextAction();
            continue;
        }
        if (++burst > m_scenario.maxInFlight) {
            ++m_actionCounters.actionsSkipped;
            ++m_skipReasons[SimulatorText::tr("behind schedule (the event loop was busy)")];
        } else if (m_inFlight >= m_scenario.maxInFlight) {
            ++m_actionCounters.actionsSkipped;
            ++m_skipReasons[SimulatorText::tr("max_in_flight reached (the server answers slower than the rate)")];
        } else {
            // A weighted step.
            double pick = m_rng.generateDouble() * m_totalWeight;
            const ScenarioStep *step = nullptr;
            for (const ScenarioStep &s : std::as_const(m_scenario.steps)) {
                if (s.isTimed())
                    continue;
                step = &s;
                pick -= s.weight;
                if (pick < 0)
                    break;
            }
            PlannedAction action;
            QString why;
            if (step && m_planner.plan(resolvedStep(*step), m_rng, &action, &why)) {
                runAction(action);
            } else {
                ++m_actionCounters.actionsSkipped;
                ++m_skipReasons[why.isEmpty() ? SimulatorText::tr("nothing to do") : why];
            }
        }
        scheduleNextAction();
    }
    if (m_nextActionMs < m_runEndMs)
        m_actionTimer.start(int(qMax<qint64>(0, m_nextActionMs - now())));
}

ApiClient *Simulator::actorApi(int index)
{
    ApiClient *&api = m_actorApis[index];
    if (!api) {
        const ApiClient *own = m_users[size_t(index)]->session()->api();
        api = new ApiClient(m_controlNam, m_clock, this);
        api->setBaseUrl(own->baseUrl());
        api->setRoutes(own->routes());
        api->addCaCertificates(own->extraCaCertificates());  // the same trust (--ca-file)
        api->setTokens(own->accessToken(), own->refreshToken());
    }
    return api;
}

void Simulator::runAction(const PlannedAction &action)
{
    VirtualUser *vu = m_users[size_t(action.actor)];
    ApiClient *api = actorApi(action.actor);
    QJsonObject body = action.body;
    if (action.signedAction)
        body.insert(QStringLiteral("password"), vu->account().password);
    m_planner.started(action);
    const qint64 sent = now();
    const int stage = m_tracker.stage();
    ++m_runs[size_t(action.actor)].actionsInFlight;
    QList<qint64> changes;
    for (const SimEffect &effect : action.effects)
        changes.append(m_tracker.beginChange(effect, simActionName(action.type), sent));
    ApiReply *reply = action.method == "PATCH" ? api->patch(action.path, body) : api->post(action.path, body);
    ++m_inFlight;
    connect(reply, &ApiReply::finished, this, [this, reply, action, changes, sent, stage] {
        --m_inFlight;
        --m_runs[size_t(action.actor)].actionsInFlight;
        SimStage *stageRun = stage >= 0 && stage < m_stageRuns.size() ? &m_stageRuns[stage] : nullptr;
        const qint64 done = now();
        m_actionLatency.record(done - sent);
        const QJsonObject row = reply->json().toObject();
        if (m_phase == SimPhase::Finished)
            return;
        if (!reply->ok()) {
            ++m_actionCounters.actionErrors;
            if (stageRun)
                ++stageRun->actionErrors;
            for (qint64 id : changes)
                m_tracker.cancelChange(id);
            m_planner.finished(action, false, reply->httpStatus(), row);
            if (++m_errorNotes <= MaxErrorNotes) {
                const QString detail = row.value(QLatin1String("detail")).toString();
                note(SimulatorText::tr("%1 failed: %2%3")
                         .arg(action.describe(m_users[size_t(action.actor)]->account().username),
                              reply->httpStatus() ? SimulatorText::tr("HTTP %1").arg(reply->httpStatus()) : reply->error().message,
                              detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail.left(200))));
            }
            return;
        }
        ++m_actionCounters.actions;
        if (stageRun)
            ++stageRun->actions;
        for (int e = 0; e < action.effects.size() && e < changes.size(); ++e) {
            const SimEffect &effect = action.effects.at(e);
            if (effect.entityId.isValid())
                continue;
            // A create: the id is known now; tables may already show the row.
            const EntityId id = EntityId::fromJsonOrNull(row.value(QLatin1String("id")));
            const QString number = row.value(QLatin1String("request_number")).toString(
                row.value(QLatin1String("crate_number")).toString());
            m_tracker.setChangeEntityId(changes.at(e), id, number);
            for (size_t r = 0; r < m_users.size(); ++r) {
                for (const DeliveryTracker::Watch &w : m_tracker.watches(int(r), effect.modelKey)) {
                    if (w.changeId != changes.at(e))
                        continue;
                    const QJsonValue shown = m_users[r]->shownValue(w.modelKey, id, w.field);
                    if (jsonEqual(shown, w.value)) {
                        const qint64 at = m_users[r]->rowChangedAtMs(w.modelKey, id);
                        m_tracker.markModelShown(int(r), w.changeId, at >= sent ? at : done);
                    }
                }
            }
        }
        m_planner.finished(action, true, reply->httpStatus(), row);
    });
}

void Simulator::runTimedStep(int stepIndex)
{
    if (m_phase != SimPhase::Running)
        return;
    const ScenarioStep &step = m_scenario.steps.at(stepIndex);
    if (step.action == SimActionType::DisconnectAll)
        triggerStorm(step);
}

void Simulator::startSettling()
{
    if (m_phase != SimPhase::Running && m_phase != SimPhase::Warmup)
        return;
    const qint64 t = now();
    if (m_phase == SimPhase::Warmup)
        m_runStartMs = t;
    m_actionTimer.stop();
    for (QTimer *timer : std::as_const(m_timedSteps))
        timer->stop();
    m_runEndMs = qMin(m_runEndMs, t);
    if (m_runEndMs < m_runStartMs)
        m_runEndMs = t;
    closeStage(m_runEndMs);
    m_stagesClosed = true;
    m_cpuRunMs = processCpuMs() - m_cpuRunStartMs;
    m_framesRun = m_tracker.counters().frames - m_framesRunStart;
    setPhase(SimPhase::Settling);
    bool storming = false;
    for (const StormRun *s : std::as_const(m_storms))
        storming = storming || !s->done;
    m_settleDeadlineMs = t + qint64((m_scenario.settleS + m_scenario.timeoutS) * 1000) +
                         (storming ? qint64(m_scenario.stormTimeoutS * 1000) : 0);
}

void Simulator::checkSettled()
{
    const qint64 t = now();
    bool storming = false;
    for (const StormRun *s : std::as_const(m_storms))
        storming = storming || !s->done;
    // Joins and leaves under way end first: a join a ramp-down reached leaves once it is in.
    bool moving = false;
    for (const UserRun &run : m_runs) {
        moving = moving || (!run.failed && (run.presence == UserRun::Presence::Joining ||
                                            run.presence == UserRun::Presence::Leaving));
    }
    const bool quiet = m_inFlight == 0 && m_tracker.incompleteChanges() == 0 && !storming && !moving;
    const bool minimumOver = t >= m_phaseSinceMs + qint64(m_scenario.settleS * 1000);
    if (!(quiet && minimumOver) && t < m_settleDeadlineMs)
        return;
    checkStorms(true);
    m_tracker.tick(t, true);
    checkJoinsAndLeaves(t, true);
    m_tracker.finishStreams();
    startVerifying();
}

void Simulator::stop()
{
    if (m_phase == SimPhase::Running || m_phase == SimPhase::Warmup) {
        m_stopRequested = true;
        note(SimulatorText::tr("stopped: no more actions; settling and verifying"));
        m_runEndMs = now();
        startSettling();
    } else if (m_phase == SimPhase::SigningIn || m_phase == SimPhase::Preparing) {
        abort();
    }
}

void Simulator::abort()
{
    if (m_phase == SimPhase::Idle || m_phase == SimPhase::Finished)
        return;
    note(SimulatorText::tr("aborted"));
    finish(true);
}

// ----------------------------------------------------------------------------- report

void Simulator::fillReport(SimReport *report, bool final) const
{
    SimReport &r = *report;
    const qint64 t = now();
    r.scenarioName = m_scenario.name;
    r.scenario = m_scenario.toJson();
    r.servers.clear();
    for (const QUrl &server : m_config.servers)
        r.servers.append(redactedUrl(server));
    r.shards = {m_config.shard.toString()};
    r.shardCount = m_config.shard.count;
    r.startedAtMs = m_startedAtMs;
    r.finishedAtMs = t;
    r.runStartMs = m_runStartMs;
    r.runEndMs = m_phase >= SimPhase::Settling ? m_runEndMs : qMin(t, m_runEndMs);
    r.users = int(m_users.size());
    QSet<EntityId> units;
    for (int i = 0; i < m_tracker.receiverCount(); ++i) {
        if (m_tracker.receiverUnit(i).isValid())
            units.insert(m_tracker.receiverUnit(i));
    }
    r.units = int(units.size());
    r.rate = m_scenario.rate;
    r.durationS = m_scenario.durationS;
    r.windowMs = m_tracker.windowMs();
    r.verified = m_verified;
    r.verifiedAs = m_verifiedAs;

    SimCounters c = m_tracker.counters();
    c.actions = m_actionCounters.actions;
    c.actionErrors = m_actionCounters.actionErrors;
    c.actionsSkipped = m_actionCounters.actionsSkipped;
    c.lostUpdates = m_lostCount;
    c.usersVerified = m_verified ? m_usersVerified : 0;
    r.userStats.clear();
    for (size_t i = 0; i < m_users.size(); ++i) {
        SimUserStats stats = m_tracker.receiverStats(int(i));
        const UserRun &run = m_runs[i];
        if (run.failed) {
            ++c.setupFailures;
            stats.state = QStringLiteral("failed");
        } else if (m_phase >= SimPhase::Running) {
            const ConsoleSession *s = m_users[i]->session();
            const SimUserStats session = sessionStats(run, s);
            addSessionStats(&stats, session);
            c.refetches += session.refetches;
            c.rowFetches += s->queries()->metrics().rowFetches - run.baseRowFetches;
            c.reconnects += session.reconnects;
            c.orderViolations += session.orderViolations;
            c.duplicates += session.duplicates;
            if (run.presence == UserRun::Presence::Out) {
                // Ramping: signed out by a stage, or not yet asked to join.
                stats.state = run.leftAtMs > 0 ? QStringLiteral("left") : QStringLiteral("not_joined");
            } else {
                stats.state = liveStateName(s->live()->state());
                if (s->live()->state() != LiveState::Live)
                    ++c.notLive;
            }
        }
        stats.joinedAtMs = run.joinedAtMs;
        stats.leftAtMs = run.leftAtMs;
        r.userStats.append(stats);
    }
    if (m_phase >= SimPhase::Running) {
        qint64 gets = 0;
        qint64 bytes = 0;
        restTraffic(&gets, &bytes);
        c.restGets = gets - m_getsRunStart;
        c.restGetBytes = bytes - m_getBytesRunStart;
    }
    r.counters = c;
    r.frame = m_tracker.frameHistogram();
    r.statusFrame = m_tracker.statusFrameHistogram();
    r.statusModel = m_tracker.statusModelHistogram();
    r.statusLag = m_tracker.statusLagHistogram();
    r.fetchLag = m_tracker.fetchLagHistogram();
    r.model = m_tracker.modelHistogram();
    r.emit = m_tracker.emitHistogram();
    r.action = m_actionLatency;
    r.windows = m_tracker.windows();
    r.leaks = m_tracker.leaks();
    r.lostUpdates = m_lost;
    r.storms.clear();
    for (const StormRun *s : m_storms)
        r.storms.append(s->stats);
    r.stages.clear();
    for (int i = 0; i < m_stageRuns.size(); ++i) {
        SimStage st = m_stageRuns.at(i);
        st.figures = m_tracker.stages().value(i);
        st.figures.startMs = i;
        if (i == m_stage && !m_stagesClosed) {  // the stage running now: its figures so far
            st.endMs = qMin(t, m_runEndMs);
            st.users = usersIn();
            st.usersTarget = m_usersTarget;
        }
        r.stages.append(st);
    }
    r.processes.clear();
    SimProcessStats p;
    p.shard = m_config.shard.toString();
    p.users = int(m_users.size());
    p.rssBeforeKb = m_rssBeforeKb;
    p.rssReadyKb = m_rssReadyKb;
    p.rssEndKb = processRssKb();
    p.rssPeakKb = processPeakRssKb();
    p.cpuRunMs = m_cpuRunMs >= 0 ? m_cpuRunMs
                                 : (m_phase == SimPhase::Running ? processCpuMs() - m_cpuRunStartMs : 0);
    p.framesRun = m_framesRun >= 0 ? m_framesRun
                                   : (m_phase == SimPhase::Running ? m_tracker.counters().frames - m_framesRunStart : 0);
    p.runSeconds = m_runStartMs > 0 ? double(qMax<qint64>(0, r.runEndMs - m_runStartMs)) / 1000.0 : 0.0;
    r.processes.append(p);
    r.thresholds = m_scenario.thresholds;
    r.notes = m_notes;
    // Seeds 001/002/004 number no events: no user can count missed frames. The actions'
    // own receipts (change_delivery) still measure delivery; "delivery" is then n/a.
    r.notApplicable.clear();
    if (m_phase >= SimPhase::Running && c.frames == 0) {
        bool anySeq = false;
        bool anyLive = false;
        for (size_t i = 0; i < m_users.size(); ++i) {
            if (m_runs[i].failed)
                continue;
            const LiveSession *live = m_users[i]->session()->live();
            anyLive = anyLive || live->metrics().framesIn > 0;
            anySeq = anySeq || live->capabilities().gapDetection;
        }
        if (anyLive && !anySeq)
            r.notApplicable.insert(QStringLiteral("delivery"),
                                   SimulatorText::tr("the server numbers no events (no seq), so missed frames cannot be "
                                      "counted; change_delivery counts delivery from the actions"));
    }
    // Seed 001 frames carry no time of emission: emit → frame cannot be measured.
    if (r.emit.isEmpty() && !r.frame.isEmpty()) {
        for (const Threshold &t : std::as_const(r.thresholds)) {
            if (t.metric.startsWith(QLatin1String("emit_")))
                r.notApplicable.insert(t.metric, SimulatorText::tr("the server's frames carry no time of emission"));
        }
    }
    if (final && !m_skipReasons.isEmpty()) {
        QStringList reasons;
        for (auto it = m_skipReasons.cbegin(); it != m_skipReasons.cend(); ++it)
            reasons.append(QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value()));
        reasons.sort();
        r.notes.append(SimulatorText::tr("ticks skipped: %1").arg(reasons.join(QStringLiteral("; "))));
    }
    if (final && m_errorNotes > MaxErrorNotes)
        r.notes.append(SimulatorText::tr("%1 more action errors not listed").arg(m_errorNotes - MaxErrorNotes));
    if (m_stopRequested)
        r.notes.append(SimulatorText::tr("the run was stopped early"));
    r.evaluate();
}

SimReport Simulator::snapshot() const
{
    if (m_phase == SimPhase::Finished)
        return m_report;
    SimReport r;
    fillReport(&r, false);
    return r;
}

SimUserStats Simulator::userStats(int index) const
{
    if (m_phase == SimPhase::Finished)
        return m_report.userStats.value(index);
    SimUserStats stats = m_tracker.receiverStats(index);
    const UserRun &run = m_runs[size_t(index)];
    if (run.failed)
        return stats;
    if (m_phase >= SimPhase::Running)
        addSessionStats(&stats, sessionStats(run, m_users[size_t(index)]->session()));
    return stats;
}

void Simulator::restTraffic(qint64 *gets, qint64 *bytes) const
{
    *gets = 0;
    *bytes = 0;
    QSet<const RestTrafficMeter *> seen;
    for (const VirtualUser *vu : m_users) {
        const RestTrafficMeter *meter = vu->session()->trafficMeter();
        if (!meter || seen.contains(meter))
            continue;
        seen.insert(meter);
        *gets += meter->totals().gets;
        *bytes += meter->totals().getBytes;
    }
}

// What the user's session counted since the run began: refetches, reconnects and the seqs
// it did not apply (the tracker never sees those frames, so their duplicates are added here).
SimUserStats Simulator::sessionStats(const UserRun &run, const ConsoleSession *session)
{
    const LiveMetrics &live = session->live()->metrics();
    SimUserStats d;
    d.refetches = session->queries()->metrics().refetches - run.baseRefetches;
    d.reconnects = live.reconnects - run.baseReconnects;
    d.orderViolations = live.reorderedSeqs - run.baseReorderedSeqs;
    d.duplicates = live.duplicateSeqs - run.baseDuplicateSeqs;
    return d;
}

void Simulator::addSessionStats(SimUserStats *stats, const SimUserStats &session)
{
    stats->refetches = session.refetches;
    stats->reconnects = session.reconnects;
    stats->orderViolations = session.orderViolations;
    stats->duplicates += session.duplicates;
}

SimProgress Simulator::progress() const
{
    SimProgress p;
    p.phase = m_phase;
    const qint64 t = now();
    p.elapsedMs = m_startedAtMs ? t - m_startedAtMs : 0;
    if (m_phase >= SimPhase::Running && m_runStartMs > 0)
        p.runElapsedMs = qMin(t, m_runEndMs) - m_runStartMs;
    p.runDurationMs = qint64(m_scenario.durationS * 1000);
    p.users = int(m_users.size());
    for (size_t i = 0; i < m_users.size(); ++i) {
        const UserRun &run = m_runs[i];
        if (run.failed)
            ++p.failed;
        if (run.signedIn)
            ++p.signedIn;
        if (!run.failed && m_users[i]->session()->live()->state() == LiveState::Live)
            ++p.live;
    }
    p.inFlight = m_inFlight;
    p.openChanges = m_tracker.incompleteChanges();
    p.counters = m_tracker.counters();
    p.counters.actions = m_actionCounters.actions;
    p.counters.actionErrors = m_actionCounters.actionErrors;
    p.counters.actionsSkipped = m_actionCounters.actionsSkipped;
    p.p95Ms = m_tracker.frameHistogram().percentile(95);
    p.modelP95Ms = m_tracker.modelHistogram().percentile(95);
    const QMap<qint64, SimWindow> &windows = m_tracker.windows();
    if (!windows.isEmpty())
        p.lastWindowP95Ms = windows.last().frame.percentile(95);
    if (m_stage >= 0) {
        p.stage = m_stage;
        p.stageCount = int(m_scenario.stages.size());
        p.stageName = m_scenario.stages.at(m_stage).name;
        p.usersTarget = m_usersTarget;
    }
    return p;
}

void Simulator::emitProgress()
{
    Q_EMIT progressed(progress());
    for (qint64 start : m_tracker.takeDirtyWindows()) {
        const auto it = m_tracker.windows().constFind(start);
        if (it != m_tracker.windows().cend())
            Q_EMIT windowUpdated(*it);
    }
    Q_EMIT usersUpdated();
}

void Simulator::finish(bool aborted, const QString &configError)
{
    if (m_phase == SimPhase::Finished)
        return;
    m_tick.stop();
    m_actionTimer.stop();
    for (QTimer *timer : std::as_const(m_timedSteps))
        timer->stop();
    if (m_phase == SimPhase::Running || m_phase == SimPhase::Warmup) {
        m_cpuRunMs = processCpuMs() - m_cpuRunStartMs;
        m_framesRun = m_tracker.counters().frames - m_framesRunStart;
        m_runEndMs = qMin(m_runEndMs, now());
        closeStage(m_runEndMs);
        m_stagesClosed = true;
    }
    if (m_phase < SimPhase::Verifying) {
        checkStorms(true);
        m_tracker.tick(now(), true);
    }
    m_fetch.reset();
    fillReport(&m_report, true);
    m_report.aborted = aborted;
    m_report.abortedBy = m_abortedBy;
    m_report.configError = configError;
    if (!configError.isEmpty())
        note(SimulatorText::tr("configuration error: %1").arg(configError));
    m_report.evaluate();
    for (VirtualUser *vu : m_users)
        vu->session()->live()->stop();
    setPhase(SimPhase::Finished);
    emitProgress();
    Q_EMIT finished(m_report);
}

}  // namespace Dms
