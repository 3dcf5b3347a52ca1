// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "auth/secretstore.h"

#include <QHash>

namespace QKeychain {
class Job;
}

namespace Dms {

// SecretStore over the OS keychain (QtKeychain: Secret Service / KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows), service name "dms-console". Never
// falls back to plain-text storage. When the keychain cannot be reached (no backend, no
// D-Bus session, no answer within timeoutMs) the store reports it once through
// becameUnavailable(reason) and from then on fails every call at once with that reason,
// so callers carry on without remembering instead of waiting.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    KeychainSecretStore(const QString &service, QObject *parent);
    ~KeychainSecretStore() override;

    QString service() const { return m_service; }
    // A job that has not answered after this long counts as "no keychain" (default 30 s,
    // long enough for a user to answer an unlock prompt).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    void readSecret(const QString &key) override;
    void writeSecret(const QString &key, const QString &value) override;
    void deleteSecret(const QString &key) override;
    bool isAvailable() const override { return m_unavailableReason.isEmpty(); }
    QString unavailableReason() const override { return m_unavailableReason; }

private:
    enum class OpKind
    {
        Read,
        Write,
        Delete
    };
    struct Op
    {
        OpKind kind;
        QString key;
    };

    static const char *opName(OpKind kind);
    void start(OpKind kind, const QString &key, const QString &value);
    void onJobFinished(quint64 id, QKeychain::Job *job);
    void onJobTimedOut(quint64 id);
    void complete(const Op &op, const QString &value, bool found, const QString &error);
    void failLater(const Op &op, const QString &error);
    void markUnavailable(const QString &reason);

    QString m_service;
    int m_timeoutMs = 30'000;
    QString m_unavailableReason;
    quint64 m_nextId = 1;
    QHash<quint64, Op> m_ops;  // in flight
};

}  // namespace Dms
