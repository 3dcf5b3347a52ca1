// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "data/dashboardsummary.h"

#include "core/clock.h"
#include "sync/queryclient.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace Dms {

namespace {

const char *const kKinds[3] = {"withdrawal", "destruction", "transfer"};

QJsonValue valueAt(const QJsonObject &row, const QString &path)
{
    QJsonValue value = row;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!value.isObject())
            return QJsonValue();
        value = value.toObject().value(part);
    }
    return value;
}

qint64 parseMs(const QString &text)
{
    if (text.isEmpty())
        return 0;
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

void count(DashboardFigure &figure, const QString &listKey, const EntityId &id)
{
    figure.listKey = listKey;
    ++figure.count;
    if (id.isValid())
        figure.ids.append(id);
}

}  // namespace

QString rowFieldText(const QJsonObject &row, const QString &paths)
{
    for (const QString &path : paths.split(QLatin1Char('|'))) {
        const QJsonValue value = valueAt(row, path);
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
        if (value.isDouble())
            return EntityId::fromJsonOrNull(value).toString();
    }
    return QString();
}

QStringList DashboardSummary::requestStatuses()
{
    return {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("sent_back"),
            QStringLiteral("issued")};
}

QStringList DashboardSummary::crateStatuses()
{
    return {QStringLiteral("active"), QStringLiteral("withdrawn"), QStringLiteral("archived"),
            QStringLiteral("destroyed")};
}

DashboardSummary DashboardSummary::compute(const Input &in)
{
    DashboardSummary out;
    const QStringList open = requestStatuses();
    const QJsonObject server = in.serverSummary.toObject();
    for (int k = 0; k < 3; ++k) {
        Kind &kind = out.kinds[size_t(k)];
        kind.kind = QLatin1String(kKinds[k]);
        const QString listKey = kind.kind + QLatin1String("-requests");
        for (const QString &status : open) {
            DashboardFigure &figure = kind.byStatus[status];
            figure.listKey = listKey;
            figure.statuses = {status};
        }
        kind.overdue.listKey = listKey;
        if (in.requests[size_t(k)].isArray()) {
            kind.loaded = true;
            const QJsonArray rows = in.requests[size_t(k)].toArray();
            kind.total = int(rows.size());
            const bool transfer = k == 2;
            if (transfer) {
                out.transfersLoaded = true;
                out.transfersIncoming.listKey = listKey;
                out.transfersOutgoing.listKey = listKey;
            }
            for (const QJsonValue &value : rows) {
                const QJsonObject row = value.toObject();
                const QString status = row.value(QLatin1String("status")).toString();
                const EntityId id = EntityId::fromJsonOrNull(row.value(QLatin1String("id")));
                if (!open.contains(status))
                    continue;
                count(kind.byStatus[status], listKey, id);
                const qint64 updated = parseMs(row.value(QLatin1String("updated_at")).toString());
                if (updated > 0 && in.nowMs - updated > in.overdueAfterMs)
                    count(kind.overdue, listKey, id);
                if (transfer && (status == QLatin1String("approved") || status == QLatin1String("issued"))) {
                    const EntityId source = EntityId::fromJsonOrNull(
                        row.value(QLatin1String("source_unit_id")).isUndefined() ? row.value(QLatin1String("unit_id"))
                                                                                 : row.value(QLatin1String("source_unit_id")));
                    const EntityId destination = EntityId::fromJsonOrNull(row.value(QLatin1String("destination_unit_id")));
                    if (in.unit.isNull()) {
                        count(out.transfersOutgoing, listKey, id);
                    } else if (destination == in.unit && source != in.unit) {
                        count(out.transfersIncoming, listKey, id);
                    } else if (source == in.unit && destination != in.unit) {
                        count(out.transfersOutgoing, listKey, id);
                    }
                }
            }
        } else if (server.value(kind.kind).isObject()) {
            // No list for this kind in the dialect: the server's counts (no click-through rows).
            const QJsonObject counts = server.value(kind.kind).toObject();
            kind.loaded = true;
            kind.fromServer = true;
            kind.total = counts.value(QLatin1String("total")).toInt();
            for (const QString &status : open)
                kind.byStatus[status].count = counts.value(status).toInt();
        }
    }

    for (const QString &status : crateStatuses()) {
        out.cratesByStatus[status].listKey = QStringLiteral("crates");
        out.cratesByStatus[status].statuses = {status};
    }
    if (in.crates.isArray()) {
        out.cratesLoaded = true;
        const QJsonArray rows = in.crates.toArray();
        out.crateTotal = int(rows.size());
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            const QString status = row.value(QLatin1String("status")).toString();
            const EntityId id = EntityId::fromJsonOrNull(row.value(QLatin1String("id")));
            DashboardFigure &figure = out.cratesByStatus[status];
            figure.statuses = {status};
            count(figure, QStringLiteral("crates"), id);
            if (status != QLatin1String("destroyed"))
                count(out.cratesByLocation[rowFieldText(row, QStringLiteral("storage_code|storage.code"))],
                      QStringLiteral("crates"), id);
        }
    } else if (server.value(QLatin1String("crate")).isObject()) {
        out.cratesLoaded = true;
        const QJsonObject counts = server.value(QLatin1String("crate")).toObject();
        out.crateTotal = counts.value(QLatin1String("total")).toInt();
        for (const QString &status : crateStatuses())
            out.cratesByStatus[status].count = counts.value(status).toInt();
    }

    out.openSendBacks.listKey = QStringLiteral("sendback-records");
    out.openSendBacks.statuses = {QStringLiteral("open")};
    if (in.sendBacks.isArray()) {
        for (const QJsonValue &value : in.sendBacks.toArray()) {
            const QJsonObject row = value.toObject();
            if (row.value(QLatin1String("status")).toString() == QLatin1String("open"))
                count(out.openSendBacks, out.openSendBacks.listKey,
                      EntityId::fromJsonOrNull(row.value(QLatin1String("id"))));
        }
    } else if (server.value(QLatin1String("sendback")).isObject()) {
        out.openSendBacks.count = server.value(QLatin1String("sendback")).toObject().value(QLatin1String("open")).toInt();
    }

    if (in.audit.isArray()) {
        out.activityLoaded = true;
        const QDate today = QDateTime::fromMSecsSinceEpoch(in.nowMs).toLocalTime().date();
        QSet<QString> users;
        for (const QJsonValue &value : in.audit.toArray()) {
            const QJsonObject row = value.toObject();
            const qint64 at = parseMs(row.value(QLatin1String("at")).toString());
            if (at <= 0)
                continue;
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(at).toLocalTime();
            if (local.date() != today)
                continue;
            ++out.activityPerHour[size_t(local.time().hour())];
            ++out.activityToday;
            ++out.activityByAction[row.value(QLatin1String("action")).toString()];
            const QString user = rowFieldText(row, QStringLiteral("username|user.username|user"));
            if (!user.isEmpty())
                users.insert(user);
        }
        out.activeUsersToday = QStringList(users.cbegin(), users.cend());
        out.activeUsersToday.sort();
    }
    return out;
}

// ---- DashboardModel ------------------------------------------------------------------------

DashboardModel::DashboardModel(QueryClient *queries, const Keys &keys, const EntityId &unit, QObject *parent)
    : QObject(parent), m_queries(queries), m_keys(keys), m_unit(unit)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &DashboardModel::recompute);
    QStringList keysToWatch;
    for (const QString &key : keys.requests)
        keysToWatch << key;
    keysToWatch << keys.crates << keys.sendBacks << keys.audit << keys.serverSummary;
    for (const QString &key : std::as_const(keysToWatch)) {
        if (key.isEmpty() || m_watched.contains(key))
            continue;
        m_watched << key;
        m_observers.push_back(queries->observe(key));
    }
    connect(queries, &QueryClient::dataChanged, this, &DashboardModel::onDataChanged);
    recompute();
}

DashboardModel::~DashboardModel() = default;

void DashboardModel::setOverdueAfterMs(qint64 ms)
{
    m_overdueAfterMs = std::max<qint64>(0, ms);
    recompute();
}

void DashboardModel::onDataChanged(const QString &key)
{
    if (m_watched.contains(key) && !m_coalesce.isActive())
        m_coalesce.start();
}

void DashboardModel::recompute()
{
    m_coalesce.stop();
    DashboardSummary::Input in;
    for (size_t k = 0; k < 3; ++k) {
        if (!m_keys.requests[k].isEmpty())
            in.requests[k] = m_queries->data(m_keys.requests[k]);
    }
    if (!m_keys.crates.isEmpty())
        in.crates = m_queries->data(m_keys.crates);
    if (!m_keys.sendBacks.isEmpty())
        in.sendBacks = m_queries->data(m_keys.sendBacks);
    if (!m_keys.audit.isEmpty())
        in.audit = m_queries->data(m_keys.audit);
    if (!m_keys.serverSummary.isEmpty())
        in.serverSummary = m_queries->data(m_keys.serverSummary);
    in.unit = m_unit;
    in.nowMs = m_queries->clock() ? m_queries->clock()->nowMs() : QDateTime::currentMSecsSinceEpoch();
    in.overdueAfterMs = m_overdueAfterMs;
    m_summary = DashboardSummary::compute(in);
    ++m_recomputations;
    Q_EMIT summaryChanged();
}

}  // namespace Dms
