// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QtGlobal>

struct QJsonParseError;

namespace Dms {

// QJsonDocument::fromJson for REST bodies, with identical bodies parsed once per process.
// Many sessions in one process (the simulator's virtual users) fetch the same lists and
// receive byte-identical answers; sharing one parsed document (Qt's JSON is implicitly
// shared and copy-on-write) keeps one copy of those rows instead of one per user. Bodies
// below MinBytes are parsed as usual. The cache keeps the most recently used documents of
// up to CapacityBytes of bodies in all (a window's stale lists cost at most that).
// Not thread-safe: for the thread that runs the network managers' replies.
class SharedJson final
{
public:
    static constexpr qsizetype MinBytes = 256;  // a detail row (~0.5 KB) too: the users of a unit GET the same row
    static constexpr qsizetype CapacityBytes = 4 * 1024 * 1024;

    static QJsonDocument parse(const QByteArray &body, QJsonParseError *error);

    // For tests and benchmarks: how many bodies were answered from the cache.
    static quint64 hits();
    static void clear();
};

}  // namespace Dms
