// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "cli/headlesscommand.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QTextStream>
#include <algorithm>
#include <iostream>
#include <string>

#include "auth/signinservice.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/redact.h"
#include "session/consolesession.h"

namespace Dms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dms::Cli", text);
}

QString readPassword(const CliOptions &options, QString *error)
{
    if (options.passwordStdin) {
        // Blocking read of one line: the writer may not have written yet when we start.
        std::string line;
        if (!std::getline(std::cin, line)) {
            *error = tr("--password-stdin given but standard input is empty");
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

}  // namespace

HeadlessCommand::HeadlessCommand(ConsoleSession *session, const CliOptions &options,
                                 const Clock *clock, QObject *parent)
    : QObject(parent), m_session(session), m_options(options), m_clock(clock), m_out(clock)
{
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
        m_out.write(QStringLiteral("error"),
                    {{QStringLiteral("error"), QStringLiteral("keychain_unavailable")},
                     {QStringLiteral("detail"), reason}});
    });
}

int HeadlessCommand::exec()
{
    QString error;
    const QString password = readPassword(m_options, &error);
    if (!error.isEmpty()) {
        m_out.write(QStringLiteral("error"), {{QStringLiteral("error"), QStringLiteral("usage")},
                                              {QStringLiteral("detail"), error}});
        return ExitUsage;
    }
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
    const bool authProblem = kind == ApiError::Kind::NotSignedIn ||
                             (kind == ApiError::Kind::Http && (httpStatus == 401 || httpStatus == 403));
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
        if (s.state == LiveState::AuthFailed)
            terminate(QStringLiteral("auth_failed"));
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
    connect(&m_deadline, &QTimer::timeout, this, [this] { terminate(QStringLiteral("duration")); });
}

void WatchCommand::onSignedIn(const UserInfo &user)
{
    m_startedMs = m_clock->nowMs();
    m_out.write(QStringLiteral("signed_in"), {{QStringLiteral("user"), user.username},
                                              {QStringLiteral("role"), user.role},
                                              {QStringLiteral("unit_id"), user.unitId.toJson()},
                                              {QStringLiteral("unit"), user.unitName},
                                              {QStringLiteral("server"),
                                               redactedUrl(m_session->api()->baseUrl())}});
    if (m_options.queries.isEmpty())
        m_options.queries = defaultWatchQueries(m_session->profile().rest());
    for (const QString &key : std::as_const(m_options.queries))
        m_observers.push_back(m_session->queries()->observe(key));
    if (m_options.durationMs > 0)
        m_deadline.start(int(qMin<qint64>(m_options.durationMs, INT_MAX)));
    m_session->live()->start();
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
    else if (finalState != LiveState::Live)
        code = ExitUnhealthy;
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
        report(tr("no answer within %1 s").arg(m_options.timeoutMs / 1000.0));
    });
}

void StatusCommand::onSignedIn(const UserInfo &)
{
    LiveSession::Settings settings = m_session->live()->settings();
    settings.maxAttempts = 1;  // a health check reports, it does not wait for recovery
    m_session->live()->setSettings(settings);
    m_deadline.start(m_options.timeoutMs);
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

    if (m_options.json) {
        m_out.write(QStringLiteral("status"), o);
    } else {
        QTextStream out(stdout);
        out << tr("server   %1").arg(redactedUrl(m_options.server)) << '\n';
        // what the server says is printed with its control characters replaced
        out << tr("user     %1 (%2, unit %3)")
                   .arg(terminalSafe(user.username), terminalSafe(user.role),
                        terminalSafe(user.unitId.toString()))
            << '\n';
        out << tr("state    %1").arg(terminalSafe(live->status().describe())) << '\n';
        if (!sorted.isEmpty())
            out << tr("rtt      min %1 ms, median %2 ms, max %3 ms (%4 of %5 pongs)")
                       .arg(sorted.first())
                       .arg(sorted.at(sorted.size() / 2))
                       .arg(sorted.last())
                       .arg(sorted.size())
                       .arg(m_pingsSent)
                << '\n';
        if (m.hasClockOffset)
            out << tr("clock    server is %1 ms %2 of this machine")
                       .arg(qAbs(m.clockOffsetMs))
                       .arg(m.clockOffsetMs >= 0 ? tr("ahead") : tr("behind"))
                << '\n';
        if (!problem.isEmpty())
            out << tr("problem  %1").arg(terminalSafe(problem)) << '\n';
        out << tr("healthy  %1").arg(healthy ? tr("yes") : tr("no")) << '\n';
    }
    m_session->live()->stop();
    finish(healthy ? ExitOk : (authFailed ? ExitAuthFailed : ExitUnhealthy));
}

}  // namespace Dms
