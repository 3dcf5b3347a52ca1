// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The status-bar badge follows the live channel: Live; Syncing (with the attempt and the
// countdown) while the server is gone; Live again when it returns, and changes flow again;
// Offline with Retry once the attempts are used up, and Retry brings it back.
#include "guitest.h"
#include "serverfixture.h"

#include "data/entitytablemodel.h"
#include "data/pausabletablemodel.h"
#include "dialogs/preferencesdialog.h"
#include "panels/healthpanel.h"
#include "panels/livetablepanel.h"
#include "panels/requestspanel.h"
#include "widgets/connectionbadge.h"
#include "windows/mainwindow.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>

using namespace Dms;
using Dms::Test::ServerFixture;

class TestLiveConnection : public QObject
{
    Q_OBJECT

private:
    ServerFixture m_server;
    Test::Engine m_engine;

    std::unique_ptr<MainWindow> openWindow(int maxAttempts)
    {
        auto window = std::make_unique<MainWindow>(m_engine.factory());
        // Fast timings so the test takes seconds (the preferences a user could set too).
        ConsolePreferences prefs;
        prefs.pingIntervalMs = 1000;
        prefs.pongTimeoutMs = 1000;
        prefs.backoffBaseMs = 200;
        prefs.backoffCapMs = 800;
        prefs.maxAttempts = maxAttempts;
        window->setPreferences(prefs);
        QSignalSpy signedIn(window.get(), &MainWindow::signedIn);
        SignInRequest request;
        request.server = m_server.baseUrl();
        request.user = QStringLiteral("u1_head1");
        request.password = ServerFixture::demoPassword();
        window->signIn(request);
        if (!signedIn.wait(15'000))
            return nullptr;
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::quietPlatformWarnings();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void serverStops_badgeSyncing_serverBack_badgeLiveAndChangesFlow()
    {
        auto window = openWindow(0);  // never give up
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(window->badge()->badgeText(), QStringLiteral("Live"), 15'000);
        LiveTablePanel *withdrawals = window->requestsPanel()->panel(RequestKind::Withdrawal);
        QTRY_VERIFY_WITH_TIMEOUT(withdrawals->sourceModel()->isLoaded(), 10'000);

        m_server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(window->badge()->badgeText(), QStringLiteral("Syncing"), 10'000);
        QVERIFY(!window->retryButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window->statusDetail()->text().contains(QStringLiteral("next in")), 10'000);
        QVERIFY2(window->statusDetail()->text().startsWith(QStringLiteral("attempt ")),
                 qPrintable(window->statusDetail()->text()));
        // The tables keep what they showed.
        QVERIFY(withdrawals->liveModel()->rowCount() > 0);

        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(window->badge()->badgeText(), QStringLiteral("Live"), 20'000);
        QVERIFY(window->statusDetail()->text().startsWith(QStringLiteral("live since")));

        // Live for real: a change by someone else reaches the table again.
        Test::OtherUser approver(&m_engine.nam, &m_engine.clock, m_server.baseUrl());
        QVERIFY(approver.signIn(QStringLiteral("u1_appr1"), ServerFixture::demoPassword()));
        const QJsonArray pending = approver.list(QStringLiteral("/api/requests/withdrawal/"), QStringLiteral("pending"));
        QVERIFY(!pending.isEmpty());
        const qint64 id = pending.first().toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(approver.post(QStringLiteral("/api/requests/withdrawal/%1/approve/").arg(id),
                               {{QStringLiteral("password"), ServerFixture::demoPassword()}})
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(withdrawals->liveModel()
                                      ->index(withdrawals->liveModel()->rowOfId(id), 0)
                                      .data(EntityTableModel::StatusRole)
                                      .toString(),
                                  QStringLiteral("approved"), 5000);

        // The reconnect timeline on the health tab tells what happened.
        QTRY_VERIFY(window->healthPanel()->timeline()->topLevelItemCount() > 0);
        QVERIFY(!window->healthPanel()->timeline()->topLevelItem(0)->text(1).isEmpty());  // an attempt
        const QString reason = window->healthPanel()->timeline()->topLevelItem(0)->text(3);
        QVERIFY2(!reason.isEmpty(), "a reconnect without a reason");
    }

    void preferences_applyToTheLiveSessionAndPersist()
    {
        auto window = openWindow(10);
        QVERIFY(window);
        window->showPreferences();
        auto *dialog = window->findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto spin = [dialog](const QString &name) {
            for (QDoubleSpinBox *box : dialog->findChildren<QDoubleSpinBox *>()) {
                if (box->accessibleName() == name)
                    return box;
            }
            return static_cast<QDoubleSpinBox *>(nullptr);
        };
        QVERIFY(spin(QStringLiteral("Heartbeat interval")));
        spin(QStringLiteral("Heartbeat interval"))->setValue(7.5);
        spin(QStringLiteral("Longest reconnect delay"))->setValue(12);
        dialog->findChild<QSpinBox *>()->setValue(0);
        dialog->accept();
        const LiveSession::Settings live = window->session()->live()->settings();
        QCOMPARE(live.pingIntervalMs, 7500);
        QCOMPARE(live.backoff.capMs, 12'000);
        QCOMPARE(live.maxAttempts, 0);
        QCOMPARE(ConsolePreferences::load(QSettings()).pingIntervalMs, 7500);
        // The next session starts with them too.
        auto next = std::make_unique<MainWindow>(m_engine.factory());
        QCOMPARE(next->preferences().pingIntervalMs, 7500);
    }

    void attemptsUsedUp_offlineWithRetry_retryBringsItBack()
    {
        auto window = openWindow(2);
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(window->badge()->badgeText(), QStringLiteral("Live"), 15'000);

        m_server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(window->badge()->badgeText(), QStringLiteral("Offline"), 15'000);
        QVERIFY(window->retryButton()->isVisibleTo(window.get()));
        QCOMPARE(window->retryButton()->text(), QStringLiteral("Retry"));
        QVERIFY2(window->statusDetail()->text().startsWith(QStringLiteral("offline: ")),
                 qPrintable(window->statusDetail()->text()));
        QCOMPARE(window->healthPanel()->stateLabel()->text(), QStringLiteral("Offline"));

        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        window->retryButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(window->badge()->badgeText(), QStringLiteral("Live"), 15'000);
        QVERIFY(!window->retryButton()->isVisibleTo(window.get()));
    }
};

DMS_GUI_TEST_MAIN(TestLiveConnection)
#include "tst_liveconnection.moc"
