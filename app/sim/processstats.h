// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QtGlobal>

namespace Dms {

// What this process uses, for the memory-per-user and CPU-per-event figures (Linux reads
// /proc/self/status and getrusage; elsewhere the values are 0 = unknown).
qint64 processRssKb();      // resident set now
qint64 processPeakRssKb();  // high-water mark
qint64 processCpuMs();      // user + system CPU time so far

// Raises the soft limit of open files to the hard limit: every virtual user holds a
// socket and HTTP connections, and the usual soft limit of 1024 is too low for a thousand.
void raiseOpenFileLimit();

}  // namespace Dms
