// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "cli/terminaltext.h"

#include "core/redact.h"

namespace Dms {

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = terminalSafeText(redactSecrets(text)).toLocal8Bit();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    fflush(stream);
}

void printErr(const QString &text)
{
    printTo(stderr, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

void printOut(const QString &text)
{
    printTo(stdout, text);
}

}  // namespace Dms
