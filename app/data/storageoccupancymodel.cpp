// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "data/storageoccupancymodel.h"

#include "data/entitytablemodel.h"

#include <QHash>
#include <QLocale>

namespace Dms {

StorageOccupancyModel::StorageOccupancyModel(const EntityTableModel *storage, const EntityTableModel *crates,
                                             QObject *parent)
    : QAbstractTableModel(parent), m_storage(storage), m_crates(crates)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &StorageOccupancyModel::recompute);
    for (const EntityTableModel *source : {storage, crates}) {
        if (!source)
            continue;
        connect(source, &QAbstractItemModel::modelReset, this, &StorageOccupancyModel::schedule);
        connect(source, &QAbstractItemModel::rowsInserted, this, &StorageOccupancyModel::schedule);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &StorageOccupancyModel::schedule);
        connect(source, &QAbstractItemModel::rowsMoved, this, &StorageOccupancyModel::schedule);
        connect(source, &QAbstractItemModel::dataChanged, this, &StorageOccupancyModel::schedule);
        connect(source, &QAbstractItemModel::layoutChanged, this, &StorageOccupancyModel::schedule);
    }
    recompute();
}

void StorageOccupancyModel::schedule()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void StorageOccupancyModel::recompute()
{
    m_coalesce.stop();
    QList<Row> rows;
    QHash<QString, int> byId;
    if (m_storage) {
        for (int r = 0; r < m_storage->rowCount(); ++r) {
            const QJsonObject json = m_storage->rowJson(r);
            Row row;
            row.id = m_storage->idAt(r);
            row.code = EntityTableModel::fieldValue(json, QStringLiteral("code")).toVariant().toString();
            row.description = EntityTableModel::fieldValue(json, QStringLiteral("description")).toVariant().toString();
            const QJsonValue capacity = EntityTableModel::fieldValue(json, QStringLiteral("capacity"));
            row.capacity = capacity.isDouble() ? capacity.toInt() : -1;
            byId.insert(row.id.toString(), int(rows.size()));
            rows.append(row);
        }
    }
    Row none;
    none.code = tr("(no location)");
    if (m_crates) {
        for (int r = 0; r < m_crates->rowCount(); ++r) {
            const QJsonObject json = m_crates->rowJson(r);
            const QString status = json.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("destroyed"))
                continue;
            const EntityId location = EntityId::fromJsonOrNull(json.value(QStringLiteral("storage_id")));
            const int at = location.isValid() ? byId.value(location.toString(), -1) : -1;
            Row &row = at >= 0 ? rows[at] : none;
            if (status == QLatin1String("active"))
                ++row.active;
            else if (status == QLatin1String("withdrawn"))
                ++row.withdrawn;
            else if (status == QLatin1String("archived"))
                ++row.archived;
            else
                ++row.other;
        }
    }
    if (none.crates() > 0)
        rows.append(none);

    bool sameShape = rows.size() == m_rows.size();
    for (int i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows.at(i).id == m_rows.at(i).id;
    if (sameShape) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    Q_EMIT recomputed();
}

int StorageOccupancyModel::totalCrates() const
{
    int total = 0;
    for (const Row &row : m_rows)
        total += row.id.isValid() ? row.crates() : 0;
    return total;
}

int StorageOccupancyModel::totalCapacity() const
{
    int total = 0;
    for (const Row &row : m_rows)
        total += qMax(0, row.capacity);
    return total;
}

int StorageOccupancyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StorageOccupancyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StorageOccupancyModel::value(const Row &row, int column, bool forSort) const
{
    const bool hasCapacity = row.capacity > 0;
    switch (Column(column)) {
    case CodeColumn: return row.code;
    case DescriptionColumn: return row.description;
    case CapacityColumn:
        if (row.capacity < 0)
            return forSort ? QVariant(-1) : QVariant();
        return row.capacity;
    case CratesColumn: return row.crates();
    case ActiveColumn: return row.active;
    case WithdrawnColumn: return row.withdrawn;
    case ArchivedColumn: return row.archived;
    case OccupancyColumn: {
        if (!hasCapacity)
            return forSort ? QVariant(-1.0) : QVariant();
        const double share = 100.0 * row.crates() / row.capacity;
        return forSort ? QVariant(share) : QVariant(tr("%1 %").arg(QLocale().toString(share, 'f', 0)));
    }
    case FreeColumn:
        if (row.capacity < 0)
            return forSort ? QVariant(-1) : QVariant();
        return row.capacity - row.crates();
    case ColumnCount: break;
    }
    return QVariant();
}

QVariant StorageOccupancyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return value(row, index.column(), false);
    case SortRole: return value(row, index.column(), true);
    case LocationIdRole: return QVariant::fromValue(row.id);
    case Qt::TextAlignmentRole:
        if (index.column() >= CapacityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == OccupancyColumn && row.capacity > 0)
            return tr("%1 of %2 places taken").arg(row.crates()).arg(row.capacity);
        if (!row.id.isValid())
            return tr("Crates with no storage location");
        return QVariant();
    default: return QVariant();
    }
}

QVariant StorageOccupancyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case CodeColumn: return tr("Location");
    case DescriptionColumn: return tr("Description");
    case CapacityColumn: return tr("Capacity");
    case CratesColumn: return tr("Crates");
    case ActiveColumn: return tr("Active");
    case WithdrawnColumn: return tr("Withdrawn");
    case ArchivedColumn: return tr("Archived");
    case OccupancyColumn: return tr("Occupancy");
    case FreeColumn: return tr("Free");
    case ColumnCount: break;
    }
    return QVariant();
}

}  // namespace Dms
