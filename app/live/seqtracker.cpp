// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "live/seqtracker.h"

namespace Dms {

void SeqTracker::reset(qint64 baseline)
{
    m_last = baseline >= 0 ? baseline : -1;
    m_tail = -1;
    m_holes.clear();  // a new socket: what the old one skipped is covered by the resync
    if (baseline >= 0)
        m_sawSeq = true;
}

SeqTracker::Result SeqTracker::onEvent(qint64 seq)
{
    Result r;
    r.previous = m_last;
    if (seq < 0)
        return r;
    m_sawSeq = true;
    if (m_last >= 0 && seq <= m_last) {
        r.verdict = m_holes.erase(seq) > 0 ? Verdict::Reordered : Verdict::Duplicate;
        return r;
    }
    r.missed = m_last >= 0 ? seq - m_last - 1 : 0;
    r.verdict = r.missed > 0 ? Verdict::Gap : Verdict::InOrder;
    if (r.missed > 0)
        addHoles(m_last + 1, seq - 1);
    m_last = seq;
    if (m_tail >= 0 && m_last >= m_tail)
        m_tail = -1;  // what the pong announced has arrived
    return r;
}

bool SeqTracker::onAnnounced(qint64 seq)
{
    if (seq < 0)
        return false;
    m_sawSeq = true;
    if (m_last < 0 || seq <= m_last || m_tail >= 0)
        return false;
    m_tail = seq;
    return true;
}

qint64 SeqTracker::checkTail()
{
    if (m_tail < 0)
        return 0;
    const qint64 announced = m_tail;
    m_tail = -1;
    if (m_last < 0 || m_last >= announced)
        return 0;
    const qint64 missed = announced - m_last;
    addHoles(m_last + 1, announced);
    m_last = announced;
    return missed;
}

void SeqTracker::addHoles(qint64 from, qint64 to)
{
    from = qMax(from, to - MaxHoles + 1);
    for (qint64 seq = from; seq <= to; ++seq)
        m_holes.insert(m_holes.end(), seq);
    while (m_holes.size() > size_t(MaxHoles))
        m_holes.erase(m_holes.begin());
}

}  // namespace Dms
