#include "sync/queryclient.h"

#include "core/clock.h"
#include "core/logging.h"
#include "sync/queryfetcher.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Dms {

struct QueryClient::Query
{
    QString key;
    QJsonValue data = QJsonValue(QJsonValue::Undefined);
    QueryStatus status = QueryStatus::Idle;
    qint64 dataUpdatedAtMs = 0;
    QString error;
    int failureCount = 0;
    int observers = 0;
    bool invalidated = false;
    bool invalidatedDuringFetch = false;
    bool scheduled = false;  // in m_scheduled
    bool queued = false;     // follow-up behind the fetch in flight
    QueryFetch *fetch = nullptr;
    qint64 fetchStartedMono = 0;
    qint64 retryDueMono = -1;   // ≥ 0 while a retry waits
    qint64 gcDueMono = -1;      // ≥ 0 while unobserved
    bool auditNext = false;     // the next fetch follows a resync
    bool auditCurrent = false;  // the fetch in flight follows a resync
    quint64 announceCutoff = 0;
    QHash<EntityId, quint64> announced;  // row id → announcement serial
    int fetchCount = 0;
    int missedUpdates = 0;
};

namespace {

EntityId rowId(const QJsonValue &row)
{
    return EntityId::fromJsonOrNull(row.toObject().value(QLatin1String("id")));
}

// Rows of a list (array of objects with an id) or of a detail (one object with an id).
QHash<EntityId, QJsonObject> rowsById(const QJsonValue &data)
{
    QHash<EntityId, QJsonObject> rows;
    if (data.isArray()) {
        const QJsonArray array = data.toArray();
        rows.reserve(array.size());
        for (const QJsonValue &row : array) {
            const EntityId id = rowId(row);
            if (id.isValid())
                rows.insert(id, row.toObject());
        }
    } else if (data.isObject()) {
        const EntityId id = rowId(data);
        if (id.isValid())
            rows.insert(id, data.toObject());
    }
    return rows;
}

bool rowChanged(const QJsonObject &before, const QJsonObject &after)
{
    const QLatin1String updatedAt("updated_at");
    const QLatin1String status("status");
    if (before.contains(updatedAt) && after.contains(updatedAt)) {
        return before.value(updatedAt) != after.value(updatedAt) ||
               before.value(status) != after.value(status);
    }
    return before != after;
}

}  // namespace

// ---- QueryObserver ---------------------------------------------------------------------

QueryObserver::QueryObserver(QueryClient *client, const QString &key) : m_client(client), m_key(key)
{
}

QueryObserver::~QueryObserver()
{
    reset();
}

QueryObserver::QueryObserver(QueryObserver &&other) noexcept
    : m_client(std::move(other.m_client)), m_key(std::exchange(other.m_key, QString()))
{
    other.m_client.clear();
}

QueryObserver &QueryObserver::operator=(QueryObserver &&other) noexcept
{
    if (this != &other) {
        reset();
        m_client = std::move(other.m_client);
        other.m_client.clear();
        m_key = std::exchange(other.m_key, QString());
    }
    return *this;
}

void QueryObserver::reset()
{
    if (QueryClient *client = m_client.data())
        client->removeObserver(m_key);
    m_client.clear();
    m_key.clear();
}

// ---- QueryClient -----------------------------------------------------------------------

QueryClient::QueryClient(QueryFetcher *fetcher, const Clock *clock, QObject *parent)
    : QObject(parent),
      m_fetcher(fetcher),
      m_clock(clock),
      m_coalesceTimer(new QTimer(this)),
      m_retryTimer(new QTimer(this)),
      m_gcTimer(new QTimer(this))
{
    Q_ASSERT(fetcher);
    Q_ASSERT(clock);
    qRegisterMetaType<Dms::InvalidationTrace>();
    m_mono.start();
    m_coalesceTimer->setSingleShot(true);
    m_coalesceTimer->setInterval(50);
    m_retryTimer->setSingleShot(true);
    m_gcTimer->setSingleShot(true);
    connect(m_coalesceTimer, &QTimer::timeout, this, &QueryClient::onCoalesceTimeout);
    connect(m_retryTimer, &QTimer::timeout, this, &QueryClient::onRetryTimeout);
    connect(m_gcTimer, &QTimer::timeout, this, &QueryClient::onGcTimeout);
}

QueryClient::~QueryClient()
{
    for (auto &[key, query] : m_queries) {
        if (QueryFetch *fetch = query->fetch) {
            disconnect(fetch, nullptr, this, nullptr);
            fetch->abandon();
        }
    }
}

void QueryClient::setGcTimeMs(qint64 ms)
{
    m_gcTimeMs = std::max<qint64>(0, ms);
}

void QueryClient::setCoalesceWindowMs(int ms)
{
    m_coalesceTimer->setInterval(std::max(0, ms));
}

int QueryClient::coalesceWindowMs() const
{
    return m_coalesceTimer->interval();
}

void QueryClient::setRetryPolicy(int maxRetries, int baseDelayMs, double factor, int maxDelayMs)
{
    m_maxRetries = std::max(0, maxRetries);
    m_retryBaseMs = std::max(0, baseDelayMs);
    m_retryFactor = std::max(1.0, factor);
    m_retryMaxDelayMs = std::max(0, maxDelayMs);
}

int QueryClient::retryDelayMs(int failureCount) const
{
    const double delay = m_retryBaseMs * std::pow(m_retryFactor, std::max(0, failureCount - 1));
    return int(std::min<double>(delay, m_retryMaxDelayMs));
}

QueryObserver QueryClient::observe(const QString &key)
{
    if (key.isEmpty())
        return QueryObserver();
    addObserver(key);
    return QueryObserver(this, key);
}

void QueryClient::addObserver(const QString &key)
{
    Query &query = ensure(key);
    ++query.observers;
    query.gcDueMono = -1;
    if (query.fetch) {
        // Invalidated while nobody watched and still fetching: make sure a follow-up runs.
        if (query.invalidatedDuringFetch)
            query.queued = true;
        return;
    }
    if (query.scheduled || query.retryDueMono >= 0)
        return;
    if (isStale(query))
        startFetch(query, false);
}

void QueryClient::removeObserver(const QString &key)
{
    Query *query = find(key);
    if (!query || query->observers <= 0)
        return;
    if (--query->observers == 0) {
        query->gcDueMono = monoNow() + m_gcTimeMs;
        armGcTimer();
    }
}

QueryClient::Query *QueryClient::find(const QString &key) const
{
    const auto it = m_queries.find(key);
    return it == m_queries.end() ? nullptr : it->second.get();
}

QueryClient::Query &QueryClient::ensure(const QString &key)
{
    auto it = m_queries.find(key);
    if (it == m_queries.end()) {
        auto query = std::make_unique<Query>();
        query->key = key;
        query->gcDueMono = monoNow() + m_gcTimeMs;
        it = m_queries.emplace(key, std::move(query)).first;
        armGcTimer();
    }
    return *it->second;
}

bool QueryClient::isStale(const Query &query) const
{
    if (query.invalidated || query.data.isUndefined())
        return true;
    return m_clock->nowMs() - query.dataUpdatedAtMs >= m_staleTimeMs;
}

bool QueryClient::contains(const QString &key) const
{
    return find(key) != nullptr;
}

QStringList QueryClient::keys() const
{
    QStringList result;
    result.reserve(qsizetype(m_queries.size()));
    for (const auto &[key, query] : m_queries) result.append(key);
    return result;
}

QStringList QueryClient::activeKeys() const
{
    QStringList result;
    for (const auto &[key, query] : m_queries) {
        if (query->observers > 0)
            result.append(key);
    }
    return result;
}

QJsonValue QueryClient::data(const QString &key) const
{
    const Query *query = find(key);
    return query ? query->data : QJsonValue(QJsonValue::Undefined);
}

QueryState QueryClient::state(const QString &key) const
{
    QueryState state;
    state.key = key;
    const Query *query = find(key);
    if (!query) {
        state.data = QJsonValue(QJsonValue::Undefined);
        return state;
    }
    state.exists = true;
    state.data = query->data;
    state.status = query->status;
    state.dataUpdatedAtMs = query->dataUpdatedAtMs;
    state.error = query->error;
    state.failureCount = query->failureCount;
    state.observers = query->observers;
    state.invalidated = query->invalidated;
    state.stale = isStale(*query);
    state.fetchInFlight = query->fetch != nullptr;
    state.fetchScheduled = query->scheduled || query->retryDueMono >= 0;
    state.fetchQueued = query->queued;
    state.fetchCount = query->fetchCount;
    state.missedUpdates = query->missedUpdates;
    return state;
}

bool QueryClient::isStale(const QString &key) const
{
    const Query *query = find(key);
    return !query || isStale(*query);
}

int QueryClient::observerCount(const QString &key) const
{
    const Query *query = find(key);
    return query ? query->observers : 0;
}

int QueryClient::fetchCount(const QString &key) const
{
    const Query *query = find(key);
    return query ? query->fetchCount : 0;
}

bool QueryClient::keyMatches(const QString &pattern, const QString &key)
{
    if (pattern.isEmpty())
        return false;
    if (pattern.endsWith(QLatin1Char('*')))
        return key.startsWith(QStringView(pattern).chopped(1));
    if (pattern.endsWith(QLatin1Char('/')))
        return key.startsWith(pattern);
    return key == pattern;
}

InvalidationTrace QueryClient::invalidate(const QStringList &patterns, InvalidationCause cause,
                                          const QString &eventRef)
{
    InvalidationTrace trace;
    trace.cause = cause;
    trace.eventRef = eventRef;
    trace.patterns = patterns;
    trace.atMs = m_clock->nowMs();
    ++m_metrics.invalidations;

    for (auto &[key, query] : m_queries) {
        const QString &k = key;  // clang 14 cannot capture a structured binding
        const bool matched = std::any_of(patterns.cbegin(), patterns.cend(),
                                         [&k](const QString &p) { return keyMatches(p, k); });
        if (matched)
            trace.entries.append({key, invalidateOne(*query, cause)});
    }
    m_metrics.keysRefetched += trace.count(InvalidationOutcome::Refetched);
    m_metrics.keysCoalesced += trace.count(InvalidationOutcome::Coalesced);
    m_metrics.keysMarkedStale += trace.count(InvalidationOutcome::MarkedStale);
    qCDebug(lcSync).noquote() << "invalidate" << InvalidationTrace::causeName(cause) << eventRef
                              << patterns.join(QLatin1Char(',')) << "matched"
                              << trace.entries.size();
    Q_EMIT invalidated(trace);
    return trace;
}

InvalidationTrace QueryClient::invalidateAllActive(InvalidationCause cause, const QString &eventRef)
{
    return invalidate({QStringLiteral("*")}, cause, eventRef);
}

InvalidationOutcome QueryClient::invalidateOne(Query &query, InvalidationCause cause)
{
    query.invalidated = true;
    if (cause == InvalidationCause::Reconnect || cause == InvalidationCause::Gap)
        query.auditNext = true;
    if (query.fetch)
        query.invalidatedDuringFetch = true;

    if (query.observers <= 0)
        return InvalidationOutcome::MarkedStale;
    if (query.fetch) {
        if (query.queued)
            return InvalidationOutcome::Coalesced;
        query.queued = true;
        return InvalidationOutcome::Refetched;
    }
    if (query.scheduled)
        return InvalidationOutcome::Coalesced;
    query.retryDueMono = -1;  // fresh news beats waiting out a retry delay
    schedule(query);
    return InvalidationOutcome::Refetched;
}

void QueryClient::schedule(Query &query)
{
    query.scheduled = true;
    m_scheduled.append(query.key);
    if (!m_coalesceTimer->isActive())
        m_coalesceTimer->start();
}

void QueryClient::onCoalesceTimeout()
{
    const QStringList keys = std::exchange(m_scheduled, QStringList());
    for (const QString &key : keys) {
        Query *query = find(key);
        if (!query || !query->scheduled)
            continue;
        query->scheduled = false;
        if (query->fetch || query->observers <= 0)
            continue;  // stays invalidated; fetched on the next observe
        startFetch(*query, false);
    }
    armGcTimer();
}

void QueryClient::startFetch(Query &query, bool isRetry)
{
    Q_ASSERT(!query.fetch);
    if (!isRetry)
        query.failureCount = 0;
    else
        ++m_metrics.retries;
    query.retryDueMono = -1;
    query.invalidatedDuringFetch = false;
    query.auditCurrent = query.auditNext;
    query.auditNext = false;
    query.announceCutoff = m_announceSerial;
    query.fetchStartedMono = monoNow();
    query.status = QueryStatus::Fetching;
    ++query.fetchCount;
    ++m_metrics.fetchesStarted;
    if (!query.data.isUndefined())
        ++m_metrics.refetches;

    QueryFetch *fetch = m_fetcher->start(query.key, query.data);
    Q_ASSERT(fetch);
    query.fetch = fetch;
    fetch->setParent(this);
    connect(fetch, &QueryFetch::finished, this,
            [this, fetch](bool ok, const QJsonValue &data, const QString &error, int rows) {
                onFetchFinished(fetch, ok, data, error, rows);
            });
    qCDebug(lcSync).noquote() << "fetch" << query.key << "started" << (isRetry ? "(retry)" : "");
    Q_EMIT fetchStarted(query.key);
}

void QueryClient::onFetchFinished(QueryFetch *fetch, bool ok, const QJsonValue &data,
                                  const QString &error, int rows)
{
    fetch->deleteLater();
    Query *query = find(fetch->key());
    if (!query || query->fetch != fetch)
        return;
    const QString key = query->key;
    query->fetch = nullptr;
    const int ms = int(monoNow() - query->fetchStartedMono);

    bool changed = false;
    QList<EntityId> missed;
    if (ok) {
        if (query->auditCurrent && !query->data.isUndefined())
            missed = missedRows(*query, data);
        for (auto it = query->announced.begin(); it != query->announced.end();) {
            if (it.value() <= query->announceCutoff)
                it = query->announced.erase(it);
            else
                ++it;
        }
        changed = query->data != data;
        query->data = data;
        query->dataUpdatedAtMs = m_clock->nowMs();
        query->status = QueryStatus::Success;
        query->error.clear();
        query->failureCount = 0;
        query->invalidated = query->invalidatedDuringFetch;
        query->missedUpdates += int(missed.size());
        m_metrics.missedUpdates += missed.size();
    } else {
        ++m_metrics.fetchesFailed;
        ++query->failureCount;
        query->error = error;
        query->auditNext = query->auditNext || query->auditCurrent;
        if (!query->queued && query->failureCount <= m_maxRetries) {
            query->retryDueMono = monoNow() + retryDelayMs(query->failureCount);
            armRetryTimer();
        } else if (!query->queued) {
            query->status = QueryStatus::Error;
        }
    }
    query->auditCurrent = false;
    query->invalidatedDuringFetch = false;
    const bool followUp = std::exchange(query->queued, false);
    if (query->observers <= 0)
        armGcTimer();

    if (ok) {
        qCDebug(lcSync).noquote() << "fetch" << key << "ok" << ms << "ms" << rows << "rows";
    } else {
        qCInfo(lcSync).noquote() << "fetch" << key << "failed, attempt" << query->failureCount
                                 << "-" << error;
    }
    if (!missed.isEmpty()) {
        qCInfo(lcSync).noquote() << "resync of" << key << "found" << missed.size()
                                 << "unannounced changed rows";
    }

    if (changed)
        Q_EMIT dataChanged(key);
    Q_EMIT fetchFinished(key, ok, ms, rows, ok ? QString() : error);
    if (!missed.isEmpty())
        Q_EMIT missedUpdatesFound(key, missed);

    if (followUp) {
        query = find(key);  // slots may have changed the cache
        if (query && !query->fetch) {
            query->invalidated = true;
            if (query->observers > 0)
                startFetch(*query, false);
        }
    }
}

QList<EntityId> QueryClient::missedRows(Query &query, const QJsonValue &newData) const
{
    const QHash<EntityId, QJsonObject> before = rowsById(query.data);
    const QHash<EntityId, QJsonObject> after = rowsById(newData);
    QList<EntityId> missed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        const bool isChange = old == before.cend() || rowChanged(old.value(), it.value());
        if (isChange && !query.announced.contains(it.key()))
            missed.append(it.key());
    }
    if (!m_fetcher->isIncremental(query.key)) {
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!after.contains(it.key()) && !query.announced.contains(it.key()))
                missed.append(it.key());
        }
    }
    std::sort(missed.begin(), missed.end());
    return missed;
}

void QueryClient::onRetryTimeout()
{
    const qint64 now = monoNow();
    QStringList due;
    for (const auto &[key, query] : m_queries) {
        if (query->retryDueMono >= 0 && query->retryDueMono <= now)
            due.append(key);
    }
    for (const QString &key : std::as_const(due)) {
        Query *query = find(key);
        if (query && query->retryDueMono >= 0 && !query->fetch)
            startFetch(*query, true);
    }
    armRetryTimer();
}

void QueryClient::armRetryTimer()
{
    qint64 earliest = -1;
    for (const auto &[key, query] : m_queries) {
        if (query->retryDueMono >= 0 && (earliest < 0 || query->retryDueMono < earliest))
            earliest = query->retryDueMono;
    }
    if (earliest < 0) {
        m_retryTimer->stop();
        return;
    }
    m_retryTimer->start(int(std::clamp<qint64>(earliest - monoNow(), 0, INT_MAX)));
}

void QueryClient::onGcTimeout()
{
    const qint64 now = monoNow();
    QStringList dropped;
    for (auto it = m_queries.begin(); it != m_queries.end();) {
        const Query &query = *it->second;
        const bool collectable = query.observers <= 0 && query.gcDueMono >= 0 &&
                                 query.gcDueMono <= now && !query.fetch && !query.scheduled &&
                                 query.retryDueMono < 0;
        if (collectable) {
            dropped.append(it->first);
            it = m_queries.erase(it);
        } else {
            ++it;
        }
    }
    armGcTimer();
    for (const QString &key : std::as_const(dropped)) {
        qCDebug(lcSync).noquote() << "query" << key << "garbage-collected";
        Q_EMIT queryRemoved(key);
    }
}

void QueryClient::armGcTimer()
{
    qint64 earliest = -1;
    for (const auto &[key, query] : m_queries) {
        // Queries with a fetch pending re-arm the timer when it ends (no busy waiting).
        if (query->observers > 0 || query->gcDueMono < 0 || query->fetch || query->scheduled ||
            query->retryDueMono >= 0) {
            continue;
        }
        if (earliest < 0 || query->gcDueMono < earliest)
            earliest = query->gcDueMono;
    }
    if (earliest < 0) {
        m_gcTimer->stop();
        return;
    }
    m_gcTimer->start(int(std::clamp<qint64>(earliest - monoNow(), 0, INT_MAX)));
}

bool QueryClient::patchListRow(const QString &key, const EntityId &id, const QJsonObject &fields)
{
    Query *query = find(key);
    if (!query)
        return false;
    query->announced.insert(id, ++m_announceSerial);

    auto merged = [&fields](QJsonObject row) {
        for (auto it = fields.begin(); it != fields.end(); ++it) row.insert(it.key(), it.value());
        return row;
    };
    bool found = false;
    bool patched = false;
    if (query->data.isArray()) {
        QJsonArray array = query->data.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (rowId(array.at(i)) == id) {
                found = true;
                const QJsonObject row = merged(array.at(i).toObject());
                patched = row != array.at(i).toObject();
                array.replace(i, row);
                break;
            }
        }
        if (patched)
            query->data = array;
    } else if (query->data.isObject() && rowId(query->data) == id) {
        found = true;
        const QJsonObject row = merged(query->data.toObject());
        patched = row != query->data.toObject();
        query->data = row;
    }
    if (patched)
        Q_EMIT dataChanged(key);
    return found;
}

void QueryClient::setQueryData(const QString &key, const QJsonValue &data)
{
    Query &query = ensure(key);
    const bool changed = query.data != data;
    query.data = data;
    query.dataUpdatedAtMs = m_clock->nowMs();
    query.invalidated = false;
    if (!query.fetch)
        query.status = QueryStatus::Success;
    if (changed)
        Q_EMIT dataChanged(key);
}

void QueryClient::noteAnnounced(const QString &key, const EntityId &id)
{
    if (Query *query = find(key))
        query->announced.insert(id, ++m_announceSerial);
}

}  // namespace Dms
