// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "../sync/fakequeryfetcher.h"
#include "core/clock.h"
#include "live/liveevent.h"
#include "live/livesession.h"
#include "session/alertcenter.h"
#include "sync/queryclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dms;

namespace {

const QString kWithdrawals = QStringLiteral("withdrawal-requests");
const QString kTransfers = QStringLiteral("transfer-requests");

QString stamp(int n)
{
    return QStringLiteral("2026-12-03T10:%1:00.000Z").arg(n % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject request(qint64 id, const QString &status, const QString &requester, const QString &updatedBy,
                    int version = 0, qint64 unit = 1)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("request_number"), QStringLiteral("WR-%1").arg(id, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("status"), status},
            {QStringLiteral("unit_id"), unit},
            {QStringLiteral("requester"), requester},
            {QStringLiteral("updated_by"), updatedBy},
            {QStringLiteral("updated_at"), stamp(version)}};
}

UserInfo user(const QString &name, const QString &role, qint64 unit)
{
    UserInfo u;
    u.id = 99;
    u.username = name;
    u.role = role;
    u.unitId = unit;
    return u;
}

struct Fixture
{
    ManualClock clock;
    FakeQueryFetcher fetcher;
    QueryClient queries{&fetcher, &clock};
    std::unique_ptr<AlertCenter> center;
    std::unique_ptr<QSignalSpy> notified;
    std::unique_ptr<QSignalSpy> added;

    explicit Fixture(const UserInfo &who, const QJsonArray &withdrawals = {}, const QJsonArray &transfers = {})
    {
        queries.setQueryData(kWithdrawals, withdrawals);
        queries.setQueryData(kTransfers, transfers);
        queries.setQueryData(QStringLiteral("destruction-requests"), QJsonArray());
        center = std::make_unique<AlertCenter>(&queries, who, &clock);
        center->setGatherMs(20);
        notified = std::make_unique<QSignalSpy>(center.get(), &AlertCenter::notificationReady);
        added = std::make_unique<QSignalSpy>(center.get(), &AlertCenter::alertAdded);
    }
    Alert notification(int i) const { return notified->at(i).first().value<Alert>(); }
    // Waits until the gathering window, if one is open, has ended: anything gathered has been
    // notified then. (Changes reach the center synchronously: nothing can still be on its way.)
    bool settle()
    {
        return QTest::qWaitFor([this] { return !center->isGathering(); }, 10'000);
    }
};

}  // namespace

class TestAlertCenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLoad_raisesNothing()
    {
        Fixture f(user(QStringLiteral("req"), QStringLiteral("requester"), 1),
                  {request(1, QStringLiteral("approved"), QStringLiteral("req"), QStringLiteral("alice"))});
        QVERIFY(f.settle());
        QCOMPARE(f.added->size(), 0);
        QCOMPARE(f.notified->size(), 0);
    }

    void myRequest_changedByOther_notifiesOnceNamingTheActor()
    {
        Fixture f(user(QStringLiteral("req"), QStringLiteral("requester"), 1),
                  {request(1, QStringLiteral("pending"), QStringLiteral("req"), QStringLiteral("req"))});
        f.queries.setQueryData(kWithdrawals, QJsonArray{request(1, QStringLiteral("approved"), QStringLiteral("req"),
                                                                QStringLiteral("alice"), 1)});
        QTRY_COMPARE(f.notified->size(), 1);
        QVERIFY(f.settle());
        QCOMPARE(f.notified->size(), 1);
        const Alert alert = f.notification(0);
        QCOMPARE(int(alert.kind), int(AlertKind::MyRequest));
        QCOMPARE(alert.actor, QStringLiteral("alice"));
        QCOMPARE(alert.id, EntityId(1));
        QCOMPARE(alert.listKey, kWithdrawals);
        QVERIFY2(alert.title.contains(QStringLiteral("WR-0001")) && alert.title.contains(QStringLiteral("approved")),
                 qPrintable(alert.title));
        QVERIFY2(alert.text.contains(QStringLiteral("alice")), qPrintable(alert.text));
        QCOMPARE(f.center->feed().size(), 1);
    }

    void statusPatchedFromAFrame_waitsForTheRowsFetch()
    {
        Fixture f(user(QStringLiteral("req"), QStringLiteral("requester"), 1),
                  {request(1, QStringLiteral("pending"), QStringLiteral("req"), QStringLiteral("req"))});
        // The frame carries the status only: the actor is not known yet.
        QVERIFY(f.queries.patchListRow(kWithdrawals, 1, {{QStringLiteral("status"), QStringLiteral("rejected")}}));
        QVERIFY(f.settle());
        QCOMPARE(f.added->size(), 0);
        // The row's fetch brings who did it.
        f.queries.setQueryData(kWithdrawals, QJsonArray{request(1, QStringLiteral("rejected"), QStringLiteral("req"),
                                                                QStringLiteral("bob"), 1)});
        QTRY_COMPARE(f.notified->size(), 1);
        QCOMPARE(f.notification(0).actor, QStringLiteral("bob"));
        QVERIFY(f.notification(0).title.contains(QStringLiteral("rejected")));
    }

    void myOwnChanges_raiseNothing()
    {
        Fixture f(user(QStringLiteral("appr"), QStringLiteral("approver"), 1),
                  {request(1, QStringLiteral("pending"), QStringLiteral("req"), QStringLiteral("req")),
                   request(2, QStringLiteral("pending"), QStringLiteral("appr"), QStringLiteral("appr"))});
        f.queries.setQueryData(kWithdrawals,
                               QJsonArray{request(1, QStringLiteral("approved"), QStringLiteral("req"), QStringLiteral("appr"), 1),
                                          request(2, QStringLiteral("sent_back"), QStringLiteral("appr"), QStringLiteral("appr"), 1),
                                          request(3, QStringLiteral("pending"), QStringLiteral("appr"), QStringLiteral("appr"), 1)});
        QVERIFY(f.settle());
        QCOMPARE(f.added->size(), 0);
        QCOMPARE(f.notified->size(), 0);
    }

    void burstOf50_raisesOneSummary()
    {
        Fixture f(user(QStringLiteral("appr"), QStringLiteral("approver"), 1));
        QJsonArray rows;
        for (int i = 1; i <= 50; ++i) {
            rows.append(request(i, QStringLiteral("pending"), QStringLiteral("req%1").arg(i % 3), QStringLiteral("req%1").arg(i % 3), i));
            f.queries.setQueryData(kWithdrawals, rows);  // one list change per new request
        }
        QTRY_COMPARE(f.notified->size(), 1);
        QVERIFY(f.settle());
        QCOMPARE(f.notified->size(), 1);
        const Alert summary = f.notification(0);
        QVERIFY(summary.isSummary());
        QCOMPARE(summary.count, 50);
        QVERIFY2(summary.title.startsWith(QStringLiteral("50 request")), qPrintable(summary.title));
        QVERIFY2(summary.text.contains(QStringLiteral("and 47 more")), qPrintable(summary.text));
        QCOMPARE(summary.listKey, kWithdrawals);
        QCOMPARE(f.center->feed().size(), 50);  // the feed keeps each
        QCOMPARE(int(f.center->feed().first().kind), int(AlertKind::ActionNeeded));
    }

    void requesterRole_isNotToldOfOthersRequests()
    {
        // A requester may act on no one's request: new requests of others are not theirs.
        Fixture f(user(QStringLiteral("req"), QStringLiteral("requester"), 1));
        f.queries.setQueryData(kWithdrawals, QJsonArray{request(1, QStringLiteral("pending"), QStringLiteral("other"),
                                                                QStringLiteral("other"))});
        QVERIFY(f.settle());
        QCOMPARE(f.added->size(), 0);
    }

    void storeHead_isToldWhenAnApprovalMakesItTheirsToIssue()
    {
        Fixture f(user(QStringLiteral("head"), QStringLiteral("store_head"), 1),
                  {request(1, QStringLiteral("pending"), QStringLiteral("req"), QStringLiteral("req")),
                   request(2, QStringLiteral("pending"), QStringLiteral("req"), QStringLiteral("req"), 0, 2)});
        f.queries.setQueryData(kWithdrawals,
                               QJsonArray{request(1, QStringLiteral("approved"), QStringLiteral("req"), QStringLiteral("appr"), 1),
                                          // another unit's request: not the head's to issue
                                          request(2, QStringLiteral("approved"), QStringLiteral("req"), QStringLiteral("appr"), 1, 2)});
        QTRY_COMPARE(f.notified->size(), 1);
        QVERIFY(f.settle());
        QCOMPARE(f.added->size(), 1);
        const Alert alert = f.notification(0);
        QCOMPARE(int(alert.kind), int(AlertKind::ActionNeeded));
        QCOMPARE(alert.id, EntityId(1));
        QVERIFY2(alert.text.contains(QStringLiteral("issue")) && alert.text.contains(QStringLiteral("appr")),
                 qPrintable(alert.text));
    }

    void arrivingTransfer_toldToTheDestinationsStoreHead()
    {
        QJsonObject transfer = request(7, QStringLiteral("pending"), QStringLiteral("req"), QStringLiteral("req"));
        transfer.insert(QStringLiteral("destination_unit_id"), 2);
        Fixture f(user(QStringLiteral("head2"), QStringLiteral("store_head"), 2), {}, {transfer});
        transfer.insert(QStringLiteral("status"), QStringLiteral("approved"));
        transfer.insert(QStringLiteral("updated_by"), QStringLiteral("appr1"));
        transfer.insert(QStringLiteral("updated_at"), stamp(5));
        f.queries.setQueryData(kTransfers, QJsonArray{transfer});
        QTRY_COMPARE(f.notified->size(), 1);
        const Alert alert = f.notification(0);
        QCOMPARE(int(alert.kind), int(AlertKind::IncomingTransfer));
        QCOMPARE(alert.listKey, kTransfers);
        QVERIFY2(alert.text.contains(QStringLiteral("appr1")), qPrintable(alert.text));
    }

    void offline_raisesOne_andLiveAgainOne()
    {
        Fixture f(user(QStringLiteral("req"), QStringLiteral("requester"), 1));
        LiveStatus status;
        status.state = LiveState::Reconnecting;
        f.center->onLiveState(status);
        QCOMPARE(f.notified->size(), 0);
        status.state = LiveState::Offline;
        status.reason = QStringLiteral("gave up after 10 attempts");
        f.center->onLiveState(status);
        f.center->onLiveState(status);  // told again: still one
        status.state = LiveState::Reconnecting;
        f.center->onLiveState(status);
        status.state = LiveState::Offline;
        f.center->onLiveState(status);
        QCOMPARE(f.notified->size(), 1);
        QCOMPARE(int(f.notification(0).kind), int(AlertKind::Connection));
        QVERIFY(f.notification(0).text.contains(QStringLiteral("gave up")));
        status.state = LiveState::Live;
        f.center->onLiveState(status);
        f.center->onLiveState(status);
        QCOMPARE(f.notified->size(), 2);
        QCOMPARE(f.notification(1).title, QStringLiteral("Live again"));
    }

    void watchedRow_isQuiet()
    {
        Fixture f(user(QStringLiteral("req"), QStringLiteral("requester"), 1),
                  {request(1, QStringLiteral("pending"), QStringLiteral("req"), QStringLiteral("req"))});
        f.center->setWatchedRow([](const QString &key, const EntityId &id) { return key == kWithdrawals && id == EntityId(1); });
        f.queries.setQueryData(kWithdrawals, QJsonArray{request(1, QStringLiteral("approved"), QStringLiteral("req"),
                                                                QStringLiteral("alice"), 1)});
        QTRY_COMPARE(f.added->size(), 1);
        QVERIFY(f.settle());
        QCOMPARE(f.notified->size(), 0);
        QVERIFY(f.center->feed().first().quiet);
    }

    void kindSwitchedOff_raisesNothing()
    {
        Fixture f(user(QStringLiteral("req"), QStringLiteral("requester"), 1),
                  {request(1, QStringLiteral("pending"), QStringLiteral("req"), QStringLiteral("req"))});
        AlertPreferences prefs;
        prefs.myRequests = false;
        f.center->setPreferences(prefs);
        f.queries.setQueryData(kWithdrawals, QJsonArray{request(1, QStringLiteral("approved"), QStringLiteral("req"),
                                                                QStringLiteral("alice"), 1)});
        QVERIFY(f.settle());
        QCOMPARE(f.added->size(), 0);
        LiveStatus status;
        status.state = LiveState::Offline;
        f.center->onLiveState(status);
        QCOMPARE(f.notified->size(), 1);  // connection alerts are still on
    }

    void sendBack_toldByFrameAndRow_notifiesOnce()
    {
        Fixture f(user(QStringLiteral("req"), QStringLiteral("requester"), 1),
                  {request(3, QStringLiteral("pending"), QStringLiteral("req"), QStringLiteral("req"))});
        LiveEvent note;
        note.kind = MessageKind::Notification;
        note.notificationKind = QStringLiteral("send_back");
        note.id = 3;
        note.message = QStringLiteral("Request WR-0003 was sent back for changes");
        f.center->onServerNotification(note);
        f.queries.setQueryData(kWithdrawals, QJsonArray{request(3, QStringLiteral("sent_back"), QStringLiteral("req"),
                                                                QStringLiteral("appr"), 1)});
        QTRY_COMPARE(f.notified->size(), 1);
        QVERIFY(f.settle());
        QCOMPARE(f.notified->size(), 1);
        QCOMPARE(f.notification(0).title, QStringLiteral("Sent back to you"));
        QCOMPARE(f.notification(0).listKey, kWithdrawals);
    }

    void preferences_roundTripThroughSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        AlertPreferences p;
        p.actionNeeded = false;
        p.connection = false;
        p.save(settings);
        const AlertPreferences back = AlertPreferences::load(settings);
        QVERIFY(back.myRequests);
        QVERIFY(!back.actionNeeded);
        QVERIFY(back.incomingTransfers);
        QVERIFY(!back.connection);
    }
};

QTEST_GUILESS_MAIN(TestAlertCenter)
#include "tst_alertcenter.moc"
