// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QJsonValue>
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

// A JSON value safe to show or save: the values of members named as secrets (token,
// access, refresh, password, secret, jwt, authorization, *_token, *password, ...) at any
// depth become "***"; other strings go through redactSecrets.
QJsonValue redactJsonSecrets(const QJsonValue &value);

// Text from the server (a username, a role, a close reason) made safe to print on a
// terminal: control characters (escape sequences, carriage returns, backspaces, ...) and
// the bidirectional overrides that reorder what a reader sees become U+FFFD.
QString terminalSafe(const QString &text);
// The same for text of several lines (a summary, a usage text): line breaks and tabs stay.
QString terminalSafeText(const QString &text);

}  // namespace Dms
