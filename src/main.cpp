// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The composition root: builds the services, wires them, and hands them to the GUI or to
// a headless command. Nothing else creates services.
#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkProxyFactory>
#include <QTextStream>

#include <cstdio>
#include <memory>

#include "auth/apiclient.h"
#include "auth/keychainsecretstore.h"
#include "auth/memorysecretstore.h"
#include "cli/clioptions.h"
#include "cli/headlesscommand.h"
#include "cli/reportcommand.h"
#include "cli/simulatecommand.h"
#include "cli/signalwatcher.h"
#include "cli/terminaltext.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/redact.h"
#include "core/translations.h"
#include "live/dialectprofile.h"
#if DMS_WITH_GUI
#include <QApplication>

#include "consoleapp.h"
#endif
#include "session/consolesession.h"

namespace {

using Dms::printErr;

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Dms::installTranslations(app);
    QCoreApplication::setApplicationName(QStringLiteral("dms-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("dms-console"));

    Dms::CliOptions options;
    QString error;
    // A monitoring plugin (status --format nagios) reports what it cannot check as
    // UNKNOWN (3) with one line on stdout; 2 would read as CRITICAL.
    const bool nagios = Dms::wantsNagiosFormat(QCoreApplication::arguments());
    const auto usageFailure = [nagios](const QString &message) {
        if (nagios) {
            QTextStream(stdout) << QStringLiteral("DMS LIVE UNKNOWN - %1\n")
                                       .arg(Dms::terminalSafe(message).replace(QLatin1Char('|'), QLatin1Char('/')));
            return int(Dms::NagiosUnknown);
        }
        return int(Dms::ExitUsage);
    };
    if (!Dms::parseCliOptions(QCoreApplication::arguments(), &options, &error)) {
        printErr(QStringLiteral("dms-console: ") + error);
        printErr(Dms::cliUsage());
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

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkInformation::loadDefaultBackend();
    QNetworkAccessManager nam;
    Dms::SystemClock clock;
    std::unique_ptr<Dms::SecretStore> secrets;
    if (options.noKeychain) {
        secrets = std::make_unique<Dms::MemorySecretStore>();
    } else {
        auto keychain = std::make_unique<Dms::KeychainSecretStore>();
        keychain->setTimeoutMs(5000);
        secrets = std::move(keychain);
    }
    Dms::ConsoleSession session(&nam, &clock, secrets.get(), profile);
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

    std::unique_ptr<Dms::HeadlessCommand> command;
    if (options.command == QLatin1String("watch"))
        command = std::make_unique<Dms::WatchCommand>(&session, options, &clock);
    else
        command = std::make_unique<Dms::StatusCommand>(&session, options, &clock);
    Dms::SignalWatcher signals;
    QObject::connect(&signals, &Dms::SignalWatcher::terminationRequested, command.get(),
                     &Dms::HeadlessCommand::terminate);
    return command->exec();
}

// The window: `dms-console [--server URL --user NAME] [--profile P] [--ca-file PEM]
// [--token-in-header] [--remember] [--no-keychain]`; the password comes from DMS_PASSWORD
// or the keychain. `--has-gui` only answers whether a window can be opened here.
int runGui(int argc, char **argv)
{
#if !DMS_WITH_GUI
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    printErr(QStringLiteral("dms-console: this build has no window (DMS_BUILD_GUI=OFF); the headless "
                            "commands work: dms-console watch | status | simulate | report"));
    return Dms::ExitUsage;
#else
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        printErr(QStringLiteral("dms-console: no display to open the window on; the headless "
                                "commands work without one (dms-console watch | status)"));
        return Dms::ExitUsage;
    }
    QApplication app(argc, argv);
    Dms::installTranslations(app);  // before any string is made; runConsole names the app
    QApplication::setApplicationName(QStringLiteral("dms-console"));
    QApplication::setOrganizationName(QStringLiteral("dms-console"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.dms_console"));

    Dms::GuiOptions options;
    bool noKeychain = false;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString *out) {
            if (i + 1 >= args.size()) {
                printErr(QStringLiteral("dms-console: %1 needs a value").arg(a));
                return false;
            }
            *out = args.at(++i);
            return true;
        };
        QString v;
        if (a == QLatin1String("--has-gui")) {
            return 0;
        } else if (a == QLatin1String("--server")) {
            if (!value(&v))
                return Dms::ExitUsage;
            options.server = QUrl(v, QUrl::StrictMode);
            if (!options.server.isValid() || !options.server.scheme().startsWith(QLatin1String("http"))) {
                printErr(QStringLiteral("dms-console: --server: \"%1\" is not an http:// or https:// URL").arg(v));
                return Dms::ExitUsage;
            }
        } else if (a == QLatin1String("--user")) {
            if (!value(&options.user))
                return Dms::ExitUsage;
        } else if (a == QLatin1String("--profile")) {
            if (!value(&options.profile))
                return Dms::ExitUsage;
        } else if (a == QLatin1String("--ca-file")) {
            if (!value(&options.caFile))
                return Dms::ExitUsage;
        } else if (a == QLatin1String("--token-in-header")) {
            options.tokenInHeader = true;
        } else if (a == QLatin1String("--remember")) {
            options.remember = true;
        } else if (a == QLatin1String("--no-keychain")) {
            noKeychain = true;
        } else if (a == QLatin1String("--password")) {
            printErr(QStringLiteral("dms-console: --password is not accepted; use DMS_PASSWORD or the sign-in dialog"));
            return Dms::ExitUsage;
        } else {
            printErr(QStringLiteral("dms-console: unknown option \"%1\"").arg(a));
            printErr(Dms::cliUsage());
            return Dms::ExitUsage;
        }
    }
    options.password = qEnvironmentVariable("DMS_PASSWORD");
    qunsetenv("DMS_PASSWORD");  // no child process inherits it

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkInformation::loadDefaultBackend();
    QNetworkAccessManager nam;
    Dms::SystemClock clock;
    std::unique_ptr<Dms::SecretStore> secrets;
    if (noKeychain)
        secrets = std::make_unique<Dms::MemorySecretStore>();
    else
        secrets = std::make_unique<Dms::KeychainSecretStore>();
    const Dms::SessionFactory makeSession = [&](const Dms::DialectProfile &profile, QObject *parent) {
        return new Dms::ConsoleSession(&nam, &clock, secrets.get(), profile, parent);
    };
    return Dms::runConsole(app, makeSession, options);
#endif
}

}  // namespace

int main(int argc, char **argv)
{
    Dms::installTerminalSafeMessageHandler();
    // --lang CODE (every command and the window): taken out of argv before anything parses it.
    QString languageError;
    if (!Dms::takeLanguageOption(&argc, argv, &languageError)) {
        printErr(QStringLiteral("dms-console: ") + languageError);
        return Dms::ExitUsage;
    }
    if (argc > 1 && qstrcmp(argv[1], "simulate") == 0)
        return Dms::runSimulateCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "report") == 0)
        return Dms::runReportCommand(argc, argv);
    if (argc > 1 && Dms::isHeadlessCommand(QString::fromLocal8Bit(argv[1])))
        return runHeadless(argc, argv);
    if (argc > 1 && (qstrcmp(argv[1], "--help") == 0 || qstrcmp(argv[1], "-h") == 0)) {
        QCoreApplication app(argc, argv);
        Dms::installTranslations(app);
        printErr(QStringLiteral("usage:\n  dms-console [--server URL --user NAME] [--profile P] [--ca-file PEM] "
                                "[--token-in-header] [--remember] [--no-keychain]   (the window)\n"));
        printErr(Dms::cliUsage());
        return 0;
    }
    return runGui(argc, argv);
}
