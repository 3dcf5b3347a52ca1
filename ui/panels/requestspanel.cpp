// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "panels/requestspanel.h"

#include "data/pausabletablemodel.h"
#include "panels/livetablepanel.h"
#include "panels/rowactions.h"

#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Dms {

namespace {

constexpr RequestKind kKinds[] = {RequestKind::Withdrawal, RequestKind::Destruction, RequestKind::Transfer};

}  // namespace

RequestsPanel::RequestsPanel(QueryClient *queries, RequestActions *actions, const UserInfo &user,
                             const QAbstractItemModel *storage, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Request types"));
    for (int i = 0; i < 3; ++i) {
        const RequestKind kind = kKinds[i];
        const QString name = requestKindName(kind);
        auto *panel = new LiveTablePanel(createRequestsModel(queries, kind), clock,
                                         QStringLiteral("requests/") + name, m_tabs);
        panel->setObjectName(name + QStringLiteral("Panel"));
        panel->setSelfUser(user.username);
        m_kinds[i] = panel;
        m_actions[i] = new RowActions(panel, name, actions, user, storage, panel);
        m_tabs->addTab(panel, QString());
        connect(panel->liveModel(), &PausableTableModel::statusCountsChanged, this, &RequestsPanel::updateTitles);
    }
    m_sendBacks = new LiveTablePanel(createSendBacksModel(queries), clock, QStringLiteral("requests/sendbacks"), m_tabs);
    m_sendBacks->setObjectName(QStringLiteral("sendbacksPanel"));
    m_sendBacks->setSelfUser(user.username);
    m_tabs->addTab(m_sendBacks, QString());
    connect(m_sendBacks->liveModel(), &PausableTableModel::statusCountsChanged, this, &RequestsPanel::updateTitles);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    updateTitles();
}

LiveTablePanel *RequestsPanel::panel(RequestKind kind) const
{
    return m_kinds[int(kind)];
}

RowActions *RequestsPanel::rowActions(RequestKind kind) const
{
    return m_actions[int(kind)];
}

LiveTablePanel *RequestsPanel::currentPanel() const
{
    return qobject_cast<LiveTablePanel *>(m_tabs->currentWidget());
}

QList<LiveTablePanel *> RequestsPanel::panels() const
{
    return {m_kinds[0], m_kinds[1], m_kinds[2], m_sendBacks};
}

void RequestsPanel::updateTitles()
{
    const QString titles[] = {tr("Withdrawal"), tr("Destruction"), tr("Transfer")};
    for (int i = 0; i < 3; ++i) {
        const int pending = m_kinds[i]->liveModel()->statusCounts().value(QStringLiteral("pending"));
        m_tabs->setTabText(i, pending > 0 ? tr("%1 · %2 pending").arg(titles[i]).arg(pending) : titles[i]);
    }
    const int open = m_sendBacks->liveModel()->statusCounts().value(QStringLiteral("open"));
    m_tabs->setTabText(3, open > 0 ? tr("Send-backs · %1 open").arg(open) : tr("Send-backs"));
}

void RequestsPanel::saveLayout(QSettings &settings) const
{
    for (LiveTablePanel *panel : panels())
        panel->saveLayout(settings);
    settings.setValue(QStringLiteral("requests/tab"), m_tabs->currentIndex());
}

void RequestsPanel::restoreLayout(const QSettings &settings)
{
    for (LiveTablePanel *panel : panels())
        panel->restoreLayout(settings);
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("requests/tab"), 0).toInt());
}

}  // namespace Dms
