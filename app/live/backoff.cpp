// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "live/backoff.h"

#include <algorithm>
#include <cmath>

namespace Dms {

namespace {

std::minstd_rand seededGenerator(quint32 seed)
{
    std::seed_seq sequence{seed};
    return std::minstd_rand(sequence);
}

}  // namespace

Backoff::Backoff(Settings settings, quint32 seed)
    : m_settings(settings), m_random(seededGenerator(seed))
{
}

int Backoff::ceilingMs(int attempt) const
{
    const int n = std::max(1, attempt);
    const double raw = double(m_settings.baseMs) * std::pow(m_settings.factor, n - 1);
    return int(std::min<double>(raw, m_settings.capMs));
}

int Backoff::delayMs(int attempt)
{
    const int ceiling = ceilingMs(attempt);
    if (!m_settings.jitter || ceiling <= 0)
        return ceiling;
    return std::uniform_int_distribution<int>(0, ceiling)(m_random);
}

}  // namespace Dms
