// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The console against the reference server laid out as deployed (scripts/serve-cluster):
// two Daphne workers on Redis and PostgreSQL (SQLite where PostgreSQL is not installed),
// behind nginx terminating TLS on one https:// address with a throwaway CA. Through that
// one address, with --ca-file: `status` is healthy, and `watch` loads a crate list of two
// pages (1,100+ rows, 1,000 a page: the second one by the `next` link, which must be
// https:// on the proxy's address: DMS_BEHIND_TLS_PROXY) and hears approvals made straight
// on each worker, so at least one event reached its socket from another worker. And a
// 200-user `simulate` through the one address while one of the two workers is SIGKILLed:
// its sockets reconnect through nginx to the other, and every user ends Live with tables
// equal to the server's (a part of its own, with its own cluster: the kill is for good).
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <cstdio>

#include "auth/apiclient.h"
#include "childprocess.h"
#include "core/clock.h"
#include "restcall.h"
#include "serverfixture.h"

using namespace Dms;
using namespace Dms::Test;

namespace {

constexpr int CratesPerUnit = 1100;  // over RestQueryFetcher's 1,000-row page (seed_demo adds a few)
constexpr int UsersPerUnit = 100;   // the worker-kill run's 200 users over 2 units

QList<QJsonObject> jsonLines(const QByteArray &out, const QString &kind)
{
    QList<QJsonObject> found;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("kind")).toString() == kind)
            found.append(o);
    }
    return found;
}

}  // namespace

class tst_Cluster : public QObject
{
    Q_OBJECT
    ChildProcess m_cluster;
    QString m_url;
    QString m_ca;
    QList<int> m_workerPorts;
    QList<qint64> m_workerPids;
    QTemporaryDir m_faults;  // the worker-kill case arms the workers' fault here
    QString dieOnce() const { return m_faults.filePath(QStringLiteral("die-once")); }

    QProcess *console(const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DMS_PASSWORD"), ServerFixture::demoPassword());
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(DMS_CONSOLE_BIN),
                 args + QStringList{QStringLiteral("--server"), m_url, QStringLiteral("--ca-file"), m_ca,
                                    QStringLiteral("--no-keychain")});
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral("/usr/sbin/nginx")))
            QSKIP("nginx is not installed (scripts/setup installs it)");
        const QString src = ServerFixture::sourceDir();
        QVERIFY(m_cluster.start(
            QStringLiteral("/usr/bin/python3"),
            {src + QStringLiteral("/scripts/serve-cluster"), QStringLiteral("--workers"),
             QStringLiteral("2"), QStringLiteral("--seed"),
             QStringLiteral("--units 2 --users-per-unit %1 --crates %2 --requests 40 --seed 5")
                 .arg(UsersPerUnit)
                 .arg(CratesPerUnit)},
            {QStringLiteral("DMS_SECRET_KEY=test-only-secret-key-for-fixture"),
             QStringLiteral("DMS_FAST_PASSWORD_HASHER=1"),
             QStringLiteral("PYTHONDONTWRITEBYTECODE=1"),
             // the worker-kill case: a worker dies once its change committed, before it told
             // anyone -- only once that case creates the file, and only the first to get there
             QStringLiteral("DMS_DEBUG=1"), QStringLiteral("DMS_FAULT_DIE_AT=committed"),
             QStringLiteral("DMS_FAULT_DIE_ONCE=") + dieOnce()}));
        QVERIFY2(m_cluster.waitForOutput("READY url=", 300'000), m_cluster.output().right(4000).constData());
        QVERIFY(QTest::qWaitFor([&] { return m_cluster.output().indexOf('\n', m_cluster.output().indexOf("READY")) > 0; },
                                5000));
        const QString out = QString::fromUtf8(m_cluster.output());
        const QRegularExpressionMatch ready =
            QRegularExpression(QStringLiteral("READY url=(\\S+) ca=(\\S+) workers=(\\d+)")).match(out);
        QVERIFY2(ready.hasMatch(), qPrintable(out));
        m_url = ready.captured(1);
        m_ca = ready.captured(2);
        QCOMPARE(ready.captured(3).toInt(), 2);
        auto workers = QRegularExpression(QStringLiteral("WORKER \\d+ port=(\\d+) pid=(\\d+)")).globalMatch(out);
        while (workers.hasNext()) {
            const QRegularExpressionMatch w = workers.next();
            m_workerPorts.append(w.captured(1).toInt());
            m_workerPids.append(w.captured(2).toLongLong());
        }
        QCOMPARE(m_workerPorts.size(), 2);
        QVERIFY(m_url.startsWith(QLatin1String("https://127.0.0.1:")));
    }

    void cleanupTestCase() { m_cluster.stop(60'000); }

    void status_throughTheProxy_isHealthy()
    {
        QProcess *p = console({QStringLiteral("status"), QStringLiteral("--user"), QStringLiteral("u1_head1"),
                               QStringLiteral("--pings"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY(p->waitForFinished(60'000));
        const QByteArray out = p->readAllStandardOutput();
        QVERIFY2(p->exitCode() == 0, QByteArray(out + p->readAllStandardError()).constData());
        const QList<QJsonObject> status = jsonLines(out, QStringLiteral("status"));
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.first().value(QStringLiteral("state")).toString(), QStringLiteral("live"));
        QCOMPARE(status.first().value(QStringLiteral("healthy")).toBool(), true);
        QCOMPARE(status.first().value(QStringLiteral("pongs")).toInt(), 2);
    }

    void watch_loadsTwoPagesByHttpsNextLinks_andHearsEveryWorker()
    {
        QProcess *p = console({QStringLiteral("watch"), QStringLiteral("--user"), QStringLiteral("u1_head1"),
                               QStringLiteral("--duration"), QStringLiteral("25"),
                               QStringLiteral("--queries"), QStringLiteral("withdrawal-requests,crates")});
        const auto stopConsole = qScopeGuard([p] {  // also when a check fails half-way
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5'000);
            }
        });
        QByteArray seen;
        QVERIFY2(QTest::qWaitFor([&] {
            p->waitForReadyRead(100);
            seen = p->peek(1 << 22);
            const QList<QJsonObject> fetches = jsonLines(seen, QStringLiteral("fetch"));
            return seen.contains("\"state\":\"live\"") &&
                   std::any_of(fetches.cbegin(), fetches.cend(), [](const QJsonObject &o) {
                       return o.value(QStringLiteral("key")).toString() == QLatin1String("crates");
                   });
        }, 60'000), QByteArray(seen + p->readAllStandardError()).constData());

        // one approval straight to each worker (plain http on its loopback port)
        QNetworkAccessManager nam;
        SystemClock clock;
        QList<qint64> approved;
        for (const int port : std::as_const(m_workerPorts)) {
            ApiClient approver(&nam, &clock);
            approver.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
            QCOMPARE(await(approver.login(QStringLiteral("u1_appr1"), ServerFixture::demoPassword())).status, 200);
            const QJsonObject pending = firstWithStatus(&approver, QStringLiteral("/api/requests/withdrawal/"),
                                                        QStringLiteral("pending"));
            QVERIFY(!pending.isEmpty());
            const qint64 id = pending.value(QStringLiteral("id")).toInteger();
            QCOMPARE(await(approver.post(QStringLiteral("/api/requests/withdrawal/%1/approve/").arg(id),
                                         {{QStringLiteral("password"), ServerFixture::demoPassword()}}))
                         .status,
                     200);
            approved.append(id);
        }
        // both approvals arrive as frames on the one socket through the proxy
        auto approvalsHeard = [&](const QByteArray &out) {
            QList<qint64> heard;
            for (const QJsonObject &o : jsonLines(out, QStringLiteral("frame")))
                if (o.value(QStringLiteral("entity")).toString() == QLatin1String("withdrawal") &&
                    o.value(QStringLiteral("status")).toString() == QLatin1String("approved"))
                    heard.append(o.value(QStringLiteral("id")).toInteger());
            return heard;
        };
        QVERIFY(QTest::qWaitFor([&] {
            p->waitForReadyRead(100);
            const QList<qint64> heard = approvalsHeard(p->peek(1 << 22));
            return std::all_of(approved.cbegin(), approved.cend(), [&](qint64 id) { return heard.contains(id); });
        }, 20'000));
        p->terminate();  // watch prints its summary and exits 0 on SIGTERM
        QVERIFY(p->waitForFinished(30'000));
        const QByteArray out = p->readAllStandardOutput();
        const QByteArray err = p->readAllStandardError();
        QCOMPARE(p->exitCode(), 0);

        // the crate list: every row of the unit (the server's count, asked of a worker
        // directly), over two pages, the second by its https link
        ApiClient head(&nam, &clock);
        head.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_workerPorts.first())));
        QCOMPARE(await(head.login(QStringLiteral("u1_head1"), ServerFixture::demoPassword())).status, 200);
        QUrlQuery one;
        one.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1"));
        const int serverCount =
            await(head.get(QStringLiteral("/api/documents/crates/"), one)).json.toObject().value(QStringLiteral("count")).toInt();
        QVERIFY2(serverCount > 1000, "the seed must give unit 1 more than one 1,000-row page of crates");
        bool crates = false;
        for (const QJsonObject &o : jsonLines(out, QStringLiteral("fetch"))) {
            QVERIFY2(o.value(QStringLiteral("status")).toString() == QLatin1String("ok"),
                     QJsonDocument(o).toJson().constData());
            if (o.value(QStringLiteral("key")).toString() == QLatin1String("crates")) {
                crates = true;
                QCOMPARE(o.value(QStringLiteral("rows")).toInt(), serverCount);
            }
        }
        QVERIFY2(crates, out.constData());
        const QList<qint64> heard = approvalsHeard(out);
        for (const qint64 id : std::as_const(approved))
            QVERIFY2(heard.contains(id), out.constData());
        QVERIFY2(!out.contains("eyJ") && !err.contains("eyJ"), "a JWT leaked to the output");
    }

    // Issue 16: 200 users through the proxy; once the actions run, one worker dies of
    // SIGKILL in the middle of an action -- its change committed, nothing told yet
    // (DMS_FAULT_DIE_AT=committed, armed by creating the DMS_FAULT_DIE_ONCE file). About
    // half the sockets were on it: they drop, reconnect through nginx to the other worker
    // and resync; the action's POST gets 502 though its change is made, and the worker left
    // sends that change's frames from the outbox (docs/server.md, "Outbox"). The simulator's
    // own final check compares every user's tables with the server's (as the administrator)
    // and counts who is not Live. A SIGKILL from outside at a random moment rarely meets a
    // POST (0 of 6 runs); when it did, before the outbox, up to 44 users of the unit kept the
    // old row (docs/reliability.md, "Flakes").
    void simulate_oneWorkerKilled_200UsersLiveAgain_tablesEqualServer()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString report = dir.filePath(QStringLiteral("kill.json"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DMS_ADMIN_PASSWORD"));  // the demo administrator's
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DMS_CONSOLE_BIN),
                {QStringLiteral("simulate"), QStringLiteral("approve-fanout"), QStringLiteral("--server"), m_url,
                 QStringLiteral("--ca-file"), m_ca, QStringLiteral("--users"), QString::number(2 * UsersPerUnit),
                 QStringLiteral("--units"), QStringLiteral("2"), QStringLiteral("--rate"), QStringLiteral("1"),
                 QStringLiteral("--duration"), QStringLiteral("20"), QStringLiteral("--report"), report,
                 // correctness only: latency under a kill on 2 loaded cores is a figure
                 QStringLiteral("--threshold"), QStringLiteral("lost_updates == 0"), QStringLiteral("--threshold"),
                 QStringLiteral("leaks == 0")});
        const auto stop = qScopeGuard([&p] {
            if (p.state() != QProcess::NotRunning) {
                p.kill();
                p.waitForFinished(5'000);
            }
        });
        QByteArray err;
        QVERIFY2(QTest::qWaitFor([&] {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
            return err.contains("sim: phase running") || p.state() == QProcess::NotRunning;
        }, 300'000), err.right(4000).constData());
        QVERIFY2(p.state() == QProcess::Running, err.right(4000).constData());
        {
            QFile arm(dieOnce());
            QVERIFY(arm.open(QIODevice::WriteOnly));
        }
        QVERIFY(QTest::qWaitFor([&] {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
            return p.state() == QProcess::NotRunning;
        }, 300'000));
        // The file is gone: a worker took the fault, and serve-cluster saw it die of SIGKILL.
        QVERIFY2(!QFile::exists(dieOnce()),
                 "no worker committed a change after the fault was armed");
        const QRegularExpression died(
            QStringLiteral("(worker \\d+) \\(pid \\d+\\) exited with -9"));
        QVERIFY2(QTest::qWaitFor(
                     [&] { return died.match(QString::fromUtf8(m_cluster.output())).hasMatch(); },
                     10'000),
                 m_cluster.output().right(4000).constData());
        qInfo("%s died once its change committed, before telling it",
              qPrintable(died.match(QString::fromUtf8(m_cluster.output())).captured(1)));
        err += p.readAllStandardError();
        const QByteArray out = p.readAllStandardOutput();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            // QTest cuts a failure message at 1 KiB, before the summary's verdicts: the
            // whole summary, the report and the end of the log go to stderr first.
            QFile kept(report);
            const QByteArray json = kept.open(QIODevice::ReadOnly) ? kept.readAll() : QByteArray("(no report)");
            fprintf(stderr, "--- simulate's summary\n%s\n--- its report\n%s\n--- the end of its log\n%s\n",
                    out.constData(), json.constData(), err.right(8000).constData());
            QFAIL(qPrintable(QStringLiteral("simulate exited with %1 (its summary, report and log above)")
                                 .arg(p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1)));
        }
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject r = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject c = r.value(QStringLiteral("counters")).toObject();
        const auto n = [&c](const char *name) { return c.value(QLatin1String(name)).toInteger(); };
        qInfo("after the kill: %lld reconnects, %lld actions (%lld failed), %lld of %lld deliveries, "
              "%lld missed while down, %lld users verified",
              n("reconnects"), n("actions"), n("action_errors"), n("delivered"), n("expected"),
              n("missed_while_down"), n("users_verified"));
        // The kill reached sockets (else this shows nothing) ...
        QVERIFY2(n("reconnects") >= 1, "no socket was on the killed worker");
        // ... and every user is Live again, with tables equal to the server's.
        QCOMPARE(n("setup_failures"), qint64(0));
        QCOMPARE(n("not_live"), qint64(0));
        QCOMPARE(n("users_verified"), qint64(2 * UsersPerUnit));
        QCOMPARE(n("lost_updates"), qint64(0));
        QCOMPARE(n("leaks"), qint64(0));
        QVERIFY(n("actions") > 0);
    }
};

QTEST_GUILESS_MAIN(tst_Cluster)
#include "tst_cluster.moc"
