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

enum ExitCode { ExitOk = 0, ExitUnhealthy = 1, ExitUsage = 2, ExitAuthFailed = 3 };

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
    virtual void onSignedIn(const UserInfo &user) = 0;
    virtual void onSignInFailed(ApiError::Kind kind, int httpStatus, const QString &message);
    void finish(int exitCode);

    ConsoleSession *m_session;
    CliOptions m_options;
    const Clock *m_clock;
    JsonLines m_out;
    QElapsedTimer m_sinceStart;  // started with the command, before sign-in
    int m_exitCode = ExitOk;
    bool m_finished = false;
    QTimer m_deadline;
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

private:
    void onSignedIn(const UserInfo &user) override;
    // --until-ready: prints `ready` and ends once Live with every query's first fetch done.
    void checkReady();

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
    void onSignedIn(const UserInfo &user) override;
    void sendNextPing();
    void report(const QString &problem);

    QList<int> m_rtts;
    int m_pingsSent = 0;
    QTimer m_pongWait;
};

}  // namespace Dms
