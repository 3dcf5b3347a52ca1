// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sync/queryclient.h"

#include "core/clock.h"
#include "core/logging.h"
#include "sync/queryfetcher.h"

#include <QJsonArray>
#include <QTimer>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <utility>

namespace Dms {

namespace {

// Row id → V for the few rows of a list that are being fetched, announced or merged in
// place: std::unordered_map (a node per entry) behind the part of QHash's interface used
// here. A QHash's first storage block holds 48 entries (~2.4 KB for a row fetch): with one
// or two rows in it, four lists a session and a thousand simulated sessions, 3.5 MB of a
// 1,000-user run's peak.
template <typename V>
class IdMap
{
    struct Hash
    {
        size_t operator()(const EntityId &id) const noexcept { return qHash(id); }
    };
    using Map = std::unordered_map<EntityId, V, Hash>;

    template <typename It, typename Ref>
    class Iter
    {
    public:
        Iter(It it) : m_it(it) {}  // NOLINT(google-explicit-constructor): from the map's own
        Ref operator*() const { return m_it->second; }
        auto operator->() const { return &m_it->second; }
        const EntityId &key() const { return m_it->first; }
        Ref value() const { return m_it->second; }
        Iter &operator++()
        {
            ++m_it;
            return *this;
        }
        bool operator==(const Iter &other) const { return m_it == other.m_it; }
        bool operator!=(const Iter &other) const { return m_it != other.m_it; }
        It base() const { return m_it; }

    private:
        It m_it;
    };

public:
    using iterator = Iter<typename Map::iterator, V &>;
    using const_iterator = Iter<typename Map::const_iterator, const V &>;

    iterator begin() { return m_map.begin(); }
    iterator end() { return m_map.end(); }
    const_iterator begin() const { return m_map.cbegin(); }
    const_iterator end() const { return m_map.cend(); }
    iterator find(const EntityId &id) { return m_map.find(id); }
    iterator erase(iterator it) { return m_map.erase(it.base()); }
    void insert(const EntityId &id, const V &value) { m_map.insert_or_assign(id, value); }
    bool remove(const EntityId &id) { return m_map.erase(id) > 0; }
    bool contains(const EntityId &id) const { return m_map.count(id) > 0; }
    V value(const EntityId &id) const
    {
        const auto it = m_map.find(id);
        return it == m_map.end() ? V() : it->second;
    }
    V &operator[](const EntityId &id) { return m_map[id]; }
    bool isEmpty() const { return m_map.empty(); }
    void clear() { Map().swap(m_map); }  // the buckets too

private:
    Map m_map;
};

}  // namespace

struct QueryClient::RowFetch
{
    QString detailKey;
    QueryFetch *fetch = nullptr;
    quint64 serial = 0;       // m_changeSerial when the fetch in flight started
    qint64 startedMono = 0;
    bool scheduled = false;   // in m_scheduledRows
    bool queued = false;      // one follow-up behind the fetch in flight
    QJsonObject newerFields;  // what frames said after the fetch in flight started
    int failures = 0;         // transient failures in a row (timeouts, 5xx): retried
    bool retrying = false;    // waiting out a retry delay
};

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
    IdMap<quint64> announced;  // row id → announcement serial
    int fetchCount = 0;
    int missedUpdates = 0;
    quint64 fetchSerial = 0;  // m_changeSerial when the list fetch in flight started
    // Row changes made while a list fetch was in flight, newer than that fetch: kept over
    // its answer (row id → the change; serial orders them against fetches).
    struct Overlay
    {
        QJsonObject row;
        RowChange how = RowChange::Merge;
        quint64 serial = 0;
    };
    QHash<EntityId, Overlay> overlay;
    IdMap<RowFetch> rowFetches;            // single rows being fetched (applyEvent)
    quint64 revision = 0;                  // of data (QueryClient::revision)
    // Lists of kIndexFrom rows or more: row id → position in data's array, built when a row
    // is first looked up, dropped when the data is replaced or a row removed.
    mutable QHash<EntityId, qsizetype> rowIndex;
    mutable bool rowIndexValid = false;
    // Rows merged in place since they were last built afresh (mergedRow): dropped with the data.
    IdMap<quint32> mergesInPlace;
};

namespace {

EntityId rowId(const QJsonValue &row)
{
    return EntityId::fromJsonOrNull(row.toObject().value(QLatin1String("id")));
}

// rowId(row) == id, without building the row's EntityId (and its text) for a number: a
// JSON integer n is the id n (n > 0), as EntityId::fromJson reads it.
bool rowHasId(const QJsonValue &row, const EntityId &id)
{
    const QJsonValue value = row.toObject().value(QLatin1String("id"));
    if (id.isNumber() && value.isDouble()) {
        const qint64 n = value.toInteger(-1);
        return n > 0 && n == id.toNumber();
    }
    return EntityId::fromJsonOrNull(value) == id;
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

// Shorter lists are searched row by row: an index would cost more memory (a thousand
// virtual users keep four lists each) than the search costs time.
constexpr qsizetype kIndexFrom = 64;

qsizetype indexOfRow(const QJsonArray &array, const EntityId &id)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (rowHasId(array.at(i), id))
            return i;
    }
    return -1;
}

// QHash keeps its storage after its last erase (a span of ~48 entries, 2-5 KB here): give it
// back, since a virtual user has a few per list and a thousand users run in one process.
template <typename V>
void releaseIfEmpty(IdMap<V> &map)
{
    if (map.isEmpty())
        map.clear();
}

template <typename K, typename V>
void releaseIfEmpty(QHash<K, V> &hash)
{
    if (hash.isEmpty())
        hash = QHash<K, V>();
}

bool rowDiffers(const QJsonObject &before, const QJsonObject &after)
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
        for (RowFetch &row : query->rowFetches) {
            if (row.fetch) {
                disconnect(row.fetch, nullptr, this, nullptr);
                row.fetch->abandon();
            }
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

bool QueryClient::isCoalescing() const
{
    return m_coalesceTimer->isActive();
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
    state.rowFetchesPending = pendingRowFetches(*query);
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
    invalidateInto(&trace, patterns, cause, QStringList());
    finishTrace(&trace);
    return trace;
}

void QueryClient::invalidateInto(InvalidationTrace *trace, const QStringList &patterns,
                                 InvalidationCause cause, const QStringList &skip)
{
    for (auto &[key, query] : m_queries) {
        const QString &k = key;  // clang 14 cannot capture a structured binding
        if (skip.contains(k))
            continue;
        const bool matched = std::any_of(patterns.cbegin(), patterns.cend(),
                                         [&k](const QString &p) { return keyMatches(p, k); });
        if (matched)
            trace->entries.append({key, invalidateOne(*query, cause)});
    }
}

void QueryClient::finishTrace(InvalidationTrace *trace)
{
    const auto byKey = [](const InvalidationTrace::Entry &a, const InvalidationTrace::Entry &b) {
        return a.key < b.key;
    };
    // Mostly in order already, or a few entries (an event's row and detail keys):
    // std::stable_sort would take a buffer from the heap even for two entries, so a short
    // list is sorted in place by insertion (stable too: the same order).
    if (!std::is_sorted(trace->entries.cbegin(), trace->entries.cend(), byKey)) {
        auto &entries = trace->entries;
        if (entries.size() <= 16) {
            for (qsizetype i = 1; i < entries.size(); ++i) {
                for (qsizetype j = i; j > 0 && byKey(entries.at(j), entries.at(j - 1)); --j)
                    std::swap(entries[j], entries[j - 1]);
            }
        } else {
            std::stable_sort(entries.begin(), entries.end(), byKey);
        }
    }
    ++m_metrics.invalidations;
    m_metrics.keysRefetched += trace->count(InvalidationOutcome::Refetched);
    m_metrics.keysCoalesced += trace->count(InvalidationOutcome::Coalesced);
    m_metrics.keysMarkedStale += trace->count(InvalidationOutcome::MarkedStale);
    qCDebug(lcSync).noquote() << "invalidate" << InvalidationTrace::causeName(trace->cause)
                              << trace->eventRef << trace->patterns.join(QLatin1Char(','))
                              << "matched" << trace->entries.size();
    Q_EMIT invalidated(*trace);
}

InvalidationTrace QueryClient::applyEvent(const RowEvent &row, const QStringList &patterns,
                                          InvalidationCause cause, const QString &eventRef,
                                          bool *rowFound)
{
    InvalidationTrace trace;
    trace.cause = cause;
    trace.eventRef = eventRef;
    trace.patterns = patterns;
    trace.atMs = m_clock->nowMs();
    trace.entries.reserve(patterns.size() + 1);  // one entry per key at most, and the row's
    if (rowFound)
        *rowFound = false;

    QStringList handled;  // keys the row update takes care of
    Query *list = row.isValid() ? find(row.listKey) : nullptr;
    if (list) {
        list->announced.insert(row.id, ++m_announceSerial);
        const bool hasRows = list->data.isArray();
        const qsizetype at = hasRows ? rowPosition(*list, row.id) : -1;
        QJsonObject cached;
        if (at >= 0)  // the array is let go at once: a second reference would make the patch copy it
            cached = list->data.toArray().at(at).toObject();
        if (rowFound)
            *rowFound = at >= 0;
        // Does the frame carry every field the row holds? Then it is all there is to know. Not
        // when the row has more fields besides its id than the frame has (counted first: the
        // row's keys are read as text one by one).
        bool complete = at >= 0 && cached.size() - 1 <= row.fields.size();
        for (auto it = cached.begin(); complete && it != cached.end(); ++it) {
            if (it.key() != QLatin1String("id") && !row.fields.contains(it.key()))
                complete = false;
        }
        if (!hasRows) {
            // Nothing shown yet (first load pending): the list's own fetch brings the row.
        } else if (row.deleted) {
            changeRow(*list, row.id, QJsonObject(), RowChange::Remove, 0, at);
            handled << row.listKey;
            trace.entries.append({row.listKey, InvalidationOutcome::Patched});
            ++m_metrics.rowsPatchedOnly;
        } else if (complete) {
            changeRow(*list, row.id, row.fields, RowChange::Merge, 0, at);
            handled << row.listKey;
            trace.entries.append({row.listKey, InvalidationOutcome::Patched});
            ++m_metrics.rowsPatchedOnly;
        } else if (!row.detailKey.isEmpty()) {
            if (at >= 0 && !row.fields.isEmpty())
                changeRow(*list, row.id, row.fields, RowChange::Merge, 0, at);
            handled.reserve(2);
            handled << row.listKey << row.detailKey;
            if (list->observers <= 0) {
                // Nobody shows it: stale, fetched whole on the next observe.
                trace.entries.append({row.listKey, invalidateOne(*list, cause)});
            } else {
                trace.entries.append({row.listKey, InvalidationOutcome::Patched});
                trace.entries.append({row.detailKey, scheduleRowFetch(*list, row.id, row.detailKey)});
                RowFetch &rf = list->rowFetches[row.id];
                if (rf.fetch) {  // its answer predates this frame: keep what the frame said
                    for (auto it = row.fields.begin(); it != row.fields.end(); ++it)
                        rf.newerFields.insert(it.key(), it.value());
                }
            }
        } else if (at >= 0 && !row.fields.isEmpty()) {
            // No route for the row alone: patch now, the list's refetch confirms (web client).
            changeRow(*list, row.id, row.fields, RowChange::Merge, 0, at);
        }
    }
    invalidateInto(&trace, patterns, cause, handled);
    finishTrace(&trace);
    return trace;
}

QJsonObject QueryClient::listRow(const QString &listKey, const EntityId &id) const
{
    const Query *query = find(listKey);
    if (!query || !query->data.isArray())
        return QJsonObject();
    const qsizetype at = rowPosition(*query, id);
    return at >= 0 ? query->data.toArray().at(at).toObject() : QJsonObject();
}

quint64 QueryClient::revision(const QString &key) const
{
    const Query *query = find(key);
    return query ? query->revision : 0;
}

qsizetype QueryClient::rowPosition(const Query &query, const EntityId &id) const
{
    if (!query.data.isArray())
        return -1;
    const QJsonArray array = query.data.toArray();
    if (array.size() < kIndexFrom)
        return indexOfRow(array, id);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!query.rowIndexValid) {
            query.rowIndex.clear();
            query.rowIndex.reserve(array.size());
            // From the end, so that a duplicated id finds its first row as the search does.
            for (qsizetype i = array.size() - 1; i >= 0; --i) {
                const EntityId rid = rowId(array.at(i));
                if (rid.isValid())
                    query.rowIndex.insert(rid, i);
            }
            query.rowIndexValid = true;
        }
        const auto it = query.rowIndex.constFind(id);
        if (it == query.rowIndex.cend())
            return -1;
        if (*it < array.size() && rowHasId(array.at(*it), id))
            return *it;
        query.rowIndexValid = false;  // out of step (never expected): build it again
    }
    return indexOfRow(array, id);
}

void QueryClient::setData(Query &query, const QJsonValue &data)
{
    query.data = data;
    query.rowIndex = QHash<EntityId, qsizetype>();
    query.rowIndexValid = false;
    query.mergesInPlace.clear();
}

int QueryClient::outstandingRowFetches() const
{
    int n = 0;
    for (const auto &[key, query] : m_queries) {
        for (const RowFetch &row : std::as_const(query->rowFetches)) {
            if (row.fetch || row.retrying)
                ++n;
        }
    }
    return n;
}

void QueryClient::fallBackToListFetch(Query &list)
{
    cancelPendingRowFetches(list);
    invalidateOne(list, InvalidationCause::Event);
    if (list.scheduled && !list.fetch && list.observers > 0) {
        list.scheduled = false;
        m_scheduled.removeAll(list.key);
        startFetch(list, false);
    }
}

int QueryClient::pendingRowFetches(const Query &query)
{
    int n = 0;
    for (const RowFetch &row : query.rowFetches) {
        if (row.fetch || row.scheduled || row.queued || row.retrying)
            ++n;
    }
    return n;
}

InvalidationOutcome QueryClient::scheduleRowFetch(Query &list, const EntityId &id,
                                                  const QString &detailKey)
{
    RowFetch &rf = list.rowFetches[id];
    rf.detailKey = detailKey;
    if (rf.fetch) {
        if (rf.queued)
            return InvalidationOutcome::Coalesced;
        rf.queued = true;  // the answer in flight may predate this event
        return InvalidationOutcome::RowRefetched;
    }
    if (rf.scheduled)
        return InvalidationOutcome::Coalesced;
    rf.scheduled = true;
    m_scheduledRows.append({list.key, id});
    if (!m_coalesceTimer->isActive())
        m_coalesceTimer->start();
    return InvalidationOutcome::RowRefetched;
}

void QueryClient::startRowFetch(Query &list, const EntityId &id)
{
    RowFetch &rf = list.rowFetches[id];
    Q_ASSERT(!rf.fetch);
    rf.scheduled = false;
    rf.queued = false;
    rf.retrying = false;
    rf.serial = ++m_changeSerial;
    rf.startedMono = monoNow();
    ++m_metrics.rowFetches;
    QueryFetch *fetch = m_fetcher->start(rf.detailKey, QJsonValue(QJsonValue::Undefined));
    Q_ASSERT(fetch);
    rf.fetch = fetch;
    fetch->setParent(this);
    const QString listKey = list.key;
    const QString detailKey = rf.detailKey;
    connect(fetch, &QueryFetch::finished, this,
            [this, listKey, id, fetch](bool ok, const QJsonValue &data, const QString &error, int) {
                onRowFetchFinished(listKey, id, fetch, ok, data, error);
            });
    qCDebug(lcSync).noquote() << "row fetch" << detailKey << "for" << listKey << "started";
    Q_EMIT fetchStarted(detailKey);
}

void QueryClient::onRowFetchFinished(const QString &listKey, const EntityId &id, QueryFetch *fetch,
                                     bool ok, const QJsonValue &data, const QString &error)
{
    fetch->deleteLater();
    Query *list = find(listKey);
    if (!list)
        return;
    auto it = list->rowFetches.find(id);
    if (it == list->rowFetches.end() || it->fetch != fetch)
        return;
    it->fetch = nullptr;
    const QString detailKey = it->detailKey;
    const quint64 serial = it->serial;
    const int ms = int(monoNow() - it->startedMono);
    const bool usable = ok && data.isObject() && rowId(data) == id;
    // A timeout, a refused connection, a 5xx or a 429: the row is likely still there, try it
    // again (the list's retry delays); a list refetch now would only add load to a server
    // that is already slow. 404/403/400 or an answer that is not that row: the list decides.
    const int status = fetch->httpStatus();
    const bool transient = !ok && (status == 0 || status == 429 || status >= 500);
    bool retry = false;
    if (usable) {
        it->failures = 0;
        QJsonObject fetched = data.toObject();
        for (auto f = it->newerFields.begin(); f != it->newerFields.end(); ++f)
            fetched.insert(f.key(), f.value());  // the follow-up fetch confirms them
        it->newerFields = QJsonObject();
        changeRow(*list, id, fetched, RowChange::Replace, serial);
        // The row's own cache entry (a detail view) gets the same answer.
        if (Query *detail = find(detailKey); detail && !detail->fetch) {
            const bool changed = detail->data != data;
            if (changed) {
                setData(*detail, data);
                detail->revision = ++m_revision;
            }
            detail->dataUpdatedAtMs = m_clock->nowMs();
            detail->invalidated = false;
            detail->status = QueryStatus::Success;
            if (changed)
                Q_EMIT dataChanged(detailKey);
        }
    } else if (transient && it->failures < m_maxRetries) {
        retry = true;
        it->retrying = true;
        ++it->failures;
        ++m_metrics.retries;
        const int delay = retryDelayMs(it->failures);
        qCInfo(lcSync).noquote() << "row fetch" << detailKey << "failed, retry" << it->failures << "in" << delay
                                 << "ms -" << error;
        QTimer::singleShot(delay, this, [this, listKey, id] { onRowRetry(listKey, id); });
    } else {
        // Gone (404), refused or unreadable: the list's own refetch settles it.
        ++m_metrics.rowFetchesFailed;
        qCInfo(lcSync).noquote() << "row fetch" << detailKey << "failed, refetching" << listKey
                                 << "-" << (ok ? QStringLiteral("not that row") : error);
        invalidateOne(*list, InvalidationCause::Event);
    }
    if (usable)
        qCDebug(lcSync).noquote() << "row fetch" << detailKey << "ok" << ms << "ms";
    Q_EMIT fetchFinished(detailKey, usable, ms, usable ? 1 : 0,
                         usable ? QString() : (ok ? tr("Unexpected answer for %1.").arg(detailKey) : error));

    list = find(listKey);  // slots may have changed the cache
    if (!list || retry)
        return;
    it = list->rowFetches.find(id);
    if (it == list->rowFetches.end() || it->fetch || it->retrying)
        return;
    if (it->queued && list->observers > 0 && usable) {
        startRowFetch(*list, id);
    } else if (!it->scheduled) {
        list->rowFetches.erase(it);
        releaseIfEmpty(list->rowFetches);
        if (usable && !list->fetch) {
            // The row is as the server has it now: no longer "announced" for the next
            // resync's audit (a change it finds in this row was missed indeed).
            list->announced.remove(id);
            releaseIfEmpty(list->announced);
        }
        if (list->observers <= 0)
            armGcTimer();
    } else {
        it->queued = false;
    }
}

void QueryClient::onRowRetry(const QString &listKey, const EntityId &id)
{
    Query *list = find(listKey);
    if (!list)
        return;
    auto it = list->rowFetches.find(id);
    if (it == list->rowFetches.end() || !it->retrying || it->fetch)
        return;  // started again meanwhile (a newer event), or covered by a list fetch
    it->retrying = false;
    if (list->observers > 0) {
        startRowFetch(*list, id);
    } else {
        list->rowFetches.erase(it);
        releaseIfEmpty(list->rowFetches);
        list->invalidated = true;  // fetched whole on the next observe
        armGcTimer();
    }
}

void QueryClient::cancelPendingRowFetches(Query &list)
{
    // A list fetch starting now covers every row change announced so far: rows still
    // waiting to be fetched need no GET of their own (those in flight finish harmlessly).
    for (auto it = list.rowFetches.begin(); it != list.rowFetches.end();) {
        it->scheduled = false;
        it->queued = false;
        it->retrying = false;
        if (!it->fetch)
            it = list.rowFetches.erase(it);
        else
            ++it;
    }
    releaseIfEmpty(list.rowFetches);
}

namespace {

// A merge inserts the merged fields into the row, but Qt 6.4's QJsonObject keeps the text of
// every string it replaces in its byte buffer (QCborContainerPrivate::compact, which should
// drop them, does nothing yet), and a row shared with the list (every row is) copies that
// buffer whole when it detaches for the next merge: each merge of a row cost more than the one
// before and the row grew without end (a row's status merged 500,000 times in dms_microbench:
// 3.9 → 16 µs a patch; tst_queryclient mergedRowsKeepOnlyTheirTexts: 5,000 merges, +527 KB). So
// every kMergesInPlace-th merge of a row builds it afresh (mergedRow), holding only the texts
// it shows. Not every merge: a new object costs as much again as the whole patch (33 k
// instructions in dms_microbench → 67 k); one in 32 costs ~1 k a merge, and a row keeps at most
// 32 old texts.
constexpr quint32 kMergesInPlace = 32;

QJsonObject mergedRow(const QJsonObject &current, const RowMerge &merge)
{
    QJsonObject next;
    for (auto it = current.constBegin(); it != current.constEnd(); ++it) {
        const QString key = it.key();
        if (!merge.field(key))
            next.insert(key, it.value());
    }
    for (const RowMerge::Field &f : merge.fields) {
        if (!f.after.isUndefined())  // an undefined value removes the field, as insert() does
            next.insert(f.key, f.after);
    }
    return next;
}

}  // namespace

bool QueryClient::applyRowTo(QJsonValue *data, const EntityId &id, const QJsonObject &row,
                             RowChange how, qsizetype at, RowMerge *merge, quint32 *mergesInPlace)
{
    if (data->isArray()) {
        QJsonArray array = data->toArray();
        if (at == -2)
            at = indexOfRow(array, id);
        // data lets go of the array before it is changed, which then changes in place
        // instead of being copied whole (50,000 rows: a copy per patch).
        if (at < 0) {
            if (how != RowChange::Replace)
                return false;
            *data = QJsonValue();
            array.append(row);  // a new row (created): the table sorts by id itself
        } else if (how == RowChange::Remove) {
            *data = QJsonValue();
            array.removeAt(at);
        } else {
            const QJsonObject current = array.at(at).toObject();
            QJsonObject next = how == RowChange::Replace ? row : current;
            if (how == RowChange::Merge) {
                // Unchanged unless a merged field differs (inserting an undefined value
                // removes the field, so it differs exactly when the row has it): the row is
                // neither copied nor compared whole for a frame that changes nothing. What is
                // read for the comparison (each field's old value, two strings' texts) is kept
                // for the views (rowChanged), which would read it again.
                RowMerge local;
                RowMerge &m = merge ? *merge : local;
                m.fields.reserve(row.size());
                bool differs = false;
                for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
                    RowMerge::Field &f = m.fields.emplace_back();
                    f.key = it.key();
                    f.before = current.value(f.key);
                    f.after = it.value();
                    f.strings = f.before.isString() && f.after.isString();
                    if (f.strings) {  // QJsonValue's == compares two strings by their text
                        f.beforeText = f.before.toString();
                        f.afterText = f.after.toString();
                        f.differs = f.beforeText != f.afterText;
                    } else {
                        f.differs = f.before != f.after;
                    }
                    differs = differs || f.differs;
                }
                if (!differs) {
                    m.fields.clear();
                    return false;
                }
                if (mergesInPlace && ++*mergesInPlace >= kMergesInPlace) {
                    *mergesInPlace = 0;
                    next = mergedRow(current, m);
                } else {
                    for (const RowMerge::Field &f : std::as_const(m.fields))
                        next.insert(f.key, f.after);
                }
                m.previous = current;
                m.current = next;
            } else if (next == current) {
                return false;
            }
            *data = QJsonValue();
            array.replace(at, next);
        }
        *data = array;
        return true;
    }
    if (data->isObject() && rowId(*data) == id && how != RowChange::Remove) {
        QJsonObject next = how == RowChange::Replace ? row : QJsonObject();
        if (how == RowChange::Merge) {
            // A detail key's one object (an inspector open on a busy row): built afresh
            // every time, for the reason mergedRow gives; one object, so the cost is small.
            const QJsonObject current = data->toObject();
            for (auto it = current.begin(); it != current.end(); ++it) {
                if (!row.contains(it.key()))
                    next.insert(it.key(), it.value());
            }
            for (auto it = row.begin(); it != row.end(); ++it) {
                if (!it.value().isUndefined())
                    next.insert(it.key(), it.value());
            }
        }
        if (next == data->toObject())
            return false;
        *data = next;
        return true;
    }
    return false;
}

bool QueryClient::changeRow(Query &list, const EntityId &id, const QJsonObject &row, RowChange how,
                            quint64 asOf, qsizetype knownAt)
{
    const quint64 serial = asOf ? asOf : ++m_changeSerial;
    if (list.fetch && list.fetchSerial < serial) {
        // The list's answer in flight is older than this change: keep the change over it.
        auto it = list.overlay.find(id);
        if (it == list.overlay.end() || how != RowChange::Merge) {
            list.overlay.insert(id, Query::Overlay{row, how, serial});
        } else if (it->how == RowChange::Remove) {
            it->serial = serial;  // fields of a row already gone change nothing
        } else {
            for (auto f = row.begin(); f != row.end(); ++f)
                it->row.insert(f.key(), f.value());
            it->serial = serial;
        }
    }
    const bool isList = list.data.isArray();
    const qsizetype at = !isList ? -2 : knownAt != -2 ? knownAt : rowPosition(list, id);
    RowMerge merge;
    quint32 *mergesInPlace = how == RowChange::Merge && isList ? &list.mergesInPlace[id] : nullptr;
    const bool changed = applyRowTo(&list.data, id, row, how, at, &merge, mergesInPlace);
    if ((how != RowChange::Merge && isList) || (mergesInPlace && *mergesInPlace == 0))
        list.mergesInPlace.remove(id);  // built afresh, gone, or never merged in place
    if (!changed)
        return false;
    if (isList && list.rowIndexValid) {
        if (how == RowChange::Remove) {
            list.rowIndex = QHash<EntityId, qsizetype>();  // later rows moved up: built again when needed
            list.rowIndexValid = false;
        } else if (at < 0) {
            list.rowIndex.insert(id, list.data.toArray().size() - 1);  // appended
        }
    }
    const quint64 before = list.revision;
    list.revision = ++m_revision;
    if (isList)
        Q_EMIT rowChanged(list.key, id, before, list.revision,
                          merge);  // empty unless a merge into a row
    Q_EMIT dataChanged(list.key);
    return true;
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
    // Row fetches: at most maxRowFetches rows of one list per window, else the whole list.
    const auto rows = std::exchange(m_scheduledRows, {});
    QHash<QString, int> perList;
    for (const auto &[key, id] : rows) {
        const Query *query = find(key);
        if (query && query->rowFetches.value(id).scheduled)
            ++perList[key];
    }
    for (auto it = perList.cbegin(); it != perList.cend(); ++it) {
        Query *query = find(it.key());
        if (it.value() > m_maxRowFetches && query) {
            ++m_metrics.rowFetchFallbacks;
            fallBackToListFetch(*query);
        }
    }
    // The session's cap: a row fetch that would go over it refetches its list instead (the
    // list's other waiting rows with it; one list fetch in flight and one queued at most).
    int outstanding = rows.isEmpty() ? 0 : outstandingRowFetches();
    for (const auto &[key, id] : rows) {
        Query *query = find(key);
        if (!query)
            continue;
        auto it = query->rowFetches.find(id);
        if (it == query->rowFetches.end() || !it->scheduled || it->fetch)
            continue;
        if (query->observers <= 0) {
            query->rowFetches.erase(it);
            releaseIfEmpty(query->rowFetches);
            query->invalidated = true;  // fetched whole on the next observe
            continue;
        }
        if (outstanding >= m_maxOutstandingRowFetches) {
            ++m_metrics.rowFetchCapFallbacks;
            qCInfo(lcSync).noquote() << outstanding << "row fetches outstanding: refetching" << key
                                     << "instead";
            fallBackToListFetch(*query);
            continue;
        }
        startRowFetch(*query, id);
        ++outstanding;
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
    query.fetchSerial = ++m_changeSerial;
    cancelPendingRowFetches(query);
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
        // Rows changed after this fetch started (events, row fetches) are newer than it.
        QJsonValue fresh = data;
        for (auto it = query->overlay.cbegin(); it != query->overlay.cend(); ++it) {
            if (it->serial > query->fetchSerial)
                applyRowTo(&fresh, it.key(), it->row, it->how);
        }
        if (query->auditCurrent && !query->data.isUndefined())
            missed = missedRows(*query, fresh);
        for (auto it = query->announced.begin(); it != query->announced.end();) {
            if (it.value() <= query->announceCutoff)
                it = query->announced.erase(it);
            else
                ++it;
        }
        releaseIfEmpty(query->announced);
        changed = query->data != fresh;
        if (changed) {  // equal data keeps its row index
            setData(*query, fresh);
            query->revision = ++m_revision;
        }
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
    query->overlay.clear();  // applied above, or kept in the data this failed fetch leaves
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
        const bool isChange = old == before.cend() || rowDiffers(old.value(), it.value());
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
                                 query.retryDueMono < 0 && query.rowFetches.isEmpty();
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
            query->retryDueMono >= 0 || !query->rowFetches.isEmpty()) {
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
    bool found = false;
    if (query->data.isArray())
        found = rowPosition(*query, id) >= 0;
    else if (query->data.isObject())
        found = rowId(query->data) == id;
    if (found)
        changeRow(*query, id, fields, RowChange::Merge);
    return found;
}

void QueryClient::setQueryData(const QString &key, const QJsonValue &data)
{
    Query &query = ensure(key);
    const bool changed = query.data != data;
    if (changed) {
        setData(query, data);
        query.revision = ++m_revision;
    }
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
