// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "panels/simulationpanel.h"

#include "charts/simcharts.h"
#include "core/redact.h"
#include "sim/simexport.h"
#include "widgets/tableexport.h"
#include "sim/simulationrun.h"
#include "sim/simulator.h"
#include "sim/simusertablemodel.h"
#include "style/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Dms {

namespace {

const QColor kPass(0x2e, 0x7d, 0x32);
const QColor kFail(0xc6, 0x28, 0x28);
const QColor kPending(0x75, 0x75, 0x75);

// The thresholds' columns.
enum ThresholdColumn { RuleColumn, MeasuredColumn, ResultColumn, BaselineColumn };

// "120 (+52 %)": the baseline's value and how far this run moved from it.
QString baselineCell(const MetricDiff &d)
{
    if (!d.baseline)
        return SimulationPanel::tr("not measured");
    const QString value = formatMetric(*d.baseline);
    const std::optional<double> change = d.change();
    if (!change || *change == 0)
        return value;
    if (const std::optional<double> rel = d.relativeChange())
        return QStringLiteral("%1 (%2%3 %)").arg(value, *rel > 0 ? QStringLiteral("+") : QString(),
                                                 QString::number(*rel * 100, 'f', std::fabs(*rel) >= 1 ? 0 : 1));
    return QStringLiteral("%1 (%2%3)").arg(value, *change > 0 ? QStringLiteral("+") : QString(), formatMetric(*change));
}

// The per-user rows, sortable by the raw numbers, with problem rows tinted.
class UserRowsProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole && QSortFilterProxyModel::data(index, SimUserTableModel::ProblemRole).toBool()) {
            QColor tint = kFail;
            tint.setAlpha(45);
            return tint;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

QString scenarioLabel(const Scenario &s)
{
    return s.name.isEmpty() ? QFileInfo(s.source).completeBaseName() : s.name;
}

}  // namespace

SimulationPanel::SimulationPanel(const Clock *clock, const QUrl &server, const QString &profile,
                                 const QList<QSslCertificate> &extraCa, QWidget *parent)
    : QWidget(parent)
    , m_run(new SimulationRun(clock, extraCa, this))
    , m_server(server)
    , m_profile(profile)
{
    buildUi();
    fillScenarios();
    restoreSettings();
    onScenarioChanged();
    updateButtons();

    connect(m_run, &SimulationRun::started, this, &SimulationPanel::onStarted);
    connect(m_run, &SimulationRun::finished, this, &SimulationPanel::onFinished);
    connect(m_run, &SimulationRun::reportLoaded, this, [this](const SimReport &report) {
        m_userModel->setSimulator(nullptr);
        m_userModel->setReport(report);
        showReport(report, true);
        m_phase->setText(tr("Report of %1: %2 users, started %3")
                             .arg(report.scenarioName)
                             .arg(report.users)
                             .arg(QDateTime::fromMSecsSinceEpoch(report.startedAtMs).toString(Qt::ISODate)));
        m_progress->setValue(m_progress->maximum());
        updateButtons();
    });
}

SimulationPanel::~SimulationPanel()
{
    saveSettings();
    // The run (and its virtual users) goes before the views that follow it.
    m_userModel->setSimulator(nullptr);
    delete m_run;
}

void SimulationPanel::buildUi()
{
    // ---- what to run --------------------------------------------------------------------
    auto *setup = new QGroupBox(tr("Scenario"), this);
    m_scenario = new QComboBox(setup);
    m_scenario->setObjectName(QStringLiteral("simScenario"));
    m_scenario->setAccessibleName(tr("Scenario"));
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *openScenario = new QToolButton(setup);
    openScenario->setText(tr("Open…"));
    openScenario->setToolTip(tr("Run a scenario file (docs/scenarios.md describes the format)"));
    connect(openScenario, &QToolButton::clicked, this, &SimulationPanel::browseScenario);
    m_description = new QLabel(setup);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_users = new QSpinBox(setup);
    m_users->setObjectName(QStringLiteral("simUsers"));
    m_users->setRange(0, 100'000);
    m_users->setAccessibleName(tr("Virtual users"));
    m_users->setToolTip(tr("Virtual users in all, spread evenly over the units; each one a full session"));
    m_units = new QSpinBox(setup);
    m_units->setObjectName(QStringLiteral("simUnits"));
    m_units->setRange(0, 1000);
    m_units->setAccessibleName(tr("Units"));
    m_rate = new QDoubleSpinBox(setup);
    m_rate->setObjectName(QStringLiteral("simRate"));
    m_rate->setRange(0, 10'000);
    m_rate->setDecimals(1);
    m_rate->setSuffix(tr(" /s"));
    m_rate->setAccessibleName(tr("Actions per second"));
    m_duration = new QDoubleSpinBox(setup);
    m_duration->setObjectName(QStringLiteral("simDuration"));
    m_duration->setRange(0, 7 * 24 * 3600);
    m_duration->setDecimals(0);
    m_duration->setSuffix(tr(" s"));
    m_duration->setAccessibleName(tr("Duration"));

    m_thresholdRules = new QLineEdit(setup);
    m_thresholdRules->setObjectName(QStringLiteral("simThresholdRules"));
    m_thresholdRules->setAccessibleName(tr("Thresholds"));
    m_thresholdRules->setPlaceholderText(tr("none: only every user set up and not aborted"));
    m_thresholdRules->setToolTip(tr("Pass/fail rules, comma-separated: METRIC OP NUMBER, e.g. p95_ms < 100, "
                                    "delivery >= 0.999, leaks == 0 (docs/scenarios.md lists the metrics)"));
    m_usersFile = new QLineEdit(setup);
    m_usersFile->setObjectName(QStringLiteral("simUsersFile"));
    m_usersFile->setPlaceholderText(tr("demo users of the reference server (u1_req1 …)"));
    m_usersFile->setClearButtonEnabled(true);
    m_usersFile->setAccessibleName(tr("Users file"));
    m_usersFile->setToolTip(tr("CSV of username,password,unit[,role]; `manage.py seed_demo --users-csv` writes one"));
    auto *browseUsers = new QToolButton(setup);
    browseUsers->setText(tr("Browse…"));
    connect(browseUsers, &QToolButton::clicked, this, &SimulationPanel::browseUsersFile);
    m_admin = new QLineEdit(setup);
    m_admin->setObjectName(QStringLiteral("simAdmin"));
    m_admin->setPlaceholderText(tr("the users file's admin, or the demo admin"));
    m_admin->setAccessibleName(tr("Admin account"));
    m_admin->setToolTip(tr("An admin account compares every user's tables with the server's at the end "
                           "and closes every socket for a reconnect storm"));
    m_adminPassword = new QLineEdit(setup);
    m_adminPassword->setObjectName(QStringLiteral("simAdminPassword"));
    m_adminPassword->setEchoMode(QLineEdit::Password);
    m_adminPassword->setAccessibleName(tr("Admin password"));
    m_adminPassword->setPlaceholderText(tr("not stored"));
    m_noAdmin = new QCheckBox(tr("No admin (compare per unit)"), setup);
    m_noAdmin->setObjectName(QStringLiteral("simNoAdmin"));
    connect(m_noAdmin, &QCheckBox::toggled, this, [this](bool on) {
        m_admin->setEnabled(!on);
        m_adminPassword->setEnabled(!on);
    });

    auto *grid = new QGridLayout(setup);
    auto *scenarioRow = new QHBoxLayout;
    scenarioRow->addWidget(m_scenario, 1);
    scenarioRow->addWidget(openScenario);
    auto label = [setup](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, setup);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("&Scenario:"), m_scenario), 0, 0);
    grid->addLayout(scenarioRow, 0, 1, 1, 3);
    grid->addWidget(m_description, 1, 1, 1, 7);
    grid->addWidget(label(tr("&Users:"), m_users), 0, 4);
    grid->addWidget(m_users, 0, 5);
    grid->addWidget(label(tr("U&nits:"), m_units), 0, 6);
    grid->addWidget(m_units, 0, 7);
    grid->addWidget(label(tr("&Rate:"), m_rate), 2, 4);
    grid->addWidget(m_rate, 2, 5);
    grid->addWidget(label(tr("&Duration:"), m_duration), 2, 6);
    grid->addWidget(m_duration, 2, 7);
    auto *usersRow = new QHBoxLayout;
    usersRow->addWidget(m_usersFile, 1);
    usersRow->addWidget(browseUsers);
    grid->addWidget(label(tr("Users &file:"), m_usersFile), 2, 0);
    grid->addLayout(usersRow, 2, 1, 1, 3);
    auto *adminRow = new QHBoxLayout;
    adminRow->addWidget(m_admin, 1);
    adminRow->addWidget(label(tr("Pass&word:"), m_adminPassword));
    adminRow->addWidget(m_adminPassword, 1);
    adminRow->addWidget(m_noAdmin);
    grid->addWidget(label(tr("&Admin:"), m_admin), 3, 0);
    grid->addLayout(adminRow, 3, 1, 1, 7);
    grid->addWidget(label(tr("T&hresholds:"), m_thresholdRules), 4, 0);
    grid->addWidget(m_thresholdRules, 4, 1, 1, 7);
    grid->setColumnStretch(1, 1);

    // ---- controls ----------------------------------------------------------------------
    m_start = new QPushButton(themedIcon(QStringLiteral("play")), tr("S&tart"), this);
    m_start->setObjectName(QStringLiteral("simStart"));
    m_start->setToolTip(tr("Sign the virtual users in and run the scenario"));
    connect(m_start, &QPushButton::clicked, this, [this] { startRun(); });
    m_stop = new QPushButton(themedIcon(QStringLiteral("pause")), tr("St&op"), this);
    m_stop->setObjectName(QStringLiteral("simStop"));
    m_stop->setToolTip(tr("No more actions: wait for the last receipts, compare the tables, then report"));
    connect(m_stop, &QPushButton::clicked, this, &SimulationPanel::stopRun);
    m_abort = new QPushButton(themedIcon(QStringLiteral("close")), tr("A&bort"), this);
    m_abort->setObjectName(QStringLiteral("simAbort"));
    m_abort->setToolTip(tr("End at once; the report is marked aborted"));
    connect(m_abort, &QPushButton::clicked, this, &SimulationPanel::abortRun);
    auto *open = new QPushButton(tr("Open report…"), this);
    open->setToolTip(tr("Look at a saved report (dms-console simulate --report, report merge)"));
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open simulation report"), QString(),
                                                          tr("Simulation reports (*.json)"));
        if (!path.isEmpty())
            openReport(path);
    });
    auto *compare = new QPushButton(tr("Compare with baseline…"), this);
    compare->setObjectName(QStringLiteral("simCompare"));
    compare->setToolTip(tr("Open an earlier report to compare with: each threshold's metric beside its baseline "
                           "value, regressions in red (as dms-console report diff)"));
    connect(compare, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open baseline report"), QString(),
                                                          tr("Simulation reports (*.json)"));
        if (!path.isEmpty())
            openBaseline(path);
    });
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("simExport"));
    m_export->setText(tr("E&xport"));
    m_export->setIcon(themedIcon(QStringLiteral("export")));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Report (JSON)…"), this, [this] {
        saveAs(tr("Save report"), tr("JSON (*.json)"), QStringLiteral("json"), &SimulationPanel::exportReport);
    });
    exportMenu->addAction(tr("Report (HTML)…"), this, [this] {
        saveAs(tr("Save report page"), tr("HTML page (*.html)"), QStringLiteral("html"), &SimulationPanel::exportHtml);
    });
    exportMenu->addAction(tr("JUnit XML…"), this, [this] {
        saveAs(tr("Save JUnit XML"), tr("JUnit XML (*.xml)"), QStringLiteral("xml"), &SimulationPanel::exportJUnit);
    });
    exportMenu->addAction(tr("Receipts (CSV)…"), this, [this] {
        saveAs(tr("Save receipts"), tr("CSV (*.csv)"), QStringLiteral("csv"), &SimulationPanel::exportSamples);
    });
    exportMenu->addAction(tr("Per-user table…"), this, [this] {
        saveAs(tr("Save the per-user table"), tableExportFilters().join(QStringLiteral(";;")), QStringLiteral("csv"),
               &SimulationPanel::exportUsers);
    });
    exportMenu->addAction(tr("Charts (PNG)…"), this, [this] {
        saveAs(tr("Save charts"), tr("PNG image (*.png)"), QStringLiteral("png"), &SimulationPanel::exportCharts);
    });
    m_export->setMenu(exportMenu);
    m_phase = new QLabel(tr("Ready: pick a scenario and start"), this);
    m_phase->setObjectName(QStringLiteral("simPhase"));
    m_phase->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Run progress"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_start);
    controls->addWidget(m_stop);
    controls->addWidget(m_abort);
    controls->addSpacing(12);
    controls->addWidget(m_progress);
    controls->addWidget(m_phase, 1);
    controls->addWidget(open);
    controls->addWidget(compare);
    controls->addWidget(m_export);

    // ---- verdicts and charts ----------------------------------------------------------
    auto *verdictBox = new QWidget(this);
    m_verdict = new QLabel(tr("No run yet"), verdictBox);
    m_verdict->setObjectName(QStringLiteral("simVerdict"));
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setMinimumHeight(36);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_verdict->setFont(big);
    m_thresholds = new QTreeWidget(verdictBox);
    m_thresholds->setObjectName(QStringLiteral("simThresholds"));
    m_thresholds->setAccessibleName(tr("Thresholds"));
    m_thresholds->setRootIsDecorated(false);
    m_thresholds->setHeaderLabels({tr("Threshold"), tr("Measured"), tr("Result"), tr("Baseline")});
    m_thresholds->headerItem()->setToolTip(BaselineColumn, tr("The baseline's value and the change from it"));
    m_thresholds->header()->setSectionResizeMode(RuleColumn, QHeaderView::Stretch);
    m_thresholds->header()->setSectionResizeMode(MeasuredColumn, QHeaderView::ResizeToContents);
    m_thresholds->header()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    m_thresholds->header()->setSectionResizeMode(BaselineColumn, QHeaderView::ResizeToContents);
    m_thresholds->header()->setStretchLastSection(false);
    m_thresholds->setColumnHidden(BaselineColumn, true);
    m_baselineInfo = new QLabel(this);
    m_baselineInfo->setObjectName(QStringLiteral("simBaseline"));
    m_baselineInfo->setWordWrap(true);
    m_baselineInfo->setTextFormat(Qt::RichText);
    m_baselineInfo->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_baselineInfo->hide();
    connect(m_baselineInfo, &QLabel::linkActivated, this, [this] { clearBaseline(); });
    auto *verdictLayout = new QVBoxLayout(verdictBox);
    verdictLayout->setContentsMargins(0, 0, 0, 0);
    verdictLayout->addWidget(m_verdict);
    verdictLayout->addWidget(m_thresholds, 1);

    m_charts = new QWidget(this);
    m_charts->setObjectName(QStringLiteral("simCharts"));
    m_latency = new SimLatencyChart(m_charts);
    m_histogram = new SimHistogramChart(m_charts);
    m_delivery = new SimDeliveryChart(m_charts);
    auto *chartLayout = new QHBoxLayout(m_charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_latency, 3);
    chartLayout->addWidget(m_histogram, 2);
    m_histogram->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30);
    chartLayout->addWidget(m_delivery, 3);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(verdictBox);
    top->addWidget(m_charts);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 4);
    verdictBox->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 44);

    // ---- per user and log -------------------------------------------------------------
    m_userModel = new SimUserTableModel(this);
    m_userProxy = new UserRowsProxy(this);
    m_userProxy->setSourceModel(m_userModel);
    m_userProxy->setSortRole(SimUserTableModel::SortRole);
    m_userView = new QTableView(this);
    m_userView->setObjectName(QStringLiteral("simUsersTable"));
    m_userView->setAccessibleName(tr("Virtual users"));
    m_userView->setModel(m_userProxy);
    m_userView->setSortingEnabled(true);
    m_userView->sortByColumn(SimUserTableModel::UserColumn, Qt::AscendingOrder);
    m_userView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_userView->setAlternatingRowColors(true);
    m_userView->verticalHeader()->hide();
    m_userView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_userView->horizontalHeader()->setStretchLastSection(true);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("simLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setAccessibleName(tr("Simulation log"));
    m_details = new QTabWidget(this);
    m_details->setDocumentMode(true);
    m_details->addTab(m_userView, tr("Users"));
    m_details->addTab(m_log, tr("Log"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    // In a scroll area: the tab's full minimum size would otherwise become the window's
    // (a QTabWidget is as tall as its tallest page), even while another tab is shown.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(setup);
    layout->addLayout(controls);
    layout->addWidget(m_baselineInfo);
    layout->addWidget(split, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("simScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

// ---- scenarios ------------------------------------------------------------------------

void SimulationPanel::fillScenarios()
{
    m_scenario->clear();
    for (const QString &name : Scenario::builtInNames())
        m_scenario->addItem(name, name);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &SimulationPanel::onScenarioChanged);
}

void SimulationPanel::addScenarioFile(const QString &path)
{
    const int existing = m_scenario->findData(path);
    if (existing >= 0) {
        m_scenario->setCurrentIndex(existing);
        return;
    }
    m_scenario->addItem(QFileInfo(path).fileName(), path);
    m_scenario->setItemData(m_scenario->count() - 1, path, Qt::ToolTipRole);
    m_scenario->setCurrentIndex(m_scenario->count() - 1);
}

void SimulationPanel::browseScenario()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), QString(),
                                                      tr("Scenarios (*.json)"));
    if (!path.isEmpty())
        addScenarioFile(path);
}

void SimulationPanel::browseUsersFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Users file"), QString(), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        m_usersFile->setText(path);
}

void SimulationPanel::onScenarioChanged()
{
    Scenario s;
    ScenarioError error;
    const QString which = m_scenario->currentData().toString();
    if (which.isEmpty())
        return;
    if (!Scenario::load(which, &s, &error)) {
        m_description->setText(tr("This scenario cannot run: %1").arg(error.toString()));
        return;
    }
    QStringList rules;
    for (const Threshold &t : std::as_const(s.thresholds))
        rules.append(t.text);
    m_description->setText(tr("%1 — as written: %2 units × %3 users, %4 actions/s for %5 s")
                               .arg(s.description)
                               .arg(s.units)
                               .arg(s.perUnit)
                               .arg(formatMetric(s.rate))
                               .arg(formatMetric(s.durationS)));
    m_scenarioRules = rules.join(QStringLiteral(", "));
    m_thresholdRules->setText(m_scenarioRules);
    // 0 keeps the scenario's value; the special text says which.
    m_users->setSpecialValueText(tr("scenario's (%1)").arg(s.totalUsers()));
    m_units->setSpecialValueText(tr("scenario's (%1)").arg(s.units));
    m_rate->setSpecialValueText(tr("scenario's (%1/s)").arg(formatMetric(s.rate)));
    m_duration->setSpecialValueText(tr("scenario's (%1 s)").arg(formatMetric(s.durationS)));
}

// ---- running ----------------------------------------------------------------------------

SimPlanRequest SimulationPanel::request() const
{
    SimPlanRequest r;
    r.scenario = m_scenario->currentData().toString();
    r.servers = {m_server};
    r.profile = m_profile;
    r.users = m_users->value();
    r.units = m_units->value();
    r.rate = m_rate->value() > 0 ? m_rate->value() : -1;
    r.durationS = m_duration->value() > 0 ? m_duration->value() : -1;
    r.usersFile = m_usersFile->text().trimmed();
    // Only an edited field replaces the scenario's thresholds.
    const QString rules = m_thresholdRules->text().trimmed();
    if (rules != m_scenarioRules) {
        QStringList list;
        for (const QString &rule : rules.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!rule.trimmed().isEmpty())
                list.append(rule.trimmed());
        }
        r.thresholds = list;
    }
    r.noAdmin = m_noAdmin->isChecked();
    if (!r.noAdmin) {
        r.admin = m_admin->text().trimmed();
        r.adminPassword = m_adminPassword->text();
    }
    return r;
}

bool SimulationPanel::startRun()
{
    QString error;
    if (!m_run->start(request(), &error)) {
        showProblem(tr("Cannot start: %1").arg(error));
        return false;
    }
    saveSettings();
    return true;
}

void SimulationPanel::stopRun()
{
    m_run->stop();
    appendLog(tr("stop requested: no more actions; settling and verifying"));
}

void SimulationPanel::abortRun()
{
    m_run->abort();
}

bool SimulationPanel::isRunning() const
{
    return m_run->isRunning();
}

void SimulationPanel::onStarted(Simulator *simulator)
{
    for (const QMetaObject::Connection &c : std::as_const(m_simConnections))
        disconnect(c);
    m_simConnections.clear();
    m_log->clear();
    m_userModel->setSimulator(simulator);
    m_progress->setValue(0);
    m_verdict->setText(tr("Running…"));
    m_verdict->setStyleSheet(QString());
    appendLog(tr("%1: %2 virtual users against %3")
                  .arg(scenarioLabel(simulator->scenario()))
                  .arg(simulator->configuredUsers())
                  .arg(redactedUrl(m_server)));
    m_simConnections << connect(simulator, &Simulator::progressed, this, &SimulationPanel::onProgress);
    m_simConnections << connect(simulator, &Simulator::phaseChanged, this, [this](SimPhase phase) {
        appendLog(tr("phase: %1").arg(simPhaseName(phase)));
        updateButtons();
    });
    m_simConnections << connect(simulator, &Simulator::message, this,
                                [this](const QString &text) { appendLog(redactSecrets(text)); });
    m_simConnections << connect(simulator, &Simulator::leakFound, this,
                                [this](const SimLeak &leak) { appendLog(tr("LEAK: %1").arg(leak.describe())); });
    showReport(simulator->snapshot(), false);
    updateButtons();
}

void SimulationPanel::onProgress(const SimProgress &progress)
{
    m_phase->setText(progress.line());
    if (progress.runDurationMs > 0)
        m_progress->setValue(int(qBound(qint64(0), progress.runElapsedMs * 1000 / progress.runDurationMs, qint64(1000))));
    if (Simulator *sim = m_run->simulator())
        showReport(sim->snapshot(), false);
}

void SimulationPanel::onFinished(const SimReport &report)
{
    m_progress->setValue(m_progress->maximum());
    m_userModel->setSimulator(nullptr);
    m_userModel->setReport(report);
    showReport(report, true);
    if (!report.configError.isEmpty())
        showProblem(tr("Cannot run: %1").arg(report.configError));
    else
        m_phase->setText(tr("Finished: %1 users, %2 changes, %3 of %4 receipts delivered")
                             .arg(report.users)
                             .arg(report.counters.changes)
                             .arg(report.counters.delivered)
                             .arg(report.counters.expected));
    for (const QString &note : report.notes)
        appendLog(note);
    appendLog(report.passed() ? tr("result: PASS") : tr("result: FAIL"));
    updateButtons();
    Q_EMIT runFinished(report);
}

void SimulationPanel::showReport(const SimReport &report, bool final)
{
    m_latency->setReport(report);
    m_histogram->setReport(report);
    m_delivery->setReport(report);
    showVerdicts(report, final);
}

void SimulationPanel::showVerdicts(const SimReport &report, bool final)
{
    m_thresholds->clear();
    std::optional<ReportDiff> diff;
    if (m_baseline)
        diff = ReportDiff::compare(*m_baseline, report);
    showComparison(diff ? &*diff : nullptr);
    int failed = 0;
    for (const ThresholdVerdict &v : report.verdicts) {
        auto *item = new QTreeWidgetItem(m_thresholds);
        // The diff compares run-wide metrics: a stage's threshold has no baseline cell.
        if (const MetricDiff *d = diff && v.threshold.stage.isEmpty() ? diff->find(v.threshold.metric) : nullptr) {
            item->setText(BaselineColumn, baselineCell(*d));
            item->setToolTip(BaselineColumn, d->describe());
            if (d->verdict == DiffVerdict::Regressed || d->verdict == DiffVerdict::Improved) {
                item->setForeground(BaselineColumn, d->verdict == DiffVerdict::Regressed ? kFail : kPass);
                QFont bold = item->font(BaselineColumn);
                bold.setBold(d->verdict == DiffVerdict::Regressed);
                item->setFont(BaselineColumn, bold);
            }
        }
        item->setText(0, v.threshold.text);
        item->setText(1, v.measured ? formatMetric(v.value) : v.applicable ? tr("not measured") : tr("n/a"));
        item->setToolTip(0, v.detail);
        item->setToolTip(1, v.detail);
        QColor colour;
        QString result;
        if (!v.applicable) {
            colour = kPending;
            result = tr("n/a");
        } else if (v.passed) {
            colour = kPass;
            result = final ? tr("PASS") : tr("holding");
        } else if (!final && !v.measured) {
            colour = kPending;
            result = tr("waiting");
        } else {
            colour = kFail;
            result = final ? tr("FAIL") : tr("failing");
            ++failed;
        }
        item->setText(2, result);
        item->setForeground(2, colour);
        QFont bold = item->font(2);
        bold.setBold(true);
        item->setFont(2, bold);
        item->setData(2, Qt::UserRole, v.passed);
    }
    if (!final) {
        m_verdict->setText(failed ? tr("Running: %n threshold(s) failing so far", nullptr, failed) : tr("Running…"));
        m_verdict->setStyleSheet(failed ? QStringLiteral("color: %1").arg(kFail.name()) : QString());
        return;
    }
    const bool passed = report.passed();
    QString text = passed ? tr("PASS") : tr("FAIL");
    if (!report.configError.isEmpty())
        text = tr("NOT RUN: the scenario does not fit these users");
    else if (report.aborted)
        text += tr(" (aborted)");
    else if (!passed && failed > 0)
        text += tr(": %1 of %2 thresholds failed").arg(failed).arg(report.verdicts.size());
    m_verdict->setText(text);
    m_verdict->setStyleSheet(QStringLiteral("color: white; background: %1; border-radius: 4px; padding: 4px")
                                 .arg((passed ? kPass : kFail).name()));
}

void SimulationPanel::showComparison(const ReportDiff *diff)
{
    m_thresholds->setColumnHidden(BaselineColumn, !m_baseline);
    m_baselineInfo->setVisible(m_baseline.has_value());
    // Room for the fourth column without squeezing the rules.
    const int chars = m_baseline ? 60 : 44;
    m_thresholds->parentWidget()->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * chars);
    if (!m_baseline)
        return;
    const QString name = tr("%1 (%2, started %3)")
                             .arg(QFileInfo(m_baselineFile).fileName(), m_baseline->scenarioName,
                                  QDateTime::fromMSecsSinceEpoch(m_baseline->startedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                             .toHtmlEscaped();
    const QString clear = QStringLiteral(" <a href=\"clear\">%1</a>").arg(tr("Clear"));
    if (!diff || (!m_run->isRunning() && !m_run->hasReport())) {
        m_baselineInfo->setText(tr("Baseline %1: start a run or open a report to compare with it.").arg(name) + clear);
        m_baselineInfo->setStyleSheet(QString());
        return;
    }
    QStringList names;
    int improved = 0;
    for (const MetricDiff &m : diff->metrics) {
        if (m.verdict == DiffVerdict::Regressed)
            names.append(m.metric);
        improved += m.verdict == DiffVerdict::Improved ? 1 : 0;
    }
    // The first few names here, all of them in the tooltip.
    constexpr int Shown = 6;
    QStringList shown = names.mid(0, Shown);
    if (names.size() > Shown)
        shown.append(tr("%n more", nullptr, int(names.size() - Shown)));
    QString text = names.isEmpty()
                       ? tr("Compared with the baseline %1: no metric regressed past its limit (%n improved).", nullptr, improved).arg(name)
                       : tr("Compared with the baseline %1: %n metric(s) regressed past the limit: %2.", nullptr, int(names.size()))
                             .arg(name, shown.join(QStringLiteral(", ")).toHtmlEscaped());
    m_baselineInfo->setToolTip(names.join(QStringLiteral(", ")));
    for (const QString &warning : diff->warnings)
        text += QStringLiteral("<br><i>%1</i>").arg(warning.toHtmlEscaped());
    m_baselineInfo->setText(text + clear);
    m_baselineInfo->setStyleSheet(QStringLiteral("color: %1").arg((names.isEmpty() ? kPass : kFail).name()));
}

void SimulationPanel::refreshVerdicts()
{
    if (m_run->isRunning())
        showVerdicts(m_run->report(), false);
    else if (m_run->hasReport())
        showVerdicts(m_run->report(), true);
    else
        showComparison(nullptr);
}

void SimulationPanel::updateButtons()
{
    const bool running = m_run->isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_abort->setEnabled(running);
    m_export->setEnabled(!running && m_run->hasReport());
    for (QWidget *w : {static_cast<QWidget *>(m_scenario), static_cast<QWidget *>(m_users),
                       static_cast<QWidget *>(m_units), static_cast<QWidget *>(m_rate),
                       static_cast<QWidget *>(m_duration), static_cast<QWidget *>(m_usersFile),
                       static_cast<QWidget *>(m_thresholdRules)})
        w->setEnabled(!running);
}

void SimulationPanel::appendLog(const QString &text)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + text);
}

void SimulationPanel::showProblem(const QString &text)
{
    m_phase->setText(text);
    m_phase->setStyleSheet(QStringLiteral("color: %1").arg(kFail.name()));
    appendLog(text);
    // The next change of the phase text is normal again.
    connect(m_run, &SimulationRun::started, m_phase, [this] { m_phase->setStyleSheet(QString()); },
            Qt::SingleShotConnection);
}

// ---- outputs ----------------------------------------------------------------------------

bool SimulationPanel::saveAs(const QString &title, const QString &filter, const QString &suffix,
                             bool (SimulationPanel::*write)(const QString &, QString *))
{
    const SimReport report = m_run->report();
    const QString name = QStringLiteral("%1-%2.%3")
                             .arg(report.scenarioName.isEmpty() ? QStringLiteral("simulation") : report.scenarioName,
                                  QDateTime::fromMSecsSinceEpoch(report.startedAtMs).toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                  suffix);
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(this, title, name, filter, &selectedFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty()) {
        // The suffix of the filter chosen ("Excel workbooks (*.xlsx)"), else the default.
        static const QRegularExpression pattern(QStringLiteral("\\(\\*\\.(\\w+)"));
        const QRegularExpressionMatch match = pattern.match(selectedFilter);
        path += QLatin1Char('.') + (match.hasMatch() ? match.captured(1) : suffix);
    }
    return (this->*write)(path, nullptr);
}

bool SimulationPanel::exportDone(bool ok, const QString &done, const QString &why, QString *error)
{
    appendLog(ok ? done : why);
    if (!ok && error)
        *error = why;
    return ok;
}

bool SimulationPanel::exportReport(const QString &path, QString *error)
{
    QString why;
    const bool ok = m_run->writeReportJson(path, &why);
    return exportDone(ok, tr("report saved to %1").arg(path), why, error);
}

bool SimulationPanel::exportJUnit(const QString &path, QString *error)
{
    QString why;
    const bool ok = m_run->writeJUnit(path, &why);
    return exportDone(ok, tr("JUnit XML saved to %1").arg(path), why, error);
}

bool SimulationPanel::exportHtml(const QString &path, QString *error)
{
    QString why;
    const bool ok = m_run->writeHtml(path, &why);
    return exportDone(ok, tr("report page saved to %1").arg(path), why, error);
}

bool SimulationPanel::exportSamples(const QString &path, QString *error)
{
    QString why;
    const bool ok = m_run->writeSamplesCsv(path, &why);
    if (ok && m_run->droppedSamples() > 0)
        appendLog(tr("(the first %1 receipts only: %2 more were not kept)")
                      .arg(SimulationRun::MaxSamples)
                      .arg(m_run->droppedSamples()));
    return exportDone(ok, tr("%n receipt(s) saved to %1", nullptr, int(m_run->sampleCount())).arg(path), why,
                      error);
}

bool SimulationPanel::exportUsers(const QString &path, QString *error)
{
    QString why;
    const bool ok = saveTable(m_userView, path, &why);
    return exportDone(ok, tr("%n user row(s) saved to %1", nullptr, m_userProxy->rowCount()).arg(path), why, error);
}

bool SimulationPanel::exportCharts(const QString &path, QString *error)
{
    const bool ok = m_charts->grab().save(path, "PNG");
    return exportDone(ok, tr("charts saved to %1").arg(path), tr("cannot write %1").arg(path), error);
}

bool SimulationPanel::openReport(const QString &path, QString *error)
{
    QString why;
    if (!m_run->loadReport(path, &why)) {
        showProblem(why);
        if (error)
            *error = why;
        return false;
    }
    appendLog(tr("opened %1").arg(path));
    return true;
}

bool SimulationPanel::openBaseline(const QString &path, QString *error)
{
    SimReport baseline;
    QString why;
    if (!readReportFile(path, &baseline, &why)) {
        showProblem(why);
        if (error)
            *error = why;
        return false;
    }
    m_baseline = baseline;
    m_baselineFile = path;
    appendLog(tr("comparing with the baseline %1").arg(path));
    refreshVerdicts();
    return true;
}

void SimulationPanel::clearBaseline()
{
    m_baseline.reset();
    m_baselineFile.clear();
    refreshVerdicts();
}

// ---- settings (never the password) ------------------------------------------------------

void SimulationPanel::saveSettings() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("simulation"));
    s.setValue(QStringLiteral("scenario"), m_scenario->currentData().toString());
    s.setValue(QStringLiteral("users"), m_users->value());
    s.setValue(QStringLiteral("units"), m_units->value());
    s.setValue(QStringLiteral("rate"), m_rate->value());
    s.setValue(QStringLiteral("duration"), m_duration->value());
    s.setValue(QStringLiteral("usersFile"), m_usersFile->text());
    s.setValue(QStringLiteral("admin"), m_admin->text());
    s.setValue(QStringLiteral("noAdmin"), m_noAdmin->isChecked());
    s.endGroup();
}

void SimulationPanel::restoreSettings()
{
    QSettings s;
    s.beginGroup(QStringLiteral("simulation"));
    const QString scenario = s.value(QStringLiteral("scenario")).toString();
    if (!scenario.isEmpty()) {
        const int i = m_scenario->findData(scenario);
        if (i >= 0)
            m_scenario->setCurrentIndex(i);
        else if (QFileInfo::exists(scenario))
            addScenarioFile(scenario);
    }
    m_users->setValue(s.value(QStringLiteral("users"), 0).toInt());
    m_units->setValue(s.value(QStringLiteral("units"), 0).toInt());
    m_rate->setValue(s.value(QStringLiteral("rate"), 0).toDouble());
    m_duration->setValue(s.value(QStringLiteral("duration"), 0).toDouble());
    m_usersFile->setText(s.value(QStringLiteral("usersFile")).toString());
    m_admin->setText(s.value(QStringLiteral("admin")).toString());
    m_noAdmin->setChecked(s.value(QStringLiteral("noAdmin"), false).toBool());
    s.endGroup();
}

}  // namespace Dms
