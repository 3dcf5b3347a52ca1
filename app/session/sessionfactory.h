// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <functional>

#include "live/dialectprofile.h"

class QObject;

namespace Dms {

class ConsoleSession;

// Built by the composition root (main.cpp) over the shared services (network manager,
// clock, secret store): whoever needs a new engine session — the window after a server
// switch, the simulator for each virtual user — asks this instead of building services.
using SessionFactory = std::function<ConsoleSession *(const DialectProfile &profile, QObject *parent)>;

}  // namespace Dms
