// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "cli/clioptions.h"

#include "cli/commandline.h"
#include "core/cleartext.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Dms {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::Cli)
};

}  // namespace

bool isHeadlessCommand(const QString &word)
{
    return word == QLatin1String("watch") || word == QLatin1String("status");
}

QStringList defaultWatchQueries()
{
    return {QStringLiteral("withdrawal-requests"), QStringLiteral("destruction-requests"),
            QStringLiteral("transfer-requests"),   QStringLiteral("sendback-records"),
            QStringLiteral("crates"),              QStringLiteral("storage"),
            QStringLiteral("audit"),               QStringLiteral("dashboard")};
}

QStringList defaultWatchQueries(const RestRoutes &routes)
{
    QStringList keys;
    for (const QString &key : defaultWatchQueries()) {
        if (!routes.pathOfKey(key).isEmpty())
            keys.append(key);
    }
    if (!keys.isEmpty())
        return keys;
    // A backend of other lists (seed 004's lab): every list the profile routes.
    for (const RestRoutes::Query &q : routes.queries) {
        if (!q.key.contains(QLatin1Char('{')))
            keys.append(q.key);
    }
    return keys;
}

bool wantsNagiosFormat(const QStringList &args)
{
    CommandLine line(QStringLiteral("status"));
    line.parse(args);  // the values given before whatever does not parse are known
    return line.values(QStringLiteral("format")).contains(QLatin1String("nagios"));
}

bool windowOptionsFrom(const CommandLine &line, WindowOptions *o, QString *error)
{
    if (line.isSet(QStringLiteral("server"))) {
        const QString v = line.value(QStringLiteral("server"));
        o->server = QUrl(v, QUrl::StrictMode);
        if (!o->server.isValid() || !o->server.scheme().startsWith(QLatin1String("http"))) {
            *error = CliText::tr("--server: \"%1\" is not an http:// or https:// URL").arg(v);
            return false;
        }
    }
    o->user = line.value(QStringLiteral("user"));
    if (line.isSet(QStringLiteral("profile")))
        o->profile = line.value(QStringLiteral("profile"));
    o->caFile = line.value(QStringLiteral("ca-file"));
    o->tokenInHeader = line.isSet(QStringLiteral("token-in-header"));
    o->remember = line.isSet(QStringLiteral("remember"));
    o->noKeychain = line.isSet(QStringLiteral("no-keychain"));
    o->hasGui = line.isSet(QStringLiteral("has-gui"));
    return true;
}

bool parseCliOptions(const QStringList &args, CliOptions *o, QString *error)
{
    const QString command = cliCommandName(args);
    if (!isHeadlessCommand(command)) {
        *error = CliText::tr("expected a command: watch or status");
        return false;
    }
    CommandLine line(command);
    if (line.parse(args) != CommandLine::Result::Run) {
        *error = line.errorText();  // empty for --help and --version: they print, they do not run
        return false;
    }
    return cliOptionsFrom(line, o, error);
}

bool cliOptionsFrom(const CommandLine &line, CliOptions *o, QString *error)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    o->command = line.command().name;
    const bool watch = o->command == QLatin1String("watch");
    const auto has = [&line](const char *name) { return line.isSet(QString::fromLatin1(name)); };

    if (has("server")) {
        const QString v = line.value(QStringLiteral("server"));
        const QUrl url(v, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty())
            return fail(CliText::tr("--server: \"%1\" is not an http:// or https:// URL").arg(v));
        o->server = url;
    }
    o->user = line.value(QStringLiteral("user"));
    o->passwordStdin = has("password-stdin");
    if (has("profile"))
        o->profile = line.value(QStringLiteral("profile"));
    o->caFile = line.value(QStringLiteral("ca-file"));
    o->tokenInHeader = has("token-in-header");
    o->remember = has("remember");
    o->noKeychain = has("no-keychain");
    o->allowInsecureHttp = has("allow-insecure-http");

    // Ranges are the option table's (commandtable.cpp), checked by CommandLine::parse().
    o->pingIntervalMs = int(line.milliseconds(QStringLiteral("ping-interval"), o->pingIntervalMs));
    o->pongTimeoutMs = int(line.milliseconds(QStringLiteral("pong-timeout"), o->pongTimeoutMs));
    o->reconnectBaseMs = int(line.milliseconds(QStringLiteral("reconnect-base"), o->reconnectBaseMs));
    o->reconnectCapMs = int(line.milliseconds(QStringLiteral("reconnect-cap"), o->reconnectCapMs));
    o->maxAttempts = line.integer(QStringLiteral("max-attempts"), o->maxAttempts);
    o->offlineRetryMs = int(line.milliseconds(QStringLiteral("offline-retry"), o->offlineRetryMs));

    bool thresholdsGiven = false;
    if (watch) {
        o->durationMs = line.milliseconds(QStringLiteral("duration"), o->durationMs);
        if (has("queries"))
            o->queries = line.value(QStringLiteral("queries")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        o->untilReady = has("until-ready");
        o->raw = has("raw");
        o->metricsPort = line.integer(QStringLiteral("metrics-port"), o->metricsPort);
        if (has("metrics-address")) {
            o->metricsAddress = line.value(QStringLiteral("metrics-address"));
            if (QHostAddress(o->metricsAddress).isNull())
                return fail(CliText::tr("--metrics-address needs an IP address, e.g. 127.0.0.1 or ::1"));
        }
    } else {
        o->pings = line.integer(QStringLiteral("pings"), o->pings);
        o->timeoutMs = int(line.milliseconds(QStringLiteral("timeout"), o->timeoutMs));
        // --json and --format: the last one given wins.
        const QStringList given = line.optionNames();
        const QString format = given.lastIndexOf(QStringLiteral("json")) > given.lastIndexOf(QStringLiteral("format"))
                                   ? QStringLiteral("json")
                                   : line.value(QStringLiteral("format"));
        if (format == QLatin1String("json"))
            o->format = CliOptions::Format::Json;
        else if (format == QLatin1String("nagios"))
            o->format = CliOptions::Format::Nagios;
        else if (format == QLatin1String("prometheus") || format == QLatin1String("openmetrics"))
            o->format = CliOptions::Format::Prometheus;
        else
            o->format = CliOptions::Format::Text;
        for (const QString &name : {QStringLiteral("warning"), QStringLiteral("critical")}) {
            if (!line.isSet(name))
                continue;
            const QString dashed = QStringLiteral("--") + name;
            const QString v = line.value(name);
            const QStringList parts = v.split(QLatin1Char(','));
            if (parts.size() > 2)
                return fail(CliText::tr("%1: \"%2\" has more than two ranges (RTT,TTL)").arg(dashed, v));
            const bool warning = name == QLatin1String("warning");
            NagiosRange *rtt = warning ? &o->warningRtt : &o->criticalRtt;
            NagiosRange *ttl = warning ? &o->warningTimeToLive : &o->criticalTimeToLive;
            QString why;
            if (!NagiosRange::parse(parts.at(0), rtt, &why))
                return fail(dashed + QStringLiteral(": ") + why);
            if (parts.size() > 1 && !NagiosRange::parse(parts.at(1), ttl, &why))
                return fail(dashed + QStringLiteral(": ") + why);
            thresholdsGiven = true;
        }
    }
    if (o->server.isEmpty())
        return fail(CliText::tr("--server URL is required"));
    if (sendsSecretsInClear(o->server) && !o->allowInsecureHttp)
        return fail(clearTextWarning(o->server));
    if (o->user.isEmpty())
        return fail(CliText::tr("--user NAME is required"));
    if (o->reconnectCapMs < o->reconnectBaseMs)
        return fail(CliText::tr("--reconnect-cap must not be below --reconnect-base"));
    if (thresholdsGiven && o->format != CliOptions::Format::Nagios)
        return fail(CliText::tr("--warning and --critical need --format nagios"));
    return true;  // no --queries: the profile's lists (defaultWatchQueries(routes)), once it is loaded
}

}  // namespace Dms
