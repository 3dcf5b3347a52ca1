// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Dms {

// Why keys were invalidated: a live event, a reconnect or a seq gap (resyncs), or a user.
enum class InvalidationCause
{
    Event,
    Reconnect,
    Gap,
    Manual
};

// What became of one matched key.
enum class InvalidationOutcome
{
    Refetched,    // active: a fetch was scheduled (coalescing window) or queued behind the
                  // fetch in flight
    Coalesced,    // active: merged into a fetch already scheduled or already queued
    MarkedStale,  // inactive (no observer): only marked stale, fetched on next observe
    // Row-level updates of a list an event names one row of (QueryClient::applyEvent):
    Patched,       // the list's row took what the frame carries at once (or was removed);
                   // the list itself is not refetched
    RowRefetched,  // the key is that row's detail route: one GET of the row, merged into
                   // the list (and into this key's own cache entry, if any)
};

// The record of one invalidate() call: which keys matched and what became of each. The
// UI's frames inspector and the CLI's `invalidate` lines print it.
struct InvalidationTrace
{
    struct Entry
    {
        QString key;
        InvalidationOutcome outcome = InvalidationOutcome::Refetched;
        bool operator==(const Entry &) const = default;
    };

    InvalidationCause cause = InvalidationCause::Event;
    QString eventRef;      // e.g. the event's seq or event_id; empty when none
    QStringList patterns;  // what was asked for (keys or prefixes)
    QList<Entry> entries;  // matched keys, in key order
    qint64 atMs = 0;       // wall clock (Clock::nowMs) of the invalidation

    int count(InvalidationOutcome outcome) const;
    InvalidationOutcome outcomeOf(const QString &key, bool *found = nullptr) const;

    // {"cause":"event","event_ref":"…","at_ms":…,"patterns":[…],
    //  "keys":[{"key":"crates","outcome":"refetched"},…]}
    QJsonObject toJson() const;

    static QString causeName(InvalidationCause cause);        // "event", "reconnect", …
    static QString outcomeName(InvalidationOutcome outcome);  // "refetched", "coalesced", …
};

}  // namespace Dms

Q_DECLARE_METATYPE(Dms::InvalidationTrace)
