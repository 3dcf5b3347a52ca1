// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "core/sharedjson.h"

#include <QCache>
#include <QCryptographicHash>
#include <QJsonParseError>

namespace Dms {

namespace {

struct Cache
{
    // By SHA-1 and size of the body; the cost of an entry is the body's size.
    QCache<QByteArray, QJsonDocument> documents{SharedJson::CapacityBytes};
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
    if (body.size() < MinBytes || body.size() > CapacityBytes)
        return QJsonDocument::fromJson(body, error);
    Cache &c = cache();
    const QByteArray key = QCryptographicHash::hash(body, QCryptographicHash::Sha1) +
                           QByteArray::number(body.size());
    if (const QJsonDocument *hit = c.documents.object(key)) {
        ++c.hits;
        if (error)
            *error = QJsonParseError{0, QJsonParseError::NoError};
        return *hit;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (error)
        *error = parseError;
    if (parseError.error == QJsonParseError::NoError)
        c.documents.insert(key, new QJsonDocument(doc), body.size());
    return doc;
}

quint64 SharedJson::hits()
{
    return cache().hits;
}

void SharedJson::clear()
{
    Cache &c = cache();
    c.documents.clear();
    c.hits = 0;
}

}  // namespace Dms
