// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QString>

namespace Dms {

// Words for codes the server sends, shared by the window's panels.
QString roleTitle(const QString &role);  // "store_head" → "Store head" (tr)

}  // namespace Dms
