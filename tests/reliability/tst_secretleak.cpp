// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// Everything the console writes — stdout, stderr, every file under its HOME, config, data,
// cache and temp directories (QSettings, logs) — during sign-in, token refresh and
// reconnect must hold neither the password nor any token. Tokens differ per login, so
// the scan looks for anything JWT-shaped (eyJ….….…) as well as the password.
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "childprocess.h"

using namespace Dms::Test;

namespace {

// A password nobody would print by accident, so any hit is a leak.
const QByteArray kPassword = "Leak-Canary-7f3a9c";

struct Capture
{
    QByteArray out;
    QByteArray err;
    QStringList files;     // relative paths of every file written under the temp home
    QByteArray fileBytes;  // their contents, concatenated
};

QStringList findLeaks(const QByteArray &text)
{
    QStringList leaks;
    if (text.contains(kPassword))
        leaks << QStringLiteral("the password");
    static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}"));
    const QRegularExpressionMatch m = jwt.match(QString::fromLatin1(text));
    if (m.hasMatch())
        leaks << QStringLiteral("a JWT (%1…)").arg(m.captured().left(12));
    return leaks;
}

}  // namespace

class tst_SecretLeak : public QObject
{
    Q_OBJECT

    ServerProcess m_server;

    QProcessEnvironment isolatedEnv(const QTemporaryDir &home) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                                 "XDG_RUNTIME_DIR", "TMPDIR"}) {
            const QString dir = home.filePath(QString::fromLatin1(name).toLower());
            QDir().mkpath(dir);
            env.insert(QString::fromLatin1(name), dir);
        }
        env.insert(QStringLiteral("DMS_PASSWORD"), QString::fromLatin1(kPassword));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("dms.*.debug=true"));  // the most verbose
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        return env;
    }

    static void collectFiles(const QTemporaryDir &home, Capture *c)
    {
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly)) {
                c->files << QDir(home.path()).relativeFilePath(path);
                c->fileBytes += f.readAll();
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.accessTtlSeconds = 3;  // several refreshes during the run
        // The leak canary is the password of one more user, made after seeding.
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString database = m_server.databaseEnv();  // DMS_DB_PATH=… or DMS_DATABASE_URL=…
        env.insert(database.section(QLatin1Char('='), 0, 0), database.section(QLatin1Char('='), 1));
        env.insert(QStringLiteral("DMS_SECRET_KEY"), QStringLiteral("test-only-secret-key-for-fixture"));
        env.insert(QStringLiteral("DMS_FAST_PASSWORD_HASHER"), QStringLiteral("1"));  // as the server's
        env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
        shell.setProcessEnvironment(env);
        shell.setWorkingDirectory(ServerFixture_sourceDir() + QStringLiteral("/server"));
        shell.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("manage.py"), QStringLiteral("shell"), QStringLiteral("-c"),
                     QStringLiteral("from dms.models import User\nu = User.objects.get(username='u1_head1')\n"
                                    "u.set_password('%1')\nu.save()\n").arg(QString::fromLatin1(kPassword))});
        QVERIFY(shell.waitForFinished(60'000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    }

    void cleanupTestCase() { m_server.stop(); }

    static QString ServerFixture_sourceDir()
    {
        const QByteArray env = qgetenv("DMS_SOURCE_DIR");
        return env.isEmpty() ? QDir::currentPath() : QString::fromLocal8Bit(env);
    }

    void watch_signInRefreshReconnect_leaksNoSecret()
    {
        QTemporaryDir home;
        QProcess p;
        p.setProcessEnvironment(isolatedEnv(home));
        p.start(QStringLiteral(DMS_CONSOLE_BIN),
                {QStringLiteral("watch"), QStringLiteral("--server"), m_server.baseUrl().toString(),
                 QStringLiteral("--user"), QStringLiteral("u1_head1"), QStringLiteral("--no-keychain"),
                 QStringLiteral("--ping-interval"), QStringLiteral("0.5"), QStringLiteral("--reconnect-base"),
                 QStringLiteral("0.2"), QStringLiteral("--reconnect-cap"), QStringLiteral("1"),
                 QStringLiteral("--max-attempts"), QStringLiteral("0"), QStringLiteral("--duration"), QStringLiteral("14")});
        QVERIFY(p.waitForStarted());
        Capture c;
        auto read = [&] {
            c.out += p.readAllStandardOutput();
            c.err += p.readAllStandardError();
        };
        QVERIFY2(QTest::qWaitFor([&] { read(); return c.out.contains("\"state\":\"live\""); }, 30'000), c.err.constData());
        // The 3 s access token expires and is refreshed.
        QVERIFY2(QTest::qWaitFor([&] { read(); return c.err.contains("refreshed"); }, 30'000), c.err.constData());
        m_server.kill();  // reconnect
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { read(); return p.state() == QProcess::NotRunning; }, 40'000));
        read();
        collectFiles(home, &c);
        qInfo("watch: exit %d, %lld bytes stdout, %lld bytes stderr, files written: %s", p.exitCode(),
              qint64(c.out.size()), qint64(c.err.size()), qPrintable(c.files.join(QStringLiteral(", "))));
        // The run did what it must: signed in, refreshed, lost the server and came back.
        QVERIFY(c.out.contains("\"kind\":\"signed_in\""));
        QVERIFY2(c.err.contains("refreshed"), "an access token refresh happened");
        QVERIFY(c.out.contains("\"state\":\"reconnecting\""));
        QVERIFY(c.out.lastIndexOf("\"state\":\"live\"") > c.out.indexOf("\"state\":\"reconnecting\""));
        QVERIFY2(findLeaks(c.out).isEmpty(), qPrintable(QStringLiteral("stdout: ") + findLeaks(c.out).join(QLatin1Char(','))));
        QVERIFY2(findLeaks(c.err).isEmpty(), qPrintable(QStringLiteral("stderr: ") + findLeaks(c.err).join(QLatin1Char(','))));
        QVERIFY2(findLeaks(c.fileBytes).isEmpty(), qPrintable(QStringLiteral("files: ") + findLeaks(c.fileBytes).join(QLatin1Char(','))));
    }

    void gui_signInAndSettings_leakNoSecret()
    {
#if !DMS_WITH_GUI
        QSKIP("this build has no window (DMS_BUILD_GUI=OFF, the asan preset); the ci preset runs this case");
#endif
        QTemporaryDir home;
        QProcessEnvironment env = isolatedEnv(home);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess p;
        p.setProcessEnvironment(env);
        // A server URL with a token-shaped value in its query (pasted from a browser's
        // address bar): neither the log (redaction by shape) nor the settings file (the
        // query is not remembered) may keep it.
        QUrl server = m_server.baseUrl();
        server.setQuery(QStringLiteral("session=eyJhbGciOiJIUzI1NiJ9.eyJwbGFudGVkIjoxfQ.cGxhbnRlZA"));
        p.start(QStringLiteral(DMS_CONSOLE_BIN), {QStringLiteral("--server"), server.toString(),
                                                  QStringLiteral("--user"), QStringLiteral("u1_head1"),
                                                  QStringLiteral("--no-keychain")});
        QVERIFY(p.waitForStarted());
        // Sign in, go Live, refresh once (3 s tokens). The output is kept whole for the scan.
        QByteArray err;
        (void)QTest::qWaitFor([&] {  // (whether it refreshed is asserted below)
            err += p.readAllStandardError();
            return err.contains("refreshed") || p.state() != QProcess::Running;
        }, 30'000);
        const bool running = p.state() == QProcess::Running;
        p.terminate();       // the window closes and writes its settings
        if (!p.waitForFinished(15'000)) {
            p.kill();
            p.waitForFinished();
        }
        Capture c;
        c.out = p.readAllStandardOutput();
        c.err = err + p.readAllStandardError();
        collectFiles(home, &c);
        qInfo("gui: exit status %d code %d, %lld bytes of output, files written: %s", int(p.exitStatus()), p.exitCode(),
              qint64(c.out.size() + c.err.size()), qPrintable(c.files.join(QStringLiteral(", "))));
        QVERIFY2(running, c.err.constData());
        QVERIFY2(c.err.contains("signed in as u1_head1"), "the window signed in");
        QVERIFY2(c.err.contains("refreshed"), "the window refreshed its access token");
        QVERIFY2(findLeaks(c.out + c.err).isEmpty(), qPrintable(findLeaks(c.out + c.err).join(QLatin1Char(','))));
        QVERIFY2(findLeaks(c.fileBytes).isEmpty(), qPrintable(findLeaks(c.fileBytes).join(QLatin1Char(','))));
    }

    void scanner_catchesPlantedSecrets()
    {
        // The scan itself must be able to fail.
        QVERIFY(!findLeaks("token=eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.c2lnbmF0dXJl").isEmpty());
        QVERIFY(!findLeaks("password: " + kPassword).isEmpty());
        QVERIFY(findLeaks("token=*** eyJ... (redacted)").isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SecretLeak)
#include "tst_secretleak.moc"
