// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace Dms {

class Clock;

// Writes one JSON object per line, each with "ts" (ISO-8601 UTC, ms) and "kind", flushed
// at once so a pipe reader sees it live.
class JsonLines final
{
public:
    JsonLines(const Clock *clock, FILE *out = stdout) : m_clock(clock), m_out(out) {}
    void write(const QString &kind, QJsonObject fields);

private:
    const Clock *m_clock;
    FILE *m_out;
};

}  // namespace Dms
