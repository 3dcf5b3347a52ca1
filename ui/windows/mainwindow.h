// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "auth/apiclient.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/signindialog.h"
#include "live/livesession.h"
#include "session/alertcenter.h"
#include "session/consolesession.h"
#include "session/sessionfactory.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QLabel;
class QStackedWidget;
class QSystemTrayIcon;
class QTabWidget;
class QToolButton;

namespace Dms {

class AlertCenter;
class AuditPanel;
class ConnectionBadge;
class DashboardModel;
class DashboardPanel;
class HealthRecorder;
struct DashboardFigure;
class ConsoleSession;
class EntityTableModel;
class FramesPanel;
class HealthPanel;
class LiveTablePanel;
class RequestActions;
class RequestsPanel;
class RowActions;
class SimulationPanel;
class ToastArea;

// The console window. It asks the session factory for one engine per sign-in, shows the
// live tables, audit stream, health and frames of that session, and keeps the status bar's
// badge (Live / Syncing / Offline with Retry), user, unit and server current. Layout
// (geometry, tabs, columns) is remembered in QSettings; never a secret.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const SessionFactory &makeSession, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Signs in without the dialog (command line). A failure opens the dialog with the reason.
    void signIn(const SignInRequest &request);
    // Opens the sign-in dialog (prefilled from the last sign-in), with an error if given.
    void showSignInDialog(const QString &heading = QString(), const QString &detail = QString());
    SignInDialog *signInDialog() const { return m_dialog; }
    // Quit the application when the sign-in dialog is cancelled before any sign-in.
    void setQuitWhenSignInCancelled(bool quit) { m_quitOnCancel = quit; }

    ConsoleSession *session() const { return m_session; }
    bool isSignedIn() const { return m_signedIn; }
    ConnectionBadge *badge() const { return m_badge; }
    QToolButton *retryButton() const { return m_retry; }
    QLabel *statusDetail() const { return m_detail; }
    QTabWidget *tabs() const { return m_tabs; }
    RequestsPanel *requestsPanel() const { return m_requests; }
    LiveTablePanel *cratesPanel() const { return m_crates; }
    AuditPanel *auditPanel() const { return m_audit; }
    HealthPanel *healthPanel() const { return m_health; }
    FramesPanel *framesPanel() const { return m_frames; }
    SimulationPanel *simulationPanel() const { return m_simulation; }
    DashboardPanel *dashboardPanel() const { return m_dashboard; }
    AlertCenter *alertCenter() const { return m_alerts; }
    HealthRecorder *healthRecorder() const { return m_healthRecorder; }
    // The live table of a list key ("withdrawal-requests", "crates", …); null when none.
    LiveTablePanel *tableFor(const QString &listKey) const;
    ToastArea *toasts() const { return m_toasts; }
    RequestActions *requestActions() const { return m_actions; }
    const ConsolePreferences &preferences() const { return m_prefs; }
    void setPreferences(const ConsolePreferences &preferences);  // saves and applies

public Q_SLOTS:
    void refreshAll();
    void reconnect();
    void signOut();
    void switchServer();
    void showPreferences();
    void showAbout();

Q_SIGNALS:
    void signedIn(const Dms::UserInfo &user);
    void signInFailed(const QString &heading, const QString &detail);
    void signedOut();
    void sendBackNotified(const QString &message);
    // An alert was notified (toast, and a tray message while the window is not active).
    void alertNotified(const Dms::Alert &alert);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void startSession(const SignInRequest &request);
    // False when the user declined signing in to a server over plain http:// (asked once).
    bool acceptsClearText(const QUrl &server);
    void onSignedIn(const UserInfo &user);
    void onSignInFailed(ApiError::Kind kind, int httpStatus, const QString &message);
    void onLiveStatus(const LiveStatus &status);
    void onNotification(const LiveEvent &event);
    void onApiSignedOut(const QString &reason);
    void buildPanels();
    void dropSession(bool forget);
    void updateStatusDetail();
    void saveLayout();
    void rememberServer(const SignInRequest &request);
    void setSessionActionsEnabled(bool enabled);
    void buildDashboard();  // the Dashboard tab, the alert center, the health recorder
    void showAlert(const Alert &alert);
    void openFigure(const DashboardFigure &figure, const QString &title);
    void openAlert(const Alert &alert);
    void showTable(LiveTablePanel *panel);

    SessionFactory m_makeSession;
    ConsolePreferences m_prefs;
    QPointer<ConsoleSession> m_session;
    SignInRequest m_lastRequest;
    bool m_signedIn = false;
    bool m_quitOnCancel = false;
    bool m_everSignedIn = false;
    bool m_dialogWanted = false;  // a command-line sign-in failed: ask in the dialog

    QStackedWidget *m_stack;
    QWidget *m_signedOutPage;
    QLabel *m_signedOutText;
    QTabWidget *m_tabs;
    QPointer<SignInDialog> m_dialog;
    ToastArea *m_toasts;
    QSystemTrayIcon *m_tray = nullptr;

    // Per session (deleted with it).
    RequestActions *m_actions = nullptr;
    EntityTableModel *m_storage = nullptr;
    RequestsPanel *m_requests = nullptr;
    LiveTablePanel *m_crates = nullptr;
    LiveTablePanel *m_lab = nullptr;  // seed-004 backends only
    RowActions *m_crateActions = nullptr;
    AuditPanel *m_audit = nullptr;
    HealthPanel *m_health = nullptr;
    FramesPanel *m_frames = nullptr;
    SimulationPanel *m_simulation = nullptr;
    DashboardModel *m_dashboardModel = nullptr;
    DashboardPanel *m_dashboard = nullptr;
    AlertCenter *m_alerts = nullptr;
    HealthRecorder *m_healthRecorder = nullptr;
    int m_unseenAlerts = 0;  // alerts since the Dashboard was last shown (its tab title)

    ConnectionBadge *m_badge;
    QLabel *m_detail;
    QToolButton *m_retry;
    QLabel *m_userLabel;
    QLabel *m_serverLabel;
    QTimer m_statusTick;

    QList<QAction *> m_sessionActions;
};

}  // namespace Dms
