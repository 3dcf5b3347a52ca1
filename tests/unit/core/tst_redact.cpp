#include <QTest>

#include "core/redact.h"

using namespace Dms;

class tst_Redact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redactedUrl_hidesSecretQueryItemsAndUserInfo_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("token") << QStringLiteral("ws://h:8000/ws/updates/?token=eyJabc.def.ghi")
                               << QStringLiteral("ws://h:8000/ws/updates/?token=***");
        QTest::newRow("other items kept") << QStringLiteral("http://h/x?page=2&access_token=s3cret")
                                          << QStringLiteral("http://h/x?page=2&access_token=***");
        QTest::newRow("userinfo") << QStringLiteral("https://bob:pw@h/") << QStringLiteral("https://***@h/");
        QTest::newRow("plain") << QStringLiteral("http://127.0.0.1:1/api/") << QStringLiteral("http://127.0.0.1:1/api/");
    }
    void redactedUrl_hidesSecretQueryItemsAndUserInfo()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(redactedUrl(QUrl(url)), expected);
    }

    void redactSecrets_hidesJwtsAndTokenParams()
    {
        const QString jwt = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.c2ln");
        const QString out = redactSecrets(QStringLiteral("error connecting to ws://h/?token=") + jwt +
                                          QStringLiteral(" with Bearer ") + jwt +
                                          QStringLiteral(" password=hunter2&x=1"));
        QVERIFY(!out.contains(jwt));
        QVERIFY(!out.contains(QStringLiteral("hunter2")));
        QVERIFY(out.contains(QStringLiteral("x=1")));
        QVERIFY(out.contains(QStringLiteral("error connecting")));
    }
};

QTEST_GUILESS_MAIN(tst_Redact)
#include "tst_redact.moc"
