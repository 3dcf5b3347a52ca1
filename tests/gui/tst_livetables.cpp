// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// Live tables against the reference server: a change made over REST by another user
// updates the right row's status chip and flashes it while the user's selection and
// scroll position stay; pause holds changes back and counts them; actions with a wrong
// password show the error and change nothing; a successful action shows the server's
// truth; a conflicting one (409) says so; a send-back notifies its requester.
#include "guitest.h"
#include "serverfixture.h"

#include "actions/requestactions.h"
#include "data/entitytablemodel.h"
#include "data/livefilterproxymodel.h"
#include "data/pausabletablemodel.h"
#include "delegates/liverowdelegate.h"
#include "dialogs/actiondialog.h"
#include "panels/livetablepanel.h"
#include "sync/queryclient.h"
#include "panels/requestspanel.h"
#include "panels/rowactions.h"
#include "widgets/connectionbadge.h"
#include "widgets/filterheader.h"
#include "widgets/messagebar.h"
#include "widgets/toast.h"
#include "windows/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>

using namespace Dms;
using Dms::Test::ServerFixture;

namespace {

const QString kWithdrawals = QStringLiteral("/api/requests/withdrawal/");

ServerFixture::Options serverOptions()
{
    ServerFixture::Options options;
    options.seedArgs = QStringLiteral("--units 2 --users-per-unit 8 --crates 80 --requests 120");
    return options;
}

QString statusOf(const LiveTablePanel *panel, qint64 id)
{
    const int row = panel->liveModel()->rowOfId(id);
    return row < 0 ? QString() : panel->liveModel()->index(row, 0).data(EntityTableModel::StatusRole).toString();
}

int statusColumn(const LiveTablePanel *panel)
{
    const QList<ColumnSpec> &columns = panel->sourceModel()->columns();
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).format == ColumnSpec::Format::Status)
            return c;
    }
    return -1;
}

}  // namespace

class TestLiveTables : public QObject
{
    Q_OBJECT

private:
    ServerFixture m_server{serverOptions()};
    Test::Engine m_engine;
    std::unique_ptr<Test::OtherUser> m_approver;  // u1_appr1 acting over REST

    std::unique_ptr<MainWindow> openWindow(const QString &user)
    {
        auto window = std::make_unique<MainWindow>(m_engine.factory());
        QSignalSpy signedIn(window.get(), &MainWindow::signedIn);
        SignInRequest request;
        request.server = m_server.baseUrl();
        request.user = user;
        request.password = ServerFixture::demoPassword();
        window->signIn(request);
        if (!signedIn.wait(15'000))
            return nullptr;
        window->resize(1100, 520);
        window->tabs()->setCurrentWidget(window->requestsPanel());  // a store head's first tab is the Dashboard
        window->requestsPanel()->tabs()->setCurrentIndex(0);
        return window;
    }

    static bool loadedAndLive(MainWindow *window)
    {
        return window->badge()->badgeText() == QLatin1String("Live")
            && window->requestsPanel()->panel(RequestKind::Withdrawal)->sourceModel()->isLoaded();
    }

    // Pending withdrawals of unit 1, by id.
    QList<qint64> pendingIds()
    {
        QList<qint64> ids;
        for (const QJsonValue &row : m_approver->list(kWithdrawals, QStringLiteral("pending")))
            ids << row.toObject().value(QStringLiteral("id")).toInteger();
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    Test::RestResult approve(qint64 id, const QString &password = ServerFixture::demoPassword())
    {
        return m_approver->post(kWithdrawals + QStringLiteral("%1/approve/").arg(id),
                                {{QStringLiteral("password"), password}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::quietPlatformWarnings();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_approver = std::make_unique<Test::OtherUser>(&m_engine.nam, &m_engine.clock, m_server.baseUrl());
        QVERIFY(m_approver->signIn(QStringLiteral("u1_appr1"), ServerFixture::demoPassword()));
    }

    void remoteChange_updatesChipAndFlashes_selectionAndScrollStay()
    {
        auto window = openWindow(QStringLiteral("u1_head1"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(loadedAndLive(window.get()), 15'000);
        LiveTablePanel *panel = window->requestsPanel()->panel(RequestKind::Withdrawal);
        QTableView *view = panel->view();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        const QList<qint64> pending = pendingIds();
        QVERIFY2(pending.size() >= 3, "the seed has too few pending withdrawals");
        const qint64 target = pending.at(pending.size() / 2);
        QCOMPARE(statusOf(panel, target), QStringLiteral("pending"));

        // The user looks at another row, scrolled down the table.
        const qint64 chosen = panel->liveModel()->idAt(panel->liveModel()->rowCount() - 2).toNumber();
        QVERIFY(chosen != target);
        QVERIFY(panel->selectId(chosen));
        QScrollBar *bar = view->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        const int scroll = bar->maximum() / 2;
        bar->setValue(scroll);
        QCOMPARE(bar->value(), scroll);

        QCOMPARE(approve(target).status, 200);

        // The chip changes, the row flashes (someone else changed it).
        const QModelIndex statusCell = panel->proxyIndexOfId(target).siblingAtColumn(statusColumn(panel));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(panel, target), QStringLiteral("approved"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isFlashing(target), 1200);
        QCOMPARE(panel->proxyIndexOfId(target).siblingAtColumn(statusColumn(panel)).data().toString(),
                 QStringLiteral("Approved"));
        Q_UNUSED(statusCell);
        // Its tooltip says who changed what (after the confirming refetch).
        QTRY_VERIFY_WITH_TIMEOUT(panel->proxyIndexOfId(target).data(Qt::ToolTipRole).toString().contains(
                                     QStringLiteral("u1_appr1")),
                                 5000);
        const QString tip = panel->proxyIndexOfId(target).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Pending → Approved")), qPrintable(tip));

        // Selection and scroll stayed.
        QCOMPARE(panel->currentId(), chosen);
        QCOMPARE(bar->value(), scroll);
        // Other rows did not flash, and the flash fades.
        QVERIFY(!panel->isFlashing(chosen));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isFlashing(target), 3000);
        // Counts per status follow.
        QTRY_COMPARE(panel->liveModel()->statusCounts().value(QStringLiteral("pending")), int(pending.size()) - 1);
    }

    void newRowsAbove_slideIn_viewKeepsItsPlace()
    {
        auto window = openWindow(QStringLiteral("u1_head1"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(loadedAndLive(window.get()), 15'000);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        LiveTablePanel *panel = window->requestsPanel()->panel(RequestKind::Withdrawal);
        QTableView *view = panel->view();
        view->sortByColumn(0, Qt::DescendingOrder);  // newest first: new rows arrive above
        QScrollBar *bar = view->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum() / 2);
        const qint64 topId = view->indexAt(QPoint(1, 1)).data(EntityTableModel::IdRole).toLongLong();
        const int topY = view->visualRect(view->indexAt(QPoint(1, 1))).top();
        const int rows = panel->proxy()->rowCount();

        Test::OtherUser requester(&m_engine.nam, &m_engine.clock, m_server.baseUrl());
        QVERIFY(requester.signIn(QStringLiteral("u1_req1"), ServerFixture::demoPassword()));
        QCOMPARE(requester.post(kWithdrawals, {{QStringLiteral("reason"), QStringLiteral("new one")}}).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(panel->proxy()->rowCount(), rows + 1, 5000);
        QTRY_COMPARE(view->indexAt(QPoint(1, 1)).data(EntityTableModel::IdRole).toLongLong(), topId);
        QCOMPARE(view->visualRect(view->indexAt(QPoint(1, 1))).top(), topY);
        // At the very top, the new row shows itself instead.
        bar->setValue(0);
        QCOMPARE(requester.post(kWithdrawals, {{QStringLiteral("reason"), QStringLiteral("another")}}).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(panel->proxy()->rowCount(), rows + 2, 5000);
        QCOMPARE(bar->value(), 0);
        QVERIFY(panel->isFlashing(view->indexAt(QPoint(1, 1)).data(EntityTableModel::IdRole).toLongLong()));
    }

    void searchColumnFilterAndStatusChips_narrowTheTable()
    {
        auto window = openWindow(QStringLiteral("u1_head1"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(loadedAndLive(window.get()), 15'000);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        LiveTablePanel *panel = window->requestsPanel()->panel(RequestKind::Withdrawal);
        const int all = panel->proxy()->rowCount();
        QVERIFY(all > 10);

        // The search box (Ctrl+F focuses it).
        panel->view()->setFocus();
        QTest::keyClick(panel->view(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(panel->searchEdit()->hasFocus());
        QTest::keyClicks(panel->searchEdit(), QStringLiteral("WR-00001"));
        int matching = 0;
        for (int r = 0; r < panel->liveModel()->rowCount(); ++r)
            matching += panel->liveModel()->index(r, 0).data().toString().contains(QLatin1String("WR-00001")) ? 1 : 0;
        QVERIFY(matching > 0 && matching < all);
        QCOMPARE(panel->proxy()->rowCount(), matching);
        panel->searchEdit()->clear();
        QCOMPARE(panel->proxy()->rowCount(), all);

        // A filter box under a column title.
        auto *filters = panel->findChildren<QToolButton *>().value(0);
        for (QToolButton *button : panel->findChildren<QToolButton *>()) {
            if (button->accessibleName() == QLatin1String("Column filters"))
                filters = button;
        }
        const int headerHeight = panel->filterHeader()->height();
        filters->click();
        QTRY_VERIFY(panel->filterHeader()->height() > headerHeight);
        QLineEdit *requester = panel->filterHeader()->filterEditor(2);
        QVERIFY(requester && requester->isVisible());
        QTest::keyClicks(requester, QStringLiteral("=u1_req1"));
        QVERIFY(panel->proxy()->rowCount() > 0 && panel->proxy()->rowCount() < all);
        for (int r = 0; r < panel->proxy()->rowCount(); ++r)
            QCOMPARE(panel->proxy()->index(r, 2).data().toString(), QStringLiteral("u1_req1"));
        filters->click();  // hiding the boxes clears them
        QCOMPARE(panel->proxy()->rowCount(), all);

        // A status chip shows only that status; its count is the number of rows.
        QToolButton *pendingChip = nullptr;
        for (QToolButton *button : panel->findChildren<QToolButton *>()) {
            if (button->text().startsWith(QLatin1String("Pending ")))
                pendingChip = button;
        }
        QVERIFY(pendingChip);
        pendingChip->click();
        const int pending = panel->liveModel()->statusCounts().value(QStringLiteral("pending"));
        QCOMPARE(pendingChip->text(), QStringLiteral("Pending %1").arg(pending));
        QCOMPARE(panel->proxy()->rowCount(), pending);
        pendingChip->click();
        QCOMPARE(panel->proxy()->rowCount(), all);
    }

    void pause_holdsChangesAndCountsThem_resumeApplies()
    {
        auto window = openWindow(QStringLiteral("u1_head1"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(loadedAndLive(window.get()), 15'000);
        LiveTablePanel *panel = window->requestsPanel()->panel(RequestKind::Withdrawal);

        const QList<qint64> pending = pendingIds();
        QVERIFY(pending.size() >= 2);
        panel->pauseAction()->trigger();
        QVERIFY(panel->isPaused());
        QCOMPARE(panel->pendingText(), QStringLiteral("Paused: no changes waiting"));

        QCOMPARE(approve(pending.at(0)).status, 200);
        QCOMPARE(approve(pending.at(1)).status, 200);
        // The session stays live: the engine's model has the news, the view holds it back.
        QTRY_COMPARE_WITH_TIMEOUT(panel->sourceModel()->rowJson(panel->sourceModel()->rowOfId(pending.at(1)))
                                      .value(QStringLiteral("status")).toString(),
                                  QStringLiteral("approved"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->pendingChanges(), 2, 5000);
        QCOMPARE(panel->pendingText(), QStringLiteral("2 changes waiting"));
        QCOMPARE(statusOf(panel, pending.at(0)), QStringLiteral("pending"));
        QCOMPARE(statusOf(panel, pending.at(1)), QStringLiteral("pending"));
        QCOMPARE(window->badge()->badgeText(), QStringLiteral("Live"));

        panel->pauseAction()->trigger();
        QVERIFY(!panel->isPaused());
        QCOMPARE(panel->pendingChanges(), 0);
        QCOMPARE(statusOf(panel, pending.at(0)), QStringLiteral("approved"));
        QCOMPARE(statusOf(panel, pending.at(1)), QStringLiteral("approved"));
        QVERIFY(panel->isFlashing(pending.at(0)));  // what changed while paused flashes on resume
    }

    void action_wrongPassword_showsErrorAndChangesNothing()
    {
        auto window = openWindow(QStringLiteral("u1_appr2"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(loadedAndLive(window.get()), 15'000);
        LiveTablePanel *panel = window->requestsPanel()->panel(RequestKind::Withdrawal);
        RowActions *actions = window->requestsPanel()->rowActions(RequestKind::Withdrawal);
        QAction *approveAction = actions->action(EntityAction::Approve);
        QVERIFY(approveAction);

        const qint64 target = pendingIds().constLast();
        QVERIFY(panel->selectId(target));
        QVERIFY(approveAction->isEnabled());
        approveAction->trigger();
        auto *dialog = panel->findChild<ActionDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->okButton()->isEnabled());  // the signature is required
        dialog->passwordEdit()->setText(QStringLiteral("not-my-password"));
        QVERIFY(dialog->okButton()->isEnabled());
        // After an answer the list is fetched again (the server's truth): watch for it.
        QSignalSpy fetched(window->session()->queries(), &QueryClient::fetchFinished);
        dialog->okButton()->click();

        QTRY_COMPARE_WITH_TIMEOUT(panel->messageBar()->kind(), MessageBar::Kind::Error, 10'000);
        const QString message = panel->messageBar()->text();
        QVERIFY2(message.contains(QStringLiteral("password")) && message.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("not-my-password")));
        // Nothing changed: on the server and in the table (after its refetch).
        const QJsonArray stillPending = m_approver->list(kWithdrawals, QStringLiteral("pending"));
        QVERIFY(std::any_of(stillPending.begin(), stillPending.end(), [target](const QJsonValue &row) {
            return row.toObject().value(QStringLiteral("id")).toInteger() == target;
        }));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(fetched.cbegin(), fetched.cend(), [](const QList<QVariant> &args) {
                                     return args.at(0).toString() == QLatin1String("withdrawal-requests");
                                 }),
                                 5000);
        QCOMPARE(statusOf(panel, target), QStringLiteral("pending"));
        QVERIFY(approveAction->isEnabled());
    }

    void action_rightPassword_showsServerTruth()
    {
        auto window = openWindow(QStringLiteral("u1_appr2"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(loadedAndLive(window.get()), 15'000);
        LiveTablePanel *panel = window->requestsPanel()->panel(RequestKind::Withdrawal);
        RowActions *actions = window->requestsPanel()->rowActions(RequestKind::Withdrawal);

        const qint64 target = pendingIds().constFirst();
        QVERIFY(panel->selectId(target));
        actions->action(EntityAction::SendBack)->trigger();
        auto *dialog = panel->findChild<ActionDialog *>();
        QVERIFY(dialog);
        dialog->passwordEdit()->setText(ServerFixture::demoPassword());
        QVERIFY(!dialog->okButton()->isEnabled());  // a send-back needs its reason
        dialog->reasonEdit()->setText(QStringLiteral("Please name the crate's box"));
        dialog->okButton()->click();

        QTRY_COMPARE_WITH_TIMEOUT(panel->messageBar()->kind(), MessageBar::Kind::Success, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(panel, target), QStringLiteral("sent_back"), 5000);
        // Own change: no flash.
        QTRY_VERIFY(panel->proxyIndexOfId(target).data(EntityTableModel::ChangedByRole).toString()
                    == QLatin1String("u1_appr2"));
        QVERIFY(!panel->isFlashing(target));
        // Now only the requester may act: the decision actions are off for this row.
        QTRY_VERIFY(!actions->action(EntityAction::Approve)->isEnabled());
        // The send-back record shows up in its table.
        LiveTablePanel *sendBacks = window->requestsPanel()->sendBacksPanel();
        QTRY_VERIFY_WITH_TIMEOUT(sendBacks->proxy()->match(sendBacks->proxy()->index(0, 0), Qt::DisplayRole,
                                                           panel->proxyIndexOfId(target).data().toString())
                                     .size() > 0,
                                 5000);
    }

    void action_afterSomeoneElse_saysConflictAndShowsTruth()
    {
        auto window = openWindow(QStringLiteral("u1_appr2"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(loadedAndLive(window.get()), 15'000);
        LiveTablePanel *panel = window->requestsPanel()->panel(RequestKind::Withdrawal);
        RowActions *actions = window->requestsPanel()->rowActions(RequestKind::Withdrawal);

        const qint64 target = pendingIds().constFirst();
        QVERIFY(panel->selectId(target));
        actions->action(EntityAction::Reject)->trigger();
        auto *dialog = panel->findChild<ActionDialog *>();
        QVERIFY(dialog);
        // Meanwhile another approver decides.
        QCOMPARE(approve(target).status, 200);
        dialog->passwordEdit()->setText(ServerFixture::demoPassword());
        dialog->okButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(panel->messageBar()->kind(), MessageBar::Kind::Error, 10'000);
        QVERIFY2(panel->messageBar()->text().contains(QStringLiteral("someone changed it first")),
                 qPrintable(panel->messageBar()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(panel, target), QStringLiteral("approved"), 5000);
    }

    void relocateCrate_choosesAStorageOfTheUnit_tableShowsTheMove()
    {
        auto window = openWindow(QStringLiteral("u1_head1"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(loadedAndLive(window.get()), 15'000);
        LiveTablePanel *crates = window->cratesPanel();
        QTRY_VERIFY_WITH_TIMEOUT(crates->sourceModel()->isLoaded(), 10'000);
        const QJsonArray active = m_approver->list(QStringLiteral("/api/documents/crates/"), QStringLiteral("active"));
        QVERIFY(!active.isEmpty());
        const QJsonObject crate = active.first().toObject();
        const qint64 id = crate.value(QStringLiteral("id")).toInteger();
        QVERIFY(crates->selectId(id));
        QAction *relocate = crates->findChild<QAction *>(QStringLiteral("action-relocate"));
        QVERIFY(relocate);
        QTRY_VERIFY(relocate->isEnabled());
        relocate->trigger();
        auto *dialog = crates->findChild<ActionDialog *>();
        QVERIFY(dialog);
        QComboBox *storage = dialog->storageCombo();
        QVERIFY(storage);
        QVERIFY(!dialog->passwordEdit());  // relocating is not a signed decision
        QVERIFY(storage->count() > 0);
        for (int i = 0; i < storage->count(); ++i) {  // the unit's own locations, not the current one
            QVERIFY2(storage->itemText(i).startsWith(QStringLiteral("S1-")), qPrintable(storage->itemText(i)));
            QVERIFY(storage->itemData(i).toLongLong() != crate.value(QStringLiteral("storage_id")).toInteger());
        }
        const QString target = storage->itemText(storage->count() - 1).section(QLatin1Char(' '), 0, 0);
        storage->setCurrentIndex(storage->count() - 1);
        dialog->okButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(crates->messageBar()->kind(), MessageBar::Kind::Success, 10'000);
        const int storageColumn = 2;  // Crate, Status, Storage, ...
        QTRY_COMPARE_WITH_TIMEOUT(crates->proxyIndexOfId(id).siblingAtColumn(storageColumn).data().toString(), target, 5000);
    }

    void sendBack_notifiesTheRequester()
    {
        auto window = openWindow(QStringLiteral("u1_req1"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(loadedAndLive(window.get()), 15'000);
        QSignalSpy notified(window.get(), &MainWindow::sendBackNotified);

        // The requester files a request; an approver sends it back.
        Test::OtherUser requester(&m_engine.nam, &m_engine.clock, m_server.baseUrl());
        QVERIFY(requester.signIn(QStringLiteral("u1_req1"), ServerFixture::demoPassword()));
        const Test::RestResult created = requester.post(kWithdrawals, {{QStringLiteral("reason"), QStringLiteral("audit visit")}});
        QCOMPARE(created.status, 201);
        const qint64 id = created.json.toObject().value(QStringLiteral("id")).toInteger();
        const Test::RestResult sent = m_approver->post(kWithdrawals + QStringLiteral("%1/send-back/").arg(id),
                                                 {{QStringLiteral("password"), ServerFixture::demoPassword()},
                                                  {QStringLiteral("reason"), QStringLiteral("which crate?")}});
        QCOMPARE(sent.status, 200);

        // (The REST waits above run the event loop: the notification may be in already.)
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 10'000);
        QVERIFY(notified.first().first().toString().contains(created.json.toObject().value(QStringLiteral("request_number")).toString()));
        const QStringList toasts = window->toasts()->visibleTexts();
        QCOMPARE(toasts.size(), 1);
        QVERIFY2(toasts.first().startsWith(QStringLiteral("Sent back to you")), qPrintable(toasts.first()));
    }
};

DMS_GUI_TEST_MAIN(TestLiveTables)
#include "tst_livetables.moc"
