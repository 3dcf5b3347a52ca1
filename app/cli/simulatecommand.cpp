// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "cli/simulatecommand.h"

#include "core/cleartext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

#include "auth/apiclient.h"
#include "cli/signalwatcher.h"
#include "cli/terminaltext.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/redact.h"
#include "core/translations.h"
#include "live/dialectprofile.h"
#include "session/consolesession.h"
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
    return CliText::tr("usage:\n"
              "  dms-console simulate SCENARIO --server URL [--server URL2 …] [--users-file CSV]\n"
              "                       [--users N] [--units M] [--rate R] [--duration S]\n"
              "                       [--threshold \"p95_ms < 100\" …]\n"
              "                       [--report out.json] [--junit out.xml] [--csv samples.csv]\n"
              "                       [--html out.html]\n"
              "                       [--shard K/N] [--admin NAME | --no-admin] [--network-managers N]\n"
              "                       [--profile dms-updates] [--ca-file PEM] [--quiet]\n"
              "                       [--allow-insecure-http]\n"
              "  dms-console simulate --list\n"
              "SCENARIO is a built-in name (approve-fanout, unit-isolation, …) or a JSON file\n"
              "(docs/scenarios.md). Without --users-file the users follow the demo pattern\n"
              "u{unit}_{req|appr|head|uadmin}{k} with the demo password; a users file holds\n"
              "username,password,unit[,role] lines (seed_demo --users-csv writes one). The admin's\n"
              "password comes from the users file or DMS_ADMIN_PASSWORD, never from an argument.\n"
              "--threshold (repeatable) replaces the scenario's thresholds: \"METRIC OP NUMBER\", then\n"
              "optionally \"@STAGE\" (within one stage of a ramping scenario) and \"abort_on_fail\" (end\n"
              "the run, exit 1, as soon as it fails). --html writes the report as\n"
              "one self-contained page for a reviewer (docs/qa-reports.md).\n"
              "Exit codes: 0 every threshold passed, 1 one failed (or aborted the run), 2 bad scenario\n"
              "or arguments.\n");
}

bool parseSimulateOptions(const QStringList &args, SimulateOptions *o, QString *error)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    if (args.size() < 2 || args.at(1) != QLatin1String("simulate"))
        return fail(CliText::tr("expected the command simulate"));
    for (int i = 2; i < args.size(); ++i) {
        const QString arg = args.at(i);
        QString name = arg;
        QString value;
        bool inlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            name = arg.section(QLatin1Char('='), 0, 0);
            value = arg.section(QLatin1Char('='), 1);
            inlineValue = true;
        }
        auto next = [&](QString *out) {
            if (inlineValue) {
                *out = value;
                return true;
            }
            if (i + 1 >= args.size())
                return false;
            *out = args.at(++i);
            return true;
        };
        auto needValue = [&](QString *out, const QString &what) {
            if (!next(out) || out->isEmpty())
                return fail(CliText::tr("%1 needs %2").arg(name, what));
            return true;
        };
        auto positiveNumber = [&](double *out, bool allowZero) {
            QString v;
            if (!needValue(&v, CliText::tr("a number")))
                return false;
            bool ok = false;
            const double d = v.toDouble(&ok);
            if (!ok || !std::isfinite(d) || d < 0 || (!allowZero && d == 0) || d > 1e7)
                return fail(CliText::tr("%1: \"%2\" is not a number above 0").arg(name, v));
            *out = d;
            return true;
        };
        auto positiveInt = [&](int *out, int max) {
            QString v;
            if (!needValue(&v, CliText::tr("a whole number")))
                return false;
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok || n < 1 || n > max)
                return fail(CliText::tr("%1: \"%2\" is not a whole number from 1 to %3").arg(name, v).arg(max));
            *out = n;
            return true;
        };

        if (name == QLatin1String("--server")) {
            QString v;
            if (!needValue(&v, CliText::tr("a URL")))
                return false;
            for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QUrl url(part.trimmed(), QUrl::StrictMode);
                if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
                    url.host().isEmpty())
                    return fail(CliText::tr("--server: \"%1\" is not an http:// or https:// URL").arg(part));
                o->servers.append(url);
            }
        } else if (name == QLatin1String("--users-file")) {
            if (!needValue(&o->usersFile, CliText::tr("a CSV file")))
                return false;
        } else if (name == QLatin1String("--users")) {
            if (!positiveInt(&o->users, 1'000'000))
                return false;
        } else if (name == QLatin1String("--units")) {
            if (!positiveInt(&o->units, 1000))
                return false;
        } else if (name == QLatin1String("--rate")) {
            if (!positiveNumber(&o->rate, false))
                return false;
        } else if (name == QLatin1String("--duration")) {
            if (!positiveNumber(&o->durationS, false))
                return false;
        } else if (name == QLatin1String("--threshold")) {
            QString t;
            if (!needValue(&t, CliText::tr("a rule like \"p95_ms < 100\"")))
                return false;
            o->thresholds.append(t);
        } else if (name == QLatin1String("--report")) {
            if (!needValue(&o->reportPath, CliText::tr("a file")))
                return false;
        } else if (name == QLatin1String("--junit")) {
            if (!needValue(&o->junitPath, CliText::tr("a file")))
                return false;
        } else if (name == QLatin1String("--csv")) {
            if (!needValue(&o->csvPath, CliText::tr("a file")))
                return false;
        } else if (name == QLatin1String("--html")) {
            if (!needValue(&o->htmlPath, CliText::tr("a file")))
                return false;
        } else if (name == QLatin1String("--shard")) {
            QString v;
            if (!needValue(&v, CliText::tr("K/N")))
                return false;
            QString why;
            if (!ShardSpec::parse(v, &o->shard, &why))
                return fail(QStringLiteral("--shard: ") + why);
        } else if (name == QLatin1String("--admin")) {
            if (!needValue(&o->admin, CliText::tr("a user name")))
                return false;
        } else if (name == QLatin1String("--no-admin")) {
            o->noAdmin = true;
        } else if (name == QLatin1String("--allow-insecure-http")) {
            o->allowInsecureHttp = true;
        } else if (name == QLatin1String("--network-managers")) {
            if (!positiveInt(&o->networkManagers, 64))
                return false;
        } else if (name == QLatin1String("--profile")) {
            if (!needValue(&o->profile, CliText::tr("a name or a file")))
                return false;
        } else if (name == QLatin1String("--ca-file")) {
            if (!needValue(&o->caFile, CliText::tr("a PEM file")))
                return false;
        } else if (name == QLatin1String("--quiet")) {
            o->quiet = true;
        } else if (name == QLatin1String("--list")) {
            o->list = true;
        } else if (name == QLatin1String("--password") || name == QLatin1String("--admin-password")) {
            return fail(CliText::tr("%1 is not accepted: passwords on the command line leak into process lists; "
                           "use the users file or DMS_ADMIN_PASSWORD").arg(name));
        } else if (arg.startsWith(QLatin1String("--"))) {
            return fail(CliText::tr("unknown option \"%1\"").arg(arg));
        } else if (o->scenario.isEmpty()) {
            o->scenario = arg;
        } else {
            return fail(CliText::tr("a second scenario \"%1\": give one scenario per run").arg(arg));
        }
    }
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

int runSimulateCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    installTranslations(app);  // before any string is made
    QCoreApplication::setApplicationName(QStringLiteral("dms-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("dms-console"));
    qRegisterMetaType<LiveStatus>();
    qRegisterMetaType<LiveEvent>();

    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        printOut(simulateUsage());
        return 0;
    }
    SimulateOptions options;
    QString error;
    if (!parseSimulateOptions(args, &options, &error)) {
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

    // Services of this command (the composition root hands `simulate` over to here).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    SystemClock clock;
    SessionPool pool(&clock, options.networkManagers);
    QNetworkAccessManager controlNam;
    if (!options.caFile.isEmpty()) {
        QList<QSslCertificate> ca;
        if (!loadCaCertificates(options.caFile, &ca, &error)) {
            printErr(QStringLiteral("dms-console simulate: --ca-file: ") + error);
            return 2;
        }
        pool.setExtraCaCertificates(ca);
    }

    Simulator sim(pool.factory(), &clock, &controlNam);
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
        QObject::connect(&sim, &Simulator::progressed, &app, [&](const SimProgress &p) {
            if (tty) {
                fputs("\r\x1b[K", stderr);
                printTo(stderr, p.line());
                lineOpen = true;
            } else if (p.elapsedMs - lastPlainMs >= 5000 || lastPlainMs == 0) {
                lastPlainMs = qMax<qint64>(1, p.elapsedMs);
                printErr(QStringLiteral("sim: ") + p.line());
            }
        });
        QObject::connect(&sim, &Simulator::phaseChanged, &app, [&](SimPhase phase) {
            clearLine();
            fprintf(stderr, "sim: phase %s\n", qPrintable(simPhaseName(phase)));
            fflush(stderr);
        });
        QObject::connect(&sim, &Simulator::message, &app, [&](const QString &text) {
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
        QObject::connect(&sim, &Simulator::sampleRecorded, &app,
                         [&csv](const SimSample &s) { csv->write(simSampleCsvLine(s)); });
    }

    SignalWatcher signals;
    int signalsSeen = 0;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app, [&](const QString &name) {
        clearLine();
        if (++signalsSeen == 1) {
            fprintf(stderr, "sim: %s: stopping (settle and verify); again to abort\n", qPrintable(name));
            sim.stop();
        } else {
            sim.abort();
        }
    });
    QObject::connect(&sim, &Simulator::finished, &app, [&app] { QCoreApplication::quit(); },
                     Qt::QueuedConnection);

    sim.start();
    app.exec();
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
