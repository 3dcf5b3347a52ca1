// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "sim/reportdiff.h"
#include "sim/simplan.h"
#include "sim/simreport.h"

#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace Dms {

class Clock;
class SimDeliveryChart;
class SimHistogramChart;
class SimLatencyChart;
class SimUserTableModel;
class SimulationRun;
class Simulator;
struct SimProgress;

// The Simulation tab: pick a built-in scenario or a file, choose users, rate and duration,
// then start and watch it — latency percentiles per window, the latency distribution,
// delivered vs expected, every threshold's verdict in green or red, and a sortable row per
// virtual user (sort by Missing or Leaks to find the worst). Stop settles and verifies;
// Abort ends at once. Exports the report (JSON), JUnit XML, the receipts (CSV) and the
// charts (PNG); opens a saved report (`simulate --report`, `report merge`) to look at it.
// Compares with a baseline report as `report diff` does: each threshold's metric beside its
// baseline value and change (red when it regressed past its limit), and which metrics did.
class SimulationPanel final : public QWidget
{
    Q_OBJECT
public:
    // The virtual users run against server with the dialect profile, trusting extraCa (the
    // window's --ca-file) besides the system's CAs.
    SimulationPanel(const Clock *clock, const QUrl &server, const QString &profile,
                    const QList<QSslCertificate> &extraCa, QWidget *parent = nullptr);
    ~SimulationPanel() override;

    // The request the fields describe now (no password in it unless typed in the field).
    SimPlanRequest request() const;
    // Starts a run of request(); on a problem shows it in the panel and returns false.
    bool startRun();
    void stopRun();
    void abortRun();
    bool isRunning() const;

    // Outputs; on failure return false with the reason (also shown in the panel).
    bool exportReport(const QString &path, QString *error = nullptr);
    bool exportJUnit(const QString &path, QString *error = nullptr);
    bool exportHtml(const QString &path, QString *error = nullptr);
    bool exportSamples(const QString &path, QString *error = nullptr);
    bool exportCharts(const QString &path, QString *error = nullptr);
    // The per-user table as shown (its sort, its visible columns) as CSV, or XLSX for a path
    // ending in .xlsx.
    bool exportUsers(const QString &path, QString *error = nullptr);
    bool openReport(const QString &path, QString *error = nullptr);
    // The report to compare this run (or the opened report) with, under the default limits.
    bool openBaseline(const QString &path, QString *error = nullptr);
    void clearBaseline();
    bool hasBaseline() const { return m_baseline.has_value(); }

    // Parts, for tests and screenshots.
    QComboBox *scenarioBox() const { return m_scenario; }
    QSpinBox *usersBox() const { return m_users; }
    QSpinBox *unitsBox() const { return m_units; }
    QDoubleSpinBox *rateBox() const { return m_rate; }
    QDoubleSpinBox *durationBox() const { return m_duration; }
    QLineEdit *thresholdsEdit() const { return m_thresholdRules; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *verdictLabel() const { return m_verdict; }
    QTreeWidget *thresholdList() const { return m_thresholds; }
    QLabel *baselineLabel() const { return m_baselineInfo; }
    QTableView *userTable() const { return m_userView; }
    SimUserTableModel *userModel() const { return m_userModel; }
    SimLatencyChart *latencyChart() const { return m_latency; }
    SimHistogramChart *histogramChart() const { return m_histogram; }
    SimDeliveryChart *deliveryChart() const { return m_delivery; }
    QPlainTextEdit *log() const { return m_log; }
    SimulationRun *run() const { return m_run; }

    void saveSettings() const;

Q_SIGNALS:
    void runFinished(const Dms::SimReport &report);

private:
    void buildUi();
    void restoreSettings();
    void fillScenarios();
    void addScenarioFile(const QString &path);
    void onScenarioChanged();
    void browseScenario();
    void browseUsersFile();
    void onStarted(Simulator *simulator);
    void onProgress(const SimProgress &progress);
    void onFinished(const SimReport &report);
    void showReport(const SimReport &report, bool final);
    void showVerdicts(const SimReport &report, bool final);
    void showComparison(const ReportDiff *diff);
    void refreshVerdicts();
    void updateButtons();
    void appendLog(const QString &text);
    void showProblem(const QString &text);
    bool exportDone(bool ok, const QString &done, const QString &why, QString *error);
    bool saveAs(const QString &title, const QString &filter, const QString &suffix,
                bool (SimulationPanel::*write)(const QString &, QString *));

    SimulationRun *m_run;
    QUrl m_server;
    QString m_profile;

    QComboBox *m_scenario = nullptr;
    QLabel *m_description = nullptr;
    QSpinBox *m_users = nullptr;
    QSpinBox *m_units = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QDoubleSpinBox *m_duration = nullptr;
    QLineEdit *m_usersFile = nullptr;
    QLineEdit *m_thresholdRules = nullptr;
    QString m_scenarioRules;  // the scenario's own thresholds, as the field shows them
    QLineEdit *m_admin = nullptr;
    QLineEdit *m_adminPassword = nullptr;
    QCheckBox *m_noAdmin = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_abort = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_phase = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_verdict = nullptr;
    QTreeWidget *m_thresholds = nullptr;
    QLabel *m_baselineInfo = nullptr;
    std::optional<SimReport> m_baseline;
    QString m_baselineFile;
    QWidget *m_charts = nullptr;
    SimLatencyChart *m_latency = nullptr;
    SimHistogramChart *m_histogram = nullptr;
    SimDeliveryChart *m_delivery = nullptr;
    QTabWidget *m_details = nullptr;
    SimUserTableModel *m_userModel = nullptr;
    QSortFilterProxyModel *m_userProxy = nullptr;
    QTableView *m_userView = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QList<QMetaObject::Connection> m_simConnections;
};

}  // namespace Dms
