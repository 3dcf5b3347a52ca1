// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// DeliveryTracker with made-up receipts: delivered, missing, late, leaks, duplicates,
// creates whose frame beats the POST's answer, seq gaps and tails, notifications, tables;
// with integer ids and with UUID string ids (and a frame writing a number as text).
#include <QTest>

#include "sim/deliverytracker.h"

using namespace Dms;

namespace Dms {
// QCOMPARE's text for an id.
char *toString(const EntityId &id)
{
    return qstrdup(id.isNull() ? "(none)" : qPrintable(id.toString()));
}
}  // namespace Dms

namespace {

LiveEvent update(const QString &entity, const EntityId &id, const QString &status, qint64 receivedAt,
                 const QString &eventId, qint64 seq = -1, qint64 serverTime = 0,
                 const QString &action = QStringLiteral("updated"))
{
    LiveEvent e;
    e.kind = MessageKind::Update;
    e.entity = entity;
    e.action = action;
    e.id = id;
    e.status = status;
    e.receivedAtMs = receivedAt;
    e.eventId = eventId;
    e.seq = seq;
    e.serverTimeMs = serverTime;
    return e;
}

SimEffect approveEffect(const EntityId &id, QList<EntityId> units = {1})
{
    SimEffect e;
    e.entity = QStringLiteral("withdrawal");
    e.entityId = id;
    e.status = QStringLiteral("approved");
    e.number = id.isNumber() ? QStringLiteral("WR-%1").arg(id.toNumber(), 6, 10, QLatin1Char('0'))
                             : QStringLiteral("WR-%1").arg(id.toString().left(8));
    e.targetUnits = units;
    e.modelKey = QStringLiteral("withdrawal-requests");
    e.watchValue = QStringLiteral("approved");
    return e;
}

// Receivers: 0 and 1 in unit 1, 2 in unit 2 (users 10, 11, 12); all Live with the request
// table open. Other unit and user ids (UUIDs) when given.
void setUp(DeliveryTracker &t, const EntityId &unit1 = 1, const EntityId &unit2 = 2,
           const QList<EntityId> &users = {10, 11, 12})
{
    t.setTimeoutMs(1000);
    t.setWindowMs(1000);
    const char *names[] = {"u1_req1", "u1_appr1", "u2_req1"};
    for (int i = 0; i < 3; ++i) {
        t.addReceiver(QLatin1String(names[i]), QStringLiteral("requester"));
        t.setReceiverIdentity(i, i < 2 ? unit1 : unit2, users.at(i), QString());
        t.setReceiverLive(i, true, 0);
        t.setReceiverHasModel(i, QStringLiteral("withdrawal-requests"));
    }
}

}  // namespace

class tst_DeliveryTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Ramping: each stage keeps the figures of the changes posted in it, whenever their
    // receipts come; the stages add up to the run.
    void stages_keepTheFiguresOfTheirChanges()
    {
        DeliveryTracker t;
        setUp(t);
        const auto shows = [](const EntityId &, const QString &) { return QJsonValue(QStringLiteral("approved")); };
        QCOMPARE(t.stage(), -1);
        const qint64 before = t.beginChange(approveEffect(6), QStringLiteral("approve"), 9'000);
        t.setStage(0);
        const qint64 a = t.beginChange(approveEffect(7), QStringLiteral("approve"), 10'000);
        t.setStage(1);
        const qint64 b = t.beginChange(approveEffect(8), QStringLiteral("approve"), 10'100);
        // Stage 0's receipts come after stage 1 began: still stage 0's.
        t.onEvent(0, update(QStringLiteral("withdrawal"), 7, QStringLiteral("approved"), 10'200, QStringLiteral("e7")));
        t.onEvent(1, update(QStringLiteral("withdrawal"), 7, QStringLiteral("approved"), 10'300, QStringLiteral("e7")));
        t.onEvent(0, update(QStringLiteral("withdrawal"), 8, QStringLiteral("approved"), 10'150, QStringLiteral("e8")));
        t.checkWatches(0, QString(), shows, 10'400);
        QCOMPARE(t.openChangesOfStage(0), 1);  // receiver 1's table has not shown 7 yet
        QCOMPARE(t.openChangesOfStage(1), 1);  // receiver 1 has not received 8
        t.checkWatches(1, QString(), shows, 10'450);
        QCOMPARE(t.openChangesOfStage(0), 0);
        t.tick(20'000, true);  // 6 and 8 time out at receiver 1 (and 6 at receiver 0)
        Q_UNUSED(before)
        Q_UNUSED(a)
        Q_UNUSED(b)

        QCOMPARE(t.stages().size(), 2);
        const SimWindow s0 = t.stages().value(0);
        const SimWindow s1 = t.stages().value(1);
        QCOMPARE(s0.changes, qint64(1));
        QCOMPARE(s0.expected, qint64(2));
        QCOMPARE(s0.delivered, qint64(2));
        QCOMPARE(s0.missing, qint64(0));
        QCOMPARE(s0.frame.count(), quint64(2));
        QCOMPARE(s0.frame.min(), qint64(200));
        QCOMPARE(s0.frame.max(), qint64(300));
        QCOMPARE(s0.model.count(), quint64(2));
        QCOMPARE(s1.changes, qint64(1));
        QCOMPARE(s1.expected, qint64(2));
        QCOMPARE(s1.delivered, qint64(1));
        QCOMPARE(s1.missing, qint64(1));
        QCOMPARE(s1.frame.max(), qint64(50));
        // The change before any stage is in the run's figures only.
        QCOMPARE(t.counters().changes, qint64(3));
        QCOMPARE(t.counters().expected, s0.expected + s1.expected + 2);
        QCOMPARE(t.counters().delivered, s0.delivered + s1.delivered);
    }

    // A receiver that leaves is not expected by new changes, and still owes what it was
    // expected to receive before.
    void leavingReceiver_owesOnlyWhatCameBefore()
    {
        DeliveryTracker t;
        setUp(t);
        const qint64 first = t.beginChange(approveEffect(7), QStringLiteral("approve"), 10'000);
        QCOMPARE(t.openExpectations(1), 1);  // the frame and the table of 7
        t.setReceiverAccepting(1, false);
        const qint64 second = t.beginChange(approveEffect(8), QStringLiteral("approve"), 10'100);
        QCOMPARE(t.counters().expected, qint64(3));  // 7 at both, 8 at receiver 0 only
        QCOMPARE(t.openExpectations(1), 1);
        t.onEvent(1, update(QStringLiteral("withdrawal"), 7, QStringLiteral("approved"), 10'050, QStringLiteral("e7")));
        QCOMPARE(t.openExpectations(1), 1);  // its table has not shown 7 yet
        t.checkWatches(1, QString(), [](const EntityId &id, const QString &) {
            return id == 7 ? QJsonValue(QStringLiteral("approved")) : QJsonValue();
        }, 10'060);
        QCOMPARE(t.openExpectations(1), 0);
        // Its frame of 8 is not counted: it was leaving when 8 was posted.
        t.onEvent(1, update(QStringLiteral("withdrawal"), 8, QStringLiteral("approved"), 10'150, QStringLiteral("e8")));
        QCOMPARE(t.receiverStats(1).expected, qint64(1));
        QCOMPARE(t.receiverStats(1).received, qint64(1));
        QVERIFY(t.isChangeOpen(first));
        QVERIFY(t.isChangeOpen(second));
        // Back again (a rejoin): expected from then on.
        t.setReceiverAccepting(1, true);
        t.beginChange(approveEffect(9), QStringLiteral("approve"), 10'200);
        QCOMPARE(t.receiverStats(1).expected, qint64(2));
    }

    void receipts_ofTargetUnit_areDeliveredWithLatencies()
    {
        DeliveryTracker t;
        setUp(t);
        t.setReceiverClockOffset(0, 5, 20);   // server 5 ms ahead
        t.setReceiverClockOffset(0, 50, 400); // a worse sample is ignored
        const qint64 c = t.beginChange(approveEffect(7), QStringLiteral("approve"), 10'000);
        QCOMPARE(t.counters().expected, qint64(2));
        QVERIFY(t.isChangeOpen(c));
        t.onEvent(0, update(QStringLiteral("withdrawal"), 7, QStringLiteral("approved"), 10'040, QStringLiteral("e1"), 5, 10'030));
        t.onEvent(1, update(QStringLiteral("withdrawal"), 7, QStringLiteral("approved"), 10'060, QStringLiteral("e1"), 5, 10'030));
        QCOMPARE(t.counters().delivered, qint64(2));
        QCOMPARE(t.frameHistogram().count(), quint64(2));
        QCOMPARE(t.frameHistogram().min(), qint64(40));
        QCOMPARE(t.frameHistogram().max(), qint64(60));
        QCOMPARE(t.emitHistogram().count(), quint64(1));  // receiver 1 has no clock offset
        QCOMPARE(t.emitHistogram().max(), qint64(15));    // 10040 - 10030 + 5
        QCOMPARE(t.receiverStats(1).lastLatencyMs, qint64(60));

        // Tables: receiver 0 shows it at 10 050, receiver 1 not yet.
        QCOMPARE(t.watches(0).size(), 1);
        const auto shows = [](const EntityId &id, const QString &field) {
            return id == 7 && field == QLatin1String("status") ? QJsonValue(QStringLiteral("approved")) : QJsonValue();
        };
        t.checkWatches(0, QStringLiteral("withdrawal-requests"), shows, 10'050);
        QCOMPARE(t.modelHistogram().count(), quint64(1));
        QCOMPARE(t.modelHistogram().max(), qint64(50));
        QVERIFY(t.watches(0).isEmpty());
        QVERIFY(t.isChangeOpen(c));
        QCOMPARE(t.incompleteChanges(), 1);
        t.checkWatches(1, QString(), shows, 10'070);
        QVERIFY(!t.isChangeOpen(c));  // everything seen: complete before its timeout
        QCOMPARE(t.incompleteChanges(), 0);
        QCOMPARE(t.unfinalizedChanges(), 1);
        QCOMPARE(t.tick(10'500), 0);
        QCOMPARE(t.tick(11'000), 1);
        QCOMPARE(t.counters().missing, qint64(0));
        QCOMPARE(t.counters().modelMissing, qint64(0));
        QCOMPARE(t.windows().size(), 1);
        QCOMPARE(t.windows().first().startMs, qint64(10'000));
        QCOMPARE(t.windows().first().delivered, qint64(2));
        QCOMPARE(t.windows().first().expected, qint64(2));
    }

    // The console's own share: per receipt, table − frame of the same user; status changes
    // (the frame carries the watched field) apart from fields only a fetch brings.
    void tableLag_statusChangesApartFromFetchedFields()
    {
        DeliveryTracker t;
        setUp(t);
        const qint64 status = t.beginChange(approveEffect(7), QStringLiteral("approve"), 10'000);
        SimEffect moved = approveEffect(8);
        moved.watchField = QStringLiteral("storage_id");
        moved.watchValue = 3;
        const qint64 relocate = t.beginChange(moved, QStringLiteral("relocate"), 10'000);
        Q_UNUSED(status)
        Q_UNUSED(relocate)
        const auto shows = [](const EntityId &id, const QString &field) {
            if (id == 7 && field == QLatin1String("status"))
                return QJsonValue(QStringLiteral("approved"));
            if (id == 8 && field == QLatin1String("storage_id"))
                return QJsonValue(3);
            return QJsonValue();
        };
        // Receiver 0: frame at +40, table at once (the patch). Receiver 1: the table first.
        t.onEvent(0, update(QStringLiteral("withdrawal"), 7, QStringLiteral("approved"), 10'040, QStringLiteral("e1")));
        t.checkWatches(0, QStringLiteral("withdrawal-requests"), [&](const EntityId &id, const QString &f) {
            return id == 7 ? shows(id, f) : QJsonValue();
        }, 10'041);
        t.checkWatches(1, QStringLiteral("withdrawal-requests"), [&](const EntityId &id, const QString &f) {
            return id == 7 ? shows(id, f) : QJsonValue();
        }, 10'030);
        t.onEvent(1, update(QStringLiteral("withdrawal"), 7, QStringLiteral("approved"), 10'050, QStringLiteral("e1")));
        QCOMPARE(t.statusFrameHistogram().count(), quint64(2));
        QCOMPARE(t.statusModelHistogram().count(), quint64(2));
        QCOMPARE(t.statusLagHistogram().count(), quint64(2));
        QCOMPARE(t.statusLagHistogram().max(), qint64(1));  // 41 - 40; receiver 1: 0, not -20
        QCOMPARE(t.statusLagHistogram().min(), qint64(0));
        // The relocation: frame at +45, its storage in the table at +130 (the row's GET).
        t.onEvent(0, update(QStringLiteral("withdrawal"), 8, QStringLiteral("approved"), 10'045, QStringLiteral("e2")));
        t.checkWatches(0, QStringLiteral("withdrawal-requests"), shows, 10'130);
        QCOMPARE(t.fetchLagHistogram().count(), quint64(1));
        QCOMPARE(t.fetchLagHistogram().max(), qint64(85));
        QCOMPARE(t.statusFrameHistogram().count(), quint64(2));  // not a status change
        QCOMPARE(t.statusModelHistogram().count(), quint64(2));
        QCOMPARE(t.modelHistogram().count(), quint64(3));
    }

    void receipt_outsideTargetUnits_isALeak()
    {
        DeliveryTracker t;
        setUp(t);
        QList<SimLeak> sunk;
        t.setLeakSink([&sunk](const SimLeak &l) { sunk.append(l); });
        t.beginChange(approveEffect(7), QStringLiteral("approve"), 0);
        t.onEvent(2, update(QStringLiteral("withdrawal"), 7, QStringLiteral("approved"), 30, QStringLiteral("e1")));
        t.onEvent(2, update(QStringLiteral("withdrawal"), 7, QStringLiteral("approved"), 31, QStringLiteral("e1")));
        QCOMPARE(t.counters().leaks, qint64(1));
        QCOMPARE(t.counters().duplicates, qint64(1));
        QCOMPARE(t.receiverStats(2).leaks, qint64(1));
        QCOMPARE(sunk.size(), 1);
        QCOMPARE(sunk.first().describe(),
                 QStringLiteral("u2_req1 (unit 2) received withdrawal 7 → approved (WR-000007), meant for unit 1"));
        QCOMPARE(t.leaks().size(), 1);
        QCOMPARE(t.windows().first().leaks, qint64(1));
    }

    void duplicate_sameEventTwice_isCounted()
    {
        DeliveryTracker t;
        setUp(t);
        t.beginChange(approveEffect(7), QStringLiteral("approve"), 0);
        t.onEvent(0, update(QStringLiteral("withdrawal"), 7, QStringLiteral("approved"), 30, QStringLiteral("e1")));
        t.onEvent(0, update(QStringLiteral("withdrawal"), 7, QStringLiteral("approved"), 35, QStringLiteral("e1")));
        QCOMPARE(t.counters().delivered, qint64(1));
        QCOMPARE(t.counters().duplicates, qint64(1));
        QCOMPARE(t.receiverStats(0).duplicates, qint64(1));
    }

    void noReceipt_missingOrWhileDown_andLateAfterTimeout()
    {
        DeliveryTracker t;
        setUp(t);
        t.beginChange(approveEffect(7), QStringLiteral("approve"), 1000);
        t.setReceiverLive(1, false, 1200);  // receiver 1's socket drops after the POST
        t.setReceiverLive(1, true, 1500);
        t.tick(2000);
        QCOMPARE(t.counters().missing, qint64(1));          // receiver 0 stayed Live
        QCOMPARE(t.counters().missedWhileDown, qint64(1));  // receiver 1 did not
        QCOMPARE(t.counters().modelMissing, qint64(2));
        QCOMPARE(t.receiverStats(0).missing, qint64(1));
        QCOMPARE(t.windows().first().missing, qint64(1));
        t.onEvent(0, update(QStringLiteral("withdrawal"), 7, QStringLiteral("approved"), 2500, QStringLiteral("e1")));
        QCOMPARE(t.counters().late, qint64(1));
        QCOMPARE(t.counters().delivered, qint64(0));
        QVERIFY(t.watches(0).isEmpty());
    }

    void notLiveAtPost_isNotExpected()
    {
        DeliveryTracker t;
        setUp(t);
        t.setReceiverLive(1, false, 500);
        t.beginChange(approveEffect(7), QStringLiteral("approve"), 1000);
        QCOMPARE(t.counters().expected, qint64(1));
        t.onEvent(1, update(QStringLiteral("withdrawal"), 7, QStringLiteral("approved"), 1100, QStringLiteral("e1")));
        QCOMPARE(t.counters().delivered, qint64(0));
        t.tick(3000);
        QCOMPARE(t.counters().missing, qint64(1));  // receiver 0 never got it
        QCOMPARE(t.counters().missedWhileDown, qint64(0));
    }

    void create_frameBeforeTheAnswer_isMatchedWhenTheIdIsKnown()
    {
        DeliveryTracker t;
        setUp(t);
        SimEffect e;
        e.entity = QStringLiteral("withdrawal");
        e.status = QStringLiteral("pending");
        e.targetUnits = {1};
        e.modelKey = QStringLiteral("withdrawal-requests");
        e.watchValue = QStringLiteral("pending");
        const qint64 c = t.beginChange(e, QStringLiteral("create"), 100);
        t.onEvent(0, update(QStringLiteral("withdrawal"), 42, QStringLiteral("pending"), 130, QStringLiteral("c1"), -1, 0,
                            QStringLiteral("created")));
        QCOMPARE(t.counters().delivered, qint64(0));  // not known yet
        t.setChangeEntityId(c, 42, QStringLiteral("WR-000042"));
        QCOMPARE(t.counters().delivered, qint64(1));
        QCOMPARE(t.frameHistogram().max(), qint64(30));  // the frame's own arrival time
        t.onEvent(1, update(QStringLiteral("withdrawal"), 42, QStringLiteral("pending"), 150, QStringLiteral("c1"), -1, 0,
                            QStringLiteral("created")));
        QCOMPARE(t.counters().delivered, qint64(2));
        QCOMPARE(t.watches(1).first().entityId, EntityId(42));
        // A created frame nobody claims expires as unexpected.
        t.onEvent(0, update(QStringLiteral("withdrawal"), 99, QStringLiteral("pending"), 200, QStringLiteral("x"), -1, 0,
                            QStringLiteral("created")));
        t.tick(5000);
        QCOMPARE(t.counters().unexpectedEvents, qint64(1));
    }

    void sameTriple_twice_isBoundByEventId()
    {
        // Approve then allocate-storage: both frames say (transfer, 3, approved).
        DeliveryTracker t;
        setUp(t);
        SimEffect a = approveEffect(3, {1, 2});
        a.entity = QStringLiteral("transfer");
        const qint64 approve = t.beginChange(a, QStringLiteral("approve"), 0);
        t.onEvent(0, update(QStringLiteral("transfer"), 3, QStringLiteral("approved"), 10, QStringLiteral("ea")));
        const qint64 allocate = t.beginChange(a, QStringLiteral("allocate-storage"), 20);
        t.onEvent(0, update(QStringLiteral("transfer"), 3, QStringLiteral("approved"), 30, QStringLiteral("eb")));
        t.onEvent(2, update(QStringLiteral("transfer"), 3, QStringLiteral("approved"), 35, QStringLiteral("ea")));
        t.onEvent(2, update(QStringLiteral("transfer"), 3, QStringLiteral("approved"), 36, QStringLiteral("eb")));
        QCOMPARE(t.counters().delivered, qint64(4));
        QCOMPARE(t.counters().duplicates, qint64(0));
        QCOMPARE(t.counters().leaks, qint64(0));
        QVERIFY(approve != allocate);
        QCOMPARE(t.frameHistogram().max(), qint64(35));  // receiver 2's frame of the approve
    }

    void seqStream_gapsAndTail()
    {
        DeliveryTracker t;
        setUp(t);
        t.onWelcome(0, 10);
        t.onWelcome(1, 10);
        for (qint64 seq : {11, 12, 15})
            t.onEvent(0, update(QStringLiteral("audit"), seq, QString(), 0, QStringLiteral("a%1").arg(seq), seq));
        for (qint64 seq : {11, 12, 13, 14, 15, 16, 17})
            t.onEvent(1, update(QStringLiteral("audit"), seq, QString(), 0, QStringLiteral("a%1").arg(seq), seq));
        QCOMPARE(t.counters().seqGaps, qint64(1));
        QCOMPARE(t.counters().missedEvents, qint64(2));
        QCOMPARE(t.counters().frames, qint64(10));
        t.finishStreams();
        QCOMPARE(t.counters().missedEvents, qint64(4));  // 16 and 17 never reached receiver 0
        QCOMPARE(t.receiverStats(0).missedEvents, qint64(4));
        QCOMPARE(t.receiverStats(1).missedEvents, qint64(0));
        // Untracked frames with an event id already seen count as duplicates.
        t.onEvent(1, update(QStringLiteral("audit"), 18, QString(), 0, QStringLiteral("a17"), 18));
        QCOMPARE(t.counters().duplicates, qint64(1));
    }

    // A frame the session did not apply because its seq came after a later one: a receipt
    // (delivered, not missing) and the gap it left is no missed event.
    void lateEvent_isDeliveredAndFillsTheGap()
    {
        DeliveryTracker t;
        setUp(t);
        t.onWelcome(0, 10);
        const qint64 change = t.beginChange(approveEffect(5), QStringLiteral("approve"), 100);
        t.onEvent(0, update(QStringLiteral("audit"), 7, QString(), 110, QStringLiteral("a12"), 12));
        QCOMPARE(t.counters().missedEvents, qint64(1));
        t.onLateEvent(0, update(QStringLiteral("withdrawal"), 5, QStringLiteral("approved"), 130,
                                QStringLiteral("e11"), 11));
        QCOMPARE(t.counters().missedEvents, qint64(0));
        QCOMPARE(t.receiverStats(0).missedEvents, qint64(0));
        QCOMPARE(t.receiverStats(0).received, qint64(1));
        QCOMPARE(t.counters().frames, qint64(2));
        QCOMPARE(t.counters().duplicates, qint64(0));
        QVERIFY(t.isChangeOpen(change));  // receiver 1's receipt and both tables still due
    }

    // Without seq or event ids (a seed-literal dialect): the same untracked content within
    // a short window is a duplicate; the same content later is a new event.
    void untrackedWithoutIds_sameContentInWindowIsDuplicate()
    {
        DeliveryTracker t;
        setUp(t);
        t.onEvent(0, update(QStringLiteral("storage"), 3, QStringLiteral("full"), 1000, QString()));
        t.onEvent(0, update(QStringLiteral("storage"), 3, QStringLiteral("full"), 1500, QString()));
        QCOMPARE(t.counters().duplicates, qint64(1));
        t.onEvent(0, update(QStringLiteral("storage"), 3, QStringLiteral("free"), 1600, QString()));
        t.onEvent(1, update(QStringLiteral("storage"), 3, QStringLiteral("full"), 1600, QString()));
        QCOMPARE(t.counters().duplicates, qint64(1));  // other content, other receiver
        t.onEvent(0, update(QStringLiteral("storage"), 3, QStringLiteral("full"), 9000, QString()));
        QCOMPARE(t.counters().duplicates, qint64(1));  // outside the window: a new event
        QCOMPARE(t.receiverStats(0).duplicates, qint64(1));
    }

    void notification_onlyForItsUser()
    {
        DeliveryTracker t;
        setUp(t);
        SimEffect n;
        n.entity = QStringLiteral("notification");
        n.entityId = 5;
        n.status = QStringLiteral("send_back");
        n.targetUserId = 10;  // receiver 0
        n.targetUsername = QStringLiteral("u1_req1");
        t.beginChange(n, QStringLiteral("send-back"), 0);
        QCOMPARE(t.counters().expected, qint64(1));
        LiveEvent e;
        e.kind = MessageKind::Notification;
        e.id = 5;
        e.notificationKind = QStringLiteral("send_back");
        e.receivedAtMs = 25;
        t.onNotification(1, e);  // same unit, other user: a leak
        t.onNotification(0, e);
        QCOMPARE(t.counters().notifications, qint64(1));
        QCOMPARE(t.counters().delivered, qint64(1));
        QCOMPARE(t.counters().leaks, qint64(1));
        QCOMPARE(t.leaks().first().describe(),
                 QStringLiteral("u1_appr1 (unit 1) received the send-back notification of request 5, meant only for "
                                "u1_req1"));
    }

    void cancel_withdrawsTheExpectations()
    {
        DeliveryTracker t;
        setUp(t);
        const qint64 c = t.beginChange(approveEffect(7), QStringLiteral("approve"), 0);
        QCOMPARE(t.counters().expected, qint64(2));
        QCOMPARE(t.counters().changes, qint64(1));
        t.cancelChange(c);
        QCOMPARE(t.counters().expected, qint64(0));
        QCOMPARE(t.counters().changes, qint64(0));
        QCOMPARE(t.receiverStats(0).expected, qint64(0));
        QVERIFY(t.watches(0).isEmpty());
        QCOMPARE(t.unfinalizedChanges(), 0);
        t.onEvent(0, update(QStringLiteral("withdrawal"), 7, QStringLiteral("approved"), 10, QStringLiteral("e1")));
        QCOMPARE(t.counters().delivered, qint64(0));
    }

    // The same flow whatever the ids are: numbers, UUID strings, or a frame that writes
    // the row's number as text ("42") while the REST answer says 42.
    void anyIdType_isMatchedByText_data()
    {
        QTest::addColumn<QJsonValue>("unit1");
        QTest::addColumn<QJsonValue>("unit2");
        QTest::addColumn<QJsonValue>("user0");      // receiver 0's user id
        QTest::addColumn<QJsonValue>("rowId");      // the approved row, as the planner knows it
        QTest::addColumn<QJsonValue>("frameRowId"); // … as the frame carries it
        QTest::addColumn<QJsonValue>("createdId");  // the created row, as the POST answers it
        QTest::addColumn<QJsonValue>("frameCreatedId");
        QTest::addColumn<QString>("leakText");
        QTest::newRow("numbers") << QJsonValue(1) << QJsonValue(2) << QJsonValue(10) << QJsonValue(7)
                                 << QJsonValue(7) << QJsonValue(42) << QJsonValue(42)
                                 << QStringLiteral("u2_req1 (unit 2) received withdrawal 7 → approved (WR-000007), "
                                                   "meant for unit 1");
        const QString u1 = QStringLiteral("a8f5f167-f44f-4964-8e6f-000000000001");
        const QString u2 = QStringLiteral("a8f5f167-f44f-4964-8e6f-000000000002");
        const QString row = QStringLiteral("9f86d081-884c-4d63-9a2b-0000000000a7");
        const QString created = QStringLiteral("2c26b46b-68ff-4c68-9f3b-0000000000c1");
        QTest::newRow("uuids") << QJsonValue(u1) << QJsonValue(u2)
                               << QJsonValue(QStringLiteral("6b86b273-ff34-4ce1-9c1b-0000000000e0"))
                               << QJsonValue(row) << QJsonValue(row) << QJsonValue(created) << QJsonValue(created)
                               << QStringLiteral("u2_req1 (unit %1) received withdrawal %2 → approved (WR-9f86d081), "
                                                 "meant for unit %3").arg(u2, row, u1);
        QTest::newRow("digits as text in frames")
            << QJsonValue(1) << QJsonValue(2) << QJsonValue(10) << QJsonValue(7) << QJsonValue(QStringLiteral("7"))
            << QJsonValue(42) << QJsonValue(QStringLiteral("42"))
            << QStringLiteral("u2_req1 (unit 2) received withdrawal 7 → approved (WR-000007), meant for unit 1");
    }
    void anyIdType_isMatchedByText()
    {
        QFETCH(QJsonValue, unit1);
        QFETCH(QJsonValue, unit2);
        QFETCH(QJsonValue, user0);
        QFETCH(QJsonValue, rowId);
        QFETCH(QJsonValue, frameRowId);
        QFETCH(QJsonValue, createdId);
        QFETCH(QJsonValue, frameCreatedId);
        QFETCH(QString, leakText);
        const auto id = [](const QJsonValue &v) { return EntityId::fromJsonOrNull(v); };
        const EntityId u1 = id(unit1);
        const EntityId u2 = id(unit2);
        const EntityId me = id(user0);
        const EntityId other = me.isNumber() ? EntityId(me.toNumber() + 1)
                                             : EntityId::fromString(me.toString() + QLatin1Char('x'));
        DeliveryTracker t;
        setUp(t, u1, u2, {me, other, EntityId::fromString(QStringLiteral("third"))});
        QCOMPARE(t.receiverUnit(2), u2);
        QCOMPARE(t.receiverUserId(0), me);

        // An update: unit 1's users get it, unit 2's user is a leak; tables by the same id.
        const qint64 approve = t.beginChange(approveEffect(id(rowId), {u1}), QStringLiteral("approve"), 1000);
        QCOMPARE(t.counters().expected, qint64(2));
        t.onEvent(0, update(QStringLiteral("withdrawal"), id(frameRowId), QStringLiteral("approved"), 1010,
                            QStringLiteral("e1")));
        t.onEvent(1, update(QStringLiteral("withdrawal"), id(frameRowId), QStringLiteral("approved"), 1020,
                            QStringLiteral("e1")));
        t.onEvent(2, update(QStringLiteral("withdrawal"), id(frameRowId), QStringLiteral("approved"), 1030,
                            QStringLiteral("e1")));
        QCOMPARE(t.counters().delivered, qint64(2));
        QCOMPARE(t.counters().leaks, qint64(1));
        QCOMPARE(t.counters().unexpectedEvents, qint64(0));
        QCOMPARE(t.leaks().first().describe(), leakText);
        QCOMPARE(t.leaks().first().targetUnits, QList<EntityId>{u1});
        QCOMPARE(t.watches(0).first().entityId, id(rowId));
        const EntityId shownRow = id(frameRowId);  // the table holds the row as the REST list wrote it
        const auto shows = [shownRow](const EntityId &row, const QString &field) {
            return row == shownRow && field == QLatin1String("status") ? QJsonValue(QStringLiteral("approved"))
                                                                        : QJsonValue();
        };
        t.checkWatches(0, QString(), shows, 1040);
        t.checkWatches(1, QString(), shows, 1050);
        QCOMPARE(t.counters().modelShown, qint64(2));
        QVERIFY(!t.isChangeOpen(approve));

        // A create whose frame beats the POST's answer.
        SimEffect e;
        e.entity = QStringLiteral("withdrawal");
        e.status = QStringLiteral("pending");
        e.targetUnits = {u1};
        const qint64 create = t.beginChange(e, QStringLiteral("create"), 2000);
        t.onEvent(0, update(QStringLiteral("withdrawal"), id(frameCreatedId), QStringLiteral("pending"), 2030,
                            QStringLiteral("c1"), -1, 0, QStringLiteral("created")));
        QCOMPARE(t.counters().delivered, qint64(2));
        t.setChangeEntityId(create, id(createdId), QString());
        QCOMPARE(t.counters().delivered, qint64(3));
        t.onEvent(1, update(QStringLiteral("withdrawal"), id(frameCreatedId), QStringLiteral("pending"), 2040,
                            QStringLiteral("c1"), -1, 0, QStringLiteral("created")));
        QCOMPARE(t.counters().delivered, qint64(4));
        QVERIFY(!t.isChangeOpen(create));

        // A notification for one user, by its id.
        SimEffect n;
        n.entity = QStringLiteral("notification");
        n.entityId = id(rowId);
        n.status = QStringLiteral("send_back");
        n.targetUserId = me;
        t.beginChange(n, QStringLiteral("send-back"), 3000);
        LiveEvent note;
        note.kind = MessageKind::Notification;
        note.id = id(frameRowId);
        note.receivedAtMs = 3010;
        t.onNotification(0, note);
        t.onNotification(1, note);
        QCOMPARE(t.counters().notifications, qint64(1));
        QCOMPARE(t.counters().leaks, qint64(2));

        // Seq tails are per unit, whatever its id.
        t.onWelcome(0, 1);
        t.onWelcome(1, 1);
        t.onEvent(1, update(QStringLiteral("audit"), 900, QString(), 4000, QStringLiteral("a2"), 2));
        t.onEvent(1, update(QStringLiteral("audit"), 901, QString(), 4001, QStringLiteral("a3"), 3));
        t.finishStreams();
        QCOMPARE(t.receiverStats(0).missedEvents, qint64(2));
        QCOMPARE(t.receiverStats(2).missedEvents, qint64(0));
        t.tick(10'000, true);
        QCOMPARE(t.counters().missing, qint64(0));
    }

    void samples_oneRowPerReceiver()
    {
        DeliveryTracker t;
        setUp(t);
        QList<SimSample> samples;
        t.setSampleSink([&samples](const SimSample &s) { samples.append(s); });
        t.beginChange(approveEffect(7), QStringLiteral("approve"), 0);
        t.onEvent(0, update(QStringLiteral("withdrawal"), 7, QStringLiteral("approved"), 12, QStringLiteral("e1")));
        t.tick(5000, true);
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples.at(0).outcome, QStringLiteral("delivered"));
        QCOMPARE(samples.at(0).frameMs, qint64(12));
        QCOMPARE(samples.at(1).outcome, QStringLiteral("missing"));
        QCOMPARE(samples.at(1).username, QStringLiteral("u1_appr1"));
        QCOMPARE(samples.at(1).unitId, EntityId(1));
        QCOMPARE(samples.at(1).entityId, EntityId(7));
    }
};

QTEST_GUILESS_MAIN(tst_DeliveryTracker)
#include "tst_deliverytracker.moc"
