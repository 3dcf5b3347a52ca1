// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QByteArray>

#include "live/liveevent.h"

namespace Dms {

// The one place frames are parsed. Pure: no I/O, no state; every failure is a value.
class FrameParser final
{
public:
    static constexpr qint64 DefaultMaxBytes = 1024 * 1024;

    explicit FrameParser(const DialectProfile &profile, qint64 maxBytes = DefaultMaxBytes)
        : m_profile(&profile), m_maxBytes(maxBytes)
    {
    }

    ParseResult parseText(const QByteArray &utf8, qint64 receivedAtMs) const;
    ParseResult rejectBinary(qint64 sizeBytes) const;

private:
    const DialectProfile *m_profile;
    qint64 m_maxBytes;
};

}  // namespace Dms
