// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/truthcheck.h"

#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Dms {

namespace {

QString compact(const QJsonValue &value)
{
    switch (value.type()) {
        case QJsonValue::String: return value.toString();
        case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
        case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Null: return QStringLiteral("null");
        case QJsonValue::Undefined: return QStringLiteral("(absent)");
        case QJsonValue::Array:
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        case QJsonValue::Object:
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QString rowSummary(const QJsonObject &row)
{
    QStringList parts;
    for (const char *field : {"request_number", "crate_number", "code", "status", "unit_id"}) {
        const QJsonValue v = row.value(QLatin1String(field));
        if (!v.isUndefined() && !v.isNull())
            parts.append(QStringLiteral("%1=%2").arg(QLatin1String(field), compact(v)));
    }
    return parts.join(QStringLiteral(", "));
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

}  // namespace

QString TruthSnapshot::listKeyOfView(const QString &view)
{
    if (view == QLatin1String("withdrawal") || view == QLatin1String("destruction") ||
        view == QLatin1String("transfer"))
        return view + QStringLiteral("-requests");
    if (view == QLatin1String("sendbacks"))
        return QStringLiteral("sendback-records");
    return view;  // crates, storage, audit
}

QString TruthSnapshot::pathOfListKey(const RestRoutes &routes, const QString &listKey)
{
    return routes.pathOfKey(listKey);
}

void TruthSnapshot::setAdminRows(const QString &listKey, const QJsonArray &rows)
{
    m_admin.insert(listKey, rows);
}

void TruthSnapshot::setUnitRows(const EntityId &unit, const QString &listKey, const QJsonArray &rows)
{
    m_unit[unit].insert(listKey, rows);
}

bool TruthSnapshot::hasRows(const EntityId &unit, const QString &listKey) const
{
    return m_unit.value(unit).contains(listKey) || m_admin.contains(listKey);
}

QList<QJsonObject> TruthSnapshot::rowsFor(const EntityId &unit, const QString &listKey) const
{
    QList<QJsonObject> out;
    const auto unitIt = m_unit.constFind(unit);
    if (unitIt != m_unit.cend() && unitIt->contains(listKey)) {
        for (const QJsonValue &v : unitIt->value(listKey))
            out.append(v.toObject());
        return out;
    }
    const QJsonArray all = m_admin.value(listKey);
    const auto idOf = [](const QJsonObject &o, const char *field) {
        return EntityId::fromJsonOrNull(o.value(QLatin1String(field)));
    };
    if (listKey == QLatin1String("sendback-records")) {
        // A transfer's send-back records belong to its destination unit too.
        QHash<EntityId, EntityId> transferDestination;
        for (const QJsonValue &v : m_admin.value(QStringLiteral("transfer-requests"))) {
            const QJsonObject t = v.toObject();
            transferDestination.insert(idOf(t, "id"), idOf(t, "destination_unit_id"));
        }
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            const bool peer = o.value(QLatin1String("request_kind")).toString() == QLatin1String("transfer") &&
                              transferDestination.value(idOf(o, "request_id")) == unit;
            if (idOf(o, "unit_id") == unit || peer)
                out.append(o);
        }
        return out;
    }
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if (idOf(o, "unit_id") == unit ||
            (listKey == QLatin1String("transfer-requests") && idOf(o, "destination_unit_id") == unit))
            out.append(o);
    }
    return out;
}

QList<SimLostUpdate> compareTableRows(const QString &username, const EntityId &unitId, const QString &listKey,
                                      const QList<QJsonObject> &mine,
                                      const QList<QJsonObject> &server)
{
    // By id (numbers and text alike: 7 and "7" are one row), in natural id order.
    QMap<EntityId, QJsonObject> local;
    for (const QJsonObject &row : mine)
        local.insert(EntityId::fromJsonOrNull(row.value(QLatin1String("id"))), row);
    QMap<EntityId, QJsonObject> truth;
    for (const QJsonObject &row : server)
        truth.insert(EntityId::fromJsonOrNull(row.value(QLatin1String("id"))), row);

    QList<SimLostUpdate> out;
    const auto make = [&](const EntityId &id, const QString &problem) {
        SimLostUpdate l;
        l.username = username;
        l.unitId = unitId;
        l.view = listKey;
        l.rowId = id;
        l.problem = problem;
        return l;
    };
    for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
        const auto mineIt = local.constFind(it.key());
        if (mineIt == local.cend()) {
            SimLostUpdate l = make(it.key(), QStringLiteral("missing_row"));
            l.server = rowSummary(it.value());
            out.append(l);
            continue;
        }
        if (*mineIt == it.value())
            continue;
        QSet<QString> keys;
        for (auto k = it.value().begin(); k != it.value().end(); ++k)
            keys.insert(k.key());
        for (auto k = mineIt->begin(); k != mineIt->end(); ++k)
            keys.insert(k.key());
        QStringList fields(keys.cbegin(), keys.cend());
        std::sort(fields.begin(), fields.end());
        SimLostUpdate l = make(it.key(), QStringLiteral("different"));
        QStringList localParts;
        QStringList serverParts;
        for (const QString &field : std::as_const(fields)) {
            const QJsonValue a = mineIt->value(field);
            const QJsonValue b = it.value().value(field);
            if (sameValue(a, b))
                continue;
            l.fields.append(field);
            localParts.append(QStringLiteral("%1=%2").arg(field, compact(a)));
            serverParts.append(QStringLiteral("%1=%2").arg(field, compact(b)));
        }
        if (l.fields.isEmpty())
            continue;  // equal up to number representation
        l.local = localParts.join(QStringLiteral(", "));
        l.server = serverParts.join(QStringLiteral(", "));
        out.append(l);
    }
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        if (truth.contains(it.key()))
            continue;
        SimLostUpdate l = make(it.key(), QStringLiteral("extra_row"));
        l.local = rowSummary(it.value());
        out.append(l);
    }
    return out;
}

}  // namespace Dms
