#include "core/sharedjson.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonParseError>
#include <QList>

namespace Dms {

namespace {

struct Cache
{
    QHash<QByteArray, QJsonDocument> documents;  // by SHA-1 of the body
    QList<QByteArray> order;                     // oldest first
    quint64 hits = 0;
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

}  // namespace

QJsonDocument SharedJson::parse(const QByteArray &body, QJsonParseError *error)
{
    if (body.size() < MinBytes)
        return QJsonDocument::fromJson(body, error);
    Cache &c = cache();
    const QByteArray key = QCryptographicHash::hash(body, QCryptographicHash::Sha1) +
                           QByteArray::number(body.size());
    const auto it = c.documents.constFind(key);
    if (it != c.documents.cend()) {
        ++c.hits;
        if (error)
            *error = QJsonParseError{0, QJsonParseError::NoError};
        return *it;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (error)
        *error = parseError;
    if (parseError.error != QJsonParseError::NoError)
        return doc;
    c.documents.insert(key, doc);
    c.order.append(key);
    while (c.order.size() > Capacity)
        c.documents.remove(c.order.takeFirst());
    return doc;
}

quint64 SharedJson::hits()
{
    return cache().hits;
}

void SharedJson::clear()
{
    cache() = Cache();
}

}  // namespace Dms
