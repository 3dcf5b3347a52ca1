// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QString>
#include <QStringList>

namespace Dms {

// Words for codes the server sends, shared by the window's panels.
QString roleTitle(const QString &role);  // "store_head" → "Store head" (tr)

// What happened to a row, in words: the action verbs the server sends in audit entries
// ("approved", "storage_allocated", "relocated", …), in frames (data_update "created",
// "updated", "deleted"; seed 001's request.updated "approved", "sent_back", …) and the REST
// action names (spec §1: "approve", "send-back", "allocate-storage", …, which a DMS may
// also log), in either spelling (case, "-", "_" or " "). "approve" and "approved" read the
// same ("Approved"); verbs that are also statuses read as EntityTableModel::statusText.
// An unknown verb is returned as sent.
QString actionTitle(const QString &action);
// Every verb actionTitle knows, as the reference server and the spec spell them.
QStringList knownActionVerbs();

}  // namespace Dms
