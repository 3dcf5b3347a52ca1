// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QObject>
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

    qint64 m_startedMs = 0;
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
