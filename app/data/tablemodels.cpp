// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "data/tablemodels.h"

#include "sync/queryclient.h"

namespace Dms {

using Format = ColumnSpec::Format;

QString requestKindName(RequestKind kind)
{
    switch (kind) {
        case RequestKind::Withdrawal:
            return QStringLiteral("withdrawal");
        case RequestKind::Destruction:
            return QStringLiteral("destruction");
        case RequestKind::Transfer:
            return QStringLiteral("transfer");
    }
    return QString();
}

QString requestListKey(RequestKind kind)
{
    return requestKindName(kind) + QLatin1String("-requests");
}

EntityTableModel *createRequestsModel(QueryClient *client, RequestKind kind, QObject *parent)
{
    QList<ColumnSpec> columns{
        {EntityTableModel::tr("Number"), QStringLiteral("request_number"), Format::Text},
        {EntityTableModel::tr("Status"), QStringLiteral("status"), Format::Status},
        {EntityTableModel::tr("Requester"),
         QStringLiteral("requester_name|requester.username|requester"), Format::Text},
        {EntityTableModel::tr("Crate"), QStringLiteral("crate_number|crate.crate_number|crate"),
         Format::Text},
    };
    if (kind == RequestKind::Transfer) {
        columns.append(
            {EntityTableModel::tr("Destination"),
             QStringLiteral("destination_unit_name|destination_unit.name|destination_unit|"
                            "destination_unit_id"),
             Format::Text});
    }
    columns.append({EntityTableModel::tr("Reason"), QStringLiteral("reason"), Format::Text});
    columns.append(
        {EntityTableModel::tr("Updated"), QStringLiteral("updated_at"), Format::DateTime});
    columns.append({EntityTableModel::tr("Updated by"),
                    QStringLiteral("updated_by_name|updated_by.username|updated_by"),
                    Format::Text});
    return new EntityTableModel(client, requestListKey(kind), columns, parent);
}

EntityTableModel *createSendBacksModel(QueryClient *client, QObject *parent)
{
    const QList<ColumnSpec> columns{
        {EntityTableModel::tr("Request"), QStringLiteral("request_number"), Format::Text},
        {EntityTableModel::tr("Kind"), QStringLiteral("request_kind"), Format::Text},
        {EntityTableModel::tr("Status"), QStringLiteral("status"), Format::Status},
        {EntityTableModel::tr("Sent by"), QStringLiteral("sent_by_name|sent_by.username|sent_by"),
         Format::Text},
        {EntityTableModel::tr("Reason"), QStringLiteral("reason"), Format::Text},
        {EntityTableModel::tr("Created"), QStringLiteral("created_at"), Format::DateTime},
    };
    auto *model = new EntityTableModel(client, QStringLiteral("sendback-records"), columns, parent);
    model->setChangedByField(QStringLiteral("sent_by_name|sent_by.username|sent_by"));
    return model;
}

EntityTableModel *createCratesModel(QueryClient *client, QObject *parent)
{
    const QList<ColumnSpec> columns{
        {EntityTableModel::tr("Crate"), QStringLiteral("crate_number"), Format::Text},
        {EntityTableModel::tr("Status"), QStringLiteral("status"), Format::Status},
        {EntityTableModel::tr("Storage"), QStringLiteral("storage_code|storage.code|storage"),
         Format::Text},
        {EntityTableModel::tr("Unit"), QStringLiteral("unit_name|unit.name|unit_id"), Format::Text},
        {EntityTableModel::tr("Description"), QStringLiteral("description"), Format::Text},
        {EntityTableModel::tr("Updated"), QStringLiteral("updated_at"), Format::DateTime},
        {EntityTableModel::tr("Updated by"),
         QStringLiteral("updated_by_name|updated_by.username|updated_by"), Format::Text},
    };
    return new EntityTableModel(client, QStringLiteral("crates"), columns, parent);
}

EntityTableModel *createEquipmentModel(QueryClient *client, QObject *parent)
{
    const QList<ColumnSpec> columns{
        {EntityTableModel::tr("Equipment"), QStringLiteral("name"), Format::Text},
        {EntityTableModel::tr("Status"), QStringLiteral("status"), Format::Status},
        {EntityTableModel::tr("Location"), QStringLiteral("location"), Format::Text},
        {EntityTableModel::tr("Session"), QStringLiteral("active_session_id"), Format::Text},
        {EntityTableModel::tr("Updated"), QStringLiteral("updated_at"), Format::DateTime},
    };
    return new EntityTableModel(client, QStringLiteral("equipment"), columns, parent);
}

EntityTableModel *createAuditModel(QueryClient *client, QObject *parent)
{
    const QList<ColumnSpec> columns{
        {EntityTableModel::tr("Time"), QStringLiteral("at"), Format::DateTime},
        {EntityTableModel::tr("User"), QStringLiteral("username|user.username|user"), Format::Text},
        {EntityTableModel::tr("Entity"), QStringLiteral("entity"), Format::Text},
        {EntityTableModel::tr("Entity id"), QStringLiteral("entity_id"), Format::Number},
        {EntityTableModel::tr("Action"), QStringLiteral("action"), Format::Text},
        {EntityTableModel::tr("Summary"), QStringLiteral("summary"), Format::Text},
    };
    auto *model = new EntityTableModel(client, QStringLiteral("audit"), columns, parent);
    model->setAppendOnly(true);
    model->setStatusField(QStringLiteral("action"));
    model->setChangedByField(QStringLiteral("username|user.username|user"));
    return model;
}

EntityTableModel *createStorageModel(QueryClient *client, QObject *parent)
{
    const QList<ColumnSpec> columns{
        {EntityTableModel::tr("Code"), QStringLiteral("code"), Format::Text},
        {EntityTableModel::tr("Description"), QStringLiteral("description"), Format::Text},
        {EntityTableModel::tr("Capacity"), QStringLiteral("capacity"), Format::Number},
        {EntityTableModel::tr("Crates"), QStringLiteral("crate_count|crates_count"),
         Format::Number},
        {EntityTableModel::tr("Updated"), QStringLiteral("updated_at"), Format::DateTime},
    };
    return new EntityTableModel(client, QStringLiteral("storage"), columns, parent);
}

}  // namespace Dms
