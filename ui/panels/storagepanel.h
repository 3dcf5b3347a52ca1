// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace Dms {

class EntityTableModel;
class MessageBar;
class StorageOccupancyModel;

// The Storage tab: the unit's storage locations with their occupancy (crates by status,
// capacity, share taken, free places) and, below, the crates of the selected location.
// Built from the storage and crate tables the console already keeps live (no fetch of
// its own). Both tables search, sort and export what they show as CSV or XLSX.
class StoragePanel final : public QWidget
{
    Q_OBJECT
public:
    StoragePanel(const EntityTableModel *storage, EntityTableModel *crates, QWidget *parent = nullptr);

    StorageOccupancyModel *occupancy() const { return m_occupancy; }
    QTableView *locationsView() const { return m_locations; }
    QTableView *cratesView() const { return m_cratesView; }
    QLineEdit *searchEdit() const { return m_search; }
    MessageBar *messageBar() const { return m_messages; }

    bool exportLocations(const QString &path);  // CSV, or XLSX for a path ending in .xlsx
    bool exportCrates(const QString &path);

private:
    void updateSummary();
    void showCratesOfCurrent();
    bool exportView(QTableView *view, const QString &path, const QString &noun);

    StorageOccupancyModel *m_occupancy;
    QSortFilterProxyModel *m_locationsProxy;
    QSortFilterProxyModel *m_cratesProxy;
    QTableView *m_locations;
    QTableView *m_cratesView;
    QLineEdit *m_search;
    QLabel *m_summary;
    QLabel *m_cratesTitle;
    MessageBar *m_messages;
};

}  // namespace Dms
