// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "cli/commandline.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

#include "cli/terminaltext.h"
#include "core/version.h"

namespace Dms {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::Cli)
};

QString translated(const char *text)
{
    return QCoreApplication::translate("Dms::Cli", text);
}

QString numberText(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 10);
}

// Wraps text to width columns, every line after the first indented by indent spaces (the
// first is the caller's: it continues a line that already has `column` characters).
QString wrap(const QString &text, int column, int indent, int width = 79)
{
    QString out;
    int at = column;
    bool lineHasWord = false;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (lineHasWord && at + 1 + word.size() > width) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            at = indent;
            lineHasWord = false;
        } else if (lineHasWord) {
            out += QLatin1Char(' ');
            ++at;
        }
        out += word;
        at += int(word.size());
        lineHasWord = true;
    }
    return out;
}

QString label(const CliOption &o)
{
    QStringList names;
    for (const QString &n : o.names)
        names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
    QString text = names.join(QStringLiteral(", "));
    if (o.valueName)
        text += QLatin1Char(' ') + QString::fromLatin1(o.valueName);
    return text;
}

QString commandLineOf(const CliCommand &c)
{
    return c.name.isEmpty() ? QStringLiteral("dms-console") : QStringLiteral("dms-console ") + c.name;
}

QString usageLines(const CliCommand &c)
{
    QString out;
    const QString head = CliText::tr("Usage:") + QLatin1Char(' ');
    const QStringList synopses = QString::fromUtf8(c.synopsis).split(QLatin1Char('\n'));
    for (int i = 0; i < synopses.size(); ++i) {
        out += (i == 0 ? head : QString(head.size(), QLatin1Char(' '))) + commandLineOf(c) + QLatin1Char(' ') +
               synopses.at(i) + QLatin1Char('\n');
    }
    return out;
}

QString optionsBlock(const CliCommand &c)
{
    constexpr int labelWidth = 26;
    QString out;
    for (const CliOption &o : c.options) {
        if (o.hidden)
            continue;
        QString line = QStringLiteral("  ") + label(o);
        if (line.size() + 2 > labelWidth)
            line += QLatin1Char('\n') + QString(labelWidth, QLatin1Char(' '));
        else
            line += QString(labelWidth - line.size(), QLatin1Char(' '));
        out += line + wrap(translated(o.description), labelWidth, labelWidth) + QLatin1Char('\n');
    }
    return out;
}

QString examplesBlock(const CliCommand &c)
{
    if (c.examples.isEmpty())
        return {};
    QString out = (c.examples.size() == 1 ? CliText::tr("Example:") : CliText::tr("Examples:")) + QLatin1Char('\n');
    for (const CliExample &e : c.examples) {
        out += QStringLiteral("  ") + wrap(translated(e.what), 2, 2) + QLatin1Char('\n');
        // The command as a shell would take it: long ones continued with a backslash.
        QString line = QStringLiteral("    ");
        const QStringList words = QString::fromUtf8(e.command).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (line.size() > 4 && line.size() + 1 + word.size() > 77) {
                out += line + QStringLiteral(" \\\n");
                line = QStringLiteral("        ");
            } else if (line.size() > 4 && !line.endsWith(QLatin1Char(' '))) {
                line += QLatin1Char(' ');
            }
            line += word;
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString exitCodesBlock(const CliCommand &c)
{
    QString out = CliText::tr("Exit codes:") + QLatin1Char('\n');
    for (const CliExitCode &e : c.exitCodes)
        out += QStringLiteral("  %1  ").arg(e.code) + wrap(translated(e.meaning), 5, 5) + QLatin1Char('\n');
    return out;
}

}  // namespace

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

QString CliOption::longName() const
{
    for (const QString &n : names) {
        if (n.size() > 1)
            return QStringLiteral("--") + n;
    }
    return QStringLiteral("-") + names.value(0);
}

const CliCommand &cliCommand(const QString &name)
{
    for (const CliCommand &c : cliCommands()) {
        if (c.name == name)
            return c;
    }
    Q_ASSERT_X(false, "cliCommand", "no such command");
    return cliCommands().first();
}

QString cliCommandName(const QStringList &args, int *words)
{
    const QString first = args.value(1);
    int taken = 0;
    QString name;
    if (first == QLatin1String("watch") || first == QLatin1String("status") || first == QLatin1String("simulate")) {
        name = first;
        taken = 1;
    } else if (first == QLatin1String("report")) {
        const QString sub = args.value(2);
        if (sub == QLatin1String("merge") || sub == QLatin1String("html") || sub == QLatin1String("diff")) {
            name = first + QLatin1Char(' ') + sub;
            taken = 2;
        } else {
            name = first;
            taken = 1;
        }
    }
    if (words)
        *words = taken;
    return name;
}

bool looksLikeSecretOption(const QString &name)
{
    static const QRegularExpression secret(
        QStringLiteral("password|passwd|passphrase|token|secret|credential|api[-_]?key|bearer|jwt|cookie|"
                       "(^|[-_])(pass|pwd|pw)([-_]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

CommandLine::CommandLine(const CliCommand &command)
    : m_command(command)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const CliOption &o : command.options) {
        QCommandLineOption option(o.names);
        if (o.valueName)
            option.setValueName(QString::fromLatin1(o.valueName));
        const bool added = m_parser.addOption(option);
        Q_ASSERT_X(added, "CommandLine", "an option name given twice");
        Q_UNUSED(added);
    }
}

const CliOption *CommandLine::option(const QString &name) const
{
    for (const CliOption &o : m_command.options) {
        if (o.names.contains(name))
            return &o;
    }
    return nullptr;
}

QString CommandLine::spelled(const QString &unknownName, const QStringList &args) const
{
    // Never the value: "--password=secret" is named "--password".
    const QString asLong = QStringLiteral("--") + unknownName;
    for (const QString &a : args) {
        if (a == asLong || a.startsWith(asLong + QLatin1Char('=')))
            return asLong;
    }
    return (unknownName.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + unknownName;
}

CommandLine::Result CommandLine::parse(const QStringList &args)
{
    m_error.clear();
    const int words = m_command.name.isEmpty() ? 0 : int(m_command.name.count(QLatin1Char(' '))) + 1;
    const QStringList own = QStringList{args.value(0, QStringLiteral("dms-console"))} + args.mid(1 + words);
    const bool parsed = m_parser.parse(own);

    const QStringList unknown = m_parser.unknownOptionNames();
    for (const QString &name : unknown) {
        if (looksLikeSecretOption(name)) {
            m_error = CliText::tr("%1 is not accepted: passwords and tokens on the command line leak into process "
                                  "lists and shell history; %2")
                          .arg(spelled(name, own), translated(m_command.secretHint));
            return Result::UsageError;
        }
    }
    if (!unknown.isEmpty()) {
        // An option of another command: say whose (watch --format: "an option of status").
        const QString first = unknown.first();
        QStringList owners;
        for (const CliCommand &c : cliCommands()) {
            for (const CliOption &o : c.options) {
                if (o.names.contains(first) && !o.hidden && !c.name.isEmpty())
                    owners.append(c.name);
            }
        }
        m_error = owners.isEmpty()
                      ? CliText::tr("unknown option \"%1\"").arg(spelled(first, own))
                      : CliText::tr("unknown option \"%1\" (an option of %2)")
                            .arg(spelled(first, own), owners.join(QStringLiteral(", ")));
        return Result::UsageError;
    }
    if (!parsed) {
        // The last argument an option that needs a value, or a flag given one (--raw=1).
        const QString last = own.last();
        for (const CliOption &o : m_command.options) {
            for (const QString &n : o.names) {
                const QString dashed = (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
                if (o.valueName && last == dashed) {
                    m_error = CliText::tr("%1 needs %2").arg(dashed, QString::fromLatin1(o.valueName));
                    return Result::UsageError;
                }
                if (!o.valueName) {
                    for (const QString &a : own) {
                        if (a.startsWith(dashed + QLatin1Char('='))) {
                            m_error = CliText::tr("%1 takes no value").arg(dashed);
                            return Result::UsageError;
                        }
                    }
                }
            }
        }
        // Anything else Qt found (its text, the value cut off any "--name=value" it quotes).
        m_error = m_parser.errorText();
        for (const QString &a : own) {
            const qsizetype eq = a.indexOf(QLatin1Char('='));
            if (a.startsWith(QLatin1Char('-')) && eq > 0)
                m_error.replace(a, a.left(eq));
        }
        return Result::UsageError;
    }
    if (m_parser.isSet(QStringLiteral("help")))
        return Result::Help;
    if (m_parser.isSet(QStringLiteral("version")))
        return Result::Version;
    const QStringList positional = m_parser.positionalArguments();
    if (!m_command.takesArguments && !positional.isEmpty()) {
        m_error = m_command.name.isEmpty()
                      ? CliText::tr("unknown command \"%1\": the commands are watch, status, simulate and report")
                            .arg(positional.first())
                      : CliText::tr("unexpected argument \"%1\"").arg(positional.first());
        return Result::UsageError;
    }

    // Values in the order given, so the first bad one is named.
    QStringList checked;
    for (const QString &name : m_parser.optionNames()) {
        const CliOption *o = option(name);
        if (!o || checked.contains(o->longName()))
            continue;
        checked.append(o->longName());
        if (!o->valueName)
            continue;
        const QStringList given = m_parser.values(name);
        for (const QString &v : given) {
            if (!checkValue(*o, v))
                return Result::UsageError;
        }
    }
    return Result::Run;
}

bool CommandLine::checkValue(const CliOption &o, const QString &value)
{
    const QString name = o.longName();
    if (value.isEmpty()) {
        m_error = CliText::tr("%1 needs %2").arg(name, QString::fromLatin1(o.valueName));
        return false;
    }
    bool ok = false;
    switch (o.kind) {
    case CliValue::None:
    case CliValue::Text:
        return true;
    case CliValue::Seconds: {
        const double s = value.toDouble(&ok);
        if (ok && std::isfinite(s) && s >= o.min && s <= o.max)
            return true;
        m_error = CliText::tr("%1: \"%2\" is not a number of seconds from %3 to %4")
                      .arg(name, value, numberText(o.min), numberText(o.max));
        return false;
    }
    case CliValue::Integer: {
        const qlonglong n = value.toLongLong(&ok);
        if (ok && n >= o.min && n <= o.max)
            return true;
        m_error = CliText::tr("%1: \"%2\" is not a whole number from %3 to %4")
                      .arg(name, value, numberText(o.min), numberText(o.max));
        return false;
    }
    case CliValue::Number: {
        const double d = value.toDouble(&ok);
        if (ok && std::isfinite(d) && d > o.min && d <= o.max)
            return true;
        m_error = CliText::tr("%1: \"%2\" is not a number above %3 and at most %4")
                      .arg(name, value, numberText(o.min), numberText(o.max));
        return false;
    }
    case CliValue::Choice:
        if (o.choices.contains(value))
            return true;
        m_error = CliText::tr("%1: \"%2\" is not one of %3").arg(name, value, o.choices.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

// An option this command does not have is simply not set (QCommandLineParser would warn).
bool CommandLine::isSet(const QString &name) const
{
    return option(name) && m_parser.isSet(name);
}

QString CommandLine::value(const QString &name) const
{
    return option(name) ? m_parser.value(name) : QString();
}

QStringList CommandLine::values(const QString &name) const
{
    return option(name) ? m_parser.values(name) : QStringList();
}

QStringList CommandLine::positionalArguments() const
{
    return m_parser.positionalArguments();
}

QStringList CommandLine::optionNames() const
{
    return m_parser.optionNames();
}

qint64 CommandLine::milliseconds(const QString &name, qint64 fallback) const
{
    if (!isSet(name))
        return fallback;
    return qint64(std::llround(m_parser.value(name).toDouble() * 1000));
}

int CommandLine::integer(const QString &name, int fallback) const
{
    return isSet(name) ? m_parser.value(name).toInt() : fallback;
}

double CommandLine::number(const QString &name, double fallback) const
{
    return isSet(name) ? m_parser.value(name).toDouble() : fallback;
}

QString cliHelp(const CliCommand &c)
{
    if (c.name == QLatin1String("report")) {
        QString out = usageLines(cliCommand(QStringLiteral("report merge"))) +
                      usageLines(cliCommand(QStringLiteral("report html"))) +
                      usageLines(cliCommand(QStringLiteral("report diff")));
        out += QLatin1Char('\n') + wrap(translated(c.description), 0, 0) + QLatin1Char('\n');
        for (const QString &sub : {QStringLiteral("report merge"), QStringLiteral("report html"),
                                   QStringLiteral("report diff")}) {
            out += QLatin1Char('\n') + QString(20, QLatin1Char('-')) + QLatin1Char('\n') + cliHelp(cliCommand(sub));
        }
        return out;
    }
    QString out = usageLines(c);
    out += QLatin1Char('\n') + wrap(translated(c.description), 0, 0) + QLatin1Char('\n');
    out += QLatin1Char('\n') + CliText::tr("Options:") + QLatin1Char('\n') + optionsBlock(c);
    if (!c.examples.isEmpty())
        out += QLatin1Char('\n') + examplesBlock(c);
    out += QLatin1Char('\n') + exitCodesBlock(c);
    return out;
}

QString cliTopLevelHelp()
{
    const CliCommand &window = cliCommand(QString());
    QString out = usageLines(window);
    const QString head = CliText::tr("Usage:") + QLatin1Char(' ');
    out += QString(head.size(), QLatin1Char(' ')) + QStringLiteral("dms-console COMMAND [OPTION]...\n");
    out += QLatin1Char('\n') + wrap(translated(window.description), 0, 0) + QLatin1Char('\n');
    out += QLatin1Char('\n') + CliText::tr("Commands (they need no display):") + QLatin1Char('\n');
    for (const QString &name : {QStringLiteral("watch"), QStringLiteral("status"), QStringLiteral("simulate"),
                                QStringLiteral("report")}) {
        QString line = QStringLiteral("  ") + name;
        line += QString(12 - line.size(), QLatin1Char(' '));
        out += line + wrap(translated(cliCommand(name).summary), 12, 12) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + CliText::tr("Options of the window:") + QLatin1Char('\n') + optionsBlock(window);
    out += QLatin1Char('\n') + examplesBlock(window);
    out += QLatin1Char('\n') + exitCodesBlock(window);
    out += QLatin1Char('\n') +
           wrap(CliText::tr("Run \"dms-console COMMAND --help\" for the options of a command, and \"man "
                            "dms-console\" for the environment and files."),
                0, 0) +
           QLatin1Char('\n');
    return out;
}

QString cliUsageHint(const CliCommand &c)
{
    QString out = c.name == QLatin1String("report")
                      ? usageLines(cliCommand(QStringLiteral("report merge"))) +
                            usageLines(cliCommand(QStringLiteral("report html"))) +
                            usageLines(cliCommand(QStringLiteral("report diff")))
                      : usageLines(c);
    out += CliText::tr("Run \"%1 --help\" for the options, an example and the exit codes.").arg(commandLineOf(c)) +
           QLatin1Char('\n');
    return out;
}

std::optional<int> answerParse(CommandLine::Result result, const CommandLine &line, const QString &prefix,
                               const QString &help, const QString &usage)
{
    switch (result) {
    case CommandLine::Result::Help:
        printOut(help);
        return 0;
    case CommandLine::Result::Version:
        printOut(cliVersion());
        return 0;
    case CommandLine::Result::UsageError:
        printErr(prefix + QStringLiteral(": ") + line.errorText());
        printErr(usage);
        return 2;
    case CommandLine::Result::Run:
        break;
    }
    return std::nullopt;
}

QString cliVersion()
{
    return QStringLiteral("dms-console ") + consoleVersion() + QLatin1Char('\n');
}

}  // namespace Dms
