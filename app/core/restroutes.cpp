// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "core/restroutes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QUrl>

namespace Dms {

namespace {

struct RestRoutesText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::RestRoutes)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

}  // namespace

const RestRoutes::Query *RestRoutes::routeOf(QStringView key, QStringView *id) const
{
    for (const Query &q : queries) {
        if (q.key == key) {
            *id = QStringView();
            return &q;
        }
    }
    const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == key.size() - 1)
        return nullptr;
    // "<prefix>{id}", compared in place (the event path asks this for every event).
    const QStringView prefix = key.first(slash + 1);
    const QLatin1String idPattern("{id}");
    for (const Query &q : queries) {
        if (q.key.size() == prefix.size() + idPattern.size() && q.key.startsWith(prefix) &&
            q.key.endsWith(idPattern)) {
            *id = key.sliced(slash + 1);
            return &q;
        }
    }
    return nullptr;
}

QString RestRoutes::pathOfKey(const QString &key, RouteShape *shape) const
{
    QStringView id;
    const Query *q = routeOf(key, &id);
    if (!q)
        return {};
    if (shape)
        *shape = q->shape;
    if (id.isNull())
        return q->path;
    if (id == QLatin1String(".") || id == QLatin1String(".."))
        return {};  // never a path step: no id is "." or ".."
    QString path = q->path;
    path.replace(QLatin1String("{id}"), QString::fromLatin1(QUrl::toPercentEncoding(id.toString())));
    return path;
}

bool RestRoutes::hasRoute(QStringView key, RouteShape *shape) const
{
    QStringView id;
    const Query *q = routeOf(key, &id);
    if (!q)
        return false;
    if (shape)
        *shape = q->shape;
    if (!id.isNull() && (id == QLatin1String(".") || id == QLatin1String("..")))
        return false;
    return !q->path.isEmpty();
}

QString RestRoutes::actionPath(const QString &name, const QString &kind, const EntityId &id,
                               const QString &action) const
{
    QString path = actions.value(name);
    if (path.isEmpty())
        return path;
    path.replace(QLatin1String("{kind}"), kind);
    path.replace(QLatin1String("{id}"), QString::fromLatin1(QUrl::toPercentEncoding(id.toString())));
    path.replace(QLatin1String("{action}"), action);
    return path;
}

RestRoutes RestRoutes::specDefaults()
{
    // The spec §1 routes are data too: the "rest" section of the built-in dms-updates
    // profile, read once. A profile without "rest" speaks them.
    static const RestRoutes routes = [] {
        RestRoutes r;
        r.login.clear();
        r.refresh.clear();
        r.me.clear();
        r.logout.clear();
        QFile file(QStringLiteral(":/profiles/dms-updates.json"));
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
            QString ignored;
            readJson(root.value(QLatin1String("rest")).toObject(), &r, &ignored);
        }
        return r;
    }();
    return routes;
}

bool RestRoutes::readJson(const QJsonObject &rest, RestRoutes *routes, QString *error)
{
    const QJsonValue authValue = rest.value(QLatin1String("auth"));
    if (!authValue.isUndefined() && !authValue.isObject())
        return fail(error, RestRoutesText::tr("profile field \"rest.auth\" must be an object"));
    const QJsonObject auth = authValue.toObject();
    const struct { const char *name; QString *target; } authRoutes[] = {
        {"login", &routes->login}, {"refresh", &routes->refresh}, {"me", &routes->me},
        {"logout", &routes->logout}};
    for (const auto &r : authRoutes) {
        const QJsonValue v = auth.value(QLatin1String(r.name));
        if (v.isUndefined())
            continue;
        if (!v.isString() || !v.toString().startsWith(QLatin1Char('/')))
            return fail(error, RestRoutesText::tr("profile field \"rest.auth.%1\" must be a path starting with /")
                                   .arg(QLatin1String(r.name)));
        *r.target = v.toString();
    }

    const QJsonValue queriesValue = rest.value(QLatin1String("queries"));
    if (!queriesValue.isUndefined()) {
        if (!queriesValue.isObject())
            return fail(error, RestRoutesText::tr("profile field \"rest.queries\" must be an object"));
        routes->queries.clear();
        const QJsonObject queries = queriesValue.toObject();
        for (auto it = queries.begin(); it != queries.end(); ++it) {
            RestRoutes::Query q;
            q.key = it.key();
            const bool detail = q.key.endsWith(QLatin1String("/{id}"));
            q.shape = detail ? RouteShape::Object : RouteShape::List;
            QJsonValue pathValue = it.value();
            if (it.value().isObject()) {
                const QJsonObject o = it.value().toObject();
                pathValue = o.value(QLatin1String("path"));
                const QJsonValue shape = o.value(QLatin1String("shape"));
                if (shape.isString()) {
                    const QString s = shape.toString();
                    if (s == QLatin1String("list"))
                        q.shape = RouteShape::List;
                    else if (s == QLatin1String("object"))
                        q.shape = RouteShape::Object;
                    else if (s == QLatin1String("audit"))
                        q.shape = RouteShape::Audit;
                    else
                        return fail(error, RestRoutesText::tr("profile field \"rest.queries.%1.shape\" must be list, object "
                                              "or audit")
                                               .arg(q.key));
                } else if (!shape.isUndefined()) {
                    return fail(error, RestRoutesText::tr("profile field \"rest.queries.%1.shape\" must be a string").arg(q.key));
                }
            }
            if (!pathValue.isString() || !pathValue.toString().startsWith(QLatin1Char('/')))
                return fail(error, RestRoutesText::tr("profile field \"rest.queries.%1\" must be a path starting with / "
                                      "(or an object with one in \"path\")")
                                       .arg(q.key));
            q.path = pathValue.toString();
            if (detail != q.path.contains(QLatin1String("{id}")))
                return fail(error, RestRoutesText::tr("profile field \"rest.queries.%1\": a key ending in /{id} needs {id} "
                                      "in its path, and only such a key may have one")
                                       .arg(q.key));
            routes->queries.append(q);
        }
    }

    const QJsonValue actionsValue = rest.value(QLatin1String("actions"));
    if (!actionsValue.isUndefined()) {
        if (!actionsValue.isObject())
            return fail(error, RestRoutesText::tr("profile field \"rest.actions\" must be an object"));
        routes->actions.clear();
        const QJsonObject actions = actionsValue.toObject();
        for (auto it = actions.begin(); it != actions.end(); ++it) {
            if (!it.value().isString() || !it.value().toString().startsWith(QLatin1Char('/')))
                return fail(error, RestRoutesText::tr("profile field \"rest.actions.%1\" must be a path starting with /")
                                       .arg(it.key()));
            routes->actions.insert(it.key(), it.value().toString());
        }
    }
    return true;
}

}  // namespace Dms
