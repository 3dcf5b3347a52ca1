// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sync/queryfetcher.h"

#include <QTimer>

namespace Dms {

QueryFetch::QueryFetch(const QString &key, QObject *parent) : QObject(parent), m_key(key) {}

QueryFetch::~QueryFetch() = default;

void QueryFetch::abandon()
{
    if (m_abandoned || m_done)
        return;
    m_abandoned = true;
    onAbandoned();
}

void QueryFetch::succeed(const QJsonValue &data, int rows)
{
    complete(true, data, QString(), rows);
}

void QueryFetch::fail(const QString &error)
{
    complete(false, QJsonValue(), error, 0);
}

void QueryFetch::succeedLater(const QJsonValue &data, int rows)
{
    QTimer::singleShot(0, this, [this, data, rows] { succeed(data, rows); });
}

void QueryFetch::failLater(const QString &error)
{
    QTimer::singleShot(0, this, [this, error] { fail(error); });
}

void QueryFetch::complete(bool ok, const QJsonValue &data, const QString &error, int rows)
{
    if (m_done || m_abandoned)
        return;
    m_done = true;
    Q_EMIT finished(ok, data, error, rows);
}

}  // namespace Dms
