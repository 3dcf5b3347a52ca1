// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Dms {

// Writes the OpenMetrics text format (what Prometheus scrapes and node_exporter's textfile
// collector reads): one family at a time (# TYPE, # UNIT, # HELP, then its samples), label
// values escaped, "# EOF" at the end. Counter families are named without "_total"; their
// sample gets it. Names are the caller's (ASCII letters, digits and '_').
class OpenMetricsWriter final
{
public:
    using Labels = QList<QPair<QString, QString>>;
    enum class Type { Gauge, Counter };

    // Labels every sample carries (e.g. server and user), before its own.
    explicit OpenMetricsWriter(Labels common = {}) : m_common(std::move(common)) {}

    // Starts a family. unit, when given, must be the name's suffix ("seconds", "bytes").
    void family(const QString &name, Type type, const QString &help, const QString &unit = {});
    // A sample of the current family.
    void sample(double value, const Labels &labels = {});

    // The text so far, closed with "# EOF".
    QByteArray finish() const;

    static QString escapeLabelValue(const QString &value);
    static QString formatValue(double value);

private:
    Labels m_common;
    QString m_name;
    Type m_type = Type::Gauge;
    QByteArray m_text;
};

}  // namespace Dms
