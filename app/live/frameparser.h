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

    // Frames of plain ASCII JSON are read in one pass without a QJsonDocument (the same
    // result, a third of the cost); off, every frame goes through QJsonDocument. For the
    // tests and the fuzzer, which compare both.
    void setFastPath(bool on) { m_fastPath = on; }

private:
    template <typename Frame>
    ParseResult readFrame(const Frame &root, int size, qint64 receivedAtMs) const;

    const DialectProfile *m_profile;
    qint64 m_maxBytes;
    bool m_fastPath = true;
};

}  // namespace Dms
