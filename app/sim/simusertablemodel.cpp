// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/simusertablemodel.h"

#include "sim/simulator.h"

namespace Dms {

namespace {

QVariant latencyText(qint64 ms)
{
    return ms < 0 ? QVariant(QString()) : QVariant(QString::number(ms));
}

// Text that sorts in EntityId's natural order (numbers by value, then text ids) under the
// plain string comparison QSortFilterProxyModel applies to it (Qt 6.4 compares a QVariant
// of a custom type by its text, where "10" < "2").
QString naturalSortKey(const EntityId &id)
{
    if (id.isNull())
        return QString();
    if (id.isNumber())
        return QStringLiteral("0%1").arg(id.toNumber(), 19, 10, QLatin1Char('0'));
    return QLatin1Char('1') + id.toString();
}

}  // namespace

SimUserTableModel::SimUserTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SimUserTableModel::setSimulator(Simulator *simulator)
{
    if (m_simulator)
        disconnect(m_simulator, nullptr, this, nullptr);
    m_simulator = simulator;
    if (!simulator)
        return;
    connect(simulator, &Simulator::usersUpdated, this, &SimUserTableModel::refresh);
    connect(simulator, &Simulator::finished, this, [this](const SimReport &report) { setReport(report); });
    refresh();
}

void SimUserTableModel::setReport(const SimReport &report)
{
    setRows(report.userStats);
}

void SimUserTableModel::refresh()
{
    if (!m_simulator)
        return;
    QList<SimUserStats> rows;
    rows.reserve(m_simulator->userCount());
    for (int i = 0; i < m_simulator->userCount(); ++i)
        rows.append(m_simulator->userStats(i));
    setRows(rows);
}

void SimUserTableModel::setRows(const QList<SimUserStats> &rows)
{
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int SimUserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SimUserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SimUserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const SimUserStats &s = m_rows.at(index.row());
    if (role == ProblemRole)
        return s.missing > 0 || s.leaks > 0 || s.duplicates > 0 || s.orderViolations > 0 ||
               s.lostUpdates > 0 ||
               s.state == QLatin1String("failed");
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ExpectedColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    if (role == Qt::ToolTipRole)
        return s.error.isEmpty() ? QVariant() : QVariant(s.error);
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
        case UserColumn: return s.username;
        case UnitColumn: return sort ? naturalSortKey(s.unitId) : s.unitId.toString();
        case RoleColumn: return s.role;
        case StateColumn: return s.state;
        case ExpectedColumn: return s.expected;
        case ReceivedColumn: return s.received;
        case MissingColumn: return s.missing;
        case LeaksColumn: return s.leaks;
        case DuplicatesColumn: return s.duplicates;
        case OutOfOrderColumn: return s.orderViolations;
        case LastLatencyColumn: return sort ? QVariant(s.lastLatencyMs) : latencyText(s.lastLatencyMs);
        case MeanLatencyColumn:
            return sort ? QVariant(s.meanLatencyMs())
                        : (s.latencyCount ? QVariant(QString::number(s.meanLatencyMs(), 'f', 1))
                                          : QVariant(QString()));
        case MaxLatencyColumn: return sort ? QVariant(s.maxLatencyMs) : latencyText(s.maxLatencyMs);
        case ReconnectsColumn: return s.reconnects;
        case RefetchesColumn: return s.refetches;
        case LostUpdatesColumn: return s.lostUpdates;
        case ColumnCount: break;
    }
    return QVariant();
}

QVariant SimUserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
        case UserColumn: return tr("User");
        case UnitColumn: return tr("Unit");
        case RoleColumn: return tr("Role");
        case StateColumn: return tr("State");
        case ExpectedColumn: return tr("Expected");
        case ReceivedColumn: return tr("Received");
        case MissingColumn: return tr("Missing");
        case LeaksColumn: return tr("Leaks");
        case DuplicatesColumn: return tr("Duplicates");
        case OutOfOrderColumn: return tr("Out of order");
        case LastLatencyColumn: return tr("Last ms");
        case MeanLatencyColumn: return tr("Mean ms");
        case MaxLatencyColumn: return tr("Max ms");
        case ReconnectsColumn: return tr("Reconnects");
        case RefetchesColumn: return tr("Refetches");
        case LostUpdatesColumn: return tr("Lost updates");
        case ColumnCount: break;
    }
    return QVariant();
}

}  // namespace Dms
