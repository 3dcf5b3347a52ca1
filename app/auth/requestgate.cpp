// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "auth/requestgate.h"

#include <QNetworkReply>
#include <QUrl>

#include "auth/apiclient.h"

namespace Dms {

RequestGate::RequestGate(int capacity, QObject *parent)
    : QObject(parent), m_capacity(qMax(1, capacity))
{
}

QString RequestGate::originOf(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                  QUrl::RemoveFragment)
        .toString();
}

int RequestGate::open(const QString &origin) const
{
    const auto it = m_lanes.constFind(origin);
    return it == m_lanes.cend() ? 0 : it->open;
}

int RequestGate::waiting(const QString &origin) const
{
    const auto it = m_lanes.constFind(origin);
    return it == m_lanes.cend() ? 0 : int(it->queue.size());
}

bool RequestGate::acquire(const QString &origin, ApiClient *client)
{
    Lane &lane = m_lanes[origin];
    // Behind the calls already waiting, never before them.
    if (lane.open < m_capacity && lane.queue.empty()) {
        ++lane.open;
        return true;
    }
    lane.queue.emplace_back(client);
    return false;
}

void RequestGate::hold(const QString &origin, QNetworkReply *reply)
{
    connect(reply, &QObject::destroyed, this, [this, origin] { release(origin); });
}

void RequestGate::release(const QString &origin)
{
    const auto it = m_lanes.find(origin);
    if (it == m_lanes.end())
        return;
    --it->open;
    // Offer the free slots to the waiting calls in order. An entry whose client is gone,
    // or whose call was cancelled meanwhile, passes the slot on. Sending a call does not
    // finish it synchronously (its reply ends later, from the event loop), so the lane is
    // not changed under this loop except by the acquire/hold of the call sent.
    while (true) {
        Lane &lane = m_lanes[origin];
        if (lane.open >= m_capacity || lane.queue.empty())
            break;
        const QPointer<ApiClient> client = lane.queue.front();
        lane.queue.pop_front();
        if (!client)
            continue;
        ++lane.open;
        if (!client->sendWaiting(origin))
            --m_lanes[origin].open;
    }
    const auto idle = m_lanes.find(origin);
    if (idle != m_lanes.end() && idle->open == 0 && idle->queue.empty())
        m_lanes.erase(idle);
}

}  // namespace Dms
