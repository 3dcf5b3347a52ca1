// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

#include "core/restroutes.h"

namespace Dms {

class ApiClient;
class QueryFetch;
class RestQueryFetcher;

// Reads whole lists for the simulator's truth (the snapshot before the run, the check
// after it) through the sync layer's RestQueryFetcher: the routes, paging (DRF `next`,
// same origin only) and answer shapes the live tables use, with pages large enough that a
// list is one or few requests. Each list is read as one user and tagged ("key" as the
// admin, "key|unit" as a unit's user); reports once, when every list is in or one failed,
// and then deletes itself (later). Deleted before that, it abandons what is in flight.
class TruthFetch final : public QObject
{
    Q_OBJECT
public:
    using Lists = QHash<QString, QJsonArray>;  // tag → rows
    using Done = std::function<void(bool ok, const QString &error, const Lists &lists)>;

    TruthFetch(const RestRoutes &routes, Done done, QObject *parent = nullptr);
    ~TruthFetch() override;

    void add(ApiClient *api, const QString &tag, const QString &key);
    void start();

    // Per-unit lists overlap (a transfer belongs to two units): the rows of every tag
    // "key|…" (and "key") under key, each id once, in the order first seen.
    static Lists joinedByKey(const Lists &lists);

private:
    struct Request
    {
        QPointer<ApiClient> api;
        QString tag;
        QString key;
    };
    RestQueryFetcher *fetcherFor(ApiClient *api);
    void onFinished(const QString &tag, bool ok, const QJsonValue &data, const QString &error);
    void complete();

    RestRoutes m_routes;
    Done m_done;
    QList<Request> m_requests;
    std::unordered_map<ApiClient *, std::unique_ptr<RestQueryFetcher>> m_fetchers;
    QList<QPointer<QueryFetch>> m_fetches;
    Lists m_lists;
    int m_pending = 0;
    bool m_ok = true;
    bool m_completed = false;
    QString m_error;
};

}  // namespace Dms
