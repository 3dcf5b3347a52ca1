// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <vector>

#include "auth/apiclient.h"
#include "cli/clioptions.h"
#include "cli/jsonlines.h"
#include "sync/queryclient.h"

class QEventLoop;

namespace Dms {

class ConsoleSession;
class Clock;
class MetricsServer;
struct FrameRecord;

enum ExitCode { ExitOk = 0, ExitUnhealthy = 1, ExitUsage = 2, ExitAuthFailed = 3 };
// `status --format nagios`: the monitoring plugin conventions.
enum NagiosState { NagiosOk = 0, NagiosWarning = 1, NagiosCritical = 2, NagiosUnknown = 3 };
QString nagiosStateName(int state);  // "OK", "WARNING", "CRITICAL", "UNKNOWN"

// What watch and status share: the password from stdin or DMS_PASSWORD (never argv),
// sign-in through the keychain-aware SignInService, and the exit code rules.
class HeadlessCommand : public QObject
{
    Q_OBJECT
public:
    HeadlessCommand(ConsoleSession *session, const CliOptions &options, const Clock *clock,
                    QObject *parent = nullptr);

    // Signs in, runs the event loop until the command is done, returns the exit code.
    int exec();
    // Ends the command (SIGINT/SIGTERM): prints what it has and stops.
    virtual void terminate(const QString &why) = 0;

protected:
    // Before the password is read: what can fail without a server (e.g. binding a port).
    virtual bool prepare(QString *error);
    // Reports a usage error found at run time; returns the exit code.
    virtual int usageError(const QString &detail);
    // Side notes (a keychain that cannot be used): a JSON line unless the format says otherwise.
    virtual void note(const QString &kind, const QJsonObject &fields);
    virtual void onSignedIn(const UserInfo &user) = 0;
    virtual void onSignInFailed(ApiError::Kind kind, int httpStatus, const QString &message);
    void finish(int exitCode);
    static bool isAuthProblem(ApiError::Kind kind, int httpStatus);

    ConsoleSession *m_session;
    CliOptions m_options;
    const Clock *m_clock;
    JsonLines m_out;
    QElapsedTimer m_sinceStart;  // started with the command, before sign-in
    int m_exitCode = ExitOk;
    bool m_finished = false;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;  // since exec()
    QEventLoop *m_loop = nullptr;
};

// `watch`: keeps the chosen queries active on a live session and prints JSON lines.
class WatchCommand final : public HeadlessCommand
{
    Q_OBJECT
public:
    WatchCommand(ConsoleSession *session, const CliOptions &options, const Clock *clock,
                 QObject *parent = nullptr);
    void terminate(const QString &why) override;
    // What /metrics serves (--metrics-port): OpenMetrics text of the session's counters.
    QByteArray metricsText() const;

private:
    bool prepare(QString *error) override;
    void onSignedIn(const UserInfo &user) override;
    // --until-ready: prints `ready` and ends once Live with every query's first fetch done.
    void checkReady();
    void printRaw(const FrameRecord &frame);

    MetricsServer *m_metrics = nullptr;
    qint64 m_startedMs = 0;
    qint64 m_signedInAfterMs = -1;  // m_sinceStart at sign-in, Live, …
    qint64 m_liveAfterMs = -1;
    QSet<QString> m_firstFetchPending;  // observed keys whose first fetch has not succeeded
    qint64 m_firstFetchRows = 0;
    bool m_ready = false;
    qint64 m_fetches = 0;
    qint64 m_fetchErrors = 0;
    qint64 m_missedRows = 0;
    qint64 m_notifications = 0;
    std::vector<QueryObserver> m_observers;
};

// `status`: signs in, goes Live, sends N pings, reports RTT and clock offset.
class StatusCommand final : public HeadlessCommand
{
    Q_OBJECT
public:
    StatusCommand(ConsoleSession *session, const CliOptions &options, const Clock *clock,
                  QObject *parent = nullptr);
    void terminate(const QString &why) override;

private:
    int usageError(const QString &detail) override;
    void note(const QString &kind, const QJsonObject &fields) override;
    void onSignedIn(const UserInfo &user) override;
    void onSignInFailed(ApiError::Kind kind, int httpStatus, const QString &message) override;
    void sendNextPing();
    void report(const QString &problem);

    QList<int> m_rtts;
    int m_pingsSent = 0;
    QTimer m_pongWait;
    qint64 m_signInMs = -1;       // exec() → signed in
    qint64 m_liveStartMs = -1;    // m_elapsed when the live session started
    qint64 m_timeToLiveMs = -1;   // live session started → Live
    bool m_signInAuthFailed = false;
    bool m_signInFailed = false;
};

}  // namespace Dms
