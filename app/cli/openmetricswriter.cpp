// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "cli/openmetricswriter.h"

#include <QStringList>
#include <cmath>

namespace Dms {

QString OpenMetricsWriter::escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            out += QLatin1String("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QString OpenMetricsWriter::formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

void OpenMetricsWriter::family(const QString &name, Type type, const QString &help, const QString &unit)
{
    m_name = name;
    m_type = type;
    const QString typeName = type == Type::Counter ? QStringLiteral("counter") : QStringLiteral("gauge");
    m_text += QStringLiteral("# TYPE %1 %2\n").arg(name, typeName).toUtf8();
    if (!unit.isEmpty())
        m_text += QStringLiteral("# UNIT %1 %2\n").arg(name, unit).toUtf8();
    QString escapedHelp = help;
    escapedHelp.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escapedHelp.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    escapedHelp.replace(QLatin1Char('"'), QLatin1String("\\\""));
    m_text += QStringLiteral("# HELP %1 %2\n").arg(name, escapedHelp).toUtf8();
}

void OpenMetricsWriter::sample(double value, const Labels &labels)
{
    QString line = m_name;
    if (m_type == Type::Counter)
        line += QLatin1String("_total");
    const Labels all = m_common + labels;
    if (!all.isEmpty()) {
        QStringList pairs;
        for (const auto &label : all)
            pairs << QStringLiteral("%1=\"%2\"").arg(label.first, escapeLabelValue(label.second));
        line += QLatin1Char('{') + pairs.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    line += QLatin1Char(' ') + formatValue(value) + QLatin1Char('\n');
    m_text += line.toUtf8();
}

QByteArray OpenMetricsWriter::finish() const
{
    return m_text + "# EOF\n";
}

}  // namespace Dms
