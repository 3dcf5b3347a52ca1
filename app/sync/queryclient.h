// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "core/entityid.h"
#include "sync/invalidationtrace.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <map>
#include <memory>

class QTimer;

namespace Dms {

class Clock;
class QueryClient;
class QueryFetch;
class QueryFetcher;

enum class QueryStatus
{
    Idle,      // never fetched
    Fetching,  // a fetch is in flight or a retry is waiting
    Success,   // the last fetch succeeded
    Error,     // the last fetch failed and retries are exhausted
};

// A snapshot of one query, for inspection (health panel, tests).
struct QueryState
{
    QString key;
    bool exists = false;
    QJsonValue data;  // Undefined until the first success
    QueryStatus status = QueryStatus::Idle;
    qint64 dataUpdatedAtMs = 0;  // wall clock of the last successful fetch (0: never)
    QString error;               // the last fetch's error (tr()'d), empty after a success
    int failureCount = 0;        // consecutive failures of the current fetch chain
    int observers = 0;
    bool invalidated = false;  // marked stale by invalidate()
    bool stale = false;        // invalidated, no data yet, or older than staleTime
    bool fetchInFlight = false;
    bool fetchScheduled = false;  // waiting for the coalescing window or a retry delay
    bool fetchQueued = false;     // one follow-up queued behind the fetch in flight
    int fetchCount = 0;           // fetches started for this key
    int missedUpdates = 0;        // rows reported by the missed-update audit
    int rowFetchesPending = 0;    // row fetches of this list scheduled, in flight or queued
};

// Counters for the health panel; they only grow.
struct QueryMetrics
{
    qint64 fetchesStarted = 0;
    qint64 refetches = 0;  // fetches of a key that already had data
    qint64 fetchesFailed = 0;
    qint64 retries = 0;
    qint64 invalidations = 0;  // invalidate() calls
    qint64 keysRefetched = 0;  // trace outcomes, summed over all invalidations
    qint64 keysCoalesced = 0;
    qint64 keysMarkedStale = 0;
    qint64 missedUpdates = 0;  // rows reported by missedUpdatesFound
    qint64 rowFetches = 0;          // single rows fetched through their detail key (applyEvent)
    qint64 rowFetchesFailed = 0;    // … that failed for good (the list was refetched instead);
                                    // timeouts and 5xx are retried first (counted in retries)
    qint64 rowFetchFallbacks = 0;   // windows with so many rows of one list that it was refetched whole
    qint64 rowsPatchedOnly = 0;     // events whose frame carried every field the row holds: nothing fetched
    qint64 rowFetchCapFallbacks = 0;  // lists refetched whole because the session already had
                                      // maxOutstandingRowFetches row fetches outstanding
};

// An event that names one row of a cached list (ConsoleSession builds it from the dialect
// profile): what the frame says about the row, and where that one row can be fetched.
struct RowEvent
{
    QString listKey;       // the list holding the row (the profile's "patch" key); empty: none
    EntityId id;
    QJsonObject fields;    // row fields the frame carries (e.g. "status"), applied at once
    bool deleted = false;  // the row is gone: removed at once, nothing fetched
    QString detailKey;     // the row's own key ("withdrawal-request/7") when the profile has
                           // a route for it; empty: refetch the list (the web client's way)
    bool isValid() const { return !listKey.isEmpty() && id.isValid(); }
};

// A merge of fields into a list's row that was there and changed (QueryClient::rowChanged), as
// the cache compared it: a view that showed `previous` needs neither to read the row back, nor
// to compare the two rows, nor to read a merged field's old value (or its text) again.
struct RowMerge
{
    struct Field
    {
        QString key;
        QJsonValue before;  // the row's value before the merge (Undefined: the row had none)
        QJsonValue after;   // the value merged (Undefined: the field was removed)
        // Both values strings: their texts, read once for the comparison (empty otherwise).
        bool strings = false;
        QString beforeText;
        QString afterText;
        bool differs = false;  // before != after, as QJsonValue's != says
    };
    QJsonObject previous;              // the row before the merge
    QJsonObject current;               // the row after it (what QueryClient::listRow() gives now)
    QVarLengthArray<Field, 2> fields;  // the merged fields, in the merged object's order

    bool isEmpty() const { return fields.isEmpty(); }
    const Field *field(QStringView key) const
    {
        for (const Field &f : fields) {
            if (f.key == key)
                return &f;
        }
        return nullptr;
    }
};

// Keeps one key observed (active) while it lives. Move-only; obtained from
// QueryClient::observe(). Safe to outlive the client.
class QueryObserver final
{
public:
    QueryObserver() = default;
    ~QueryObserver();
    QueryObserver(QueryObserver &&other) noexcept;
    QueryObserver &operator=(QueryObserver &&other) noexcept;
    QueryObserver(const QueryObserver &) = delete;
    QueryObserver &operator=(const QueryObserver &) = delete;

    bool isValid() const { return !m_client.isNull() && !m_key.isEmpty(); }
    QString key() const { return m_key; }
    void reset();  // stop observing now

private:
    friend class QueryClient;
    QueryObserver(QueryClient *client, const QString &key);

    QPointer<QueryClient> m_client;
    QString m_key;
};

// The query cache (spec §3): keyed JSON data fetched through a QueryFetcher, observed by
// views, invalidated by live events, refetched exactly and economically.
//
// Keys are strings: lists ("withdrawal-requests", "crates", "audit", …) and details
// ("withdrawal-request/7", "crate/12"). A query is active while at least one
// QueryObserver holds it.
//
// Patterns (invalidate): a pattern matches a key when it equals it; a pattern ending in
// '/' matches every key it prefixes ("crate/" → "crate/12"); a pattern ending in '*'
// matches every key starting with the part before the '*' ("withdrawal-*" →
// "withdrawal-requests", "withdrawal-request/7"; "*" matches everything).
//
// Fetch policy:
// - observe() fetches at once when the key has no data or its data is stale (invalidated,
//   or older than staleTime);
// - invalidate() marks matched keys stale; active ones get a fetch scheduled at the end of
//   the coalescing window (one shared timer, opened by the first invalidation and not
//   extended by later ones, so a steady storm still refreshes every window); all
//   invalidations of a key inside the window make one fetch;
// - at most one fetch per key is in flight and at most one is queued: an invalidation
//   during a fetch queues exactly one follow-up that starts when the first finishes (the
//   first is never cancelled), so the final data is never older than the last
//   invalidation;
// - applyEvent() updates a list row by row instead (spec §3: "patch the row it names at
//   once"): the row takes the frame's fields at once; when the row holds fields the frame
//   does not carry, that one row is fetched through its detail key (coalesced in the same
//   window; more than maxRowFetches rows of one list in a window refetch the list instead)
//   and merged (a timeout or 5xx is retried with the retry policy; a 404, 403 or 400 refetches
//   the list); when the frame carries every field the row holds, nothing is fetched. A row
//   changed while a list fetch is in flight is kept over that fetch's (older) answer;
// - row fetches are bounded per client (one session): at most maxOutstandingRowFetches are
//   in flight or waiting out a retry delay at once; a row fetch that would go over the cap
//   (a new one, a follow-up or a retry) makes its list refetch whole instead, so a server
//   that answers slowly sees one list GET (one in flight, one queued) rather than a growing
//   pile of row GETs;
// - every change of a key's data gives it a new revision (revision()); a change of one row
//   of a list (a patch, a row fetch's answer, a removal) first emits rowChanged with the
//   revisions before and after it, then dataChanged, so a view that followed every revision
//   can apply that one row instead of diffing the whole list;
// - a failed fetch is retried after base·factor^(n-1) ms (n = failures so far, capped at
//   retryMaxDelay) up to maxRetries times; then the status is Error and the data stays;
// - a query nobody observes is dropped gcTime after its last observer left (not while a
//   fetch or retry is pending).
class QueryClient final : public QObject
{
    Q_OBJECT
public:
    QueryClient(QueryFetcher *fetcher, const Clock *clock, QObject *parent = nullptr);
    ~QueryClient() override;

    // Settings (every interval settable so tests take milliseconds).
    void setStaleTimeMs(qint64 ms) { m_staleTimeMs = ms; }  // default 0: live lists
    qint64 staleTimeMs() const { return m_staleTimeMs; }
    void setGcTimeMs(qint64 ms);  // default 5 min
    qint64 gcTimeMs() const { return m_gcTimeMs; }
    void setCoalesceWindowMs(int ms);  // default 50
    int coalesceWindowMs() const;
    // Whether a coalescing window is open: the fetches it gathered start when it ends.
    bool isCoalescing() const;
    void setRetryPolicy(int maxRetries, int baseDelayMs, double factor = 2.0,
                        int maxDelayMs = 30'000);  // default 3, 1000, 2, 30000
    int maxRetries() const { return m_maxRetries; }
    int retryDelayMs(int failureCount) const;  // the delay before retry n (n ≥ 1)

    // Observing: the returned handle keeps the key active until it dies or is reset.
    [[nodiscard]] QueryObserver observe(const QString &key);

    // Reading.
    bool contains(const QString &key) const;
    QStringList keys() const;                   // sorted
    QStringList activeKeys() const;             // sorted
    QJsonValue data(const QString &key) const;  // Undefined when none
    QueryState state(const QString &key) const;
    bool isStale(const QString &key) const;
    int observerCount(const QString &key) const;
    int fetchCount(const QString &key) const;
    const QueryMetrics &metrics() const { return m_metrics; }
    const Clock *clock() const { return m_clock; }

    // Invalidation; emits invalidated(trace) and returns the trace. Keys not in the cache
    // are not created (nothing to refresh).
    InvalidationTrace invalidate(const QStringList &patterns, InvalidationCause cause,
                                 const QString &eventRef = QString());
    // Resync (reconnect, seq gap): every active query refetches; inactive ones are marked
    // stale, since the missed events may concern them too.
    InvalidationTrace invalidateAllActive(InvalidationCause cause,
                                          const QString &eventRef = QString());

    // Writing.
    // Merges fields into the row with that id of a cached list (or into a cached detail
    // object with that id) at once and emits dataChanged; the refetch confirms later.
    // Also notes the row as announced. Returns false when no such row is cached.
    bool patchListRow(const QString &key, const EntityId &id, const QJsonObject &fields);
    // Replaces a key's data as if a fetch had returned it (creates the query if needed).
    void setQueryData(const QString &key, const QJsonValue &data);
    // The event path tells which rows an event announced, for the missed-update audit.
    void noteAnnounced(const QString &key, const EntityId &id);

    // A live event: the row it names is patched (or removed) at once and, where the frame
    // lacks fields the row holds, fetched alone through row.detailKey; patterns are
    // invalidated as invalidate() does, except the list (and detail) key the row update
    // handles. Without a detail key, or before the list has data, the list is invalidated
    // like any other key. Emits one invalidated(trace) with every key's outcome.
    // *rowFound (optional): the list held the row when the event came.
    InvalidationTrace applyEvent(const RowEvent &row, const QStringList &patterns,
                                 InvalidationCause cause, const QString &eventRef = QString(),
                                 bool *rowFound = nullptr);
    void setMaxRowFetches(int rows) { m_maxRowFetches = std::max(0, rows); }  // default 8
    int maxRowFetches() const { return m_maxRowFetches; }
    // Row fetches of all lists outstanding at once (in flight or waiting to retry); one more
    // refetches its list instead. Default 8.
    void setMaxOutstandingRowFetches(int rows) { m_maxOutstandingRowFetches = std::max(0, rows); }
    int maxOutstandingRowFetches() const { return m_maxOutstandingRowFetches; }
    int outstandingRowFetches() const;
    // The row with that id of a cached list (empty when absent). Long lists keep an index
    // by id, so this and every row patch cost the same at 50,000 rows as at 50.
    QJsonObject listRow(const QString &listKey, const EntityId &id) const;
    // The revision of a key's data: a new one (unique in this client) after every change;
    // 0 for a key not cached.
    quint64 revision(const QString &key) const;

    static bool keyMatches(const QString &pattern, const QString &key);

Q_SIGNALS:
    void dataChanged(const QString &key);
    // One row of a list changed (merged, replaced, inserted or removed: listRow() then has no
    // such row), taking the key's data from revision `before` to `after`. Emitted just
    // before dataChanged(key) for the same change. merge: for fields merged into a row that
    // was there, those fields with their values before and after (no other field of the row
    // changed; at least one of them differs) and the rows before and after the merge; empty:
    // the row may have changed anywhere (replaced, inserted, removed).
    void rowChanged(const QString &key, const Dms::EntityId &id, quint64 before, quint64 after,
                    const Dms::RowMerge &merge);
    void fetchStarted(const QString &key);
    void fetchFinished(const QString &key, bool ok, int ms, int rows, const QString &error);
    void invalidated(const Dms::InvalidationTrace &trace);
    // A refetch caused by a reconnect or a gap changed rows (inserted, changed or, for
    // non-incremental keys, removed) that no event announced since the previous fetch.
    void missedUpdatesFound(const QString &key, const QList<Dms::EntityId> &ids);
    void queryRemoved(const QString &key);  // garbage-collected

private:
    friend class QueryObserver;
    struct Query;
    struct RowFetch;
    enum class RowChange { Merge, Replace, Remove };

    void addObserver(const QString &key);
    void removeObserver(const QString &key);
    Query *find(const QString &key) const;
    Query &ensure(const QString &key);
    bool isStale(const Query &query) const;
    InvalidationOutcome invalidateOne(Query &query, InvalidationCause cause);
    void schedule(Query &query);
    void startFetch(Query &query, bool isRetry);
    void onFetchFinished(QueryFetch *fetch, bool ok, const QJsonValue &data, const QString &error,
                         int rows);
    void invalidateInto(InvalidationTrace *trace, const QStringList &patterns,
                        InvalidationCause cause, const QStringList &skip);
    void finishTrace(InvalidationTrace *trace);
    InvalidationOutcome scheduleRowFetch(Query &list, const EntityId &id, const QString &detailKey);
    void startRowFetch(Query &list, const EntityId &id);
    void onRowFetchFinished(const QString &listKey, const EntityId &id, QueryFetch *fetch, bool ok,
                            const QJsonValue &data, const QString &error);
    void cancelPendingRowFetches(Query &list);
    void onRowRetry(const QString &listKey, const EntityId &id);
    // Applies a row change to the list's data (and remembers it over a list fetch in
    // flight that started earlier); emits dataChanged when the data changed. asOf: when
    // the row's state was read (a row fetch's start; 0: now). knownAt: the row's position
    // in a list's array as the caller just found it (rowPosition; -1: absent), -2: look it up.
    bool changeRow(Query &list, const EntityId &id, const QJsonObject &row, RowChange how,
                   quint64 asOf = 0, qsizetype knownAt = -2);
    // at: the row's position in the array when known (≥ 0), -1 when absent, -2: look it up.
    // merge (optional): for a merge into a list's row that changed it, what it changed.
    // mergesInPlace (optional): the row's count of merges made in place (see mergedRow in
    // the .cpp), counted here; without it every merge is made in place.
    static bool applyRowTo(QJsonValue *data, const EntityId &id, const QJsonObject &row,
                           RowChange how, qsizetype at = -2, RowMerge *merge = nullptr,
                           quint32 *mergesInPlace = nullptr);
    qsizetype rowPosition(const Query &query, const EntityId &id) const;
    void setData(Query &query, const QJsonValue &data);  // a whole new value: index dropped
    // Refetches the list whole in place of row fetches the cap does not allow (counted).
    void fallBackToListFetch(Query &list);
    static int pendingRowFetches(const Query &query);
    QList<EntityId> missedRows(Query &query, const QJsonValue &newData) const;
    void onCoalesceTimeout();
    void onRetryTimeout();
    void onGcTimeout();
    void armRetryTimer();
    void armGcTimer();
    qint64 monoNow() const { return m_mono.elapsed(); }

    QueryFetcher *m_fetcher;
    const Clock *m_clock;
    std::map<QString, std::unique_ptr<Query>> m_queries;
    QStringList m_scheduled;  // keys waiting for the coalescing window, in order
    QList<std::pair<QString, EntityId>> m_scheduledRows;  // row fetches waiting for it
    QTimer *m_coalesceTimer;
    QTimer *m_retryTimer;
    QTimer *m_gcTimer;
    QElapsedTimer m_mono;
    qint64 m_staleTimeMs = 0;
    qint64 m_gcTimeMs = 5 * 60 * 1000;
    int m_maxRetries = 3;
    int m_retryBaseMs = 1000;
    double m_retryFactor = 2.0;
    int m_retryMaxDelayMs = 30'000;
    quint64 m_announceSerial = 0;
    quint64 m_changeSerial = 0;  // orders list fetches and row changes
    int m_maxRowFetches = 8;
    int m_maxOutstandingRowFetches = 8;
    quint64 m_revision = 0;           // the last revision given to any key
    QueryMetrics m_metrics;
};

}  // namespace Dms
