// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "sim/sessionpool.h"
#include "sim/simusers.h"

namespace Dms {

class CommandLine;
class Services;

// Options of `dms-console simulate` (docs/scenarios.md, "Running headless").
struct SimulateOptions
{
    QString scenario;         // built-in name or file
    QList<QUrl> servers;      // --server (repeatable or comma-separated)
    QString usersFile;        // --users-file CSV
    int users = 0;            // --users N (total); 0: the scenario's
    int units = 0;            // --units M; 0: the scenario's
    double rate = -1;         // --rate R actions/s; < 0: the scenario's
    double durationS = -1;    // --duration S; < 0: the scenario's
    QStringList thresholds;   // --threshold EXPR (repeatable): replace the scenario's
    QString reportPath;       // --report out.json
    QString junitPath;        // --junit out.xml
    QString csvPath;          // --csv samples.csv
    QString htmlPath;         // --html out.html (one self-contained page)
    ShardSpec shard;          // --shard K/N
    QString admin;            // --admin NAME (password: DMS_ADMIN_PASSWORD or the users file)
    bool noAdmin = false;     // --no-admin
    bool allowInsecureHttp = false;  // --allow-insecure-http: accept http:// to another host
    // --network-managers N: the users' REST traffic is spread over N
    int networkManagers = SessionPool::DefaultNetworkManagers;
    QString profile = QStringLiteral("dms-updates");
    QString caFile;
    bool quiet = false;       // --quiet: no progress, only the summary
    bool list = false;        // --list: print the built-in scenarios
};

// Parses argv (args[0] the program, args[1] "simulate"). On a usage error returns false
// with the option and the reason.
// False with no error for --help and --version (runSimulateCommand prints those).
bool parseSimulateOptions(const QStringList &args, SimulateOptions *options, QString *error);
bool simulateOptionsFrom(const CommandLine &line, SimulateOptions *options, QString *error);
// The usage lines and where --help is (the options: cliHelp(), commandline.h).
QString simulateUsage();

// `dms-console simulate …`: runs a scenario headless, in the running QCoreApplication, on the
// services of the composition root (src/main.cpp). Exit 0 every threshold passed, 1 one
// failed, 2 a bad scenario, users file or argument (with the field or line).
int runSimulateCommand(Services *services);

}  // namespace Dms
