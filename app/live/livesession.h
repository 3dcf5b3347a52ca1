// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>
#include <optional>

#include "live/backoff.h"
#include "live/dialectprofile.h"
#include "live/frameparser.h"
#include "live/liveevent.h"
#include "live/livetransport.h"
#include "live/seqtracker.h"

namespace Dms {

class ApiClient;
class Clock;

enum class LiveState { SignedOut, Connecting, Live, Reconnecting, Offline, AuthFailed };
QString liveStateName(LiveState state);  // stable English ids: "live", "reconnecting", ...

struct LiveStatus
{
    LiveState state = LiveState::SignedOut;
    int attempt = 0;       // reconnect attempt (1-based) while Connecting/Reconnecting
    int maxAttempts = 0;   // 0 = unlimited
    int delayMs = 0;       // Reconnecting: wait before the next attempt
    qint64 nextAttemptAtMs = 0;
    QString reason;        // why we are not Live (user-facing)
    int closeCode = 0;     // last WebSocket close code, if any

    QString describe() const;  // "reconnecting: attempt 3 of 10, next in 4.2 s (…)"
};

enum class ResyncCause { Reconnect, Gap };

struct RttSample
{
    qint64 atMs = 0;
    int rttMs = 0;
};

struct ReconnectRecord
{
    qint64 atMs = 0;
    int attempt = 0;
    int delayMs = 0;
    QString reason;
};

struct FrameRecord
{
    qint64 atMs = 0;
    bool inbound = true;
    QString socket;
    QString type;        // wire type, or "binary" / "invalid"
    int sizeBytes = 0;
    QByteArray text;     // the frame (first 4 KiB); outbound secrets replaced by ***
};

// What this server's dialect lets the session measure (spec: say plainly what a dialect
// lacks instead of showing zeros). Notes are user-facing (tr()'d).
struct LiveCapabilities
{
    bool gapDetection = false;  // seq in events (ext): missed events are detected
    QString gapNote;
    QString rtt;                // "echo", "last-ping", "control", "none"
    QString rttNote;
    bool halfOpenDetection = false;  // a heartbeat the server answers
    bool clockOffset = false;        // pongs carry the server's time
    QJsonObject toJson() const;
};

struct LiveMetrics
{
    qint64 framesIn = 0;
    qint64 framesOut = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    int reconnects = 0;        // reconnect attempts scheduled
    int resyncs = 0;
    qint64 liveSinceMs = 0;    // 0 when not Live
    qint64 lastFrameAtMs = 0;
    bool hasClockOffset = false;
    qint64 clockOffsetMs = 0;  // server clock minus ours
    int frameErrors = 0;
    int seqGaps = 0;
    qint64 missedEvents = 0;   // sum of gap sizes
    int duplicateSeqs = 0;     // a seq already received (or before the welcome's): not applied
    int reorderedSeqs = 0;     // a seq that arrived after a later one: not applied
    int lastRttMs = -1;
    // What the server's dialect turned out to carry (spec: a feature it cannot support is
    // named, never shown as zeros). seq: gap detection; echo: RTT per ping (else against
    // the last ping sent); control: RTT from WebSocket pongs.
    bool serverSendsSeq = false;
    bool serverEchoes = false;
    bool controlPongs = false;
    QList<RttSample> rtt;      // last 10 minutes
    QList<ReconnectRecord> timeline;  // last 200
};

// One live session (spec §2, §4): the dialect's socket(s), heartbeat, reconnect with
// backoff, token freshness before every connect, seq-gap detection and metrics. It owns
// no widgets and knows nothing of queries: it emits typed events and resync requests.
class LiveSession final : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int pingIntervalMs = 30'000;
        int pongTimeoutMs = 10'000;
        int connectTimeoutMs = 15'000;
        Backoff::Settings backoff;
        int maxAttempts = 10;  // 0 = unlimited
        // Offline after maxAttempts: besides Retry and the network coming back, one more
        // attempt this often (0 = never). Network monitors that never report a change
        // (no backend, or one that always says Online) would otherwise leave a session
        // Offline for good after a long outage.
        int offlineRetryMs = 60'000;
        qint64 maxMessageBytes = FrameParser::DefaultMaxBytes;
        qint64 refreshWithinMs = 30'000;
        // A pong that names a later seq than the last event received (dms-updates ext):
        // events not here within this grace (counted from that pong) were lost at the end
        // of a burst → resync. Under load a server's frames queue behind each other while
        // its pong does not: the grace is at least twice the longest delay seen lately
        // from an event's emit time (its timestamp) to its arrival, up to maxTailGraceMs.
        int tailGraceMs = 2'000;
        int maxTailGraceMs = 30'000;
        QString origin;  // empty: the server's own origin
    };

    // transports: where the sockets come from (nullptr: QWebSocket; tests pass an
    // in-memory factory). Not owned; must outlive the session.
    LiveSession(ApiClient *api, const DialectProfile &profile, const Clock *clock,
                QObject *parent = nullptr, LiveTransportFactory *transports = nullptr);
    ~LiveSession() override;

    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    void setRandomSeed(quint32 seed);
    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }
    const DialectProfile &profile() const { return m_profile; }

    const LiveStatus &status() const { return m_status; }
    LiveState state() const { return m_status.state; }
    const LiveMetrics &metrics() const { return m_metrics; }
    EntityId unitId() const { return m_unitId; }
    // Whether gap detection works with this server: the profile maps seq and the server
    // has sent one (a welcome or an event).
    bool gapDetectionAvailable() const;
    // How RTT is measured: "echo", "last-ping", "control" or "none".
    QString rttMethod() const;
    LiveCapabilities capabilities() const;

public Q_SLOTS:
    void start();   // SignedOut/Offline/AuthFailed → Connecting
    void stop();    // → SignedOut, sockets closed normally
    void retry();   // Offline → Connecting now, attempts counted afresh
    void reconnectNow(const QString &reason);  // drop the sockets and reconnect at once
    void cut(const QString &reason);  // abort the sockets as a network would; backoff applies
    void pingNow();  // one heartbeat now (status command); the regular schedule continues

public:
    // A frame a tester composed (the Frames tab): sent as it is on the named socket (empty:
    // the first open one) and logged like any other (frameSent). The engine does not treat
    // it as its own: a ping sent this way is not a heartbeat it waits for. Returns false
    // with a user-facing reason when no socket is open or the socket is unknown.
    bool sendCustomFrame(const QJsonObject &frame, const QString &socket, QString *error);

Q_SIGNALS:
    void stateChanged(const Dms::LiveStatus &status);
    void eventReceived(const Dms::LiveEvent &event);
    // An update whose seq arrived after a later one: not applied (the gap it left was
    // resynced), but it did arrive — a measuring client counts it as a late receipt.
    void lateEventReceived(const Dms::LiveEvent &event);
    void welcomeReceived(const Dms::LiveEvent &event);
    void notificationReceived(const Dms::LiveEvent &event);
    void serverMessage(const QString &message);
    void frameRejected(const Dms::FrameError &error);
    void frameReceived(const Dms::FrameRecord &frame);
    void frameSent(const Dms::FrameRecord &frame);
    void resyncRequested(Dms::ResyncCause cause, qint64 missedEvents);
    void heartbeatMeasured(int rttMs);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Channel
    {
        SocketSpec spec;
        QPointer<LiveTransport> transport;
        bool open = false;
        bool welcomed = false;
        bool heard = false;  // a valid frame or a control pong arrived since open
        SeqTracker seq;
        // When the grace of the tail a pong announced ends (m_monotonic ms; -1: none
        // pending). Each announcement gets its own full grace from when it was read
        // (tailAnnouncedMs), lengthened when later events show a longer delay.
        qint64 tailDueMs = -1;
        qint64 tailAnnouncedMs = -1;
    };

    // The longest delay from an event's emit time (its timestamp, on the server's clock
    // corrected by the measured offset) to its arrival, over the last 30 to 60 s: two
    // 30 s buckets, so that a session holds three numbers, not a list of samples.
    class RecentMax
    {
    public:
        static constexpr qint64 BucketMs = 30'000;
        void add(qint64 nowMono, qint64 value);
        qint64 max(qint64 nowMono) const;

    private:
        qint64 m_bucketStart = -1;
        qint64 m_current = 0;
        qint64 m_previous = 0;
    };
    // The tail grace for a pong read now (Settings::tailGraceMs).
    qint64 tailGraceMs() const;

    void connectNow();
    void openSockets();
    void teardown(bool graceful);
    // A 4001 close: renew the access token, then connect at once (AuthFailed when the
    // refresh is refused, a backoff when the server cannot be reached).
    void refreshThenReconnect(const QString &why);
    void onSocketDown(int index, int closeCode, const QString &reason);
    void scheduleReconnect(const QString &reason, int closeCode);
    void enterOffline(const QString &reason, int closeCode, bool retryLater = false);
    void enterAuthFailed(const QString &reason, int closeCode);
    void goLiveIfReady();
    void setStatus(const LiveStatus &status);
    void sendPing();
    void onHeartbeatDeadline();
    void onConnectDeadline();
    void handleText(int index, const QString &text);
    void handleBinary(int index, const QByteArray &data);
    void handleEvent(int index, const LiveEvent &event);
    void recordEventLag(const LiveEvent &event);
    void handlePong(int index, const LiveEvent &event);
    void handleControlPong(int index, quint64 elapsedMs, const QByteArray &payload);
    void recordRtt(int rttMs, qint64 sentWallMs, qint64 serverTimeMs);
    void confirm();
    void armTailCheck();  // m_tailCheck for the earliest pending tail's grace, or stopped
    void checkTails();
    void sendJson(int index, const QJsonObject &object, const QByteArray &shownText = {});
    void recordReconnect(int attempt, int delayMs, const QString &reason);

    ApiClient *m_api;
    LiveTransportFactory *m_transports;
    DialectProfile m_profile;
    FrameParser m_parser;
    const Clock *m_clock;
    Settings m_settings;
    Backoff m_backoff;
    // Set only when given: a default-constructed QSslConfiguration allocates (~0.9 KB a session).
    std::optional<QSslConfiguration> m_ssl;

    QList<Channel> m_channels;
    LiveStatus m_status;
    LiveMetrics m_metrics;
    int m_attempt = 0;
    quint64 m_generation = 0;  // bumps on every connect/teardown; stale callbacks check it
    bool m_everLive = false;
    bool m_authRetryUsed = false;
    // When the sockets were opened, and the expiry of the access token they presented (0:
    // not a JWT): a 4001 after that token expired, on sockets opened while it was valid,
    // is the server ending the token's time, not refusing it (onSocketDown).
    qint64 m_openedAtMs = 0;
    qint64 m_openedTokenExpiryMs = 0;
    // Live, and the server has shown it accepted us (a welcome, a frame, or the auth
    // deadline passed without a close). Until then a close counts as a failed attempt
    // and a 4001 as a refusal: attempts and the one refresh are not given back.
    bool m_confirmed = false;
    EntityId m_unitId;

    // Basic timers (timerEvent), where six QTimers cost a session ~0.9 KB of QObjects. All
    // single-shot but the ping's: timerEvent stops them before it acts.
    QBasicTimer m_pingTimer;
    QBasicTimer m_heartbeatDeadline;
    QBasicTimer m_tailCheck;
    QBasicTimer m_connectDeadline;
    QBasicTimer m_reconnectTimer;
    QBasicTimer m_confirmTimer;
    QElapsedTimer m_monotonic;
    RecentMax m_eventLag;
    // Pings not answered yet, oldest first (at most 17: a list, where two hashes cost a
    // session ~3 KB — each hash's first storage block — for one or two entries).
    struct PingInFlight
    {
        QString stamp;        // the ping's timestamp, its payload
        qint64 sentMono = 0;  // monotonic ms sent
        qint64 sentWall = 0;  // wall ms sent
    };
    QList<PingInFlight> m_pingsInFlight;
    // Takes the ping with this stamp out of m_pingsInFlight into *ping; false when absent.
    bool takePing(const QString &stamp, PingInFlight *ping);
    QString m_lastPingStamp;
    QString m_tlsError;  // the last TLS verification failure, for the reason shown
    std::unique_ptr<LiveTransportFactory> m_ownTransports;
};

}  // namespace Dms

Q_DECLARE_METATYPE(Dms::LiveStatus)
Q_DECLARE_METATYPE(Dms::FrameRecord)
