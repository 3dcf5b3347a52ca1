// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// What the console offers to do with a row (RequestActions::allowedActions, the role and
// lifecycle rules of docs/server.md), CSV export, and the frame log's bookkeeping.
#include "actions/csvexport.h"
#include "actions/requestactions.h"
#include "data/framelogmodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardItemModel>
#include <QSignalSpy>
#include <QTest>

using namespace Dms;

namespace {

UserInfo user(const QString &role, int unit = 1)
{
    UserInfo u;
    u.id = 7;
    u.username = QStringLiteral("someone");
    u.unitId = unit;
    u.role = role;
    return u;
}

QJsonObject request(const char *status, int unit = 1, int destination = 0)
{
    QJsonObject row{{QStringLiteral("id"), 5}, {QStringLiteral("status"), QLatin1String(status)}, {QStringLiteral("unit_id"), unit}};
    if (destination > 0)
        row.insert(QStringLiteral("destination_unit_id"), destination);
    return row;
}

QString names(const QList<EntityAction> &actions)
{
    QStringList out;
    for (const EntityAction action : actions)
        out << RequestActions::pathSegment(action);
    return out.join(QLatin1Char(','));
}

FrameRecord frame(qint64 at, const QByteArray &text, const QString &type, bool inbound = true)
{
    return FrameRecord{at, inbound, QStringLiteral("updates"), type, int(text.size()), text};
}

}  // namespace

class TestRequestActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowedActions_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QJsonObject>("row");
        QTest::addColumn<QString>("expected");

        QTest::newRow("approver pending") << QStringLiteral("approver") << 1 << QStringLiteral("withdrawal") << request("pending") << QStringLiteral("approve,reject,send-back");
        QTest::newRow("approver approved") << QStringLiteral("approver") << 1 << QStringLiteral("withdrawal") << request("approved") << QStringLiteral("");
        QTest::newRow("requester pending") << QStringLiteral("requester") << 1 << QStringLiteral("withdrawal") << request("pending") << QStringLiteral("");
        QTest::newRow("head pending") << QStringLiteral("store_head") << 1 << QStringLiteral("withdrawal") << request("pending") << QStringLiteral("");
        QTest::newRow("head approved") << QStringLiteral("store_head") << 1 << QStringLiteral("withdrawal") << request("approved") << QStringLiteral("issue,allocate-storage");
        QTest::newRow("head issued") << QStringLiteral("store_head") << 1 << QStringLiteral("destruction") << request("issued") << QStringLiteral("allocate-storage,return");
        QTest::newRow("head returned") << QStringLiteral("store_head") << 1 << QStringLiteral("withdrawal") << request("returned") << QStringLiteral("");
        QTest::newRow("unit admin pending") << QStringLiteral("unit_admin") << 1 << QStringLiteral("withdrawal") << request("pending") << QStringLiteral("approve,reject,send-back");
        QTest::newRow("other unit") << QStringLiteral("approver") << 2 << QStringLiteral("withdrawal") << request("pending") << QStringLiteral("");
        QTest::newRow("admin other unit") << QStringLiteral("admin") << 2 << QStringLiteral("withdrawal") << request("pending") << QStringLiteral("approve,reject,send-back");
        QTest::newRow("transfer source approved") << QStringLiteral("store_head") << 1 << QStringLiteral("transfer") << request("approved", 1, 2) << QStringLiteral("issue");
        QTest::newRow("transfer destination approved") << QStringLiteral("store_head") << 2 << QStringLiteral("transfer") << request("approved", 1, 2)
                                                       << QStringLiteral("allocate-storage");
        QTest::newRow("transfer destination issued") << QStringLiteral("store_head") << 2 << QStringLiteral("transfer") << request("issued", 1, 2)
                                                     << QStringLiteral("allocate-storage,return");
        QTest::newRow("transfer destination pending") << QStringLiteral("approver") << 2 << QStringLiteral("transfer") << request("pending", 1, 2) << QStringLiteral("");
        QTest::newRow("crate head") << QStringLiteral("store_head") << 1 << QStringLiteral("crate") << request("active") << QStringLiteral("relocate");
        QTest::newRow("crate destroyed") << QStringLiteral("store_head") << 1 << QStringLiteral("crate") << request("destroyed") << QStringLiteral("");
        QTest::newRow("crate approver") << QStringLiteral("approver") << 1 << QStringLiteral("crate") << request("active") << QStringLiteral("");
        QTest::newRow("no row") << QStringLiteral("admin") << 1 << QStringLiteral("withdrawal") << QJsonObject() << QStringLiteral("");
    }

    void allowedActions()
    {
        QFETCH(QString, role);
        QFETCH(int, unit);
        QFETCH(QString, entity);
        QFETCH(QJsonObject, row);
        QFETCH(QString, expected);
        QCOMPARE(names(RequestActions::allowedActions(user(role, unit), entity, row)), expected);
    }

    void actionTraits()
    {
        QVERIFY(RequestActions::needsSignature(EntityAction::Approve));
        QVERIFY(RequestActions::needsSignature(EntityAction::SendBack));
        QVERIFY(!RequestActions::needsSignature(EntityAction::Issue));
        QVERIFY(RequestActions::needsStorage(EntityAction::Relocate));
        QVERIFY(RequestActions::takesReason(EntityAction::SendBack));
        QCOMPARE(RequestActions::listKey(QStringLiteral("crate")), QStringLiteral("crates"));
        QCOMPARE(RequestActions::listKey(QStringLiteral("transfer")), QStringLiteral("transfer-requests"));
        QCOMPARE(RequestActions::storageUnitFor(EntityAction::AllocateStorage, QStringLiteral("transfer"),
                                                request("approved", 1, 3)),
                 3);
        QCOMPARE(RequestActions::storageUnitFor(EntityAction::Relocate, QStringLiteral("crate"), request("active", 2)), 2);
    }

    void notSignedIn_reportsFailureThroughTheSignal()
    {
        RequestActions actions(nullptr, nullptr);
        QSignalSpy finished(&actions, &RequestActions::actionFinished);
        ActionRequest r;
        r.entity = QStringLiteral("withdrawal");
        r.id = 3;
        r.password = QStringLiteral("secret");
        actions.run(r);
        QVERIFY(finished.wait(1000));
        const ActionResult result = finished.first().first().value<ActionResult>();
        QVERIFY(!result.ok);
        QVERIFY(!result.message.contains(QStringLiteral("secret")));
        QVERIFY(result.message.contains(QStringLiteral("Nothing was changed")));
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("u1_head1") << QStringLiteral("u1_head1");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("formula with comma") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("");
    }

    void csvField()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Dms::csvField(in), out);
    }

    void writeCsv_headerAndRowsInModelOrder()
    {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("User"), QStringLiteral("Summary")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("ann")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("moved, then returned")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("bob")));
        model.setItem(1, 1, new QStandardItem(QStringLiteral("ok")));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(writeCsv(&model, &buffer, &error));
        QCOMPARE(buffer.data(), QByteArray("User,Summary\r\nann,\"moved, then returned\"\r\nbob,ok\r\n"));
        QBuffer closed;
        QVERIFY(!writeCsv(&model, &closed, &error));
        QVERIFY(!error.isEmpty());
    }

    void frameLog_redactsAttachesTracesAndTrims()
    {
        FrameLogModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setCapacity(20);
        const QByteArray jwt = "eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyX2lkIjo3fQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
        log.addFrame(frame(1000, "{\"type\":\"connection_established\",\"message\":\"hi ?token=" + jwt + "\"}",
                           QStringLiteral("connection_established")));
        QCOMPARE(log.rowCount(), 1);
        QVERIFY(!log.index(0, 0).data(FrameLogModel::FrameTextRole).toString().contains(QString::fromLatin1(jwt)));
        QVERIFY(!QJsonDocument(log.entriesJson({0})).toJson().contains(jwt));

        log.addFrame(frame(2000, "{\"type\":\"data_update\",\"entity\":\"crate\",\"data\":{\"id\":4}}", QStringLiteral("data_update")));
        LiveEvent event;
        event.wireType = QStringLiteral("data_update");
        event.socket = QStringLiteral("updates");
        event.entity = QStringLiteral("crate");
        event.id = 4;
        event.seq = 9;
        InvalidationTrace trace;
        trace.patterns = {QStringLiteral("crates"), QStringLiteral("crate/4")};
        trace.entries = {{QStringLiteral("crates"), InvalidationOutcome::Refetched},
                         {QStringLiteral("dashboard"), InvalidationOutcome::MarkedStale}};
        log.addEvent(event, trace);
        QCOMPARE(log.index(1, FrameLogModel::EntityColumn).data().toString(), QStringLiteral("crate #4"));
        QCOMPARE(log.index(1, FrameLogModel::InvalidationColumn).data().toString(),
                 QStringLiteral("1 refetched, 1 marked stale"));
        const QJsonObject json = log.entryJson(1);
        QCOMPARE(json.value(QStringLiteral("event")).toObject().value(QStringLiteral("seq")).toInt(), 9);
        QCOMPARE(json.value(QStringLiteral("frame")).toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("crate"));
        QCOMPARE(json.value(QStringLiteral("invalidation")).toObject().value(QStringLiteral("keys")).toArray().size(), 2);

        // Paused: frames wait; a trace still finds its frame among them.
        log.setPaused(true);
        log.addFrame(frame(3000, "{\"type\":\"data_update\"}", QStringLiteral("data_update")));
        event.id = 5;
        log.addEvent(event, trace);
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.heldCount(), 1);
        log.setPaused(false);
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.index(2, FrameLogModel::EntityColumn).data().toString(), QStringLiteral("crate #5"));

        for (int i = 0; i < 30; ++i)
            log.addFrame(frame(4000 + i, "{\"type\":\"pong\"}", QStringLiteral("pong"), i % 2));
        QVERIFY(log.rowCount() <= 20);
        QCOMPARE(log.totalFrames(), 33);
        QCOMPARE(log.index(log.rowCount() - 1, 0).data(FrameLogModel::AtRole).toLongLong(), 4029);
    }
};

QTEST_GUILESS_MAIN(TestRequestActions)
#include "tst_requestactions.moc"
