// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "auth/secretstore.h"

#include <QHash>

namespace Dms {

// A SecretStore in memory, for unit tests and for runs that must not touch the keychain.
// Answers asynchronously (next event-loop turn), like the real one.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void readSecret(const QString &key) override;
    void writeSecret(const QString &key, const QString &value) override;
    void deleteSecret(const QString &key) override;
    bool isAvailable() const override { return m_unavailableReason.isEmpty(); }
    QString unavailableReason() const override { return m_unavailableReason; }

    // Test helpers: inspect the contents; simulate a missing keychain (every later
    // operation fails with the reason, and becameUnavailable is emitted once).
    bool contains(const QString &key) const { return m_values.contains(key); }
    QString value(const QString &key) const { return m_values.value(key); }
    QStringList keys() const { return m_values.keys(); }
    void setUnavailable(const QString &reason);

private:
    QHash<QString, QString> m_values;
    QString m_unavailableReason;
};

}  // namespace Dms
