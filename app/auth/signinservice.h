// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "auth/apiclient.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace Dms {

class SecretStore;

// Signs a user in with what is at hand: a typed password, else the refresh token
// remembered in the keychain, else a remembered password. Remembers the refresh token
// (and the password only when asked) in the SecretStore and keeps the stored refresh token
// current when the server rotates it. The GUI and the headless commands share it.
class SignInService final : public QObject
{
    Q_OBJECT
public:
    SignInService(ApiClient *api, SecretStore *secrets, QObject *parent = nullptr);

    // password may be empty: then the keychain is asked. A new call abandons the one in
    // progress (its answers are ignored).
    void signIn(const QUrl &server, const QString &username, const QString &password,
                bool rememberRefresh, bool rememberPassword);
    // Deletes the remembered refresh token (and the password when forgetPassword) and
    // signs the ApiClient out.
    void signOut(bool forgetPassword = false);

    bool isBusy() const { return m_stage != Stage::Idle; }
    // The keychain's reason when it cannot be used (empty while it works).
    QString keychainUnavailableReason() const;

Q_SIGNALS:
    void signedIn(const Dms::UserInfo &user);
    void signInFailed(Dms::ApiError::Kind kind, int httpStatus, const QString &message);
    // Emitted once: the keychain cannot be reached, so nothing is remembered.
    void keychainUnavailable(const QString &reason);

private:
    enum class Stage
    {
        Idle,
        ReadingRefresh,
        Refreshing,
        FetchingMe,
        ReadingPassword,
        LoggingIn
    };
    struct Attempt
    {
        QUrl server;
        QString username;
        QString password;  // typed or read from the keychain; cleared when done
        bool passwordFromKeychain = false;
        bool rememberRefresh = false;
        bool rememberPassword = false;
        quint64 id = 0;
    };
    struct Session
    {
        QUrl server;
        QString username;
        bool rememberRefresh = false;
    };

    void onSecretRead(const QString &key, const QString &value, bool found, const QString &error);
    void onTokensChanged();
    void onApiSignedOut(const QString &reason);
    void onKeychainUnavailable(const QString &reason);
    void readPasswordOrFail(const QString &why);
    void startLogin();
    void startRefresh(const QString &refresh);
    void startFetchMe();
    void succeed();
    void fail(ApiError::Kind kind, int httpStatus, const QString &message);
    void failWith(const ApiError &error);
    void storeRefreshToken();
    QString refreshKey() const;
    QString passwordKey() const;

    ApiClient *m_api;
    QPointer<SecretStore> m_secrets;
    Stage m_stage = Stage::Idle;
    Attempt m_attempt;
    Session m_session;  // valid (username set) once signed in through this service
    quint64 m_nextAttemptId = 1;
    QString m_storedRefresh;  // what the keychain holds for m_session, to skip rewrites
    bool m_keychainReported = false;
};

}  // namespace Dms
