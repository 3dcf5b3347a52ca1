// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

namespace Dms {

// Sorting and filtering for a live table: a search box over every column, a filter per
// column, exact matches per column (drop-downs), and a set of statuses
// (EntityTableModel::StatusRole). Matching is case-insensitive "contains" on the shown
// text; a column filter starting with '=' must match the whole text. Sorts by EntityTableModel::SortRole (dates as
// dates, numbers as numbers) and re-sorts/re-filters as rows change.
// Its tooltip says who changed a row, when, and what (ChangeSummaryRole of a
// PausableTableModel underneath, when there is one).
class LiveFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LiveFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setColumnFilter(int column, const QString &text);  // empty clears
    QString columnFilter(int column) const { return m_columnFilters.value(column); }
    // Exact (case-insensitive) match of a column's shown text; empty clears. Kept apart
    // from the column filters so a drop-down and a filter box can both narrow a column.
    void setExactFilter(int column, const QString &value);
    QString exactFilter(int column) const { return m_exactFilters.value(column); }
    void clearFilters();
    void setStatusFilter(const QSet<QString> &statuses);    // empty: every status
    QSet<QString> statusFilter() const { return m_statuses; }
    // Only the rows with these ids (EntityTableModel::IdRole as text; a Dashboard figure's
    // rows); empty: every row.
    void setIdFilter(const QSet<QString> &ids);
    QSet<QString> idFilter() const { return m_ids; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QHash<int, QString> m_columnFilters;
    QHash<int, QString> m_exactFilters;
    QSet<QString> m_statuses;
    QSet<QString> m_ids;
};

}  // namespace Dms
