// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// libFuzzer target: FrameParser::parseText under every built-in dialect profile. Any
// input must give either an event or an error value: no crash, no sanitizer report, and
// an accepted update always names an entity the profile knows. The parser's one-pass reading
// of plain frames (its fast path) must give exactly what QJsonDocument's reading gives.
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

bool same(const Dms::ParseResult &a, const Dms::ParseResult &b)
{
    const Dms::LiveEvent &x = a.event;
    const Dms::LiveEvent &y = b.event;
    return a.error.code == b.error.code && a.error.message == b.error.message &&
           a.error.sizeBytes == b.error.sizeBytes && x.toJson() == y.toJson() && x.kind == y.kind &&
           x.number == y.number && x.serverTimeMs == y.serverTimeMs && x.echo == y.echo &&
           x.message == y.message && x.notificationKind == y.notificationKind && x.unitId == y.unitId &&
           x.receivedAtMs == y.receivedAtMs && x.sizeBytes == y.sizeBytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<Dms::DialectProfile> profiles = loadProfiles();
    const QByteArray frame(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const Dms::DialectProfile &profile : profiles) {
        const Dms::FrameParser parser(profile, 64 * 1024);
        const Dms::ParseResult r = parser.parseText(frame, 1'700'000'000'000);
        Dms::FrameParser viaDocument(profile, 64 * 1024);
        viaDocument.setFastPath(false);
        if (!same(r, viaDocument.parseText(frame, 1'700'000'000'000)))
            std::abort();  // the fast path read the frame otherwise than QJsonDocument
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
