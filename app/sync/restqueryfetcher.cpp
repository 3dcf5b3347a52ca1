// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sync/restqueryfetcher.h"

#include "auth/apiclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

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
        int parallelPages = 4;
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

    ~RestFetch() override { cancelAll(); }

protected:
    void onAbandoned() override { cancelAll(); }

private:
    // slot: the index of a page fetched in parallel (pages 2.. of a list), -1 for the chain
    // (the first page, pages followed through `next`, objects, audit batches).
    void get(const QString &path, const QUrlQuery &query, int slot = -1)
    {
        if (!m_api) {
            failLater(RestQueryFetcher::tr("Not connected to a server."));
            return;
        }
        ++m_pages;
        ApiReply *reply = m_api->get(path, query);
        if (reply->isFinished()) {  // answered at once (e.g. not signed in): report later
            QTimer::singleShot(
                0, this,
                [this, slot, ok = reply->ok(), json = reply->json(), error = errorText(reply),
                 status = reply->httpStatus()] { handleReply(slot, ok, json, error, status); });
            return;
        }
        m_replies.append(reply);
        connect(reply, &ApiReply::finished, this, [this, reply, slot] {
            if (!m_replies.removeOne(reply))
                return;
            handleReply(slot, reply->ok(), reply->json(), errorText(reply), reply->httpStatus());
        });
    }

    // Stops every GET still out (abandoned, failed, or destroyed): nothing more is asked of
    // the server for this fetch.
    void cancelAll()
    {
        const QList<QPointer<ApiReply>> replies = std::exchange(m_replies, {});
        for (const QPointer<ApiReply> &reply : replies) {
            if (!reply)  // gone with its client
                continue;
            disconnect(reply, nullptr, this, nullptr);
            if (m_api)
                m_api->cancel(reply);
        }
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

    void handleReply(int slot, bool ok, const QJsonValue &json, const QString &error,
                     int httpStatus)
    {
        if (isAbandoned() || isDone())
            return;
        if (!ok) {  // any page failing fails the fetch, and the other pages are stopped
            setHttpStatus(httpStatus);
            fail(error);
            cancelAll();
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
                if (slot >= 0)
                    onParallelPage(slot, json);
                else
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
        const bool first = m_pages == 1;
        if (!appendAll(results.toArray()))
            return;
        const QString next = page.value(QLatin1String("next")).toString();
        if (next.isEmpty()) {
            succeed(m_rows, int(m_rows.size()));
            return;
        }
        if (first && startParallelPages(page, int(results.toArray().size()), next))
            return;
        followNext(next);
    }

    void followNext(const QString &next)
    {
        if (m_pages >= m_config.maxPages) {
            failTooManyPages();
            return;
        }
        get(next, QUrlQuery());
    }

    void failTooManyPages()
    {
        fail(RestQueryFetcher::tr("%1 has more than %n page(s).", nullptr, m_config.maxPages)
                 .arg(key()));
    }

    // After the first page of a DRF page-number list (`count`, and a `next` link whose `page`
    // is 2): the remaining pages are known, so they are asked for at once, at most
    // parallelPages in flight, and put together in order. False (the pages are followed
    // through `next` one by one, as any paginated server allows) when the page does not say
    // enough: no count, another kind of link (cursor, offset), parallel paging off.
    bool startParallelPages(const QJsonObject &page, int firstPageRows, const QString &next)
    {
        if (m_config.parallelPages <= 1 || firstPageRows <= 0)
            return false;
        const QJsonValue countValue = page.value(QLatin1String("count"));
        if (!countValue.isDouble())
            return false;
        const qint64 count = countValue.toInteger(-1);
        QUrl url(next);
        QUrlQuery query(url);
        bool isNumber = false;
        if (count <= firstPageRows ||
            query.queryItemValue(QStringLiteral("page")).toInt(&isNumber) != 2 || !isNumber)
            return false;
        const qint64 pages = (count + firstPageRows - 1) / firstPageRows;
        if (pages > m_config.maxPages) {
            failTooManyPages();
            return true;
        }
        if (count > m_config.maxRows) {
            failTooManyRows();
            return true;
        }
        for (qint64 number = 2; number <= pages; ++number) {
            query.removeAllQueryItems(QStringLiteral("page"));
            query.addQueryItem(QStringLiteral("page"), QString::number(number));
            url.setQuery(query);
            m_pageUrls.append(url.toString(QUrl::FullyEncoded));
        }
        m_pageRows.resize(m_pageUrls.size());
        m_pageNext.resize(m_pageUrls.size());
        startMorePages();
        return true;
    }

    void startMorePages()
    {
        while (m_inFlight < m_config.parallelPages && m_nextPage < m_pageUrls.size()) {
            ++m_inFlight;
            const int slot = m_nextPage++;
            get(m_pageUrls.at(slot), QUrlQuery(), slot);
            if (isDone())
                return;
        }
    }

    void onParallelPage(int slot, const QJsonValue &json)
    {
        --m_inFlight;
        const QJsonObject page = json.toObject();
        const QJsonValue results = page.value(QLatin1String("results"));
        if (!results.isArray()) {
            failBadShape();
            cancelAll();
            return;
        }
        m_pageRows[slot] = results.toArray();
        m_pageNext[slot] = page.value(QLatin1String("next")).toString();
        if (++m_pagesDone < m_pageUrls.size()) {
            startMorePages();
            return;
        }
        for (const QJsonArray &rows : std::as_const(m_pageRows)) {
            if (!appendAll(rows))
                return;
        }
        m_pageRows.clear();
        // Rows were added while the pages came: the last one links to more, followed as usual.
        const QString next = m_pageNext.constLast();
        if (!next.isEmpty()) {
            followNext(next);
            return;
        }
        succeed(m_rows, int(m_rows.size()));
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
            failTooManyRows();
            return false;
        }
        for (const QJsonValue &row : rows) m_rows.append(row);
        return true;
    }

    void failTooManyRows()
    {
        m_rows = QJsonArray();
        fail(RestQueryFetcher::tr("%1 has more than %n row(s); nothing of it was applied.", nullptr,
                                  m_config.maxRows)
                 .arg(key()));
        cancelAll();
    }

    void failBadShape()
    {
        fail(RestQueryFetcher::tr("Unexpected answer from the server for %1.").arg(key()));
    }

    QPointer<ApiClient> m_api;
    Config m_config;
    QList<QPointer<ApiReply>> m_replies;  // in flight
    QJsonArray m_rows;
    QStringList m_pageUrls;        // pages 2.. of a list fetched in parallel
    QList<QJsonArray> m_pageRows;  // their rows, in page order
    QStringList m_pageNext;        // their `next` links
    int m_nextPage = 0;            // the next of m_pageUrls to ask for
    int m_inFlight = 0;
    int m_pagesDone = 0;
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
        key, m_api,
        {route, m_pageSize, m_parallelPages, m_maxPages, m_maxRows, m_auditBatch, m_auditRetention},
        previous);
    fetch->begin();
    return fetch;
}

}  // namespace Dms
