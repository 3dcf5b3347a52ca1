// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "core/cleartext.h"

#include <QCoreApplication>
#include <QHostAddress>

#include "core/redact.h"

namespace Dms {

bool sendsSecretsInClear(const QUrl &server)
{
    if (server.scheme() != QLatin1String("http"))
        return false;
    const QString host = server.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

QString clearTextWarning(const QUrl &server)
{
    return QCoreApplication::translate(
               "Dms::ClearText",
               "%1 is plain http:// to another machine: your password, your signature passwords and "
               "your tokens would cross the network unencrypted, readable by anyone on the way. "
               "Use https://, or accept the risk explicitly (--allow-insecure-http).")
        .arg(redactedUrl(server));
}

}  // namespace Dms
