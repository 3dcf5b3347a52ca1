#include <QTest>

#include "live/dialectprofile.h"
#include "live/frameparser.h"

using namespace Dms;

class tst_FrameParser : public QObject
{
    Q_OBJECT
    DialectProfile m_profile;

private Q_SLOTS:
    void initTestCase()
    {
        ProfileError error;
        QVERIFY2(DialectProfile::load(QStringLiteral("dms-updates"), &m_profile, &error),
                 qPrintable(error.message));
    }

    void parse_dataUpdate_fillsTypedEvent()
    {
        FrameParser parser(m_profile);
        const QByteArray frame = R"({"type":"data_update","entity":"withdrawal","action":"updated",
            "data":{"id":7,"status":"approved","request_number":"WR-1-00007"},
            "timestamp":"2024-01-15T10:30:00.123Z","seq":42,"event_id":"e-1"})";
        const ParseResult r = parser.parseText(frame, 1000);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.event.kind, MessageKind::Update);
        QCOMPARE(r.event.entity, QStringLiteral("withdrawal"));
        QCOMPARE(r.event.action, QStringLiteral("updated"));
        QCOMPARE(r.event.id, 7);
        QCOMPARE(r.event.status, QStringLiteral("approved"));
        QCOMPARE(r.event.number, QStringLiteral("WR-1-00007"));
        QCOMPARE(r.event.seq, 42);
        QCOMPARE(r.event.eventId, QStringLiteral("e-1"));
        QCOMPARE(r.event.serverTimeMs, parseIsoMs(QStringLiteral("2024-01-15T10:30:00.123Z")));
        QCOMPARE(r.event.receivedAtMs, 1000);
    }

    void parse_crateNumber_isAlternativePath()
    {
        FrameParser parser(m_profile);
        const ParseResult r = parser.parseText(
            R"({"type":"data_update","entity":"crate","action":"created","data":{"id":"12","crate_number":"CR-1"},"timestamp":"2024-01-15T10:30:00Z"})",
            0);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.event.id, 12);  // seed 002 documents uuid-ish string ids: numeric strings pass
        QCOMPARE(r.event.number, QStringLiteral("CR-1"));
        QCOMPARE(r.event.seq, -1);  // a production server may send no seq
    }

    void parse_welcomePongNotification()
    {
        FrameParser parser(m_profile);
        ParseResult r = parser.parseText(
            R"({"type":"connection_established","message":"Connected to unit 3 updates","unit_id":3,"seq":10})", 0);
        QVERIFY(r.ok());
        QCOMPARE(r.event.kind, MessageKind::Welcome);
        QCOMPARE(r.event.unitId, 3);
        QCOMPARE(r.event.seq, 10);
        r = parser.parseText(R"({"type":"pong","timestamp":"2024-01-15T10:30:00.500Z","echo":"2024-01-15T10:30:00.400Z"})", 0);
        QVERIFY(r.ok());
        QCOMPARE(r.event.kind, MessageKind::Pong);
        QCOMPARE(r.event.echo, QStringLiteral("2024-01-15T10:30:00.400Z"));
        r = parser.parseText(R"({"type":"notification","kind":"send_back","request_id":5,"message":"fix it"})", 0);
        QVERIFY(r.ok());
        QCOMPARE(r.event.kind, MessageKind::Notification);
        QCOMPARE(r.event.id, 5);
        QCOMPARE(r.event.notificationKind, QStringLiteral("send_back"));
    }

    void parse_badFrames_areErrorsNeverEvents_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("code");
        using C = FrameError::Code;
        QTest::newRow("empty") << QByteArray("") << int(C::MalformedJson);
        QTest::newRow("truncated") << QByteArray(R"({"type":"data_update",)") << int(C::MalformedJson);
        QTest::newRow("garbage") << QByteArray("\x01\x02 not json") << int(C::MalformedJson);
        QTest::newRow("array") << QByteArray(R"([{"type":"pong"}])") << int(C::NotAnObject);
        // QJsonDocument rejects top-level scalars as a parse error; either way it is no event.
        QTest::newRow("string") << QByteArray(R"("pong")") << int(C::MalformedJson);
        QTest::newRow("no type") << QByteArray(R"({"entity":"crate"})") << int(C::MissingType);
        QTest::newRow("type not string") << QByteArray(R"({"type":5})") << int(C::MissingType);
        QTest::newRow("unknown type") << QByteArray(R"({"type":"party"})") << int(C::UnknownType);
        QTest::newRow("unknown entity")
            << QByteArray(R"({"type":"data_update","entity":"spaceship","action":"updated","data":{"id":1}})")
            << int(C::UnknownType);
        QTest::newRow("no id")
            << QByteArray(R"({"type":"data_update","entity":"crate","action":"updated","data":{}})")
            << int(C::MissingField);
        QTest::newRow("data not object")
            << QByteArray(R"({"type":"data_update","entity":"crate","action":"updated","data":7})")
            << int(C::MissingField);
        QTest::newRow("id wrong type")
            << QByteArray(R"({"type":"data_update","entity":"crate","action":"updated","data":{"id":[1]}})")
            << int(C::WrongType);
        QTest::newRow("id fractional")
            << QByteArray(R"({"type":"data_update","entity":"crate","action":"updated","data":{"id":1.5}})")
            << int(C::WrongType);
        QTest::newRow("id negative")
            << QByteArray(R"({"type":"data_update","entity":"crate","action":"updated","data":{"id":-3}})")
            << int(C::WrongType);
        QTest::newRow("status wrong type")
            << QByteArray(R"({"type":"data_update","entity":"crate","action":"updated","data":{"id":1,"status":{}}})")
            << int(C::WrongType);
        QTest::newRow("seq string")
            << QByteArray(R"({"type":"data_update","entity":"crate","action":"updated","data":{"id":1},"seq":"9"})")
            << int(C::WrongType);
        QTest::newRow("bad timestamp")
            << QByteArray(R"({"type":"data_update","entity":"crate","action":"updated","data":{"id":1},"timestamp":"yesterday"})")
            << int(C::WrongType);
        QTest::newRow("entity wrong type")
            << QByteArray(R"({"type":"data_update","entity":7,"action":"updated","data":{"id":1}})")
            << int(C::WrongType);
    }
    void parse_badFrames_areErrorsNeverEvents()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, code);
        FrameParser parser(m_profile);
        const ParseResult r = parser.parseText(frame, 0);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error.code), code);
        QVERIFY(!r.error.message.isEmpty());
        QCOMPARE(r.event.kind, MessageKind::Ignore);
    }

    void parse_overLimit_isTooLarge()
    {
        FrameParser parser(m_profile, 1024);
        const QByteArray big = "{\"type\":\"pong\",\"pad\":\"" + QByteArray(2000, 'x') + "\"}";
        const ParseResult r = parser.parseText(big, 0);
        QCOMPARE(r.error.code, FrameError::Code::TooLarge);
        QCOMPARE(r.error.sizeBytes, big.size());
    }

    void rejectBinary_isError()
    {
        FrameParser parser(m_profile);
        const ParseResult r = parser.rejectBinary(10);
        QCOMPARE(r.error.code, FrameError::Code::Binary);
    }
};

QTEST_GUILESS_MAIN(tst_FrameParser)
#include "tst_frameparser.moc"
