// ActionPlanner: legal actions from a snapshot, prerequisites chained, roles and units
// respected, shards kept apart, the model updated from answers.
#include <QJsonArray>
#include <QSet>
#include <QTest>

#include "sim/actionplanner.h"

using namespace Dms;

namespace {

QJsonObject request(qint64 id, const char *status, int unit, qint64 crate = 0, int requester = 0, int dest = 0)
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("status"), QLatin1String(status)},
                  {QStringLiteral("unit_id"), unit},
                  {QStringLiteral("request_number"), QStringLiteral("R-%1").arg(id)},
                  {QStringLiteral("requester_id"), requester},
                  {QStringLiteral("storage_id"), QJsonValue::Null}};
    if (crate)
        o.insert(QStringLiteral("crate_id"), crate);
    if (dest)
        o.insert(QStringLiteral("destination_unit_id"), dest);
    return o;
}

QJsonObject crate(qint64 id, const char *status, int unit, qint64 storage)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), QLatin1String(status)},
            {QStringLiteral("unit_id"), unit},
            {QStringLiteral("crate_number"), QStringLiteral("CR-%1").arg(id)},
            {QStringLiteral("storage_id"), storage}};
}

QJsonArray storage()
{
    QJsonArray a;
    for (int i = 1; i <= 4; ++i)
        a.append(QJsonObject{{QStringLiteral("id"), i}, {QStringLiteral("unit_id"), i <= 2 ? 1 : 2}});
    return a;
}

QList<SimActor> actors()
{
    return {
        {0, QStringLiteral("u1_req1"), 1, 101, QStringLiteral("requester")},
        {1, QStringLiteral("u1_appr1"), 1, 102, QStringLiteral("approver")},
        {2, QStringLiteral("u1_head1"), 1, 103, QStringLiteral("store_head")},
        {3, QStringLiteral("u2_req1"), 2, 201, QStringLiteral("requester")},
        {4, QStringLiteral("u2_head1"), 2, 203, QStringLiteral("store_head")},
    };
}

ScenarioStep step(SimActionType action, const QString &kind, int unit, int destination = 0)
{
    ScenarioStep s;
    s.action = action;
    s.kind = kind;
    s.unit = unit;
    s.destination = destination;
    return s;
}

}  // namespace

class tst_ActionPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void approve_pendingExists_isPlannedWithSignature()
    {
        ActionPlanner p;
        p.setActors(actors());
        p.loadSnapshot({request(5, "pending", 1, 0, 101), request(6, "pending", 2)}, {}, {}, {}, storage());
        QRandomGenerator rng(1);
        PlannedAction a;
        QString why;
        QVERIFY2(p.plan(step(SimActionType::Approve, QStringLiteral("withdrawal"), 1), rng, &a, &why), qPrintable(why));
        QCOMPARE(a.type, SimActionType::Approve);
        QCOMPARE(a.path, QStringLiteral("/api/requests/withdrawal/5/approve/"));
        QCOMPARE(a.actor, 1);
        QVERIFY(a.signedAction);
        QVERIFY(!a.body.contains(QStringLiteral("password")));  // added by the simulator only
        QCOMPARE(a.effects.size(), 1);
        QCOMPARE(a.effects.first().status, QStringLiteral("approved"));
        QCOMPARE(a.effects.first().targetUnits, QList<int>{1});
        QCOMPARE(a.describe(QStringLiteral("u1_appr1")), QStringLiteral("approve withdrawal 5 by u1_appr1"));
    }

    void approve_noPending_createsOneFirst_withAFreeCrate()
    {
        ActionPlanner p;
        p.setActors(actors());
        // Crate 11 is used by an open request; crate 12 is free.
        p.loadSnapshot({request(5, "approved", 1, 11)}, {}, {},
                       {crate(11, "active", 1, 1), crate(12, "active", 1, 1), crate(13, "archived", 1, 1)}, storage());
        QRandomGenerator rng(1);
        PlannedAction a;
        QString why;
        QVERIFY(p.plan(step(SimActionType::Approve, QStringLiteral("withdrawal"), 1), rng, &a, &why));
        QCOMPARE(a.type, SimActionType::Create);
        QCOMPARE(a.actor, 0);  // the requester
        QCOMPARE(a.path, QStringLiteral("/api/requests/withdrawal/"));
        QCOMPARE(a.body.value(QStringLiteral("crate_id")).toInteger(), qint64(12));
        QCOMPARE(a.effects.first().entityId, qint64(0));  // known from the answer
        p.started(a);
        p.finished(a, true, 201, request(20, "pending", 1, 12, 101));
        QVERIFY(p.plan(step(SimActionType::Approve, QStringLiteral("withdrawal"), 1), rng, &a, &why));
        QCOMPARE(a.type, SimActionType::Approve);
        QCOMPARE(a.requestId, qint64(20));
    }

    void return_chainsIssue_andTracksTheCrate()
    {
        ActionPlanner p;
        p.setActors(actors());
        p.loadSnapshot({request(5, "approved", 1, 11)}, {}, {}, {crate(11, "active", 1, 1)}, storage());
        QRandomGenerator rng(1);
        PlannedAction a;
        QString why;
        QVERIFY(p.plan(step(SimActionType::Return, QStringLiteral("withdrawal"), 1), rng, &a, &why));
        QCOMPARE(a.type, SimActionType::Issue);
        QCOMPARE(a.actor, 2);  // the store head
        QCOMPARE(a.effects.size(), 2);
        QCOMPARE(a.effects.at(0).entity, QStringLiteral("crate"));
        QCOMPARE(a.effects.at(0).status, QStringLiteral("withdrawn"));
        QCOMPARE(a.effects.at(1).status, QStringLiteral("issued"));
        p.started(a);
        // While it is in flight, nothing else can use request 5 (and there is no other).
        PlannedAction b;
        QVERIFY(p.plan(step(SimActionType::Issue, QStringLiteral("withdrawal"), 1), rng, &b, &why));
        QCOMPARE(b.type, SimActionType::Create);
        p.finished(a, true, 200, request(5, "issued", 1, 11));
        QVERIFY(p.plan(step(SimActionType::Return, QStringLiteral("withdrawal"), 1), rng, &a, &why));
        QCOMPARE(a.type, SimActionType::Return);
        QCOMPARE(a.effects.at(0).status, QStringLiteral("active"));
    }

    void transfer_allocationAndReceipt_areTheDestinationsStoreHead()
    {
        ActionPlanner p;
        p.setActors(actors());
        p.loadSnapshot({}, {}, {request(8, "issued", 1, 11, 0, 2)}, {crate(11, "withdrawn", 1, 1)}, storage());
        QRandomGenerator rng(3);
        PlannedAction a;
        QString why;
        QVERIFY(p.plan(step(SimActionType::Return, QStringLiteral("transfer"), 1, 2), rng, &a, &why));
        QCOMPARE(a.type, SimActionType::AllocateStorage);  // receiving needs the destination's storage
        QCOMPARE(a.actor, 4);                               // u2_head1
        QVERIFY(a.storageId == 3 || a.storageId == 4);      // a location of unit 2
        QCOMPARE(a.effects.first().targetUnits, (QList<int>{1, 2}));
        QCOMPARE(a.effects.first().watchField, QStringLiteral("storage_id"));
        p.started(a);
        QJsonObject answer = request(8, "issued", 1, 11, 0, 2);
        answer.insert(QStringLiteral("storage_id"), a.storageId);
        p.finished(a, true, 200, answer);
        QVERIFY(p.plan(step(SimActionType::Return, QStringLiteral("transfer"), 1, 2), rng, &a, &why));
        QCOMPARE(a.type, SimActionType::Return);
        QCOMPARE(a.actor, 4);
        QCOMPARE(a.effects.at(0).entity, QStringLiteral("crate"));
        QCOMPARE(a.effects.at(0).targetUnits, (QList<int>{2, 1}));  // the crate moves: both hear it
        QCOMPARE(a.effects.at(0).watchUnits, QList<int>{2});         // the destination shows it
    }

    void sendBack_prefersARequestOfAVirtualRequester_andNotifiesThem()
    {
        ActionPlanner p;
        p.setActors(actors());
        p.loadSnapshot({request(5, "pending", 1, 0, 999), request(6, "pending", 1, 0, 101)}, {}, {}, {}, storage());
        QRandomGenerator rng(1);
        PlannedAction a;
        QString why;
        QVERIFY(p.plan(step(SimActionType::SendBack, QStringLiteral("withdrawal"), 1), rng, &a, &why));
        QCOMPARE(a.requestId, qint64(6));
        QCOMPARE(a.effects.size(), 2);
        QCOMPARE(a.effects.at(1).entity, QStringLiteral("notification"));
        QCOMPARE(a.effects.at(1).targetUserId, 101);
        QCOMPARE(a.effects.at(1).targetUsername, QStringLiteral("u1_req1"));
        QCOMPARE(a.body.value(QStringLiteral("reason")).toString(), QStringLiteral("simulation"));
    }

    void resubmit_isTheRequestersEdit()
    {
        ActionPlanner p;
        p.setActors(actors());
        p.loadSnapshot({request(6, "sent_back", 1, 0, 101)}, {}, {}, {}, storage());
        QRandomGenerator rng(1);
        PlannedAction a;
        QString why;
        QVERIFY(p.plan(step(SimActionType::Resubmit, QStringLiteral("withdrawal"), 1), rng, &a, &why));
        QCOMPARE(a.method, QByteArray("PATCH"));
        QCOMPARE(a.path, QStringLiteral("/api/requests/withdrawal/6/"));
        QCOMPARE(a.actor, 0);
        QCOMPARE(a.effects.first().status, QStringLiteral("pending"));
    }

    void relocate_movesToAnotherLocationOfTheUnit()
    {
        ActionPlanner p;
        p.setActors(actors());
        p.loadSnapshot({}, {}, {}, {crate(11, "active", 1, 1)}, storage());
        QRandomGenerator rng(1);
        PlannedAction a;
        QString why;
        QVERIFY(p.plan(step(SimActionType::Relocate, QString(), 1), rng, &a, &why));
        QCOMPARE(a.path, QStringLiteral("/api/documents/crates/11/relocate/"));
        QCOMPARE(a.storageId, qint64(2));  // the unit's other location
        QCOMPARE(a.effects.first().watchValue.toInteger(), qint64(2));
    }

    void checkStep_namesTheMissingRole()
    {
        ActionPlanner p;
        p.setActors(actors());
        QCOMPARE(p.checkStep(step(SimActionType::Approve, QStringLiteral("withdrawal"), 2)),
                 QStringLiteral("no approver or unit admin among the virtual users of unit 2"));
        QCOMPARE(p.checkStep(step(SimActionType::Approve, QStringLiteral("withdrawal"), 1)), QString());
        QCOMPARE(p.checkStep(step(SimActionType::Return, QStringLiteral("transfer"), 2, 1)),
                 QStringLiteral("no approver or unit admin among the virtual users of unit 2"));
        QVERIFY(p.checkStep(step(SimActionType::Approve, QStringLiteral("withdrawal"), 0)).isEmpty());  // any: unit 1
    }

    void shards_actOnTheirOwnRowsOnly()
    {
        QJsonArray pending;
        for (int id = 1; id <= 6; ++id)
            pending.append(request(id, "pending", 1, 0, 101));
        QSet<qint64> seen[2];
        for (int k = 1; k <= 2; ++k) {
            ActionPlanner p;
            p.setShard(ShardSpec{k, 2});
            p.setActors(actors());
            p.loadSnapshot(pending, {}, {}, {}, storage());
            QRandomGenerator rng(5);
            for (int i = 0; i < 3; ++i) {
                PlannedAction a;
                QString why;
                QVERIFY(p.plan(step(SimActionType::Approve, QStringLiteral("withdrawal"), 1), rng, &a, &why));
                QCOMPARE(a.type, SimActionType::Approve);
                QCOMPARE(int(a.requestId % 2), k - 1);
                seen[k - 1].insert(a.requestId);
                p.started(a);
            }
        }
        QCOMPARE(seen[0].size() + seen[1].size(), 6);
        QVERIFY(!seen[0].intersects(seen[1]));
    }

    void refusedAction_leavesTheRowAlone()
    {
        ActionPlanner p;
        p.setActors(actors());
        p.loadSnapshot({request(5, "pending", 1, 0, 101)}, {}, {}, {}, storage());
        QRandomGenerator rng(1);
        PlannedAction a;
        QString why;
        QVERIFY(p.plan(step(SimActionType::Approve, QStringLiteral("withdrawal"), 1), rng, &a, &why));
        p.started(a);
        QCOMPARE(p.busyCount(), 1);
        p.finished(a, false, 409, {});
        QCOMPARE(p.busyCount(), 0);
        QVERIFY(p.plan(step(SimActionType::Approve, QStringLiteral("withdrawal"), 1), rng, &a, &why));
        QCOMPARE(a.type, SimActionType::Create);  // 5 is no longer a candidate
    }
};

QTEST_GUILESS_MAIN(tst_ActionPlanner)
#include "tst_actionplanner.moc"
