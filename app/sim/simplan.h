// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QList>
#include <QStringList>
#include <QString>
#include <QUrl>

#include <optional>

#include "sim/scenario.h"
#include "sim/simulator.h"
#include "sim/simusers.h"

namespace Dms {

// What a user asks for before it is checked: a scenario and the overrides that
// `dms-console simulate` takes as options and the Simulation panel as fields.
struct SimPlanRequest
{
    QString scenario;         // built-in name or JSON file
    QList<QUrl> servers;
    QString usersFile;        // CSV of username,password,unit[,role]; empty: the demo pattern
    int users = 0;            // total virtual users; 0: the scenario's units × per_unit
    int units = 0;            // 0: the scenario's
    double rate = -1;         // actions/s; < 0: the scenario's
    double durationS = -1;    // < 0: the scenario's
    // Replace the scenario's thresholds ("p95_ms < 100", …); nullopt keeps them. An empty
    // list leaves only the implicit rules (every user set up, not aborted).
    std::optional<QStringList> thresholds;
    ShardSpec shard;
    QString admin;            // empty: the users file's admin, else the demo admin
    QString adminPassword;    // empty: the users file's, else the demo admin's
    bool noAdmin = false;     // compare tables per unit, cut sockets client-side
    QString profile = QStringLiteral("dms-updates");
};

// Turns a request into the scenario to run (overrides applied, units and per_unit as the
// users found) and the simulator's configuration (this shard's users, the admin, the
// dialect profile). On a problem returns false and says what is wrong: which option,
// field or line. The one set of rules for the headless command and the panel.
bool planSimulation(const SimPlanRequest &request, Scenario *scenario, SimulatorConfig *config,
                    QString *error);

}  // namespace Dms
