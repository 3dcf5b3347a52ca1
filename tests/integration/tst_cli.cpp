// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The dms-console binary's headless commands against the real reference server: exit
// codes, JSON lines, and no secret in anything it prints.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTest>

#include "auth/apiclient.h"
#include "core/clock.h"
#include "restcall.h"
#include "serverfixture.h"

using namespace Dms;
using namespace Dms::Test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines;

    QList<QJsonObject> ofKind(const QString &kind) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &o : lines)
            if (o.value(QStringLiteral("kind")).toString() == kind)
                found.append(o);
        return found;
    }
};

QProcess *launch(const QStringList &args, const QByteArray &password, bool viaStdin)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DMS_PASSWORD"));
    if (!viaStdin && !password.isEmpty())
        env.insert(QStringLiteral("DMS_PASSWORD"), QString::fromUtf8(password));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(DMS_CONSOLE_BIN), args);
    p->waitForStarted();
    if (viaStdin) {
        p->write(password + '\n');
        p->closeWriteChannel();
    }
    return p;
}

Run finish(QProcess *p, int timeoutMs = 60'000)
{
    Run r;
    if (!p->waitForFinished(timeoutMs)) {
        p->kill();
        p->waitForFinished();
    }
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    for (const QByteArray &line : r.out.split('\n')) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            r.lines.append(doc.object());
    }
    delete p;
    return r;
}

}  // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
    ServerFixture m_fixture;
    QString m_server;

    void assertNoSecrets(const Run &r, const QList<QByteArray> &secrets)
    {
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!r.out.contains(secret), "a secret leaked to stdout");
            QVERIFY2(!r.err.contains(secret), "a secret leaked to stderr");
        }
        QVERIFY2(!r.out.contains("eyJ") && !r.err.contains("eyJ"), "a JWT leaked to the output");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        m_server = m_fixture.baseUrl().toString();
    }

    void usage_errors_exit2_withReason_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no server") << QStringList{QStringLiteral("watch"), QStringLiteral("--user"), QStringLiteral("x")}
                                   << QStringLiteral("--server");
        QTest::newRow("bad seconds") << QStringList{QStringLiteral("watch"), QStringLiteral("--server"), QStringLiteral("http://h"),
                                                    QStringLiteral("--user"), QStringLiteral("x"),
                                                    QStringLiteral("--ping-interval"), QStringLiteral("soon")}
                                     << QStringLiteral("--ping-interval");
        QTest::newRow("password arg") << QStringList{QStringLiteral("status"), QStringLiteral("--password"), QStringLiteral("p")}
                                      << QStringLiteral("--password-stdin");
        QTest::newRow("unknown") << QStringList{QStringLiteral("status"), QStringLiteral("--frobnicate")}
                                 << QStringLiteral("--frobnicate");
        QTest::newRow("bad url") << QStringList{QStringLiteral("status"), QStringLiteral("--server"), QStringLiteral("ftp://x"),
                                                QStringLiteral("--user"), QStringLiteral("x")}
                                 << QStringLiteral("http");
    }
    void usage_errors_exit2_withReason()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = finish(launch(args, {}, false));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    }

    void badPassword_exit3()
    {
        const Run r = finish(launch({QStringLiteral("watch"), QStringLiteral("--server"), m_server,
                                     QStringLiteral("--user"), QStringLiteral("u1_head1"),
                                     QStringLiteral("--password-stdin"), QStringLiteral("--no-keychain")},
                                    "not-the-password", true));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.ofKind(QStringLiteral("error")).size(), 1);
        QCOMPARE(r.ofKind(QStringLiteral("error")).first().value(QStringLiteral("error")).toString(),
                 QStringLiteral("authentication_failed"));
        assertNoSecrets(r, {"not-the-password"});
    }

    void unreachableServer_exit1()
    {
        const Run r = finish(launch({QStringLiteral("status"), QStringLiteral("--server"),
                                     QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--user"),
                                     QStringLiteral("u1_head1"), QStringLiteral("--no-keychain")},
                                    "dms-demo", false));
        QCOMPARE(r.exitCode, 1);
    }

    void status_json_isHealthy_withRtt()
    {
        const Run r = finish(launch({QStringLiteral("status"), QStringLiteral("--server"), m_server,
                                     QStringLiteral("--user"), QStringLiteral("u1_head1"),
                                     QStringLiteral("--pings"), QStringLiteral("3"), QStringLiteral("--json"),
                                     QStringLiteral("--no-keychain")},
                                    "dms-demo", false));
        QCOMPARE(r.exitCode, 0);
        const auto status = r.ofKind(QStringLiteral("status"));
        QCOMPARE(status.size(), 1);
        const QJsonObject s = status.first();
        QCOMPARE(s.value(QStringLiteral("healthy")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("live"));
        QCOMPARE(s.value(QStringLiteral("pongs")).toInt(), 3);
        QVERIFY(s.contains(QStringLiteral("rtt_median_ms")));
        QVERIFY(s.contains(QStringLiteral("clock_offset_ms")));
        assertNoSecrets(r, {"dms-demo"});
    }

    void watch_showsLiveFramesInvalidationsAndTargetedFetches()
    {
        QProcess *p = launch({QStringLiteral("watch"), QStringLiteral("--server"), m_server,
                              QStringLiteral("--user"), QStringLiteral("u1_head1"),
                              QStringLiteral("--password-stdin"),
                              QStringLiteral("--duration"), QStringLiteral("6"),
                              QStringLiteral("--ping-interval"), QStringLiteral("1"),
                              QStringLiteral("--queries"), QStringLiteral("withdrawal-requests,crates,audit"),
                              QStringLiteral("--no-keychain")},
                             "dms-demo", true);
        // Wait until it is live, then make a change as another user.
        QByteArray seen;
        QVERIFY2(QTest::qWaitFor([&] {
            p->waitForReadyRead(100);
            seen = p->peek(1 << 20);
            return seen.contains("\"state\":\"live\"");
        }, 20'000), seen.constData());
        QNetworkAccessManager nam;
        SystemClock clock;
        ApiClient approver(&nam, &clock);
        approver.setBaseUrl(m_fixture.baseUrl());
        QCOMPARE(await(approver.login(QStringLiteral("u1_appr1"), QStringLiteral("dms-demo"))).status, 200);
        const QJsonObject pending = firstWithStatus(&approver, QStringLiteral("/api/requests/withdrawal/"),
                                                    QStringLiteral("pending"));
        QVERIFY(!pending.isEmpty());
        QCOMPARE(await(approver.post(QStringLiteral("/api/requests/withdrawal/%1/approve/")
                                         .arg(pending.value(QStringLiteral("id")).toInteger()),
                                     {{QStringLiteral("password"), QStringLiteral("dms-demo")}}))
                     .status,
                 200);

        const Run r = finish(p);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.ofKind(QStringLiteral("signed_in")).isEmpty());
        bool frame = false;
        for (const QJsonObject &o : r.ofKind(QStringLiteral("frame"))) {
            if (o.value(QStringLiteral("entity")).toString() == QLatin1String("withdrawal") &&
                o.value(QStringLiteral("id")).toInteger() == pending.value(QStringLiteral("id")).toInteger()) {
                frame = true;
                QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
                QVERIFY(o.contains(QStringLiteral("latency_ms")));
                QVERIFY(o.contains(QStringLiteral("seq")));
            }
        }
        QVERIFY2(frame, r.out.constData());
        bool eventInvalidation = false;
        for (const QJsonObject &o : r.ofKind(QStringLiteral("invalidate")))
            eventInvalidation = eventInvalidation || o.value(QStringLiteral("cause")).toString() == QLatin1String("event");
        QVERIFY(eventInvalidation);
        int withdrawalFetches = 0, rowFetches = 0, crateFetches = 0;
        const QString rowKey = QStringLiteral("withdrawal-request/%1").arg(pending.value(QStringLiteral("id")).toInteger());
        for (const QJsonObject &o : r.ofKind(QStringLiteral("fetch"))) {
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            const QString key = o.value(QStringLiteral("key")).toString();
            withdrawalFetches += key == QLatin1String("withdrawal-requests");
            rowFetches += key == rowKey;
            crateFetches += key == QLatin1String("crates");
        }
        QCOMPARE(crateFetches, 1);  // the initial load only: the event did not touch crates
        // The event is patched into the list at once and the fields its frame lacks
        // (updated_at, updated_by) come with one fetch of that row's detail route, not
        // of the list (docs/profiles.md, "Row updates").
        QCOMPARE(withdrawalFetches, 1);  // the initial load only
        QCOMPARE(rowFetches, 1);
        QVERIFY(!r.ofKind(QStringLiteral("heartbeat")).isEmpty());
        const auto summary = r.ofKind(QStringLiteral("summary"));
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.first().value(QStringLiteral("reason")).toString(), QStringLiteral("duration"));
        QCOMPARE(summary.first().value(QStringLiteral("state")).toString(), QStringLiteral("live"));
        for (const QJsonObject &o : r.lines)
            QVERIFY(o.contains(QStringLiteral("ts")));
        assertNoSecrets(r, {"dms-demo"});
    }

    void watch_sigterm_printsSummaryAndExits()
    {
        QProcess *p = launch({QStringLiteral("watch"), QStringLiteral("--server"), m_server,
                              QStringLiteral("--user"), QStringLiteral("u1_head1"),
                              QStringLiteral("--no-keychain")},
                             "dms-demo", false);
        QByteArray seen;
        QVERIFY(QTest::qWaitFor([&] {
            p->waitForReadyRead(100);
            seen += p->peek(1 << 20);
            return seen.contains("\"state\":\"live\"");
        }, 20'000));
        p->terminate();
        const Run r = finish(p, 10'000);
        QCOMPARE(r.exitCode, 0);
        const auto summary = r.ofKind(QStringLiteral("summary"));
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.first().value(QStringLiteral("reason")).toString(), QStringLiteral("SIGTERM"));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
