#include <QTest>

#include "live/dialectprofile.h"

using namespace Dms;

class tst_DialectProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void load_builtInDmsUpdates_hasSpecInvalidationMap()
    {
        DialectProfile p;
        ProfileError error;
        QVERIFY2(DialectProfile::load(QStringLiteral("dms-updates"), &p, &error), qPrintable(error.message));
        QCOMPARE(p.name(), QStringLiteral("dms-updates"));
        QCOMPARE(p.authMode(), AuthMode::Query);
        QCOMPARE(p.sockets().size(), 1);
        QCOMPARE(p.invalidationKeys(QStringLiteral("withdrawal"), 7),
                 (QStringList{QStringLiteral("withdrawal-requests"), QStringLiteral("withdrawal-request/7"),
                              QStringLiteral("dashboard"), QStringLiteral("summary")}));
        QCOMPARE(p.invalidationKeys(QStringLiteral("crate"), 12),
                 (QStringList{QStringLiteral("crates"), QStringLiteral("crate/12"),
                              QStringLiteral("dashboard"), QStringLiteral("summary")}));
        QCOMPARE(p.invalidationKeys(QStringLiteral("audit"), 3), QStringList{QStringLiteral("audit")});
        QCOMPARE(p.patchKey(QStringLiteral("crate")), QStringLiteral("crates"));
        QVERIFY(DialectProfile::builtInNames().contains(QStringLiteral("dms-updates")));
        QVERIFY(DialectProfile::builtInNames().contains(QStringLiteral("dms-channels")));
    }

    void socketUrl_httpsBecomesWss_andFillsTemplate()
    {
        DialectProfile p;
        ProfileError error;
        QVERIFY(DialectProfile::fromJson(R"({"name":"x","sockets":[{"name":"r","path":"/ws/requests/{unit_id}/"}],
            "heartbeat":{"ping":{"type":"ping"}},"messages":{"types":{"pong":{"kind":"pong"}}}})",
                                         &p, &error));
        const QUrl url = p.socketUrl(QUrl(QStringLiteral("https://dms.example.com:8443/base/")),
                                     p.sockets().first(), 3, 9);
        QCOMPARE(url.toString(), QStringLiteral("wss://dms.example.com:8443/base/ws/requests/3/"));
    }

    void fromJson_invalid_namesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("object");
        QTest::newRow("no name") << QByteArray(R"({"sockets":[]})") << QStringLiteral("name");
        QTest::newRow("no sockets") << QByteArray(R"({"name":"x"})") << QStringLiteral("sockets");
        QTest::newRow("bad auth") << QByteArray(R"({"name":"x","sockets":[{"name":"a","path":"/a"}],"auth":{"mode":"cookie"}})")
                                  << QStringLiteral("auth.mode");
        QTest::newRow("no pong") << QByteArray(R"({"name":"x","sockets":[{"name":"a","path":"/a"}],
            "heartbeat":{"ping":{"type":"ping"}},"messages":{"types":{"x":{"kind":"update"}}}})")
                                 << QStringLiteral("pong");
        QTest::newRow("bad kind") << QByteArray(R"({"name":"x","sockets":[{"name":"a","path":"/a"}],
            "heartbeat":{"ping":{"type":"ping"}},"messages":{"types":{"x":{"kind":"nope"}}}})")
                                  << QStringLiteral("messages.types.x.kind");
    }
    void fromJson_invalid_namesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        DialectProfile p;
        ProfileError error;
        QVERIFY(!DialectProfile::fromJson(json, &p, &error));
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(tst_DialectProfile)
#include "tst_dialectprofile.moc"
