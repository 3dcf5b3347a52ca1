// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The in-memory live transport of tests/support keeps the LiveTransport contract
// (livetransport.h) whatever a test scripts: queued emissions, one of opened()/closed()
// first, closed() at most once, silence after the session's close()/abort().
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

#include "memorytransport.h"

using namespace Dms;
using Dms::Test::MemoryTransport;
using Dms::Test::MemoryTransportFactory;

namespace {

QNetworkRequest requestFor(const char *url)
{
    return QNetworkRequest(QUrl(QString::fromLatin1(url)));
}

// Every signal of a transport, in order, as text.
struct Log
{
    QStringList events;
    explicit Log(MemoryTransport *t, QObject *context)
    {
        QObject::connect(t, &LiveTransport::opened, context, [this] { events.append(QStringLiteral("opened")); });
        QObject::connect(t, &LiveTransport::textReceived, context,
                         [this](const QString &s) { events.append(QStringLiteral("text ") + s); });
        QObject::connect(t, &LiveTransport::binaryReceived, context,
                         [this](const QByteArray &d) { events.append(QStringLiteral("binary %1").arg(d.size())); });
        QObject::connect(t, &LiveTransport::pongReceived, context, [this](quint64, const QByteArray &p) {
            events.append(QStringLiteral("pong ") + QString::fromLatin1(p));
        });
        QObject::connect(t, &LiveTransport::closed, context, [this](int code, const QString &reason) {
            events.append(QStringLiteral("closed %1 %2").arg(code).arg(reason).trimmed());
        });
        QObject::connect(t, &LiveTransport::tlsErrors, context,
                         [this](const QList<QSslError> &e) { events.append(QStringLiteral("tls %1").arg(e.size())); });
    }
};

}  // namespace

class tst_MemoryTransport : public QObject
{
    Q_OBJECT

    MemoryTransport *make(MemoryTransportFactory &factory, QObject *parent)
    {
        return static_cast<MemoryTransport *>(factory.create({}, parent));
    }

private Q_SLOTS:
    void accept_isQueued_thenFramesInOrder()
    {
        MemoryTransportFactory factory;
        QObject owner;
        QSignalSpy created(&factory, &MemoryTransportFactory::created);
        QSignalSpy opening(&factory, &MemoryTransportFactory::opening);
        MemoryTransport *t = make(factory, &owner);
        QCOMPARE(created.count(), 1);
        Log log(t, &owner);
        t->open(requestFor("ws://h/ws?token=abc"));
        QCOMPARE(opening.count(), 1);
        QCOMPARE(t->url().query(), QStringLiteral("token=abc"));
        QCOMPARE(t->state(), MemoryTransport::State::Opening);
        t->accept();
        t->push(QStringLiteral("a"));
        t->pushJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("b")}});
        t->pushBinary(QByteArray(3, 'x'));
        t->pong("p1");
        QVERIFY(log.events.isEmpty());  // nothing synchronously: a socket answers later
        QTRY_COMPARE(log.events.size(), 5);
        QCOMPARE(log.events, (QStringList{QStringLiteral("opened"), QStringLiteral("text a"),
                                          QStringLiteral("text {\"type\":\"b\"}"), QStringLiteral("binary 3"),
                                          QStringLiteral("pong p1")}));
        QVERIFY(t->isOpen());
    }

    void refuse_closes1006_withoutOpening()
    {
        MemoryTransportFactory factory;
        QObject owner;
        MemoryTransport *t = make(factory, &owner);
        Log log(t, &owner);
        t->open(requestFor("ws://h/"));
        t->refuse();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("accept\\(\\) first")));
        t->push(QStringLiteral("late"));
        QTRY_COMPARE(log.events.size(), 1);
        QCOMPARE(log.events.first(), QStringLiteral("closed 1006 Connection refused"));
        QCOMPARE(t->state(), MemoryTransport::State::Down);
        QCOMPARE(t->record().serverCloseCode, 1006);
    }

    void closeFromServer_once_andNothingAfter()
    {
        MemoryTransportFactory factory;
        QObject owner;
        MemoryTransport *t = make(factory, &owner);
        Log log(t, &owner);
        t->open(requestFor("ws://h/"));
        t->accept();
        t->push(QStringLiteral("before"));
        t->closeFromServer(4001, QStringLiteral("bad token"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("push ignored")));
        t->push(QStringLiteral("after"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("closeFromServer")));
        t->closeFromServer(1000);
        t->drop();  // already closing: nothing
        QTRY_COMPARE(log.events.size(), 3);
        QVERIFY(!QTest::qWaitFor([&] { return log.events.size() > 3; }, 50));
        QCOMPARE(log.events, (QStringList{QStringLiteral("opened"), QStringLiteral("text before"),
                                          QStringLiteral("closed 4001 bad token")}));
    }

    void sessionCloseOrAbort_silencesEverythingQueued_data()
    {
        QTest::addColumn<bool>("abort");
        QTest::newRow("close(1000)") << false;
        QTest::newRow("abort()") << true;
    }
    void sessionCloseOrAbort_silencesEverythingQueued()
    {
        QFETCH(bool, abort);
        MemoryTransportFactory factory;
        QObject owner;
        MemoryTransport *t = make(factory, &owner);
        Log log(t, &owner);
        QSignalSpy hungUp(t, &MemoryTransport::closedBySession);
        t->open(requestFor("ws://h/"));
        t->accept();
        QTRY_VERIFY(t->isOpen());
        t->push(QStringLiteral("queued"));
        t->closeFromServer(1011);
        if (abort)
            t->abort();
        else
            t->close(1000);
        QVERIFY(!QTest::qWaitFor([&] { return log.events.size() > 1; }, 50));
        QCOMPARE(log.events, QStringList{QStringLiteral("opened")});
        QCOMPARE(hungUp.count(), 1);
        QCOMPARE(hungUp.first().first().toInt(), abort ? 1006 : 1000);
        QCOMPARE(t->record().abortedBySession, abort);
        QCOMPARE(t->record().sessionCloseCode, abort ? 0 : 1000);
        // Nothing the test does afterwards reaches the session either.
        t->push(QStringLiteral("later"));
        t->drop();
        QVERIFY(!QTest::qWaitFor([&] { return log.events.size() > 1; }, 30));
    }

    void autoAnswers_pingsAndAccept()
    {
        MemoryTransportFactory factory;
        factory.behaviour().autoAccept = true;
        factory.behaviour().answerControlPings = true;
        factory.behaviour().jsonPongs = MemoryTransport::JsonPongs::WithEcho;
        factory.behaviour().pongSeq = 12;
        QObject owner;
        MemoryTransport *t = make(factory, &owner);
        Log log(t, &owner);
        t->open(requestFor("ws://h/"));
        QTRY_VERIFY(t->isOpen());
        t->ping("stamp-1");
        t->sendText(R"({"type":"ping","timestamp":"2024-01-15T10:30:00.000Z"})");
        t->sendText(R"({"type":"auth","token":"t"})");  // recorded, not answered
        QTRY_COMPARE(log.events.size(), 3);
        QCOMPARE(log.events.at(1), QStringLiteral("pong stamp-1"));
        const QJsonObject pong =
            QJsonDocument::fromJson(log.events.at(2).mid(5).toUtf8()).object();  // after "text "
        QCOMPARE(pong.value(QStringLiteral("type")).toString(), QStringLiteral("pong"));
        QCOMPARE(pong.value(QStringLiteral("echo")).toString(), QStringLiteral("2024-01-15T10:30:00.000Z"));
        QCOMPARE(pong.value(QStringLiteral("seq")).toInt(), 12);
        QVERIFY(pong.contains(QStringLiteral("timestamp")));
        QCOMPARE(t->sent().size(), 2);
        QCOMPARE(t->sentJson().last().value(QStringLiteral("type")).toString(), QStringLiteral("auth"));
        QCOMPARE(t->pings(), QList<QByteArray>{"stamp-1"});

        t->behaviour().jsonPongs = MemoryTransport::JsonPongs::WithoutEcho;
        t->sendText(R"({"type":"ping","timestamp":"x"})");
        QTRY_COMPARE(log.events.size(), 4);
        QVERIFY(!log.events.at(3).contains(QStringLiteral("echo")));
    }

    void failTls_reportsErrorsThenCloses()
    {
        MemoryTransportFactory factory;
        QObject owner;
        MemoryTransport *t = make(factory, &owner);
        Log log(t, &owner);
        t->open(requestFor("wss://h/"));
        t->failTls({QSslError(QSslError::SelfSignedCertificate)});
        QTRY_COMPARE(log.events.size(), 2);
        QCOMPARE(log.events.first(), QStringLiteral("tls 1"));
        QVERIFY(log.events.last().startsWith(QStringLiteral("closed 1006")));
    }

    void factory_keepsHistoryAfterDeletion()
    {
        MemoryTransportFactory factory;
        auto owner = std::make_unique<QObject>();
        MemoryTransport *a = make(factory, owner.get());
        MemoryTransport *b = make(factory, owner.get());
        a->open(requestFor("ws://h/a"));
        b->open(requestFor("ws://h/b"));
        a->sendText("hello");
        QCOMPARE(factory.transports(), (QList<MemoryTransport *>{a, b}));
        QCOMPARE(factory.latest(1), QList<MemoryTransport *>{b});
        QCOMPARE(factory.last(), b);
        QCOMPARE(b->index(), 1);
        delete a;
        QCOMPARE(factory.transports(), QList<MemoryTransport *>{b});
        QVERIFY(!factory.transport(0));
        QVERIFY(factory.latest(2).isEmpty());
        owner.reset();
        QCOMPARE(factory.createdCount(), 2);
        const QList<MemoryTransport::Record> history = factory.history();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).request.url().path(), QStringLiteral("/a"));
        QCOMPARE(history.at(0).sent, QList<QByteArray>{"hello"});
        QCOMPARE(history.at(1).index, 1);
    }
};

QTEST_GUILESS_MAIN(tst_MemoryTransport)
#include "tst_memorytransport.moc"
