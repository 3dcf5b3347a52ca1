#pragma once

#include <QtGlobal>

namespace Dms {

// The per-socket sequence check of dms-updates (spec §2.1, seq is ext): the welcome sets a
// baseline, each event must be the next number; a jump is a gap (events missed → resync),
// a repeat or a step back is stale (not applied). A pong may announce the unit's current
// seq: if events up to it have not arrived when the grace ends, they were lost at the end
// of a burst, where no later event would show the gap. A value class: no timers, no I/O.
class SeqTracker final
{
public:
    enum class Verdict { NoSeq, InOrder, Gap, Stale };
    struct Result
    {
        Verdict verdict = Verdict::NoSeq;
        qint64 missed = 0;    // Gap: how many events were skipped
        qint64 previous = -1; // the last seq before this one (-1: none)
    };

    // A welcome: the next event should be baseline + 1 (-1: no baseline, accept any).
    void reset(qint64 baseline = -1);
    // An event's seq (-1 when the frame carries none).
    Result onEvent(qint64 seq);
    // A pong's seq: true when it is ahead of the last event and a grace check should start.
    bool onAnnounced(qint64 seq);
    // The grace ended: how many announced events never arrived (0: all did). Those count
    // as received afterwards (the resync covers them; a straggler is then stale).
    qint64 checkTail();

    qint64 last() const { return m_last; }
    bool tailPending() const { return m_tail >= 0; }
    bool sawSeq() const { return m_sawSeq; }  // the server sends seq at all

private:
    qint64 m_last = -1;
    qint64 m_tail = -1;
    bool m_sawSeq = false;
};

}  // namespace Dms
