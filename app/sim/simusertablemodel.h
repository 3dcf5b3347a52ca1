// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include "sim/simreport.h"

namespace Dms {

class Simulator;

// The per-user table of a simulation (the panel sorts it to find the worst user): one
// row per virtual user with its state, receipts, misses, leaks and latencies. Follows a
// running Simulator (refreshed at most once a second) or shows a finished report.
class SimUserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UserColumn,
        UnitColumn,
        RoleColumn,
        StateColumn,
        ExpectedColumn,
        ReceivedColumn,
        MissingColumn,
        LeaksColumn,
        DuplicatesColumn,
        OutOfOrderColumn,
        LastLatencyColumn,
        MeanLatencyColumn,
        MaxLatencyColumn,
        ReconnectsColumn,
        RefetchesColumn,
        LostUpdatesColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = Qt::UserRole + 1,  // the raw number (or text) for sorting; the unit: a key
                                      // in natural id order (numbers by value, then text ids)
        ProblemRole,                   // bool: missing, leaks, duplicates or lost updates > 0
    };

    explicit SimUserTableModel(QObject *parent = nullptr);

    // Follows the simulator (nullptr: stop following; the rows stay).
    void setSimulator(Simulator *simulator);
    // Shows the users of a report (a finished or loaded run).
    void setReport(const SimReport &report);
    const SimUserStats &statsAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refresh();
    void setRows(const QList<SimUserStats> &rows);

    QPointer<Simulator> m_simulator;
    QList<SimUserStats> m_rows;
};

}  // namespace Dms
