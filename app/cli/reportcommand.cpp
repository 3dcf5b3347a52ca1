#include "cli/reportcommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include "sim/htmlreport.h"
#include "sim/simexport.h"
#include "sim/simreport.h"

namespace Dms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dms::Cli", text);
}

void printErr(const QString &text)
{
    QTextStream err(stderr);
    err << text;
    if (!text.endsWith(QLatin1Char('\n')))
        err << '\n';
}

}  // namespace

QString reportUsage()
{
    return tr("usage:\n"
              "  dms-console report merge a.json b.json … --out all.json [--junit all.xml] [--quiet]\n"
              "  dms-console report html in.json --out out.html\n"
              "merge combines the reports of the shards of one run (dms-console simulate --shard K/N\n"
              "--report …): counts and histogram buckets add up, so the percentiles are exact.\n"
              "Exit codes: 0 the merged run passes its thresholds, 1 it fails, 2 bad input.\n"
              "html writes a report as one self-contained page (no network, no other file) with the\n"
              "verdicts, charts and the per-user table (docs/qa-reports.md).\n"
              "Exit codes: 0 written, 2 bad input.\n");
}

bool parseReportOptions(const QStringList &args, ReportMergeOptions *o, QString *error)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    if (args.size() < 3 || args.at(1) != QLatin1String("report") || args.at(2) != QLatin1String("merge"))
        return fail(tr("expected: report merge FILES… --out FILE, or report html FILE --out FILE"));
    for (int i = 3; i < args.size(); ++i) {
        const QString arg = args.at(i);
        if (arg == QLatin1String("--out") || arg == QLatin1String("--junit")) {
            if (i + 1 >= args.size() || args.at(i + 1).isEmpty())
                return fail(tr("%1 needs a file").arg(arg));
            (arg == QLatin1String("--out") ? o->out : o->junit) = args.at(++i);
        } else if (arg.startsWith(QLatin1String("--out="))) {
            o->out = arg.mid(6);
        } else if (arg.startsWith(QLatin1String("--junit="))) {
            o->junit = arg.mid(8);
        } else if (arg == QLatin1String("--quiet")) {
            o->quiet = true;
        } else if (arg.startsWith(QLatin1String("--"))) {
            return fail(tr("unknown option \"%1\"").arg(arg));
        } else {
            o->inputs.append(arg);
        }
    }
    if (o->inputs.isEmpty())
        return fail(tr("no reports to merge"));
    if (o->out.isEmpty())
        return fail(tr("--out FILE is required"));
    return true;
}

bool parseReportHtmlOptions(const QStringList &args, ReportHtmlOptions *o, QString *error)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    if (args.size() < 3 || args.at(1) != QLatin1String("report") || args.at(2) != QLatin1String("html"))
        return fail(tr("expected: report html FILE --out FILE"));
    for (int i = 3; i < args.size(); ++i) {
        const QString arg = args.at(i);
        if (arg == QLatin1String("--out")) {
            if (i + 1 >= args.size() || args.at(i + 1).isEmpty())
                return fail(tr("%1 needs a file").arg(arg));
            o->out = args.at(++i);
        } else if (arg.startsWith(QLatin1String("--out="))) {
            o->out = arg.mid(6);
        } else if (arg.startsWith(QLatin1String("--"))) {
            return fail(tr("unknown option \"%1\"").arg(arg));
        } else if (o->input.isEmpty()) {
            o->input = arg;
        } else {
            return fail(tr("a second report \"%1\": give one (merge shards first: report merge)").arg(arg));
        }
    }
    if (o->input.isEmpty())
        return fail(tr("no report given"));
    if (o->out.isEmpty())
        return fail(tr("--out FILE is required"));
    return true;
}

bool readReportFile(const QString &path, SimReport *report, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? tr("%1: not a JSON report (%2 at offset %3)").arg(path, parseError.errorString()).arg(parseError.offset)
                     : tr("%1: not a JSON report (not an object)").arg(path);
        return false;
    }
    QString why;
    if (!SimReport::fromJson(doc.object(), report, &why)) {
        *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
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
            why.replace(tr("report %1").arg(i), QFileInfo(paths.at(i - 1)).fileName());
        *error = why;
        return false;
    }
    return true;
}

int runReportCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        QTextStream(stdout) << reportUsage();
        return 0;
    }
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
        QTextStream(stdout) << tr("%1: %2, %3\n")
                                   .arg(options.out, report.scenarioName,
                                        report.aborted ? tr("aborted") : report.passed() ? tr("passed") : tr("failed"));
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
        QTextStream(stdout) << merged.summaryText();
    return merged.passed() ? 0 : 1;
}

}  // namespace Dms
