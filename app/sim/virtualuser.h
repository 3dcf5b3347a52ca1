// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QUrl>

#include "core/entityid.h"
#include "sim/simusers.h"

namespace Dms {

class ConsoleSession;
class EntityTableModel;

// One simulated console: a full engine session (sign-in, live socket, heartbeats, query
// cache) with the table models a real console keeps open. No widgets, no timers of its
// own: the Simulator drives all of them from one shared tick.
class VirtualUser final : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of session (reparented to this).
    VirtualUser(int index, const SimUser &account, const QUrl &server, ConsoleSession *session,
                QObject *parent = nullptr);
    ~VirtualUser() override;

    int index() const { return m_index; }
    const SimUser &account() const { return m_account; }
    QUrl server() const { return m_server; }
    ConsoleSession *session() const { return m_session; }

    // Opens the views (scenario "views": withdrawal, destruction, transfer, crates,
    // sendbacks, storage, audit): one table model each, observing its query.
    void openViews(const QStringList &views);
    const QList<EntityTableModel *> &models() const { return m_models; }
    EntityTableModel *model(const QString &listKey) const;
    QStringList listKeys() const;
    bool viewsLoaded() const;
    // No fetch in flight, scheduled or queued for any open view (nor for one of its rows).
    bool isQuiet() const;
    // Why it is not quiet, for the report's notes: "crates: fetch in flight, 2 failures
    // (the last: …); 3 row fetches pending". Empty when quiet.
    QString busyDescription() const;
    // A row's field as the user's table shows it (Undefined when the row is absent).
    QJsonValue shownValue(const QString &listKey, const EntityId &id, const QString &field) const;
    // When the table last changed that row (0 when unknown).
    qint64 rowChangedAtMs(const QString &listKey, const EntityId &id) const;
    // Every row of a view, as the table holds it.
    QList<QJsonObject> rows(const QString &listKey) const;

private:
    int m_index;
    SimUser m_account;
    QUrl m_server;
    ConsoleSession *m_session;
    QList<EntityTableModel *> m_models;
};

}  // namespace Dms
