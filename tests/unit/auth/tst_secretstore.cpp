// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "auth/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Dms;

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadDelete_roundTrip_answersAsynchronously()
    {
        MemorySecretStore store;
        QSignalSpy written(&store, &SecretStore::secretWritten);
        QSignalSpy read(&store, &SecretStore::secretRead);
        QSignalSpy deleted(&store, &SecretStore::secretDeleted);
        const QString key = SecretStore::refreshKey(
            QUrl(QStringLiteral("https://dms.example:8443/x/")), QStringLiteral("alice"));
        QCOMPARE(key, QStringLiteral("https://dms.example:8443|alice|refresh"));

        store.writeSecret(key, QStringLiteral("s3cret"));
        QCOMPARE(written.count(), 0);  // asynchronous, like the keychain
        QVERIFY(written.wait());
        QCOMPARE(written.at(0).at(0).toString(), key);
        QVERIFY(written.at(0).at(1).toString().isEmpty());

        store.readSecret(key);
        QVERIFY(read.wait());
        QCOMPARE(read.at(0).at(1).toString(), QStringLiteral("s3cret"));
        QCOMPARE(read.at(0).at(2).toBool(), true);

        store.deleteSecret(key);
        QVERIFY(deleted.wait());
        QVERIFY(!store.contains(key));
        store.readSecret(key);
        QVERIFY(read.wait());
        QCOMPARE(read.at(1).at(2).toBool(), false);
        QVERIFY(read.at(1).at(3).toString().isEmpty());
    }

    void setUnavailable_thenOperations_failWithReasonAndReportOnce()
    {
        MemorySecretStore store;
        QSignalSpy unavailable(&store, &SecretStore::becameUnavailable);
        QSignalSpy read(&store, &SecretStore::secretRead);
        QSignalSpy written(&store, &SecretStore::secretWritten);
        QVERIFY(store.isAvailable());
        store.setUnavailable(QStringLiteral("no D-Bus"));
        store.setUnavailable(QStringLiteral("no D-Bus"));
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(!store.isAvailable());
        QCOMPARE(store.unavailableReason(), QStringLiteral("no D-Bus"));

        store.writeSecret(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(written.wait());
        QCOMPARE(written.at(0).at(1).toString(), QStringLiteral("no D-Bus"));
        QVERIFY(!store.contains(QStringLiteral("k")));
        store.readSecret(QStringLiteral("k"));
        QVERIFY(read.wait());
        QCOMPARE(read.at(0).at(2).toBool(), false);
        QCOMPARE(read.at(0).at(3).toString(), QStringLiteral("no D-Bus"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
