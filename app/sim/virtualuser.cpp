// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/virtualuser.h"

#include "data/tablemodels.h"
#include "session/consolesession.h"
#include "sync/queryclient.h"

namespace Dms {

VirtualUser::VirtualUser(int index, const SimUser &account, const QUrl &server,
                         ConsoleSession *session, QObject *parent)
    : QObject(parent), m_index(index), m_account(account), m_server(server), m_session(session)
{
    m_session->setParent(this);
}

VirtualUser::~VirtualUser()
{
    // Models observe the session's queries: let them go before the session.
    qDeleteAll(m_models);
    m_models.clear();
}

void VirtualUser::openViews(const QStringList &views)
{
    QueryClient *queries = m_session->queries();
    for (const QString &view : views) {
        EntityTableModel *model = nullptr;
        if (view == QLatin1String("withdrawal"))
            model = createRequestsModel(queries, RequestKind::Withdrawal, this);
        else if (view == QLatin1String("destruction"))
            model = createRequestsModel(queries, RequestKind::Destruction, this);
        else if (view == QLatin1String("transfer"))
            model = createRequestsModel(queries, RequestKind::Transfer, this);
        else if (view == QLatin1String("crates"))
            model = createCratesModel(queries, this);
        else if (view == QLatin1String("sendbacks"))
            model = createSendBacksModel(queries, this);
        else if (view == QLatin1String("storage"))
            model = createStorageModel(queries, this);
        else if (view == QLatin1String("audit"))
            model = createAuditModel(queries, this);
        if (model && !this->model(model->listKey()))
            m_models.append(model);
        else
            delete model;
    }
}

EntityTableModel *VirtualUser::model(const QString &listKey) const
{
    for (EntityTableModel *m : m_models) {
        if (m->listKey() == listKey)
            return m;
    }
    return nullptr;
}

QStringList VirtualUser::listKeys() const
{
    QStringList keys;
    for (const EntityTableModel *m : m_models)
        keys.append(m->listKey());
    return keys;
}

bool VirtualUser::viewsLoaded() const
{
    for (const EntityTableModel *m : m_models) {
        if (!m->isLoaded())
            return false;
    }
    return true;
}

bool VirtualUser::isQuiet() const
{
    const QueryClient *queries = m_session->queries();
    for (const EntityTableModel *m : m_models) {
        const QueryState s = queries->state(m->listKey());
        if (s.fetchInFlight || s.fetchScheduled || s.fetchQueued || s.rowFetchesPending > 0)
            return false;
    }
    return true;
}

QString VirtualUser::busyDescription() const
{
    const QueryClient *queries = m_session->queries();
    QStringList parts;
    for (const EntityTableModel *m : m_models) {
        const QueryState s = queries->state(m->listKey());
        if (!(s.fetchInFlight || s.fetchScheduled || s.fetchQueued || s.rowFetchesPending > 0))
            continue;
        QStringList what;
        if (s.fetchInFlight)
            what << VirtualUser::tr("fetch in flight");
        if (s.fetchScheduled)
            what << VirtualUser::tr("fetch waiting");
        if (s.fetchQueued)
            what << VirtualUser::tr("a follow-up queued");
        if (s.failureCount > 0)
            what << VirtualUser::tr("%n failure(s) (the last: %1)", nullptr, s.failureCount)
                        .arg(s.error);
        if (s.rowFetchesPending > 0)
            what << VirtualUser::tr("%n row fetch(es) pending", nullptr, s.rowFetchesPending);
        parts << QStringLiteral("%1: %2").arg(m->listKey(), what.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

QJsonValue VirtualUser::shownValue(const QString &listKey, const EntityId &id, const QString &field) const
{
    const EntityTableModel *m = model(listKey);
    if (!m)
        return QJsonValue(QJsonValue::Undefined);
    const int row = m->rowOfId(id);
    if (row < 0)
        return QJsonValue(QJsonValue::Undefined);
    return m->rowJson(row).value(field);
}

qint64 VirtualUser::rowChangedAtMs(const QString &listKey, const EntityId &id) const
{
    const EntityTableModel *m = model(listKey);
    if (!m)
        return 0;
    const int row = m->rowOfId(id);
    if (row < 0)
        return 0;
    return m->index(row, 0).data(EntityTableModel::ChangedAtRole).toLongLong();
}

QList<QJsonObject> VirtualUser::rows(const QString &listKey) const
{
    QList<QJsonObject> out;
    const EntityTableModel *m = model(listKey);
    if (!m)
        return out;
    out.reserve(m->rowCount());
    for (int row = 0; row < m->rowCount(); ++row)
        out.append(m->rowJson(row));
    return out;
}

}  // namespace Dms
