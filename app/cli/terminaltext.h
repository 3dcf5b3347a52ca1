// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QString>

#include <cstdio>

namespace Dms {

// Plain text for a terminal from the headless commands. Whatever they print may hold text
// the server or a report file chose (user names, roles, error details, scenario names), so
// every line goes through terminalSafeText() (core/redact.h: control characters and bidi
// overrides become U+FFFD, line breaks and tabs stay) and redactSecrets() on its way out.
// printErr adds a final newline when the text has none; both flush.
void printErr(const QString &text);
void printOut(const QString &text);
// The same for a C stream (the simulator's progress line, which rewrites itself with
// "\r\x1b[K": that prefix is written by the caller, outside the cleaned text).
void printTo(FILE *stream, const QString &text);

}  // namespace Dms
