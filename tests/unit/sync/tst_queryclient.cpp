// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "core/clock.h"
#include "live/liveevent.h"
#include "session/consolesession.h"
#include "fakequeryfetcher.h"
#include "sync/queryclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <malloc.h>

#include <memory>
#include <optional>

using namespace Dms;

namespace {

QJsonObject row(qint64 id, const QString &status, const QString &updatedAt = QString())
{
    QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("status"), status}};
    if (!updatedAt.isEmpty())
        object.insert(QStringLiteral("updated_at"), updatedAt);
    return object;
}

QJsonArray rows(std::initializer_list<QJsonObject> list)
{
    QJsonArray array;
    for (const QJsonObject &object : list) array.append(object);
    return array;
}

const QString kCrates = QStringLiteral("crates");

QJsonObject fullRow(qint64 id, const QString &status, const QString &updatedAt)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("updated_at"), updatedAt},
                       {QStringLiteral("storage_code"), QStringLiteral("S-1")}};
}

RowEvent crateEvent(qint64 id, const QString &status, bool withDetail = true)
{
    RowEvent e;
    e.listKey = QStringLiteral("crates");
    e.id = id;
    if (!status.isEmpty())
        e.fields.insert(QStringLiteral("status"), status);
    if (withDetail)
        e.detailKey = QStringLiteral("crate/%1").arg(id);
    return e;
}

QStringList crateKeys(qint64 id)
{
    return {QStringLiteral("crates"), QStringLiteral("crate/%1").arg(id), QStringLiteral("dashboard")};
}

}  // namespace

class TestQueryClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void observe_noData_startsOneFetch();
    void observe_secondObserverWhileFetching_noSecondFetch();
    void observe_passesPreviousDataToFetcher();
    void staleTime_freshData_noRefetchUntilStale();
    void gc_unobserved_droppedAfterGcTime();
    void gc_observed_kept();
    void gc_fetchPending_droppedOnlyAfterItEnds();
    void retry_failures_exponentialDelayThenSuccess();
    void retry_exhausted_statusErrorKeepsData();
    void keyMatches_data();
    void keyMatches();
    void invalidate_exactKey_refetchesOnlyThatKey();
    void invalidate_prefix_refetchesMatchingDetails();
    void invalidate_inactive_marksStaleAndRefetchesOnObserve();
    void invalidate_burstOf100_oneFetch();
    void invalidate_duringFetch_queuesExactlyOneFollowUp();
    void invalidate_trace_outcomes();
    void invalidateAllActive_refetchesActiveMarksInactive();
    void patchListRow_mergesFieldsAtOnce();
    void mergedRowsKeepOnlyTheirTexts();
    void missedUpdates_reconnectRefetch_reportsUnannouncedRows();
    void missedUpdates_eventRefetch_notAudited();
    void observer_outlivesClient_noCrash();
    void applyEvent_frameCarriesEveryField_noFetchAtAll();
    void applyEvent_frameLacksAField_oneDetailGetNotAListGet();
    void applyEvent_burstOnOneRow_oneDetailGet();
    void applyEvent_eventDuringRowFetch_oneFollowUpKeepsTheNewerStatus();
    void applyEvent_createdRow_insertedFromItsDetail();
    void applyEvent_deletedRow_removedWithoutFetch();
    void applyEvent_rowFetchFails_listRefetched();
    void applyEvent_rowFetchTimesOut_retriedNotTheList();
    void applyEvent_staleListFetchInFlight_doesNotUndoTheRow();
    void applyEvent_manyRowsInOneWindow_listRefetchedInstead();
    void applyEvent_noDetailRoute_listRefetchedAsTheWebClientDoes();
    void applyEvent_unobservedList_markedStaleNoFetch();
    void rowFetchCap_slowServer_rowGetsBoundedListRefetchedInstead();
    void rowFetchCap_sameRowCoalesced_retryHoldsItsSlot();
    void longList_indexFollowsPatchesInsertsAndRemovals();
    void rowChanged_carriesConsecutiveRevisionsBeforeDataChanged();
    void rowEvent_fromProfile_data();
    void rowEvent_fromProfile();
    void rowEvent_statusFields_eachEventItsOwnStatus();
    void eventRef_seqElseEventIdElseType();
    void listRow_idsOfEveryForm_foundAsEntityIdReadsThem_data();
    void listRow_idsOfEveryForm_foundAsEntityIdReadsThem();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<FakeQueryFetcher> m_fetcher;
    std::unique_ptr<QueryClient> m_client;
};

void TestQueryClient::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_fetcher = std::make_unique<FakeQueryFetcher>();
    m_client = std::make_unique<QueryClient>(m_fetcher.get(), m_clock.get());
    m_client->setCoalesceWindowMs(10);
    m_client->setRetryPolicy(3, 10);
}

void TestQueryClient::cleanup()
{
    m_client.reset();
    m_fetcher.reset();
    m_clock.reset();
}

void TestQueryClient::observe_noData_startsOneFetch()
{
    QSignalSpy started(m_client.get(), &QueryClient::fetchStarted);
    QSignalSpy changed(m_client.get(), &QueryClient::dataChanged);
    QSignalSpy finished(m_client.get(), &QueryClient::fetchFinished);

    QueryObserver observer = m_client->observe(kCrates);
    QCOMPARE(m_fetcher->starts(kCrates), 1);
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_client->state(kCrates).status, QueryStatus::Fetching);
    QCOMPARE(m_client->observerCount(kCrates), 1);

    const QJsonArray data = rows({row(1, QStringLiteral("active"))});
    QVERIFY(m_fetcher->complete(kCrates, data));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QCOMPARE(finished.at(0).at(3).toInt(), 1);
    const QueryState state = m_client->state(kCrates);
    QCOMPARE(state.status, QueryStatus::Success);
    QCOMPARE(state.data, QJsonValue(data));
    QCOMPARE(state.dataUpdatedAtMs, m_clock->nowMs());
    QCOMPARE(state.fetchCount, 1);
    QCOMPARE(m_client->metrics().fetchesStarted, 1);
}

void TestQueryClient::observe_secondObserverWhileFetching_noSecondFetch()
{
    QueryObserver first = m_client->observe(kCrates);
    QueryObserver second = m_client->observe(kCrates);
    QCOMPARE(m_fetcher->starts(kCrates), 1);
    QCOMPARE(m_client->observerCount(kCrates), 2);
    second.reset();
    QCOMPARE(m_client->observerCount(kCrates), 1);
    QVERIFY(!second.isValid());
}

void TestQueryClient::observe_passesPreviousDataToFetcher()
{
    const QJsonArray data = rows({row(1, QStringLiteral("active"))});
    QueryObserver observer = m_client->observe(kCrates);
    QVERIFY(m_fetcher->previousOf(kCrates).isUndefined());
    m_fetcher->complete(kCrates, data);
    observer.reset();
    observer = m_client->observe(kCrates);  // staleTime 0: stale at once
    QCOMPARE(m_fetcher->starts(kCrates), 2);
    QCOMPARE(m_fetcher->previousOf(kCrates), QJsonValue(data));
    QCOMPARE(m_client->metrics().refetches, 1);
}

void TestQueryClient::staleTime_freshData_noRefetchUntilStale()
{
    m_client->setStaleTimeMs(1000);
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, QJsonArray());
    observer.reset();

    m_clock->advance(999);
    observer = m_client->observe(kCrates);
    QCOMPARE(m_fetcher->starts(kCrates), 1);
    QVERIFY(!m_client->isStale(kCrates));
    observer.reset();

    m_clock->advance(1);
    QVERIFY(m_client->isStale(kCrates));
    observer = m_client->observe(kCrates);
    QCOMPARE(m_fetcher->starts(kCrates), 2);
}

void TestQueryClient::gc_unobserved_droppedAfterGcTime()
{
    m_client->setGcTimeMs(30);
    QSignalSpy removed(m_client.get(), &QueryClient::queryRemoved);
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, QJsonArray());
    QElapsedTimer elapsed;
    elapsed.start();
    observer.reset();
    QVERIFY(m_client->contains(kCrates));

    QVERIFY(removed.wait(2000));
    QVERIFY(elapsed.elapsed() >= 25);  // coarse timers may fire up to 5 % early
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), kCrates);
    QVERIFY(!m_client->contains(kCrates));
}

void TestQueryClient::gc_observed_kept()
{
    m_client->setGcTimeMs(10);
    QSignalSpy removed(m_client.get(), &QueryClient::queryRemoved);
    QueryObserver kept = m_client->observe(kCrates);
    QueryObserver dropped = m_client->observe(QStringLiteral("storage"));
    m_fetcher->complete(kCrates, QJsonArray());
    m_fetcher->complete(QStringLiteral("storage"), QJsonArray());
    dropped.reset();
    QVERIFY(removed.wait(2000));
    QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("storage"));
    QVERIFY(m_client->contains(kCrates));
    QCOMPARE(m_client->keys(), QStringList{kCrates});
}

void TestQueryClient::gc_fetchPending_droppedOnlyAfterItEnds()
{
    m_client->setGcTimeMs(0);
    QSignalSpy removed(m_client.get(), &QueryClient::queryRemoved);
    QueryObserver observer = m_client->observe(kCrates);
    observer.reset();  // the fetch is still in flight
    QVERIFY(!removed.wait(30));
    QVERIFY(m_client->contains(kCrates));
    m_fetcher->complete(kCrates, QJsonArray());
    QVERIFY(removed.wait(2000));

    // Invalidated while active, unobserved before the coalescing window closed.
    observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, QJsonArray());
    m_client->invalidate({kCrates}, InvalidationCause::Event);
    observer.reset();
    QVERIFY(removed.wait(2000));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(m_fetcher->starts(kCrates), 2);  // the scheduled fetch was not started
}

void TestQueryClient::retry_failures_exponentialDelayThenSuccess()
{
    m_client->setRetryPolicy(3, 40, 2.0);
    QCOMPARE(m_client->retryDelayMs(1), 40);
    QCOMPARE(m_client->retryDelayMs(2), 80);
    QCOMPARE(m_client->retryDelayMs(3), 160);

    QSignalSpy started(m_client.get(), &QueryClient::fetchStarted);
    QSignalSpy finished(m_client.get(), &QueryClient::fetchFinished);
    QueryObserver observer = m_client->observe(kCrates);
    QCOMPARE(started.count(), 1);

    QElapsedTimer elapsed;
    for (int failure = 1; failure <= 2; ++failure) {
        elapsed.start();
        QVERIFY(m_fetcher->fail(kCrates, QStringLiteral("HTTP 502")));
        QueryState state = m_client->state(kCrates);
        QCOMPARE(state.failureCount, failure);
        QCOMPARE(state.error, QStringLiteral("HTTP 502"));
        QVERIFY(state.fetchScheduled);
        QCOMPARE(state.status, QueryStatus::Fetching);
        QVERIFY(started.wait(5000));
        // Coarse timers may fire up to 5 % early.
        QVERIFY2(elapsed.elapsed() >= m_client->retryDelayMs(failure) * 95 / 100,
                 qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(started.count(), failure + 1);
    }
    QVERIFY(m_fetcher->complete(kCrates, QJsonArray()));
    const QueryState state = m_client->state(kCrates);
    QCOMPARE(state.status, QueryStatus::Success);
    QCOMPARE(state.failureCount, 0);
    QVERIFY(state.error.isEmpty());
    QCOMPARE(m_fetcher->starts(kCrates), 3);
    QCOMPARE(m_client->metrics().retries, 2);
    QCOMPARE(m_client->metrics().fetchesFailed, 2);
    QCOMPARE(finished.count(), 3);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(finished.at(0).at(4).toString(), QStringLiteral("HTTP 502"));
}

void TestQueryClient::retry_exhausted_statusErrorKeepsData()
{
    m_client->setRetryPolicy(2, 1);
    const QJsonArray data = rows({row(1, QStringLiteral("active"))});
    m_client->setQueryData(kCrates, data);
    m_client->invalidate({kCrates}, InvalidationCause::Manual);  // inactive: stale only
    QSignalSpy started(m_client.get(), &QueryClient::fetchStarted);
    QueryObserver observer = m_client->observe(kCrates);
    QCOMPARE(started.count(), 1);
    m_fetcher->fail(kCrates);
    QVERIFY(started.wait(2000));
    m_fetcher->fail(kCrates);
    QVERIFY(started.wait(2000));
    m_fetcher->fail(kCrates);

    const QueryState state = m_client->state(kCrates);
    QCOMPARE(state.status, QueryStatus::Error);
    QCOMPARE(state.failureCount, 3);
    QVERIFY(!state.fetchScheduled);
    QCOMPARE(state.data, QJsonValue(data));
    QVERIFY(!started.wait(50));  // no fourth attempt
    QCOMPARE(m_fetcher->starts(kCrates), 3);
}

void TestQueryClient::keyMatches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("matches");
    QTest::newRow("equal") << "crates"
                           << "crates" << true;
    QTest::newRow("not a prefix without marker") << "crate"
                                                 << "crates" << false;
    QTest::newRow("slash prefix") << "crate/"
                                  << "crate/12" << true;
    QTest::newRow("slash prefix not list") << "crate/"
                                           << "crates" << false;
    QTest::newRow("star prefix list") << "withdrawal-*"
                                      << "withdrawal-requests" << true;
    QTest::newRow("star prefix detail") << "withdrawal-*"
                                        << "withdrawal-request/7" << true;
    QTest::newRow("star prefix other") << "withdrawal-*"
                                       << "transfer-requests" << false;
    QTest::newRow("star alone") << "*"
                                << "audit" << true;
    QTest::newRow("detail exact") << "crate/12"
                                  << "crate/12" << true;
    QTest::newRow("detail exact other id") << "crate/12"
                                           << "crate/123" << false;
    QTest::newRow("empty") << ""
                           << "crates" << false;
}

void TestQueryClient::keyMatches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, key);
    QFETCH(bool, matches);
    QCOMPARE(QueryClient::keyMatches(pattern, key), matches);
}

void TestQueryClient::invalidate_exactKey_refetchesOnlyThatKey()
{
    QueryObserver crates = m_client->observe(kCrates);
    QueryObserver detail = m_client->observe(QStringLiteral("crate/1"));
    m_fetcher->complete(kCrates, QJsonArray());
    m_fetcher->complete(QStringLiteral("crate/1"), row(1, QStringLiteral("active")));

    QSignalSpy started(m_client.get(), &QueryClient::fetchStarted);
    const InvalidationTrace trace =
        m_client->invalidate({kCrates}, InvalidationCause::Event, QStringLiteral("seq 5"));
    QCOMPARE(trace.entries.size(), 1);
    QCOMPARE(trace.entries.at(0).key, kCrates);
    QCOMPARE(trace.entries.at(0).outcome, InvalidationOutcome::Refetched);
    QCOMPARE(m_fetcher->starts(kCrates), 1);  // not before the coalescing window closes
    QVERIFY(m_client->state(kCrates).fetchScheduled);
    QVERIFY(started.wait(2000));
    QCOMPARE(started.at(0).at(0).toString(), kCrates);
    QCOMPARE(m_fetcher->starts(kCrates), 2);
    QCOMPARE(m_fetcher->starts(QStringLiteral("crate/1")), 1);
}

void TestQueryClient::invalidate_prefix_refetchesMatchingDetails()
{
    QueryObserver crates = m_client->observe(kCrates);
    QueryObserver one = m_client->observe(QStringLiteral("crate/1"));
    QueryObserver two = m_client->observe(QStringLiteral("crate/2"));
    m_fetcher->complete(kCrates, QJsonArray());
    m_fetcher->complete(QStringLiteral("crate/1"), row(1, QStringLiteral("active")));
    m_fetcher->complete(QStringLiteral("crate/2"), row(2, QStringLiteral("active")));

    const InvalidationTrace trace =
        m_client->invalidate({QStringLiteral("crate/")}, InvalidationCause::Event);
    QCOMPARE(trace.entries.size(), 2);
    QCOMPARE(trace.entries.at(0).key, QStringLiteral("crate/1"));
    QCOMPARE(trace.entries.at(1).key, QStringLiteral("crate/2"));
    QTRY_COMPARE(m_fetcher->starts(QStringLiteral("crate/2")), 2);
    QCOMPARE(m_fetcher->starts(QStringLiteral("crate/1")), 2);
    QCOMPARE(m_fetcher->starts(kCrates), 1);
}

void TestQueryClient::invalidate_inactive_marksStaleAndRefetchesOnObserve()
{
    m_client->setStaleTimeMs(60 * 60 * 1000);
    m_client->setCoalesceWindowMs(0);
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, QJsonArray());
    observer.reset();
    QVERIFY(!m_client->isStale(kCrates));

    QSignalSpy started(m_client.get(), &QueryClient::fetchStarted);
    const InvalidationTrace trace = m_client->invalidate({kCrates}, InvalidationCause::Event);
    QCOMPARE(trace.outcomeOf(kCrates), InvalidationOutcome::MarkedStale);
    QVERIFY(m_client->isStale(kCrates));
    QVERIFY(m_client->state(kCrates).invalidated);
    QVERIFY(!started.wait(30));  // inactive: nothing fetched
    QCOMPARE(m_fetcher->starts(kCrates), 1);

    observer = m_client->observe(kCrates);
    QCOMPARE(m_fetcher->starts(kCrates), 2);
    m_fetcher->complete(kCrates, QJsonArray());
    QVERIFY(!m_client->isStale(kCrates));
}

void TestQueryClient::invalidate_burstOf100_oneFetch()
{
    m_client->setCoalesceWindowMs(20);
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, QJsonArray());
    QSignalSpy started(m_client.get(), &QueryClient::fetchStarted);

    int refetched = 0;
    int coalesced = 0;
    for (int i = 0; i < 100; ++i) {
        const InvalidationTrace trace =
            m_client->invalidate({kCrates}, InvalidationCause::Event, QString::number(i));
        refetched += trace.count(InvalidationOutcome::Refetched);
        coalesced += trace.count(InvalidationOutcome::Coalesced);
    }
    QCOMPARE(refetched, 1);
    QCOMPARE(coalesced, 99);
    QVERIFY(started.wait(2000));
    QVERIFY(!started.wait(60));  // and nothing after it
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_fetcher->starts(kCrates), 2);
    QCOMPARE(m_client->metrics().keysCoalesced, 99);
    QCOMPARE(m_client->metrics().invalidations, 100);
}

void TestQueryClient::invalidate_duringFetch_queuesExactlyOneFollowUp()
{
    QueryObserver observer = m_client->observe(kCrates);  // fetch 1 in flight
    QCOMPARE(m_fetcher->starts(kCrates), 1);
    const InvalidationTrace first = m_client->invalidate({kCrates}, InvalidationCause::Event);
    QCOMPARE(first.outcomeOf(kCrates), InvalidationOutcome::Refetched);
    for (int i = 0; i < 5; ++i) {
        const InvalidationTrace more = m_client->invalidate({kCrates}, InvalidationCause::Event);
        QCOMPARE(more.outcomeOf(kCrates), InvalidationOutcome::Coalesced);
    }
    QVERIFY(m_client->state(kCrates).fetchQueued);
    QCOMPARE(m_fetcher->starts(kCrates), 1);  // the first is never cancelled
    QCOMPARE(m_fetcher->pendingCount(kCrates), 1);

    const QJsonArray older = rows({row(1, QStringLiteral("pending"))});
    const QJsonArray newest = rows({row(1, QStringLiteral("approved"))});
    QVERIFY(m_fetcher->complete(kCrates, older));
    QCOMPARE(m_fetcher->starts(kCrates), 2);  // the follow-up starts at once
    QVERIFY(m_client->isStale(kCrates));      // its data predates the last invalidation
    QVERIFY(!m_client->state(kCrates).fetchQueued);
    QVERIFY(m_fetcher->complete(kCrates, newest));
    QCOMPARE(m_client->data(kCrates), QJsonValue(newest));
    QVERIFY(!m_client->state(kCrates).invalidated);

    QTRY_VERIFY(!m_client->isCoalescing());  // the window has ended: no third fetch started from it
    QCOMPARE(m_fetcher->starts(kCrates), 2);
}

void TestQueryClient::invalidate_trace_outcomes()
{
    QSignalSpy traces(m_client.get(), &QueryClient::invalidated);
    QueryObserver idle = m_client->observe(QStringLiteral("crates"));
    m_fetcher->complete(kCrates, QJsonArray());
    QueryObserver inFlight = m_client->observe(QStringLiteral("crate/1"));  // stays in flight
    {
        QueryObserver gone = m_client->observe(QStringLiteral("crate/2"));
        m_fetcher->complete(QStringLiteral("crate/2"), row(2, QStringLiteral("active")));
    }

    const QStringList patterns{QStringLiteral("crate*")};
    InvalidationTrace trace =
        m_client->invalidate(patterns, InvalidationCause::Event, QStringLiteral("ev-1"));
    QCOMPARE(trace.outcomeOf(QStringLiteral("crates")), InvalidationOutcome::Refetched);
    QCOMPARE(trace.outcomeOf(QStringLiteral("crate/1")), InvalidationOutcome::Refetched);
    QCOMPARE(trace.outcomeOf(QStringLiteral("crate/2")), InvalidationOutcome::MarkedStale);

    trace = m_client->invalidate(patterns, InvalidationCause::Gap, QStringLiteral("ev-2"));
    QCOMPARE(trace.outcomeOf(QStringLiteral("crates")), InvalidationOutcome::Coalesced);
    QCOMPARE(trace.outcomeOf(QStringLiteral("crate/1")), InvalidationOutcome::Coalesced);
    QCOMPARE(trace.outcomeOf(QStringLiteral("crate/2")), InvalidationOutcome::MarkedStale);
    bool found = true;
    trace.outcomeOf(QStringLiteral("storage"), &found);
    QVERIFY(!found);

    QCOMPARE(traces.count(), 2);
    const auto emitted = traces.at(1).at(0).value<InvalidationTrace>();
    QCOMPARE(emitted.cause, InvalidationCause::Gap);
    QCOMPARE(emitted.eventRef, QStringLiteral("ev-2"));
    QCOMPARE(emitted.entries, trace.entries);

    const QJsonObject json = emitted.toJson();
    QCOMPARE(json.value(QStringLiteral("cause")).toString(), QStringLiteral("gap"));
    QCOMPARE(json.value(QStringLiteral("event_ref")).toString(), QStringLiteral("ev-2"));
    const QJsonArray keys = json.value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), 3);
    QCOMPARE(keys.at(0).toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("crate/1"));
    QCOMPARE(keys.at(0).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("coalesced"));
    QCOMPARE(keys.at(1).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("marked_stale"));

    const QueryMetrics &metrics = m_client->metrics();
    QCOMPARE(metrics.keysRefetched, 2);
    QCOMPARE(metrics.keysCoalesced, 2);
    QCOMPARE(metrics.keysMarkedStale, 2);
}

void TestQueryClient::invalidateAllActive_refetchesActiveMarksInactive()
{
    QueryObserver crates = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, QJsonArray());
    {
        QueryObserver storage = m_client->observe(QStringLiteral("storage"));
        m_fetcher->complete(QStringLiteral("storage"), QJsonArray());
    }
    const InvalidationTrace trace = m_client->invalidateAllActive(InvalidationCause::Reconnect);
    QCOMPARE(trace.cause, InvalidationCause::Reconnect);
    QCOMPARE(trace.outcomeOf(kCrates), InvalidationOutcome::Refetched);
    QCOMPARE(trace.outcomeOf(QStringLiteral("storage")), InvalidationOutcome::MarkedStale);
    QTRY_COMPARE(m_fetcher->starts(kCrates), 2);
    QCOMPARE(m_fetcher->starts(QStringLiteral("storage")), 1);
    QCOMPARE(m_client->activeKeys(), QStringList{kCrates});
}

void TestQueryClient::patchListRow_mergesFieldsAtOnce()
{
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates,
                        rows({row(1, QStringLiteral("active")), row(2, QStringLiteral("active"))}));
    QSignalSpy changed(m_client.get(), &QueryClient::dataChanged);

    QVERIFY(m_client->patchListRow(kCrates, 2,
                                   {{QStringLiteral("status"), QStringLiteral("withdrawn")},
                                    {QStringLiteral("crate_number"), QStringLiteral("C-2")}}));
    QCOMPARE(changed.count(), 1);
    const QJsonArray data = m_client->data(kCrates).toArray();
    QCOMPARE(data.at(0).toObject(), row(1, QStringLiteral("active")));
    QCOMPARE(data.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("withdrawn"));
    QCOMPARE(data.at(1).toObject().value(QStringLiteral("crate_number")).toString(),
             QStringLiteral("C-2"));
    QCOMPARE(m_fetcher->starts(kCrates), 1);  // patching is not fetching

    QVERIFY(
        !m_client->patchListRow(kCrates, 99, {{QStringLiteral("status"), QStringLiteral("x")}}));
    QVERIFY(!m_client->patchListRow(QStringLiteral("storage"), 1, {}));
    QCOMPARE(changed.count(), 1);

    // A detail key holds one object: patched the same way.
    QueryObserver detail = m_client->observe(QStringLiteral("crate/2"));
    m_fetcher->complete(QStringLiteral("crate/2"), row(2, QStringLiteral("active")));
    QVERIFY(m_client->patchListRow(QStringLiteral("crate/2"), 2,
                                   {{QStringLiteral("status"), QStringLiteral("archived")}}));
    QCOMPARE(m_client->data(QStringLiteral("crate/2")).toObject().value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("archived")));
}

void TestQueryClient::missedUpdates_reconnectRefetch_reportsUnannouncedRows()
{
    const QString t0 = QStringLiteral("2024-01-15T10:00:00Z");
    const QString t1 = QStringLiteral("2024-01-15T10:05:00Z");
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(
        kCrates,
        rows({row(1, QStringLiteral("active"), t0), row(2, QStringLiteral("active"), t0),
              row(3, QStringLiteral("active"), t0), row(4, QStringLiteral("active"), t0)}));
    QSignalSpy missed(m_client.get(), &QueryClient::missedUpdatesFound);

    m_client->noteAnnounced(kCrates, 2);  // an event named row 2 before the socket dropped
    m_client->invalidateAllActive(InvalidationCause::Reconnect);
    QTRY_COMPARE(m_fetcher->starts(kCrates), 2);
    m_client->noteAnnounced(kCrates, 6);  // arrives while the resync is in flight
    m_fetcher->complete(kCrates, rows({row(1, QStringLiteral("active"), t0),     // same
                                       row(2, QStringLiteral("withdrawn"), t1),  // announced
                                       row(3, QStringLiteral("archived"), t1),   // missed
                                       row(5, QStringLiteral("active"), t1)}));  // missed new
    // row 4 is gone: missed too.
    QCOMPARE(missed.count(), 1);
    QCOMPARE(missed.at(0).at(0).toString(), kCrates);
    QCOMPARE(missed.at(0).at(1).value<QList<EntityId>>(), (QList<EntityId>{3, 4, 5}));
    QCOMPARE(m_client->metrics().missedUpdates, 3);
    QCOMPARE(m_client->state(kCrates).missedUpdates, 3);

    // The next resync compares with the new data: nothing changed, nothing missed.
    m_client->invalidate({kCrates}, InvalidationCause::Gap);
    QTRY_COMPARE(m_fetcher->starts(kCrates), 3);
    m_fetcher->complete(kCrates, m_client->data(kCrates));
    QCOMPARE(missed.count(), 1);
}

void TestQueryClient::missedUpdates_eventRefetch_notAudited()
{
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, rows({row(1, QStringLiteral("active"))}));
    QSignalSpy missed(m_client.get(), &QueryClient::missedUpdatesFound);
    m_client->invalidate({kCrates}, InvalidationCause::Event);
    QTRY_COMPARE(m_fetcher->starts(kCrates), 2);
    m_fetcher->complete(
        kCrates, rows({row(1, QStringLiteral("withdrawn")), row(2, QStringLiteral("active"))}));
    QCOMPARE(missed.count(), 0);
}

void TestQueryClient::observer_outlivesClient_noCrash()
{
    QueryObserver observer = m_client->observe(kCrates);
    QueryObserver moved = std::move(observer);
    QVERIFY(!observer.isValid());
    QVERIFY(moved.isValid());
    QCOMPARE(m_client->observerCount(kCrates), 1);
    m_client.reset();  // abandons the fetch in flight
    QVERIFY(!moved.isValid());
    moved.reset();
}

// A row merged again and again (a crate whose status changes all day in a long `watch`)
// holds its current texts only. Qt 6.4's QJsonObject keeps a replaced string's text in its
// buffer: inserting into the row, as every merge did, made the row grow by every status it
// ever had, and every merge copy all of it (a row merged 5,000 times here: +527 KB).
void TestQueryClient::mergedRowsKeepOnlyTheirTexts()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__has_feature)
#if defined(__SANITIZE_ADDRESS__) || __has_feature(address_sanitizer)
    QSKIP("counts glibc's heap (mallinfo2), which AddressSanitizer replaces");
#endif
#endif
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates,
                        rows({row(1, QStringLiteral("active")), row(2, QStringLiteral("active"))}));
    const QString statuses[2] = {
        QStringLiteral("withdrawn, waiting for the second signature %1").arg(1),
        QStringLiteral("active, back on its shelf after the audit %1").arg(2)};
    QVERIFY(m_client->patchListRow(kCrates, 2, {{QStringLiteral("status"), statuses[0]}}));
    const size_t before = mallinfo2().uordblks;
    constexpr int kMerges = 5'000;
    for (int n = 1; n <= kMerges; ++n)
        QVERIFY(m_client->patchListRow(kCrates, 2, {{QStringLiteral("status"), statuses[n % 2]}}));
    const size_t after = mallinfo2().uordblks;
    QCOMPARE(m_client->listRow(kCrates, 2),
             row(2, statuses[kMerges % 2]));  // every field, whichever way merged
    QCOMPARE(m_client->listRow(kCrates, 1), row(1, QStringLiteral("active")));
    const qint64 grown = qint64(after) - qint64(before);
    QVERIFY2(grown < 64 * 1024,
             qPrintable(QStringLiteral("the heap grew by %1 bytes over %2 merges of one row")
                            .arg(grown)
                            .arg(kMerges)));

    // A detail key's one object (an inspector open on the row), merged the same way.
    QueryObserver detail = m_client->observe(QStringLiteral("crate/2"));
    m_fetcher->complete(QStringLiteral("crate/2"), row(2, statuses[0]));
    const size_t detailBefore = mallinfo2().uordblks;
    for (int n = 1; n <= kMerges; ++n)
        QVERIFY(m_client->patchListRow(QStringLiteral("crate/2"), 2,
                                       {{QStringLiteral("status"), statuses[n % 2]}}));
    const qint64 detailGrown = qint64(mallinfo2().uordblks) - qint64(detailBefore);
    QCOMPARE(m_client->data(QStringLiteral("crate/2")).toObject(), row(2, statuses[kMerges % 2]));
    QVERIFY2(detailGrown < 64 * 1024,
             qPrintable(QStringLiteral("the heap grew by %1 bytes over %2 merges of a detail key")
                            .arg(detailGrown)
                            .arg(kMerges)));
}

void TestQueryClient::applyEvent_frameCarriesEveryField_noFetchAtAll()
{
    // The list holds only what the frame carries (id, status): the frame says everything.
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, rows({row(1, QStringLiteral("active")), row(2, QStringLiteral("active"))}));
    QSignalSpy changed(m_client.get(), &QueryClient::dataChanged);
    bool found = false;
    const InvalidationTrace trace = m_client->applyEvent(crateEvent(2, QStringLiteral("withdrawn")), crateKeys(2),
                                                         InvalidationCause::Event, QStringLiteral("seq:5"), &found);
    QVERIFY(found);
    QCOMPARE(changed.count(), 1);  // shown at once
    QCOMPARE(m_client->listRow(kCrates, 2), row(2, QStringLiteral("withdrawn")));
    QCOMPARE(trace.outcomeOf(kCrates), InvalidationOutcome::Patched);
    QTRY_VERIFY(!m_client->isCoalescing());  // the window has ended: what it gathered has started
    QCOMPARE(m_fetcher->totalStarts(), 1);  // the first load only: no list GET, no detail GET
    QCOMPARE(m_client->metrics().rowsPatchedOnly, 1);
    QCOMPARE(m_client->state(kCrates).rowFetchesPending, 0);
}

void TestQueryClient::applyEvent_frameLacksAField_oneDetailGetNotAListGet()
{
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("active"), QStringLiteral("t0")),
                                       fullRow(2, QStringLiteral("active"), QStringLiteral("t0"))}));
    QSignalSpy invalidated(m_client.get(), &QueryClient::invalidated);
    QSignalSpy started(m_client.get(), &QueryClient::fetchStarted);
    const InvalidationTrace trace = m_client->applyEvent(crateEvent(2, QStringLiteral("withdrawn")), crateKeys(2),
                                                         InvalidationCause::Event);
    // The status shows at once; updated_at and the rest come with the row's own GET.
    QCOMPARE(m_client->listRow(kCrates, 2).value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(trace.outcomeOf(kCrates), InvalidationOutcome::Patched);
    QCOMPARE(trace.outcomeOf(QStringLiteral("crate/2")), InvalidationOutcome::RowRefetched);
    QCOMPARE(invalidated.count(), 1);  // one trace, every key in it
    QCOMPARE(m_client->state(kCrates).rowFetchesPending, 1);
    QTRY_COMPARE(m_fetcher->starts(QStringLiteral("crate/2")), 1);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("crate/2"));
    QVERIFY(m_fetcher->complete(QStringLiteral("crate/2"), fullRow(2, QStringLiteral("withdrawn"), QStringLiteral("t1"))));
    QCOMPARE(m_client->listRow(kCrates, 2), fullRow(2, QStringLiteral("withdrawn"), QStringLiteral("t1")));
    QCOMPARE(m_client->listRow(kCrates, 1), fullRow(1, QStringLiteral("active"), QStringLiteral("t0")));
    QTRY_VERIFY(!m_client->isCoalescing());  // the window has ended: what it gathered has started
    QCOMPARE(m_fetcher->starts(kCrates), 1);  // never refetched whole
    QCOMPARE(m_client->metrics().rowFetches, 1);
    QCOMPARE(m_client->state(kCrates).rowFetchesPending, 0);
}

void TestQueryClient::applyEvent_burstOnOneRow_oneDetailGet()
{
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("active"), QStringLiteral("t0"))}));
    for (int i = 0; i < 20; ++i)
        m_client->applyEvent(crateEvent(1, QStringLiteral("active")), crateKeys(1), InvalidationCause::Event);
    QTRY_COMPARE(m_fetcher->starts(QStringLiteral("crate/1")), 1);
    QTRY_VERIFY(!m_client->isCoalescing());  // the window has ended: what it gathered has started
    QCOMPARE(m_fetcher->starts(QStringLiteral("crate/1")), 1);
    QCOMPARE(m_fetcher->starts(kCrates), 1);
}

void TestQueryClient::applyEvent_eventDuringRowFetch_oneFollowUpKeepsTheNewerStatus()
{
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("active"), QStringLiteral("t0"))}));
    m_client->applyEvent(crateEvent(1, QStringLiteral("withdrawn")), crateKeys(1), InvalidationCause::Event);
    QTRY_COMPARE(m_fetcher->starts(QStringLiteral("crate/1")), 1);
    // A newer event while the first GET is out: its answer predates the frame.
    m_client->applyEvent(crateEvent(1, QStringLiteral("archived")), crateKeys(1), InvalidationCause::Event);
    QCOMPARE(m_client->listRow(kCrates, 1).value(QStringLiteral("status")).toString(), QStringLiteral("archived"));
    m_fetcher->complete(QStringLiteral("crate/1"), fullRow(1, QStringLiteral("withdrawn"), QStringLiteral("t1")));
    // The older answer does not take the newer status back; one follow-up confirms it.
    QCOMPARE(m_client->listRow(kCrates, 1).value(QStringLiteral("status")).toString(), QStringLiteral("archived"));
    QCOMPARE(m_fetcher->starts(QStringLiteral("crate/1")), 2);
    m_fetcher->complete(QStringLiteral("crate/1"), fullRow(1, QStringLiteral("archived"), QStringLiteral("t2")));
    QCOMPARE(m_client->listRow(kCrates, 1), fullRow(1, QStringLiteral("archived"), QStringLiteral("t2")));
    QCOMPARE(m_client->state(kCrates).rowFetchesPending, 0);
    QCOMPARE(m_fetcher->starts(kCrates), 1);
}

void TestQueryClient::applyEvent_createdRow_insertedFromItsDetail()
{
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("active"), QStringLiteral("t0"))}));
    bool found = true;
    RowEvent created = crateEvent(7, QStringLiteral("active"));
    m_client->applyEvent(created, crateKeys(7), InvalidationCause::Event, QString(), &found);
    QVERIFY(!found);
    QTRY_COMPARE(m_fetcher->starts(QStringLiteral("crate/7")), 1);
    m_fetcher->complete(QStringLiteral("crate/7"), fullRow(7, QStringLiteral("active"), QStringLiteral("t1")));
    QCOMPARE(m_client->data(kCrates).toArray().size(), 2);
    QCOMPARE(m_client->listRow(kCrates, 7), fullRow(7, QStringLiteral("active"), QStringLiteral("t1")));
    QCOMPARE(m_fetcher->starts(kCrates), 1);
}

void TestQueryClient::applyEvent_deletedRow_removedWithoutFetch()
{
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("active"), QStringLiteral("t0")),
                                       fullRow(2, QStringLiteral("active"), QStringLiteral("t0"))}));
    RowEvent gone = crateEvent(1, QString());
    gone.deleted = true;
    const InvalidationTrace trace = m_client->applyEvent(gone, crateKeys(1), InvalidationCause::Event);
    QCOMPARE(trace.outcomeOf(kCrates), InvalidationOutcome::Patched);
    QCOMPARE(m_client->data(kCrates).toArray().size(), 1);
    QVERIFY(m_client->listRow(kCrates, 1).isEmpty());
    QTRY_VERIFY(!m_client->isCoalescing());  // the window has ended: what it gathered has started
    QCOMPARE(m_fetcher->totalStarts(), 1);
}

void TestQueryClient::applyEvent_rowFetchFails_listRefetched()
{
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("active"), QStringLiteral("t0"))}));
    m_client->applyEvent(crateEvent(1, QStringLiteral("withdrawn")), crateKeys(1), InvalidationCause::Event);
    QTRY_COMPARE(m_fetcher->starts(QStringLiteral("crate/1")), 1);
    QVERIFY(m_fetcher->fail(QStringLiteral("crate/1"), QStringLiteral("HTTP 404"), 404));
    QTRY_COMPARE(m_fetcher->starts(kCrates), 2);  // the list settles it
    QCOMPARE(m_client->metrics().rowFetchesFailed, 1);
    m_fetcher->complete(kCrates, rows({}));
    QCOMPARE(m_client->data(kCrates).toArray().size(), 0);
}

void TestQueryClient::applyEvent_rowFetchTimesOut_retriedNotTheList()
{
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("active"), QStringLiteral("t0"))}));
    m_client->applyEvent(crateEvent(1, QStringLiteral("withdrawn")), crateKeys(1), InvalidationCause::Event);
    QTRY_COMPARE(m_fetcher->starts(QStringLiteral("crate/1")), 1);
    // A timeout (no HTTP answer), then a 503: the row is asked again after the retry delays.
    QVERIFY(m_fetcher->fail(QStringLiteral("crate/1"), QStringLiteral("timed out"), 0));
    QCOMPARE(m_client->state(kCrates).rowFetchesPending, 1);  // the settle phase waits for it
    QTRY_COMPARE(m_fetcher->starts(QStringLiteral("crate/1")), 2);
    QVERIFY(m_fetcher->fail(QStringLiteral("crate/1"), QStringLiteral("HTTP 503"), 503));
    QTRY_COMPARE(m_fetcher->starts(QStringLiteral("crate/1")), 3);
    m_fetcher->complete(QStringLiteral("crate/1"), fullRow(1, QStringLiteral("withdrawn"), QStringLiteral("t1")));
    QCOMPARE(m_client->listRow(kCrates, 1), fullRow(1, QStringLiteral("withdrawn"), QStringLiteral("t1")));
    QCOMPARE(m_fetcher->starts(kCrates), 1);  // the list was never refetched
    QCOMPARE(m_client->metrics().rowFetchesFailed, 0);
    QCOMPARE(m_client->state(kCrates).rowFetchesPending, 0);
}

void TestQueryClient::applyEvent_staleListFetchInFlight_doesNotUndoTheRow()
{
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("active"), QStringLiteral("t0"))}));
    m_client->invalidate({kCrates}, InvalidationCause::Manual);
    QTRY_COMPARE(m_fetcher->starts(kCrates), 2);  // a list fetch is out, started before the event
    m_client->applyEvent(crateEvent(1, QStringLiteral("withdrawn")), crateKeys(1), InvalidationCause::Event);
    QTRY_COMPARE(m_fetcher->starts(QStringLiteral("crate/1")), 1);
    m_fetcher->complete(QStringLiteral("crate/1"), fullRow(1, QStringLiteral("withdrawn"), QStringLiteral("t1")));
    // The list's answer was read before the change: the row keeps the newer state.
    m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("active"), QStringLiteral("t0")),
                                       fullRow(2, QStringLiteral("active"), QStringLiteral("t0"))}));
    QCOMPARE(m_client->listRow(kCrates, 1), fullRow(1, QStringLiteral("withdrawn"), QStringLiteral("t1")));
    QCOMPARE(m_client->listRow(kCrates, 2), fullRow(2, QStringLiteral("active"), QStringLiteral("t0")));
    // A later list fetch is newer than everything: taken as it is.
    m_client->invalidate({kCrates}, InvalidationCause::Manual);
    QTRY_COMPARE(m_fetcher->starts(kCrates), 3);
    m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("archived"), QStringLiteral("t3"))}));
    QCOMPARE(m_client->listRow(kCrates, 1), fullRow(1, QStringLiteral("archived"), QStringLiteral("t3")));
}

void TestQueryClient::applyEvent_manyRowsInOneWindow_listRefetchedInstead()
{
    m_client->setMaxRowFetches(2);
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("active"), QStringLiteral("t0")),
                                       fullRow(2, QStringLiteral("active"), QStringLiteral("t0")),
                                       fullRow(3, QStringLiteral("active"), QStringLiteral("t0"))}));
    for (qint64 id = 1; id <= 3; ++id)
        m_client->applyEvent(crateEvent(id, QStringLiteral("withdrawn")), crateKeys(id), InvalidationCause::Event);
    QTRY_COMPARE(m_fetcher->starts(kCrates), 2);
    QTRY_VERIFY(!m_client->isCoalescing());  // the window has ended: what it gathered has started
    for (qint64 id = 1; id <= 3; ++id)
        QCOMPARE(m_fetcher->starts(QStringLiteral("crate/%1").arg(id)), 0);
    QCOMPARE(m_client->metrics().rowFetchFallbacks, 1);
    QCOMPARE(m_client->state(kCrates).rowFetchesPending, 0);
}

void TestQueryClient::applyEvent_noDetailRoute_listRefetchedAsTheWebClientDoes()
{
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("active"), QStringLiteral("t0"))}));
    const InvalidationTrace trace = m_client->applyEvent(crateEvent(1, QStringLiteral("withdrawn"), false),
                                                         crateKeys(1), InvalidationCause::Event);
    QCOMPARE(m_client->listRow(kCrates, 1).value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(trace.outcomeOf(kCrates), InvalidationOutcome::Refetched);
    QTRY_COMPARE(m_fetcher->starts(kCrates), 2);
    QCOMPARE(m_fetcher->starts(QStringLiteral("crate/1")), 0);
}

void TestQueryClient::applyEvent_unobservedList_markedStaleNoFetch()
{
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("active"), QStringLiteral("t0"))}));
    observer.reset();
    const InvalidationTrace trace = m_client->applyEvent(crateEvent(1, QStringLiteral("withdrawn")), crateKeys(1),
                                                         InvalidationCause::Event);
    QCOMPARE(trace.outcomeOf(kCrates), InvalidationOutcome::MarkedStale);
    QTRY_VERIFY(!m_client->isCoalescing());  // the window has ended: what it gathered has started
    QCOMPARE(m_fetcher->totalStarts(), 1);
    observer = m_client->observe(kCrates);  // stale: fetched whole when shown again
    QCOMPARE(m_fetcher->starts(kCrates), 2);
}

// A server too slow to answer row GETs (1,000 virtual users): the session never has more
// than maxOutstandingRowFetches row fetches out; more events refetch their list instead, once
// (one list fetch in flight, one queued), and every event's status still shows at once.
void TestQueryClient::rowFetchCap_slowServer_rowGetsBoundedListRefetchedInstead()
{
    m_client->setMaxOutstandingRowFetches(2);
    QueryObserver observer = m_client->observe(kCrates);
    QJsonArray list;
    for (qint64 id = 1; id <= 6; ++id)
        list.append(fullRow(id, QStringLiteral("active"), QStringLiteral("t0")));
    m_fetcher->complete(kCrates, list);
    for (qint64 id = 1; id <= 2; ++id)
        m_client->applyEvent(crateEvent(id, QStringLiteral("withdrawn")), crateKeys(id), InvalidationCause::Event);
    QTRY_COMPARE(m_fetcher->starts(QStringLiteral("crate/2")), 1);
    QCOMPARE(m_fetcher->starts(QStringLiteral("crate/1")), 1);
    QCOMPARE(m_client->outstandingRowFetches(), 2);  // neither answers

    // A third row, in a later window: over the cap, so its list is refetched instead.
    m_client->applyEvent(crateEvent(3, QStringLiteral("withdrawn")), crateKeys(3), InvalidationCause::Event);
    QCOMPARE(m_client->listRow(kCrates, 3).value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
    QTRY_COMPARE(m_fetcher->starts(kCrates), 2);
    QCOMPARE(m_fetcher->starts(QStringLiteral("crate/3")), 0);
    QCOMPARE(m_client->metrics().rowFetchCapFallbacks, 1);

    // More events while that list fetch is out: one follow-up list fetch queued, no row GET.
    for (qint64 id = 4; id <= 6; ++id) {
        m_client->applyEvent(crateEvent(id, QStringLiteral("archived")), crateKeys(id), InvalidationCause::Event);
        QTRY_VERIFY(!m_client->isCoalescing());  // each in a window of its own
    }
    for (qint64 id = 3; id <= 6; ++id)
        QCOMPARE(m_fetcher->starts(QStringLiteral("crate/%1").arg(id)), 0);
    QCOMPARE(m_fetcher->starts(kCrates), 2);
    QCOMPARE(m_fetcher->pendingCount(kCrates), 1);
    QCOMPARE(m_client->outstandingRowFetches(), 2);
    QVERIFY(m_client->state(kCrates).fetchQueued);
    QCOMPARE(m_client->metrics().rowFetches, 2);

    // The list answers with what it read before the events: the rows keep their news, and
    // the queued follow-up reads them again.
    QVERIFY(m_fetcher->complete(kCrates, list));
    for (qint64 id = 4; id <= 6; ++id)
        QCOMPARE(m_client->listRow(kCrates, id).value(QStringLiteral("status")).toString(), QStringLiteral("archived"));
    QCOMPARE(m_fetcher->starts(kCrates), 3);
    QCOMPARE(m_client->outstandingRowFetches(), 2);
}

// Events of a row whose GET is out are coalesced into it (no second slot); a row waiting out
// a retry delay keeps its slot; a list refetch frees every slot of the list.
void TestQueryClient::rowFetchCap_sameRowCoalesced_retryHoldsItsSlot()
{
    m_client->setMaxOutstandingRowFetches(1);
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("active"), QStringLiteral("t0")),
                                       fullRow(2, QStringLiteral("active"), QStringLiteral("t0"))}));
    m_client->applyEvent(crateEvent(1, QStringLiteral("withdrawn")), crateKeys(1), InvalidationCause::Event);
    QTRY_COMPARE(m_fetcher->starts(QStringLiteral("crate/1")), 1);
    const InvalidationTrace again =
        m_client->applyEvent(crateEvent(1, QStringLiteral("archived")), crateKeys(1), InvalidationCause::Event);
    QCOMPARE(again.outcomeOf(QStringLiteral("crate/1")), InvalidationOutcome::RowRefetched);  // queued behind it
    QTRY_VERIFY(!m_client->isCoalescing());  // the window has ended: what it gathered has started
    QCOMPARE(m_client->metrics().rowFetchCapFallbacks, 0);
    QCOMPARE(m_fetcher->starts(kCrates), 1);

    // A timeout: the row waits to retry and keeps its slot, so row 2 refetches the list.
    m_client->setRetryPolicy(3, 10'000);
    QVERIFY(m_fetcher->fail(QStringLiteral("crate/1"), QStringLiteral("timed out"), 0));
    QCOMPARE(m_client->outstandingRowFetches(), 1);
    m_client->applyEvent(crateEvent(2, QStringLiteral("withdrawn")), crateKeys(2), InvalidationCause::Event);
    QTRY_COMPARE(m_fetcher->starts(kCrates), 2);
    QCOMPARE(m_fetcher->starts(QStringLiteral("crate/2")), 0);
    QCOMPARE(m_client->metrics().rowFetchCapFallbacks, 1);
    // The list fetch covers row 1 too: its retry is dropped and the slot is free.
    QCOMPARE(m_client->outstandingRowFetches(), 0);
    QVERIFY(m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("archived"), QStringLiteral("t1")),
                                               fullRow(2, QStringLiteral("withdrawn"), QStringLiteral("t1"))})));
    m_client->applyEvent(crateEvent(2, QStringLiteral("active")), crateKeys(2), InvalidationCause::Event);
    QTRY_COMPARE(m_fetcher->starts(QStringLiteral("crate/2")), 1);  // one row again: its own GET
    QCOMPARE(m_fetcher->starts(QStringLiteral("crate/1")), 1);
    QCOMPARE(m_fetcher->starts(kCrates), 2);
}

// Lists of 64 rows or more are looked up through an index by id: it must follow every
// change (a patch, a new row appended, a row removed and the rows after it moving up).
void TestQueryClient::longList_indexFollowsPatchesInsertsAndRemovals()
{
    QueryObserver observer = m_client->observe(kCrates);
    QJsonArray list;
    for (qint64 id = 1; id <= 200; ++id)
        list.append(fullRow(id, QStringLiteral("active"), QStringLiteral("t0")));
    m_fetcher->complete(kCrates, list);
    QCOMPARE(m_client->listRow(kCrates, 150).value(QStringLiteral("id")).toInteger(), 150);
    QVERIFY(m_client->listRow(kCrates, 201).isEmpty());

    RowEvent gone = crateEvent(10, QString());
    gone.deleted = true;
    m_client->applyEvent(gone, crateKeys(10), InvalidationCause::Event);
    QVERIFY(m_client->listRow(kCrates, 10).isEmpty());
    QVERIFY(m_client->patchListRow(kCrates, 150, {{QStringLiteral("status"), QStringLiteral("withdrawn")}}));
    QCOMPARE(m_client->listRow(kCrates, 150).value(QStringLiteral("id")).toInteger(), 150);
    QCOMPARE(m_client->listRow(kCrates, 150).value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(m_client->listRow(kCrates, 149).value(QStringLiteral("status")).toString(), QStringLiteral("active"));

    // A created row: inserted from its detail GET, found at once afterwards.
    m_client->applyEvent(crateEvent(300, QStringLiteral("active")), crateKeys(300), InvalidationCause::Event);
    QTRY_COMPARE(m_fetcher->starts(QStringLiteral("crate/300")), 1);
    QVERIFY(m_fetcher->complete(QStringLiteral("crate/300"), fullRow(300, QStringLiteral("active"), QStringLiteral("t1"))));
    QCOMPARE(m_client->listRow(kCrates, 300), fullRow(300, QStringLiteral("active"), QStringLiteral("t1")));
    QVERIFY(m_client->patchListRow(kCrates, 300, {{QStringLiteral("status"), QStringLiteral("archived")}}));
    QCOMPARE(m_client->listRow(kCrates, 300).value(QStringLiteral("status")).toString(), QStringLiteral("archived"));
    const QJsonArray data = m_client->data(kCrates).toArray();
    QCOMPARE(data.size(), 200);
    QCOMPARE(data.last().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("archived"));
    // Every row is still found where it is.
    for (qsizetype i = 0; i < data.size(); ++i) {
        const qint64 id = data.at(i).toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(m_client->listRow(kCrates, id), data.at(i).toObject());
    }
}

void TestQueryClient::rowChanged_carriesConsecutiveRevisionsBeforeDataChanged()
{
    QueryObserver observer = m_client->observe(kCrates);
    m_fetcher->complete(kCrates, rows({fullRow(1, QStringLiteral("active"), QStringLiteral("t0"))}));
    const quint64 loaded = m_client->revision(kCrates);
    QVERIFY(loaded > 0);
    QStringList order;
    QList<QJsonObject> told;  // merged, previous, current of the last rowChanged
    RowMerge lastMerge;
    connect(m_client.get(), &QueryClient::rowChanged, this,
            [&order, &told, &lastMerge](const QString &key, const EntityId &id, quint64 before,
                                        quint64 after, const RowMerge &merge) {
                order << QStringLiteral("row %1 %2 %3 %4").arg(key, id.toString()).arg(before).arg(after);
                QJsonObject merged;
                for (const RowMerge::Field &f : merge.fields) merged.insert(f.key, f.after);
                told = {merged, merge.previous, merge.current};
                lastMerge = merge;
            });
    connect(m_client.get(), &QueryClient::dataChanged, this,
            [&order](const QString &key) { order << QStringLiteral("data ") + key; });
    const QJsonObject was = m_client->listRow(kCrates, 1);
    const QJsonObject fields{{QStringLiteral("status"), QStringLiteral("withdrawn")}};
    QVERIFY(m_client->patchListRow(kCrates, 1, fields));
    const quint64 patched = m_client->revision(kCrates);
    QVERIFY(patched > loaded);
    QCOMPARE(order, QStringList({QStringLiteral("row crates 1 %1 %2").arg(loaded).arg(patched),
                                 QStringLiteral("data crates")}));
    // A merge tells the fields, the row before and the row after (what listRow gives now).
    QCOMPARE(told.value(0), fields);
    QCOMPARE(told.value(1), was);
    QCOMPARE(told.value(2), m_client->listRow(kCrates, 1));
    QCOMPARE(told.value(2).value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
    QVERIFY(told.value(1) != told.value(2));
    // Each merged field with its value before and, both being strings, the two texts.
    QCOMPARE(lastMerge.fields.size(), 1);
    QCOMPARE(lastMerge.fields.at(0).key, QStringLiteral("status"));
    QCOMPARE(lastMerge.fields.at(0).before, QJsonValue(QStringLiteral("active")));
    QCOMPARE(lastMerge.fields.at(0).after, QJsonValue(QStringLiteral("withdrawn")));
    QVERIFY(lastMerge.fields.at(0).strings);
    QCOMPARE(lastMerge.fields.at(0).beforeText, QStringLiteral("active"));
    QCOMPARE(lastMerge.fields.at(0).afterText, QStringLiteral("withdrawn"));
    QVERIFY(lastMerge.fields.at(0).differs);
    // The same fields again change nothing: no signal, the same revision.
    QVERIFY(m_client->patchListRow(kCrates, 1, {{QStringLiteral("status"), QStringLiteral("withdrawn")}}));
    QCOMPARE(order.size(), 2);
    QCOMPARE(m_client->revision(kCrates), patched);
    // Fields the row lacked, of other types and unchanged ones: each as it was, differing or not.
    QVERIFY(m_client->patchListRow(kCrates, 1,
                                   {{QStringLiteral("status"), QStringLiteral("withdrawn")},
                                    {QStringLiteral("weight"), 12},
                                    {QStringLiteral("note"), QJsonValue::Null}}));
    QCOMPARE(order.size(), 4);
    QCOMPARE(lastMerge.fields.size(), 3);
    const RowMerge::Field *note = lastMerge.field(QStringLiteral("note"));
    const RowMerge::Field *status = lastMerge.field(QStringLiteral("status"));
    const RowMerge::Field *weight = lastMerge.field(QStringLiteral("weight"));
    QVERIFY(note && status && weight);
    QVERIFY(note->before.isUndefined());
    QVERIFY(note->after.isNull());
    QVERIFY(!note->strings);
    QVERIFY(note->differs);
    QVERIFY(status->strings);
    QVERIFY(!status->differs);
    QCOMPARE(status->beforeText, QStringLiteral("withdrawn"));
    QVERIFY(weight->before.isUndefined());
    QCOMPARE(weight->after, QJsonValue(12));
    QVERIFY(weight->differs);
    QCOMPARE(lastMerge.current, m_client->listRow(kCrates, 1));
    order.resize(2);
    // A whole new list: dataChanged alone, a new revision.
    m_client->setQueryData(kCrates, rows({fullRow(2, QStringLiteral("active"), QStringLiteral("t1"))}));
    QCOMPARE(order.size(), 3);
    QCOMPARE(order.last(), QStringLiteral("data crates"));
    QVERIFY(m_client->revision(kCrates) > patched);
    // A removal is no merge: no fields, no rows told.
    RowEvent gone;
    gone.listKey = kCrates;
    gone.id = 2;
    gone.deleted = true;
    m_client->applyEvent(gone, {kCrates}, InvalidationCause::Event);
    QCOMPARE(order.size(), 5);
    QCOMPARE(order.at(3), QStringLiteral("row crates 2 %1 %2").arg(m_client->revision(kCrates) - 1).arg(m_client->revision(kCrates)));
    QCOMPARE(told, (QList<QJsonObject>{QJsonObject(), QJsonObject(), QJsonObject()}));
}

void TestQueryClient::rowEvent_fromProfile_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("listKey");
    QTest::addColumn<QString>("detailKey");
    QTest::addColumn<bool>("deleted");
    // seed 002: the row's detail route exists, so the one row is fetched, never the list.
    QTest::newRow("dms-updates withdrawal") << "dms-updates" << "withdrawal" << "updated" << "7"
                                            << "withdrawal-requests" << "withdrawal-request/7" << false;
    QTest::newRow("dms-updates crate uuid") << "dms-updates" << "crate" << "updated"
                                            << "6a2f0c1e-0000-4000-8000-000000000001" << "crates"
                                            << "crate/6a2f0c1e-0000-4000-8000-000000000001" << false;
    QTest::newRow("dms-updates deleted") << "dms-updates" << "transfer" << "deleted" << "3"
                                         << "transfer-requests" << "transfer-request/3" << true;
    QTest::newRow("dms-channels request") << "dms-channels" << "destruction" << "approved" << "4"
                                          << "destruction-requests" << "destruction-request/4" << false;
    // seed 004 names no detail key: the list is refetched, as the web client does.
    QTest::newRow("hycon equipment") << "hycon-first-message" << "equipment" << "updated" << "2"
                                     << "equipment" << "" << false;
    // Nothing to patch: no row event at all (plain invalidation).
    QTest::newRow("audit") << "dms-updates" << "audit" << "created" << "9" << "" << "" << false;
}

void TestQueryClient::rowEvent_fromProfile()
{
    QFETCH(QString, profile);
    QFETCH(QString, entity);
    QFETCH(QString, action);
    QFETCH(QString, id);
    QFETCH(QString, listKey);
    QFETCH(QString, detailKey);
    QFETCH(bool, deleted);
    DialectProfile p;
    ProfileError error;
    QVERIFY2(DialectProfile::load(profile, &p, &error), qPrintable(error.message));
    LiveEvent event;
    event.kind = MessageKind::Update;
    event.entity = entity;
    event.action = action;
    bool isNumber = false;
    const qint64 n = id.toLongLong(&isNumber);
    event.id = isNumber ? EntityId(n) : EntityId::fromJsonOrNull(QJsonValue(id));
    event.status = QStringLiteral("approved");
    const RowEvent row = ConsoleSession::rowEvent(p, event, p.invalidationKeys(entity, event.id));
    QCOMPARE(row.listKey, listKey);
    QCOMPARE(row.detailKey, detailKey);
    if (!listKey.isEmpty()) {
        QCOMPARE(row.id, event.id);
        QCOMPARE(row.deleted, deleted);
        QCOMPARE(row.fields, (QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")}}));
    } else {
        QVERIFY(!row.isValid());
    }
}

// The status objects are shared per status: every event still gets its own status, and one
// changed by its holder changes no other event's.
void TestQueryClient::rowEvent_statusFields_eachEventItsOwnStatus()
{
    DialectProfile p;
    ProfileError error;
    QVERIFY2(DialectProfile::load(QStringLiteral("dms-updates"), &p, &error), qPrintable(error.message));
    LiveEvent event;
    event.kind = MessageKind::Update;
    event.entity = QStringLiteral("crate");
    event.action = QStringLiteral("updated");
    event.id = EntityId(5);
    const auto fieldsOf = [&](const QString &status) {
        event.status = status;
        return ConsoleSession::rowEvent(p, event, p.invalidationKeys(event.entity, event.id)).fields;
    };
    const QString status = QStringLiteral("status");
    // More statuses than are kept, twice over: each event its own.
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 40; ++i) {
            const QString s = QStringLiteral("s%1").arg(i);
            QCOMPARE(fieldsOf(s), (QJsonObject{{status, s}}));
        }
    }
    QJsonObject first = fieldsOf(QStringLiteral("active"));
    first.insert(status, QStringLiteral("changed"));
    first.insert(QStringLiteral("extra"), 1);
    QCOMPARE(fieldsOf(QStringLiteral("active")), (QJsonObject{{status, QStringLiteral("active")}}));
    QCOMPARE(fieldsOf(QString()), QJsonObject());  // no status: no field
}

void TestQueryClient::eventRef_seqElseEventIdElseType()
{
    LiveEvent event;
    event.wireType = QStringLiteral("data_update");
    QCOMPARE(ConsoleSession::eventRef(event), QStringLiteral("data_update"));
    event.eventId = QStringLiteral("e-9");
    QCOMPARE(ConsoleSession::eventRef(event), QStringLiteral("e-9"));
    event.seq = 0;
    QCOMPARE(ConsoleSession::eventRef(event), QStringLiteral("seq:0"));
    event.seq = 9'007'199'254'740'993;
    QCOMPARE(ConsoleSession::eventRef(event), QStringLiteral("seq:9007199254740993"));
}

void TestQueryClient::listRow_idsOfEveryForm_foundAsEntityIdReadsThem_data()
{
    QTest::addColumn<int>("padding");
    QTest::newRow("searched (short list)") << 0;
    QTest::newRow("indexed (long list)") << 100;
}

// A row is found by its id as EntityId::fromJson reads the row's "id" (7 and "7" are one id;
// 0, negative, fractional, null, and "007" as a number are not): short lists are searched,
// long ones indexed, both checked against that reading.
void TestQueryClient::listRow_idsOfEveryForm_foundAsEntityIdReadsThem()
{
    QFETCH(int, padding);
    const QString id = QStringLiteral("id");
    QJsonArray list;
    for (const QJsonValue &value :
         {QJsonValue(0), QJsonValue(-7), QJsonValue(7.5), QJsonValue(), QJsonValue(QStringLiteral("007")),
          QJsonValue(QStringLiteral("8")), QJsonValue(8), QJsonValue(7), QJsonValue(QStringLiteral("7")),
          QJsonValue(QStringLiteral("6a2f0c1e")), QJsonValue(QStringLiteral("-3")), QJsonValue(3)}) {
        list.append(QJsonObject{{id, value}, {QStringLiteral("n"), list.size()}});
    }
    for (int i = 0; i < padding; ++i)
        list.append(QJsonObject{{id, 1000 + i}, {QStringLiteral("n"), list.size()}});
    QueryObserver observer = m_client->observe(kCrates);
    QVERIFY(m_fetcher->complete(kCrates, list));
    const QList<EntityId> wanted{EntityId(7), EntityId::fromString(QStringLiteral("7")), EntityId(8),
                                 EntityId::fromString(QStringLiteral("007")), EntityId(3),
                                 EntityId::fromString(QStringLiteral("6a2f0c1e")), EntityId(1000 + padding / 2),
                                 EntityId(9), EntityId::fromJsonOrNull(QJsonValue(QStringLiteral("8")))};
    for (const EntityId &want : wanted) {
        QJsonObject expected;
        for (const QJsonValue &row : std::as_const(list)) {
            if (EntityId::fromJsonOrNull(row.toObject().value(id)) == want) {
                expected = row.toObject();
                break;
            }
        }
        QCOMPARE(m_client->listRow(kCrates, want), expected);
    }
    // Found where the reading finds it: 7 is the number row (n 7), "8" the string row (n 5).
    QCOMPARE(m_client->listRow(kCrates, EntityId(7)).value(QStringLiteral("n")).toInt(), 7);
    QCOMPARE(m_client->listRow(kCrates, EntityId(8)).value(QStringLiteral("n")).toInt(), 5);
    QCOMPARE(m_client->listRow(kCrates, EntityId::fromString(QStringLiteral("007"))).value(QStringLiteral("n")).toInt(), 4);
}

QTEST_GUILESS_MAIN(TestQueryClient)
#include "tst_queryclient.moc"
