// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "panels/rowactions.h"

#include "dialogs/actiondialog.h"
#include "panels/livetablepanel.h"
#include "style/theme.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QJsonObject>
#include <QKeySequence>

namespace Dms {

namespace {

QString iconName(EntityAction action)
{
    switch (action) {
    case EntityAction::Approve: return QStringLiteral("approve");
    case EntityAction::Reject: return QStringLiteral("reject");
    case EntityAction::SendBack: return QStringLiteral("sendback");
    case EntityAction::AllocateStorage: return QStringLiteral("storage");
    case EntityAction::Issue: return QStringLiteral("issue");
    case EntityAction::Return: return QStringLiteral("return");
    case EntityAction::Relocate: return QStringLiteral("relocate");
    }
    return QString();
}

QKeySequence shortcut(EntityAction action)
{
    switch (action) {
    case EntityAction::Approve: return QKeySequence(Qt::ALT | Qt::Key_A);
    case EntityAction::Reject: return QKeySequence(Qt::ALT | Qt::Key_J);
    case EntityAction::SendBack: return QKeySequence(Qt::ALT | Qt::Key_B);
    case EntityAction::AllocateStorage: return QKeySequence(Qt::ALT | Qt::Key_L);
    case EntityAction::Issue: return QKeySequence(Qt::ALT | Qt::Key_I);
    case EntityAction::Return: return QKeySequence(Qt::ALT | Qt::Key_T);
    case EntityAction::Relocate: return QKeySequence(Qt::ALT | Qt::Key_M);
    }
    return QKeySequence();
}

// Every action this user could ever take on rows of this entity (whatever their status).
QList<EntityAction> everPossible(const UserInfo &user, const QString &entity)
{
    if (!user.isValid())
        return {};
    QList<EntityAction> out = Workflow::everAllowed(user.role, entity);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

RowActions::RowActions(LiveTablePanel *panel, const QString &entity, RequestActions *actions,
                       const UserInfo &user, const QAbstractItemModel *storage, QObject *parent)
    : QObject(parent), m_panel(panel), m_entity(entity), m_runner(actions), m_user(user), m_storage(storage)
{
    for (const EntityAction kind : everPossible(user, entity)) {
        auto *action = new QAction(themedIcon(iconName(kind)), RequestActions::title(kind) + QStringLiteral("…"), panel);
        action->setObjectName(QStringLiteral("action-") + RequestActions::pathSegment(kind));
        action->setShortcut(shortcut(kind));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 the selected row (%2)")
                               .arg(RequestActions::title(kind), shortcut(kind).toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, kind] { trigger(kind); });
        panel->addRowAction(action);
        m_actions.insert(kind, action);
    }
    connect(panel, &LiveTablePanel::currentRowChanged, this, &RowActions::updateEnabled);
    connect(actions, &RequestActions::actionStarted, this, &RowActions::onStarted);
    connect(actions, &RequestActions::actionFinished, this, &RowActions::onFinished);
    updateEnabled();
}

void RowActions::updateEnabled()
{
    if (!m_panel)
        return;
    const QJsonObject row = m_panel->currentRow();
    const QList<EntityAction> allowed = RequestActions::allowedActions(m_user, m_entity, row);
    const EntityId id = EntityId::fromJsonOrNull(row.value(QLatin1String("id")));
    const bool busy = std::find(m_inFlight.cbegin(), m_inFlight.cend(), id) != m_inFlight.cend();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setEnabled(!busy && allowed.contains(it.key()));
}

void RowActions::trigger(EntityAction action)
{
    if (!m_panel || !m_runner)
        return;
    const QJsonObject row = m_panel->currentRow();
    if (!RequestActions::allowedActions(m_user, m_entity, row).contains(action))
        return;
    auto *dialog = new ActionDialog(action, m_entity, row, m_storage, m_panel);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_runner)
            m_runner->run(dialog->request());
    });
    dialog->open();
}

void RowActions::onStarted(quint64 ticket, EntityAction action, const QString &entity, const EntityId &id)
{
    if (entity != m_entity || !m_panel)
        return;
    m_inFlight.insert(ticket, id);
    m_panel->messageBar()->showMessage(MessageBar::Kind::Info,
                                       tr("%1: asking the server…").arg(RequestActions::title(action)));
    updateEnabled();
}

void RowActions::onFinished(const ActionResult &result)
{
    if (!m_inFlight.remove(result.ticket) || !m_panel)
        return;
    m_panel->messageBar()->showMessage(result.ok ? MessageBar::Kind::Success : MessageBar::Kind::Error,
                                       result.message);
    updateEnabled();
}

}  // namespace Dms
