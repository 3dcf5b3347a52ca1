// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "live/frameparser.h"

#include "core/jsonpath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Dms {

namespace {

struct FrameParserText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::FrameParser)
};

QJsonValue resolve(const QJsonObject &root, const FieldPath &path)
{
    const QStringView all(path.expression);
    if (all.startsWith(QLatin1Char('=')))
        return QJsonValue(path.expression.mid(1));
    qsizetype from = 0;
    while (from <= all.size()) {
        qsizetype bar = all.indexOf(QLatin1Char('|'), from);
        if (bar < 0)
            bar = all.size();
        const QJsonValue value = jsonValueAt(root, all.mid(from, bar - from));
        if (!value.isUndefined() && !value.isNull())
            return value;
        from = bar + 1;
    }
    return QJsonValue(QJsonValue::Undefined);
}

ParseResult failure(FrameError::Code code, const QString &message, int size)
{
    ParseResult r;
    r.error = {code, message, size};
    return r;
}

}  // namespace

QString FrameError::codeName(Code code)
{
    switch (code) {
    case Code::None: return QStringLiteral("none");
    case Code::Binary: return QStringLiteral("binary_frame");
    case Code::TooLarge: return QStringLiteral("too_large");
    case Code::MalformedJson: return QStringLiteral("malformed_json");
    case Code::NotAnObject: return QStringLiteral("not_an_object");
    case Code::MissingType: return QStringLiteral("missing_type");
    case Code::UnknownType: return QStringLiteral("unknown_type");
    case Code::MissingField: return QStringLiteral("missing_field");
    case Code::WrongType: return QStringLiteral("wrong_type");
    }
    return QString();
}

namespace {

// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

// The form every frame's timestamp has (the reference server, Django): UTC, no fraction or
// exactly milliseconds, "2026-03-01T12:00:00Z" / "2026-03-01T12:00:00.123Z", read without
// QDateTime (a third of a frame's parse). Anything else, or a field out of range: -1, and
// QDateTime reads it as before (tst_frameparser checks both agree).
qint64 parseUtcIsoMsFast(QStringView s)
{
    const qsizetype n = s.size();
    if ((n != 20 && n != 24) || s[n - 1] != u'Z' || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' ||
        s[13] != u':' || s[16] != u':' || (n == 24 && s[19] != u'.')) {
        return -1;
    }
    bool ok = true;
    const auto number = [&](qsizetype at, int digits) {
        int v = 0;
        for (int k = 0; k < digits; ++k) {
            const char16_t c = s[at + k].unicode();
            if (c < u'0' || c > u'9')
                ok = false;
            v = v * 10 + int(c - u'0');
        }
        return v;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    const int ms = n == 24 ? number(20, 3) : 0;
    if (!ok || year < 1970 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
        hour > 23 || minute > 59 || second > 59) {
        return -1;
    }
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    return seconds * 1000 + ms;
}

}  // namespace

qint64 parseIsoMs(const QString &text)
{
    if (text.isEmpty())
        return 0;
    if (const qint64 fast = parseUtcIsoMsFast(text); fast >= 0)
        return fast;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

QString isoFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject LiveEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), wireType}};
    if (!entity.isEmpty())
        o.insert(QStringLiteral("entity"), entity);
    if (!action.isEmpty())
        o.insert(QStringLiteral("action"), action);
    if (id.isValid())
        o.insert(QStringLiteral("id"), id.toJson());
    if (!status.isEmpty())
        o.insert(QStringLiteral("status"), status);
    if (seq >= 0)
        o.insert(QStringLiteral("seq"), seq);
    if (!eventId.isEmpty())
        o.insert(QStringLiteral("event_id"), eventId);
    return o;
}

ParseResult FrameParser::rejectBinary(qint64 sizeBytes) const
{
    return failure(FrameError::Code::Binary,
                   FrameParserText::tr("binary frame of %1 bytes ignored: this dialect sends JSON text").arg(sizeBytes),
                   int(qMin<qint64>(sizeBytes, INT_MAX)));
}

ParseResult FrameParser::parseText(const QByteArray &utf8, qint64 receivedAtMs) const
{
    const int size = int(qMin<qint64>(utf8.size(), INT_MAX));
    if (utf8.size() > m_maxBytes)
        return failure(FrameError::Code::TooLarge,
                       FrameParserText::tr("frame of %1 bytes exceeds the %2-byte limit").arg(utf8.size()).arg(m_maxBytes),
                       size);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(FrameError::Code::MalformedJson,
                       FrameParserText::tr("malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()),
                       size);
    if (!doc.isObject())
        return failure(FrameError::Code::NotAnObject, FrameParserText::tr("frame is JSON but not an object"), size);
    const QJsonObject root = doc.object();

    const QJsonValue typeValue = root.value(m_profile->typeField());
    if (!typeValue.isString())
        return failure(FrameError::Code::MissingType,
                       FrameParserText::tr("frame has no string \"%1\" field").arg(m_profile->typeField()), size);
    const QString type = typeValue.toString();
    const auto mappingIt = m_profile->messageTypes().constFind(type);
    if (mappingIt == m_profile->messageTypes().cend())
        return failure(FrameError::Code::UnknownType, FrameParserText::tr("unknown message type \"%1\"").arg(type.left(64)),
                       size);
    const MessageMapping &mapping = *mappingIt;

    for (const QString &required : mapping.required) {
        if (resolve(root, mapping.fields.value(required)).isUndefined())
            return failure(FrameError::Code::MissingField,
                           FrameParserText::tr("\"%1\" frame lacks its %2").arg(type, required), size);
    }

    ParseResult result;
    LiveEvent &e = result.event;
    e.kind = mapping.kind;
    e.wireType = type;
    e.receivedAtMs = receivedAtMs;
    e.sizeBytes = size;

    auto wrongType = [&](const QString &field, const char *expected) {
        return failure(FrameError::Code::WrongType,
                       FrameParserText::tr("\"%1\" frame: %2 must be %3").arg(type, field, FrameParserText::tr(expected)), size);
    };

    for (auto it = mapping.fields.cbegin(); it != mapping.fields.cend(); ++it) {
        const QString &field = it.key();
        const QJsonValue v = resolve(root, it.value());
        if (v.isUndefined())
            continue;
        if (field == QLatin1String("id") || field == QLatin1String("unitId")) {
            // any JSON integer or non-empty string (spec §2 "Ids"): UUIDs included
            QString why;
            const std::optional<EntityId> id = EntityId::fromJson(v, &why);
            if (!id)
                return failure(FrameError::Code::WrongType,
                               FrameParserText::tr("\"%1\" frame: %2 must be %3").arg(type, field, why), size);
            if (field == QLatin1String("id"))
                e.id = *id;
            else
                e.unitId = *id;
            continue;
        }
        if (field == QLatin1String("seq")) {
            if (!v.isDouble())
                return wrongType(field, QT_TRANSLATE_NOOP("Dms::FrameParser", "a non-negative integer"));
            const double d = v.toDouble();
            if (d < 0 || d >= 9.2e18 || d != double(qint64(d)))  // range first: the cast of an out-of-range double is UB
                return wrongType(field, QT_TRANSLATE_NOOP("Dms::FrameParser", "a non-negative integer"));
            e.seq = qint64(d);
            continue;
        }
        if (!v.isString())
            return wrongType(field, QT_TRANSLATE_NOOP("Dms::FrameParser", "a string"));
        const auto valueMap = mapping.values.constFind(field);
        const QString s = valueMap == mapping.values.cend() ? v.toString() : valueMap->apply(v.toString());
        if (field == QLatin1String("entity"))
            e.entity = s;
        else if (field == QLatin1String("action"))
            e.action = s;
        else if (field == QLatin1String("status"))
            e.status = s;
        else if (field == QLatin1String("number"))
            e.number = s;
        else if (field == QLatin1String("eventId"))
            e.eventId = s;
        else if (field == QLatin1String("echo"))
            e.echo = s;
        else if (field == QLatin1String("message"))
            e.message = s.left(1000);
        else if (field == QLatin1String("notificationKind"))
            e.notificationKind = s;
        else if (field == QLatin1String("timestamp") || field == QLatin1String("serverTime")) {
            const qint64 ms = parseIsoMs(s);
            if (ms == 0)
                return wrongType(field, QT_TRANSLATE_NOOP("Dms::FrameParser", "an ISO-8601 time"));
            e.serverTimeMs = ms;
        }
    }

    if (e.kind == MessageKind::Update && !m_profile->knowsEntity(e.entity))
        return failure(FrameError::Code::UnknownType,
                       FrameParserText::tr("update for unknown entity \"%1\"").arg(e.entity.left(64)), size);
    return result;
}

}  // namespace Dms
