// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "../sync/fakequeryfetcher.h"
#include "core/clock.h"
#include "data/entitytablemodel.h"
#include "data/tablemodels.h"
#include "sync/queryclient.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Dms;

namespace {

const QString kKey = QStringLiteral("crates");

QJsonObject crate(qint64 id, const QString &status, const QString &description = QString())
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("crate_number"), QStringLiteral("C-%1").arg(id)},
            {QStringLiteral("status"), status},
            {QStringLiteral("description"), description},
            {QStringLiteral("updated_at"), QStringLiteral("2024-01-15T10:30:00.000Z")},
            {QStringLiteral("updated_by"), QStringLiteral("alice")}};
}

QJsonArray crates(std::initializer_list<qint64> ids,
                  const QString &status = QStringLiteral("active"))
{
    QJsonArray array;
    for (qint64 id : ids) array.append(crate(id, status));
    return array;
}

QList<ColumnSpec> columnSpecs()
{
    return {
        {QStringLiteral("Number"), QStringLiteral("crate_number"), ColumnSpec::Format::Text},
        {QStringLiteral("Status"), QStringLiteral("status"), ColumnSpec::Format::Status},
        {QStringLiteral("Description"), QStringLiteral("description"), ColumnSpec::Format::Text},
        {QStringLiteral("Updated"), QStringLiteral("updated_at"), ColumnSpec::Format::DateTime}};
}

QList<qint64> modelIds(const EntityTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) ids.append(model.idAt(row).toNumber());
    return ids;
}

}  // namespace

class TestEntityTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void construct_observesKeyWhileAlive();
    void firstLoad_insertsRowsInIdOrder_noReset();
    void refetch_appliesDiff_removesInsertsChangesWithoutReset();
    void refetch_unchanged_noSignals();
    void patchListRow_signalsChangedCellAndStampsRow();
    void rowChanges_appliedRowByRow_sameAsAFullDiff();
    void rowChanges_mergedFields_signalTheColumnsReadingThem();
    void rowChanges_statusMerges_countAsAFreshModel();
    void roles_returnRowValues();
    void statusCounts_followData();
    void auditModel_appendOnly_trimsStartAndAppendsEnd();
    void factories_bindStandardKeys();

private:
    std::unique_ptr<EntityTableModel> makeModel();
    void load(const QJsonArray &rows);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<FakeQueryFetcher> m_fetcher;
    std::unique_ptr<QueryClient> m_client;
};

void TestEntityTableModel::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_fetcher = std::make_unique<FakeQueryFetcher>();
    m_client = std::make_unique<QueryClient>(m_fetcher.get(), m_clock.get());
    m_client->setCoalesceWindowMs(0);
}

void TestEntityTableModel::cleanup()
{
    m_client.reset();
    m_fetcher.reset();
    m_clock.reset();
}

std::unique_ptr<EntityTableModel> TestEntityTableModel::makeModel()
{
    return std::make_unique<EntityTableModel>(m_client.get(), kKey, columnSpecs());
}

// A refetch through the client, as a live event causes it.
void TestEntityTableModel::load(const QJsonArray &rows)
{
    if (m_fetcher->pendingCount(kKey) == 0) {
        m_client->invalidate({kKey}, InvalidationCause::Event);
        QTRY_COMPARE(m_fetcher->pendingCount(kKey), 1);
    }
    QVERIFY(m_fetcher->complete(kKey, rows));
}

void TestEntityTableModel::construct_observesKeyWhileAlive()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_client->observerCount(kKey), 1);
    QCOMPARE(m_fetcher->starts(kKey), 1);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->columnCount(), 4);
    QVERIFY(!model->isLoaded());
    model.reset();
    QCOMPARE(m_client->observerCount(kKey), 0);
}

void TestEntityTableModel::firstLoad_insertsRowsInIdOrder_noReset()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy loaded(model.get(), &EntityTableModel::loaded);

    load(crates({3, 1, 2}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(model->isLoaded());
    QCOMPARE(modelIds(*model), (QList<qint64>{1, 2, 3}));
    QCOMPARE(model->rowOfId(2), 1);
    QCOMPARE(model->rowOfId(9), -1);
    QCOMPARE(model->data(model->index(0, 0), EntityTableModel::ChangedAtRole).toLongLong(),
             0);  // no flash on first load

    // A model created when the data is already cached shows it at once.
    auto second = makeModel();
    QAbstractItemModelTester secondTester(second.get(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(modelIds(*second), (QList<qint64>{1, 2, 3}));
}

void TestEntityTableModel::refetch_appliesDiff_removesInsertsChangesWithoutReset()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(crates({1, 2, 3, 4, 5, 7}));

    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(model.get(), &QAbstractItemModel::layoutChanged);

    m_clock->advance(5000);
    QJsonArray next;
    next.append(crate(1, QStringLiteral("withdrawn")));  // status changed
    next.append(crate(3, QStringLiteral("active")));
    next.append(crate(5, QStringLiteral("active"), QStringLiteral("shelf B")));  // description
    next.append(crate(6, QStringLiteral("active")));  // new, between 5 and 7
    next.append(crate(7, QStringLiteral("active")));
    next.append(crate(8, QStringLiteral("active")));  // new at the end
    load(next);                                       // 2 and 4 are gone

    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(removed.count(), 2);  // from the end: 4 (row 3), then 2 (row 1)
    QCOMPARE(removed.at(0).at(1).toInt(), 3);
    QCOMPARE(removed.at(0).at(2).toInt(), 3);
    QCOMPARE(removed.at(1).at(1).toInt(), 1);
    QCOMPARE(removed.at(1).at(2).toInt(), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);  // 6 after 1, 3, 5
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(inserted.at(1).at(1).toInt(), 5);  // 8 after 7
    QCOMPARE(modelIds(*model), (QList<qint64>{1, 3, 5, 6, 7, 8}));

    // Only the changed cells: row 0's status, row 2's description.
    QCOMPARE(changed.count(), 2);
    const auto topLeft0 = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight0 = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft0.row(), 0);
    QCOMPARE(topLeft0.column(), 1);
    QCOMPARE(bottomRight0.column(), 1);
    const auto topLeft1 = changed.at(1).at(0).value<QModelIndex>();
    QCOMPARE(topLeft1.row(), 2);
    QCOMPARE(topLeft1.column(), 2);
    QCOMPARE(changed.at(1).at(1).value<QModelIndex>().column(), 2);

    QCOMPARE(model->data(model->index(0, 1), EntityTableModel::StatusRole).toString(),
             QStringLiteral("withdrawn"));
    QCOMPARE(model->data(model->index(0, 1)).toString(), QStringLiteral("Withdrawn"));
    QCOMPARE(model->data(model->index(0, 0), EntityTableModel::ChangedAtRole).toLongLong(),
             m_clock->nowMs());
    QCOMPARE(model->data(model->index(3, 0), EntityTableModel::ChangedAtRole).toLongLong(),
             m_clock->nowMs());  // inserted after the first load: flashes too
    QCOMPARE(model->data(model->index(1, 0), EntityTableModel::ChangedAtRole).toLongLong(), 0);
}

void TestEntityTableModel::refetch_unchanged_noSignals()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(crates({1, 2}));
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    m_client->setQueryData(kKey, crates({2, 1}));  // same rows, other order
    QCOMPARE(inserted.count() + removed.count() + changed.count(), 0);
    load(crates({1, 2}));
    QCOMPARE(inserted.count() + removed.count() + changed.count(), 0);
}

void TestEntityTableModel::patchListRow_signalsChangedCellAndStampsRow()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(crates({1, 2}));
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    m_clock->advance(100);

    QVERIFY(
        m_client->patchListRow(kKey, 2, {{QStringLiteral("status"), QStringLiteral("archived")}}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model->index(1, 1));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model->index(1, 1));
    QCOMPARE(model->data(model->index(1, 3), EntityTableModel::StatusRole).toString(),
             QStringLiteral("archived"));
    QCOMPARE(model->data(model->index(1, 3), EntityTableModel::ChangedAtRole).toLongLong(),
             m_clock->nowMs());

    // A change of a field no column shows still stamps the row and tells the row's roles.
    QVERIFY(
        m_client->patchListRow(kKey, 1, {{QStringLiteral("updated_by"), QStringLiteral("bob")}}));
    QCOMPARE(changed.count(), 2);
    const QList<int> roles = changed.at(1).at(2).value<QList<int>>();
    QVERIFY(roles.contains(EntityTableModel::ChangedByRole));
    QCOMPARE(model->data(model->index(0, 0), EntityTableModel::ChangedByRole).toString(),
             QStringLiteral("bob"));
}

// Row changes (QueryClient::rowChanged) take the one row without diffing the list: a patch,
// a removal and a row inserted from its detail GET, each signalled for that row only, the
// status counts kept by the row; the result equals a model built from the list afresh.
void TestEntityTableModel::rowChanges_appliedRowByRow_sameAsAFullDiff()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonArray list;
    for (qint64 id = 1; id <= 100; ++id) list.append(crate(id, QStringLiteral("active")));
    load(list);
    QCOMPARE(model->rowCount(), 100);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy counts(model.get(), &EntityTableModel::statusCountsChanged);
    m_clock->advance(100);

    QVERIFY(m_client->patchListRow(kKey, 70, {{QStringLiteral("status"), QStringLiteral("archived")}}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model->index(69, 1));
    QCOMPARE(model->data(model->index(69, 0), EntityTableModel::StatusRole).toString(), QStringLiteral("archived"));
    QCOMPARE(model->data(model->index(69, 0), EntityTableModel::ChangedAtRole).toLongLong(), m_clock->nowMs());
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model->statusCounts().value(QStringLiteral("active")), 99);
    QCOMPARE(model->statusCounts().value(QStringLiteral("archived")), 1);

    RowEvent gone;
    gone.listKey = kKey;
    gone.id = 30;
    gone.deleted = true;
    m_client->applyEvent(gone, {kKey}, InvalidationCause::Event);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 29);
    QCOMPARE(removed.at(0).at(2).toInt(), 29);
    QCOMPARE(model->rowCount(), 99);
    QCOMPARE(model->rowOfId(30), -1);
    QCOMPARE(model->statusCounts().value(QStringLiteral("active")), 98);

    RowEvent created;
    created.listKey = kKey;
    created.id = 250;
    created.fields.insert(QStringLiteral("status"), QStringLiteral("active"));
    created.detailKey = QStringLiteral("crate/250");
    m_client->applyEvent(created, {kKey, created.detailKey}, InvalidationCause::Event);
    QTRY_COMPARE(m_fetcher->pendingCount(created.detailKey), 1);
    QVERIFY(m_fetcher->complete(created.detailKey, crate(250, QStringLiteral("pending"))));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model->rowOfId(250), 99);
    QCOMPARE(model->statusCounts().value(QStringLiteral("pending")), 1);
    QCOMPARE(m_fetcher->starts(kKey), 1);  // never a list refetch

    // The same as a model that diffs the client's list from nothing.
    EntityTableModel fresh(m_client.get(), kKey, columnSpecs());
    QCOMPARE(fresh.rowCount(), model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->idAt(row), fresh.idAt(row));
        QCOMPARE(model->rowJson(row), fresh.rowJson(row));
    }
    QCOMPARE(model->statusCounts(), fresh.statusCounts());

    // A whole refetch after row changes: diffed, in step again.
    list = m_client->data(kKey).toArray();
    list.removeAt(0);
    load(list);
    QCOMPARE(model->rowCount(), 99);
    QCOMPARE(model->idAt(0).toNumber(), 2);
}

// A merge (an event's fields) compares only the columns that read a merged field, through
// any alternative or dotted path; the cells it signals are those a full compare finds.
void TestEntityTableModel::rowChanges_mergedFields_signalTheColumnsReadingThem()
{
    const QList<ColumnSpec> columns{
        {QStringLiteral("Number"), QStringLiteral("crate_number"), ColumnSpec::Format::Text},
        {QStringLiteral("Status"), QStringLiteral("status"), ColumnSpec::Format::Status},
        {QStringLiteral("Storage"), QStringLiteral("storage_code|storage.code|storage"), ColumnSpec::Format::Text},
        {QStringLiteral("Unit"), QStringLiteral("unit_name|unit.name|unit_id"), ColumnSpec::Format::Text},
        {QStringLiteral("Also status"), QStringLiteral("status"), ColumnSpec::Format::Text}};
    EntityTableModel model(m_client.get(), kKey, columns);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(crates({1, 2, 3}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy counts(&model, &EntityTableModel::statusCountsChanged);
    const auto cells = [&changed] {
        QStringList out;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const auto from = args.at(0).value<QModelIndex>();
            const auto to = args.at(1).value<QModelIndex>();
            out << QStringLiteral("%1:%2-%3").arg(from.row()).arg(from.column()).arg(to.column());
        }
        changed.clear();
        return out;
    };

    // A dotted path's root: the storage object (storage_code absent) is column 2.
    QVERIFY(m_client->patchListRow(kKey, 2, {{QStringLiteral("storage"), QJsonObject{{QStringLiteral("code"), QStringLiteral("S-9")}}}}));
    QCOMPARE(cells(), QStringList{QStringLiteral("1:2-2")});
    QCOMPARE(model.data(model.index(1, 2)).toString(), QStringLiteral("S-9"));
    // The last alternative (unit_id), and a field no column reads, in one merge.
    QVERIFY(m_client->patchListRow(kKey, 3, {{QStringLiteral("unit_id"), 4}, {QStringLiteral("note"), QStringLiteral("x")}}));
    QCOMPARE(cells(), QStringList{QStringLiteral("2:3-3")});
    QCOMPARE(counts.count(), 0);
    // A field read by two columns apart: both, as two runs; the counts follow.
    QVERIFY(m_client->patchListRow(kKey, 1, {{QStringLiteral("status"), QStringLiteral("archived")}}));
    QCOMPARE(cells(), (QStringList{QStringLiteral("0:1-1"), QStringLiteral("0:4-4")}));
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model.statusCounts().value(QStringLiteral("archived")), 1);
    QCOMPARE(model.statusCounts().value(QStringLiteral("active")), 2);
    // Merged but equal where a column reads it (storage_code shadows storage): no cell.
    QVERIFY(m_client->patchListRow(kKey, 2, {{QStringLiteral("storage_code"), QStringLiteral("S-9")}}));
    QCOMPARE(cells(), QStringList{QStringLiteral("1:0-0")});  // no visible cell: the row's roles
    QCOMPARE(changed.count(), 0);
    // Two merged fields of adjacent columns: one run.
    QVERIFY(m_client->patchListRow(kKey, 3, {{QStringLiteral("storage_code"), QStringLiteral("S-1")}, {QStringLiteral("unit_name"), QStringLiteral("Unit one")}}));
    QCOMPARE(cells(), QStringList{QStringLiteral("2:2-3")});
    QCOMPARE(counts.count(), 1);

    // Everything as a model that diffs the client's list afresh shows it.
    EntityTableModel fresh(m_client.get(), kKey, columns);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.rowJson(row), fresh.rowJson(row));
        for (int c = 0; c < columns.size(); ++c)
            QCOMPARE(model.data(model.index(row, c)), fresh.data(fresh.index(row, c)));
    }
    QCOMPARE(model.statusCounts(), fresh.statusCounts());
}

// A status merge counts from the old and new values the cache read for its comparison
// (QueryClient::rowChanged's RowMerge): string to string, to and from null, a number, a
// field removed and back, a status merged with other fields and one unchanged beside a change;
// after each, the counts, the status role and the cells are those of a model built afresh.
void TestEntityTableModel::rowChanges_statusMerges_countAsAFreshModel()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonArray list = crates({1, 2, 3});
    list.append(crate(4, QStringLiteral("withdrawn")));
    load(list);
    QSignalSpy counts(model.get(), &EntityTableModel::statusCountsChanged);
    const auto same = [this, &model](int step) {
        EntityTableModel fresh(m_client.get(), kKey, columnSpecs());
        if (model->statusCounts() != fresh.statusCounts()) {
            qWarning() << "step" << step << model->statusCounts() << fresh.statusCounts();
            return false;
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->data(model->index(row, 1), EntityTableModel::StatusRole) !=
                    fresh.data(fresh.index(row, 1), EntityTableModel::StatusRole) ||
                model->data(model->index(row, 1)) != fresh.data(fresh.index(row, 1)) ||
                model->rowJson(row) != fresh.rowJson(row)) {
                qWarning() << "step" << step << "row" << row;
                return false;
            }
        }
        return true;
    };
    const QString status = QStringLiteral("status");
    const QList<std::pair<qint64, QJsonObject>> merges{
        {1, {{status, QStringLiteral("archived")}}},   // string → string
        {2, {{status, QJsonValue::Null}}},             // → null: uncounted
        {2, {{status, QStringLiteral("archived")}}},   // null → string
        {3, {{status, 7}}},                            // → a number: uncounted
        {3, {{status, QStringLiteral("withdrawn")}}},  // number → string
        {4,
         {{status, QStringLiteral("withdrawn")},
          {QStringLiteral("description"), QStringLiteral("x")}}},  // unchanged
        {4,
         {{QStringLiteral("description"), QStringLiteral("y")},
          {status, QStringLiteral("active")}}},                            // second field
        {1, {{QStringLiteral("crate_number"), QStringLiteral("C-one")}}},  // no status merged
        {1, {{status, QStringLiteral("active")}}},
    };
    int step = 0;
    for (const auto &[id, fields] : merges) {
        QVERIFY(m_client->patchListRow(kKey, id, fields));
        QVERIFY(same(step++));
    }
    QCOMPARE(model->statusCounts(), (QMap<QString, int>{{QStringLiteral("active"), 2},
                                                        {QStringLiteral("archived"), 1},
                                                        {QStringLiteral("withdrawn"), 1}}));
    QCOMPARE(counts.count(), 7);  // every merge but the two leaving the status as it was
}

void TestEntityTableModel::roles_returnRowValues()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(crates({4}));
    const QModelIndex number = model->index(0, 0);
    QCOMPARE(model->data(number).toString(), QStringLiteral("C-4"));
    QCOMPARE(model->data(number, EntityTableModel::IdRole).toLongLong(), 4);
    QCOMPARE(model->data(number, EntityTableModel::RowJsonRole).toJsonObject(),
             crate(4, QStringLiteral("active")));
    QCOMPARE(model->data(number, EntityTableModel::ChangedByRole).toString(),
             QStringLiteral("alice"));
    const QDateTime at(QDate(2024, 1, 15), QTime(10, 30), Qt::UTC);
    QCOMPARE(model->data(model->index(0, 3)).toString(),
             at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(model->data(model->index(0, 3), EntityTableModel::SortRole).toDateTime(), at);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Status"));
    QVERIFY(model->roleNames().contains(EntityTableModel::StatusRole));
    QCOMPARE(EntityTableModel::statusText(QStringLiteral("sent_back")),
             QStringLiteral("Sent back"));
    QCOMPARE(EntityTableModel::statusText(QStringLiteral("on_hold")), QStringLiteral("On hold"));

    const QJsonObject nested{
        {QStringLiteral("storage"), QJsonObject{{QStringLiteral("code"), QStringLiteral("S1")}}}};
    QCOMPARE(EntityTableModel::fieldValue(nested, QStringLiteral("storage_code|storage.code")),
             QJsonValue(QStringLiteral("S1")));
    QVERIFY(EntityTableModel::fieldValue(nested, QStringLiteral("nope")).isNull());
}

void TestEntityTableModel::statusCounts_followData()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(model.get(), &EntityTableModel::statusCountsChanged);
    QJsonArray rows = crates({1, 2, 3});
    rows.append(crate(4, QStringLiteral("withdrawn")));
    load(rows);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model->statusCounts().value(QStringLiteral("active")), 3);
    QCOMPARE(model->statusCounts().value(QStringLiteral("withdrawn")), 1);

    m_client->patchListRow(kKey, 1, {{QStringLiteral("status"), QStringLiteral("withdrawn")}});
    QCOMPARE(counts.count(), 2);
    QCOMPARE(model->statusCounts().value(QStringLiteral("active")), 2);
    QCOMPARE(model->statusCounts().value(QStringLiteral("withdrawn")), 2);

    m_client->patchListRow(kKey, 2, {{QStringLiteral("description"), QStringLiteral("x")}});
    QCOMPARE(counts.count(), 2);  // counts unchanged: no signal
}

void TestEntityTableModel::auditModel_appendOnly_trimsStartAndAppendsEnd()
{
    const QString audit = QStringLiteral("audit");
    std::unique_ptr<EntityTableModel> model(createAuditModel(m_client.get()));
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->isAppendOnly());
    QCOMPARE(model->listKey(), audit);

    auto entries = [](qint64 first, qint64 last) {
        QJsonArray array;
        for (qint64 id = first; id <= last; ++id) {
            array.append(
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("at"), QStringLiteral("2024-01-15T10:30:00Z")},
                            {QStringLiteral("username"), QStringLiteral("alice")},
                            {QStringLiteral("entity"), QStringLiteral("crate")},
                            {QStringLiteral("entity_id"), id % 7},
                            {QStringLiteral("action"), QStringLiteral("updated")},
                            {QStringLiteral("summary"), QStringLiteral("entry %1").arg(id)}});
        }
        return array;
    };
    QVERIFY(m_fetcher->complete(audit, entries(1, 3000)));
    QCOMPARE(model->rowCount(), 3000);

    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    m_client->invalidate({audit}, InvalidationCause::Event);
    QTRY_COMPARE(m_fetcher->pendingCount(audit), 1);
    QVERIFY(m_fetcher->complete(audit, entries(11, 3010)));  // retention dropped 10, 10 new

    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 9);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2990);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2999);
    QCOMPARE(model->idAt(0), 11);
    QCOMPARE(model->idAt(2999), 3010);
    QCOMPARE(model->data(model->index(2999, 5)).toString(), QStringLiteral("entry 3010"));
}

void TestEntityTableModel::factories_bindStandardKeys()
{
    QObject owner;
    const QList<QPair<EntityTableModel *, QString>> models{
        {createRequestsModel(m_client.get(), RequestKind::Withdrawal, &owner),
         QStringLiteral("withdrawal-requests")},
        {createRequestsModel(m_client.get(), RequestKind::Destruction, &owner),
         QStringLiteral("destruction-requests")},
        {createRequestsModel(m_client.get(), RequestKind::Transfer, &owner),
         QStringLiteral("transfer-requests")},
        {createSendBacksModel(m_client.get(), &owner), QStringLiteral("sendback-records")},
        {createCratesModel(m_client.get(), &owner), QStringLiteral("crates")},
        {createAuditModel(m_client.get(), &owner), QStringLiteral("audit")},
        {createStorageModel(m_client.get(), &owner), QStringLiteral("storage")},
    };
    for (const auto &[model, key] : models) {
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->listKey(), key);
        QCOMPARE(model->parent(), &owner);
        QVERIFY(model->columnCount() >= 4);
        QCOMPARE(m_client->observerCount(key), 1);
        QVERIFY(!model->headerData(0, Qt::Horizontal).toString().isEmpty());
    }
    // Transfer requests show the destination unit as well.
    QCOMPARE(models.at(2).first->columnCount(), models.at(0).first->columnCount() + 1);

    QJsonObject request{{QStringLiteral("id"), 7},
                        {QStringLiteral("request_number"), QStringLiteral("WR-7")},
                        {QStringLiteral("status"), QStringLiteral("pending")},
                        {QStringLiteral("requester"),
                         QJsonObject{{QStringLiteral("username"), QStringLiteral("bob")}}}};
    QVERIFY(m_fetcher->complete(QStringLiteral("withdrawal-requests"), QJsonArray{request}));
    EntityTableModel *withdrawals = models.at(0).first;
    QAbstractItemModelTester tester(withdrawals,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(withdrawals->rowCount(), 1);
    QCOMPARE(withdrawals->data(withdrawals->index(0, 0)).toString(), QStringLiteral("WR-7"));
    QCOMPARE(withdrawals->data(withdrawals->index(0, 2)).toString(), QStringLiteral("bob"));
    QCOMPARE(withdrawals->statusCounts().value(QStringLiteral("pending")), 1);
}

QTEST_GUILESS_MAIN(TestEntityTableModel)
#include "tst_entitytablemodel.moc"
