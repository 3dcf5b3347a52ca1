// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The simulator against the real reference server (Daphne, DMS_DEBUG=1 for the
// disconnect-all endpoint): every built-in scenario, with small numbers, passes; plus the
// scenario-specific facts each one exists to prove; and the same against the server
// speaking UUID ids (DMS_PUBLIC_IDS=uuid, as the shipped DMS does).
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

#include "core/clock.h"
#include "faultproxy.h"
#include "serverfixture.h"
#include "session/consolesession.h"
#include "sim/simulator.h"
#include "wsfaultproxy.h"

using namespace Dms;
using namespace Dms::Test;

namespace {

QString verdictText(const SimReport &r)
{
    QString text = r.summaryText();
    return text;
}

// The ramps' join order: unit 1's requester, approver and store head first (what the
// steps need from the start), then unit 1's unit admin and users of units 2 and 3.
QStringList rampJoinOrder()
{
    return {QStringLiteral("u1_req1"), QStringLiteral("u1_appr1"), QStringLiteral("u1_head1"),
            QStringLiteral("u1_uadmin1"), QStringLiteral("u2_req1"), QStringLiteral("u2_appr1"),
            QStringLiteral("u3_req1"), QStringLiteral("u3_head1"), QStringLiteral("u2_head1")};
}

QList<SimUser> usersInOrder(const QStringList &order)
{
    const QList<SimUser> everyone = demoSimUsers(12, 3);
    QList<SimUser> users;
    for (const QString &name : order) {
        for (const SimUser &u : everyone) {
            if (u.username == name)
                users.append(u);
        }
    }
    return users;
}

}  // namespace

class tst_Simulate : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_fixture;
    SystemClock m_clock;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_pool;
    QNetworkAccessManager m_control;
    DialectProfile m_profile;

    SessionFactory factory()
    {
        auto next = std::make_shared<size_t>(0);
        return [this, next](const DialectProfile &profile, QObject *parent) {
            return new ConsoleSession(m_pool[(*next)++ % m_pool.size()].get(), &m_clock, nullptr, profile,
                                      parent);
        };
    }

    Scenario builtIn(const QString &name, double durationS)
    {
        Scenario s;
        ScenarioError error;
        if (!Scenario::load(name, &s, &error))
            qWarning().noquote() << error.toString();
        // The scenario's latency goals (p95_ms < 500, all_live_ms < 15000, …) are the
        // benchmarks' business, never a test's: a loaded machine misses them (seen at a load
        // average of 15 on the 2 cores: POST → table p95 4.7 s). What must hold here are the
        // correctness rules: every change delivered, nothing leaked, duplicated or lost.
        s.thresholds.removeIf([](const Threshold &t) { return t.metric.endsWith(QLatin1String("_ms")); });
        s.durationS = durationS;
        s.warmupS = 0.3;
        s.settleS = 0.5;
        s.timeoutS = 8;
        s.perUnit = 3;  // requester, approver, store head: every role the steps need
        for (ScenarioStep &step : s.steps) {
            if (step.isTimed())
                step.atS = qMin(step.atS, durationS / 3);
        }
        return s;
    }

    SimulatorConfig config(const Scenario &s, bool admin = true, const QUrl &server = QUrl())
    {
        SimulatorConfig c;
        c.servers = {server.isEmpty() ? m_fixture->baseUrl() : server};
        c.users = demoSimUsers(s.totalUsers(), s.units);
        if (admin)
            c.admin = SimUser{demoAdminName(), demoAdminPassword(), 1, QStringLiteral("admin")};
        c.profile = m_profile;
        return c;
    }

    // Runs to the end; the report.
    SimReport run(const Scenario &s, const SimulatorConfig &c, int timeoutMs = 120'000)
    {
        Simulator sim(factory(), &m_clock, &m_control);
        QString error;
        if (!sim.configure(s, c, &error)) {
            qWarning().noquote() << "configure:" << error;
            return SimReport();
        }
        QSignalSpy finished(&sim, &Simulator::finished);
        QSignalSpy progressed(&sim, &Simulator::progressed);
        sim.start();
        if (!finished.wait(timeoutMs))
            qWarning() << "the simulation did not finish in time; phase" << simPhaseName(sim.phase());
        if (finished.isEmpty())
            return SimReport();
        if (progressed.isEmpty())
            qWarning() << "no progress signal";
        return sim.report();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Dozens of sessions: their info lines would bury the test's own output.
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(QStringLiteral("dms.*.info=false"));
        qRegisterMetaType<SimReport>();
        qRegisterMetaType<SimProgress>();
        qRegisterMetaType<SimPhase>();
        qRegisterMetaType<SimWindow>();
        ServerFixture::Options options;
        options.seedArgs = QStringLiteral("--units 3 --users-per-unit 4 --crates 24 --requests 18");
        options.extraEnv = {QStringLiteral("DMS_DEBUG=1")};
        m_fixture = std::make_unique<ServerFixture>(options);
        QString error;
        QVERIFY2(m_fixture->start(&error), qPrintable(error));
        for (int i = 0; i < 2; ++i)
            m_pool.push_back(std::make_unique<QNetworkAccessManager>());
        ProfileError profileError;
        QVERIFY(DialectProfile::load(QStringLiteral("dms-updates"), &m_profile, &profileError));
    }

    void cleanupTestCase()
    {
        m_fixture.reset();
    }

    void approveFanout_everyUnitOneUserGetsEveryChange()
    {
        const Scenario s = builtIn(QStringLiteral("approve-fanout"), 3);
        const SimReport r = run(s, config(s));
        QVERIFY2(r.passed(), qPrintable(verdictText(r)));
        QVERIFY(r.counters.actions >= 4);
        QVERIFY(r.counters.delivered > 0);
        QCOMPARE(r.counters.delivered, r.counters.expected);
        QVERIFY(r.verified);
        QCOMPARE(r.verifiedAs, QStringLiteral("admin"));
        QCOMPARE(r.counters.usersVerified, qint64(6));
        QVERIFY(!r.model.isEmpty());
        QVERIFY(!r.emit.isEmpty());
        QVERIFY(!r.windows.isEmpty());
        for (const SimUserStats &u : r.userStats) {
            if (u.unitId == 1)
                QVERIFY2(u.received > 0 && u.received == u.expected, qPrintable(u.username));
            else
                QCOMPARE(u.expected, qint64(0));  // unit 2 is not a target
            QCOMPARE(u.state, QStringLiteral("live"));
        }
        QCOMPARE(r.processes.size(), 1);
        QVERIFY(r.processes.first().rssReadyKb > 0);
    }

    void unitIsolation_otherUnitsReceiveNothing()
    {
        const Scenario s = builtIn(QStringLiteral("unit-isolation"), 3);
        const SimReport r = run(s, config(s));
        QVERIFY2(r.passed(), qPrintable(verdictText(r)));
        QCOMPARE(r.units, 3);
        QCOMPARE(r.counters.leaks, qint64(0));
        for (const SimUserStats &u : r.userStats) {
            if (u.unitId != 1)
                QCOMPARE(u.received, qint64(0));
        }
    }

    void transferBothUnits_bothUnitsAndNobodyElse()
    {
        const Scenario s = builtIn(QStringLiteral("transfer-both-units"), 4);
        const SimReport r = run(s, config(s));
        QVERIFY2(r.passed(), qPrintable(verdictText(r)));
        qint64 unit1 = 0;
        qint64 unit2 = 0;
        for (const SimUserStats &u : r.userStats) {
            if (u.unitId == 1)
                unit1 += u.received;
            else if (u.unitId == 2)
                unit2 += u.received;
            else
                QCOMPARE(u.expected, qint64(0));
        }
        QVERIFY(unit1 > 0);
        QVERIFY(unit2 > 0);
    }

    void sendbackNotify_onlyTheRequesterIsNotified()
    {
        const Scenario s = builtIn(QStringLiteral("sendback-notify"), 4);
        const SimReport r = run(s, config(s));
        QVERIFY2(r.passed(), qPrintable(verdictText(r)));
        QVERIFY(r.counters.notifications >= 1);
    }

    void crateRelocation_storeHeadsSeeEveryMove()
    {
        const Scenario s = builtIn(QStringLiteral("crate-relocation"), 3);
        const SimReport r = run(s, config(s));
        QVERIFY2(r.passed(), qPrintable(verdictText(r)));
        QVERIFY(r.counters.modelShown > 0);
        for (const SimUserStats &u : r.userStats) {
            if (u.unitId == 1 && u.role == QLatin1String("store_head"))
                QVERIFY(u.received > 0);
        }
    }

    void reconnectStorm_serverClosesAll_everyoneBackAndResynced()
    {
        const Scenario s = builtIn(QStringLiteral("reconnect-storm"), 4);
        const SimReport r = run(s, config(s));
        QVERIFY2(r.passed(), qPrintable(verdictText(r)));
        QCOMPARE(r.storms.size(), 1);
        const SimStorm &storm = r.storms.first();
        QCOMPARE(storm.method, QStringLiteral("server"));
        QCOMPARE(storm.affected, qint64(6));
        QCOMPARE(storm.notBack, qint64(0));
        QCOMPARE(storm.reconnect.count(), quint64(6));
        QCOMPARE(storm.resync.count(), quint64(6));
        QVERIFY(r.metric(QStringLiteral("all_live_ms")).has_value());
        qint64 back = 0;
        for (qint64 n : storm.timeline)
            back += n;
        QCOMPARE(back, qint64(6));
        QVERIFY(r.counters.reconnects >= 6);
    }

    void reconnectStorm_withoutAdmin_cutsClientSide()
    {
        Scenario s = builtIn(QStringLiteral("reconnect-storm"), 3);
        s.steps = {s.steps.last()};  // only the storm
        const SimReport r = run(s, config(s, false));
        QVERIFY2(r.passed(), qPrintable(verdictText(r)));
        QCOMPARE(r.storms.size(), 1);
        QCOMPARE(r.storms.first().method, QStringLiteral("client"));
        QCOMPARE(r.verifiedAs, QStringLiteral("unit users"));
    }

    void soak_mixRunsAndPasses()
    {
        const Scenario s = builtIn(QStringLiteral("soak"), 5);
        const SimReport r = run(s, config(s));
        QVERIFY2(r.passed(), qPrintable(verdictText(r)));
        QVERIFY(r.counters.changes > r.counters.actions / 2);
        QCOMPARE(r.counters.actionErrors, qint64(0));
    }

    // Frames sent twice are duplicates, not reordering (a repeated seq); frames swapped in
    // pairs are reordering, not duplicates (a seq filling the gap its partner left). Either
    // way nothing is lost: the late frame still counts as delivered.
    void faultProxy_namesTheRightFault_data()
    {
        QTest::addColumn<int>("duplicateEvery");
        QTest::addColumn<bool>("swapPairs");
        QTest::newRow("every 5th update twice: duplicates, not reordering") << 5 << false;
        QTest::newRow("updates swapped in pairs: reordering, not duplicates") << 0 << true;
    }

    void faultProxy_namesTheRightFault()
    {
        QFETCH(int, duplicateEvery);
        QFETCH(bool, swapPairs);
        WsFaultProxy proxy(quint16(m_fixture->baseUrl().port()));
        QVERIFY(proxy.listen());
        proxy.setFaults({duplicateEvery, swapPairs});
        const Scenario s = builtIn(QStringLiteral("approve-fanout"), 4);
        const SimReport r = run(s, config(s, true, proxy.baseUrl()));
        // The fault's own count (the proxy's), and the other one, which must stay 0.
        const qint64 injected = swapPairs ? proxy.pairsSwapped() : proxy.duplicatesSent();
        const qint64 named = swapPairs ? r.counters.orderViolations : r.counters.duplicates;
        const qint64 other = swapPairs ? r.counters.duplicates : r.counters.orderViolations;
        QVERIFY2(injected > 0, qPrintable(verdictText(r)));
        QVERIFY2(named > 0 && named <= injected, qPrintable(verdictText(r)));
        QCOMPARE(other, qint64(0));
        QCOMPARE(r.counters.missing, qint64(0));
        QCOMPARE(r.counters.delivered, r.counters.expected);
        qint64 perUser = 0;
        for (const SimUserStats &u : r.userStats) {
            perUser += swapPairs ? u.orderViolations : u.duplicates;
            QCOMPARE(swapPairs ? u.duplicates : u.orderViolations, qint64(0));
        }
        QCOMPARE(perUser, named);
    }

    void missingRole_isAConfigurationError()
    {
        Scenario s = builtIn(QStringLiteral("approve-fanout"), 3);
        SimulatorConfig c = config(s);
        c.users = {SimUser{QStringLiteral("u1_req1"), demoPassword(), 1, QString()},
                   SimUser{QStringLiteral("u2_appr1"), demoPassword(), 2, QString()}};
        const SimReport r = run(s, c);
        QVERIFY(!r.passed());
        QCOMPARE(r.configError,
                 QStringLiteral("steps[0] (approve): no approver or unit admin among the virtual users of unit 1"));
    }

    void wrongPassword_isASetupFailure()
    {
        Scenario s = builtIn(QStringLiteral("crate-relocation"), 2);
        SimulatorConfig c = config(s);
        c.users.append(SimUser{QStringLiteral("u2_head1"), QStringLiteral("wrong"), 2, QString()});
        c.users.removeIf([](const SimUser &u) { return u.username == QLatin1String("u2_head1") && u.password == demoPassword(); });
        const SimReport r = run(s, c);
        QVERIFY(!r.passed());
        QCOMPARE(r.counters.setupFailures, qint64(1));
        QVERIFY(!r.verdicts.first().passed);
        QCOMPARE(r.verdicts.first().threshold.text, QStringLiteral("setup_failures == 0"));
        const QString all = r.notes.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("u2_head1: sign-in failed (HTTP 401)")), qPrintable(all));
        QVERIFY(!all.contains(QLatin1String("wrong")));  // the password is never shown
    }

    void configure_rejectsBadInput()
    {
        Simulator sim(factory(), &m_clock, &m_control);
        Scenario s = builtIn(QStringLiteral("approve-fanout"), 3);
        SimulatorConfig c = config(s);
        QString error;
        c.users.clear();
        QVERIFY(!sim.configure(s, c, &error));
        QCOMPARE(error, QStringLiteral("users: no virtual users to run (check the users file, --users or --shard)"));
        c = config(s);
        s.steps.first().unit = 3;
        QVERIFY(!sim.configure(s, c, &error));
        QCOMPARE(error, QStringLiteral("steps[0].unit: no virtual user of unit 3 (the users are of unit(s) 1, 2)"));

        // A profile without the routes a step needs: refused before anyone signs in.
        s = builtIn(QStringLiteral("approve-fanout"), 3);
        ProfileError profileError;
        QVERIFY(DialectProfile::load(QStringLiteral("hycon-first-message"), &c.profile, &profileError));
        QVERIFY(!sim.configure(s, c, &error));
        QCOMPARE(error, QStringLiteral("steps[0] (approve): the dialect profile \"hycon-first-message\" has no "
                                       "route for \"request-create\" (rest.actions)"));
        c.profile = m_profile;
        QVERIFY2(sim.configure(s, c, &error), qPrintable(error));
    }

    // Ramping: 3 users signed in, 6 more join while unit 1 approves, issues and returns,
    // then the last six leave while the others act. Every stage has its figures, and they
    // add up to the run's.
    void ramp_usersJoinAndLeave_perStageFigures()
    {
        Scenario s = builtIn(QStringLiteral("approve-fanout"), 3);
        s.units = 3;
        s.startUsers = 3;
        s.stages = {ScenarioStage{QStringLiteral("up"), 3, 9, 3},
                    ScenarioStage{QStringLiteral("hold"), 3, 9, 3},
                    ScenarioStage{QStringLiteral("down"), 2, 3, 3}};
        s.durationS = 8;
        s.rate = 2;
        s.thresholds.clear();
        // "p95_ms >= 0 @up": a stage rule, to show it is judged on the stage's own value (not a speed goal).
        for (const char *text : {"p95_ms >= 0 @up", "change_delivery >= 1 @down", "leaks == 0 abort_on_fail",
                                 "delivery >= 0.999", "lost_updates == 0"}) {
            Threshold t;
            QVERIFY(Threshold::parse(QLatin1String(text), &t, nullptr));
            s.thresholds.append(t);
        }
        SimulatorConfig c = config(s);
        const QStringList order = rampJoinOrder();
        c.users = usersInOrder(order);
        QCOMPARE(c.users.size(), 9);

        const SimReport r = run(s, c);
        QVERIFY2(r.passed(), qPrintable(verdictText(r)));
        QCOMPARE(r.users, 9);
        QCOMPARE(r.stages.size(), 3);
        QCOMPARE(r.stages.at(0).name, QStringLiteral("up"));
        QCOMPARE(r.stages.at(2).name, QStringLiteral("down"));

        // Who joined and who left: the first three were there throughout; the other six
        // joined during the run and, last in, were the first out.
        QCOMPARE(r.userStats.size(), 9);
        for (int i = 0; i < 9; ++i) {
            const SimUserStats &u = r.userStats.at(i);
            QCOMPARE(u.username, order.at(i));
            if (i < 3) {
                QCOMPARE(u.state, QStringLiteral("live"));
                QCOMPARE(u.joinedAtMs, qint64(0));
                QCOMPARE(u.leftAtMs, qint64(0));
            } else {
                QCOMPARE(u.state, QStringLiteral("left"));
                QVERIFY2(u.joinedAtMs >= r.runStartMs, qPrintable(u.username));
                QVERIFY2(u.leftAtMs > u.joinedAtMs, qPrintable(u.username));
            }
        }
        // u1_uadmin1 joined unit 1 mid-run: from then on it was expected to receive, and did.
        const SimUserStats &joiner = r.userStats.at(3);
        QVERIFY(joiner.expected > 0);
        QCOMPARE(joiner.received, joiner.expected);
        QCOMPARE(r.counters.notLive, qint64(0));           // those who left are not "not Live"
        QCOMPARE(r.counters.usersVerified, qint64(3));     // the tables of the users still in

        // Per stage: users at the end, joins and leaves, and figures that add up to the run.
        // How long a join takes (sign-in, Live, first fetches) depends on the machine: on a
        // loaded one the last of the six can still be joining when "hold" ends (8 of 9 in,
        // seen at load average 9). So the users at the end of "hold" are checked against the
        // joins and leaves counted in "up" and "hold", not assumed to be all nine.
        const SimStage &up = r.stages.at(0);
        const SimStage &hold = r.stages.at(1);
        QCOMPARE(hold.usersTarget, 9);
        QCOMPARE(hold.users, 3 + up.joined + hold.joined - up.left - hold.left);
        QVERIFY2(hold.users > 3, "nobody joined before the end of \"hold\"");
        QCOMPARE(r.stages.at(2).users, 3);
        QCOMPARE(r.stages.at(2).usersTarget, 3);
        int joined = 0;
        int left = 0;
        qint64 actions = 0;
        qint64 expected = 0;
        qint64 delivered = 0;
        qint64 changes = 0;
        quint64 samples = 0;
        for (const SimStage &st : r.stages) {
            QVERIFY2(st.endMs > st.startMs, qPrintable(st.name));
            QVERIFY2(st.figures.expected > 0, qPrintable(st.name));
            QCOMPARE(st.figures.delivered, st.figures.expected);
            QCOMPARE(st.figures.missing, qint64(0));
            QVERIFY2(st.figures.frame.percentile(95).has_value(), qPrintable(st.name));
            joined += st.joined;
            left += st.left;
            actions += st.actions;
            expected += st.figures.expected;
            delivered += st.figures.delivered;
            changes += st.figures.changes;
            samples += st.figures.frame.count();
        }
        QCOMPARE(r.stages.at(1).startMs, r.stages.at(0).endMs);
        QCOMPARE(r.stages.at(2).startMs, r.stages.at(1).endMs);
        QCOMPARE(joined, 6);
        QCOMPARE(left, 6);
        QCOMPARE(actions, r.counters.actions);
        QCOMPARE(changes, r.counters.changes);
        QCOMPARE(expected, r.counters.expected);
        QCOMPARE(delivered, r.counters.delivered);
        QCOMPARE(r.counters.delivered, r.counters.expected);
        QCOMPARE(samples, r.frame.count());
        QCOMPARE(r.counters.leaks, qint64(0));
        QCOMPARE(r.counters.missing, qint64(0));
        QCOMPARE(r.counters.missedWhileDown, qint64(0));
        // Stage thresholds were judged on the stage's own values.
        bool sawStage = false;
        for (const ThresholdVerdict &v : r.verdicts) {
            if (v.threshold.stage == QLatin1String("up")) {
                sawStage = true;
                QVERIFY(v.measured);
                QCOMPARE(v.value, double(*r.stages.at(0).figures.frame.percentile(95)));
            }
        }
        QVERIFY(sawStage);
    }

    // A ramp that goes down while users are still joining (sign-in, Live, first fetches
    // take longer than the "up" stage on any machine): those joins leave the moment they
    // are in, so the run ends at its target. Skipping them left them signed in for good
    // when their join ended after the last stage (seen under load in the test above).
    void ramp_downWhileJoining_theJoinsLeaveOnceIn()
    {
        Scenario s = builtIn(QStringLiteral("approve-fanout"), 3);
        s.units = 3;
        s.startUsers = 3;
        s.stages = {ScenarioStage{QStringLiteral("up"), 0.3, 9, 2},
                    ScenarioStage{QStringLiteral("down"), 0.3, 3, 2}};
        s.rate = 2;
        s.thresholds.clear();
        for (const char *text : {"leaks == 0", "delivery >= 0.999", "lost_updates == 0"}) {
            Threshold t;
            QVERIFY(Threshold::parse(QLatin1String(text), &t, nullptr));
            s.thresholds.append(t);
        }
        // Every second user reaches the server through a proxy adding 400 ms each way:
        // their joins (sign-in, socket, first fetches) take seconds, so they are under
        // way when the 0.3 s "down" stage, and with it the run, ends.
        FaultProxy slow(quint16(m_fixture->baseUrl().port()));
        QVERIFY(slow.listen());
        slow.setLatencyMs(400);
        QUrl viaSlow = m_fixture->baseUrl();
        viaSlow.setPort(slow.port());
        SimulatorConfig c = config(s);
        c.servers = {m_fixture->baseUrl(), viaSlow};
        const QStringList order = rampJoinOrder();
        c.users = usersInOrder(order);

        const SimReport r = run(s, c);
        QVERIFY2(r.passed(), qPrintable(verdictText(r)));
        int caughtJoining = 0;
        for (int i = 0; i < 9; ++i) {
            const SimUserStats &u = r.userStats.at(i);
            if (i < 3) {
                QCOMPARE(u.state, QStringLiteral("live"));
                continue;
            }
            // Every later user either was never asked to join (the sign-in slots were
            // taken) or joined and left: none is still in when the run ends.
            QVERIFY2(u.state == QLatin1String("left") || u.state == QLatin1String("not_joined"),
                     qPrintable(QStringLiteral("%1 ended %2").arg(u.username, u.state)));
            if (u.state == QLatin1String("left")) {
                QVERIFY2(u.joinedAtMs >= r.runStartMs && u.leftAtMs > u.joinedAtMs, qPrintable(u.username));
                caughtJoining += u.joinedAtMs >= r.stages.at(1).startMs ? 1 : 0;
            }
        }
        qInfo("%d of the joins ended after the ramp went down", caughtJoining);
        QVERIFY2(caughtJoining >= 1, "no join was under way when the ramp went down: the test shows nothing");
        QCOMPARE(r.stages.last().users, 3);
        QCOMPARE(r.counters.usersVerified, qint64(3));
        QCOMPARE(r.counters.notLive, qint64(0));
        QCOMPARE(r.counters.delivered, r.counters.expected);
    }

    // abort_on_fail: a rule that fails for good ends the run at once; the report says which.
    void abortOnFail_endsTheRunEarly()
    {
        Scenario s = builtIn(QStringLiteral("crate-relocation"), 60);
        s.windowS = 1;
        s.thresholds.clear();
        Threshold t;
        QVERIFY(Threshold::parse(QStringLiteral("p95_ms < 1 abort_on_fail"), &t, nullptr));
        s.thresholds.append(t);
        const SimReport r = run(s, config(s));
        QVERIFY(r.aborted);
        QVERIFY(!r.passed());
        QVERIFY2(r.abortedBy.startsWith(QLatin1String("p95_ms < 1 abort_on_fail (p95_ms = ")), qPrintable(r.abortedBy));
        QVERIFY(r.counters.delivered > 0);  // the receipts whose p95 failed it
        QVERIFY2(r.runEndMs - r.runStartMs < 60'000, "the run ended early");
        QVERIFY(r.notes.join(QLatin1Char('\n')).contains(QLatin1String("aborted by threshold p95_ms < 1 abort_on_fail")));
    }

    void configure_rejectsStagesBeyondTheUsers()
    {
        Simulator sim(factory(), &m_clock, &m_control);
        Scenario s = builtIn(QStringLiteral("approve-fanout"), 3);
        s.startUsers = 2;
        s.stages = {ScenarioStage{QStringLiteral("up"), 3, 40, 2}};
        SimulatorConfig c = config(s);
        QString error;
        QVERIFY(!sim.configure(s, c, &error));
        QCOMPARE(error, QStringLiteral("stages: the run needs up to 40 signed-in users here, but there are only 6 "
                                       "virtual users (users, --users or the users file)"));
        Threshold t;
        QVERIFY(Threshold::parse(QStringLiteral("p95_ms < 9 @down"), &t, nullptr));
        s.stages = {ScenarioStage{QStringLiteral("up"), 3, 4, 2}};
        s.thresholds = {t};
        QVERIFY(!sim.configure(s, c, &error));
        QCOMPARE(error, QStringLiteral("thresholds: \"p95_ms < 9 @down\" names stage \"down\", which the scenario "
                                       "does not have (stages: up)"));
        s.thresholds.clear();
        QVERIFY2(sim.configure(s, c, &error), qPrintable(error));
    }

    // The shipped DMS's ids are UUID strings: the same scenarios run, track and verify with
    // them. The demo pattern's "unit 1" is the server's UUID of the u1_* users' unit.
    void uuidServer_scenariosRunWithStringIds()
    {
        ServerFixture::Options options;
        options.seedArgs = QStringLiteral("--units 3 --users-per-unit 4 --crates 24 --requests 18");
        options.extraEnv = {QStringLiteral("DMS_DEBUG=1"), QStringLiteral("DMS_PUBLIC_IDS=uuid")};
        ServerFixture server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        // Units 1 and 2 transfer; every step kind's ids go out as strings.
        Scenario s = builtIn(QStringLiteral("transfer-both-units"), 4);
        SimReport r = run(s, config(s, true, server.baseUrl()));
        QVERIFY2(r.passed(), qPrintable(verdictText(r)));
        QVERIFY(r.counters.actions >= 4);
        QCOMPARE(r.counters.actionErrors, qint64(0));
        QCOMPARE(r.counters.unexpectedEvents, qint64(0));
        QVERIFY(r.verified);
        QMap<QString, EntityId> unitOf;  // "1" (as listed) → the server's unit
        for (const SimUserStats &u : r.userStats) {
            QVERIFY2(u.unitId.isValid() && !u.unitId.isNumber(), qPrintable(u.unitId.toString()));
            QVERIFY2(u.userId.isValid() && !u.userId.isNumber(), qPrintable(u.userId.toString()));
            unitOf.insert(u.username.section(QLatin1Char('_'), 0, 0).mid(1), u.unitId);
        }
        QCOMPARE(unitOf.size(), 3);
        const QString notes = r.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("unit 1 of the users list is unit %1 on the server")
                                    .arg(unitOf.value(QStringLiteral("1")).toString())),
                 qPrintable(notes));
        qint64 unit1 = 0;
        qint64 unit2 = 0;
        for (const SimUserStats &u : r.userStats) {
            if (u.unitId == unitOf.value(QStringLiteral("1")))
                unit1 += u.received;
            else if (u.unitId == unitOf.value(QStringLiteral("2")))
                unit2 += u.received;
            else
                QCOMPARE(u.expected, qint64(0));
        }
        QVERIFY(unit1 > 0);
        QVERIFY(unit2 > 0);
        // Through JSON and back (what `report merge` reads), the ids stay strings.
        SimReport back;
        QVERIFY2(SimReport::fromJson(r.toJson(), &back, &error), qPrintable(error));
        QCOMPARE(back.userStats.first().unitId, r.userStats.first().unitId);

        // Every action kind (send-back and resubmit, relocate, allocate, destruction), any unit.
        s = builtIn(QStringLiteral("soak"), 5);
        r = run(s, config(s, true, server.baseUrl()));
        QVERIFY2(r.passed(), qPrintable(verdictText(r)));
        QCOMPARE(r.counters.actionErrors, qint64(0));
        QCOMPARE(r.counters.leaks, qint64(0));
        QVERIFY(r.counters.changes > r.counters.actions / 2);

        // Per unit, without the admin: the truth is read as each unit's users see it.
        s = builtIn(QStringLiteral("crate-relocation"), 3);
        r = run(s, config(s, false, server.baseUrl()));
        QVERIFY2(r.passed(), qPrintable(verdictText(r)));
        QCOMPARE(r.verifiedAs, QStringLiteral("unit users"));
        QVERIFY(r.counters.modelShown > 0);
    }
};

QTEST_GUILESS_MAIN(tst_Simulate)
#include "tst_simulate.moc"
