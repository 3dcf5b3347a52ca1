// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "live/livesession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkInformation>
#include <QNetworkRequest>
#include <QTimerEvent>
#include <QUrlQuery>

#include <algorithm>

#include "auth/apiclient.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/redact.h"

namespace Dms {

namespace {

struct LiveSessionText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::LiveSession)
};

constexpr qint64 RttWindowMs = 10 * 60 * 1000;
constexpr int TimelineMax = 200;
constexpr int ShownFrameBytes = 4096;

QString closeCodeText(int code, const QString &reason)
{
    QString text;
    switch (code) {
    case 1000: text = LiveSessionText::tr("closed normally"); break;
    case 1001: text = LiveSessionText::tr("server going away"); break;
    case 1006: text = LiveSessionText::tr("connection lost"); break;
    case 1009: text = LiveSessionText::tr("message too big"); break;
    case 1011: text = LiveSessionText::tr("server error"); break;
    case 1012: text = LiveSessionText::tr("server restarting"); break;
    case 4001: text = LiveSessionText::tr("token rejected"); break;
    case 4003: text = LiveSessionText::tr("forbidden"); break;
    case 4029: text = LiveSessionText::tr("too many messages"); break;
    default: text = LiveSessionText::tr("closed"); break;
    }
    QString out = LiveSessionText::tr("%1 (%2)").arg(text).arg(code);
    if (!reason.isEmpty())
        out += QStringLiteral(": ") + reason.left(200);
    return out;
}

}  // namespace

QString liveStateName(LiveState state)
{
    switch (state) {
    case LiveState::SignedOut: return QStringLiteral("signed_out");
    case LiveState::Connecting: return QStringLiteral("connecting");
    case LiveState::Live: return QStringLiteral("live");
    case LiveState::Reconnecting: return QStringLiteral("reconnecting");
    case LiveState::Offline: return QStringLiteral("offline");
    case LiveState::AuthFailed: return QStringLiteral("auth_failed");
    }
    return QString();
}

QString LiveStatus::describe() const
{
    switch (state) {
    case LiveState::SignedOut: return LiveSessionText::tr("signed out");
    case LiveState::Live: return LiveSessionText::tr("live");
    case LiveState::Connecting:
        return attempt > 0 ? LiveSessionText::tr("connecting: attempt %1").arg(attempt) : LiveSessionText::tr("connecting");
    case LiveState::Reconnecting: {
        const QString of = maxAttempts > 0 ? LiveSessionText::tr("attempt %1 of %2").arg(attempt).arg(maxAttempts)
                                           : LiveSessionText::tr("attempt %1").arg(attempt);
        return LiveSessionText::tr("reconnecting: %1, next in %2 s (%3)")
            .arg(of, QString::number(delayMs / 1000.0, 'f', 1), reason);
    }
    case LiveState::Offline:
        return delayMs > 0 ? LiveSessionText::tr("offline: %1; next try in %2 s").arg(reason).arg(delayMs / 1000)
                           : LiveSessionText::tr("offline: %1").arg(reason);
    case LiveState::AuthFailed: return LiveSessionText::tr("signed out: %1").arg(reason);
    }
    return QString();
}

LiveSession::LiveSession(ApiClient *api, const DialectProfile &profile, const Clock *clock,
                         QObject *parent, LiveTransportFactory *transports)
    : QObject(parent), m_api(api), m_transports(transports), m_profile(profile), m_parser(m_profile),
      m_clock(clock)
{
    if (!m_transports) {
        m_ownTransports = std::make_unique<WebSocketTransportFactory>();
        m_transports = m_ownTransports.get();
    }
    m_monotonic.start();
    for (const SocketSpec &spec : m_profile.sockets()) {
        Channel ch;
        ch.spec = spec;
        m_channels.append(ch);
    }

    if (QNetworkInformation *info = QNetworkInformation::instance()) {
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online &&
                        m_status.state == LiveState::Offline) {
                        qCInfo(lcWs) << "network is back: retrying";
                        retry();
                    }
                });
    }
    setSettings(m_settings);
}

LiveSession::~LiveSession()
{
    teardown(false);
}

void LiveSession::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_backoff.setSettings(settings.backoff);
    m_parser = FrameParser(m_profile, settings.maxMessageBytes);
    // A running timer goes on with the new interval, started again (as QTimer::setInterval).
    if (m_pingTimer.isActive())
        m_pingTimer.start(qMax(1, settings.pingIntervalMs), this);
    if (m_heartbeatDeadline.isActive())
        m_heartbeatDeadline.start(qMax(1, settings.pongTimeoutMs), this);
    if (m_connectDeadline.isActive())
        m_connectDeadline.start(qMax(1, settings.connectTimeoutMs), this);
    m_status.maxAttempts = settings.maxAttempts;
}

void LiveSession::timerEvent(QTimerEvent *event)
{
    const int id = event->timerId();
    if (id == m_pingTimer.timerId()) {
        sendPing();
        return;
    }
    // The rest fire once.
    const std::pair<QBasicTimer *, void (LiveSession::*)()> onceTimers[] = {
        {&m_heartbeatDeadline, &LiveSession::onHeartbeatDeadline},
        {&m_tailCheck, &LiveSession::checkTails},
        {&m_connectDeadline, &LiveSession::onConnectDeadline},
        {&m_reconnectTimer, &LiveSession::connectNow},
        {&m_confirmTimer, &LiveSession::confirm},
    };
    for (const auto &[timer, act] : onceTimers) {
        if (id == timer->timerId()) {
            timer->stop();
            (this->*act)();
            return;
        }
    }
    QObject::timerEvent(event);
}

void LiveSession::setRandomSeed(quint32 seed)
{
    m_backoff = Backoff(m_settings.backoff, seed);
}

bool LiveSession::gapDetectionAvailable() const
{
    return m_profile.mapsUpdateField(QStringLiteral("seq")) && m_metrics.serverSendsSeq;
}

QString LiveSession::rttMethod() const
{
    switch (m_profile.heartbeatMode()) {
    case HeartbeatMode::None: return QStringLiteral("none");
    case HeartbeatMode::Control: return QStringLiteral("control");
    case HeartbeatMode::Json: break;
    }
    return m_metrics.serverEchoes ? QStringLiteral("echo") : QStringLiteral("last-ping");
}

QJsonObject LiveCapabilities::toJson() const
{
    QJsonObject o{{QStringLiteral("gap_detection"), gapDetection},
                  {QStringLiteral("rtt"), rtt},
                  {QStringLiteral("half_open_detection"), halfOpenDetection},
                  {QStringLiteral("clock_offset"), clockOffset}};
    if (!gapNote.isEmpty())
        o.insert(QStringLiteral("gap_detection_note"), gapNote);
    if (!rttNote.isEmpty())
        o.insert(QStringLiteral("rtt_note"), rttNote);
    return o;
}

LiveCapabilities LiveSession::capabilities() const
{
    LiveCapabilities c;
    const bool mapsSeq = m_profile.mapsUpdateField(QStringLiteral("seq"));
    c.gapDetection = gapDetectionAvailable();
    if (!mapsSeq)
        c.gapNote = LiveSessionText::tr("this dialect numbers no events: missed events are not detected while connected "
                       "(a reconnect still refetches everything shown)");
    else if (!m_metrics.serverSendsSeq)
        c.gapNote = m_metrics.framesIn > 0
            ? LiveSessionText::tr("the server sends no seq: missed events are not detected while connected "
                 "(a reconnect still refetches everything shown)")
            : LiveSessionText::tr("not known yet: no frame received");
    c.rtt = rttMethod();
    if (c.rtt == QLatin1String("last-ping"))
        c.rttNote = LiveSessionText::tr("the server does not echo pings: round trips are measured against the last ping sent");
    else if (c.rtt == QLatin1String("control"))
        c.rttNote = LiveSessionText::tr("WebSocket control pings (this dialect has no JSON heartbeat)");
    else if (c.rtt == QLatin1String("none"))
        c.rttNote = LiveSessionText::tr("this dialect has no heartbeat: round trips are not measured and a half-open "
                       "connection is found only when the server next sends");
    c.halfOpenDetection = m_profile.heartbeatMode() != HeartbeatMode::None;
    c.clockOffset = m_metrics.hasClockOffset;
    return c;
}

void LiveSession::start()
{
    if (m_status.state == LiveState::Live || m_status.state == LiveState::Connecting ||
        m_status.state == LiveState::Reconnecting)
        return;
    m_attempt = 0;
    m_authRetryUsed = false;
    connectNow();
}

void LiveSession::stop()
{
    teardown(true);
    m_reconnectTimer.stop();
    m_attempt = 0;
    LiveStatus s;
    s.state = LiveState::SignedOut;
    s.maxAttempts = m_settings.maxAttempts;
    setStatus(s);
}

void LiveSession::retry()
{
    if (m_status.state == LiveState::Live)
        return;
    teardown(false);
    m_reconnectTimer.stop();
    m_attempt = 0;
    m_authRetryUsed = false;
    connectNow();
}

void LiveSession::reconnectNow(const QString &reason)
{
    qCInfo(lcWs) << "reconnecting on request:" << reason;
    teardown(true);
    m_reconnectTimer.stop();
    m_attempt = 0;
    connectNow();
}

void LiveSession::cut(const QString &reason)
{
    if (m_status.state != LiveState::Live && m_status.state != LiveState::Connecting)
        return;
    teardown(false);
    scheduleReconnect(reason, 1006);
}

void LiveSession::pingNow()
{
    if (m_status.state == LiveState::Live)
        sendPing();
}

void LiveSession::connectNow()
{
    if (m_status.state == LiveState::Offline && m_status.delayMs > 0) {
        // The slow probe of an Offline session (offlineRetryMs): an attempt like the others.
        ++m_metrics.reconnects;
        recordReconnect(m_attempt, 0, LiveSessionText::tr("offline: trying again"));
    }
    teardown(false);
    const quint64 generation = ++m_generation;
    LiveStatus s;
    s.state = LiveState::Connecting;
    s.attempt = m_attempt;
    s.maxAttempts = m_settings.maxAttempts;
    s.reason = m_status.reason;
    setStatus(s);

    if (!m_api->isSignedIn()) {
        enterAuthFailed(LiveSessionText::tr("not signed in"), 0);
        return;
    }
    // Never present an expired token: refresh first when it expires within the window.
    ApiReply *refresh = m_api->ensureFreshAccessToken(m_settings.refreshWithinMs);
    if (!refresh) {
        openSockets();
        return;
    }
    connect(refresh, &ApiReply::finished, this, [this, refresh, generation] {
        if (generation != m_generation)
            return;
        if (refresh->ok()) {
            openSockets();
        } else if (!m_api->isSignedIn() || refresh->httpStatus() == 401) {
            enterAuthFailed(LiveSessionText::tr("the session expired and could not be renewed: %1")
                                .arg(refresh->error().message),
                            0);
        } else {
            scheduleReconnect(LiveSessionText::tr("token refresh failed: %1").arg(refresh->error().message), 0);
        }
    });
}

void LiveSession::openSockets()
{
    const quint64 generation = m_generation;
    m_tlsError.clear();
    const UserInfo &user = m_api->user();
    LiveTransportFactory::Options options;
    options.origin = m_settings.origin;
    if (options.origin.isEmpty()) {
        const QUrl base = m_api->baseUrl();
        options.origin = base.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                       QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    }
    options.maxMessageBytes = m_settings.maxMessageBytes;
    // The same trust as REST: system CAs plus --ca-file; verification always on.
    options.ssl = m_ssl ? *m_ssl : m_api->sslConfiguration();
    m_openedAtMs = m_clock->nowMs();
    m_openedTokenExpiryMs = m_api->accessTokenExpiryMs();

    for (int i = 0; i < m_channels.size(); ++i) {
        Channel &ch = m_channels[i];
        ch.open = false;
        ch.welcomed = false;
        ch.heard = false;
        LiveTransport *t = m_transports->create(options, this);
        ch.transport = t;

        connect(t, &LiveTransport::opened, this, [this, i, generation] {
            if (generation != m_generation)
                return;
            Channel &c = m_channels[i];
            c.open = true;
            qCInfo(lcWs) << "socket open:" << c.spec.name;
            if (m_profile.authMode() == AuthMode::FirstMessage) {
                QJsonObject shown = m_profile.authMessage(QStringLiteral("***"));
                sendJson(i, m_profile.authMessage(m_api->accessToken()),
                         QJsonDocument(shown).toJson(QJsonDocument::Compact));
            }
            if (m_profile.liveOn() == LiveOn::FirstFrame)
                sendPing();  // an answer (or any frame) makes this socket count
            goLiveIfReady();
        });
        connect(t, &LiveTransport::closed, this, [this, i, generation](int code, const QString &reason) {
            if (generation != m_generation)
                return;
            onSocketDown(i, code, !m_channels[i].open && !m_tlsError.isEmpty() ? m_tlsError : reason);
        });
        connect(t, &LiveTransport::textReceived, this, [this, i, generation](const QString &text) {
            if (generation == m_generation)
                handleText(i, text);
        });
        connect(t, &LiveTransport::binaryReceived, this, [this, i, generation](const QByteArray &d) {
            if (generation == m_generation)
                handleBinary(i, d);
        });
        connect(t, &LiveTransport::pongReceived, this,
                [this, i, generation](quint64 elapsed, const QByteArray &payload) {
                    if (generation == m_generation)
                        handleControlPong(i, elapsed, payload);
                });
        connect(t, &LiveTransport::tlsErrors, this, [this, i, generation](const QList<QSslError> &errors) {
            if (generation != m_generation)
                return;
            // Verification stays on (certificate errors are never ignored): the handshake fails and the
            // reason the user sees names the certificate problem.
            m_tlsError = describeTlsFailure(m_api->baseUrl(), errors);
            qCWarning(lcWs).noquote() << m_tlsError << "on" << m_channels[i].spec.name;
        });

        QUrl url = m_profile.socketUrl(m_api->baseUrl(), ch.spec, user.unitId, user.id);
        QNetworkRequest request;
        if (m_profile.authMode() == AuthMode::Query) {
            QUrlQuery q;
            q.addQueryItem(m_profile.authParam(), m_api->accessToken());
            url.setQuery(q);
        } else if (m_profile.authMode() == AuthMode::Header) {
            request.setRawHeader("Authorization", "Bearer " + m_api->accessToken().toUtf8());
        }
        request.setUrl(url);
        qCInfo(lcWs) << "connecting" << ch.spec.name << "to" << redactedUrl(url);
        t->open(request);
    }
    m_connectDeadline.start(qMax(1, m_settings.connectTimeoutMs), this);
}

void LiveSession::teardown(bool graceful)
{
    ++m_generation;
    m_pingTimer.stop();
    m_heartbeatDeadline.stop();
    m_connectDeadline.stop();
    m_tailCheck.stop();
    m_confirmTimer.stop();
    m_pingsInFlight.clear();
    for (Channel &ch : m_channels) {
        if (LiveTransport *t = ch.transport) {
            disconnect(t, nullptr, this, nullptr);
            if (graceful && ch.open)
                t->close(1000);
            else
                t->abort();
            t->deleteLater();
        }
        ch.transport = nullptr;
        ch.open = false;
        ch.welcomed = false;
        ch.heard = false;
        ch.tailDueMs = -1;
        ch.tailAnnouncedMs = -1;
    }
    m_metrics.liveSinceMs = 0;
}

void LiveSession::refreshThenReconnect(const QString &why)
{
    const quint64 generation = m_generation;
    LiveStatus s;
    s.state = LiveState::Connecting;
    s.attempt = m_attempt;
    s.maxAttempts = m_settings.maxAttempts;
    s.reason = why;
    s.closeCode = 4001;
    setStatus(s);
    ApiReply *refresh = m_api->refreshAccessToken();
    connect(refresh, &ApiReply::finished, this, [this, refresh, generation] {
        if (generation != m_generation)
            return;
        if (refresh->ok())
            connectNow();
        else if (refresh->httpStatus() == 401 || !m_api->isSignedIn())
            enterAuthFailed(LiveSessionText::tr("the session expired and could not be renewed"), 4001);
        else
            scheduleReconnect(LiveSessionText::tr("token refresh failed: %1").arg(refresh->error().message), 4001);
    });
}

void LiveSession::onSocketDown(int index, int closeCode, const QString &reason)
{
    const QString name = m_channels.value(index).spec.name;
    qCInfo(lcWs) << "socket down:" << name << closeCode << reason;
    const bool wasUnconfirmedLive = m_status.state == LiveState::Live && !m_confirmed;
    teardown(false);
    // A server that re-checks tokens on open sockets closes them with 4001 when the token
    // they were opened with expires (docs/security.md). That is no refusal: the token was
    // valid when presented and has run out since (by this clock, give or take the
    // server's being ahead by up to kExpirySkewMs). Renew it and reconnect at once, without
    // spending the one retry a refused token gets — also when it happens before the
    // session counted as confirmed (a short-lived token under load). A token already
    // expired when presented (a clock far off) still counts as refused: no loop.
    constexpr qint64 kExpirySkewMs = 5'000;
    const bool tokenRanOut = closeCode == 4001 && m_openedTokenExpiryMs > m_openedAtMs &&
                             m_clock->nowMs() >= m_openedTokenExpiryMs - kExpirySkewMs;
    if (tokenRanOut) {
        refreshThenReconnect(LiveSessionText::tr("the access token ran out (4001): renewing it"));
        return;
    }
    if (closeCode == 4001) {
        if (m_authRetryUsed) {
            enterAuthFailed(LiveSessionText::tr("the server refused the access token again (4001), after a refresh"), closeCode);
            return;
        }
        m_authRetryUsed = true;
        if (wasUnconfirmedLive)
            ++m_attempt;  // refused right after going Live: a failed attempt, not a success
        refreshThenReconnect(LiveSessionText::tr("token rejected (4001): refreshing it once"));
        return;
    }
    if (closeCode == 1009) {
        // QtWebSockets refused a message over maxMessageBytes without buffering it (or the
        // server refused ours): count it with the other rejected frames.
        ++m_metrics.frameErrors;
        Q_EMIT frameRejected(FrameError{FrameError::Code::TooLarge,
                                        LiveSessionText::tr("a message over the %1-byte limit was refused; reconnecting")
                                            .arg(m_settings.maxMessageBytes),
                                        0});
    }
    if (closeCode == 4003) {
        enterOffline(LiveSessionText::tr("the server refuses this channel: %1").arg(closeCodeText(closeCode, reason)),
                     closeCode);
        return;
    }
    scheduleReconnect(closeCodeText(closeCode, reason), closeCode);
}

void LiveSession::scheduleReconnect(const QString &reason, int closeCode)
{
    ++m_attempt;
    if (m_settings.maxAttempts > 0 && m_attempt > m_settings.maxAttempts) {
        enterOffline(LiveSessionText::tr("gave up after %1 attempts; last: %2").arg(m_settings.maxAttempts).arg(reason),
                     closeCode, true);
        return;
    }
    const int delay = m_backoff.delayMs(m_attempt);
    ++m_metrics.reconnects;
    recordReconnect(m_attempt, delay, reason);
    LiveStatus s;
    s.state = LiveState::Reconnecting;
    s.attempt = m_attempt;
    s.maxAttempts = m_settings.maxAttempts;
    s.delayMs = delay;
    s.nextAttemptAtMs = m_clock->nowMs() + delay;
    s.reason = reason;
    s.closeCode = closeCode;
    setStatus(s);
    m_reconnectTimer.start(delay, this);
}

void LiveSession::enterOffline(const QString &reason, int closeCode, bool retryLater)
{
    teardown(false);
    m_reconnectTimer.stop();
    recordReconnect(m_attempt, -1, reason);
    LiveStatus s;
    s.state = LiveState::Offline;
    s.attempt = m_attempt;
    s.maxAttempts = m_settings.maxAttempts;
    s.reason = reason;
    s.closeCode = closeCode;
    if (retryLater && m_settings.offlineRetryMs > 0) {
        // One probe per period; its failure comes back here (the attempt count stays
        // beyond the limit), its success goes Live and resyncs as any reconnect.
        s.delayMs = m_settings.offlineRetryMs;
        s.nextAttemptAtMs = m_clock->nowMs() + s.delayMs;
        m_reconnectTimer.start(s.delayMs, this);
    }
    setStatus(s);
}

void LiveSession::enterAuthFailed(const QString &reason, int closeCode)
{
    teardown(false);
    m_reconnectTimer.stop();
    LiveStatus s;
    s.state = LiveState::AuthFailed;
    s.reason = reason;
    s.closeCode = closeCode;
    s.maxAttempts = m_settings.maxAttempts;
    setStatus(s);
}

void LiveSession::goLiveIfReady()
{
    if (m_status.state == LiveState::Live)
        return;
    for (const Channel &ch : std::as_const(m_channels)) {
        if (!ch.open)
            return;
        if (m_profile.liveOn() == LiveOn::Welcome && !ch.welcomed)
            return;
        if (m_profile.liveOn() == LiveOn::FirstFrame && !ch.heard)
            return;
    }
    m_connectDeadline.stop();
    const bool resync = m_everLive;
    m_everLive = true;
    m_confirmed = false;
    m_metrics.liveSinceMs = m_clock->nowMs();
    LiveStatus s;
    s.state = LiveState::Live;
    s.maxAttempts = m_settings.maxAttempts;
    setStatus(s);
    if (m_profile.heartbeatMode() != HeartbeatMode::None)
        m_pingTimer.start(qMax(1, m_settings.pingIntervalMs), this);
    // Live is not yet proof that the server accepted us: a first-message server (seed 004)
    // refuses the token with 4001 within its deadline, and a server may welcome and then
    // close at once. The session counts as confirmed (the attempt counter and the one
    // token refresh are given back) on the first frame after the welcome, or when the
    // socket stayed open past the auth deadline; until then a close is a failed attempt,
    // so a welcome-then-close server backs off and a welcome-then-4001 one ends in
    // AuthFailed rather than a loop.
    m_confirmTimer.start(qMax(1, m_profile.authDeadlineMs() + 500), this);
    if (resync) {
        // Events sent while the socket was down are never replayed: refetch what is shown.
        ++m_metrics.resyncs;
        Q_EMIT resyncRequested(ResyncCause::Reconnect, 0);
    }
}

void LiveSession::confirm()
{
    if (m_confirmed || m_status.state != LiveState::Live)
        return;
    m_confirmTimer.stop();
    m_confirmed = true;
    m_attempt = 0;
    m_authRetryUsed = false;
}

void LiveSession::setStatus(const LiveStatus &status)
{
    const bool changed = status.state != m_status.state || status.attempt != m_status.attempt ||
                         status.reason != m_status.reason;
    m_status = status;
    if (!changed)
        return;
    qCInfo(lcWs).noquote() << "state:" << liveStateName(status.state) << "-" << status.describe();
    Q_EMIT stateChanged(m_status);
}

void LiveSession::sendPing()
{
    if (m_profile.heartbeatMode() == HeartbeatMode::None)
        return;
    const qint64 now = m_clock->nowMs();
    QString stamp = isoFromMs(now);
    const auto sameStamp = [&stamp](const PingInFlight &ping) { return ping.stamp == stamp; };
    if (std::any_of(m_pingsInFlight.cbegin(), m_pingsInFlight.cend(), sameStamp))
        stamp = isoFromMs(now + 1);  // two pings in one millisecond: keep them apart
    if (m_pingsInFlight.size() > 16)
        m_pingsInFlight.clear();
    m_pingsInFlight.append(PingInFlight{stamp, m_monotonic.elapsed(), now});
    m_lastPingStamp = stamp;
    if (m_profile.heartbeatMode() == HeartbeatMode::Control) {
        const QByteArray payload = stamp.toLatin1();
        for (int i = 0; i < m_channels.size(); ++i) {
            if (m_channels[i].open && m_channels[i].transport)
                m_channels[i].transport->ping(payload);
        }
    } else {
        QJsonObject ping = m_profile.pingTemplate();
        if (!m_profile.pingTimestampField().isEmpty())
            ping.insert(m_profile.pingTimestampField(), stamp);
        for (int i = 0; i < m_channels.size(); ++i) {
            if (m_channels[i].open)
                sendJson(i, ping);
        }
    }
    if (!m_heartbeatDeadline.isActive())
        m_heartbeatDeadline.start(qMax(1, m_settings.pongTimeoutMs), this);
}

void LiveSession::onHeartbeatDeadline()
{
    const QString reason = LiveSessionText::tr("no frame within %1 s of a ping (connection half-open)")
                               .arg(QString::number(m_settings.pongTimeoutMs / 1000.0, 'g', 3));
    qCWarning(lcWs).noquote() << "heartbeat timeout:" << reason;
    teardown(false);
    scheduleReconnect(reason, 1006);
}

void LiveSession::onConnectDeadline()
{
    QString reason = LiveSessionText::tr("no answer within %1 s of connecting")
                         .arg(QString::number(m_settings.connectTimeoutMs / 1000.0, 'g', 3));
    bool allOpen = !m_channels.isEmpty();
    for (const Channel &ch : std::as_const(m_channels))
        allOpen = allOpen && ch.open;
    if (allOpen && m_profile.liveOn() == LiveOn::Welcome)
        reason = LiveSessionText::tr("connected, but the server sent no welcome message within %1 s (does the profile "
                    "\"%2\" match this server? a server that sends none needs liveOn \"open\")")
                     .arg(QString::number(m_settings.connectTimeoutMs / 1000.0, 'g', 3), m_profile.name());
    teardown(false);
    scheduleReconnect(reason, 1006);
}

void LiveSession::handleBinary(int index, const QByteArray &data)
{
    const qint64 now = m_clock->nowMs();
    ++m_metrics.framesIn;
    m_metrics.bytesIn += data.size();
    m_metrics.lastFrameAtMs = now;
    m_heartbeatDeadline.stop();
    Q_EMIT frameReceived(FrameRecord{now, true, m_channels[index].spec.name, QStringLiteral("binary"),
                                     int(data.size()), QByteArray()});
    ++m_metrics.frameErrors;
    Q_EMIT frameRejected(m_parser.rejectBinary(data.size()).error);
}

void LiveSession::handleText(int index, const QString &text)
{
    const qint64 now = m_clock->nowMs();
    const QByteArray utf8 = text.toUtf8();
    ++m_metrics.framesIn;
    m_metrics.bytesIn += utf8.size();
    m_metrics.lastFrameAtMs = now;
    m_heartbeatDeadline.stop();  // any frame proves the connection is alive

    ParseResult parsed = m_parser.parseText(utf8, now);
    Q_EMIT frameReceived(FrameRecord{now, true, m_channels[index].spec.name,
                                     parsed.ok() ? parsed.event.wireType : QStringLiteral("invalid"),
                                     int(utf8.size()), utf8.left(ShownFrameBytes)});
    if (!parsed.ok()) {
        ++m_metrics.frameErrors;
        qCWarning(lcWs).noquote() << "frame rejected:" << FrameError::codeName(parsed.error.code) << "-"
                                  << parsed.error.message;
        Q_EMIT frameRejected(parsed.error);
        return;
    }
    parsed.event.socket = m_channels[index].spec.name;
    handleEvent(index, parsed.event);
    if (index < m_channels.size() && m_channels[index].open && !m_channels[index].heard) {
        m_channels[index].heard = true;
        goLiveIfReady();
    }
    if (parsed.event.kind != MessageKind::Welcome)
        confirm();  // the server talks to us after the welcome: it accepted the token
}

void LiveSession::handleEvent(int index, const LiveEvent &event)
{
    Channel &ch = m_channels[index];
    switch (event.kind) {
    case MessageKind::Welcome:
        ch.welcomed = true;
        ch.seq.reset(event.seq);
        if (ch.tailDueMs >= 0) {
            ch.tailDueMs = -1;
            ch.tailAnnouncedMs = -1;
            armTailCheck();
        }
        if (event.seq >= 0)
            m_metrics.serverSendsSeq = true;
        if (event.unitId.isValid())
            m_unitId = event.unitId;
        Q_EMIT welcomeReceived(event);
        goLiveIfReady();
        break;
    case MessageKind::Update: {
        recordEventLag(event);
        const SeqTracker::Result r = ch.seq.onEvent(event.seq);
        if (event.seq >= 0)
            m_metrics.serverSendsSeq = true;
        if (ch.tailDueMs >= 0 && !ch.seq.tailPending()) {
            ch.tailDueMs = -1;  // what the pong announced has arrived
            armTailCheck();
        }
        if (SeqTracker::isStale(r.verdict)) {
            const bool duplicate = r.verdict == SeqTracker::Verdict::Duplicate;
            ++(duplicate ? m_metrics.duplicateSeqs : m_metrics.reorderedSeqs);
            FrameError error{FrameError::Code::WrongType,
                             (duplicate ? LiveSessionText::tr("seq %1 was already received (duplicate; last %2): not applied")
                                        : LiveSessionText::tr("seq %1 arrived after %2 (out of order; its gap was resynced): "
                                             "not applied"))
                                 .arg(event.seq)
                                 .arg(r.previous),
                             event.sizeBytes};
            Q_EMIT frameRejected(error);
            if (!duplicate)
                Q_EMIT lateEventReceived(event);
            return;
        }
        Q_EMIT eventReceived(event);
        if (r.verdict == SeqTracker::Verdict::Gap) {
            ++m_metrics.seqGaps;
            m_metrics.missedEvents += r.missed;
            ++m_metrics.resyncs;
            qCWarning(lcWs) << "seq gap:" << r.missed << "event(s) missed before seq" << event.seq;
            Q_EMIT resyncRequested(ResyncCause::Gap, r.missed);
        }
        break;
    }
    case MessageKind::Pong:
        handlePong(index, event);
        break;
    case MessageKind::Notification:
        Q_EMIT notificationReceived(event);
        break;
    case MessageKind::ServerError:
        qCWarning(lcWs).noquote() << "server says:" << event.message.left(200);
        Q_EMIT serverMessage(event.message);
        break;
    case MessageKind::Ignore:
        break;
    }
}

void LiveSession::handlePong(int index, const LiveEvent &event)
{
    // dms-updates ext: the pong carries the unit's current seq. Ahead of the last event
    // received means events are still on their way or were lost at the end of a burst,
    // where no later event would reveal the gap: give them a grace, then resync. The
    // grace runs from this pong: not from an earlier one whose tail has arrived since —
    // under load this pong and that earlier grace's expiry come up in the same loop pass
    // (the socket's read first), which left this tail no time at all.
    Channel &ch = m_channels[index];
    if (ch.seq.onAnnounced(event.seq)) {
        ch.tailAnnouncedMs = m_monotonic.elapsed();
        ch.tailDueMs = ch.tailAnnouncedMs + tailGraceMs();
        armTailCheck();
    }
    if (!event.echo.isEmpty())
        m_metrics.serverEchoes = true;

    PingInFlight ping;
    if (!takePing(event.echo.isEmpty() ? m_lastPingStamp : event.echo, &ping))
        return;
    recordRtt(int(m_monotonic.elapsed() - ping.sentMono), ping.sentWall, event.serverTimeMs);
}

void LiveSession::handleControlPong(int index, quint64 elapsedMs, const QByteArray &payload)
{
    Q_UNUSED(elapsedMs)
    m_heartbeatDeadline.stop();  // the peer answered: the connection is alive
    m_metrics.lastFrameAtMs = m_clock->nowMs();
    m_metrics.controlPongs = true;
    Channel &ch = m_channels[index];
    if (ch.open && !ch.heard) {
        ch.heard = true;
        goLiveIfReady();
    }
    PingInFlight ping;
    if (!takePing(QString::fromLatin1(payload), &ping))
        return;  // another socket's answer to the same ping already counted
    recordRtt(int(m_monotonic.elapsed() - ping.sentMono), ping.sentWall, 0);
}

bool LiveSession::takePing(const QString &stamp, PingInFlight *ping)
{
    const auto it = std::find_if(m_pingsInFlight.begin(), m_pingsInFlight.end(),
                                 [&stamp](const PingInFlight &p) { return p.stamp == stamp; });
    if (it == m_pingsInFlight.end())
        return false;
    *ping = std::move(*it);
    m_pingsInFlight.erase(it);
    return true;
}

void LiveSession::recordRtt(int rtt, qint64 sentWall, qint64 serverTimeMs)
{
    const qint64 now = m_clock->nowMs();
    m_metrics.lastRttMs = rtt;
    m_metrics.rtt.append(RttSample{now, rtt});
    while (!m_metrics.rtt.isEmpty() && m_metrics.rtt.first().atMs < now - RttWindowMs)
        m_metrics.rtt.removeFirst();
    if (serverTimeMs > 0 && sentWall > 0) {
        // The server stamped its reply about half a round trip after we sent the ping.
        m_metrics.clockOffsetMs = serverTimeMs - (sentWall + rtt / 2);
        m_metrics.hasClockOffset = true;
    }
    Q_EMIT heartbeatMeasured(rtt);
}

void LiveSession::RecentMax::add(qint64 nowMono, qint64 value)
{
    if (m_bucketStart < 0)
        m_bucketStart = nowMono;
    const qint64 passed = (nowMono - m_bucketStart) / BucketMs;
    if (passed > 0) {
        m_previous = passed == 1 ? m_current : 0;
        m_current = 0;
        m_bucketStart += passed * BucketMs;
    }
    m_current = qMax(m_current, value);
}

qint64 LiveSession::RecentMax::max(qint64 nowMono) const
{
    if (m_bucketStart < 0)
        return 0;
    const qint64 passed = (nowMono - m_bucketStart) / BucketMs;
    if (passed >= 2)
        return 0;
    return passed == 1 ? m_current : qMax(m_current, m_previous);
}

void LiveSession::recordEventLag(const LiveEvent &event)
{
    // Only with the server's clock offset known (a pong's timestamp): against a clock that
    // is off, "emit time to now" says nothing.
    if (event.serverTimeMs <= 0 || !m_metrics.hasClockOffset)
        return;
    const qint64 receivedAt = event.receivedAtMs > 0 ? event.receivedAtMs : m_clock->nowMs();
    const qint64 lag = receivedAt - (event.serverTimeMs - m_metrics.clockOffsetMs);
    if (lag > 0 && lag < 600'000)  // ten minutes and more: the clock jumped, not a delay
        m_eventLag.add(m_monotonic.elapsed(), lag);
}

qint64 LiveSession::tailGraceMs() const
{
    const qint64 least = qMax(0, m_settings.tailGraceMs);
    const qint64 fromLag = qMin<qint64>(2 * m_eventLag.max(m_monotonic.elapsed()), m_settings.maxTailGraceMs);
    return qMax(least, fromLag);
}

void LiveSession::armTailCheck()
{
    qint64 due = -1;
    for (const Channel &ch : std::as_const(m_channels)) {
        if (ch.tailDueMs >= 0 && (due < 0 || ch.tailDueMs < due))
            due = ch.tailDueMs;
    }
    if (due < 0)
        m_tailCheck.stop();
    else
        m_tailCheck.start(int(qMax<qint64>(0, due - m_monotonic.elapsed())), this);
}

void LiveSession::checkTails()
{
    const qint64 now = m_monotonic.elapsed();
    for (Channel &ch : m_channels) {
        if (ch.tailDueMs < 0 || ch.tailDueMs > now)
            continue;  // nothing pending, or its grace is still running (a timer a bit early)
        // Events that arrived during the grace may show the server's frames running later
        // than when the pong was read: the grace grows with them.
        const qint64 due = ch.tailAnnouncedMs + tailGraceMs();
        if (ch.tailAnnouncedMs >= 0 && due > now) {
            ch.tailDueMs = due;
            continue;
        }
        ch.tailDueMs = -1;
        ch.tailAnnouncedMs = -1;
        const qint64 missed = ch.seq.checkTail();
        if (missed <= 0)
            continue;
        ++m_metrics.seqGaps;
        m_metrics.missedEvents += missed;
        ++m_metrics.resyncs;
        qCWarning(lcWs) << "seq gap at the end of the stream:" << missed << "event(s) up to seq" << ch.seq.last()
                        << "never arrived (the pong announced them)";
        Q_EMIT resyncRequested(ResyncCause::Gap, missed);
    }
    armTailCheck();
}

void LiveSession::sendJson(int index, const QJsonObject &object, const QByteArray &shownText)
{
    LiveTransport *t = m_channels[index].transport;
    if (!t)
        return;
    const QByteArray utf8 = QJsonDocument(object).toJson(QJsonDocument::Compact);
    t->sendText(utf8);
    ++m_metrics.framesOut;
    m_metrics.bytesOut += utf8.size();
    Q_EMIT frameSent(FrameRecord{m_clock->nowMs(), false, m_channels[index].spec.name,
                                 object.value(m_profile.typeField()).toString(), int(utf8.size()),
                                 shownText.isEmpty() ? utf8.left(ShownFrameBytes) : shownText});
}

bool LiveSession::sendCustomFrame(const QJsonObject &frame, const QString &socket, QString *error)
{
    for (int i = 0; i < m_channels.size(); ++i) {
        const Channel &channel = m_channels.at(i);
        if (!socket.isEmpty() && channel.spec.name != socket)
            continue;
        if (!channel.open || !channel.transport) {
            if (socket.isEmpty())
                continue;
            *error = tr("the socket \"%1\" is not open").arg(socket);
            return false;
        }
        // Shown with secrets replaced, as every outbound frame is.
        const QByteArray shown =
            QJsonDocument(redactJsonSecrets(frame).toObject()).toJson(QJsonDocument::Compact).left(ShownFrameBytes);
        sendJson(i, frame, shown);
        return true;
    }
    *error = socket.isEmpty() ? tr("no live socket is open: connect first") : tr("no socket \"%1\"").arg(socket);
    return false;
}

void LiveSession::recordReconnect(int attempt, int delayMs, const QString &reason)
{
    m_metrics.timeline.append(ReconnectRecord{m_clock->nowMs(), attempt, delayMs, reason});
    while (m_metrics.timeline.size() > TimelineMax)
        m_metrics.timeline.removeFirst();
}

}  // namespace Dms
