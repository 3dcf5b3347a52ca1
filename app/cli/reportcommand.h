// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QString>
#include <QStringList>

#include "sim/reportdiff.h"

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

// Options of `dms-console report html in.json --out out.html`.
struct ReportHtmlOptions
{
    QString input;
    QString out;
};

// Options of `dms-console report diff baseline.json current.json
// [--max-regression NAME=LIMIT …] [--json out.json]`.
struct ReportDiffOptions
{
    QString baseline;
    QString current;
    QString json;
    RegressionLimits limits;
};

bool parseReportOptions(const QStringList &args, ReportMergeOptions *options, QString *error);
bool parseReportHtmlOptions(const QStringList &args, ReportHtmlOptions *options, QString *error);
bool parseReportDiffOptions(const QStringList &args, ReportDiffOptions *options, QString *error);
QString reportUsage();
// Reads the reports (errors name the file) and merges them exactly (SimReport::merge).
bool mergeReportFiles(const QStringList &paths, SimReport *merged, QString *error);

// `dms-console report merge …`: exit 0 the merged run passes its thresholds, 1 it fails,
// 2 bad arguments or an unreadable / mismatched report.
// `dms-console report html …`: exit 0 the page was written, 2 bad arguments, an unreadable
// or invalid report, or a file that cannot be written.
// `dms-console report diff …`: exit 0 no metric regressed past its limit, 1 one did, 2 bad
// arguments or an unreadable report (reports of different scenarios: a warning only).
int runReportCommand(int argc, char **argv);

}  // namespace Dms
