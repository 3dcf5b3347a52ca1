// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The Dashboard and the alerts against the reference server (issue 14, parts 1, 2, 4): the
// figures match the tables and open them filtered; a change by another user to my request
// notifies once, naming the actor; a burst of 50 notifies one summary; my own changes
// notify nothing; Offline notifies once (and Live again once); the health history written
// by one window is drawn by the next.
#include "guitest.h"
#include "progresswait.h"
#include "serverfixture.h"

#include "charts/healthhistorychart.h"
#include "data/entitytablemodel.h"
#include "data/livefilterproxymodel.h"
#include "data/pausabletablemodel.h"
#include "panels/dashboardpanel.h"
#include "panels/healthpanel.h"
#include "panels/livetablepanel.h"
#include "panels/requestspanel.h"
#include "session/alertcenter.h"
#include "session/consolesession.h"
#include "session/healthhistory.h"
#include "widgets/connectionbadge.h"
#include "widgets/toast.h"
#include "windows/mainwindow.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFile>
#include <QListWidget>
#include <QTabWidget>
#include <QToolButton>

using namespace Dms;
using Dms::Test::ServerFixture;

namespace {

const QString kWithdrawals = QStringLiteral("/api/requests/withdrawal/");

ServerFixture::Options serverOptions()
{
    ServerFixture::Options options;
    options.seedArgs = QStringLiteral("--units 2 --users-per-unit 8 --crates 60 --requests 60");
    return options;
}

}  // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    ServerFixture m_server{serverOptions()};
    Test::Engine m_engine;
    std::unique_ptr<Test::OtherUser> m_approver;   // u1_appr1 over REST
    std::unique_ptr<Test::OtherUser> m_requester;  // u1_req1 over REST

    std::unique_ptr<MainWindow> openWindow(const QString &user, const QString &password = ServerFixture::demoPassword(),
                                           int maxAttempts = 10)
    {
        auto window = std::make_unique<MainWindow>(m_engine.factory());
        ConsolePreferences prefs;
        prefs.pingIntervalMs = 1000;
        prefs.pongTimeoutMs = 1000;
        prefs.backoffBaseMs = 100;
        prefs.backoffCapMs = 300;
        prefs.maxAttempts = maxAttempts;
        prefs.offlineRetryMs = 0;
        window->setPreferences(prefs);
        QSignalSpy signedIn(window.get(), &MainWindow::signedIn);
        SignInRequest request;
        request.server = m_server.baseUrl();
        request.user = user;
        request.password = password;
        window->signIn(request);
        if (!signedIn.wait(15'000))
            return nullptr;
        window->resize(1200, 760);
        return window;
    }

    static bool loadedAndLive(MainWindow *window)
    {
        if (window->badge()->badgeText() != QLatin1String("Live"))
            return false;
        for (LiveTablePanel *panel : window->requestsPanel()->panels()) {
            if (!panel->sourceModel()->isLoaded())
                return false;
        }
        return window->cratesPanel()->sourceModel()->isLoaded();
    }

    // Nothing more can come for the withdrawals: their list has no fetch in flight, scheduled
    // or queued (row fetches included), and no alert is being gathered.
    static bool settled(MainWindow *window)
    {
        const QueryState s = window->session()->queries()->state(QStringLiteral("withdrawal-requests"));
        return !s.fetchInFlight && !s.fetchScheduled && !s.fetchQueued && s.rowFetchesPending == 0 &&
               !window->alertCenter()->isGathering();
    }

    // Waits until settled(): as long as the withdrawals' fetches take to end (the burst's 50
    // row fetches took 12.5 s at a load average of 12), failing only when none has ended for
    // 10 s.
    static bool waitSettled(MainWindow *window)
    {
        return Test::qWaitWhileProgressing(
            [window] { return settled(window); },
            [window] {
                const QueryState s =
                    window->session()->queries()->state(QStringLiteral("withdrawal-requests"));
                return -(s.rowFetchesPending + int(s.fetchInFlight) + int(s.fetchScheduled) +
                         int(s.fetchQueued));
            },
            10'000);
    }

    qint64 fileWithdrawal(const QString &reason)
    {
        const Test::RestResult created = m_requester->post(kWithdrawals, {{QStringLiteral("reason"), reason}});
        return created.status == 201 ? created.json.toObject().value(QStringLiteral("id")).toInteger() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::quietPlatformWarnings();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_approver = std::make_unique<Test::OtherUser>(&m_engine.nam, &m_engine.clock, m_server.baseUrl());
        QVERIFY(m_approver->signIn(QStringLiteral("u1_appr1"), ServerFixture::demoPassword()));
        m_requester = std::make_unique<Test::OtherUser>(&m_engine.nam, &m_engine.clock, m_server.baseUrl());
        QVERIFY(m_requester->signIn(QStringLiteral("u1_req1"), ServerFixture::demoPassword()));
    }

    void storeHead_dashboardFirst_figuresMatchTables_clickOpensTheRows()
    {
        auto window = openWindow(QStringLiteral("u1_head1"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(loadedAndLive(window.get()), 15'000);
        DashboardPanel *dashboard = window->dashboardPanel();
        QVERIFY(dashboard);
        QCOMPARE(window->tabs()->indexOf(dashboard), 0);  // first for a store head

        LiveTablePanel *withdrawals = window->requestsPanel()->panel(RequestKind::Withdrawal);
        const int pending = withdrawals->liveModel()->statusCounts().value(QStringLiteral("pending"));
        QVERIFY(pending > 0);
        QToolButton *figure = dashboard->figureButton(QStringLiteral("withdrawal/pending"));
        QVERIFY(figure);
        QTRY_COMPARE(figure->text(), QString::number(pending));
        const int active = window->cratesPanel()->liveModel()->statusCounts().value(QStringLiteral("active"));
        QTRY_COMPARE(dashboard->figureButton(QStringLiteral("withdrawal/approved"))->text(),
                     QString::number(withdrawals->liveModel()->statusCounts().value(QStringLiteral("approved"))));
        Q_UNUSED(active);

        // Live: an approval by someone else moves the figures (no refetch of the summary).
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QSignalSpy notified(window.get(), &MainWindow::alertNotified);
        const QJsonArray rows = m_approver->list(kWithdrawals, QStringLiteral("pending"));
        const qint64 id = rows.first().toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(m_approver->post(kWithdrawals + QStringLiteral("%1/approve/").arg(id),
                                  {{QStringLiteral("password"), ServerFixture::demoPassword()}})
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(figure->text(), QString::number(pending - 1), 5000);
        QCOMPARE(window->session()->queries()->fetchCount(QStringLiteral("dashboard")), 0);

        // The store head may issue it: one alert, naming the approver.
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 8000);
        const Alert alert = notified.first().first().value<Alert>();
        QCOMPARE(int(alert.kind), int(AlertKind::ActionNeeded));
        QCOMPARE(alert.actor, QStringLiteral("u1_appr1"));
        QCOMPARE(alert.id, EntityId(id));
        QCOMPARE(dashboard->alertFeed()->count(), 1);
        // The feed is in view: no toast covers the Dashboard with what it already shows.
        QVERIFY2(window->toasts()->visibleTexts().isEmpty(), qPrintable(window->toasts()->visibleTexts().join(u'|')));

        // Clicking the figure opens the table with exactly those rows.
        figure->click();
        QCOMPARE(window->tabs()->currentWidget(), window->requestsPanel());
        QCOMPARE(window->requestsPanel()->currentPanel(), withdrawals);
        QCOMPARE(withdrawals->proxy()->rowCount(), pending - 1);
        for (int r = 0; r < withdrawals->proxy()->rowCount(); ++r)
            QCOMPARE(withdrawals->proxy()->index(r, 0).data(EntityTableModel::StatusRole).toString(), QStringLiteral("pending"));
        QVERIFY(withdrawals->shownRowsButton()->isVisible());
        withdrawals->shownRowsButton()->click();
        QCOMPARE(withdrawals->proxy()->rowCount(), withdrawals->liveModel()->rowCount());

        // Clicking the alert shows its row.
        window->tabs()->setCurrentWidget(dashboard);
        QListWidget *feed = dashboard->alertFeed();
        Q_EMIT feed->itemClicked(feed->item(0));
        QCOMPARE(window->requestsPanel()->currentPanel(), withdrawals);
        QCOMPARE(withdrawals->currentId(), EntityId(id));
    }

    void admin_dashboardFirst_spansEveryUnit()
    {
        auto window = openWindow(QStringLiteral("admin"), QStringLiteral("dms-admin"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(loadedAndLive(window.get()), 15'000);
        QCOMPARE(window->tabs()->indexOf(window->dashboardPanel()), 0);
        QVERIFY(!window->dashboardPanel()->figureButton(QStringLiteral("transfers/incoming"))->isEnabled());
        const int crates = window->cratesPanel()->liveModel()->rowCount();
        QTRY_VERIFY(window->dashboardPanel()->cratesChart()->chart()->title().contains(QString::number(crates)));
    }

    void changeByOtherToMyRequest_notifiesOnceNamingTheActor_myOwnNothing()
    {
        auto window = openWindow(QStringLiteral("u1_req1"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(loadedAndLive(window.get()), 15'000);
        QVERIFY(window->tabs()->indexOf(window->dashboardPanel()) > 0);  // not first for a requester
        window->alertCenter()->setGatherMs(500);
        window->toasts()->setDurationMs(600'000);  // still shown when the test looks, however slow the machine
        QSignalSpy notified(window.get(), &MainWindow::alertNotified);

        // My own request (filed over REST as me): nothing.
        const qint64 id = fileWithdrawal(QStringLiteral("mine"));
        QVERIFY(id > 0);
        LiveTablePanel *withdrawals = window->requestsPanel()->panel(RequestKind::Withdrawal);
        QTRY_VERIFY_WITH_TIMEOUT(withdrawals->liveModel()->rowOfId(id) >= 0, 5000);
        QVERIFY(waitSettled(window.get()));
        QCOMPARE(notified.size(), 0);

        // The approver approves it: exactly one notification, naming them.
        QCOMPARE(m_approver->post(kWithdrawals + QStringLiteral("%1/approve/").arg(id),
                                  {{QStringLiteral("password"), ServerFixture::demoPassword()}})
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 8000);
        QVERIFY(waitSettled(window.get()));  // the row's follow-up fetch too
        QCOMPARE(notified.size(), 1);
        const Alert alert = notified.first().first().value<Alert>();
        QCOMPARE(int(alert.kind), int(AlertKind::MyRequest));
        QCOMPARE(alert.actor, QStringLiteral("u1_appr1"));
        QVERIFY2(alert.text.contains(QStringLiteral("u1_appr1")), qPrintable(alert.text));
        QVERIFY2(alert.title.contains(QStringLiteral("approved")), qPrintable(alert.title));
        // Another tab in front: the alert comes as a toast too.
        const QStringList toasts = window->toasts()->visibleTexts();
        QCOMPARE(toasts.size(), 1);
        QVERIFY2(toasts.first().contains(QStringLiteral("u1_appr1")), qPrintable(toasts.first()));
    }

    void burstOf50_notifiesOneSummary()
    {
        auto window = openWindow(QStringLiteral("u1_appr1"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(loadedAndLive(window.get()), 15'000);
        // A window wider than the burst takes to file (so the test does not depend on speed).
        window->alertCenter()->setGatherMs(15'000);
        QSignalSpy notified(window.get(), &MainWindow::alertNotified);
        LiveTablePanel *withdrawals = window->requestsPanel()->panel(RequestKind::Withdrawal);
        const int rows = withdrawals->liveModel()->rowCount();
        for (int i = 0; i < 50; ++i)
            QVERIFY(fileWithdrawal(QStringLiteral("burst %1").arg(i)) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(withdrawals->liveModel()->rowCount(), rows + 50, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 20'000);
        QVERIFY(waitSettled(window.get()));
        QCOMPARE(notified.size(), 1);
        const Alert summary = notified.first().first().value<Alert>();
        QCOMPARE(summary.count, 50);
        QVERIFY2(summary.title.startsWith(QStringLiteral("50 request")), qPrintable(summary.title));
        QVERIFY2(summary.text.contains(QStringLiteral("u1_req1")), qPrintable(summary.text));
        QCOMPARE(window->dashboardPanel()->alertFeed()->count(), 50);
    }

    void healthHistory_writtenByOneWindow_drawnByTheNext()
    {
        const QString origin = m_server.baseUrl().toString(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                                           QUrl::RemoveQuery | QUrl::RemoveFragment);
        QFile::remove(HealthRecorder::defaultPath(origin, QStringLiteral("u2_head1")));
        {
            QSettings().setValue(QStringLiteral("health/sampleIntervalMs"), 1000);
            auto window = openWindow(QStringLiteral("u2_head1"));
            QVERIFY(window);
            QTRY_VERIFY_WITH_TIMEOUT(window->healthRecorder()->history().samples().size() >= 3, 10'000);
            QVERIFY(window->healthPanel()->rateChart()->pointCount() >= 3);
            QSettings().remove(QStringLiteral("health/sampleIntervalMs"));
        }  // closing saves
        const QString path = HealthRecorder::defaultPath(origin, QStringLiteral("u2_head1"));
        QVERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("u2_head1") && !text.contains("127.0.0.1") && !text.contains("dms-demo"));
        HealthHistory saved;
        QVERIFY(saved.load(path, QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(saved.samples().size() >= 3);

        auto again = openWindow(QStringLiteral("u2_head1"));
        QVERIFY(again);
        QVERIFY(again->healthPanel()->rateChart()->pointCount() >= int(saved.samples().size()));
        QVERIFY(again->healthPanel()->reconnectsChart()->pointCount() >= int(saved.samples().size()));
    }

    // Last: stops the server.
    void offline_notifiesOnce_andLiveAgainOnce()
    {
        auto window = openWindow(QStringLiteral("u1_head1"), ServerFixture::demoPassword(), 2);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(loadedAndLive(window.get()), 15'000);
        QSignalSpy notified(window.get(), &MainWindow::alertNotified);
        m_server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(window->badge()->badgeText(), QStringLiteral("Offline"), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 5000);
        QCOMPARE(int(notified.first().first().value<Alert>().kind), int(AlertKind::Connection));
        // A retry that fails again (it went through Connecting back to Offline): still one.
        QSignalSpy states(window->session()->live(), &LiveSession::stateChanged);
        window->session()->live()->retry();
        QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 2 && window->badge()->badgeText() == QStringLiteral("Offline"), 20'000);
        QVERIFY(!window->alertCenter()->isGathering());
        QCOMPARE(notified.size(), 1);

        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        window->session()->live()->retry();
        QTRY_COMPARE_WITH_TIMEOUT(window->badge()->badgeText(), QStringLiteral("Live"), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, 5000);
        QCOMPARE(notified.at(1).first().value<Alert>().title, QStringLiteral("Live again"));
    }
};

DMS_GUI_TEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
