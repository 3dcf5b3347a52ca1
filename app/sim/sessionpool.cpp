// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/sessionpool.h"

#include <QNetworkAccessManager>

#include "auth/apiclient.h"
#include "auth/requestgate.h"
#include "session/consolesession.h"

namespace Dms {

SessionPool::SessionPool(const Clock *clock, int networkManagers) : m_clock(clock)
{
    for (int i = 0; i < qMax(1, networkManagers); ++i) {
        m_nams.push_back(std::make_unique<QNetworkAccessManager>());
        m_gates.push_back(std::make_unique<RequestGate>());
    }
    for (const auto &nam : m_nams)
        m_traffic.attach(nam.get());
}

SessionPool::~SessionPool() = default;

SessionFactory SessionPool::factory()
{
    return [this](const DialectProfile &profile, QObject *parent) {
        const size_t i = m_next++ % m_nams.size();
        auto *session = new ConsoleSession(m_nams[i].get(), m_clock, nullptr, profile, parent);
        session->api()->setRequestGate(m_gates[i].get());
        session->api()->addCaCertificates(m_ca);
        session->setTrafficMeter(&m_traffic);
        return session;
    };
}

}  // namespace Dms
