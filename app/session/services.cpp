// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "session/services.h"

#include <QNetworkInformation>
#include <QNetworkProxyFactory>

#include "auth/keychainsecretstore.h"
#include "auth/memorysecretstore.h"
#include "session/consolesession.h"

namespace Dms {

Services::Services(Secrets secrets, int keychainTimeoutMs)
{
    // The system's proxy settings for every request; reachability (LiveSession waits for the
    // network to come back before it retries) from the platform's backend.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkInformation::loadDefaultBackend();
    if (secrets == Secrets::Memory) {
        m_secrets = std::make_unique<MemorySecretStore>();
    } else {
        auto keychain = std::make_unique<KeychainSecretStore>();
        if (keychainTimeoutMs > 0)
            keychain->setTimeoutMs(keychainTimeoutMs);
        m_secrets = std::move(keychain);
    }
}

Services::~Services() = default;

SessionFactory Services::sessionFactory()
{
    return [this](const DialectProfile &profile, QObject *parent) {
        return new ConsoleSession(&m_network, &m_clock, m_secrets.get(), profile, parent);
    };
}

}  // namespace Dms
