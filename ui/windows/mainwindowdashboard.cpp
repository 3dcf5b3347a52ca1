// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// MainWindow's Dashboard tab, alerts and health recorder (issue 14), apart from the
// window's core so each part reads (and merges) on its own.
#include "windows/mainwindow.h"

#include "actions/workflow.h"
#include "data/dashboardsummary.h"
#include "data/tablemodels.h"
#include "panels/dashboardpanel.h"
#include "panels/healthpanel.h"
#include "panels/livetablepanel.h"
#include "panels/requestspanel.h"
#include "session/alertcenter.h"
#include "session/consolesession.h"
#include "style/theme.h"
#include "sync/queryclient.h"
#include "widgets/toast.h"

#include <QApplication>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>

namespace Dms {

// ---- dashboard and alerts ---------------------------------------------------------------------

void MainWindow::buildDashboard()
{
    ConsoleSession *session = m_session;
    QueryClient *queries = session->queries();
    const UserInfo user = session->api()->user();
    const RestRoutes &routes = session->profile().rest();
    const auto routed = [&routes](const QString &key) { return !routes.pathOfKey(key).isEmpty(); };

    // Figures from the lists the tables observe anyway; the server's summary only where a
    // request list has no route in this dialect.
    DashboardModel::Keys keys;
    bool missingList = false;
    for (size_t k = 0; k < 3; ++k) {
        const QString key = requestListKey(RequestKind(int(k)));
        keys.requests[k] = routed(key) ? key : QString();
        missingList = missingList || keys.requests[k].isEmpty();
    }
    keys.crates = routed(QStringLiteral("crates")) ? QStringLiteral("crates") : QString();
    keys.sendBacks = routed(QStringLiteral("sendback-records")) ? QStringLiteral("sendback-records") : QString();
    keys.audit = routed(QStringLiteral("audit")) ? QStringLiteral("audit") : QString();
    if ((missingList || keys.crates.isEmpty()) && routed(QStringLiteral("dashboard")))
        keys.serverSummary = QStringLiteral("dashboard");
    // An admin acts in every unit (the server's rule): the figures span them all.
    UserInfo scope = user;
    if (Workflow::actsInEveryUnit(user.role))
        scope.unitId = EntityId();
    m_dashboardModel = new DashboardModel(queries, keys, scope.unitId, session);

    QStringList entities;
    for (size_t k = 0; k < 3; ++k) {
        if (!keys.requests[k].isEmpty())
            entities << requestKindName(RequestKind(int(k)));
    }
    m_alerts = new AlertCenter(queries, user, queries->clock(), entities, session);
    m_alerts->setPreferences(m_prefs.alerts);
    m_alerts->setWatchedRow([this](const QString &listKey, const EntityId &id) {
        LiveTablePanel *panel = tableFor(listKey);
        return isActiveWindow() && panel && panel->isVisible() && panel->currentId() == id;
    });
    connect(session->live(), &LiveSession::stateChanged, m_alerts, &AlertCenter::onLiveState);
    connect(m_alerts, &AlertCenter::notificationReady, this, &MainWindow::showAlert);

    m_dashboard = new DashboardPanel(m_dashboardModel, m_alerts, scope, m_tabs);
    m_dashboard->setObjectName(QStringLiteral("dashboardPanel"));
    connect(m_dashboard, &DashboardPanel::figureActivated, this, &MainWindow::openFigure);
    connect(m_dashboard, &DashboardPanel::alertActivated, this, &MainWindow::openAlert);
    // First for those who run a unit's store or administer: the summary is their work list.
    const bool first = user.role == QLatin1String("store_head") || user.role == QLatin1String("unit_admin") ||
                       user.role == QLatin1String("admin");
    const int at = m_tabs->insertTab(first ? 0 : m_tabs->count(), m_dashboard, themedIcon(QStringLiteral("bell")),
                                     tr("Dashboard"));
    m_tabs->setTabToolTip(at, tr("Your unit at a glance, and the alerts (Ctrl+0)"));
    // The tab counts the alerts that came while it was not shown.
    m_unseenAlerts = 0;
    connect(m_alerts, &AlertCenter::alertAdded, m_dashboard, [this] {
        if (m_tabs->currentWidget() == m_dashboard)
            return;
        ++m_unseenAlerts;
        m_tabs->setTabText(m_tabs->indexOf(m_dashboard), tr("Dashboard (%1)").arg(m_unseenAlerts));
    });
    connect(m_tabs, &QTabWidget::currentChanged, m_dashboard, [this] {
        if (m_tabs->currentWidget() != m_dashboard || m_unseenAlerts == 0)
            return;
        m_unseenAlerts = 0;
        m_tabs->setTabText(m_tabs->indexOf(m_dashboard), tr("Dashboard"));
    });
    // A backend without requests, crates or a summary (a lab backend, seed 004): nothing to show.
    m_tabs->setTabVisible(at, !entities.isEmpty() || !keys.crates.isEmpty() || !keys.serverSummary.isEmpty());
}

LiveTablePanel *MainWindow::tableFor(const QString &listKey) const
{
    if (listKey == QLatin1String("crates"))
        return m_crates;
    if (!m_requests)
        return nullptr;
    if (listKey == QLatin1String("sendback-records"))
        return m_requests->sendBacksPanel();
    for (const RequestKind kind : {RequestKind::Withdrawal, RequestKind::Destruction, RequestKind::Transfer}) {
        if (listKey == requestListKey(kind))
            return m_requests->panel(kind);
    }
    return nullptr;
}

void MainWindow::showTable(LiveTablePanel *panel)
{
    if (panel == m_crates) {
        m_tabs->setCurrentWidget(m_crates);
    } else if (m_requests) {
        m_tabs->setCurrentWidget(m_requests);
        m_requests->tabs()->setCurrentWidget(panel);
    }
    panel->setFocus();
}

void MainWindow::openFigure(const DashboardFigure &figure, const QString &title)
{
    LiveTablePanel *panel = tableFor(figure.listKey);
    if (!panel)
        return;
    showTable(panel);
    // A status figure stays live (the status chips); other figures show the rows counted.
    panel->showRows(figure.statuses, figure.statuses.isEmpty() ? figure.ids : QList<EntityId>(),
                    tr("%1 (%n)", nullptr, figure.count).arg(title));
}

void MainWindow::openAlert(const Alert &alert)
{
    if (alert.kind == AlertKind::Connection) {
        if (m_health)
            m_tabs->setCurrentWidget(m_health);
        return;
    }
    LiveTablePanel *panel = tableFor(alert.listKey);
    if (!panel) {
        if (m_requests)
            m_tabs->setCurrentWidget(m_requests);
        return;
    }
    showTable(panel);
    if (alert.id.isValid()) {
        if (!panel->proxyIndexOfId(alert.id).isValid())
            panel->clearShownRows();
        if (!panel->selectId(alert.id))
            statusBar()->showMessage(tr("%1 is no longer in the table.").arg(alert.number), 5000);
    }
}

void MainWindow::showAlert(const Alert &alert)
{
    const bool away = !isActiveWindow() || isMinimized();
    // The Dashboard's feed shows the alert already where the user is looking: no toast over it.
    const bool feedInView = !away && m_dashboard && m_tabs->currentWidget() == m_dashboard;
    if (!feedInView)
        m_toasts->showToast(alert.title, alert.text);
    if (away && m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(alert.title, alert.text,
                            alert.kind == AlertKind::Connection ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            10'000);
    if (away)
        QApplication::alert(this);
    if (alert.kind == AlertKind::MyRequest && alert.status == QLatin1String("sent_back") && !alert.isSummary())
        Q_EMIT sendBackNotified(alert.text);
    Q_EMIT alertNotified(alert);
}

}  // namespace Dms
