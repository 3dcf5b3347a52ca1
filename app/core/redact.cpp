// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "core/redact.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Dms {

namespace {
bool isSecretKey(const QString &key)
{
    static const QStringList secret = {QStringLiteral("token"),    QStringLiteral("access"),
                                       QStringLiteral("refresh"),  QStringLiteral("password"),
                                       QStringLiteral("secret"),   QStringLiteral("key"),
                                       QStringLiteral("auth"),     QStringLiteral("jwt")};
    const QString k = key.toLower();
    for (const QString &s : secret) {
        if (k.contains(s))
            return true;
    }
    return false;
}

// A JSON member that holds a secret: named so exactly or by suffix (frames carry "author",
// "key" and the like, which stay).
bool isSecretJsonKey(const QString &key)
{
    static const QStringList exact = {QStringLiteral("token"),         QStringLiteral("access"),
                                      QStringLiteral("refresh"),       QStringLiteral("password"),
                                      QStringLiteral("secret"),        QStringLiteral("jwt"),
                                      QStringLiteral("authorization"), QStringLiteral("signature_password")};
    static const QStringList suffixes = {QStringLiteral("_token"), QStringLiteral("_password"),
                                         QStringLiteral("_secret"), QStringLiteral("token"),
                                         QStringLiteral("password")};
    const QString k = key.toLower();
    if (exact.contains(k))
        return true;
    for (const QString &s : suffixes) {
        if (k.endsWith(s))
            return true;
    }
    return false;
}

// JWTs: three base64url segments, the first starting with "eyJ" (a JSON object).
const QRegularExpression &jwtPattern()
{
    static const QRegularExpression jwt(
        QStringLiteral(R"(eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)"));
    return jwt;
}
}  // namespace

QString redactedUrl(const QUrl &url)
{
    QUrl copy = url;
    if (!copy.userInfo().isEmpty())
        copy.setUserInfo(QStringLiteral("***"));
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyDecoded);
        for (auto &item : items) {
            // by name, and by shape: a profile may name its token parameter anything
            if (isSecretKey(item.first) || item.second.contains(jwtPattern()))
                item.second = QStringLiteral("***");
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    return copy.toDisplayString(QUrl::PreferLocalFile);
}

QJsonValue redactJsonSecrets(const QJsonValue &value)
{
    if (value.isString())
        return redactSecrets(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(redactJsonSecrets(item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), isSecretJsonKey(it.key()) && !it.value().isNull() ? QJsonValue(QStringLiteral("***"))
                                                                               : redactJsonSecrets(it.value()));
        return out;
    }
    return value;
}

QString redactSecrets(const QString &text)
{
    static const QRegularExpression query(
        QStringLiteral(R"(((?:token|access|refresh|password)=)[^&\s"']+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(jwtPattern(), QStringLiteral("***"));
    out.replace(query, QStringLiteral("\\1***"));
    return out;
}

namespace {

QString replaceControls(const QString &text, bool keepLineBreaks)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (keepLineBreaks && (u == u'\n' || u == u'\t'))
            continue;
        const bool bidiControl = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
        if (c.category() == QChar::Other_Control || bidiControl)
            c = QChar::ReplacementCharacter;
    }
    return out;
}

}  // namespace

QString terminalSafe(const QString &text)
{
    return replaceControls(text, false);
}

QString terminalSafeText(const QString &text)
{
    return replaceControls(text, true);
}

}  // namespace Dms
