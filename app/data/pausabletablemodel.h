// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "data/entitytablemodel.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Dms {

class Clock;

// What a view shows of a live table (an EntityTableModel, or any model whose rows are in
// ascending EntityTableModel::IdRole order): a copy that follows the source change by
// change while running and stands still while paused.
//
// - Paused, the session stays live and the source keeps changing; this model counts the
//   distinct rows changed, added or removed meanwhile (pendingChanges: "12 changes
//   waiting") and applies them as one diff on resume, flashing the rows that changed.
// - A row removed upstream stays for fadeOutMs with RemovedAtRole set (the view fades it),
//   then goes.
// - For every changed row it remembers what changed ("Status: Pending → Approved"), merged
//   over changeMemoryMs so an event's patch and its confirming refetch read as one change.
// Never a model reset once rows are shown: inserts, removals and dataChanged only, so the
// view keeps selection and scroll.
class PausableTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RemovedAtRole = EntityTableModel::SortRole + 16,  // qint64 wall ms; 0: not removed
        ChangeSummaryRole,  // QStringList: "Column: old → new" of the last change
        PendingRole,        // bool: changed upstream while paused (only while paused)
    };
    Q_ENUM(Role)

    PausableTableModel(QAbstractItemModel *source, const Clock *clock, QObject *parent = nullptr);
    ~PausableTableModel() override;

    QAbstractItemModel *sourceModel() const { return m_source; }

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    int pendingChanges() const { return int(m_pendingIds.size()); }

    // Whether a merge an EntityTableModel source signals is taken from what the source read
    // (default) or read back from it as any change is; the tests compare the two.
    void setMergeFastPath(bool on) { m_mergeFastPath = on; }

    void setFadeOutMs(int ms) { m_fadeOutMs = qMax(0, ms); }  // default 1500
    int fadeOutMs() const { return m_fadeOutMs; }
    void setChangeMemoryMs(qint64 ms) { m_changeMemoryMs = ms; }  // default 10000

    int rowOfId(EntityId id) const;  // -1 when absent (removed rows fading out count)
    EntityId idAt(int row) const;
    bool isRemoved(int row) const;
    // Rows not fading out, by status (StatusRole).
    QMap<QString, int> statusCounts() const { return m_statusCounts; }
    int liveRowCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void pausedChanged(bool paused);
    void pendingChangesChanged(int count);
    void statusCountsChanged(const QMap<QString, int> &counts);
    // Rows changed or added by a source change (not by the first load): the view flashes.
    void rowsChangedLive(const QList<EntityId> &ids);

private:
    struct Cell
    {
        QVariant display;
        QVariant sort;
        QVariant alignment;
    };
    struct Row
    {
        EntityId id = 0;
        QList<Cell> cells;
        QString status;
        QVariant json;
        qint64 sourceChangedAt = 0;
        QString changedBy;
        qint64 localChangedAt = 0;  // set on resume for rows that changed while paused
        qint64 removedAt = 0;       // wall ms
        qint64 purgeAtMono = 0;     // monotonic ms when it goes
        QMap<int, QPair<QString, QString>> changes;  // column → (before, after)
        qint64 changesSince = 0;
    };

    Row readSource(int sourceRow) const;
    // The row's own roles (status, JSON, changed at, changed by), typed from an
    // EntityTableModel source, through data() from any other.
    void readRowRoles(int sourceRow, Row *row) const;
    // shown, with the source's row roles and its cells of columns first..last read again.
    Row readSourceColumns(int sourceRow, const Row &shown, int first, int last) const;
    EntityId sourceId(int sourceRow) const;
    // Copies fresh values into row, recording what changed; returns true when anything did.
    // Cells outside firstCell..lastCell are not compared (fresh has them from row).
    bool refresh(Row &row, const Row &fresh, bool markLocal, int firstCell = 0, int lastCell = INT_MAX);
    // refresh from a merge the source signals (m_entitySource->signalledMerge()) into a row
    // showing merge.previous: the cells firstCell..lastCell and the row's roles.
    bool refreshMerged(Row &row, const EntityTableModel::MergedRow &merge, int firstCell, int lastCell);
    // refresh's parts: one cell, the row's roles, the end (a removal undone, markLocal).
    bool refreshCell(Row &row, int c, const Cell &next, qint64 now);
    static bool refreshRoles(Row &row, const QString &status, const QVariant &json, const QString &changedBy,
                             qint64 sourceChangedAt);
    bool finishRefresh(Row &row, bool changed, bool markLocal, qint64 now);
    static bool showsJson(const Row &row, const QJsonObject &json);
    int lowerBound(EntityId id) const;
    void fullSync(bool markLocal);
    void markRemoved(int row);
    void purgeRemoved();
    void armPurge();
    void updateStatusCounts();  // counts every row again
    // What a row adds to the status counts (delta +1) or takes away (-1).
    void countStatus(const Row &row, int delta);
    void emitCountsIfChanged(const QMap<QString, int> &before);
    void notePending(EntityId id);

    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onStructureChanged();
    void onHeaderDataChanged(Qt::Orientation orientation, int first, int last);

    QPointer<QAbstractItemModel> m_source;
    QPointer<EntityTableModel> m_entitySource;  // m_source when it is one: ids read without a QVariant
    const Clock *m_clock;
    QList<Row> m_rows;  // ascending id
    int m_columns = 0;
    bool m_paused = false;
    bool m_needsSync = false;
    bool m_mergeFastPath = true;
    QSet<EntityId> m_pendingIds;
    QList<EntityId> m_removing;  // ids between rowsAboutToBeRemoved and rowsRemoved
    QMap<QString, int> m_statusCounts;
    int m_fadeOutMs = 1500;
    qint64 m_changeMemoryMs = 10'000;
    QTimer m_purgeTimer;
    QElapsedTimer m_mono;
};

}  // namespace Dms
