#pragma once

#include "sync/queryfetcher.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>

namespace Dms {

class ApiClient;

// Maps query keys to the REST API of spec §1:
//   withdrawal-requests | destruction-requests | transfer-requests
//                               GET /api/requests/{kind}/?page_size=N, following `next`
//   sendback-records            GET /api/requests/sendbacks/ (paginated the same way)
//   crates                      GET /api/documents/crates/ (paginated)
//   storage                     GET /api/storage/ (paginated or a plain array)
//   dashboard, summary          GET /api/dashboard/summary/ (an object)
//   {kind}-request/{id}         GET /api/requests/{kind}/{id}/
//   crate/{id}                  GET /api/documents/crates/{id}/
//   audit                       GET /api/audit/?after_id=<last id cached>&limit=N,
//                               appended to the cached entries (batches of N until a short
//                               one), keeping the newest `auditRetention` entries; the whole
//                               log is never refetched.
// Lists come back as one JSON array (the pages concatenated). Unknown keys fail with an
// error naming the key. More routes (other dialects' keys) can be added.
class RestQueryFetcher final : public QueryFetcher
{
    Q_DECLARE_TR_FUNCTIONS(Dms::RestQueryFetcher)
public:
    explicit RestQueryFetcher(ApiClient *api);

    QueryFetch *start(const QString &key, const QJsonValue &previous) override;
    bool isIncremental(const QString &key) const override;

    bool canFetch(const QString &key) const;

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }  // default 1000
    int pageSize() const { return m_pageSize; }
    void setMaxPages(int pages) { m_maxPages = qMax(1, pages); }  // per fetch, default 200
    int maxPages() const { return m_maxPages; }
    void setAuditBatch(int entries) { m_auditBatch = qMax(1, entries); }  // default 500
    int auditBatch() const { return m_auditBatch; }
    void setAuditRetention(int entries) { m_auditRetention = qMax(1, entries); }  // default 5000
    int auditRetention() const { return m_auditRetention; }

    // A list key served by a (paginated or plain array) collection path.
    void addListRoute(const QString &key, const QString &path);
    // A key served by one object.
    void addObjectRoute(const QString &key, const QString &path);
    // Detail keys "<prefix><id>" (prefix ends with '/') served by pathTemplate with "%1"
    // replaced by the numeric id, e.g. ("crate/", "/api/documents/crates/%1/").
    void addDetailRoute(const QString &prefix, const QString &pathTemplate);

    enum class Shape
    {
        List,
        Object,
        Audit
    };
    struct Route
    {
        Shape shape = Shape::List;
        QString path;
        bool isValid() const { return !path.isEmpty(); }
    };
    Route route(const QString &key) const;  // invalid when the key is unknown

private:
    QPointer<ApiClient> m_api;
    QHash<QString, Route> m_routes;
    QHash<QString, QString> m_detailRoutes;  // prefix → path template
    int m_pageSize = 1000;
    int m_maxPages = 200;
    int m_auditBatch = 500;
    int m_auditRetention = 5000;
};

}  // namespace Dms
