// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

namespace Dms {

// The value at a dotted field path ("data.crate.id") of a JSON object; undefined when a
// step is missing or not an object. Every field of every frame and every cell shown is
// read through here, so the path is walked in place: no list is allocated to split it
// (that was half the cost of parsing a frame).
inline QJsonValue jsonValueAt(const QJsonObject &root, QStringView path)
{
    qsizetype dot = path.indexOf(QLatin1Char('.'));
    QJsonValue value = root.value(dot < 0 ? path : path.left(dot));
    while (dot >= 0) {
        const qsizetype from = dot + 1;
        dot = path.indexOf(QLatin1Char('.'), from);
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(dot < 0 ? path.mid(from) : path.mid(from, dot - from));
    }
    return value;
}

}  // namespace Dms
