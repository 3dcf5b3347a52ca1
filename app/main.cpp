// The composition root: builds the services, wires them, and hands them to the GUI or to
// a headless command. Nothing else creates services.
#include <QApplication>
#include <QCoreApplication>
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
#include "cli/signalwatcher.h"
#include "core/clock.h"
#include "live/dialectprofile.h"
#include "session/consolesession.h"

namespace {

void printErr(const QString &text)
{
    QTextStream err(stderr);
    err << text;
    if (!text.endsWith(QLatin1Char('\n')))
        err << '\n';
}

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dms-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("dms-console"));

    Dms::CliOptions options;
    QString error;
    if (!Dms::parseCliOptions(QCoreApplication::arguments(), &options, &error)) {
        printErr(QStringLiteral("dms-console: ") + error);
        printErr(Dms::cliUsage());
        return Dms::ExitUsage;
    }
    Dms::DialectProfile profile;
    Dms::ProfileError profileError;
    if (!Dms::DialectProfile::load(options.profile, &profile, &profileError)) {
        printErr(QStringLiteral("dms-console: ") + profileError.message);
        return Dms::ExitUsage;
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
        return Dms::ExitUsage;
    }

    Dms::LiveSession::Settings live = session.live()->settings();
    live.pingIntervalMs = options.pingIntervalMs;
    live.pongTimeoutMs = options.pongTimeoutMs;
    live.backoff.baseMs = options.reconnectBaseMs;
    live.backoff.capMs = options.reconnectCapMs;
    live.maxAttempts = options.maxAttempts;
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

}  // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && Dms::isHeadlessCommand(QString::fromLocal8Bit(argv[1])))
        return runHeadless(argc, argv);
    if (argc > 1 && (qstrcmp(argv[1], "--help") == 0 || qstrcmp(argv[1], "-h") == 0)) {
        QCoreApplication app(argc, argv);
        printErr(Dms::cliUsage());
        return 0;
    }
    QCoreApplication app(argc, argv);
    printErr(QStringLiteral("dms-console: the desktop window is tracked in issue #4; "
                            "use the headless commands for now."));
    printErr(Dms::cliUsage());
    return Dms::ExitUsage;
}
