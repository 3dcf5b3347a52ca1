// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "childprocess.h"

#include "progresswait.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QTest>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace Dms::Test {

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString testDatabaseEnv(const QString &sqlitePath, QString *error)
{
    if (qEnvironmentVariableIsEmpty("DMS_PG_ADMIN_URL"))
        return QStringLiteral("DMS_DB_PATH=") + sqlitePath;
    const QByteArray src = qgetenv("DMS_SOURCE_DIR");
    const QString sourceDir = src.isEmpty() ? QDir::currentPath() : QString::fromLocal8Bit(src);
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {sourceDir + QStringLiteral("/server/tools/pgcluster.py"), QStringLiteral("createdb")});
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("pgcluster.py createdb failed: ") + QString::fromUtf8(p.readAllStandardError());
        p.kill();
        p.waitForFinished(5'000);
        return {};
    }
    const QString url = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    if (!url.startsWith(QLatin1String("postgresql://"))) {
        if (error)
            *error = QStringLiteral("pgcluster.py createdb printed no database URL");
        return {};
    }
    return QStringLiteral("DMS_DATABASE_URL=") + url;
}

bool ChildProcess::start(const QString &program, const QStringList &args, const QStringList &extraEnv,
                         const QString &workingDir)
{
    stop();
    m_output.clear();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnv) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq > 0)
            env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Dies with the test, even when CTest kills the test on a timeout: no orphan servers.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    if (!workingDir.isEmpty())
        m_process.setWorkingDirectory(workingDir);
    m_process.start(program, args);
    return m_process.waitForStarted(10'000);
}

void ChildProcess::stop(int graceMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(graceMs)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
    m_output += m_process.readAll();
}

void ChildProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5'000);
    m_output += m_process.readAll();
}

QByteArray ChildProcess::output()
{
    m_output += m_process.readAll();
    return m_output;
}

bool ChildProcess::waitForOutput(const QByteArray &needle, int ms)
{
    return QTest::qWaitFor([&] { return output().contains(needle) || !isRunning(); }, ms) &&
           output().contains(needle);
}

bool ChildProcess::waitForOutputWhileProgressing(const QByteArray &needle, int silenceMs)
{
    return qWaitWhileProgressing([&] { return output().contains(needle) || !isRunning(); },
                                 [&] { return output().size(); }, silenceMs) &&
           output().contains(needle);
}

bool ServerProcess::start(const Options &options, QString *error)
{
    m_options = options;
    m_port = 0;
    return launch(true, error);
}

bool ServerProcess::restart(QString *error)
{
    m_process.stop();
    return launch(false, error);
}

QUrl ServerProcess::baseUrl() const
{
    QUrl url;
    url.setScheme(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

bool ServerProcess::launch(bool seed, QString *error)
{
    const QByteArray src = qgetenv("DMS_SOURCE_DIR");
    const QString sourceDir = src.isEmpty() ? QDir::currentPath() : QString::fromLocal8Bit(src);
    if (m_databaseEnv.isEmpty()) {
        QString why;
        m_databaseEnv = testDatabaseEnv(databasePath(), &why);
        if (m_databaseEnv.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
    }
    QStringList env{m_databaseEnv, QStringLiteral("DMS_ACCESS_TTL=%1").arg(m_options.accessTtlSeconds),
                    QStringLiteral("DMS_REFRESH_TTL=%1").arg(m_options.refreshTtlSeconds),
                    QStringLiteral("DMS_SECRET_KEY=test-only-secret-key-for-fixture"),
                    // test-only MD5 hashes (docs/server.md): sign-ins cost the server ~0 s
                    QStringLiteral("DMS_FAST_PASSWORD_HASHER=1"),
                    QStringLiteral("PYTHONDONTWRITEBYTECODE=1"), QStringLiteral("PYTHONUNBUFFERED=1")};
    env += m_options.extraEnv;
    QStringList args{sourceDir + QStringLiteral("/server/serve.py"), QStringLiteral("--host"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_port),
                     QStringLiteral("--migrate")};
    if (seed)
        args << QStringLiteral("--seed") << m_options.seedArgs;
    args += m_options.extraArgs;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why + QStringLiteral("\n--- server output ---\n") +
                     QString::fromUtf8(m_process.output().right(4000));
        return false;
    };
    if (!m_process.start(QStringLiteral("/usr/bin/python3"), args, env))
        return fail(QStringLiteral("cannot start /usr/bin/python3"));
    // serve.py reports each migration and the seed on stderr (merged here), then READY.
    if (!m_process.waitForOutputWhileProgressing("READY port="))
        return fail(m_process.isRunning()
                        ? QStringLiteral("serve.py said nothing for %1 s before READY")
                              .arg(ChildProcess::StartSilenceMs / 1000)
                        : QStringLiteral("serve.py exited before READY"));
    const QByteArray out = m_process.output();
    const qsizetype at = out.indexOf("READY port=");
    const qsizetype end = out.indexOf('\n', at);
    if (end < 0 && !QTest::qWaitFor([&] { return m_process.output().indexOf('\n', at) > at; }, 5000))
        return fail(QStringLiteral("truncated READY line"));
    const QByteArray line = m_process.output().mid(at + 11);
    m_port = line.left(line.indexOf('\n')).trimmed().toInt();
    return m_port > 0 ? true : fail(QStringLiteral("bad READY line"));
}

bool RedisProcess::start(QString *error)
{
    m_port = freeLoopbackPort();
    return launch(error);
}

bool RedisProcess::launch(QString *error)
{
    const QStringList args{QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--bind"),
                           QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                           QStringLiteral("--appendonly"), QStringLiteral("no")};
    if (!m_process.start(QStringLiteral("redis-server"), args)) {
        if (error)
            *error = QStringLiteral("cannot start redis-server");
        return false;
    }
    QDeadlineTimer deadline(15'000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(500)) {
            probe.write("PING\r\n");
            if (probe.waitForReadyRead(500) && probe.readAll().startsWith("+PONG"))
                return true;
        }
        if (!m_process.isRunning())
            break;
        QThread::msleep(50);
    }
    if (error)
        *error = QStringLiteral("redis-server did not answer on port %1: %2")
                     .arg(m_port)
                     .arg(QString::fromLocal8Bit(m_process.output().right(2000)));
    return false;
}

}  // namespace Dms::Test
