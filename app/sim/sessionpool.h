// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QList>
#include <QSslCertificate>

#include <memory>
#include <vector>

#include "session/resttrafficmeter.h"
#include "session/sessionfactory.h"

class QNetworkAccessManager;

namespace Dms {

class Clock;
class RequestGate;

// The virtual users' services: their engine sessions spread round-robin over a few network
// managers of their own (each allows 6 connections per host, so one shared manager would
// queue hundreds of users' refetches — and, in the window, the window's own requests
// behind them), trusting the same extra CAs, with no secret store (nothing is remembered).
// `dms-console simulate` and the Simulation panel both use one.
class SessionPool final
{
public:
    // Two: at 1,000 users (bench/simbench.py) two managers were as quick to ready as four
    // and 4 MB lighter at the peak; one was lighter still but 20 s slower to ready
    // (docs/scenarios.md, "Network managers").
    static constexpr int DefaultNetworkManagers = 2;

    SessionPool(const Clock *clock, int networkManagers = DefaultNetworkManagers);
    ~SessionPool();
    SessionPool(const SessionPool &) = delete;
    SessionPool &operator=(const SessionPool &) = delete;

    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_ca = certificates; }
    int networkManagers() const { return int(m_nams.size()); }
    // Valid while the pool lives.
    SessionFactory factory();
    // The virtual users' REST traffic (every session of the pool points at it).
    const RestTrafficMeter &traffic() const { return m_traffic; }

private:
    const Clock *m_clock;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_nams;
    // One per manager: what waits for a connection waits as a small record, not as a
    // QNetworkReply (RequestGate). Declared after the managers, so destroyed before them.
    std::vector<std::unique_ptr<RequestGate>> m_gates;
    size_t m_next = 0;
    RestTrafficMeter m_traffic;
    QList<QSslCertificate> m_ca;
};

}  // namespace Dms
