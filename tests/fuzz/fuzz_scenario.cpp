// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// libFuzzer target: the simulator's scenario loader (Scenario::fromJson, app/sim), which
// reads user-supplied files. Strict by design: any input is a scenario or an error
// naming what is wrong, and a loaded scenario serialises again.
#include <cstdint>
#include <cstdlib>

#include "sim/scenario.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    Dms::Scenario scenario;
    Dms::ScenarioError error;
    if (!Dms::Scenario::fromJson(json, QStringLiteral("fuzz"), &scenario, &error))
        return 0;
    (void)scenario.toJson();
    (void)scenario.totalUsers();
    return 0;
}
