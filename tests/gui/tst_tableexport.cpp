// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// Export everywhere (issue 14, part 3): every table of the window writes exactly what it
// shows — the rows its filters let through, in the sort shown, the visible columns in
// their on-screen order — as CSV and as XLSX; the Storage tab's occupancy agrees with the
// crates. The XLSX files are read back as a spreadsheet would: unzipped (`unzip -p`) and
// their XML parsed, cell by cell, with the cells' types and styles.
// Against the real reference server, signed in as the admin (who also sees the server's
// connections).
#include "guitest.h"
#include "serverfixture.h"
#include "xlsxsheet.h"

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
#include "widgets/tableexport.h"
#include "widgets/xlsxexport.h"
#include "windows/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>

#include <functional>

using namespace Dms;
using Dms::Test::ServerFixture;
using namespace Dms::Test;

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

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
            return true;
        default:
            return false;
    }
}

// The view's visible sections, left to right (as the test sees them, not as the export
// code computes them).
QList<int> visibleColumns(const QTableView *view)
{
    QList<int> logical;
    const QHeaderView *header = view->horizontalHeader();
    for (int v = 0; v < header->count(); ++v) {
        const int l = header->logicalIndex(v);
        if (!header->isSectionHidden(l))
            logical << l;
    }
    return logical;
}

// How many cells of each type an export held.
struct Typed
{
    int numbers = 0;
    int dateTimes = 0;
    int texts = 0;
};

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

    // The workbook holds what the view shows, cell for cell: a bold, frozen header of the
    // visible sections' titles, then the model's rows in order. Each cell is typed: what
    // the model sorts as a date-time (its sort role) is an Excel date-time, formatted, that
    // reads as the text shown; what it sorts as a number and shows as one is that number;
    // the rest is a shared string equal to the text shown. No formula anywhere.
    void verifyXlsxMatchesView(const QString &path, const QTableView *view, const QString &what, Typed *typed)
    {
        Sheet sheet;
        QString error;
        QVERIFY2(readSheet(path, &sheet, &error), qPrintable(what + QStringLiteral(": ") + error));
        const QAbstractItemModel *model = view->model();
        const QList<int> logical = visibleColumns(view);
        const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(model);
        const int sortRole = proxy && proxy->sortRole() != Qt::DisplayRole ? proxy->sortRole() : -1;

        QVERIFY2(sheet.headerFrozen, qPrintable(what));
        QVERIFY2(!sheet.hasFormula, qPrintable(what));
        QCOMPARE(sheet.columnWidths, logical.size());
        QCOMPARE(sheet.rows.value(0).size(), logical.size());
        for (int c = 0; c < logical.size(); ++c) {
            const SheetCell cell = sheet.rows.value(0).value(c);
            QCOMPARE(cell.type, QStringLiteral("s"));
            QCOMPARE(cell.text, model->headerData(logical.at(c), Qt::Horizontal).toString());
            QVERIFY2(sheet.boldStyles.contains(cell.style), qPrintable(what));
        }
        // Exactly the rows shown, no column beyond the shown ones.
        QCOMPARE(sheet.rows.lastKey(), model->rowCount());
        for (const auto &row : std::as_const(sheet.rows))
            QVERIFY2(row.isEmpty() || row.lastKey() < logical.size(), qPrintable(what));
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < logical.size(); ++c) {
                const QModelIndex index = model->index(r, logical.at(c));
                const QVariant shown = index.data();
                const QString text = shown.toString();
                const QVariant raw = sortRole >= 0 ? index.data(sortRole) : QVariant();
                const SheetCell cell = sheet.rows.value(r + 1).value(c);
                const QByteArray where = QStringLiteral("%1, row %2, column %3: \"%4\" stored as t=\"%5\" v=\"%6\"")
                                             .arg(what).arg(r + 1).arg(c).arg(text, cell.type, cell.value)
                                             .toUtf8();
                if (text.isEmpty()) {
                    QVERIFY2(!cell.present, where.constData());
                    continue;
                }
                QVERIFY2(cell.present, where.constData());
                bool isNumberText = false;
                QLocale::c().toDouble(text, &isNumberText);
                const bool dateTime = (raw.typeId() == QMetaType::QDateTime && raw.toDateTime().isValid())
                    || (sortRole < 0 && QDateTime::fromString(text, kDateTimeFormat).isValid());
                if (dateTime) {
                    QVERIFY2(cell.type.isEmpty() || cell.type == u"n", where.constData());
                    QVERIFY2(sheet.dateTimeStyles.contains(cell.style), where.constData());
                    QCOMPARE(excelDateTimeText(cell.value.toDouble()), text);
                    ++typed->dateTimes;
                } else if (isNumber(shown) || (isNumber(raw) && isNumberText)) {
                    QVERIFY2(cell.type.isEmpty() || cell.type == u"n", where.constData());
                    bool ok = false;
                    QCOMPARE(cell.value.toDouble(&ok), QLocale::c().toDouble(text));
                    QVERIFY(ok);
                    ++typed->numbers;
                } else {
                    QVERIFY2(cell.type == u"s", where.constData());
                    QCOMPARE(cell.text, text);
                    ++typed->texts;
                }
            }
        }
    }

    // Exports the view as CSV and as XLSX and checks both against it.
    void exportBoth(const std::function<bool(const QString &)> &save, const QTableView *view, const QString &name,
                    Typed *typed = nullptr)
    {
        const QString csv = m_dir.filePath(name + QStringLiteral(".csv"));
        QVERIFY2(save(csv), qPrintable(name));
        verifyMatchesView(csv, view, name);
        if (!xlsxAvailable())
            return;  // DMS_WITH_XLSX=OFF
        const QString xlsx = m_dir.filePath(name + QStringLiteral(".xlsx"));
        QVERIFY2(save(xlsx), qPrintable(name));
        Typed counts;
        verifyXlsxMatchesView(xlsx, view, name, &counts);
        if (typed)
            *typed = counts;
    }

    // Narrows a live table to one status, sorts it by its first column descending, hides
    // its last column and moves its second to the front; exports (CSV and XLSX); checks the
    // files.
    void exportLiveTable(LiveTablePanel *panel, const QString &name, Typed *typed = nullptr)
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

        auto save = [panel](const QString &path) {
            const bool ok = panel->exportTable(path);
            if (!ok || panel->messageBar()->kind() != MessageBar::Kind::Success)
                qWarning("%s", qPrintable(panel->messageBar()->text()));
            return ok && panel->messageBar()->kind() == MessageBar::Kind::Success;
        };
        exportBoth(save, view, name, typed);
        const QString path = m_dir.filePath(name + QStringLiteral(".csv"));
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
        Typed audit;
        exportLiveTable(m_window->auditPanel()->table(), QStringLiteral("audit"), &audit);
        if (xlsxAvailable()) {
            // Its times are date-times and its entity ids numbers.
            QVERIFY(audit.dateTimes > 0);
            QVERIFY(audit.numbers > 0);
        }
    }

    void xlsx_filteredSortedTyped_formulaTextStaysText()
    {
        if (!xlsxAvailable())
            QSKIP("built with DMS_WITH_XLSX=OFF: the tables export CSV only");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty(),
                 "unzip is missing (scripts/setup installs it)");
        // Requests whose reasons a spreadsheet would run as formulas.
        Test::OtherUser requester(&m_engine.nam, &m_engine.clock, m_server.baseUrl());
        QVERIFY(requester.signIn(QStringLiteral("u1_req1"), ServerFixture::demoPassword()));
        for (const QString &reason : {QStringLiteral("=1+1"), QStringLiteral("+1+1")}) {
            QCOMPARE(requester.post(QStringLiteral("/api/requests/withdrawal/"), {{QStringLiteral("reason"), reason}}).status,
                     201);
        }
        LiveTablePanel *panel = m_window->requestsPanel()->panel(RequestKind::Withdrawal);
        LiveFilterProxyModel *proxy = panel->proxy();
        QTableView *view = panel->view();
        int reasonColumn = -1;
        int requesterColumn = -1;
        int updatedColumn = -1;
        for (int c = 0; c < proxy->columnCount(); ++c) {
            const QString title = proxy->headerData(c, Qt::Horizontal).toString();
            if (title == u"Reason")
                reasonColumn = c;
            else if (title == u"Requester")
                requesterColumn = c;
            else if (title == u"Updated")
                updatedColumn = c;
        }
        QVERIFY(reasonColumn >= 0 && requesterColumn >= 0 && updatedColumn >= 0);
        auto rowsWithReason = [&](const QString &reason) {
            int n = 0;
            for (int r = 0; r < proxy->rowCount(); ++r)
                n += proxy->index(r, reasonColumn).data().toString() == reason ? 1 : 0;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithReason(QStringLiteral("+1+1")), 1, 10'000);
        QCOMPARE(rowsWithReason(QStringLiteral("=1+1")), 1);

        // Pending ones only (the send-back made above is not), by reason descending, without
        // the requester.
        const int all = proxy->rowCount();
        proxy->setStatusFilter({QStringLiteral("pending")});
        view->sortByColumn(reasonColumn, Qt::DescendingOrder);
        view->setColumnHidden(requesterColumn, true);
        const int shown = proxy->rowCount();
        QVERIFY2(shown >= 2 && shown < all, qPrintable(QStringLiteral("%1 of %2").arg(shown).arg(all)));

        const QString path = m_dir.filePath(QStringLiteral("withdrawal-typed.xlsx"));
        QVERIFY2(panel->exportTable(path), qPrintable(panel->messageBar()->text()));
        QCOMPARE(panel->messageBar()->kind(), MessageBar::Kind::Success);
        Typed typed;
        verifyXlsxMatchesView(path, view, QStringLiteral("withdrawal-typed"), &typed);
        QVERIFY(typed.dateTimes >= shown);  // every row was updated at some time
        Sheet sheet;
        QString error;
        QVERIFY2(readSheet(path, &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.rows.size(), shown + 1);
        const QList<int> columns = visibleColumns(view);
        const int reasonAt = int(columns.indexOf(reasonColumn));
        QVERIFY(!columns.contains(requesterColumn));
        QVERIFY(reasonAt >= 0);
        int formulas = 0;
        for (int r = 1; r <= shown; ++r) {
            const SheetCell reason = sheet.rows.value(r).value(reasonAt);
            if (reason.text == u"=1+1" || reason.text == u"+1+1") {
                QCOMPARE(reason.type, QStringLiteral("s"));  // a string, as typed, no apostrophe
                ++formulas;
            }
        }
        QCOMPARE(formulas, 2);
        QVERIFY(!sheet.hasFormula);

        view->setColumnHidden(requesterColumn, false);
        proxy->setStatusFilter({});
    }

    void exportDialog_offersCsvAndXlsx_formatFollowsTheFilter()
    {
        QCOMPARE(tableFileFormat(QStringLiteral("/tmp/a.XLSX")), TableFileFormat::Xlsx);
        QCOMPARE(tableFileFormat(QStringLiteral("/tmp/a.csv")), TableFileFormat::Csv);
        QCOMPARE(tableFileFormat(QStringLiteral("/tmp/a.txt")), TableFileFormat::Csv);
        const QStringList filters = tableExportFilters();
        QCOMPARE(filters.size(), xlsxAvailable() ? 2 : 1);
        QVERIFY(filters.first().contains(QLatin1String("*.csv")));
        QCOMPARE(tableExportPath(QStringLiteral("/tmp/a"), filters.first()), QStringLiteral("/tmp/a.csv"));
        QCOMPARE(tableExportPath(QStringLiteral("/tmp/a.csv"), filters.last()), QStringLiteral("/tmp/a.csv"));
        if (!xlsxAvailable()) {
            // DMS_WITH_XLSX=OFF: CSV only; an .xlsx path is refused with the reason shown.
            LiveTablePanel *crates = m_window->cratesPanel();
            QVERIFY(!crates->exportTable(m_dir.filePath(QStringLiteral("crates-off.xlsx"))));
            QCOMPARE(crates->messageBar()->kind(), MessageBar::Kind::Error);
            QVERIFY2(crates->messageBar()->text().contains(QLatin1String("CSV only")), qPrintable(crates->messageBar()->text()));
            QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("crates-off.xlsx"))));
            return;
        }
        QVERIFY(filters.last().contains(QLatin1String("*.xlsx")));
        QCOMPARE(tableExportPath(QStringLiteral("/tmp/a"), filters.last()), QStringLiteral("/tmp/a.xlsx"));

        // The crates table's "Export…": a save dialog with both filters; choosing XLSX makes
        // the proposed name .xlsx and a name typed without a suffix becomes one.
        LiveTablePanel *crates = m_window->cratesPanel();
        m_window->tabs()->setCurrentWidget(crates);
        QCOMPARE(crates->exportAction()->text(), QStringLiteral("Export…"));
        crates->exportAction()->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = crates->findChild<QFileDialog *>(QStringLiteral("tableExportDialog"))) != nullptr);
        QCOMPARE(dialog->nameFilters(), filters);
        QVERIFY(dialog->selectedFiles().value(0).endsWith(QLatin1String(".csv")));
        dialog->selectNameFilter(filters.last());
        Q_EMIT dialog->filterSelected(filters.last());  // as the dialog does when the user picks it
        QVERIFY2(dialog->selectedFiles().value(0).endsWith(QLatin1String(".xlsx")), qPrintable(dialog->selectedFiles().value(0)));
        dialog->selectFile(m_dir.filePath(QStringLiteral("crates-dialog")));
        static_cast<QDialog *>(dialog)->accept();  // QFileDialog::accept, as the Save button does
        const QString written = m_dir.filePath(QStringLiteral("crates-dialog.xlsx"));
        QTRY_VERIFY(QFile::exists(written));
        QCOMPARE(crates->messageBar()->kind(), MessageBar::Kind::Success);
        Typed typed;
        verifyXlsxMatchesView(written, crates->view(), QStringLiteral("crates-dialog"), &typed);
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
        QVERIFY(crates->exportTable(path));
        verifyMatchesView(path, crates->view(), QStringLiteral("crates-search"));
        QCOMPARE(readCsv(path).size() - 1, crates->proxy()->rowCount());
        crates->searchEdit()->clear();

        QVERIFY(!crates->exportTable(m_dir.filePath(QStringLiteral("no/such/dir/crates.csv"))));
        QCOMPARE(crates->messageBar()->kind(), MessageBar::Kind::Error);
        if (xlsxAvailable()) {
            // An unwritable XLSX path is reported as the CSV one is, and leaves no file.
            const QString csvError = crates->messageBar()->text();
            QVERIFY(!crates->exportTable(m_dir.filePath(QStringLiteral("no/such/dir/crates.xlsx"))));
            QCOMPARE(crates->messageBar()->kind(), MessageBar::Kind::Error);
            QCOMPARE(crates->messageBar()->text(), QString(csvError).replace(QStringLiteral(".csv"), QStringLiteral(".xlsx")));
            QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no/such/dir/crates.xlsx"))));
        }
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
        Typed typed;
        exportBoth([storage](const QString &file) { return storage->exportLocations(file); }, locations,
                   QStringLiteral("storage"), &typed);
        QVERIFY(!readCsv(path).first().contains(QStringLiteral("Description")));
        if (xlsxAvailable())
            QVERIFY(typed.numbers > 0);  // capacity, crates, free
        const QString cratesPath = m_dir.filePath(QStringLiteral("storage-crates.csv"));
        exportBoth([storage](const QString &file) { return storage->exportCrates(file); }, storage->cratesView(),
                   QStringLiteral("storage-crates"));
        QCOMPARE(readCsv(cratesPath).size() - 1, fullest);

        // The search narrows the locations, and the export follows it.
        const QString code = locations->model()->index(0, StorageOccupancyModel::CodeColumn).data().toString();
        const int allLocations = locations->model()->rowCount();
        storage->searchEdit()->setText(code);
        QVERIFY(locations->model()->rowCount() >= 1);
        QVERIFY(locations->model()->rowCount() < allLocations);
        exportBoth([storage](const QString &file) { return storage->exportLocations(file); }, locations,
                   QStringLiteral("storage-search"));
        QCOMPARE(readCsv(m_dir.filePath(QStringLiteral("storage-search.csv"))).size() - 1, locations->model()->rowCount());
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
        Typed typed;
        exportBoth(
            [health](const QString &file) {
                QString error;
                const bool ok = health->exportConnections(file, &error);
                if (!ok)
                    qWarning("%s", qPrintable(error));
                return ok;
            },
            health->connectionsView(), QStringLiteral("connections"), &typed);
        QVERIFY(readCsv(path).size() >= 2);
        if (xlsxAvailable())
            QVERIFY(typed.dateTimes > 0);  // connected since: the model's text, read as the date-time it is
    }

    void cleanupTestCase() { m_window.reset(); }
};

DMS_GUI_TEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
