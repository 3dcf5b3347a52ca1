// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The audit stream: entries appended live while following the tail, filters by user,
// entity and action, and the current view exported as CSV.
#include "guitest.h"
#include "serverfixture.h"

#include "data/entitytablemodel.h"
#include "data/livefilterproxymodel.h"
#include "data/pausabletablemodel.h"
#include "panels/auditpanel.h"
#include "panels/livetablepanel.h"
#include "widgets/connectionbadge.h"
#include "widgets/messagebar.h"
#include "windows/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QScrollBar>
#include <QTableView>
#include <QTabWidget>

using namespace Dms;
using Dms::Test::ServerFixture;

namespace {

// Columns of the audit table: Time, User, Entity, Entity id, Action, Summary.
constexpr int kUser = 1;
constexpr int kEntity = 2;
constexpr int kEntityId = 3;
constexpr int kAction = 4;

}  // namespace

class TestAuditStream : public QObject
{
    Q_OBJECT

private:
    ServerFixture m_server;
    Test::Engine m_engine;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Test::OtherUser> m_approver;
    std::unique_ptr<Test::OtherUser> m_requester;

    AuditPanel *audit() const { return m_window->auditPanel(); }
    QAbstractItemModel *shown() const { return audit()->table()->proxy(); }

    // The row of the shown entry about a withdrawal request and action, or -1.
    int rowOf(qint64 requestId, const QString &action) const
    {
        for (int r = shown()->rowCount() - 1; r >= 0; --r) {
            if (shown()->index(r, kEntityId).data().toLongLong() == requestId
                && shown()->index(r, kAction).data().toString() == action
                && shown()->index(r, kEntity).data().toString() == QLatin1String("withdrawal"))
                return r;
        }
        return -1;
    }

    // A requester files a withdrawal request, an approver approves it: two audit entries.
    qint64 approveOne()
    {
        const Test::RestResult created = m_requester->post(QStringLiteral("/api/requests/withdrawal/"),
                                                     {{QStringLiteral("reason"), QStringLiteral("inspection")}});
        if (created.status != 201)
            return -1;
        const qint64 id = created.json.toObject().value(QStringLiteral("id")).toInteger();
        const int status = m_approver->post(QStringLiteral("/api/requests/withdrawal/%1/approve/").arg(id),
                                            {{QStringLiteral("password"), ServerFixture::demoPassword()}})
                               .status;
        return status == 200 ? id : -1;
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

        m_window = std::make_unique<MainWindow>(m_engine.factory());
        QSignalSpy signedIn(m_window.get(), &MainWindow::signedIn);
        SignInRequest request;
        request.server = m_server.baseUrl();
        request.user = QStringLiteral("u1_head1");
        request.password = ServerFixture::demoPassword();
        m_window->signIn(request);
        QVERIFY(signedIn.wait(15'000));
        m_window->resize(1000, 420);
        m_window->tabs()->setCurrentWidget(audit());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->badge()->badgeText(), QStringLiteral("Live"), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(audit()->table()->sourceModel()->isLoaded(), 10'000);
        // A seeded server has hardly any audit entries: make a screenful.
        qint64 id = -1;
        for (int i = 0; i < 6; ++i)
            QVERIFY((id = approveOne()) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(id, QStringLiteral("approved")) >= 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(audit()->table()->view()->verticalScrollBar()->maximum() > 0, 10'000);
    }

    void remoteAction_appendsEntryAtTheEnd_followingKeepsItInView()
    {
        QVERIFY(audit()->followAction()->isChecked());
        const qint64 id = approveOne();
        QVERIFY(id > 0);

        QTRY_VERIFY_WITH_TIMEOUT(rowOf(id, QStringLiteral("approved")) >= 0, 5000);
        const int last = shown()->rowCount() - 1;
        QCOMPARE(rowOf(id, QStringLiteral("approved")), last);  // appended at the end
        QCOMPARE(rowOf(id, QStringLiteral("created")), last - 1);
        QCOMPARE(shown()->index(last, kUser).data().toString(), QStringLiteral("u1_appr1"));
        QCOMPARE(shown()->index(last - 1, kUser).data().toString(), QStringLiteral("u1_req1"));
        // Local time, as the table shows it.
        const QDateTime at = QDateTime::fromString(shown()->index(last, 0).data().toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QVERIFY(at.isValid());
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTime())) < 120);
        // Following: the newest entry is in view.
        QScrollBar *bar = audit()->table()->view()->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void scrollingAway_stopsFollowing_tailStillAppends()
    {
        QScrollBar *bar = audit()->table()->view()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->triggerAction(QAbstractSlider::SliderToMinimum);  // as a user would
        QTRY_VERIFY(!audit()->followAction()->isChecked());
        const qint64 id = approveOne();
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(id, QStringLiteral("approved")) >= 0, 5000);
        QCOMPARE(bar->value(), 0);  // the user's place is kept
        audit()->followAction()->setChecked(true);
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void filters_byUserEntityAction_narrowTheView()
    {
        QComboBox *user = audit()->userFilter();
        const int appr = user->findData(QStringLiteral("u1_appr1"));
        QVERIFY(appr > 0);
        user->setCurrentIndex(appr);
        QVERIFY(shown()->rowCount() > 0);
        for (int r = 0; r < shown()->rowCount(); ++r)
            QCOMPARE(shown()->index(r, kUser).data().toString(), QStringLiteral("u1_appr1"));

        QComboBox *action = audit()->actionFilter();
        action->setCurrentIndex(action->findData(QStringLiteral("approved")));
        QComboBox *entity = audit()->entityFilter();
        entity->setCurrentIndex(entity->findData(QStringLiteral("withdrawal")));
        const int approvals = shown()->rowCount();
        QVERIFY2(approvals >= 8, qPrintable(QString::number(approvals)));  // the approvals above
        // New entries that match appear; others do not.
        const qint64 id = approveOne();
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(shown()->rowCount(), approvals + 1, 5000);
        QVERIFY(rowOf(id, QStringLiteral("approved")) >= 0);
        QCOMPARE(rowOf(id, QStringLiteral("created")), -1);  // filed by someone else: filtered out

        user->setCurrentIndex(0);
        action->setCurrentIndex(0);
        entity->setCurrentIndex(0);
        QCOMPARE(shown()->rowCount(), audit()->table()->liveModel()->rowCount());
    }

    void export_writesTheCurrentViewAsCsv()
    {
        QComboBox *user = audit()->userFilter();
        user->setCurrentIndex(user->findData(QStringLiteral("u1_appr1")));
        const int rows = shown()->rowCount();
        QVERIFY(rows > 0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY(audit()->exportTable(path));
        QCOMPARE(audit()->table()->messageBar()->kind(), MessageBar::Kind::Success);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        // Header, one line per row shown, and the final empty split after the last CRLF.
        QCOMPARE(lines.size(), rows + 2);
        QCOMPARE(lines.first().trimmed(), QByteArray("Time,User,Entity,Entity id,Action,Summary"));
        for (int r = 1; r <= rows; ++r)
            QVERIFY2(lines.at(r).split(',').value(1) == "u1_appr1", lines.at(r).constData());
        user->setCurrentIndex(0);

        QVERIFY(!audit()->exportTable(dir.filePath(QStringLiteral("no/such/dir/audit.csv"))));
        QCOMPARE(audit()->table()->messageBar()->kind(), MessageBar::Kind::Error);
    }

    void cleanupTestCase() { m_window.reset(); }
};

DMS_GUI_TEST_MAIN(TestAuditStream)
#include "tst_auditstream.moc"
