// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "cli/reportcommand.h"

#include "cli/commandline.h"
#include "cli/terminaltext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include "core/translations.h"
#include "sim/htmlreport.h"
#include "sim/simexport.h"
#include "sim/simreport.h"

namespace Dms {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::Cli)
};


}  // namespace

QString reportUsage()
{
    return cliUsageHint(cliCommand(QStringLiteral("report")));
}

namespace {

// Parses args with the sub-command's options; false with *error on a usage error (none for
// --help and --version, which runReportCommand prints).
bool parseReport(const QStringList &args, const QString &sub, CommandLine *line, QString *error)
{
    if (args.value(1) != QLatin1String("report") || args.value(2) != sub) {
        *error = CliText::tr("expected: report merge FILES… --out FILE, report html FILE --out FILE or "
                             "report diff BASELINE CURRENT");
        return false;
    }
    if (line->parse(args) != CommandLine::Result::Run) {
        *error = line->errorText();
        return false;
    }
    return true;
}

bool mergeOptionsFrom(const CommandLine &line, ReportMergeOptions *o, QString *error)
{
    o->inputs = line.positionalArguments();
    o->out = line.value(QStringLiteral("out"));
    o->junit = line.value(QStringLiteral("junit"));
    o->quiet = line.isSet(QStringLiteral("quiet"));
    if (o->inputs.isEmpty())
        *error = CliText::tr("no reports to merge");
    else if (o->out.isEmpty())
        *error = CliText::tr("--out FILE is required");
    return error->isEmpty();
}

bool htmlOptionsFrom(const CommandLine &line, ReportHtmlOptions *o, QString *error)
{
    const QStringList inputs = line.positionalArguments();
    o->input = inputs.value(0);
    o->out = line.value(QStringLiteral("out"));
    if (inputs.size() > 1)
        *error = CliText::tr("a second report \"%1\": give one (merge shards first: report merge)").arg(inputs.at(1));
    else if (o->input.isEmpty())
        *error = CliText::tr("no report given");
    else if (o->out.isEmpty())
        *error = CliText::tr("--out FILE is required");
    return error->isEmpty();
}

bool diffOptionsFrom(const CommandLine &line, ReportDiffOptions *o, QString *error)
{
    for (const QString &limit : line.values(QStringLiteral("max-regression"))) {
        QString why;
        if (!o->limits.add(limit, &why)) {
            *error = CliText::tr("--max-regression %1").arg(why);
            return false;
        }
    }
    o->json = line.value(QStringLiteral("json"));
    const QStringList files = line.positionalArguments();
    if (files.size() != 2) {
        *error = CliText::tr("expected two reports, the baseline and the current run; got %1").arg(files.size());
        return false;
    }
    o->baseline = files.at(0);
    o->current = files.at(1);
    return true;
}

}  // namespace

bool parseReportOptions(const QStringList &args, ReportMergeOptions *o, QString *error)
{
    error->clear();
    CommandLine line(QStringLiteral("report merge"));
    return parseReport(args, QStringLiteral("merge"), &line, error) && mergeOptionsFrom(line, o, error);
}

bool parseReportHtmlOptions(const QStringList &args, ReportHtmlOptions *o, QString *error)
{
    error->clear();
    CommandLine line(QStringLiteral("report html"));
    return parseReport(args, QStringLiteral("html"), &line, error) && htmlOptionsFrom(line, o, error);
}

bool parseReportDiffOptions(const QStringList &args, ReportDiffOptions *o, QString *error)
{
    error->clear();
    CommandLine line(QStringLiteral("report diff"));
    return parseReport(args, QStringLiteral("diff"), &line, error) && diffOptionsFrom(line, o, error);
}

bool mergeReportFiles(const QStringList &paths, SimReport *merged, QString *error)
{
    QList<SimReport> reports;
    for (const QString &path : paths) {
        SimReport report;
        if (!readReportFile(path, &report, error))
            return false;
        reports.append(report);
    }
    QString why;
    if (!SimReport::merge(reports, merged, &why)) {
        // merge() says "report N": name the file instead.
        for (int i = reports.size(); i >= 1; --i)
            why.replace(CliText::tr("report %1").arg(i), QFileInfo(paths.at(i - 1)).fileName());
        *error = why;
        return false;
    }
    return true;
}

namespace {

int runDiff(const CommandLine &line)
{
    ReportDiffOptions options;
    QString error;
    if (!diffOptionsFrom(line, &options, &error)) {
        printErr(QStringLiteral("dms-console report diff: ") + error);
        printErr(reportUsage());
        return 2;
    }
    SimReport baseline;
    SimReport current;
    if (!readReportFile(options.baseline, &baseline, &error) || !readReportFile(options.current, &current, &error)) {
        printErr(QStringLiteral("dms-console report diff: ") + error);
        return 2;
    }
    ReportDiff diff = ReportDiff::compare(baseline, current, options.limits);
    diff.baselineLabel = QFileInfo(options.baseline).fileName();
    diff.currentLabel = QFileInfo(options.current).fileName();
    for (const QString &warning : std::as_const(diff.warnings))
        printErr(CliText::tr("dms-console report diff: warning: %1").arg(warning));
    if (!options.json.isEmpty() &&
        !saveFileAtomically(options.json, QJsonDocument(diff.toJson()).toJson(QJsonDocument::Indented), &error)) {
        printErr(QStringLiteral("dms-console report diff: ") + error);
        return 2;
    }
    printOut(diff.tableText());
    return diff.regressed() ? 1 : 0;
}

int runHtml(const CommandLine &line)
{
    ReportHtmlOptions options;
    SimReport report;
    QString error;
    if (!htmlOptionsFrom(line, &options, &error)) {
        printErr(QStringLiteral("dms-console report: ") + error);
        printErr(reportUsage());
        return 2;
    }
    if (!readReportFile(options.input, &report, &error) ||
        !saveFileAtomically(options.out, simReportToHtml(report), &error)) {
        printErr(QStringLiteral("dms-console report html: ") + error);
        return 2;
    }
    printOut(CliText::tr("%1: %2, %3\n")
                 .arg(options.out, report.scenarioName,
                      report.aborted ? CliText::tr("aborted") : report.passed() ? CliText::tr("passed") : CliText::tr("failed")));
    return 0;
}

int runMerge(const CommandLine &line)
{
    ReportMergeOptions options;
    QString error;
    if (!mergeOptionsFrom(line, &options, &error)) {
        printErr(QStringLiteral("dms-console report: ") + error);
        printErr(reportUsage());
        return 2;
    }
    SimReport merged;
    if (!mergeReportFiles(options.inputs, &merged, &error)) {
        printErr(QStringLiteral("dms-console report merge: ") + error);
        return 2;
    }
    if (!saveFileAtomically(options.out, QJsonDocument(merged.toJson()).toJson(QJsonDocument::Indented), &error) ||
        (!options.junit.isEmpty() && !saveFileAtomically(options.junit, merged.toJUnit(), &error))) {
        printErr(QStringLiteral("dms-console report merge: ") + error);
        return 2;
    }
    if (!options.quiet)
        printOut(merged.summaryText());
    return merged.passed() ? 0 : 1;
}

}  // namespace

int runReportCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    installTranslations(app);  // before any string is made
    const QStringList args = QCoreApplication::arguments();
    const QString name = cliCommandName(args);
    CommandLine line(name);
    if (const auto exit = answerParse(line.parse(args), line, QStringLiteral("dms-console ") + name,
                                      cliHelp(line.command()), cliUsageHint(line.command())))
        return *exit;
    if (name == QLatin1String("report diff"))
        return runDiff(line);
    if (name == QLatin1String("report html"))
        return runHtml(line);
    if (name == QLatin1String("report merge"))
        return runMerge(line);
    // `report` alone, or an unknown sub-command.
    printErr(QStringLiteral("dms-console report: ") +
             CliText::tr("expected: report merge FILES… --out FILE, report html FILE --out FILE or "
                         "report diff BASELINE CURRENT"));
    printErr(reportUsage());
    return 2;
}

}  // namespace Dms
