// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/restroutes.h"

namespace Dms {

// Options shared by the headless commands (docs/cli.md). Times are seconds on the
// command line (fractions allowed) and milliseconds here.
struct CliOptions
{
    QString command;  // watch | status
    QUrl server;
    QString user;
    bool passwordStdin = false;
    QString profile = QStringLiteral("dms-updates");
    QString caFile;
    bool tokenInHeader = false;
    bool remember = false;
    bool noKeychain = false;
    bool allowInsecureHttp = false;  // --allow-insecure-http: accept http:// to another host

    // watch
    int pingIntervalMs = 30'000;
    int pongTimeoutMs = 10'000;
    int reconnectBaseMs = 1000;
    int reconnectCapMs = 30'000;
    int maxAttempts = 10;
    int offlineRetryMs = 60'000;  // --offline-retry S; 0: wait for Retry / the network
    qint64 durationMs = 0;  // 0: until SIGINT/SIGTERM
    QStringList queries;    // empty: every list view

    // status
    int pings = 3;
    bool json = false;
    int timeoutMs = 20'000;
};

// Parses argv (args[0] is the program, args[1] the command). On a usage error returns
// false and fills error with which option and why.
bool parseCliOptions(const QStringList &args, CliOptions *options, QString *error);
QString cliUsage();
bool isHeadlessCommand(const QString &word);

// The list views `watch` keeps active by default.
QStringList defaultWatchQueries();
// What `watch` observes without --queries: those of the list above the profile routes, or,
// for a backend with other lists (seed 004), every list key the profile routes.
QStringList defaultWatchQueries(const RestRoutes &routes);

}  // namespace Dms
