#pragma once

#include <QString>
#include <QUrl>

namespace Dms {

// A URL safe to show or log: credentials and the values of secret query items
// (token, access, refresh, password, ...) are replaced by "***".
QString redactedUrl(const QUrl &url);

// The same for free text that may contain a URL or a JWT: JWT-shaped substrings and
// token=... query values become "***".
QString redactSecrets(const QString &text);

}  // namespace Dms
