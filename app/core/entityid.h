// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace Dms {

// The id of a row, a user or a unit (spec §2 "Ids"): any JSON integer or non-empty string —
// the reference server sends integers, the shipped DMS (seed 002) UUID strings. Treated as
// an opaque value: equal when their text is equal (7 and "7" are the same id), ordered
// naturally (numbers as numbers, before other text), written back in the JSON type the
// server used. A null EntityId means "none".
class EntityId final
{
public:
    EntityId() = default;
    EntityId(qint64 number);  // NOLINT(google-explicit-constructor): integer ids read naturally; <= 0 is null
    EntityId(int number) : EntityId(qint64(number)) {}

    // From text (a query key's suffix, a URL segment, a CSV cell, a command-line value):
    // digits only → a number, anything else → a string id. Empty text, and text that reads
    // as a signed or zero integer ("-7", "+7", "0"), → null: ids start at 1 in every form.
    static EntityId fromString(const QString &text);
    // From JSON: a non-negative integer (no fraction, within 2^63) or a non-empty string
    // of at most 200 characters that does not read as a signed or zero integer. Anything
    // else (object, array, bool, null, NaN, negative — "-7" too —, fractional, empty) is refused: std::nullopt, and *why (if given) says what was wrong.
    static std::optional<EntityId> fromJson(const QJsonValue &value, QString *why = nullptr);
    // Lenient read of a REST body's field: null when absent or invalid.
    static EntityId fromJsonOrNull(const QJsonValue &value);

    bool isNull() const { return !m_numeric && m_text.isEmpty(); }
    bool isValid() const { return !isNull(); }
    bool isNumber() const { return m_numeric; }
    qint64 toNumber() const { return m_numeric ? m_number : 0; }  // 0 for string ids
    // A numeric id's text is made when asked for: most ids are numbers, held in every row
    // index and fetch table, and their text is rarely needed.
    QString toString() const { return m_numeric ? QString::number(m_number) : m_text; }
    // A string id's text, without a copy; empty for a number (see toString()).
    const QString &stringText() const { return m_text; }
    // The JSON the server would recognise: a number when the server sent a number (or the
    // text is all digits and came from elsewhere), else a string. Null for a null id.
    QJsonValue toJson() const;
    // For item models: a number (sorts numerically) or the text.
    QVariant toVariant() const;

    // A numeric id's text is canonical (fromString keeps "007" a string id), so two ids are
    // equal when both are the same number or both the same non-numeric text.
    friend bool operator==(const EntityId &a, const EntityId &b)
    {
        return a.m_numeric == b.m_numeric &&
               (a.m_numeric ? a.m_number == b.m_number : a.m_text == b.m_text);
    }
    friend bool operator!=(const EntityId &a, const EntityId &b) { return !(a == b); }
    // Natural order: numeric ids by value, before string ids; strings by text.
    friend bool operator<(const EntityId &a, const EntityId &b) { return compare(a, b) < 0; }
    friend bool operator>(const EntityId &a, const EntityId &b) { return compare(a, b) > 0; }
    friend bool operator<=(const EntityId &a, const EntityId &b) { return compare(a, b) <= 0; }
    friend bool operator>=(const EntityId &a, const EntityId &b) { return compare(a, b) >= 0; }
    static int compare(const EntityId &a, const EntityId &b)
    {
        // Two numbers (never null): inline, as a sorted table's binary search compares them.
        if (a.m_numeric && b.m_numeric)
            return a.m_number < b.m_number ? -1 : a.m_number > b.m_number ? 1 : 0;
        return compareOther(a, b);
    }

private:
    static int compareOther(const EntityId &a, const EntityId &b);

    QString m_text;  // a string id's text; empty for a number
    qint64 m_number = 0;
    bool m_numeric = false;
    bool m_jsonString = false;  // the server sent it as a JSON string (even if all digits)
};

inline size_t qHash(const EntityId &id, size_t seed = 0) noexcept
{
    // Qualified: inside Dms an unqualified qHash(qint64) would pick this overload through
    // EntityId's implicit constructor from a number, and recurse.
    return id.isNumber() ? ::qHash(id.toNumber(), seed) : ::qHash(id.stringText(), seed);
}

}  // namespace Dms

Q_DECLARE_METATYPE(Dms::EntityId)

#include <QDebug>

inline QDebug operator<<(QDebug debug, const Dms::EntityId &id)
{
    QDebugStateSaver saver(debug);
    debug.noquote() << (id.isNull() ? QStringLiteral("(none)") : id.toString());
    return debug;
}
