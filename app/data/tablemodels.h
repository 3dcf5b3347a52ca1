// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "data/entitytablemodel.h"

namespace Dms {

class QueryClient;

// The standard tables of the console, each bound to its query key (spec §3).
enum class RequestKind
{
    Withdrawal,
    Destruction,
    Transfer
};

QString requestKindName(RequestKind kind);  // "withdrawal", …
QString requestListKey(RequestKind kind);   // "withdrawal-requests", …

// Owned by parent; each observes its key while it lives.
EntityTableModel *createRequestsModel(QueryClient *client, RequestKind kind,
                                      QObject *parent = nullptr);
EntityTableModel *createSendBacksModel(QueryClient *client, QObject *parent = nullptr);
EntityTableModel *createCratesModel(QueryClient *client, QObject *parent = nullptr);
// Append-only: new entries at the end; existing entries are never compared again.
EntityTableModel *createAuditModel(QueryClient *client, QObject *parent = nullptr);
EntityTableModel *createStorageModel(QueryClient *client, QObject *parent = nullptr);
// Lab equipment of a seed-004 backend (hycon-first-message profile), key "equipment".
EntityTableModel *createEquipmentModel(QueryClient *client, QObject *parent = nullptr);

}  // namespace Dms
