// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/processstats.h"

#include <QByteArray>
#include <QFile>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace Dms {

namespace {

qint64 statusField(const char *name)
{
#if defined(Q_OS_LINUX)
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(name) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
#else
    Q_UNUSED(name)
#endif
    return 0;
}

}  // namespace

qint64 processRssKb()
{
    return statusField("VmRSS");
}

qint64 processPeakRssKb()
{
    return statusField("VmHWM");
}

qint64 processCpuMs()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    const auto ms = [](const timeval &t) { return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
#else
    return 0;
#endif
}

void raiseOpenFileLimit()
{
#if defined(Q_OS_UNIX)
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
#endif
}

}  // namespace Dms
