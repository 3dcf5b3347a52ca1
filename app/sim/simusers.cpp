// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/simusers.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Dms {

namespace {

struct SimUsersText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::SimUsers)
};

// Splits one CSV line (RFC 4180 quoting: "a,b" and "" inside quotes).
QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

const char *const DemoRoles[][2] = {
    {"req", "requester"}, {"appr", "approver"}, {"head", "store_head"}, {"uadmin", "unit_admin"}};

}  // namespace

QString demoPassword()
{
    return QStringLiteral("dms-demo");
}

QString demoAdminName()
{
    return QStringLiteral("admin");
}

QString demoAdminPassword()
{
    return QStringLiteral("dms-admin");
}

bool ShardSpec::parse(const QString &text, ShardSpec *out, QString *error)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    bool okIndex = false;
    bool okCount = false;
    const int index = parts.size() == 2 ? parts.at(0).trimmed().toInt(&okIndex) : 0;
    const int count = parts.size() == 2 ? parts.at(1).trimmed().toInt(&okCount) : 0;
    if (!okIndex || !okCount || count < 1 || index < 1 || index > count || count > 10000) {
        *error = SimUsersText::tr("\"%1\" is not K/N with 1 ≤ K ≤ N (e.g. 2/4)").arg(text);
        return false;
    }
    out->index = index;
    out->count = count;
    return true;
}

bool loadSimUsersCsv(const QString &path, SimUserList *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SimUsersText::tr("%1: cannot read the users file: %2").arg(path, file.errorString());
        return false;
    }
    return parseSimUsersCsv(file.readAll(), QFileInfo(path).fileName(), out, error);
}

bool parseSimUsersCsv(const QByteArray &text, const QString &source, SimUserList *out,
                      QString *error)
{
    SimUserList result;
    QSet<QString> seen;
    const QList<QByteArray> lines = text.split('\n');
    bool first = true;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = QString::fromUtf8(lines.at(n));
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const auto fail = [&](const QString &message) {
            *error = QStringLiteral("%1:%2: %3").arg(source).arg(n + 1).arg(message);
            return false;
        };
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = splitCsvLine(line);
        const bool isHeader = first && f.value(0).trimmed().compare(QLatin1String("username"),
                                                                    Qt::CaseInsensitive) == 0;
        first = false;
        if (isHeader)
            continue;
        if (f.size() < 3 || f.size() > 4)
            return fail(SimUsersText::tr("expected username,password,unit[,role] (%1 fields found)").arg(f.size()));
        SimUser user;
        user.username = f.at(0).trimmed();
        user.password = f.at(1);  // passwords may have meaningful spaces
        user.role = f.value(3).trimmed();
        if (user.username.isEmpty())
            return fail(SimUsersText::tr("the username is empty"));
        if (user.password.isEmpty())
            return fail(SimUsersText::tr("the password of %1 is empty").arg(user.username));
        const QString unit = f.at(2).trimmed();
        const bool isAdmin = user.role == QLatin1String("admin");
        // Any id the server uses: a number (≥ 1: database keys) or text such as a UUID. An
        // admin may have none (empty or 0).
        bool isInteger = false;
        const qint64 number = unit.toLongLong(&isInteger);
        if (unit.isEmpty() ? !isAdmin : (isInteger && number < (isAdmin ? 0 : 1)))
            return fail(SimUsersText::tr("unit \"%1\" of %2 is not a unit id").arg(unit, user.username));
        user.unitId = isInteger && number == 0 ? EntityId() : EntityId::fromString(unit);
        if (seen.contains(user.username))
            return fail(SimUsersText::tr("%1 is listed twice (each virtual user needs its own account)").arg(user.username));
        seen.insert(user.username);
        if (isAdmin) {
            if (result.admin.username.isEmpty())
                result.admin = user;
            continue;
        }
        result.users.append(user);
    }
    if (result.users.isEmpty()) {
        *error = SimUsersText::tr("%1: no users (expected lines of username,password,unit[,role])").arg(source);
        return false;
    }
    *out = result;
    return true;
}

QList<SimUser> demoSimUsers(int total, int units)
{
    QList<SimUser> users;
    if (total <= 0 || units <= 0)
        return users;
    // Per unit: total / units, the first total % units units one more.
    QList<int> perUnit(units, total / units);
    for (int u = 0; u < total % units; ++u)
        ++perUnit[u];
    // Interleave units so that a prefix (and a shard) holds users of every unit.
    const int most = perUnit.value(0);
    for (int i = 0; i < most; ++i) {
        for (int u = 0; u < units; ++u) {
            if (i >= perUnit.at(u))
                continue;
            const auto &role = DemoRoles[i % 4];
            SimUser user;
            user.unitId = u + 1;
            user.username = QStringLiteral("u%1_%2%3")
                                .arg(u + 1)
                                .arg(QLatin1String(role[0]))
                                .arg(i / 4 + 1);
            user.password = demoPassword();
            user.role = QLatin1String(role[1]);
            users.append(user);
        }
    }
    return users;
}

QList<SimUser> pickSimUsers(const QList<SimUser> &users, int total)
{
    if (total <= 0 || total >= users.size())
        return users;
    QMap<EntityId, QList<SimUser>> byUnit;  // natural order of the units
    for (const SimUser &u : users)
        byUnit[u.unitId].append(u);
    QList<SimUser> picked;
    for (int i = 0; picked.size() < total; ++i) {
        for (auto it = byUnit.cbegin(); it != byUnit.cend() && picked.size() < total; ++it) {
            if (i < it->size())
                picked.append(it->at(i));
        }
    }
    return picked;
}

QList<SimUser> shardSimUsers(const QList<SimUser> &users, const ShardSpec &shard)
{
    if (shard.count <= 1)
        return users;
    // Deal each (unit, role) group out round-robin, one group after the other: every shard
    // gets users of every unit and role (when a group has at least N users), and the
    // shards' sizes differ by at most one.
    QList<QPair<EntityId, QString>> order;
    QHash<QPair<EntityId, QString>, QList<int>> groups;
    for (int i = 0; i < users.size(); ++i) {
        const QPair<EntityId, QString> key{users.at(i).unitId, users.at(i).role};
        if (!groups.contains(key))
            order.append(key);
        groups[key].append(i);
    }
    // Unit by unit (roles in order of appearance), so that consecutive positions — which go to
    // different shards — are different roles of one unit rather than one role of each unit.
    std::stable_sort(order.begin(), order.end(),
                     [](const QPair<EntityId, QString> &a, const QPair<EntityId, QString> &b) {
                         return a.first < b.first;
                     });
    QList<int> picked;
    int position = 0;
    for (const auto &key : std::as_const(order)) {
        for (int i : groups.value(key)) {
            if (position++ % shard.count + 1 == shard.index)
                picked.append(i);
        }
    }
    std::sort(picked.begin(), picked.end());
    QList<SimUser> slice;
    for (int i : std::as_const(picked))
        slice.append(users.at(i));
    return slice;
}

}  // namespace Dms
