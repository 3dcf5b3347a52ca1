// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QTest>

#include <algorithm>

namespace Dms::Test {

// Waits for done() where how long it takes depends on how much work the machine has to do
// and how loaded it is (200 sessions going Live, 200 tables converging): instead of a total
// time guessed for one machine, it fails only when progress() — a count that grows as the
// work gets done — has reached no new high for stallMs. Bounded overall by CTest's timeout.
template <typename Done, typename Progress>
bool qWaitWhileProgressing(Done done, Progress progress, int stallMs)
{
    auto best = progress();
    while (!done()) {
        if (!QTest::qWaitFor([&] { return done() || progress() > best; }, stallMs))
            return false;
        best = std::max(best, progress());
    }
    return true;
}

}  // namespace Dms::Test
