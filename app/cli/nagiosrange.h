// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QString>

namespace Dms {

// A threshold in the monitoring plugins' range syntax (Nagios plugin development
// guidelines, "Threshold and ranges"): "10" alerts outside 0..10, "10:" below 10, "~:10"
// above 10, "10:20" outside 10..20, "@10:20" inside 10..20 (ends included).
struct NagiosRange
{
    QString text;         // as written; empty: no threshold
    bool inside = false;  // "@": alert inside the range
    bool startInfinite = false;
    double start = 0;
    bool endInfinite = false;
    double end = 0;

    bool isSet() const { return !text.isEmpty(); }
    // Whether value raises the alert this range stands for (never when not set).
    bool alerts(double value) const;

    // On failure returns false and says what is wrong.
    static bool parse(const QString &text, NagiosRange *out, QString *error);
};

// One performance-data item: 'label'=value[UOM];[warn];[crit];[min];[max], with the
// trailing empty fields left out.
QString nagiosPerfData(const QString &label, double value, const QString &unit,
                       const NagiosRange &warning = {}, const NagiosRange &critical = {},
                       const QString &min = {}, const QString &max = {});

}  // namespace Dms
