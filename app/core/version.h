// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QString>

namespace Dms {

// The release this build is, from CMake's project(VERSION) and DMS_RELEASE_DATE (the top
// CMakeLists.txt, the one place they are written): "0.1.0" and "2026-12-03".
QString consoleVersion();
QString consoleReleaseDate();

}  // namespace Dms
