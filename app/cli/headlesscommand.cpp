// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "cli/headlesscommand.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <algorithm>
#include <iostream>
#include <string>

#include "auth/signinservice.h"
#include "cli/metricsserver.h"
#include "cli/openmetricswriter.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/redact.h"
#include "session/consolesession.h"

namespace Dms {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::Cli)
};

QString readPassword(const CliOptions &options, QString *error)
{
    if (options.passwordStdin) {
        // Blocking read of one line: the writer may not have written yet when we start.
        std::string line;
        if (!std::getline(std::cin, line)) {
            *error = CliText::tr("--password-stdin given but standard input is empty");
            return QString();
        }
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        return QString::fromStdString(line);
    }
    return qEnvironmentVariable("DMS_PASSWORD");
}

QJsonObject statusJson(const LiveStatus &s)
{
    QJsonObject o{{QStringLiteral("state"), liveStateName(s.state)},
                  {QStringLiteral("attempt"), s.attempt},
                  {QStringLiteral("delay_ms"), s.delayMs},
                  {QStringLiteral("reason"), s.reason}};
    if (s.closeCode)
        o.insert(QStringLiteral("close_code"), s.closeCode);
    return o;
}

QString nagiosSafe(const QString &text)
{
    // One line, and no '|': the plugin output's text ends where the perfdata begins.
    QString out = terminalSafe(redactSecrets(text));
    out.replace(QLatin1Char('|'), QLatin1Char('/'));
    return out;
}

const LiveState kStates[] = {LiveState::SignedOut, LiveState::Connecting, LiveState::Live,
                             LiveState::Reconnecting, LiveState::Offline, LiveState::AuthFailed};

}  // namespace

QString nagiosStateName(int state)
{
    switch (state) {
    case NagiosOk: return QStringLiteral("OK");
    case NagiosWarning: return QStringLiteral("WARNING");
    case NagiosCritical: return QStringLiteral("CRITICAL");
    default: return QStringLiteral("UNKNOWN");
    }
}

HeadlessCommand::HeadlessCommand(ConsoleSession *session, const CliOptions &options,
                                 const Clock *clock, QObject *parent)
    : QObject(parent), m_session(session), m_options(options), m_clock(clock), m_out(clock)
{
    m_sinceStart.start();
    m_deadline.setSingleShot(true);
    SignInService *signIn = m_session->signIn();
    connect(signIn, &SignInService::signedIn, this, [this](const UserInfo &user) {
        if (!m_finished)
            onSignedIn(user);
    });
    connect(signIn, &SignInService::signInFailed, this,
            [this](ApiError::Kind kind, int status, const QString &message) {
                if (!m_finished)
                    onSignInFailed(kind, status, message);
            });
    connect(signIn, &SignInService::keychainUnavailable, this, [this](const QString &reason) {
        note(QStringLiteral("error"), {{QStringLiteral("error"), QStringLiteral("keychain_unavailable")},
                                       {QStringLiteral("detail"), reason}});
    });
}

bool HeadlessCommand::prepare(QString *)
{
    return true;
}

int HeadlessCommand::usageError(const QString &detail)
{
    m_out.write(QStringLiteral("error"), {{QStringLiteral("error"), QStringLiteral("usage")},
                                          {QStringLiteral("detail"), detail}});
    return ExitUsage;
}

void HeadlessCommand::note(const QString &kind, const QJsonObject &fields)
{
    m_out.write(kind, fields);
}

bool HeadlessCommand::isAuthProblem(ApiError::Kind kind, int httpStatus)
{
    return kind == ApiError::Kind::NotSignedIn ||
           (kind == ApiError::Kind::Http && (httpStatus == 401 || httpStatus == 403));
}

int HeadlessCommand::exec()
{
    m_elapsed.start();
    QString error;
    if (!prepare(&error))
        return usageError(error);
    const QString password = readPassword(m_options, &error);
    if (!error.isEmpty())
        return usageError(error);
    m_session->signIn()->signIn(m_options.server, m_options.user, password, m_options.remember,
                                false);
    if (!m_finished) {
        QEventLoop loop;
        connect(this, &QObject::destroyed, &loop, &QEventLoop::quit);
        m_loop = &loop;
        loop.exec();
        m_loop = nullptr;
    }
    return m_exitCode;
}

void HeadlessCommand::onSignInFailed(ApiError::Kind kind, int httpStatus, const QString &message)
{
    const bool authProblem = isAuthProblem(kind, httpStatus);
    m_out.write(QStringLiteral("error"),
                {{QStringLiteral("error"), authProblem ? QStringLiteral("authentication_failed")
                                                       : QStringLiteral("sign_in_failed")},
                 {QStringLiteral("detail"), redactSecrets(message)},
                 {QStringLiteral("http_status"), httpStatus}});
    finish(authProblem ? ExitAuthFailed : ExitUnhealthy);
}

void HeadlessCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    m_deadline.stop();
    if (m_loop)
        m_loop->quit();
}

// ---------------------------------------------------------------------------- watch

WatchCommand::WatchCommand(ConsoleSession *session, const CliOptions &options, const Clock *clock,
                           QObject *parent)
    : HeadlessCommand(session, options, clock, parent)
{
    LiveSession *live = m_session->live();
    QueryClient *queries = m_session->queries();

    connect(live, &LiveSession::stateChanged, this, [this](const LiveStatus &s) {
        m_out.write(QStringLiteral("state"), statusJson(s));
        if (s.state == LiveState::AuthFailed) {
            terminate(QStringLiteral("auth_failed"));
            return;
        }
        if (s.state == LiveState::Live && m_liveAfterMs < 0)
            m_liveAfterMs = m_sinceStart.elapsed();
        checkReady();
    });
    connect(m_session, &ConsoleSession::eventApplied, this,
            [this](const LiveEvent &e, const InvalidationTrace &) {
                const LiveSession *live = m_session->live();
                QJsonObject o{{QStringLiteral("type"), e.wireType},
                              {QStringLiteral("entity"), e.entity},
                              {QStringLiteral("action"), e.action},
                              {QStringLiteral("id"), e.id.toJson()}};
                if (!e.status.isEmpty())
                    o.insert(QStringLiteral("status"), e.status);
                if (e.seq >= 0)
                    o.insert(QStringLiteral("seq"), e.seq);
                if (e.serverTimeMs > 0) {
                    const qint64 offset =
                        live->metrics().hasClockOffset ? live->metrics().clockOffsetMs : 0;
                    o.insert(QStringLiteral("latency_ms"), e.receivedAtMs - e.serverTimeMs + offset);
                }
                m_out.write(QStringLiteral("frame"), o);
            });
    connect(live, &LiveSession::notificationReceived, this, [this](const LiveEvent &e) {
        ++m_notifications;
        m_out.write(QStringLiteral("notification"),
                    {{QStringLiteral("notification_kind"), e.notificationKind},
                     {QStringLiteral("id"), e.id.toJson()},
                     {QStringLiteral("message"), e.message}});
    });
    connect(live, &LiveSession::heartbeatMeasured, this, [this](int rtt) {
        m_out.write(QStringLiteral("heartbeat"), {{QStringLiteral("rtt_ms"), rtt}});
    });
    connect(live, &LiveSession::frameRejected, this, [this](const FrameError &error) {
        m_out.write(QStringLiteral("error"),
                    {{QStringLiteral("error"), FrameError::codeName(error.code)},
                     {QStringLiteral("detail"), error.message},
                     {QStringLiteral("size"), error.sizeBytes}});
    });
    connect(live, &LiveSession::serverMessage, this, [this](const QString &message) {
        m_out.write(QStringLiteral("error"), {{QStringLiteral("error"), QStringLiteral("server_error")},
                                              {QStringLiteral("detail"), message}});
    });
    connect(queries, &QueryClient::invalidated, this, [this](const InvalidationTrace &trace) {
        QJsonArray keys;
        for (const auto &entry : trace.entries)
            keys.append(QJsonObject{{QStringLiteral("key"), entry.key},
                                    {QStringLiteral("outcome"),
                                     InvalidationTrace::outcomeName(entry.outcome)}});
        QJsonObject o{{QStringLiteral("keys"), keys},
                      {QStringLiteral("cause"), InvalidationTrace::causeName(trace.cause)}};
        if (!trace.eventRef.isEmpty())
            o.insert(QStringLiteral("ref"), trace.eventRef);
        m_out.write(QStringLiteral("invalidate"), o);
    });
    connect(queries, &QueryClient::fetchFinished, this,
            [this](const QString &key, bool ok, int ms, int rows, const QString &error) {
                ++m_fetches;
                QJsonObject o{{QStringLiteral("key"), key},
                              {QStringLiteral("status"), ok ? QStringLiteral("ok") : QStringLiteral("error")},
                              {QStringLiteral("ms"), ms},
                              {QStringLiteral("rows"), rows}};
                if (!ok) {
                    ++m_fetchErrors;
                    o.insert(QStringLiteral("error"), redactSecrets(error));
                }
                m_out.write(QStringLiteral("fetch"), o);
                if (ok && m_firstFetchPending.remove(key)) {
                    m_firstFetchRows += rows;
                    checkReady();
                }
            });
    connect(queries, &QueryClient::missedUpdatesFound, this,
            [this](const QString &key, const QList<EntityId> &ids) {
                m_missedRows += ids.size();
                QJsonArray list;
                for (const EntityId &id : ids)
                    list.append(id.toJson());
                m_out.write(QStringLiteral("missed"), {{QStringLiteral("key"), key},
                                                       {QStringLiteral("count"), int(ids.size())},
                                                       {QStringLiteral("ids"), list}});
            });
    if (m_options.raw) {
        connect(live, &LiveSession::frameReceived, this, &WatchCommand::printRaw);
        connect(live, &LiveSession::frameSent, this, &WatchCommand::printRaw);
    }
    connect(&m_deadline, &QTimer::timeout, this, [this] { terminate(QStringLiteral("duration")); });
}

bool WatchCommand::prepare(QString *error)
{
    if (m_options.metricsPort < 0)
        return true;
    m_metrics = new MetricsServer([this] { return metricsText(); }, this);
    const QHostAddress address(m_options.metricsAddress);
    if (!m_metrics->listen(address, quint16(m_options.metricsPort), error))
        return false;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_metrics->address().toString());
    url.setPort(m_metrics->port());
    url.setPath(QStringLiteral("/metrics"));
    m_out.write(QStringLiteral("metrics"), {{QStringLiteral("url"), url.toString()},
                                            {QStringLiteral("port"), int(m_metrics->port())}});
    return true;
}

void WatchCommand::printRaw(const FrameRecord &frame)
{
    // The frame as it came (its first 4 KiB), tokens and passwords replaced by ***.
    const QString text = redactSecrets(QString::fromUtf8(frame.text));
    QJsonObject o{{QStringLiteral("direction"), frame.inbound ? QStringLiteral("in") : QStringLiteral("out")},
                  {QStringLiteral("socket"), frame.socket},
                  {QStringLiteral("type"), frame.type},
                  {QStringLiteral("size"), frame.sizeBytes}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        o.insert(QStringLiteral("frame"), redactJsonSecrets(doc.object()));
    else
        o.insert(QStringLiteral("text"), text);
    m_out.write(QStringLiteral("raw"), o);
}

QByteArray WatchCommand::metricsText() const
{
    const LiveSession *live = m_session->live();
    const LiveMetrics &m = live->metrics();
    using W = OpenMetricsWriter;
    W w({{QStringLiteral("server"), redactedUrl(m_options.server)}, {QStringLiteral("user"), m_options.user}});
    w.family(QStringLiteral("dms_console_up"), W::Type::Gauge, QStringLiteral("1 while the live session is Live"));
    w.sample(live->state() == LiveState::Live ? 1 : 0);
    w.family(QStringLiteral("dms_console_state"), W::Type::Gauge, QStringLiteral("The live session's state (1: current)"));
    for (const LiveState state : kStates)
        w.sample(live->state() == state ? 1 : 0, {{QStringLiteral("state"), liveStateName(state)}});
    struct Count
    {
        const char *name;
        const char *help;
        qint64 value;
        const char *unit;
    };
    const Count counts[] = {
        {"dms_console_frames_received", "Frames received", m.framesIn, nullptr},
        {"dms_console_frames_sent", "Frames sent", m.framesOut, nullptr},
        {"dms_console_received_bytes", "Bytes of frames received", m.bytesIn, "bytes"},
        {"dms_console_sent_bytes", "Bytes of frames sent", m.bytesOut, "bytes"},
        {"dms_console_events_applied", "Events applied to the cached queries", m_session->eventsApplied(), nullptr},
        {"dms_console_rows_patched", "Rows patched from events", m_session->rowsPatched(), nullptr},
        {"dms_console_notifications", "Personal notifications received", m_notifications, nullptr},
        {"dms_console_fetches", "REST fetches finished", m_fetches, nullptr},
        {"dms_console_fetch_errors", "REST fetches that failed", m_fetchErrors, nullptr},
        {"dms_console_reconnects", "Reconnect attempts scheduled", m.reconnects, nullptr},
        {"dms_console_resyncs", "Resyncs (after a reconnect or a seq gap)", m.resyncs, nullptr},
        {"dms_console_frame_errors", "Frames rejected as malformed", m.frameErrors, nullptr},
        {"dms_console_seq_gaps", "Gaps in the event sequence", m.seqGaps, nullptr},
        {"dms_console_missed_events", "Events known lost upstream (sum of gap sizes)", m.missedEvents, nullptr},
        {"dms_console_missed_rows", "Rows a resync changed that no event announced", m_missedRows, nullptr},
    };
    for (const Count &c : counts) {
        w.family(QString::fromLatin1(c.name), W::Type::Counter, QString::fromLatin1(c.help),
                 c.unit ? QString::fromLatin1(c.unit) : QString());
        w.sample(double(c.value));
    }
    if (m.lastRttMs >= 0) {
        w.family(QStringLiteral("dms_console_rtt_seconds"), W::Type::Gauge,
                 QStringLiteral("Round-trip time of the last heartbeat"), QStringLiteral("seconds"));
        w.sample(m.lastRttMs / 1000.0);
    }
    if (m.hasClockOffset) {
        w.family(QStringLiteral("dms_console_clock_offset_seconds"), W::Type::Gauge,
                 QStringLiteral("The server's clock minus this machine's"), QStringLiteral("seconds"));
        w.sample(m.clockOffsetMs / 1000.0);
    }
    if (m.liveSinceMs > 0) {
        w.family(QStringLiteral("dms_console_live_since_timestamp_seconds"), W::Type::Gauge,
                 QStringLiteral("When the session last became Live (Unix time)"), QStringLiteral("seconds"));
        w.sample(m.liveSinceMs / 1000.0);
    }
    if (m.lastFrameAtMs > 0) {
        w.family(QStringLiteral("dms_console_last_frame_timestamp_seconds"), W::Type::Gauge,
                 QStringLiteral("When the last frame arrived (Unix time)"), QStringLiteral("seconds"));
        w.sample(m.lastFrameAtMs / 1000.0);
    }
    w.family(QStringLiteral("dms_console_scrapes"), W::Type::Counter, QStringLiteral("Requests for /metrics answered"));
    w.sample(m_metrics ? double(m_metrics->scrapes()) : 0);
    return w.finish();
}

void WatchCommand::onSignedIn(const UserInfo &user)
{
    m_startedMs = m_clock->nowMs();
    m_signedInAfterMs = m_sinceStart.elapsed();
    m_out.write(QStringLiteral("signed_in"), {{QStringLiteral("user"), user.username},
                                              {QStringLiteral("role"), user.role},
                                              {QStringLiteral("unit_id"), user.unitId.toJson()},
                                              {QStringLiteral("unit"), user.unitName},
                                              {QStringLiteral("server"),
                                               redactedUrl(m_session->api()->baseUrl())}});
    if (m_options.queries.isEmpty())
        m_options.queries = defaultWatchQueries(m_session->profile().rest());
    for (const QString &key : std::as_const(m_options.queries)) {
        // A key already cached (the keychain's session) still counts once its fetch ends.
        m_firstFetchPending.insert(key);
        m_observers.push_back(m_session->queries()->observe(key));
    }
    if (m_options.durationMs > 0)
        m_deadline.start(int(qMin<qint64>(m_options.durationMs, INT_MAX)));
    m_session->live()->start();
}

void WatchCommand::checkReady()
{
    if (!m_options.untilReady || m_ready || m_finished || m_signedInAfterMs < 0 ||
        !m_firstFetchPending.isEmpty() || m_session->live()->state() != LiveState::Live) {
        return;
    }
    m_ready = true;
    m_out.write(QStringLiteral("ready"),
                {{QStringLiteral("ms"), m_sinceStart.elapsed()},
                 {QStringLiteral("signed_in_ms"), m_signedInAfterMs},
                 {QStringLiteral("live_ms"), m_liveAfterMs},
                 {QStringLiteral("queries"), int(m_options.queries.size())},
                 {QStringLiteral("rows"), m_firstFetchRows}});
    terminate(QStringLiteral("ready"));
}

void WatchCommand::terminate(const QString &why)
{
    if (m_finished)
        return;
    const LiveSession *live = m_session->live();
    const LiveMetrics &m = live->metrics();
    const LiveState finalState = live->state();
    const qint64 now = m_clock->nowMs();
    m_out.write(QStringLiteral("summary"),
                {{QStringLiteral("reason"), why},
                 {QStringLiteral("duration_s"), m_startedMs ? (now - m_startedMs) / 1000.0 : 0.0},
                 {QStringLiteral("state"), liveStateName(finalState)},
                 {QStringLiteral("frames_in"), m.framesIn},
                 {QStringLiteral("frames_out"), m.framesOut},
                 {QStringLiteral("bytes_in"), m.bytesIn},
                 {QStringLiteral("bytes_out"), m.bytesOut},
                 {QStringLiteral("events"), m_session->eventsApplied()},
                 {QStringLiteral("rows_patched"), m_session->rowsPatched()},
                 {QStringLiteral("notifications"), m_notifications},
                 {QStringLiteral("fetches"), m_fetches},
                 {QStringLiteral("fetch_errors"), m_fetchErrors},
                 {QStringLiteral("reconnects"), m.reconnects},
                 {QStringLiteral("resyncs"), m.resyncs},
                 {QStringLiteral("frame_errors"), m.frameErrors},
                 {QStringLiteral("seq_gaps"), m.seqGaps},
                 {QStringLiteral("missed_events"), m.missedEvents},
                 {QStringLiteral("missed_rows"), m_missedRows},
                 {QStringLiteral("last_rtt_ms"), m.lastRttMs}});
    m_observers.clear();
    m_session->live()->stop();
    int code = ExitOk;
    if (finalState == LiveState::AuthFailed)
        code = ExitAuthFailed;
    else if (finalState != LiveState::Live || (m_options.untilReady && !m_ready))
        code = ExitUnhealthy;  // --until-ready: ended (duration, a signal) before it was ready
    finish(code);
}

// --------------------------------------------------------------------------- status

StatusCommand::StatusCommand(ConsoleSession *session, const CliOptions &options,
                             const Clock *clock, QObject *parent)
    : HeadlessCommand(session, options, clock, parent)
{
    m_pongWait.setSingleShot(true);
    LiveSession *live = m_session->live();
    connect(live, &LiveSession::stateChanged, this, [this](const LiveStatus &s) {
        if (s.state == LiveState::Live && m_timeToLiveMs < 0 && m_liveStartMs >= 0)
            m_timeToLiveMs = m_elapsed.elapsed() - m_liveStartMs;
        if (s.state == LiveState::Live && m_pingsSent == 0)
            sendNextPing();
        else if (s.state == LiveState::AuthFailed)
            report(s.describe());
        else if (s.state == LiveState::Offline || s.state == LiveState::Reconnecting)
            report(s.describe());
    });
    connect(live, &LiveSession::heartbeatMeasured, this, [this](int rtt) {
        m_pongWait.stop();
        m_rtts.append(rtt);
        sendNextPing();
    });
    connect(&m_pongWait, &QTimer::timeout, this, [this] { sendNextPing(); });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        report(CliText::tr("no answer within %1 s").arg(m_options.timeoutMs / 1000.0));
    });
}

int StatusCommand::usageError(const QString &detail)
{
    if (m_options.format == CliOptions::Format::Nagios) {
        QTextStream(stdout) << QStringLiteral("DMS LIVE UNKNOWN - %1").arg(nagiosSafe(detail)) << '\n';
        return NagiosUnknown;
    }
    if (m_options.format == CliOptions::Format::Prometheus) {
        QTextStream(stderr) << QStringLiteral("dms-console: %1").arg(terminalSafe(detail)) << '\n';
        return ExitUsage;
    }
    return HeadlessCommand::usageError(detail);
}

void StatusCommand::note(const QString &kind, const QJsonObject &fields)
{
    if (m_options.format == CliOptions::Format::Nagios || m_options.format == CliOptions::Format::Prometheus) {
        // stdout carries the check's result only
        QTextStream(stderr) << QStringLiteral("dms-console: %1: %2")
                                   .arg(kind, terminalSafe(redactSecrets(fields.value(QStringLiteral("detail")).toString())))
                            << '\n';
        return;
    }
    HeadlessCommand::note(kind, fields);
}

void StatusCommand::onSignInFailed(ApiError::Kind kind, int httpStatus, const QString &message)
{
    if (m_options.format != CliOptions::Format::Nagios && m_options.format != CliOptions::Format::Prometheus) {
        HeadlessCommand::onSignInFailed(kind, httpStatus, message);
        return;
    }
    m_signInFailed = true;
    m_signInAuthFailed = isAuthProblem(kind, httpStatus);
    const QString why = m_signInAuthFailed ? CliText::tr("authentication failed: %1") : CliText::tr("cannot sign in: %1");
    report(why.arg(redactSecrets(message)));
}

void StatusCommand::onSignedIn(const UserInfo &)
{
    m_signInMs = m_elapsed.elapsed();
    LiveSession::Settings settings = m_session->live()->settings();
    settings.maxAttempts = 1;  // a health check reports, it does not wait for recovery
    m_session->live()->setSettings(settings);
    m_deadline.start(m_options.timeoutMs);
    m_liveStartMs = m_elapsed.elapsed();
    m_session->live()->start();
}

void StatusCommand::sendNextPing()
{
    if (m_finished)
        return;
    if (m_pingsSent >= m_options.pings) {
        report(QString());
        return;
    }
    if (m_session->live()->profile().heartbeatMode() == HeartbeatMode::None) {
        report(QString());  // this dialect has no heartbeat to measure: Live is all there is
        return;
    }
    ++m_pingsSent;
    m_pongWait.start(m_session->live()->settings().pongTimeoutMs);
    m_session->live()->pingNow();
}

void StatusCommand::terminate(const QString &why)
{
    report(why);
}

void StatusCommand::report(const QString &problem)
{
    if (m_finished)
        return;
    const LiveSession *live = m_session->live();
    const LiveMetrics &m = live->metrics();
    const UserInfo &user = m_session->api()->user();
    QList<int> sorted = m_rtts;
    std::sort(sorted.begin(), sorted.end());
    const bool authFailed = live->state() == LiveState::AuthFailed;
    const bool noHeartbeat = live->profile().heartbeatMode() == HeartbeatMode::None;
    const bool healthy = problem.isEmpty() && live->state() == LiveState::Live &&
                         (noHeartbeat || sorted.size() == m_options.pings);

    QJsonObject o{{QStringLiteral("server"), redactedUrl(m_options.server)},
                  {QStringLiteral("user"), user.username},
                  {QStringLiteral("role"), user.role},
                  {QStringLiteral("unit_id"), user.unitId.toJson()},
                  {QStringLiteral("state"), liveStateName(live->state())},
                  {QStringLiteral("pings_sent"), m_pingsSent},
                  {QStringLiteral("pongs"), int(sorted.size())},
                  {QStringLiteral("healthy"), healthy}};
    if (!problem.isEmpty())
        o.insert(QStringLiteral("problem"), problem);
    if (!sorted.isEmpty()) {
        o.insert(QStringLiteral("rtt_min_ms"), sorted.first());
        o.insert(QStringLiteral("rtt_median_ms"), sorted.at(sorted.size() / 2));
        o.insert(QStringLiteral("rtt_max_ms"), sorted.last());
    }
    if (m.hasClockOffset)
        o.insert(QStringLiteral("clock_offset_ms"), m.clockOffsetMs);
    // What this server's dialect lets the console measure: a missing feature is named,
    // never reported as a zero.
    o.insert(QStringLiteral("profile"), live->profile().name());
    o.insert(QStringLiteral("capabilities"), live->capabilities().toJson());

    const int median = sorted.isEmpty() ? -1 : sorted.at(sorted.size() / 2);
    if (m_options.format == CliOptions::Format::Nagios) {
        int state = NagiosOk;
        QStringList findings;
        if (m_signInFailed) {
            state = m_signInAuthFailed ? NagiosUnknown : NagiosCritical;
        } else if (authFailed) {
            state = NagiosUnknown;
        } else if (live->state() != LiveState::Live) {
            state = NagiosCritical;
        } else {
            if (!noHeartbeat && sorted.size() < m_options.pings) {
                state = NagiosWarning;
                findings << CliText::tr("%1 of %2 pongs").arg(sorted.size()).arg(m_options.pings);
            }
            auto check = [&](const NagiosRange &warning, const NagiosRange &critical, double value,
                             const QString &what) {
                if (critical.alerts(value)) {
                    state = NagiosCritical;
                    findings << CliText::tr("%1 %2 ms (critical %3)").arg(what).arg(value).arg(critical.text);
                } else if (warning.alerts(value)) {
                    state = qMax(state, int(NagiosWarning));
                    findings << CliText::tr("%1 %2 ms (warning %3)").arg(what).arg(value).arg(warning.text);
                }
            };
            if (median >= 0)
                check(m_options.warningRtt, m_options.criticalRtt, median, CliText::tr("rtt"));
            if (m_timeToLiveMs >= 0)
                check(m_options.warningTimeToLive, m_options.criticalTimeToLive, double(m_timeToLiveMs),
                      CliText::tr("time to Live"));
        }
        QStringList parts;
        if (!findings.isEmpty())
            parts << findings.join(QStringLiteral(", "));
        if (live->state() == LiveState::Live) {
            parts << CliText::tr("live at %1").arg(redactedUrl(m_options.server));
            if (median >= 0)
                parts << CliText::tr("rtt %1 ms median (%2 of %3 pongs)").arg(median).arg(sorted.size()).arg(m_pingsSent);
            else if (noHeartbeat)
                parts << CliText::tr("rtt not measured: this dialect has no heartbeat");
            if (m_timeToLiveMs >= 0)
                parts << CliText::tr("time to Live %1 ms").arg(m_timeToLiveMs);
            if (m.hasClockOffset)
                parts << CliText::tr("clock offset %1 ms").arg(m.clockOffsetMs);
        } else {
            parts << CliText::tr("%1 at %2").arg(m_signInFailed ? CliText::tr("not signed in") : liveStateName(live->state()),
                                        redactedUrl(m_options.server));
        }
        if (!problem.isEmpty())
            parts << problem;
        QStringList perf;
        if (median >= 0) {
            perf << nagiosPerfData(QStringLiteral("rtt"), median, QStringLiteral("ms"), m_options.warningRtt,
                                   m_options.criticalRtt, QStringLiteral("0"));
            perf << nagiosPerfData(QStringLiteral("rtt_max"), sorted.last(), QStringLiteral("ms"), {}, {},
                                   QStringLiteral("0"));
        }
        if (m_timeToLiveMs >= 0)
            perf << nagiosPerfData(QStringLiteral("time_to_live"), double(m_timeToLiveMs), QStringLiteral("ms"),
                                   m_options.warningTimeToLive, m_options.criticalTimeToLive, QStringLiteral("0"));
        if (m_signInMs >= 0)
            perf << nagiosPerfData(QStringLiteral("sign_in"), double(m_signInMs), QStringLiteral("ms"), {}, {},
                                   QStringLiteral("0"));
        if (m.hasClockOffset)
            perf << nagiosPerfData(QStringLiteral("clock_offset"), double(m.clockOffsetMs), QStringLiteral("ms"));
        if (!noHeartbeat && !m_signInFailed)
            perf << nagiosPerfData(QStringLiteral("pongs"), sorted.size(), QString(), {}, {}, QStringLiteral("0"),
                                   QString::number(m_options.pings));
        QString line = QStringLiteral("DMS LIVE %1 - %2").arg(nagiosStateName(state), nagiosSafe(parts.join(QStringLiteral("; "))));
        if (!perf.isEmpty())
            line += QStringLiteral(" | ") + perf.join(QLatin1Char(' '));
        QTextStream(stdout) << line << '\n';
        m_session->live()->stop();
        finish(state);
        return;
    }
    if (m_options.format == CliOptions::Format::Prometheus) {
        using W = OpenMetricsWriter;
        W w({{QStringLiteral("server"), redactedUrl(m_options.server)}, {QStringLiteral("user"), m_options.user}});
        w.family(QStringLiteral("dms_console_up"), W::Type::Gauge,
                 QStringLiteral("1 when the check reached Live and every ping was answered"));
        w.sample(healthy ? 1 : 0);
        w.family(QStringLiteral("dms_console_state"), W::Type::Gauge,
                 QStringLiteral("The live session's state when the check ended (1: that state)"));
        for (const LiveState state : kStates)
            w.sample(live->state() == state ? 1 : 0, {{QStringLiteral("state"), liveStateName(state)}});
        w.family(QStringLiteral("dms_console_auth_failed"), W::Type::Gauge,
                 QStringLiteral("1 when the server refused the credentials"));
        w.sample((authFailed || m_signInAuthFailed) ? 1 : 0);
        w.family(QStringLiteral("dms_console_pings_sent"), W::Type::Gauge, QStringLiteral("Pings the check sent"));
        w.sample(m_pingsSent);
        w.family(QStringLiteral("dms_console_pongs_received"), W::Type::Gauge,
                 QStringLiteral("Pings answered within the pong timeout"));
        w.sample(double(sorted.size()));
        if (!sorted.isEmpty()) {
            w.family(QStringLiteral("dms_console_rtt_seconds"), W::Type::Gauge,
                     QStringLiteral("Heartbeat round-trip time over the check's pings"), QStringLiteral("seconds"));
            w.sample(sorted.first() / 1000.0, {{QStringLiteral("stat"), QStringLiteral("min")}});
            w.sample(median / 1000.0, {{QStringLiteral("stat"), QStringLiteral("median")}});
            w.sample(sorted.last() / 1000.0, {{QStringLiteral("stat"), QStringLiteral("max")}});
        }
        if (m_timeToLiveMs >= 0) {
            w.family(QStringLiteral("dms_console_time_to_live_seconds"), W::Type::Gauge,
                     QStringLiteral("From opening the live connection to Live"), QStringLiteral("seconds"));
            w.sample(m_timeToLiveMs / 1000.0);
        }
        if (m_signInMs >= 0) {
            w.family(QStringLiteral("dms_console_sign_in_seconds"), W::Type::Gauge,
                     QStringLiteral("Time the sign-in took"), QStringLiteral("seconds"));
            w.sample(m_signInMs / 1000.0);
        }
        if (m.hasClockOffset) {
            w.family(QStringLiteral("dms_console_clock_offset_seconds"), W::Type::Gauge,
                     QStringLiteral("The server's clock minus this machine's"), QStringLiteral("seconds"));
            w.sample(m.clockOffsetMs / 1000.0);
        }
        w.family(QStringLiteral("dms_console_check_timestamp_seconds"), W::Type::Gauge,
                 QStringLiteral("When the check ended (Unix time)"), QStringLiteral("seconds"));
        w.sample(m_clock->nowMs() / 1000.0);
        const QByteArray text = w.finish();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        std::fflush(stdout);
        if (!problem.isEmpty())
            QTextStream(stderr) << QStringLiteral("dms-console: %1").arg(terminalSafe(redactSecrets(problem))) << '\n';
        m_session->live()->stop();
        finish(healthy ? ExitOk : ((authFailed || m_signInAuthFailed) ? ExitAuthFailed : ExitUnhealthy));
        return;
    }
    if (m_options.format == CliOptions::Format::Json) {
        m_out.write(QStringLiteral("status"), o);
    } else {
        QTextStream out(stdout);
        out << CliText::tr("server   %1").arg(redactedUrl(m_options.server)) << '\n';
        // what the server says is printed with its control characters replaced
        out << CliText::tr("user     %1 (%2, unit %3)")
                   .arg(terminalSafe(user.username), terminalSafe(user.role),
                        terminalSafe(user.unitId.toString()))
            << '\n';
        out << CliText::tr("state    %1").arg(terminalSafe(live->status().describe())) << '\n';
        if (!sorted.isEmpty())
            out << CliText::tr("rtt      min %1 ms, median %2 ms, max %3 ms (%4 of %5 pongs)")
                       .arg(sorted.first())
                       .arg(sorted.at(sorted.size() / 2))
                       .arg(sorted.last())
                       .arg(sorted.size())
                       .arg(m_pingsSent)
                << '\n';
        if (m.hasClockOffset)
            out << CliText::tr("clock    server is %1 ms %2 of this machine")
                       .arg(qAbs(m.clockOffsetMs))
                       .arg(m.clockOffsetMs >= 0 ? CliText::tr("ahead") : CliText::tr("behind"))
                << '\n';
        if (!problem.isEmpty())
            out << CliText::tr("problem  %1").arg(terminalSafe(problem)) << '\n';
        out << CliText::tr("healthy  %1").arg(healthy ? CliText::tr("yes") : CliText::tr("no")) << '\n';
    }
    m_session->live()->stop();
    finish(healthy ? ExitOk : (authFailed ? ExitAuthFailed : ExitUnhealthy));
}

}  // namespace Dms
