// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QBasicTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>
#include <QUrlQuery>

#include "auth/requestgate.h"
#include "core/entityid.h"
#include "core/restroutes.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Dms {

class Clock;

// The signed-in user as /api/auth/me/ and /api/auth/login/ describe it.
struct UserInfo
{
    EntityId id;      // integer or string (UUID) as the server sends it
    QString username;
    QString fullName;
    EntityId unitId;
    QString unitName;
    QString role;

    bool isValid() const { return id.isValid(); }
    static UserInfo fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

// What went wrong with a REST call, in words a user understands (message is tr()'d).
struct ApiError
{
    enum class Kind { None, Network, Timeout, Tls, Http, BadResponse, NotSignedIn };
    Kind kind = Kind::None;
    int httpStatus = 0;  // 0 when no HTTP answer arrived
    QString message;     // user-facing, never contains a token or password
    QJsonValue body;     // the server's error body ({detail} or field errors) when JSON
};

// "Secure connection to HOST failed: the server's certificate is not trusted. If …":
// the one wording of a failed TLS handshake, for REST and for live sockets alike.
QString describeTlsFailure(const QUrl &url, const QList<QSslError> &errors,
                           const QString &fallback = QString());

// Reads CA certificates (PEM) for --ca-file; on failure false and a user-facing reason.
bool loadCaCertificates(const QString &path, QList<QSslCertificate> *certificates,
                        QString *errorMessage);

// One REST call in flight. Emits finished() exactly once, then deletes itself
// (deleteLater): read its values in the slot connected to finished().
class ApiReply final : public QObject
{
    Q_OBJECT
public:
    ApiReply(const QByteArray &method, const QString &path, QObject *parent = nullptr);

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.kind == ApiError::Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    QJsonValue json() const { return m_json; }
    const ApiError &error() const { return m_error; }
    qint64 elapsedMs() const { return m_elapsedMs; }

    // Used by ApiClient (and tests) to complete the reply; emits finished().
    void finish(int httpStatus, const QJsonValue &json, const ApiError &error, qint64 elapsedMs);

Q_SIGNALS:
    void finished();

private:
    QByteArray m_method;
    QString m_path;
    bool m_finished = false;
    int m_httpStatus = 0;
    QJsonValue m_json;
    ApiError m_error;
    qint64 m_elapsedMs = 0;
};

// The REST client of spec §1: JSON in and out over one shared QNetworkAccessManager,
// bearer token on every call, one single-flight refresh on 401 and a retry.
class ApiClient final : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager *nam, const Clock *clock, QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url);  // e.g. http://127.0.0.1:8000
    // Where sign-in, refresh and "me" live (the dialect profile's "rest.auth"); spec §1
    // routes until set.
    void setRoutes(const RestRoutes &routes) { m_routes = routes; }
    const RestRoutes &routes() const { return m_routes; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setTransferTimeoutMs(int ms);  // default 15000
    // The largest answer accepted (bytes; default 64 MiB) and the longest a call may take
    // in all (ms; default 120 s): past either the transfer is aborted and the call fails
    // with a clear error, nothing of the answer used.
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }
    void setDeadlineMs(int ms);
    // Calls beyond the gate's open requests per server wait here until one ends (see
    // RequestGate); none by default. The gate must outlive the client's calls.
    void setRequestGate(RequestGate *gate) { m_gate = gate; }
    int transferTimeoutMs() const { return m_timeoutMs; }
    // Adds CA certificates (PEM) trusted in addition to the system's. Verification
    // always stays on.
    bool addCaCertificatesFromFile(const QString &path, QString *errorMessage);
    void addCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCa; }
    // The TLS configuration of every request: the defaults plus the added CAs. The live
    // session uses it for its WebSocket so both trust the same servers.
    QSslConfiguration sslConfiguration() const;

    // POST /api/auth/login/. On success stores both tokens and the user.
    ApiReply *login(const QString &username, const QString &password);
    // POST /api/auth/token/refresh/. Single-flight: calls made while one refresh is in
    // flight return that same reply. A 401 signs out (signedOut emitted with the reason).
    ApiReply *refreshAccessToken();
    // Refreshes when the access token expires within withinMs (JWT exp); returns nullptr
    // when the token is fresh enough and no refresh is needed.
    ApiReply *ensureFreshAccessToken(qint64 withinMs = 30'000);
    // GET /api/auth/me/, storing the user on success.
    ApiReply *fetchMe();
    // Revoke the refresh token on the server (when the profile has a logout route; the
    // answer is not waited for) and forget the tokens; emits signedOut(reason). Returns
    // the revocation's reply (deleted when it finishes), or nullptr when none was sent.
    // revokeOnServer false: forget the tokens here only, leaving the refresh token valid on the
    // server (switching users keeps what the previous one remembered in the keychain).
    ApiReply *signOut(const QString &reason, bool revokeOnServer = true);

    bool isSignedIn() const { return !m_access.isEmpty() || !m_refresh.isEmpty(); }
    QString accessToken() const { return m_access; }
    QString refreshToken() const { return m_refresh; }
    void setTokens(const QString &access, const QString &refresh);  // restore (keychain)
    qint64 accessTokenExpiryMs() const;  // from the JWT's exp; 0 when unknown
    const UserInfo &user() const { return m_user; }
    int refreshCount() const { return m_refreshCount; }

    // Authorized calls. path is relative to the base URL ("/api/requests/withdrawal/")
    // or absolute (a DRF "next" link on the same server). On 401 they wait for one
    // shared refresh and retry once.
    ApiReply *get(const QString &path, const QUrlQuery &query = {});
    ApiReply *post(const QString &path, const QJsonObject &body);
    ApiReply *patch(const QString &path, const QJsonObject &body);
    ApiReply *put(const QString &path, const QJsonObject &body);
    ApiReply *deleteResource(const QString &path);
    // Stops a call made with the methods above that is not finished: its transfer is
    // aborted, its reply never emits finished() and is deleted later. Sign-in, refresh and
    // "me" replies, finished ones and nullptr are left alone.
    void cancel(ApiReply *reply);

Q_SIGNALS:
    void signedIn(const Dms::UserInfo &user);
    void tokensChanged();  // access and/or refresh changed (persist the refresh token)
    void signedOut(const QString &reason);

private:
    struct Pending;
    enum class Purpose { Call, Login, Refresh, Me };
    ApiReply *send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                   const QJsonObject &body, bool authorized, bool hasBody);
    Pending *createPending(const QByteArray &method, const QString &path,
                           const QUrlQuery &query, const QJsonObject &body, bool authorized,
                           bool hasBody, Purpose purpose);
    void start(Pending *pending);
    void dispatch(Pending *pending);
    void send(Pending *pending, const QString &origin);
    // The gate offers a slot for origin: sends the first call waiting for it (false: none).
    bool sendWaiting(const QString &origin);
    friend class RequestGate;
    void onNetworkFinished(Pending *pending);
    void onLoginFinished(Pending *pending, int status, const QJsonValue &json, ApiError error);
    void onRefreshFinished(Pending *pending, int status, const QJsonValue &json,
                           ApiError error);
    void onMeFinished(Pending *pending, int status, const QJsonValue &json, ApiError error);
    void waitForRefresh(Pending *pending);
    void resumeWaiting();
    void failWaiting(const ApiError &error);
    void complete(Pending *pending, int status, const QJsonValue &json, const ApiError &error);
    void completeLater(Pending *pending, const ApiError &error);
    void forgetSession(const QString &reason, int httpStatus);
    bool refreshInFlight() const;
    // Arms m_deadlineTimer for the earliest deadline of a transfer in flight (stops it when
    // there is none).
    void armDeadline();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    QNetworkAccessManager *m_nam;
    const Clock *m_clock;
    QUrl m_baseUrl;
    RestRoutes m_routes = RestRoutes::specDefaults();
    int m_timeoutMs = 15'000;
    qint64 m_maxAnswerBytes = 64 * 1024 * 1024;
    int m_deadlineMs = 120'000;
    QList<QSslCertificate> m_extraCa;
    QSslConfiguration m_sslConfig;  // verification on; system roots + m_extraCa once added
    QString m_access;
    QString m_refresh;
    UserInfo m_user;
    QPointer<ApiReply> m_refreshReply;
    int m_refreshCount = 0;
    quint64 m_generation = 0;     // +1 whenever the session (tokens) is replaced or dropped
    QList<Pending *> m_pendings;  // owned: every call not finished yet
    QList<Pending *> m_waiting;   // authorized calls waiting for the refresh in flight
    QPointer<RequestGate> m_gate;
    QList<Pending *> m_gated;  // calls waiting for a slot of m_gate, oldest first
    // One timer for every transfer's deadline: a single-shot QTimer per call outlived its
    // call by the whole deadline (120 s), thousands at once in a 1,000-user simulation.
    QBasicTimer m_deadlineTimer;
};

}  // namespace Dms
