// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "actions/connectionspoller.h"

#include <QAbstractTableModel>

namespace Dms {

// The server's live sockets (admins' /api/realtime/connections/) as a table: user, unit,
// path, connected since, last ping. Rows are matched by (user, path, connected since), so
// a poll that only moves last-ping times changes cells, not rows.
class ConnectionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UserColumn, UnitColumn, PathColumn, SinceColumn, LastPingColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ConnectionsModel(QObject *parent = nullptr);

    void setConnections(const QList<Dms::ConnectionInfo> &connections);
    const QList<ConnectionInfo> &connections() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ConnectionInfo> m_rows;
};

}  // namespace Dms
