// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "live/dialectprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace Dms {

FieldPath FieldPath::parse(const QString &expression)
{
    FieldPath path{expression, {}};
    if (expression.startsWith(QLatin1Char('=')))
        return path;  // a literal
    for (const QString &alternative : expression.split(QLatin1Char('|')))
        path.steps.append(alternative.split(QLatin1Char('.')));
    return path;
}

namespace {

struct DialectProfileText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::DialectProfile)
};

bool fail(ProfileError *error, const QString &message)
{
    if (error)
        error->message = message;
    return false;
}

std::optional<MessageKind> kindFromString(const QString &s)
{
    if (s == QLatin1String("welcome"))
        return MessageKind::Welcome;
    if (s == QLatin1String("update"))
        return MessageKind::Update;
    if (s == QLatin1String("pong"))
        return MessageKind::Pong;
    if (s == QLatin1String("notification"))
        return MessageKind::Notification;
    if (s == QLatin1String("serverError"))
        return MessageKind::ServerError;
    if (s == QLatin1String("ignore"))
        return MessageKind::Ignore;
    return std::nullopt;
}

// The engine fields a message mapping may fill (frameparser.cpp reads exactly these).
const QStringList &knownFields()
{
    static const QStringList fields{
        QStringLiteral("entity"),   QStringLiteral("action"),    QStringLiteral("id"),
        QStringLiteral("status"),   QStringLiteral("number"),    QStringLiteral("seq"),
        QStringLiteral("timestamp"), QStringLiteral("serverTime"), QStringLiteral("eventId"),
        QStringLiteral("echo"),     QStringLiteral("message"),   QStringLiteral("notificationKind"),
        QStringLiteral("unitId")};
    return fields;
}

bool isObjectOrAbsent(const QJsonObject &root, const char *field)
{
    const QJsonValue v = root.value(QLatin1String(field));
    return v.isUndefined() || v.isObject();
}

}  // namespace

QString ValueMapping::apply(const QString &wire) const
{
    if (!map.isEmpty()) {
        const auto it = map.constFind(wire.toLower());
        if (it != map.cend())
            return it.value();
    }
    if (!snake)
        return wire;
    QString out = wire.trimmed().toLower();
    out.replace(QLatin1Char(' '), QLatin1Char('_'));
    out.replace(QLatin1Char('-'), QLatin1Char('_'));
    return out;
}

bool DialectProfile::fromJson(const QByteArray &json, DialectProfile *profile, ProfileError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, DialectProfileText::tr("profile is not valid JSON at offset %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(error, DialectProfileText::tr("profile must be a JSON object"));
    const QJsonObject root = doc.object();

    DialectProfile p;
    p.m_name = root.value(QLatin1String("name")).toString();
    if (p.m_name.isEmpty())
        return fail(error, DialectProfileText::tr("profile field \"name\" is missing or not a string"));
    p.m_title = root.value(QLatin1String("title")).toString(p.m_name);

    const QJsonValue sockets = root.value(QLatin1String("sockets"));
    if (!sockets.isArray() || sockets.toArray().isEmpty())
        return fail(error, DialectProfileText::tr("profile field \"sockets\" must be a non-empty array"));
    int socketIndex = 0;
    for (const QJsonValue &v : sockets.toArray()) {
        const QJsonObject o = v.toObject();
        SocketSpec spec{o.value(QLatin1String("name")).toString(),
                        o.value(QLatin1String("path")).toString()};
        if (spec.name.isEmpty() || !spec.pathTemplate.startsWith(QLatin1Char('/')))
            return fail(error, DialectProfileText::tr("profile field \"sockets[%1]\" needs a \"name\" and a \"path\" starting with /")
                                   .arg(socketIndex));
        p.m_sockets.append(spec);
        ++socketIndex;
    }

    if (!isObjectOrAbsent(root, "auth"))
        return fail(error, DialectProfileText::tr("profile field \"auth\" must be an object"));
    const QJsonObject auth = root.value(QLatin1String("auth")).toObject();
    const QString mode = auth.value(QLatin1String("mode")).toString(QStringLiteral("query"));
    if (mode == QLatin1String("query"))
        p.m_authMode = AuthMode::Query;
    else if (mode == QLatin1String("header"))
        p.m_authMode = AuthMode::Header;
    else if (mode == QLatin1String("first-message"))
        p.m_authMode = AuthMode::FirstMessage;
    else
        return fail(error, DialectProfileText::tr("profile field \"auth.mode\" must be query, header or first-message"));
    p.m_authParam = auth.value(QLatin1String("param")).toString(QStringLiteral("token"));
    const QJsonValue message = auth.value(QLatin1String("message"));
    if (!message.isUndefined() && !message.isObject())
        return fail(error, DialectProfileText::tr("profile field \"auth.message\" must be a JSON object"));
    p.m_authMessage = message.toObject();
    if (p.m_authMode == AuthMode::FirstMessage && p.m_authMessage.isEmpty())
        p.m_authMessage = QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                      {p.m_authParam, QStringLiteral("{token}")}};
    const QJsonValue deadline = auth.value(QLatin1String("deadlineMs"));
    if (!deadline.isUndefined()) {
        if (!deadline.isDouble() || deadline.toDouble() < 0 || deadline.toDouble() > 600000)
            return fail(error, DialectProfileText::tr("profile field \"auth.deadlineMs\" must be a number of milliseconds (0-600000)"));
        p.m_authDeadlineMs = deadline.toInt();
    }

    const QString liveOn = root.value(QLatin1String("liveOn")).toString(QStringLiteral("welcome"));
    if (liveOn == QLatin1String("welcome"))
        p.m_liveOn = LiveOn::Welcome;
    else if (liveOn == QLatin1String("open"))
        p.m_liveOn = LiveOn::Open;
    else if (liveOn == QLatin1String("first-frame"))
        p.m_liveOn = LiveOn::FirstFrame;
    else
        return fail(error, DialectProfileText::tr("profile field \"liveOn\" must be welcome, open or first-frame"));

    if (!isObjectOrAbsent(root, "heartbeat"))
        return fail(error, DialectProfileText::tr("profile field \"heartbeat\" must be an object"));
    const QJsonObject heartbeat = root.value(QLatin1String("heartbeat")).toObject();
    const QString hbMode = heartbeat.value(QLatin1String("mode")).toString(QStringLiteral("json"));
    if (hbMode == QLatin1String("json"))
        p.m_heartbeat = HeartbeatMode::Json;
    else if (hbMode == QLatin1String("control"))
        p.m_heartbeat = HeartbeatMode::Control;
    else if (hbMode == QLatin1String("none"))
        p.m_heartbeat = HeartbeatMode::None;
    else
        return fail(error, DialectProfileText::tr("profile field \"heartbeat.mode\" must be json, control or none"));
    p.m_ping = heartbeat.value(QLatin1String("ping")).toObject();
    if (p.m_heartbeat == HeartbeatMode::Json && p.m_ping.isEmpty())
        return fail(error, DialectProfileText::tr("profile field \"heartbeat.ping\" must be a JSON object (heartbeat.mode json)"));
    p.m_pingTimestampField = heartbeat.value(QLatin1String("timestampField")).toString();

    if (!isObjectOrAbsent(root, "messages"))
        return fail(error, DialectProfileText::tr("profile field \"messages\" must be an object"));
    const QJsonObject messages = root.value(QLatin1String("messages")).toObject();
    p.m_typeField = messages.value(QLatin1String("typeField")).toString(QStringLiteral("type"));
    const QJsonObject types = messages.value(QLatin1String("types")).toObject();
    if (types.isEmpty())
        return fail(error, DialectProfileText::tr("profile field \"messages.types\" must be a non-empty object"));
    bool hasPong = false;
    bool hasWelcome = false;
    for (auto it = types.begin(); it != types.end(); ++it) {
        const QString where = QStringLiteral("messages.types.%1").arg(it.key());
        if (!it.value().isObject())
            return fail(error, DialectProfileText::tr("profile field \"%1\" must be an object").arg(where));
        const QJsonObject o = it.value().toObject();
        const auto kind = kindFromString(o.value(QLatin1String("kind")).toString());
        if (!kind)
            return fail(error, DialectProfileText::tr("profile field \"%1.kind\" must be welcome, update, pong, notification, "
                                  "serverError or ignore")
                                   .arg(where));
        MessageMapping mapping;
        mapping.kind = *kind;
        if (!isObjectOrAbsent(o, "fields"))
            return fail(error, DialectProfileText::tr("profile field \"%1.fields\" must be an object").arg(where));
        const QJsonObject fields = o.value(QLatin1String("fields")).toObject();
        for (auto f = fields.begin(); f != fields.end(); ++f) {
            if (!knownFields().contains(f.key()))
                return fail(error, DialectProfileText::tr("profile field \"%1.fields.%2\": unknown engine field (known: %3)")
                                       .arg(where, f.key(), knownFields().join(QStringLiteral(", "))));
            if (!f.value().isString() || f.value().toString().isEmpty())
                return fail(error, DialectProfileText::tr("profile field \"%1.fields.%2\" must be a non-empty path string")
                                       .arg(where, f.key()));
            mapping.fields.insert(f.key(), FieldPath::parse(f.value().toString()));
        }
        for (const QJsonValue &r : o.value(QLatin1String("required")).toArray()) {
            if (!mapping.fields.contains(r.toString()))
                return fail(error, DialectProfileText::tr("profile field \"%1.required\" names \"%2\", which \"fields\" does not map")
                                       .arg(where, r.toString()));
            mapping.required.append(r.toString());
        }
        if (!isObjectOrAbsent(o, "values"))
            return fail(error, DialectProfileText::tr("profile field \"%1.values\" must be an object").arg(where));
        const QJsonObject values = o.value(QLatin1String("values")).toObject();
        for (auto v = values.begin(); v != values.end(); ++v) {
            ValueMapping vm;
            if (v.value().isString()) {
                if (v.value().toString() != QLatin1String("snake"))
                    return fail(error, DialectProfileText::tr("profile field \"%1.values.%2\" must be \"snake\" or an object")
                                           .arg(where, v.key()));
                vm.snake = true;
            } else if (v.value().isObject()) {
                const QJsonObject m = v.value().toObject();
                for (auto e = m.begin(); e != m.end(); ++e) {
                    if (e.key() == QLatin1String("*")) {
                        if (e.value().toString() != QLatin1String("snake"))
                            return fail(error, DialectProfileText::tr("profile field \"%1.values.%2.*\" must be \"snake\"")
                                                   .arg(where, v.key()));
                        vm.snake = true;
                        continue;
                    }
                    if (!e.value().isString())
                        return fail(error, DialectProfileText::tr("profile field \"%1.values.%2.%3\" must be a string")
                                               .arg(where, v.key(), e.key()));
                    vm.map.insert(e.key().toLower(), e.value().toString());
                }
            } else {
                return fail(error, DialectProfileText::tr("profile field \"%1.values.%2\" must be \"snake\" or an object")
                                       .arg(where, v.key()));
            }
            mapping.values.insert(v.key(), vm);
        }
        if (mapping.kind == MessageKind::Pong)
            hasPong = true;
        if (mapping.kind == MessageKind::Welcome)
            hasWelcome = true;
        for (auto f = mapping.fields.cbegin(); f != mapping.fields.cend(); ++f)
            mapping.fieldList.append({f.key(), f.value()});
        p.m_types.insert(it.key(), mapping);
    }
    if (p.m_heartbeat == HeartbeatMode::Json && !hasPong)
        return fail(error, DialectProfileText::tr("profile must map one message type to kind \"pong\" (heartbeat.mode json)"));
    if (p.m_liveOn == LiveOn::Welcome && !hasWelcome)
        return fail(error, DialectProfileText::tr("profile field \"liveOn\" is welcome, but no message type has kind \"welcome\""));

    if (!isObjectOrAbsent(root, "invalidation"))
        return fail(error, DialectProfileText::tr("profile field \"invalidation\" must be an object"));
    const QJsonObject invalidation = root.value(QLatin1String("invalidation")).toObject();
    for (auto it = invalidation.begin(); it != invalidation.end(); ++it) {
        if (!it.value().isArray())
            return fail(error, DialectProfileText::tr("profile field \"invalidation.%1\" must be an array of query keys").arg(it.key()));
        QStringList keys;
        for (const QJsonValue &k : it.value().toArray()) {
            if (!k.isString() || k.toString().isEmpty())
                return fail(error, DialectProfileText::tr("profile field \"invalidation.%1\" must hold query keys (strings)").arg(it.key()));
            keys.append(k.toString());
        }
        QList<qsizetype> withId;
        QList<QStringList> parts;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys.at(i).contains(QLatin1String("{id}")))
                withId.append(i);
            parts.append(keys.at(i).split(QLatin1String("{id}")));
        }
        p.m_invalidation.insert(it.key(), InvalidationKeys{keys, withId, parts});
    }
    if (!isObjectOrAbsent(root, "patch"))
        return fail(error, DialectProfileText::tr("profile field \"patch\" must be an object"));
    const QJsonObject patch = root.value(QLatin1String("patch")).toObject();
    for (auto it = patch.begin(); it != patch.end(); ++it)
        p.m_patch.insert(it.key(), it.value().toString());

    const QJsonValue rest = root.value(QLatin1String("rest"));
    if (!rest.isUndefined()) {
        if (!rest.isObject())
            return fail(error, DialectProfileText::tr("profile field \"rest\" must be an object"));
        QString why;
        if (!RestRoutes::readJson(rest.toObject(), &p.m_rest, &why))
            return fail(error, why);
    }
    // Every list key the invalidation map names must have a route, or its refetch would
    // fail at run time: say so now, naming the key.
    for (auto it = p.m_invalidation.cbegin(); it != p.m_invalidation.cend(); ++it) {
        for (const QString &key : it->keys) {
            QString probe = key;
            probe.replace(QLatin1String("{id}"), QStringLiteral("1"));
            if (p.m_rest.pathOfKey(probe).isEmpty())
                return fail(error, DialectProfileText::tr("profile field \"invalidation.%1\" names query key \"%2\", which has no "
                                      "route in \"rest.queries\"")
                                       .arg(it.key(), key));
        }
    }

    *profile = p;
    return true;
}

bool DialectProfile::load(const QString &nameOrPath, DialectProfile *profile, ProfileError *error)
{
    QString path = nameOrPath;
    if (!nameOrPath.contains(QLatin1Char('/')) && !nameOrPath.endsWith(QLatin1String(".json")))
        path = QStringLiteral(":/profiles/%1.json").arg(nameOrPath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, DialectProfileText::tr("cannot read dialect profile %1: %2").arg(nameOrPath, file.errorString()));
    if (!fromJson(file.readAll(), profile, error)) {
        if (error)
            error->message = DialectProfileText::tr("%1: %2").arg(nameOrPath, error->message);
        return false;
    }
    return true;
}

QStringList DialectProfile::builtInNames()
{
    QStringList names;
    const auto entries = QDir(QStringLiteral(":/profiles")).entryList({QStringLiteral("*.json")});
    for (const QString &e : entries) {
        if (!e.endsWith(QLatin1String(".schema.json")))
            names.append(e.chopped(5));
    }
    return names;
}

QJsonObject DialectProfile::authMessage(const QString &token) const
{
    QJsonObject out = m_authMessage;
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (it.value().isString() && it.value().toString() == QLatin1String("{token}"))
            it.value() = token;
    }
    return out;
}

bool DialectProfile::mapsUpdateField(const QString &field) const
{
    for (const MessageMapping &m : m_types) {
        if (m.kind == MessageKind::Update && m.fields.contains(field))
            return true;
    }
    return false;
}

bool DialectProfile::mapsPongField(const QString &field) const
{
    for (const MessageMapping &m : m_types) {
        if (m.kind == MessageKind::Pong && m.fields.contains(field))
            return true;
    }
    return false;
}

QUrl DialectProfile::socketUrl(const QUrl &server, const SocketSpec &socket, const EntityId &unitId,
                               const EntityId &userId) const
{
    QUrl url = server;
    url.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                            : QStringLiteral("ws"));
    QString path = socket.pathTemplate;
    path.replace(QLatin1String("{unit_id}"), unitId.toString());
    path.replace(QLatin1String("{user_id}"), userId.toString());
    QString base = server.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QStringList DialectProfile::invalidationKeys(const QString &entity, const EntityId &id) const
{
    const auto found = m_invalidation.constFind(entity);
    if (found == m_invalidation.cend())
        return QStringList();
    if (found->withId.isEmpty())
        return found->keys;
    QStringList keys;
    if (id.isNull()) {  // no id in this message: only the lists
        keys = found->keys;
        for (auto at = found->withId.crbegin(); at != found->withId.crend(); ++at)
            keys.removeAt(*at);
        return keys;
    }
    // Each key built once from its parts around "{id}" (as QString::replace would, without
    // copying the list and then each key to change it).
    const QString &text = id.toString();
    keys.reserve(found->keys.size());
    for (qsizetype i = 0; i < found->keys.size(); ++i) {
        const QStringList &parts = found->parts.at(i);
        if (parts.size() == 2)
            keys.append(parts.at(0) + text + parts.at(1));
        else if (parts.size() > 2)
            keys.append(parts.join(text));
        else
            keys.append(found->keys.at(i));
    }
    return keys;
}

}  // namespace Dms
