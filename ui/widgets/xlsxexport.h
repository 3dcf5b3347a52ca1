// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;
class QModelIndex;

namespace Dms {

// XLSX export of a table (libxlsxwriter; DMS_WITH_XLSX). No widgets: it takes the model a
// view shows and the columns it shows, as writeCsv (actions/csvexport.h) does, and the two
// are called with the same model and columns by saveTable (widgets/tableexport.h).

// Whether this build writes XLSX (configured with DMS_WITH_XLSX=ON, the default).
bool xlsxAvailable();

// One cell as the workbook stores it.
struct XlsxCell
{
    enum class Kind { Empty, Number, DateTime, Text };
    Kind kind = Kind::Empty;
    double number = 0;
    QDateTime at;  // local time, as the window shows it
    QString text;  // the display text (also for numbers and date-times)
};

// The cell for index, typed from what the model says and never against what it shows:
//  - a display value that is a number (int, double, …) or a QDateTime is stored as one;
//  - display text whose typed value — the model's typedRole, the sort role of the proxy the
//    view sorts with, e.g. EntityTableModel::SortRole — is a valid QDateTime is a
//    date-time (that value, in local time);
//  - display text that reads as a number (C locale) where the typed value is a number is
//    that number (the shown one: "12.5" is 12.5 whatever the raw value's digits);
//  - with no typed role (typedRole < 0), text in the console's own date-time form
//    "yyyy-MM-dd HH:mm:ss" is a date-time;
//  - anything else is text, exactly as shown: "=1+1" stays a string, never a formula.
XlsxCell xlsxCell(const QModelIndex &index, int typedRole);

// Writes the header titles (bold, the row frozen) and every row of model in its order, the
// given columns in the given order, as an XLSX workbook of one sheet to out; cells typed by
// xlsxCell (the typed role: the model's sortRole when it is a QSortFilterProxyModel), date-
// times formatted yyyy-mm-dd hh:mm:ss, column widths fitted roughly to their content.
// Returns false with a user-facing message when the workbook cannot be made or written.
bool writeXlsx(const QAbstractItemModel *model, const QList<int> &columns, QIODevice *out,
               QString *errorMessage = nullptr);

}  // namespace Dms
