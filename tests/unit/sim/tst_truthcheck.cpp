// TruthSnapshot and compareTableRows: the server's rows per unit (transfers and their
// send-backs belong to both units) and the row-by-row comparison.
#include <QJsonArray>
#include <QTest>

#include "sim/truthcheck.h"

using namespace Dms;

namespace {

QJsonObject row(qint64 id, int unit, const char *status, int destination = 0)
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("unit_id"), unit},
                  {QStringLiteral("status"), QLatin1String(status)},
                  {QStringLiteral("request_number"), QStringLiteral("TR-%1").arg(id)}};
    if (destination)
        o.insert(QStringLiteral("destination_unit_id"), destination);
    return o;
}

QList<qint64> ids(const QList<QJsonObject> &rows)
{
    QList<qint64> out;
    for (const QJsonObject &r : rows)
        out.append(r.value(QStringLiteral("id")).toInteger());
    return out;
}

}  // namespace

class tst_TruthCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAndPaths()
    {
        QCOMPARE(TruthSnapshot::listKeyOfView(QStringLiteral("withdrawal")), QStringLiteral("withdrawal-requests"));
        QCOMPARE(TruthSnapshot::listKeyOfView(QStringLiteral("sendbacks")), QStringLiteral("sendback-records"));
        QCOMPARE(TruthSnapshot::listKeyOfView(QStringLiteral("crates")), QStringLiteral("crates"));
        QCOMPARE(TruthSnapshot::pathOfListKey(QStringLiteral("transfer-requests")), QStringLiteral("/api/requests/transfer/"));
        QCOMPARE(TruthSnapshot::pathOfListKey(QStringLiteral("sendback-records")), QStringLiteral("/api/requests/sendbacks/"));
        QCOMPARE(TruthSnapshot::pathOfListKey(QStringLiteral("crates")), QStringLiteral("/api/documents/crates/"));
        QCOMPARE(TruthSnapshot::pathOfListKey(QStringLiteral("storage")), QStringLiteral("/api/storage/"));
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

        QCOMPARE(ids(truth.rowsFor(1, QStringLiteral("transfer-requests"))), (QList<qint64>{1, 3}));
        QCOMPARE(ids(truth.rowsFor(2, QStringLiteral("transfer-requests"))), (QList<qint64>{1, 2}));
        QCOMPARE(ids(truth.rowsFor(2, QStringLiteral("crates"))), QList<qint64>{11});
        QCOMPARE(ids(truth.rowsFor(1, QStringLiteral("sendback-records"))), (QList<qint64>{50, 51}));
        QCOMPARE(ids(truth.rowsFor(2, QStringLiteral("sendback-records"))), QList<qint64>{50});
        QVERIFY(truth.rowsFor(3, QStringLiteral("sendback-records")).isEmpty());
    }

    void unitRows_areTakenAsTheyAre()
    {
        TruthSnapshot truth;
        truth.setAdminRows(QStringLiteral("crates"), {row(10, 1, "active")});
        truth.setUnitRows(2, QStringLiteral("crates"), {row(11, 2, "active"), row(12, 2, "withdrawn")});
        QCOMPARE(ids(truth.rowsFor(2, QStringLiteral("crates"))), (QList<qint64>{11, 12}));
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
        QCOMPARE(lost.at(0).rowId, qint64(1));
        QCOMPARE(lost.at(0).fields, QStringList{QStringLiteral("status")});
        QCOMPARE(lost.at(0).describe(),
                 QStringLiteral("u1_req1 (unit 1): withdrawal-requests row 1 differs in status: shows status=pending, "
                                "server has status=approved"));
        QCOMPARE(lost.at(1).problem, QStringLiteral("missing_row"));
        QCOMPARE(lost.at(1).rowId, qint64(3));
        QCOMPARE(lost.at(1).server, QStringLiteral("request_number=TR-3, status=issued, unit_id=1"));
        QCOMPARE(lost.at(2).problem, QStringLiteral("extra_row"));
        QCOMPARE(lost.at(2).rowId, qint64(4));
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
