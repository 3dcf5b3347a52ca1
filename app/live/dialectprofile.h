#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Dms {

struct UserInfo;

// Where a profile puts the access token on the handshake.
enum class AuthMode {
    Query,         // ?token=<access> (seed 002 and 001 servers)
    Header,        // Authorization: Bearer <access> (keeps tokens out of URLs and proxy logs)
    FirstMessage,  // {"type":"auth","token":...} right after open (seed 004)
};

// What a message of a given wire type means to the engine.
enum class MessageKind { Welcome, Update, Pong, Notification, ServerError, Ignore };

// One field path: "a.b" reads nested objects, "x|y" tries alternatives, "=lit" is a literal.
struct FieldPath
{
    QString expression;
    bool isEmpty() const { return expression.isEmpty(); }
};

struct MessageMapping
{
    MessageKind kind = MessageKind::Ignore;
    QHash<QString, FieldPath> fields;  // engine field name -> path in the frame
    QStringList required;              // engine fields that must be present
};

struct SocketSpec
{
    QString name;
    QString pathTemplate;  // may hold {unit_id} and {user_id}
};

struct ProfileError
{
    QString message;
};

// A WebSocket dialect as data (spec §2): URL, auth, heartbeat, message mapping and
// the §3 invalidation map. One JSON file per dialect in resources/profiles/.
class DialectProfile final
{
public:
    // Loads a profile from JSON text; on failure returns false and fills error with the
    // offending field. Never throws.
    static bool fromJson(const QByteArray &json, DialectProfile *profile, ProfileError *error);
    // Loads "name" from the built-in resources (:/profiles/NAME.json) or a file path.
    static bool load(const QString &nameOrPath, DialectProfile *profile, ProfileError *error);
    static QStringList builtInNames();

    QString name() const { return m_name; }
    QString title() const { return m_title; }
    const QList<SocketSpec> &sockets() const { return m_sockets; }
    AuthMode authMode() const { return m_authMode; }
    void setAuthMode(AuthMode mode) { m_authMode = mode; }
    QString authParam() const { return m_authParam; }
    bool liveOnWelcome() const { return m_liveOnWelcome; }
    QString typeField() const { return m_typeField; }
    const QHash<QString, MessageMapping> &messageTypes() const { return m_types; }
    QJsonObject pingTemplate() const { return m_ping; }
    QString pingTimestampField() const { return m_pingTimestampField; }

    // The socket URL for a session: base http(s) URL → ws(s), path template filled.
    QUrl socketUrl(const QUrl &server, const SocketSpec &socket, int unitId, int userId) const;
    // Query keys an event invalidates (§3), with {id} filled in.
    QStringList invalidationKeys(const QString &entity, qint64 id) const;
    // The list key whose row an update patches at once, or empty.
    QString patchKey(const QString &entity) const { return m_patch.value(entity); }
    bool knowsEntity(const QString &entity) const { return m_invalidation.contains(entity); }

private:
    QString m_name;
    QString m_title;
    QList<SocketSpec> m_sockets;
    AuthMode m_authMode = AuthMode::Query;
    QString m_authParam = QStringLiteral("token");
    bool m_liveOnWelcome = true;
    QString m_typeField = QStringLiteral("type");
    QHash<QString, MessageMapping> m_types;
    QJsonObject m_ping;
    QString m_pingTimestampField;
    QHash<QString, QStringList> m_invalidation;
    QHash<QString, QString> m_patch;
};

}  // namespace Dms
