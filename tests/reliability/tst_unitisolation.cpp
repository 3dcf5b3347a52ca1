// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// Cross-unit REST access is refused for every endpoint (spec §1 "Unit isolation"): a unit
// admin of unit 1 — allowed everything in its own unit, so only the unit can be the
// reason — tries every read, write and action on unit 2's rows, and every list for unit 2
// rows. Each must be refused, list answers must hold no unit 2 row, and unit 2's data
// must be unchanged afterwards.
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include "auth/apiclient.h"
#include "core/clock.h"
#include "restcall.h"
#include "serverfixture.h"

using namespace Dms;
using namespace Dms::Test;

namespace {

QJsonArray listOf(ApiClient *api, const QString &path, const QString &query = QString())
{
    QUrlQuery q(query);
    q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("5000"));
    const RestResult r = await(api->get(path, q));
    const QJsonValue results = r.json.toObject().value(QStringLiteral("results"));
    return results.isArray() ? results.toArray() : QJsonArray();
}

}  // namespace

class tst_UnitIsolation : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_server;
    QNetworkAccessManager m_nam;
    SystemClock m_clock;
    std::unique_ptr<ApiClient> m_admin;  // sees every unit: the referee
    std::unique_ptr<ApiClient> m_intruder;  // u1_uadmin1

    QByteArray snapshotOfUnit2()
    {
        QByteArray all;
        for (const QString &path : {QStringLiteral("/api/requests/withdrawal/"), QStringLiteral("/api/requests/destruction/"),
                                    QStringLiteral("/api/requests/transfer/"), QStringLiteral("/api/documents/crates/"),
                                    QStringLiteral("/api/storage/"), QStringLiteral("/api/requests/sendbacks/")})
            all += QJsonDocument(listOf(m_admin.get(), path, QStringLiteral("unit=2"))).toJson(QJsonDocument::Compact);
        return all;
    }

    qint64 firstId(const QString &path, const std::function<bool(const QJsonObject &)> &pick)
    {
        for (const QJsonValue &v : listOf(m_admin.get(), path)) {
            if (pick(v.toObject()))
                return v.toObject().value(QStringLiteral("id")).toInteger();
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ServerFixture::Options options;
        options.seedArgs = QStringLiteral("--units 3 --users-per-unit 4 --crates 15 --requests 30 --seed 4");
        m_server = std::make_unique<ServerFixture>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_admin = std::make_unique<ApiClient>(&m_nam, &m_clock);
        m_admin->setBaseUrl(m_server->baseUrl());
        QCOMPARE(await(m_admin->login(QStringLiteral("admin"), QStringLiteral("dms-admin"))).status, 200);
        m_intruder = std::make_unique<ApiClient>(&m_nam, &m_clock);
        m_intruder->setBaseUrl(m_server->baseUrl());
        // DMS_ISOLATION_INTRUDER=admin:dms-admin shows the test failing (admin sees all units).
        const QStringList who = qEnvironmentVariable("DMS_ISOLATION_INTRUDER", QStringLiteral("u1_uadmin1:dms-demo"))
                                    .split(QLatin1Char(':'));
        QCOMPARE(await(m_intruder->login(who.value(0), who.value(1))).status, 200);
        QCOMPARE(m_intruder->user().unitId, 1);
    }

    void cleanupTestCase()
    {
        m_intruder.reset();
        m_admin.reset();
        m_server.reset();
    }

    void everyEndpoint_refusesAnotherUnitsRows()
    {
        auto unit2 = [](const QJsonObject &o) { return o.value(QStringLiteral("unit_id")).toInt() == 2; };
        // A transfer that does not involve unit 1 at all (2 → 3 or 3 → 2).
        auto foreignTransfer = [](const QJsonObject &o) {
            const int src = o.value(QStringLiteral("unit_id")).toInt();
            const int dst = o.value(QStringLiteral("destination_unit_id")).toInt();
            return src != 1 && dst != 1 && src > 0 && dst > 0;
        };
        const qint64 withdrawal = firstId(QStringLiteral("/api/requests/withdrawal/"), unit2);
        const qint64 destruction = firstId(QStringLiteral("/api/requests/destruction/"), unit2);
        const qint64 transfer = firstId(QStringLiteral("/api/requests/transfer/"), foreignTransfer);
        const qint64 crate = firstId(QStringLiteral("/api/documents/crates/"), unit2);
        const qint64 storage = firstId(QStringLiteral("/api/storage/"), unit2);
        const qint64 ownCrate = firstId(QStringLiteral("/api/documents/crates/"), [](const QJsonObject &o) {
            return o.value(QStringLiteral("unit_id")).toInt() == 1 && o.value(QStringLiteral("status")).toString() == QLatin1String("active");
        });
        QVERIFY(withdrawal && destruction && transfer && crate && storage && ownCrate);
        const QByteArray before = snapshotOfUnit2();

        struct Call
        {
            QByteArray method;
            QString path;
            QJsonObject body;
        };
        QList<Call> calls;
        const QJsonObject signature{{QStringLiteral("password"), ServerFixture::demoPassword()},
                                    {QStringLiteral("reason"), QStringLiteral("intrusion")}};
        for (const auto &[kind, id] : {std::pair{QStringLiteral("withdrawal"), withdrawal},
                                       std::pair{QStringLiteral("destruction"), destruction},
                                       std::pair{QStringLiteral("transfer"), transfer}}) {
            const QString base = QStringLiteral("/api/requests/%1/%2/").arg(kind).arg(id);
            calls << Call{"GET", base, {}} << Call{"PATCH", base, {{QStringLiteral("reason"), QStringLiteral("x")}}}
                  << Call{"DELETE", base, {}};
            for (const QString &action : {QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("send-back"),
                                          QStringLiteral("issue"), QStringLiteral("return")})
                calls << Call{"POST", base + action + QLatin1Char('/'), signature};
            calls << Call{"POST", base + QStringLiteral("allocate-storage/"), {{QStringLiteral("storage_id"), storage}}};
        }
        const QString crateBase = QStringLiteral("/api/documents/crates/%1/").arg(crate);
        calls << Call{"GET", crateBase, {}} << Call{"PUT", crateBase, {{QStringLiteral("description"), QStringLiteral("x")}}}
              << Call{"DELETE", crateBase, {}}
              << Call{"POST", crateBase + QStringLiteral("relocate/"), {{QStringLiteral("storage_id"), storage}}};
        const QString storageBase = QStringLiteral("/api/storage/%1/").arg(storage);
        calls << Call{"GET", storageBase, {}} << Call{"PUT", storageBase, {{QStringLiteral("code"), QStringLiteral("HACK")}}};
        // Own rows pointed at another unit's rows.
        calls << Call{"POST", QStringLiteral("/api/documents/crates/%1/relocate/").arg(ownCrate), {{QStringLiteral("storage_id"), storage}}}
              << Call{"POST", QStringLiteral("/api/requests/withdrawal/"), {{QStringLiteral("reason"), QStringLiteral("x")}, {QStringLiteral("crate_id"), crate}}}
              << Call{"POST", QStringLiteral("/api/documents/crates/"), {{QStringLiteral("storage_id"), storage}}}
              << Call{"GET", QStringLiteral("/api/realtime/connections/"), {}};

        int refused = 0;
        for (const Call &call : std::as_const(calls)) {
            ApiReply *reply = nullptr;
            if (call.method == "GET")
                reply = m_intruder->get(call.path);
            else if (call.method == "POST")
                reply = m_intruder->post(call.path, call.body);
            else if (call.method == "PATCH")
                reply = m_intruder->patch(call.path, call.body);
            else if (call.method == "PUT")
                reply = m_intruder->put(call.path, call.body);
            else
                reply = m_intruder->deleteResource(call.path);
            const RestResult r = await(reply);
            const bool ok = r.status == 403 || r.status == 404 || r.status == 400;
            QVERIFY2(ok, qPrintable(QStringLiteral("%1 %2 → %3 (must be refused)").arg(QString::fromLatin1(call.method), call.path).arg(r.status)));
            refused += ok ? 1 : 0;
        }
        qInfo("unit isolation: %d cross-unit calls, %d refused", int(calls.size()), refused);

        // Lists never show unit 2's rows, not even when asked for them.
        for (const QString &path : {QStringLiteral("/api/requests/withdrawal/"), QStringLiteral("/api/requests/destruction/"),
                                    QStringLiteral("/api/requests/transfer/"), QStringLiteral("/api/documents/crates/"),
                                    QStringLiteral("/api/storage/"), QStringLiteral("/api/requests/sendbacks/"),
                                    QStringLiteral("/api/audit/")}) {
            for (const QString &query : {QString(), QStringLiteral("unit=2"), QStringLiteral("search=CR-2")}) {
                for (const QJsonValue &v : listOf(m_intruder.get(), path, query)) {
                    const QJsonObject o = v.toObject();
                    // A transfer's audit entries and send-back records belong to both its
                    // units; the transfer list itself is checked with its destination.
                    if (o.value(QStringLiteral("entity")).toString() == QLatin1String("transfer") ||
                        o.value(QStringLiteral("request_kind")).toString() == QLatin1String("transfer"))
                        continue;
                    const int unit = o.value(QStringLiteral("unit_id")).toInt(1);
                    const int dst = o.value(QStringLiteral("destination_unit_id")).toInt(1);
                    QVERIFY2(unit == 1 || dst == 1,
                             qPrintable(QStringLiteral("%1?%2 showed a row of unit %3").arg(path, query).arg(unit)));
                }
            }
        }
        QCOMPARE(snapshotOfUnit2(), before);  // nothing of unit 2 changed
    }
};

QTEST_GUILESS_MAIN(tst_UnitIsolation)
#include "tst_unitisolation.moc"
