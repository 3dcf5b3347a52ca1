// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/entityid.h"
#include "core/restroutes.h"
#include "sim/simreport.h"

namespace Dms {

// The server's rows at the end of a run, to compare every virtual user's tables with.
// Fetched either as an admin (every unit's rows at once, filtered here per unit with the
// server's visibility rules) or per unit as one of its users (already what that unit sees).
class TruthSnapshot final
{
public:
    // Admin rows: list key ("withdrawal-requests", "crates", …) → every unit's rows.
    void setAdminRows(const QString &listKey, const QJsonArray &rows);
    // Rows as a user of `unit` sees them.
    void setUnitRows(const EntityId &unit, const QString &listKey, const QJsonArray &rows);
    bool hasRows(const EntityId &unit, const QString &listKey) const;

    // The rows a user of `unit` should see under listKey (docs/server.md, unit isolation:
    // a transfer and its send-back records belong to both units).
    QList<QJsonObject> rowsFor(const EntityId &unit, const QString &listKey) const;

    static QString listKeyOfView(const QString &view);  // "withdrawal" → "withdrawal-requests"
    // Where a list key is fetched: the dialect profile's route ("rest.queries"), e.g.
    // "/api/requests/withdrawal/"; empty when the profile names none.
    static QString pathOfListKey(const RestRoutes &routes, const QString &listKey);

private:
    QHash<QString, QJsonArray> m_admin;
    QHash<EntityId, QHash<QString, QJsonArray>> m_unit;
};

// Compares a user's rows with the server's, row by row (every field): rows missing,
// rows that should not be there, and rows whose fields differ.
QList<SimLostUpdate> compareTableRows(const QString &username, const EntityId &unitId, const QString &listKey,
                                      const QList<QJsonObject> &mine,
                                      const QList<QJsonObject> &server);

}  // namespace Dms
