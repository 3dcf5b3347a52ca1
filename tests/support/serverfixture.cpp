// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "serverfixture.h"

#include "childprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>

#include <csignal>

namespace Dms::Test {

ServerFixture::ServerFixture() : ServerFixture(Options{}) {}

ServerFixture::ServerFixture(const Options &options) : m_options(options)
{
    m_process.setProgram(QStringLiteral("/usr/bin/python3"));
}

ServerFixture::~ServerFixture()
{
    stop();
}

QString ServerFixture::sourceDir()
{
    const QByteArray env = qgetenv("DMS_SOURCE_DIR");
    return env.isEmpty() ? QDir::currentPath() : QString::fromLocal8Bit(env);
}

QUrl ServerFixture::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString ServerFixture::databasePath() const
{
    return m_dir.filePath(QStringLiteral("db.sqlite3"));
}

QString ServerFixture::stderrTail() const
{
    return QString::fromUtf8(m_stderr.right(4000));
}

bool ServerFixture::start(QString *error)
{
    return launch(!m_seeded, 0, error);
}

bool ServerFixture::restart(QString *error)
{
    stop();
    return launch(false, m_port, error);
}

void ServerFixture::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

void ServerFixture::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5'000);
}

bool ServerFixture::launch(bool seed, int port, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why + QStringLiteral("\n--- server stderr ---\n") + stderrTail();
        return false;
    };
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary directory"));

    if (m_databaseEnv.isEmpty()) {
        QString why;
        m_databaseEnv = testDatabaseEnv(databasePath(), &why);
        if (m_databaseEnv.isEmpty())
            return fail(why);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const qsizetype eq = m_databaseEnv.indexOf(QLatin1Char('='));
    env.insert(m_databaseEnv.left(eq), m_databaseEnv.mid(eq + 1));
    env.insert(QStringLiteral("DMS_ACCESS_TTL"), QString::number(m_options.accessTtlSeconds));
    env.insert(QStringLiteral("DMS_REFRESH_TTL"), QString::number(m_options.refreshTtlSeconds));
    env.insert(QStringLiteral("DMS_SECRET_KEY"), QStringLiteral("test-only-secret-key-for-fixture"));
    // Test-only (docs/server.md): MD5 password hashes, so a sign-in or a signed action costs
    // the server ~0 s instead of one PBKDF2 run (~0.15 s); what is tested is the console.
    env.insert(QStringLiteral("DMS_FAST_PASSWORD_HASHER"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    for (const QString &kv : m_options.extraEnv) {
        const int eq = kv.indexOf(QLatin1Char('='));
        if (eq > 0)
            env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    m_process.setProcessEnvironment(env);

    QStringList args{sourceDir() + QStringLiteral("/server/serve.py"), QStringLiteral("--host"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                     QStringLiteral("--migrate")};
    if (seed)
        args << QStringLiteral("--seed") << m_options.seedArgs;
    m_process.setArguments(args);
    m_stderr.clear();
    m_stderrBytes = 0;
    QObject::disconnect(&m_process, nullptr, nullptr, nullptr);
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] {
        const QByteArray more = m_process.readAllStandardError();
        m_stderrBytes += more.size();
        m_stderr += more;
        if (m_stderr.size() > 64 * 1024)
            m_stderr = m_stderr.right(32 * 1024);
    });
    m_process.start();
    if (!m_process.waitForStarted(10'000))
        return fail(QStringLiteral("cannot start /usr/bin/python3: ") + m_process.errorString());

    // Port reuse after a restart can race the old socket's close: serve.py reports READY
    // only once it listens, so just wait for the line (or for it to die). How long the
    // migrations and the seed take depends on the machine's load: the wait goes on while
    // serve.py reports progress on stderr and fails after a silence (as ChildProcess's).
    QByteArray out;
    QDeadlineTimer silence(ChildProcess::StartSilenceMs);
    qint64 said = 0;
    while (!silence.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            m_stderr += m_process.readAllStandardError();
            return fail(QStringLiteral("server exited before READY (code %1)").arg(m_process.exitCode()));
        }
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        if (m_stderrBytes + out.size() > said) {
            said = m_stderrBytes + out.size();
            silence.setRemainingTime(ChildProcess::StartSilenceMs);
        }
        const int at = out.indexOf("READY port=");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            const int end = out.indexOf('\n', at);
            m_port = out.mid(at + 11, end - at - 11).trimmed().toInt();
            m_seeded = m_seeded || seed;
            return m_port > 0 ? true : fail(QStringLiteral("bad READY line"));
        }
    }
    return fail(QStringLiteral("serve.py said nothing for %1 s before READY")
                    .arg(ChildProcess::StartSilenceMs / 1000));
}

}  // namespace Dms::Test
