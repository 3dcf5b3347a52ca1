// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "style/labels.h"

#include "data/entitytablemodel.h"

#include <QCoreApplication>
#include <QHash>

namespace Dms {

namespace {

struct LabelsText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::Labels)
};

// "Send-Back", "send back", "SENT_BACK" → "send_back", "sent_back".
QString actionKey(const QString &action)
{
    QString key = action.trimmed().toLower();
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    return key;
}

}  // namespace

QStringList knownActionVerbs()
{
    return {
        // audit entries of the reference server (server/dms/services.py, signals.py, seed_demo)
        QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("deleted"),
        QStringLiteral("resubmitted"), QStringLiteral("approved"), QStringLiteral("rejected"),
        QStringLiteral("sent_back"), QStringLiteral("storage_allocated"), QStringLiteral("issued"),
        QStringLiteral("returned"), QStringLiteral("withdrawn"), QStringLiteral("archived"),
        QStringLiteral("destroyed"), QStringLiteral("transferred"), QStringLiteral("relocated"),
        QStringLiteral("seeded"),
        // the REST actions (spec §1), as a DMS may log them
        QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("send-back"),
        QStringLiteral("allocate-storage"), QStringLiteral("issue"), QStringLiteral("return"),
        QStringLiteral("relocate"),
    };
}

QString actionTitle(const QString &action)
{
    const QString key = actionKey(action);
    // Verbs that name the status they lead to: the status's own words (one translation).
    static const QHash<QString, QString> asStatus{
        {QStringLiteral("approved"), QStringLiteral("approved")},
        {QStringLiteral("approve"), QStringLiteral("approved")},
        {QStringLiteral("rejected"), QStringLiteral("rejected")},
        {QStringLiteral("reject"), QStringLiteral("rejected")},
        {QStringLiteral("sent_back"), QStringLiteral("sent_back")},
        {QStringLiteral("send_back"), QStringLiteral("sent_back")},
        {QStringLiteral("issued"), QStringLiteral("issued")},
        {QStringLiteral("issue"), QStringLiteral("issued")},
        {QStringLiteral("returned"), QStringLiteral("returned")},
        {QStringLiteral("return"), QStringLiteral("returned")},
        {QStringLiteral("withdrawn"), QStringLiteral("withdrawn")},
        {QStringLiteral("archived"), QStringLiteral("archived")},
        {QStringLiteral("destroyed"), QStringLiteral("destroyed")},
    };
    const auto status = asStatus.constFind(key);
    if (status != asStatus.cend())
        return EntityTableModel::statusText(*status);
    if (key == QLatin1String("created"))
        return LabelsText::tr("Created");
    if (key == QLatin1String("updated"))
        return LabelsText::tr("Updated");
    if (key == QLatin1String("deleted"))
        return LabelsText::tr("Deleted");
    if (key == QLatin1String("resubmitted"))
        return LabelsText::tr("Resubmitted");
    if (key == QLatin1String("storage_allocated") || key == QLatin1String("allocate_storage"))
        return LabelsText::tr("Storage allocated");
    if (key == QLatin1String("transferred"))
        return LabelsText::tr("Transferred");
    if (key == QLatin1String("relocated") || key == QLatin1String("relocate"))
        return LabelsText::tr("Relocated");
    if (key == QLatin1String("seeded"))
        return LabelsText::tr("Demo data created");
    return action;
}

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
