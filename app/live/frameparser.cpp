// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "live/frameparser.h"

#include "core/jsonpath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include <cstring>
#include <optional>

namespace Dms {

namespace {

struct FrameParserText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::FrameParser)
};

// Whether UTF-16 text equals Latin-1 characters, compared inline: a frame's keys, the
// engine's field names and the shared texts are compared a dozen times per frame, and
// QLatin1String's == is a call into Qt each time.
bool sameText(QStringView text, QByteArrayView latin1)
{
    if (text.size() != latin1.size())
        return false;
    const char16_t *t = text.utf16();
    for (qsizetype i = 0; i < latin1.size(); ++i) {
        if (t[i] != char16_t(static_cast<unsigned char>(latin1[i])))
            return false;
    }
    return true;
}

// A frame field's value: what parseText reads of a QJsonValue, with a string held as a
// QString (a QJsonValue of a string allocates a container of its own) or, read by FlatFrame,
// as the frame's own Latin-1 characters (made a QString only where one is kept), and an
// integer as a number; a QJsonValue only for anything else (a value a QJsonValue member would
// construct, move and destroy out of line for every field of every frame).
struct FieldValue
{
    enum class Kind : quint8 { Undefined, Null, String, Integer, Json };
    Kind kind = Kind::Undefined;
    qint64 integer = 0;              // Integer
    QString text;                    // String, unless latin1 holds it
    QByteArrayView latin1;           // String read by FlatFrame: its characters in the frame
    std::optional<QJsonValue> json;  // Json: a fraction, a bool, an array, an object

    static FieldValue of(const QJsonValue &v)
    {
        if (v.isString())
            return ofString(v.toString());
        FieldValue f;
        if (v.isNull())
            f.kind = Kind::Null;
        else if (!v.isUndefined()) {
            f.kind = Kind::Json;
            f.json = v;
        }
        return f;
    }
    static FieldValue ofString(const QString &s)
    {
        FieldValue f;
        f.kind = Kind::String;
        f.text = s;
        return f;
    }
    static FieldValue ofLatin1(QByteArrayView s)
    {
        FieldValue f;
        f.kind = Kind::String;
        f.latin1 = s.isNull() ? QByteArrayView("", 0) : s;  // not null: latin1 tells which holds it
        return f;
    }
    static FieldValue ofInteger(qint64 n)
    {
        FieldValue f;
        f.kind = Kind::Integer;
        f.integer = n;
        return f;
    }
    static FieldValue ofNull()
    {
        FieldValue f;
        f.kind = Kind::Null;
        return f;
    }
    bool isUndefined() const { return kind == Kind::Undefined; }
    bool isNull() const { return kind == Kind::Null; }
    bool isString() const { return kind == Kind::String; }
    bool isDouble() const { return kind == Kind::Integer || (kind == Kind::Json && json->isDouble()); }
    double toDouble() const
    {
        return kind == Kind::Integer ? double(integer) : kind == Kind::Json ? json->toDouble() : 0.0;
    }
    bool isLatin1() const { return kind == Kind::String && !latin1.isNull(); }
    QString toString() const { return isLatin1() ? QString::fromLatin1(latin1) : text; }
    QJsonValue toJson() const
    {
        switch (kind) {
        case Kind::String:
            return QJsonValue(toString());
        case Kind::Integer:
            return QJsonValue(integer);
        case Kind::Null:
            return QJsonValue(QJsonValue::Null);
        case Kind::Json:
            return *json;
        case Kind::Undefined:
            break;
        }
        return QJsonValue(QJsonValue::Undefined);
    }
};

// A parsed frame as QJsonDocument reads it: every other frame (see FlatFrame).
struct DocumentFrame
{
    QJsonObject root;
    FieldValue top(const QString &key) const { return FieldValue::of(root.value(key)); }
    FieldValue at(QStringView path) const { return FieldValue::of(jsonValueAt(root, path)); }
    FieldValue at(const QStringList &keys) const
    {
        QJsonValue value = root.value(keys.first());
        for (qsizetype i = 1; i < keys.size(); ++i) {
            if (!value.isObject())
                return FieldValue();
            value = value.toObject().value(keys.at(i));
        }
        return FieldValue::of(value);
    }
};

// A frame read in one pass into a flat list of its values, without a QJsonDocument and
// without QJsonObject's key lookups (together two thirds of a frame's parse). It takes on
// only the frames the servers send (a few hundred bytes of ASCII JSON: no escapes, no
// exponents, no duplicate keys, shallow); read() refuses anything else, and a field path
// that ends on a value it does not convert (true, false, an array, an object, a fraction)
// marks the frame unsupported. Either way the frame goes to QJsonDocument as before, which
// also words every error: the two paths agree on every input (tst_frameparser,
// fuzz_frameparser compare them).
class FlatFrame
{
public:
    bool read(QByteArrayView json)
    {
        m_at = json.data();
        m_end = m_at + json.size();
        skipSpace();
        if (m_at == m_end || *m_at != '{' || !readValue(-1, {}, 0, true))
            return false;
        skipSpace();
        return m_at == m_end;
    }
    FieldValue top(QStringView key) const
    {
        const int node = child(0, key);
        return node < 0 ? FieldValue() : toValue(m_nodes.at(node));
    }
    // As jsonValueAt() on the document.
    FieldValue at(QStringView path) const
    {
        int node = 0;
        qsizetype from = 0;
        for (;;) {
            const qsizetype dot = path.indexOf(QLatin1Char('.'), from);
            if (m_nodes.at(node).kind != Kind::Object)
                return FieldValue();
            node = child(node, dot < 0 ? path.mid(from) : path.mid(from, dot - from));
            if (node < 0)
                return FieldValue();
            if (dot < 0)
                return toValue(m_nodes.at(node));
            from = dot + 1;
        }
    }
    // The same for a path split into its keys.
    FieldValue at(const QStringList &keys) const
    {
        int node = 0;
        for (const QString &key : keys) {
            if (m_nodes.at(node).kind != Kind::Object)
                return FieldValue();
            node = child(node, key);
            if (node < 0)
                return FieldValue();
        }
        return toValue(m_nodes.at(node));
    }
    bool unsupported() const { return m_unsupported; }

private:
    enum class Kind : quint8 { String, Integer, Null, Object, Other };
    struct Node
    {
        int parent;
        Kind kind;
        QByteArrayView key;
        QByteArrayView text;  // a string's characters, an integer's digits
    };
    static constexpr int kMaxNodes = 64;  // values recorded (members of objects not in arrays)
    static constexpr int kMaxDepth = 16;
    static constexpr int kMaxNumber = 32;  // characters of a number

    void skipSpace()
    {
        while (m_at != m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
    }
    bool literal(const char *word, qsizetype n)
    {
        if (m_end - m_at < n || std::memcmp(m_at, word, size_t(n)) != 0)
            return false;
        m_at += n;
        return true;
    }
    // A string of printable ASCII without escapes (anything else is left to Qt).
    bool readString(QByteArrayView *text)
    {
        if (m_at == m_end || *m_at != '"')
            return false;
        const char *begin = ++m_at;
        while (m_at != m_end) {
            const auto c = static_cast<unsigned char>(*m_at);
            if (c == '"') {
                *text = QByteArrayView(begin, m_at - begin);
                ++m_at;
                return true;
            }
            if (c == '\\' || c < 0x20 || c >= 0x7f)
                return false;
            ++m_at;
        }
        return false;
    }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    // JSON's number grammar without exponents; an Integer when it is a plain non-negative
    // integer of at most 15 digits (exact in a double, as Qt reads it).
    bool readNumber(QByteArrayView *text, Kind *kind)
    {
        const char *begin = m_at;
        const bool negative = *m_at == '-';
        if (negative)
            ++m_at;
        if (m_at == m_end || !isDigit(*m_at))
            return false;
        if (*m_at == '0')
            ++m_at;
        else
            while (m_at != m_end && isDigit(*m_at))
                ++m_at;
        bool fraction = false;
        if (m_at != m_end && *m_at == '.') {
            fraction = true;
            ++m_at;
            if (m_at == m_end || !isDigit(*m_at))
                return false;
            while (m_at != m_end && isDigit(*m_at))
                ++m_at;
        }
        if (m_at != m_end && (*m_at == 'e' || *m_at == 'E'))
            return false;
        *text = QByteArrayView(begin, m_at - begin);
        if (text->size() > kMaxNumber)
            return false;
        *kind = !negative && !fraction && text->size() <= 15 ? Kind::Integer : Kind::Other;
        return true;
    }
    int add(int parent, QByteArrayView key, Kind kind, QByteArrayView text)
    {
        if (m_nodes.size() >= kMaxNodes)
            return -1;
        for (const Node &node : std::as_const(m_nodes)) {
            if (node.parent == parent && parent >= 0 && node.key.size() == key.size() &&
                std::memcmp(node.key.data(), key.data(), size_t(key.size())) == 0)
                return -1;  // a duplicated key: Qt decides which one counts
        }
        m_nodes.append(Node{parent, kind, key, text});
        return int(m_nodes.size() - 1);
    }
    // One value; members of objects outside arrays are recorded (record), the rest only read.
    bool readValue(int parent, QByteArrayView key, int depth, bool record)
    {
        skipSpace();
        if (m_at == m_end)
            return false;
        const char c = *m_at;
        if (c == '{' || c == '[') {
            if (depth >= kMaxDepth)
                return false;
            const bool object = c == '{';
            int self = -1;
            if (record && (self = add(parent, key, object ? Kind::Object : Kind::Other, {})) < 0)
                return false;
            const char close = object ? '}' : ']';
            ++m_at;
            skipSpace();
            if (m_at != m_end && *m_at == close) {
                ++m_at;
                return true;
            }
            for (;;) {
                QByteArrayView memberKey;
                if (object) {
                    skipSpace();
                    if (!readString(&memberKey))
                        return false;
                    skipSpace();
                    if (m_at == m_end || *m_at != ':')
                        return false;
                    ++m_at;
                }
                if (!readValue(self, memberKey, depth + 1, record && object))
                    return false;
                skipSpace();
                if (m_at == m_end)
                    return false;
                if (*m_at == ',') {
                    ++m_at;
                    continue;
                }
                if (*m_at != close)
                    return false;
                ++m_at;
                return true;
            }
        }
        Kind kind = Kind::Other;
        QByteArrayView text;
        if (c == '"') {
            if (!readString(&text))
                return false;
            kind = Kind::String;
        } else if (c == '-' || isDigit(c)) {
            if (!readNumber(&text, &kind))
                return false;
        } else if (literal("null", 4)) {
            kind = Kind::Null;
        } else if (!literal("true", 4) && !literal("false", 5)) {
            return false;
        }
        return !record || add(parent, key, kind, text) >= 0;
    }
    int child(int parent, QStringView key) const
    {
        for (int i = parent + 1; i < m_nodes.size(); ++i) {
            const Node &node = m_nodes.at(i);
            if (node.parent == parent && sameText(key, node.key))
                return i;
        }
        return -1;
    }
    FieldValue toValue(const Node &node) const
    {
        switch (node.kind) {
        case Kind::String:
            return FieldValue::ofLatin1(node.text);
        case Kind::Integer: {
            qint64 n = 0;
            for (const char c : node.text)
                n = n * 10 + (c - '0');
            return FieldValue::ofInteger(n);
        }
        case Kind::Null:
            return FieldValue::ofNull();
        case Kind::Object:
        case Kind::Other:
            break;
        }
        m_unsupported = true;  // QJsonDocument reads it
        return FieldValue();
    }

    const char *m_at = nullptr;
    const char *m_end = nullptr;
    QVarLengthArray<Node, 32> m_nodes;
    mutable bool m_unsupported = false;
};

// The engine's field names a mapping may map (docs/profiles.md), told apart by length and
// first letter before one compare: a frame's fields were compared with up to ten names.
enum class EngineField { Other, Id, UnitId, Seq, Entity, Action, Status, Number, EventId, Echo, Message,
                         NotificationKind, Timestamp, ServerTime };

EngineField engineField(const QString &field)
{
    const auto named = [&field](QLatin1String name, EngineField f) {
        return sameText(field, QByteArrayView(name.data(), name.size())) ? f : EngineField::Other;
    };
    if (field.isEmpty())
        return EngineField::Other;
    const char16_t first = field.front().unicode();
    switch (field.size()) {
    case 2:
        return named(QLatin1String("id"), EngineField::Id);
    case 3:
        return named(QLatin1String("seq"), EngineField::Seq);
    case 4:
        return named(QLatin1String("echo"), EngineField::Echo);
    case 6:
        switch (first) {
        case u'u':
            return named(QLatin1String("unitId"), EngineField::UnitId);
        case u'e':
            return named(QLatin1String("entity"), EngineField::Entity);
        case u'a':
            return named(QLatin1String("action"), EngineField::Action);
        case u's':
            return named(QLatin1String("status"), EngineField::Status);
        case u'n':
            return named(QLatin1String("number"), EngineField::Number);
        default:
            return EngineField::Other;
        }
    case 7:
        return first == u'e' ? named(QLatin1String("eventId"), EngineField::EventId)
                             : named(QLatin1String("message"), EngineField::Message);
    case 9:
        return named(QLatin1String("timestamp"), EngineField::Timestamp);
    case 10:
        return named(QLatin1String("serverTime"), EngineField::ServerTime);
    case 16:
        return named(QLatin1String("notificationKind"), EngineField::NotificationKind);
    default:
        return EngineField::Other;
    }
}

template <typename Frame>
FieldValue resolve(const Frame &frame, const FieldPath &path)
{
    const QStringView all(path.expression);
    if (all.startsWith(QLatin1Char('=')))
        return FieldValue::ofString(path.expression.mid(1));
    if (!path.steps.isEmpty()) {  // split when the profile was loaded
        for (const QStringList &keys : path.steps) {
            FieldValue value = frame.at(keys);
            if (!value.isUndefined() && !value.isNull())
                return value;
        }
        return FieldValue();
    }
    qsizetype from = 0;
    while (from <= all.size()) {
        qsizetype bar = all.indexOf(QLatin1Char('|'), from);
        if (bar < 0)
            bar = all.size();
        FieldValue value = frame.at(all.mid(from, bar - from));
        if (!value.isUndefined() && !value.isNull())
            return value;
        from = bar + 1;
    }
    return FieldValue();
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
// Read from UTF-16 text or from a frame's Latin-1 characters (char16_t at(i)).
template <typename At>
qint64 parseUtcIsoMsFast(qsizetype n, At at)
{
    if ((n != 20 && n != 24) || at(n - 1) != u'Z' || at(4) != u'-' || at(7) != u'-' ||
        at(10) != u'T' || at(13) != u':' || at(16) != u':' || (n == 24 && at(19) != u'.')) {
        return -1;
    }
    bool ok = true;
    const auto number = [&](qsizetype from, int digits) {
        int v = 0;
        for (int k = 0; k < digits; ++k) {
            const char16_t c = at(from + k);
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
    const QStringView s(text);
    if (const qint64 fast =
            parseUtcIsoMsFast(s.size(), [s](qsizetype i) { return s[i].unicode(); });
        fast >= 0)
        return fast;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

namespace {

// parseIsoMs of a frame's Latin-1 characters, without a QString for the usual form.
qint64 parseIsoMsLatin1(QByteArrayView s)
{
    const auto at = [s](qsizetype i) { return char16_t(static_cast<unsigned char>(s[i])); };
    if (const qint64 fast = parseUtcIsoMsFast(s.size(), at); fast >= 0)
        return fast;
    return parseIsoMs(QString::fromLatin1(s));
}

// The text of a field whose values repeat from frame to frame (a message type, an entity, an
// action, a status), shared: a QString of each was an allocation and a free per frame. One
// short list per kind and thread (parsers run on the simulator's threads); a list that
// outgrows what a profile and its server use is started again.
enum class Interned
{
    Type,
    Entity,
    Action,
    Status,
    Count
};

QString interned(Interned kind, const FieldValue &v)
{
    if (!v.isLatin1())
        return v.text;
    thread_local QList<QString> known[int(Interned::Count)];
    QList<QString> &list = known[int(kind)];
    const QLatin1String text(v.latin1.data(), v.latin1.size());
    for (const QString &s : std::as_const(list)) {
        if (sameText(s, v.latin1))
            return s;
    }
    QString s = text;
    if (text.size() <= 32) {
        if (list.size() >= 32)
            list.clear();
        list.append(s);
    }
    return s;
}

}  // namespace

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

    if (m_fastPath) {
        FlatFrame flat;
        if (flat.read(utf8)) {
            ParseResult result = readFrame(flat, size, receivedAtMs);
            if (!flat.unsupported())
                return result;
        }
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(FrameError::Code::MalformedJson,
                       FrameParserText::tr("malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()),
                       size);
    if (!doc.isObject())
        return failure(FrameError::Code::NotAnObject, FrameParserText::tr("frame is JSON but not an object"), size);
    return readFrame(DocumentFrame{doc.object()}, size, receivedAtMs);
}

template <typename Frame>
ParseResult FrameParser::readFrame(const Frame &root, int size, qint64 receivedAtMs) const
{
    const FieldValue typeValue = root.top(m_profile->typeField());
    if (!typeValue.isString())
        return failure(FrameError::Code::MissingType,
                       FrameParserText::tr("frame has no string \"%1\" field").arg(m_profile->typeField()), size);
    const QString type = interned(Interned::Type, typeValue);
    const auto mappingIt = m_profile->messageTypes().constFind(type);
    if (mappingIt == m_profile->messageTypes().cend())
        return failure(FrameError::Code::UnknownType, FrameParserText::tr("unknown message type \"%1\"").arg(type.left(64)),
                       size);
    const MessageMapping &mapping = *mappingIt;

    // Every field read once, the required ones checked first (one the mapping does not map,
    // which a profile file cannot have, is read as the empty path, as before).
    QVarLengthArray<std::pair<const QString *, FieldValue>, 12> values;
    if (mapping.fieldList.size() == mapping.fields.size()) {  // the profile's list of them
        for (const auto &[name, path] : mapping.fieldList)
            values.append({&name, resolve(root, path)});
    } else {
        for (auto it = mapping.fields.cbegin(); it != mapping.fields.cend(); ++it)
            values.append({&it.key(), resolve(root, it.value())});
    }
    for (const QString &required : mapping.required) {
        const auto found = std::find_if(values.cbegin(), values.cend(),
                                        [&required](const auto &v) { return *v.first == required; });
        if (found == values.cend() ? resolve(root, FieldPath()).isUndefined() : found->second.isUndefined())
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

    for (const auto &[name, v] : values) {
        const QString &field = *name;
        if (v.isUndefined())
            continue;
        const EngineField f = engineField(field);
        if (f == EngineField::Id || f == EngineField::UnitId) {
            // any JSON integer or non-empty string (spec §2 "Ids"): UUIDs included; a positive
            // integer is the id EntityId::fromJson makes of it, without a QJsonValue
            QString why;
            const std::optional<EntityId> id = v.kind == FieldValue::Kind::Integer && v.integer > 0
                                                   ? std::optional<EntityId>(EntityId(v.integer))
                                                   : EntityId::fromJson(v.toJson(), &why);
            if (!id)
                return failure(FrameError::Code::WrongType,
                               FrameParserText::tr("\"%1\" frame: %2 must be %3").arg(type, field, why), size);
            if (f == EngineField::Id)
                e.id = *id;
            else
                e.unitId = *id;
            continue;
        }
        if (f == EngineField::Seq) {
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
        const auto valueMap = mapping.values.isEmpty() ? mapping.values.cend() : mapping.values.constFind(field);
        if (valueMap == mapping.values.cend()) {  // the frame's text as it is
            if (f == EngineField::Entity) {
                e.entity = interned(Interned::Entity, v);
                continue;
            }
            if (f == EngineField::Action) {
                e.action = interned(Interned::Action, v);
                continue;
            }
            if (f == EngineField::Status) {
                e.status = interned(Interned::Status, v);
                continue;
            }
            if ((f == EngineField::Timestamp || f == EngineField::ServerTime) && v.isLatin1()) {
                const qint64 ms = v.latin1.isEmpty() ? 0 : parseIsoMsLatin1(v.latin1);
                if (ms == 0)
                    return wrongType(field,
                                     QT_TRANSLATE_NOOP("Dms::FrameParser", "an ISO-8601 time"));
                e.serverTimeMs = ms;
                continue;
            }
        }
        const QString s = valueMap == mapping.values.cend() ? v.toString() : valueMap->apply(v.toString());
        if (f == EngineField::Entity)
            e.entity = s;
        else if (f == EngineField::Action)
            e.action = s;
        else if (f == EngineField::Status)
            e.status = s;
        else if (f == EngineField::Number)
            e.number = s;
        else if (f == EngineField::EventId)
            e.eventId = s;
        else if (f == EngineField::Echo)
            e.echo = s;
        else if (f == EngineField::Message)
            e.message = s.left(1000);
        else if (f == EngineField::NotificationKind)
            e.notificationKind = s;
        else if (f == EngineField::Timestamp || f == EngineField::ServerTime) {
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
