// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// Reconnect storms (a scenario's disconnect_all step): every Live socket is closed, by the
// server (the admin's disconnect-all) or client-side, and the run measures how long the
// users take to be Live again and resynced.
#include <QUrlQuery>

#include "auth/apiclient.h"
#include "live/livesession.h"
#include "session/consolesession.h"
#include "sim/simulator_p.h"
#include "sim/virtualuser.h"
#include "sync/queryclient.h"

namespace Dms {

void Simulator::triggerStorm(const ScenarioStep &step)
{
    auto *storm = new StormRun;
    storm->stats.atMs = now();
    storm->deadlineMs = storm->stats.atMs + qint64(m_scenario.stormTimeoutS * 1000);
    m_storms.append(storm);
    int users = 0;
    for (size_t i = 0; i < m_users.size(); ++i) {
        UserRun &run = m_runs[i];
        if (run.failed || m_users[i]->session()->live()->state() != LiveState::Live)
            continue;
        run.storm = UserRun::Storm::WaitingDown;
        run.stormRun = storm;
        run.resyncPending.clear();
        run.resyncStarted.clear();
        ++users;
    }
    // The server's endpoint, when the profile names one ("server" steps were refused at
    // configure() without it).
    const QString disconnectPath = m_config.profile.rest().actionPath(QStringLiteral("disconnect-all"));
    const bool server = !disconnectPath.isEmpty() &&
                        (step.method == QLatin1String("server") ||
                         (step.method == QLatin1String("auto") && m_adminReady));
    if (!server) {
        if (disconnectPath.isEmpty() && m_adminReady)
            note(tr("the dialect profile \"%1\" has no route for \"disconnect-all\": cutting the sockets "
                    "client-side").arg(m_config.profile.name()));
        note(tr("reconnect storm: cutting %1 sockets client-side").arg(users));
        startClientStorm(storm);
        return;
    }
    note(tr("reconnect storm: asking the server to close every socket (%1 users Live)").arg(users));
    storm->stats.method = QStringLiteral("server");
    ApiReply *reply = m_admin->post(disconnectPath, QJsonObject());
    connect(reply, &ApiReply::finished, this, [this, reply, storm, step] {
        if (storm->done)
            return;
        if (reply->ok()) {
            storm->triggered = true;
            return;
        }
        if (step.method == QLatin1String("auto") && (reply->httpStatus() == 404 || reply->httpStatus() == 403)) {
            note(tr("the server has no disconnect-all (HTTP %1: it needs DMS_DEBUG=1): cutting the "
                    "sockets client-side instead").arg(reply->httpStatus()));
            startClientStorm(storm);
            return;
        }
        note(tr("disconnect-all failed: %1").arg(reply->error().message));
        storm->stats.method = QStringLiteral("server (failed)");
        storm->done = true;
        for (UserRun &run : m_runs) {
            if (run.stormRun == storm) {
                ++storm->stats.affected;
                ++storm->stats.notBack;  // nobody was brought down and back: no storm time exists
                run.storm = UserRun::Storm::None;
                run.stormRun = nullptr;
            }
        }
    });
}

void Simulator::startClientStorm(StormRun *storm)
{
    storm->stats.method = QStringLiteral("client");
    storm->stats.atMs = now();
    storm->deadlineMs = storm->stats.atMs + qint64(m_scenario.stormTimeoutS * 1000);
    storm->triggered = true;
    for (size_t i = 0; i < m_users.size(); ++i) {
        if (m_runs[i].stormRun == storm && m_runs[i].storm == UserRun::Storm::WaitingDown)
            m_users[i]->session()->live()->cut(tr("reconnect storm (client-side cut)"));
    }
}

void Simulator::checkStorms(bool force)
{
    const qint64 t = now();
    for (StormRun *storm : std::as_const(m_storms)) {
        if (storm->done)
            continue;
        int waitingDown = 0;
        int waitingBack = 0;
        for (const UserRun &run : m_runs) {
            if (run.stormRun != storm)
                continue;
            if (run.storm == UserRun::Storm::WaitingDown)
                ++waitingDown;
            else if (run.storm == UserRun::Storm::WaitingLive || run.storm == UserRun::Storm::WaitingResync)
                ++waitingBack;
        }
        // Sockets the server never closed within 5 s were not part of the storm.
        const bool downSettled = waitingDown == 0 || (storm->triggered && t - storm->stats.atMs > 5000);
        const bool timedOut = force || t >= storm->deadlineMs;
        if (!(waitingBack == 0 && downSettled) && !timedOut)
            continue;
        storm->done = true;
        int unaffected = 0;
        for (UserRun &run : m_runs) {
            if (run.stormRun != storm)
                continue;
            if (run.storm == UserRun::Storm::WaitingDown)
                ++unaffected;
            else if (run.storm == UserRun::Storm::WaitingLive || run.storm == UserRun::Storm::WaitingResync)
                ++storm->stats.notBack;
            run.storm = UserRun::Storm::None;
            run.stormRun = nullptr;
        }
        if (unaffected > 0)
            note(tr("reconnect storm: %1 socket(s) were not closed").arg(unaffected));
        note(tr("reconnect storm over: %1 users down, all Live after %2 ms, all resynced after %3 ms, %4 not back")
                 .arg(storm->stats.affected)
                 .arg(storm->stats.notBack == 0 && !storm->stats.reconnect.isEmpty()
                          ? QString::number(storm->stats.reconnect.max()) : QStringLiteral("-"))
                 .arg(storm->stats.notBack == 0 && !storm->stats.resync.isEmpty()
                          ? QString::number(storm->stats.resync.max()) : QStringLiteral("-"))
                 .arg(storm->stats.notBack));
    }
}

}  // namespace Dms
