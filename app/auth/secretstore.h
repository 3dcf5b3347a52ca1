// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace Dms {

// Where the console keeps secrets (the refresh token, and the password only when the user
// asks). Every operation is asynchronous and answers with exactly one signal carrying the
// key; error is empty on success. Nothing secret ever goes to QSettings or a log.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void readSecret(const QString &key) = 0;
    virtual void writeSecret(const QString &key, const QString &value) = 0;
    virtual void deleteSecret(const QString &key) = 0;

    // False once the store knows it cannot keep secrets (no keychain reachable); the
    // reason is user-facing (tr()'d).
    virtual bool isAvailable() const = 0;
    virtual QString unavailableReason() const = 0;

    // "<server origin>|<username>|<what>", e.g. "https://dms.example.com|alice|refresh".
    static QString keyFor(const QUrl &server, const QString &username, const QString &what);
    static QString refreshKey(const QUrl &server, const QString &username)
    {
        return keyFor(server, username, QStringLiteral("refresh"));
    }
    static QString passwordKey(const QUrl &server, const QString &username)
    {
        return keyFor(server, username, QStringLiteral("password"));
    }

Q_SIGNALS:
    // found is false when the key holds nothing (then value is empty and error too,
    // unless the store failed).
    void secretRead(const QString &key, const QString &value, bool found, const QString &error);
    void secretWritten(const QString &key, const QString &error);
    void secretDeleted(const QString &key, const QString &error);
    // Emitted once, when the store finds out that no keychain is reachable.
    void becameUnavailable(const QString &reason);
};

}  // namespace Dms
