// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "data/connectionsmodel.h"

#include <QDateTime>

#include <algorithm>

namespace Dms {

namespace {

bool sameSocket(const ConnectionInfo &a, const ConnectionInfo &b)
{
    return a.userId == b.userId && a.path == b.path && a.connectedSinceMs == b.connectedSinceMs;
}

QString localTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                  : QString();
}

}  // namespace

ConnectionsModel::ConnectionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConnectionsModel::setConnections(const QList<ConnectionInfo> &connections)
{
    // Remove the rows that are gone, then update or append in the server's order.
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        const bool kept = std::any_of(connections.cbegin(), connections.cend(),
                                      [&](const ConnectionInfo &c) { return sameSocket(c, m_rows.at(r)); });
        if (!kept) {
            beginRemoveRows(QModelIndex(), r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        }
    }
    for (const ConnectionInfo &info : connections) {
        const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                     [&](const ConnectionInfo &c) { return sameSocket(c, info); });
        if (it == m_rows.end()) {
            const int row = int(m_rows.size());
            beginInsertRows(QModelIndex(), row, row);
            m_rows.append(info);
            endInsertRows();
        } else if (!(*it == info)) {
            *it = info;
            const int row = int(it - m_rows.begin());
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ConnectionInfo &info = m_rows.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (Column(index.column())) {
    case UserColumn: return info.username;
    case UnitColumn: return info.unitId.toVariant();
    case PathColumn: return info.path;
    case SinceColumn: return localTime(info.connectedSinceMs);
    case LastPingColumn: return info.lastPingMs > 0 ? localTime(info.lastPingMs) : tr("never");
    case ColumnCount: break;
    }
    return QVariant();
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case UserColumn: return tr("User");
    case UnitColumn: return tr("Unit");
    case PathColumn: return tr("Socket");
    case SinceColumn: return tr("Connected since");
    case LastPingColumn: return tr("Last ping");
    case ColumnCount: break;
    }
    return QVariant();
}

}  // namespace Dms
