#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

#include "auth/apiclient.h"

namespace Dms::Test {

// Waits for an ApiReply and returns {status, json}. For tests only: the product never blocks.
struct RestResult
{
    int status = 0;
    QJsonValue json;
    QString error;
};

inline RestResult await(ApiReply *reply, int timeoutMs = 15000)
{
    RestResult r;
    QSignalSpy spy(reply, &ApiReply::finished);
    if (!reply->isFinished() && !spy.wait(timeoutMs)) {
        r.error = QStringLiteral("timeout");
        return r;
    }
    r.status = reply->httpStatus();
    r.json = reply->json();
    r.error = reply->error().message;
    return r;
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
