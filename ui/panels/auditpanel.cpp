// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "panels/auditpanel.h"

#include "data/livefilterproxymodel.h"
#include "data/pausabletablemodel.h"
#include "data/tablemodels.h"
#include "delegates/liverowdelegate.h"
#include "panels/livetablepanel.h"
#include "style/labels.h"
#include "style/theme.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Dms {

namespace {

// Columns of createAuditModel: Time, User, Entity, Entity id, Action, Summary.
constexpr int kUserColumn = 1;
constexpr int kEntityColumn = 2;
constexpr int kActionColumn = 4;

}  // namespace

AuditPanel::AuditPanel(QueryClient *queries, const QString &selfUser, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_table(new LiveTablePanel(createAuditModel(queries), clock, QStringLiteral("audit"), this))
    , m_follow(new QAction(themedIcon(QStringLiteral("follow")), tr("Follow"), this))
    , m_export(m_table->exportAction())
    , m_user(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_zone(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setSelfUser(selfUser);
    m_table->delegate()->setStatusColumns({kActionColumn});
    m_table->delegate()->setChipWords(&actionTitle);

    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setObjectName(QStringLiteral("auditFollow"));
    m_follow->setToolTip(tr("Keep the newest entry in view"));
    // The table's own export: what is shown, as shown.
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_table->setExportNoun(tr("audit entries"));
    connect(m_follow, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_table->view()->scrollToBottom();
    });
    m_table->toolBar()->addAction(m_follow);

    const struct
    {
        QComboBox *combo;
        QString all;
        QString name;
        int column;
    } filters[] = {{m_user, tr("All users"), tr("Filter by user"), kUserColumn},
                   {m_entity, tr("All entities"), tr("Filter by entity"), kEntityColumn},
                   {m_action, tr("All actions"), tr("Filter by action"), kActionColumn}};
    for (const auto &filter : filters) {
        filter.combo->addItem(filter.all, QString());
        filter.combo->setAccessibleName(filter.name);
        filter.combo->setToolTip(filter.name);
        filter.combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filter.combo->setMinimumContentsLength(10);
        const int column = filter.column;
        QComboBox *combo = filter.combo;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
            m_table->proxy()->setExactFilter(column, combo->currentData().toString());
        });
        m_table->toolBar()->addWidget(combo);
    }

    const QTimeZone zone = QTimeZone::systemTimeZone();
    m_zone->setText(tr("Times in %1").arg(zone.displayName(QDateTime::currentDateTime(), QTimeZone::ShortName)));
    m_zone->setToolTip(QString::fromUtf8(zone.id()));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(8, 0, 8, 4);
    bottom->addStretch(1);
    bottom->addWidget(m_zone);
    layout->addLayout(bottom);

    // Follow: new entries arrive at the end. Scrolling away by hand stops following.
    m_table->setScrollAnchoring(true);
    PausableTableModel *live = m_table->liveModel();
    connect(live, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                collectValues(first, last);
                followIfOn();
            });
    // Decided from where the user's action takes the slider (actionTriggered comes before
    // the move, sliderPosition() is already the target), at once: a deferred look could
    // come after a pending follow-scroll of newly arrived rows and see the bottom again.
    connect(m_table->view()->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        const QScrollBar *bar = m_table->view()->verticalScrollBar();
        const bool atBottom = bar->sliderPosition() >= bar->maximum() - 2;
        if (m_follow->isChecked() != atBottom)
            m_follow->setChecked(atBottom);
    });
    collectValues(0, live->rowCount() - 1);
}

void AuditPanel::followIfOn()
{
    if (!m_follow->isChecked() || m_table->isPaused())
        return;
    // After the view has laid the new rows out — unless the user scrolled away meanwhile.
    QTimer::singleShot(0, this, [this] {
        if (m_follow->isChecked() && !m_table->isPaused())
            m_table->view()->scrollToBottom();
    });
}

void AuditPanel::collectValues(int first, int last)
{
    PausableTableModel *live = m_table->liveModel();
    for (int r = first; r <= last && r < live->rowCount(); ++r) {
        addValue(m_user, m_users, live->index(r, kUserColumn).data().toString());
        addValue(m_entity, m_entities, live->index(r, kEntityColumn).data().toString());
        addValue(m_action, m_actions, live->index(r, kActionColumn).data().toString(), &actionTitle);
    }
}

void AuditPanel::addValue(QComboBox *combo, QSet<QString> &seen, const QString &value,
                          QString (*words)(const QString &))
{
    if (value.isEmpty() || seen.contains(value))
        return;
    seen.insert(value);
    // Shown in words (an action), filtering by the value as sent; sorted after "All".
    const QString text = words ? words(value) : value;
    int at = 1;
    while (at < combo->count() && combo->itemText(at).compare(text, Qt::CaseInsensitive) < 0)
        ++at;
    combo->insertItem(at, text, value);
}

bool AuditPanel::exportTable(const QString &path)
{
    return m_table->exportTable(path);
}

void AuditPanel::chooseExportFile()
{
    m_table->chooseExportFile();
}

void AuditPanel::saveLayout(QSettings &settings) const
{
    m_table->saveLayout(settings);
    settings.setValue(QStringLiteral("audit/follow"), m_follow->isChecked());
}

void AuditPanel::restoreLayout(const QSettings &settings)
{
    m_table->restoreLayout(settings);
    m_follow->setChecked(settings.value(QStringLiteral("audit/follow"), true).toBool());
}

}  // namespace Dms
