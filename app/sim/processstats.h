#pragma once

#include <QtGlobal>

namespace Dms {

// What this process uses, for the memory-per-user and CPU-per-event figures (Linux reads
// /proc/self/status and getrusage; elsewhere the values are 0 = unknown).
qint64 processRssKb();      // resident set now
qint64 processPeakRssKb();  // high-water mark
qint64 processCpuMs();      // user + system CPU time so far

}  // namespace Dms
