// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The Simulation tab against the real reference server: a short approve-fanout run from the
// panel's fields ends PASS with a row per virtual user, points in every chart and a verdict
// per threshold; a threshold that cannot hold shows FAIL in red; bad input is named and
// nothing starts; the exports are real files; a saved report opens again; the admin
// password never reaches the settings file; a baseline report shows the change of every
// threshold's metric, regressions in red.
#include "guitest.h"
#include "serverfixture.h"
#include "xlsxsheet.h"

#include "charts/simcharts.h"
#include "panels/simulationpanel.h"
#include "sim/simexport.h"
#include "sim/simulationrun.h"
#include "sim/simulator.h"
#include "sim/simusertablemodel.h"
#include "widgets/xlsxexport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTreeWidget>

#include <numeric>

using namespace Dms;
using Dms::Test::ServerFixture;

class TestSimulationPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_server;
    Test::Engine m_engine;
    QTemporaryDir m_dir;

    std::unique_ptr<SimulationPanel> newPanel()
    {
        auto panel = std::make_unique<SimulationPanel>(&m_engine.clock, m_server->baseUrl(), QStringLiteral("dms-updates"),
                                                       QList<QSslCertificate>());
        panel->resize(1400, 900);
        return panel;
    }

    static void configure(SimulationPanel *panel, const QString &scenario, int users, double durationS)
    {
        QComboBox *box = panel->scenarioBox();
        const int i = box->findData(scenario);
        QVERIFY2(i >= 0, qPrintable(scenario));
        box->setCurrentIndex(i);
        panel->usersBox()->setValue(users);
        panel->unitsBox()->setValue(2);
        panel->rateBox()->setValue(4);
        panel->durationBox()->setValue(durationS);
        panel->findChild<QLineEdit *>(QStringLiteral("simUsersFile"))->clear();  // the demo users
    }

    static SimReport runToEnd(SimulationPanel *panel)
    {
        QSignalSpy done(panel, &SimulationPanel::runFinished);
        QTest::mouseClick(panel->startButton(), Qt::LeftButton);
        if (!panel->isRunning())
            return SimReport();
        [&] { QVERIFY(done.wait(120'000)); }();
        return done.isEmpty() ? SimReport() : done.first().first().value<SimReport>();
    }

    // A saved report of made-up receipts around frameMs (ten 1 s windows, six users).
    QString writeReport(const QString &name, qint64 frameMs, qint64 leaks)
    {
        SimReport r;
        r.scenarioName = QStringLiteral("approve-fanout");
        r.users = 6;
        r.units = 2;
        r.rate = 2;
        r.durationS = 10;
        r.windowMs = 1000;
        r.verified = true;
        r.startedAtMs = 1'780'000'000'000;
        r.runStartMs = r.startedAtMs + 2000;
        r.runEndMs = r.runStartMs + 10'000;
        r.finishedAtMs = r.runEndMs + 3000;
        for (const char *rule : {"p95_ms < 1000", "model_p95_ms < 1500", "delivery >= 0.999", "leaks == 0"}) {
            Threshold t;
            Threshold::parse(QLatin1String(rule), &t, nullptr);
            r.thresholds.append(t);
        }
        for (int i = 0; i < 10; ++i) {
            SimWindow &w = r.windows[r.runStartMs + 1000 * i];
            w.startMs = r.runStartMs + 1000 * i;
            w.lengthMs = 1000;
            for (int k = 0; k < 12; ++k) {
                const qint64 ms = frameMs * (80 + (k * 7 + i * 3) % 45) / 100;
                w.frame.record(ms);
                w.model.record(ms + 15);
                r.frame.record(ms);
                r.model.record(ms + 15);
            }
            w.changes = 2;
            w.expected = w.delivered = 12;
        }
        r.counters.actions = r.counters.changes = 20;
        r.counters.expected = r.counters.delivered = 120;
        r.counters.frames = 240;
        r.counters.leaks = leaks;
        r.counters.usersVerified = 6;
        for (int u = 1; u <= 6; ++u) {
            SimUserStats s;
            s.username = QStringLiteral("u%1_user%2").arg(u % 2 + 1).arg(u);
            s.state = QStringLiteral("live");
            s.expected = s.received = 20;
            r.userStats.append(s);
        }
        r.evaluate();
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(QJsonDocument(r.toJson()).toJson());
        return path;
    }

    static QStringList results(QTreeWidget *tree)
    {
        QStringList out;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            out.append(tree->topLevelItem(i)->text(2));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::quietPlatformWarnings();
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(QStringLiteral("dms.*.info=false"));
        qRegisterMetaType<SimReport>();
        ServerFixture::Options options;
        options.seedArgs = QStringLiteral("--units 2 --users-per-unit 4 --crates 16 --requests 24");
        options.extraEnv = {QStringLiteral("DMS_DEBUG=1")};
        m_server = std::make_unique<ServerFixture>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { m_server.reset(); }

    void run_showsVerdictsChartsUsers_andExports()
    {
        auto panel = newPanel();
        configure(panel.get(), QStringLiteral("approve-fanout"), 6, 4);
        // The scenario's rules, with its latency goals (p95 < 1.5 s, …) at the receipts'
        // timeout instead: this test is about the panel, and a loaded 2-core CI machine
        // can miss a 1.5 s p95 (4 of 10 runs at load 8). Latency goals live in bench/.
        panel->thresholdsEdit()->setText(QStringLiteral(
            "p95_ms < 30000, emit_p95_ms < 30000, model_p95_ms < 30000, delivery >= 0.999, "
            "change_delivery >= 0.999, leaks == 0, duplicates == 0, order_violations == 0, lost_updates == 0"));
        // The demo admin, typed in: used for the final comparison, never saved.
        panel->findChild<QLineEdit *>(QStringLiteral("simAdmin"))->setText(QStringLiteral("admin"));
        panel->findChild<QLineEdit *>(QStringLiteral("simAdminPassword"))->setText(QStringLiteral("dms-admin"));
        panel->show();
        const SimReport report = runToEnd(panel.get());
        QVERIFY2(report.passed(), qPrintable(report.summaryText()));
        QVERIFY(report.counters.delivered > 0);

        // Verdicts: a green PASS, one row per threshold, each PASS.
        QVERIFY2(panel->verdictLabel()->text().startsWith(QLatin1String("PASS")), qPrintable(panel->verdictLabel()->text()));
        QCOMPARE(panel->thresholdList()->topLevelItemCount(), report.verdicts.size());
        QVERIFY(report.verdicts.size() >= 9);
        for (const QString &r : results(panel->thresholdList()))
            QCOMPARE(r, QStringLiteral("PASS"));

        // A row per virtual user, sortable by the numbers.
        QTableView *table = panel->userTable();
        QCOMPARE(table->model()->rowCount(), 6);
        table->sortByColumn(SimUserTableModel::ReceivedColumn, Qt::DescendingOrder);
        const qint64 first = table->model()->index(0, SimUserTableModel::ReceivedColumn).data(SimUserTableModel::SortRole).toLongLong();
        const qint64 last = table->model()->index(5, SimUserTableModel::ReceivedColumn).data(SimUserTableModel::SortRole).toLongLong();
        QVERIFY2(first >= last && first > 0, qPrintable(QStringLiteral("%1 %2").arg(first).arg(last)));

        // Charts drawn from the report: windows over time, the histogram holds every receipt.
        QVERIFY(panel->latencyChart()->pointCount() >= 1);
        QVERIFY(panel->deliveryChart()->pointCount() >= 1);
        const QList<quint64> bands = panel->histogramChart()->bandCounts();
        QCOMPARE(std::accumulate(bands.cbegin(), bands.cend(), quint64(0)), report.frame.count());

        // Exports.
        const QString json = m_dir.filePath(QStringLiteral("run.json"));
        const QString xml = m_dir.filePath(QStringLiteral("run.xml"));
        const QString csv = m_dir.filePath(QStringLiteral("run.csv"));
        const QString png = m_dir.filePath(QStringLiteral("charts.png"));
        const QString html = m_dir.filePath(QStringLiteral("run.html"));
        QVERIFY(panel->exportReport(json));
        QVERIFY(panel->exportJUnit(xml));
        QVERIFY(panel->exportHtml(html));
        QVERIFY(panel->exportSamples(csv));
        QVERIFY(panel->exportCharts(png));
        // The per-user table as shown: sorted by receipts (above), one column hidden.
        const QString users = m_dir.filePath(QStringLiteral("users.csv"));
        table->setColumnHidden(SimUserTableModel::UserColumn, true);
        QVERIFY(panel->exportUsers(users));
        // The same as XLSX: the same rows and columns, the counts typed as numbers.
        const QString usersXlsx = m_dir.filePath(QStringLiteral("users.xlsx"));
        if (xlsxAvailable()) {
            QVERIFY(panel->exportUsers(usersXlsx));
            Test::Sheet sheet;
            QString sheetError;
            QVERIFY2(Test::readSheet(usersXlsx, &sheet, &sheetError), qPrintable(sheetError));
            QCOMPARE(sheet.rows.size(), table->model()->rowCount() + 1);
            QCOMPARE(sheet.rows.value(0).size(), table->model()->columnCount() - 1);
            QCOMPARE(sheet.rows.value(0).value(0).text,
                     table->model()->headerData(SimUserTableModel::UnitColumn, Qt::Horizontal).toString());
            QVERIFY(!sheet.hasFormula);
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                // Received: the fifth logical column, the fourth shown without the user.
                const Test::SheetCell received = sheet.rows.value(r + 1).value(SimUserTableModel::ReceivedColumn - 1);
                QVERIFY2(received.type.isEmpty() || received.type == u"n", qPrintable(received.type));
                QCOMPARE(received.value, table->model()->index(r, SimUserTableModel::ReceivedColumn).data().toString());
            }
        }
        table->setColumnHidden(SimUserTableModel::UserColumn, false);
        QFile uf(users);
        QVERIFY(uf.open(QIODevice::ReadOnly));
        const QList<QByteArray> userLines = uf.readAll().split('\n');
        QCOMPARE(userLines.size(), table->model()->rowCount() + 2);  // header, rows, after the last CRLF
        const QByteArray userHeader = userLines.first().trimmed();
        QCOMPARE(int(userHeader.count(',')) + 1, table->model()->columnCount() - 1);
        QVERIFY(!userHeader.contains(table->model()->headerData(SimUserTableModel::UserColumn, Qt::Horizontal).toByteArray()));
        const int receivedAt = int(userHeader.split(',').indexOf(
            table->model()->headerData(SimUserTableModel::ReceivedColumn, Qt::Horizontal).toByteArray()));
        QVERIFY(receivedAt >= 0);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QCOMPARE(userLines.at(r + 1).trimmed().split(',').value(receivedAt),
                     table->model()->index(r, SimUserTableModel::ReceivedColumn).data().toString().toUtf8());
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(jf.readAll()).object();
        QCOMPARE(saved.value(QStringLiteral("schema")).toString(), SimReport::schemaName());
        QFile xf(xml);
        QVERIFY(xf.open(QIODevice::ReadOnly));
        const QByteArray junit = xf.readAll();
        QVERIFY(junit.contains("<testsuite name=\"dms-simulate.approve-fanout\""));
        QVERIFY(junit.contains("failures=\"0\""));
        QFile cf(csv);
        QVERIFY(cf.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = cf.readAll().split('\n');
        QVERIFY(lines.first().startsWith("change_id,"));
        QCOMPARE(qsizetype(lines.size() - 2), panel->run()->sampleCount());  // header + trailing newline
        QVERIFY(panel->run()->sampleCount() >= report.counters.delivered);
        const QImage image(png);
        QVERIFY(!image.isNull() && image.width() > 300);
        QFile hf(html);
        QVERIFY(hf.open(QIODevice::ReadOnly));
        const QByteArray page = hf.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("Simulation report: approve-fanout"));
        QVERIFY(page.contains("id=\"user-table\""));

        if (!qEnvironmentVariableIsEmpty("DMS_SCREENSHOT_DIR"))
            panel->grab().save(QDir(qEnvironmentVariable("DMS_SCREENSHOT_DIR")).filePath(QStringLiteral("simulation.png")));

        // The settings keep the choices, never the password.
        panel.reset();
        QSettings settings;
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY2(text.contains("approve-fanout"), text.constData());
        QVERIFY2(!text.contains("dms-admin"), text.constData());

        // The saved report opens again in a fresh panel.
        auto viewer = newPanel();
        QVERIFY(viewer->openReport(json));
        QCOMPARE(viewer->userTable()->model()->rowCount(), 6);
        QVERIFY(viewer->verdictLabel()->text().startsWith(QLatin1String("PASS")));
        QVERIFY(viewer->latencyChart()->pointCount() >= 1);
    }

    void thresholdThatCannotHold_isShownAsFail()
    {
        QFile base(QStringLiteral(":/scenarios/approve-fanout.json"));
        QVERIFY(base.open(QIODevice::ReadOnly));
        QJsonObject scenario = QJsonDocument::fromJson(base.readAll()).object();
        scenario[QStringLiteral("name")] = QStringLiteral("impossible");
        scenario[QStringLiteral("thresholds")] = QJsonArray{QStringLiteral("leaks == 0")};
        const QString path = m_dir.filePath(QStringLiteral("impossible.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(scenario).toJson());
        out.close();

        auto panel = newPanel();
        QComboBox *box = panel->scenarioBox();
        box->addItem(QStringLiteral("impossible.json"), path);
        configure(panel.get(), path, 6, 3);
        // The file's rules are shown; the user adds one that cannot hold.
        QCOMPARE(panel->thresholdsEdit()->text(), QStringLiteral("leaks == 0"));
        panel->thresholdsEdit()->setText(QStringLiteral("p95_ms < 0, leaks == 0"));
        const SimReport report = runToEnd(panel.get());
        QCOMPARE(report.thresholds.size(), 2);
        QVERIFY(!report.passed());
        QVERIFY2(report.configError.isEmpty(), qPrintable(report.configError));
        QVERIFY2(panel->verdictLabel()->text().startsWith(QLatin1String("FAIL")), qPrintable(panel->verdictLabel()->text()));
        const QStringList r = results(panel->thresholdList());
        QVERIFY2(r.contains(QStringLiteral("FAIL")) && r.contains(QStringLiteral("PASS")), qPrintable(r.join(u',')));
        QTreeWidgetItem *failed = panel->thresholdList()->findItems(QStringLiteral("p95_ms < 0"), Qt::MatchExactly).value(0);
        QVERIFY(failed);
        QCOMPARE(failed->text(2), QStringLiteral("FAIL"));
        QCOMPARE(failed->foreground(2).color(), QColor(0xc6, 0x28, 0x28));
    }

    void badInput_isNamed_andNothingStarts()
    {
        auto panel = newPanel();
        configure(panel.get(), QStringLiteral("approve-fanout"), 4, 3);
        panel->findChild<QLineEdit *>(QStringLiteral("simUsersFile"))->setText(m_dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(!panel->startRun());
        QVERIFY(!panel->isRunning());
        QVERIFY(panel->startButton()->isEnabled());
        const QString phase = panel->findChild<QLabel *>(QStringLiteral("simPhase"))->text();
        QVERIFY2(phase.contains(QLatin1String("cannot read the users file")), qPrintable(phase));

        // A threshold that is not one is named before anything starts.
        panel->findChild<QLineEdit *>(QStringLiteral("simUsersFile"))->clear();
        panel->thresholdsEdit()->setText(QStringLiteral("leaks == 0, p95_ms <"));
        QVERIFY(!panel->startRun());
        QVERIFY(!panel->isRunning());
        const QString why = panel->findChild<QLabel *>(QStringLiteral("simPhase"))->text();
        QVERIFY2(why.contains(QLatin1String("threshold 2 \"p95_ms <\"")), qPrintable(why));

        // A report that is not one is refused with its reason.
        const QString junk = m_dir.filePath(QStringLiteral("junk.json"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[1,2,3]");
        f.close();
        QString error;
        QVERIFY(!panel->openReport(junk, &error));
        QVERIFY2(error.contains(QLatin1String("not a simulation report")), qPrintable(error));
    }

    void scenarioThatDoesNotFitTheUsers_saysWhy()
    {
        // 4 demo users over 2 units: a requester and an approver each, no store head to issue.
        auto panel = newPanel();
        configure(panel.get(), QStringLiteral("approve-fanout"), 4, 3);
        const SimReport report = runToEnd(panel.get());
        QVERIFY(!report.passed());
        QVERIFY(report.configError.contains(QLatin1String("no store head")));
        QVERIFY2(panel->verdictLabel()->text().startsWith(QLatin1String("NOT RUN")), qPrintable(panel->verdictLabel()->text()));
        const QString phase = panel->findChild<QLabel *>(QStringLiteral("simPhase"))->text();
        QVERIFY2(phase.contains(QLatin1String("no store head or unit admin")), qPrintable(phase));
    }

    void stop_endsEarly_andStillVerifies()
    {
        auto panel = newPanel();
        configure(panel.get(), QStringLiteral("approve-fanout"), 6, 600);
        QSignalSpy done(panel.get(), &SimulationPanel::runFinished);
        QVERIFY(panel->startRun());
        QVERIFY(panel->stopButton()->isEnabled());
        QVERIFY(!panel->startButton()->isEnabled());
        // Once actions flow, Stop: the run settles, compares the tables and reports.
        QVERIFY2(QTest::qWaitFor([&] { return panel->run()->simulator()->phase() == SimPhase::Running; }, 60'000),
                 qPrintable(panel->log()->toPlainText()));
        QVERIFY(QTest::qWaitFor([&] { return panel->run()->simulator()->snapshot().counters.actions >= 2; }, 30'000));
        QTest::mouseClick(panel->stopButton(), Qt::LeftButton);
        QVERIFY(done.wait(60'000));
        const SimReport report = done.first().first().value<SimReport>();
        QVERIFY(!report.aborted);
        QVERIFY(report.verified);
        QVERIFY(report.runEndMs - report.runStartMs < 60'000);
        QVERIFY(panel->startButton()->isEnabled());
        QVERIFY(panel->log()->toPlainText().contains(QLatin1String("stop requested")));
    }

    // A baseline beside the run (issue 15): each threshold's metric with the baseline's
    // value and the change, red where it regressed past its limit (as `report diff`), and
    // every regressed metric named above the list.
    void baseline_showsTheChange_regressionsInRed()
    {
        const QString base = writeReport(QStringLiteral("baseline.json"), 120, 0);
        const QString slower = writeReport(QStringLiteral("slower.json"), 420, 1);
        QVERIFY(!base.isEmpty() && !slower.isEmpty());
        auto panel = newPanel();
        panel->show();
        QTreeWidget *list = panel->thresholdList();
        const int baselineColumn = 3;
        QVERIFY(panel->openReport(slower));
        QVERIFY(list->isColumnHidden(baselineColumn));
        QVERIFY(panel->baselineLabel()->isHidden());

        QVERIFY(panel->openBaseline(base));
        QVERIFY(panel->hasBaseline());
        QVERIFY(!list->isColumnHidden(baselineColumn));
        QVERIFY(!panel->baselineLabel()->isHidden());
        QCOMPARE(list->headerItem()->text(baselineColumn), QStringLiteral("Baseline"));
        const auto row = [list](const char *rule) {
            QTreeWidgetItem *item = list->findItems(QLatin1String(rule), Qt::MatchExactly).value(0);
            if (!item)
                qFatal("no row %s", rule);
            return item;
        };
        SimReport baseReport;
        QVERIFY(readReportFile(base, &baseReport, nullptr));
        const QString p95Base = formatMetric(*baseReport.metric(QStringLiteral("p95_ms")));
        QTreeWidgetItem *p95 = row("p95_ms < 1000");
        QVERIFY2(p95->text(baselineColumn).startsWith(p95Base + QStringLiteral(" (+")) &&
                     p95->text(baselineColumn).endsWith(QLatin1String(" %)")),
                 qPrintable(p95->text(baselineColumn)));
        QCOMPARE(p95->foreground(baselineColumn).color(), QColor(0xc6, 0x28, 0x28));
        QVERIFY2(p95->toolTip(baselineColumn).contains(QStringLiteral("(baseline %1 ms, +").arg(p95Base)),
                 qPrintable(p95->toolTip(baselineColumn)));
        QCOMPARE(p95->text(2), QStringLiteral("PASS"));  // its threshold still holds
        QCOMPARE(row("leaks == 0")->text(baselineColumn), QStringLiteral("0 (+1)"));
        QCOMPARE(row("leaks == 0")->foreground(baselineColumn).color(), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(row("delivery >= 0.999")->text(baselineColumn), QStringLiteral("1"));  // unchanged
        QVERIFY(row("delivery >= 0.999")->foreground(baselineColumn).color() != QColor(0xc6, 0x28, 0x28));
        const QString info = panel->baselineLabel()->text();
        QVERIFY2(info.contains(QLatin1String("baseline.json")) && info.contains(QLatin1String("regressed past the limit")) &&
                     info.contains(QLatin1String("p95_ms")),
                 qPrintable(info));
        // Every regressed metric in the tooltip, thresholds or not.
        const QString all = panel->baselineLabel()->toolTip();
        QVERIFY2(all.contains(QLatin1String("p95_ms")) && all.contains(QLatin1String("leaks")) &&
                     all.contains(QLatin1String("model_mean_ms")),
                 qPrintable(all));
        if (!qEnvironmentVariableIsEmpty("DMS_SCREENSHOT_DIR")) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);  // the wider verdicts, the label's lines
            panel->grab().save(QDir(qEnvironmentVariable("DMS_SCREENSHOT_DIR")).filePath(QStringLiteral("simulation-baseline.png")));
        }

        // The other way round: improvements in green, nothing regressed.
        QVERIFY(panel->openReport(base));
        QVERIFY(panel->openBaseline(slower));
        QCOMPARE(row("p95_ms < 1000")->foreground(baselineColumn).color(), QColor(0x2e, 0x7d, 0x32));
        QVERIFY2(panel->baselineLabel()->text().contains(QLatin1String("no metric regressed")),
                 qPrintable(panel->baselineLabel()->text()));

        panel->clearBaseline();
        QVERIFY(list->isColumnHidden(baselineColumn));
        QVERIFY(panel->baselineLabel()->isHidden());

        // A baseline that is not a report is refused with its reason; nothing changes.
        QString error;
        QVERIFY(!panel->openBaseline(m_dir.filePath(QStringLiteral("no-such.json")), &error));
        QVERIFY2(error.contains(QLatin1String("cannot read")), qPrintable(error));
        QVERIFY(!panel->hasBaseline());
        QVERIFY(list->isColumnHidden(baselineColumn));
    }
};

DMS_GUI_TEST_MAIN(TestSimulationPanel)
#include "tst_simulationpanel.moc"
