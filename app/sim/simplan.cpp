// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/simplan.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

#include "live/dialectprofile.h"

namespace Dms {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Dms::SimPlan)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

}  // namespace

bool planSimulation(const SimPlanRequest &request, Scenario *scenario, SimulatorConfig *config,
                    QString *error)
{
    ScenarioError scenarioError;
    if (!Scenario::load(request.scenario, scenario, &scenarioError))
        return fail(error, QStringLiteral("bad scenario: ") + scenarioError.toString());
    if (scenario->hasStages() && (request.rate > 0 || request.durationS > 0))
        return fail(error, Text::tr("%1: the scenario \"%2\" ramps in stages, which set its rate and "
                                    "duration (edit its \"stages\" instead)")
                               .arg(request.rate > 0 ? QStringLiteral("--rate") : QStringLiteral("--duration"),
                                    scenario->name));
    if (request.rate > 0)
        scenario->rate = request.rate;
    if (request.durationS > 0) {
        for (int i = 0; i < scenario->steps.size(); ++i) {
            const ScenarioStep &step = scenario->steps.at(i);
            if (step.isTimed() && step.atS >= request.durationS)
                return fail(error, Text::tr("--duration %1 s ends before steps[%2].at_s (%3 s)")
                                       .arg(formatMetric(request.durationS))
                                       .arg(i)
                                       .arg(formatMetric(step.atS)));
        }
        scenario->durationS = request.durationS;
    }
    if (request.units > 0)
        scenario->units = request.units;
    if (request.thresholds) {
        scenario->thresholds.clear();
        for (int i = 0; i < request.thresholds->size(); ++i) {
            Threshold t;
            QString why;
            if (!Threshold::parse(request.thresholds->at(i), &t, &why))
                return fail(error, Text::tr("threshold %1 \"%2\": %3").arg(i + 1).arg(request.thresholds->at(i), why));
            if (!t.stage.isEmpty() && scenario->stageIndex(t.stage) < 0)
                return fail(error, Text::tr("threshold %1 \"%2\": the scenario has no stage \"%3\"%4")
                                       .arg(i + 1)
                                       .arg(request.thresholds->at(i), t.stage,
                                            scenario->hasStages()
                                                ? QStringLiteral(" (%1)").arg(scenario->stageNames().join(QStringLiteral(", ")))
                                                : QString()));
            scenario->thresholds.append(t);
        }
    }
    if (request.servers.isEmpty())
        return fail(error, Text::tr("--server URL is required"));

    // The users: a file, or the demo pattern.
    *config = SimulatorConfig();
    config->servers = request.servers;
    config->shard = request.shard;
    SimUserList fromFile;
    const bool demo = request.usersFile.isEmpty();
    if (!demo) {
        QString why;
        if (!loadSimUsersCsv(request.usersFile, &fromFile, &why))
            return fail(error, QStringLiteral("--users-file: ") + why);
        // --units M keeps units 1..M; a file of text unit ids (UUIDs) keeps its first M
        // units in natural order.
        QList<EntityId> textUnits;
        for (const SimUser &u : std::as_const(fromFile.users)) {
            if (!u.unitId.isNumber() && !textUnits.contains(u.unitId))
                textUnits.append(u.unitId);
        }
        std::sort(textUnits.begin(), textUnits.end());
        if (request.units > 0 && textUnits.size() > request.units)
            textUnits.resize(request.units);
        QList<SimUser> users;
        for (const SimUser &u : std::as_const(fromFile.users)) {
            const bool kept = u.unitId.isNumber() ? u.unitId.toNumber() <= request.units
                                                  : textUnits.contains(u.unitId);
            if (request.units <= 0 || kept)
                users.append(u);
        }
        config->users = pickSimUsers(users, request.users);
    } else {
        const int total = request.users > 0 ? request.users : scenario->totalUsers();
        config->users = demoSimUsers(total, scenario->units);
    }
    QSet<EntityId> unitSet;
    for (const SimUser &u : std::as_const(config->users))
        unitSet.insert(u.unitId);
    scenario->units = qMax(1, int(unitSet.size()));
    scenario->perUnit = qMax(1, int(config->users.size()) / scenario->units);
    const int everyone = int(config->users.size());
    config->users = shardSimUsers(config->users, request.shard);
    if (config->users.isEmpty())
        return fail(error, Text::tr("shard %1 has no users (only %2 in all)")
                               .arg(request.shard.toString())
                               .arg(everyone));

    // The admin: for the final comparison with the server and server-side storms.
    if (!request.noAdmin) {
        const QString name = !request.admin.isEmpty()                ? request.admin
                             : !fromFile.admin.username.isEmpty() ? fromFile.admin.username
                                                                  : demoAdminName();
        config->admin.username = name;
        config->admin.role = QStringLiteral("admin");
        if (!request.adminPassword.isEmpty())
            config->admin.password = request.adminPassword;
        else if (fromFile.admin.username == name)
            config->admin.password = fromFile.admin.password;
        else if (demo && name == demoAdminName())
            config->admin.password = demoAdminPassword();
        if (config->admin.password.isEmpty()) {
            if (!request.admin.isEmpty())
                return fail(error, Text::tr("--admin %1: no password (set DMS_ADMIN_PASSWORD or "
                                            "list the admin in the users file)")
                                       .arg(name));
            config->admin = SimUser();  // none: tables are checked per unit, storms client-side
        }
    }

    ProfileError profileError;
    if (!DialectProfile::load(request.profile, &config->profile, &profileError))
        return fail(error, QStringLiteral("--profile: ") + profileError.message);
    return true;
}

}  // namespace Dms
