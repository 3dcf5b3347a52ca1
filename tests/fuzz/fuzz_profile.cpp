// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// libFuzzer target: DialectProfile::fromJson (profiles are files a user may supply). A
// loaded profile is then used as the engine would: socket URLs, invalidation keys, and a
// few frames parsed with it.
#include <QUrl>

#include <cstdint>
#include <cstdlib>

#include "live/dialectprofile.h"
#include "live/frameparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    Dms::DialectProfile profile;
    Dms::ProfileError error;
    if (!Dms::DialectProfile::fromJson(json, &profile, &error)) {
        if (error.message.isEmpty())
            std::abort();
        return 0;
    }
    if (profile.name().isEmpty() || profile.sockets().isEmpty())
        std::abort();
    const QUrl server(QStringLiteral("https://dms.example:8443/base/"));
    for (const Dms::SocketSpec &socket : profile.sockets())
        (void)profile.socketUrl(server, socket, 3, 42);
    for (const QString &entity : {QStringLiteral("crate"), QStringLiteral("withdrawal"), QStringLiteral("x")})
        (void)profile.invalidationKeys(entity, 7);
    const Dms::FrameParser parser(profile);
    for (const char *frame : {R"({"type":"data_update","entity":"crate","action":"updated","data":{"id":1,"status":"active"},"seq":1})",
                              R"({"type":"pong","timestamp":"2024-01-15T10:30:00.000Z","echo":"x"})",
                              R"({"type":"connection_established","unit_id":1,"seq":0})"}) {
        (void)parser.parseText(QByteArray(frame), 0);
    }
    (void)parser.parseText(json, 0);  // the profile text itself, as a frame
    return 0;
}
