// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "style/labels.h"

#include <QCoreApplication>

namespace Dms {

namespace {

struct LabelsText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::Labels)
};

}  // namespace

QString roleTitle(const QString &role)
{
    if (role == QLatin1String("requester"))
        return LabelsText::tr("Requester");
    if (role == QLatin1String("approver"))
        return LabelsText::tr("Approver");
    if (role == QLatin1String("store_head"))
        return LabelsText::tr("Store head");
    if (role == QLatin1String("unit_admin"))
        return LabelsText::tr("Unit admin");
    if (role == QLatin1String("admin"))
        return LabelsText::tr("Administrator");
    return role;
}

}  // namespace Dms
