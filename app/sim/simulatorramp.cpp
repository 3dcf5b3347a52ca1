// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// Ramping (docs/scenarios.md, "Ramping"): the scenario's stages move the number of
// signed-in users and the action rate; users join (sign in, go Live, load their views,
// then act) and leave (no new changes expect them; once what they were owed is in, their
// session signs out) while the others act. Each stage keeps its own figures, and
// thresholds marked abort_on_fail end the run as soon as they fail for good.
#include <cmath>

#include "auth/apiclient.h"
#include "auth/signinservice.h"
#include "live/livesession.h"
#include "session/consolesession.h"
#include "sim/simulator_p.h"
#include "sim/virtualuser.h"

namespace Dms {

int Simulator::shareOfUsers(int total, const ShardSpec &shard)
{
    if (shard.count <= 1)
        return total;
    // Shard K of N takes total / N, the first total % N shards one more.
    return total / shard.count + (shard.index - 1 < total % shard.count ? 1 : 0);
}

double Simulator::rateAt(qint64 ms) const
{
    const double total = m_scenario.hasStages()
                             ? m_scenario.targetsAt(double(ms - m_runStartMs) / 1000.0).rate
                             : m_scenario.rate;
    return total / double(qMax(1, m_config.shard.count));
}

int Simulator::usersIn() const
{
    int n = 0;
    for (const UserRun &run : m_runs)
        n += !run.failed && run.presence == UserRun::Presence::In ? 1 : 0;
    return n;
}

QList<SimActor> Simulator::currentActors() const
{
    QList<SimActor> actors;
    for (size_t i = 0; i < m_users.size(); ++i) {
        const UserRun &run = m_runs[i];
        if (run.failed || !run.signedIn || run.presence != UserRun::Presence::In)
            continue;
        const UserInfo &u = m_users[i]->session()->api()->user();
        actors.append(SimActor{int(i), u.username, u.unitId, u.id, u.role});
    }
    return actors;
}

void Simulator::enterStage(int index, qint64 atMs)
{
    const ScenarioStage &stage = m_scenario.stages.at(index);
    m_stage = index;
    m_tracker.setStage(index);
    SimStage st;
    st.index = index;
    st.name = stage.name;
    st.startMs = atMs;
    st.rate = stage.rate;
    m_stageRuns.append(st);
    note(tr("stage %1/%2 (%3): to %4 users and %5 actions/s over %6 s")
             .arg(index + 1)
             .arg(m_scenario.stages.size())
             .arg(stage.name)
             .arg(stage.users)
             .arg(formatMetric(stage.rate), formatMetric(stage.durationS)));
}

void Simulator::closeStage(qint64 atMs)
{
    if (m_stage < 0 || m_stagesClosed || m_stage >= m_stageRuns.size())
        return;
    SimStage &st = m_stageRuns[m_stage];
    st.endMs = atMs;
    st.users = usersIn();
    st.usersTarget = m_usersTarget;
}

void Simulator::advanceStages(qint64 t)
{
    if (!m_scenario.hasStages() || m_stage < 0 || m_stagesClosed)
        return;
    const int target = m_scenario.targetsAt(double(t - m_runStartMs) / 1000.0).stage;
    while (m_stage < target) {
        const qint64 boundary =
            m_runStartMs + qint64(std::llround(m_scenario.stageStartS(m_stage + 1) * 1000.0));
        // The target at the end of the stage is the stage's own.
        m_usersTarget = shareOfUsers(m_scenario.stages.at(m_stage).users, m_config.shard);
        closeStage(boundary);
        enterStage(m_stage + 1, boundary);
    }
}

void Simulator::adjustUsers(qint64 t)
{
    if (!m_scenario.hasStages() || m_stagesClosed)
        return;
    const StageTargets targets = m_scenario.targetsAt(double(t - m_runStartMs) / 1000.0);
    m_usersTarget = qMin(int(m_users.size()),
                         shareOfUsers(int(std::lround(targets.users)), m_config.shard));
    int present = 0;  // joining (and staying) or in
    for (const UserRun &run : m_runs) {
        if (!run.failed && ((run.presence == UserRun::Presence::Joining && !run.leaveOnceIn) ||
                            run.presence == UserRun::Presence::In))
            ++present;
    }
    // More users: the next ones in the list sign in (sign_in_concurrency at a time).
    for (size_t i = 0; i < m_users.size() && present < m_usersTarget &&
                       m_signInsInFlight < m_scenario.signInConcurrency;
         ++i) {
        const UserRun &run = m_runs[i];
        if (run.failed || run.presence != UserRun::Presence::Out)
            continue;
        joinUser(int(i), t);
        ++present;
    }
    // Fewer: the last to join leave first. One still joining (slow on a loaded machine)
    // is asked to leave as soon as it is in: skipping it left the ramp above its target
    // when the join ended after the last stage.
    for (qsizetype k = m_presentOrder.size() - 1; k >= 0 && present > m_usersTarget; --k) {
        const int i = m_presentOrder.at(k);
        UserRun &run = m_runs[size_t(i)];
        if (run.presence == UserRun::Presence::In) {
            leaveUser(i, t);
            --present;
        } else if (run.presence == UserRun::Presence::Joining && !run.leaveOnceIn) {
            run.leaveOnceIn = true;
            m_tracker.setReceiverAccepting(i, false);
            --present;
        }
    }
}

void Simulator::joinUser(int index, qint64 t)
{
    UserRun &run = m_runs[size_t(index)];
    VirtualUser *vu = m_users[size_t(index)];
    run.presence = UserRun::Presence::Joining;
    run.leaveOnceIn = false;
    run.joinStartMs = t;
    run.signInStarted = true;
    run.signInAttempts = 1;
    m_presentOrder.append(index);
    m_tracker.setReceiverAccepting(index, true);
    ++m_signInsInFlight;
    vu->session()->signIn()->signIn(vu->server(), vu->account().username, vu->account().password, false,
                                    false);
}

void Simulator::leaveUser(int index, qint64 t)
{
    UserRun &run = m_runs[size_t(index)];
    run.presence = UserRun::Presence::Leaving;
    run.leftAtMs = 0;
    Q_UNUSED(t)
    // Changes posted from now on do not expect it; what it is owed is still measured.
    m_tracker.setReceiverAccepting(index, false);
    m_planner.setActors(currentActors());
}

void Simulator::signOutUser(int index, qint64 t)
{
    UserRun &run = m_runs[size_t(index)];
    VirtualUser *vu = m_users[size_t(index)];
    run.presence = UserRun::Presence::Out;
    run.signedIn = false;
    run.leftAtMs = t;
    m_presentOrder.removeOne(index);
    m_actorApis.remove(index);  // a rejoin signs in afresh
    if (m_stage >= 0 && m_stage < m_stageRuns.size())
        ++m_stageRuns[m_stage].left;
    vu->session()->live()->stop();
    vu->session()->signIn()->signOut();
}

void Simulator::checkJoinsAndLeaves(qint64 t, bool force)
{
    if (!m_scenario.hasStages())
        return;
    bool actorsChanged = false;
    for (size_t i = 0; i < m_users.size(); ++i) {
        UserRun &run = m_runs[i];
        if (run.failed)
            continue;
        VirtualUser *vu = m_users[i];
        if (run.presence == UserRun::Presence::Joining) {
            const bool live = run.signedIn && vu->session()->live()->state() == LiveState::Live;
            if (live && vu->viewsLoaded()) {
                run.presence = UserRun::Presence::In;
                run.joinedAtMs = t;
                if (m_stage >= 0 && m_stage < m_stageRuns.size())
                    ++m_stageRuns[m_stage].joined;
                if (run.leaveOnceIn)
                    leaveUser(int(i), t);  // in, and out at once: the ramp has gone down since
                actorsChanged = true;
            } else if (t >= run.joinStartMs + qint64(m_scenario.readyTimeoutS * 1000)) {
                run.failed = true;
                run.presence = UserRun::Presence::Out;
                m_presentOrder.removeOne(int(i));
                const QString why = !run.signedIn ? tr("not signed in within ready_timeout_s of joining")
                                    : !live ? tr("not Live within ready_timeout_s of joining (%1)")
                                                  .arg(vu->session()->live()->status().describe())
                                            : tr("views not loaded within ready_timeout_s of joining");
                m_tracker.setReceiverLive(int(i), false, t);
                m_tracker.setReceiverState(int(i), QStringLiteral("failed"), why);
                vu->session()->live()->stop();
                note(QStringLiteral("%1: %2").arg(vu->account().username, why));
            }
        } else if (run.presence == UserRun::Presence::Leaving) {
            if (force || (m_tracker.openExpectations(int(i)) == 0 && run.actionsInFlight == 0))
                signOutUser(int(i), t);
        }
    }
    if (actorsChanged)
        m_planner.setActors(currentActors());
}

void Simulator::checkAbortThresholds()
{
    if (!m_hasAbortThresholds)
        return;
    const qint64 t = now();
    const qint64 windowStart = t - t % m_tracker.windowMs();
    const bool windowEnded = windowStart != m_abortWindowStart;
    m_abortWindowStart = windowStart;
    SimReport r;
    fillReport(&r, false);
    for (const Threshold &th : std::as_const(m_scenario.thresholds)) {
        if (!th.abortOnFail)
            continue;
        const std::optional<double> value = r.metric(th.lookupKey());
        if (!value || th.holds(*value))
            continue;
        // Failing now; is it for good? A growing count past its limit is. Other values: a
        // stage's once the stage is over and its changes are all in; the run's at the end
        // of each window, on what was measured so far (as k6 does).
        bool decided = th.failsForGood(*value);
        if (!decided && !th.stage.isEmpty()) {
            const int index = m_scenario.stageIndex(th.stage);
            const bool over = index >= 0 && (index < m_stage || m_stagesClosed);
            decided = over && m_tracker.openChangesOfStage(index) == 0;
        } else if (!decided) {
            decided = windowEnded;
        }
        if (!decided)
            continue;
        const QList<ThresholdVerdict> verdict =
            evaluateThresholds({th}, [&r](const QString &name) { return r.metric(name); });
        m_abortedBy = QStringLiteral("%1 (%2)").arg(th.text, verdict.value(0).detail);
        note(tr("aborted by threshold %1").arg(m_abortedBy));
        finish(true);
        return;
    }
}

}  // namespace Dms
