// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QString>

namespace Dms {

// The "exp" claim of a JWT, in milliseconds since the Unix epoch. Reads the base64url
// payload only: no signature check (the server checks; the console only wants to know
// when to refresh). Returns 0 when the token is malformed or carries no numeric exp.
qint64 jwtExpiryMs(const QString &token);

}  // namespace Dms
