// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "cli/nagiosrange.h"

#include <QCoreApplication>
#include <QStringList>
#include <cmath>

namespace Dms {

namespace {

bool parseNumber(const QString &text, double *out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    *out = v;
    return true;
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

}  // namespace

bool NagiosRange::alerts(double value) const
{
    if (!isSet())
        return false;
    const bool belowStart = !startInfinite && value < start;
    const bool aboveEnd = !endInfinite && value > end;
    const bool outside = belowStart || aboveEnd;
    return inside ? !outside : outside;
}

bool NagiosRange::parse(const QString &input, NagiosRange *out, QString *error)
{
    auto fail = [&](const char *why) {
        *error = QCoreApplication::translate("Dms::Cli", why).arg(input);
        return false;
    };
    NagiosRange r;
    QString text = input.trimmed();
    if (text.isEmpty()) {
        *out = r;
        return true;
    }
    r.text = text;
    if (text.startsWith(QLatin1Char('@'))) {
        r.inside = true;
        text.remove(0, 1);
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        // "N": 0..N
        if (!parseNumber(text, &r.end))
            return fail("\"%1\" is not a threshold range (N, N:, ~:N, N:M or @N:M)");
        r.start = 0;
    } else {
        const QString startText = text.left(colon);
        const QString endText = text.mid(colon + 1);
        if (startText == QLatin1String("~"))
            r.startInfinite = true;
        else if (startText.isEmpty())
            r.start = 0;
        else if (!parseNumber(startText, &r.start))
            return fail("\"%1\" is not a threshold range (N, N:, ~:N, N:M or @N:M)");
        if (endText.isEmpty())
            r.endInfinite = true;
        else if (!parseNumber(endText, &r.end))
            return fail("\"%1\" is not a threshold range (N, N:, ~:N, N:M or @N:M)");
    }
    if (!r.startInfinite && !r.endInfinite && r.start > r.end)
        return fail("threshold range \"%1\": its start is above its end");
    *out = r;
    return true;
}

QString nagiosPerfData(const QString &label, double value, const QString &unit, const NagiosRange &warning,
                       const NagiosRange &critical, const QString &min, const QString &max)
{
    // Labels with spaces or '=' are quoted; ours are plain words, quoted all the same.
    QString quoted = label;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    QStringList fields{QStringLiteral("'%1'=%2%3").arg(quoted, number(value), unit), warning.text,
                       critical.text, min, max};
    while (fields.size() > 1 && fields.last().isEmpty())
        fields.removeLast();
    return fields.join(QLatin1Char(';'));
}

}  // namespace Dms
