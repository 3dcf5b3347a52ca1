// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "cli/reportcommand.h"

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
    return CliText::tr("usage:\n"
              "  dms-console report merge a.json b.json … --out all.json [--junit all.xml] [--quiet]\n"
              "  dms-console report html in.json --out out.html\n"
              "merge combines the reports of the shards of one run (dms-console simulate --shard K/N\n"
              "--report …): counts and histogram buckets add up, so the percentiles are exact.\n"
              "Exit codes: 0 the merged run passes its thresholds, 1 it fails, 2 bad input.\n"
              "html writes a report as one self-contained page (no network, no other file) with the\n"
              "verdicts, charts and the per-user table (docs/qa-reports.md).\n"
              "Exit codes: 0 written, 2 bad input.\n"
              "\n"
              "  dms-console report diff baseline.json current.json [--max-regression NAME=LIMIT …]\n"
              "                          [--json diff.json]\n"
              "Compares every metric of two runs (the names thresholds use: p95_ms, delivery, leaks, …)\n"
              "and prints the change of each. --max-regression replaces a metric's default limit:\n"
              "p95_ms=10% (a share of the baseline) or p95_ms=50 (in the metric's unit, here ms);\n"
              "repeatable, and both kinds for one metric apply together (past both regresses).\n"
              "Exit codes: 0 nothing regressed past its limit, 1 something did, 2 bad input.\n");
}

bool parseReportOptions(const QStringList &args, ReportMergeOptions *o, QString *error)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    if (args.size() < 3 || args.at(1) != QLatin1String("report") || args.at(2) != QLatin1String("merge"))
        return fail(CliText::tr("expected: report merge FILES… --out FILE, report html FILE --out FILE or "
                       "report diff BASELINE CURRENT"));
    for (int i = 3; i < args.size(); ++i) {
        const QString arg = args.at(i);
        if (arg == QLatin1String("--out") || arg == QLatin1String("--junit")) {
            if (i + 1 >= args.size() || args.at(i + 1).isEmpty())
                return fail(CliText::tr("%1 needs a file").arg(arg));
            (arg == QLatin1String("--out") ? o->out : o->junit) = args.at(++i);
        } else if (arg.startsWith(QLatin1String("--out="))) {
            o->out = arg.mid(6);
        } else if (arg.startsWith(QLatin1String("--junit="))) {
            o->junit = arg.mid(8);
        } else if (arg == QLatin1String("--quiet")) {
            o->quiet = true;
        } else if (arg.startsWith(QLatin1String("--"))) {
            return fail(CliText::tr("unknown option \"%1\"").arg(arg));
        } else {
            o->inputs.append(arg);
        }
    }
    if (o->inputs.isEmpty())
        return fail(CliText::tr("no reports to merge"));
    if (o->out.isEmpty())
        return fail(CliText::tr("--out FILE is required"));
    return true;
}

bool parseReportHtmlOptions(const QStringList &args, ReportHtmlOptions *o, QString *error)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    if (args.size() < 3 || args.at(1) != QLatin1String("report") || args.at(2) != QLatin1String("html"))
        return fail(CliText::tr("expected: report html FILE --out FILE"));
    for (int i = 3; i < args.size(); ++i) {
        const QString arg = args.at(i);
        if (arg == QLatin1String("--out")) {
            if (i + 1 >= args.size() || args.at(i + 1).isEmpty())
                return fail(CliText::tr("%1 needs a file").arg(arg));
            o->out = args.at(++i);
        } else if (arg.startsWith(QLatin1String("--out="))) {
            o->out = arg.mid(6);
        } else if (arg.startsWith(QLatin1String("--"))) {
            return fail(CliText::tr("unknown option \"%1\"").arg(arg));
        } else if (o->input.isEmpty()) {
            o->input = arg;
        } else {
            return fail(CliText::tr("a second report \"%1\": give one (merge shards first: report merge)").arg(arg));
        }
    }
    if (o->input.isEmpty())
        return fail(CliText::tr("no report given"));
    if (o->out.isEmpty())
        return fail(CliText::tr("--out FILE is required"));
    return true;
}

bool parseReportDiffOptions(const QStringList &args, ReportDiffOptions *o, QString *error)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    if (args.size() < 3 || args.at(1) != QLatin1String("report") || args.at(2) != QLatin1String("diff"))
        return fail(CliText::tr("expected: report diff BASELINE CURRENT"));
    QStringList files;
    for (int i = 3; i < args.size(); ++i) {
        const QString arg = args.at(i);
        QString value;
        const auto takeValue = [&](const QString &name) {
            if (arg.startsWith(name + QLatin1Char('='))) {
                value = arg.mid(name.size() + 1);
                return true;
            }
            if (arg != name)
                return false;
            value = i + 1 < args.size() ? args.at(++i) : QString();
            return true;
        };
        if (takeValue(QStringLiteral("--max-regression"))) {
            QString why;
            if (value.isEmpty())
                return fail(CliText::tr("--max-regression needs NAME=LIMIT, e.g. p95_ms=10%"));
            if (!o->limits.add(value, &why))
                return fail(CliText::tr("--max-regression %1").arg(why));
        } else if (takeValue(QStringLiteral("--json"))) {
            if (value.isEmpty())
                return fail(CliText::tr("--json needs a file"));
            o->json = value;
        } else if (arg.startsWith(QLatin1String("--"))) {
            return fail(CliText::tr("unknown option \"%1\"").arg(arg));
        } else {
            files.append(arg);
        }
    }
    if (files.size() != 2)
        return fail(CliText::tr("expected two reports, the baseline and the current run; got %1").arg(files.size()));
    o->baseline = files.at(0);
    o->current = files.at(1);
    return true;
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

int runDiff(const QStringList &args)
{
    ReportDiffOptions options;
    QString error;
    if (!parseReportDiffOptions(args, &options, &error)) {
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

}  // namespace

int runReportCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    installTranslations(app);  // before any string is made
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        printOut(reportUsage());
        return 0;
    }
    if (args.value(2) == QLatin1String("diff"))
        return runDiff(args);
    QString error;
    if (args.size() >= 3 && args.at(2) == QLatin1String("html")) {
        ReportHtmlOptions options;
        SimReport report;
        if (!parseReportHtmlOptions(args, &options, &error)) {
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
    ReportMergeOptions options;
    if (!parseReportOptions(args, &options, &error)) {
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

}  // namespace Dms
