// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "core/restroutes.h"
#include "sync/queryfetcher.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>

namespace Dms {

class ApiClient;

// Maps query keys to REST paths through the dialect profile's routes ("rest.queries";
// resources/profiles/*.json, docs/profiles.md) and reads the answers by shape:
//   list    GET path?page_size=N, then the other pages (or a plain JSON array); the pages
//           come back as one JSON array. When the first page has DRF's `count` and a `next`
//           link with `page=2`, pages 2..⌈count / rows of page 1⌉ are asked for at once,
//           at most parallelPages in flight, put together in order (a table that grew
//           meanwhile: the last page's `next` is followed); otherwise `next` is followed one
//           page after the other. Any page failing fails the fetch; abandoning the fetch
//           (or a failure) cancels every page still out.
//   object  GET path, one JSON object (details, dashboards)
//   audit   GET path?after_id=<last id cached>&limit=N, appended to the cached entries
//           (batches of N until a short one), keeping the newest `auditRetention` entries;
//           the whole log is never refetched.
// Detail keys ("crate/<id>") take any id (numbers, UUIDs), percent-encoded in the path.
// Unknown keys fail with an error naming the key.
class RestQueryFetcher final : public QueryFetcher
{
    Q_DECLARE_TR_FUNCTIONS(Dms::RestQueryFetcher)
public:
    RestQueryFetcher(ApiClient *api, const RestRoutes &routes);

    QueryFetch *start(const QString &key, const QJsonValue &previous) override;
    bool isIncremental(const QString &key) const override;

    bool canFetch(const QString &key) const;

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }  // default 1000
    int pageSize() const { return m_pageSize; }
    // Pages of one list in flight at once, default 4; 1: one after the other (`next`).
    void setParallelPages(int pages) { m_parallelPages = qMax(1, pages); }
    int parallelPages() const { return m_parallelPages; }
    void setMaxPages(int pages) { m_maxPages = qMax(1, pages); }  // per fetch, default 200
    int maxPages() const { return m_maxPages; }
    // Rows per list fetch, default 200,000: past it the fetch fails with an error naming
    // the list, and the cached rows stay as they were (spec §1 "Limits").
    void setMaxRows(int rows) { m_maxRows = qMax(1, rows); }
    int maxRows() const { return m_maxRows; }
    void setAuditBatch(int entries) { m_auditBatch = qMax(1, entries); }  // default 500
    int auditBatch() const { return m_auditBatch; }
    void setAuditRetention(int entries) { m_auditRetention = qMax(1, entries); }  // default 5000
    int auditRetention() const { return m_auditRetention; }

    using Shape = RouteShape;
    struct Route
    {
        Shape shape = Shape::List;
        QString path;
        bool isValid() const { return !path.isEmpty(); }
    };
    Route route(const QString &key) const;  // invalid when the key is unknown

private:
    QPointer<ApiClient> m_api;
    RestRoutes m_routes;
    int m_pageSize = 1000;
    int m_parallelPages = 4;
    int m_maxPages = 200;
    int m_maxRows = 200000;
    int m_auditBatch = 500;
    int m_auditRetention = 5000;
};

}  // namespace Dms
