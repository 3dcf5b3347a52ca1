// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/truthfetch.h"

#include <QSet>
#include <QTimer>

#include "auth/apiclient.h"
#include "core/entityid.h"
#include "sync/restqueryfetcher.h"

namespace Dms {

namespace {

// Rows per page and pages per list: a list of up to 5 million rows is read whole.
constexpr int PageSize = 5000;
constexpr int MaxPages = 1000;

}  // namespace

TruthFetch::TruthFetch(const RestRoutes &routes, Done done, QObject *parent)
    : QObject(parent)
    , m_routes(routes)
    , m_done(std::move(done))
{
}

TruthFetch::~TruthFetch()
{
    for (const QPointer<QueryFetch> &fetch : std::as_const(m_fetches)) {
        if (fetch) {
            fetch->abandon();
            fetch->deleteLater();
        }
    }
}

void TruthFetch::add(ApiClient *api, const QString &tag, const QString &key)
{
    m_requests.append({api, tag, key});
}

RestQueryFetcher *TruthFetch::fetcherFor(ApiClient *api)
{
    std::unique_ptr<RestQueryFetcher> &fetcher = m_fetchers[api];
    if (!fetcher) {
        fetcher = std::make_unique<RestQueryFetcher>(api, m_routes);
        fetcher->setPageSize(PageSize);
        fetcher->setMaxPages(MaxPages);
    }
    return fetcher.get();
}

void TruthFetch::start()
{
    if (m_requests.isEmpty()) {
        QTimer::singleShot(0, this, [this] { complete(); });
        return;
    }
    m_pending = int(m_requests.size());
    for (const Request &r : std::as_const(m_requests)) {
        if (!r.api) {
            onFinished(r.tag, false, QJsonValue(), tr("%1: the user's session is gone").arg(r.key));
            continue;
        }
        QueryFetch *fetch = fetcherFor(r.api)->start(r.key, QJsonValue());
        m_fetches.append(fetch);
        const QString tag = r.tag;
        connect(fetch, &QueryFetch::finished, this,
                [this, fetch, tag](bool ok, const QJsonValue &data, const QString &error, int) {
                    fetch->deleteLater();
                    onFinished(tag, ok, data, error);
                });
    }
}

void TruthFetch::onFinished(const QString &tag, bool ok, const QJsonValue &data, const QString &error)
{
    if (m_completed)
        return;
    if (ok) {
        m_lists.insert(tag, data.toArray());
    } else {
        m_ok = false;
        if (m_error.isEmpty())
            m_error = tr("%1: %2").arg(tag.section(QLatin1Char('|'), 0, 0), error);
    }
    if (--m_pending <= 0)
        complete();
}

void TruthFetch::complete()
{
    if (m_completed)
        return;
    m_completed = true;
    m_done(m_ok, m_error, m_lists);
    deleteLater();
}

TruthFetch::Lists TruthFetch::joinedByKey(const Lists &lists)
{
    Lists joined;
    QHash<QString, QSet<EntityId>> seen;
    for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
        const QString key = it.key().section(QLatin1Char('|'), 0, 0);
        QSet<EntityId> &ids = seen[key];
        QJsonArray &rows = joined[key];
        for (const QJsonValue &v : it.value()) {
            const EntityId id = EntityId::fromJsonOrNull(v.toObject().value(QLatin1String("id")));
            if (ids.contains(id))
                continue;
            ids.insert(id);
            rows.append(v);
        }
    }
    return joined;
}

}  // namespace Dms
