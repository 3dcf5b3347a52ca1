// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "cli/jsonlines.h"

#include <QJsonDocument>

#include "core/clock.h"
#include "live/liveevent.h"

namespace Dms {

void JsonLines::write(const QString &kind, QJsonObject fields)
{
    fields.insert(QStringLiteral("ts"), isoFromMs(m_clock->nowMs()));
    fields.insert(QStringLiteral("kind"), kind);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), m_out);
    std::fputc('\n', m_out);
    std::fflush(m_out);
}

}  // namespace Dms
