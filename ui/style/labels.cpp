// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "style/labels.h"

#include <QCoreApplication>

namespace Dms {

QString roleTitle(const QString &role)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Dms::Labels", text); };
    if (role == QLatin1String("requester"))
        return tr("Requester");
    if (role == QLatin1String("approver"))
        return tr("Approver");
    if (role == QLatin1String("store_head"))
        return tr("Store head");
    if (role == QLatin1String("unit_admin"))
        return tr("Unit admin");
    if (role == QLatin1String("admin"))
        return tr("Administrator");
    return role;
}

}  // namespace Dms
