// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "panels/livetablepanel.h"

#include "core/clock.h"
#include "data/entitytablemodel.h"
#include "data/livefilterproxymodel.h"
#include "data/pausabletablemodel.h"
#include "delegates/liverowdelegate.h"
#include "style/theme.h"
#include "widgets/filterheader.h"
#include "widgets/flowlayout.h"
#include "widgets/messagebar.h"
#include "widgets/tableexport.h"
#include "widgets/xlsxexport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Dms {

namespace {

// Statuses in lifecycle order; others follow alphabetically.
int statusRank(const QString &status)
{
    static const QStringList order{
        QStringLiteral("pending"),  QStringLiteral("approved"),  QStringLiteral("issued"),
        QStringLiteral("returned"), QStringLiteral("rejected"),  QStringLiteral("sent_back"),
        QStringLiteral("active"),   QStringLiteral("withdrawn"), QStringLiteral("archived"),
        QStringLiteral("destroyed"), QStringLiteral("open"),     QStringLiteral("resolved")};
    const int rank = int(order.indexOf(status));
    return rank < 0 ? 1000 : rank;
}

QIcon dotIcon(const QColor &color)
{
    QIcon icon;
    for (const int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const qreal r = size * 0.3;
        painter.drawEllipse(QPointF(size / 2.0, size / 2.0), r, r);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

}  // namespace

LiveTablePanel::LiveTablePanel(EntityTableModel *source, const Clock *clock, const QString &layoutKey,
                               QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_clock(clock)
    , m_layoutKey(layoutKey)
    , m_live(new PausableTableModel(source, clock, this))
    , m_proxy(new LiveFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_header(new FilterHeader(m_view))
    , m_delegate(new LiveRowDelegate(this))
    , m_messages(new MessageBar(this))
    , m_toolBar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_filterButton(new QToolButton(this))
    , m_pauseButton(new QToolButton(this))
    , m_pauseAction(new QAction(this))
    , m_exportAction(new QAction(themedIcon(QStringLiteral("export")), tr("Export…"), this))
    , m_exportButton(new QToolButton(this))
    , m_pendingButton(new QToolButton(this))
    , m_rowsLabel(new QLabel(this))
    , m_chips(new QWidget(this))
    , m_chipsLayout(new FlowLayout(m_chips))
{
    if (!source->parent())
        source->setParent(this);
    m_mono.start();
    m_proxy->setSourceModel(m_live);

    // --- the table
    m_view->setObjectName(QStringLiteral("liveTable"));
    m_view->setHorizontalHeader(m_header);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setTabKeyNavigation(false);  // Tab leaves the table; arrows move inside
    m_view->setAccessibleName(tr("Live table"));
    m_header->setSortIndicator(-1, Qt::AscendingOrder);  // the server's order until asked
    m_view->setSortingEnabled(true);
    m_header->setSortIndicatorShown(true);
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_header->setDefaultSectionSize(130);
    m_header->setMinimumSectionSize(40);
    const QList<ColumnSpec> &columns = source->columns();
    QSet<int> statusColumns;
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).format == ColumnSpec::Format::Status)
            statusColumns.insert(c);
    }
    m_delegate->setStatusColumns(statusColumns);
    m_delegate->setFadeOutMs(m_live->fadeOutMs());
    connect(m_header, &FilterHeader::filterChanged, m_proxy, [this](int column, const QString &text) {
        m_proxy->setColumnFilter(column, text);
        updateRowsLabel();
    });
    connect(m_view->horizontalScrollBar(), &QScrollBar::valueChanged, m_header, &FilterHeader::adjustEditors);

    // --- controls
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setAccessibleName(tr("Row actions"));

    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search the table"));
    m_search->setMinimumWidth(180);
    m_search->setMaximumWidth(320);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateRowsLabel();
    });
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);

    m_filterButton->setIcon(themedIcon(QStringLiteral("filter")));
    m_filterButton->setCheckable(true);
    m_filterButton->setToolTip(tr("Show a filter box under each column title"));
    m_filterButton->setAccessibleName(tr("Column filters"));
    connect(m_filterButton, &QToolButton::toggled, this, [this](bool on) {
        m_header->setFiltersVisible(on);
        if (!on) {
            m_header->clearFilters();
        }
    });

    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_pauseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_pauseAction->setText(tr("Pause"));
    m_pauseAction->setIcon(themedIcon(QStringLiteral("pause")));
    m_pauseAction->setToolTip(tr("Pause this table (F8): the session stays live and changes wait until you resume"));
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) { setPaused(paused); });
    addAction(m_pauseAction);
    m_pauseButton->setDefaultAction(m_pauseAction);
    m_pauseButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pauseButton->setAccessibleName(tr("Pause or resume the table"));

    m_exportAction->setObjectName(QStringLiteral("exportTable"));
    m_exportAction->setToolTip(xlsxAvailable()
                                   ? tr("Save the rows shown now (filters, sort and visible columns as on screen) as a CSV or XLSX file")
                                   : tr("Save the rows shown now (filters, sort and visible columns as on screen) as a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &LiveTablePanel::chooseExportFile);
    m_exportButton->setDefaultAction(m_exportAction);
    m_exportButton->setAutoRaise(true);
    m_exportButton->setAccessibleName(tr("Export the table"));

    m_pendingButton->setAutoRaise(true);
    m_pendingButton->setIcon(themedIcon(QStringLiteral("play")));
    m_pendingButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pendingButton->setToolTip(tr("Resume and apply the waiting changes"));
    m_pendingButton->hide();
    connect(m_pendingButton, &QToolButton::clicked, this, [this] { setPaused(false); });

    {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        m_chips->setSizePolicy(policy);
    }
    m_chips->setAccessibleName(tr("Counts by status"));
    m_rowsLabel->setAccessibleName(tr("Row count"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_toolBar);
    top->addStretch(1);
    top->addWidget(m_search);
    top->addWidget(m_filterButton);
    top->addWidget(m_pauseButton);
    top->addWidget(m_exportButton);
    auto *second = new QHBoxLayout;
    second->setContentsMargins(0, 0, 0, 0);
    second->addWidget(m_chips, 1);
    second->addWidget(m_pendingButton);
    m_pickButton = new QToolButton(this);
    m_pickButton->setObjectName(QStringLiteral("shownRowsButton"));
    m_pickButton->setIcon(themedIcon(QStringLiteral("clear")));
    m_pickButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pickButton->setAutoRaise(true);
    m_pickButton->hide();
    connect(m_pickButton, &QToolButton::clicked, this, &LiveTablePanel::clearShownRows);
    second->addWidget(m_pickButton);
    second->addWidget(m_rowsLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_messages);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    // --- live behaviour
    connect(m_live, &PausableTableModel::statusCountsChanged, this, &LiveTablePanel::onCountsChanged);
    connect(m_live, &PausableTableModel::pendingChangesChanged, this, &LiveTablePanel::onPendingChanged);
    connect(m_live, &PausableTableModel::rowsChangedLive, this, &LiveTablePanel::onRowsChangedLive);
    connect(m_live, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        for (int r = tl.row(); r <= br.row(); ++r) {
            if (m_live->isRemoved(r)) {
                onRowsChangedLive();  // keep repainting while it fades out
                break;
            }
        }
    });
    connect(&m_animation, &QTimer::timeout, this, &LiveTablePanel::animate);
    m_animation.setInterval(40);

    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, &LiveTablePanel::captureAnchor);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LiveTablePanel::restoreAnchor);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, &LiveTablePanel::captureAnchor);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LiveTablePanel::restoreAnchor);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, &LiveTablePanel::captureAnchor);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LiveTablePanel::restoreAnchor);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LiveTablePanel::currentRowChanged);
    // selectRow() moves the current index before it selects: follow the selection too.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LiveTablePanel::currentRowChanged);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                const QModelIndex current = m_view->currentIndex();
                if (current.isValid() && current.row() >= tl.row() && current.row() <= br.row())
                    Q_EMIT currentRowChanged();
            });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LiveTablePanel::updateRowsLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LiveTablePanel::updateRowsLabel);

    connect(m_source, &EntityTableModel::loaded, this, [this] {
        updateRowsLabel();
        if (m_fitOnLoad)
            fitColumns();
    });

    onCountsChanged(m_live->statusCounts());
    updateRowsLabel();
}

LiveTablePanel::~LiveTablePanel() = default;

void LiveTablePanel::setSelfUser(const QString &username)
{
    m_delegate->setSelfUser(username);
}

void LiveTablePanel::addRowAction(QAction *action)
{
    m_toolBar->addAction(action);
    m_view->addAction(action);
}

// ---- pause -----------------------------------------------------------------------------

bool LiveTablePanel::isPaused() const
{
    return m_live->isPaused();
}

void LiveTablePanel::setPaused(bool paused)
{
    m_live->setPaused(paused);
    const QSignalBlocker blocker(m_pauseAction);
    m_pauseAction->setChecked(paused);
    m_pauseAction->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseAction->setIcon(themedIcon(paused ? QStringLiteral("play") : QStringLiteral("pause")));
    onPendingChanged(m_live->pendingChanges());
}

int LiveTablePanel::pendingChanges() const
{
    return m_live->pendingChanges();
}

QString LiveTablePanel::pendingText() const
{
    const int count = m_live->pendingChanges();
    if (!m_live->isPaused())
        return QString();
    return count == 0 ? tr("Paused: no changes waiting") : tr("%n change(s) waiting", nullptr, count);
}

void LiveTablePanel::onPendingChanged(int)
{
    const QString text = pendingText();
    m_pendingButton->setText(text);
    m_pendingButton->setAccessibleName(text);
    m_pendingButton->setVisible(!text.isEmpty());
}

// ---- counts ----------------------------------------------------------------------------

void LiveTablePanel::onCountsChanged(const QMap<QString, int> &counts)
{
    // Drop chips of statuses no row has any more (unless the user filters by them).
    for (auto it = m_chipButtons.begin(); it != m_chipButtons.end();) {
        if (!counts.contains(it.key()) && !it.value()->isChecked()) {
            delete it.value();
            it = m_chipButtons.erase(it);
        } else {
            ++it;
        }
    }
    QStringList statuses = counts.keys();
    for (const QString &status : m_chipButtons.keys()) {
        if (!statuses.contains(status))
            statuses << status;
    }
    std::sort(statuses.begin(), statuses.end(), [](const QString &a, const QString &b) {
        const int ra = statusRank(a);
        const int rb = statusRank(b);
        return ra != rb ? ra < rb : a < b;
    });
    for (int i = 0; i < statuses.size(); ++i) {
        const QString &status = statuses.at(i);
        QToolButton *button = m_chipButtons.value(status);
        if (!button) {
            button = new QToolButton(m_chips);
            button->setCheckable(true);
            button->setAutoRaise(true);
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            button->setIcon(dotIcon(statusColor(status)));
            button->setToolTip(tr("Show only rows with this status (click others to add them)"));
            connect(button, &QToolButton::toggled, this, &LiveTablePanel::applyStatusFilter);
            m_chipButtons.insert(status, button);
        }
        // In the words the rows' chips use (audit: actionTitle), else the status's.
        const LiveRowDelegate::ChipWords words = m_delegate->chipWords();
        const QString label = words ? words(status) : EntityTableModel::statusText(status);
        const QString text = tr("%1 %2").arg(label).arg(counts.value(status));
        button->setText(text);
        button->setAccessibleName(text);
        if (m_chipsLayout->indexOf(button) != i) {
            m_chipsLayout->removeWidget(button);
            m_chipsLayout->insertWidget(i, button);
        }
    }
    updateRowsLabel();
}

void LiveTablePanel::applyStatusFilter()
{
    QSet<QString> statuses;
    for (auto it = m_chipButtons.cbegin(); it != m_chipButtons.cend(); ++it) {
        if (it.value()->isChecked())
            statuses.insert(it.key());
    }
    m_proxy->setStatusFilter(statuses);
    updateRowsLabel();
}

void LiveTablePanel::updateRowsLabel()
{
    const int total = m_live->liveRowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (!m_source->isLoaded())
        text = tr("Loading…");
    else if (shown == m_live->rowCount())
        text = tr("%n row(s)", nullptr, total);
    else
        text = tr("%1 of %n row(s) shown", nullptr, total).arg(shown);
    m_rowsLabel->setText(text);
}

// ---- flash and fade --------------------------------------------------------------------

void LiveTablePanel::onRowsChangedLive()
{
    const int span = qMax(m_delegate->flashMs(), m_live->fadeOutMs()) + 120;
    m_animateUntil = qMax(m_animateUntil, m_mono.elapsed() + span);
    if (!m_animation.isActive())
        m_animation.start();
    updateRowsLabel();
}

void LiveTablePanel::animate()
{
    m_view->viewport()->update();
    if (m_mono.elapsed() > m_animateUntil)
        m_animation.stop();
}

bool LiveTablePanel::isFlashing(const EntityId &id) const
{
    const QModelIndex index = proxyIndexOfId(id);
    return index.isValid() && m_delegate->flashStrength(index, QDateTime::currentMSecsSinceEpoch()) > 0.0;
}

// ---- rows ------------------------------------------------------------------------------

QModelIndex LiveTablePanel::proxyIndexOfId(const EntityId &id) const
{
    const int row = m_live->rowOfId(id);
    if (row < 0)
        return QModelIndex();
    return m_proxy->mapFromSource(m_live->index(row, 0));
}

EntityId LiveTablePanel::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return EntityId();
    return current.data(EntityTableModel::IdRole).value<EntityId>();
}

QJsonObject LiveTablePanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return QJsonObject();
    if (current.data(PausableTableModel::RemovedAtRole).toLongLong() > 0)
        return QJsonObject();  // gone upstream: nothing to act on
    return current.data(EntityTableModel::RowJsonRole).toJsonObject();
}

bool LiveTablePanel::selectId(const EntityId &id)
{
    const QModelIndex index = proxyIndexOfId(id);
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void LiveTablePanel::showRows(const QSet<QString> &statuses, const QList<EntityId> &ids, const QString &note)
{
    m_search->clear();
    m_header->clearFilters();
    m_proxy->clearFilters();
    for (auto it = m_chipButtons.cbegin(); it != m_chipButtons.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(statuses.contains(it.key()));
    }
    m_proxy->setStatusFilter(statuses);
    QSet<QString> idTexts;
    for (const EntityId &id : ids)
        idTexts.insert(id.toString());
    m_proxy->setIdFilter(idTexts);
    m_pickButton->setText(tr("%1 — show all").arg(note));
    m_pickButton->setToolTip(tr("Showing the rows of a Dashboard figure; click to show every row"));
    m_pickButton->setAccessibleName(m_pickButton->text());
    m_pickButton->setVisible(!idTexts.isEmpty() || !statuses.isEmpty());
    updateRowsLabel();
}

void LiveTablePanel::clearShownRows()
{
    m_proxy->setIdFilter({});
    for (auto it = m_chipButtons.cbegin(); it != m_chipButtons.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(false);
    }
    m_proxy->setStatusFilter({});
    m_pickButton->hide();
    updateRowsLabel();
}

// ---- scroll anchoring ------------------------------------------------------------------

void LiveTablePanel::captureAnchor()
{
    if (m_anchorDepth++ > 0)
        return;
    m_anchor = QPersistentModelIndex();
    if (!m_anchoring || m_view->verticalScrollBar()->value() == 0)
        return;  // at the top: let new rows slide in above
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    if (!top.isValid())
        return;
    m_anchor = top.siblingAtColumn(0);
    m_anchorTop = m_view->visualRect(top).top();
}

void LiveTablePanel::restoreAnchor()
{
    if (m_anchorDepth == 0 || --m_anchorDepth > 0)
        return;
    if (!m_anchor.isValid())
        return;
    const int now = m_view->rowViewportPosition(m_anchor.row());
    const int delta = now - m_anchorTop;
    if (delta != 0) {
        QScrollBar *bar = m_view->verticalScrollBar();
        // The scroll range follows the row count lazily: widen it first.
        const int needed = bar->value() + delta;
        if (needed > bar->maximum())
            bar->setMaximum(needed);
        bar->setValue(needed);
    }
    m_anchor = QPersistentModelIndex();
}

// ---- layout ----------------------------------------------------------------------------

void LiveTablePanel::fitColumns()
{
    // QTableView::resizeColumnsToContents measures only the rows in view: measure them all
    // (up to a few thousand), chips included.
    m_fitOnLoad = false;
    const QFontMetrics metrics(m_view->font());
    const QFontMetrics headerMetrics(m_header->font());
    const int rows = qMin(m_proxy->rowCount(), 3000);
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 12;
    for (int c = 0; c < m_header->count(); ++c) {
        int width = headerMetrics.horizontalAdvance(m_proxy->headerData(c, Qt::Horizontal).toString()) + 28;
        const bool chip = m_delegate->statusColumns().contains(c);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex index = m_proxy->index(r, c);
            const int text = metrics.horizontalAdvance(chip ? m_delegate->chipText(index) : index.data().toString());
            width = qMax(width, text + padding + (chip ? 2 * 8 + 8 : 0));
        }
        m_header->resizeSection(c, qBound(60, width, 360));
    }
}

bool LiveTablePanel::exportTable(const QString &path)
{
    QString error;
    if (saveTable(m_view, path, &error)) {
        const int rows = m_proxy->rowCount();
        const QString noun = m_exportNoun.isEmpty() ? tr("%n row(s)", nullptr, rows)
                                                    : QStringLiteral("%1 %2").arg(rows).arg(m_exportNoun);
        m_messages->showMessage(MessageBar::Kind::Success,
                                tr("Saved %1 to %2.").arg(noun, QDir::toNativeSeparators(path)));
        return true;
    }
    m_messages->showMessage(MessageBar::Kind::Error,
                            tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
    return false;
}

void LiveTablePanel::chooseExportFile()
{
    QString base = m_layoutKey;
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    chooseExportPath(this, tr("Export table"), base, [this](const QString &path) { exportTable(path); });
}

void LiveTablePanel::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("tables/%1/header").arg(m_layoutKey), m_header->saveState());
    settings.setValue(QStringLiteral("tables/%1/filters").arg(m_layoutKey), m_filterButton->isChecked());
}

void LiveTablePanel::restoreLayout(const QSettings &settings)
{
    const QByteArray state = settings.value(QStringLiteral("tables/%1/header").arg(m_layoutKey)).toByteArray();
    if (!state.isEmpty() && m_header->restoreState(state)) {
        m_view->sortByColumn(m_header->sortIndicatorSection(), m_header->sortIndicatorOrder());
    } else {
        // First run: fit the columns to what they hold (once there is something).
        m_fitOnLoad = true;
        if (m_source->isLoaded())
            fitColumns();
    }
    m_filterButton->setChecked(settings.value(QStringLiteral("tables/%1/filters").arg(m_layoutKey), false).toBool());
}

}  // namespace Dms
