// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace Dms::Test {

// Starts the reference server (server/serve.py under /usr/bin/python3) on a free loopback
// port with a throwaway SQLite database, seeded with demo data. Stops it in the destructor.
class ServerFixture final
{
public:
    struct Options
    {
        QString seedArgs = QStringLiteral("--units 2 --users-per-unit 8 --crates 30 --requests 24");
        int accessTtlSeconds = 300;
        int refreshTtlSeconds = 3600;
        QStringList extraEnv;  // "NAME=value"
    };

    ServerFixture();
    explicit ServerFixture(const Options &options);
    ~ServerFixture();

    // Starts (first time: migrate + seed). Returns false with a reason on failure.
    bool start(QString *error = nullptr);
    // SIGTERM and wait; or SIGKILL with kill().
    void stop();
    void kill();
    // Starts again on the same port with the same database.
    bool restart(QString *error = nullptr);
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    int port() const { return m_port; }
    QUrl baseUrl() const;
    QString databasePath() const;
    // "DMS_DB_PATH=…" or, inside `pgcluster.py run`, "DMS_DATABASE_URL=…"
    // (testDatabaseEnv in childprocess.h); set once started.
    QString databaseEnv() const { return m_databaseEnv; }
    QString stderrTail() const;

    static QString sourceDir();
    static QString demoPassword() { return QStringLiteral("dms-demo"); }

private:
    bool launch(bool seed, int port, QString *error);

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    bool m_seeded = false;
    QByteArray m_stderr;       // its tail
    qint64 m_stderrBytes = 0;  // all it said since the start, a measure of progress
    QString m_databaseEnv;
};

}  // namespace Dms::Test
