// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "consoleapp.h"

#include "core/logging.h"
#include "core/version.h"
#include "data/entitytablemodel.h"
#include "data/framelogmodel.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/signindialog.h"
#include "panels/auditpanel.h"
#include "panels/framespanel.h"
#include "panels/livetablepanel.h"
#include "panels/requestspanel.h"
#include "panels/simulationpanel.h"
#include "style/theme.h"
#include "widgets/toast.h"
#include "windows/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTimer>

namespace Dms {

namespace {

// DMS_SCREENSHOT_DIR=DIR: once signed in and the tables are loaded, waits
// DMS_SCREENSHOT_DELAY_MS (default 8000) so the live tables move and heartbeats are
// measured, then saves a PNG of each tab (and of the sign-in dialog) into DIR and quits.
// Used by scripts/screenshots under Xvfb; exit code 0 when every picture was written.
class ScreenshotDirector final : public QObject
{
public:
    ScreenshotDirector(MainWindow *window, const QString &dir, const GuiOptions &options)
        : QObject(window), m_window(window), m_dir(dir), m_options(options)
    {
        QDir().mkpath(dir);
        m_delayMs = qEnvironmentVariableIntValue("DMS_SCREENSHOT_DELAY_MS");
        if (m_delayMs <= 0)
            m_delayMs = 8000;
        m_prefix = qEnvironmentVariable("DMS_SCREENSHOT_PREFIX");
        m_clock.start();
        connect(window, &MainWindow::signedIn, this, [this] { waitForTables(); });
        connect(window, &MainWindow::signInFailed, this, [this] {
            qCWarning(lcUi) << "screenshots: sign-in failed";
            finish(1);
        });
        QTimer::singleShot(180'000, this, [this] {
            qCWarning(lcUi) << "screenshots: gave up after 180 s";
            finish(2);
        });
    }

private:
    bool tablesLoaded() const
    {
        RequestsPanel *requests = m_window->requestsPanel();
        if (!requests || !m_window->cratesPanel() || !m_window->auditPanel())
            return false;
        for (LiveTablePanel *panel : requests->panels()) {
            if (!panel->sourceModel()->isLoaded())
                return false;
        }
        return m_window->cratesPanel()->sourceModel()->isLoaded()
            && m_window->auditPanel()->table()->sourceModel()->isLoaded();
    }

    void waitForTables()
    {
        if (!tablesLoaded()) {
            QTimer::singleShot(200, this, [this] { waitForTables(); });
            return;
        }
        m_window->resize(1320, 820);
        // Something to act on: the first row that the user may act on in each request table.
        for (LiveTablePanel *panel : m_window->requestsPanel()->panels())
            selectActionable(panel);
        selectActionable(m_window->cratesPanel());
        QTimer::singleShot(m_delayMs, this, [this] { shoot(0); });
    }

    void selectActionable(LiveTablePanel *panel)
    {
        QTableView *view = panel->view();
        const int rows = view->model()->rowCount();
        // Prefer a row in the middle of the table so flashes above and below are visible.
        for (int r = rows / 3; r < rows; ++r) {
            view->selectRow(r);
            const QList<QAction *> actions = panel->toolBar()->actions();
            if (std::any_of(actions.cbegin(), actions.cend(), [](QAction *a) { return a->isEnabled() && !a->isCheckable(); }))
                return;
        }
        if (rows > 0)
            view->selectRow(rows / 3);
    }

    // The newest event frame, so the details pane shows a frame and its invalidation trace.
    static void selectLastEvent(FramesPanel *frames)
    {
        const QAbstractItemModel *model = frames->view()->model();
        for (int r = model->rowCount() - 1; r >= 0; --r) {
            if (!model->index(r, FrameLogModel::EntityColumn).data().toString().isEmpty()) {
                frames->view()->selectRow(r);
                frames->view()->scrollTo(model->index(r, 0));
                return;
            }
        }
    }

    void shoot(int tab)
    {
        QTabWidget *tabs = m_window->tabs();
        if (tab >= tabs->count()) {
            shootSignIn();
            return;
        }
        tabs->setCurrentIndex(tab);
        if (tabs->widget(tab) == m_window->framesPanel())
            selectLastEvent(m_window->framesPanel());
        if (SimulationPanel *sim = m_window->simulationPanel(); sim && tabs->widget(tab) == sim && !m_simulated) {
            // A short real run, so the picture shows charts, verdicts and users.
            m_simulated = true;
            if (runSimulation(sim)) {
                connect(sim, &SimulationPanel::runFinished, this, [this, tab] { shoot(tab); },
                        Qt::SingleShotConnection);
                return;
            }
        }
        // Let the tab lay out and paint (charts animate briefly).
        QTimer::singleShot(700, this, [this, tab] {
            QTabWidget *t = m_window->tabs();
            // Named after the page ("dashboardPanel" → "dashboard"): the tabs a user sees
            // depend on the role and the dialect.
            QString name = t->widget(tab)->objectName();
            if (name.endsWith(QLatin1String("Panel")))
                name.chop(5);
            if (name.isEmpty())
                name = QStringLiteral("tab%1").arg(tab);
            if (t->widget(tab) == m_window->auditPanel())
                m_window->auditPanel()->table()->view()->scrollToBottom();
            // Alert toasts would cover what each picture is of: only the Requests tab's
            // picture keeps the ones that came up while it waited (it shows what they are).
            if (t->widget(tab) != m_window->requestsPanel())
                m_window->toasts()->dismissAll();
            save(QStringLiteral("%1-%2").arg(tab + 1, 2, 10, QLatin1Char('0')).arg(name), m_window->grab());
            shoot(tab + 1);
        });
    }

    // approve-fanout with the demo users of two units (the demo admin compares the tables).
    bool runSimulation(SimulationPanel *sim)
    {
        QComboBox *box = sim->scenarioBox();
        box->setCurrentIndex(qMax(0, box->findData(QStringLiteral("approve-fanout"))));
        sim->usersBox()->setValue(8);
        sim->unitsBox()->setValue(2);
        sim->rateBox()->setValue(4);
        sim->durationBox()->setValue(12);
        return sim->startRun();
    }

    void shootSignIn()
    {
        auto *dialog = new SignInDialog(m_window);
        SignInRequest prefill;
        prefill.server = m_options.server;
        prefill.user = m_options.user;
        prefill.profile = m_options.profile;
        dialog->setServerHistory({m_options.server.toString()});
        dialog->setRequest(prefill);
        dialog->show();
        QTimer::singleShot(400, this, [this, dialog] {
            save(QStringLiteral("00-sign-in"), dialog->grab());
            dialog->deleteLater();
            finish(m_failed ? 3 : 0);
        });
    }

    void save(const QString &name, const QPixmap &pixmap)
    {
        const QString path = QDir(m_dir).filePath(m_prefix + name + QStringLiteral(".png"));
        if (!pixmap.save(path)) {
            qCWarning(lcUi).noquote() << "screenshots: cannot write" << path;
            m_failed = true;
        } else {
            qCInfo(lcUi).noquote() << "screenshots: wrote" << path;
        }
    }

    void finish(int code)
    {
        if (m_done)
            return;
        m_done = true;
        m_window->close();
        QCoreApplication::exit(code);
    }

    MainWindow *m_window;
    QString m_dir;
    GuiOptions m_options;
    QString m_prefix;
    int m_delayMs = 8000;
    QElapsedTimer m_clock;
    bool m_failed = false;
    bool m_done = false;
    bool m_simulated = false;
};

}  // namespace

int runConsole(QApplication &app, const SessionFactory &makeSession, const GuiOptions &options)
{
    installTranslations(app);
    // The product's name; translated (a language may transliterate it) only now that the
    // translators are in.
    QGuiApplication::setApplicationDisplayName(MainWindow::tr("DMS Live Console"));
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("dms-console"));
    QCoreApplication::setApplicationName(QStringLiteral("dms-console"));
    if (QCoreApplication::applicationVersion().isEmpty())
        QCoreApplication::setApplicationVersion(consoleVersion());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.dms_console"));

    const ConsolePreferences preferences = ConsolePreferences::load(QSettings());
    applyTheme(app, preferences.theme);
    app.setWindowIcon(QIcon(QStringLiteral(":/ui/icons/dms-console.svg")));

    MainWindow window(makeSession);
    window.setQuitWhenSignInCancelled(true);

    const QString screenshotDir = qEnvironmentVariable("DMS_SCREENSHOT_DIR");
    if (!screenshotDir.isEmpty())
        new ScreenshotDirector(&window, screenshotDir, options);

    if (!options.server.isEmpty() && !options.user.isEmpty()) {
        SignInRequest request;
        request.server = options.server;
        request.user = options.user;
        request.password = options.password;
        request.profile = options.profile.isEmpty() ? QStringLiteral("dms-updates") : options.profile;
        request.caFile = options.caFile;
        request.tokenInHeader = options.tokenInHeader;
        request.remember = options.remember;
        window.signIn(request);
    } else {
        SignInRequest prefill;
        prefill.server = options.server;
        prefill.user = options.user;
        if (!options.profile.isEmpty())
            prefill.profile = options.profile;
        window.showSignInDialog();
        if (!options.server.isEmpty() || !options.user.isEmpty())
            window.signInDialog()->setRequest(prefill);
    }
    return app.exec();
}

}  // namespace Dms
