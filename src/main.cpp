// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The composition root: builds the services, wires them, and hands them to the GUI or to
// a headless command. Nothing else creates services.
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <memory>

#include "auth/apiclient.h"
#include "cli/clioptions.h"
#include "cli/commandline.h"
#include "cli/headlesscommand.h"
#include "cli/reportcommand.h"
#include "cli/simulatecommand.h"
#include "cli/signalwatcher.h"
#include "cli/terminaltext.h"
#include "core/logging.h"
#include "core/redact.h"
#include "core/translations.h"
#include "core/version.h"
#include "live/dialectprofile.h"
#if DMS_WITH_GUI
#include <QApplication>

#include "consoleapp.h"
#endif
#include "session/consolesession.h"
#include "session/services.h"

namespace {

using Dms::printErr;
using Dms::printOut;

// --help, --version and usage errors of the window, printed without opening one.
int windowWithoutDisplay(int argc, char **argv, const QString &languageError, const QString &why)
{
    QCoreApplication app(argc, argv);
    Dms::installTranslations(app);
    Dms::CommandLine line{QString()};
    if (const auto exit = Dms::answerParse(line.parse(QCoreApplication::arguments()), line,
                                           QStringLiteral("dms-console"), Dms::cliTopLevelHelp(),
                                           Dms::cliUsageHint(line.command())))
        return *exit;
    if (line.isSet(QStringLiteral("help-man"))) {
        QTextStream(stdout) << Dms::cliManPage();
        return 0;
    }
    if (!languageError.isEmpty()) {
        printErr(QStringLiteral("dms-console: ") + languageError);
        printErr(Dms::cliUsageHint(line.command()));
        return Dms::ExitUsage;
    }
    if (why.isEmpty())
        return -1;  // nothing printed: open the window
    printErr(why);
    return Dms::ExitUsage;
}

int runHeadless(int argc, char **argv, const QString &command, const QString &languageError)
{
    QCoreApplication app(argc, argv);
    Dms::installTranslations(app);
    QCoreApplication::setApplicationName(QStringLiteral("dms-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("dms-console"));

    // A monitoring plugin (status --format nagios) reports what it cannot check as
    // UNKNOWN (3) with one line on stdout; 2 would read as CRITICAL.
    Dms::CommandLine line(command);
    const Dms::CommandLine::Result parsed = line.parse(QCoreApplication::arguments());
    const bool nagios = line.values(QStringLiteral("format")).contains(QLatin1String("nagios"));
    const auto usageFailure = [nagios](const QString &message) {
        if (nagios) {
            QTextStream(stdout) << QStringLiteral("DMS LIVE UNKNOWN - %1\n")
                                       .arg(Dms::terminalSafe(message).replace(QLatin1Char('|'), QLatin1Char('/')));
            return int(Dms::NagiosUnknown);
        }
        return int(Dms::ExitUsage);
    };
    if (parsed == Dms::CommandLine::Result::Help) {
        printOut(Dms::cliHelp(line.command()));
        return 0;
    }
    if (parsed == Dms::CommandLine::Result::Version) {
        printOut(Dms::cliVersion());
        return 0;
    }
    Dms::CliOptions options;
    QString error = parsed == Dms::CommandLine::Result::UsageError ? line.errorText() : languageError;
    if (error.isEmpty())
        Dms::cliOptionsFrom(line, &options, &error);
    if (!error.isEmpty()) {
        printErr(QStringLiteral("dms-console %1: ").arg(command) + error);
        printErr(Dms::cliUsageHint(line.command()));
        return usageFailure(error);
    }
    if (options.command == QLatin1String("watch") || options.format != Dms::CliOptions::Format::Text) {
        // Machine output (JSON lines, status --json/nagios/prometheus) stays English, its free-text fields too
        // (docs/translations.md); the usage errors above were for a person.
        QLocale::setDefault(QLocale::c());
        Dms::installTranslations(app);
    }
    Dms::DialectProfile profile;
    Dms::ProfileError profileError;
    if (!Dms::DialectProfile::load(options.profile, &profile, &profileError)) {
        printErr(QStringLiteral("dms-console: ") + profileError.message);
        return usageFailure(profileError.message);
    }
    if (options.tokenInHeader)
        profile.setAuthMode(Dms::AuthMode::Header);

    // A locked keychain must not hang a monitoring check: 5 s, then it counts as failed.
    Dms::Services services(
        options.noKeychain ? Dms::Services::Secrets::Memory : Dms::Services::Secrets::Keychain, 5000);
    Dms::ConsoleSession session(services.network(), services.clock(), services.secrets(), profile);
    session.api()->setBaseUrl(options.server);
    if (!options.caFile.isEmpty() && !session.api()->addCaCertificatesFromFile(options.caFile, &error)) {
        printErr(QStringLiteral("dms-console: --ca-file: ") + error);
        return usageFailure(QStringLiteral("--ca-file: ") + error);
    }

    Dms::LiveSession::Settings live = session.live()->settings();
    live.pingIntervalMs = options.pingIntervalMs;
    live.pongTimeoutMs = options.pongTimeoutMs;
    live.backoff.baseMs = options.reconnectBaseMs;
    live.backoff.capMs = options.reconnectCapMs;
    live.maxAttempts = options.maxAttempts;
    live.offlineRetryMs = options.offlineRetryMs;
    session.live()->setSettings(live);

    std::unique_ptr<Dms::HeadlessCommand> headless;
    if (options.command == QLatin1String("watch"))
        headless = std::make_unique<Dms::WatchCommand>(&session, options, services.clock());
    else
        headless = std::make_unique<Dms::StatusCommand>(&session, options, services.clock());
    Dms::SignalWatcher signals;
    QObject::connect(&signals, &Dms::SignalWatcher::terminationRequested, headless.get(),
                     &Dms::HeadlessCommand::terminate);
    return headless->exec();
}

// The window (the options: the window's entry in cli/commandtable.cpp); the password comes
// from DMS_PASSWORD or the keychain. `--has-gui` only answers whether a window can be opened here.
int runGui(int argc, char **argv, const QString &languageError)
{
#if !DMS_WITH_GUI
    return windowWithoutDisplay(argc, argv, languageError,
                                QStringLiteral("dms-console: this build has no window (DMS_BUILD_GUI=OFF); the "
                                               "headless commands work: dms-console watch | status | simulate | report"));
#else
    // --help, --version, the man page and usage errors need no display (and must not fail on a
    // bad DISPLAY); the options are parsed once more below, Qt's own (-platform …) taken out.
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
                           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    {
        Dms::CommandLine early{QString()};
        const QStringList raw = Dms::argumentsOf(argc, argv);
        const Dms::CommandLine::Result result = early.parse(raw);
        if (noDisplay || result == Dms::CommandLine::Result::Help || result == Dms::CommandLine::Result::Version ||
            early.isSet(QStringLiteral("help-man"))) {
            return windowWithoutDisplay(argc, argv, languageError,
                                        noDisplay ? QStringLiteral("dms-console: no display to open the window on; "
                                                                   "the headless commands work without one "
                                                                   "(dms-console watch | status)")
                                                  : QString());
        }
    }
    QApplication app(argc, argv);
    Dms::installTranslations(app);  // before any string is made; runConsole names the app
    QApplication::setApplicationName(QStringLiteral("dms-console"));
    QApplication::setOrganizationName(QStringLiteral("dms-console"));
    QApplication::setApplicationVersion(Dms::consoleVersion());
    QApplication::setDesktopFileName(QStringLiteral("io.github.dms_console"));

    Dms::CommandLine line{QString()};
    const Dms::CommandLine::Result result = line.parse(QApplication::arguments());
    QString error = result == Dms::CommandLine::Result::UsageError ? line.errorText() : languageError;
    Dms::WindowOptions window;
    if (error.isEmpty())
        Dms::windowOptionsFrom(line, &window, &error);
    if (!error.isEmpty()) {
        printErr(QStringLiteral("dms-console: ") + error);
        printErr(Dms::cliUsageHint(line.command()));
        return Dms::ExitUsage;
    }
    if (result == Dms::CommandLine::Result::Help) {
        printOut(Dms::cliTopLevelHelp());
        return 0;
    }
    if (result == Dms::CommandLine::Result::Version) {
        printOut(Dms::cliVersion());
        return 0;
    }
    if (window.hasGui)
        return 0;
    Dms::GuiOptions options;
    options.server = window.server;
    options.user = window.user;
    options.profile = window.profile;
    options.caFile = window.caFile;
    options.tokenInHeader = window.tokenInHeader;
    options.remember = window.remember;
    options.password = qEnvironmentVariable("DMS_PASSWORD");
    qunsetenv("DMS_PASSWORD");  // no child process inherits it

    Dms::Services services(window.noKeychain ? Dms::Services::Secrets::Memory
                                             : Dms::Services::Secrets::Keychain);
    return Dms::runConsole(app, services.sessionFactory(), options);
#endif
}

}  // namespace

int main(int argc, char **argv)
{
    Dms::installTerminalSafeMessageHandler();
    // The command (cli/commandline.h) and its --lang, made the default locale before any
    // application or string exists; a bad --lang is that command's usage error.
    const QStringList args = Dms::argumentsOf(argc, argv);
    const QString command = Dms::cliCommandName(args);
    QString languageError;
    {
        Dms::CommandLine line(command);
        line.parse(args);
        if (line.isSet(QStringLiteral("lang")))
            Dms::setLanguage(line.value(QStringLiteral("lang")), &languageError);
    }
    if (command == QLatin1String("simulate") || command.startsWith(QLatin1String("report"))) {
        if (!languageError.isEmpty()) {
            printErr(QStringLiteral("dms-console %1: ").arg(command) + languageError);
            return Dms::ExitUsage;
        }
        if (command != QLatin1String("simulate"))
            return Dms::runReportCommand(argc, argv);
        QCoreApplication app(argc, argv);
        Dms::installTranslations(app);  // before any string is made
        QCoreApplication::setApplicationName(QStringLiteral("dms-console"));
        QCoreApplication::setOrganizationName(QStringLiteral("dms-console"));
        // The virtual users keep no secrets (they sign in from the users file every run).
        Dms::Services services(Dms::Services::Secrets::Memory);
        return Dms::runSimulateCommand(&services);
    }
    if (Dms::isHeadlessCommand(command))
        return runHeadless(argc, argv, command, languageError);
    return runGui(argc, argv, languageError);
}
