// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "core/logging.h"
#include "core/redact.h"

namespace {
QStringList g_captured;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_captured.append(message);
}
}  // namespace

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

    void terminalSafeText_keepsLineBreaksAndTabsOnly()
    {
        const QString out = terminalSafeText(QStringLiteral("user\tbob\x1b[2J\nrole\r\u2066x"));
        QCOMPARE(out, QStringLiteral("user\tbob\uFFFD[2J\nrole\uFFFD\uFFFDx"));
    }

    // Every log message, whatever its category, goes out cleaned: a close reason chosen by
    // the server cannot clear the terminal or carry a token into the log.
    void messageHandler_cleansEveryMessage()
    {
        const QtMessageHandler testlib = qInstallMessageHandler(capture);
        installTerminalSafeMessageHandler();
        installTerminalSafeMessageHandler();  // twice: still one pass, no loop
        qWarning("closed: %s", "\x1b[2Jbye token=abc.def eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.c2ln\nnext");
        qInstallMessageHandler(testlib);
        QCOMPARE(g_captured.size(), 1);
        const QString line = g_captured.first();
        QVERIFY2(!line.contains(QChar(0x1b)) && line.contains(QChar(0xFFFD)), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("eyJ")) && !line.contains(QStringLiteral("abc.def")), qPrintable(line));
        QVERIFY2(line.endsWith(QStringLiteral("\nnext")), qPrintable(line));
    }

    void redactJsonSecrets_hidesSecretMembersAtAnyDepth()
    {
        const QString jwt = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl");
        const QJsonObject frame{
            {QStringLiteral("type"), QStringLiteral("auth")},
            {QStringLiteral("token"), QStringLiteral("opaque-value")},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("signature_password"), QStringLiteral("hunter2")},
                                                 {QStringLiteral("author"), QStringLiteral("u1_head1")},
                                                 {QStringLiteral("key"), QStringLiteral("crates")},
                                                 {QStringLiteral("note"), QString(QStringLiteral("see ") + jwt)}}},
            {QStringLiteral("list"), QJsonArray{QJsonObject{{QStringLiteral("refresh_token"), QStringLiteral("r")}}}},
            {QStringLiteral("access"), QJsonValue::Null},
        };
        const QJsonObject out = redactJsonSecrets(frame).toObject();
        QCOMPARE(out.value(QStringLiteral("type")).toString(), QStringLiteral("auth"));
        QCOMPARE(out.value(QStringLiteral("token")).toString(), QStringLiteral("***"));
        const QJsonObject data = out.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("signature_password")).toString(), QStringLiteral("***"));
        QCOMPARE(data.value(QStringLiteral("author")).toString(), QStringLiteral("u1_head1"));  // not a secret
        QCOMPARE(data.value(QStringLiteral("key")).toString(), QStringLiteral("crates"));
        QCOMPARE(data.value(QStringLiteral("note")).toString(), QStringLiteral("see ***"));
        QCOMPARE(out.value(QStringLiteral("list")).toArray().first().toObject().value(QStringLiteral("refresh_token")).toString(),
                 QStringLiteral("***"));
        QVERIFY(out.value(QStringLiteral("access")).isNull());
    }
};

QTEST_GUILESS_MAIN(tst_Redact)
#include "tst_redact.moc"
