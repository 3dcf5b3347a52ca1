// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "auth/apiclient.h"
#include "auth/memorysecretstore.h"
#include "auth/signinservice.h"
#include "core/clock.h"
#include "fakedms.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

#include <memory>

using namespace Dms;
using Dms::Test::FakeDms;
using Dms::Test::fakeJwt;

class TestSignInService : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        FakeDms dms;
        QNetworkAccessManager nam;
        ManualClock clock;
        ApiClient api{&nam, &clock};
        MemorySecretStore secrets;
        SignInService service{&api, &secrets};
        QSignalSpy signedIn{&service, &SignInService::signedIn};
        QSignalSpy failed{&service, &SignInService::signInFailed};
        QSignalSpy keychainUnavailable{&service, &SignInService::keychainUnavailable};

        QString refreshKey() const
        {
            return SecretStore::refreshKey(dms.baseUrl(), QStringLiteral("alice"));
        }
        QString passwordKey() const
        {
            return SecretStore::passwordKey(dms.baseUrl(), QStringLiteral("alice"));
        }
        // Waits until the service answered (signedIn or signInFailed).
        bool waitForOutcome()
        {
            const int before = signedIn.count() + failed.count();
            return QTest::qWaitFor([&] { return signedIn.count() + failed.count() > before; },
                                   10000);
        }
        // Lets every queued secret-store operation run: the store answers in order, so
        // once a probe read has answered, everything asked before it has been done.
        void settle()
        {
            QSignalSpy read(&secrets, &SecretStore::secretRead);
            secrets.readSecret(QStringLiteral("probe"));
            QVERIFY(QTest::qWaitFor([&] {
                return std::any_of(read.cbegin(), read.cend(), [](const QList<QVariant> &args) {
                    return args.at(0).toString() == QStringLiteral("probe");
                });
            }));
        }
    };

    static std::unique_ptr<Fixture> fixture()
    {
        auto f = std::make_unique<Fixture>();
        if (!f->dms.listen())
            return nullptr;
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Dms::UserInfo>();
        qRegisterMetaType<Dms::ApiError::Kind>();
    }

    void signIn_passwordRememberRefresh_storesRefreshOnly()
    {
        auto f = fixture();
        QVERIFY(f);
        QSignalSpy written(&f->secrets, &SecretStore::secretWritten);
        f->service.signIn(f->dms.baseUrl(), QStringLiteral("alice"), f->dms.password, true, false);
        QVERIFY(f->waitForOutcome());

        QCOMPARE(f->signedIn.count(), 1);
        QCOMPARE(f->signedIn.at(0).at(0).value<UserInfo>().username, QStringLiteral("alice"));
        QTRY_COMPARE(f->secrets.value(f->refreshKey()), f->api.refreshToken());
        QVERIFY(!f->secrets.contains(f->passwordKey()));
        QVERIFY(!f->service.isBusy());
        QCOMPARE(f->keychainUnavailable.count(), 0);
    }

    void signIn_passwordRememberPassword_storesPassword()
    {
        auto f = fixture();
        QVERIFY(f);
        f->service.signIn(f->dms.baseUrl(), QStringLiteral("alice"), f->dms.password, true, true);
        QVERIFY(f->waitForOutcome());
        QCOMPARE(f->signedIn.count(), 1);
        QTRY_COMPARE(f->secrets.value(f->passwordKey()), f->dms.password);
        QTRY_VERIFY(f->secrets.contains(f->refreshKey()));
    }

    void signIn_passwordNotRemembered_forgetsOldPasswordAndRefresh()
    {
        auto f = fixture();
        QVERIFY(f);
        f->secrets.writeSecret(f->passwordKey(), QStringLiteral("old"));
        f->secrets.writeSecret(f->refreshKey(), QStringLiteral("old-refresh"));
        QTRY_VERIFY(f->secrets.contains(f->refreshKey()));
        f->service.signIn(f->dms.baseUrl(), QStringLiteral("alice"), f->dms.password, false, false);
        QVERIFY(f->waitForOutcome());
        QCOMPARE(f->signedIn.count(), 1);
        QTRY_VERIFY(!f->secrets.contains(f->passwordKey()));
        QTRY_VERIFY(!f->secrets.contains(f->refreshKey()));
    }

    void signIn_wrongPassword_failsWithMessage()
    {
        auto f = fixture();
        QVERIFY(f);
        f->service.signIn(f->dms.baseUrl(), QStringLiteral("alice"), QStringLiteral("nope"), true,
                          true);
        QVERIFY(f->waitForOutcome());
        QCOMPARE(f->failed.count(), 1);
        QCOMPARE(f->failed.at(0).at(0).value<ApiError::Kind>(), ApiError::Kind::Http);
        QCOMPARE(f->failed.at(0).at(1).toInt(), 401);
        QCOMPARE(f->failed.at(0).at(2).toString(), QStringLiteral("Wrong user name or password"));
        f->settle();
        QVERIFY(f->secrets.keys().isEmpty());  // nothing remembered from a failed attempt
    }

    void signIn_noPasswordRememberedRefresh_usesRefreshAndFetchesMe()
    {
        auto f = fixture();
        QVERIFY(f);
        f->dms.refresh = fakeJwt(f->dms.nowS + 86400, "refresh", 500);
        f->secrets.writeSecret(f->refreshKey(), f->dms.refresh);
        QTRY_VERIFY(f->secrets.contains(f->refreshKey()));

        f->service.signIn(f->dms.baseUrl(), QStringLiteral("alice"), QString(), true, false);
        QVERIFY(f->waitForOutcome());

        QCOMPARE(f->signedIn.count(), 1);
        QCOMPARE(f->api.user().username, QStringLiteral("alice"));
        QCOMPARE(f->dms.server.count(QStringLiteral("/api/auth/login/")), 0);
        QCOMPARE(f->dms.server.count(QStringLiteral("/api/auth/token/refresh/")), 1);
        QCOMPARE(f->dms.server.count(QStringLiteral("/api/auth/me/")), 1);
        QCOMPARE(f->secrets.value(f->refreshKey()), f->dms.refresh);
    }

    void signIn_noPasswordNothingRemembered_failsClearly()
    {
        auto f = fixture();
        QVERIFY(f);
        f->service.signIn(f->dms.baseUrl(), QStringLiteral("alice"), QString(), true, false);
        QVERIFY(f->waitForOutcome());
        QCOMPARE(f->failed.count(), 1);
        QCOMPARE(f->failed.at(0).at(0).value<ApiError::Kind>(), ApiError::Kind::NotSignedIn);
        const QString message = f->failed.at(0).at(2).toString();
        QVERIFY2(message.contains(QStringLiteral("No password given and none remembered")),
                 qPrintable(message));
        QCOMPARE(f->dms.server.totalCount(), 0);
    }

    void signIn_noPasswordDeadRefreshRememberedPassword_logsInWithPassword()
    {
        auto f = fixture();
        QVERIFY(f);
        f->secrets.writeSecret(f->refreshKey(), QStringLiteral("dead-refresh"));
        f->secrets.writeSecret(f->passwordKey(), f->dms.password);
        QTRY_VERIFY(f->secrets.contains(f->passwordKey()));

        f->service.signIn(f->dms.baseUrl(), QStringLiteral("alice"), QString(), true, false);
        QVERIFY(f->waitForOutcome());

        QCOMPARE(f->signedIn.count(), 1);
        QCOMPARE(f->dms.server.count(QStringLiteral("/api/auth/token/refresh/")), 1);
        QCOMPARE(f->dms.server.count(QStringLiteral("/api/auth/login/")), 1);
        QTRY_COMPARE(f->secrets.value(f->refreshKey()), f->dms.refresh);  // the new one
        QCOMPARE(f->secrets.value(f->passwordKey()), f->dms.password);    // kept
    }

    void signIn_rememberedPasswordRefused_failsAndForgetsIt()
    {
        auto f = fixture();
        QVERIFY(f);
        f->secrets.writeSecret(f->passwordKey(), QStringLiteral("changed-since"));
        QTRY_VERIFY(f->secrets.contains(f->passwordKey()));
        f->service.signIn(f->dms.baseUrl(), QStringLiteral("alice"), QString(), true, true);
        QVERIFY(f->waitForOutcome());
        QCOMPARE(f->failed.count(), 1);
        QCOMPARE(f->failed.at(0).at(1).toInt(), 401);
        QVERIFY(f->failed.at(0).at(2).toString().contains(QStringLiteral("remembered password")));
        QTRY_VERIFY(!f->secrets.contains(f->passwordKey()));
    }

    void signOut_afterRememberedSignIn_deletesRefreshKeepsPassword()
    {
        auto f = fixture();
        QVERIFY(f);
        f->service.signIn(f->dms.baseUrl(), QStringLiteral("alice"), f->dms.password, true, true);
        QVERIFY(f->waitForOutcome());
        QTRY_VERIFY(f->secrets.contains(f->refreshKey()));
        QTRY_VERIFY(f->secrets.contains(f->passwordKey()));
        QSignalSpy signedOut(&f->api, &ApiClient::signedOut);

        f->service.signOut();

        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!f->api.isSignedIn());
        QTRY_VERIFY(!f->secrets.contains(f->refreshKey()));
        QVERIFY(f->secrets.contains(f->passwordKey()));
    }

    void signOut_forgetPassword_deletesBoth()
    {
        auto f = fixture();
        QVERIFY(f);
        f->service.signIn(f->dms.baseUrl(), QStringLiteral("alice"), f->dms.password, true, true);
        QVERIFY(f->waitForOutcome());
        QTRY_VERIFY(f->secrets.contains(f->passwordKey()));
        f->service.signOut(true);
        QTRY_VERIFY(f->secrets.keys().isEmpty());
    }

    void tokensChanged_refreshRotated_updatesStoredRefresh()
    {
        auto f = fixture();
        QVERIFY(f);
        f->dms.rotateRefresh = true;
        f->service.signIn(f->dms.baseUrl(), QStringLiteral("alice"), f->dms.password, true, false);
        QVERIFY(f->waitForOutcome());
        QTRY_COMPARE(f->secrets.value(f->refreshKey()), f->dms.refresh);
        const QString first = f->dms.refresh;

        QVERIFY(f->api.refreshAccessToken());
        QTRY_VERIFY(f->dms.refresh != first);
        QTRY_COMPARE(f->secrets.value(f->refreshKey()), f->dms.refresh);
    }

    void refreshRefused_afterSignIn_forgetsRememberedRefresh()
    {
        auto f = fixture();
        QVERIFY(f);
        f->service.signIn(f->dms.baseUrl(), QStringLiteral("alice"), f->dms.password, true, false);
        QVERIFY(f->waitForOutcome());
        QTRY_VERIFY(f->secrets.contains(f->refreshKey()));
        f->dms.revokeRefresh();
        QSignalSpy signedOut(&f->api, &ApiClient::signedOut);
        f->api.refreshAccessToken();
        QVERIFY(signedOut.wait());
        QTRY_VERIFY(!f->secrets.contains(f->refreshKey()));
    }

    void signIn_keychainUnavailable_reportsOnceAndSignsIn()
    {
        auto f = fixture();
        QVERIFY(f);
        f->secrets.setUnavailable(QStringLiteral("no D-Bus session"));
        f->service.signIn(f->dms.baseUrl(), QStringLiteral("alice"), f->dms.password, true, true);
        QVERIFY(f->waitForOutcome());
        QCOMPARE(f->signedIn.count(), 1);
        QCOMPARE(f->keychainUnavailable.count(), 1);
        QVERIFY(f->keychainUnavailable.at(0).at(0).toString().contains(QStringLiteral("D-Bus")));

        f->service.signIn(f->dms.baseUrl(), QStringLiteral("alice"), f->dms.password, true, true);
        QVERIFY(f->waitForOutcome());
        QCOMPARE(f->keychainUnavailable.count(), 1);  // said once
        QVERIFY(f->secrets.keys().isEmpty());
    }

    void signIn_keychainUnavailableNoPassword_failsWithReason()
    {
        auto f = fixture();
        QVERIFY(f);
        f->secrets.setUnavailable(QStringLiteral("no D-Bus session"));
        f->service.signIn(f->dms.baseUrl(), QStringLiteral("alice"), QString(), true, false);
        QVERIFY(f->waitForOutcome());
        QCOMPARE(f->failed.count(), 1);
        const QString message = f->failed.at(0).at(2).toString();
        QVERIFY2(message.contains(QStringLiteral("No password given and none remembered")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("D-Bus")));
    }

    void signIn_badServerUrl_fails()
    {
        auto f = fixture();
        QVERIFY(f);
        f->service.signIn(QUrl(QStringLiteral("ftp://x")), QStringLiteral("alice"),
                          QStringLiteral("pw"), false, false);
        QCOMPARE(f->failed.count(), 0);  // answered asynchronously
        QVERIFY(f->waitForOutcome());
        QCOMPARE(f->failed.count(), 1);
    }

    void signIn_serverDown_failsWithNetwork()
    {
        auto f = fixture();
        QVERIFY(f);
        // A bound socket that does not listen: the port stays ours and refuses connections.
        QTcpSocket closedPort;
        QVERIFY(closedPort.bind(QHostAddress::LocalHost, 0));
        const quint16 port = closedPort.localPort();
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(port);
        f->service.signIn(url, QStringLiteral("alice"), QStringLiteral("pw"), false, false);
        QVERIFY(f->waitForOutcome());
        QCOMPARE(f->failed.count(), 1);
        QCOMPARE(f->failed.at(0).at(0).value<ApiError::Kind>(), ApiError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestSignInService)
#include "tst_signinservice.moc"
