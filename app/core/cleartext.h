// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QString>
#include <QUrl>

namespace Dms {

// True when signing in to this server would send the password, the signature passwords and
// the tokens in clear text over a network: http:// to any host but this machine's
// loopback (127.0.0.0/8, ::1, localhost). Headless commands refuse such a server unless
// --allow-insecure-http is given; the window asks once (docs/security.md).
bool sendsSecretsInClear(const QUrl &server);

// What to tell the user about such a server, naming it (redacted).
QString clearTextWarning(const QUrl &server);

}  // namespace Dms
