// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "panels/framespanel.h"

#include "data/framelogmodel.h"
#include "data/livefilterproxymodel.h"
#include "live/livesession.h"
#include "session/consolesession.h"
#include "style/theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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
    layout->addWidget(m_splitter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_count);
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
    m_count->setText(tr("%1 of %n frame(s) kept; %2 seen", nullptr, rows).arg(m_proxy->rowCount()).arg(m_log->totalFrames()));
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

QString FramesPanel::selectionJson() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    } else {
        for (const QModelIndex &index : selected)
            rows << m_proxy->mapToSource(index).row();
        std::sort(rows.begin(), rows.end());
    }
    return QString::fromUtf8(QJsonDocument(m_log->entriesJson(rows)).toJson(QJsonDocument::Indented));
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
