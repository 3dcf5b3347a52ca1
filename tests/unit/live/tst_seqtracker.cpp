// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// SeqTracker (dms-updates ext seq): gaps, duplicates told from reordered frames, the
// baseline of a welcome and the tail a pong announces. Each row is a script of steps and
// the answer expected after each:
//   w10   welcome with seq 10 (reset(10)); w-  welcome without seq (reset())  → "-"
//   e11   event with seq 11; e-  event without seq
//         → in_order | gap:N | duplicate:PREV | reordered:PREV | no_seq
//   p13   pong announcing seq 13 → armed (a grace check should start) | idle
//   t     the grace ended (checkTail()) → tail:N (N announced events never arrived)
#include <QTest>

#include "live/seqtracker.h"

using namespace Dms;

namespace {

QString verdictText(const SeqTracker::Result &r)
{
    switch (r.verdict) {
    case SeqTracker::Verdict::NoSeq: return QStringLiteral("no_seq");
    case SeqTracker::Verdict::InOrder: return QStringLiteral("in_order");
    case SeqTracker::Verdict::Gap: return QStringLiteral("gap:%1").arg(r.missed);
    case SeqTracker::Verdict::Duplicate: return QStringLiteral("duplicate:%1").arg(r.previous);
    case SeqTracker::Verdict::Reordered: return QStringLiteral("reordered:%1").arg(r.previous);
    }
    return QStringLiteral("?");
}

qint64 argOf(const QString &step)
{
    const QString rest = step.mid(1);
    return rest == QLatin1String("-") ? -1 : rest.toLongLong();
}

}  // namespace

class tst_SeqTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void script_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<qint64>("last");       // last() at the end
        QTest::addColumn<bool>("sawSeq");       // sawSeq() at the end
        using L = QStringList;
        auto S = [](const char *s) { return QString::fromLatin1(s); };

        QTest::newRow("in order from the first event")
            << L{S("e1"), S("e2"), S("e3")} << L{S("in_order"), S("in_order"), S("in_order")} << qint64(3) << true;
        QTest::newRow("first event after no baseline is never a gap")
            << L{S("e40")} << L{S("in_order")} << qint64(40) << true;
        QTest::newRow("gap with count")
            << L{S("e1"), S("e5"), S("e6")} << L{S("in_order"), S("gap:3"), S("in_order")} << qint64(6) << true;
        QTest::newRow("gap of one")
            << L{S("e7"), S("e9")} << L{S("in_order"), S("gap:1")} << qint64(9) << true;
        QTest::newRow("a repeat is a duplicate")
            << L{S("e1"), S("e2"), S("e2"), S("e3")}
            << L{S("in_order"), S("in_order"), S("duplicate:2"), S("in_order")} << qint64(3) << true;
        QTest::newRow("an older repeat is a duplicate too, and keeps the high mark")
            << L{S("e5"), S("e6"), S("e5"), S("e7")}
            << L{S("in_order"), S("in_order"), S("duplicate:6"), S("in_order")} << qint64(7) << true;
        QTest::newRow("a step back never seen before the first seq is a duplicate (nothing to fill)")
            << L{S("e5"), S("e6"), S("e4"), S("e7")}
            << L{S("in_order"), S("in_order"), S("duplicate:6"), S("in_order")} << qint64(7) << true;
        QTest::newRow("swapped pair: a gap, then the late one fills it (reordered)")
            << L{S("w10"), S("e12"), S("e11"), S("e13")}
            << L{S("-"), S("gap:1"), S("reordered:12"), S("in_order")} << qint64(13) << true;
        QTest::newRow("the late one again is a duplicate")
            << L{S("w10"), S("e12"), S("e11"), S("e11")}
            << L{S("-"), S("gap:1"), S("reordered:12"), S("duplicate:12")} << qint64(12) << true;
        QTest::newRow("a wide gap filled in any order")
            << L{S("w0"), S("e4"), S("e2"), S("e1"), S("e3"), S("e2")}
            << L{S("-"), S("gap:3"), S("reordered:4"), S("reordered:4"), S("reordered:4"), S("duplicate:4")}
            << qint64(4) << true;
        QTest::newRow("swapped pairs and a duplicate in one stream")
            << L{S("w0"), S("e2"), S("e1"), S("e4"), S("e3"), S("e4"), S("e5")}
            << L{S("-"), S("gap:1"), S("reordered:2"), S("gap:1"), S("reordered:4"), S("duplicate:4"),
                 S("in_order")}
            << qint64(5) << true;
        QTest::newRow("a new welcome forgets the old socket's gaps")
            << L{S("w10"), S("e12"), S("w12"), S("e11")} << L{S("-"), S("gap:1"), S("-"), S("duplicate:12")}
            << qint64(12) << true;
        QTest::newRow("no seq: nothing to check")
            << L{S("e-"), S("e-")} << L{S("no_seq"), S("no_seq")} << qint64(-1) << false;
        QTest::newRow("no seq between seqs is ignored")
            << L{S("e3"), S("e-"), S("e4")} << L{S("in_order"), S("no_seq"), S("in_order")} << qint64(4) << true;
        QTest::newRow("baseline from welcome: next is in order")
            << L{S("w10"), S("e11")} << L{S("-"), S("in_order")} << qint64(11) << true;
        QTest::newRow("baseline from welcome: a jump is a gap")
            << L{S("w10"), S("e14")} << L{S("-"), S("gap:3")} << qint64(14) << true;
        QTest::newRow("baseline from welcome: its own seq is a duplicate")
            << L{S("w10"), S("e10")} << L{S("-"), S("duplicate:10")} << qint64(10) << true;
        QTest::newRow("baseline 0 (a fresh unit) counts")
            << L{S("w0"), S("e2")} << L{S("-"), S("gap:1")} << qint64(2) << true;
        QTest::newRow("welcome without seq: no baseline")
            << L{S("w-"), S("e25")} << L{S("-"), S("in_order")} << qint64(25) << true;
        QTest::newRow("a new welcome (reconnect) replaces the baseline")
            << L{S("w10"), S("e11"), S("w50"), S("e51"), S("e11")}
            << L{S("-"), S("in_order"), S("-"), S("in_order"), S("duplicate:51")} << qint64(51) << true;

        QTest::newRow("tail announced, arriving within grace: 0 missed")
            << L{S("w10"), S("p13"), S("e11"), S("e12"), S("e13"), S("t")}
            << L{S("-"), S("armed"), S("in_order"), S("in_order"), S("in_order"), S("tail:0")} << qint64(13) << true;
        QTest::newRow("tail announced, arriving beyond it within grace: 0 missed")
            << L{S("w10"), S("p12"), S("e11"), S("e12"), S("e13"), S("t")}
            << L{S("-"), S("armed"), S("in_order"), S("in_order"), S("in_order"), S("tail:0")} << qint64(13) << true;
        QTest::newRow("tail lost: missed count, a later straggler is reordered")
            << L{S("w10"), S("e11"), S("p14"), S("t"), S("e12"), S("e15"), S("e12")}
            << L{S("-"), S("in_order"), S("armed"), S("tail:3"), S("reordered:14"), S("in_order"),
                 S("duplicate:15")}
            << qint64(15) << true;
        QTest::newRow("tail partly arrived: the rest missed")
            << L{S("w10"), S("p14"), S("e11"), S("e12"), S("t"), S("e15")}
            << L{S("-"), S("armed"), S("in_order"), S("in_order"), S("tail:2"), S("in_order")} << qint64(15) << true;
        QTest::newRow("tail counted once")
            << L{S("w10"), S("p13"), S("t"), S("t"), S("p13")}
            << L{S("-"), S("armed"), S("tail:3"), S("tail:0"), S("idle")} << qint64(13) << true;
        QTest::newRow("pong not ahead: no tail")
            << L{S("w10"), S("e11"), S("p11"), S("t")} << L{S("-"), S("in_order"), S("idle"), S("tail:0")}
            << qint64(11) << true;
        QTest::newRow("pong behind: no tail")
            << L{S("w10"), S("e11"), S("p9"), S("t")} << L{S("-"), S("in_order"), S("idle"), S("tail:0")}
            << qint64(11) << true;
        QTest::newRow("pong without seq: no tail")
            << L{S("w10"), S("p-"), S("t")} << L{S("-"), S("idle"), S("tail:0")} << qint64(10) << true;
        QTest::newRow("pong before any baseline: no tail (nothing to compare)")
            << L{S("p5"), S("t")} << L{S("idle"), S("tail:0")} << qint64(-1) << true;
        QTest::newRow("a second pong while a check runs does not re-arm")
            << L{S("w10"), S("p12"), S("p14"), S("e11"), S("e12"), S("t")}
            << L{S("-"), S("armed"), S("idle"), S("in_order"), S("in_order"), S("tail:0")} << qint64(12) << true;
        QTest::newRow("a welcome cancels a pending tail")
            << L{S("w10"), S("p13"), S("w20"), S("t")} << L{S("-"), S("armed"), S("-"), S("tail:0")} << qint64(20)
            << true;
        QTest::newRow("gap while a tail is pending closes the tail")
            << L{S("w10"), S("p12"), S("e15"), S("t")} << L{S("-"), S("armed"), S("gap:4"), S("tail:0")}
            << qint64(15) << true;
    }

    void script()
    {
        QFETCH(QStringList, steps);
        QFETCH(QStringList, expected);
        QFETCH(qint64, last);
        QFETCH(bool, sawSeq);
        QCOMPARE(steps.size(), expected.size());

        SeqTracker tracker;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QString &step = steps.at(i);
            QString got;
            switch (step.at(0).toLatin1()) {
            case 'w':
                tracker.reset(argOf(step));
                got = QStringLiteral("-");
                break;
            case 'e':
                got = verdictText(tracker.onEvent(argOf(step)));
                break;
            case 'p':
                got = tracker.onAnnounced(argOf(step)) ? QStringLiteral("armed") : QStringLiteral("idle");
                if (got == QLatin1String("armed"))
                    QVERIFY(tracker.tailPending());
                break;
            case 't':
                got = QStringLiteral("tail:%1").arg(tracker.checkTail());
                QVERIFY(!tracker.tailPending());
                break;
            default:
                QFAIL(qPrintable(QStringLiteral("bad step %1").arg(step)));
            }
            QVERIFY2(got == expected.at(i), qPrintable(QStringLiteral("step %1 (%2): got %3, expected %4")
                                                           .arg(i)
                                                           .arg(step, got, expected.at(i))));
        }
        QCOMPARE(tracker.last(), last);
        QCOMPARE(tracker.sawSeq(), sawSeq);
    }

    void onEvent_stale_reportsPreviousAndDoesNotMove()
    {
        SeqTracker tracker;
        tracker.reset(7);
        const SeqTracker::Result r = tracker.onEvent(5);
        QCOMPARE(r.verdict, SeqTracker::Verdict::Duplicate);
        QVERIFY(SeqTracker::isStale(r.verdict));
        QCOMPARE(r.previous, 7);
        QCOMPARE(r.missed, 0);
        QCOMPARE(tracker.last(), 7);
    }

    // A gap wider than the memory of holes: the newest are remembered, an older straggler
    // counts as a duplicate (bounded memory, whatever the server sends).
    void hugeGap_remembersTheNewestHolesOnly()
    {
        SeqTracker tracker;
        tracker.reset(0);
        const qint64 top = 10 * SeqTracker::MaxHoles;
        QCOMPARE(tracker.onEvent(top).missed, top - 1);
        QCOMPARE(tracker.onEvent(top - 1).verdict, SeqTracker::Verdict::Reordered);
        QCOMPARE(tracker.onEvent(top - SeqTracker::MaxHoles).verdict, SeqTracker::Verdict::Reordered);
        QCOMPARE(tracker.onEvent(top - SeqTracker::MaxHoles - 1).verdict, SeqTracker::Verdict::Duplicate);
        QCOMPARE(tracker.onEvent(1).verdict, SeqTracker::Verdict::Duplicate);
    }

    void onEvent_gap_reportsPrevious()
    {
        SeqTracker tracker;
        tracker.reset(7);
        const SeqTracker::Result r = tracker.onEvent(10);
        QCOMPARE(r.verdict, SeqTracker::Verdict::Gap);
        QCOMPARE(r.previous, 7);
        QCOMPARE(r.missed, 2);
    }

    void defaultConstructed_hasNoBaseline()
    {
        const SeqTracker tracker;
        QCOMPARE(tracker.last(), -1);
        QVERIFY(!tracker.tailPending());
        QVERIFY(!tracker.sawSeq());
    }
};

QTEST_GUILESS_MAIN(tst_SeqTracker)
#include "tst_seqtracker.moc"
