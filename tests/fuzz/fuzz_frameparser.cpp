// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// libFuzzer target: FrameParser::parseText under every built-in dialect profile. Any
// input must give either an event or an error value: no crash, no sanitizer report, and
// an accepted update always names an entity the profile knows.
#include <QFile>
#include <QList>

#include <cstdint>
#include <cstdlib>

#include "live/dialectprofile.h"
#include "live/frameparser.h"

namespace {

QList<Dms::DialectProfile> loadProfiles()
{
    QList<Dms::DialectProfile> profiles;
    for (const char *name : {"dms-updates", "dms-channels", "hycon-first-message"}) {
        QFile file(QStringLiteral(DMS_SOURCE_DIR "/resources/profiles/%1.json").arg(QLatin1String(name)));
        Dms::DialectProfile profile;
        Dms::ProfileError error;
        if (!file.open(QIODevice::ReadOnly) || !Dms::DialectProfile::fromJson(file.readAll(), &profile, &error))
            std::abort();  // the fuzz build is broken, not the parser
        profiles.append(profile);
    }
    return profiles;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<Dms::DialectProfile> profiles = loadProfiles();
    const QByteArray frame(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const Dms::DialectProfile &profile : profiles) {
        const Dms::FrameParser parser(profile, 64 * 1024);
        const Dms::ParseResult r = parser.parseText(frame, 1'700'000'000'000);
        if (r.ok()) {
            if (r.event.kind == Dms::MessageKind::Update && !profile.knowsEntity(r.event.entity))
                std::abort();
            if (r.event.id < 0 || r.event.seq < -1)
                std::abort();
            (void)r.event.toJson();
            (void)profile.invalidationKeys(r.event.entity, r.event.id);
        } else if (r.error.message.isEmpty()) {
            std::abort();  // every rejection says why
        }
    }
    return 0;
}
