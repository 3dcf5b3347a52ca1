// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "auth/secretstore.h"

namespace Dms {

QString SecretStore::keyFor(const QUrl &server, const QString &username, const QString &what)
{
    const QUrl origin = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                        QUrl::RemoveQuery | QUrl::RemoveFragment);
    return origin.toString(QUrl::FullyEncoded) % u'|' % username % u'|' % what;
}

}  // namespace Dms
