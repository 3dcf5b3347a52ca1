#pragma once

#include <QString>
#include <QStringList>

namespace Dms {

struct SimReport;

// Options of `dms-console report merge a.json b.json … --out all.json [--junit all.xml]`.
struct ReportMergeOptions
{
    QStringList inputs;
    QString out;
    QString junit;
    bool quiet = false;
};

bool parseReportOptions(const QStringList &args, ReportMergeOptions *options, QString *error);
QString reportUsage();
// Reads the reports (errors name the file) and merges them exactly (SimReport::merge).
bool mergeReportFiles(const QStringList &paths, SimReport *merged, QString *error);

// `dms-console report merge …`: exit 0 the merged run passes its thresholds, 1 it fails,
// 2 bad arguments or an unreadable / mismatched report.
int runReportCommand(int argc, char **argv);

}  // namespace Dms
