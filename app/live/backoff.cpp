// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "live/backoff.h"

#include <algorithm>
#include <cmath>

namespace Dms {

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
