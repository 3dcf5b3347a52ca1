// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "actions/requestactions.h"

#include "core/logging.h"
#include "sync/queryclient.h"

namespace Dms {

namespace {

EntityId idField(const QJsonObject &row, const char *name)
{
    return EntityId::fromJsonOrNull(row.value(QLatin1String(name)));
}

}  // namespace

RequestActions::RequestActions(ApiClient *api, QueryClient *queries, QObject *parent)
    : QObject(parent), m_api(api), m_queries(queries)
{
    qRegisterMetaType<Dms::ActionResult>();
    qRegisterMetaType<Dms::EntityAction>();
}

QString RequestActions::title(EntityAction action)
{
    switch (action) {
    case EntityAction::Approve: return tr("Approve");
    case EntityAction::Reject: return tr("Reject");
    case EntityAction::SendBack: return tr("Send back");
    case EntityAction::AllocateStorage: return tr("Allocate storage");
    case EntityAction::Issue: return tr("Issue");
    case EntityAction::Return: return tr("Return");
    case EntityAction::Relocate: return tr("Relocate");
    }
    return QString();
}

QString RequestActions::pathSegment(EntityAction action)
{
    return Workflow::name(action);
}

bool RequestActions::needsSignature(EntityAction action)
{
    return Workflow::needsSignature(action);
}

bool RequestActions::needsStorage(EntityAction action)
{
    return action == EntityAction::AllocateStorage || action == EntityAction::Relocate;
}

bool RequestActions::takesReason(EntityAction action)
{
    return action == EntityAction::SendBack;
}

QString RequestActions::listKey(const QString &entity)
{
    if (entity == QLatin1String("crate"))
        return QStringLiteral("crates");
    return entity + QLatin1String("-requests");
}

EntityId RequestActions::storageUnitFor(EntityAction action, const QString &entity,
                                   const QJsonObject &row)
{
    // The server looks the storage location up in the acting unit (services._storage_for).
    const EntityId unit = idField(row, "unit_id");
    const Workflow::Rule *rule = Workflow::rule(entity, action);
    return rule ? Workflow::actingUnit(*rule, unit, idField(row, "destination_unit_id")) : unit;
}

QList<EntityAction> RequestActions::allowedActions(const UserInfo &user, const QString &entity,
                                                   const QJsonObject &row)
{
    if (!user.isValid())
        return {};
    return Workflow::allowed(user.role, user.unitId, entity, row);
}

quint64 RequestActions::run(const ActionRequest &request)
{
    const quint64 ticket = m_nextTicket++;
    ActionResult result;
    result.ticket = ticket;
    result.action = request.action;
    result.entity = request.entity;
    result.id = request.id;
    result.number = request.number;

    QJsonObject body;
    if (needsSignature(request.action))
        body.insert(QStringLiteral("password"), request.password);
    if (takesReason(request.action) && !request.reason.isEmpty())
        body.insert(QStringLiteral("reason"), request.reason);
    if (needsStorage(request.action))
        body.insert(QStringLiteral("storage_id"), request.storageId.toJson());

    const QString path = m_api
        ? (request.entity == QLatin1String("crate")
               ? m_api->routes().actionPath(QStringLiteral("crate-action"), request.entity, request.id,
                                            pathSegment(request.action))
               : m_api->routes().actionPath(QStringLiteral("request-action"), request.entity, request.id,
                                            pathSegment(request.action)))
        : QString();

    m_pending.insert(ticket, result);
    Q_EMIT actionStarted(ticket, request.action, request.entity, request.id);
    if (!m_api) {
        ApiError error;
        error.kind = ApiError::Kind::NotSignedIn;
        error.message = tr("Not connected to a server");
        QMetaObject::invokeMethod(
            this, [this, ticket, error] { complete(ticket, 0, QJsonValue(), error); },
            Qt::QueuedConnection);
        return ticket;
    }
    if (path.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::BadResponse;
        error.message = tr("This server's profile names no route for %1 on a %2 (rest.actions)")
                            .arg(pathSegment(request.action), request.entity);
        QMetaObject::invokeMethod(
            this, [this, ticket, error] { complete(ticket, 0, QJsonValue(), error); },
            Qt::QueuedConnection);
        return ticket;
    }
    qCInfo(lcUi).noquote() << "action" << pathSegment(request.action) << request.entity << request.id;
    ApiReply *reply = m_api->post(path, body);
    if (reply->isFinished()) {
        // Answered at once (not signed in): report from the event loop like any other.
        QMetaObject::invokeMethod(
            this,
            [this, ticket, status = reply->httpStatus(), json = reply->json(),
             error = reply->error()] { complete(ticket, status, json, error); },
            Qt::QueuedConnection);
    } else {
        connect(reply, &ApiReply::finished, this, [this, ticket, reply] {
            complete(ticket, reply->httpStatus(), reply->json(), reply->error());
        });
    }
    return ticket;
}

QString RequestActions::failureText(const ActionResult &result, const ApiError &error) const
{
    const QString what = result.number.isEmpty()
        ? tr("%1 #%2").arg(title(result.action), result.id.toString())
        : tr("%1 %2").arg(title(result.action), result.number);
    QString why;
    switch (error.httpStatus) {
    case 403:
        why = needsSignature(result.action)
            ? tr("refused: the password (your signature) is wrong, or your role may not do this")
            : tr("refused: your role or unit may not do this");
        break;
    case 409:
        why = tr("no longer possible: someone changed it first");
        break;
    case 404:
        why = tr("not found: it was deleted or belongs to another unit");
        break;
    case 400:
        why = tr("the server refused the input");
        break;
    default:
        why = tr("failed");
        break;
    }
    return tr("%1: %2. Nothing was changed. (%3)").arg(what, why, error.message);
}

void RequestActions::complete(quint64 ticket, int httpStatus, const QJsonValue &json,
                              const ApiError &error)
{
    auto it = m_pending.find(ticket);
    if (it == m_pending.end())
        return;
    ActionResult result = *it;
    m_pending.erase(it);

    result.ok = error.kind == ApiError::Kind::None;
    result.httpStatus = httpStatus;
    result.errorKind = error.kind;
    if (result.ok) {
        result.row = json.toObject();
        const QString number = result.row.value(QLatin1String(
            result.entity == QLatin1String("crate") ? "crate_number" : "request_number")).toString();
        if (!number.isEmpty())
            result.number = number;
        result.message = tr("%1 %2: done.").arg(title(result.action), result.number);
    } else {
        result.message = failureText(result, error);
    }

    // Show the server's truth: the row it answered with at once, then the confirming
    // refetch of the list (also after a refusal: the row may have moved on meanwhile).
    if (m_queries) {
        const QString key = listKey(result.entity);
        if (result.ok && !result.row.isEmpty())
            m_queries->patchListRow(key, result.id, result.row);
        QStringList patterns{key, QStringLiteral("dashboard"), QStringLiteral("summary")};
        if (result.entity == QLatin1String("crate"))
            patterns << QStringLiteral("crate/%1").arg(result.id.toString());
        else
            patterns << QStringLiteral("%1-request/%2").arg(result.entity, result.id.toString())
                     << QStringLiteral("crates");
        if (result.action == EntityAction::SendBack)
            patterns << QStringLiteral("sendback-records");
        m_queries->invalidate(patterns, InvalidationCause::Manual,
                              QStringLiteral("action:%1").arg(ticket));
    }
    Q_EMIT actionFinished(result);
}

}  // namespace Dms
