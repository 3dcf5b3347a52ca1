// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "session/resttrafficmeter.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Dms {

RestTrafficMeter::RestTrafficMeter(QObject *parent) : QObject(parent) {}

RestTrafficMeter::~RestTrafficMeter() = default;

void RestTrafficMeter::attach(QNetworkAccessManager *nam)
{
    // The manager's finished() comes before the reply's own finished() slots run (the
    // manager connects first), so the body is still unread here.
    connect(nam, &QNetworkAccessManager::finished, this, &RestTrafficMeter::onFinished);
}

void RestTrafficMeter::onFinished(QNetworkReply *reply)
{
    qint64 bytes = reply->bytesAvailable();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid())
        bytes = qMax(bytes, length.toLongLong());
    bytes += 17;  // "HTTP/1.1 200 OK\r\n"
    for (const QNetworkReply::RawHeaderPair &header : reply->rawHeaderPairs())
        bytes += header.first.size() + header.second.size() + 4;  // "name: value\r\n"
    bytes += 2;
    if (reply->operation() == QNetworkAccessManager::GetOperation) {
        ++m_totals.gets;
        m_totals.getBytes += bytes;
    } else {
        ++m_totals.others;
        m_totals.otherBytes += bytes;
    }
}

}  // namespace Dms
