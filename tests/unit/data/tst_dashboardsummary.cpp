// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "../sync/fakequeryfetcher.h"
#include "core/clock.h"
#include "data/dashboardsummary.h"
#include "sync/queryclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Dms;

namespace {

// Noon today, local time: hours before it are still today.
qint64 noonToday()
{
    return QDateTime(QDate::currentDate(), QTime(12, 0)).toMSecsSinceEpoch();
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

constexpr qint64 kHour = 3600 * 1000;

QJsonObject request(qint64 id, const QString &status, qint64 updatedMs, qint64 unit = 1, qint64 destination = 0)
{
    QJsonObject row{{QStringLiteral("id"), id},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("unit_id"), unit},
                    {QStringLiteral("updated_at"), iso(updatedMs)}};
    if (destination > 0) {
        row.insert(QStringLiteral("source_unit_id"), unit);
        row.insert(QStringLiteral("destination_unit_id"), destination);
    }
    return row;
}

QJsonObject crate(qint64 id, const QString &status, const QString &storage)
{
    QJsonObject row{{QStringLiteral("id"), id}, {QStringLiteral("status"), status}};
    row.insert(QStringLiteral("storage_code"), storage.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(storage));
    return row;
}

QJsonObject audit(qint64 id, qint64 atMs, const QString &user, const QString &action)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("at"), iso(atMs)}, {QStringLiteral("user"), user},
            {QStringLiteral("action"), action}};
}

DashboardSummary::Input sampleInput()
{
    const qint64 now = noonToday();
    DashboardSummary::Input in;
    in.nowMs = now;
    in.unit = 1;
    in.overdueAfterMs = 48 * kHour;
    in.requests[0] = QJsonArray{request(1, QStringLiteral("pending"), now - kHour),
                                request(2, QStringLiteral("pending"), now - 72 * kHour),  // overdue
                                request(3, QStringLiteral("approved"), now - 50 * kHour),  // overdue
                                request(4, QStringLiteral("issued"), now - kHour),
                                request(5, QStringLiteral("returned"), now - 90 * kHour),  // closed: never overdue
                                request(6, QStringLiteral("rejected"), now - kHour)};
    in.requests[1] = QJsonArray{request(10, QStringLiteral("sent_back"), now - kHour)};
    in.requests[2] = QJsonArray{request(20, QStringLiteral("approved"), now - kHour, 2, 1),   // incoming
                                request(21, QStringLiteral("issued"), now - kHour, 2, 1),     // incoming
                                request(22, QStringLiteral("issued"), now - kHour, 1, 3),     // outgoing
                                request(23, QStringLiteral("pending"), now - kHour, 1, 3),    // not in flight yet
                                request(24, QStringLiteral("returned"), now - kHour, 3, 1)};  // arrived
    in.crates = QJsonArray{crate(1, QStringLiteral("active"), QStringLiteral("S1-A")),
                           crate(2, QStringLiteral("active"), QStringLiteral("S1-A")),
                           crate(3, QStringLiteral("withdrawn"), QString()),
                           crate(4, QStringLiteral("archived"), QStringLiteral("S1-B")),
                           crate(5, QStringLiteral("destroyed"), QStringLiteral("S1-B"))};
    in.sendBacks = QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("status"), QStringLiteral("open")}},
                              QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("status"), QStringLiteral("resolved")}}};
    in.audit = QJsonArray{audit(1, now - 30 * kHour, QStringLiteral("old"), QStringLiteral("approved")),  // yesterday
                          audit(2, now - 3 * kHour, QStringLiteral("alice"), QStringLiteral("approved")),
                          audit(3, now - 3 * kHour + 60'000, QStringLiteral("bob"), QStringLiteral("created")),
                          audit(4, now - 1 * kHour, QStringLiteral("alice"), QStringLiteral("issued"))};
    return in;
}

}  // namespace

class TestDashboardSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compute_countsOpenRequestsPerKindAndStatus()
    {
        const DashboardSummary s = DashboardSummary::compute(sampleInput());
        const auto &w = s.kinds[0];
        QVERIFY(w.loaded);
        QCOMPARE(w.kind, QStringLiteral("withdrawal"));
        QCOMPARE(w.total, 6);
        QCOMPARE(w.byStatus.value(QStringLiteral("pending")).count, 2);
        QCOMPARE(w.byStatus.value(QStringLiteral("approved")).count, 1);
        QCOMPARE(w.byStatus.value(QStringLiteral("issued")).count, 1);
        QCOMPARE(w.byStatus.value(QStringLiteral("sent_back")).count, 0);
        QCOMPARE(w.byStatus.value(QStringLiteral("pending")).ids, (QList<EntityId>{1, 2}));
        QCOMPARE(w.byStatus.value(QStringLiteral("pending")).statuses, (QSet<QString>{QStringLiteral("pending")}));
        QCOMPARE(w.byStatus.value(QStringLiteral("pending")).listKey, QStringLiteral("withdrawal-requests"));
        QCOMPARE(s.kinds[1].byStatus.value(QStringLiteral("sent_back")).count, 1);
    }

    void compute_overdueIsOpenAndUntouchedLongerThanTheLimit()
    {
        const DashboardSummary s = DashboardSummary::compute(sampleInput());
        QCOMPARE(s.kinds[0].overdue.count, 2);
        QCOMPARE(s.kinds[0].overdue.ids, (QList<EntityId>{2, 3}));
        QVERIFY(s.kinds[0].overdue.statuses.isEmpty());  // a set of rows, not a status
        DashboardSummary::Input in = sampleInput();
        in.overdueAfterMs = 60 * kHour;
        QCOMPARE(DashboardSummary::compute(in).kinds[0].overdue.ids, (QList<EntityId>{2}));
    }

    void compute_transfersInFlightBothWays()
    {
        const DashboardSummary s = DashboardSummary::compute(sampleInput());
        QVERIFY(s.transfersLoaded);
        QCOMPARE(s.transfersIncoming.ids, (QList<EntityId>{20, 21}));
        QCOMPARE(s.transfersOutgoing.ids, (QList<EntityId>{22}));
        QCOMPARE(s.transfersIncoming.listKey, QStringLiteral("transfer-requests"));

        DashboardSummary::Input admin = sampleInput();
        admin.unit = EntityId();  // every unit: each in-flight transfer once
        const DashboardSummary a = DashboardSummary::compute(admin);
        QCOMPARE(a.transfersIncoming.count, 0);
        QCOMPARE(a.transfersOutgoing.ids, (QList<EntityId>{20, 21, 22}));
    }

    void compute_cratesByStatusAndLocation()
    {
        const DashboardSummary s = DashboardSummary::compute(sampleInput());
        QVERIFY(s.cratesLoaded);
        QCOMPARE(s.crateTotal, 5);
        QCOMPARE(s.cratesByStatus.value(QStringLiteral("active")).count, 2);
        QCOMPARE(s.cratesByStatus.value(QStringLiteral("destroyed")).count, 1);
        QCOMPARE(s.cratesByLocation.value(QStringLiteral("S1-A")).ids, (QList<EntityId>{1, 2}));
        QCOMPARE(s.cratesByLocation.value(QStringLiteral("S1-B")).ids, (QList<EntityId>{4}));  // not the destroyed one
        QCOMPARE(s.cratesByLocation.value(QString()).ids, (QList<EntityId>{3}));               // nowhere
        QCOMPARE(s.openSendBacks.count, 1);
    }

    void compute_todaysActivityPerHour()
    {
        const DashboardSummary s = DashboardSummary::compute(sampleInput());
        QVERIFY(s.activityLoaded);
        QCOMPARE(s.activityToday, 3);
        const int nine = QDateTime::fromMSecsSinceEpoch(noonToday() - 3 * kHour).time().hour();
        QCOMPARE(s.activityPerHour[size_t(nine)], 2);
        QCOMPARE(s.activityPerHour[size_t(nine + 2)], 1);
        QCOMPARE(s.activityByAction.value(QStringLiteral("approved")), 1);
        QCOMPARE(s.activeUsersToday, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    }

    void compute_withoutLists_readsTheServersSummary()
    {
        DashboardSummary::Input in;
        in.nowMs = noonToday();
        in.serverSummary = QJsonObject{
            {QStringLiteral("withdrawal"), QJsonObject{{QStringLiteral("pending"), 4}, {QStringLiteral("approved"), 2},
                                                       {QStringLiteral("total"), 9}}},
            {QStringLiteral("crate"), QJsonObject{{QStringLiteral("active"), 7}, {QStringLiteral("total"), 8}}}};
        const DashboardSummary s = DashboardSummary::compute(in);
        QVERIFY(s.kinds[0].loaded && s.kinds[0].fromServer);
        QCOMPARE(s.kinds[0].byStatus.value(QStringLiteral("pending")).count, 4);
        QCOMPARE(s.kinds[0].total, 9);
        QVERIFY(!s.kinds[1].loaded);
        QCOMPARE(s.cratesByStatus.value(QStringLiteral("active")).count, 7);
        QCOMPARE(s.crateTotal, 8);
    }

    void model_recomputesOncePerBurst_andFetchesNothingExtra()
    {
        ManualClock clock(noonToday());
        FakeQueryFetcher fetcher;
        QueryClient queries(&fetcher, &clock);
        const DashboardSummary::Input in = sampleInput();
        queries.setQueryData(QStringLiteral("withdrawal-requests"), in.requests[0]);
        queries.setQueryData(QStringLiteral("crates"), in.crates);
        DashboardModel::Keys keys;
        keys.requests = {QStringLiteral("withdrawal-requests"), QString(), QString()};
        keys.crates = QStringLiteral("crates");
        DashboardModel model(&queries, keys, 1);
        QCOMPARE(model.summary().kinds[0].byStatus.value(QStringLiteral("pending")).count, 2);
        QSignalSpy changed(&model, &DashboardModel::summaryChanged);
        const int before = fetcher.totalStarts();
        // A burst of row patches (what events do): one recomputation.
        for (qint64 id : {1, 2})
            QVERIFY(queries.patchListRow(QStringLiteral("withdrawal-requests"), id,
                                         {{QStringLiteral("status"), QStringLiteral("approved")}}));
        QVERIFY(queries.patchListRow(QStringLiteral("crates"), 3, {{QStringLiteral("status"), QStringLiteral("active")}}));
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(!model.isRecomputePending());  // all three in the one recomputation: none is due
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.summary().kinds[0].byStatus.value(QStringLiteral("pending")).count, 0);
        QCOMPARE(model.summary().kinds[0].byStatus.value(QStringLiteral("approved")).count, 3);
        QCOMPARE(model.summary().cratesByStatus.value(QStringLiteral("active")).count, 3);
        QCOMPARE(fetcher.totalStarts(), before);  // nothing fetched for the dashboard
        QCOMPARE(queries.observerCount(QStringLiteral("crates")), 1);
    }
};

QTEST_GUILESS_MAIN(TestDashboardSummary)
#include "tst_dashboardsummary.moc"
