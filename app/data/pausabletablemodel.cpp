// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "data/pausabletablemodel.h"

#include "core/clock.h"

#include <QVarLengthArray>

#include <algorithm>

namespace Dms {

using ER = EntityTableModel;

PausableTableModel::PausableTableModel(QAbstractItemModel *source, const Clock *clock,
                                       QObject *parent)
    : QAbstractTableModel(parent), m_source(source), m_entitySource(qobject_cast<EntityTableModel *>(source)),
      m_clock(clock)
{
    Q_ASSERT(source);
    Q_ASSERT(clock);
    m_mono.start();
    m_purgeTimer.setSingleShot(true);
    connect(&m_purgeTimer, &QTimer::timeout, this, &PausableTableModel::purgeRemoved);

    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &PausableTableModel::onRowsAboutToBeRemoved);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &PausableTableModel::onRowsRemoved);
    connect(source, &QAbstractItemModel::rowsInserted, this, &PausableTableModel::onRowsInserted);
    connect(source, &QAbstractItemModel::dataChanged, this, &PausableTableModel::onDataChanged);
    connect(source, &QAbstractItemModel::modelReset, this, &PausableTableModel::onStructureChanged);
    connect(source, &QAbstractItemModel::layoutChanged, this, &PausableTableModel::onStructureChanged);
    connect(source, &QAbstractItemModel::rowsMoved, this, &PausableTableModel::onStructureChanged);
    connect(source, &QAbstractItemModel::columnsInserted, this, &PausableTableModel::onStructureChanged);
    connect(source, &QAbstractItemModel::columnsRemoved, this, &PausableTableModel::onStructureChanged);
    connect(source, &QAbstractItemModel::headerDataChanged, this,
            &PausableTableModel::onHeaderDataChanged);

    m_columns = source->columnCount();
    fullSync(false);
}

PausableTableModel::~PausableTableModel() = default;

// ---- reading the source -------------------------------------------------------------

EntityId PausableTableModel::sourceId(int sourceRow) const
{
    if (m_entitySource)
        return m_entitySource->idAt(sourceRow);
    return m_source->index(sourceRow, 0).data(ER::IdRole).value<EntityId>();
}

void PausableTableModel::readRowRoles(int sourceRow, Row *row) const
{
    if (m_entitySource) {
        EntityTableModel::RowRoles roles = m_entitySource->rowRoles(sourceRow);
        row->status = std::move(roles.status);
        row->json = QVariant(roles.json);
        row->sourceChangedAt = roles.changedAtMs;
        row->changedBy = std::move(roles.changedBy);
        return;
    }
    const QModelIndex first = m_source->index(sourceRow, 0);
    row->status = first.data(ER::StatusRole).toString();
    row->json = first.data(ER::RowJsonRole);
    row->sourceChangedAt = first.data(ER::ChangedAtRole).toLongLong();
    row->changedBy = first.data(ER::ChangedByRole).toString();
}

PausableTableModel::Row PausableTableModel::readSource(int sourceRow) const
{
    Row row;
    const QModelIndex first = m_source->index(sourceRow, 0);
    row.id = first.data(ER::IdRole).value<EntityId>();
    readRowRoles(sourceRow, &row);
    row.cells.reserve(m_columns);
    for (int c = 0; c < m_columns; ++c) {
        const QModelIndex index = m_source->index(sourceRow, c);
        row.cells.append(Cell{index.data(Qt::DisplayRole), index.data(ER::SortRole),
                              index.data(Qt::TextAlignmentRole)});
    }
    return row;
}

PausableTableModel::Row PausableTableModel::readSourceColumns(int sourceRow, const Row &shown, int first,
                                                              int last) const
{
    Row row = shown;
    readRowRoles(sourceRow, &row);
    for (int c = first; c <= last && c < row.cells.size(); ++c) {
        const QModelIndex index = m_source->index(sourceRow, c);
        row.cells[c] = Cell{index.data(Qt::DisplayRole), index.data(ER::SortRole), index.data(Qt::TextAlignmentRole)};
    }
    return row;
}

bool PausableTableModel::refreshCell(Row &row, int c, const Cell &next, qint64 now)
{
    Cell &cell = row.cells[c];
    const bool displayDiffers = cell.display != next.display;
    if (displayDiffers) {
        if (row.changesSince == 0 || now - row.changesSince > m_changeMemoryMs) {
            row.changes.clear();
            row.changesSince = now;
        }
        const QString before = cell.display.toString();
        const QString after = next.display.toString();
        auto it = row.changes.find(c);
        if (it == row.changes.end())
            row.changes.insert(c, {before, after});
        else if (it->first == after)
            row.changes.erase(it);
        else
            it->second = after;
    }
    if (displayDiffers || cell.sort != next.sort || cell.alignment != next.alignment) {
        cell = next;
        return true;
    }
    return false;
}

bool PausableTableModel::refreshRoles(Row &row, const QString &status, const QVariant &json, const QString &changedBy,
                                      qint64 sourceChangedAt)
{
    if (row.status != status || row.json != json || row.changedBy != changedBy
        || row.sourceChangedAt != sourceChangedAt) {
        row.status = status;
        row.json = json;
        row.changedBy = changedBy;
        row.sourceChangedAt = sourceChangedAt;
        return true;
    }
    return false;
}

bool PausableTableModel::refresh(Row &row, const Row &fresh, bool markLocal, int firstCell, int lastCell)
{
    bool changed = false;
    const qint64 now = m_clock->nowMs();
    for (int c = firstCell; c <= lastCell && c < m_columns && c < fresh.cells.size(); ++c)
        changed = refreshCell(row, c, fresh.cells.at(c), now) || changed;
    changed = refreshRoles(row, fresh.status, fresh.json, fresh.changedBy, fresh.sourceChangedAt) || changed;
    return finishRefresh(row, changed, markLocal, now);
}

bool PausableTableModel::refreshMerged(Row &row, const EntityTableModel::MergedRow &merge, int firstCell,
                                       int lastCell)
{
    // What readSourceColumns and refresh do, from what the source read for the merge: the
    // row's roles not touched by a merged field are those shown (it showed merge.previous).
    bool changed = false;
    const qint64 now = m_clock->nowMs();
    const EntityTableModel &source = *m_entitySource;
    for (int c = firstCell; c <= lastCell && c < m_columns && c < row.cells.size(); ++c) {
        const QJsonValue read = c < merge.cellValues.size() ? merge.cellValues.at(c)
                                                             : QJsonValue(QJsonValue::Undefined);
        const QString &field = source.columns().at(c).field;
        // A status cell's value is the merged status, whose text the source has read.
        EntityTableModel::CellRoles roles =
            read.isString() && merge.status.isString() && field == source.statusField()
                ? source.cellRoles(c, read, merge.statusText)
                : source.cellRoles(c, read.isUndefined()
                                          ? EntityTableModel::fieldValue(merge.json, field)
                                          : read);
        changed = refreshCell(row, c, Cell{std::move(roles.display), std::move(roles.sort), std::move(roles.alignment)},
                              now) || changed;
    }
    QString status = !merge.statusMayDiffer ? row.status
                     : !merge.status.isUndefined() ? merge.statusText
                                                   : source.statusOf(merge.json);
    QString changedBy = merge.changedByMayDiffer ? source.changedByOf(merge.json) : row.changedBy;
    changed = refreshRoles(row, status, QVariant(merge.json), changedBy, merge.changedAtMs) || changed;
    return finishRefresh(row, changed, false, now);
}

bool PausableTableModel::finishRefresh(Row &row, bool changed, bool markLocal, qint64 now)
{
    if (row.removedAt != 0) {  // back after a removal (or a removal undone by a refetch)
        row.removedAt = 0;
        row.purgeAtMono = 0;
        changed = true;
    }
    if (changed && markLocal)
        row.localChangedAt = now;
    return changed;
}

bool PausableTableModel::showsJson(const Row &row, const QJsonObject &json)
{
    // The same object as a rule (copied from the source): its pointer is compared first.
    return row.json.metaType() == QMetaType::fromType<QJsonObject>() &&
           *static_cast<const QJsonObject *>(row.json.constData()) == json;
}

// ---- lookup -------------------------------------------------------------------------

int PausableTableModel::lowerBound(EntityId id) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                     [](const Row &row, const EntityId &value) { return row.id < value; });
    return int(it - m_rows.cbegin());
}

int PausableTableModel::rowOfId(EntityId id) const
{
    const int pos = lowerBound(id);
    return pos < m_rows.size() && m_rows.at(pos).id == id ? pos : -1;
}

EntityId PausableTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : EntityId();
}

bool PausableTableModel::isRemoved(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).removedAt != 0;
}

int PausableTableModel::liveRowCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &row) { return row.removedAt == 0; }));
}

// ---- model interface ----------------------------------------------------------------

int PausableTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PausableTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PausableTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const Cell &cell = row.cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell.display;
    case Qt::TextAlignmentRole:
        return cell.alignment;
    case ER::SortRole:
        return cell.sort;
    case ER::StatusRole:
        return row.status;
    case ER::IdRole:
        return QVariant::fromValue(row.id);
    case ER::RowJsonRole:
        return row.json;
    case ER::ChangedAtRole:
        return qMax(row.sourceChangedAt, row.localChangedAt);
    case ER::ChangedByRole:
        return row.changedBy;
    case RemovedAtRole:
        return row.removedAt;
    case ChangeSummaryRole: {
        QStringList lines;
        for (auto it = row.changes.cbegin(); it != row.changes.cend(); ++it) {
            lines << tr("%1: %2 → %3")
                         .arg(headerData(it.key(), Qt::Horizontal).toString(),
                              it->first.isEmpty() ? tr("(empty)") : it->first,
                              it->second.isEmpty() ? tr("(empty)") : it->second);
        }
        return lines;
    }
    case PendingRole:
        return m_paused && m_pendingIds.contains(row.id);
    default:
        return QVariant();
    }
}

QVariant PausableTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_source)
        return m_source->headerData(section, orientation, role);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> PausableTableModel::roleNames() const
{
    QHash<int, QByteArray> names = m_source ? m_source->roleNames() : QAbstractTableModel::roleNames();
    names.insert(RemovedAtRole, QByteArrayLiteral("removedAt"));
    names.insert(ChangeSummaryRole, QByteArrayLiteral("changeSummary"));
    names.insert(PendingRole, QByteArrayLiteral("pending"));
    return names;
}

// ---- pause --------------------------------------------------------------------------

void PausableTableModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused) {
        const bool hadPending = !m_pendingIds.isEmpty();
        m_pendingIds.clear();
        m_needsSync = false;
        fullSync(true);
        if (hadPending)
            Q_EMIT pendingChangesChanged(0);
    }
    Q_EMIT pausedChanged(m_paused);
}

void PausableTableModel::notePending(EntityId id)
{
    if (m_pendingIds.contains(id))
        return;
    m_pendingIds.insert(id);
    const int row = rowOfId(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, m_columns - 1), {PendingRole});
    Q_EMIT pendingChangesChanged(int(m_pendingIds.size()));
}

// ---- following the source -----------------------------------------------------------

void PausableTableModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    m_removing.clear();
    if (parent.isValid())
        return;
    for (int r = first; r <= last; ++r)
        m_removing.append(sourceId(r));
}

void PausableTableModel::onRowsRemoved()
{
    const QList<EntityId> ids = std::exchange(m_removing, {});
    if (m_paused) {
        for (const EntityId &id : ids)
            notePending(id);
        return;
    }
    const QMap<QString, int> countsBefore = m_statusCounts;
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        const int row = rowOfId(*it);
        if (row >= 0 && m_rows.at(row).removedAt == 0) {
            countStatus(m_rows.at(row), -1);
            markRemoved(row);
        }
    }
    emitCountsIfChanged(countsBefore);
}

void PausableTableModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_paused) {
        for (int r = first; r <= last; ++r)
            notePending(sourceId(r));
        return;
    }
    QList<EntityId> changedIds;
    const QMap<QString, int> countsBefore = m_statusCounts;
    int s = first;
    while (s <= last) {
        Row fresh = readSource(s);
        const int pos = lowerBound(fresh.id);
        if (pos < m_rows.size() && m_rows.at(pos).id == fresh.id) {
            countStatus(m_rows.at(pos), -1);
            const bool changed = refresh(m_rows[pos], fresh, false);
            countStatus(m_rows.at(pos), +1);
            if (changed) {
                Q_EMIT dataChanged(index(pos, 0), index(pos, m_columns - 1));
                changedIds << fresh.id;
            }
            ++s;
            continue;
        }
        QList<Row> run{fresh};
        ++s;
        while (s <= last) {
            const EntityId nextId = sourceId(s);
            if (nextId <= run.constLast().id || (pos < m_rows.size() && nextId >= m_rows.at(pos).id))
                break;
            run.append(readSource(s));
            ++s;
        }
        beginInsertRows(QModelIndex(), pos, pos + int(run.size()) - 1);
        for (qsizetype n = 0; n < run.size(); ++n) {
            m_rows.insert(pos + n, run.at(n));
            countStatus(run.at(n), +1);
        }
        endInsertRows();
        for (const Row &row : std::as_const(run)) {
            if (row.sourceChangedAt > 0)
                changedIds << row.id;
        }
    }
    emitCountsIfChanged(countsBefore);
    if (!changedIds.isEmpty())
        Q_EMIT rowsChangedLive(changedIds);
}

void PausableTableModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    if (m_paused) {
        for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
            notePending(sourceId(r));
        return;
    }
    QList<EntityId> changedIds;
    bool lost = false;
    // The counts' net change by status: they differ from before exactly when one is not 0
    // (no copy of the counts to compare them with).
    QVarLengthArray<std::pair<QString, int>, 4> countChanges;
    const auto noteCount = [&](const Row &row, int delta) {
        if (row.removedAt != 0 || row.status.isEmpty())
            return;
        countStatus(row, delta);
        for (auto &[status, net] : countChanges) {
            if (status == row.status) {
                net += delta;
                return;
            }
        }
        countChanges.append({row.status, delta});
    };
    // Only the signalled columns are read again (a status change: one cell, not the row's
    // dates, whose local-time formatting costs more than the rest of the patch); the row's
    // own roles always.
    const int firstColumn = qMax(0, topLeft.column());
    const int lastColumn = qMin(m_columns - 1, bottomRight.column());
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        // Mostly at the source's row (no row fading out before it): checked before searching.
        const EntityId id = sourceId(r);
        const int pos = r < m_rows.size() && m_rows.at(r).id == id ? r : rowOfId(id);
        if (pos < 0) {
            lost = true;  // not in step with the source: resync below
            continue;
        }
        // A merge the source tells (EntityTableModel::signalledMerge) into the row as shown
        // here: taken from what the source read, not read back.
        const EntityTableModel::MergedRow *merge = m_entitySource ? m_entitySource->signalledMerge() : nullptr;
        const bool fromMerge = merge && merge->row == r && m_mergeFastPath &&
                               m_columns == m_entitySource->columnCount() && showsJson(m_rows.at(pos), merge->previous);
        noteCount(m_rows.at(pos), -1);
        bool changed;
        if (fromMerge) {
            changed = refreshMerged(m_rows[pos], *merge, firstColumn, lastColumn);
        } else {
            const Row fresh = readSourceColumns(r, m_rows.at(pos), firstColumn, lastColumn);
            changed = refresh(m_rows[pos], fresh, false, firstColumn, lastColumn);
        }
        noteCount(m_rows.at(pos), +1);
        if (changed) {
            Q_EMIT dataChanged(index(pos, 0), index(pos, m_columns - 1));
            changedIds << m_rows.at(pos).id;
        }
    }
    if (lost) {
        fullSync(false);  // counts every row again
    } else if (std::any_of(countChanges.cbegin(), countChanges.cend(), [](const auto &c) { return c.second != 0; })) {
        Q_EMIT statusCountsChanged(m_statusCounts);
    }
    if (!changedIds.isEmpty())
        Q_EMIT rowsChangedLive(changedIds);
}

void PausableTableModel::onStructureChanged()
{
    if (m_paused) {
        m_needsSync = true;
        return;
    }
    fullSync(false);
}

void PausableTableModel::onHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal)
        Q_EMIT headerDataChanged(orientation, first, last);
}

void PausableTableModel::fullSync(bool markLocal)
{
    if (!m_source)
        return;
    const int sourceRows = m_source->rowCount();
    if (m_source->columnCount() != m_columns) {
        // Another table altogether: the one time a reset is right.
        beginResetModel();
        m_columns = m_source->columnCount();
        m_rows.clear();
        for (int r = 0; r < sourceRows; ++r)
            m_rows.append(readSource(r));
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const Row &a, const Row &b) { return a.id < b.id; });
        endResetModel();
        updateStatusCounts();
        return;
    }

    QList<Row> fresh;
    fresh.reserve(sourceRows);
    for (int r = 0; r < sourceRows; ++r)
        fresh.append(readSource(r));
    std::stable_sort(fresh.begin(), fresh.end(), [](const Row &a, const Row &b) { return a.id < b.id; });
    const auto inFresh = [&fresh](EntityId id) {
        const auto it = std::lower_bound(fresh.cbegin(), fresh.cend(), id,
                                         [](const Row &row, const EntityId &v) { return row.id < v; });
        return it != fresh.cend() && it->id == id;
    };

    // 1. Rows gone upstream fade out (or go at once without a fade).
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        if (m_rows.at(r).removedAt == 0 && !inFresh(m_rows.at(r).id))
            markRemoved(r);
    }

    // 2. Changes and inserts, both lists in id order.
    QList<EntityId> changedIds;
    const qint64 now = m_clock->nowMs();
    qsizetype i = 0;
    qsizetype j = 0;
    while (j < fresh.size()) {
        if (i < m_rows.size() && m_rows.at(i).id < fresh.at(j).id) {
            ++i;  // removed upstream (fading out)
            continue;
        }
        if (i < m_rows.size() && m_rows.at(i).id == fresh.at(j).id) {
            if (refresh(m_rows[i], fresh.at(j), markLocal)) {
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), m_columns - 1));
                changedIds << fresh.at(j).id;
            }
            ++i;
            ++j;
            continue;
        }
        qsizetype k = j;
        while (k < fresh.size() && (i >= m_rows.size() || fresh.at(k).id < m_rows.at(i).id))
            ++k;
        beginInsertRows(QModelIndex(), int(i), int(i + (k - j) - 1));
        for (qsizetype n = j; n < k; ++n) {
            Row row = fresh.at(n);
            if (markLocal)
                row.localChangedAt = now;
            if (markLocal || row.sourceChangedAt > 0)
                changedIds << row.id;
            m_rows.insert(i + (n - j), row);
        }
        endInsertRows();
        i += k - j;
        j = k;
    }
    updateStatusCounts();
    if (!changedIds.isEmpty())
        Q_EMIT rowsChangedLive(changedIds);
}

// ---- fading out ---------------------------------------------------------------------

void PausableTableModel::markRemoved(int row)
{
    if (m_fadeOutMs == 0) {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    Row &r = m_rows[row];
    r.removedAt = m_clock->nowMs();
    r.purgeAtMono = m_mono.elapsed() + m_fadeOutMs;
    Q_EMIT dataChanged(index(row, 0), index(row, m_columns - 1));
    armPurge();
}

void PausableTableModel::purgeRemoved()
{
    const qint64 now = m_mono.elapsed();
    const auto due = [now](const Row &row) { return row.purgeAtMono > 0 && row.purgeAtMono <= now; };
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (!due(m_rows.at(last))) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && due(m_rows.at(first - 1)))
            --first;
        beginRemoveRows(QModelIndex(), first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    armPurge();
}

void PausableTableModel::armPurge()
{
    qint64 earliest = 0;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.purgeAtMono > 0 && (earliest == 0 || row.purgeAtMono < earliest))
            earliest = row.purgeAtMono;
    }
    if (earliest == 0) {
        m_purgeTimer.stop();
        return;
    }
    m_purgeTimer.start(int(qMax<qint64>(0, earliest - m_mono.elapsed())));
}

void PausableTableModel::countStatus(const Row &row, int delta)
{
    if (row.removedAt != 0 || row.status.isEmpty())
        return;
    // One lookup: a count reaching 0 goes, an absent status starts at delta when positive.
    const auto it = m_statusCounts.find(row.status);
    if (it == m_statusCounts.end()) {
        if (delta > 0)
            m_statusCounts.insert(row.status, delta);
    } else if ((*it += delta) <= 0) {
        m_statusCounts.erase(it);
    }
}

void PausableTableModel::emitCountsIfChanged(const QMap<QString, int> &before)
{
    if (m_statusCounts != before)
        Q_EMIT statusCountsChanged(m_statusCounts);
}

void PausableTableModel::updateStatusCounts()
{
    QMap<QString, int> counts;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.removedAt == 0 && !row.status.isEmpty())
            ++counts[row.status];
    }
    if (counts != m_statusCounts) {
        m_statusCounts = counts;
        Q_EMIT statusCountsChanged(m_statusCounts);
    }
}

}  // namespace Dms
