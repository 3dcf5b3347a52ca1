// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include <QJsonValue>
#include <QTest>

#include "core/entityid.h"

using namespace Dms;

// Ids (spec §2 "Ids") from text: a query key's suffix, a URL segment, a CSV cell, a
// command-line value. The JSON forms are covered with the frame parser (tst_frameparser
// parse_ids).
class tst_EntityId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("isNumber");
        QTest::newRow("number") << QStringLiteral("7") << true << true;
        QTest::newRow("leading zero stays text") << QStringLiteral("007") << true << false;
        QTest::newRow("uuid") << QStringLiteral("5f0c7a1e-9b2d-4c3e-8f4a-1d2e3f405162") << true << false;
        QTest::newRow("dash-led text") << QStringLiteral("-7a") << true << false;
        QTest::newRow("a lone dash") << QStringLiteral("-") << true << false;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("negative") << QStringLiteral("-7") << false << false;
        QTest::newRow("plus sign") << QStringLiteral("+7") << false << false;
        QTest::newRow("minus zero") << QStringLiteral("-0") << false << false;
        QTest::newRow("zero") << QStringLiteral("0") << false << false;
        QTest::newRow("zeros") << QStringLiteral("000") << false << false;
    }
    void fromString()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(bool, isNumber);
        const EntityId id = EntityId::fromString(text);
        QCOMPARE(id.isValid(), valid);
        QCOMPARE(id.isNumber(), isNumber);
        if (valid)
            QCOMPARE(id.toString(), text);
    }

    void fromJson_negativeInAnyType_isRefusedWithAReason()
    {
        for (const QJsonValue &v : {QJsonValue(-7), QJsonValue(QStringLiteral("-7")), QJsonValue(0),
                                    QJsonValue(QStringLiteral("0"))}) {
            QString why;
            QVERIFY(!EntityId::fromJson(v, &why).has_value());
            QVERIFY2(why.contains(QStringLiteral("positive")), qPrintable(why));
        }
        QCOMPARE(EntityId::fromJsonOrNull(QJsonValue(QStringLiteral("-7"))), EntityId());
        QCOMPARE(EntityId(-7), EntityId());
    }
};

QTEST_GUILESS_MAIN(tst_EntityId)
#include "tst_entityid.moc"
