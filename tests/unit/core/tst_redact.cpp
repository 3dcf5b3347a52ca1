// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

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
        QTest::newRow("JWT under any name")
            << QStringLiteral("wss://h/live/?sess=eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.c2ln&page=2")
            << QStringLiteral("wss://h/live/?sess=***&page=2");
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

    void terminalSafe_replacesControlAndBidiCharacters()
    {
        const QString hostile = QStringLiteral("bob\x1b]0;pwned\x07\r\x08admin\u202Egnp.exe");
        const QString out = terminalSafe(hostile);
        for (const QChar c : out)
            QVERIFY2(c.category() != QChar::Other_Control && c.unicode() != 0x202E, qPrintable(out));
        QCOMPARE(out.size(), hostile.size());  // replaced, not dropped: the reader sees something was there
        QVERIFY(out.startsWith(QStringLiteral("bob")));
        QCOMPARE(terminalSafe(QStringLiteral("Jürgen Ölberg (store_head)")),
                 QStringLiteral("Jürgen Ölberg (store_head)"));
    }
};

QTEST_GUILESS_MAIN(tst_Redact)
#include "tst_redact.moc"
