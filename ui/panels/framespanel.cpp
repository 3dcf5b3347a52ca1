// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "panels/framespanel.h"

#include "data/framelogmodel.h"
#include "data/livefilterproxymodel.h"
#include "core/redact.h"
#include "live/livesession.h"
#include "session/consolesession.h"
#include "style/theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Dms {

FramesPanel::FramesPanel(ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_log(new FrameLogModel(this))
    , m_proxy(new LiveFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_pause(new QAction(themedIcon(QStringLiteral("pause")), tr("Pause"), this))
    , m_copy(new QAction(themedIcon(QStringLiteral("copy")), tr("Copy as JSON"), this))
    , m_clear(new QAction(themedIcon(QStringLiteral("clear")), tr("Clear"), this))
    , m_type(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_held(new QLabel(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_log);
    m_proxy->setDynamicSortFilter(true);

    m_view->setObjectName(QStringLiteral("framesTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    m_view->setAccessibleName(tr("Frames"));
    const int widths[] = {100, 44, 80, 160, 150, 64};
    for (int c = 0; c < 6; ++c)
        m_view->setColumnWidth(c, widths[c]);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_details->setFont(mono);
    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("frameDetails"));
    m_details->setAccessibleName(tr("Frame details"));
    m_details->setPlaceholderText(tr("Select a frame to see it and the queries it invalidated."));

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    m_pause->setCheckable(true);
    m_pause->setObjectName(QStringLiteral("framesPause"));
    m_pause->setShortcut(QKeySequence(Qt::Key_F8));
    m_pause->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_pause->setToolTip(tr("Pause the log (F8); frames keep arriving and wait until you resume"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setObjectName(QStringLiteral("framesCopy"));
    m_copy->setToolTip(tr("Copy the selected frames (or all shown) as JSON, tokens redacted"));
    m_clear->setToolTip(tr("Forget the frames logged so far"));
    bar->addAction(m_pause);
    bar->addAction(m_copy);
    bar->addAction(m_clear);
    addAction(m_pause);
    addAction(m_copy);

    // --- for testers: compose and send, save, open a saved log
    m_composeAction = new QAction(themedIcon(QStringLiteral("play")), tr("Compose"), this);
    m_composeAction->setObjectName(QStringLiteral("framesCompose"));
    m_composeAction->setCheckable(true);
    m_composeAction->setToolTip(tr("Compose a frame and send it on the live socket"));
    m_saveAction = new QAction(themedIcon(QStringLiteral("export")), tr("Save log…"), this);
    m_saveAction->setObjectName(QStringLiteral("framesSave"));
    m_saveAction->setToolTip(tr("Save the frames shown (filters applied) as JSON lines, tokens redacted"));
    m_openAction = new QAction(themedIcon(QStringLiteral("frames")), tr("Open log…"), this);
    m_openAction->setObjectName(QStringLiteral("framesOpen"));
    m_openAction->setToolTip(tr("Read a saved log (the live log carries on meanwhile)"));
    bar->addSeparator();
    bar->addAction(m_composeAction);
    bar->addAction(m_saveAction);
    bar->addAction(m_openAction);

    m_compose = new QWidget(this);
    m_compose->setObjectName(QStringLiteral("framesComposer"));
    m_templates = new QComboBox(m_compose);
    m_templates->setObjectName(QStringLiteral("framesTemplates"));
    m_templates->setAccessibleName(tr("Message template"));
    m_socket = new QComboBox(m_compose);
    m_socket->setAccessibleName(tr("Socket to send on"));
    m_editor = new QPlainTextEdit(m_compose);
    m_editor->setObjectName(QStringLiteral("framesEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setAccessibleName(tr("Frame to send (JSON)"));
    m_editor->setTabChangesFocus(true);
    m_sendButton = new QPushButton(tr("Send"), m_compose);
    m_sendButton->setObjectName(QStringLiteral("framesSend"));
    m_sendButton->setToolTip(tr("Send the frame (Ctrl+Return)"));
    auto *sendShortcut = new QAction(m_compose);
    sendShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    sendShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_compose->addAction(sendShortcut);
    m_composeStatus = new QLabel(m_compose);
    m_composeStatus->setObjectName(QStringLiteral("framesComposeStatus"));
    m_composeStatus->setWordWrap(true);
    auto *composeTop = new QHBoxLayout;
    composeTop->setContentsMargins(0, 0, 0, 0);
    composeTop->addWidget(new QLabel(tr("Template:"), m_compose));
    composeTop->addWidget(m_templates, 1);
    composeTop->addWidget(m_socket);
    composeTop->addWidget(m_sendButton);
    auto *composeLayout = new QVBoxLayout(m_compose);
    composeLayout->setContentsMargins(0, 0, 0, 0);
    composeLayout->addLayout(composeTop);
    composeLayout->addWidget(m_editor, 1);
    composeLayout->addWidget(m_composeStatus);
    m_compose->hide();
    buildTemplates();
    connect(m_templates, &QComboBox::activated, this, &FramesPanel::useTemplate);
    connect(m_sendButton, &QPushButton::clicked, this, [this] { sendEditorFrame(); });
    connect(sendShortcut, &QAction::triggered, this, [this] { sendEditorFrame(); });
    connect(m_composeAction, &QAction::toggled, this, [this](bool on) {
        m_compose->setVisible(on);
        if (on) {
            if (m_editor->toPlainText().trimmed().isEmpty())
                useTemplate(m_templates->currentIndex());
            m_editor->setFocus();
        }
    });
    connect(m_saveAction, &QAction::triggered, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Save frame log"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("JSON lines (*.jsonl)"));
        dialog->setDefaultSuffix(QStringLiteral("jsonl"));
        dialog->selectFile(QStringLiteral("frames-%1.jsonl")
                               .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveLog(path); });
        dialog->open();
    });
    connect(m_openAction, &QAction::triggered, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Open a saved frame log"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilter(tr("JSON lines (*.jsonl *.json);;All files (*)"));
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { openLog(path); });
        dialog->open();
    });

    m_savedBar = new QWidget(this);
    m_savedBar->setObjectName(QStringLiteral("framesSavedBar"));
    m_savedText = new QLabel(m_savedBar);
    m_savedText->setWordWrap(true);
    auto *back = new QPushButton(tr("Back to live"), m_savedBar);
    back->setObjectName(QStringLiteral("framesBackToLive"));
    connect(back, &QPushButton::clicked, this, &FramesPanel::backToLive);
    auto *savedLayout = new QHBoxLayout(m_savedBar);
    savedLayout->setContentsMargins(0, 0, 0, 0);
    savedLayout->addWidget(m_savedText, 1);
    savedLayout->addWidget(back);
    m_savedBar->hide();

    m_type->addItem(tr("All types"), QString());
    m_type->setAccessibleName(tr("Filter by frame type"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_entity->addItem(tr("All entities"), QString());
    m_entity->setAccessibleName(tr("Filter by entity"));
    m_entity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setPlaceholderText(tr("Search frames"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search frames"));
    m_search->addAction(themedIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_held->setObjectName(QStringLiteral("framesHeld"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(bar);
    top->addWidget(m_type);
    top->addWidget(m_entity);
    top->addStretch(1);
    top->addWidget(m_held);
    top->addWidget(m_search);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_savedBar);
    layout->addWidget(m_splitter, 1);
    // Below the splitter, not in it: the filters stay the panel's first combo boxes.
    m_compose->setMinimumHeight(m_compose->fontMetrics().height() * 9);
    layout->addWidget(m_compose);
    auto *bottom = new QHBoxLayout;
    m_count->setWordWrap(true);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bottom->addWidget(m_count, 1);
    layout->addLayout(bottom);

    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        m_log->setPaused(paused);
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        m_pause->setIcon(themedIcon(paused ? QStringLiteral("play") : QStringLiteral("pause")));
        updateHeld(m_log->heldCount());
    });
    connect(m_log, &FrameLogModel::heldCountChanged, this, &FramesPanel::updateHeld);
    connect(m_copy, &QAction::triggered, this, &FramesPanel::copyAsJson);
    connect(m_clear, &QAction::triggered, m_log, &FrameLogModel::clear);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setExactFilter(FrameLogModel::TypeColumn, m_type->currentData().toString()); });
    connect(m_entity, &QComboBox::currentIndexChanged, this, [this] {
        const QString entity = m_entity->currentData().toString();
        // "crate #12": match the entity part.
        m_proxy->setColumnFilter(FrameLogModel::EntityColumn, entity.isEmpty() ? QString() : entity + QLatin1Char(' '));
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &LiveFilterProxyModel::setSearchText);
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &FramesPanel::onRowsInserted);
    connect(m_log, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        for (int r = tl.row(); r <= br.row(); ++r)
            addComboValue(m_entity, m_log->index(r, 0).data(FrameLogModel::EntityRole).toString());
        showDetails();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FramesPanel::showDetails);

    LiveSession *live = session->live();
    connect(live, &LiveSession::frameReceived, m_log, &FrameLogModel::addFrame);
    connect(live, &LiveSession::frameSent, m_log, &FrameLogModel::addFrame);
    connect(session, &ConsoleSession::eventApplied, m_log, &FrameLogModel::addEvent);
    updateHeld(0);
}

void FramesPanel::updateHeld(int held)
{
    m_held->setText(m_log->isPaused() ? tr("Paused: %n frame(s) waiting", nullptr, held) : QString());
    m_held->setVisible(m_log->isPaused());
}

void FramesPanel::addComboValue(QComboBox *combo, const QString &value)
{
    if (value.isEmpty() || combo->findData(value) >= 0)
        return;
    int at = 1;
    while (at < combo->count() && combo->itemText(at).compare(value, Qt::CaseInsensitive) < 0)
        ++at;
    combo->insertItem(at, value, value);
}

void FramesPanel::onRowsInserted()
{
    const int rows = m_log->rowCount();
    for (int r = qMax(0, rows - 50); r < rows; ++r)
        addComboValue(m_type, m_log->index(r, 0).data(FrameLogModel::TypeRole).toString());
    if (!isShowingSavedLog())
        m_count->setText(tr("%1 of %n frame(s) kept; %2 seen", nullptr, rows).arg(m_proxy->rowCount()).arg(m_log->totalFrames()));
    if (isShowingSavedLog())
        return;  // the live log grows out of sight
    // Follow the newest frame while the view is at the bottom and nothing is selected.
    QScrollBar *bar = m_view->verticalScrollBar();
    if (!m_view->selectionModel()->hasSelection() && bar->value() >= bar->maximum() - 4)
        QTimer::singleShot(0, m_view, [view = m_view] { view->scrollToBottom(); });
}

void FramesPanel::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    QString text = current.data(FrameLogModel::FrameTextRole).toString();
    const QString trace = current.data(FrameLogModel::TraceTextRole).toString();
    if (!trace.isEmpty())
        text += QStringLiteral("\n\n") + tr("Invalidation:") + QLatin1Char('\n') + trace;
    if (m_details->toPlainText() != text)
        m_details->setPlainText(text);
}

QList<int> FramesPanel::shownRows(bool selectionOnly) const
{
    QList<int> rows;
    const QModelIndexList selected = selectionOnly ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    if (selected.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    } else {
        for (const QModelIndex &index : selected)
            rows << m_proxy->mapToSource(index).row();
        std::sort(rows.begin(), rows.end());
    }
    return rows;
}

QString FramesPanel::selectionJson() const
{
    return QString::fromUtf8(QJsonDocument(shownLog()->entriesJson(shownRows(true))).toJson(QJsonDocument::Indented));
}

FrameLogModel *FramesPanel::shownLog() const
{
    return qobject_cast<FrameLogModel *>(m_proxy->sourceModel());
}

void FramesPanel::buildTemplates()
{
    m_templates->clear();
    m_socket->clear();
    if (!m_session)
        return;
    const DialectProfile &profile = m_session->profile();
    const QString typeField = profile.typeField().isEmpty() ? QStringLiteral("type") : profile.typeField();
    // (title, frame): the dialect's outbound messages first, then probes of how the server
    // copes with what it does not expect.
    QList<QPair<QString, QJsonObject>> templates;
    if (profile.heartbeatMode() == HeartbeatMode::Json && !profile.pingTemplate().isEmpty()) {
        QJsonObject ping = profile.pingTemplate();
        if (!profile.pingTimestampField().isEmpty())
            ping.insert(profile.pingTimestampField(), QStringLiteral("{now}"));
        templates.append({tr("Ping (the dialect's heartbeat)"), ping});
        if (!profile.pingTimestampField().isEmpty()) {
            QJsonObject bare = profile.pingTemplate();
            bare.remove(profile.pingTimestampField());
            templates.append({tr("Ping without a timestamp"), bare});
        }
    }
    templates.append({tr("A type the dialect does not know"),
                      QJsonObject{{typeField, QStringLiteral("console_probe")},
                                  {QStringLiteral("note"), QStringLiteral("sent from the Frames tab")}}});
    templates.append({tr("No type field"), QJsonObject{{QStringLiteral("hello"), QStringLiteral("server")}}});
    for (const auto &t : std::as_const(templates))
        m_templates->addItem(t.first, t.second);
    for (const SocketSpec &socket : profile.sockets())
        m_socket->addItem(socket.name, socket.name);
    m_socket->setVisible(m_socket->count() > 1);
}

void FramesPanel::useTemplate(int index)
{
    if (index < 0 || index >= m_templates->count())
        return;
    QString text = QString::fromUtf8(
        QJsonDocument(m_templates->itemData(index).toJsonObject()).toJson(QJsonDocument::Indented));
    // "{now}": the time of choosing, as the dialect writes its timestamps.
    text.replace(QLatin1String("{now}"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    m_editor->setPlainText(text.trimmed());
    m_composeStatus->clear();
}

bool FramesPanel::sendEditorFrame(QString *error)
{
    auto fail = [&](const QString &why) {
        m_composeStatus->setText(tr("Not sent: %1").arg(why));
        if (error)
            *error = why;
        return false;
    };
    const QByteArray text = m_editor->toPlainText().toUtf8();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = text.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return fail(tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return fail(tr("a frame is a JSON object ({…})"));
    if (!m_session)
        return fail(tr("not signed in"));
    QString why;
    if (!m_session->live()->sendCustomFrame(doc.object(), m_socket->count() > 1 ? m_socket->currentData().toString() : QString(), &why))
        return fail(why);
    m_composeStatus->setText(tr("Sent at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz"))));
    return true;
}

bool FramesPanel::saveLog(const QString &path, QString *error)
{
    const QList<int> rows = shownRows(false);
    QSaveFile file(path);
    QString why;
    if (!file.open(QIODevice::WriteOnly)) {
        why = file.errorString();
    } else {
        const QByteArray data = shownLog()->jsonLines(rows);
        if (file.write(data) != data.size() || !file.commit())
            why = file.errorString();
    }
    if (!why.isEmpty()) {
        m_count->setText(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), why));
        if (error)
            *error = why;
        return false;
    }
    m_count->setText(tr("%n frame(s) saved to %1", nullptr, int(rows.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FramesPanel::openLog(const QString &path, QString *error)
{
    constexpr qint64 kMaxLogBytes = 256ll * 1024 * 1024;
    auto fail = [&](const QString &why) {
        m_count->setText(tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), why));
        if (error)
            *error = why;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > kMaxLogBytes)
        return fail(tr("it is larger than %1 MiB").arg(kMaxLogBytes / (1024 * 1024)));
    if (!m_saved)
        m_saved = new FrameLogModel(this);
    QString why;
    int skipped = 0;
    if (!m_saved->loadJsonLines(file.readAll(), &why, &skipped))
        return fail(why);
    for (int r = 0; r < m_saved->rowCount(); ++r) {
        addComboValue(m_type, m_saved->index(r, 0).data(FrameLogModel::TypeRole).toString());
        addComboValue(m_entity, m_saved->index(r, 0).data(FrameLogModel::EntityRole).toString());
    }
    showLog(m_saved);
    QString text = tr("Reading %1: %n frame(s).", nullptr, m_saved->rowCount()).arg(QFileInfo(path).fileName());
    if (skipped > 0)
        text += QLatin1Char(' ') + tr("%n line(s) skipped (not a saved frame).", nullptr, skipped);
    m_savedText->setText(text + QLatin1Char(' ') + tr("The live log carries on meanwhile."));
    m_count->setText(tr("%1 of %n saved frame(s) shown", nullptr, m_saved->rowCount()).arg(m_proxy->rowCount()));
    return true;
}

void FramesPanel::backToLive()
{
    showLog(m_log);
    onRowsInserted();
}

void FramesPanel::showLog(FrameLogModel *log)
{
    if (m_proxy->sourceModel() == log)
        return;
    m_proxy->setSourceModel(log);
    const bool saved = log != m_log;
    m_savedBar->setVisible(saved);
    m_pause->setEnabled(!saved);
    m_clear->setEnabled(!saved);
    m_details->clear();
}

void FramesPanel::copyAsJson()
{
    QApplication::clipboard()->setText(selectionJson());
}

void FramesPanel::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("frames/header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("frames/splitter"), m_splitter->saveState());
}

void FramesPanel::restoreLayout(const QSettings &settings)
{
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("frames/header")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("frames/splitter")).toByteArray());
}

}  // namespace Dms
