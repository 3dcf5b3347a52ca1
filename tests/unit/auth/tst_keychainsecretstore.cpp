// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "auth/keychainsecretstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dms;

// Integration test of KeychainSecretStore against a real Secret Service: CTest runs it
// under dbus-run-session with a fresh, unlocked gnome-keyring-daemon (run-with-keyring.sh).
// Without that environment it fails: it never falls back to anything else.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    static bool isNoBusChild() { return qEnvironmentVariableIsSet("DMS_KEYCHAIN_NO_BUS_CHILD"); }

    static QString service() { return QStringLiteral("dms-console-test"); }

    // What the Secret Service itself holds for key (through secret-tool, not QtKeychain).
    static QString secretToolLookup(const QString &key)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"), service(),
                    QStringLiteral("user"), key});
        if (!tool.waitForFinished(10000))
            return QStringLiteral("<secret-tool did not finish>");
        return QString::fromUtf8(tool.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (isNoBusChild())
            return;
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through ctest: needs dbus-run-session and gnome-keyring-daemon");
        QVERIFY2(qEnvironmentVariableIsSet("DMS_TEST_KEYRING"),
                 "run through ctest: run-with-keyring.sh starts gnome-keyring-daemon");
    }

    void writeReadDelete_realKeyring_roundTrips()
    {
        if (isNoBusChild())
            QSKIP("child run");
        KeychainSecretStore store(service(), nullptr);
        store.setTimeoutMs(20000);
        QSignalSpy written(&store, &SecretStore::secretWritten);
        QSignalSpy read(&store, &SecretStore::secretRead);
        QSignalSpy deleted(&store, &SecretStore::secretDeleted);
        QSignalSpy unavailable(&store, &SecretStore::becameUnavailable);
        const QString key = SecretStore::refreshKey(QUrl(QStringLiteral("https://dms.test:8443")),
                                                    QStringLiteral("alice"));
        const QString value =
            QStringLiteral("refresh-\u00e9-token-%1").arg(QCoreApplication::applicationPid());

        store.writeSecret(key, value);
        QVERIFY(written.wait(30000));
        QCOMPARE(written.at(0).at(0).toString(), key);
        QVERIFY2(written.at(0).at(1).toString().isEmpty(),
                 qPrintable(written.at(0).at(1).toString()));
        QVERIFY(store.isAvailable());

        // Proof that it went to gnome-keyring's Secret Service, not anywhere else.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
                 "secret-tool (libsecret-tools) is needed to check the keyring");
        QCOMPARE(secretToolLookup(key), value);

        store.readSecret(key);
        QVERIFY(read.wait(30000));
        QCOMPARE(read.at(0).at(0).toString(), key);
        QCOMPARE(read.at(0).at(1).toString(), value);
        QCOMPARE(read.at(0).at(2).toBool(), true);
        QVERIFY(read.at(0).at(3).toString().isEmpty());

        store.deleteSecret(key);
        QVERIFY(deleted.wait(30000));
        QVERIFY2(deleted.at(0).at(1).toString().isEmpty(),
                 qPrintable(deleted.at(0).at(1).toString()));

        store.readSecret(key);
        QVERIFY(read.wait(30000));
        QCOMPARE(read.at(1).at(2).toBool(), false);
        QVERIFY2(read.at(1).at(3).toString().isEmpty(), qPrintable(read.at(1).at(3).toString()));
        QVERIFY(read.at(1).at(1).toString().isEmpty());
        QCOMPARE(unavailable.count(), 0);
    }

    void readSecret_neverWritten_notFoundWithoutError()
    {
        if (isNoBusChild())
            QSKIP("child run");
        KeychainSecretStore store(service(), nullptr);
        QSignalSpy read(&store, &SecretStore::secretRead);
        store.readSecret(QStringLiteral("never|written|refresh"));
        QVERIFY(read.wait(30000));
        QCOMPARE(read.at(0).at(2).toBool(), false);
        QVERIFY(read.at(0).at(3).toString().isEmpty());
        QVERIFY(store.isAvailable());
    }

    // Runs this executable again without any session bus and checks that the store says
    // "unavailable" promptly instead of hanging.
    void noSessionBus_operations_reportUnavailable()
    {
        if (isNoBusChild())
            QSKIP("child run");
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());  // no bus socket there
        env.insert(QStringLiteral("DMS_KEYCHAIN_NO_BUS_CHILD"), QStringLiteral("1"));

        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("noBusChild_operations_reportUnavailable")});
        QVERIFY(child.waitForStarted());
        const bool finished = child.waitForFinished(60000);
        const QByteArray output = child.readAll();
        if (!finished)
            child.kill();
        QVERIFY2(finished, "the store hung without a session bus");
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 output.constData());
        QVERIFY2(output.contains(
                     "PASS   : TestKeychainSecretStore::noBusChild_operations_reportUnavailable"),
                 output.constData());
        qInfo("child answered in %lld ms", static_cast<long long>(timer.elapsed()));
    }

    void noBusChild_operations_reportUnavailable()
    {
        if (!isNoBusChild())
            QSKIP("runs only as the child of noSessionBus_operations_reportUnavailable");
        KeychainSecretStore store(service(), nullptr);
        store.setTimeoutMs(20000);
        QSignalSpy unavailable(&store, &SecretStore::becameUnavailable);
        QSignalSpy read(&store, &SecretStore::secretRead);
        QSignalSpy written(&store, &SecretStore::secretWritten);

        store.writeSecret(QStringLiteral("k|alice|refresh"), QStringLiteral("v"));
        QVERIFY(written.wait(30000));
        QVERIFY(!written.at(0).at(1).toString().isEmpty());
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(!store.isAvailable());
        const QString reason = store.unavailableReason();
        QVERIFY(reason.startsWith(QStringLiteral("no keychain available")));
        qInfo("reason: %s", qPrintable(reason));

        // Later calls fail at once with the same reason, and it is reported only once.
        store.readSecret(QStringLiteral("k|alice|refresh"));
        QVERIFY(read.wait(1000));
        QCOMPARE(read.at(0).at(2).toBool(), false);
        QCOMPARE(read.at(0).at(3).toString(), reason);
        QCOMPARE(unavailable.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
