// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

#include "auth/apiclient.h"

#include <memory>

namespace Dms::Test {

// What an ApiReply said, kept after the reply deleted itself. For tests only: the product
// never blocks. finished is false when the wait ran out (error.message then says so).
struct RestResult
{
    bool finished = false;
    bool ok = false;
    int status = 0;
    QJsonValue json;
    ApiError error;
};

// Records the reply's outcome when it finishes, without waiting (call right after the
// request: several replies can then be in flight at once).
inline std::shared_ptr<RestResult> watch(ApiReply *reply)
{
    auto result = std::make_shared<RestResult>();
    auto record = [reply, result] {
        result->finished = true;
        result->ok = reply->ok();
        result->status = reply->httpStatus();
        result->json = reply->json();
        result->error = reply->error();
    };
    if (reply->isFinished())  // finished before the caller got it (deleteLater is pending)
        record();
    else
        QObject::connect(reply, &ApiReply::finished, reply, record);
    return result;
}

// Waits (event loop, no sleeping) until the reply has finished.
inline RestResult await(ApiReply *reply, int timeoutMs = 15'000)
{
    const std::shared_ptr<RestResult> result = watch(reply);
    QSignalSpy spy(reply, &ApiReply::finished);
    if (!result->finished && !spy.wait(timeoutMs))
        result->error.message = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    return *result;
}

// The first row of a list endpoint matching a status (or an empty object).
inline QJsonObject firstWithStatus(ApiClient *api, const QString &path, const QString &status)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("status"), status);
    q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1000"));
    const RestResult r = await(api->get(path, q));
    const QJsonArray rows = r.json.toObject().value(QStringLiteral("results")).toArray();
    return rows.isEmpty() ? QJsonObject() : rows.first().toObject();
}

// Every row of a list endpoint, id → status.
inline QMap<qint64, QString> statusesOf(ApiClient *api, const QString &path)
{
    QMap<qint64, QString> out;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("5000"));
    const RestResult r = await(api->get(path, q));
    for (const QJsonValue &v : r.json.toObject().value(QStringLiteral("results")).toArray())
        out.insert(v.toObject().value(QStringLiteral("id")).toInteger(),
                   v.toObject().value(QStringLiteral("status")).toString());
    return out;
}

}  // namespace Dms::Test
