// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// TruthSnapshot and compareTableRows: the server's rows per unit (transfers and their
// send-backs belong to both units) and the row-by-row comparison, with integer ids and
// with UUID string ids; list paths from the profile's routes.
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "sim/truthcheck.h"
#include "sim/truthfetch.h"

using namespace Dms;

namespace Dms {
// QCOMPARE's text for an id.
char *toString(const EntityId &id)
{
    return qstrdup(id.isNull() ? "(none)" : qPrintable(id.toString()));
}
}  // namespace Dms

namespace {

QString text(const QJsonValue &id)
{
    return id.isString() ? id.toString() : QString::number(id.toInteger());
}

QJsonObject row(const QJsonValue &id, const QJsonValue &unit, const char *status,
                const QJsonValue &destination = QJsonValue())
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("unit_id"), unit},
                  {QStringLiteral("status"), QLatin1String(status)},
                  {QStringLiteral("request_number"), QStringLiteral("TR-%1").arg(text(id))}};
    if (!destination.isNull() && !destination.isUndefined())
        o.insert(QStringLiteral("destination_unit_id"), destination);
    return o;
}

QList<EntityId> ids(const QList<QJsonObject> &rows)
{
    QList<EntityId> out;
    for (const QJsonObject &r : rows)
        out.append(EntityId::fromJsonOrNull(r.value(QStringLiteral("id"))));
    return out;
}

QString uuid(int n)
{
    return QStringLiteral("0b6f4a1c-3d2e-4f50-8a9b-%1").arg(n, 12, 10, QLatin1Char('0'));
}

}  // namespace

class tst_TruthCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The truth read per unit overlaps (a transfer is in both units' lists): joined by id,
    // each row once, whatever the id type; the admin's untagged list joins the same way.
    void truthFetch_joinsPerUnitListsById()
    {
        const auto row = [](const QJsonValue &id, const char *status) {
            return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), QLatin1String(status)}};
        };
        TruthFetch::Lists lists;
        lists.insert(QStringLiteral("transfer-requests|1"), QJsonArray{row(1, "pending"), row(2, "approved")});
        lists.insert(QStringLiteral("transfer-requests|2"), QJsonArray{row(2, "approved"), row(3, "issued")});
        lists.insert(QStringLiteral("crates|1"), QJsonArray{row(QStringLiteral("a1"), "active")});
        lists.insert(QStringLiteral("crates|2"), QJsonArray{row(QStringLiteral("a1"), "active"),
                                                            row(QStringLiteral("b2"), "archived")});
        lists.insert(QStringLiteral("storage"), QJsonArray{row(7, "free")});
        const TruthFetch::Lists joined = TruthFetch::joinedByKey(lists);
        QCOMPARE(joined.size(), 3);
        QCOMPARE(joined.value(QStringLiteral("transfer-requests")).size(), 3);
        QCOMPARE(joined.value(QStringLiteral("crates")).size(), 2);
        QCOMPARE(joined.value(QStringLiteral("storage")).size(), 1);
        QSet<int> ids;
        for (const QJsonValue &v : joined.value(QStringLiteral("transfer-requests")))
            ids.insert(v.toObject().value(QLatin1String("id")).toInt());
        QCOMPARE(ids, (QSet<int>{1, 2, 3}));
    }

    void keysAndPaths()
    {
        QCOMPARE(TruthSnapshot::listKeyOfView(QStringLiteral("withdrawal")), QStringLiteral("withdrawal-requests"));
        QCOMPARE(TruthSnapshot::listKeyOfView(QStringLiteral("sendbacks")), QStringLiteral("sendback-records"));
        QCOMPARE(TruthSnapshot::listKeyOfView(QStringLiteral("crates")), QStringLiteral("crates"));
        const RestRoutes spec = RestRoutes::specDefaults();
        QCOMPARE(TruthSnapshot::pathOfListKey(spec, QStringLiteral("transfer-requests")),
                 QStringLiteral("/api/requests/transfer/"));
        QCOMPARE(TruthSnapshot::pathOfListKey(spec, QStringLiteral("sendback-records")),
                 QStringLiteral("/api/requests/sendbacks/"));
        QCOMPARE(TruthSnapshot::pathOfListKey(spec, QStringLiteral("crates")),
                 QStringLiteral("/api/documents/crates/"));
        QCOMPARE(TruthSnapshot::pathOfListKey(spec, QStringLiteral("storage")), QStringLiteral("/api/storage/"));
        // Another backend's routes (a prefix, other names); a key it lacks has no path.
        RestRoutes other;
        other.queries = {{QStringLiteral("crates"), QStringLiteral("/dms/v2/boxes/"), RouteShape::List}};
        QCOMPARE(TruthSnapshot::pathOfListKey(other, QStringLiteral("crates")), QStringLiteral("/dms/v2/boxes/"));
        QCOMPARE(TruthSnapshot::pathOfListKey(other, QStringLiteral("storage")), QString());
    }

    void adminRows_areFilteredByUnitVisibility()
    {
        TruthSnapshot truth;
        truth.setAdminRows(QStringLiteral("transfer-requests"),
                           {row(1, 1, "pending", 2), row(2, 2, "approved", 3), row(3, 3, "issued", 1)});
        truth.setAdminRows(QStringLiteral("crates"), {row(10, 1, "active"), row(11, 2, "active")});
        QJsonObject transferSendBack{{QStringLiteral("id"), 50}, {QStringLiteral("unit_id"), 1},
                                     {QStringLiteral("request_kind"), QStringLiteral("transfer")},
                                     {QStringLiteral("request_id"), 1}};
        QJsonObject withdrawalSendBack{{QStringLiteral("id"), 51}, {QStringLiteral("unit_id"), 1},
                                       {QStringLiteral("request_kind"), QStringLiteral("withdrawal")},
                                       {QStringLiteral("request_id"), 1}};
        truth.setAdminRows(QStringLiteral("sendback-records"), {transferSendBack, withdrawalSendBack});

        QCOMPARE(ids(truth.rowsFor(1, QStringLiteral("transfer-requests"))), (QList<EntityId>{1, 3}));
        QCOMPARE(ids(truth.rowsFor(2, QStringLiteral("transfer-requests"))), (QList<EntityId>{1, 2}));
        QCOMPARE(ids(truth.rowsFor(2, QStringLiteral("crates"))), QList<EntityId>{11});
        QCOMPARE(ids(truth.rowsFor(1, QStringLiteral("sendback-records"))), (QList<EntityId>{50, 51}));
        QCOMPARE(ids(truth.rowsFor(2, QStringLiteral("sendback-records"))), QList<EntityId>{50});
        QVERIFY(truth.rowsFor(3, QStringLiteral("sendback-records")).isEmpty());
    }

    void adminRows_uuidIds_areFilteredByUnitVisibility()
    {
        const QString unitA = uuid(1001);
        const QString unitB = uuid(1002);
        TruthSnapshot truth;
        truth.setAdminRows(QStringLiteral("transfer-requests"),
                           {row(uuid(1), unitA, "pending", unitB), row(uuid(2), unitB, "approved")});
        truth.setAdminRows(QStringLiteral("sendback-records"),
                           {QJsonObject{{QStringLiteral("id"), uuid(50)}, {QStringLiteral("unit_id"), unitA},
                                        {QStringLiteral("request_kind"), QStringLiteral("transfer")},
                                        {QStringLiteral("request_id"), uuid(1)}}});
        const EntityId a = EntityId::fromString(unitA);
        const EntityId b = EntityId::fromString(unitB);
        QCOMPARE(ids(truth.rowsFor(a, QStringLiteral("transfer-requests"))),
                 QList<EntityId>{EntityId::fromString(uuid(1))});
        QCOMPARE(ids(truth.rowsFor(b, QStringLiteral("transfer-requests"))),
                 (QList<EntityId>{EntityId::fromString(uuid(1)), EntityId::fromString(uuid(2))}));
        QCOMPARE(ids(truth.rowsFor(b, QStringLiteral("sendback-records"))),
                 QList<EntityId>{EntityId::fromString(uuid(50))});
        truth.setUnitRows(b, QStringLiteral("crates"), {row(uuid(9), unitB, "active")});
        QVERIFY(truth.hasRows(b, QStringLiteral("crates")));
        QVERIFY(!truth.hasRows(a, QStringLiteral("crates")));
    }

    void unitRows_areTakenAsTheyAre()
    {
        TruthSnapshot truth;
        truth.setAdminRows(QStringLiteral("crates"), {row(10, 1, "active")});
        truth.setUnitRows(2, QStringLiteral("crates"), {row(11, 2, "active"), row(12, 2, "withdrawn")});
        QCOMPARE(ids(truth.rowsFor(2, QStringLiteral("crates"))), (QList<EntityId>{11, 12}));
        QVERIFY(truth.hasRows(2, QStringLiteral("crates")));
    }

    void compare_findsMissingExtraAndDifferentRows()
    {
        const QList<QJsonObject> server{row(1, 1, "approved"), row(2, 1, "pending"), row(3, 1, "issued")};
        QJsonObject stale = row(1, 1, "pending");
        const QList<QJsonObject> mine{stale, row(2, 1, "pending"), row(4, 1, "pending")};
        const QList<SimLostUpdate> lost =
            compareTableRows(QStringLiteral("u1_req1"), 1, QStringLiteral("withdrawal-requests"), mine, server);
        QCOMPARE(lost.size(), 3);
        QCOMPARE(lost.at(0).problem, QStringLiteral("different"));
        QCOMPARE(lost.at(0).rowId, EntityId(1));
        QCOMPARE(lost.at(0).fields, QStringList{QStringLiteral("status")});
        QCOMPARE(lost.at(0).describe(),
                 QStringLiteral("u1_req1 (unit 1): withdrawal-requests row 1 differs in status: shows status=pending, "
                                "server has status=approved"));
        QCOMPARE(lost.at(1).problem, QStringLiteral("missing_row"));
        QCOMPARE(lost.at(1).rowId, EntityId(3));
        QCOMPARE(lost.at(1).server, QStringLiteral("request_number=TR-3, status=issued, unit_id=1"));
        QCOMPARE(lost.at(2).problem, QStringLiteral("extra_row"));
        QCOMPARE(lost.at(2).rowId, EntityId(4));
    }

    void compare_uuidIds_findsMissingExtraAndDifferentRows()
    {
        const QString unit = uuid(1001);
        const QList<QJsonObject> server{row(uuid(1), unit, "approved"), row(uuid(2), unit, "pending"),
                                        row(uuid(3), unit, "issued")};
        const QList<QJsonObject> mine{row(uuid(1), unit, "pending"), row(uuid(2), unit, "pending"),
                                      row(uuid(4), unit, "pending")};
        const QList<SimLostUpdate> lost = compareTableRows(QStringLiteral("u1_req1"), EntityId::fromString(unit),
                                                           QStringLiteral("withdrawal-requests"), mine, server);
        QCOMPARE(lost.size(), 3);
        QCOMPARE(lost.at(0).problem, QStringLiteral("different"));
        QCOMPARE(lost.at(0).rowId, EntityId::fromString(uuid(1)));
        QCOMPARE(lost.at(0).describe(),
                 QStringLiteral("u1_req1 (unit %1): withdrawal-requests row %2 differs in status: shows "
                                "status=pending, server has status=approved")
                     .arg(unit, uuid(1)));
        QCOMPARE(lost.at(1).problem, QStringLiteral("missing_row"));
        QCOMPARE(lost.at(1).rowId, EntityId::fromString(uuid(3)));
        QCOMPARE(lost.at(2).problem, QStringLiteral("extra_row"));
        QCOMPARE(lost.at(2).rowId, EntityId::fromString(uuid(4)));
    }

    void compare_sameIdAsNumberOrText_isOneRow()
    {
        // A table holding the id as text, the server as a number: matched as one row (whose
        // id field differs in type), not a missing row plus an extra one.
        const QList<SimLostUpdate> lost = compareTableRows(QStringLiteral("u"), 1, QStringLiteral("k"),
                                                           {row(QStringLiteral("7"), 1, "approved")},
                                                           {row(7, 1, "approved")});
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost.first().problem, QStringLiteral("different"));
        QCOMPARE(lost.first().rowId, EntityId(7));
        QCOMPARE(lost.first().fields, QStringList{QStringLiteral("id")});
    }

    void compare_equalRows_nothing()
    {
        QJsonObject a = row(1, 1, "approved");
        a.insert(QStringLiteral("storage_id"), 3);
        QJsonObject b = a;
        b.insert(QStringLiteral("storage_id"), 3.0);  // the same number however it is stored
        QVERIFY(compareTableRows(QStringLiteral("u"), 1, QStringLiteral("k"), {a}, {b}).isEmpty());
        QVERIFY(compareTableRows(QStringLiteral("u"), 1, QStringLiteral("k"), {}, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TruthCheck)
#include "tst_truthcheck.moc"
