// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include "actions/workflow.h"
#include "auth/apiclient.h"

namespace Dms {

class QueryClient;

// One action to run. entity is "withdrawal", "destruction", "transfer" or "crate".
struct ActionRequest
{
    EntityAction action = EntityAction::Approve;
    QString entity;
    EntityId id;
    QString number;     // request_number / crate_number, for messages
    QString password;   // the digital signature (approve, reject, send back)
    QString reason;     // send back
    EntityId storageId;  // allocate storage, relocate
};

// How it went. message is for the user (tr()'d, plus the server's own words when it gave
// some); the password is never kept.
struct ActionResult
{
    quint64 ticket = 0;
    EntityAction action = EntityAction::Approve;
    QString entity;
    EntityId id;
    QString number;
    bool ok = false;
    int httpStatus = 0;
    ApiError::Kind errorKind = ApiError::Kind::None;
    QString message;
    QJsonObject row;  // the server's answer on success (the changed request or crate)
};

// Runs request and crate actions over REST and reports each through actionFinished. After
// every answer — success or refusal — it patches the row it got back and invalidates the
// entity's list, so each view shows the server's truth rather than a guess.
class RequestActions final : public QObject
{
    Q_OBJECT
public:
    RequestActions(ApiClient *api, QueryClient *queries, QObject *parent = nullptr);

    // Starts the call; returns its ticket (also in actionStarted/actionFinished).
    quint64 run(const ActionRequest &request);
    int inFlight() const { return int(m_pending.size()); }

    // Which actions the server would allow this user on this row, from its role, unit and
    // the row's status (the Workflow's rules). The server stays the judge; this only decides
    // what to offer.
    static QList<EntityAction> allowedActions(const UserInfo &user, const QString &entity,
                                              const QJsonObject &row);
    static bool needsSignature(EntityAction action);  // approve, reject, send back
    static bool needsStorage(EntityAction action);    // allocate storage, relocate
    static bool takesReason(EntityAction action);     // send back
    static QString title(EntityAction action);        // "Approve", "Send back", ... (tr)
    static QString pathSegment(EntityAction action);  // "approve", "send-back", ...
    static QString listKey(const QString &entity);    // "withdrawal-requests", "crates"
    // The unit whose storage locations the action needs (allocate: the destination unit
    // of a transfer; else the row's unit).
    static EntityId storageUnitFor(EntityAction action, const QString &entity, const QJsonObject &row);

Q_SIGNALS:
    void actionStarted(quint64 ticket, Dms::EntityAction action, const QString &entity, const Dms::EntityId &id);
    void actionFinished(const Dms::ActionResult &result);

private:
    void complete(quint64 ticket, int httpStatus, const QJsonValue &json, const ApiError &error);
    QString failureText(const ActionResult &result, const ApiError &error) const;

    QPointer<ApiClient> m_api;
    QPointer<QueryClient> m_queries;
    quint64 m_nextTicket = 1;
    QHash<quint64, ActionResult> m_pending;
};

}  // namespace Dms

Q_DECLARE_METATYPE(Dms::ActionResult)
