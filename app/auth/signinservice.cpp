// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "auth/signinservice.h"

#include "auth/secretstore.h"
#include "core/logging.h"
#include "core/redact.h"

#include <QTimer>

namespace Dms {

SignInService::SignInService(ApiClient *api, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_api(api), m_secrets(secrets)
{
    Q_ASSERT(m_api);
    connect(m_api, &ApiClient::tokensChanged, this, &SignInService::onTokensChanged);
    connect(m_api, &ApiClient::signedOut, this, &SignInService::onApiSignedOut);
    if (m_secrets) {
        connect(m_secrets, &SecretStore::secretRead, this, &SignInService::onSecretRead);
        connect(m_secrets, &SecretStore::becameUnavailable, this,
                &SignInService::onKeychainUnavailable);
        connect(m_secrets, &SecretStore::secretWritten, this,
                [](const QString &, const QString &error) {
                    if (!error.isEmpty())
                        qCInfo(lcAuth).noquote() << "not remembered:" << error;
                });
        connect(m_secrets, &SecretStore::secretDeleted, this,
                [](const QString &, const QString &error) {
                    if (!error.isEmpty())
                        qCInfo(lcAuth).noquote() << "could not forget a secret:" << error;
                });
    }
}

QString SignInService::keychainUnavailableReason() const
{
    if (!m_secrets)
        return tr("no keychain available");
    return m_secrets->isAvailable() ? QString() : m_secrets->unavailableReason();
}

void SignInService::signIn(const QUrl &server, const QString &username, const QString &password,
                           bool rememberRefresh, bool rememberPassword)
{
    const bool switching =
        m_api->isSignedIn() && (m_session.username != username || m_session.server != server);
    if (switching) {
        // Leave the previous session without forgetting what it remembered.
        m_session = Session();
        m_storedRefresh.clear();
        m_stage = Stage::Idle;
        m_api->signOut(tr("Signing in as %1").arg(username), /*revoke=*/false);
    }

    m_attempt = Attempt();
    m_attempt.server = server;
    m_attempt.username = username;
    m_attempt.password = password;
    m_attempt.rememberRefresh = rememberRefresh;
    m_attempt.rememberPassword = rememberPassword;
    m_attempt.id = m_nextAttemptId++;
    m_stage = Stage::LoggingIn;  // busy from now on; refined below

    const quint64 id = m_attempt.id;
    auto failLater = [this, id](const QString &message) {
        QTimer::singleShot(0, this, [this, id, message] {
            if (m_attempt.id == id && m_stage != Stage::Idle)
                fail(ApiError::Kind::NotSignedIn, 0, message);
        });
    };

    const QString scheme = server.scheme();
    if (!server.isValid() || server.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        failLater(tr("The server address must be an http:// or https:// URL"));
        return;
    }
    if (username.isEmpty()) {
        failLater(tr("No user name given"));
        return;
    }

    if ((rememberRefresh || rememberPassword) && m_secrets && !m_secrets->isAvailable())
        onKeychainUnavailable(m_secrets->unavailableReason());

    m_api->setBaseUrl(server);
    qCInfo(lcAuth).noquote() << "signing in to" << redactedUrl(server) << "as" << username
                             << (password.isEmpty() ? "(remembered credentials)" : "(password)");

    if (!password.isEmpty()) {
        startLogin();
        return;
    }
    if (m_secrets && m_secrets->isAvailable()) {
        m_stage = Stage::ReadingRefresh;
        m_secrets->readSecret(refreshKey());
        return;
    }
    const QString reason = keychainUnavailableReason();
    failLater(tr("No password given and none remembered for %1 (%2)").arg(username, reason));
}

void SignInService::signOut(bool forgetPassword)
{
    m_attempt = Attempt();
    m_stage = Stage::Idle;
    if (!m_session.username.isEmpty() && m_secrets) {
        m_secrets->deleteSecret(SecretStore::refreshKey(m_session.server, m_session.username));
        if (forgetPassword)
            m_secrets->deleteSecret(SecretStore::passwordKey(m_session.server, m_session.username));
    }
    m_session = Session();
    m_storedRefresh.clear();
    m_api->signOut(tr("Signed out"));
}

void SignInService::onSecretRead(const QString &key, const QString &value, bool found,
                                 const QString &error)
{
    if (m_stage == Stage::ReadingRefresh && key == refreshKey()) {
        if (found && !value.isEmpty()) {
            startRefresh(value);
        } else {
            readPasswordOrFail(error);
        }
    } else if (m_stage == Stage::ReadingPassword && key == passwordKey()) {
        if (found && !value.isEmpty()) {
            m_attempt.password = value;
            m_attempt.passwordFromKeychain = true;
            startLogin();
        } else {
            const QString detail = error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error);
            fail(ApiError::Kind::NotSignedIn, 0,
                 tr("No password given and none remembered for %1").arg(m_attempt.username) +
                     detail);
        }
    }
}

void SignInService::readPasswordOrFail(const QString &why)
{
    if (m_secrets && m_secrets->isAvailable()) {
        m_stage = Stage::ReadingPassword;
        m_secrets->readSecret(passwordKey());
        return;
    }
    const QString reason = why.isEmpty() ? keychainUnavailableReason() : why;
    fail(ApiError::Kind::NotSignedIn, 0,
         tr("No password given and none remembered for %1 (%2)").arg(m_attempt.username, reason));
}

void SignInService::startRefresh(const QString &refresh)
{
    m_stage = Stage::Refreshing;
    m_storedRefresh = refresh;
    m_api->setTokens(QString(), refresh);
    ApiReply *reply = m_api->refreshAccessToken();
    const quint64 id = m_attempt.id;
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        if (m_attempt.id != id || m_stage != Stage::Refreshing)
            return;
        if (reply->ok()) {
            startFetchMe();
            return;
        }
        const ApiError error = reply->error();
        if (error.kind == ApiError::Kind::NotSignedIn || error.httpStatus == 401) {
            // The remembered refresh token is dead: forget it, try a remembered password.
            qCInfo(lcAuth).noquote() << "remembered session refused; forgetting it";
            if (m_secrets)
                m_secrets->deleteSecret(refreshKey());
            m_storedRefresh.clear();
            m_api->setTokens(QString(), QString());
            readPasswordOrFail(QString());
            return;
        }
        m_api->setTokens(QString(), QString());
        failWith(error);
    });
}

void SignInService::startFetchMe()
{
    m_stage = Stage::FetchingMe;
    ApiReply *reply = m_api->fetchMe();
    const quint64 id = m_attempt.id;
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        if (m_attempt.id != id || m_stage != Stage::FetchingMe)
            return;
        if (reply->ok()) {
            succeed();
            return;
        }
        const ApiError error = reply->error();
        m_api->setTokens(QString(), QString());
        failWith(error);
    });
}

void SignInService::startLogin()
{
    m_stage = Stage::LoggingIn;
    ApiReply *reply = m_api->login(m_attempt.username, m_attempt.password);
    const quint64 id = m_attempt.id;
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        if (m_attempt.id != id || m_stage != Stage::LoggingIn)
            return;
        if (reply->ok()) {
            succeed();
            return;
        }
        ApiError error = reply->error();
        if (m_attempt.passwordFromKeychain && error.httpStatus == 401) {
            qCInfo(lcAuth).noquote() << "remembered password refused; forgetting it";
            if (m_secrets)
                m_secrets->deleteSecret(passwordKey());
            error.message = tr("The remembered password was refused: %1").arg(error.message);
        }
        failWith(error);
    });
}

void SignInService::succeed()
{
    const Attempt attempt = m_attempt;
    m_attempt.password.clear();
    m_stage = Stage::Idle;
    m_session.server = attempt.server;
    m_session.username = attempt.username;
    m_session.rememberRefresh = attempt.rememberRefresh;

    if (m_secrets) {
        if (attempt.rememberRefresh) {
            storeRefreshToken();
        } else {
            m_storedRefresh.clear();
            m_secrets->deleteSecret(refreshKey());
        }
        // A typed password is remembered only when asked; typing one without asking
        // forgets any remembered before. A password read from the keychain stays.
        if (!attempt.passwordFromKeychain && !attempt.password.isEmpty()) {
            if (attempt.rememberPassword)
                m_secrets->writeSecret(passwordKey(), attempt.password);
            else
                m_secrets->deleteSecret(passwordKey());
        }
    }
    Q_EMIT signedIn(m_api->user());
}

void SignInService::fail(ApiError::Kind kind, int httpStatus, const QString &message)
{
    m_attempt.password.clear();
    m_stage = Stage::Idle;
    qCInfo(lcAuth).noquote() << "sign-in failed:" << message;
    Q_EMIT signInFailed(kind, httpStatus, message);
}

void SignInService::failWith(const ApiError &error)
{
    fail(error.kind, error.httpStatus, error.message);
}

void SignInService::onTokensChanged()
{
    if (m_stage != Stage::Idle || m_session.username.isEmpty() || !m_session.rememberRefresh)
        return;
    if (!m_api->refreshToken().isEmpty())
        storeRefreshToken();
}

void SignInService::onApiSignedOut(const QString &reason)
{
    Q_UNUSED(reason);
    if (m_stage != Stage::Idle || m_session.username.isEmpty())
        return;  // during an attempt the attempt handles it
    // The session ended (refresh refused): the remembered refresh token is worthless.
    if (m_session.rememberRefresh && m_secrets)
        m_secrets->deleteSecret(SecretStore::refreshKey(m_session.server, m_session.username));
    m_session = Session();
    m_storedRefresh.clear();
}

void SignInService::onKeychainUnavailable(const QString &reason)
{
    if (m_keychainReported)
        return;
    m_keychainReported = true;
    qCWarning(lcAuth).noquote() << "keychain unavailable, not remembering:" << reason;
    Q_EMIT keychainUnavailable(reason);
}

void SignInService::storeRefreshToken()
{
    const QString token = m_api->refreshToken();
    if (!m_secrets || token.isEmpty() || token == m_storedRefresh)
        return;
    m_storedRefresh = token;
    m_secrets->writeSecret(SecretStore::refreshKey(m_session.server, m_session.username), token);
}

QString SignInService::refreshKey() const
{
    return SecretStore::refreshKey(m_attempt.server, m_attempt.username);
}

QString SignInService::passwordKey() const
{
    return SecretStore::passwordKey(m_attempt.server, m_attempt.username);
}

}  // namespace Dms
