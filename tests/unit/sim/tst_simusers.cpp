// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// Virtual users: the users file (as seed_demo --users-csv writes it), the demo pattern,
// picking and sharding.
#include <QSet>
#include <QTest>

#include "sim/simusers.h"

using namespace Dms;

class tst_SimUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseCsv_seedDemoOutput_keepsAdminApart()
    {
        const QByteArray text = "username,password,unit_id,role\n"
                                "u1_req1,dms-demo,1,requester\n"
                                "u1_appr1,dms-demo,1,approver\r\n"
                                "\n"
                                "# a comment\n"
                                "u2_head1,\"pa,ss \"\"x\"\"\",2,store_head\n"
                                "admin,dms-admin,1,admin\n";
        SimUserList list;
        QString error;
        QVERIFY2(parseSimUsersCsv(text, QStringLiteral("users.csv"), &list, &error), qPrintable(error));
        QCOMPARE(list.users.size(), 3);
        QCOMPARE(list.users.at(0).username, QStringLiteral("u1_req1"));
        QCOMPARE(list.users.at(0).password, QStringLiteral("dms-demo"));
        QCOMPARE(list.users.at(0).unitId, 1);
        QCOMPARE(list.users.at(1).role, QStringLiteral("approver"));
        QCOMPARE(list.users.at(2).password, QStringLiteral("pa,ss \"x\""));
        QCOMPARE(list.users.at(2).unitId, 2);
        QCOMPARE(list.admin.username, QStringLiteral("admin"));
        QCOMPARE(list.admin.password, QStringLiteral("dms-admin"));
    }

    void parseCsv_withoutHeaderOrRole()
    {
        SimUserList list;
        QString error;
        QVERIFY2(parseSimUsersCsv("alice,secret,3\nbob,pw,4\n", QStringLiteral("u.csv"), &list, &error),
                 qPrintable(error));
        QCOMPARE(list.users.size(), 2);
        QVERIFY(list.users.at(0).role.isEmpty());
        QCOMPARE(list.users.at(1).unitId, 4);
        QVERIFY(list.admin.username.isEmpty());
    }

    void parseCsv_textUnitIds_areKeptAsTheyAre()
    {
        // The shipped DMS's units are UUIDs; an admin may have no unit.
        const QByteArray text = "username,password,unit_id,role\n"
                                "alice,pw,5f0c2d8e-6a0e-4c1b-9d1e-0000000000a1,requester\n"
                                "bob,pw,unit-b\n"
                                "carol,pw,12\n"
                                "root,pw,,admin\n"
                                "root2,pw,0,admin\n";
        SimUserList list;
        QString error;
        QVERIFY2(parseSimUsersCsv(text, QStringLiteral("u.csv"), &list, &error), qPrintable(error));
        QCOMPARE(list.users.size(), 3);
        QCOMPARE(list.users.at(0).unitId, EntityId::fromString(QStringLiteral("5f0c2d8e-6a0e-4c1b-9d1e-0000000000a1")));
        QVERIFY(!list.users.at(0).unitId.isNumber());
        QCOMPARE(list.users.at(1).unitId.toString(), QStringLiteral("unit-b"));
        QCOMPARE(list.users.at(2).unitId, EntityId(12));
        QVERIFY(list.users.at(2).unitId.isNumber());
        QCOMPARE(list.admin.username, QStringLiteral("root"));
        QVERIFY(list.admin.unitId.isNull());
    }

    void parseCsv_bad_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("fields") << QByteArray("username,password,unit\nalice,pw\n")
                                << QStringLiteral("u.csv:2: expected username,password,unit[,role] (2 fields found)");
        QTest::newRow("negative unit") << QByteArray("alice,pw,-3\n")
                                       << QStringLiteral("u.csv:1: unit \"-3\" of alice is not a unit id");
        QTest::newRow("zero unit") << QByteArray("alice,pw,0\n")
                                   << QStringLiteral("u.csv:1: unit \"0\" of alice is not a unit id");
        QTest::newRow("no unit") << QByteArray("alice,pw, \n")
                                 << QStringLiteral("u.csv:1: unit \"\" of alice is not a unit id");
        QTest::newRow("password") << QByteArray("alice,,1\n") << QStringLiteral("u.csv:1: the password of alice is empty");
        QTest::newRow("name") << QByteArray(" ,pw,1\n") << QStringLiteral("u.csv:1: the username is empty");
        QTest::newRow("twice") << QByteArray("alice,pw,1\n\nalice,pw,2\n")
                               << QStringLiteral("u.csv:3: alice is listed twice (each virtual user needs its own account)");
        QTest::newRow("empty") << QByteArray("username,password,unit\n")
                               << QStringLiteral("u.csv: no users (expected lines of username,password,unit[,role])");
    }
    void parseCsv_bad()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        SimUserList list;
        QString got;
        QVERIFY(!parseSimUsersCsv(text, QStringLiteral("u.csv"), &list, &got));
        QCOMPARE(got, error);
    }

    void demoUsers_followSeedDemoNamesAndSpreadOverUnits()
    {
        const QList<SimUser> users = demoSimUsers(10, 3);
        QCOMPARE(users.size(), 10);
        QStringList names;
        QMap<EntityId, int> perUnit;
        for (const SimUser &u : users) {
            names.append(u.username);
            ++perUnit[u.unitId];
            QCOMPARE(u.password, demoPassword());
        }
        QCOMPARE(perUnit.value(1), 4);
        QCOMPARE(perUnit.value(2), 3);
        QCOMPARE(perUnit.value(3), 3);
        QCOMPARE(names.mid(0, 6), (QStringList{QStringLiteral("u1_req1"), QStringLiteral("u2_req1"),
                                               QStringLiteral("u3_req1"), QStringLiteral("u1_appr1"),
                                               QStringLiteral("u2_appr1"), QStringLiteral("u3_appr1")}));
        QVERIFY(names.contains(QStringLiteral("u1_uadmin1")));
        QCOMPARE(users.at(3).role, QStringLiteral("approver"));
    }

    void pick_isBalancedOverUnits()
    {
        QList<SimUser> all;
        for (int i = 0; i < 6; ++i)
            all.append(SimUser{QStringLiteral("a%1").arg(i), QStringLiteral("pw"), 1, QString()});
        all.append(SimUser{QStringLiteral("b0"), QStringLiteral("pw"), 2, QString()});
        const QList<SimUser> picked = pickSimUsers(all, 3);
        QCOMPARE(picked.size(), 3);
        QCOMPARE(picked.at(0).username, QStringLiteral("a0"));
        QCOMPARE(picked.at(1).username, QStringLiteral("b0"));
        QCOMPARE(picked.at(2).username, QStringLiteral("a1"));
        QCOMPARE(pickSimUsers(all, 0).size(), all.size());
    }

    void pick_andShard_mixedUnitIds_naturalOrder()
    {
        // Units 10 and 9 (numbers, in natural order: 9 before 10) and a UUID unit (after them).
        const EntityId uuid = EntityId::fromString(QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001"));
        QList<SimUser> all;
        all.append(SimUser{QStringLiteral("x0"), QStringLiteral("pw"), uuid, QStringLiteral("requester")});
        all.append(SimUser{QStringLiteral("t0"), QStringLiteral("pw"), 10, QStringLiteral("requester")});
        all.append(SimUser{QStringLiteral("n0"), QStringLiteral("pw"), 9, QStringLiteral("requester")});
        all.append(SimUser{QStringLiteral("x1"), QStringLiteral("pw"), uuid, QStringLiteral("requester")});
        const QList<SimUser> picked = pickSimUsers(all, 3);
        QCOMPARE(picked.size(), 3);
        QCOMPARE(picked.at(0).username, QStringLiteral("n0"));  // unit 9
        QCOMPARE(picked.at(1).username, QStringLiteral("t0"));  // unit 10
        QCOMPARE(picked.at(2).username, QStringLiteral("x0"));  // the UUID unit
        // Two shards: the (unit, role) groups are dealt unit by unit, in natural unit order.
        QSet<QString> seen;
        for (int k = 1; k <= 2; ++k) {
            for (const SimUser &u : shardSimUsers(all, ShardSpec{k, 2}))
                seen.insert(u.username);
        }
        QCOMPARE(seen.size(), 4);
        const QList<SimUser> first = shardSimUsers(all, ShardSpec{1, 2});
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).username, QStringLiteral("x0"));  // list order within the slice
        QCOMPARE(first.at(1).username, QStringLiteral("n0"));
    }

    void shard_slicesDisjointAndComplete()
    {
        const QList<SimUser> users = demoSimUsers(25, 2);
        QSet<QString> seen;
        int total = 0;
        for (int k = 1; k <= 3; ++k) {
            const QList<SimUser> slice = shardSimUsers(users, ShardSpec{k, 3});
            total += int(slice.size());
            QSet<EntityId> units;
            QSet<QString> rolesOfUnit2;
            for (const SimUser &u : slice) {
                QVERIFY(!seen.contains(u.username));
                seen.insert(u.username);
                units.insert(u.unitId);
                if (u.unitId == 2)
                    rolesOfUnit2.insert(u.role);
            }
            QCOMPARE(units.size(), 2);         // every shard has users of every unit …
            QCOMPARE(rolesOfUnit2.size(), 4);  // … and of every role
            QVERIFY(slice.size() == 8 || slice.size() == 9);
        }
        QCOMPARE(total, 25);
    }

    void shardSpec_parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("1/1") << "1/1" << true;
        QTest::newRow("3/4") << "3/4" << true;
        QTest::newRow("0/4") << "0/4" << false;
        QTest::newRow("5/4") << "5/4" << false;
        QTest::newRow("x") << "x" << false;
        QTest::newRow("1/0") << "1/0" << false;
    }
    void shardSpec_parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        ShardSpec shard;
        QString error;
        QCOMPARE(ShardSpec::parse(text, &shard, &error), ok);
        if (ok)
            QCOMPARE(shard.toString(), text);
        else
            QCOMPARE(error, QStringLiteral("\"%1\" is not K/N with 1 ≤ K ≤ N (e.g. 2/4)").arg(text));
    }
};

QTEST_GUILESS_MAIN(tst_SimUsers)
#include "tst_simusers.moc"
