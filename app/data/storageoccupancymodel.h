// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include "core/entityid.h"

namespace Dms {

class EntityTableModel;

// The Storage view's table: one row per storage location (the "storage" query the console
// already observes) with how many of the unit's crates (the "crates" query) lie there by
// status, its capacity, occupancy and free places; a last row counts crates with no
// location. Crates that are destroyed occupy nothing. Recomputed when either table
// changes (coalesced to once per event-loop turn); rows keep their place when only
// figures change, so a view's selection and sort survive live updates.
class StorageOccupancyModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, DescriptionColumn, CapacityColumn, CratesColumn, ActiveColumn,
                  WithdrawnColumn, ArchivedColumn, OccupancyColumn, FreeColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1, LocationIdRole };

    StorageOccupancyModel(const EntityTableModel *storage, const EntityTableModel *crates,
                          QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Totals over every location: crates placed, capacity.
    int totalCrates() const;
    int totalCapacity() const;
    void recompute();  // at once (tests; the model schedules it itself)

Q_SIGNALS:
    void recomputed();

private:
    struct Row
    {
        EntityId id;  // null: the "no location" row
        QString code;
        QString description;
        int capacity = -1;  // -1: unknown
        int active = 0;
        int withdrawn = 0;
        int archived = 0;
        int other = 0;
        int crates() const { return active + withdrawn + archived + other; }
    };
    void schedule();
    QVariant value(const Row &row, int column, bool forSort) const;

    QPointer<const EntityTableModel> m_storage;
    QPointer<const EntityTableModel> m_crates;
    QList<Row> m_rows;
    QTimer m_coalesce;
};

}  // namespace Dms
