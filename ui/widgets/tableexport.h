// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QList>
#include <QString>

#include <functional>

class QTableView;
class QWidget;

namespace Dms {

// Exporting a table as the user sees it: the view's model order (its proxy's filters and
// sort applied), the visible columns only, in their on-screen order, display text as
// shown. CSV only (README, "Export"): every spreadsheet opens it.

// The logical columns the view shows, left to right (hidden sections left out).
QList<int> shownColumns(const QTableView *view);
// Writes the view's rows as CSV to path (atomically). On failure returns false with a
// user-facing reason.
bool saveTableCsv(const QTableView *view, const QString &path, QString *error);
// Asks where to save (a non-modal save dialog proposing baseName-YYYYMMDD-HHMMSS.csv) and
// calls chosen with the path the user picked.
void chooseCsvPath(QWidget *parent, const QString &title, const QString &baseName,
                   const std::function<void(const QString &path)> &chosen);

}  // namespace Dms
