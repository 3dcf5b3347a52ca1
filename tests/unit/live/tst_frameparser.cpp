// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "live/dialectprofile.h"
#include "live/frameparser.h"

using namespace Dms;

class tst_FrameParser : public QObject
{
    Q_OBJECT
    DialectProfile m_profile;
    DialectProfile m_channels;  // seed 001: value mappings, alternatives
    DialectProfile m_hycon;     // seed 004

    // A dms-updates data_update whose data.id is the given JSON text.
    static QByteArray updateWithId(const QByteArray &idJson)
    {
        return R"({"type":"data_update","entity":"crate","action":"updated","data":{"id":)" + idJson +
               R"(},"timestamp":"2024-01-15T10:30:00.000Z"})";
    }

private Q_SLOTS:
    void initTestCase()
    {
        ProfileError error;
        QVERIFY2(DialectProfile::load(QStringLiteral("dms-updates"), &m_profile, &error),
                 qPrintable(error.message));
        QVERIFY2(DialectProfile::load(QStringLiteral("dms-channels"), &m_channels, &error),
                 qPrintable(error.message));
        QVERIFY2(DialectProfile::load(QStringLiteral("hycon-first-message"), &m_hycon, &error),
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

    // The one-pass reading of plain frames (FrameParser's fast path) and QJsonDocument's
    // give the same result, event or error, for frames it takes and frames it leaves to Qt.
    void fastPath_agreesWithQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("frame");
        const auto row = [](const char *name, const QByteArray &frame) { QTest::newRow(name) << frame; };
        const QByteArray head = R"({"type":"data_update","entity":"crate","action":"updated",)";
        row("typical", head + R"("data":{"id":4711,"status":"withdrawn","crate_number":"CR-1-004711"},"timestamp":"2026-03-01T12:00:00.123Z","seq":42,"event_id":"e-42"})");
        row("spaces", " \t\r\n{ \"type\" : \"data_update\" , \"entity\":\"crate\",\"action\":\"updated\",\"data\" : { \"id\" : 7 } } \n");
        row("trailing garbage", head + R"("data":{"id":7}} x)");
        row("two objects", head + R"("data":{"id":7}}{})");
        row("truncated", head + R"("data":{"id":7})");
        row("empty", "");
        row("empty object", "{}");
        row("array", R"([{"type":"pong"}])");
        row("scalar", "42");
        row("escaped status", head + "\"data\":{\"id\":7,\"status\":\"with\\\"drawn\"}}");
        row("unicode escape", head + "\"data\":{\"id\":7,\"status\":\"\\u00e9t\\u00e9\"}}");
        row("utf-8 status", head + "\"data\":{\"id\":7,\"status\":\"\xc3\xa9t\xc3\xa9\"}}");
        row("invalid utf-8", head + "\"data\":{\"id\":7,\"status\":\"\xc3\x28\"}}");
        row("bom", "\xef\xbb\xbf" + head + R"("data":{"id":7}})");
        row("control char", head + "\"data\":{\"id\":7,\"status\":\"a\tb\"}}");
        row("del char", head + "\"data\":{\"id\":7,\"status\":\"a\x7f\"}}");
        row("duplicate id", head + R"("data":{"id":7,"id":8}})");
        row("duplicate type", R"({"type":"pong","type":"data_update","entity":"crate","action":"updated","data":{"id":7}})");
        row("duplicate unread key", head + R"("data":{"id":7},"x":1,"x":2})");
        row("duplicate key in array", head + R"("data":{"id":7},"x":[{"a":1,"a":2}]})");
        row("type null", R"({"type":null})");
        row("type object", R"({"type":{"a":1}})");
        row("type true", R"({"type":true})");
        row("data null", head + R"("data":null})");
        row("data array", head + R"("data":[7]})");
        row("id null", head + R"("data":{"id":null}})");
        row("id true", head + R"("data":{"id":true}})");
        row("id zero", head + R"("data":{"id":0}})");
        row("id negative zero", head + R"("data":{"id":-0}})");
        row("id leading zero", head + R"("data":{"id":07}})");
        row("id fraction", head + R"("data":{"id":7.0}})");
        row("id exponent", head + R"("data":{"id":7e0}})");
        row("id 15 digits", head + R"("data":{"id":999999999999999}})");
        row("id 16 digits", head + R"("data":{"id":9007199254740993}})");
        row("id 20 digits", head + R"("data":{"id":12345678901234567890}})");
        row("id string", head + R"("data":{"id":"a1b2"}})");
        row("id numeric string", head + R"("data":{"id":"12"}})");
        row("id empty string", head + R"("data":{"id":""}})");
        row("number alternative", head + R"("data":{"id":7,"request_number":null,"crate_number":"CR-7"}})");
        row("number first alternative", head + R"("data":{"id":7,"request_number":"WR-7","crate_number":"CR-7"}})");
        row("seq fraction", head + R"("data":{"id":7},"seq":1.5})");
        row("seq exponent", head + R"("data":{"id":7},"seq":1e3})");
        row("seq negative", head + R"("data":{"id":7},"seq":-1})");
        row("seq huge", head + R"("data":{"id":7},"seq":99999999999999999999})");
        row("seq overflow", head + R"("data":{"id":7},"seq":1e400})");
        row("bad number", head + R"("data":{"id":7},"seq":1.})");
        row("bad literal", head + R"("data":{"id":7},"x":nul})");
        row("timestamp bad", head + R"("data":{"id":7},"timestamp":"yesterday"})");
        row("nested deep", head + R"("data":{"id":7},"x":[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]})");
        row("many keys", head + R"("data":{"id":7},"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10,"k":11,"l":12,"m":13,"n":14,"o":15,"p":16,"q":17,"r":18,"s":19,"t":20,"u":21,"v":22,"w":23,"x":24,"y":25,"z":26,"A":1,"B":2,"C":3,"D":4,"E":5,"F":6,"G":7,"H":8,"I":9,"J":10,"K":11,"L":12,"M":13,"N":14,"O":15,"P":16,"Q":17,"R":18,"S":19,"T":20,"U":21,"V":22,"W":23,"X":24,"Y":25,"Z":26,"0":0,"1":1,"2":2,"3":3,"4":4,"5":5,"6":6,"7":7,"8":8,"9":9})");
        row("empty key", head + R"("data":{"id":7},"":"x"})");
        row("dotted key", head + R"("data.id":9,"data":{"id":7}})");
        row("welcome", R"({"type":"connection_established","message":"Connected","unit_id":3,"server_time":"2026-03-01T12:00:00Z","seq":10})");
        row("pong", R"({"type":"pong","timestamp":"2026-03-01T12:00:00.000Z","echo":"1700000000000","seq":11})");
        row("notification", R"({"type":"notification","kind":"approval","request_id":"5","message":"Approved"})");
        row("error", R"({"type":"error","message":"nope"})");
        row("seed 001 update", R"({"type":"update","entity":"withdrawal_request","action":"status_changed","id":9,"status":"Sent Back","request_number":"WR-9"})");
        row("seed 004 event", R"({"event":"request.updated","payload":{"id":9,"state":"APPROVED"}})");
    }
    void fastPath_agreesWithQJsonDocument()
    {
        QFETCH(QByteArray, frame);
        for (const DialectProfile *profile : {&m_profile, &m_channels, &m_hycon}) {
            FrameParser fast(*profile);
            FrameParser qt(*profile);
            qt.setFastPath(false);
            const ParseResult a = fast.parseText(frame, 1000);
            const ParseResult b = qt.parseText(frame, 1000);
            QCOMPARE(int(a.error.code), int(b.error.code));
            QCOMPARE(a.error.message, b.error.message);
            QCOMPARE(a.error.sizeBytes, b.error.sizeBytes);
            QCOMPARE(a.event.toJson(), b.event.toJson());
            QCOMPARE(a.event.kind, b.event.kind);
            QCOMPARE(a.event.number, b.event.number);
            QCOMPARE(a.event.serverTimeMs, b.event.serverTimeMs);
            QCOMPARE(a.event.echo, b.event.echo);
            QCOMPARE(a.event.message, b.event.message);
            QCOMPARE(a.event.notificationKind, b.event.notificationKind);
            QCOMPARE(a.event.unitId, b.event.unitId);
            QCOMPARE(a.event.receivedAtMs, b.event.receivedAtMs);
            QCOMPARE(a.event.sizeBytes, b.event.sizeBytes);
        }
    }

    // The fast path shares the text of the fields whose values repeat (type, entity, action,
    // status) between frames and reads timestamps from the frame's characters: every frame
    // still gets its own text and time, as QJsonDocument reads them, whatever came before
    // (texts of the same length, more texts than the shared list keeps, long ones).
    void fastPath_sharedTexts_areEachFramesOwn()
    {
        QStringList statuses{QStringLiteral("active"),
                             QStringLiteral("issued"),
                             QStringLiteral("active"),
                             QStringLiteral("withdrawn"),
                             QStringLiteral("archived"),
                             QStringLiteral(""),
                             QStringLiteral("a_status_longer_than_thirty_two_chars"),
                             QStringLiteral("issued")};
        for (int i = 0; i < 40; ++i)
            statuses << QStringLiteral("s%1").arg(i % 37, 2, 10, QLatin1Char('0'));
        statuses << QStringLiteral("active") << QStringLiteral("issued");
        const QStringList entities{QStringLiteral("crate"), QStringLiteral("withdrawal"),
                                   QStringLiteral("crate"), QStringLiteral("nosuch")};
        const QStringList actions{QStringLiteral("updated"), QStringLiteral("created"),
                                  QStringLiteral("deleted"), QStringLiteral("updated")};
        const QStringList times{QStringLiteral("2026-03-01T12:00:00.123Z"),
                                QStringLiteral("2026-03-01T12:00:00Z"),
                                QStringLiteral("2026-03-01T13:00:00.123+01:00"),
                                QStringLiteral("2026-02-30T12:00:00Z"),
                                QStringLiteral(""),
                                QStringLiteral("2026-03-01T12:00:00.999Z")};
        FrameParser fast(m_profile);
        FrameParser qt(m_profile);
        qt.setFastPath(false);
        for (int i = 0; i < statuses.size(); ++i) {
            const QString &status = statuses.at(i);
            const QString &entity = entities.at(i % entities.size());
            const QString &action = actions.at(i % actions.size());
            const QString &time = times.at(i % times.size());
            const QString type =
                i % 5 == 4 ? QStringLiteral("pong") : QStringLiteral("data_update");
            const QByteArray frame =
                QStringLiteral(
                    R"({"type":"%1","entity":"%2","action":"%3","data":{"id":%4,"status":"%5"},"timestamp":"%6","seq":%4})")
                    .arg(type, entity, action)
                    .arg(i + 1)
                    .arg(status, time)
                    .toLatin1();
            const ParseResult a = fast.parseText(frame, 1000);
            const ParseResult b = qt.parseText(frame, 1000);
            QCOMPARE(int(a.error.code), int(b.error.code));
            QCOMPARE(a.error.message, b.error.message);
            QCOMPARE(a.event.wireType, b.event.wireType);
            QCOMPARE(a.event.entity, b.event.entity);
            QCOMPARE(a.event.action, b.event.action);
            QCOMPARE(a.event.status, b.event.status);
            QCOMPARE(a.event.serverTimeMs, b.event.serverTimeMs);
            QCOMPARE(a.event.toJson(), b.event.toJson());
            if (a.ok() && type == QLatin1String("data_update")) {
                QCOMPARE(a.event.wireType, type);
                QCOMPARE(a.event.entity, entity);
                QCOMPARE(a.event.action, action);
                QCOMPARE(a.event.status, status);
            }
        }
    }

    // Ids (spec §2 "Ids"): any JSON integer or non-empty string; everything else refused,
    // named wrong_type (null reads as absent: a required id is then missing).
    void parse_ids_data()
    {
        QTest::addColumn<QByteArray>("idJson");
        QTest::addColumn<int>("code");         // FrameError::Code; None: accepted
        QTest::addColumn<QString>("text");     // the id's text when accepted
        QTest::addColumn<bool>("isNumber");
        using C = FrameError::Code;
        const QString uuid = QStringLiteral("5f0c7a1e-9b2d-4c3e-8f4a-1d2e3f405162");

        QTest::newRow("int") << QByteArray("7") << int(C::None) << QStringLiteral("7") << true;
        QTest::newRow("int, integral double") << QByteArray("7.0") << int(C::None) << QStringLiteral("7") << true;
        QTest::newRow("int, large (2^53 + 1)")
            << QByteArray("9007199254740993") << int(C::None) << QStringLiteral("9007199254740993") << true;
        QTest::newRow("int, 2^63 - 1")
            << QByteArray("9223372036854775807") << int(C::None) << QStringLiteral("9223372036854775807") << true;
        QTest::newRow("numeric string") << QByteArray(R"("12")") << int(C::None) << QStringLiteral("12") << true;
        QTest::newRow("numeric string, leading zero stays text")
            << QByteArray(R"("007")") << int(C::None) << QStringLiteral("007") << false;
        QTest::newRow("uuid") << QByteArray("\"" + uuid.toLatin1() + "\"") << int(C::None) << uuid << false;
        QTest::newRow("other string") << QByteArray(R"("WR-1-00007")") << int(C::None) << QStringLiteral("WR-1-00007")
                                      << false;
        QTest::newRow("string of 200") << QByteArray("\"" + QByteArray(200, 'a') + "\"") << int(C::None)
                                       << QString(200, QLatin1Char('a')) << false;

        QTest::newRow("object") << QByteArray(R"({"id":1})") << int(C::WrongType) << QString() << false;
        QTest::newRow("array") << QByteArray("[1]") << int(C::WrongType) << QString() << false;
        QTest::newRow("bool true") << QByteArray("true") << int(C::WrongType) << QString() << false;
        QTest::newRow("bool false") << QByteArray("false") << int(C::WrongType) << QString() << false;
        QTest::newRow("null is missing") << QByteArray("null") << int(C::MissingField) << QString() << false;
        QTest::newRow("negative") << QByteArray("-3") << int(C::WrongType) << QString() << false;
        QTest::newRow("fractional") << QByteArray("1.5") << int(C::WrongType) << QString() << false;
        QTest::newRow("empty string") << QByteArray(R"("")") << int(C::WrongType) << QString() << false;
        QTest::newRow("string over 200") << QByteArray("\"" + QByteArray(201, 'a') + "\"") << int(C::WrongType)
                                         << QString() << false;
        QTest::newRow("huge (beyond qint64)") << QByteArray("1e300") << int(C::WrongType) << QString() << false;
        QTest::newRow("2^63 (beyond qint64)")
            << QByteArray("9223372036854775808") << int(C::WrongType) << QString() << false;
        QTest::newRow("zero (ids start at 1)") << QByteArray("0") << int(C::WrongType) << QString() << false;
        // The same rule in every form: a string that reads as a signed or zero integer.
        QTest::newRow("negative string") << QByteArray(R"("-7")") << int(C::WrongType) << QString() << false;
        QTest::newRow("signed string") << QByteArray(R"("+7")") << int(C::WrongType) << QString() << false;
        QTest::newRow("zero string") << QByteArray(R"("0")") << int(C::WrongType) << QString() << false;
        QTest::newRow("zeros string") << QByteArray(R"("000")") << int(C::WrongType) << QString() << false;
        QTest::newRow("dash-led text stays an id")
            << QByteArray(R"("-7a")") << int(C::None) << QStringLiteral("-7a") << false;
        // JSON has no NaN or Infinity: Qt's parser refuses the frame before any id rule.
        QTest::newRow("NaN-like: NaN") << QByteArray("NaN") << int(C::MalformedJson) << QString() << false;
        QTest::newRow("NaN-like: 1e400 (inf)") << QByteArray("1e400") << int(C::MalformedJson) << QString() << false;
    }
    void parse_ids()
    {
        QFETCH(QByteArray, idJson);
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(bool, isNumber);
        FrameParser parser(m_profile);
        const ParseResult r = parser.parseText(updateWithId(idJson), 0);
        if (code == int(FrameError::Code::None)) {
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            QCOMPARE(r.event.id.toString(), text);
            QCOMPARE(r.event.id.isNumber(), isNumber);
            // Written back in the JSON type the server used.
            const QJsonValue sent = QJsonDocument::fromJson("[" + idJson + "]").array().first();
            if (sent.isString())
                QCOMPARE(r.event.id.toJson(), sent);
            else
                QCOMPARE(r.event.id.toJson().toInteger(), sent.toInteger());
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(FrameError::codeName(r.error.code), FrameError::codeName(FrameError::Code(code)));
            if (code == int(FrameError::Code::WrongType))
                QVERIFY2(r.error.message.contains(QStringLiteral("id")), qPrintable(r.error.message));
            QVERIFY(r.event.id.isNull());
        }
    }

    void parse_unitIdAndNotificationId_followTheIdRules()
    {
        FrameParser parser(m_profile);
        ParseResult r = parser.parseText(
            R"({"type":"connection_established","unit_id":"5f0c7a1e-9b2d-4c3e-8f4a-1d2e3f405162"})", 0);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.event.unitId.toString(), QStringLiteral("5f0c7a1e-9b2d-4c3e-8f4a-1d2e3f405162"));
        r = parser.parseText(R"({"type":"connection_established","unit_id":{"id":3}})", 0);
        QCOMPARE(r.error.code, FrameError::Code::WrongType);
        QVERIFY(r.error.message.contains(QStringLiteral("unitId")));
        r = parser.parseText(R"({"type":"connection_established","unit_id":true})", 0);
        QCOMPARE(r.error.code, FrameError::Code::WrongType);
        // An id a message type does not require may be null: no id.
        r = parser.parseText(R"({"type":"notification","kind":"send_back","request_id":null,"message":"m"})", 0);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(r.event.id.isNull());
        r = parser.parseText(R"({"type":"notification","kind":"send_back","request_id":"ab-12","message":"m"})", 0);
        QVERIFY(r.ok());
        QCOMPARE(r.event.id.toString(), QStringLiteral("ab-12"));
    }

    // dms-channels (seed 001): "values" turn the wire's words into the engine's.
    void parse_valueMappings_seed001_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("status");
        using C = FrameError::Code;
        auto request = [](const char *requestType, const char *status) {
            // (no raw strings here: moc's lexer loses the class on R"(",...)")
            return QStringLiteral("{\"type\":\"request.updated\",\"action\":\"approved\",\"request_id\":\"r-1\","
                                  "\"status\":\"%2\",\"updated_at\":\"2024-01-15T10:30:00.000Z\",\"updated_by\":\"x\","
                                  "\"data\":{\"id\":\"r-1\",\"request_type\":\"%1\",\"status\":\"%2\"}}")
                .arg(QLatin1String(requestType), QLatin1String(status))
                .toUtf8();
        };
        QTest::newRow("Withdrawal / Approved") << request("Withdrawal", "Approved") << int(C::None)
                                               << QStringLiteral("withdrawal") << QStringLiteral("approved");
        QTest::newRow("map keys compare case-insensitively") << request("DESTRUCTION", "APPROVED") << int(C::None)
                                                             << QStringLiteral("destruction") << QStringLiteral("approved");
        QTest::newRow("already the engine's word") << request("transfer", "pending") << int(C::None)
                                                   << QStringLiteral("transfer") << QStringLiteral("pending");
        QTest::newRow("snake: space") << request("Withdrawal", "Sent Back") << int(C::None)
                                      << QStringLiteral("withdrawal") << QStringLiteral("sent_back");
        QTest::newRow("snake: hyphen, case") << request("Withdrawal", "Sent-Back") << int(C::None)
                                             << QStringLiteral("withdrawal") << QStringLiteral("sent_back");
        QTest::newRow("snake: trimmed") << request("Withdrawal", " Issued ") << int(C::None)
                                        << QStringLiteral("withdrawal") << QStringLiteral("issued");
        QTest::newRow("unmapped entity stays as sent: unknown entity")
            << request("Loan", "Approved") << int(C::UnknownType) << QString() << QString();
        QTest::newRow("kind (ext) wins over data.request_type")
            << QByteArray(R"({"type":"request.updated","kind":"transfer","action":"approved","request_id":1,"data":{"id":1,"request_type":"Withdrawal"}})")
            << int(C::None) << QStringLiteral("transfer") << QString();
        QTest::newRow("crate.updated: literal entity, snake status")
            << QByteArray(R"({"type":"crate.updated","action":"moved","crate_id":"c-9","status":"In Storage","updated_at":"2024-01-15T10:30:00Z"})")
            << int(C::None) << QStringLiteral("crate") << QStringLiteral("in_storage");
    }
    void parse_valueMappings_seed001()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, code);
        QFETCH(QString, entity);
        QFETCH(QString, status);
        FrameParser parser(m_channels);
        const ParseResult r = parser.parseText(frame, 0);
        QCOMPARE(FrameError::codeName(r.error.code), FrameError::codeName(FrameError::Code(code)));
        if (!r.ok())
            return;
        QCOMPARE(r.event.kind, MessageKind::Update);
        QCOMPARE(r.event.entity, entity);
        QCOMPARE(r.event.status, status);
    }

    void parse_valueMappings_mapThenSnake()
    {
        DialectProfile p;
        ProfileError error;
        QVERIFY2(DialectProfile::fromJson(R"({"name":"v","sockets":[{"name":"s","path":"/s"}],"liveOn":"open",
            "heartbeat":{"mode":"none"},
            "messages":{"types":{"u":{"kind":"update","fields":{"entity":"=crate","id":"id","status":"st","action":"a"},
              "values":{"status":{"Sent Back":"returned","*":"snake"},"action":{"x":"created"}}}}},
            "invalidation":{"crate":[]}})",
                                          &p, &error),
                 qPrintable(error.message));
        FrameParser parser(p);
        ParseResult r = parser.parseText(R"({"type":"u","id":1,"st":"sent back","a":"X"})", 0);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.event.status, QStringLiteral("returned"));  // the map first (case-insensitive)
        QCOMPARE(r.event.action, QStringLiteral("created"));
        r = parser.parseText(R"({"type":"u","id":1,"st":"In Transit","a":"moved"})", 0);
        QVERIFY(r.ok());
        QCOMPARE(r.event.status, QStringLiteral("in_transit"));  // then "*": snake
        QCOMPARE(r.event.action, QStringLiteral("moved"));       // a map without "*": as sent
    }

    void valueMapping_apply()
    {
        ValueMapping none;
        QCOMPARE(none.apply(QStringLiteral("Sent Back")), QStringLiteral("Sent Back"));
        ValueMapping snake;
        snake.snake = true;
        QCOMPARE(snake.apply(QStringLiteral(" Sent-Back Now ")), QStringLiteral("sent_back_now"));
        ValueMapping map;
        map.map.insert(QStringLiteral("withdrawal"), QStringLiteral("w"));
        QCOMPARE(map.apply(QStringLiteral("WithDrawal")), QStringLiteral("w"));
        QCOMPARE(map.apply(QStringLiteral("Other")), QStringLiteral("Other"));
    }

    // seed 004: each message type names its entity; ids under their own field.
    void parse_hycon_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("id");
        QTest::newRow("equipment_update")
            << QByteArray(R"({"type":"equipment_update","action":"updated","equipment_id":"eq-1","data":{"status":"in_use"}})")
            << QStringLiteral("equipment") << QStringLiteral("eq-1");
        QTest::newRow("session_update")
            << QByteArray(R"({"type":"session_update","action":"started","session_id":17,"data":{}})")
            << QStringLiteral("session") << QStringLiteral("17");
        QTest::newRow("sample_update")
            << QByteArray(R"({"type":"sample_update","action":"received","submission_id":"5f0c7a1e-9b2d-4c3e-8f4a-1d2e3f405162"})")
            << QStringLiteral("sample") << QStringLiteral("5f0c7a1e-9b2d-4c3e-8f4a-1d2e3f405162");
    }
    void parse_hycon()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, entity);
        QFETCH(QString, id);
        FrameParser parser(m_hycon);
        const ParseResult r = parser.parseText(frame, 0);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.event.entity, entity);
        QCOMPARE(r.event.id.toString(), id);
        QVERIFY(!m_hycon.invalidationKeys(entity, r.event.id).isEmpty());
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

    // parseIsoMs reads the frames' UTC form itself (no QDateTime): it must agree with
    // QDateTime on that form and leave every other text to it.
    static qint64 qtIsoMs(const QString &text)
    {
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(text, Qt::ISODate);
        return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
    }

    void parseIsoMs_utcForms_sameAsQDateTime_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {
                 "2024-01-15T10:30:00.123Z", "2024-01-15T10:30:00Z", "1970-01-01T00:00:00.000Z",
                 "1970-01-01T00:00:00.001Z", "2024-02-29T23:59:59.999Z", "2023-02-29T12:00:00Z",
                 "2100-02-29T12:00:00Z", "2000-02-29T12:00:00Z", "2026-12-31T23:59:59Z",
                 "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z",
                 "2026-01-00T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T23:60:00Z",
                 "2026-01-01T23:59:60Z", "9999-12-31T23:59:59.999Z", "1969-12-31T23:59:59.999Z",
                 "2026-03-01T12:00:00.123456Z", "2026-03-01T12:00:00.5Z", "2026-03-01T12:00:00.12Z",
                 "2026-03-01T12:00:00.9995Z", "2026-03-01T12:00:00+02:00", "2026-03-01T12:00:00.123+05:30",
                 "2026-03-01T12:00:00.123-01:00", "2026-03-01 12:00:00Z", "2026-03-01t12:00:00Z",
                 "2026-03-01T12:00Z", "2026-3-01T12:00:00.000Z", "2026-03-01T12:0a:00Z",
                 "2026-03-01T12:00:00.12aZ", "2026/03/01T12:00:00Z", "2026-03-01T12:00:00,123Z",
                 "x026-03-01T12:00:00.000Z", "2026-03-01T12:00:00.000z", "2026-03-01", "not a time",
                 "2026-03-01T12:00:00.000ZZ", "+2026-03-01T12:00:00Z"}) {
            QTest::newRow(text) << QString::fromLatin1(text);
        }
    }

    void parseIsoMs_utcForms_sameAsQDateTime()
    {
        QFETCH(QString, text);
        QCOMPARE(Dms::parseIsoMs(text), qtIsoMs(text));
    }

    void parseIsoMs_manyInstants_matchQDateTime()
    {
        // Every month of 1970-2199 at varying times, with and without milliseconds.
        qint64 ms = 0;
        int n = 0;
        while (ms < 7'258'118'400'000) {  // 2200-01-01
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            for (const QString &text : {at.toString(Qt::ISODateWithMs), at.toString(Qt::ISODate)}) {
                QCOMPARE(Dms::parseIsoMs(text), qtIsoMs(text));
                ++n;
            }
            ms += 2'629'743'123 + (ms % 86'400'000);  // ~a month, drifting through the day
        }
        QVERIFY(n > 2000);
    }
};

QTEST_GUILESS_MAIN(tst_FrameParser)
#include "tst_frameparser.moc"
