// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QList>
#include <QString>

#include "core/entityid.h"

namespace Dms {

// One account a virtual user signs in with. The password is used for the sign-in and
// the digital signature of approve / reject / send-back; it is never printed or logged.
struct SimUser
{
    QString username;
    QString password;
    EntityId unitId;  // from the users file or the demo pattern; the sign-in confirms it
    QString role;    // optional in the file (requester, approver, store_head, unit_admin, admin)
};

// Which slice of the users this process runs: index 1..count.
struct ShardSpec
{
    int index = 1;
    int count = 1;

    bool isWhole() const { return count == 1; }
    QString toString() const { return QStringLiteral("%1/%2").arg(index).arg(count); }
    // "K/N" with 1 ≤ K ≤ N; on failure false and a message.
    static bool parse(const QString &text, ShardSpec *out, QString *error);
};

struct SimUserList
{
    QList<SimUser> users;  // virtual users (admins left out)
    SimUser admin;         // the first admin row of a file, if any (truth check, storms)
};

// The reference server's demo password (docs/server.md: seed_demo) and admin account.
QString demoPassword();
QString demoAdminName();
QString demoAdminPassword();

// Reads `username,password,unit[,role]` lines (seed_demo --users-csv writes them, with a
// header line). The unit is any id the server uses (a number ≥ 1, or text such as a
// UUID); an admin row may leave it empty. Empty lines and lines starting with '#' are
// skipped. On a problem returns false and names the line: "users.csv:7: unit \"0\" of
// alice is not a unit id".
bool loadSimUsersCsv(const QString &path, SimUserList *out, QString *error);
bool parseSimUsersCsv(const QByteArray &text, const QString &source, SimUserList *out,
                      QString *error);

// The demo pattern of seed_demo: `total` users spread evenly over units 1..units, named
// u{unit}_{req|appr|head|uadmin}{k} in seed_demo's role order, password demoPassword().
QList<SimUser> demoSimUsers(int total, int units);

// Takes `total` users from a list, as evenly over their units as it can (round-robin by
// unit, in file order within a unit). total ≤ 0 keeps them all.
QList<SimUser> pickSimUsers(const QList<SimUser> &users, int total);

// The K-th of N slices: each (unit, role) group is dealt out round-robin over the shards,
// so every shard gets users of every unit and role (given enough of each), in list order.
QList<SimUser> shardSimUsers(const QList<SimUser> &users, const ShardSpec &shard);

}  // namespace Dms
