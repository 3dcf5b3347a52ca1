// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// SimReport: metrics, thresholds (with the implicit setup rule), JSON round trip (ids of
// either JSON type; reports written before ids were EntityIds), exact merge of shard
// reports, JUnit; the samples CSV.
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include "sim/deliverytracker.h"
#include "sim/simexport.h"
#include "sim/simreport.h"

using namespace Dms;

namespace Dms {
// QCOMPARE's text for an id.
char *toString(const EntityId &id)
{
    return qstrdup(id.isNull() ? "(none)" : qPrintable(id.toString()));
}
}  // namespace Dms

namespace {

Threshold rule(const char *text)
{
    Threshold t;
    QString error;
    if (!Threshold::parse(QLatin1String(text), &t, &error))
        qFatal("bad rule %s: %s", text, qPrintable(error));
    return t;
}

// A shard's report with deterministic made-up samples.
SimReport shardReport(int index, int count, quint32 seed)
{
    SimReport r;
    r.scenarioName = QStringLiteral("approve-fanout");
    r.shards = {QStringLiteral("%1/%2").arg(index).arg(count)};
    r.shardCount = count;
    r.windowMs = 1000;
    r.users = 3;
    r.units = 2;
    r.rate = 4;
    r.durationS = 10;
    r.verified = true;
    r.startedAtMs = 1'000'000 + index;
    r.finishedAtMs = 1'020'000 + index;
    r.runStartMs = 1'001'000;
    r.runEndMs = 1'011'000;
    r.thresholds = {rule("p95_ms < 1000"), rule("delivery >= 0.999"), rule("leaks == 0")};
    QRandomGenerator rng(seed);
    for (int i = 0; i < 200; ++i) {
        const qint64 v = qint64(rng.bounded(1, 900));
        r.frame.record(v);
        r.model.record(v + 3);
        const qint64 windowStart = 1'001'000 + 1000 * qint64(rng.bounded(0, 5));
        SimWindow &w = r.windows[windowStart];
        w.startMs = windowStart;
        w.lengthMs = 1000;
        w.frame.record(v);
        ++w.delivered;
        ++w.expected;
    }
    r.counters.frames = 400;
    r.counters.delivered = 200;
    r.counters.expected = 200;
    r.counters.actions = 20;
    for (int u = 0; u < 3; ++u) {
        SimUserStats s;
        s.username = QStringLiteral("u%1_user%2").arg(index).arg(u);
        s.unitId = 1 + u % 2;
        s.received = 10 * u;
        r.userStats.append(s);
    }
    SimProcessStats p;
    p.shard = r.shards.first();
    p.users = 3;
    p.rssBeforeKb = 10'000;
    p.rssReadyKb = 10'300;
    p.rssPeakKb = 12'000 + index;
    p.cpuRunMs = 40;
    p.framesRun = 400;
    r.processes.append(p);
    r.evaluate();
    return r;
}

}  // namespace

class tst_SimReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metric_derivedValues()
    {
        SimReport r = shardReport(1, 1, 1);
        r.counters.frames = 999;
        r.counters.missedEvents = 1;
        r.counters.delivered = 98;
        r.counters.missing = 2;
        r.counters.refetches = 500;
        QCOMPARE(r.metric(QStringLiteral("delivery")).value(), 0.999);
        QCOMPARE(r.metric(QStringLiteral("change_delivery")).value(), 0.98);
        QCOMPARE(r.metric(QStringLiteral("refetches_per_event")).value(), 500.0 / 999.0);
        QCOMPARE(r.metric(QStringLiteral("p95_ms")).value(), double(r.frame.percentile(95).value()));
        QCOMPARE(r.metric(QStringLiteral("model_max_ms")).value(), double(r.model.max()));
        QCOMPARE(r.metric(QStringLiteral("rss_per_user_kb")).value(), 100.0);
        QCOMPARE(r.metric(QStringLiteral("cpu_ms_per_event")).value(), 0.1);
        QCOMPARE(r.metric(QStringLiteral("leaks")).value(), 0.0);
        QVERIFY(!r.metric(QStringLiteral("emit_p95_ms")).has_value());  // no samples
        QVERIFY(!r.metric(QStringLiteral("all_live_ms")).has_value());  // no storm
        r.verified = false;
        QVERIFY(!r.metric(QStringLiteral("lost_updates")).has_value());
        // window_p95_ms is the worst window's p95.
        qint64 worst = 0;
        for (const SimWindow &w : std::as_const(r.windows))
            worst = qMax(worst, w.frame.percentile(95).value());
        QCOMPARE(r.metric(QStringLiteral("window_p95_ms")).value(), double(worst));
    }

    void evaluate_addsSetupRule_andFailsOnLeaks()
    {
        SimReport r = shardReport(1, 1, 2);
        QVERIFY(r.passed());
        QCOMPARE(r.verdicts.first().threshold.text, QStringLiteral("setup_failures == 0"));
        r.counters.leaks = 2;
        r.evaluate();
        QVERIFY(!r.passed());
        r.counters.leaks = 0;
        r.counters.setupFailures = 1;
        r.evaluate();
        QVERIFY(!r.passed());
        r.counters.setupFailures = 0;
        r.evaluate();
        r.aborted = true;
        QVERIFY(!r.passed());
        r.aborted = false;
        r.configError = QStringLiteral("steps[0]: no approver");
        QVERIFY(!r.passed());
    }

    void json_roundTrip_keepsEverything()
    {
        SimReport r = shardReport(2, 4, 3);
        SimStorm storm;
        storm.method = QStringLiteral("server");
        storm.atMs = 1'005'000;
        storm.affected = 3;
        storm.reconnect.record(420);
        storm.resync.record(610);
        storm.timeline = {0, 0, 0, 0, 1, 2};
        r.storms.append(storm);
        SimLeak leak;
        leak.username = QStringLiteral("u2_req1");
        leak.unitId = 2;
        leak.entity = QStringLiteral("withdrawal");
        leak.entityId = 17;
        leak.status = QStringLiteral("approved");
        leak.number = QStringLiteral("WR-000017");
        leak.targetUnits = {1};
        r.leaks.append(leak);
        r.counters.leaks = 1;
        r.evaluate();
        const QByteArray bytes = QJsonDocument(r.toJson()).toJson();
        SimReport back;
        QString error;
        QVERIFY2(SimReport::fromJson(QJsonDocument::fromJson(bytes).object(), &back, &error), qPrintable(error));
        QVERIFY(back.frame == r.frame);
        QVERIFY(back.model == r.model);
        QCOMPARE(back.windows.size(), r.windows.size());
        for (auto it = r.windows.cbegin(); it != r.windows.cend(); ++it) {
            QVERIFY(back.windows.value(it.key()).frame == it->frame);
            QCOMPARE(back.windows.value(it.key()).delivered, it->delivered);
        }
        QCOMPARE(back.counters.toJson(), r.counters.toJson());
        QCOMPARE(back.userStats.size(), 3);
        QCOMPARE(back.leaks.first().describe(),
                 QStringLiteral("u2_req1 (unit 2) received withdrawal 17 → approved (WR-000017), meant for unit 1"));
        QCOMPARE(back.storms.size(), 1);
        QVERIFY(back.storms.first().reconnect == storm.reconnect);
        QCOMPARE(back.metric(QStringLiteral("all_live_ms")).value(), 420.0);
        QCOMPARE(back.shards, r.shards);
        QCOMPARE(back.passed(), r.passed());
        QVERIFY(!back.passed());  // the leak
    }

    // Ids go out in the JSON type the server used and come back equal: numbers stay numbers,
    // UUIDs (and digits the server sent as text) stay strings.
    void json_ids_keepTheirType_data()
    {
        QTest::addColumn<QJsonValue>("unit");
        QTest::addColumn<QJsonValue>("user");
        QTest::addColumn<QJsonValue>("row");
        QTest::newRow("numbers") << QJsonValue(2) << QJsonValue(14) << QJsonValue(17);
        QTest::newRow("uuids") << QJsonValue(QStringLiteral("8e2a6f3c-55b1-4f7e-9c0d-000000000002"))
                               << QJsonValue(QStringLiteral("1a2b3c4d-0000-4000-8000-000000000014"))
                               << QJsonValue(QStringLiteral("f00dcafe-1234-4abc-9def-000000000017"));
        QTest::newRow("digits as text") << QJsonValue(QStringLiteral("2")) << QJsonValue(QStringLiteral("14"))
                                        << QJsonValue(QStringLiteral("17"));
    }
    void json_ids_keepTheirType()
    {
        QFETCH(QJsonValue, unit);
        QFETCH(QJsonValue, user);
        QFETCH(QJsonValue, row);
        const auto id = [](const QJsonValue &v) { return EntityId::fromJson(v).value(); };
        SimReport r = shardReport(1, 1, 9);
        r.userStats[0].unitId = id(unit);
        r.userStats[0].userId = id(user);
        SimLeak leak;
        leak.username = QStringLiteral("u2_req1");
        leak.unitId = id(unit);
        leak.entity = QStringLiteral("notification");
        leak.entityId = id(row);
        leak.targetUnits = {id(unit), 1};
        leak.targetUserId = id(user);
        r.leaks.append(leak);
        SimLostUpdate lost;
        lost.username = QStringLiteral("u2_req1");
        lost.unitId = id(unit);
        lost.view = QStringLiteral("crates");
        lost.rowId = id(row);
        lost.problem = QStringLiteral("missing_row");
        r.lostUpdates.append(lost);

        const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(r.toJson()).toJson()).object();
        const QJsonObject userJson = json.value(QStringLiteral("user_stats")).toArray().first().toObject();
        QCOMPARE(userJson.value(QStringLiteral("unit_id")), unit);
        QCOMPARE(userJson.value(QStringLiteral("user_id")), user);
        const QJsonObject leakJson = json.value(QStringLiteral("leaks")).toArray().first().toObject();
        QCOMPARE(leakJson.value(QStringLiteral("entity_id")), row);
        QCOMPARE(leakJson.value(QStringLiteral("target_user_id")), user);
        QCOMPARE(leakJson.value(QStringLiteral("target_units")), QJsonValue(QJsonArray{unit, 1}));
        const QJsonObject lostJson = json.value(QStringLiteral("lost_updates")).toArray().first().toObject();
        QCOMPARE(lostJson.value(QStringLiteral("row_id")), row);

        SimReport back;
        QString error;
        QVERIFY2(SimReport::fromJson(json, &back, &error), qPrintable(error));
        QCOMPARE(back.userStats.first().unitId, id(unit));
        QCOMPARE(back.userStats.first().userId, id(user));
        QCOMPARE(back.userStats.at(1).unitId, EntityId(2));  // the others as shardReport made them
        QCOMPARE(back.leaks.first().entityId, id(row));
        QCOMPARE(back.leaks.first().targetUnits, (QList<EntityId>{id(unit), 1}));
        QCOMPARE(back.leaks.first().describe(), leak.describe());
        QCOMPARE(back.lostUpdates.first().rowId, id(row));
        QCOMPARE(back.lostUpdates.first().describe(), lost.describe());
        QCOMPARE(back.toJson().value(QStringLiteral("leaks")), json.value(QStringLiteral("leaks")));  // stable
    }

    // A report written before ids became EntityIds: integers everywhere, 0 for "none".
    void fromJson_oldReportWithIntegerIds_mergesWithAUuidOne()
    {
        QJsonObject old = shardReport(1, 2, 31).toJson();
        QJsonArray users = old.value(QStringLiteral("user_stats")).toArray();
        QJsonObject first = users.first().toObject();
        first.insert(QStringLiteral("unit_id"), 1);
        first.insert(QStringLiteral("user_id"), 0);  // never signed in
        users.replace(0, first);
        old.insert(QStringLiteral("user_stats"), users);
        old.insert(QStringLiteral("leaks"),
                   QJsonArray{QJsonObject{{QStringLiteral("username"), QStringLiteral("u2_req1")},
                                          {QStringLiteral("unit_id"), 2},
                                          {QStringLiteral("entity"), QStringLiteral("withdrawal")},
                                          {QStringLiteral("entity_id"), 17},
                                          {QStringLiteral("status"), QStringLiteral("approved")},
                                          {QStringLiteral("number"), QStringLiteral("WR-000017")},
                                          {QStringLiteral("target_units"), QJsonArray{1}},
                                          {QStringLiteral("at_ms"), 5}}});
        old.insert(QStringLiteral("lost_updates"),
                   QJsonArray{QJsonObject{{QStringLiteral("username"), QStringLiteral("u1_req1")},
                                          {QStringLiteral("unit_id"), 1},
                                          {QStringLiteral("view"), QStringLiteral("crates")},
                                          {QStringLiteral("row_id"), 9},
                                          {QStringLiteral("problem"), QStringLiteral("extra_row")}}});
        SimReport a;
        QString error;
        QVERIFY2(SimReport::fromJson(old, &a, &error), qPrintable(error));
        QCOMPARE(a.userStats.first().unitId, EntityId(1));
        QVERIFY(a.userStats.first().userId.isNull());
        QCOMPARE(a.leaks.first().entityId, EntityId(17));
        QVERIFY(a.leaks.first().targetUserId.isNull());
        QCOMPARE(a.leaks.first().describe(),
                 QStringLiteral("u2_req1 (unit 2) received withdrawal 17 → approved (WR-000017), meant for unit 1"));
        QCOMPARE(a.lostUpdates.first().rowId, EntityId(9));

        SimReport b = shardReport(2, 2, 32);
        b.userStats[0].unitId = EntityId::fromString(QStringLiteral("8e2a6f3c-55b1-4f7e-9c0d-000000000001"));
        SimReport b2;
        QVERIFY(SimReport::fromJson(b.toJson(), &b2, &error));
        SimReport merged;
        QVERIFY2(SimReport::merge({a, b2}, &merged, &error), qPrintable(error));
        QCOMPARE(merged.userStats.size(), 6);
        QCOMPARE(merged.userStats.first().unitId, EntityId(1));
        QCOMPARE(merged.userStats.at(3).unitId, b.userStats.first().unitId);
        QCOMPARE(merged.leaks.size(), 1);
        QCOMPARE(merged.lostUpdates.size(), 1);
    }

    void samplesCsv_idsAsText()
    {
        SimSample s;
        s.changeId = 3;
        s.postedAtMs = 1000;
        s.action = QStringLiteral("approve");
        s.entity = QStringLiteral("withdrawal");
        s.entityId = 17;
        s.status = QStringLiteral("approved");
        s.username = QStringLiteral("u1_req1");
        s.unitId = 1;
        s.outcome = QStringLiteral("delivered");
        s.frameMs = 12;
        QCOMPARE(simSampleCsvLine(s), QByteArray("3,1000,approve,withdrawal,17,approved,u1_req1,1,delivered,12,,\n"));
        s.entityId = EntityId::fromString(QStringLiteral("f00dcafe-1234-4abc-9def-000000000017"));
        s.unitId = EntityId::fromString(QStringLiteral("8e2a6f3c-55b1-4f7e-9c0d-000000000001"));
        QCOMPARE(simSampleCsvLine(s),
                 QByteArray("3,1000,approve,withdrawal,f00dcafe-1234-4abc-9def-000000000017,approved,"
                            "u1_req1,8e2a6f3c-55b1-4f7e-9c0d-000000000001,delivered,12,,\n"));
        s.entityId = EntityId();  // a create whose answer never came
        s.unitId = EntityId::fromString(QStringLiteral("unit,7"));  // a text id that needs quoting
        QCOMPARE(simSampleCsvLine(s),
                 QByteArray("3,1000,approve,withdrawal,,approved,u1_req1,\"unit,7\",delivered,12,,\n"));
        QCOMPARE(simSamplesCsvHeader().count(','), simSampleCsvLine(s).count(',') - 1);  // the quoted comma
    }

    // Ramping: per-stage figures, "METRIC@STAGE" thresholds, JSON (only an added "stages"
    // array; a report without stages has none), merge by stage, the summary's table.
    void stages_metricsJsonMergeAndSummary()
    {
        const auto staged = [](int shard, qint64 base) {
            SimReport r = shardReport(shard, 2, 7u + quint32(shard));
            r.thresholds = {rule("p95_ms < 100 @up"), rule("p95_ms < 100 @2"), rule("missing == 0 @hold")};
            for (int i = 0; i < 2; ++i) {
                SimStage st;
                st.index = i;
                st.name = i == 0 ? QStringLiteral("up") : QStringLiteral("hold");
                st.startMs = 1'001'000 + 5000 * i;
                st.endMs = st.startMs + 5000;
                st.usersTarget = 4 * (i + 1);
                st.users = 4 * (i + 1) - i;
                st.joined = 3;
                st.left = i;
                st.rate = 2.0 * (i + 1);
                st.actions = 10 + i;
                st.actionErrors = i;
                st.figures.changes = 10 + i;
                st.figures.expected = 20;
                st.figures.delivered = 20 - i;
                st.figures.missing = i;
                for (qint64 v = 1; v <= 20; ++v)
                    st.figures.frame.record(base * (i + 1) + v);
                st.figures.model.record(base);
                r.stages.append(st);
            }
            r.evaluate();
            return r;
        };
        const SimReport a = staged(1, 10);
        QCOMPARE(a.metric(QStringLiteral("p95_ms@up")), std::optional<double>(29));  // 11 … 30
        QCOMPARE(a.metric(QStringLiteral("p95_ms@2")), std::optional<double>(39));   // by number
        QCOMPARE(a.metric(QStringLiteral("missing@hold")), std::optional<double>(1));
        QCOMPARE(a.metric(QStringLiteral("users@hold")), std::optional<double>(7));
        QCOMPARE(a.metric(QStringLiteral("change_delivery@hold")), std::optional<double>(19.0 / 20.0));
        QCOMPARE(a.metric(QStringLiteral("model_p50_ms@up")), std::optional<double>(10));
        QVERIFY(!a.metric(QStringLiteral("p95_ms@3")));
        QVERIFY(!a.metric(QStringLiteral("p95_ms@down")));
        QCOMPARE(a.verdicts.size(), 4);  // setup_failures == 0 first
        QVERIFY(a.verdicts.at(1).passed);
        QVERIFY(a.verdicts.at(2).passed);
        QVERIFY(!a.verdicts.at(3).passed);
        QCOMPARE(a.verdicts.at(3).detail, QStringLiteral("missing@hold = 1 (== 0)"));

        // JSON: the stages come back whole.
        const QJsonObject json = a.toJson();
        QCOMPARE(json.value(QStringLiteral("stages")).toArray().size(), 2);
        const QJsonObject first = json.value(QStringLiteral("stages")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("up"));
        QCOMPARE(first.value(QStringLiteral("start_ms")).toInteger(), qint64(1'001'000));
        QCOMPARE(first.value(QStringLiteral("users")).toInt(), 4);
        QVERIFY(!json.contains(QStringLiteral("aborted_by")));
        SimReport back;
        QString error;
        QVERIFY2(SimReport::fromJson(json, &back, &error), qPrintable(error));
        QCOMPARE(back.stages.size(), 2);
        QCOMPARE(back.stages.at(1).name, QStringLiteral("hold"));
        QCOMPARE(back.stages.at(1).endMs, qint64(1'011'000));
        QCOMPARE(back.stages.at(1).usersTarget, 8);
        QCOMPARE(back.stages.at(1).joined, 3);
        QCOMPARE(back.stages.at(1).left, 1);
        QCOMPARE(back.stages.at(1).rate, 4.0);
        QCOMPARE(back.stages.at(1).actionErrors, qint64(1));
        QCOMPARE(back.stages.at(1).figures.missing, qint64(1));
        QCOMPARE(back.metric(QStringLiteral("p95_ms@hold")), a.metric(QStringLiteral("p95_ms@hold")));
        QCOMPARE(back.verdicts.size(), a.verdicts.size());
        // A report without stages writes no "stages" (readers of the old format see nothing new).
        QVERIFY(!shardReport(1, 1, 3).toJson().contains(QStringLiteral("stages")));

        // Merge: a stage's counts add, its histograms merge.
        SimReport m;
        QVERIFY2(SimReport::merge({a, staged(2, 100)}, &m, &error), qPrintable(error));
        QCOMPARE(m.stages.size(), 2);
        QCOMPARE(m.stages.at(0).users, 8);
        QCOMPARE(m.stages.at(0).actions, qint64(20));
        QCOMPARE(m.stages.at(0).figures.frame.count(), quint64(40));
        QCOMPARE(m.stages.at(1).figures.missing, qint64(2));
        QCOMPARE(m.metric(QStringLiteral("p95_ms@up")), std::optional<double>(119));  // 101 … 120 on top

        const QString text = a.summaryText();
        QVERIFY2(text.contains(QLatin1String("Stages: users at the end (target)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("  2 hold       5.0 s  7 (8) users, +3 -1  4/s  11 actions  19/20  1 missing")),
                 qPrintable(text));
        QVERIFY(!shardReport(1, 1, 3).summaryText().contains(QLatin1String("Stages")));
    }

    void abortedBy_isReportedEverywhere()
    {
        SimReport r = shardReport(1, 1, 5);
        r.aborted = true;
        r.abortedBy = QStringLiteral("leaks == 0 abort_on_fail (leaks = 1 (== 0))");
        r.evaluate();
        QVERIFY(!r.passed());
        QVERIFY(r.summaryText().contains(QLatin1String("Aborted by threshold: leaks == 0 abort_on_fail")));
        QVERIFY(QString::fromUtf8(r.toJUnit()).contains(QLatin1String("the run was aborted by threshold leaks == 0")));
        SimReport back;
        QString error;
        QVERIFY(SimReport::fromJson(r.toJson(), &back, &error));
        QCOMPARE(back.abortedBy, r.abortedBy);
        QVERIFY(back.aborted);
    }

    void fromJson_wrongSchema_fails()
    {
        SimReport r;
        QString error;
        QVERIFY(!SimReport::fromJson(QJsonObject{{QStringLiteral("schema"), QStringLiteral("x")}}, &r, &error));
        QCOMPARE(error, QStringLiteral("not a dms-sim-report/1 report (schema \"x\")"));
    }

    void merge_isExact()
    {
        const SimReport a = shardReport(1, 2, 11);
        const SimReport b = shardReport(2, 2, 22);
        SimReport merged;
        QString error;
        QVERIFY2(SimReport::merge({a, b}, &merged, &error), qPrintable(error));

        LatencyHistogram frame = a.frame;
        frame.merge(b.frame);
        QVERIFY(merged.frame == frame);
        for (double p : {50.0, 90.0, 95.0, 99.0})
            QCOMPARE(merged.frame.percentile(p), frame.percentile(p));
        QCOMPARE(merged.counters.delivered, a.counters.delivered + b.counters.delivered);
        QCOMPARE(merged.counters.frames, a.counters.frames + b.counters.frames);
        QCOMPARE(merged.users, 6);
        QCOMPARE(merged.userStats.size(), 6);
        QCOMPARE(merged.shards, (QStringList{QStringLiteral("1/2"), QStringLiteral("2/2")}));
        QCOMPARE(merged.processes.size(), 2);
        QCOMPARE(merged.startedAtMs, a.startedAtMs);
        QCOMPARE(merged.finishedAtMs, b.finishedAtMs);
        for (auto it = merged.windows.cbegin(); it != merged.windows.cend(); ++it) {
            SimWindow w = a.windows.value(it.key());
            w.merge(b.windows.value(it.key()));
            QVERIFY(it->frame == w.frame);
            QCOMPARE(it->delivered, w.delivered);
        }
        QVERIFY(merged.notes.isEmpty());
        QVERIFY(merged.passed());

        // Through JSON (what `report merge` reads) the result is the same.
        SimReport a2;
        SimReport b2;
        QVERIFY(SimReport::fromJson(a.toJson(), &a2, &error));
        QVERIFY(SimReport::fromJson(b.toJson(), &b2, &error));
        SimReport merged2;
        QVERIFY(SimReport::merge({a2, b2}, &merged2, &error));
        QVERIFY(merged2.frame == merged.frame);
        QCOMPARE(merged2.toJson().value(QStringLiteral("metrics")), merged.toJson().value(QStringLiteral("metrics")));
    }

    void merge_partial_isNoted()
    {
        SimReport merged;
        QString error;
        QVERIFY(SimReport::merge({shardReport(1, 3, 1), shardReport(3, 3, 3)}, &merged, &error));
        QCOMPARE(merged.notes, QStringList{QStringLiteral("merged 2 of 3 shards: the result covers only their users")});
    }

    void merge_mismatches_fail_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("error");
        QTest::newRow("scenario") << 0 << QStringLiteral("report 2 is of scenario \"soak\", not \"approve-fanout\"");
        QTest::newRow("shard twice") << 1 << QStringLiteral("report 2: shard 1/2 is in the merge twice");
        QTest::newRow("windows") << 2 << QStringLiteral("report 2 has 5000 ms windows, the first has 1000 ms");
        QTest::newRow("shard count") << 3 << QStringLiteral("report 2 is one of 3 shards, the first one of 2");
    }
    void merge_mismatches_fail()
    {
        QFETCH(int, which);
        QFETCH(QString, error);
        const SimReport a = shardReport(1, 2, 1);
        SimReport b = shardReport(2, 2, 2);
        switch (which) {
            case 0: b.scenarioName = QStringLiteral("soak"); break;
            case 1: b.shards = {QStringLiteral("1/2")}; break;
            case 2: b.windowMs = 5000; break;
            case 3: b.shardCount = 3; break;
        }
        SimReport merged;
        QString got;
        QVERIFY(!SimReport::merge({a, b}, &merged, &got));
        QCOMPARE(got, error);
    }

    void merge_overlappingUsers_fails()
    {
        SimReport a = shardReport(1, 2, 1);
        SimReport b = shardReport(2, 2, 2);
        b.userStats[0].username = a.userStats[0].username;
        SimReport merged;
        QString error;
        QVERIFY(!SimReport::merge({a, b}, &merged, &error));
        QCOMPARE(error, QStringLiteral("report 2: user u1_user0 ran in two shards (overlapping user slices)"));
    }

    void junit_hasOneCasePerThreshold_andFailureMessages()
    {
        SimReport r = shardReport(1, 1, 5);
        r.counters.leaks = 1;
        SimLeak leak;
        leak.username = QStringLiteral("u3_req1");
        leak.unitId = 3;
        leak.entity = QStringLiteral("crate");
        leak.entityId = 4;
        leak.status = QStringLiteral("active");
        leak.targetUnits = {1};
        r.leaks.append(leak);
        r.evaluate();
        const QString xml = QString::fromUtf8(r.toJUnit());
        QCOMPARE(xml.count(QLatin1String("<testcase ")), 4);  // 3 thresholds + setup rule
        QVERIFY(xml.contains(QLatin1String("failures=\"1\"")));
        QVERIFY(xml.contains(QLatin1String("name=\"leaks == 0\"")));
        QVERIFY(xml.contains(QLatin1String("message=\"leaks = 1 (== 0)\"")));
        QVERIFY(xml.contains(QStringLiteral("u3_req1 (unit 3) received crate 4 → active, meant for unit 1")));
    }

    void junit_namesDuplicatesAndReorderingApart()
    {
        SimReport r = shardReport(1, 1, 5);
        r.counters.duplicates = 7;
        r.counters.orderViolations = 2;
        r.evaluate();
        const QString xml = QString::fromUtf8(r.toJUnit());
        QVERIFY(xml.contains(QLatin1String("<property name=\"duplicates\" value=\"7\"/>")));
        QVERIFY(xml.contains(QLatin1String("<property name=\"order_violations\" value=\"2\"/>")));
    }

    void summary_namesVerdictsAndLeaks()
    {
        SimReport r = shardReport(1, 1, 6);
        const QString text = r.summaryText();
        QVERIFY(text.contains(QLatin1String("Scenario approve-fanout: 3 users in 2 unit(s)")));
        QVERIFY(text.contains(QLatin1String("PASS  p95_ms < 1000")));
        QVERIFY(text.endsWith(QLatin1String("Result: PASS\n")));
    }
};

QTEST_GUILESS_MAIN(tst_SimReport)
#include "tst_simreport.moc"
