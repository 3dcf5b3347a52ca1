// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dms {

// The command line of dms-console, defined once (commandtable.cpp): every command's options
// with their values, ranges and descriptions. The window and every command parse with it
// (CommandLine, over QCommandLineParser), `--help` prints it, and the man page is generated
// from it (`dms-console --help-man`, packaging/CMakeLists.txt), so the three never drift.
// Texts are English here and translated (context "Dms::Cli") when help is printed; the man
// page stays English.

enum class CliValue {
    None,     // a flag
    Text,     // any non-empty text
    Seconds,  // a number of seconds, fractions allowed, within [min, max]
    Integer,  // a whole number within [min, max]
    Number,   // a number above min (exclusive) and at most max
    Choice,   // one of choices
};

struct CliOption
{
    QStringList names;                // {"server"}; {"h", "help"}
    const char *valueName = nullptr;  // "URL"; nullptr for a flag
    const char *description = "";     // one or two sentences (QT_TRANSLATE_NOOP("Dms::Cli", ...))
    CliValue kind = CliValue::None;
    double min = 0;
    double max = 0;
    QStringList choices;              // CliValue::Choice
    bool hidden = false;              // parsed, but in neither --help nor the man page
    bool repeatable = false;          // every occurrence counts (values())

    QString longName() const;         // "--server"
};

struct CliExitCode
{
    int code = 0;
    const char *meaning = "";
};

struct CliExample
{
    const char *what = "";  // "Watch the demo server for a minute:"
    const char *command = "";  // the command line, not translated
};

struct CliCommand
{
    QString name;                   // "" (the window), "watch", "report merge", …
    const char *summary = "";       // one line, for the list of commands
    const char *synopsis = "";      // what follows "dms-console NAME": "--server URL --user NAME [OPTION]…"
    const char *description = "";   // a paragraph
    QList<CliOption> options;       // --help and --version are added to every command
    QList<CliExample> examples;
    QList<CliExitCode> exitCodes;
    const char *secretHint = "";    // where a password comes from instead of an argument
    bool takesArguments = false;    // positional arguments (a scenario, report files)
};

// argv as a list, for parsing before any application exists.
QStringList argumentsOf(int argc, char **argv);

// Every command: the window (""), watch, status, simulate, report (its sub-commands' help)
// and report merge, report html, report diff.
const QList<CliCommand> &cliCommands();
const CliCommand &cliCommand(const QString &name);
// Which command argv names (args[0] the program): "watch", "report diff", "report" (without
// or with an unknown sub-command), or "" (the window). *words: how many arguments the name took.
QString cliCommandName(const QStringList &args, int *words = nullptr);

struct CliEnvironment
{
    const char *name;
    const char *meaning;
};
QList<CliEnvironment> cliEnvironment();  // DMS_PASSWORD, QT_LOGGING_RULES, LANGUAGE, …
QList<CliEnvironment> cliFiles();        // the settings file, the keychain

// One parse of one command's arguments, over QCommandLineParser::parse() (never process():
// a usage error is the caller's, exit 2 or the Nagios UNKNOWN). --opt=value and --opt value
// both work; numeric values are range-checked; an unknown option that looks like a secret
// (--password, --token, …) is refused by name, never with its value.
class CommandLine final
{
public:
    enum class Result { Run, Help, Version, UsageError };

    explicit CommandLine(const CliCommand &command);
    explicit CommandLine(const QString &commandName) : CommandLine(cliCommand(commandName)) {}

    // args[0] is the program, then the command's words (skipped), then its arguments.
    Result parse(const QStringList &args);
    QString errorText() const { return m_error; }  // names the option; never a secret's value

    const CliCommand &command() const { return m_command; }
    bool isSet(const QString &name) const;
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
    QStringList positionalArguments() const;
    QStringList optionNames() const;  // as given, in order (QCommandLineParser::optionNames())
    // Values already checked by parse(); the fallback when the option is not given.
    qint64 milliseconds(const QString &name, qint64 fallback) const;
    int integer(const QString &name, int fallback) const;
    double number(const QString &name, double fallback) const;

private:
    bool checkValue(const CliOption &option, const QString &value);
    const CliOption *option(const QString &name) const;
    QString spelled(const QString &unknownName, const QStringList &args) const;

    const CliCommand &m_command;
    QCommandLineParser m_parser;
    QString m_error;
};

// `dms-console COMMAND --help`: usage, description, options, examples, exit codes (translated).
QString cliHelp(const CliCommand &command);
// `dms-console --help`: the window's usage and options, and the commands.
QString cliTopLevelHelp();
// What a usage error prints after the message: the usage line(s) and where --help is.
QString cliUsageHint(const CliCommand &command);
// `dms-console --version`: "dms-console 0.1.0".
QString cliVersion();
// What an entry point does with parse()'s result before it runs: --help prints HELP and
// --version the version to stdout (exit 0); a usage error prints "PREFIX: message" and USAGE
// to stderr (exit 2). Returns that exit code, or std::nullopt when the command is to run.
std::optional<int> answerParse(CommandLine::Result result, const CommandLine &line, const QString &prefix,
                               const QString &help, const QString &usage);
// The whole man page, dms-console(1), as roff (English).
QString cliManPage();

// Whether a name of an option the command does not have looks like a secret's
// (password, passwd, token, secret, api-key, credential…).
bool looksLikeSecretOption(const QString &name);

}  // namespace Dms
