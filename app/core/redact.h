// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QString>
#include <QUrl>

namespace Dms {

// A URL safe to show or log: credentials, the values of secret query items (token,
// access, refresh, password, ...) and any JWT-shaped value, whatever its item's name, are
// replaced by "***".
QString redactedUrl(const QUrl &url);

// The same for free text that may contain a URL or a JWT: JWT-shaped substrings and
// token=... query values become "***".
QString redactSecrets(const QString &text);

// Text from the server (a username, a role, a close reason) made safe to print on a
// terminal: control characters (escape sequences, carriage returns, backspaces, ...) and
// the bidirectional overrides that reorder what a reader sees become U+FFFD.
QString terminalSafe(const QString &text);

}  // namespace Dms
