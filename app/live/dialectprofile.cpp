#include "live/dialectprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Dms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dms::DialectProfile", text);
}

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

}  // namespace

bool DialectProfile::fromJson(const QByteArray &json, DialectProfile *profile, ProfileError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, tr("profile is not valid JSON at offset %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(error, tr("profile must be a JSON object"));
    const QJsonObject root = doc.object();

    DialectProfile p;
    p.m_name = root.value(QLatin1String("name")).toString();
    if (p.m_name.isEmpty())
        return fail(error, tr("profile field \"name\" is missing or not a string"));
    p.m_title = root.value(QLatin1String("title")).toString(p.m_name);

    const QJsonValue sockets = root.value(QLatin1String("sockets"));
    if (!sockets.isArray() || sockets.toArray().isEmpty())
        return fail(error, tr("profile field \"sockets\" must be a non-empty array"));
    for (const QJsonValue &v : sockets.toArray()) {
        const QJsonObject o = v.toObject();
        SocketSpec spec{o.value(QLatin1String("name")).toString(),
                        o.value(QLatin1String("path")).toString()};
        if (spec.name.isEmpty() || !spec.pathTemplate.startsWith(QLatin1Char('/')))
            return fail(error, tr("each socket needs a \"name\" and a \"path\" starting with /"));
        p.m_sockets.append(spec);
    }

    const QJsonObject auth = root.value(QLatin1String("auth")).toObject();
    const QString mode = auth.value(QLatin1String("mode")).toString(QStringLiteral("query"));
    if (mode == QLatin1String("query"))
        p.m_authMode = AuthMode::Query;
    else if (mode == QLatin1String("header"))
        p.m_authMode = AuthMode::Header;
    else if (mode == QLatin1String("first-message"))
        p.m_authMode = AuthMode::FirstMessage;
    else
        return fail(error, tr("profile field \"auth.mode\" must be query, header or first-message"));
    p.m_authParam = auth.value(QLatin1String("param")).toString(QStringLiteral("token"));

    const QString liveOn = root.value(QLatin1String("liveOn")).toString(QStringLiteral("welcome"));
    if (liveOn != QLatin1String("welcome") && liveOn != QLatin1String("open"))
        return fail(error, tr("profile field \"liveOn\" must be welcome or open"));
    p.m_liveOnWelcome = liveOn == QLatin1String("welcome");

    const QJsonObject heartbeat = root.value(QLatin1String("heartbeat")).toObject();
    p.m_ping = heartbeat.value(QLatin1String("ping")).toObject();
    if (p.m_ping.isEmpty())
        return fail(error, tr("profile field \"heartbeat.ping\" must be a JSON object"));
    p.m_pingTimestampField = heartbeat.value(QLatin1String("timestampField")).toString();

    const QJsonObject messages = root.value(QLatin1String("messages")).toObject();
    p.m_typeField = messages.value(QLatin1String("typeField")).toString(QStringLiteral("type"));
    const QJsonObject types = messages.value(QLatin1String("types")).toObject();
    if (types.isEmpty())
        return fail(error, tr("profile field \"messages.types\" must be a non-empty object"));
    bool hasPong = false;
    for (auto it = types.begin(); it != types.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const auto kind = kindFromString(o.value(QLatin1String("kind")).toString());
        if (!kind)
            return fail(error, tr("messages.types.%1.kind is not a known kind").arg(it.key()));
        MessageMapping mapping;
        mapping.kind = *kind;
        const QJsonObject fields = o.value(QLatin1String("fields")).toObject();
        for (auto f = fields.begin(); f != fields.end(); ++f)
            mapping.fields.insert(f.key(), FieldPath{f.value().toString()});
        for (const QJsonValue &r : o.value(QLatin1String("required")).toArray())
            mapping.required.append(r.toString());
        if (mapping.kind == MessageKind::Pong)
            hasPong = true;
        p.m_types.insert(it.key(), mapping);
    }
    if (!hasPong)
        return fail(error, tr("profile must map one message type to kind \"pong\""));

    const QJsonObject invalidation = root.value(QLatin1String("invalidation")).toObject();
    for (auto it = invalidation.begin(); it != invalidation.end(); ++it) {
        if (!it.value().isArray())
            return fail(error, tr("invalidation.%1 must be an array of query keys").arg(it.key()));
        QStringList keys;
        for (const QJsonValue &k : it.value().toArray())
            keys.append(k.toString());
        p.m_invalidation.insert(it.key(), keys);
    }
    const QJsonObject patch = root.value(QLatin1String("patch")).toObject();
    for (auto it = patch.begin(); it != patch.end(); ++it)
        p.m_patch.insert(it.key(), it.value().toString());

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
        return fail(error, tr("cannot read dialect profile %1: %2").arg(nameOrPath, file.errorString()));
    return fromJson(file.readAll(), profile, error);
}

QStringList DialectProfile::builtInNames()
{
    QStringList names;
    const auto entries = QDir(QStringLiteral(":/profiles")).entryList({QStringLiteral("*.json")});
    for (const QString &e : entries)
        names.append(e.chopped(5));
    return names;
}

QUrl DialectProfile::socketUrl(const QUrl &server, const SocketSpec &socket, int unitId,
                               int userId) const
{
    QUrl url = server;
    url.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                            : QStringLiteral("ws"));
    QString path = socket.pathTemplate;
    path.replace(QLatin1String("{unit_id}"), QString::number(unitId));
    path.replace(QLatin1String("{user_id}"), QString::number(userId));
    QString base = server.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QStringList DialectProfile::invalidationKeys(const QString &entity, qint64 id) const
{
    QStringList keys = m_invalidation.value(entity);
    for (QString &key : keys)
        key.replace(QLatin1String("{id}"), QString::number(id));
    return keys;
}

}  // namespace Dms
