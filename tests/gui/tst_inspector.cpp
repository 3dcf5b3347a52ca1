// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The frames inspector and the health tab: every frame in and out is logged, each event
// with the queries it invalidated; pause holds frames back; copy as JSON never carries a
// token; the health tab shows the state and why, the token countdown, RTT samples, and
// for admins the server's live connections.
#include "guitest.h"
#include "serverfixture.h"

#include "charts/rttchart.h"
#include "data/connectionsmodel.h"
#include "data/framelogmodel.h"
#include "data/livefilterproxymodel.h"
#include "panels/framespanel.h"
#include "panels/healthpanel.h"
#include "widgets/connectionbadge.h"
#include "windows/mainwindow.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTabWidget>

using namespace Dms;
using Dms::Test::ServerFixture;

class TestInspector : public QObject
{
    Q_OBJECT

private:
    ServerFixture m_server;
    Test::Engine m_engine;
    std::unique_ptr<Test::OtherUser> m_approver;

    std::unique_ptr<MainWindow> openWindow(const QString &user, const QString &password)
    {
        auto window = std::make_unique<MainWindow>(m_engine.factory());
        QSignalSpy signedIn(window.get(), &MainWindow::signedIn);
        SignInRequest request;
        request.server = m_server.baseUrl();
        request.user = user;
        request.password = password;
        window->signIn(request);
        if (!signedIn.wait(15'000))
            return nullptr;
        return window;
    }

    qint64 approveOne()
    {
        const QJsonArray pending = m_approver->list(QStringLiteral("/api/requests/withdrawal/"), QStringLiteral("pending"));
        if (pending.isEmpty())
            return -1;
        const qint64 id = pending.first().toObject().value(QStringLiteral("id")).toInteger();
        return m_approver->post(QStringLiteral("/api/requests/withdrawal/%1/approve/").arg(id),
                                {{QStringLiteral("password"), ServerFixture::demoPassword()}})
                       .status == 200
            ? id : -1;
    }

    static int rowOfEvent(const QAbstractItemModel *model, const QString &entityText)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, FrameLogModel::EntityColumn).data().toString() == entityText)
                return r;
        }
        return -1;
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

    void frames_eventsCarryTheirInvalidationTrace_copiedJsonHasNoToken()
    {
        auto window = openWindow(QStringLiteral("u1_head1"), ServerFixture::demoPassword());
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(window->badge()->badgeText(), QStringLiteral("Live"), 15'000);
        FramesPanel *frames = window->framesPanel();
        FrameLogModel *log = frames->log();
        // The welcome frame is there.
        QTRY_VERIFY(log->rowCount() >= 1);
        QCOMPARE(log->index(0, FrameLogModel::TypeColumn).data().toString(), QStringLiteral("connection_established"));
        QCOMPARE(log->index(0, FrameLogModel::DirectionColumn).data().toString(), QStringLiteral("in"));

        // An event: its frame gets the trace of what it invalidated.
        const qint64 id = approveOne();
        QVERIFY(id > 0);
        const QString entity = QStringLiteral("withdrawal #%1").arg(id);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfEvent(log, entity) >= 0, 5000);
        const int row = rowOfEvent(log, entity);
        QCOMPARE(log->index(row, FrameLogModel::TypeColumn).data().toString(), QStringLiteral("data_update"));
        const QString trace = log->index(row, 0).data(FrameLogModel::TraceTextRole).toString();
        // The list's row is patched from the frame and fetched alone (spec §3, docs/profiles.md).
        QVERIFY2(trace.contains(QStringLiteral("withdrawal-requests → patched"))
                     && (trace.contains(QStringLiteral("withdrawal-request/%1 → row_refetched").arg(id))
                         || trace.contains(QStringLiteral("withdrawal-request/%1 → coalesced").arg(id))),
                 qPrintable(trace));
        QVERIFY(log->index(row, FrameLogModel::InvalidationColumn).data().toString().contains(QStringLiteral("refetched")));

        // Selecting it shows the frame and the trace.
        const QModelIndex shown = frames->proxy()->mapFromSource(log->index(row, 0));
        frames->view()->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(frames->details()->toPlainText().contains(QStringLiteral("\"entity\": \"withdrawal\"")));
        QVERIFY(frames->details()->toPlainText().contains(QStringLiteral("Invalidation:")));

        // An outbound ping (heartbeat now), then copy everything as JSON.
        window->session()->live()->pingNow();
        QTRY_VERIFY_WITH_TIMEOUT(frames->proxy()->match(frames->proxy()->index(0, FrameLogModel::TypeColumn), Qt::DisplayRole,
                                                        QStringLiteral("pong"), 1, Qt::MatchExactly).size() == 1,
                                 5000);
        frames->view()->clearSelection();
        frames->view()->selectionModel()->clearCurrentIndex();
        frames->copyAsJson();
        const QString copied = QApplication::clipboard()->text();
        const QJsonDocument doc = QJsonDocument::fromJson(copied.toUtf8());
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), frames->proxy()->rowCount());
        QVERIFY(copied.contains(QStringLiteral("\"invalidation\"")));
        QVERIFY(copied.contains(QStringLiteral("\"direction\": \"out\"")));
        const QString access = window->session()->api()->accessToken();
        QVERIFY(!access.isEmpty());
        QVERIFY2(!copied.contains(access), "the access token was copied");
        QVERIFY2(!copied.contains(window->session()->api()->refreshToken()), "the refresh token was copied");

        // Filter by type.
        QComboBox *type = frames->findChildren<QComboBox *>().first();
        type->setCurrentIndex(type->findData(QStringLiteral("data_update")));
        QVERIFY(frames->proxy()->rowCount() >= 1);
        for (int r = 0; r < frames->proxy()->rowCount(); ++r)
            QCOMPARE(frames->proxy()->index(r, FrameLogModel::TypeColumn).data().toString(), QStringLiteral("data_update"));
        type->setCurrentIndex(0);
    }

    void frames_pauseHoldsFramesBack_resumeAppendsThem()
    {
        auto window = openWindow(QStringLiteral("u1_head1"), ServerFixture::demoPassword());
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(window->badge()->badgeText(), QStringLiteral("Live"), 15'000);
        FramesPanel *frames = window->framesPanel();
        frames->pauseAction()->trigger();
        const int before = frames->log()->rowCount();
        const qint64 id = approveOne();
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(frames->log()->heldCount() >= 2, 5000);  // the update and its audit entry
        QCOMPARE(frames->log()->rowCount(), before);
        QTRY_VERIFY(frames->findChild<QLabel *>(QStringLiteral("framesHeld"))->text().contains(QStringLiteral("waiting")));
        frames->pauseAction()->trigger();
        QVERIFY(frames->log()->rowCount() >= before + 2);
        QCOMPARE(frames->log()->heldCount(), 0);
        // Traces attached while paused are there too.
        QVERIFY(rowOfEvent(frames->log(), QStringLiteral("withdrawal #%1").arg(id)) >= 0);
        QVERIFY(!frames->log()->index(rowOfEvent(frames->log(), QStringLiteral("withdrawal #%1").arg(id)), 0)
                     .data(FrameLogModel::TraceTextRole).toString().isEmpty());
    }

    void health_showsStateTokenAndRtt()
    {
        auto window = openWindow(QStringLiteral("u1_head1"), ServerFixture::demoPassword());
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(window->badge()->badgeText(), QStringLiteral("Live"), 15'000);
        HealthPanel *health = window->healthPanel();
        QVERIFY(!health->connectionsView());  // not an admin
        health->refresh();
        QCOMPARE(health->stateLabel()->text(), QStringLiteral("Live"));
        QCOMPARE(health->reasonLabel()->text(), QStringLiteral("live"));
        const QString token = health->findChild<QLabel *>(QStringLiteral("healthToken"))->text();
        QVERIFY2(token.startsWith(QStringLiteral("expires in ")), qPrintable(token));
        const QString server = health->findChild<QLabel *>(QStringLiteral("healthServer"))->text();
        QVERIFY(!server.contains(window->session()->api()->accessToken()));

        const int samples = health->rttChart()->sampleCount();
        window->session()->live()->pingNow();
        QTRY_COMPARE_WITH_TIMEOUT(health->rttChart()->sampleCount(), samples + 1, 5000);
        health->refresh();
        QVERIFY(health->findChild<QLabel *>(QStringLiteral("healthRtt"))->text().contains(QStringLiteral(" ms (last heartbeat)")));
        QVERIFY(!health->findChild<QLabel *>(QStringLiteral("healthOffset"))->text().startsWith(QStringLiteral("not measured")));
    }

    void health_admin_seesLiveConnections()
    {
        auto head = openWindow(QStringLiteral("u1_head1"), ServerFixture::demoPassword());
        QVERIFY(head);
        auto admin = openWindow(QStringLiteral("admin"), QStringLiteral("dms-admin"));
        QVERIFY(admin);
        QTRY_COMPARE_WITH_TIMEOUT(head->badge()->badgeText(), QStringLiteral("Live"), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(admin->badge()->badgeText(), QStringLiteral("Live"), 15'000);
        HealthPanel *health = admin->healthPanel();
        QVERIFY(health->connectionsView());
        ConnectionsModel *connections = health->connectionsModel();
        auto has = [connections](const QString &user) {
            for (const ConnectionInfo &c : connections->connections()) {
                if (c.username == user)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("u1_head1")) && has(QStringLiteral("admin")), 12'000);
        // Refreshed live: the head signs out, its socket leaves the table.
        head.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!has(QStringLiteral("u1_head1")), 15'000);
    }
};

DMS_GUI_TEST_MAIN(TestInspector)
#include "tst_inspector.moc"
