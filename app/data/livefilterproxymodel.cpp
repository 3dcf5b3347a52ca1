// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "data/livefilterproxymodel.h"

#include "data/entitytablemodel.h"
#include "data/pausabletablemodel.h"

#include <QDateTime>

namespace Dms {

LiveFilterProxyModel::LiveFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EntityTableModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void LiveFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void LiveFilterProxyModel::setColumnFilter(int column, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_columnFilters.value(column))
        return;
    if (trimmed.isEmpty())
        m_columnFilters.remove(column);
    else
        m_columnFilters.insert(column, trimmed);
    invalidateRowsFilter();
}

void LiveFilterProxyModel::setExactFilter(int column, const QString &value)
{
    if (value == m_exactFilters.value(column))
        return;
    if (value.isEmpty())
        m_exactFilters.remove(column);
    else
        m_exactFilters.insert(column, value);
    invalidateRowsFilter();
}

void LiveFilterProxyModel::clearFilters()
{
    m_search.clear();
    m_columnFilters.clear();
    m_exactFilters.clear();
    m_statuses.clear();
    m_ids.clear();
    invalidateRowsFilter();
}

void LiveFilterProxyModel::setStatusFilter(const QSet<QString> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateRowsFilter();
}

void LiveFilterProxyModel::setIdFilter(const QSet<QString> &ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    invalidateRowsFilter();
}

bool LiveFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    if (!m_ids.isEmpty() &&
        !m_ids.contains(source->index(sourceRow, 0, sourceParent).data(EntityTableModel::IdRole).toString()))
        return false;
    if (!m_statuses.isEmpty()) {
        const QString status =
            source->index(sourceRow, 0, sourceParent).data(EntityTableModel::StatusRole).toString();
        if (!m_statuses.contains(status))
            return false;
    }
    const int columns = source->columnCount(sourceParent);
    for (auto it = m_exactFilters.cbegin(); it != m_exactFilters.cend(); ++it) {
        if (it.key() >= columns)
            continue;
        const QString text = source->index(sourceRow, it.key(), sourceParent).data().toString();
        if (text.compare(it.value(), Qt::CaseInsensitive) != 0)
            return false;
    }
    for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it) {
        if (it.key() >= columns)
            continue;
        const QString text = source->index(sourceRow, it.key(), sourceParent).data().toString();
        const QString &filter = it.value();
        if (filter.startsWith(QLatin1Char('=')) && filter.size() > 1) {
            if (text.compare(QStringView(filter).mid(1), Qt::CaseInsensitive) != 0)
                return false;
        } else if (!text.contains(filter, Qt::CaseInsensitive)) {
            return false;
        }
    }
    if (m_search.isEmpty())
        return true;
    for (int c = 0; c < source->columnCount(sourceParent); ++c) {
        if (source->index(sourceRow, c, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QVariant LiveFilterProxyModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::ToolTipRole)
        return QSortFilterProxyModel::data(index, role);
    const qint64 changed = QSortFilterProxyModel::data(index, EntityTableModel::ChangedAtRole).toLongLong();
    const qint64 removed = QSortFilterProxyModel::data(index, PausableTableModel::RemovedAtRole).toLongLong();
    if (changed <= 0 && removed <= 0)
        return QSortFilterProxyModel::data(index, role);  // nothing to tell: the model's own tooltip
    const QString text = QSortFilterProxyModel::data(index, Qt::DisplayRole).toString();
    const qint64 changedAt = QSortFilterProxyModel::data(index, EntityTableModel::ChangedAtRole).toLongLong();
    const qint64 removedAt =
        QSortFilterProxyModel::data(index, PausableTableModel::RemovedAtRole).toLongLong();
    const QStringList changes =
        QSortFilterProxyModel::data(index, PausableTableModel::ChangeSummaryRole).toStringList();
    QStringList lines;
    if (!text.isEmpty())
        lines << text;
    if (removedAt > 0) {
        lines << tr("Removed at %1")
                     .arg(QDateTime::fromMSecsSinceEpoch(removedAt).toString(QStringLiteral("HH:mm:ss")));
    } else if (changedAt > 0) {
        const QString who = QSortFilterProxyModel::data(index, EntityTableModel::ChangedByRole).toString();
        const QString when = QDateTime::fromMSecsSinceEpoch(changedAt).toString(QStringLiteral("HH:mm:ss"));
        lines << (who.isEmpty() ? tr("Changed at %1").arg(when) : tr("Changed by %1 at %2").arg(who, when));
        lines += changes;
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace Dms
