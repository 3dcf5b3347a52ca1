// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QTableView;
class QWidget;

namespace Dms {

// Exporting a table as the user sees it: the view's model order (its proxy's filters and
// sort applied), the visible columns only, in their on-screen order. As CSV (each cell's
// display text; actions/csvexport.h) or as XLSX (the same cells, typed; widgets/
// xlsxexport.h), chosen by the file's suffix (README, "Export").

enum class TableFileFormat { Csv, Xlsx };

// The format a path is written in: .xlsx (any case) is XLSX, anything else CSV.
TableFileFormat tableFileFormat(const QString &path);
// The save dialog's filters: CSV first, then XLSX when this build writes it.
QStringList tableExportFilters();
// The path to write when the user picked `chosen` with the dialog's `filter`: a name with
// no suffix gets the filter's (.csv or .xlsx); a suffix the user typed is kept.
QString tableExportPath(const QString &chosen, const QString &filter);

// The logical columns the view shows, left to right (hidden sections left out).
QList<int> shownColumns(const QTableView *view);
// Writes the view's rows to path (atomically), as CSV or XLSX after tableFileFormat(path);
// both formats get the same rows and columns. On failure returns false with a user-facing
// reason.
bool saveTable(const QTableView *view, const QString &path, QString *error);
// Asks where to save (a non-modal save dialog with the CSV and XLSX filters, proposing
// baseName-YYYYMMDD-HHMMSS.csv; choosing a filter switches the proposed suffix) and calls
// chosen with the path to write (tableExportPath).
void chooseExportPath(QWidget *parent, const QString &title, const QString &baseName,
                      const std::function<void(const QString &path)> &chosen);

}  // namespace Dms
