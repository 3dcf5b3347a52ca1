// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The truth the simulator measures against: the server's rows before the run (the
// planner's snapshot, read as the admin or as each unit's users) and after it, compared
// with every user's tables (TruthCheck), with a second look for users still catching up.
#include <QTimer>

#include <algorithm>

#include "auth/apiclient.h"
#include "data/entitytablemodel.h"
#include "live/livesession.h"
#include "session/consolesession.h"
#include "sim/simulator_p.h"
#include "sim/truthfetch.h"
#include "sim/virtualuser.h"
#include "sync/queryclient.h"

namespace Dms {

namespace {

// The tables are compared once every user's fetches have ended. Under load (a worker gone,
// a hundred users refetching at once through one proxy) that can take minutes of retries:
// the wait goes on while fetches keep starting (each retry and follow-up is one) or users'
// fetches keep ending, and ends VerifyQuietTimeoutMs after the last such change, or at
// VerifyLimitMs in all.
constexpr qint64 VerifyQuietTimeoutMs = 20'000;
constexpr qint64 VerifyLimitMs = 180'000;
constexpr qint64 SecondLookDelayMs = 1500;

}  // namespace

const QStringList &Simulator::snapshotKeys()
{
    static const QStringList keys{QStringLiteral("withdrawal-requests"),
                                  QStringLiteral("destruction-requests"),
                                  QStringLiteral("transfer-requests"), QStringLiteral("crates"),
                                  QStringLiteral("storage")};
    return keys;
}

void Simulator::startPreparing()
{
    setPhase(SimPhase::Preparing);
    QList<SimActor> actors;
    QHash<EntityId, int> unitUser;  // unit → a ready user of it
    QHash<EntityId, QList<int>> byListedUnit;  // listed unit → ready users whose server unit differs
    QHash<EntityId, QSet<EntityId>> serverUnitsOf;  // listed unit → the server's units of its users
    for (size_t i = 0; i < m_users.size(); ++i) {
        if (m_runs[i].failed || !m_runs[i].signedIn)  // ramping: users that join later act later
            continue;
        const UserInfo &u = m_users[i]->session()->api()->user();
        actors.append(SimActor{int(i), u.username, u.unitId, u.id, u.role});
        if (!unitUser.contains(u.unitId))
            unitUser.insert(u.unitId, int(i));
        const EntityId &listed = m_users[i]->account().unitId;
        if (listed.isValid() && u.unitId.isValid()) {
            serverUnitsOf[listed].insert(u.unitId);
            if (u.unitId != listed)
                byListedUnit[listed].append(int(i));
        }
    }
    m_planner.setActors(actors);
    // Users whose server unit is not the listed one: when all users of a listed unit are of
    // one server unit (the demo pattern against a server with UUIDs), steps naming the
    // listed unit act there; else each such user is named.
    m_unitAlias.clear();
    QList<EntityId> listedUnits = byListedUnit.keys();
    std::sort(listedUnits.begin(), listedUnits.end());
    for (const EntityId &listed : std::as_const(listedUnits)) {
        const QSet<EntityId> &server = serverUnitsOf.value(listed);
        if (server.size() == 1) {
            const EntityId actual = *server.cbegin();
            m_unitAlias.insert(listed, actual);
            note(tr("unit %1 of the users list is unit %2 on the server: steps naming unit %1 act in unit %2")
                     .arg(listed.toString(), actual.toString()));
            continue;
        }
        for (int i : byListedUnit.value(listed)) {
            const UserInfo &u = m_users[size_t(i)]->session()->api()->user();
            note(tr("%1 is of unit %2 on the server, not %3 as listed: unit %2 is used")
                     .arg(u.username, u.unitId.toString(), listed.toString()));
        }
    }

    auto *fetch = new TruthFetch(
        m_config.profile.rest(),
        [this](bool ok, const QString &error, const TruthFetch::Lists &lists) {
            m_fetch.release();
            onSnapshot(ok, error, lists);
        },
        this);
    if (m_adminReady) {
        for (const QString &key : snapshotKeys())
            fetch->add(m_admin, key, key);
    } else {
        for (auto it = unitUser.cbegin(); it != unitUser.cend(); ++it) {
            for (const QString &key : snapshotKeys())
                fetch->add(actorApi(it.value()), key + QLatin1Char('|') + it.key().toString(), key);
        }
    }
    m_fetch.reset(fetch);
    fetch->start();
}

void Simulator::onSnapshot(bool ok, const QString &error, const QHash<QString, QJsonArray> &lists)
{
    if (m_phase != SimPhase::Preparing)
        return;
    if (!ok) {
        note(tr("could not read the server's rows: %1").arg(error));
        finish(true);
        return;
    }
    const TruthFetch::Lists joined = TruthFetch::joinedByKey(lists);
    m_planner.loadSnapshot(joined.value(QStringLiteral("withdrawal-requests")),
                           joined.value(QStringLiteral("destruction-requests")),
                           joined.value(QStringLiteral("transfer-requests")),
                           joined.value(QStringLiteral("crates")), joined.value(QStringLiteral("storage")));
    for (int i = 0; i < m_scenario.steps.size(); ++i) {
        const ScenarioStep step = resolvedStep(m_scenario.steps.at(i));
        const QString problem = m_planner.checkStep(step);
        if (!problem.isEmpty()) {
            finish(false, tr("steps[%1] (%2): %3").arg(i).arg(simActionName(step.action), problem));
            return;
        }
        if (step.action == SimActionType::DisconnectAll && step.method == QLatin1String("server") &&
            !m_adminReady) {
            finish(false, tr("steps[%1].method: \"server\" needs the admin, who could not sign in").arg(i));
            return;
        }
    }
    startWarmup();
}

void Simulator::startVerifying()
{
    setPhase(SimPhase::Verifying);
    bool anyView = false;
    for (const QString &view : std::as_const(m_scenario.views))
        anyView = anyView || view != QLatin1String("audit");
    if (!anyView) {
        note(tr("no table views: nothing to compare with the server"));
        finish(false);
        return;
    }
    startVerifyWait();  // the tick starts the fetch once quiet
}

void Simulator::startVerifyWait()
{
    m_verifyDeadlineMs = now() + VerifyQuietTimeoutMs;
    m_verifyLimitMs = now() + VerifyLimitMs;
    m_verifyFetches = -1;
    m_verifyBusyUsers = -1;
}

bool Simulator::verifyWaitOver(qint64 t, bool *quietOut)
{
    qint64 fetches = 0;
    int busyUsers = 0;
    for (size_t i = 0; i < m_users.size(); ++i) {
        if (m_runs[i].failed || !m_runs[i].signedIn)
            continue;
        busyUsers += m_users[i]->isQuiet() ? 0 : 1;
        const QueryMetrics m = m_users[i]->session()->queries()->metrics();
        fetches += m.fetchesStarted + m.rowFetches;
    }
    const bool quiet = m_inFlight == 0 && busyUsers == 0;
    *quietOut = quiet;
    if (quiet)
        return true;
    // Progress is a fetch started (a retry, a refetch) or a user whose fetches all ended:
    // a long queue of fetches started long ago (waiting for a connection behind a slow
    // server) drains without starting any.
    if (fetches != m_verifyFetches || busyUsers != m_verifyBusyUsers) {
        m_verifyFetches = fetches;
        m_verifyBusyUsers = busyUsers;
        m_verifyDeadlineMs =
            std::max(m_verifyDeadlineMs, std::min(t + VerifyQuietTimeoutMs, m_verifyLimitMs));
    }
    return t >= m_verifyDeadlineMs;
}

void Simulator::fetchTruth(bool second)
{
    QSet<QString> keys;
    QHash<EntityId, int> unitUser;
    for (size_t i = 0; i < m_users.size(); ++i) {
        if (m_runs[i].failed || !m_runs[i].signedIn)
            continue;
        for (const QString &key : m_users[i]->listKeys()) {
            if (key != QLatin1String("audit"))
                keys.insert(key);
        }
        const EntityId unit = m_tracker.receiverUnit(int(i));
        if (!unitUser.contains(unit))
            unitUser.insert(unit, int(i));
    }
    if (m_adminReady && keys.contains(QStringLiteral("sendback-records")))
        keys.insert(QStringLiteral("transfer-requests"));  // to tell which units a send-back belongs to
    auto *fetch = new TruthFetch(
        m_config.profile.rest(),
        [this, second](bool ok, const QString &error, const TruthFetch::Lists &lists) {
            m_fetch.release();
            onTruth(ok, error, lists, second);
        },
        this);
    m_fetchUnits.clear();
    for (const QString &key : std::as_const(keys)) {
        if (m_adminReady) {
            fetch->add(m_admin, key, key);
        } else {
            for (auto it = unitUser.cbegin(); it != unitUser.cend(); ++it) {
                const QString tag = key + QLatin1Char('|') + it.key().toString();
                m_fetchUnits.insert(tag, it.key());
                fetch->add(actorApi(it.value()), tag, key);
            }
        }
    }
    m_verifiedAs = m_adminReady ? QStringLiteral("admin") : QStringLiteral("unit users");
    m_fetch.reset(fetch);
    fetch->start();
}

void Simulator::onTruth(bool ok, const QString &error, const QHash<QString, QJsonArray> &lists, bool second)
{
    if (m_phase != SimPhase::Verifying)
        return;
    if (!ok) {
        note(tr("could not read the server's rows to compare the tables: %1").arg(error));
        finish(false);
        return;
    }
    m_truth = TruthSnapshot();
    for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
        if (it.key().contains(QLatin1Char('|')))  // "key|unit": a unit user's rows
            m_truth.setUnitRows(m_fetchUnits.value(it.key()), it.key().section(QLatin1Char('|'), 0, 0),
                                it.value());
        else
            m_truth.setAdminRows(it.key(), it.value());
    }
    compareTables(second);
}

void Simulator::compareTables(bool second)
{
    QList<int> users;
    if (second) {
        users = m_mismatchedUsers;
    } else {
        for (size_t i = 0; i < m_users.size(); ++i) {
            if (!m_runs[i].failed && m_runs[i].signedIn)
                users.append(int(i));
        }
        m_usersVerified = users.size();
    }
    QList<int> mismatched;
    for (int i : users) {
        const VirtualUser *vu = m_users[size_t(i)];
        const EntityId unit = m_tracker.receiverUnit(i);
        QList<SimLostUpdate> found;
        for (const QString &key : vu->listKeys()) {
            if (key == QLatin1String("audit"))
                continue;
            found += compareTableRows(vu->account().username, unit, key, vu->rows(key),
                                      m_truth.rowsFor(unit, key));
        }
        if (found.isEmpty())
            continue;
        mismatched.append(i);
        if (second) {
            m_lostCount += found.size();
            m_tracker.receiverStats(i).lostUpdates += found.size();
            for (const SimLostUpdate &l : std::as_const(found)) {
                if (m_lost.size() < SimReport::MaxDetails)
                    m_lost.append(l);
            }
        }
    }
    if (!second && !mismatched.isEmpty()) {
        // Give refreshes in flight a moment, then look again at those users only.
        m_mismatchedUsers = mismatched;
        note(tr("%1 user(s) differ from the server: looking again in %2 s")
                 .arg(mismatched.size())
                 .arg(SecondLookDelayMs / 1000.0));
        QTimer::singleShot(SecondLookDelayMs, this, [this] {
            if (m_phase == SimPhase::Verifying)
                startVerifyWait();
        });
        return;
    }
    m_verified = true;
    finish(false);
}

}  // namespace Dms
