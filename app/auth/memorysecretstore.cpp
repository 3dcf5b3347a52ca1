// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "auth/memorysecretstore.h"

#include <QTimer>

namespace Dms {

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent) {}

void MemorySecretStore::readSecret(const QString &key)
{
    QTimer::singleShot(0, this, [this, key] {
        if (!isAvailable()) {
            Q_EMIT secretRead(key, QString(), false, m_unavailableReason);
            return;
        }
        const auto it = m_values.constFind(key);
        const bool found = it != m_values.constEnd();
        Q_EMIT secretRead(key, found ? *it : QString(), found, QString());
    });
}

void MemorySecretStore::writeSecret(const QString &key, const QString &value)
{
    QTimer::singleShot(0, this, [this, key, value] {
        if (!isAvailable()) {
            Q_EMIT secretWritten(key, m_unavailableReason);
            return;
        }
        m_values.insert(key, value);
        Q_EMIT secretWritten(key, QString());
    });
}

void MemorySecretStore::deleteSecret(const QString &key)
{
    QTimer::singleShot(0, this, [this, key] {
        if (!isAvailable()) {
            Q_EMIT secretDeleted(key, m_unavailableReason);
            return;
        }
        m_values.remove(key);
        Q_EMIT secretDeleted(key, QString());
    });
}

void MemorySecretStore::setUnavailable(const QString &reason)
{
    const bool first = m_unavailableReason.isEmpty();
    m_unavailableReason = reason.isEmpty() ? tr("no keychain available") : reason;
    if (first)
        Q_EMIT becameUnavailable(m_unavailableReason);
}

}  // namespace Dms
