// SimUserTableModel: rows from a report, sortable raw values, problem flags; checked by
// QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
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
};

QTEST_GUILESS_MAIN(tst_SimUserTableModel)
#include "tst_simusertablemodel.moc"
