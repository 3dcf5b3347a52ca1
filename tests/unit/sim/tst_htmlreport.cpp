// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The HTML report page (simReportToHtml): every section present with the report's figures,
// the failing threshold named with its value and limit, every text from the report escaped,
// URLs redacted, and nothing outside the page referenced (no network, no other file).
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "sim/htmlreport.h"
#include "sim/simreport.h"

using namespace Dms;

namespace {

Threshold rule(const char *text)
{
    Threshold t;
    QString error;
    if (!Threshold::parse(QLatin1String(text), &t, &error))
        qFatal("bad rule %s: %s", text, qPrintable(error));
    return t;
}

const QString kEvilName = QStringLiteral("<script>alert(\"x\")</script>&co");

// A run that failed p95 and leaked once, over four windows, with a reconnect storm.
SimReport failingReport()
{
    SimReport r;
    r.scenarioName = QStringLiteral("approve-fanout");
    r.scenario = QJsonObject{{QStringLiteral("name"), QStringLiteral("approve-fanout")},
                             {QStringLiteral("description"), QStringLiteral("Unit 1 approves <fast> & often")},
                             {QStringLiteral("rate"), 4},
                             {QStringLiteral("duration_s"), 20},
                             {QStringLiteral("views"), QJsonArray{QStringLiteral("withdrawal")}},
                             {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("approve")},
                                                                              {QStringLiteral("kind"), QStringLiteral("withdrawal")},
                                                                              {QStringLiteral("unit"), 1},
                                                                              {QStringLiteral("weight"), 2}}}},
                             {QStringLiteral("thresholds"), QJsonArray{QStringLiteral("p95_ms < 100")}}};
    // Written by hand (not by the simulator): the page must redact it itself.
    r.servers = {QStringLiteral("https://qa:hunter2@dms.example:8443/api?token=sekrit123")};
    r.shards = {QStringLiteral("1/1")};
    r.users = 3;
    r.units = 2;
    r.rate = 4;
    r.durationS = 20;
    r.windowMs = 5000;
    r.startedAtMs = 1'700'000'000'000;
    r.finishedAtMs = r.startedAtMs + 26'000;
    r.runStartMs = r.startedAtMs + 2'000;
    r.runEndMs = r.startedAtMs + 22'000;
    r.verified = true;
    r.verifiedAs = QStringLiteral("admin");
    r.notes = {QStringLiteral("a note with <b>markup</b>")};
    r.thresholds = {rule("p95_ms < 100"), rule("leaks == 0"), rule("delivery >= 0.9")};
    for (int i = 0; i < 400; ++i) {
        const qint64 v = 20 + (i * 7) % 300;  // 20…319 ms: p95 well above 100
        r.frame.record(v);
        r.model.record(v + 15);
        r.emit.record(v / 4);
        r.action.record(40);
        const qint64 start = r.runStartMs - r.runStartMs % 5000 + 5000 * (i % 4);
        SimWindow &w = r.windows[start];
        w.startMs = start;
        w.lengthMs = 5000;
        w.frame.record(v);
        w.model.record(v + 15);
        ++w.expected;
        if (i % 50 == 0) {
            ++w.missing;
        } else {
            ++w.delivered;
        }
    }
    r.windows.first().leaks = 1;
    r.counters.expected = 400;
    r.counters.delivered = 392;
    r.counters.missing = 8;
    r.counters.frames = 800;
    r.counters.leaks = 1;
    r.counters.duplicates = 3;
    r.counters.orderViolations = 2;
    r.counters.actions = 80;
    r.counters.changes = 80;
    r.counters.usersVerified = 3;

    SimLeak leak;
    leak.username = QStringLiteral("u2_req1");
    leak.unitId = 2;
    leak.entity = QStringLiteral("withdrawal");
    leak.entityId = 17;
    leak.status = QStringLiteral("approved");
    leak.number = QStringLiteral("WR-000017");
    leak.targetUnits = {EntityId(1)};
    leak.atMs = r.runStartMs + 3000;
    r.leaks = {leak};

    const QStringList names{QStringLiteral("u1_req1"), kEvilName, QStringLiteral("u2_req1")};
    for (int u = 0; u < names.size(); ++u) {
        SimUserStats s;
        s.username = names.at(u);
        s.unitId = u == 2 ? 2 : 1;
        s.role = QStringLiteral("requester");
        s.server = r.servers.first();
        s.state = QStringLiteral("live");
        s.expected = 200;
        s.received = 196 + u;
        s.missing = u == 2 ? 6 : 4 - u;  // u2_req1 fares worst
        s.leaks = u == 2 ? 1 : 0;
        s.latencySumMs = 100 * s.received;
        s.latencyCount = s.received;
        s.maxLatencyMs = 300 + u;
        r.userStats.append(s);
    }

    SimStorm storm;
    storm.method = QStringLiteral("server");
    storm.atMs = r.runStartMs + 10'000;
    storm.affected = 3;
    storm.reconnect.record(800);
    storm.reconnect.record(900);
    storm.reconnect.record(1200);
    storm.resync.record(1500);
    storm.resync.record(1600);
    storm.resync.record(1700);
    storm.timeline = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1};
    r.storms = {storm};

    SimProcessStats p;
    p.shard = QStringLiteral("1/1");
    p.users = 3;
    p.rssBeforeKb = 50'000;
    p.rssReadyKb = 53'000;
    p.rssPeakKb = 60'000;
    p.cpuRunMs = 400;
    p.framesRun = 800;
    p.runSeconds = 20;
    r.processes = {p};
    r.evaluate();
    return r;
}

QString page(const SimReport &r)
{
    return QString::fromUtf8(simReportToHtml(r));
}

// The text of the table row (<tr>…</tr>) that contains needle.
QString rowWith(const QString &html, const QString &needle)
{
    const qsizetype at = html.indexOf(needle);
    if (at < 0)
        return {};
    const qsizetype start = html.lastIndexOf(QLatin1String("<tr"), at);
    const qsizetype end = html.indexOf(QLatin1String("</tr>"), at);
    return start < 0 || end < 0 ? QString() : html.mid(start, end - start);
}

std::optional<qint64> st0p(const SimReport &r, double p)
{
    return r.stages.first().figures.frame.percentile(p);
}

}  // namespace

class tst_HtmlReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failingRun_hasEverySection_andNamesTheFailure()
    {
        const SimReport r = failingReport();
        QVERIFY(!r.passed());
        const QString html = page(r);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.trimmed().endsWith(QLatin1String("</html>")));
        for (const char *id : {"verdicts", "latency", "windows", "delivery", "storms", "leaks", "lost-updates", "users",
                               "scenario", "conditions"}) {
            QVERIFY2(html.contains(QStringLiteral("<section id=\"%1\">").arg(QLatin1String(id))), id);
            QVERIFY2(html.contains(QStringLiteral("href=\"#%1\"").arg(QLatin1String(id))), id);  // in the navigation
        }
        QVERIFY(html.contains(QLatin1String("<span class=\"badge fail\" id=\"result\">FAIL</span>")));

        // The verdict per threshold: the failing one with its value and its limit.
        const std::optional<double> p95 = r.metric(QStringLiteral("p95_ms"));
        QVERIFY(p95 && *p95 > 100);
        const QString p95Row = rowWith(html, QStringLiteral("<code>p95_ms &lt; 100</code>"));
        QVERIFY2(p95Row.contains(QLatin1String("<span class=\"pill fail\">FAIL</span>")), qPrintable(p95Row));
        QVERIFY2(p95Row.contains(QStringLiteral(">%1<").arg(formatMetric(*p95))), qPrintable(p95Row));
        QVERIFY2(p95Row.contains(QLatin1String(">&lt; 100<")), qPrintable(p95Row));
        QVERIFY(rowWith(html, QStringLiteral("<code>leaks == 0</code>")).contains(QLatin1String("pill fail")));
        QVERIFY(rowWith(html, QStringLiteral("<code>delivery &gt;= 0.9</code>")).contains(QLatin1String("pill pass")));
        QVERIFY(rowWith(html, QStringLiteral("<code>setup_failures == 0</code>")).contains(QLatin1String("pill pass")));

        // Latency percentiles of the three measures, and a distribution chart of each.
        const QString frameRow = rowWith(html, QStringLiteral("POST → frame</span>"));
        QVERIFY2(frameRow.contains(QStringLiteral("<b>%1</b>").arg(*r.frame.percentile(95))), qPrintable(frameRow));
        QVERIFY(frameRow.contains(QStringLiteral(">%1<").arg(r.frame.max())));
        QVERIFY(rowWith(html, QStringLiteral("POST → table</span>")).contains(QStringLiteral("<b>%1</b>").arg(*r.model.percentile(95))));
        QVERIFY(rowWith(html, QStringLiteral("emit → frame</span>")).contains(QStringLiteral("<b>%1</b>").arg(*r.emit.percentile(95))));
        // 3 distributions + 2 window charts + 1 storm timeline.
        QCOMPARE(html.count(QLatin1String("<svg class=\"chart\"")), 6);
        QVERIFY(html.contains(QStringLiteral("p95 %1 ms").arg(*r.frame.percentile(95))));  // marker on the chart

        // One bar (delivered) per window, with its numbers in the tooltip; missing bars too.
        qsizetype bars = 0;
        for (const SimWindow &w : r.windows)
            bars += 1 + (w.missing > 0 ? 1 : 0) + (w.leaks > 0 ? 1 : 0);
        QCOMPARE(html.count(QRegularExpression(QStringLiteral("<title>\\d\\d:\\d\\d:\\d\\d–\\d\\d:\\d\\d:\\d\\d: \\d+ of \\d+ delivered"))),
                 bars);
        QVERIFY(html.contains(QLatin1String("limit 100 ms")));  // the p95 limit drawn on the p95 chart

        // Delivery counts, the storm, the leak with its example, lost updates verified.
        QVERIFY(html.contains(QLatin1String("<div class=\"tl\">Duplicates</div><div class=\"tv\">3</div>")));
        QVERIFY(html.contains(QLatin1String("<div class=\"tl\">Order violations</div><div class=\"tv\">2</div>")));
        QVERIFY(html.contains(QLatin1String("<div class=\"tl\">Missing</div><div class=\"tv\">8</div>")));
        QVERIFY(html.contains(QLatin1String("<div class=\"tile bad\"><div class=\"tl\">Leaks</div>")));
        QVERIFY(rowWith(html, QStringLiteral("<td>server</td>")).contains(QLatin1String(">1200 ms<")));  // all Live after
        QVERIFY(html.contains(QLatin1String("1 leak(s) in all; the first 1 follow.")));
        QVERIFY(html.contains(QStringLiteral("withdrawal 17 → approved (WR-000017)")));
        QVERIFY(html.contains(SimLeak(r.leaks.first()).describe().toHtmlEscaped()));
        QVERIFY(html.contains(QLatin1String("None: the tables of 3 users equal the server")));

        // The per-user table: every user, sortable headers, the worst user first.
        QVERIFY(html.contains(QLatin1String("<table class=\"sortable\" id=\"user-table\">")));
        const QString users = html.section(QLatin1String("id=\"user-table\""), 1).section(QLatin1String("</table>"), 0, 0);
        QCOMPARE(users.count(QLatin1String("<tr")), 1 + r.userStats.size());
        QCOMPARE(users.count(QLatin1String("<button type=\"button\">")), 18);  // no errors: no error column
        QVERIFY(users.indexOf(QLatin1String("u2_req1")) < users.indexOf(QLatin1String("u1_req1")));  // 6 missing + 1 leak first
        QVERIFY(html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("addEventListener('click'")));

        // The scenario and the conditions.
        QVERIFY(html.contains(QLatin1String("Unit 1 approves &lt;fast&gt; &amp; often")));
        QVERIFY(rowWith(html, QStringLiteral("<td>approve</td>")).contains(QLatin1String("<td>withdrawal</td>")));
        QVERIFY(html.contains(QLatin1String("<th>Server(s)</th>")));
        QVERIFY(html.contains(QLatin1String("3 in 2 unit(s)")));
        QVERIFY(html.contains(QLatin1String("58.6 MB")));  // process peak RSS
        QVERIFY(html.contains(QLatin1String("a note with &lt;b&gt;markup&lt;/b&gt;")));
    }

    void reportText_isEscaped_andUrlsRedacted()
    {
        const QString html = page(failingReport());
        // The user named <script>…</script> is text, not markup: the only script is the page's.
        QVERIFY(html.contains(kEvilName.toHtmlEscaped()));
        QVERIFY(!html.contains(kEvilName));
        QCOMPARE(html.count(QLatin1String("<script")), 1);
        QCOMPARE(html.count(QLatin1String("</script>")), 1);
        // Neither the password nor the token of the server URL.
        QVERIFY(!html.contains(QLatin1String("hunter2")));
        QVERIFY(!html.contains(QLatin1String("sekrit123")));
        QVERIFY(html.contains(QLatin1String("dms.example:8443")));

        // A user's error is shown (in a column of its own, there only when one failed), redacted.
        SimReport failed = failingReport();
        failed.userStats[1].state = QStringLiteral("failed");
        failed.userStats[1].error = QStringLiteral("no Live: ws://dms.example/ws?token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2ln <b>");
        const QString withError = page(failed);
        QVERIFY(withError.contains(QLatin1String("<button type=\"button\">Error</button>")));
        QVERIFY(!html.contains(QLatin1String("<button type=\"button\">Error</button>")));
        QVERIFY(withError.contains(QLatin1String("no Live: ws://dms.example/ws?token=*** &lt;b&gt;")));
        QVERIFY(!withError.contains(QLatin1String("eyJ")));
        // The failed user comes first, its state marked.
        const QString users =
            withError.section(QLatin1String("id=\"user-table\""), 1).section(QLatin1String("</table>"), 0, 0);
        QVERIFY(users.indexOf(kEvilName.toHtmlEscaped()) < users.indexOf(QLatin1String("u2_req1")));
        QVERIFY(users.contains(QLatin1String("<td class=\"hot\">failed</td>")));
    }

    void page_referencesNothingOutsideItself()
    {
        const QString html = page(failingReport());
        QVERIFY(!html.contains(QLatin1String("<link"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<iframe"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("src="), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("url("), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("@import"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("fetch("), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("XMLHttpRequest"), Qt::CaseInsensitive));
        // Links only to anchors of the page.
        const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        int links = 0;
        for (auto it = href.globalMatch(html); it.hasNext(); ++links) {
            const QString target = it.next().captured(1);
            QVERIFY2(target.startsWith(QLatin1Char('#')), qPrintable(target));
        }
        QVERIFY(links >= 10);
        // No address inside any tag: a URL appears only as text (the redacted server, shown
        // to the reader), never as something the browser would load.
        const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const QString t = it.next().captured(0);
            QVERIFY2(!t.contains(QLatin1String("://")) && !t.contains(QLatin1String("//www.")), qPrintable(t));
        }
        // And the server is that text: the only "https://" is the redacted server's (once, in
        // the conditions: the per-user table names servers only when there are several).
        QCOMPARE(html.count(QLatin1String("https://")), 1);
        QCOMPARE(html.count(QLatin1String("http://")), 0);
        // The page forbids the browser any load, should something slip in.
        QVERIFY(html.contains(QLatin1String("Content-Security-Policy\" content=\"default-src 'none';")));
    }

    void passingRun_saysSo_andEmptyPartsSayWhy()
    {
        SimReport r;
        r.scenarioName = QStringLiteral("quiet & calm");
        r.users = 2;
        r.verified = false;
        r.thresholds = {rule("leaks == 0")};
        r.evaluate();
        QVERIFY(r.passed());
        const QString html = page(r);
        QVERIFY(html.contains(QLatin1String("<span class=\"badge pass\" id=\"result\">PASS</span>")));
        QVERIFY(html.contains(QLatin1String("Simulation report: quiet &amp; calm")));
        QVERIFY(html.contains(QLatin1String("2 threshold(s), every one passed.")));
        QCOMPARE(html.count(QLatin1String(">no samples<")), 3 /* charts */ + 4 /* table rows */);
        QVERIFY(html.contains(QLatin1String("No windows: no change was tracked.")));
        QVERIFY(html.contains(QLatin1String("No leaks: every receipt was meant for its user.")));
        QVERIFY(html.contains(QLatin1String("Not verified: the tables were not compared")));
        QVERIFY(html.contains(QLatin1String("This scenario triggered no storm.")));
        QVERIFY(html.contains(QLatin1String("No per-user figures in this report.")));
        QVERIFY(html.contains(QLatin1String("The report does not hold its scenario.")));
    }

    void abortedRun_isMarked()
    {
        SimReport r = failingReport();
        r.aborted = true;
        r.evaluate();
        const QString html = page(r);
        QVERIFY(html.contains(QLatin1String("<span class=\"badge warn\" id=\"result\">ABORTED</span>")));
        QVERIFY(html.contains(QLatin1String("The run was aborted")));
        r.abortedBy = QStringLiteral("leaks == 0 abort_on_fail (leaks = 1 (== 0))");
        QVERIFY(page(r).contains(QLatin1String("The run was aborted by threshold leaks == 0 abort_on_fail (leaks = 1 "
                                               "(== 0)): the figures cover only what happened until then.")));
    }

    // A ramping run: a Stages section with one row per stage; a run without stages has none.
    void stages_sectionOnlyWhenTheRunRamped()
    {
        SimReport r = failingReport();
        QVERIFY(!page(r).contains(QLatin1String("id=\"stages\"")));
        for (int i = 0; i < 2; ++i) {
            SimStage st;
            st.index = i;
            st.name = i == 0 ? QStringLiteral("to-50") : QStringLiteral("hold<&>");
            st.startMs = 1'700'000'000'000 + 20'000 * i;
            st.endMs = st.startMs + 20'000;
            st.usersTarget = 50;
            st.users = 48 + i;
            st.joined = 40 - 39 * i;
            st.left = i;
            st.rate = 1.5;
            st.actions = 30 + i;
            st.figures.expected = 100;
            st.figures.delivered = 100 - 2 * i;
            st.figures.missing = 2 * i;
            for (qint64 v = 1; v <= 20; ++v) {
                st.figures.frame.record(10 * v * (i + 1));
                st.figures.model.record(12 * v * (i + 1));
            }
            r.stages.append(st);
        }
        const QString html = page(r);
        QVERIFY(html.contains(QLatin1String("<section id=\"stages\">")));
        QVERIFY(html.contains(QLatin1String("href=\"#stages\"")));
        const QString table = html.section(QLatin1String("id=\"stage-table\""), 1).section(QLatin1String("</table>"), 0, 0);
        QCOMPARE(table.count(QLatin1String("<tr")), 1 + 2);
        const QString first = rowWith(html, QStringLiteral("<td>to-50</td>"));
        QVERIFY2(first.contains(QLatin1String(">20.0 s<")), qPrintable(first));
        QVERIFY2(first.contains(QLatin1String(">48 (50)<")), qPrintable(first));
        QVERIFY2(first.contains(QLatin1String(">40 / 0<")), qPrintable(first));
        QVERIFY2(first.contains(QLatin1String(">1.5000/s<")), qPrintable(first));
        QVERIFY2(first.contains(QLatin1String(">100 / 100<")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral(">%1 / %2 ms<").arg(*st0p(r, 50)).arg(*st0p(r, 95))), qPrintable(first));
        QVERIFY(!first.contains(QLatin1String("class=\"bad\"")));
        const QString second = rowWith(html, QStringLiteral("<td>hold&lt;&amp;&gt;</td>"));
        QVERIFY2(second.contains(QLatin1String("class=\"bad\"")), qPrintable(second));  // 2 missing
        QVERIFY2(second.contains(QLatin1String(">98 / 100<")), qPrintable(second));
    }
};

QTEST_GUILESS_MAIN(tst_HtmlReport)
#include "tst_htmlreport.moc"
