// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/entityid.h"

namespace Dms {

// How the REST answer of a query key is read.
enum class RouteShape {
    List,    // paginated {count,next,previous,results} (following next) or a plain array
    Object,  // one JSON object
    Audit,   // append-only log fetched after the last id (?after_id=&limit=)
};

// The REST side of a backend: where to sign in and where every query key and action
// lives. Paths are relative to the server URL; "{id}", "{kind}", "{action}" are filled in.
struct RestRoutes
{
    QString login = QStringLiteral("/api/auth/login/");
    QString refresh = QStringLiteral("/api/auth/token/refresh/");
    QString me = QStringLiteral("/api/auth/me/");
    QString logout = QStringLiteral("/api/auth/logout/");

    struct Query
    {
        QString key;   // "crates", or a detail key pattern "crate/{id}"
        QString path;  // "/api/documents/crates/", "/api/documents/crates/{id}/"
        RouteShape shape = RouteShape::List;
    };
    QList<Query> queries;
    QHash<QString, QString> actions;  // action name -> path template

    // The path for a query key: a list key as is, a detail key "<prefix>{id}" with the id
    // (percent-encoded) in place. Empty when the profile knows no route for the key.
    QString pathOfKey(const QString &key, RouteShape *shape = nullptr) const;
    // Whether pathOfKey(key) is not empty, and the route's shape; allocates nothing.
    bool hasRoute(QStringView key, RouteShape *shape = nullptr) const;
    // An action's path with {kind}, {id} and {action} filled in; empty if unknown.
    QString actionPath(const QString &name, const QString &kind = {}, const EntityId &id = {},
                       const QString &action = {}) const;
    bool hasAction(const QString &name) const { return actions.contains(name); }

    // The routes of spec §1 (the reference server and the shipped DMS): the "rest"
    // section of the built-in dms-updates profile, read once.
    static RestRoutes specDefaults();
    // Reads a profile's "rest" object over *routes (what it names replaces what was
    // there; "queries" and "actions" replace the whole table). On a mistake returns false
    // and *error names the field.
    static bool readJson(const QJsonObject &rest, RestRoutes *routes, QString *error);

private:
    // The route a key takes: its own, or its "<prefix>{id}" pattern (*id: the key's id part;
    // null for a key's own route).
    const Query *routeOf(QStringView key, QStringView *id) const;
};

}  // namespace Dms
