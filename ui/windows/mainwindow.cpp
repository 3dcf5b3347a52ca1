// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "windows/mainwindow.h"

#include "actions/requestactions.h"
#include "auth/signinservice.h"
#include "core/cleartext.h"
#include "core/logging.h"
#include "core/redact.h"
#include "data/tablemodels.h"
#include "live/dialectprofile.h"
#include "data/dashboardsummary.h"
#include "panels/auditpanel.h"
#include "panels/dashboardpanel.h"
#include "panels/framespanel.h"
#include "panels/healthpanel.h"
#include "panels/livetablepanel.h"
#include "panels/requestspanel.h"
#include "panels/simulationpanel.h"
#include "panels/storagepanel.h"
#include "panels/rowactions.h"
#include "session/alertcenter.h"
#include "session/consolesession.h"
#include "session/healthhistory.h"
#include "style/labels.h"
#include "style/theme.h"
#include "sync/queryclient.h"
#include "widgets/connectionbadge.h"
#include "widgets/toast.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Dms {

namespace {

constexpr int kMaxServerHistory = 10;

}  // namespace

MainWindow::MainWindow(const SessionFactory &makeSession, QWidget *parent)
    : QMainWindow(parent)
    , m_makeSession(makeSession)
    , m_stack(new QStackedWidget(this))
    , m_signedOutPage(new QWidget(m_stack))
    , m_signedOutText(new QLabel(m_signedOutPage))
    , m_tabs(new QTabWidget(m_stack))
    , m_toasts(new ToastArea(m_stack))
    , m_badge(new ConnectionBadge(this))
    , m_detail(new QLabel(this))
    , m_retry(new QToolButton(this))
    , m_userLabel(new QLabel(this))
    , m_serverLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QGuiApplication::applicationDisplayName().isEmpty() ? tr("DMS Live Console") : QString());
    setWindowIcon(QIcon(QStringLiteral(":/ui/icons/dms-console.svg")));
    {
        const QSettings settings;
        m_prefs = ConsolePreferences::load(settings);
    }

    // Signed-out page: what to do next.
    auto *pageLayout = new QVBoxLayout(m_signedOutPage);
    auto *logo = new QLabel(m_signedOutPage);
    logo->setPixmap(QIcon(QStringLiteral(":/ui/icons/dms-console.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    m_signedOutText->setAlignment(Qt::AlignCenter);
    m_signedOutText->setText(tr("Not signed in."));
    auto *signInButton = new QPushButton(themedIcon(QStringLiteral("server")), tr("Sign in…"), m_signedOutPage);
    connect(signInButton, &QPushButton::clicked, this, [this] { showSignInDialog(); });
    pageLayout->addStretch(1);
    pageLayout->addWidget(logo);
    pageLayout->addWidget(m_signedOutText);
    pageLayout->addWidget(signInButton, 0, Qt::AlignCenter);
    pageLayout->addStretch(2);

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Console views"));
    m_stack->addWidget(m_signedOutPage);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    buildMenus();
    buildStatusBar();
    setSessionActionsEnabled(false);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("DMS Live Console"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }

    connect(&m_statusTick, &QTimer::timeout, this, &MainWindow::updateStatusDetail);
    m_statusTick.setInterval(250);

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    dropSession(false);
}

// ---- menus and status bar ----------------------------------------------------------------

void MainWindow::buildMenus()
{
    QMenu *session = menuBar()->addMenu(tr("&Session"));
    QAction *refresh = session->addAction(themedIcon(QStringLiteral("refresh")), tr("&Refresh all"), this,
                                          &MainWindow::refreshAll);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setToolTip(tr("Fetch every table shown again"));
    QAction *reconnectAction = session->addAction(themedIcon(QStringLiteral("reconnect")), tr("Re&connect"), this,
                                                  &MainWindow::reconnect);
    reconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    reconnectAction->setObjectName(QStringLiteral("actionReconnect"));
    session->addSeparator();
    QAction *preferences = session->addAction(themedIcon(QStringLiteral("settings")), tr("&Preferences…"), this,
                                              &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    session->addSeparator();
    QAction *switchAction = session->addAction(themedIcon(QStringLiteral("server")), tr("S&witch server…"), this,
                                               &MainWindow::switchServer);
    switchAction->setObjectName(QStringLiteral("actionSwitchServer"));
    QAction *signOutAction = session->addAction(themedIcon(QStringLiteral("signout")), tr("Sign &out"), this,
                                                &MainWindow::signOut);
    signOutAction->setObjectName(QStringLiteral("actionSignOut"));
    session->addSeparator();
    QAction *quit = session->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_sessionActions = {refresh, reconnectAction, signOutAction};

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Requests"), tr("&Crates"), tr("&Audit"), tr("&Health"), tr("&Simulation"),
                             tr("&Frames")};
    for (int i = 0; i < 6; ++i) {
        // By page, not by index: the Dashboard comes first for store heads and admins.
        QAction *go = view->addAction(names[i], this, [this, i] {
            QWidget *const pages[] = {m_requests, m_crates, m_audit, m_health, m_simulation, m_frames};
            if (pages[i])
                m_tabs->setCurrentWidget(pages[i]);
        });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_sessionActions << go;
    }
    QAction *dashboard = view->addAction(tr("&Dashboard"), this, [this] {
        if (m_dashboard)
            m_tabs->setCurrentWidget(m_dashboard);
    });
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_sessionActions << dashboard;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(themedIcon(QStringLiteral("about")), tr("&About DMS Live Console"), this,
                                     &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    m_detail->setObjectName(QStringLiteral("statusDetail"));
    m_detail->setAccessibleName(tr("Connection detail"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setText(tr("Retry"));
    m_retry->setIcon(themedIcon(QStringLiteral("reconnect")));
    m_retry->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_retry->setAutoRaise(true);
    m_retry->setAccessibleName(tr("Retry connecting"));
    m_retry->hide();
    connect(m_retry, &QToolButton::clicked, this, [this] {
        if (!m_session || !m_signedIn || m_session->live()->state() == LiveState::AuthFailed) {
            showSignInDialog();
            return;
        }
        m_session->live()->retry();
    });
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_userLabel->setAccessibleName(tr("Signed-in user"));
    m_serverLabel->setObjectName(QStringLiteral("statusServer"));
    m_serverLabel->setAccessibleName(tr("Server"));
    statusBar()->addWidget(m_badge);
    statusBar()->addWidget(m_detail);
    statusBar()->addWidget(m_retry);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
    m_badge->setStatus(LiveStatus{});
    updateStatusDetail();
}

void MainWindow::setSessionActionsEnabled(bool enabled)
{
    for (QAction *action : std::as_const(m_sessionActions))
        action->setEnabled(enabled);
}

// ---- signing in ---------------------------------------------------------------------------

void MainWindow::signIn(const SignInRequest &request)
{
    if (!acceptsClearText(request.server))
        return;
    m_lastRequest = request;
    m_dialogWanted = true;
    startSession(request);
}

bool MainWindow::acceptsClearText(const QUrl &server)
{
    // http:// to another machine: the password, signatures and tokens would cross the
    // network unencrypted. Asked once per server; the answer "yes" is remembered (the
    // origin only: no path, query or credentials).
    if (!sendsSecretsInClear(server))
        return true;
    const QString origin = server.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                           QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    QSettings settings;
    QStringList accepted = settings.value(QStringLiteral("security/clearTextServers")).toStringList();
    if (accepted.contains(origin))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unencrypted connection"), clearTextWarning(server),
                    QMessageBox::NoButton, this);
    QPushButton *go = box.addButton(tr("Sign in without encryption"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != go) {
        showSignInDialog(tr("Not signed in"), tr("Use an https:// address for %1.").arg(origin));
        return false;
    }
    accepted.append(origin);
    settings.setValue(QStringLiteral("security/clearTextServers"), accepted);
    return true;
}

void MainWindow::startSession(const SignInRequest &request)
{
    dropSession(false);

    DialectProfile profile;
    ProfileError profileError;
    if (!DialectProfile::load(request.profile, &profile, &profileError)) {
        const QString heading = tr("Unknown dialect profile");
        QMetaObject::invokeMethod(this, [this, heading, detail = profileError.message] {
            if (m_dialog && m_dialog->isVisible())
                m_dialog->showError(heading, detail);
            else
                showSignInDialog(heading, detail);
            Q_EMIT signInFailed(heading, detail);
        }, Qt::QueuedConnection);
        return;
    }
    if (request.tokenInHeader)
        profile.setAuthMode(AuthMode::Header);

    m_session = m_makeSession(profile, this);
    ConsoleSession *session = m_session;
    if (!request.caFile.isEmpty()) {
        QString error;
        if (!session->api()->addCaCertificatesFromFile(request.caFile, &error)) {
            const QString heading = tr("Cannot use the CA file");
            dropSession(false);
            QMetaObject::invokeMethod(this, [this, heading, error] {
                showSignInDialog(heading, error);
                Q_EMIT signInFailed(heading, error);
            }, Qt::QueuedConnection);
            return;
        }
    }
    LiveSession::Settings live = session->live()->settings();
    m_prefs.applyTo(live);
    session->live()->setSettings(live);

    connect(session->signIn(), &SignInService::signedIn, this, &MainWindow::onSignedIn);
    connect(session->signIn(), &SignInService::signInFailed, this, &MainWindow::onSignInFailed);
    connect(session->signIn(), &SignInService::keychainUnavailable, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Nothing is remembered on this computer: %1").arg(reason), 10'000);
    });
    connect(session->live(), &LiveSession::stateChanged, this, &MainWindow::onLiveStatus);
    connect(session->live(), &LiveSession::notificationReceived, this, &MainWindow::onNotification);
    connect(session->api(), &ApiClient::signedOut, this, &MainWindow::onApiSignedOut);

    m_detail->setText(tr("signing in as %1…").arg(request.user));
    qCInfo(lcUi).noquote() << "signing in to" << redactedUrl(request.server) << "as" << request.user;
    session->signIn()->signIn(request.server, request.user, request.password, request.remember, false);
}

void MainWindow::onSignedIn(const UserInfo &user)
{
    if (!m_session)
        return;
    m_signedIn = true;
    m_everSignedIn = true;
    m_dialogWanted = false;
    rememberServer(m_lastRequest);
    m_lastRequest.password.clear();

    buildPanels();
    m_session->live()->start();
    setSessionActionsEnabled(true);
    const QString server = redactedUrl(m_session->api()->baseUrl());
    m_userLabel->setText(tr("%1 (%2) · %3").arg(user.username, roleTitle(user.role),
                                                 user.unitName.isEmpty() ? tr("unit %1").arg(user.unitId.toString()) : user.unitName));
    m_userLabel->setToolTip(user.fullName);
    m_serverLabel->setText(server);
    m_serverLabel->setToolTip(tr("Server: %1\nDialect: %2").arg(server, m_session->profile().title()));
    // Qt appends the application display name (when set) to every window title.
    const QString where = tr("%1 @ %2").arg(user.username, m_session->api()->baseUrl().authority());
    setWindowTitle(QGuiApplication::applicationDisplayName().isEmpty() ? tr("%1 — DMS Live Console").arg(where) : where);
    m_stack->setCurrentWidget(m_tabs);
    // Show the window before the dialog goes, so there is never a moment without a
    // visible window (quitOnLastWindowClosed).
    if (!isVisible())
        show();
    if (m_dialog) {
        m_dialog->setBusy(false);
        m_dialog->passwordEdit()->clear();
        m_dialog->accept();
    }
    if (m_tray)
        m_tray->show();
    Q_EMIT signedIn(user);
}

void MainWindow::onSignInFailed(ApiError::Kind kind, int httpStatus, const QString &message)
{
    const QString heading = SignInDialog::failureHeading(kind, httpStatus);
    const QString detail = redactSecrets(message);
    qCInfo(lcUi).noquote() << "sign-in failed:" << heading;
    dropSession(false);
    if (m_dialog && m_dialog->isVisible())
        m_dialog->showFailure(kind, httpStatus, detail);
    else
        showSignInDialog(heading, detail);
    Q_EMIT signInFailed(heading, detail);
}

void MainWindow::showSignInDialog(const QString &heading, const QString &detail)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(this);
        connect(m_dialog, &SignInDialog::signInRequested, this, [this](const SignInRequest &request) {
            m_lastRequest = request;
            startSession(request);
        });
        connect(m_dialog, &SignInDialog::cancelRequested, this, [this] {
            if (m_session && !m_signedIn)
                dropSession(false);
        });
        connect(m_dialog, &QDialog::rejected, this, [this] {
            if (!m_signedIn && !m_everSignedIn && m_quitOnCancel)
                QCoreApplication::quit();
        });
    }
    const QSettings settings;
    m_dialog->setServerHistory(settings.value(QStringLiteral("signin/servers")).toStringList());
    SignInRequest prefill = m_lastRequest;
    if (prefill.server.isEmpty())
        prefill.server = QUrl(settings.value(QStringLiteral("signin/lastServer")).toString());
    if (prefill.user.isEmpty())
        prefill.user = settings.value(QStringLiteral("signin/lastUser")).toString();
    if (prefill.profile.isEmpty())
        prefill.profile = settings.value(QStringLiteral("signin/lastProfile"), QStringLiteral("dms-updates")).toString();
    if (!m_everSignedIn && m_lastRequest.user.isEmpty())
        prefill.remember = settings.value(QStringLiteral("signin/remember"), false).toBool();
    m_dialog->setRequest(prefill);
    if (!heading.isEmpty())
        m_dialog->showError(heading, detail);
    m_dialog->setWindowModality(isVisible() ? Qt::WindowModal : Qt::NonModal);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void MainWindow::rememberServer(const SignInRequest &request)
{
    QSettings settings;
    // Credentials, a query string (a token pasted into the URL) and a fragment are never
    // written to the settings file.
    const QString server = request.server.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                                                   QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QStringList history = settings.value(QStringLiteral("signin/servers")).toStringList();
    history.removeAll(server);
    history.prepend(server);
    while (history.size() > kMaxServerHistory)
        history.removeLast();
    settings.setValue(QStringLiteral("signin/servers"), history);
    settings.setValue(QStringLiteral("signin/lastServer"), server);
    settings.setValue(QStringLiteral("signin/lastUser"), request.user);
    settings.setValue(QStringLiteral("signin/lastProfile"), request.profile);
    settings.setValue(QStringLiteral("signin/remember"), request.remember);
}

// ---- the session's views ------------------------------------------------------------------

void MainWindow::buildPanels()
{
    ConsoleSession *session = m_session;
    QueryClient *queries = session->queries();
    const Clock *clock = queries->clock();
    const UserInfo user = session->api()->user();

    m_actions = new RequestActions(session->api(), queries, session);
    m_storage = createStorageModel(queries, session);

    m_requests = new RequestsPanel(queries, m_actions, user, m_storage, clock, m_tabs);
    m_requests->setObjectName(QStringLiteral("requestsPanel"));
    m_crates = new LiveTablePanel(createCratesModel(queries), clock, QStringLiteral("crates"), m_tabs);
    m_crates->setObjectName(QStringLiteral("cratesPanel"));
    m_crates->setSelfUser(user.username);
    m_crateActions = new RowActions(m_crates, QStringLiteral("crate"), m_actions, user, m_storage, m_crates);
    m_audit = new AuditPanel(queries, user.username, clock, m_tabs);
    m_audit->setObjectName(QStringLiteral("auditPanel"));
    m_healthRecorder = new HealthRecorder(session->live(), clock,
                                          HealthRecorder::defaultPath(session->api()->baseUrl().toString(
                                                                          QUrl::RemoveUserInfo | QUrl::RemovePath |
                                                                          QUrl::RemoveQuery | QUrl::RemoveFragment),
                                                                      user.username),
                                          session);
    m_healthRecorder->setIntervalMs(
        qBound(1000, QSettings().value(QStringLiteral("health/sampleIntervalMs"), 60'000).toInt(), 3'600'000));
    m_health = new HealthPanel(session, m_tabs, m_healthRecorder);
    m_health->setObjectName(QStringLiteral("healthPanel"));
    m_frames = new FramesPanel(session, m_tabs);
    m_frames->setObjectName(QStringLiteral("framesPanel"));
    // Virtual users are sessions of their own (over network managers of their own, so the
    // window's requests never queue behind theirs), trusting what the window trusts.
    m_simulation = new SimulationPanel(clock, session->api()->baseUrl(), session->profile().name(),
                                       session->api()->extraCaCertificates(), m_tabs);
    m_simulation->setObjectName(QStringLiteral("simulationPanel"));

    m_tabs->addTab(m_requests, themedIcon(QStringLiteral("requests")), tr("Requests"));
    m_tabs->addTab(m_crates, themedIcon(QStringLiteral("crates")), tr("Crates"));
    m_tabs->addTab(m_audit, themedIcon(QStringLiteral("audit")), tr("Audit"));
    m_tabs->addTab(m_health, themedIcon(QStringLiteral("health")), tr("Health"));
    m_tabs->addTab(m_simulation, themedIcon(QStringLiteral("simulation")), tr("Simulation"));
    m_tabs->addTab(m_frames, themedIcon(QStringLiteral("frames")), tr("Frames"));
    m_tabs->setTabToolTip(0, tr("Withdrawal, destruction and transfer requests and send-backs (Ctrl+1)"));
    m_tabs->setTabToolTip(1, tr("The unit's crates (Ctrl+2)"));
    m_tabs->setTabToolTip(2, tr("The audit log, live (Ctrl+3)"));
    m_tabs->setTabToolTip(3, tr("Health of the live channel (Ctrl+4)"));
    m_tabs->setTabToolTip(4, tr("Multi-user simulation: virtual users, latency, delivery, isolation (Ctrl+5)"));
    m_tabs->setTabToolTip(5, tr("Every frame in and out (Ctrl+6)"));
    buildDashboard();
    // A backend shows the tables its profile has routes for (docs/profiles.md): a lab
    // backend (seed 004) has equipment, no requests or crates.
    const RestRoutes &routes = session->profile().rest();
    const auto routed = [&routes](const char *key) { return !routes.pathOfKey(QLatin1String(key)).isEmpty(); };
    if (routed("equipment")) {
        m_lab = new LiveTablePanel(createEquipmentModel(queries), clock, QStringLiteral("equipment"), m_tabs);
        m_lab->setObjectName(QStringLiteral("labPanel"));
        const int lab = m_tabs->addTab(m_lab, themedIcon(QStringLiteral("crates")), tr("Lab"));
        m_tabs->setTabToolTip(lab, tr("Lab equipment, live (seed-004 backends)"));
    }
    if (routed("storage") && routed("crates")) {
        // Storage (issue 14): the locations' occupancy from the storage and crate tables
        // the window already keeps live.
        auto *storage = new StoragePanel(m_storage, m_crates->sourceModel(), m_tabs);
        storage->setObjectName(QStringLiteral("storagePanel"));
        const int at = m_tabs->addTab(storage, themedIcon(QStringLiteral("storage")), tr("Storage"));
        m_tabs->setTabToolTip(at, tr("Storage locations: occupancy and the crates at each"));
    }
    m_tabs->setTabVisible(m_tabs->indexOf(m_requests), routed("withdrawal-requests"));
    m_tabs->setTabVisible(m_tabs->indexOf(m_crates), routed("crates"));
    m_tabs->setTabVisible(m_tabs->indexOf(m_audit), routed("audit"));
    if (!m_tabs->isTabVisible(m_tabs->currentIndex())) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->isTabVisible(i)) {
                m_tabs->setCurrentIndex(i);
                break;
            }
        }
    }

    const QSettings settings;
    m_requests->restoreLayout(settings);
    m_crates->restoreLayout(settings);
    m_audit->restoreLayout(settings);
    m_frames->restoreLayout(settings);
    m_tabs->setCurrentIndex(qBound(0, settings.value(QStringLiteral("window/tab"), 0).toInt(), m_tabs->count() - 1));
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (!m_requests)
        return;
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    m_requests->saveLayout(settings);
    m_crates->saveLayout(settings);
    m_audit->saveLayout(settings);
    m_frames->saveLayout(settings);
}

void MainWindow::dropSession(bool forget)
{
    if (m_requests)
        saveLayout();
    // Views first: they hold models observing the session's queries.
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_requests = nullptr;
    m_crates = nullptr;
    m_lab = nullptr;
    m_crateActions = nullptr;
    m_audit = nullptr;
    m_health = nullptr;
    m_simulation = nullptr;
    m_frames = nullptr;
    m_dashboard = nullptr;
    delete m_dashboardModel;
    m_dashboardModel = nullptr;
    delete m_alerts;
    m_alerts = nullptr;
    delete m_healthRecorder;  // saves the health history
    m_healthRecorder = nullptr;

    if (m_session) {
        ConsoleSession *session = m_session;
        m_session = nullptr;
        disconnect(session->live(), nullptr, this, nullptr);
        disconnect(session->api(), nullptr, this, nullptr);
        disconnect(session->signIn(), nullptr, this, nullptr);
        delete m_storage;  // observes a key of the session's query client
        m_storage = nullptr;
        delete m_actions;
        m_actions = nullptr;
        session->live()->stop();
        if (forget)
            session->signIn()->signOut(true);
        session->deleteLater();  // we may be inside one of its signals
    }
    const bool wasSignedIn = m_signedIn;
    m_signedIn = false;
    setSessionActionsEnabled(false);
    m_badge->setStatus(LiveStatus{});
    m_retry->hide();
    m_statusTick.stop();
    m_userLabel->clear();
    m_serverLabel->clear();
    m_detail->setText(tr("not signed in"));
    setWindowTitle(QGuiApplication::applicationDisplayName().isEmpty() ? tr("DMS Live Console") : QString());
    m_stack->setCurrentWidget(m_signedOutPage);
    if (m_tray)
        m_tray->hide();
    if (wasSignedIn)
        Q_EMIT signedOut();
}

// ---- live state -------------------------------------------------------------------------------

void MainWindow::onLiveStatus(const LiveStatus &status)
{
    m_badge->setStatus(status);
    const bool offline = status.state == LiveState::Offline || status.state == LiveState::AuthFailed;
    m_retry->setText(status.state == LiveState::AuthFailed ? tr("Sign in again…") : tr("Retry"));
    m_retry->setVisible(offline);
    if (status.state == LiveState::Reconnecting || status.state == LiveState::Connecting)
        m_statusTick.start();
    else
        m_statusTick.stop();
    updateStatusDetail();
}

void MainWindow::updateStatusDetail()
{
    if (!m_session || !m_signedIn) {
        if (!m_session)
            m_detail->setText(tr("not signed in"));
        return;
    }
    const LiveStatus &status = m_session->live()->status();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString text;
    switch (status.state) {
    case LiveState::Live: {
        const qint64 since = m_session->live()->metrics().liveSinceMs;
        text = since > 0 ? tr("live since %1").arg(QDateTime::fromMSecsSinceEpoch(since).toString(QStringLiteral("HH:mm:ss")))
                         : tr("live");
        break;
    }
    case LiveState::Connecting:
        text = status.attempt > 1 ? tr("connecting, attempt %1…").arg(status.attempt) : tr("connecting…");
        break;
    case LiveState::Reconnecting: {
        const qint64 left = status.nextAttemptAtMs > 0 ? qMax<qint64>(0, status.nextAttemptAtMs - now) : status.delayMs;
        const QString next = QString::number(left / 1000.0, 'f', left < 10'000 ? 1 : 0);
        text = status.maxAttempts > 0 ? tr("attempt %1 of %2, next in %3 s").arg(status.attempt).arg(status.maxAttempts).arg(next)
                                      : tr("attempt %1, next in %2 s").arg(status.attempt).arg(next);
        break;
    }
    case LiveState::Offline:
        text = tr("offline: %1").arg(status.reason);
        break;
    case LiveState::AuthFailed:
        text = tr("signed out: %1").arg(status.reason);
        break;
    case LiveState::SignedOut:
        text = tr("not connected");
        break;
    }
    m_detail->setText(redactSecrets(text));
    m_detail->setToolTip(redactSecrets(status.describe()));
}

void MainWindow::onNotification(const LiveEvent &event)
{
    if (m_alerts) {  // told once, with the row's own change (AlertCenter)
        m_alerts->onServerNotification(event);
        return;
    }
    if (!event.notificationKind.isEmpty() && event.notificationKind != QLatin1String("send_back"))
        return;
    const QString title = tr("Sent back to you");
    const QString text = event.message.isEmpty() ? tr("Request #%1 was sent back for changes.").arg(event.id.toString())
                                                 : event.message;
    m_toasts->showToast(title, text);
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 10'000);
    QApplication::alert(this);
    Q_EMIT sendBackNotified(text);
}

void MainWindow::onApiSignedOut(const QString &reason)
{
    if (!m_signedIn)
        return;
    statusBar()->showMessage(tr("Signed out by the server: %1").arg(redactSecrets(reason)), 15'000);
    m_retry->setText(tr("Sign in again…"));
    m_retry->show();
}

// ---- commands ---------------------------------------------------------------------------------

void MainWindow::refreshAll()
{
    if (!m_session || !m_signedIn)
        return;
    const InvalidationTrace trace =
        m_session->queries()->invalidateAllActive(InvalidationCause::Manual, QStringLiteral("refresh"));
    statusBar()->showMessage(tr("Refreshing %n table(s)…", nullptr, int(trace.entries.size())), 3000);
}

void MainWindow::reconnect()
{
    if (!m_session || !m_signedIn)
        return;
    m_session->live()->reconnectNow(tr("asked by the user"));
}

void MainWindow::signOut()
{
    m_lastRequest.password.clear();
    dropSession(true);
    showSignInDialog();
}

void MainWindow::switchServer()
{
    m_lastRequest.password.clear();
    dropSession(false);
    m_lastRequest.server.clear();
    showSignInDialog();
    if (m_dialog)
        m_dialog->serverCombo()->setFocus();
}

void MainWindow::setPreferences(const ConsolePreferences &preferences)
{
    const bool themeChanged = preferences.theme != m_prefs.theme;
    m_prefs = preferences;
    QSettings settings;
    m_prefs.save(settings);
    if (m_session) {
        LiveSession::Settings live = m_session->live()->settings();
        m_prefs.applyTo(live);
        m_session->live()->setSettings(live);
    }
    if (m_alerts)
        m_alerts->setPreferences(m_prefs.alerts);
    if (themeChanged)
        applyTheme(*qApp, m_prefs.theme);
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_prefs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setPreferences(dialog->preferences()); });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About DMS Live Console"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>DMS Live Console %1</h3>"
                    "<p>Watches a document-management server live: requests, crates, the audit stream "
                    "and the health of the live channel.</p>"
                    "<p>Built with Qt %2.</p>")
                     .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_tray)
        m_tray->hide();
    QMainWindow::closeEvent(event);
}

}  // namespace Dms
