// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QRandomGenerator>

#include <random>

namespace Dms {

// Exponential backoff with "full jitter": the delay before attempt n (1-based) is drawn
// uniformly from [0, min(cap, base * factor^(n-1))]. Without jitter it is the upper bound.
struct BackoffSettings
{
    int baseMs = 1000;
    double factor = 2.0;
    int capMs = 30'000;
    bool jitter = true;
};

class Backoff final
{
public:
    using Settings = BackoffSettings;

    explicit Backoff(Settings settings = {}, quint32 seed = QRandomGenerator::global()->generate());

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }
    int ceilingMs(int attempt) const;
    int delayMs(int attempt);

private:
    Settings m_settings;
    // A small generator: jitter needs no more, and QRandomGenerator's Mersenne Twister state
    // (2.5 KB) was most of a live session's size, one per virtual user. Seeded through
    // std::seed_seq: seeded directly, neighbouring seeds (the simulator's users: scenario
    // seed + index) drew first delays within 2 % of each other, so a thousand users closed
    // at once came back in one burst of 22 ms instead of spread over the first second.
    std::minstd_rand m_random;
};

}  // namespace Dms
