// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "live/dialectprofile.h"

using namespace Dms;

namespace {

const QString Uuid = QStringLiteral("5f0c7a1e-9b2d-4c3e-8f4a-1d2e3f405162");

// A minimal valid profile with the given top-level members replaced (a JSON object text).
QByteArray variant(const char *overrides)
{
    QJsonObject base{
        {QStringLiteral("name"), QStringLiteral("x")},
        {QStringLiteral("sockets"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("a")},
                                                           {QStringLiteral("path"), QStringLiteral("/a")}}}},
        {QStringLiteral("liveOn"), QStringLiteral("open")},
        {QStringLiteral("heartbeat"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("none")}}},
        {QStringLiteral("messages"),
         QJsonObject{{QStringLiteral("types"),
                      QJsonObject{{QStringLiteral("u"),
                                   QJsonObject{{QStringLiteral("kind"), QStringLiteral("update")},
                                               {QStringLiteral("fields"),
                                                QJsonObject{{QStringLiteral("entity"), QStringLiteral("e")},
                                                            {QStringLiteral("id"), QStringLiteral("id")}}}}}}}}}};
    QJsonParseError error;
    const QJsonObject patch = QJsonDocument::fromJson(QByteArray(overrides), &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", overrides);
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else
            base.insert(it.key(), it.value());
    }
    return QJsonDocument(base).toJson(QJsonDocument::Compact);
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> set(std::initializer_list<const char *> names)
{
    QSet<QString> out;
    for (const char *n : names)
        out.insert(QString::fromLatin1(n));
    return out;
}

// Every top-level member DialectProfile::fromJson reads (dialectprofile.cpp), and those of
// its objects; the schema must name exactly these.
const QSet<QString> &loaderTopLevel()
{
    static const QSet<QString> s = set({"name", "title", "sockets", "auth", "liveOn", "heartbeat", "messages",
                                        "invalidation", "patch", "rest"});
    return s;
}

}  // namespace

class tst_DialectProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void load_builtInDmsUpdates_hasSpecInvalidationMap()
    {
        DialectProfile p;
        ProfileError error;
        QVERIFY2(DialectProfile::load(QStringLiteral("dms-updates"), &p, &error), qPrintable(error.message));
        QCOMPARE(p.name(), QStringLiteral("dms-updates"));
        QCOMPARE(p.authMode(), AuthMode::Query);
        QCOMPARE(p.sockets().size(), 1);
        QCOMPARE(p.invalidationKeys(QStringLiteral("withdrawal"), 7),
                 (QStringList{QStringLiteral("withdrawal-requests"), QStringLiteral("withdrawal-request/7"),
                              QStringLiteral("dashboard"), QStringLiteral("summary")}));
        QCOMPARE(p.invalidationKeys(QStringLiteral("crate"), 12),
                 (QStringList{QStringLiteral("crates"), QStringLiteral("crate/12"),
                              QStringLiteral("dashboard"), QStringLiteral("summary")}));
        QCOMPARE(p.invalidationKeys(QStringLiteral("audit"), 3), QStringList{QStringLiteral("audit")});
        QCOMPARE(p.patchKey(QStringLiteral("crate")), QStringLiteral("crates"));
        QVERIFY(DialectProfile::builtInNames().contains(QStringLiteral("dms-updates")));
        QVERIFY(DialectProfile::builtInNames().contains(QStringLiteral("dms-channels")));
    }

    void socketUrl_httpsBecomesWss_andFillsTemplate()
    {
        DialectProfile p;
        ProfileError error;
        // liveOn open: a profile without a welcome type may no longer wait for one.
        QVERIFY2(DialectProfile::fromJson(R"({"name":"x","sockets":[{"name":"r","path":"/ws/requests/{unit_id}/"}],
            "liveOn":"open","heartbeat":{"ping":{"type":"ping"}},"messages":{"types":{"pong":{"kind":"pong"}}}})",
                                          &p, &error),
                 qPrintable(error.message));
        const QUrl url = p.socketUrl(QUrl(QStringLiteral("https://dms.example.com:8443/base/")),
                                     p.sockets().first(), 3, 9);
        QCOMPARE(url.toString(), QStringLiteral("wss://dms.example.com:8443/base/ws/requests/3/"));
        const QUrl uuidUrl = p.socketUrl(QUrl(QStringLiteral("http://h")), p.sockets().first(),
                                         EntityId::fromString(Uuid), 9);
        QCOMPARE(uuidUrl.toString(), QStringLiteral("ws://h/ws/requests/%1/").arg(Uuid));
    }

    void fromJson_invalid_namesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions");
        using L = QStringList;
        auto S = [](const char *s) { return QString::fromLatin1(s); };
        QTest::newRow("not json") << QByteArray("{") << L{S("JSON")};
        QTest::newRow("array") << QByteArray("[]") << L{S("object")};
        QTest::newRow("no name") << QByteArray(R"({"sockets":[]})") << L{S("name")};
        QTest::newRow("no sockets") << QByteArray(R"({"name":"x"})") << L{S("sockets")};
        QTest::newRow("bad auth") << QByteArray(R"({"name":"x","sockets":[{"name":"a","path":"/a"}],"auth":{"mode":"cookie"}})")
                                  << L{S("auth.mode")};
        QTest::newRow("no pong") << QByteArray(R"({"name":"x","sockets":[{"name":"a","path":"/a"}],"liveOn":"open",
            "heartbeat":{"ping":{"type":"ping"}},"messages":{"types":{"x":{"kind":"update"}}}})")
                                 << L{S("pong")};
        QTest::newRow("bad kind") << QByteArray(R"({"name":"x","sockets":[{"name":"a","path":"/a"}],
            "heartbeat":{"ping":{"type":"ping"}},"messages":{"types":{"x":{"kind":"nope"}}}})")
                                  << L{S("messages.types.x.kind")};

        QTest::newRow("socket path without /") << variant(R"({"sockets":[{"name":"a","path":"/a"},{"name":"b","path":"b"}]})")
                                               << L{S("sockets[1]")};
        QTest::newRow("auth.message not an object") << variant(R"({"auth":{"mode":"first-message","message":"auth"}})")
                                                    << L{S("auth.message")};
        QTest::newRow("auth.deadlineMs negative") << variant(R"({"auth":{"deadlineMs":-1}})") << L{S("auth.deadlineMs")};
        QTest::newRow("auth.deadlineMs text") << variant(R"({"auth":{"deadlineMs":"5s"}})") << L{S("auth.deadlineMs")};
        QTest::newRow("liveOn unknown") << variant(R"({"liveOn":"later"})") << L{S("liveOn")};
        QTest::newRow("liveOn welcome without a welcome type") << variant(R"({"liveOn":"welcome"})")
                                                               << L{S("liveOn"), S("welcome")};
        QTest::newRow("heartbeat.mode unknown") << variant(R"({"heartbeat":{"mode":"tcp"}})") << L{S("heartbeat.mode")};
        QTest::newRow("heartbeat json without ping") << variant(R"({"heartbeat":{"mode":"json"}})")
                                                     << L{S("heartbeat.ping")};
        QTest::newRow("messages.types empty") << variant(R"({"messages":{"types":{}}})") << L{S("messages.types")};
        QTest::newRow("unknown engine field name")
            << variant(R"({"messages":{"types":{"u":{"kind":"update","fields":{"colour":"c"}}}}})")
            << L{S("messages.types.u.fields.colour"), S("unknown engine field")};
        QTest::newRow("field path empty") << variant(R"({"messages":{"types":{"u":{"kind":"update","fields":{"id":""}}}}})")
                                          << L{S("messages.types.u.fields.id")};
        QTest::newRow("field path not a string") << variant(R"({"messages":{"types":{"u":{"kind":"update","fields":{"id":1}}}}})")
                                                 << L{S("messages.types.u.fields.id")};
        QTest::newRow("required names an unmapped field")
            << variant(R"({"messages":{"types":{"u":{"kind":"update","fields":{"id":"id"},"required":["entity"]}}}})")
            << L{S("messages.types.u.required"), S("entity")};
        QTest::newRow("values: unknown normalisation")
            << variant(R"({"messages":{"types":{"u":{"kind":"update","fields":{"status":"s"},"values":{"status":"camel"}}}}})")
            << L{S("messages.types.u.values.status")};
        QTest::newRow("values: map entry not a string")
            << variant(R"({"messages":{"types":{"u":{"kind":"update","fields":{"status":"s"},"values":{"status":{"A":1}}}}}})")
            << L{S("messages.types.u.values.status.A")};
        QTest::newRow("values: * other than snake")
            << variant(R"({"messages":{"types":{"u":{"kind":"update","fields":{"status":"s"},"values":{"status":{"*":"upper"}}}}}})")
            << L{S("messages.types.u.values.status.*")};
        QTest::newRow("values not an object")
            << variant(R"({"messages":{"types":{"u":{"kind":"update","values":[]}}}})") << L{S("messages.types.u.values")};
        QTest::newRow("invalidation not an array") << variant(R"({"invalidation":{"crate":"crates"}})")
                                                   << L{S("invalidation.crate")};
        QTest::newRow("invalidation key without a route")
            << variant(R"({"invalidation":{"crate":["crates","crate-history"]}})")
            << L{S("invalidation.crate"), S("crate-history"), S("rest.queries")};
        QTest::newRow("invalidation detail key without a route")
            << variant(R"({"invalidation":{"thing":["thing/{id}"]},"rest":{"queries":{"things":"/api/things/"}}})")
            << L{S("invalidation.thing"), S("thing/{id}")};
        QTest::newRow("rest not an object") << variant(R"({"rest":[]})") << L{S("rest")};
        QTest::newRow("bad rest.queries path") << variant(R"({"rest":{"queries":{"crates":"api/crates/"}}})")
                                               << L{S("rest.queries.crates")};
        QTest::newRow("rest.queries object without path") << variant(R"({"rest":{"queries":{"crates":{"shape":"list"}}}})")
                                                          << L{S("rest.queries.crates")};
        QTest::newRow("rest.queries bad shape")
            << variant(R"({"rest":{"queries":{"audit":{"path":"/api/audit/","shape":"log"}}}})")
            << L{S("rest.queries.audit.shape")};
        QTest::newRow("rest.queries detail key without {id} in its path")
            << variant(R"({"rest":{"queries":{"crate/{id}":"/api/crates/"}}})") << L{S("rest.queries.crate/{id}")};
        QTest::newRow("rest.queries list key with {id} in its path")
            << variant(R"({"rest":{"queries":{"crates":"/api/crates/{id}/"}}})") << L{S("rest.queries.crates")};
        QTest::newRow("rest.queries not an object") << variant(R"({"rest":{"queries":["/a"]}})") << L{S("rest.queries")};
        QTest::newRow("rest.auth.login not a path") << variant(R"({"rest":{"auth":{"login":"login/"}}})")
                                                    << L{S("rest.auth.login")};
        QTest::newRow("rest.auth not an object") << variant(R"({"rest":{"auth":"/login/"}})") << L{S("rest.auth")};
        QTest::newRow("rest.actions path") << variant(R"({"rest":{"actions":{"approve":"approve/"}}})")
                                           << L{S("rest.actions.approve")};
    }
    void fromJson_invalid_namesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        DialectProfile p;
        ProfileError error;
        QVERIFY(!DialectProfile::fromJson(json, &p, &error));
        for (const QString &m : std::as_const(mentions))
            QVERIFY2(error.message.contains(m), qPrintable(error.message + QStringLiteral(" (expected: ") + m + u')'));
    }

    void fromJson_minimalVariant_isValid()
    {
        // The base of the rows above loads: each row fails for its own reason only.
        DialectProfile p;
        ProfileError error;
        QVERIFY2(DialectProfile::fromJson(variant("{}"), &p, &error), qPrintable(error.message));
        QVERIFY2(DialectProfile::fromJson(variant(R"({"rest":{"queries":{"crates":"/api/crates/","crate/{id}":"/api/crates/{id}/"}},
            "invalidation":{"crate":["crates","crate/{id}"]}})"),
                                          &p, &error),
                 qPrintable(error.message));
        QCOMPARE(p.invalidationKeys(QStringLiteral("crate"), EntityId::fromString(Uuid)),
                 (QStringList{QStringLiteral("crates"), QStringLiteral("crate/") + Uuid}));
        QCOMPARE(p.invalidationKeys(QStringLiteral("crate"), EntityId()), QStringList{QStringLiteral("crates")});
    }

    void load_file_errorNamesTheFileAndField()
    {
        DialectProfile p;
        ProfileError error;
        QVERIFY(!DialectProfile::load(QStringLiteral("no-such-profile"), &p, &error));
        QVERIFY2(error.message.contains(QStringLiteral("no-such-profile")), qPrintable(error.message));
    }

    void builtIns_allLoad_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : DialectProfile::builtInNames())
            QTest::newRow(qPrintable(n)) << n;
    }
    void builtIns_allLoad()
    {
        QFETCH(QString, name);
        DialectProfile p;
        ProfileError error;
        QVERIFY2(DialectProfile::load(name, &p, &error), qPrintable(error.message));
        QCOMPARE(p.name(), name);
        QVERIFY(!p.title().isEmpty());
        QVERIFY(!p.entities().isEmpty());
        // Every key an event can invalidate has a route, detail keys with a UUID too.
        for (const QString &entity : p.entities()) {
            for (const QString &key : p.invalidationKeys(entity, EntityId::fromString(Uuid)))
                QVERIFY2(!p.rest().pathOfKey(key).isEmpty(), qPrintable(name + u' ' + key));
        }
        // A built-in profile uses only what the schema names.
        QFile file(QStringLiteral(":/profiles/%1.json").arg(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QSet<QString> used = keysOf(QJsonDocument::fromJson(file.readAll()).object());
        QVERIFY(loaderTopLevel().contains(used));
    }

    void builtIns_areTheShippedThree()
    {
        QStringList names = DialectProfile::builtInNames();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("dms-channels"), QStringLiteral("dms-updates"),
                                     QStringLiteral("hycon-first-message")}));  // the schema is no profile
    }

    void builtIns_carryTheirDialect()
    {
        DialectProfile p;
        ProfileError error;
        QVERIFY(DialectProfile::load(QStringLiteral("dms-updates"), &p, &error));
        QCOMPARE(p.liveOn(), LiveOn::Welcome);
        QVERIFY(p.liveOnWelcome());
        QCOMPARE(p.heartbeatMode(), HeartbeatMode::Json);
        QCOMPARE(p.pingTemplate(), (QJsonObject{{QStringLiteral("type"), QStringLiteral("ping")}}));
        QCOMPARE(p.pingTimestampField(), QStringLiteral("timestamp"));
        QVERIFY(p.mapsUpdateField(QStringLiteral("seq")));
        QVERIFY(p.mapsPongField(QStringLiteral("echo")));
        QVERIFY(p.mapsPongField(QStringLiteral("seq")));

        QVERIFY(DialectProfile::load(QStringLiteral("dms-channels"), &p, &error));
        QCOMPARE(p.liveOn(), LiveOn::Open);
        QCOMPARE(p.heartbeatMode(), HeartbeatMode::Control);
        QCOMPARE(p.authMode(), AuthMode::Query);
        QCOMPARE(p.sockets().size(), 3);
        QVERIFY(!p.mapsUpdateField(QStringLiteral("seq")));
        QCOMPARE(p.messageTypes().value(QStringLiteral("request.updated")).values.size(), 2);  // entity, status
        QCOMPARE(p.rest().pathOfKey(QStringLiteral("crates")), QStringLiteral("/api/documents/crates/"));  // spec §1

        QVERIFY(DialectProfile::load(QStringLiteral("hycon-first-message"), &p, &error));
        QCOMPARE(p.authMode(), AuthMode::FirstMessage);
        QCOMPARE(p.authDeadlineMs(), 5000);
        QCOMPARE(p.authMessage(QStringLiteral("T")),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), QStringLiteral("T")}}));
        QCOMPARE(p.liveOn(), LiveOn::Open);
        QCOMPARE(p.heartbeatMode(), HeartbeatMode::Control);
        QCOMPARE(p.rest().pathOfKey(QStringLiteral("equipment")), QStringLiteral("/api/equipment/"));
        RouteShape shape = RouteShape::List;
        QCOMPARE(p.rest().pathOfKey(QStringLiteral("unread-count"), &shape), QStringLiteral("/api/samples/unread-count/"));
        QCOMPARE(shape, RouteShape::Object);
        QVERIFY(!p.rest().hasAction(QStringLiteral("request-action")));  // "actions": {} replaces the table
    }

    void authMessage_default_usesParam()
    {
        DialectProfile p;
        ProfileError error;
        QVERIFY2(DialectProfile::fromJson(variant(R"({"auth":{"mode":"first-message","param":"access"}})"), &p, &error),
                 qPrintable(error.message));
        QCOMPARE(p.authMessage(QStringLiteral("T")),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("access"), QStringLiteral("T")}}));
        QCOMPARE(p.authDeadlineMs(), 5000);
        // Only a value that is exactly "{token}" is replaced.
        QVERIFY(DialectProfile::fromJson(
            variant(R"({"auth":{"mode":"first-message","deadlineMs":250,"message":{"op":"login","jwt":"{token}","v":"{token}x"}}})"),
            &p, &error));
        QCOMPARE(p.authMessage(QStringLiteral("T")),
                 (QJsonObject{{QStringLiteral("op"), QStringLiteral("login")}, {QStringLiteral("jwt"), QStringLiteral("T")},
                              {QStringLiteral("v"), QStringLiteral("{token}x")}}));
        QCOMPARE(p.authDeadlineMs(), 250);
    }

    // ---- REST routes -------------------------------------------------------------------

    // hasRoute (the event path's allocation-free check) answers what pathOfKey does.
    void hasRoute_agreesWithPathOfKey()
    {
        for (const QString &name : DialectProfile::builtInNames()) {
            DialectProfile p;
            ProfileError error;
            QVERIFY2(DialectProfile::load(name, &p, &error), qPrintable(error.message));
            QStringList keys{QString(), QStringLiteral("/"), QStringLiteral("crate/"), QStringLiteral("/7"),
                             QStringLiteral("crate/."), QStringLiteral("crate/.."), QStringLiteral("crate/7/x"),
                             QStringLiteral("nosuch/7"), QStringLiteral("nosuch"), QStringLiteral("{id}")};
            for (const RestRoutes::Query &q : p.rest().queries) {
                keys << q.key << QString(q.key).replace(QLatin1String("{id}"), QStringLiteral("7"))
                     << QString(q.key).replace(QLatin1String("{id}"), QStringLiteral("a b/ü"))
                     << QString(q.key).replace(QLatin1String("{id}"), QStringLiteral("."))
                     << q.key + QStringLiteral("x") << q.key.chopped(1);
            }
            for (const QString &key : std::as_const(keys)) {
                RouteShape byPath = RouteShape::Audit;
                RouteShape byHas = RouteShape::Audit;
                const bool hasPath = !p.rest().pathOfKey(key, &byPath).isEmpty();
                QCOMPARE(p.rest().hasRoute(key, &byHas), hasPath);
                if (hasPath)
                    QCOMPARE(byHas, byPath);
            }
        }
    }

    void routes_pathOfKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("shape");
        const int list = int(RouteShape::List), object = int(RouteShape::Object), audit = int(RouteShape::Audit);
        QTest::newRow("list key") << QStringLiteral("crates") << QStringLiteral("/api/documents/crates/") << list;
        QTest::newRow("detail, integer id") << QStringLiteral("crate/12") << QStringLiteral("/api/documents/crates/12/")
                                            << object;
        QTest::newRow("detail, UUID id") << QStringLiteral("withdrawal-request/") + Uuid
                                         << QStringLiteral("/api/requests/withdrawal/%1/").arg(Uuid) << object;
        QTest::newRow("detail, id percent-encoded") << QStringLiteral("crate/a b?c#d%")
                                                    << QStringLiteral("/api/documents/crates/a%20b%3Fc%23d%25/") << object;
        QTest::newRow("object route") << QStringLiteral("dashboard") << QStringLiteral("/api/dashboard/summary/") << object;
        QTest::newRow("audit route") << QStringLiteral("audit") << QStringLiteral("/api/audit/") << audit;
        QTest::newRow("unknown key") << QStringLiteral("spaceships") << QString() << -1;
        QTest::newRow("unknown detail") << QStringLiteral("spaceship/1") << QString() << -1;
        QTest::newRow("detail without id") << QStringLiteral("crate/") << QString() << -1;
    }
    void routes_pathOfKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, path);
        QFETCH(int, shape);
        DialectProfile p;
        ProfileError error;
        QVERIFY(DialectProfile::load(QStringLiteral("dms-updates"), &p, &error));
        RouteShape got = RouteShape::List;
        QCOMPARE(p.rest().pathOfKey(key, &got), path);
        if (shape >= 0)
            QCOMPARE(int(got), shape);
    }

    void routes_actionPath_fillsAndEncodes()
    {
        const RestRoutes routes = RestRoutes::specDefaults();
        QCOMPARE(routes.actionPath(QStringLiteral("request-action"), QStringLiteral("withdrawal"),
                                   EntityId::fromString(Uuid), QStringLiteral("approve")),
                 QStringLiteral("/api/requests/withdrawal/%1/approve/").arg(Uuid));
        QCOMPARE(routes.actionPath(QStringLiteral("crate-action"), {}, 42, QStringLiteral("move")),
                 QStringLiteral("/api/documents/crates/42/move/"));
        QCOMPARE(routes.actionPath(QStringLiteral("crate-action"), {}, EntityId::fromString(QStringLiteral("a/b")),
                                   QStringLiteral("move")),
                 QStringLiteral("/api/documents/crates/a%2Fb/move/"));
        QCOMPARE(routes.actionPath(QStringLiteral("request-create"), QStringLiteral("transfer")),
                 QStringLiteral("/api/requests/transfer/"));
        QCOMPARE(routes.actionPath(QStringLiteral("no-such-action")), QString());
        QVERIFY(routes.hasAction(QStringLiteral("disconnect-all")));
    }

    void routes_readJson_replacesWhatItNames()
    {
        RestRoutes routes = RestRoutes::specDefaults();
        QString why;
        QVERIFY2(RestRoutes::readJson(QJsonDocument::fromJson(R"({"auth":{"login":"/v2/login/"},
            "queries":{"things":"/v2/things/","thing/{id}":{"path":"/v2/things/{id}/","shape":"object"}}})")
                                          .object(),
                                      &routes, &why),
                 qPrintable(why));
        QCOMPARE(routes.login, QStringLiteral("/v2/login/"));
        QCOMPARE(routes.refresh, QStringLiteral("/api/auth/token/refresh/"));  // not named: kept
        QCOMPARE(routes.queries.size(), 2);  // "queries" replaces the whole table
        QCOMPARE(routes.pathOfKey(QStringLiteral("crates")), QString());
        QCOMPARE(routes.pathOfKey(QStringLiteral("thing/") + Uuid), QStringLiteral("/v2/things/%1/").arg(Uuid));
        QVERIFY(routes.hasAction(QStringLiteral("request-action")));  // "actions" not named: kept
    }

    // ---- the shipped schema ----------------------------------------------------------------

    void schema_isValidJson_andNamesWhatTheLoaderReads()
    {
        QFile file(QStringLiteral(":/profiles/profile.schema.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QVERIFY(doc.isObject());
        const QJsonObject schema = doc.object();
        QCOMPARE(schema.value(QStringLiteral("additionalProperties")), QJsonValue(false));
        const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
        QCOMPARE(keysOf(props), loaderTopLevel());
        for (const QJsonValue &required : schema.value(QStringLiteral("required")).toArray())
            QVERIFY(props.contains(required.toString()));

        auto propsOf = [&](const char *name) {
            return keysOf(props.value(QLatin1String(name)).toObject().value(QStringLiteral("properties")).toObject());
        };
        QCOMPARE(propsOf("auth"), set({"mode", "param", "message", "deadlineMs"}));
        QCOMPARE(propsOf("heartbeat"), set({"mode", "ping", "timestampField"}));
        QCOMPARE(propsOf("messages"), set({"typeField", "types"}));
        QCOMPARE(propsOf("rest"), set({"auth", "queries", "actions"}));
        const QJsonObject restAuth = props.value(QStringLiteral("rest")).toObject().value(QStringLiteral("properties"))
                                         .toObject().value(QStringLiteral("auth")).toObject();
        QCOMPARE(keysOf(restAuth.value(QStringLiteral("properties")).toObject()), set({"login", "refresh", "me", "logout"}));
        const QJsonObject messageType =
            schema.value(QStringLiteral("$defs")).toObject().value(QStringLiteral("messageType")).toObject();
        QCOMPARE(keysOf(messageType.value(QStringLiteral("properties")).toObject()),
                 set({"kind", "required", "fields", "values"}));
    }

    // The schema's enums are exactly what the loader accepts: each value loads.
    void schema_enums_areAcceptedByTheLoader()
    {
        QFile file(QStringLiteral(":/profiles/profile.schema.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
        auto enumOf = [](const QJsonObject &o) {
            QStringList out;
            for (const QJsonValue &v : o.value(QStringLiteral("enum")).toArray())
                out.append(v.toString());
            return out;
        };
        DialectProfile p;
        ProfileError error;
        const QString welcomeTypes =
            QStringLiteral(R"("messages":{"types":{"w":{"kind":"welcome"},"p":{"kind":"pong"},"u":{"kind":"update"}}})");
        for (const QString &liveOn : enumOf(props.value(QStringLiteral("liveOn")).toObject())) {
            const QByteArray json = variant(qPrintable(QStringLiteral(R"({"liveOn":"%1",%2})").arg(liveOn, welcomeTypes)));
            QVERIFY2(DialectProfile::fromJson(json, &p, &error), qPrintable(liveOn + u' ' + error.message));
        }
        const QJsonObject authProps = props.value(QStringLiteral("auth")).toObject().value(QStringLiteral("properties")).toObject();
        const QStringList authModes = enumOf(authProps.value(QStringLiteral("mode")).toObject());
        QCOMPARE(authModes.size(), 3);
        for (const QString &mode : authModes)
            QVERIFY2(DialectProfile::fromJson(variant(qPrintable(QStringLiteral(R"({"auth":{"mode":"%1"}})").arg(mode))), &p,
                                              &error),
                     qPrintable(mode + u' ' + error.message));
        const QJsonObject hbProps =
            props.value(QStringLiteral("heartbeat")).toObject().value(QStringLiteral("properties")).toObject();
        const QStringList hbModes = enumOf(hbProps.value(QStringLiteral("mode")).toObject());
        QCOMPARE(hbModes.size(), 3);
        for (const QString &mode : hbModes) {
            const QByteArray json = variant(qPrintable(
                QStringLiteral(R"({"heartbeat":{"mode":"%1","ping":{"type":"ping"}},%2})").arg(mode, welcomeTypes)));
            QVERIFY2(DialectProfile::fromJson(json, &p, &error), qPrintable(mode + u' ' + error.message));
        }
        const QJsonObject messageType = schema.value(QStringLiteral("$defs"))
                                            .toObject()
                                            .value(QStringLiteral("messageType"))
                                            .toObject()
                                            .value(QStringLiteral("properties"))
                                            .toObject();
        const QStringList kinds = enumOf(messageType.value(QStringLiteral("kind")).toObject());
        QCOMPARE(kinds.size(), 6);
        for (const QString &kind : kinds) {
            const QByteArray json = variant(qPrintable(
                QStringLiteral(R"({"messages":{"types":{"t":{"kind":"%1"},"u":{"kind":"update"}}}})").arg(kind)));
            QVERIFY2(DialectProfile::fromJson(json, &p, &error), qPrintable(kind + u' ' + error.message));
        }
        // Every engine field the schema lists loads; one it does not list is refused.
        const QStringList fields = enumOf(messageType.value(QStringLiteral("fields"))
                                              .toObject()
                                              .value(QStringLiteral("propertyNames"))
                                              .toObject());
        QCOMPARE(fields.size(), 13);
        for (const QString &field : fields) {
            const QByteArray json = variant(qPrintable(
                QStringLiteral(R"({"messages":{"types":{"u":{"kind":"update","fields":{"%1":"f"}}}}})").arg(field)));
            QVERIFY2(DialectProfile::fromJson(json, &p, &error), qPrintable(field + u' ' + error.message));
        }
        QVERIFY(!DialectProfile::fromJson(variant(R"({"messages":{"types":{"u":{"kind":"update","fields":{"colour":"f"}}}}})"),
                                          &p, &error));
        // ...and the loader's error lists exactly the schema's fields.
        for (const QString &field : fields)
            QVERIFY2(error.message.contains(field), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(tst_DialectProfile)
#include "tst_dialectprofile.moc"
