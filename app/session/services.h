// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QNetworkAccessManager>

#include <memory>

#include "core/clock.h"
#include "session/sessionfactory.h"

namespace Dms {

class SecretStore;

// What every entry point runs on — the window, `watch`, `status` and `simulate` — built in
// one place, the composition root (src/main.cpp), after the application object: the network
// access manager (the system's proxy settings, the reachability backend), the clock and the
// secret store (the OS keychain, or memory with --no-keychain and for virtual users).
// Nothing else builds these; whoever needs an engine session asks sessionFactory().
class Services final
{
public:
    enum class Secrets
    {
        Keychain,
        Memory
    };

    // keychainTimeoutMs > 0: a keychain that does not answer in time counts as failed
    // (the headless commands must not hang on a locked keychain).
    explicit Services(Secrets secrets, int keychainTimeoutMs = 0);
    ~Services();
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    QNetworkAccessManager *network() { return &m_network; }
    const Clock *clock() const { return &m_clock; }
    SecretStore *secrets() const { return m_secrets.get(); }
    // Engine sessions on these services; valid while they live.
    SessionFactory sessionFactory();

private:
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<SecretStore> m_secrets;
};

}  // namespace Dms
