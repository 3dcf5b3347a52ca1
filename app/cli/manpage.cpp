// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// dms-console(1), written from the option table (commandtable.cpp) by `dms-console
// --help-man` at build time (packaging/CMakeLists.txt). English: a man page is looked up by
// its section names, and Debian installs translated pages separately.
#include "cli/commandline.h"

#include <QDate>
#include <QLocale>

#include "core/version.h"

namespace Dms {

namespace {

// Text for roff: backslashes and hyphens escaped (\- is the ASCII hyphen-minus a reader can
// copy into a shell), a line never starting with a control character.
QString roff(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    out.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QStringLiteral("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString roff(const char *text)
{
    return roff(QString::fromUtf8(text));
}

// A macro argument: quoted, with any quote inside doubled.
QString arg(const QString &text)
{
    QString escaped = roff(text);
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// A command line in a no-fill block, broken before 72 columns with a trailing backslash.
QString commandBlock(const QString &command)
{
    QString out = QStringLiteral(".PP\n.RS\n.nf\n");
    QString line;
    const QStringList words = command.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > 70) {
            out += roff(line) + QStringLiteral(" \\e\n");
            line = QStringLiteral("    ");
        } else if (!line.isEmpty() && !line.endsWith(QLatin1Char(' '))) {
            line += QLatin1Char(' ');
        }
        line += word;
    }
    out += roff(line) + QStringLiteral("\n.fi\n.RE\n");
    return out;
}

QString optionLabel(const CliOption &o)
{
    QStringList names;
    for (const QString &n : o.names)
        names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
    const QString flags = names.join(QStringLiteral(", "));
    if (!o.valueName)
        return QStringLiteral(".B ") + arg(flags) + QLatin1Char('\n');
    return QStringLiteral(".BI ") + arg(flags + QLatin1Char(' ')) + QLatin1Char(' ') +
           arg(QString::fromLatin1(o.valueName)) + QLatin1Char('\n');
}

QString synopsis(const CliCommand &c)
{
    QString out;
    const QString name = c.name.isEmpty() ? QStringLiteral("dms-console") : QStringLiteral("dms-console ") + c.name;
    for (const QString &line : QString::fromUtf8(c.synopsis).split(QLatin1Char('\n')))
        out += QStringLiteral(".B ") + arg(name) + QLatin1Char('\n') + roff(line) + QStringLiteral("\n.br\n");
    return out;
}

QString options(const CliCommand &c)
{
    QString out;
    for (const CliOption &o : c.options) {
        if (o.hidden)
            continue;
        out += QStringLiteral(".TP\n") + optionLabel(o) + roff(o.description) + QLatin1Char('\n');
    }
    return out;
}

QString section(const CliCommand &c, const QString &macro, const QString &title)
{
    QString out = macro + QLatin1Char(' ') + arg(title) + QLatin1Char('\n');
    out += roff(c.description) + QLatin1Char('\n');
    if (c.name != QLatin1String("report"))
        out += QStringLiteral(".PP\nUsage:\n.PP\n.RS\n") + synopsis(c) + QStringLiteral(".RE\n.PP\nOptions:\n") +
               options(c);
    return out;
}

const char *const description =
    "dms-console signs in to a document-management system (DMS) over REST (JWT access and refresh tokens), "
    "keeps one live WebSocket session that reconnects, sends heartbeats and invalidates only the queries an "
    "event touches, and shows the live request tables, the crate table, the audit stream and the health of "
    "the live channel.\n"
    ".PP\n"
    "Without a command it opens the window. The commands watch, status, simulate and report run the same "
    "engine without a display, for monitoring and continuous integration.\n"
    ".PP\n"
    "How a backend speaks (its sockets, authentication, heartbeat, messages and REST routes) is read from a "
    "dialect profile: the built-in dms-updates (the default), dms-channels and hycon-first-message, or a JSON "
    "file.\n"
    ".PP\n"
    "Passwords are never taken from an argument: a password on the command line leaks into process lists and "
    "shell history, so --password (and any option named like a password or a token) is refused without "
    "repeating its value. They come from --password-stdin, the environment (DMS_PASSWORD, DMS_ADMIN_PASSWORD) "
    "or the keychain. Tokens and passwords are never printed or logged, and URLs are shown with the token "
    "replaced by ***.\n"
    ".PP\n"
    "An option's value follows it as the next argument or after an equals sign (--duration 60 or "
    "--duration=60). Times are in seconds; fractions are allowed (--ping-interval 0.5). A value out of its "
    "range is a usage error that names the option and the range. Every command takes --help, --version and "
    "--lang.";

}  // namespace

QString cliManPage()
{
    const QDate date = QDate::fromString(consoleReleaseDate(), Qt::ISODate);
    QString out;
    out += QStringLiteral(".\\\" Generated by dms-console --help-man from the option table "
                          "(app/cli/commandtable.cpp); do not edit.\n");
    out += QStringLiteral(".TH DMS-CONSOLE 1 %1 %2 \"User Commands\"\n")
               .arg(arg(QLocale::c().toString(date, QStringLiteral("MMMM yyyy"))),
                    arg(QStringLiteral("dms-console ") + consoleVersion()));
    // No hyphenation and ragged right: an option name is never broken where a reader copies it.
    out += QStringLiteral(".nh\n.ad l\n");
    out += QStringLiteral(".SH NAME\ndms\\-console \\- live operations console and multi-user test client for a "
                          "document-management system\n");
    out += QStringLiteral(".SH SYNOPSIS\n");
    for (const CliCommand &c : cliCommands()) {
        if (c.name != QLatin1String("report"))
            out += synopsis(c);
    }
    out += QStringLiteral(".B \"dms\\-console \\-\\-help\"\n.br\n.B \"dms\\-console \\-\\-version\"\n");
    out += QStringLiteral(".SH DESCRIPTION\n") + roff(description).replace(QStringLiteral("\\&.PP"),
                                                                           QStringLiteral(".PP")) +
           QLatin1Char('\n');

    out += section(cliCommand(QString()), QStringLiteral(".SH"), QStringLiteral("THE WINDOW"));
    out += section(cliCommand(QStringLiteral("watch")), QStringLiteral(".SH"), QStringLiteral("WATCH"));
    out += section(cliCommand(QStringLiteral("status")), QStringLiteral(".SH"), QStringLiteral("STATUS"));
    out += section(cliCommand(QStringLiteral("simulate")), QStringLiteral(".SH"), QStringLiteral("SIMULATE"));
    out += section(cliCommand(QStringLiteral("report")), QStringLiteral(".SH"), QStringLiteral("REPORT"));
    for (const QString &sub : {QStringLiteral("report merge"), QStringLiteral("report html"),
                               QStringLiteral("report diff")})
        out += section(cliCommand(sub), QStringLiteral(".SS"), sub);

    out += QStringLiteral(".SH \"EXIT STATUS\"\n");
    for (const CliCommand &c : cliCommands()) {
        if (c.name == QLatin1String("report"))
            continue;
        out += QStringLiteral(".SS ") + arg(c.name.isEmpty() ? QStringLiteral("the window") : c.name) +
               QLatin1Char('\n');
        for (const CliExitCode &e : c.exitCodes)
            out += QStringLiteral(".TP\n.B %1\n").arg(e.code) + roff(e.meaning) + QLatin1Char('\n');
    }

    out += QStringLiteral(".SH ENVIRONMENT\n");
    for (const CliEnvironment &e : cliEnvironment())
        out += QStringLiteral(".TP\n.B ") + arg(QString::fromLatin1(e.name)) + QLatin1Char('\n') + roff(e.meaning) +
               QLatin1Char('\n');
    out += QStringLiteral(".SH FILES\n");
    for (const CliEnvironment &f : cliFiles())
        out += QStringLiteral(".TP\n.I ") + arg(QString::fromLatin1(f.name)) + QLatin1Char('\n') + roff(f.meaning) +
               QLatin1Char('\n');

    out += QStringLiteral(".SH EXAMPLES\n");
    for (const CliCommand &c : cliCommands()) {
        for (const CliExample &e : c.examples)
            out += QStringLiteral(".PP\n") + roff(e.what) + QLatin1Char('\n') +
                   commandBlock(QString::fromUtf8(e.command));
    }
    out += QStringLiteral(".SH \"SEE ALSO\"\n.BR dms\\-console\\-server (1)\n.PP\n"
                          "The documentation in\n.I /usr/share/doc/dms\\-console\n"
                          "and the project's docs/cli.md, docs/monitoring.md, docs/scenarios.md and "
                          "docs/profiles.md.\n");
    return out;
}

}  // namespace Dms
