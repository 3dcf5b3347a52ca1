// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "actions/csvexport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QIODevice>

namespace Dms {

QString csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

bool writeCsv(const QAbstractItemModel *model, QIODevice *out, QString *errorMessage)
{
    QList<int> columns;
    for (int c = 0; model && c < model->columnCount(); ++c)
        columns << c;
    return writeCsv(model, columns, out, errorMessage);
}

bool writeCsv(const QAbstractItemModel *model, const QList<int> &columns, QIODevice *out, QString *errorMessage)
{
    auto fail = [&](const QString &why) {
        if (errorMessage)
            *errorMessage = why;
        return false;
    };
    if (!model || !out || !out->isWritable())
        return fail(QCoreApplication::translate("Dms::Csv", "The file is not open for writing"));

    auto writeLine = [&](const QStringList &fields) {
        const QByteArray line = fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
        return out->write(line) == line.size();
    };
    QStringList header;
    for (const int c : columns)
        header << csvField(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    if (!writeLine(header))
        return fail(QCoreApplication::translate("Dms::Csv", "Cannot write: %1").arg(out->errorString()));
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList fields;
        for (const int c : columns)
            fields << csvField(model->index(r, c).data(Qt::DisplayRole).toString());
        if (!writeLine(fields))
            return fail(QCoreApplication::translate("Dms::Csv", "Cannot write: %1").arg(out->errorString()));
    }
    return true;
}

}  // namespace Dms
