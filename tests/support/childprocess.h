// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace Dms::Test {

// A helper process a test starts and always stops (destructor: SIGTERM, then SIGKILL):
// redis-server on a free loopback port, or the activity driver of the reference server.
class ChildProcess final
{
public:
    ChildProcess() = default;
    ~ChildProcess() { stop(); }
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    bool start(const QString &program, const QStringList &args, const QStringList &extraEnv = {},
               const QString &workingDir = {});
    void stop(int graceMs = 10'000);  // SIGTERM, wait, SIGKILL
    void kill();                      // SIGKILL at once
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QByteArray output();              // stdout and stderr so far (merged)
    // Spins the event loop (timers and sockets keep running) until the output holds
    // needle, the process ends, or ms pass.
    bool waitForOutput(const QByteArray &needle, int ms);
    // The same, for a start whose length depends on the machine's load (a server that
    // migrates and seeds first): no total time limit; the wait goes on while the process
    // says something new and fails once it ends or says nothing for silenceMs.
    bool waitForOutputWhileProgressing(const QByteArray &needle, int silenceMs = StartSilenceMs);
    static constexpr int StartSilenceMs = 60'000;

private:
    QProcess m_process;
    QByteArray m_output;
};

// redis-server without persistence on a free loopback port; restart() keeps the port.
class RedisProcess final
{
public:
    bool start(QString *error = nullptr);
    bool restart(QString *error = nullptr) { m_process.kill(); return launch(error); }
    void kill() { m_process.kill(); }
    int port() const { return m_port; }
    QString url(int db = 1) const { return QStringLiteral("redis://127.0.0.1:%1/%2").arg(m_port).arg(db); }

private:
    bool launch(QString *error);
    ChildProcess m_process;
    int m_port = 0;
};

// The reference server (server/serve.py) like ServerFixture, but every wait spins the
// event loop, so the sessions under test keep running while it starts and restarts (a
// blocking restart would bunch their reconnect timers), and extra serve.py arguments
// (--tls-cert/--tls-key) can be given.
class ServerProcess final
{
public:
    struct Options
    {
        QString seedArgs = QStringLiteral("--units 2 --users-per-unit 8 --crates 30 --requests 24");
        int accessTtlSeconds = 300;
        int refreshTtlSeconds = 3600;
        QStringList extraEnv;   // "NAME=value"
        QStringList extraArgs;  // more serve.py arguments
        bool tls = false;       // baseUrl() is https://
    };

    bool start(const Options &options, QString *error = nullptr);  // migrate + seed, port 0
    bool restart(QString *error = nullptr);  // same port and database, no seed
    void kill() { m_process.kill(); }        // SIGKILL
    void stop() { m_process.stop(); }        // SIGTERM
    bool isRunning() const { return m_process.isRunning(); }
    int port() const { return m_port; }
    QUrl baseUrl() const;
    QString databasePath() const { return m_dir.filePath(QStringLiteral("db.sqlite3")); }
    // "DMS_DB_PATH=…" or "DMS_DATABASE_URL=…" (testDatabaseEnv): what another process
    // (the activity driver) needs to share this server's database. Set once started.
    QString databaseEnv() const { return m_databaseEnv; }
    QByteArray output() { return m_process.output(); }

private:
    bool launch(bool seed, QString *error);
    Options m_options;
    QTemporaryDir m_dir;
    ChildProcess m_process;
    int m_port = 0;
    QString m_databaseEnv;
};

int freeLoopbackPort();

// The database of a test's server, as one "NAME=value" environment entry:
// "DMS_DB_PATH=<sqlitePath>" (SQLite, the default), or -- when the test runs inside
// `server/tools/pgcluster.py run` (CTest's *_pg tests set DMS_PG_ADMIN_URL) -- a new empty
// database of that throwaway PostgreSQL cluster, "DMS_DATABASE_URL=postgresql://…".
// Empty, with *error set, when that database cannot be made.
QString testDatabaseEnv(const QString &sqlitePath, QString *error);

}  // namespace Dms::Test
