// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// SharedJson: identical large bodies are parsed once and shared (the simulator's users fetch
// the same lists); different bodies, small bodies and bad JSON behave as fromJson does.
#include "core/sharedjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTest>

using namespace Dms;

namespace {

QByteArray listBody(int rows, const QString &status)
{
    QJsonArray results;
    for (int i = 1; i <= rows; ++i)
        results.append(QJsonObject{{QStringLiteral("id"), i},
                                   {QStringLiteral("status"), status},
                                   {QStringLiteral("request_number"), QStringLiteral("WR-%1").arg(i, 6, 10, QLatin1Char('0'))}});
    return QJsonDocument(QJsonObject{{QStringLiteral("count"), rows}, {QStringLiteral("results"), results}})
        .toJson(QJsonDocument::Compact);
}

}  // namespace

class tst_SharedJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { SharedJson::clear(); }

    void identicalBodies_parsedOnce_andShared()
    {
        const QByteArray body = listBody(100, QStringLiteral("pending"));
        QVERIFY(body.size() >= SharedJson::MinBytes);
        QJsonParseError e1, e2;
        const QJsonDocument a = SharedJson::parse(body, &e1);
        const QJsonDocument b = SharedJson::parse(QByteArray(body.constData(), body.size()), &e2);  // another buffer
        QCOMPARE(e1.error, QJsonParseError::NoError);
        QCOMPARE(e2.error, QJsonParseError::NoError);
        QCOMPARE(SharedJson::hits(), quint64(1));
        QCOMPARE(a, b);
        QCOMPARE(a, QJsonDocument::fromJson(body));
        // Copy-on-write: changing one copy leaves the cached one as the server sent it.
        QJsonObject changed = b.object();
        changed.insert(QStringLiteral("count"), 0);
        QCOMPARE(SharedJson::parse(body, nullptr).object().value(QStringLiteral("count")).toInt(), 100);
    }

    void differentBodies_areNotConfused()
    {
        const QJsonDocument a = SharedJson::parse(listBody(100, QStringLiteral("pending")), nullptr);
        const QJsonDocument b = SharedJson::parse(listBody(100, QStringLiteral("approved")), nullptr);
        QCOMPARE(SharedJson::hits(), quint64(0));
        QCOMPARE(a.object().value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(b.object().value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("approved"));
    }

    void smallAndBadBodies_asFromJson()
    {
        QJsonParseError e;
        SharedJson::parse(QByteArrayLiteral("{\"a\":1}"), &e);
        SharedJson::parse(QByteArrayLiteral("{\"a\":1}"), &e);
        QCOMPARE(SharedJson::hits(), quint64(0));  // small: not cached
        QByteArray bad = listBody(100, QStringLiteral("pending"));
        bad.chop(1);
        const QJsonDocument doc = SharedJson::parse(bad, &e);
        QVERIFY(e.error != QJsonParseError::NoError);
        QVERIFY(doc.isNull());
        SharedJson::parse(bad, &e);
        QVERIFY(e.error != QJsonParseError::NoError);  // a bad body is never served from the cache
        QCOMPARE(SharedJson::hits(), quint64(0));
    }

    void cacheIsBounded()
    {
        // Distinct bodies until more than CapacityBytes went in: the first one is gone,
        // the last one is still there.
        const QByteArray first = listBody(100, QStringLiteral("first"));
        SharedJson::parse(first, nullptr);
        qsizetype total = first.size();
        int i = 0;
        QByteArray last;
        while (total <= SharedJson::CapacityBytes + first.size()) {
            last = listBody(100, QStringLiteral("s%1").arg(i++));
            SharedJson::parse(last, nullptr);
            total += last.size();
        }
        SharedJson::parse(first, nullptr);
        QCOMPARE(SharedJson::hits(), quint64(0));
        SharedJson::parse(last, nullptr);
        QCOMPARE(SharedJson::hits(), quint64(1));
    }
};

QTEST_GUILESS_MAIN(tst_SharedJson)
#include "tst_sharedjson.moc"
