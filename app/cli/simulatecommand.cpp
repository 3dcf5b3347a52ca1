// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "cli/simulatecommand.h"

#include "core/cleartext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <vector>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

#include "auth/apiclient.h"
#include "cli/commandline.h"
#include "cli/signalwatcher.h"
#include "cli/terminaltext.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/redact.h"
#include "live/dialectprofile.h"
#include "session/consolesession.h"
#include "session/services.h"
#include "sim/htmlreport.h"
#include "sim/processstats.h"
#include "sim/scenario.h"
#include "sim/sessionpool.h"
#include "sim/simexport.h"
#include "sim/simplan.h"
#include "sim/simulator.h"

namespace Dms {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::Cli)
};


bool stderrIsTerminal()
{
#if defined(Q_OS_UNIX)
    return isatty(fileno(stderr)) == 1;
#else
    return false;
#endif
}

}  // namespace

QString simulateUsage()
{
    return cliUsageHint(cliCommand(QStringLiteral("simulate")));
}

bool parseSimulateOptions(const QStringList &args, SimulateOptions *o, QString *error)
{
    if (args.value(1) != QLatin1String("simulate")) {
        *error = CliText::tr("expected the command simulate");
        return false;
    }
    CommandLine line(QStringLiteral("simulate"));
    if (line.parse(args) != CommandLine::Result::Run) {
        *error = line.errorText();  // empty for --help and --version
        return false;
    }
    return simulateOptionsFrom(line, o, error);
}

bool simulateOptionsFrom(const CommandLine &line, SimulateOptions *o, QString *error)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    const auto has = [&line](const char *name) { return line.isSet(QString::fromLatin1(name)); };
    const auto text = [&line](const char *name) { return line.value(QString::fromLatin1(name)); };
    for (const QString &v : line.values(QStringLiteral("server"))) {
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QUrl url(part.trimmed(), QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
                url.host().isEmpty())
                return fail(CliText::tr("--server: \"%1\" is not an http:// or https:// URL").arg(part));
            o->servers.append(url);
        }
    }
    o->usersFile = text("users-file");
    // Ranges are the option table's (commandtable.cpp), checked by CommandLine::parse().
    o->users = line.integer(QStringLiteral("users"), o->users);
    o->units = line.integer(QStringLiteral("units"), o->units);
    o->rate = line.number(QStringLiteral("rate"), o->rate);
    o->durationS = line.number(QStringLiteral("duration"), o->durationS);
    o->thresholds = line.values(QStringLiteral("threshold"));
    o->reportPath = text("report");
    o->junitPath = text("junit");
    o->csvPath = text("csv");
    o->htmlPath = text("html");
    if (has("shard")) {
        QString why;
        if (!ShardSpec::parse(text("shard"), &o->shard, &why))
            return fail(QStringLiteral("--shard: ") + why);
    }
    o->admin = text("admin");
    o->noAdmin = has("no-admin");
    o->allowInsecureHttp = has("allow-insecure-http");
    o->networkManagers = line.integer(QStringLiteral("network-managers"), o->networkManagers);
    if (has("profile"))
        o->profile = text("profile");
    o->caFile = text("ca-file");
    o->quiet = has("quiet");
    o->list = has("list");
    const QStringList positional = line.positionalArguments();
    if (positional.size() > 1)
        return fail(CliText::tr("a second scenario \"%1\": give one scenario per run").arg(positional.at(1)));
    o->scenario = positional.value(0);

    if (o->list)
        return true;
    if (o->scenario.isEmpty())
        return fail(CliText::tr("no scenario given (a built-in name or a JSON file)"));
    if (o->servers.isEmpty())
        return fail(CliText::tr("--server URL is required"));
    if (o->noAdmin && !o->admin.isEmpty())
        return fail(CliText::tr("--admin and --no-admin exclude each other"));
    for (const QUrl &server : std::as_const(o->servers)) {
        if (sendsSecretsInClear(server) && !o->allowInsecureHttp)
            return fail(clearTextWarning(server));
    }
    return true;
}

int runSimulateCommand(Services *services)
{
    QCoreApplication *app = QCoreApplication::instance();
    qRegisterMetaType<LiveStatus>();
    qRegisterMetaType<LiveEvent>();

    CommandLine line(QStringLiteral("simulate"));
    if (const auto exit = answerParse(line.parse(QCoreApplication::arguments()), line,
                                      QStringLiteral("dms-console simulate"), cliHelp(line.command()),
                                      simulateUsage()))
        return *exit;
    SimulateOptions options;
    QString error;
    if (!simulateOptionsFrom(line, &options, &error)) {
        printErr(QStringLiteral("dms-console simulate: ") + error);
        printErr(simulateUsage());
        return 2;
    }
    if (options.list) {
        QTextStream out(stdout);
        for (const QString &name : Scenario::builtInNames()) {
            Scenario s;
            ScenarioError why;
            Scenario::load(name, &s, &why);
            out << name.leftJustified(22, QLatin1Char(' ')) << s.description << '\n';
        }
        return 0;
    }

    // The engine's per-session logs would drown the progress line: quiet unless asked for.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("dms.*.info=false\ndms.ws.warning=false\n"
                                                        "dms.sync.warning=false"));
    raiseOpenFileLimit();

    SimPlanRequest request;
    request.scenario = options.scenario;
    request.servers = options.servers;
    request.usersFile = options.usersFile;
    request.users = options.users;
    request.units = options.units;
    request.rate = options.rate;
    request.durationS = options.durationS;
    if (!options.thresholds.isEmpty())
        request.thresholds = options.thresholds;
    request.shard = options.shard;
    request.admin = options.admin;
    request.adminPassword = qEnvironmentVariable("DMS_ADMIN_PASSWORD");
    request.noAdmin = options.noAdmin;
    request.profile = options.profile;
    Scenario scenario;
    SimulatorConfig config;
    if (!planSimulation(request, &scenario, &config, &error)) {
        printErr(QStringLiteral("dms-console simulate: ") + error);
        return 2;
    }

    // The virtual users' sessions, on the composition root's clock; its network manager
    // makes the simulator's own calls (the admin's, the truth).
    SessionPool pool(services->clock(), options.networkManagers);
    if (!options.caFile.isEmpty()) {
        QList<QSslCertificate> ca;
        if (!loadCaCertificates(options.caFile, &ca, &error)) {
            printErr(QStringLiteral("dms-console simulate: --ca-file: ") + error);
            return 2;
        }
        pool.setExtraCaCertificates(ca);
    }

    Simulator sim(pool.factory(), services->clock(), services->network());
    if (!sim.configure(scenario, config, &error)) {
        printErr(QStringLiteral("dms-console simulate: ") + error);
        return 2;
    }

    // Progress on stderr: one live line on a terminal, plain lines otherwise.
    const bool tty = stderrIsTerminal();
    bool lineOpen = false;
    qint64 lastPlainMs = 0;
    const auto clearLine = [&] {
        if (lineOpen) {
            fputs("\r\x1b[K", stderr);
            lineOpen = false;
        }
    };
    if (!options.quiet) {
        QObject::connect(&sim, &Simulator::progressed, app, [&](const SimProgress &p) {
            if (tty) {
                fputs("\r\x1b[K", stderr);
                printTo(stderr, p.line());
                lineOpen = true;
            } else if (p.elapsedMs - lastPlainMs >= 5000 || lastPlainMs == 0) {
                lastPlainMs = qMax<qint64>(1, p.elapsedMs);
                printErr(QStringLiteral("sim: ") + p.line());
            }
        });
        QObject::connect(&sim, &Simulator::phaseChanged, app, [&](SimPhase phase) {
            clearLine();
            fprintf(stderr, "sim: phase %s\n", qPrintable(simPhaseName(phase)));
            fflush(stderr);
        });
        QObject::connect(&sim, &Simulator::message, app, [&](const QString &text) {
            clearLine();
            printErr(QStringLiteral("sim: ") + text);
        });
    }

    // Samples (one line per receipt) straight to the CSV file.
    std::unique_ptr<QFile> csv;
    if (!options.csvPath.isEmpty()) {
        csv = std::make_unique<QFile>(options.csvPath);
        if (!csv->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            printErr(CliText::tr("dms-console simulate: --csv: cannot write %1: %2").arg(options.csvPath, csv->errorString()));
            return 2;
        }
        csv->write(simSamplesCsvHeader());
        QObject::connect(&sim, &Simulator::sampleRecorded, app,
                         [&csv](const SimSample &s) { csv->write(simSampleCsvLine(s)); });
    }

    SignalWatcher signals;
    int signalsSeen = 0;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, app, [&](const QString &name) {
        clearLine();
        if (++signalsSeen == 1) {
            fprintf(stderr, "sim: %s: stopping (settle and verify); again to abort\n", qPrintable(name));
            sim.stop();
        } else {
            sim.abort();
        }
    });
    QObject::connect(&sim, &Simulator::finished, app, [] { QCoreApplication::quit(); },
                     Qt::QueuedConnection);

    sim.start();
    app->exec();
    clearLine();

    const SimReport &report = sim.report();
    if (csv)
        csv->close();
    int exitCode = report.passed() ? 0 : 1;
    if (!options.reportPath.isEmpty() &&
        !saveFileAtomically(options.reportPath, QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented), &error)) {
        printErr(QStringLiteral("dms-console simulate: ") + error);
        exitCode = 2;
    }
    if (!options.junitPath.isEmpty() && !saveFileAtomically(options.junitPath, report.toJUnit(), &error)) {
        printErr(QStringLiteral("dms-console simulate: ") + error);
        exitCode = 2;
    }
    if (!options.htmlPath.isEmpty() && !saveFileAtomically(options.htmlPath, simReportToHtml(report), &error)) {
        printErr(QStringLiteral("dms-console simulate: ") + error);
        exitCode = 2;
    }
    printOut(report.summaryText());
    if (!report.configError.isEmpty()) {
        printErr(QStringLiteral("dms-console simulate: bad scenario for these users: ") + report.configError);
        return 2;
    }
    return exitCode;
}

}  // namespace Dms
