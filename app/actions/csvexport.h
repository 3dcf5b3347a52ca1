// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace Dms {

// Writes what a view shows — the header titles and every row's display text, in the
// model's (e.g. a filter proxy's) order — as RFC 4180 CSV in UTF-8 with CRLF line ends.
// Cells starting with = + - @ (or a tab/CR) get a leading apostrophe so a spreadsheet
// never runs them as formulas. Returns false with a user-facing message on a write error.
bool writeCsv(const QAbstractItemModel *model, QIODevice *out, QString *errorMessage = nullptr);
// The same for the given columns only, in the given order (a view's visible columns in
// their on-screen order).
bool writeCsv(const QAbstractItemModel *model, const QList<int> &columns, QIODevice *out,
              QString *errorMessage = nullptr);
// One CSV field: quoted when it holds a comma, quote or line break; formula-safe.
QString csvField(const QString &text);

}  // namespace Dms
