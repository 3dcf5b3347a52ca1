// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QByteArray>
#include <QString>

namespace Dms {

struct SimReport;
struct SimSample;

// Writes a whole file atomically (QSaveFile): a reader never sees half a report.
// On failure false and "cannot write PATH: why".
bool saveFileAtomically(const QString &path, const QByteArray &data, QString *error);

// Reads a saved report (`simulate --report`, `report merge`, the panel's export). On
// failure false and why, naming the file: it cannot be read, is not JSON, or is not a report.
bool readReportFile(const QString &path, SimReport *out, QString *error);

// The per-receipt samples as CSV (`simulate --csv`, the panel's "Export samples"):
// one header line, then one line per receipt, in the order they were recorded.
QByteArray simSamplesCsvHeader();
QByteArray simSampleCsvLine(const SimSample &sample);

}  // namespace Dms
