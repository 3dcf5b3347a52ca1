// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The one command line (cli/commandline.h): the option table's parser in process, and the
// dms-console binary's --help, --version and usage errors for the window and every command.
#include <QProcess>
#include <QTest>

#include "cli/clioptions.h"
#include "cli/commandline.h"
#include "cli/reportcommand.h"
#include "cli/simulatecommand.h"
#include "core/version.h"

using namespace Dms;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// dms-console in English, without a display or a password in its environment.
Run console(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "DMS_PASSWORD", "DISPLAY", "WAYLAND_DISPLAY",
                             "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DMS_CONSOLE_BIN), args);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList argv(const QString &line)
{
    return QStringList{QStringLiteral("dms-console")} + line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList commandWords(const QString &command)
{
    return command.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

}  // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help_toStdout_exit0_withEveryOption_data()
    {
        QTest::addColumn<QString>("command");
        for (const CliCommand &c : cliCommands())
            QTest::newRow(c.name.isEmpty() ? "(window)" : qPrintable(c.name)) << c.name;
    }
    void help_toStdout_exit0_withEveryOption()
    {
        QFETCH(QString, command);
        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Run r = console(commandWords(command) + QStringList{flag});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
            QVERIFY2(r.out.startsWith(QLatin1String("Usage: dms-console")), qPrintable(r.out));
            QVERIFY2(r.out.contains(QLatin1String("Exit codes:")), qPrintable(r.out));
            QVERIFY2(r.out.contains(QLatin1String("Example")), qPrintable(r.out));
            const QList<CliCommand> shown = command == QLatin1String("report")
                                                ? QList<CliCommand>{cliCommand(QStringLiteral("report merge")),
                                                                    cliCommand(QStringLiteral("report html")),
                                                                    cliCommand(QStringLiteral("report diff"))}
                                                : QList<CliCommand>{cliCommand(command)};
            for (const CliCommand &c : shown) {
                for (const CliOption &o : c.options) {
                    if (o.hidden)
                        QVERIFY2(!r.out.contains(o.longName() + QLatin1Char(' ')) &&
                                     !r.out.contains(o.longName() + QLatin1Char('\n')),
                                 qPrintable(o.longName()));
                    else
                        QVERIFY2(r.out.contains(o.longName()), qPrintable(c.name + QLatin1Char(' ') + o.longName()));
                }
            }
        }
    }

    void topLevelHelp_listsTheCommands()
    {
        const Run r = console({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"watch", "status", "simulate", "report"})
            QVERIFY2(r.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("--server URL")));
        QVERIFY(!r.out.contains(QLatin1String("--help-man")));  // hidden
    }

    void version_everywhere_isCMakes_data()
    {
        help_toStdout_exit0_withEveryOption_data();
    }
    void version_everywhere_isCMakes()
    {
        QFETCH(QString, command);
        const Run r = console(commandWords(command) + QStringList{QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("dms-console " DMS_EXPECTED_VERSION "\n"));
        QCOMPARE(consoleVersion(), QStringLiteral(DMS_EXPECTED_VERSION));
    }

    void equalsAndSpaceForms_parseTheSame()
    {
        CliOptions spaced;
        CliOptions joined;
        QString error;
        QVERIFY2(parseCliOptions(argv(QStringLiteral("watch --server http://127.0.0.1:1 --user u --duration 2.5 "
                                                     "--queries crates --metrics-port 0")),
                                 &spaced, &error),
                 qPrintable(error));
        QVERIFY2(parseCliOptions(argv(QStringLiteral("watch --server=http://127.0.0.1:1 --user=u --duration=2.5 "
                                                     "--queries=crates --metrics-port=0")),
                                 &joined, &error),
                 qPrintable(error));
        QCOMPARE(joined.server, spaced.server);
        QCOMPARE(joined.user, QStringLiteral("u"));
        QCOMPARE(joined.durationMs, 2500);
        QCOMPARE(spaced.durationMs, 2500);
        QCOMPARE(joined.queries, spaced.queries);
        QCOMPARE(joined.metricsPort, 0);

        // The window, which refused --server=URL before.
        CommandLine window{QString()};
        QCOMPARE(window.parse(argv(QStringLiteral("--server=https://dms.example --user=alice --profile dms-channels"))),
                 CommandLine::Result::Run);
        WindowOptions w;
        QVERIFY2(windowOptionsFrom(window, &w, &error), qPrintable(error));
        QCOMPARE(w.server, QUrl(QStringLiteral("https://dms.example")));
        QCOMPARE(w.user, QStringLiteral("alice"));
        QCOMPARE(w.profile, QStringLiteral("dms-channels"));

        SimulateOptions sim;
        QVERIFY2(parseSimulateOptions(argv(QStringLiteral("simulate approve-fanout --server=http://127.0.0.1:1 "
                                                          "--users=6 --rate 2.5 --threshold=leaks==0 "
                                                          "--threshold p95_ms<100")),
                                      &sim, &error),
                 qPrintable(error));
        QCOMPARE(sim.scenario, QStringLiteral("approve-fanout"));
        QCOMPARE(sim.users, 6);
        QCOMPARE(sim.rate, 2.5);
        QCOMPARE(sim.thresholds, (QStringList{QStringLiteral("leaks==0"), QStringLiteral("p95_ms<100")}));

        ReportMergeOptions merge;
        QVERIFY2(parseReportOptions(argv(QStringLiteral("report merge a.json --out=all.json b.json --junit all.xml")),
                                    &merge, &error),
                 qPrintable(error));
        QCOMPARE(merge.inputs, (QStringList{QStringLiteral("a.json"), QStringLiteral("b.json")}));
        QCOMPARE(merge.out, QStringLiteral("all.json"));
        QCOMPARE(merge.junit, QStringLiteral("all.xml"));
    }

    // Every numeric value is range-checked, the message naming the option and the range.
    void numbers_outOfRange_nameTheOptionAndRange_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("duration wraps no int") << QStringLiteral("watch --server https://h --user u --duration 3000000")
                                               << QStringLiteral("--duration: \"3000000\" is not a number of seconds "
                                                                 "from 0 to 2000000");
        QTest::newRow("reconnect-base 0") << QStringLiteral("watch --server https://h --user u --reconnect-base 0")
                                          << QStringLiteral("--reconnect-base: \"0\" is not a number of seconds from "
                                                            "0.1 to 3600");
        QTest::newRow("ping-interval nan") << QStringLiteral("watch --server https://h --user u --ping-interval=nan")
                                           << QStringLiteral("--ping-interval");
        QTest::newRow("max-attempts") << QStringLiteral("watch --server https://h --user u --max-attempts 99999999999")
                                      << QStringLiteral("--max-attempts: \"99999999999\" is not a whole number from "
                                                        "0 to 1000000");
        QTest::newRow("pings") << QStringLiteral("status --server https://h --user u --pings=1001")
                               << QStringLiteral("from 1 to 1000");
        QTest::newRow("timeout") << QStringLiteral("status --server https://h --user u --timeout 0")
                                 << QStringLiteral("--timeout");
        QTest::newRow("sim users") << QStringLiteral("simulate s --server https://h --users 0")
                                   << QStringLiteral("--users: \"0\" is not a whole number from 1 to 1000000");
        QTest::newRow("sim rate") << QStringLiteral("simulate s --server https://h --rate=-1")
                                  << QStringLiteral("--rate: \"-1\" is not a number above 0 and at most 10000000");
        QTest::newRow("format") << QStringLiteral("status --server https://h --user u --format=xml")
                                << QStringLiteral("--format: \"xml\" is not one of text, json, nagios");
    }
    void numbers_outOfRange_nameTheOptionAndRange()
    {
        QFETCH(QString, line);
        QFETCH(QString, mentions);
        const QStringList args = argv(line);
        CommandLine parsed(cliCommandName(args));
        QCOMPARE(parsed.parse(args), CommandLine::Result::UsageError);
        QVERIFY2(parsed.errorText().contains(mentions), qPrintable(parsed.errorText()));
    }

    // The largest values in range parse without wrapping.
    void numbers_atTheirLimits_parse()
    {
        CliOptions o;
        QString error;
        QVERIFY2(parseCliOptions(argv(QStringLiteral("watch --server https://h --user u --duration 2000000 "
                                                     "--reconnect-base 0.1 --reconnect-cap 86400 "
                                                     "--max-attempts 1000000")),
                                 &o, &error),
                 qPrintable(error));
        QCOMPARE(o.durationMs, Q_INT64_C(2'000'000'000));
        QCOMPARE(o.reconnectBaseMs, 100);
        QCOMPARE(o.reconnectCapMs, 86'400'000);
    }

    // A secret-looking option is refused by name; its value is never printed (stdout, stderr).
    void secrets_refused_withoutTheirValue_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::addColumn<int>("exitCode");
        const QString value = QStringLiteral("Hunter2-xyzzy");
        QTest::newRow("window --password=") << QStringList{QStringLiteral("--password=") + value}
                                            << QStringLiteral("--password") << 2;
        QTest::newRow("window --token") << QStringList{QStringLiteral("--token"), value} << QStringLiteral("--token") << 2;
        QTest::newRow("watch --password=") << QStringList{QStringLiteral("watch"), QStringLiteral("--server"),
                                                          QStringLiteral("https://h"), QStringLiteral("--password=") + value}
                                           << QStringLiteral("--password") << 2;
        QTest::newRow("status --api-key") << QStringList{QStringLiteral("status"), QStringLiteral("--api-key=") + value}
                                          << QStringLiteral("--api-key") << 2;
        QTest::newRow("status nagios --refresh-token")
            << QStringList{QStringLiteral("status"), QStringLiteral("--format=nagios"),
                           QStringLiteral("--refresh-token=") + value}
            << QStringLiteral("--refresh-token") << 3;
        QTest::newRow("simulate --admin-password") << QStringList{QStringLiteral("simulate"), QStringLiteral("s"),
                                                                  QStringLiteral("--admin-password=") + value}
                                                   << QStringLiteral("--admin-password") << 2;
        QTest::newRow("report diff --secret") << QStringList{QStringLiteral("report"), QStringLiteral("diff"),
                                                             QStringLiteral("--secret"), value}
                                              << QStringLiteral("--secret") << 2;
    }
    void secrets_refused_withoutTheirValue()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QFETCH(int, exitCode);
        const Run r = console(args);
        QCOMPARE(r.exitCode, exitCode);
        const QString all = r.out + r.err;
        QVERIFY2(all.contains(named + QStringLiteral(" is not accepted")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("Hunter2")), qPrintable(all));
    }

    void unknownOption_exits2_namingIt_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("window") << QStringList{QStringLiteral("--frobnicate=zzz")}
                                << QStringLiteral("unknown option \"--frobnicate\"");
        QTest::newRow("watch") << QStringList{QStringLiteral("watch"), QStringLiteral("--frobnicate")}
                               << QStringLiteral("unknown option \"--frobnicate\"");
        QTest::newRow("short") << QStringList{QStringLiteral("status"), QStringLiteral("-q")}
                               << QStringLiteral("unknown option \"-q\"");
        QTest::newRow("another command's") << QStringList{QStringLiteral("watch"), QStringLiteral("--pings"),
                                                          QStringLiteral("3")}
                                           << QStringLiteral("unknown option \"--pings\" (an option of status)");
        QTest::newRow("simulate") << QStringList{QStringLiteral("simulate"), QStringLiteral("s"),
                                                 QStringLiteral("--frobnicate")}
                                  << QStringLiteral("--frobnicate");
        QTest::newRow("report merge") << QStringList{QStringLiteral("report"), QStringLiteral("merge"),
                                                     QStringLiteral("--frobnicate")}
                                      << QStringLiteral("--frobnicate");
        QTest::newRow("missing value") << QStringList{QStringLiteral("watch"), QStringLiteral("--server")}
                                       << QStringLiteral("--server needs URL");
        QTest::newRow("flag with a value") << QStringList{QStringLiteral("watch"), QStringLiteral("--raw=zzz")}
                                           << QStringLiteral("--raw takes no value");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frob")}
                                         << QStringLiteral("unknown command \"frob\"");
        QTest::newRow("bad --lang") << QStringList{QStringLiteral("--lang=xx")}
                                    << QStringLiteral("--lang: no translation for \"xx\"");
    }
    void unknownOption_exits2_namingIt()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = console(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("zzz")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("--help\" for the options")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void secretLooking_names()
    {
        for (const char *name : {"password", "admin-password", "passwd", "token", "access_token", "secret", "api-key",
                                 "apikey", "pass", "pw", "credentials"})
            QVERIFY2(looksLikeSecretOption(QLatin1String(name)), name);
        for (const char *name : {"frobnicate", "passthrough", "user", "server", "compass"})
            QVERIFY2(!looksLikeSecretOption(QLatin1String(name)), name);
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
