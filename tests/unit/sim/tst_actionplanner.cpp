// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// ActionPlanner: legal actions from a snapshot, prerequisites chained, roles and units
// respected, shards kept apart, the model updated from answers; paths from the profile's
// routes, bodies with ids in the server's JSON type (numbers, or UUID strings).
#include <QJsonArray>
#include <QSet>
#include <QTest>

#include "sim/actionplanner.h"

using namespace Dms;

namespace Dms {
// QCOMPARE's text for an id.
char *toString(const EntityId &id)
{
    return qstrdup(id.isNull() ? "(none)" : qPrintable(id.toString()));
}
}  // namespace Dms

namespace {

// An id as the server writes it: 0 (or "") for none.
bool isNone(const QJsonValue &id)
{
    return (id.isDouble() && id.toDouble() == 0) || (id.isString() && id.toString().isEmpty());
}

QString text(const QJsonValue &id)
{
    return id.isString() ? id.toString() : QString::number(id.toInteger());
}

QJsonObject request(const QJsonValue &id, const char *status, const QJsonValue &unit, const QJsonValue &crate = 0,
                    const QJsonValue &requester = 0, const QJsonValue &dest = 0)
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("status"), QLatin1String(status)},
                  {QStringLiteral("unit_id"), unit},
                  {QStringLiteral("request_number"), QStringLiteral("R-%1").arg(text(id))},
                  {QStringLiteral("requester_id"), requester},
                  {QStringLiteral("storage_id"), QJsonValue::Null}};
    if (!isNone(crate))
        o.insert(QStringLiteral("crate_id"), crate);
    if (!isNone(dest))
        o.insert(QStringLiteral("destination_unit_id"), dest);
    return o;
}

QJsonObject crate(const QJsonValue &id, const char *status, const QJsonValue &unit, const QJsonValue &storage)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), QLatin1String(status)},
            {QStringLiteral("unit_id"), unit},
            {QStringLiteral("crate_number"), QStringLiteral("CR-%1").arg(text(id))},
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

ScenarioStep step(SimActionType action, const QString &kind, const EntityId &unit,
                  const EntityId &destination = EntityId())
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
        QVERIFY2(p.plan(step(SimActionType::Approve, QStringLiteral("withdrawal"), 1), rng, &a, &why),
                 qPrintable(why));
        QCOMPARE(a.type, SimActionType::Approve);
        QCOMPARE(a.path, QStringLiteral("/api/requests/withdrawal/5/approve/"));
        QCOMPARE(a.actor, 1);
        QVERIFY(a.signedAction);
        QVERIFY(!a.body.contains(QStringLiteral("password")));  // added by the simulator only
        QCOMPARE(a.effects.size(), 1);
        QCOMPARE(a.effects.first().status, QStringLiteral("approved"));
        QCOMPARE(a.effects.first().targetUnits, QList<EntityId>{1});
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
        QVERIFY(a.body.value(QStringLiteral("crate_id")).isDouble());  // a number to a server of numbers
        QCOMPARE(a.body.value(QStringLiteral("crate_id")).toInteger(), qint64(12));
        QVERIFY(a.effects.first().entityId.isNull());  // known from the answer
        p.started(a);
        p.finished(a, true, 201, request(20, "pending", 1, 12, 101));
        QVERIFY(p.plan(step(SimActionType::Approve, QStringLiteral("withdrawal"), 1), rng, &a, &why));
        QCOMPARE(a.type, SimActionType::Approve);
        QCOMPARE(a.requestId, EntityId(20));
    }

    void approve_neverByTheRequester()
    {
        // Two approvers and no requester in unit 1: one of them made the pending request;
        // the other approves it, every time (the server refuses approving one's own).
        ActionPlanner p;
        p.setActors({{0, QStringLiteral("u1_apprA"), 1, 102, QStringLiteral("approver")},
                     {1, QStringLiteral("u1_apprB"), 1, 104, QStringLiteral("approver")}});
        p.loadSnapshot({request(5, "pending", 1, 0, 104)}, {}, {}, {}, storage());
        QRandomGenerator rng(1);
        for (int i = 0; i < 4; ++i) {
            PlannedAction a;
            QString why;
            QVERIFY2(p.plan(step(SimActionType::Approve, QStringLiteral("withdrawal"), 1), rng, &a, &why),
                     qPrintable(why));
            QCOMPARE(a.requestId, EntityId(5));
            QCOMPARE(a.actor, 0);
        }
        // The requester alone may not decide it: planning says why instead.
        ActionPlanner alone;
        alone.setActors({{0, QStringLiteral("u1_apprB"), 1, 104, QStringLiteral("approver")}});
        alone.loadSnapshot({request(5, "pending", 1, 0, 104)}, {}, {}, {}, storage());
        PlannedAction a;
        QString why;
        QVERIFY(!alone.plan(step(SimActionType::Approve, QStringLiteral("withdrawal"), 1), rng, &a, &why));
        QVERIFY2(why.contains(QStringLiteral("approver")), qPrintable(why));
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
        QCOMPARE(a.effects.first().targetUnits, (QList<EntityId>{1, 2}));
        QCOMPARE(a.effects.first().watchField, QStringLiteral("storage_id"));
        p.started(a);
        QJsonObject answer = request(8, "issued", 1, 11, 0, 2);
        answer.insert(QStringLiteral("storage_id"), a.storageId.toJson());
        p.finished(a, true, 200, answer);
        QVERIFY(p.plan(step(SimActionType::Return, QStringLiteral("transfer"), 1, 2), rng, &a, &why));
        QCOMPARE(a.type, SimActionType::Return);
        QCOMPARE(a.actor, 4);
        QCOMPARE(a.effects.at(0).entity, QStringLiteral("crate"));
        QCOMPARE(a.effects.at(0).targetUnits, (QList<EntityId>{2, 1}));  // the crate moves: both hear it
        QCOMPARE(a.effects.at(0).watchUnits, QList<EntityId>{2});         // the destination shows it
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
        QCOMPARE(a.requestId, EntityId(6));
        QCOMPARE(a.effects.size(), 2);
        QCOMPARE(a.effects.at(1).entity, QStringLiteral("notification"));
        QCOMPARE(a.effects.at(1).targetUserId, EntityId(101));
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

    void resubmit_nobodyHereMayEdit_sendsBackAnotherFirst()
    {
        // Request 6's requester is no virtual user and unit 1 has no unit admin: the server
        // lets nobody here edit it (an approver may not), so a request a virtual user made is
        // sent back first, to be resubmitted by its requester.
        ActionPlanner p;
        p.setActors(actors());
        p.loadSnapshot({request(5, "pending", 1, 0, 101), request(6, "sent_back", 1, 0, 999)}, {}, {}, {}, storage());
        QRandomGenerator rng(1);
        PlannedAction a;
        QString why;
        QVERIFY2(p.plan(step(SimActionType::Resubmit, QStringLiteral("withdrawal"), 1), rng, &a, &why),
                 qPrintable(why));
        QCOMPARE(a.type, SimActionType::SendBack);
        QCOMPARE(a.requestId, EntityId(5));
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
        QCOMPARE(a.storageId, EntityId(2));  // the unit's other location
        QCOMPARE(a.body.value(QStringLiteral("storage_id")), QJsonValue(2));
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
        // any unit: unit 1 can
        QVERIFY(p.checkStep(step(SimActionType::Approve, QStringLiteral("withdrawal"), EntityId())).isEmpty());
    }

    void shards_actOnTheirOwnRowsOnly()
    {
        QJsonArray pending;
        for (int id = 1; id <= 6; ++id)
            pending.append(request(id, "pending", 1, 0, 101));
        QSet<EntityId> seen[2];
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
                QCOMPARE(int(a.requestId.toNumber() % 2), k - 1);
                seen[k - 1].insert(a.requestId);
                p.started(a);
            }
        }
        QCOMPARE(seen[0].size() + seen[1].size(), 6);
        QVERIFY(!seen[0].intersects(seen[1]));
    }

    // Bodies and paths carry ids as the server wrote them: numbers to a server of numbers,
    // strings (UUIDs, or digits in quotes) to a server of strings.
    void bodies_carryTheServersIdType_data()
    {
        QTest::addColumn<QJsonValue>("unit1");
        QTest::addColumn<QJsonValue>("unit2");
        QTest::addColumn<QJsonValue>("crateId");
        QTest::addColumn<QJsonValue>("storage1");  // unit 1's (the crate's)
        QTest::addColumn<QJsonValue>("storage2");  // unit 1's other
        QTest::addColumn<QJsonValue>("storage3");  // unit 2's
        QTest::addColumn<QJsonValue>("requestId");
        QTest::addColumn<QJsonValue>("transferId");
        QTest::newRow("numbers") << QJsonValue(1) << QJsonValue(2) << QJsonValue(11) << QJsonValue(1)
                                 << QJsonValue(2) << QJsonValue(3) << QJsonValue(5) << QJsonValue(8);
        QTest::newRow("uuids") << QJsonValue(QStringLiteral("5f0c2d8e-6a0e-4c1b-9d1e-0000000000a1"))
                               << QJsonValue(QStringLiteral("5f0c2d8e-6a0e-4c1b-9d1e-0000000000a2"))
                               << QJsonValue(QStringLiteral("c7a4e3b2-1f00-4e8a-8b53-00000000c011"))
                               << QJsonValue(QStringLiteral("0d3e9f7a-2b11-4c22-9a33-00000000b001"))
                               << QJsonValue(QStringLiteral("0d3e9f7a-2b11-4c22-9a33-00000000b002"))
                               << QJsonValue(QStringLiteral("0d3e9f7a-2b11-4c22-9a33-00000000b003"))
                               << QJsonValue(QStringLiteral("e1d2c3b4-a596-4877-8899-00000000aa05"))
                               << QJsonValue(QStringLiteral("e1d2c3b4-a596-4877-8899-00000000aa08"));
        QTest::newRow("digits as strings") << QJsonValue(QStringLiteral("1")) << QJsonValue(QStringLiteral("2"))
                                           << QJsonValue(QStringLiteral("11")) << QJsonValue(QStringLiteral("1"))
                                           << QJsonValue(QStringLiteral("2")) << QJsonValue(QStringLiteral("3"))
                                           << QJsonValue(QStringLiteral("5")) << QJsonValue(QStringLiteral("8"));
    }
    void bodies_carryTheServersIdType()
    {
        QFETCH(QJsonValue, unit1);
        QFETCH(QJsonValue, unit2);
        QFETCH(QJsonValue, crateId);
        QFETCH(QJsonValue, storage1);
        QFETCH(QJsonValue, storage2);
        QFETCH(QJsonValue, storage3);
        QFETCH(QJsonValue, requestId);
        QFETCH(QJsonValue, transferId);
        const EntityId u1 = EntityId::fromJsonOrNull(unit1);
        const EntityId u2 = EntityId::fromJsonOrNull(unit2);
        const QString userTag = unit1.isString() ? QStringLiteral("user-") : QString();
        const auto user = [&](int n) {
            return unit1.isString() ? EntityId::fromString(userTag + QString::number(n)) : EntityId(n);
        };
        ActionPlanner p;
        p.setActors({{0, QStringLiteral("a_req"), u1, user(101), QStringLiteral("requester")},
                     {1, QStringLiteral("a_appr"), u1, user(102), QStringLiteral("approver")},
                     {2, QStringLiteral("a_head"), u1, user(103), QStringLiteral("store_head")},
                     {3, QStringLiteral("b_head"), u2, user(203), QStringLiteral("store_head")}});
        const QJsonArray storage{QJsonObject{{QStringLiteral("id"), storage1}, {QStringLiteral("unit_id"), unit1}},
                                 QJsonObject{{QStringLiteral("id"), storage2}, {QStringLiteral("unit_id"), unit1}},
                                 QJsonObject{{QStringLiteral("id"), storage3}, {QStringLiteral("unit_id"), unit2}}};
        QJsonObject pending = request(requestId, "pending", unit1);
        pending.insert(QStringLiteral("requester_id"), user(101).toJson());
        // An issued transfer without a crate: receiving it needs unit 2's storage first.
        const QJsonObject transfer = request(transferId, "approved", unit1, 0, 0, unit2);
        p.loadSnapshot({pending}, {}, {transfer}, {crate(crateId, "active", unit1, storage1)}, storage);
        QRandomGenerator rng(7);
        PlannedAction a;
        QString why;

        // Create: the free crate goes in the body as the server wrote its id.
        QVERIFY2(p.plan(step(SimActionType::Create, QStringLiteral("withdrawal"), u1), rng, &a, &why), qPrintable(why));
        QCOMPARE(a.path, QStringLiteral("/api/requests/withdrawal/"));
        QCOMPARE(a.body.value(QStringLiteral("crate_id")), crateId);
        QCOMPARE(a.crateId, EntityId::fromJsonOrNull(crateId));

        // A transfer's destination likewise.
        QVERIFY2(p.plan(step(SimActionType::Create, QStringLiteral("transfer"), u1, u2), rng, &a, &why),
                 qPrintable(why));
        QCOMPARE(a.body.value(QStringLiteral("destination_unit_id")), unit2);

        // Approve: the id in the path, the effect on that id, for unit 1.
        QVERIFY2(p.plan(step(SimActionType::Approve, QStringLiteral("withdrawal"), u1), rng, &a, &why),
                 qPrintable(why));
        QCOMPARE(a.type, SimActionType::Approve);
        QCOMPARE(a.path, QStringLiteral("/api/requests/withdrawal/%1/approve/").arg(text(requestId)));
        QCOMPARE(a.requestId, EntityId::fromJsonOrNull(requestId));
        QCOMPARE(a.effects.first().entityId, EntityId::fromJsonOrNull(requestId));
        QCOMPARE(a.effects.first().targetUnits, QList<EntityId>{u1});

        // Allocate the transfer's storage: the destination's location, and the watch value.
        QVERIFY2(p.plan(step(SimActionType::AllocateStorage, QStringLiteral("transfer"), u1, u2), rng, &a, &why),
                 qPrintable(why));
        QCOMPARE(a.type, SimActionType::AllocateStorage);
        QCOMPARE(a.actor, 3);
        QCOMPARE(a.path, QStringLiteral("/api/requests/transfer/%1/allocate-storage/").arg(text(transferId)));
        QCOMPARE(a.body.value(QStringLiteral("storage_id")), storage3);
        QCOMPARE(a.effects.first().watchValue, storage3);
        QCOMPARE(a.effects.first().targetUnits, (QList<EntityId>{u1, u2}));

        // Relocate: the crate's other location of its unit.
        QVERIFY2(p.plan(step(SimActionType::Relocate, QString(), u1), rng, &a, &why), qPrintable(why));
        QCOMPARE(a.path, QStringLiteral("/api/documents/crates/%1/relocate/").arg(text(crateId)));
        QCOMPARE(a.body.value(QStringLiteral("storage_id")), storage2);
        QCOMPARE(a.storageId, EntityId::fromJsonOrNull(storage2));

        // The answer to a create (the server's new id) enters the model as it is.
        PlannedAction create;
        QVERIFY(p.plan(step(SimActionType::Create, QStringLiteral("destruction"), u1), rng, &create, &why));
        p.started(create);
        const QJsonValue newId = unit1.isString() ? QJsonValue(QStringLiteral("ddd00000-0000-4000-8000-000000000042"))
                                                  : QJsonValue(42);
        p.finished(create, true, 201, request(newId, "pending", unit1));
        QVERIFY(p.plan(step(SimActionType::Approve, QStringLiteral("destruction"), u1), rng, &a, &why));
        QCOMPARE(a.type, SimActionType::Approve);
        QCOMPARE(a.requestId, EntityId::fromJsonOrNull(newId));
    }

    void paths_followTheProfilesRoutes()
    {
        RestRoutes routes;
        routes.actions = {{QStringLiteral("request-create"), QStringLiteral("/dms/v2/{kind}-requests/")},
                          {QStringLiteral("request-action"), QStringLiteral("/dms/v2/{kind}-requests/{id}/{action}")},
                          {QStringLiteral("crate-create"), QStringLiteral("/dms/v2/crates/")},
                          {QStringLiteral("crate-action"), QStringLiteral("/dms/v2/crates/{id}/{action}")}};
        routes.queries = {{QStringLiteral("withdrawal-request/{id}"),
                           QStringLiteral("/dms/v2/withdrawal-requests/{id}"), RouteShape::Object}};
        ActionPlanner p;
        p.setRoutes(routes);
        p.setActors(actors());
        const QString id = QStringLiteral("a1b2c3d4-0000-4000-8000-000000000006");
        p.loadSnapshot({request(id, "sent_back", 1, 0, 101), request(QStringLiteral("x/y"), "pending", 1, 0, 101)},
                       {}, {}, {crate(11, "active", 1, 1)}, storage());
        QRandomGenerator rng(1);
        PlannedAction a;
        QString why;
        QVERIFY2(p.plan(step(SimActionType::Resubmit, QStringLiteral("withdrawal"), 1), rng, &a, &why),
                 qPrintable(why));
        QCOMPARE(a.method, QByteArray("PATCH"));
        QCOMPARE(a.path, QStringLiteral("/dms/v2/withdrawal-requests/%1").arg(id));
        QVERIFY2(p.plan(step(SimActionType::Approve, QStringLiteral("withdrawal"), 1), rng, &a, &why),
                 qPrintable(why));
        QCOMPARE(a.path, QStringLiteral("/dms/v2/withdrawal-requests/x%2Fy/approve"));  // the id percent-encoded
        QVERIFY2(p.plan(step(SimActionType::Relocate, QString(), 1), rng, &a, &why), qPrintable(why));
        QCOMPARE(a.path, QStringLiteral("/dms/v2/crates/11/relocate"));

        // A route the profile lacks: the step cannot be planned, and says which route.
        routes.actions.remove(QStringLiteral("crate-action"));
        p.setRoutes(routes);
        QVERIFY(!p.plan(step(SimActionType::Relocate, QString(), 1), rng, &a, &why));
        QCOMPARE(why, QStringLiteral("the dialect profile has no route \"crate-action\""));
    }

    void missingRoute_namesTheFirstRouteAStepNeeds()
    {
        const RestRoutes spec = RestRoutes::specDefaults();
        for (SimActionType type : {SimActionType::Create, SimActionType::Approve, SimActionType::Resubmit,
                                   SimActionType::Return, SimActionType::Relocate, SimActionType::CreateCrate})
            QCOMPARE(ActionPlanner::missingRoute(step(type, QStringLiteral("withdrawal"), 1), spec), QString());
        ScenarioStep storm = step(SimActionType::DisconnectAll, QString(), EntityId());
        storm.method = QStringLiteral("server");
        QCOMPARE(ActionPlanner::missingRoute(storm, spec), QString());
        QCOMPARE(ActionPlanner::routesNeeded(step(SimActionType::Resubmit, QStringLiteral("transfer"), 1)),
                 (QStringList{QStringLiteral("request-create"), QStringLiteral("request-action"),
                              QStringLiteral("transfer-request/{id}")}));

        RestRoutes none;  // a profile of another system (no request or crate routes)
        QCOMPARE(ActionPlanner::missingRoute(step(SimActionType::Approve, QStringLiteral("withdrawal"), 1), none),
                 QStringLiteral("request-create"));
        QCOMPARE(ActionPlanner::missingRoute(step(SimActionType::Relocate, QString(), 1), none),
                 QStringLiteral("crate-action"));
        QCOMPARE(ActionPlanner::missingRoute(storm, none), QStringLiteral("disconnect-all"));
        storm.method = QStringLiteral("auto");  // falls back to cutting the sockets client-side
        QCOMPARE(ActionPlanner::missingRoute(storm, none), QString());
        RestRoutes noDetail = spec;
        noDetail.queries.clear();
        QCOMPARE(ActionPlanner::missingRoute(step(SimActionType::Resubmit, QStringLiteral("withdrawal"), 1), noDetail),
                 QStringLiteral("withdrawal-request/{id}"));
    }

    void shards_stringIds_splitTheRowsBetweenThem()
    {
        QJsonArray pending;
        for (int i = 1; i <= 12; ++i) {
            const QString id = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90a%1").arg(i, 2, 10, QLatin1Char('0'));
            pending.append(request(id, "pending", 1, 0, 101));
        }
        QSet<EntityId> seen[3];
        for (int k = 1; k <= 3; ++k) {
            ActionPlanner p;
            p.setShard(ShardSpec{k, 3});
            p.setActors(actors());
            p.loadSnapshot(pending, {}, {}, {}, storage());
            QRandomGenerator rng(5);
            for (;;) {
                PlannedAction a;
                QString why;
                QVERIFY(p.plan(step(SimActionType::Approve, QStringLiteral("withdrawal"), 1), rng, &a, &why));
                if (a.type != SimActionType::Approve)
                    break;  // this shard's own rows are all busy: it would create one
                seen[k - 1].insert(a.requestId);
                p.started(a);
            }
        }
        QCOMPARE(seen[0].size() + seen[1].size() + seen[2].size(), 12);  // every row, by exactly one shard
        QVERIFY(!seen[0].isEmpty() && !seen[1].isEmpty() && !seen[2].isEmpty());
        QVERIFY(!seen[0].intersects(seen[1]) && !seen[0].intersects(seen[2]) && !seen[1].intersects(seen[2]));
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
