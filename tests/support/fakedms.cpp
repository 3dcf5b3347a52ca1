// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "fakedms.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Dms::Test {

namespace {
QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject userJson()
{
    return QJsonObject{{QStringLiteral("id"), 7},
                       {QStringLiteral("username"), QStringLiteral("alice")},
                       {QStringLiteral("full_name"), QStringLiteral("Alice Archivist")},
                       {QStringLiteral("unit_id"), 3},
                       {QStringLiteral("unit_name"), QStringLiteral("Goa QA")},
                       {QStringLiteral("role"), QStringLiteral("qa")}};
}

QJsonObject detail(const QString &text)
{
    return QJsonObject{{QStringLiteral("detail"), text}};
}
}  // namespace

QString fakeJwt(qint64 expSeconds, const QByteArray &type, int id)
{
    const QByteArray header = base64Url(R"({"alg":"HS256","typ":"JWT"})");
    const QJsonObject claims{{QStringLiteral("token_type"), QString::fromLatin1(type)},
                             {QStringLiteral("exp"), expSeconds},
                             {QStringLiteral("jti"), QString::number(id)},
                             {QStringLiteral("user_id"), 1}};
    const QByteArray payload = base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(header + '.' + payload + '.' + base64Url("not-a-signature"));
}

FakeDms::FakeDms(QObject *parent) : QObject(parent)
{
    using Request = FakeHttpServer::Request;
    using Response = FakeHttpServer::Response;

    server.route("POST", QStringLiteral("/api/auth/login/"), [this](const Request &r) {
        const QJsonObject body = r.json();
        if (body.value(QStringLiteral("username")).toString() != QStringLiteral("alice") ||
            body.value(QStringLiteral("password")).toString() != password)
            return Response::json(
                401, detail(QStringLiteral("No active account found with the given credentials")));
        issueAccess();
        refresh = fakeJwt(nowS + 86400, "refresh", m_nextId++);
        return Response::json(200, QJsonObject{{QStringLiteral("access"), access},
                                               {QStringLiteral("refresh"), refresh},
                                               {QStringLiteral("user"), userJson()}});
    });
    server.route("POST", QStringLiteral("/api/auth/token/refresh/"), [this](const Request &r) {
        if (r.json().value(QStringLiteral("refresh")).toString() != refresh || refresh.isEmpty()) {
            Response res =
                Response::json(401, detail(QStringLiteral("Token is invalid or expired")));
            res.delayMs = refreshDelayMs;
            return res;
        }
        QJsonObject answer{{QStringLiteral("access"), issueAccess()}};
        if (rotateRefresh) {
            refresh = fakeJwt(nowS + 86400, "refresh", m_nextId++);
            answer.insert(QStringLiteral("refresh"), refresh);
        }
        Response res = Response::json(200, answer);
        res.delayMs = refreshDelayMs;
        return res;
    });
    server.route("GET", QStringLiteral("/api/auth/me/"), [this](const Request &r) {
        if (r.bearer().isEmpty() || r.bearer() != access)
            return Response::json(401, detail(QStringLiteral("Token is invalid or expired")));
        return Response::json(200, userJson());
    });
    server.route("GET", QStringLiteral("/api/requests/withdrawal/"), [this](const Request &r) {
        if (r.bearer().isEmpty() || r.bearer() != access)
            return Response::json(401, detail(QStringLiteral("Token is invalid or expired")));
        return Response::json(200, QJsonObject{{QStringLiteral("count"), 0},
                                               {QStringLiteral("next"), QJsonValue()},
                                               {QStringLiteral("previous"), QJsonValue()},
                                               {QStringLiteral("results"), QJsonArray()}});
    });
}

QString FakeDms::issueAccess()
{
    access = fakeJwt(nowS + accessLifetimeS, "access", m_nextId++);
    return access;
}

}  // namespace Dms::Test
