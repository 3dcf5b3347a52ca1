// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sync/invalidationtrace.h"

#include <QJsonArray>

namespace Dms {

int InvalidationTrace::count(InvalidationOutcome outcome) const
{
    int n = 0;
    for (const Entry &entry : entries) {
        if (entry.outcome == outcome)
            ++n;
    }
    return n;
}

InvalidationOutcome InvalidationTrace::outcomeOf(const QString &key, bool *found) const
{
    for (const Entry &entry : entries) {
        if (entry.key == key) {
            if (found)
                *found = true;
            return entry.outcome;
        }
    }
    if (found)
        *found = false;
    return InvalidationOutcome::MarkedStale;
}

QJsonObject InvalidationTrace::toJson() const
{
    QJsonArray keys;
    for (const Entry &entry : entries) {
        keys.append(QJsonObject{{QStringLiteral("key"), entry.key},
                                {QStringLiteral("outcome"), outcomeName(entry.outcome)}});
    }
    QJsonObject object{{QStringLiteral("cause"), causeName(cause)},
                       {QStringLiteral("patterns"), QJsonArray::fromStringList(patterns)},
                       {QStringLiteral("keys"), keys},
                       {QStringLiteral("at_ms"), atMs}};
    if (!eventRef.isEmpty())
        object.insert(QStringLiteral("event_ref"), eventRef);
    return object;
}

QString InvalidationTrace::causeName(InvalidationCause cause)
{
    switch (cause) {
        case InvalidationCause::Event:
            return QStringLiteral("event");
        case InvalidationCause::Reconnect:
            return QStringLiteral("reconnect");
        case InvalidationCause::Gap:
            return QStringLiteral("gap");
        case InvalidationCause::Manual:
            return QStringLiteral("manual");
    }
    return QString();
}

QString InvalidationTrace::outcomeName(InvalidationOutcome outcome)
{
    switch (outcome) {
        case InvalidationOutcome::Refetched:
            return QStringLiteral("refetched");
        case InvalidationOutcome::Coalesced:
            return QStringLiteral("coalesced");
        case InvalidationOutcome::MarkedStale:
            return QStringLiteral("marked_stale");
        case InvalidationOutcome::Patched:
            return QStringLiteral("patched");
        case InvalidationOutcome::RowRefetched:
            return QStringLiteral("row_refetched");
    }
    return QString();
}

}  // namespace Dms
