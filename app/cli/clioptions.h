// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include "cli/nagiosrange.h"
#include "core/restroutes.h"

namespace Dms {

class CommandLine;

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
    bool untilReady = false;  // --until-ready: end once Live with every query's first fetch done
    bool raw = false;       // --raw: print every frame in and out (redacted)
    int metricsPort = -1;   // --metrics-port P: serve /metrics (0: a free port); -1: off
    QString metricsAddress = QStringLiteral("127.0.0.1");  // --metrics-address

    // status
    enum class Format { Text, Json, Nagios, Prometheus };
    int pings = 3;
    Format format = Format::Text;  // --format text|json|nagios|prometheus (--json: json)
    int timeoutMs = 20'000;
    // --warning RTT[,TTL] / --critical RTT[,TTL]: ranges in ms for the median RTT and
    // the time to Live (nagios format; docs/monitoring.md).
    NagiosRange warningRtt;
    NagiosRange warningTimeToLive;
    NagiosRange criticalRtt;
    NagiosRange criticalTimeToLive;
};

// The window's options (`dms-console [--server URL --user NAME] …`); the password comes from
// DMS_PASSWORD or the keychain, never from here.
struct WindowOptions
{
    QUrl server;  // empty: ask in the sign-in dialog
    QString user;
    QString profile = QStringLiteral("dms-updates");
    QString caFile;
    bool tokenInHeader = false;
    bool remember = false;
    bool noKeychain = false;
    bool hasGui = false;  // --has-gui: only answer whether a window can open here
};
bool windowOptionsFrom(const CommandLine &line, WindowOptions *options, QString *error);

// Parses argv (args[0] is the program, args[1] the command) with the option table
// (commandline.h). On a usage error returns false and fills error with which option and why;
// false with no error for --help and --version (main() prints those).
bool parseCliOptions(const QStringList &args, CliOptions *options, QString *error);
// The options of a parsed `watch` or `status` command line, with the checks that span options
// (required ones, --reconnect-cap not below --reconnect-base, plain http://).
bool cliOptionsFrom(const CommandLine &line, CliOptions *options, QString *error);
// Whether argv asks for the Nagios format (--format nagios), even when it does not parse:
// a monitoring plugin reports a usage error as UNKNOWN (exit 3), not as 2 (CRITICAL).
bool wantsNagiosFormat(const QStringList &args);
bool isHeadlessCommand(const QString &word);

// The list views `watch` keeps active by default.
QStringList defaultWatchQueries();
// What `watch` observes without --queries: those of the list above the profile routes, or,
// for a backend with other lists (seed 004), every list key the profile routes.
QStringList defaultWatchQueries(const RestRoutes &routes);

}  // namespace Dms
