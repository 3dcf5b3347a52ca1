// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "auth/jwt.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace Dms {

qint64 jwtExpiryMs(const QString &token)
{
    const QList<QStringView> parts = QStringView(token).split(u'.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return 0;

    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return 0;

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return 0;

    const QJsonValue exp = doc.object().value(QLatin1String("exp"));
    if (!exp.isDouble())
        return 0;
    const double seconds = exp.toDouble();
    // Positive and below year 9999: anything else is not a real expiry.
    if (!std::isfinite(seconds) || seconds <= 0 || seconds > 253'402'300'799.0)
        return 0;
    return static_cast<qint64>(seconds * 1000.0);
}

}  // namespace Dms
