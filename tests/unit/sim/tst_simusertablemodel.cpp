// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// SimUserTableModel: rows from a report, sortable raw values, problem flags; checked by
// QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include "sim/simusertablemodel.h"

using namespace Dms;

class tst_SimUserTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void report_rowsAndColumns()
    {
        SimUserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SimReport report;
        for (int i = 0; i < 3; ++i) {
            SimUserStats s;
            s.username = QStringLiteral("u1_user%1").arg(i);
            s.unitId = 1;
            s.role = QStringLiteral("requester");
            s.state = QStringLiteral("live");
            s.expected = 10;
            s.received = 10 - i;
            s.missing = i;
            s.latencyCount = 2;
            s.latencySumMs = 30 + i;
            s.maxLatencyMs = 20 + i;
            s.lastLatencyMs = 11;
            report.userStats.append(s);
        }
        report.userStats[2].error = QStringLiteral("sign-in failed");
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setReport(report);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(SimUserTableModel::ColumnCount));
        QCOMPARE(model.headerData(SimUserTableModel::MissingColumn, Qt::Horizontal).toString(), QStringLiteral("Missing"));
        QCOMPARE(model.index(1, SimUserTableModel::UserColumn).data().toString(), QStringLiteral("u1_user1"));
        QCOMPARE(model.index(2, SimUserTableModel::MissingColumn).data().toLongLong(), qint64(2));
        QCOMPARE(model.index(1, SimUserTableModel::MeanLatencyColumn).data().toString(), QStringLiteral("15.5"));
        QCOMPARE(model.index(1, SimUserTableModel::MeanLatencyColumn).data(SimUserTableModel::SortRole).toDouble(), 15.5);
        QCOMPARE(model.index(0, 0).data(SimUserTableModel::ProblemRole).toBool(),
                 false);
        QCOMPARE(model.index(2, 0).data(SimUserTableModel::ProblemRole).toBool(), true);
        QCOMPARE(model.index(2, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("sign-in failed"));

        // Same size: values change in place, no reset.
        report.userStats[0].missing = 5;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setReport(report);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, SimUserTableModel::MissingColumn).data().toLongLong(), qint64(5));
    }

    // Units of any id type sort naturally (numbers by value, then text ids) through the
    // panel's proxy, which sorts by SortRole.
    void unitColumn_mixedIds_sortNaturally()
    {
        SimUserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<EntityId> units{10,
                                    EntityId::fromString(QStringLiteral("b7e1c2d3-0000-4000-8000-000000000002")),
                                    9,
                                    EntityId::fromString(QStringLiteral("a7e1c2d3-0000-4000-8000-000000000001")),
                                    2};
        SimReport report;
        for (int i = 0; i < units.size(); ++i) {
            SimUserStats s;
            s.username = QStringLiteral("user%1").arg(i);
            s.unitId = units.at(i);
            report.userStats.append(s);
        }
        model.setReport(report);
        QCOMPARE(model.index(1, SimUserTableModel::UnitColumn).data().toString(),
                 QStringLiteral("b7e1c2d3-0000-4000-8000-000000000002"));
        QCOMPARE(model.index(0, SimUserTableModel::UnitColumn).data().toString(), QStringLiteral("10"));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SimUserTableModel::SortRole);
        proxy.sort(SimUserTableModel::UnitColumn, Qt::AscendingOrder);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.append(proxy.index(row, SimUserTableModel::UnitColumn).data().toString());
        QCOMPARE(shown, (QStringList{QStringLiteral("2"), QStringLiteral("9"), QStringLiteral("10"),
                                     QStringLiteral("a7e1c2d3-0000-4000-8000-000000000001"),
                                     QStringLiteral("b7e1c2d3-0000-4000-8000-000000000002")}));
        proxy.sort(SimUserTableModel::UnitColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, SimUserTableModel::UnitColumn).data().toString(),
                 QStringLiteral("b7e1c2d3-0000-4000-8000-000000000002"));
        QCOMPARE(proxy.index(4, SimUserTableModel::UnitColumn).data().toString(), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(tst_SimUserTableModel)
#include "tst_simusertablemodel.moc"
