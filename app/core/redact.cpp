#include "core/redact.h"

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
            if (isSecretKey(item.first))
                item.second = QStringLiteral("***");
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    return copy.toDisplayString(QUrl::PreferLocalFile);
}

QString redactSecrets(const QString &text)
{
    // JWTs: three base64url segments, the first starting with "eyJ" (a JSON object).
    static const QRegularExpression jwt(
        QStringLiteral(R"(eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)"));
    static const QRegularExpression query(
        QStringLiteral(R"(((?:token|access|refresh|password)=)[^&\s"']+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(jwt, QStringLiteral("***"));
    out.replace(query, QStringLiteral("\\1***"));
    return out;
}

}  // namespace Dms
