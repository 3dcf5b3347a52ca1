// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// Export everywhere (issue 14, part 3): every table of the window writes exactly what it
// shows — the rows its filters let through, in the sort shown, the visible columns in
// their on-screen order — as CSV; the Storage tab's occupancy agrees with the crates.
// Against the real reference server, signed in as the admin (who also sees the server's
// connections).
#include "guitest.h"
#include "serverfixture.h"

#include "data/connectionsmodel.h"
#include "data/entitytablemodel.h"
#include "data/livefilterproxymodel.h"
#include "data/pausabletablemodel.h"
#include "data/storageoccupancymodel.h"
#include "panels/auditpanel.h"
#include "panels/healthpanel.h"
#include "panels/livetablepanel.h"
#include "panels/requestspanel.h"
#include "panels/storagepanel.h"
#include "widgets/connectionbadge.h"
#include "widgets/messagebar.h"
#include "windows/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTabWidget>

using namespace Dms;
using Dms::Test::ServerFixture;

namespace {

// RFC 4180 records (quoted fields, doubled quotes, CRLF line ends).
QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            field.clear();
            records << record;
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

// A cell as the CSV writer makes it formula-safe.
QString safe(const QString &text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.at(0)))
        return QLatin1Char('\'') + text;
    return text;
}

}  // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private:
    ServerFixture m_server;
    Test::Engine m_engine;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    // The CSV holds what the view shows, cell for cell: its model's rows in order, the
    // visible sections left to right.
    void verifyMatchesView(const QString &path, const QTableView *view, const QString &what)
    {
        const QList<QStringList> records = readCsv(path);
        const QAbstractItemModel *model = view->model();
        const QHeaderView *header = view->horizontalHeader();
        QStringList headers;
        QList<int> logical;
        for (int v = 0; v < header->count(); ++v) {
            const int l = header->logicalIndex(v);
            if (!header->isSectionHidden(l)) {
                logical << l;
                headers << model->headerData(l, Qt::Horizontal).toString();
            }
        }
        QVERIFY2(!records.isEmpty(), qPrintable(what));
        QCOMPARE(records.first(), headers);
        QCOMPARE(records.size() - 1, model->rowCount());
        for (int r = 0; r < model->rowCount(); ++r) {
            QStringList shown;
            for (const int l : std::as_const(logical))
                shown << safe(model->index(r, l).data().toString());
            QCOMPARE(records.at(r + 1), shown);
        }
    }

    // Narrows a live table to one status, sorts it by its first column descending, hides
    // its last column and moves its second to the front; exports; checks the file.
    void exportLiveTable(LiveTablePanel *panel, const QString &name)
    {
        QTRY_VERIFY_WITH_TIMEOUT(panel->sourceModel()->isLoaded(), 15'000);
        QTableView *view = panel->view();
        LiveFilterProxyModel *proxy = panel->proxy();
        QVERIFY2(proxy->rowCount() >= 1, qPrintable(name));
        const int all = proxy->rowCount();
        const QString status = proxy->index(proxy->rowCount() - 1, 0).data(EntityTableModel::StatusRole).toString();
        if (!status.isEmpty())
            proxy->setStatusFilter({status});
        view->sortByColumn(0, Qt::DescendingOrder);
        const int last = proxy->columnCount() - 1;
        view->setColumnHidden(last, true);
        view->horizontalHeader()->moveSection(1, 0);
        const int shown = proxy->rowCount();
        QVERIFY(shown >= 1 && shown <= all);

        const QString path = m_dir.filePath(name + QStringLiteral(".csv"));
        QVERIFY2(panel->exportCsv(path), qPrintable(panel->messageBar()->text()));
        QCOMPARE(panel->messageBar()->kind(), MessageBar::Kind::Success);
        verifyMatchesView(path, view, name);
        const QList<QStringList> records = readCsv(path);
        // The moved column leads, the hidden one is absent, every row has the status.
        QCOMPARE(records.first().first(), proxy->headerData(1, Qt::Horizontal).toString());
        QVERIFY(!records.first().contains(proxy->headerData(last, Qt::Horizontal).toString()));
        QCOMPARE(records.size() - 1, shown);
        for (int r = 0; r < shown; ++r)
            QCOMPARE(proxy->index(r, 0).data(EntityTableModel::StatusRole).toString(), status);

        // Put the table back as it was.
        view->horizontalHeader()->moveSection(0, 1);
        view->setColumnHidden(last, false);
        proxy->setStatusFilter({});
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::quietPlatformWarnings();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_engine.factory());
        QSignalSpy signedIn(m_window.get(), &MainWindow::signedIn);
        SignInRequest request;
        request.server = m_server.baseUrl();
        request.user = QStringLiteral("admin");
        request.password = QStringLiteral("dms-admin");
        m_window->signIn(request);
        QVERIFY(signedIn.wait(15'000));
        m_window->resize(1200, 700);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->badge()->badgeText(), QStringLiteral("Live"), 15'000);
    }

    void requestTables_exportWhatIsShown()
    {
        RequestsPanel *requests = m_window->requestsPanel();
        exportLiveTable(requests->panel(RequestKind::Withdrawal), QStringLiteral("withdrawal"));
        exportLiveTable(requests->panel(RequestKind::Destruction), QStringLiteral("destruction"));
        exportLiveTable(requests->panel(RequestKind::Transfer), QStringLiteral("transfer"));
    }

    void sendBacks_crates_audit_exportWhatIsShown()
    {
        // A seeded server may have no send-back: make one.
        Test::OtherUser requester(&m_engine.nam, &m_engine.clock, m_server.baseUrl());
        QVERIFY(requester.signIn(QStringLiteral("u1_req1"), ServerFixture::demoPassword()));
        Test::OtherUser approver(&m_engine.nam, &m_engine.clock, m_server.baseUrl());
        QVERIFY(approver.signIn(QStringLiteral("u1_appr1"), ServerFixture::demoPassword()));
        const Test::RestResult created = requester.post(QStringLiteral("/api/requests/withdrawal/"),
                                                        {{QStringLiteral("reason"), QStringLiteral("export test")}});
        QCOMPARE(created.status, 201);
        const qint64 id = created.json.toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(approver.post(QStringLiteral("/api/requests/withdrawal/%1/send-back/").arg(id),
                               {{QStringLiteral("password"), ServerFixture::demoPassword()},
                                {QStringLiteral("reason"), QStringLiteral("missing box numbers")}})
                     .status,
                 200);
        LiveTablePanel *sendBacks = m_window->requestsPanel()->sendBacksPanel();
        QTRY_VERIFY_WITH_TIMEOUT(sendBacks->proxy()->rowCount() >= 1, 10'000);
        exportLiveTable(sendBacks, QStringLiteral("sendbacks"));
        exportLiveTable(m_window->cratesPanel(), QStringLiteral("crates"));
        exportLiveTable(m_window->auditPanel()->table(), QStringLiteral("audit"));
    }

    void searchAndColumnFilter_areExportedToo()
    {
        LiveTablePanel *crates = m_window->cratesPanel();
        QTRY_VERIFY_WITH_TIMEOUT(crates->proxy()->rowCount() > 2, 10'000);
        const int all = crates->proxy()->rowCount();
        const QString first = crates->proxy()->index(0, 0).data().toString();
        crates->searchEdit()->setText(first);
        QVERIFY(crates->proxy()->rowCount() < all);
        const QString path = m_dir.filePath(QStringLiteral("crates-search.csv"));
        QVERIFY(crates->exportCsv(path));
        verifyMatchesView(path, crates->view(), QStringLiteral("crates-search"));
        QCOMPARE(readCsv(path).size() - 1, crates->proxy()->rowCount());
        crates->searchEdit()->clear();

        QVERIFY(!crates->exportCsv(m_dir.filePath(QStringLiteral("no/such/dir/crates.csv"))));
        QCOMPARE(crates->messageBar()->kind(), MessageBar::Kind::Error);
    }

    void storage_countsCratesPerLocation_andExports()
    {
        auto *storage = m_window->findChild<StoragePanel *>(QStringLiteral("storagePanel"));
        QVERIFY(storage);
        m_window->tabs()->setCurrentWidget(storage);
        EntityTableModel *crates = m_window->cratesPanel()->sourceModel();
        StorageOccupancyModel *occupancy = storage->occupancy();
        QTRY_VERIFY_WITH_TIMEOUT(crates->isLoaded() && occupancy->rowCount() > 0, 10'000);
        // Every location's count is the number of its crates that are not destroyed.
        int placed = 0;
        for (int r = 0; r < occupancy->rowCount(); ++r) {
            const EntityId id = occupancy->index(r, 0).data(StorageOccupancyModel::LocationIdRole).value<EntityId>();
            int expected = 0;
            for (int c = 0; c < crates->rowCount(); ++c) {
                const QJsonObject crate = crates->rowJson(c);
                if (crate.value(QStringLiteral("status")).toString() != QLatin1String("destroyed") &&
                    EntityId::fromJsonOrNull(crate.value(QStringLiteral("storage_id"))) == id)
                    ++expected;
            }
            if (id.isValid()) {
                QCOMPARE(occupancy->index(r, StorageOccupancyModel::CratesColumn).data().toInt(), expected);
                placed += expected;
            }
        }
        QCOMPARE(occupancy->totalCrates(), placed);
        QVERIFY(placed > 0);

        // Sorted by crates, fullest first; the selected location lists exactly its crates.
        QTableView *locations = storage->locationsView();
        locations->sortByColumn(StorageOccupancyModel::CratesColumn, Qt::DescendingOrder);
        locations->setColumnHidden(StorageOccupancyModel::DescriptionColumn, true);
        locations->selectRow(0);
        const int fullest = locations->model()->index(0, StorageOccupancyModel::CratesColumn).data().toInt();
        QVERIFY(fullest > 0);
        QTRY_COMPARE(storage->cratesView()->model()->rowCount(), fullest);

        const QString path = m_dir.filePath(QStringLiteral("storage.csv"));
        QVERIFY(storage->exportLocationsCsv(path));
        verifyMatchesView(path, locations, QStringLiteral("storage"));
        QVERIFY(!readCsv(path).first().contains(QStringLiteral("Description")));
        const QString cratesPath = m_dir.filePath(QStringLiteral("storage-crates.csv"));
        QVERIFY(storage->exportCratesCsv(cratesPath));
        verifyMatchesView(cratesPath, storage->cratesView(), QStringLiteral("storage-crates"));
        QCOMPARE(readCsv(cratesPath).size() - 1, fullest);

        // The search narrows the locations, and the export follows it.
        const QString code = locations->model()->index(0, StorageOccupancyModel::CodeColumn).data().toString();
        const int allLocations = locations->model()->rowCount();
        storage->searchEdit()->setText(code);
        QVERIFY(locations->model()->rowCount() >= 1);
        QVERIFY(locations->model()->rowCount() < allLocations);
        QVERIFY(storage->exportLocationsCsv(path));
        verifyMatchesView(path, locations, QStringLiteral("storage-search"));
        QCOMPARE(readCsv(path).size() - 1, locations->model()->rowCount());
        storage->searchEdit()->clear();

        // A picture of the tab for review (DMS_SCREENSHOT_DIR).
        const QImage shot = m_window->grab().toImage();
        QVERIFY(!shot.isNull());
        const QByteArray out = qgetenv("DMS_SCREENSHOT_DIR");
        if (!out.isEmpty())
            shot.save(QString::fromLocal8Bit(out) + QStringLiteral("/storage-tab.png"));
    }

    void connections_exportWhatIsShown()
    {
        HealthPanel *health = m_window->healthPanel();
        QVERIFY(health->connectionsView());
        QTRY_VERIFY_WITH_TIMEOUT(health->connectionsModel()->rowCount() >= 1, 15'000);
        const QString path = m_dir.filePath(QStringLiteral("connections.csv"));
        QString error;
        QVERIFY2(health->exportConnectionsCsv(path, &error), qPrintable(error));
        verifyMatchesView(path, health->connectionsView(), QStringLiteral("connections"));
        QVERIFY(readCsv(path).size() >= 2);
    }

    void cleanupTestCase() { m_window.reset(); }
};

DMS_GUI_TEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
