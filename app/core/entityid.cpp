// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "core/entityid.h"

#include <QCoreApplication>

namespace Dms {

namespace {

constexpr int MaxIdChars = 200;

bool allDigits(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)  // 18 digits always fit in qint64
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Text that reads as an integer that is not a key: a sign ("-7", "+7", "-0") or zero ("0",
// "000"). Ids start at 1 in every form, so "-7" as a JSON string, a URL segment or a CSV
// cell is refused like the number -7 (spec §2 "Ids").
bool isNonKeyInteger(const QString &text)
{
    qsizetype digitsFrom = 0;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')))
        digitsFrom = 1;
    if (digitsFrom == text.size())
        return false;
    bool allZero = true;
    for (qsizetype i = digitsFrom; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        allZero = allZero && c == QLatin1Char('0');
    }
    return digitsFrom == 1 || allZero;
}

struct EntityIdText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::EntityId)
};

}  // namespace

EntityId::EntityId(qint64 number)
{
    if (number <= 0)
        return;  // no id (0 was the engine's "none"; database keys start at 1): null
    m_number = number;
    m_numeric = true;
}

EntityId EntityId::fromString(const QString &text)
{
    EntityId id;
    if (text.isEmpty() || isNonKeyInteger(text))
        return id;
    if (allDigits(text)) {
        const qint64 number = text.toLongLong();
        // "007" is not the number 7's canonical text: keep it a string id
        if (QString::number(number) == text) {
            id.m_numeric = true;
            id.m_number = number;
            return id;
        }
    }
    id.m_text = text;
    return id;
}

std::optional<EntityId> EntityId::fromJson(const QJsonValue &value, QString *why)
{
    if (value.isDouble()) {
        // toInteger() reads a JSON integer exactly (a double would round above 2^53) and
        // refuses fractions; ids start at 1 (0 was never a row's key)
        const qint64 n = value.toInteger(-1);
        if (n <= 0) {
            if (why)
                *why = EntityIdText::tr("a positive integer or a non-empty string");
            return std::nullopt;
        }
        return EntityId(n);
    }
    if (value.isString()) {
        const QString s = value.toString();
        if (s.isEmpty() || s.size() > MaxIdChars) {
            if (why)
                *why = EntityIdText::tr("a non-empty string of at most %1 characters or an integer").arg(MaxIdChars);
            return std::nullopt;
        }
        if (isNonKeyInteger(s)) {
            if (why)
                *why = EntityIdText::tr("a positive integer or a non-empty string");
            return std::nullopt;
        }
        EntityId id = fromString(s);
        id.m_jsonString = true;
        return id;
    }
    if (why)
        *why = EntityIdText::tr("an integer or a string");
    return std::nullopt;
}

EntityId EntityId::fromJsonOrNull(const QJsonValue &value)
{
    return fromJson(value).value_or(EntityId());
}

QJsonValue EntityId::toJson() const
{
    if (isNull())
        return QJsonValue(QJsonValue::Null);
    if (m_numeric && !m_jsonString)
        return QJsonValue(m_number);
    return QJsonValue(toString());
}

QVariant EntityId::toVariant() const
{
    if (isNull())
        return QVariant();
    if (m_numeric)
        return QVariant(m_number);
    return QVariant(m_text);
}

int EntityId::compareOther(const EntityId &a, const EntityId &b)
{
    // null first, so that "id > EntityId()" reads "id is set"
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull() ? 0 : (a.isNull() ? -1 : 1);
    if (a.m_numeric && b.m_numeric)
        return a.m_number < b.m_number ? -1 : a.m_number > b.m_number ? 1 : 0;
    if (a.m_numeric != b.m_numeric)
        return a.m_numeric ? -1 : 1;
    return QString::compare(a.m_text, b.m_text);
}

}  // namespace Dms

namespace {

// Item models hand ids around in QVariants: let them read as a number (0 for string ids)
// and as text wherever a QVariant is converted.
const bool g_convertersRegistered = [] {
    QMetaType::registerConverter<Dms::EntityId, qlonglong>([](const Dms::EntityId &id) { return id.toNumber(); });
    QMetaType::registerConverter<Dms::EntityId, QString>([](const Dms::EntityId &id) { return id.toString(); });
    return true;
}();

}  // namespace
