// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "auth/apiclient.h"

#include "auth/jwt.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/redact.h"
#include "core/sharedjson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>
#include <QTimerEvent>

#include <algorithm>
#include <utility>

namespace Dms {

namespace {

constexpr qsizetype kMaxServerMessage = 500;

// User-facing texts, translated in the context of Dms::ApiClient.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Dms::ApiClient)
public:
    // host[:port] for messages ("[::1]:8000" for IPv6), never with credentials.
    static QString where(const QUrl &url)
    {
        return url.adjusted(QUrl::RemoveUserInfo).authority();
    }

    static QString notDms(const QUrl &url, const QString &why)
    {
        return tr("%1 does not look like a DMS server: %2").arg(where(url), why);
    }

    static QString tlsProblem(const QList<QSslError> &errors, const QString &fallback)
    {
        for (const QSslError &e : errors) {
            switch (e.error()) {
                case QSslError::SelfSignedCertificate:
                case QSslError::SelfSignedCertificateInChain:
                case QSslError::UnableToGetLocalIssuerCertificate:
                case QSslError::UnableToGetIssuerCertificate:
                case QSslError::UnableToVerifyFirstCertificate:
                case QSslError::CertificateUntrusted:
                    return tr("the server's certificate is not trusted");
                case QSslError::CertificateExpired:
                    return tr("the server's certificate has expired");
                case QSslError::CertificateNotYetValid:
                    return tr("the server's certificate is not valid yet");
                case QSslError::HostNameMismatch:
                    return tr("the server's certificate is for another host name");
                case QSslError::CertificateRevoked:
                    return tr("the server's certificate has been revoked");
                default:
                    break;
            }
        }
        if (!errors.isEmpty())
            return errors.first().errorString();
        return redactSecrets(fallback);
    }

    static QString tlsFailure(const QUrl &url, const QList<QSslError> &errors, const QString &fallback)
    {
        return tr("Secure connection to %1 failed: %2. If the server uses a private "
                  "certificate authority, add its CA certificate (--ca-file or the "
                  "connection settings).")
            .arg(where(url), tlsProblem(errors, fallback));
    }

    static ApiError networkError(QNetworkReply::NetworkError code, const QString &errorString,
                                 const QList<QSslError> &sslErrors, const QUrl &url, int timeoutMs)
    {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        const QString host = where(url);
        switch (code) {
            case QNetworkReply::OperationCanceledError:  // transfer timeout on Qt 6.4
            case QNetworkReply::TimeoutError:
                e.kind = ApiError::Kind::Timeout;
                e.message = tr("%1 did not answer within %2 s").arg(host).arg(timeoutMs / 1000.0);
                break;
            case QNetworkReply::ConnectionRefusedError:
                e.message =
                    tr("Cannot reach %1: the connection was refused (is the server running?)")
                        .arg(host);
                break;
            case QNetworkReply::HostNotFoundError:
                e.message = tr("Cannot reach %1: host not found").arg(host);
                break;
            case QNetworkReply::RemoteHostClosedError:
                e.message = tr("%1 closed the connection before answering").arg(host);
                break;
            case QNetworkReply::SslHandshakeFailedError:
                e.kind = ApiError::Kind::Tls;
                e.message = tlsFailure(url, sslErrors, errorString);
                break;
            case QNetworkReply::ProxyConnectionRefusedError:
            case QNetworkReply::ProxyConnectionClosedError:
            case QNetworkReply::ProxyNotFoundError:
            case QNetworkReply::ProxyTimeoutError:
            case QNetworkReply::ProxyAuthenticationRequiredError:
                e.message = tr("Cannot reach %1 through the proxy: %2")
                                .arg(host, redactSecrets(errorString));
                break;
            default:
                e.message = tr("Cannot reach %1: %2").arg(host, redactSecrets(errorString));
                break;
        }
        return e;
    }

    static QString joinMessages(const QJsonValue &value)
    {
        if (value.isString())
            return value.toString();
        if (value.isArray()) {
            QStringList parts;
            for (const QJsonValue &item : value.toArray()) {
                const QString text = joinMessages(item);
                if (!text.isEmpty())
                    parts << text;
            }
            return parts.join(u' ');
        }
        return {};
    }

    // DRF error bodies: {"detail": "..."} or {"field": ["msg", ...], ...}.
    static QString serverMessage(const QJsonValue &body)
    {
        QString text;
        if (body.isObject()) {
            const QJsonObject object = body.toObject();
            const QJsonValue detail = object.value(QLatin1String("detail"));
            if (detail.isString()) {
                text = detail.toString();
            } else {
                QStringList parts;
                for (auto it = object.begin(); it != object.end(); ++it) {
                    const QString messages = joinMessages(it.value());
                    if (messages.isEmpty())
                        continue;
                    if (it.key() == QLatin1String("non_field_errors"))
                        parts << messages;
                    else
                        parts << it.key() % QLatin1String(": ") % messages;
                }
                text = parts.join(QLatin1String("; "));
            }
        } else {
            text = joinMessages(body);
        }
        return text.left(kMaxServerMessage);
    }

    static ApiError httpError(int status, const QJsonValue &body)
    {
        ApiError e;
        e.kind = ApiError::Kind::Http;
        e.httpStatus = status;
        e.body = body;
        QString text = serverMessage(body);
        if (text.isEmpty()) {
            if (status == 400)
                text = tr("The server refused the request");
            else if (status == 401)
                text = tr("Not signed in, or the session has expired");
            else if (status == 403)
                text = tr("Not allowed");
            else if (status == 404)
                text = tr("Not found");
            else if (status == 409)
                text = tr("Not possible in the current state");
            else if (status >= 500)
                text = tr("The server failed");
            else
                text = tr("Unexpected answer from the server");
        }
        e.message = tr("%1 (HTTP %2)").arg(text).arg(status);
        return e;
    }

    static ApiError badResponse(int status, const QString &message)
    {
        ApiError e;
        e.kind = ApiError::Kind::BadResponse;
        e.httpStatus = status;
        e.message = message;
        return e;
    }

    static ApiError notSignedIn(int status, const QString &message)
    {
        ApiError e;
        e.kind = ApiError::Kind::NotSignedIn;
        e.httpStatus = status;
        e.message = message.isEmpty() ? tr("Not signed in") : message;
        return e;
    }
};

int defaultPort(const QString &scheme)
{
    if (scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        return 443;
    if (scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        return 80;
    return -1;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a.scheme())) == b.port(defaultPort(b.scheme()));
}

const char *kindName(ApiError::Kind kind)
{
    switch (kind) {
        case ApiError::Kind::None:
            return "ok";
        case ApiError::Kind::Network:
            return "network";
        case ApiError::Kind::Timeout:
            return "timeout";
        case ApiError::Kind::Tls:
            return "tls";
        case ApiError::Kind::Http:
            return "http";
        case ApiError::Kind::BadResponse:
            return "bad-response";
        case ApiError::Kind::NotSignedIn:
            return "not-signed-in";
    }
    return "?";
}

}  // namespace

QString describeTlsFailure(const QUrl &url, const QList<QSslError> &errors, const QString &fallback)
{
    return Text::tlsFailure(url, errors, fallback);
}

// ---------------------------------------------------------------------------------------
// UserInfo

UserInfo UserInfo::fromJson(const QJsonObject &object)
{
    UserInfo user;
    user.id = EntityId::fromJsonOrNull(object.value(QLatin1String("id")));
    user.username = object.value(QLatin1String("username")).toString();
    user.fullName = object.value(QLatin1String("full_name")).toString();
    user.unitId = EntityId::fromJsonOrNull(object.value(QLatin1String("unit_id")));
    user.unitName = object.value(QLatin1String("unit_name")).toString();
    user.role = object.value(QLatin1String("role")).toString();
    return user;
}

QJsonObject UserInfo::toJson() const
{
    return QJsonObject{{QLatin1String("id"), id.toJson()},
                       {QLatin1String("username"), username},
                       {QLatin1String("full_name"), fullName},
                       {QLatin1String("unit_id"), unitId.toJson()},
                       {QLatin1String("unit_name"), unitName},
                       {QLatin1String("role"), role}};
}

// ---------------------------------------------------------------------------------------
// ApiReply

ApiReply::ApiReply(const QByteArray &method, const QString &path, QObject *parent)
    : QObject(parent), m_method(method), m_path(path)
{
}

void ApiReply::finish(int httpStatus, const QJsonValue &json, const ApiError &error,
                      qint64 elapsedMs)
{
    if (m_finished)
        return;
    m_finished = true;
    m_httpStatus = httpStatus;
    m_json = json;
    m_error = error;
    m_elapsedMs = elapsedMs;
    Q_EMIT finished();
    deleteLater();
}

// ---------------------------------------------------------------------------------------
// ApiClient

// One call from creation to its reply's finished(): owned by ApiClient::m_pendings.
struct ApiClient::Pending
{
    QByteArray method;
    QString path;
    QUrl url;
    QJsonObject body;  // may hold a password: never logged
    bool authorized = false;
    bool hasBody = false;
    Purpose purpose = Purpose::Call;
    bool retried = false;    // already retried once after a 401
    quint64 generation = 0;  // the session it was made in
    QString sentToken;       // access token of the last attempt
    ApiError resolveError;   // set when the URL was refused before sending
    QPointer<ApiReply> reply;
    QPointer<QNetworkReply> network;
    QList<QSslError> sslErrors;
    QElapsedTimer total;
    QElapsedTimer attempt;
    // Why the client itself aborted the transfer (none: it was not aborted here).
    enum class Cut { None, TooLarge, Deadline } cut = Cut::None;
};

ApiClient::ApiClient(QNetworkAccessManager *nam, const Clock *clock, QObject *parent)
    : QObject(parent),
      m_nam(nam),
      m_clock(clock),
      m_sslConfig(QSslConfiguration::defaultConfiguration())
{
    Q_ASSERT(m_nam);
    Q_ASSERT(m_clock);
    m_sslConfig.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

ApiClient::~ApiClient()
{
    const QList<Pending *> pendings = std::exchange(m_pendings, {});
    m_waiting.clear();
    m_gated.clear();  // their entries in the gate pass their slots on
    for (Pending *p : pendings) {
        if (p->network) {
            p->network->disconnect(this);
            p->network->abort();
            p->network->deleteLater();
        }
        delete p;  // unfinished ApiReply objects are our children and go with us
    }
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

void ApiClient::setTransferTimeoutMs(int ms)
{
    m_timeoutMs = ms;
}

bool loadCaCertificates(const QString &path, QList<QSslCertificate> *certificates, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = ApiClient::tr("Cannot read the CA file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QList<QSslCertificate> read = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (read.isEmpty()) {
        if (errorMessage)
            *errorMessage = ApiClient::tr("No PEM certificate found in %1").arg(path);
        return false;
    }
    for (const QSslCertificate &certificate : read) {
        if (certificate.isNull()) {
            if (errorMessage)
                *errorMessage = ApiClient::tr("Invalid certificate in %1").arg(path);
            return false;
        }
    }
    *certificates = read;
    return true;
}

bool ApiClient::addCaCertificatesFromFile(const QString &path, QString *errorMessage)
{
    QList<QSslCertificate> certificates;
    if (!loadCaCertificates(path, &certificates, errorMessage))
        return false;
    addCaCertificates(certificates);
    qCInfo(lcHttp).noquote() << "trusting" << certificates.size() << "extra CA certificate(s) from"
                             << path;
    return true;
}

void ApiClient::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    if (certificates.isEmpty())
        return;
    m_extraCa += certificates;
    // Setting CAs turns off Qt's on-demand loading of the system roots: list them too. Read
    // once per process: a simulation adds the same CA to a thousand sessions.
    static const QList<QSslCertificate> systemCa = QSslConfiguration::systemCaCertificates();
    m_sslConfig.setCaCertificates(systemCa + m_extraCa);
}

QSslConfiguration ApiClient::sslConfiguration() const
{
    return m_sslConfig;
}

ApiReply *ApiClient::login(const QString &username, const QString &password)
{
    const QJsonObject body{{QLatin1String("username"), username},
                           {QLatin1String("password"), password}};
    Pending *p = createPending("POST", m_routes.login, {}, body, false, true, Purpose::Login);
    ApiReply *reply = p->reply;
    start(p);
    return reply;
}

ApiReply *ApiClient::refreshAccessToken()
{
    if (refreshInFlight())
        return m_refreshReply;
    const QJsonObject body{{QLatin1String("refresh"), m_refresh}};
    Pending *p = createPending("POST", m_routes.refresh, {}, body, false, true, Purpose::Refresh);
    ApiReply *reply = p->reply;
    if (m_refresh.isEmpty()) {
        completeLater(p, Text::notSignedIn(0, {}));
        return reply;
    }
    m_refreshReply = reply;
    start(p);
    return reply;
}

ApiReply *ApiClient::ensureFreshAccessToken(qint64 withinMs)
{
    if (refreshInFlight())
        return m_refreshReply;
    if (m_refresh.isEmpty())
        return nullptr;
    if (m_access.isEmpty())
        return refreshAccessToken();
    const qint64 expiry = accessTokenExpiryMs();
    if (expiry == 0)
        return nullptr;  // not a JWT: the 401 path will refresh when needed
    if (expiry - m_clock->nowMs() > withinMs)
        return nullptr;
    qCInfo(lcAuth).noquote() << "access token expires in" << (expiry - m_clock->nowMs()) / 1000
                             << "s: refreshing";
    return refreshAccessToken();
}

ApiReply *ApiClient::fetchMe()
{
    Pending *p = createPending("GET", m_routes.me, {}, {}, true, false, Purpose::Me);
    ApiReply *reply = p->reply;
    start(p);
    return reply;
}

ApiReply *ApiClient::signOut(const QString &reason, bool revokeOnServer)
{
    // Revoke the refresh token on the server (spec §1, POST auth/logout/) so that a copy
    // left anywhere mints nothing more; the copies here are forgotten whatever the answer,
    // or without one (a profile without the route, a server that is down).
    ApiReply *revoke = nullptr;
    if (revokeOnServer && !m_refresh.isEmpty() && !m_routes.logout.isEmpty()) {
        const QJsonObject body{{QLatin1String("refresh"), m_refresh}};
        Pending *p = createPending("POST", m_routes.logout, {}, body, false, true, Purpose::Call);
        revoke = p->reply;
        start(p);
    }
    forgetSession(reason, 0);
    return revoke;
}

void ApiClient::setTokens(const QString &access, const QString &refresh)
{
    const bool changed = access != m_access || refresh != m_refresh;
    m_access = access;
    m_refresh = refresh;
    ++m_generation;
    m_refreshReply = nullptr;
    if (!m_waiting.isEmpty()) {
        if (!m_access.isEmpty())
            resumeWaiting();
        else if (!m_refresh.isEmpty())
            refreshAccessToken();
        else
            failWaiting(Text::notSignedIn(0, {}));
    }
    if (changed)
        Q_EMIT tokensChanged();
}

qint64 ApiClient::accessTokenExpiryMs() const
{
    return jwtExpiryMs(m_access);
}

ApiReply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return send("GET", path, query, {}, true, false);
}

ApiReply *ApiClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, {}, body, true, true);
}

ApiReply *ApiClient::patch(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path, {}, body, true, true);
}

ApiReply *ApiClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, {}, body, true, true);
}

ApiReply *ApiClient::deleteResource(const QString &path)
{
    return send("DELETE", path, {}, {}, true, false);
}

ApiReply *ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                          const QJsonObject &body, bool authorized, bool hasBody)
{
    Pending *p = createPending(method, path, query, body, authorized, hasBody, Purpose::Call);
    ApiReply *reply = p->reply;
    start(p);
    return reply;
}

ApiClient::Pending *ApiClient::createPending(const QByteArray &method, const QString &path,
                                             const QUrlQuery &query, const QJsonObject &body,
                                             bool authorized, bool hasBody, Purpose purpose)
{
    auto *p = new Pending;
    p->method = method;
    p->path = path;
    p->body = body;
    p->authorized = authorized;
    p->hasBody = hasBody;
    p->purpose = purpose;
    p->generation = m_generation;
    p->reply = new ApiReply(method, path, this);
    p->total.start();
    m_pendings.append(p);

    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()) {
        p->resolveError.kind = ApiError::Kind::Network;
        p->resolveError.message = tr("No server address is set");
        return p;
    }
    const QUrl ref(path);
    QUrl url;
    if (ref.scheme().isEmpty() && ref.host().isEmpty()) {
        // Relative to the base URL, which may carry a path prefix (https://host/dms).
        QString prefix = m_baseUrl.path();
        if (prefix.endsWith(u'/'))
            prefix.chop(1);
        QString relative = ref.path();
        if (!relative.startsWith(u'/'))
            relative.prepend(u'/');
        url = m_baseUrl;
        url.setPath(prefix + relative);
        url.setQuery(ref.query(QUrl::FullyEncoded), QUrl::StrictMode);
    } else if (sameOrigin(ref, m_baseUrl)) {
        url = ref.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    } else {
        // A DRF "next" link is followed only on the server we signed in to: the bearer
        // token must never travel to another host.
        p->resolveError = Text::badResponse(
            0, tr("Refused to follow a link to another server (%1)").arg(redactedUrl(ref)));
        qCWarning(lcHttp).noquote() << "refused cross-origin link" << redactedUrl(ref);
        return p;
    }
    if (!query.isEmpty()) {
        QUrlQuery merged(url);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        for (const auto &item : items) merged.addQueryItem(item.first, item.second);
        url.setQuery(merged);
    }
    p->url = url;
    return p;
}

void ApiClient::start(Pending *p)
{
    if (p->resolveError.kind != ApiError::Kind::None) {
        completeLater(p, p->resolveError);
        return;
    }
    if (p->authorized) {
        if (m_access.isEmpty() && m_refresh.isEmpty()) {
            completeLater(p, Text::notSignedIn(0, {}));
            return;
        }
        // A refresh is under way (or there is only a refresh token): wait for it rather
        // than presenting a token that is about to be replaced.
        if (refreshInFlight() || m_access.isEmpty()) {
            waitForRefresh(p);
            return;
        }
    }
    dispatch(p);
}

void ApiClient::dispatch(Pending *p)
{
    const QString origin = m_gate ? RequestGate::originOf(p->url) : QString();
    if (m_gate && !m_gate->acquire(origin, this)) {
        m_gated.append(p);
        return;
    }
    send(p, origin);
}

bool ApiClient::sendWaiting(const QString &origin)
{
    for (qsizetype i = 0; i < m_gated.size(); ++i) {
        Pending *p = m_gated.at(i);
        if (RequestGate::originOf(p->url) == origin) {
            m_gated.removeAt(i);
            send(p, origin);
            return true;
        }
    }
    return false;
}

void ApiClient::send(Pending *p, const QString &origin)
{
    QNetworkRequest request(p->url);
    request.setRawHeader("Accept", "application/json");
    if (p->hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    // Redirects stay on the same origin, so the bearer token never leaves the server.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    if (p->url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_sslConfig);
    if (p->authorized) {
        p->sentToken = m_access;
        request.setRawHeader("Authorization", "Bearer " + m_access.toUtf8());
    }

    const QByteArray data =
        p->hasBody ? QJsonDocument(p->body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply *reply = nullptr;
    // r: the transfer to cut. Once it finished, onNetworkFinished has run and p may be
    // gone: then nothing is touched.
    const auto cutOff = [p](QNetworkReply *r, Pending::Cut why) {
        if (r->isFinished() || p->network != r || p->cut != Pending::Cut::None)
            return;
        p->cut = why;
        r->abort();  // finished() follows: onNetworkFinished reports why
    };
    if (p->method == "GET")
        reply = m_nam->get(request);
    else if (p->method == "POST")
        reply = m_nam->post(request, data);
    else if (p->method == "PUT")
        reply = m_nam->put(request, data);
    else if (p->method == "DELETE")
        reply = m_nam->deleteResource(request);
    else
        reply = m_nam->sendCustomRequest(request, p->method, data);

    p->network = reply;
    if (m_gate)
        m_gate->hold(origin, reply);
    p->sslErrors.clear();
    p->attempt.start();
    connect(reply, &QNetworkReply::sslErrors, this,
            [p](const QList<QSslError> &errors) { p->sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this, [this, p] { onNetworkFinished(p); });
    // Limits on what a server may make the console hold or wait for: an answer larger than
    // maxAnswerBytes is aborted as soon as its size (declared or received) passes it, and
    // no call lasts longer than deadlineMs in all (the transfer timeout only covers
    // silence: a server dripping a byte a second never trips it). Nothing of a cut answer
    // is used.
    connect(reply, &QNetworkReply::downloadProgress, this, [this, cutOff, reply](qint64 received, qint64 total) {
        if (received > m_maxAnswerBytes || total > m_maxAnswerBytes)
            cutOff(reply, Pending::Cut::TooLarge);
    });
    if (!m_deadlineTimer.isActive())
        m_deadlineTimer.start(m_deadlineMs, this);  // an earlier call's deadline comes first
}

void ApiClient::setDeadlineMs(int ms)
{
    m_deadlineMs = ms;
    armDeadline();
}

void ApiClient::armDeadline()
{
    qint64 next = -1;
    for (const Pending *p : std::as_const(m_pendings)) {
        if (p->network && !p->network->isFinished() && p->cut == Pending::Cut::None) {
            const qint64 left = qMax<qint64>(0, m_deadlineMs - p->attempt.elapsed());
            next = next < 0 ? left : qMin(next, left);
        }
    }
    if (next < 0)
        m_deadlineTimer.stop();
    else
        m_deadlineTimer.start(int(next), this);
}

void ApiClient::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_deadlineTimer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_deadlineTimer.stop();
    // abort() finishes the transfer at once: its owner's slots run, and may cancel other
    // calls or delete this client.
    const QPointer<ApiClient> self(this);
    const QList<Pending *> pendings = m_pendings;
    for (Pending *p : pendings) {
        if (!m_pendings.contains(p))
            continue;
        QNetworkReply *r = p->network;
        if (!r || r->isFinished() || p->cut != Pending::Cut::None ||
            p->attempt.elapsed() < m_deadlineMs)
            continue;
        p->cut = Pending::Cut::Deadline;
        r->abort();  // finished() follows: onNetworkFinished reports why
        if (!self)
            return;
    }
    armDeadline();
}

void ApiClient::onNetworkFinished(Pending *p)
{
    QNetworkReply *reply = p->network;
    p->network = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->isOpen() ? reply->readAll() : QByteArray();
    const qint64 ms = p->attempt.elapsed();

    QJsonValue json;
    ApiError error;
    // An answer that arrived whole before downloadProgress could cut it: the same limit.
    if (p->cut == Pending::Cut::None && bytes.size() > m_maxAnswerBytes)
        p->cut = Pending::Cut::TooLarge;
    if (p->cut != Pending::Cut::None) {
        const QString what = p->cut == Pending::Cut::TooLarge
                                 ? tr("the answer to %1 was larger than %2 bytes; it was cut off and not used")
                                       .arg(p->url.path())
                                       .arg(m_maxAnswerBytes)
                                 : tr("%1 did not finish within %2 s; it was cut off and nothing of it was used")
                                       .arg(p->url.path())
                                       .arg(m_deadlineMs / 1000.0);
        error = p->cut == Pending::Cut::TooLarge ? Text::badResponse(status, what) : ApiError();
        if (p->cut == Pending::Cut::Deadline) {
            error.kind = ApiError::Kind::Timeout;
            error.message = what;
        }
        qCInfo(lcHttp).noquote() << p->method << redactedUrl(p->url) << "cut off:" << what;
        complete(p, 0, {}, error);
        return;
    }
    if (status == 0) {
        error = Text::networkError(reply->error(), reply->errorString(), p->sslErrors, p->url,
                                   m_timeoutMs);
    } else {
        bool isJson = true;
        if (!bytes.trimmed().isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument doc = SharedJson::parse(bytes, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                isJson = false;
            } else {
                json = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
            }
        }
        if (status >= 200 && status < 300) {
            if (!isJson) {
                error = Text::badResponse(
                    status,
                    Text::notDms(p->url, tr("the answer to %1 is not JSON").arg(p->url.path())));
            }
        } else {
            error = Text::httpError(status, json);
        }
    }

    if (status == 0)
        qCInfo(lcHttp).noquote() << p->method << redactedUrl(p->url) << "failed"
                                 << kindName(error.kind) << "network error" << reply->error() << ms
                                 << "ms";
    else
        qCInfo(lcHttp).noquote() << p->method << redactedUrl(p->url) << status << ms << "ms";

    // 401 on an authorized call: one shared refresh, then one retry.
    if (status == 401 && p->authorized) {
        if (!p->retried) {
            p->retried = true;
            if (m_refresh.isEmpty()) {
                complete(p, status, json, Text::notSignedIn(status, {}));
                return;
            }
            if (!m_access.isEmpty() && p->sentToken != m_access && !refreshInFlight()) {
                dispatch(p);  // the token was renewed while this call was in flight
                return;
            }
            waitForRefresh(p);
            return;
        }
        error = Text::notSignedIn(status, tr("The server refused the renewed session (HTTP 401)"));
    }

    switch (p->purpose) {
        case Purpose::Login:
            onLoginFinished(p, status, json, error);
            return;
        case Purpose::Refresh:
            onRefreshFinished(p, status, json, error);
            return;
        case Purpose::Me:
            onMeFinished(p, status, json, error);
            return;
        case Purpose::Call:
            break;
    }
    complete(p, status, json, error);
}

void ApiClient::onLoginFinished(Pending *p, int status, const QJsonValue &json, ApiError error)
{
    if (error.kind == ApiError::Kind::None) {
        const QJsonObject object = json.toObject();
        const QString access = object.value(QLatin1String("access")).toString();
        const QString refresh = object.value(QLatin1String("refresh")).toString();
        const UserInfo user = UserInfo::fromJson(object.value(QLatin1String("user")).toObject());
        if (access.isEmpty() || refresh.isEmpty() || !user.isValid()) {
            error = Text::badResponse(
                status,
                Text::notDms(p->url, tr("the sign-in answer lacks the tokens or the user")));
        } else {
            m_access = access;
            m_refresh = refresh;
            m_user = user;
            ++m_generation;
            m_refreshReply = nullptr;
            qCInfo(lcAuth).noquote()
                << "signed in as" << user.username << "unit" << user.unitId << "role" << user.role;
            resumeWaiting();
            Q_EMIT tokensChanged();
            Q_EMIT signedIn(m_user);
        }
    } else if (error.kind == ApiError::Kind::Http) {
        if (status == 401) {
            error.message = tr("Wrong user name or password");
        } else if (status == 404 || status == 405) {
            error = Text::badResponse(
                status,
                Text::notDms(p->url, tr("it has no sign-in endpoint (HTTP %1)").arg(status)));
        }
    }
    if (error.kind != ApiError::Kind::None)
        qCInfo(lcAuth).noquote() << "sign-in failed:" << kindName(error.kind) << status;
    complete(p, status, json, error);
}

void ApiClient::onRefreshFinished(Pending *p, int status, const QJsonValue &json, ApiError error)
{
    if (p->generation != m_generation) {
        // Signed out or signed in again meanwhile: this answer belongs to an old session.
        complete(p, status, json, Text::notSignedIn(0, tr("Signed out while refreshing")));
        return;
    }
    m_refreshReply = nullptr;

    if (error.kind == ApiError::Kind::None) {
        const QJsonObject object = json.toObject();
        const QString access = object.value(QLatin1String("access")).toString();
        if (access.isEmpty()) {
            error = Text::badResponse(
                status, Text::notDms(p->url, tr("the refresh answer has no access token")));
        } else {
            m_access = access;
            const QString rotated = object.value(QLatin1String("refresh")).toString();
            if (!rotated.isEmpty())
                m_refresh = rotated;
            ++m_refreshCount;
            const qint64 expiry = accessTokenExpiryMs();
            qCInfo(lcAuth).noquote()
                << (rotated.isEmpty() ? "access token refreshed;" : "tokens refreshed (rotated);")
                << "expires in" << (expiry > 0 ? (expiry - m_clock->nowMs()) / 1000 : -1) << "s;"
                << m_waiting.size() << "waiting call(s) retried";
            resumeWaiting();
            Q_EMIT tokensChanged();
            complete(p, status, json, error);
            return;
        }
    }

    if (status == 401) {
        error = Text::notSignedIn(status, tr("Your session has expired: sign in again"));
        error.body = json;
        qCInfo(lcAuth).noquote() << "refresh refused (401): signing out";
        forgetSession(error.message, status);
        complete(p, status, json, error);
        return;
    }

    // A transient failure (network, timeout, 5xx): keep the session, fail the waiting calls.
    qCInfo(lcAuth).noquote() << "refresh failed:" << kindName(error.kind) << status;
    failWaiting(error);
    complete(p, status, json, error);
}

void ApiClient::onMeFinished(Pending *p, int status, const QJsonValue &json, ApiError error)
{
    if (error.kind == ApiError::Kind::None) {
        const UserInfo user = UserInfo::fromJson(json.toObject());
        if (!user.isValid()) {
            error = Text::badResponse(
                status, Text::notDms(p->url, tr("the answer about the user lacks its id")));
        } else if (p->generation == m_generation) {
            const bool newUser = !m_user.isValid() || m_user.id != user.id;
            m_user = user;
            if (newUser) {
                qCInfo(lcAuth).noquote() << "signed in as" << user.username << "unit" << user.unitId
                                         << "role" << user.role;
                Q_EMIT signedIn(m_user);
            }
        }
    }
    complete(p, status, json, error);
}

void ApiClient::waitForRefresh(Pending *p)
{
    m_waiting.append(p);
    if (!refreshInFlight())
        refreshAccessToken();
}

void ApiClient::resumeWaiting()
{
    const QList<Pending *> waiting = std::exchange(m_waiting, {});
    for (Pending *p : waiting) {
        if (m_pendings.contains(p))  // not cancelled by an earlier one's owner meanwhile
            dispatch(p);
    }
}

void ApiClient::failWaiting(const ApiError &error)
{
    const QList<Pending *> waiting = std::exchange(m_waiting, {});
    for (Pending *p : waiting) {
        if (m_pendings.contains(p))  // a reply's owner may cancel the others from finished()
            complete(p, error.httpStatus, {}, error);
    }
}

void ApiClient::complete(Pending *p, int status, const QJsonValue &json, const ApiError &error)
{
    m_pendings.removeOne(p);
    m_waiting.removeOne(p);
    m_gated.removeOne(p);
    const QPointer<ApiReply> reply = p->reply;
    const qint64 ms = p->total.elapsed();
    delete p;
    if (reply)
        reply->finish(status, json, error, ms);
}

void ApiClient::cancel(ApiReply *reply)
{
    if (!reply || reply->isFinished())
        return;
    const auto it = std::find_if(m_pendings.cbegin(), m_pendings.cend(),
                                 [reply](const Pending *p) { return p->reply == reply; });
    if (it == m_pendings.cend() || (*it)->purpose != Purpose::Call)
        return;
    Pending *p = *it;
    m_pendings.removeOne(p);
    m_waiting.removeOne(p);
    m_gated.removeOne(p);
    if (p->network) {
        p->network->disconnect(this);
        p->network->abort();
        p->network->deleteLater();
    }
    qCDebug(lcHttp).noquote() << p->method << redactedUrl(p->url) << "cancelled";
    delete p;
    reply->deleteLater();
}

void ApiClient::completeLater(Pending *p, const ApiError &error)
{
    // Deferred so that the caller can connect to the reply it is about to receive.
    QTimer::singleShot(0, this, [this, p, error] {
        if (!m_pendings.contains(p))
            return;
        if (p->purpose == Purpose::Refresh)
            onRefreshFinished(p, error.httpStatus, {}, error);
        else
            complete(p, error.httpStatus, {}, error);
    });
}

void ApiClient::forgetSession(const QString &reason, int httpStatus)
{
    const bool had = isSignedIn() || m_user.isValid();
    m_access.clear();
    m_refresh.clear();
    m_user = UserInfo();
    ++m_generation;
    m_refreshReply = nullptr;
    failWaiting(Text::notSignedIn(httpStatus, reason));
    if (had) {
        qCInfo(lcAuth).noquote() << "signed out:" << reason;
        Q_EMIT tokensChanged();
        Q_EMIT signedOut(reason);
    }
}

bool ApiClient::refreshInFlight() const
{
    return m_refreshReply && !m_refreshReply->isFinished();
}

}  // namespace Dms
