// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "hostileserver.h"

#include "fakedms.h"

#include <QDateTime>
#include <QJsonArray>

namespace Dms::Test {

HostileServer::HostileServer()
{
    for (qint64 id = 1; id <= 20; ++id)
        crates.insert(id, QStringLiteral("active"));
    m_http.setUpgradeHandler([this](QTcpSocket *socket) { m_ws.handleConnection(socket); });

    using Request = FakeHttpServer::Request;
    using Response = FakeHttpServer::Response;
    const QJsonObject user{{QStringLiteral("id"), 1},        {QStringLiteral("username"), QStringLiteral("u1_head1")},
                           {QStringLiteral("full_name"), QStringLiteral("Head One")},
                           {QStringLiteral("unit_id"), 1},   {QStringLiteral("unit_name"), QStringLiteral("Unit 1")},
                           {QStringLiteral("role"), QStringLiteral("store_head")}};
    m_http.route("POST", QStringLiteral("/api/auth/login/"), [user](const Request &r) {
        if (r.json().value(QStringLiteral("password")).toString() != QLatin1String("dms-demo"))
            return Response::json(401, QJsonObject{{QStringLiteral("detail"), QStringLiteral("No active account")}});
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return Response::json(200, QJsonObject{{QStringLiteral("access"), fakeJwt(now + 3600)},
                                               {QStringLiteral("refresh"), fakeJwt(now + 86400, "refresh")},
                                               {QStringLiteral("user"), user}});
    });
    m_http.route("POST", QStringLiteral("/api/auth/token/refresh/"), [](const Request &) {
        return Response::json(200, QJsonObject{{QStringLiteral("access"),
                                                fakeJwt(QDateTime::currentSecsSinceEpoch() + 3600)}});
    });
    m_http.route("GET", QStringLiteral("/api/auth/me/"), Response::json(200, user));
    m_http.route("GET", QStringLiteral("/api/documents/crates/"), [this](const Request &) {
        QJsonArray rows;
        for (auto it = crates.cbegin(); it != crates.cend(); ++it)
            rows.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                    {QStringLiteral("crate_number"), QStringLiteral("CR-1-%1").arg(it.key(), 5, 10, QLatin1Char('0'))},
                                    {QStringLiteral("status"), it.value()},
                                    {QStringLiteral("unit_id"), 1}});
        return Response::json(200, QJsonObject{{QStringLiteral("count"), rows.size()},
                                               {QStringLiteral("next"), QJsonValue::Null},
                                               {QStringLiteral("previous"), QJsonValue::Null},
                                               {QStringLiteral("results"), rows}});
    });
}

QString HostileServer::crateUpdate(qint64 seq, qint64 id, const QString &status)
{
    return QStringLiteral(R"({"type":"data_update","entity":"crate","action":"updated","data":{"id":%1,"status":"%2","crate_number":"CR-1-%3"},"timestamp":"%4","seq":%5,"event_id":"e%5"})")
        .arg(id)
        .arg(status)
        .arg(id, 5, 10, QLatin1Char('0'))
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .arg(seq);
}

void HostileServer::sendCrateUpdate(qint64 seq, qint64 id, const QString &status, bool applyServerSide)
{
    if (applyServerSide)
        crates.insert(id, status);
    m_ws.sendText(crateUpdate(seq, id, status));
}

}  // namespace Dms::Test
