// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "auth/apiclient.h"
#include "core/clock.h"
#include "fakehttpserver.h"
#include "session/resttrafficmeter.h"
#include "sync/restqueryfetcher.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Dms;

namespace {

using Dms::Test::FakeHttpServer;
using Response = FakeHttpServer::Response;

QJsonArray idRows(std::initializer_list<int> ids)
{
    QJsonArray array;
    for (int id : ids) array.append(QJsonObject{{QStringLiteral("id"), id}});
    return array;
}

QList<qint64> idsOf(const QJsonValue &data)
{
    QList<qint64> ids;
    for (const QJsonValue &row : data.toArray())
        ids.append(row.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

struct Result
{
    bool ok = false;
    QJsonValue data;
    QString error;
    int rows = -1;
};

}  // namespace

class TestRestQueryFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void route_knownKeys_data();
    void route_knownKeys();
    void list_twoPages_concatenatedInOneArray();
    void list_laterPages_inParallel_assembledInOrder();
    void list_parallelPages_boundedInFlight_abandonCancelsThem();
    void list_aParallelPageFails_failsTheFetchAndCancelsTheOthers();
    void list_nextWithoutPageNumber_followedOneByOne();
    void list_countPastTheCaps_failsBeforeAskingForThePages_data();
    void list_countPastTheCaps_failsBeforeAskingForThePages();
    void list_overTheRowCap_failsAndAppliesNothing_data();
    void list_overTheRowCap_failsAndAppliesNothing();
    void detail_object_returnedAsIs();
    void audit_fetchesAfterLastIdAndAppends();
    void audit_fullBatches_continueAndCapRetention();
    void unknownKey_failsWithClearError();
    void httpError_fails();
    void trafficMeter_countsGetsAndTheirBytes();

private:
    // A DRF page-number list of `count` rows (ids 1..count), `perPage` a page; pages after the
    // first are answered by `later` (it may delay, fail or never answer them) when given.
    void servePages(int count, int perPage,
                    std::function<Response(int page, Response answer)> later = {});
    Result run(const QString &key, const QJsonValue &previous = QJsonValue(QJsonValue::Undefined));

    ManualClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<RestQueryFetcher> m_fetcher;
};

void TestRestQueryFetcher::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_nam.get(), &m_clock);
    m_api->setBaseUrl(m_server->baseUrl());
    m_api->setTokens(QStringLiteral("test-access"), QStringLiteral("test-refresh"));
    m_fetcher = std::make_unique<RestQueryFetcher>(m_api.get(), RestRoutes::specDefaults());
}

void TestRestQueryFetcher::cleanup()
{
    m_fetcher.reset();
    m_api.reset();
    m_nam.reset();
    m_server.reset();
}

Result TestRestQueryFetcher::run(const QString &key, const QJsonValue &previous)
{
    std::unique_ptr<QueryFetch> fetch(m_fetcher->start(key, previous));
    QSignalSpy finished(fetch.get(), &QueryFetch::finished);
    Result result;
    if (!finished.wait(5000))
        return result;
    result.ok = finished.at(0).at(0).toBool();
    result.data = finished.at(0).at(1).toJsonValue();
    result.error = finished.at(0).at(2).toString();
    result.rows = finished.at(0).at(3).toInt();
    return result;
}

void TestRestQueryFetcher::route_knownKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("path");
    QTest::newRow("withdrawals") << "withdrawal-requests"
                                 << "/api/requests/withdrawal/";
    QTest::newRow("transfer detail") << "transfer-request/7"
                                     << "/api/requests/transfer/7/";
    QTest::newRow("sendbacks") << "sendback-records"
                               << "/api/requests/sendbacks/";
    QTest::newRow("crates") << "crates"
                            << "/api/documents/crates/";
    QTest::newRow("crate detail") << "crate/12"
                                  << "/api/documents/crates/12/";
    QTest::newRow("storage") << "storage"
                             << "/api/storage/";
    QTest::newRow("dashboard") << "dashboard"
                               << "/api/dashboard/summary/";
    QTest::newRow("summary") << "summary"
                             << "/api/dashboard/summary/";
    QTest::newRow("audit") << "audit"
                           << "/api/audit/";
    QTest::newRow("string id") << "crate/12x"
                               << "/api/documents/crates/12x/";
    QTest::newRow("uuid id") << "withdrawal-request/9d9231e1-4c2b-4a8e-9f0e-1b2c3d4e5f60"
                             << "/api/requests/withdrawal/9d9231e1-4c2b-4a8e-9f0e-1b2c3d4e5f60/";
    QTest::newRow("id percent-encoded") << "crate/a b?c"
                                        << "/api/documents/crates/a%20b%3Fc/";
    QTest::newRow("dot-dot id") << "crate/.."
                                << "";
    QTest::newRow("empty id") << "crate/"
                              << "";
    QTest::newRow("path injection") << "crate/../users"
                                    << "";
    QTest::newRow("unknown") << "equipment"
                             << "";
}

void TestRestQueryFetcher::route_knownKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, path);
    QCOMPARE(m_fetcher->route(key).path, path);
    QCOMPARE(m_fetcher->canFetch(key), !path.isEmpty());
}

void TestRestQueryFetcher::list_twoPages_concatenatedInOneArray()
{
    const QString next = m_server->baseUrl().toString() +
                         QStringLiteral("/api/requests/withdrawal/?page=2&page_size=1000");
    m_server->setFallback(
        [next](const FakeHttpServer::Request &request) -> Response {
            if (request.path != QLatin1String("/api/requests/withdrawal/"))
                return Response::json(404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not found.")}});
            if (request.query.queryItemValue(QStringLiteral("page")) == QLatin1String("2")) {
                return Response::json(200, QJsonObject{{QStringLiteral("count"), 3},
                                         {QStringLiteral("next"), QJsonValue::Null},
                                         {QStringLiteral("results"), idRows({3})}});
            }
            return Response::json(200, QJsonObject{{QStringLiteral("count"), 3},
                                     {QStringLiteral("next"), next},
                                     {QStringLiteral("results"), idRows({1, 2})}});
        });
    const Result result = run(QStringLiteral("withdrawal-requests"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(idsOf(result.data), (QList<qint64>{1, 2, 3}));
    QCOMPARE(result.rows, 3);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).query.queryItemValue(QStringLiteral("page_size")),
             QStringLiteral("1000"));
    QCOMPARE(m_server->requests().at(0).header("authorization"), QByteArray("Bearer test-access"));
}

void TestRestQueryFetcher::servePages(int count, int perPage,
                                      std::function<Response(int, Response)> later)
{
    const QString path = QStringLiteral("/api/documents/crates/");
    const QString base = m_server->baseUrl().toString() + path;
    m_server->setFallback([=](const FakeHttpServer::Request &request) -> Response {
        const int page = qMax(1, request.query.queryItemValue(QStringLiteral("page")).toInt());
        const int pages = (count + perPage - 1) / perPage;
        if (request.path != path || page > pages)
            return Response::json(
                404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Invalid page.")}});
        QJsonArray rows;
        for (int id = (page - 1) * perPage + 1; id <= qMin(count, page * perPage); ++id)
            rows.append(QJsonObject{{QStringLiteral("id"), id}});
        const QJsonValue next =
            page < pages
                ? QJsonValue(base + QStringLiteral("?page=%1&page_size=1000").arg(page + 1))
                : QJsonValue(QJsonValue::Null);
        const Response answer =
            Response::json(200, QJsonObject{{QStringLiteral("count"), count},
                                            {QStringLiteral("next"), next},
                                            {QStringLiteral("previous"), QJsonValue::Null},
                                            {QStringLiteral("results"), rows}});
        return page > 1 && later ? later(page, answer) : answer;
    });
}

QList<int> pageNumbers(const QList<FakeHttpServer::Request> &requests)
{
    QList<int> pages;
    for (const FakeHttpServer::Request &request : requests)
        pages.append(qMax(1, request.query.queryItemValue(QStringLiteral("page")).toInt()));
    return pages;
}

// Once the first page gives the count, pages 2..N are asked for together (at most
// parallelPages at once) and put together in page order, whatever order they come back in.
void TestRestQueryFetcher::list_laterPages_inParallel_assembledInOrder()
{
    m_fetcher->setParallelPages(3);
    auto clock = std::make_shared<QElapsedTimer>();
    auto receivedAt = std::make_shared<QHash<int, qint64>>();
    clock->start();
    servePages(11, 2, [clock, receivedAt](int page, Response answer) {
        receivedAt->insert(page, clock->elapsed());
        answer.delayMs = (7 - page) * 40;  // page 6 first, page 2 last
        return answer;
    });
    const Result result = run(QStringLiteral("crates"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(idsOf(result.data), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
    QCOMPARE(result.rows, 11);
    QList<int> pages = pageNumbers(m_server->requests());
    QCOMPARE(pages.size(), 6);
    QCOMPARE(pages.first(), 1);
    std::sort(pages.begin(), pages.end());
    QCOMPARE(pages, (QList<int>{1, 2, 3, 4, 5, 6}));
    // pages 2-4 went out together (before page 2's answer, 200 ms after it was asked for),
    // then 5 and 6 as answers came back
    const QList<int> order = pageNumbers(m_server->requests());
    QCOMPARE(order.mid(1, 3), (QList<int>{2, 3, 4}));
    QCOMPARE(order.mid(4), (QList<int>{5, 6}));
    QVERIFY2(receivedAt->value(4) < receivedAt->value(2) + 200,
             qPrintable(QStringLiteral("page 2 asked for at %1 ms, page 4 at %2 ms")
                            .arg(receivedAt->value(2))
                            .arg(receivedAt->value(4))));
}

// At most parallelPages pages are out at once; abandoning the fetch (a refetch superseding
// it, the session closing) cancels them: their connections close.
void TestRestQueryFetcher::list_parallelPages_boundedInFlight_abandonCancelsThem()
{
    m_fetcher->setParallelPages(3);
    servePages(10, 1, [](int, Response) { return Response::silent(); });
    std::unique_ptr<QueryFetch> fetch(m_fetcher->start(QStringLiteral("crates"), QJsonValue()));
    QSignalSpy finished(fetch.get(), &QueryFetch::finished);
    QTRY_COMPARE(m_server->totalCount(), 4);  // page 1, then pages 2, 3 and 4 at once
    QCOMPARE(pageNumbers(m_server->requests()), (QList<int>{1, 2, 3, 4}));
    QCOMPARE(m_server->closedConnections(), 0);
    fetch->abandon();
    QTRY_COMPARE(m_server->closedConnections(), 3);
    QCOMPARE(m_server->totalCount(), 4);  // nothing more was asked for
    QVERIFY(finished.isEmpty());
}

// Any page failing fails the whole fetch (nothing of it applied) and stops the pages still out.
void TestRestQueryFetcher::list_aParallelPageFails_failsTheFetchAndCancelsTheOthers()
{
    m_fetcher->setParallelPages(4);
    servePages(10, 2, [](int page, Response answer) {
        if (page != 3)
            return Response::silent();
        answer = Response::json(
            500, QJsonObject{{QStringLiteral("detail"), QStringLiteral("page 3 broke")}});
        answer.delayMs = 50;
        return answer;
    });
    const Result result = run(QStringLiteral("crates"));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("page 3 broke")), qPrintable(result.error));
    QVERIFY(idsOf(result.data).isEmpty());
    QCOMPARE(pageNumbers(m_server->requests()), (QList<int>{1, 2, 3, 4, 5}));
    QTRY_COMPARE(m_server->closedConnections(), 3);  // pages 2, 4 and 5
}

// A `next` without a page number (cursor or offset paging), or a page without `count`:
// the pages are followed one after the other, as before.
void TestRestQueryFetcher::list_nextWithoutPageNumber_followedOneByOne()
{
    const QString base = m_server->baseUrl().toString() + QStringLiteral("/api/documents/crates/");
    m_server->setFallback([base](const FakeHttpServer::Request &request) -> Response {
        const int cursor = request.query.queryItemValue(QStringLiteral("cursor")).toInt();
        const QJsonValue next =
            cursor < 2 ? QJsonValue(base + QStringLiteral("?cursor=%1").arg(cursor + 1))
                       : QJsonValue(QJsonValue::Null);
        return Response::json(200, QJsonObject{{QStringLiteral("count"), 3},
                                               {QStringLiteral("next"), next},
                                               {QStringLiteral("results"), idRows({cursor + 1})}});
    });
    const Result result = run(QStringLiteral("crates"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(idsOf(result.data), (QList<qint64>{1, 2, 3}));
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(m_server->requests().at(2).query.queryItemValue(QStringLiteral("cursor")),
             QStringLiteral("2"));
}

void TestRestQueryFetcher::list_countPastTheCaps_failsBeforeAskingForThePages_data()
{
    QTest::addColumn<int>("maxPages");
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<QString>("error");
    QTest::newRow("pages") << 4 << 1000 << "4 page";
    QTest::newRow("rows") << 200 << 9 << "9 row";
}

// A first page whose count says the list passes the page or row cap fails the fetch at
// once, naming the list: the other pages are never asked for.
void TestRestQueryFetcher::list_countPastTheCaps_failsBeforeAskingForThePages()
{
    QFETCH(int, maxPages);
    QFETCH(int, maxRows);
    QFETCH(QString, error);
    m_fetcher->setMaxPages(maxPages);
    m_fetcher->setMaxRows(maxRows);
    servePages(10, 2);  // 5 pages, 10 rows
    const Result result = run(QStringLiteral("crates"));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("crates")) && result.error.contains(error),
             qPrintable(result.error));
    QVERIFY(idsOf(result.data).isEmpty());
    QCOMPARE(m_server->totalCount(), 1);
}

void TestRestQueryFetcher::list_overTheRowCap_failsAndAppliesNothing_data()
{
    QTest::addColumn<bool>("paginated");
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<bool>("ok");
    QTest::newRow("pages, at the cap") << true << 3 << true;
    QTest::newRow("pages, one over (the second page passes it)") << true << 2 << false;
    QTest::newRow("plain array, at the cap") << false << 3 << true;
    QTest::newRow("plain array, one over") << false << 2 << false;
}

// A server ignoring page_size (or a table far larger than a console can show): past the
// row cap the fetch fails naming the list, with no rows.
void TestRestQueryFetcher::list_overTheRowCap_failsAndAppliesNothing()
{
    QFETCH(bool, paginated);
    QFETCH(int, maxRows);
    QFETCH(bool, ok);
    const QString next = m_server->baseUrl().toString() + QStringLiteral("/api/documents/crates/?page=2");
    m_server->setFallback([next, paginated](const FakeHttpServer::Request &request) -> Response {
        if (!paginated)
            return Response::json(200, idRows({1, 2, 3}));
        if (request.query.queryItemValue(QStringLiteral("page")) == QLatin1String("2"))
            return Response::json(200, QJsonObject{{QStringLiteral("next"), QJsonValue::Null},
                                                   {QStringLiteral("results"), idRows({3})}});
        return Response::json(200, QJsonObject{{QStringLiteral("next"), next},
                                               {QStringLiteral("results"), idRows({1, 2})}});
    });
    m_fetcher->setMaxRows(maxRows);
    const Result result = run(QStringLiteral("crates"));
    QCOMPARE(result.ok, ok);
    if (ok) {
        QCOMPARE(idsOf(result.data), (QList<qint64>{1, 2, 3}));
        return;
    }
    QVERIFY2(result.error.contains(QStringLiteral("crates")) && result.error.contains(QStringLiteral("2 row")),
             qPrintable(result.error));
    QVERIFY(idsOf(result.data).isEmpty());
}

void TestRestQueryFetcher::detail_object_returnedAsIs()
{
    const QJsonObject crate{{QStringLiteral("id"), 12},
                            {QStringLiteral("status"), QStringLiteral("active")}};
    m_server->setFallback(
        [crate](const FakeHttpServer::Request &request) -> Response {
            if (request.path == QLatin1String("/api/documents/crates/12/"))
                return Response::json(200, crate);
            return Response::json(404, QJsonObject());
        });
    const Result result = run(QStringLiteral("crate/12"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.data, QJsonValue(crate));
    QCOMPARE(result.rows, 1);
}

void TestRestQueryFetcher::trafficMeter_countsGetsAndTheirBytes()
{
    RestTrafficMeter meter;
    meter.attach(m_nam.get());
    const QJsonObject crate{{QStringLiteral("id"), 12}, {QStringLiteral("status"), QStringLiteral("active")}};
    m_server->setFallback([crate](const FakeHttpServer::Request &) -> Response { return Response::json(200, crate); });
    const Result result = run(QStringLiteral("crate/12"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(meter.totals().gets, 1);
    QCOMPARE(meter.totals().others, 0);
    // The body and the response headers: more than the body alone, less than a kilobyte here.
    const qint64 body = QJsonDocument(crate).toJson(QJsonDocument::Compact).size();
    QVERIFY2(meter.totals().getBytes > body && meter.totals().getBytes < 1024,
             qPrintable(QString::number(meter.totals().getBytes)));
    QCOMPARE(result.data, QJsonValue(crate));  // the reply's owner still read the whole body
}

void TestRestQueryFetcher::audit_fetchesAfterLastIdAndAppends()
{
    m_server->setFallback([](const FakeHttpServer::Request &request) -> Response {
        const int after = request.query.queryItemValue(QStringLiteral("after_id")).toInt();
        return Response::json(200, after == 2 ? idRows({3, 4}) : idRows({1, 2, 3, 4}));
    });
    QVERIFY(m_fetcher->isIncremental(QStringLiteral("audit")));
    QVERIFY(!m_fetcher->isIncremental(QStringLiteral("crates")));
    const Result result = run(QStringLiteral("audit"), idRows({1, 2}));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(idsOf(result.data), (QList<qint64>{1, 2, 3, 4}));
    QCOMPARE(result.rows, 2);  // the increment
    QCOMPARE(m_server->requests().size(), 1);
    const FakeHttpServer::Request request = m_server->requests().at(0);
    QCOMPARE(request.path, QStringLiteral("/api/audit/"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("after_id")), QStringLiteral("2"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("500"));
}

void TestRestQueryFetcher::audit_fullBatches_continueAndCapRetention()
{
    m_fetcher->setAuditBatch(2);
    m_fetcher->setAuditRetention(4);
    m_server->setFallback([](const FakeHttpServer::Request &request) -> Response {
        const int after = request.query.queryItemValue(QStringLiteral("after_id")).toInt();
        QJsonArray batch;
        for (int id = after + 1; id <= qMin(after + 2, 7); ++id)
            batch.append(QJsonObject{{QStringLiteral("id"), id}});
        return Response::json(200, batch);
    });
    const Result result = run(QStringLiteral("audit"));  // first load: after_id=0
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(idsOf(result.data), (QList<qint64>{4, 5, 6, 7}));
    QCOMPARE(result.rows, 7);
    QCOMPARE(m_server->requests().size(), 4);  // 2 + 2 + 2 + 1
    QCOMPARE(m_server->requests().at(3).query.queryItemValue(QStringLiteral("after_id")),
             QStringLiteral("6"));
}

void TestRestQueryFetcher::unknownKey_failsWithClearError()
{
    const Result result = run(QStringLiteral("equipment"));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("equipment")), qPrintable(result.error));
    QVERIFY(m_server->requests().isEmpty());
}

void TestRestQueryFetcher::httpError_fails()
{
    m_server->setFallback([](const FakeHttpServer::Request &) -> Response {
        return Response::json(500, QJsonObject{{QStringLiteral("detail"), QStringLiteral("boom")}});
    });
    const Result result = run(QStringLiteral("crates"));
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestRestQueryFetcher)
#include "tst_restqueryfetcher.moc"
