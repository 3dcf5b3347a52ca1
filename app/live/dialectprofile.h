// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/entityid.h"
#include "core/restroutes.h"

namespace Dms {

// Where a profile puts the access token on the handshake.
enum class AuthMode {
    Query,         // ?token=<access> (seed 002 and 001 servers)
    Header,        // Authorization: Bearer <access> (keeps tokens out of URLs and proxy logs)
    FirstMessage,  // {"type":"auth","token":...} right after open (seed 004)
};

// When a session counts as Live.
enum class LiveOn {
    Welcome,     // every socket sent its welcome message (seed 002)
    Open,        // every socket is open (seed 001, seed 004: the server says nothing first)
    FirstFrame,  // every socket delivered a frame or answered a heartbeat
};

// How a dead (half-open) connection is found.
enum class HeartbeatMode {
    Json,     // a JSON ping message; the server answers with a pong message (seed 002)
    Control,  // WebSocket control-frame ping/pong (servers without a JSON heartbeat)
    None,     // nothing is sent; only the server's own traffic proves the link
};

// What a message of a given wire type means to the engine.
enum class MessageKind { Welcome, Update, Pong, Notification, ServerError, Ignore };

// One field path: "a.b" reads nested objects, "x|y" tries alternatives, "=lit" is a literal.
struct FieldPath
{
    QString expression;
    // The expression split once, when the profile is loaded: its alternatives, each the keys
    // it walks ("a.b|c" → [[a, b], [c]]). Empty for a literal, or when not split (read from
    // the expression then).
    QList<QStringList> steps;
    bool isEmpty() const { return expression.isEmpty(); }
    static FieldPath parse(const QString &expression);
};

// How a string field's wire values become the engine's words: an explicit map first
// (its keys compared case-insensitively), then an optional normalisation
// ("snake": lower case, spaces and hyphens to '_', so "Sent Back" → "sent_back").
struct ValueMapping
{
    QHash<QString, QString> map;  // keys lower-cased
    bool snake = false;
    QString apply(const QString &wire) const;
};

struct MessageMapping
{
    MessageKind kind = MessageKind::Ignore;
    QHash<QString, FieldPath> fields;      // engine field name -> path in the frame
    QStringList required;                  // engine fields that must be present
    QHash<QString, ValueMapping> values;   // engine field name -> value mapping
    // fields as a list, in the hash's order (made when loaded): what every frame's parse
    // walks, without scanning the hash's buckets.
    QList<std::pair<QString, FieldPath>> fieldList;
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

// A WebSocket dialect and its REST routes as data (spec §2, §3): sockets, auth, when the
// session is Live, heartbeat, message mapping, the invalidation map and the routes of every
// query key. One JSON file per backend in resources/profiles/ (schema: profile.schema.json;
// docs/profiles.md).
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
    // first-message auth: the message, with "{token}" in place of the access token.
    QJsonObject authMessage(const QString &token) const;
    int authDeadlineMs() const { return m_authDeadlineMs; }
    LiveOn liveOn() const { return m_liveOn; }
    bool liveOnWelcome() const { return m_liveOn == LiveOn::Welcome; }
    HeartbeatMode heartbeatMode() const { return m_heartbeat; }
    QString typeField() const { return m_typeField; }
    const QHash<QString, MessageMapping> &messageTypes() const { return m_types; }
    QJsonObject pingTemplate() const { return m_ping; }
    QString pingTimestampField() const { return m_pingTimestampField; }
    // Whether the dialect can carry what a feature needs (spec: say so, never show zeros).
    bool mapsUpdateField(const QString &field) const;  // e.g. "seq", "eventId"
    bool mapsPongField(const QString &field) const;    // e.g. "echo", "serverTime"

    // The socket URL for a session: base http(s) URL → ws(s), path template filled.
    QUrl socketUrl(const QUrl &server, const SocketSpec &socket, const EntityId &unitId,
                   const EntityId &userId) const;
    // Query keys an event invalidates (§3), with {id} filled in.
    QStringList invalidationKeys(const QString &entity, const EntityId &id) const;
    // The list key whose row an update patches at once, or empty.
    QString patchKey(const QString &entity) const { return m_patch.value(entity); }
    bool knowsEntity(const QString &entity) const { return m_invalidation.contains(entity); }
    QStringList entities() const { return m_invalidation.keys(); }

    const RestRoutes &rest() const { return m_rest; }

private:
    QString m_name;
    QString m_title;
    QList<SocketSpec> m_sockets;
    AuthMode m_authMode = AuthMode::Query;
    QString m_authParam = QStringLiteral("token");
    QJsonObject m_authMessage;
    int m_authDeadlineMs = 5000;
    LiveOn m_liveOn = LiveOn::Welcome;
    HeartbeatMode m_heartbeat = HeartbeatMode::Json;
    QString m_typeField = QStringLiteral("type");
    QHash<QString, MessageMapping> m_types;
    QJsonObject m_ping;
    QString m_pingTimestampField;
    struct InvalidationKeys
    {
        QStringList keys;
        QList<qsizetype> withId;  // the positions of the keys holding "{id}", found once
        QList<QStringList> parts;  // each key split at "{id}" (one part: none), split once
    };
    QHash<QString, InvalidationKeys> m_invalidation;
    QHash<QString, QString> m_patch;
    RestRoutes m_rest = RestRoutes::specDefaults();
};

}  // namespace Dms
