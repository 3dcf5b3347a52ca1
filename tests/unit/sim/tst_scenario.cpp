// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// Scenario: the built-ins load; bad files fail with the field (or, for syntax, the line and
// column) and a reason.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "sim/scenario.h"

using namespace Dms;

namespace Dms {
// QCOMPARE's text for an id.
char *toString(const EntityId &id)
{
    return qstrdup(id.isNull() ? "(none)" : qPrintable(id.toString()));
}
}  // namespace Dms

namespace {

// A valid scenario; `extra` lines go in after "name" (line 3 onwards).
QByteArray scenarioText(const QByteArray &extra, const QByteArray &steps = {},
                        const QByteArray &tail = {})
{
    QByteArray text = "{\n"
                      "  \"name\": \"t\",\n";
    text += extra;
    text += "  \"users\": {\"units\": 2, \"per_unit\": 4},\n"
            "  \"steps\": [\n";
    text += steps.isEmpty() ? QByteArray("    {\"action\": \"approve\", \"kind\": \"withdrawal\", \"unit\": 1}\n") : steps;
    text += "  ]";
    text += tail;
    text += "\n}\n";
    return text;
}

}  // namespace

class tst_Scenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtIns_allLoadAndHaveThresholds()
    {
        const QStringList names = Scenario::builtInNames();
        const QStringList expected{QStringLiteral("approve-fanout"), QStringLiteral("crate-relocation"),
                                   QStringLiteral("ramp"),
                                   QStringLiteral("reconnect-storm"), QStringLiteral("sendback-notify"),
                                   QStringLiteral("soak"), QStringLiteral("transfer-both-units"),
                                   QStringLiteral("unit-isolation")};
        QCOMPARE(names, expected);
        for (const QString &name : names) {
            Scenario s;
            ScenarioError error;
            QVERIFY2(Scenario::load(name, &s, &error), qPrintable(error.toString()));
            QCOMPARE(s.name, name);
            QVERIFY(!s.description.isEmpty());
            QVERIFY(!s.thresholds.isEmpty());
            QVERIFY(!s.steps.isEmpty());
        }
        Scenario storm;
        ScenarioError error;
        QVERIFY(Scenario::load(QStringLiteral("reconnect-storm"), &storm, &error));
        QVERIFY(storm.hasTimedStep(SimActionType::DisconnectAll));
    }

    // The built-in ramp: 10 users signed in, four stages up to 200, a p95 limit per stage.
    void builtIn_ramp_rampsFrom10To200InFourStages()
    {
        Scenario s;
        ScenarioError error;
        QVERIFY2(Scenario::load(QStringLiteral("ramp"), &s, &error), qPrintable(error.toString()));
        QVERIFY(s.hasStages());
        QCOMPARE(s.stages.size(), 4);
        QCOMPARE(s.startUsers, 10);
        QCOMPARE(s.maxStageUsers(), 200);
        QVERIFY(s.totalUsers() >= s.maxStageUsers());
        QCOMPARE(s.stages.last().users, 200);
        QVERIFY(s.durationS >= 60 && s.durationS <= 120);
        QStringList staged;
        for (const Threshold &t : std::as_const(s.thresholds)) {
            if (!t.stage.isEmpty()) {
                QCOMPARE(t.metric, QStringLiteral("p95_ms"));
                QVERIFY2(s.stageIndex(t.stage) >= 0, qPrintable(t.text));
                staged.append(t.stage);
            }
        }
        QCOMPARE(staged, s.stageNames());  // one per stage
    }

    void fromJson_stages_targetsInterpolateFromTheStart()
    {
        Scenario s;
        ScenarioError error;
        const QByteArray text = scenarioText(
            "  \"rate\": 1,\n"
            "  \"start_users\": 3,\n"
            "  \"stages\": [{\"name\": \"up\", \"duration_s\": 10, \"users\": 8, \"rate\": 3},\n"
            "             {\"duration_s\": 5},\n"
            "             {\"name\": \"down\", \"duration_s\": 4, \"users\": 2, \"rate\": 0}],\n",
            {}, ",\n  \"thresholds\": [\"p95_ms < 500 @up\", \"missing == 0 @2\",\n"
                "    {\"threshold\": \"leaks == 0\", \"abort_on_fail\": true}]");
        QVERIFY2(Scenario::fromJson(text, QStringLiteral("t.json"), &s, &error), qPrintable(error.toString()));
        QCOMPARE(s.stages.size(), 3);
        QCOMPARE(s.durationS, 19.0);  // the stages' sum
        QCOMPARE(s.startUsers, 3);
        QCOMPARE(s.maxStageUsers(), 8);
        // An unnamed stage keeps the previous targets and is named by its number.
        QCOMPARE(s.stages.at(1).name, QStringLiteral("2"));
        QCOMPARE(s.stages.at(1).users, 8);
        QCOMPARE(s.stages.at(1).rate, 3.0);
        QCOMPARE(s.stageStartS(2), 15.0);

        // From start_users and rate to the first stage's targets, then on.
        StageTargets t = s.targetsAt(0);
        QCOMPARE(t.stage, 0);
        QCOMPARE(t.users, 3.0);
        QCOMPARE(t.rate, 1.0);
        t = s.targetsAt(5);
        QCOMPARE(t.stage, 0);
        QCOMPARE(t.users, 5.5);
        QCOMPARE(t.rate, 2.0);
        t = s.targetsAt(12);
        QCOMPARE(t.stage, 1);
        QCOMPARE(t.users, 8.0);
        QCOMPARE(t.rate, 3.0);
        t = s.targetsAt(17);
        QCOMPARE(t.stage, 2);
        QCOMPARE(t.users, 5.0);
        QCOMPARE(t.rate, 1.5);
        t = s.targetsAt(100);  // past the end: the last targets
        QCOMPARE(t.stage, 2);
        QCOMPARE(t.users, 2.0);
        QCOMPARE(t.rate, 0.0);

        QCOMPARE(s.stageIndex(QStringLiteral("up")), 0);
        QCOMPARE(s.stageIndex(QStringLiteral("2")), 1);
        QCOMPARE(s.stageIndex(QStringLiteral("3")), 2);
        QCOMPARE(s.stageIndex(QStringLiteral("4")), -1);
        QCOMPARE(s.stageIndex(QStringLiteral("sideways")), -1);

        QCOMPARE(s.thresholds.size(), 3);
        QCOMPARE(s.thresholds.at(0).stage, QStringLiteral("up"));
        QCOMPARE(s.thresholds.at(1).stage, QStringLiteral("2"));
        QVERIFY(!s.thresholds.at(1).abortOnFail);
        QVERIFY(s.thresholds.at(2).abortOnFail);
        QCOMPARE(s.thresholds.at(2).text, QStringLiteral("leaks == 0 abort_on_fail"));

        // toJson() round-trips (duration_s written as the sum is accepted).
        Scenario back;
        QVERIFY2(Scenario::fromJson(QJsonDocument(s.toJson()).toJson(), QStringLiteral("round"), &back, &error),
                 qPrintable(error.toString()));
        QCOMPARE(back.stages.size(), 3);
        QCOMPARE(back.stageNames(), s.stageNames());
        QCOMPARE(back.startUsers, 3);
        QCOMPARE(back.durationS, 19.0);
        QCOMPARE(back.targetsAt(5).users, 5.5);
        QVERIFY(back.thresholds.at(2).abortOnFail);
    }

    // Without start_users and rate the first stage holds its own targets from the start.
    void fromJson_stages_defaultsStartAtTheFirstStage()
    {
        Scenario s;
        ScenarioError error;
        QVERIFY2(Scenario::fromJson(scenarioText("  \"stages\": [{\"duration_s\": 2, \"users\": 4, \"rate\": 2},\n"
                                                 "             {\"duration_s\": 2, \"users\": 8}],\n"),
                                    QStringLiteral("t.json"), &s, &error),
                 qPrintable(error.toString()));
        QCOMPARE(s.startUsers, 4);
        QCOMPARE(s.rate, 2.0);
        QCOMPARE(s.targetsAt(1).users, 4.0);
        QCOMPARE(s.targetsAt(3).users, 6.0);
        QCOMPARE(s.targetsAt(3).rate, 2.0);
        // Without stages: the scenario's users and rate throughout.
        Scenario flat;
        QVERIFY(Scenario::fromJson(scenarioText("  \"rate\": 3,\n"), QStringLiteral("t.json"), &flat, &error));
        QVERIFY(!flat.hasStages());
        QCOMPARE(flat.targetsAt(5).stage, -1);
        QCOMPARE(flat.targetsAt(5).rate, 3.0);
        QCOMPARE(flat.targetsAt(5).users, 8.0);
        QVERIFY(!flat.toJson().contains(QStringLiteral("stages")));
    }

    void load_unknownName_listsBuiltIns()
    {
        Scenario s;
        ScenarioError error;
        QVERIFY(!Scenario::load(QStringLiteral("aprove-fanout"), &s, &error));
        QCOMPARE(error.toString(),
                 QStringLiteral("aprove-fanout: no built-in scenario of that name (built-ins: approve-fanout, "
                                "crate-relocation, ramp, reconnect-storm, sendback-notify, soak, transfer-both-units, "
                                "unit-isolation)"));
    }

    void fromJson_valid_defaultsAndFields()
    {
        Scenario s;
        ScenarioError error;
        const QByteArray text = scenarioText("  \"rate\": 2.5,\n  \"arrival\": \"poisson\",\n  \"seed\": 9,\n",
                                             "    {\"action\": \"approve\", \"kind\": \"transfer\", \"unit\": 1, \"destination\": 2},\n"
                                             "    {\"action\": \"relocate\", \"unit\": \"any\", \"weight\": 3},\n"
                                             "    {\"action\": \"disconnect-all\", \"at_s\": 2, \"method\": \"client\"}\n",
                                             ",\n  \"thresholds\": [\"p95_ms < 100\", \"leaks == 0\"]");
        QVERIFY2(Scenario::fromJson(text, QStringLiteral("t.json"), &s, &error), qPrintable(error.toString()));
        QCOMPARE(s.rate, 2.5);
        QVERIFY(s.poisson);
        QCOMPARE(s.seed, quint32(9));
        QCOMPARE(s.totalUsers(), 8);
        QCOMPARE(s.steps.size(), 3);
        QCOMPARE(s.steps.at(0).destination, 2);
        QCOMPARE(s.steps.at(1).unit, 0);
        QCOMPARE(s.steps.at(1).weight, 3.0);
        QVERIFY(s.steps.at(2).isTimed());
        QCOMPARE(s.steps.at(2).method, QStringLiteral("client"));
        QCOMPARE(s.thresholds.size(), 2);
        QCOMPARE(s.views.size(), 5);  // the default views

        // toJson() round-trips.
        Scenario back;
        QVERIFY2(Scenario::fromJson(QJsonDocument(s.toJson()).toJson(), QStringLiteral("round"), &back, &error),
                 qPrintable(error.toString()));
        QCOMPARE(back.steps.size(), 3);
        QCOMPARE(back.thresholds.at(0).text, QStringLiteral("p95_ms < 100"));
        QCOMPARE(back.rate, 2.5);
    }

    // Units as the server names them (UUIDs) next to the demo pattern's numbers.
    void fromJson_textUnitIds_roundTrip()
    {
        const QString a = QStringLiteral("5f0c2d8e-6a0e-4c1b-9d1e-0000000000a1");
        const QString b = QStringLiteral("5f0c2d8e-6a0e-4c1b-9d1e-0000000000a2");
        Scenario s;
        ScenarioError error;
        const QByteArray text =
            scenarioText({}, QStringLiteral("    {\"action\": \"approve\", \"kind\": \"transfer\", \"unit\": \"%1\", "
                                            "\"destination\": \"%2\"},\n"
                                            "    {\"action\": \"relocate\", \"unit\": \"%1\"},\n"
                                            "    {\"action\": \"relocate\", \"unit\": \"2\"}\n")
                                 .arg(a, b)
                                 .toUtf8());
        QVERIFY2(Scenario::fromJson(text, QStringLiteral("t.json"), &s, &error), qPrintable(error.toString()));
        QCOMPARE(s.steps.at(0).unit, EntityId::fromString(a));
        QCOMPARE(s.steps.at(0).destination, EntityId::fromString(b));
        QCOMPARE(s.steps.at(2).unit, EntityId(2));  // digits in quotes: unit 2
        const QJsonArray steps = s.toJson().value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("unit")), QJsonValue(a));
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("destination")), QJsonValue(b));
        Scenario back;
        QVERIFY2(Scenario::fromJson(QJsonDocument(s.toJson()).toJson(), QStringLiteral("round"), &back, &error),
                 qPrintable(error.toString()));
        QCOMPARE(back.steps.at(0).unit, s.steps.at(0).unit);
        QCOMPARE(back.steps.at(0).destination, s.steps.at(0).destination);
        QCOMPARE(back.steps.at(1).unit, s.steps.at(1).unit);
    }

    void fromJson_bad_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");

        QTest::newRow("syntax: missing comma")
            << QByteArray("{\n  \"name\": \"t\"\n  \"rate\": 2\n}\n")
            << QStringLiteral("t.json:3:4: JSON syntax error: unterminated object");
        QTest::newRow("syntax: unterminated")
            << QByteArray("{\n  \"name\": \"t\",\n  \"steps\": [\n")
            << QStringLiteral("t.json:4:1: JSON syntax error: unterminated array");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("t.json:1: a scenario is a JSON object");
        QTest::newRow("no steps")
            << QByteArray("{\n  \"name\": \"t\"\n}\n") << QStringLiteral("t.json:1: a scenario needs \"steps\"");
        QTest::newRow("wrong type") << scenarioText("  \"duration_s\": \"10\",\n")
                                    << QStringLiteral("t.json:3: duration_s: must be a number, not a string");
        QTest::newRow("out of range") << scenarioText("  \"window_s\": 0,\n")
                                      << QStringLiteral("t.json:3: window_s: 0 is out of range 0.1000 … 3600");
        QTest::newRow("zero rate") << scenarioText("  \"rate\": 0,\n")
                                   << QStringLiteral("t.json:3: rate: must be above 0 when steps have no \"at_s\"");
        QTest::newRow("bad kind")
            << scenarioText({}, "    {\"action\": \"approve\", \"kind\": \"withdrawal\"},\n"
                                "    {\"action\": \"issue\",\n"
                                "     \"kind\": \"widthdrawal\"}\n")
            << QStringLiteral("t.json:7: steps[1].kind: \"widthdrawal\" is not a request kind (withdrawal, "
                              "destruction, transfer)");
        QTest::newRow("no kind") << scenarioText({}, "    {\"action\": \"approve\"}\n")
                                 << QStringLiteral("t.json:5: steps[0]: \"approve\" needs a \"kind\" (withdrawal, "
                                                   "destruction, transfer)");
        QTest::newRow("bad action")
            << scenarioText({}, "    {\"action\": \"aprove\", \"kind\": \"withdrawal\"}\n")
            << QStringLiteral("t.json:5: steps[0].action: \"aprove\" is not an action (one of create, approve, "
                              "reject, send-back, allocate-storage, issue, return, resubmit, relocate, "
                              "create-crate, disconnect-all)");
        QTest::newRow("unit too high")
            << scenarioText({}, "    {\"action\": \"relocate\", \"unit\": 3}\n")
            << QStringLiteral("t.json:5: steps[0].unit: unit 3 does not exist: the scenario has 2 unit(s) "
                              "(users.units)");
        QTest::newRow("same destination")
            << scenarioText({}, "    {\"action\": \"approve\", \"kind\": \"transfer\", \"unit\": 1, \"destination\": 1}\n")
            << QStringLiteral("t.json:5: steps[0].destination: the destination must be another unit than 1");
        QTest::newRow("text unit too high")
            << scenarioText({}, "    {\"action\": \"relocate\", \"unit\": \"3\"}\n")
            << QStringLiteral("t.json:5: steps[0].unit: unit 3 does not exist: the scenario has 2 unit(s) "
                              "(users.units)");
        QTest::newRow("empty unit")
            << scenarioText({}, "    {\"action\": \"relocate\", \"unit\": \"\"}\n")
            << QStringLiteral("t.json:5: steps[0].unit: must be a unit number or a unit id, not \"\" (a non-empty "
                              "string of at most 200 characters or an integer)");
        QTest::newRow("boolean unit")
            << scenarioText({}, "    {\"action\": \"relocate\", \"unit\": true}\n")
            << QStringLiteral("t.json:5: steps[0].unit: must be a unit number or a unit id, not a boolean");
        QTest::newRow("fractional unit")
            << scenarioText({}, "    {\"action\": \"relocate\", \"unit\": 1.5}\n")
            << QStringLiteral("t.json:5: steps[0].unit: must be a whole number, not 1.5000");
        QTest::newRow("same text destination")
            << scenarioText({}, "    {\"action\": \"approve\", \"kind\": \"transfer\", \"unit\": \"u-a\", "
                                "\"destination\": \"u-a\"}\n")
            << QStringLiteral("t.json:5: steps[0].destination: the destination must be another unit than u-a");
        QTest::newRow("untimed storm")
            << scenarioText({}, "    {\"action\": \"disconnect-all\"}\n")
            << QStringLiteral("t.json:5: steps[0]: \"disconnect-all\" is a timed step: give \"at_s\"");
        QTest::newRow("storm after the end")
            << scenarioText("  \"duration_s\": 20,\n", "    {\"action\": \"disconnect-all\", \"at_s\": 30}\n")
            << QStringLiteral("t.json:6: steps[0].at_s: 30 s is not within the run (duration_s 20)");
        QTest::newRow("bad view") << scenarioText("  \"views\": [\"crates\",\n    \"audits\"],\n")
                                  << QStringLiteral("t.json:4: views[1]: \"audits\" is not a view (withdrawal, "
                                                    "destruction, transfer, crates, sendbacks, storage, audit)");
        QTest::newRow("bad threshold")
            << scenarioText({}, {}, ",\n  \"thresholds\": [\"leaks == 0\",\n    \"p95_ms < fast\"]")
            << QStringLiteral("t.json:8: thresholds[1]: \"p95_ms < fast\": column 10: \"fast\" is not a number");
        QTest::newRow("cap below base")
            << scenarioText("  \"live\": {\"reconnect_base_s\": 5,\n           \"reconnect_cap_s\": 1},\n")
            << QStringLiteral("t.json:4: live.reconnect_cap_s: must not be below live.reconnect_base_s (5)");
        QTest::newRow("whole number") << scenarioText("  \"max_in_flight\": 2.5,\n")
                                      << QStringLiteral("t.json:3: max_in_flight: must be a whole number, not 2.5000");
        QTest::newRow("empty name") << QByteArray("{\"name\": \" \", \"steps\": []}")
                                    << QStringLiteral("t.json:1: name: must not be empty");
        QTest::newRow("stages not an array")
            << scenarioText("  \"stages\": {\"duration_s\": 5},\n")
            << QStringLiteral("t.json:3: stages: must be a non-empty array of {\"duration_s\": S, \"users\": N, "
                              "\"rate\": R}");
        QTest::newRow("stage without duration")
            << scenarioText("  \"stages\": [{\"users\": 5}],\n")
            << QStringLiteral("t.json:3: stages[0]: a stage needs \"duration_s\"");
        QTest::newRow("first stage without users")
            << scenarioText("  \"stages\": [{\"duration_s\": 5, \"rate\": 1}],\n")
            << QStringLiteral("t.json:3: stages[0]: the first stage needs \"users\"");
        QTest::newRow("first stage without rate")
            << scenarioText("  \"stages\": [{\"duration_s\": 5, \"users\": 2}],\n")
            << QStringLiteral("t.json:3: stages[0]: the first stage needs \"rate\" (or the scenario a \"rate\")");
        QTest::newRow("stage of no users")
            << scenarioText("  \"stages\": [{\"duration_s\": 5, \"users\": 0, \"rate\": 1}],\n")
            << QStringLiteral("t.json:3: stages[0].users: 0 is out of range 1 … 100000");
        QTest::newRow("stage of zero seconds")
            << scenarioText("  \"stages\": [{\"duration_s\": 0, \"users\": 2, \"rate\": 1}],\n")
            << QStringLiteral("t.json:3: stages[0].duration_s: 0 is out of range: must be above 0 and at most 2592000");
        QTest::newRow("unknown stage field")
            << scenarioText("  \"stages\": [{\"duration_s\": 5, \"vus\": 2}],\n")
            << QStringLiteral("t.json:3: stages[0].vus: unknown field (allowed here: name, duration_s, users, rate)");
        QTest::newRow("stage named twice")
            << scenarioText("  \"rate\": 1,\n  \"stages\": [{\"name\": \"a\", \"duration_s\": 5, \"users\": 2},\n"
                            "             {\"name\": \"a\", \"duration_s\": 5}],\n")
            << QStringLiteral("t.json:5: stages[1].name: \"a\" names two stages");
        QTest::newRow("numeric stage name")
            << scenarioText("  \"rate\": 1,\n  \"stages\": [{\"name\": \"2\", \"duration_s\": 5, \"users\": 2}],\n")
            << QStringLiteral("t.json:4: stages[0].name: \"2\" is not a stage name (letters, digits, _ . -; not a "
                              "number)");
        QTest::newRow("duration is not the stages' sum")
            << scenarioText("  \"rate\": 1,\n  \"duration_s\": 30,\n  \"stages\": [{\"duration_s\": 5, \"users\": 2}],\n")
            << QStringLiteral("t.json:4: duration_s: 30 s is not the stages' sum (5 s): leave it out with \"stages\"");
        QTest::newRow("start_users without stages")
            << scenarioText("  \"start_users\": 3,\n")
            << QStringLiteral("t.json:3: start_users: only with \"stages\"");
        QTest::newRow("every stage at rate 0")
            << scenarioText("  \"rate\": 0,\n  \"stages\": [{\"duration_s\": 5, \"users\": 2}],\n")
            << QStringLiteral("t.json:4: stages: some stage's rate must be above 0 when steps have no \"at_s\"");
        QTest::newRow("threshold of an unknown stage")
            << scenarioText("  \"rate\": 1,\n  \"stages\": [{\"name\": \"up\", \"duration_s\": 5, \"users\": 2}],\n",
                            {}, ",\n  \"thresholds\": [\"p95_ms < 9 @down\"]")
            << QStringLiteral("t.json:9: thresholds[0]: \"p95_ms < 9 @down\": no stage \"down\" (stages: up)");
        QTest::newRow("threshold of a stage without stages")
            << scenarioText({}, {}, ",\n  \"thresholds\": [\"p95_ms < 9 @up\"]")
            << QStringLiteral("t.json:7: thresholds[0]: \"p95_ms < 9 @up\": names stage \"up\", but the scenario has "
                              "no \"stages\"");
        QTest::newRow("abort_on_fail not a boolean")
            << scenarioText({}, {}, ",\n  \"thresholds\": [{\"threshold\": \"leaks == 0\", \"abort_on_fail\": 1}]")
            << QStringLiteral("t.json:7: thresholds[0].abort_on_fail: must be true or false, not a number");
        QTest::newRow("threshold object without text")
            << scenarioText({}, {}, ",\n  \"thresholds\": [{\"abort_on_fail\": true}]")
            << QStringLiteral("t.json:7: thresholds[0]: needs \"threshold\", a string like \"p95_ms < 100\"");
        QTest::newRow("method on a non-storm step")
            << scenarioText({}, "    {\"action\": \"relocate\", \"method\": \"server\"}\n")
            << QStringLiteral("t.json:5: steps[0].method: only disconnect-all has a method");
    }
    void fromJson_bad()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        Scenario s;
        ScenarioError got;
        QVERIFY(!Scenario::fromJson(text, QStringLiteral("t.json"), &s, &got));
        QCOMPARE(got.toString(), error);
    }

    void fromJson_unknownField_namesItAndItsLine()
    {
        Scenario s;
        ScenarioError error;
        QVERIFY(!Scenario::fromJson(scenarioText("  \"rte\": 2,\n"), QStringLiteral("t.json"), &s, &error));
        QCOMPARE(error.field, QStringLiteral("rte"));
        QCOMPARE(error.line, 3);
        QVERIFY2(error.message.startsWith(QLatin1String("unknown field (allowed here: schema, name, description,")),
                 qPrintable(error.message));

        QVERIFY(!Scenario::fromJson(scenarioText({}, "    {\"action\": \"relocate\",\n     \"units\": 1}\n"),
                                    QStringLiteral("t.json"), &s, &error));
        QCOMPARE(error.field, QStringLiteral("steps[0].units"));
        QCOMPARE(error.line, 6);
    }
};

QTEST_GUILESS_MAIN(tst_Scenario)
#include "tst_scenario.moc"
