// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "cli/clioptions.h"

#include "core/cleartext.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringView>
#include <cmath>

namespace Dms {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::Cli)
};

bool parseSeconds(const QString &text, int *ms)
{
    bool ok = false;
    const double s = text.toDouble(&ok);
    if (!ok || !std::isfinite(s) || s < 0 || s > 86'400 * 365)
        return false;
    *ms = int(std::lround(s * 1000));
    return true;
}

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
    for (int i = 2; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--format=nagios"))
            return true;
        if (args.at(i) == QLatin1String("--format") && i + 1 < args.size() &&
            args.at(i + 1) == QLatin1String("nagios"))
            return true;
    }
    return false;
}

QString cliUsage()
{
    return CliText::tr("usage:\n"
              "  dms-console watch  --server URL --user NAME [--password-stdin] [--profile dms-updates]\n"
              "                     [--ping-interval S] [--pong-timeout S] [--reconnect-base S]\n"
              "                     [--reconnect-cap S] [--max-attempts N] [--offline-retry S] [--duration S]\n"
              "                     [--queries KEY,...] [--until-ready] [--ca-file PEM] [--token-in-header]\n"
              "                     [--remember] [--no-keychain] [--allow-insecure-http] [--raw]\n"
              "                     [--metrics-port P] [--metrics-address ADDR]\n"
              "  dms-console status --server URL --user NAME [--password-stdin] [--pings N]\n"
              "                     [--format text|json|nagios|prometheus] [--json]\n"
              "                     [--warning RTT[,TTL]] [--critical RTT[,TTL]] (ms, nagios ranges)\n"
              "                     [--timeout S] [--ca-file PEM] [--token-in-header] [--no-keychain]\n"
              "                     [--allow-insecure-http]\n"
              "The password comes from --password-stdin, DMS_PASSWORD or the keychain; never an argument.\n"
              "Exit codes: 0 ok, 1 unhealthy, 2 usage, 3 authentication failed;\n"
              "with --format nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage, authentication).\n");
}

bool parseCliOptions(const QStringList &args, CliOptions *o, QString *error)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    if (args.size() < 2 || !isHeadlessCommand(args.at(1)))
        return fail(CliText::tr("expected a command: watch or status"));
    o->command = args.at(1);
    const bool watch = o->command == QLatin1String("watch");
    bool formatGiven = false;
    bool thresholdsGiven = false;

    for (int i = 2; i < args.size(); ++i) {
        const QString arg = args.at(i);
        QString name = arg;
        QString value;
        bool hasInlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            name = arg.section(QLatin1Char('='), 0, 0);
            value = arg.section(QLatin1Char('='), 1);
            hasInlineValue = true;
        }
        auto next = [&](QString *out) {
            if (hasInlineValue) {
                *out = value;
                return true;
            }
            if (i + 1 >= args.size())
                return false;
            *out = args.at(++i);
            return true;
        };
        auto seconds = [&](int *ms) {
            QString v;
            if (!next(&v))
                return fail(CliText::tr("%1 needs a value in seconds").arg(name));
            if (!parseSeconds(v, ms))
                return fail(CliText::tr("%1: \"%2\" is not a number of seconds").arg(name, v));
            return true;
        };
        auto integer = [&](int *out, int min, int max) {
            QString v;
            if (!next(&v))
                return fail(CliText::tr("%1 needs a number").arg(name));
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok || n < min || n > max)
                return fail(CliText::tr("%1: \"%2\" is not a number from %3 to %4").arg(name, v).arg(min).arg(max));
            *out = n;
            return true;
        };

        if (name == QLatin1String("--server")) {
            QString v;
            if (!next(&v))
                return fail(CliText::tr("--server needs a URL"));
            const QUrl url(v, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("http") &&
                                   url.scheme() != QLatin1String("https")) || url.host().isEmpty())
                return fail(CliText::tr("--server: \"%1\" is not an http:// or https:// URL").arg(v));
            o->server = url;
        } else if (name == QLatin1String("--user")) {
            if (!next(&o->user) || o->user.isEmpty())
                return fail(CliText::tr("--user needs a name"));
        } else if (name == QLatin1String("--password") ) {
            return fail(CliText::tr("--password is not accepted: a password on the command line leaks into "
                           "process lists and shell history; use --password-stdin or DMS_PASSWORD"));
        } else if (name == QLatin1String("--password-stdin")) {
            o->passwordStdin = true;
        } else if (name == QLatin1String("--profile")) {
            if (!next(&o->profile))
                return fail(CliText::tr("--profile needs a name or a file"));
        } else if (name == QLatin1String("--ca-file")) {
            if (!next(&o->caFile))
                return fail(CliText::tr("--ca-file needs a PEM file"));
        } else if (name == QLatin1String("--token-in-header")) {
            o->tokenInHeader = true;
        } else if (name == QLatin1String("--remember")) {
            o->remember = true;
        } else if (name == QLatin1String("--no-keychain")) {
            o->noKeychain = true;
        } else if (name == QLatin1String("--ping-interval")) {
            if (!seconds(&o->pingIntervalMs))
                return false;
            if (o->pingIntervalMs < 10)
                return fail(CliText::tr("--ping-interval must be at least 0.01 s"));
        } else if (name == QLatin1String("--pong-timeout")) {
            if (!seconds(&o->pongTimeoutMs))
                return false;
            if (o->pongTimeoutMs < 10)
                return fail(CliText::tr("--pong-timeout must be at least 0.01 s"));
        } else if (name == QLatin1String("--reconnect-base")) {
            if (!seconds(&o->reconnectBaseMs))
                return false;
        } else if (name == QLatin1String("--reconnect-cap")) {
            if (!seconds(&o->reconnectCapMs))
                return false;
        } else if (name == QLatin1String("--max-attempts")) {
            if (!integer(&o->maxAttempts, 0, 1'000'000))
                return false;
        } else if (name == QLatin1String("--offline-retry")) {
            if (!seconds(&o->offlineRetryMs))
                return false;
        } else if (name == QLatin1String("--duration")) {
            int ms = 0;
            if (!seconds(&ms))
                return false;
            o->durationMs = ms;
        } else if (name == QLatin1String("--queries")) {
            QString v;
            if (!next(&v))
                return fail(CliText::tr("--queries needs a comma-separated list of query keys"));
            o->queries = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (name == QLatin1String("--until-ready")) {
            o->untilReady = true;
        } else if (name == QLatin1String("--pings")) {
            if (!integer(&o->pings, 1, 1000))
                return false;
        } else if (name == QLatin1String("--json")) {
            o->format = CliOptions::Format::Json;
        } else if (name == QLatin1String("--format")) {
            QString v;
            if (!next(&v))
                return fail(CliText::tr("--format needs text, json, nagios or prometheus"));
            if (v == QLatin1String("text"))
                o->format = CliOptions::Format::Text;
            else if (v == QLatin1String("json"))
                o->format = CliOptions::Format::Json;
            else if (v == QLatin1String("nagios"))
                o->format = CliOptions::Format::Nagios;
            else if (v == QLatin1String("prometheus") || v == QLatin1String("openmetrics"))
                o->format = CliOptions::Format::Prometheus;
            else
                return fail(CliText::tr("--format: \"%1\" is not text, json, nagios or prometheus").arg(v));
            formatGiven = true;
        } else if (name == QLatin1String("--warning") || name == QLatin1String("--critical")) {
            QString v;
            if (!next(&v) || v.isEmpty())
                return fail(CliText::tr("%1 needs RTT[,TTL]: threshold ranges in milliseconds").arg(name));
            const QStringList parts = v.split(QLatin1Char(','));
            if (parts.size() > 2)
                return fail(CliText::tr("%1: \"%2\" has more than two ranges (RTT,TTL)").arg(name, v));
            const bool warning = name == QLatin1String("--warning");
            NagiosRange *rtt = warning ? &o->warningRtt : &o->criticalRtt;
            NagiosRange *ttl = warning ? &o->warningTimeToLive : &o->criticalTimeToLive;
            QString why;
            if (!NagiosRange::parse(parts.at(0), rtt, &why))
                return fail(name + QStringLiteral(": ") + why);
            if (parts.size() > 1 && !NagiosRange::parse(parts.at(1), ttl, &why))
                return fail(name + QStringLiteral(": ") + why);
            thresholdsGiven = true;
        } else if (name == QLatin1String("--raw")) {
            o->raw = true;
        } else if (name == QLatin1String("--metrics-port")) {
            if (!integer(&o->metricsPort, 0, 65535))
                return false;
        } else if (name == QLatin1String("--metrics-address")) {
            if (!next(&o->metricsAddress) || QHostAddress(o->metricsAddress).isNull())
                return fail(CliText::tr("--metrics-address needs an IP address, e.g. 127.0.0.1 or ::1"));
        } else if (name == QLatin1String("--allow-insecure-http")) {
            o->allowInsecureHttp = true;
        } else if (name == QLatin1String("--timeout")) {
            if (!seconds(&o->timeoutMs))
                return false;
        } else {
            return fail(CliText::tr("unknown option \"%1\"").arg(arg));
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
    if (watch && (formatGiven || thresholdsGiven))
        return fail(CliText::tr("--format, --warning and --critical are options of status; watch prints JSON lines"));
    if (!watch && (o->raw || o->metricsPort >= 0))
        return fail(CliText::tr("--raw and --metrics-port are options of watch"));
    if (thresholdsGiven && o->format != CliOptions::Format::Nagios)
        return fail(CliText::tr("--warning and --critical need --format nagios"));
    return true;  // no --queries: the profile's lists (defaultWatchQueries(routes)), once it is loaded
}

}  // namespace Dms
