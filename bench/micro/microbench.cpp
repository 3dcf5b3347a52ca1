// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// dms_microbench: Google Benchmark micro-benchmarks of the engine's hot paths, on the real
// code (docs/benchmarks.md, "Micro-benchmarks"):
//
//   BM_FrameToEvent        a data_update frame -> a typed LiveEvent (FrameParser, dms-updates)
//   BM_EventToRowPatch     a LiveEvent -> its row patched in a 50,000-row list: what
//                          ConsoleSession::onEvent does (the profile's invalidation keys,
//                          ConsoleSession::rowEvent, QueryClient::applyEvent) and, by the
//                          second argument, the table models that follow it: 0 the query
//                          cache alone, 1 + EntityTableModel (what the simulator's users and
//                          `watch` keep), 2 + PausableTableModel (the window's live table),
//                          3 + LiveFilterProxyModel sorted by its first column (all the window
//                          keeps under its view)
//   BM_FrameToRowPatch     both: frame text -> the window's table shows the row (chain 2)
//   BM_RefetchDiffApply    a 2,000-row list refetched with 20 rows changed, 5 gone and 5 new
//                          -> the cache and the table models (chain as above) apply the diff
//   BM_Invalidations       1,000 events' invalidations of the 8 lists `watch` keeps, in one
//                          coalescing window -> one fetch per list, started and answered
//
// The fetcher is in-process (it answers lists from memory on the next turn of the event
// loop and leaves row fetches pending, as a slow server would): no network is measured.
// The frames of the event benchmarks name a row (status only, as seed 002's do) so that the
// row's detail fetch is scheduled by the first event and coalesced by the next ones: no
// event loop runs between iterations.
#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <memory>

#include "cli/clioptions.h"
#include "core/clock.h"
#include "data/entitytablemodel.h"
#include "data/livefilterproxymodel.h"
#include "data/pausabletablemodel.h"
#include "data/tablemodels.h"
#include "live/dialectprofile.h"
#include "live/frameparser.h"
#include "session/consolesession.h"
#include "sync/queryclient.h"
#include "sync/queryfetcher.h"

using namespace Dms;

namespace {

const DialectProfile &profile()
{
    static const DialectProfile loaded = [] {
        DialectProfile p;
        ProfileError error;
        if (!DialectProfile::load(QStringLiteral("dms-updates"), &p, &error))
            qFatal("dms_microbench: cannot load the dms-updates profile: %s", qPrintable(error.message));
        return p;
    }();
    return loaded;
}

// Answers list keys from memory (on the next turn of the event loop); anything else stays
// pending, like a GET to a slow server.
class MemoryFetcher final : public QueryFetcher
{
public:
    QHash<QString, QJsonValue> lists;
    qint64 starts = 0;

    QueryFetch *start(const QString &key, const QJsonValue &) override
    {
        ++starts;
        auto *fetch = new QueryFetch(key);
        const auto it = lists.constFind(key);
        if (it != lists.cend())
            fetch->succeedLater(*it, int(it->toArray().size()));
        return fetch;
    }
};

QString crateStatus(qint64 id)
{
    static const QString statuses[] = {QStringLiteral("active"), QStringLiteral("withdrawn"),
                                       QStringLiteral("archived")};
    return statuses[id % 3];
}

// A row as the reference server's crate list has it (server/dms/serializers.py crate_repr).
QJsonObject crateRow(qint64 id, const QString &status, const QString &updatedAt)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("crate_number"), QStringLiteral("CR-1-%1").arg(id, 6, 10, QLatin1Char('0'))},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("storage_id"), 1 + id % 40},
                       {QStringLiteral("storage_code"), QStringLiteral("S-1-%1").arg(1 + id % 40)},
                       {QStringLiteral("unit_id"), 1},
                       {QStringLiteral("description"), QStringLiteral("Archive crate %1, boxes of records").arg(id)},
                       {QStringLiteral("created_at"), QStringLiteral("2026-01-05T10:00:00.000Z")},
                       {QStringLiteral("updated_at"), updatedAt},
                       {QStringLiteral("updated_by"), QStringLiteral("u1_head1")}};
}

QJsonArray crateList(qint64 rows)
{
    QJsonArray array;
    for (qint64 id = 1; id <= rows; ++id)
        array.append(crateRow(id, crateStatus(id), QStringLiteral("2026-02-01T09:30:00.123Z")));
    return array;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60'000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

// One user's cache with the crate list loaded and the table models of a chain on it.
struct Table
{
    SystemClock clock;
    MemoryFetcher fetcher;
    std::unique_ptr<QueryClient> client;
    std::unique_ptr<EntityTableModel> model;
    std::unique_ptr<PausableTableModel> live;
    std::unique_ptr<LiveFilterProxyModel> proxy;
    QueryObserver observer;

    Table(const QJsonArray &rows, int chain)
    {
        fetcher.lists.insert(QStringLiteral("crates"), rows);
        client = std::make_unique<QueryClient>(&fetcher, &clock);
        if (chain == 0) {
            observer = client->observe(QStringLiteral("crates"));
        } else {
            model.reset(createCratesModel(client.get()));
            if (chain >= 2)
                live = std::make_unique<PausableTableModel>(model.get(), &clock);
            if (chain >= 3) {
                proxy = std::make_unique<LiveFilterProxyModel>();
                proxy->setSourceModel(live.get());
                proxy->sort(0);
            }
        }
        const bool loaded = waitUntil([this] {
            const QueryState s = client->state(QStringLiteral("crates"));
            return s.status == QueryStatus::Success && !s.fetchInFlight && (!model || model->isLoaded());
        });
        if (!loaded)
            qFatal("dms_microbench: the crate list did not load");
    }
    ~Table()
    {
        proxy.reset();
        live.reset();
        model.reset();
        observer.reset();
        client.reset();
    }

    // The row (status) now shown by the chain's last model.
    QString shownStatus(qint64 id) const
    {
        if (live) {
            const int row = live->rowOfId(EntityId(id));
            return row < 0 ? QString() : live->index(row, 0).data(EntityTableModel::StatusRole).toString();
        }
        if (model) {
            const int row = model->rowOfId(EntityId(id));
            return row < 0 ? QString() : model->rowJson(row).value(QStringLiteral("status")).toString();
        }
        return client->listRow(QStringLiteral("crates"), EntityId(id)).value(QStringLiteral("status")).toString();
    }
};

// The timed loop, in a function of its own so that a profiler can count it alone, without
// the set-up around it: valgrind --tool=callgrind --toggle-collect='*timedLoop*'
// (docs/benchmarks.md).
template <typename Body>
[[gnu::noinline]] void timedLoop(benchmark::State &state, Body &&body)
{
    for (auto _ : state)
        body();
}

// What ConsoleSession::onEvent does with an event (app/session/consolesession.cpp).
void applyLikeTheSession(QueryClient *client, const LiveEvent &event)
{
    const QStringList keys = profile().invalidationKeys(event.entity, event.id);
    const RowEvent row = ConsoleSession::rowEvent(profile(), event, keys);
    bool rowFound = false;
    client->applyEvent(row, keys, InvalidationCause::Event, ConsoleSession::eventRef(event), &rowFound);
    if (!rowFound)
        qFatal("dms_microbench: the event's row is not in the list");
}

constexpr int kTouchedRows = 16;  // rows the events name in turn, spread over the list

qint64 touchedId(qint64 rows, qint64 i)
{
    return 1 + ((i % kTouchedRows) * (rows / kTouchedRows) + rows / (2 * kTouchedRows)) % rows;
}

// A frame as the reference server sends it (DMS_WIRE=ext): id, status and number in data.
QByteArray crateFrame(qint64 id, const QString &status, qint64 seq)
{
    const QJsonObject data{{QStringLiteral("id"), id},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("crate_number"), QStringLiteral("CR-1-%1").arg(id, 6, 10, QLatin1Char('0'))}};
    const QJsonObject frame{{QStringLiteral("type"), QStringLiteral("data_update")},
                            {QStringLiteral("entity"), QStringLiteral("crate")},
                            {QStringLiteral("action"), QStringLiteral("updated")},
                            {QStringLiteral("data"), data},
                            {QStringLiteral("timestamp"), QStringLiteral("2026-03-01T12:00:00.123Z")},
                            {QStringLiteral("seq"), seq},
                            {QStringLiteral("event_id"), QStringLiteral("e-%1").arg(seq)}};
    return QJsonDocument(frame).toJson(QJsonDocument::Compact);
}

// Every event changes its row: a status other than the one shown.
QString nextStatus(qint64 id, qint64 round)
{
    return crateStatus(id + 1 + (round % 2));
}

void BM_FrameToEvent(benchmark::State &state)
{
    const FrameParser parser(profile());
    const QByteArray frame = crateFrame(4711, QStringLiteral("withdrawn"), 42);
    timedLoop(state, [&] {
        ParseResult r = parser.parseText(frame, 1'000);
        benchmark::DoNotOptimize(r);
        if (!r.ok())
            state.SkipWithError("the frame did not parse");
    });
    state.SetBytesProcessed(qint64(state.iterations()) * frame.size());
}
BENCHMARK(BM_FrameToEvent);

void BM_EventToRowPatch(benchmark::State &state)
{
    const qint64 rows = state.range(0);
    const int chain = int(state.range(1));
    Table table(crateList(rows), chain);
    // Typed events, parsed before the loop: this measures what follows the parser.
    const FrameParser parser(profile());
    QList<LiveEvent> events;
    for (qint64 i = 0; i < 2 * kTouchedRows; ++i) {
        const qint64 id = touchedId(rows, i);
        const ParseResult r = parser.parseText(crateFrame(id, nextStatus(id, i / kTouchedRows), i), 0);
        if (!r.ok())
            qFatal("dms_microbench: a frame did not parse: %s", qPrintable(r.error.message));
        events.append(r.event);
    }
    // One round outside the timing: the first event builds the list's row index (50,000
    // rows), the first of each row schedules its detail GET; the loop measures the steady state.
    for (const LiveEvent &event : std::as_const(events))
        applyLikeTheSession(table.client.get(), event);
    qint64 i = 0;
    timedLoop(state, [&] {
        applyLikeTheSession(table.client.get(), events.at(i % events.size()));
        ++i;
    });
    const LiveEvent &last = events.at((i - 1) % events.size());
    if (table.shownStatus(last.id.toNumber()) != last.status)
        state.SkipWithError("the table does not show the event's status");
    state.counters["rows"] = double(rows);
    state.counters["row_fetches_waiting"] = double(table.client->state(QStringLiteral("crates")).rowFetchesPending);
}
// rows, chain (0 cache, 1 + EntityTableModel, 2 + PausableTableModel, 3 + sorted proxy)
BENCHMARK(BM_EventToRowPatch)
    ->ArgNames({"rows", "chain"})
    ->Args({50'000, 0})
    ->Args({50'000, 1})
    ->Args({50'000, 2})
    ->Args({50'000, 3})
    ->Args({2'000, 2})
    ->Unit(benchmark::kMicrosecond);

void BM_FrameToRowPatch(benchmark::State &state)
{
    const qint64 rows = state.range(0);
    Table table(crateList(rows), 2);
    const FrameParser parser(profile());
    QList<QByteArray> frames;
    for (qint64 i = 0; i < 2 * kTouchedRows; ++i) {
        const qint64 id = touchedId(rows, i);
        frames.append(crateFrame(id, nextStatus(id, i / kTouchedRows), i));
    }
    const auto once = [&](qint64 n) {
        const ParseResult r = parser.parseText(frames.at(n % frames.size()), 0);
        applyLikeTheSession(table.client.get(), r.event);
    };
    for (qint64 n = 0; n < frames.size(); ++n)  // one round outside the timing, as above
        once(n);
    qint64 i = 0;
    timedLoop(state, [&] {
        once(i);
        ++i;
    });
    state.counters["rows"] = double(rows);
}
BENCHMARK(BM_FrameToRowPatch)->ArgNames({"rows"})->Arg(50'000)->Unit(benchmark::kMicrosecond);

void BM_RefetchDiffApply(benchmark::State &state)
{
    const qint64 rows = state.range(0);
    const int chain = int(state.range(1));
    // Two answers of the same list: b has 20 rows changed (status, updated_at), 5 gone, 5 new.
    const QJsonArray a = crateList(rows);
    QJsonArray b;
    for (qint64 id = 1; id <= rows; ++id) {
        if (id % (rows / 5) == 3)
            continue;  // gone
        if (id % (rows / 20) == 7)
            b.append(crateRow(id, crateStatus(id + 1), QStringLiteral("2026-03-01T12:00:00.000Z")));
        else
            b.append(a.at(id - 1));
    }
    for (qint64 id = rows + 1; id <= rows + 5; ++id)
        b.append(crateRow(id, QStringLiteral("active"), QStringLiteral("2026-03-01T12:00:00.000Z")));
    // Each answer arrives as a fresh document, as a fetch's would (no data shared with the cache).
    const QByteArray aText = QJsonDocument(a).toJson(QJsonDocument::Compact);
    const QByteArray bText = QJsonDocument(b).toJson(QJsonDocument::Compact);
    Table table(a, chain);
    const QString key = QStringLiteral("crates");
    qint64 i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QJsonValue answer = QJsonDocument::fromJson(i % 2 == 0 ? bText : aText).array();
        state.ResumeTiming();
        table.client->setQueryData(key, answer);  // what a fetch's answer does (onFetchFinished)
        ++i;
    }
    state.counters["rows"] = double(rows);
    // Row 7 is one of the changed rows: the last answer applied decides its status.
    if (table.shownStatus(7) != crateStatus(i % 2 == 1 ? 8 : 7))
        state.SkipWithError("the table does not show the refetched rows");
}
BENCHMARK(BM_RefetchDiffApply)
    ->ArgNames({"rows", "chain"})
    ->Args({2'000, 0})
    ->Args({2'000, 1})
    ->Args({2'000, 2})
    ->Args({2'000, 3})
    ->Unit(benchmark::kMillisecond);

void BM_Invalidations(benchmark::State &state)
{
    const int events = int(state.range(0));
    SystemClock clock;
    MemoryFetcher fetcher;
    QueryClient client(&fetcher, &clock);
    client.setCoalesceWindowMs(0);  // the window closes on the next turn of the event loop
    const QStringList lists = defaultWatchQueries(profile().rest());
    std::vector<QueryObserver> observers;
    for (const QString &key : lists) {
        QJsonArray rows;
        for (qint64 id = 1; id <= 50; ++id)
            rows.append(crateRow(id, crateStatus(id), QStringLiteral("2026-02-01T09:30:00.123Z")));
        fetcher.lists.insert(key, key == QLatin1String("dashboard") ? QJsonValue(QJsonObject{{QStringLiteral("n"), 1}})
                                                                    : QJsonValue(rows));
        observers.push_back(client.observe(key));
    }
    const auto idle = [&] {
        for (const QString &key : lists) {
            const QueryState s = client.state(key);
            if (s.fetchInFlight || s.fetchScheduled || s.fetchQueued)
                return false;
        }
        return true;
    };
    if (!waitUntil(idle))
        qFatal("dms_microbench: the lists did not load");
    const QStringList entities{QStringLiteral("withdrawal"), QStringLiteral("destruction"),
                               QStringLiteral("transfer"), QStringLiteral("crate"), QStringLiteral("sendback"),
                               QStringLiteral("audit")};
    QList<QStringList> patterns;
    for (int e = 0; e < events; ++e)
        patterns.append(profile().invalidationKeys(entities.at(e % entities.size()), EntityId(1 + e % 50)));
    qint64 fetches = 0;
    for (auto _ : state) {
        const qint64 before = fetcher.starts;
        for (const QStringList &p : std::as_const(patterns))
            client.invalidate(p, InvalidationCause::Event);
        waitUntil(idle);
        fetches += fetcher.starts - before;
    }
    state.counters["events"] = double(events);
    state.counters["fetches_per_window"] = double(fetches) / double(state.iterations());
    state.counters["keys"] = double(lists.size());
}
BENCHMARK(BM_Invalidations)->ArgNames({"events"})->Arg(1'000)->Unit(benchmark::kMicrosecond);

}  // namespace

int main(int argc, char **argv)
{
    qputenv("QT_LOGGING_RULES", "dms.*.info=false;dms.*.debug=false");
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    profile();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
