#include "live/livesession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkInformation>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QWebSocket>

#include "auth/apiclient.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/redact.h"

namespace Dms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dms::LiveSession", text);
}

constexpr qint64 RttWindowMs = 10 * 60 * 1000;
constexpr int TimelineMax = 200;
constexpr int ShownFrameBytes = 4096;

QString closeCodeText(int code, const QString &reason)
{
    QString text;
    switch (code) {
    case 1000: text = tr("closed normally"); break;
    case 1001: text = tr("server going away"); break;
    case 1006: text = tr("connection lost"); break;
    case 1009: text = tr("message too big"); break;
    case 1011: text = tr("server error"); break;
    case 1012: text = tr("server restarting"); break;
    case 4001: text = tr("token rejected"); break;
    case 4003: text = tr("forbidden"); break;
    case 4029: text = tr("too many messages"); break;
    default: text = tr("closed"); break;
    }
    QString out = tr("%1 (%2)").arg(text).arg(code);
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
    case LiveState::SignedOut: return tr("signed out");
    case LiveState::Live: return tr("live");
    case LiveState::Connecting:
        return attempt > 0 ? tr("connecting: attempt %1").arg(attempt) : tr("connecting");
    case LiveState::Reconnecting: {
        const QString of = maxAttempts > 0 ? tr("attempt %1 of %2").arg(attempt).arg(maxAttempts)
                                           : tr("attempt %1").arg(attempt);
        return tr("reconnecting: %1, next in %2 s (%3)")
            .arg(of, QString::number(delayMs / 1000.0, 'f', 1), reason);
    }
    case LiveState::Offline:
        return delayMs > 0 ? tr("offline: %1; next try in %2 s").arg(reason).arg(delayMs / 1000)
                           : tr("offline: %1").arg(reason);
    case LiveState::AuthFailed: return tr("signed out: %1").arg(reason);
    }
    return QString();
}

LiveSession::LiveSession(ApiClient *api, const DialectProfile &profile, const Clock *clock,
                         QObject *parent)
    : QObject(parent), m_api(api), m_profile(profile), m_parser(m_profile), m_clock(clock)
{
    m_monotonic.start();
    for (const SocketSpec &spec : m_profile.sockets())
        m_channels.append(Channel{spec, {}, false, false, false, -1, -1});

    m_pingTimer.setTimerType(Qt::CoarseTimer);
    m_heartbeatDeadline.setSingleShot(true);
    m_connectDeadline.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    m_tailCheck.setSingleShot(true);
    connect(&m_tailCheck, &QTimer::timeout, this, &LiveSession::checkTails);
    connect(&m_pingTimer, &QTimer::timeout, this, &LiveSession::sendPing);
    connect(&m_heartbeatDeadline, &QTimer::timeout, this, &LiveSession::onHeartbeatDeadline);
    connect(&m_connectDeadline, &QTimer::timeout, this, &LiveSession::onConnectDeadline);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &LiveSession::connectNow);

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
    m_pingTimer.setInterval(qMax(1, settings.pingIntervalMs));
    m_heartbeatDeadline.setInterval(qMax(1, settings.pongTimeoutMs));
    m_connectDeadline.setInterval(qMax(1, settings.connectTimeoutMs));
    m_status.maxAttempts = settings.maxAttempts;
}

void LiveSession::setRandomSeed(quint32 seed)
{
    m_backoff = Backoff(m_settings.backoff, seed);
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
        recordReconnect(m_attempt, 0, tr("offline: trying again"));
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
        enterAuthFailed(tr("not signed in"), 0);
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
            enterAuthFailed(tr("the session expired and could not be renewed: %1")
                                .arg(refresh->error().message),
                            0);
        } else {
            scheduleReconnect(tr("token refresh failed: %1").arg(refresh->error().message), 0);
        }
    });
}

void LiveSession::openSockets()
{
    const quint64 generation = m_generation;
    m_tlsError.clear();
    const UserInfo &user = m_api->user();
    QString origin = m_settings.origin;
    if (origin.isEmpty()) {
        const QUrl base = m_api->baseUrl();
        origin = base.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                               QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    }
    for (int i = 0; i < m_channels.size(); ++i) {
        Channel &ch = m_channels[i];
        ch.open = false;
        ch.welcomed = false;
        ch.closeFrameSeen = false;
        auto *ws = new QWebSocket(origin, QWebSocketProtocol::VersionLatest, this);
        ws->setMaxAllowedIncomingMessageSize(quint64(m_settings.maxMessageBytes));
        ws->setMaxAllowedIncomingFrameSize(quint64(m_settings.maxMessageBytes));
        ws->setOutgoingFrameSize(64 * 1024);
        // The same trust as REST: system CAs plus --ca-file; verification always on.
        ws->setSslConfiguration(m_hasSsl ? m_ssl : m_api->sslConfiguration());
        ch.ws = ws;

        connect(ws, &QWebSocket::connected, this, [this, i, generation] {
            if (generation != m_generation)
                return;
            Channel &c = m_channels[i];
            c.open = true;
            qCInfo(lcWs) << "socket open:" << c.spec.name;
            if (m_profile.authMode() == AuthMode::FirstMessage) {
                sendJson(i,
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                     {m_profile.authParam(), m_api->accessToken()}},
                         QByteArrayLiteral("{\"type\":\"auth\",\"token\":\"***\"}"));
            }
            goLiveIfReady();
        });
        connect(ws, &QWebSocket::disconnected, this, [this, i, generation] {
            if (generation != m_generation)
                return;
            QWebSocket *w = m_channels[i].ws;
            if (!w || !m_channels[i].open) {
                // Never opened (refused, unreachable, handshake failed): QWebSocket reports
                // its default close code 1000 then, which would read as a normal close.
                onSocketDown(i, 1006, !m_tlsError.isEmpty() ? m_tlsError
                                      : w ? redactSecrets(w->errorString()) : QString());
                return;
            }
            // An open socket dropped without a close handshake (peer died, proxy reset,
            // cable pulled) also keeps the default 1000: report it as the lost
            // connection it is (1006), never as "closed normally".
            if (!m_channels[i].closeFrameSeen) {
                onSocketDown(i, 1006, redactSecrets(w->errorString()));
                return;
            }
            onSocketDown(i, int(w->closeCode()), w->closeReason());
        });
        connect(ws, &QWebSocket::aboutToClose, this, [this, i, generation] {
            if (generation == m_generation)
                m_channels[i].closeFrameSeen = true;
        });
        connect(ws, &QWebSocket::textMessageReceived, this, [this, i, generation](const QString &t) {
            if (generation == m_generation)
                handleText(i, t);
        });
        connect(ws, &QWebSocket::binaryMessageReceived, this,
                [this, i, generation](const QByteArray &d) {
                    if (generation == m_generation)
                        handleBinary(i, d);
                });
        connect(ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                [this, i, generation](QAbstractSocket::SocketError) {
                    if (generation != m_generation)
                        return;
                    QWebSocket *w = m_channels[i].ws;
                    if (w)
                        qCInfo(lcWs) << "socket error on" << m_channels[i].spec.name << ":"
                                     << redactSecrets(w->errorString());
                    // QWebSocket emits disconnected after errors on an open socket; a
                    // failed handshake may not, so treat a non-open socket's error as down.
                    if (w && !m_channels[i].open)
                        onSocketDown(i, 1006, !m_tlsError.isEmpty() ? m_tlsError
                                                                   : redactSecrets(w->errorString()));
                });
        connect(ws, &QWebSocket::sslErrors, this, [this, i, generation](const QList<QSslError> &errors) {
            if (generation != m_generation || errors.isEmpty())
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
        ws->open(request);
    }
    m_connectDeadline.start();
}

void LiveSession::teardown(bool graceful)
{
    ++m_generation;
    m_pingTimer.stop();
    m_heartbeatDeadline.stop();
    m_connectDeadline.stop();
    m_tailCheck.stop();
    m_pingsInFlight.clear();
    m_pingWallMs.clear();
    for (Channel &ch : m_channels) {
        if (QWebSocket *ws = ch.ws) {
            disconnect(ws, nullptr, this, nullptr);
            if (graceful && ch.open)
                ws->close(QWebSocketProtocol::CloseCodeNormal);
            else
                ws->abort();
            ws->deleteLater();
        }
        ch.ws = nullptr;
        ch.open = false;
        ch.welcomed = false;
        ch.tailSeq = -1;
    }
    m_metrics.liveSinceMs = 0;
}

void LiveSession::onSocketDown(int index, int closeCode, const QString &reason)
{
    const QString name = m_channels.value(index).spec.name;
    qCInfo(lcWs) << "socket down:" << name << closeCode << reason;
    teardown(false);
    if (closeCode == 4001) {
        if (m_authRetryUsed) {
            enterAuthFailed(tr("the server refused the access token again (4001)"), closeCode);
            return;
        }
        m_authRetryUsed = true;
        const quint64 generation = m_generation;
        LiveStatus s;
        s.state = LiveState::Connecting;
        s.attempt = m_attempt;
        s.maxAttempts = m_settings.maxAttempts;
        s.reason = tr("token rejected (4001): refreshing it once");
        s.closeCode = closeCode;
        setStatus(s);
        ApiReply *refresh = m_api->refreshAccessToken();
        connect(refresh, &ApiReply::finished, this, [this, refresh, generation] {
            if (generation != m_generation)
                return;
            if (refresh->ok())
                connectNow();
            else if (refresh->httpStatus() == 401 || !m_api->isSignedIn())
                enterAuthFailed(tr("the session expired and could not be renewed"), 4001);
            else
                scheduleReconnect(tr("token refresh failed: %1").arg(refresh->error().message), 4001);
        });
        return;
    }
    if (closeCode == 1009) {
        // QtWebSockets refused a message over maxMessageBytes without buffering it (or the
        // server refused ours): count it with the other rejected frames.
        ++m_metrics.frameErrors;
        Q_EMIT frameRejected(FrameError{FrameError::Code::TooLarge,
                                        tr("a message over the %1-byte limit was refused; reconnecting")
                                            .arg(m_settings.maxMessageBytes),
                                        0});
    }
    if (closeCode == 4003) {
        enterOffline(tr("the server refuses this channel: %1").arg(closeCodeText(closeCode, reason)),
                     closeCode);
        return;
    }
    scheduleReconnect(closeCodeText(closeCode, reason), closeCode);
}

void LiveSession::scheduleReconnect(const QString &reason, int closeCode)
{
    ++m_attempt;
    if (m_settings.maxAttempts > 0 && m_attempt > m_settings.maxAttempts) {
        enterOffline(tr("gave up after %1 attempts; last: %2").arg(m_settings.maxAttempts).arg(reason),
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
    m_reconnectTimer.start(delay);
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
        m_reconnectTimer.start(s.delayMs);
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
    for (const Channel &ch : std::as_const(m_channels)) {
        if (!ch.open || (m_profile.liveOnWelcome() && !ch.welcomed))
            return;
    }
    m_connectDeadline.stop();
    const bool resync = m_everLive;
    m_everLive = true;
    m_attempt = 0;
    m_authRetryUsed = false;
    m_metrics.liveSinceMs = m_clock->nowMs();
    LiveStatus s;
    s.state = LiveState::Live;
    s.maxAttempts = m_settings.maxAttempts;
    setStatus(s);
    m_pingTimer.start();
    if (resync) {
        // Events sent while the socket was down are never replayed: refetch what is shown.
        ++m_metrics.resyncs;
        Q_EMIT resyncRequested(ResyncCause::Reconnect, 0);
    }
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
    const qint64 now = m_clock->nowMs();
    QString stamp = isoFromMs(now);
    if (m_pingsInFlight.contains(stamp))  // two pings in one millisecond: keep them apart
        stamp = isoFromMs(now + 1);
    QJsonObject ping = m_profile.pingTemplate();
    if (!m_profile.pingTimestampField().isEmpty())
        ping.insert(m_profile.pingTimestampField(), stamp);
    if (m_pingsInFlight.size() > 16) {
        m_pingsInFlight.clear();
        m_pingWallMs.clear();
    }
    m_pingsInFlight.insert(stamp, m_monotonic.elapsed());
    m_pingWallMs.insert(stamp, now);
    m_lastPingStamp = stamp;
    for (int i = 0; i < m_channels.size(); ++i) {
        if (m_channels[i].open)
            sendJson(i, ping);
    }
    if (!m_heartbeatDeadline.isActive())
        m_heartbeatDeadline.start();
}

void LiveSession::onHeartbeatDeadline()
{
    const QString reason = tr("no frame within %1 s of a ping (connection half-open)")
                               .arg(QString::number(m_settings.pongTimeoutMs / 1000.0, 'g', 3));
    qCWarning(lcWs).noquote() << "heartbeat timeout:" << reason;
    teardown(false);
    scheduleReconnect(reason, 1006);
}

void LiveSession::onConnectDeadline()
{
    const QString reason = tr("no answer within %1 s of connecting")
                               .arg(QString::number(m_settings.connectTimeoutMs / 1000.0, 'g', 3));
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
}

void LiveSession::handleEvent(int index, const LiveEvent &event)
{
    Channel &ch = m_channels[index];
    switch (event.kind) {
    case MessageKind::Welcome:
        ch.welcomed = true;
        ch.tailSeq = -1;
        if (event.seq >= 0)
            ch.lastSeq = event.seq;  // baseline: the next event should be seq + 1
        else
            ch.lastSeq = -1;
        if (event.unitId > 0)
            m_unitId = event.unitId;
        goLiveIfReady();
        break;
    case MessageKind::Update: {
        if (event.seq >= 0) {
            if (ch.lastSeq >= 0 && event.seq <= ch.lastSeq) {
                ++m_metrics.staleSeqs;
                FrameError error{FrameError::Code::WrongType,
                                 tr("seq %1 is not after %2 (duplicate or out of order): not applied")
                                     .arg(event.seq)
                                     .arg(ch.lastSeq),
                                 event.sizeBytes};
                Q_EMIT frameRejected(error);
                return;
            }
            const qint64 missed = ch.lastSeq >= 0 ? event.seq - ch.lastSeq - 1 : 0;
            ch.lastSeq = event.seq;
            if (ch.tailSeq >= 0 && ch.lastSeq >= ch.tailSeq)
                ch.tailSeq = -1;  // what the pong announced has arrived
            Q_EMIT eventReceived(event);
            if (missed > 0) {
                ++m_metrics.seqGaps;
                m_metrics.missedEvents += missed;
                ++m_metrics.resyncs;
                qCWarning(lcWs) << "seq gap:" << missed << "event(s) missed before seq" << event.seq;
                Q_EMIT resyncRequested(ResyncCause::Gap, missed);
            }
            return;
        }
        Q_EMIT eventReceived(event);
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
    // where no later event would reveal the gap: give them a grace, then resync.
    Channel &ch = m_channels[index];
    if (event.seq >= 0 && ch.lastSeq >= 0 && event.seq > ch.lastSeq && ch.tailSeq < 0) {
        ch.tailSeq = event.seq;
        if (!m_tailCheck.isActive())
            m_tailCheck.start(qMax(0, m_settings.tailGraceMs));
    }

    const QString key = event.echo.isEmpty() ? m_lastPingStamp : event.echo;
    const auto it = m_pingsInFlight.constFind(key);
    if (it == m_pingsInFlight.cend())
        return;
    const int rtt = int(m_monotonic.elapsed() - *it);
    const qint64 sentWall = m_pingWallMs.value(key);
    m_pingsInFlight.remove(key);
    m_pingWallMs.remove(key);

    const qint64 now = m_clock->nowMs();
    m_metrics.lastRttMs = rtt;
    m_metrics.rtt.append(RttSample{now, rtt});
    while (!m_metrics.rtt.isEmpty() && m_metrics.rtt.first().atMs < now - RttWindowMs)
        m_metrics.rtt.removeFirst();
    if (event.serverTimeMs > 0 && sentWall > 0) {
        // The server stamped its reply about half a round trip after we sent the ping.
        m_metrics.clockOffsetMs = event.serverTimeMs - (sentWall + rtt / 2);
        m_metrics.hasClockOffset = true;
    }
    Q_EMIT heartbeatMeasured(rtt);
}

void LiveSession::checkTails()
{
    for (Channel &ch : m_channels) {
        if (ch.tailSeq < 0)
            continue;
        const qint64 announced = ch.tailSeq;
        ch.tailSeq = -1;
        if (ch.lastSeq < 0 || ch.lastSeq >= announced)
            continue;
        const qint64 missed = announced - ch.lastSeq;
        ch.lastSeq = announced;  // the resync covers them; a straggler is then stale
        ++m_metrics.seqGaps;
        m_metrics.missedEvents += missed;
        ++m_metrics.resyncs;
        qCWarning(lcWs) << "seq gap at the end of the stream:" << missed << "event(s) up to seq" << announced
                        << "never arrived (the pong announced them)";
        Q_EMIT resyncRequested(ResyncCause::Gap, missed);
    }
}

void LiveSession::sendJson(int index, const QJsonObject &object, const QByteArray &shownText)
{
    QWebSocket *ws = m_channels[index].ws;
    if (!ws)
        return;
    const QByteArray utf8 = QJsonDocument(object).toJson(QJsonDocument::Compact);
    ws->sendTextMessage(QString::fromUtf8(utf8));
    ++m_metrics.framesOut;
    m_metrics.bytesOut += utf8.size();
    Q_EMIT frameSent(FrameRecord{m_clock->nowMs(), false, m_channels[index].spec.name,
                                 object.value(m_profile.typeField()).toString(), int(utf8.size()),
                                 shownText.isEmpty() ? utf8.left(ShownFrameBytes) : shownText});
}

void LiveSession::recordReconnect(int attempt, int delayMs, const QString &reason)
{
    m_metrics.timeline.append(ReconnectRecord{m_clock->nowMs(), attempt, delayMs, reason});
    while (m_metrics.timeline.size() > TimelineMax)
        m_metrics.timeline.removeFirst();
}

}  // namespace Dms
