// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "actions/requestactions.h"
#include "auth/apiclient.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QAction;

namespace Dms {

class LiveTablePanel;

// The actions of one live table (approve … return for requests, relocate for crates):
// offered for the current row when the user's role, unit and the row's status allow them,
// asked for through an ActionDialog, run through RequestActions, and reported inline in
// the panel's message bar (the table then shows the server's truth).
class RowActions final : public QObject
{
    Q_OBJECT
public:
    RowActions(LiveTablePanel *panel, const QString &entity, RequestActions *actions,
               const UserInfo &user, const QAbstractItemModel *storage, QObject *parent = nullptr);

    QAction *action(EntityAction action) const { return m_actions.value(action); }
    QList<QAction *> actions() const { return m_actions.values(); }

public Q_SLOTS:
    void updateEnabled();
    void trigger(Dms::EntityAction action);

private:
    void onStarted(quint64 ticket, EntityAction action, const QString &entity, const EntityId &id);
    void onFinished(const ActionResult &result);

    QPointer<LiveTablePanel> m_panel;
    QString m_entity;
    QPointer<RequestActions> m_runner;
    UserInfo m_user;
    QPointer<const QAbstractItemModel> m_storage;
    QMap<EntityAction, QAction *> m_actions;
    QHash<quint64, EntityId> m_inFlight;  // ticket → row id
};

}  // namespace Dms
