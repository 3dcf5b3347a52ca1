// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "core/version.h"

#include "dmsversion.h"  // generated from app/core/dmsversion.h.in

namespace Dms {

QString consoleVersion()
{
    return QStringLiteral(DMS_VERSION);
}

QString consoleReleaseDate()
{
    return QStringLiteral(DMS_RELEASE_DATE);
}

}  // namespace Dms
