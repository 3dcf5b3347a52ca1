// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sync/restqueryfetcher.h"

#include "auth/apiclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace Dms {

namespace {

// One REST fetch: a chain of GETs (pages, audit batches) reported as one result.
class RestFetch final : public QueryFetch
{
public:
    struct Config
    {
        RestQueryFetcher::Route route;
        int pageSize = 1000;
        int maxPages = 200;
        int maxRows = 200000;
        int auditBatch = 500;
        int auditRetention = 5000;
    };

    RestFetch(const QString &key, ApiClient *api, const Config &config, const QJsonValue &previous)
        : QueryFetch(key), m_api(api), m_config(config)
    {
        if (config.route.shape == RestQueryFetcher::Shape::Audit) {
            m_rows = previous.toArray();
            m_lastId = m_rows.isEmpty()
                           ? 0
                           : m_rows.last().toObject().value(QLatin1String("id")).toInteger(0);
        }
    }

    void begin()
    {
        switch (m_config.route.shape) {
            case RestQueryFetcher::Shape::List: {
                QUrlQuery query;
                query.addQueryItem(QStringLiteral("page_size"), QString::number(m_config.pageSize));
                get(m_config.route.path, query);
                break;
            }
            case RestQueryFetcher::Shape::Object:
                get(m_config.route.path, QUrlQuery());
                break;
            case RestQueryFetcher::Shape::Audit:
                getAuditBatch();
                break;
        }
    }

protected:
    void onAbandoned() override
    {
        if (m_reply)
            disconnect(m_reply, nullptr, this, nullptr);
    }

private:
    void get(const QString &path, const QUrlQuery &query)
    {
        if (!m_api) {
            failLater(RestQueryFetcher::tr("Not connected to a server."));
            return;
        }
        ++m_pages;
        ApiReply *reply = m_api->get(path, query);
        if (reply->isFinished()) {  // answered at once (e.g. not signed in): report later
            QTimer::singleShot(0, this,
                               [this, ok = reply->ok(), json = reply->json(), error = errorText(reply),
                                status = reply->httpStatus()] { handleReply(ok, json, error, status); });
            return;
        }
        m_reply = reply;
        connect(reply, &ApiReply::finished, this, [this, reply] {
            if (reply != m_reply)
                return;
            m_reply.clear();
            handleReply(reply->ok(), reply->json(), errorText(reply), reply->httpStatus());
        });
    }

    static QString errorText(const ApiReply *reply)
    {
        if (reply->ok())
            return QString();
        return reply->error().message.isEmpty()
                   ? RestQueryFetcher::tr("The server did not answer %1.").arg(reply->path())
                   : reply->error().message;
    }

    void getAuditBatch()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("after_id"), QString::number(m_lastId));
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_config.auditBatch));
        get(m_config.route.path, query);
    }

    void handleReply(bool ok, const QJsonValue &json, const QString &error, int httpStatus)
    {
        if (isAbandoned() || isDone())
            return;
        if (!ok) {
            setHttpStatus(httpStatus);
            fail(error);
            return;
        }
        switch (m_config.route.shape) {
            case RestQueryFetcher::Shape::Object:
                if (!json.isObject()) {
                    failBadShape();
                    return;
                }
                succeed(json, 1);
                return;
            case RestQueryFetcher::Shape::List:
                onListPage(json);
                return;
            case RestQueryFetcher::Shape::Audit:
                onAuditBatch(json);
                return;
        }
    }

    void onListPage(const QJsonValue &json)
    {
        if (json.isArray()) {  // an unpaginated collection
            if (!appendAll(json.toArray()))
                return;
            succeed(m_rows, int(m_rows.size()));
            return;
        }
        const QJsonObject page = json.toObject();
        const QJsonValue results = page.value(QLatin1String("results"));
        if (!results.isArray()) {
            failBadShape();
            return;
        }
        if (!appendAll(results.toArray()))
            return;
        const QString next = page.value(QLatin1String("next")).toString();
        if (next.isEmpty()) {
            succeed(m_rows, int(m_rows.size()));
            return;
        }
        if (m_pages >= m_config.maxPages) {
            fail(RestQueryFetcher::tr("%1 has more than %n page(s).", nullptr, m_config.maxPages)
                     .arg(key()));
            return;
        }
        get(next, QUrlQuery());
    }

    void onAuditBatch(const QJsonValue &json)
    {
        QJsonArray batch;
        if (json.isArray())
            batch = json.toArray();
        else if (json.toObject().value(QLatin1String("results")).isArray())
            batch = json.toObject().value(QLatin1String("results")).toArray();
        else {
            failBadShape();
            return;
        }
        qint64 maxId = m_lastId;
        for (const QJsonValue &entry : std::as_const(batch)) {
            const qint64 id = entry.toObject().value(QLatin1String("id")).toInteger(-1);
            if (id <= m_lastId)
                continue;  // already cached (a server ignoring after_id)
            m_rows.append(entry);
            ++m_received;
            maxId = qMax(maxId, id);
        }
        const bool advanced = maxId > m_lastId;
        m_lastId = maxId;
        if (batch.size() >= m_config.auditBatch && advanced && m_pages < m_config.maxPages) {
            trimAudit();
            getAuditBatch();
            return;
        }
        trimAudit();
        succeed(m_rows, m_received);
    }

    void trimAudit()
    {
        const qsizetype excess = m_rows.size() - m_config.auditRetention;
        if (excess <= 0)
            return;
        QJsonArray kept;
        for (qsizetype i = excess; i < m_rows.size(); ++i) kept.append(m_rows.at(i));
        m_rows = kept;
    }

    // False (and the fetch failed, nothing of it applied) when the list would exceed the
    // row cap: a server ignoring page_size, or a table far larger than a console can show.
    bool appendAll(const QJsonArray &rows)
    {
        if (m_rows.size() + rows.size() > m_config.maxRows) {
            m_rows = QJsonArray();
            fail(RestQueryFetcher::tr("%1 has more than %n row(s); nothing of it was applied.", nullptr,
                                      m_config.maxRows)
                     .arg(key()));
            return false;
        }
        for (const QJsonValue &row : rows) m_rows.append(row);
        return true;
    }

    void failBadShape()
    {
        fail(RestQueryFetcher::tr("Unexpected answer from the server for %1.").arg(key()));
    }

    QPointer<ApiClient> m_api;
    Config m_config;
    QPointer<ApiReply> m_reply;
    QJsonArray m_rows;
    qint64 m_lastId = 0;
    int m_pages = 0;
    int m_received = 0;
};

}  // namespace

RestQueryFetcher::RestQueryFetcher(ApiClient *api, const RestRoutes &routes)
    : m_api(api), m_routes(routes)
{
}

RestQueryFetcher::Route RestQueryFetcher::route(const QString &key) const
{
    Route r;
    r.path = m_routes.pathOfKey(key, &r.shape);
    return r;
}

bool RestQueryFetcher::canFetch(const QString &key) const
{
    return route(key).isValid();
}

bool RestQueryFetcher::isIncremental(const QString &key) const
{
    return route(key).shape == Shape::Audit;
}

QueryFetch *RestQueryFetcher::start(const QString &key, const QJsonValue &previous)
{
    const Route route = this->route(key);
    if (!route.isValid()) {
        auto *fetch = new QueryFetch(key);
        fetch->failLater(tr("No data source is known for “%1”.").arg(key));
        return fetch;
    }
    auto *fetch = new RestFetch(
        key, m_api, {route, m_pageSize, m_maxPages, m_maxRows, m_auditBatch, m_auditRetention}, previous);
    fetch->begin();
    return fetch;
}

}  // namespace Dms
