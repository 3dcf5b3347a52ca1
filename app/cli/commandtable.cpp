// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The option table of dms-console (commandline.h): the one place an option, its value, its
// range and its description are written. --help, the parsers and the man page read it.
#include "cli/commandline.h"

#include <QCoreApplication>

namespace Dms {

namespace {

CliOption flag(const QStringList &names, const char *description, bool hidden = false)
{
    CliOption o;
    o.names = names;
    o.description = description;
    o.hidden = hidden;
    return o;
}

CliOption text(const QString &name, const char *valueName, const char *description, bool repeatable = false)
{
    CliOption o;
    o.names = {name};
    o.valueName = valueName;
    o.description = description;
    o.kind = CliValue::Text;
    o.repeatable = repeatable;
    return o;
}

CliOption ranged(const QString &name, const char *valueName, const char *description, CliValue kind, double min,
                 double max)
{
    CliOption o = text(name, valueName, description);
    o.kind = kind;
    o.min = min;
    o.max = max;
    return o;
}

// Options of more than one command.
CliOption serverOption()
{
    return text(QStringLiteral("server"), "URL",
                QT_TRANSLATE_NOOP("Dms::Cli", "The DMS to sign in to, an http:// or https:// URL. Plain http:// to "
                                              "anything but this machine's loopback is refused unless "
                                              "--allow-insecure-http is given."));
}
CliOption userOption()
{
    return text(QStringLiteral("user"), "NAME", QT_TRANSLATE_NOOP("Dms::Cli", "The user to sign in as."));
}
CliOption passwordStdinOption()
{
    return flag({QStringLiteral("password-stdin")},
                QT_TRANSLATE_NOOP("Dms::Cli", "Read the password from the first line of standard input (without it: "
                                              "DMS_PASSWORD, else the keychain)."));
}
CliOption profileOption()
{
    return text(QStringLiteral("profile"), "NAME|FILE",
                QT_TRANSLATE_NOOP("Dms::Cli", "The dialect profile: dms-updates (the default), dms-channels, "
                                              "hycon-first-message, or a JSON file."));
}
CliOption caFileOption()
{
    return text(QStringLiteral("ca-file"), "PEM",
                QT_TRANSLATE_NOOP("Dms::Cli", "Trust the certificate authorities in this PEM file in addition to the "
                                              "system's. Certificates are always verified."));
}
CliOption tokenInHeaderOption()
{
    return flag({QStringLiteral("token-in-header")},
                QT_TRANSLATE_NOOP("Dms::Cli", "Send the access token in an Authorization header on the WebSocket "
                                              "handshake instead of in the URL."));
}
CliOption rememberOption()
{
    return flag({QStringLiteral("remember")},
                QT_TRANSLATE_NOOP("Dms::Cli", "Remember the refresh token in the keychain."));
}
CliOption noKeychainOption()
{
    return flag({QStringLiteral("no-keychain")},
                QT_TRANSLATE_NOOP("Dms::Cli", "Do not use the keychain; secrets stay in memory."));
}
CliOption allowInsecureHttpOption()
{
    return flag({QStringLiteral("allow-insecure-http")},
                QT_TRANSLATE_NOOP("Dms::Cli", "Accept sending the password and tokens unencrypted over http:// to "
                                              "another machine."));
}
CliOption langOption()
{
    return text(QStringLiteral("lang"), "CODE",
                QT_TRANSLATE_NOOP("Dms::Cli", "The language of messages and help: en, de or hi (default: the system "
                                              "locale). JSON, CSV and JUnit output stays English."));
}

// watch and status: the live session's timings.
QList<CliOption> connectionOptions()
{
    return {
        ranged(QStringLiteral("ping-interval"), "S",
               QT_TRANSLATE_NOOP("Dms::Cli", "Send a heartbeat every S seconds (default 30)."), CliValue::Seconds,
               0.01, 3600),
        ranged(QStringLiteral("pong-timeout"), "S",
               QT_TRANSLATE_NOOP("Dms::Cli", "Drop and replace the connection when no frame arrives within S seconds "
                                             "of a ping (default 10)."),
               CliValue::Seconds, 0.01, 3600),
        ranged(QStringLiteral("reconnect-base"), "S",
               QT_TRANSLATE_NOOP("Dms::Cli", "First reconnect delay; it doubles per attempt, with full jitter "
                                             "(default 1)."),
               CliValue::Seconds, 0.1, 3600),
        ranged(QStringLiteral("reconnect-cap"), "S",
               QT_TRANSLATE_NOOP("Dms::Cli", "Longest reconnect delay (default 30; not below --reconnect-base)."),
               CliValue::Seconds, 0.1, 86'400),
        ranged(QStringLiteral("max-attempts"), "N",
               QT_TRANSLATE_NOOP("Dms::Cli", "Reconnect attempts before the session is Offline (default 10; 0: never "
                                             "give up)."),
               CliValue::Integer, 0, 1'000'000),
        ranged(QStringLiteral("offline-retry"), "S",
               QT_TRANSLATE_NOOP("Dms::Cli", "While Offline, try once more every S seconds (default 60; 0: wait for "
                                             "the network to come back)."),
               CliValue::Seconds, 0, 86'400),
    };
}

// watch and status: signing in.
QList<CliOption> signInOptions()
{
    CliOption server = serverOption();
    server.description = QT_TRANSLATE_NOOP("Dms::Cli", "The DMS, an http:// or https:// URL (required). Plain "
                                                       "http:// to anything but this machine's loopback is refused "
                                                       "unless --allow-insecure-http is given.");
    CliOption user = userOption();
    user.description = QT_TRANSLATE_NOOP("Dms::Cli", "The user to sign in as (required).");
    return {server,         user,          passwordStdinOption(), profileOption(), caFileOption(),
            tokenInHeaderOption(), rememberOption(), noKeychainOption(), allowInsecureHttpOption()};
}

const char *const headlessSecretHint =
    QT_TRANSLATE_NOOP("Dms::Cli", "use --password-stdin or DMS_PASSWORD");

CliCommand windowCommand()
{
    CliCommand c;
    c.name = QString();
    c.summary = QT_TRANSLATE_NOOP("Dms::Cli", "Open the console window.");
    c.synopsis = "[--server URL --user NAME] [OPTION]...";
    c.description = QT_TRANSLATE_NOOP(
        "Dms::Cli", "Without a command dms-console opens the window. Without --server it asks for the server, the user "
                    "and the password in the sign-in dialog; with --server and --user it signs in at once, the "
                    "password from DMS_PASSWORD or the keychain.");
    CliOption server = serverOption();
    server.description = QT_TRANSLATE_NOOP("Dms::Cli", "The DMS to sign in to, an http:// or https:// URL.");
    CliOption user = userOption();
    user.description = QT_TRANSLATE_NOOP("Dms::Cli", "The user to sign in as; the password comes from DMS_PASSWORD "
                                                     "or the keychain.");
    c.options = {server,
                 user,
                 profileOption(),
                 caFileOption(),
                 tokenInHeaderOption(),
                 rememberOption(),
                 noKeychainOption(),
                 flag({QStringLiteral("has-gui")},
                      QT_TRANSLATE_NOOP("Dms::Cli", "Exit 0 at once if this build has a window and a display is "
                                                    "set, else 2: for scripts choosing between the window and a "
                                                    "headless command.")),
                 langOption(),
                 flag({QStringLiteral("help-man")}, "Print the man page (roff) and exit.", true)};
    c.examples = {{QT_TRANSLATE_NOOP("Dms::Cli", "Open the window signed in to the demo server:"),
                   "dms-console --server http://127.0.0.1:8000 --user u1_head1"}};
    c.exitCodes = {{0, QT_TRANSLATE_NOOP("Dms::Cli", "the window was closed")},
                   {2, QT_TRANSLATE_NOOP("Dms::Cli", "usage error, or no display to open the window on")}};
    c.secretHint = QT_TRANSLATE_NOOP("Dms::Cli", "use DMS_PASSWORD or the sign-in dialog");
    return c;
}

CliCommand watchCommand()
{
    CliCommand c;
    c.name = QStringLiteral("watch");
    c.summary = QT_TRANSLATE_NOOP("Dms::Cli", "Hold one live session and print what happens as JSON lines.");
    c.synopsis = "--server URL --user NAME [OPTION]...";
    c.description = QT_TRANSLATE_NOOP(
        "Dms::Cli", "Signs in, keeps the listed queries active, holds one live session that reconnects and sends "
                    "heartbeats, and prints one JSON object per line on standard output (signed_in, state, frame, "
                    "heartbeat, invalidate, fetch, missed, error, summary, …). It runs until --duration has passed "
                    "or until SIGINT or SIGTERM. Log lines go to standard error.");
    c.options = signInOptions() + connectionOptions();
    c.options += QList<CliOption>{
        ranged(QStringLiteral("duration"), "S",
               QT_TRANSLATE_NOOP("Dms::Cli", "Stop after S seconds (default 0: until SIGINT or SIGTERM)."),
               CliValue::Seconds, 0, 2'000'000),
        text(QStringLiteral("queries"), "KEY,...",
             QT_TRANSLATE_NOOP("Dms::Cli", "The queries to keep active (default: every list the profile routes, "
                                           "e.g. withdrawal-requests, crates, audit).")),
        flag({QStringLiteral("until-ready")},
             QT_TRANSLATE_NOOP("Dms::Cli", "End as soon as the session is Live and every query's first fetch has "
                                           "succeeded: one ready line, the summary, exit 0.")),
        flag({QStringLiteral("raw")},
             QT_TRANSLATE_NOOP("Dms::Cli", "Also print every frame in and out (its first 4 KiB) as a raw line, "
                                           "tokens and passwords replaced by ***.")),
        ranged(QStringLiteral("metrics-port"), "P",
               QT_TRANSLATE_NOOP("Dms::Cli", "Serve the session's counters as OpenMetrics on "
                                             "http://127.0.0.1:P/metrics while watch runs (0: a free port)."),
               CliValue::Integer, 0, 65'535),
        text(QStringLiteral("metrics-address"), "ADDR",
             QT_TRANSLATE_NOOP("Dms::Cli", "The address /metrics listens on (default 127.0.0.1).")),
        // Accepted for symmetry with status: watch always prints JSON lines.
        flag({QStringLiteral("json")}, "watch always prints JSON lines.", true),
        langOption(),
    };
    c.examples = {{QT_TRANSLATE_NOOP("Dms::Cli", "Watch the demo server for a minute, a heartbeat every 5 seconds:"),
                   "dms-console watch --server http://127.0.0.1:8000 --user u1_head1 --password-stdin "
                   "--ping-interval 5 --duration 60 < password.txt"}};
    c.exitCodes = {{0, QT_TRANSLATE_NOOP("Dms::Cli", "the session ended Live (with --until-ready: and ready)")},
                   {1, QT_TRANSLATE_NOOP("Dms::Cli", "unhealthy: it ended Offline or Reconnecting, the server was "
                                                     "unreachable, or it was not ready")},
                   {2, QT_TRANSLATE_NOOP("Dms::Cli", "usage error (the message names the option)")},
                   {3, QT_TRANSLATE_NOOP("Dms::Cli", "authentication failed (wrong password, or the session could "
                                                     "not be renewed)")}};
    c.secretHint = headlessSecretHint;
    return c;
}

CliCommand statusCommand()
{
    CliCommand c;
    c.name = QStringLiteral("status");
    c.summary = QT_TRANSLATE_NOOP("Dms::Cli", "Check a server's health once; the exit code says healthy or not.");
    c.synopsis = "--server URL --user NAME [OPTION]...";
    c.description = QT_TRANSLATE_NOOP(
        "Dms::Cli", "Signs in, goes Live (one attempt), sends a few pings and prints the state, the round-trip times "
                    "and the server's clock offset. With --format nagios it is a monitoring plugin; with --format "
                    "prometheus it writes OpenMetrics for node_exporter's textfile collector (docs/monitoring.md).");
    c.options = signInOptions() + connectionOptions();
    CliOption format = text(QStringLiteral("format"), "FORMAT",
                            QT_TRANSLATE_NOOP("Dms::Cli", "What to print: text (the default), json (one JSON line), "
                                                          "nagios (one monitoring-plugin line with perfdata) or "
                                                          "prometheus (OpenMetrics text)."));
    format.kind = CliValue::Choice;
    format.choices = {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("nagios"),
                      QStringLiteral("prometheus"), QStringLiteral("openmetrics")};
    c.options += QList<CliOption>{
        ranged(QStringLiteral("pings"), "N", QT_TRANSLATE_NOOP("Dms::Cli", "Pings to send (default 3)."),
               CliValue::Integer, 1, 1000),
        format,
        flag({QStringLiteral("json")}, QT_TRANSLATE_NOOP("Dms::Cli", "The same as --format json.")),
        text(QStringLiteral("warning"), "RTT[,TTL]",
             QT_TRANSLATE_NOOP("Dms::Cli", "With --format nagios: the WARNING ranges in milliseconds, of the median "
                                           "round-trip time and, after a comma, of the time to Live (e.g. 200,2000).")),
        text(QStringLiteral("critical"), "RTT[,TTL]",
             QT_TRANSLATE_NOOP("Dms::Cli", "With --format nagios: the CRITICAL ranges, as for --warning (e.g. "
                                           "1000,10000).")),
        ranged(QStringLiteral("timeout"), "S", QT_TRANSLATE_NOOP("Dms::Cli", "Give up after S seconds (default 20)."),
               CliValue::Seconds, 0.1, 86'400),
        langOption(),
    };
    c.examples = {{QT_TRANSLATE_NOOP("Dms::Cli", "A health check for monitoring, the password on standard input:"),
                   "dms-console status --server https://dms.example.com --user alice --password-stdin --json "
                   "< password.txt"},
                  {QT_TRANSLATE_NOOP("Dms::Cli", "A Nagios or Icinga check:"),
                   "dms-console status --server https://dms.example.com --user monitor --format nagios "
                   "--warning 200,2000 --critical 1000,10000"}};
    c.exitCodes = {{0, QT_TRANSLATE_NOOP("Dms::Cli", "healthy (--format nagios: OK)")},
                   {1, QT_TRANSLATE_NOOP("Dms::Cli", "unhealthy (--format nagios: WARNING)")},
                   {2, QT_TRANSLATE_NOOP("Dms::Cli", "usage error (--format nagios: CRITICAL: down, unreachable, not "
                                                     "Live, or a --critical range)")},
                   {3, QT_TRANSLATE_NOOP("Dms::Cli", "authentication failed (--format nagios: UNKNOWN, also for a "
                                                     "usage error)")}};
    c.secretHint = headlessSecretHint;
    return c;
}

CliCommand simulateCommand()
{
    CliCommand c;
    c.takesArguments = true;
    c.name = QStringLiteral("simulate");
    c.summary = QT_TRANSLATE_NOOP("Dms::Cli", "Run a multi-user sync scenario against servers and check its "
                                              "thresholds.");
    c.synopsis = "SCENARIO --server URL [OPTION]...\n--list";
    c.description = QT_TRANSLATE_NOOP(
        "Dms::Cli", "Runs a multi-user scenario: many virtual users, each a full session, on one or more servers; "
                    "legal actions are driven at a rate and every receipt is measured. SCENARIO is a built-in name "
                    "(simulate --list shows them) or a JSON file (docs/scenarios.md). Progress goes to standard "
                    "error, the summary to standard output. SIGINT or SIGTERM once stops the actions and reports; "
                    "twice aborts.");
    CliOption server = serverOption();
    server.description = QT_TRANSLATE_NOOP("Dms::Cli", "A server (required); repeat it, or separate URLs with "
                                                       "commas, to spread the users over several servers.");
    server.repeatable = true;
    c.options = {
        server,
        text(QStringLiteral("users-file"), "CSV",
             QT_TRANSLATE_NOOP(
                 "Dms::Cli",
                 "The users: lines of username,password,unit[,role] (seed_demo "
                 "--users-csv writes one). Without it the users follow the demo pattern "
                 "u{unit}_{req|appr|head|uadmin}{k} with the demo password.")),
        ranged(QStringLiteral("users"), "N",
               QT_TRANSLATE_NOOP("Dms::Cli", "Virtual users in all (default: the scenario's)."),
               CliValue::Integer, 1, 1'000'000),
        ranged(QStringLiteral("units"), "M",
               QT_TRANSLATE_NOOP("Dms::Cli",
                                 "Spread the users over units 1 to M (default: the scenario's)."),
               CliValue::Integer, 1, 1000),
        ranged(
            QStringLiteral("rate"), "R",
            QT_TRANSLATE_NOOP("Dms::Cli",
                              "Actions per second, all shards together (default: the scenario's)."),
            CliValue::Number, 0, 1e7),
        ranged(QStringLiteral("duration"), "S",
               QT_TRANSLATE_NOOP("Dms::Cli",
                                 "Length of the run in seconds (default: the scenario's)."),
               CliValue::Number, 0, 1e7),
        text(QStringLiteral("threshold"), "RULE",
             QT_TRANSLATE_NOOP(
                 "Dms::Cli",
                 "Replace the scenario's thresholds (repeatable): \"METRIC OP NUMBER\", "
                 "e.g. \"p95_ms < 100\", then optionally @STAGE (within one stage of a "
                 "ramping scenario) and abort_on_fail (end the run, exit 1, as soon as it "
                 "fails)."),
             true),
        text(QStringLiteral("report"), "FILE",
             QT_TRANSLATE_NOOP("Dms::Cli", "Write the whole report as JSON.")),
        text(QStringLiteral("junit"), "FILE",
             QT_TRANSLATE_NOOP("Dms::Cli", "Write one JUnit test case per threshold.")),
        text(QStringLiteral("csv"), "FILE",
             QT_TRANSLATE_NOOP("Dms::Cli", "Write one line per change and user.")),
        text(QStringLiteral("html"), "FILE",
             QT_TRANSLATE_NOOP("Dms::Cli",
                               "Write the report as one self-contained HTML page for a reviewer "
                               "(docs/qa-reports.md).")),
        text(QStringLiteral("shard"), "K/N",
             QT_TRANSLATE_NOOP(
                 "Dms::Cli",
                 "Run the K-th of N slices of the users (merge the reports with report "
                 "merge).")),
        text(QStringLiteral("admin"), "NAME",
             QT_TRANSLATE_NOOP("Dms::Cli",
                               "The administrator for the snapshot and the final comparison; the "
                               "password comes from the users file or DMS_ADMIN_PASSWORD.")),
        flag({QStringLiteral("no-admin")},
             QT_TRANSLATE_NOOP("Dms::Cli", "Run without an administrator.")),
        ranged(
            QStringLiteral("network-managers"), "N",
            QT_TRANSLATE_NOOP(
                "Dms::Cli", "Spread the users' REST traffic over N network managers (default 2)."),
            CliValue::Integer, 1, 64),
        profileOption(),
        caFileOption(),
        flag({QStringLiteral("quiet")},
             QT_TRANSLATE_NOOP("Dms::Cli", "No progress, only the summary.")),
        allowInsecureHttpOption(),
        flag({QStringLiteral("list")},
             QT_TRANSLATE_NOOP("Dms::Cli", "Print the built-in scenarios and exit.")),
        langOption(),
    };
    c.examples = {{QT_TRANSLATE_NOOP("Dms::Cli", "A simulation with a JUnit result for CI:"),
                   "dms-console simulate approve-fanout --server http://127.0.0.1:8000 --report fanout.json "
                   "--junit fanout.xml"}};
    c.exitCodes = {{0, QT_TRANSLATE_NOOP("Dms::Cli", "every threshold passed")},
                   {1, QT_TRANSLATE_NOOP("Dms::Cli", "a threshold failed, or aborted the run")},
                   {2, QT_TRANSLATE_NOOP("Dms::Cli", "a bad scenario, users file or argument")}};
    c.secretHint = QT_TRANSLATE_NOOP("Dms::Cli", "use the users file or DMS_ADMIN_PASSWORD");
    return c;
}

const char *const reportSecretHint = QT_TRANSLATE_NOOP("Dms::Cli", "report reads files and signs in nowhere");

CliCommand reportCommand()
{
    CliCommand c;
    c.takesArguments = true;
    c.name = QStringLiteral("report");
    c.summary = QT_TRANSLATE_NOOP("Dms::Cli", "Merge, render or compare the reports of simulate.");
    c.synopsis = "merge|html|diff ...";
    c.description = QT_TRANSLATE_NOOP("Dms::Cli", "The sub-commands merge, html and diff work on the reports "
                                                  "simulate --report writes.");
    c.options = {langOption()};
    c.exitCodes = {{2, QT_TRANSLATE_NOOP("Dms::Cli", "bad arguments or an unreadable report")}};
    c.secretHint = reportSecretHint;
    return c;
}

CliCommand reportMergeCommand()
{
    CliCommand c;
    c.takesArguments = true;
    c.name = QStringLiteral("report merge");
    c.summary = QT_TRANSLATE_NOOP("Dms::Cli", "Merge the reports of the shards of one run.");
    c.synopsis = "REPORT... --out FILE [--junit FILE] [--quiet]";
    c.description = QT_TRANSLATE_NOOP(
        "Dms::Cli", "Combines the reports of the shards of one run (simulate --shard K/N --report …): counts and "
                    "histogram buckets add up, so the percentiles are exact.");
    c.options = {text(QStringLiteral("out"), "FILE",
                      QT_TRANSLATE_NOOP("Dms::Cli", "Write the merged report (JSON) to FILE (required).")),
                 text(QStringLiteral("junit"), "FILE",
                      QT_TRANSLATE_NOOP("Dms::Cli", "Also write one JUnit test case per threshold.")),
                 flag({QStringLiteral("quiet")}, QT_TRANSLATE_NOOP("Dms::Cli", "Do not print the summary.")),
                 langOption()};
    c.examples = {{QT_TRANSLATE_NOOP("Dms::Cli", "Merge two shards' reports:"),
                   "dms-console report merge shard1.json shard2.json --out all.json --junit all.xml"}};
    c.exitCodes = {{0, QT_TRANSLATE_NOOP("Dms::Cli", "the merged run passes its thresholds")},
                   {1, QT_TRANSLATE_NOOP("Dms::Cli", "it fails")},
                   {2, QT_TRANSLATE_NOOP("Dms::Cli", "bad arguments, or an unreadable or mismatched report")}};
    c.secretHint = reportSecretHint;
    return c;
}

CliCommand reportHtmlCommand()
{
    CliCommand c;
    c.takesArguments = true;
    c.name = QStringLiteral("report html");
    c.summary = QT_TRANSLATE_NOOP("Dms::Cli", "Write a report as one self-contained HTML page.");
    c.synopsis = "REPORT --out FILE";
    c.description = QT_TRANSLATE_NOOP(
        "Dms::Cli", "Writes a saved report as one self-contained page (no network, no other file) with the verdicts, "
                    "charts and the per-user table (docs/qa-reports.md).");
    c.options = {text(QStringLiteral("out"), "FILE",
                      QT_TRANSLATE_NOOP("Dms::Cli", "Write the page to FILE (required).")),
                 langOption()};
    c.examples = {{QT_TRANSLATE_NOOP("Dms::Cli", "A page for a reviewer:"),
                   "dms-console report html all.json --out all.html"}};
    c.exitCodes = {{0, QT_TRANSLATE_NOOP("Dms::Cli", "the page was written")},
                   {2, QT_TRANSLATE_NOOP("Dms::Cli", "bad arguments, an unreadable or invalid report, or a file that "
                                                     "cannot be written")}};
    c.secretHint = reportSecretHint;
    return c;
}

CliCommand reportDiffCommand()
{
    CliCommand c;
    c.takesArguments = true;
    c.name = QStringLiteral("report diff");
    c.summary = QT_TRANSLATE_NOOP("Dms::Cli", "Compare two runs' reports metric by metric.");
    c.synopsis = "BASELINE CURRENT [--max-regression NAME=LIMIT]... [--json FILE]";
    c.description = QT_TRANSLATE_NOOP(
        "Dms::Cli", "Compares every metric of two runs (the names thresholds use: p95_ms, delivery, leaks, …) and "
                    "prints the change of each.");
    c.options = {text(QStringLiteral("max-regression"), "NAME=LIMIT",
                      QT_TRANSLATE_NOOP("Dms::Cli", "Replace a metric's limit (repeatable): p95_ms=10% (a share of "
                                                    "the baseline) or p95_ms=50 (in the metric's unit, here ms); both "
                                                    "kinds for one metric apply together."),
                      true),
                 text(QStringLiteral("json"), "FILE",
                      QT_TRANSLATE_NOOP("Dms::Cli", "Also write the comparison as JSON.")),
                 langOption()};
    c.examples = {{QT_TRANSLATE_NOOP("Dms::Cli", "Fail a CI job when p95 grew by more than 10 %:"),
                   "dms-console report diff baseline.json current.json --max-regression p95_ms=10%"}};
    c.exitCodes = {{0, QT_TRANSLATE_NOOP("Dms::Cli", "nothing regressed past its limit")},
                   {1, QT_TRANSLATE_NOOP("Dms::Cli", "a metric regressed past its limit")},
                   {2, QT_TRANSLATE_NOOP("Dms::Cli", "bad arguments or an unreadable report")}};
    c.secretHint = reportSecretHint;
    return c;
}

QList<CliCommand> makeCommands()
{
    QList<CliCommand> commands = {windowCommand(),      watchCommand(),      statusCommand(),
                                  simulateCommand(),    reportCommand(),     reportMergeCommand(),
                                  reportHtmlCommand(),  reportDiffCommand()};
    for (CliCommand &c : commands) {
        c.options += flag({QStringLiteral("h"), QStringLiteral("help")},
                          QT_TRANSLATE_NOOP("Dms::Cli", "Print this help and exit."));
        c.options += flag({QStringLiteral("v"), QStringLiteral("version")},
                          QT_TRANSLATE_NOOP("Dms::Cli", "Print the version and exit."));
    }
    return commands;
}

}  // namespace

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands = makeCommands();
    return commands;
}

// English only: the man page shows them (help points there).
QList<CliEnvironment> cliEnvironment()
{
    return {
        {"DMS_PASSWORD", "The password of --user for the window, watch and status (when --password-stdin is not "
                         "given). The window removes it from its environment once read."},
        {"DMS_ADMIN_PASSWORD", "The password of the administrator of simulate (--admin)."},
        {"QT_LOGGING_RULES", "Switches the log categories dms.http, dms.ws, dms.auth, dms.sync, dms.sim, dms.ui and "
                             "dms.cli (written to standard error), e.g. QT_LOGGING_RULES=\"dms.http.info=false\"."},
        {"LANGUAGE, LC_ALL, LC_MESSAGES, LANG",
         "The language of the window and of the commands' messages and help (English, German or Hindi) unless "
         "--lang is given."},
        {"DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM",
         "Where the window opens; with none of them set only the commands run."},
        {"DMS_SCREENSHOT_DIR, DMS_SCREENSHOT_PREFIX, DMS_SCREENSHOT_DELAY_MS",
         "Make the window photograph each tab into this directory and quit (the documentation's screenshots)."},
    };
}

QList<CliEnvironment> cliFiles()
{
    return {
        {"~/.config/dms-console/dms-console.conf",
         "The window's preferences: heartbeat and reconnect timings, the theme, the last server and user, table "
         "layouts, the simulation tab's last run and the plain http:// servers accepted. No password or token is "
         "ever written there."},
        {"~/.local/share/dms-console/dms-console/health/",
         "The Health tab's last 24 hours of round-trip times, message rates and reconnects, per server and user."},
        {"The keychain (Secret Service)", "Remembered refresh tokens and passwords, through QtKeychain."},
    };
}

}  // namespace Dms
