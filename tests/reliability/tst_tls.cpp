// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// TLS on loopback: the reference server under Daphne with a certificate from a throwaway
// CA made at test time. By default the console refuses it with a clear message (REST, the
// live socket and the CLI alike); given the CA it signs in and runs wss:// normally.
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "auth/apiclient.h"
#include "auth/memorysecretstore.h"
#include "auth/signinservice.h"
#include "childprocess.h"
#include "consolerig.h"
#include "core/clock.h"
#include "data/tablemodels.h"
#include "restcall.h"
#include "serverfixture.h"
#include "session/consolesession.h"
#include "sync/queryclient.h"

using namespace Dms;
using namespace Dms::Test;

class tst_Tls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_pki;
    ServerProcess m_server;

    QString pki(const char *name) const { return m_pki.filePath(QLatin1String(name)); }

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60'000) || p.exitCode() != 0) {
            qWarning().noquote() << "openssl" << args.join(QLatin1Char(' ')) << "failed:" << p.readAll();
            return false;
        }
        return true;
    }

    // A console with short heartbeats and 3 attempts; caFile: the throwaway CA is trusted.
    ConsoleRig::Options consoleOptions(bool trustCa = false) const
    {
        ConsoleRig::Options o;
        o.pingMs = 300;
        o.pongMs = 2000;
        o.backoff = {100, 2.0, 400, true};
        o.maxAttempts = 3;
        o.coalesceWindowMs = -1;
        if (trustCa)
            o.caFile = pki("ca.crt");
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LiveStatus>();
        qRegisterMetaType<ApiError::Kind>();
        QVERIFY(m_pki.isValid());
        QFile ext(pki("server.ext"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
                  "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n");
        ext.close();
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), pki("ca.key"), QStringLiteral("-out"), pki("ca.crt"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=DMS throwaway test CA"),
                         QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                         QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), pki("server.key"), QStringLiteral("-out"), pki("server.csr"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), pki("server.csr"),
                         QStringLiteral("-CA"), pki("ca.crt"), QStringLiteral("-CAkey"), pki("ca.key"),
                         QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), pki("server.crt"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), pki("server.ext")}));
        ServerProcess::Options options;
        options.tls = true;
        options.extraArgs = {QStringLiteral("--tls-cert"), pki("server.crt"), QStringLiteral("--tls-key"), pki("server.key")};
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        QCOMPARE(m_server.baseUrl().scheme(), QStringLiteral("https"));
    }

    void cleanupTestCase() { m_server.stop(); }

    void untrustedCertificate_refusedByDefault_withClearMessage()
    {
        ConsoleRig c(m_server.baseUrl(), consoleOptions());
        QSignalSpy failed(c.session->signIn(), &SignInService::signInFailed);
        QSignalSpy ok(c.session->signIn(), &SignInService::signedIn);
        c.session->signIn()->signIn(m_server.baseUrl(), QStringLiteral("u1_head1"), ServerFixture::demoPassword(), false, false);
        QVERIFY(failed.wait(20'000));
        QCOMPARE(ok.count(), 0);
        QCOMPARE(failed.first().at(0).value<ApiError::Kind>(), ApiError::Kind::Tls);
        const QString message = failed.first().at(2).toString();
        qInfo("refused: %s", qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not trusted")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("--ca-file")), qPrintable(message));
        QVERIFY(!c.session->api()->isSignedIn());
    }

    void liveSocket_refusesUntrustedCertificate_evenWithValidTokens()
    {
        // Tokens obtained over a trusted connection, then handed to a session that trusts
        // only the system CAs: its wss:// handshake must fail, not go Live.
        ConsoleRig trusted(m_server.baseUrl(), consoleOptions(true));
        QVERIFY2(trusted.setupError.isEmpty(), qPrintable(trusted.setupError));
        QCOMPARE(await(trusted.session->api()->login(QStringLiteral("u1_head1"), ServerFixture::demoPassword())).status, 200);
        ConsoleRig untrusted(m_server.baseUrl(), consoleOptions());
        ApiClient *api = untrusted.session->api();
        api->setTokens(trusted.session->api()->accessToken(), trusted.session->api()->refreshToken());
        QCOMPARE(await(api->fetchMe()).status, 0);  // REST refuses the certificate too
        untrusted.session->live()->start();
        QVERIFY(QTest::qWaitFor([&] { return untrusted.session->live()->state() == LiveState::Offline; }, 20'000));
        const QString reason = untrusted.session->live()->status().reason;
        qInfo("live socket: %s", qPrintable(reason));
        // The same words as REST: what is wrong and what to do about it.
        QVERIFY2(reason.contains(QStringLiteral("not trusted")) && reason.contains(QStringLiteral("--ca-file")),
                 qPrintable(reason));
        QVERIFY(untrusted.session->live()->metrics().liveSinceMs == 0);
    }

    void withCa_signsIn_andRunsWssNormally()
    {
        ConsoleRig c(m_server.baseUrl(), consoleOptions(true));
        QVERIFY2(c.setupError.isEmpty(), qPrintable(c.setupError));
        QVERIFY(c.signIn(QStringLiteral("u1_head1")));
        std::unique_ptr<EntityTableModel> withdrawals(createRequestsModel(c.session->queries(), RequestKind::Withdrawal));
        QSignalSpy rtt(c.session->live(), &LiveSession::heartbeatMeasured);
        c.session->live()->start();
        QVERIFY(QTest::qWaitFor([&] { return c.session->live()->state() == LiveState::Live && withdrawals->isLoaded(); }, 20'000));
        const QUrl ws = c.profile.socketUrl(m_server.baseUrl(), c.profile.sockets().first(), 1, 1);
        QCOMPARE(ws.scheme(), QStringLiteral("wss"));
        QVERIFY(rtt.wait(5000));
        qInfo("wss: heartbeat RTT %d ms", rtt.first().first().toInt());

        // A change by another user arrives over wss:// and lands in the table.
        QNetworkAccessManager nam;
        SystemClock clock;
        ApiClient approver(&nam, &clock);
        approver.setBaseUrl(m_server.baseUrl());
        QString error;
        QVERIFY(approver.addCaCertificatesFromFile(pki("ca.crt"), &error));
        QCOMPARE(await(approver.login(QStringLiteral("u1_appr1"), ServerFixture::demoPassword())).status, 200);
        const QJsonObject pending = firstWithStatus(&approver, QStringLiteral("/api/requests/withdrawal/"), QStringLiteral("pending"));
        QVERIFY(!pending.isEmpty());
        const qint64 id = pending.value(QStringLiteral("id")).toInteger();
        QSignalSpy applied(c.session.get(), &ConsoleSession::eventApplied);
        QCOMPARE(await(approver.post(QStringLiteral("/api/requests/withdrawal/%1/approve/").arg(id),
                                     {{QStringLiteral("password"), ServerFixture::demoPassword()}}))
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(withdrawals->index(withdrawals->rowOfId(id), 0).data(EntityTableModel::StatusRole).toString(),
                                  QStringLiteral("approved"), 10'000);
    }

    void cli_refusesByDefault_andAcceptsCaFile()
    {
        auto run = [&](const QStringList &extra, QByteArray *err) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DMS_PASSWORD"), ServerFixture::demoPassword());
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(DMS_CONSOLE_BIN),
                    QStringList{QStringLiteral("status"), QStringLiteral("--server"), m_server.baseUrl().toString(),
                                QStringLiteral("--user"), QStringLiteral("u1_head1"), QStringLiteral("--no-keychain"),
                                QStringLiteral("--pings"), QStringLiteral("1")} + extra);
            if (!p.waitForFinished(60'000)) {
                p.kill();
                p.waitForFinished();
            }
            *err = p.readAllStandardError() + p.readAllStandardOutput();
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QByteArray out;
        const int refused = run({}, &out);
        qInfo("CLI without --ca-file: exit %d", refused);
        QVERIFY2(refused != 0, out.constData());
        QVERIFY2(out.contains("not trusted") && out.contains("--ca-file"), out.constData());
        const int accepted = run({QStringLiteral("--ca-file"), pki("ca.crt")}, &out);
        QVERIFY2(accepted == 0, out.right(6000).constData());
    }

    void simulate_overWss_withCaFile()
    {
        // Every part of a simulation trusts --ca-file: the virtual users' sessions and
        // sockets, the actors' POSTs and the admin's final comparison.
        QProcess p;
        p.start(QStringLiteral(DMS_CONSOLE_BIN),
                {QStringLiteral("simulate"), QStringLiteral("approve-fanout"), QStringLiteral("--server"),
                 m_server.baseUrl().toString(), QStringLiteral("--users"), QStringLiteral("6"), QStringLiteral("--units"),
                 QStringLiteral("2"), QStringLiteral("--rate"), QStringLiteral("2"), QStringLiteral("--duration"),
                 QStringLiteral("3"), QStringLiteral("--ca-file"), pki("ca.crt"), QStringLiteral("--quiet")});
        QVERIFY(p.waitForFinished(180'000));
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, out.right(6000).constData());
        QVERIFY2(out.contains("compared as admin"), out.constData());
    }
};

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
