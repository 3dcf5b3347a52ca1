// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// Workflow: the request and crate rules of the reference server (server/dms/services.py,
// docs/server.md "Lifecycles" and "Roles") — per entity, status and role, the actions
// allowed and the statuses they lead to; the units that act; the crates' statuses; edits.
#include <QTest>

#include "actions/workflow.h"

using namespace Dms;

namespace {

// A row of `entity` in unit 1 (a transfer: to unit 2), with a crate and a storage location
// when asked.
QJsonObject row(const QString &entity, const QString &status, bool crate = false, bool storage = false)
{
    QJsonObject o{{QStringLiteral("id"), 5}, {QStringLiteral("status"), status}, {QStringLiteral("unit_id"), 1}};
    if (entity == QLatin1String("transfer"))
        o.insert(QStringLiteral("destination_unit_id"), 2);
    if (crate)
        o.insert(QStringLiteral("crate_id"), 11);
    if (storage)
        o.insert(QStringLiteral("storage_id"), 3);
    return o;
}

// "issue>issued allocate-storage>approved": each allowed action and the status it leads to.
QString outcomes(const QString &entity, const QJsonObject &r, const QList<EntityAction> &actions)
{
    QStringList out;
    const QString status = r.value(QLatin1String("status")).toString();
    for (const EntityAction action : actions)
        out << Workflow::name(action) + QLatin1Char('>') + Workflow::statusAfter(entity, action, status);
    return out.join(QLatin1Char(' '));
}

QString names(const QList<EntityAction> &actions)
{
    QStringList out;
    for (const EntityAction action : actions)
        out << Workflow::name(action);
    return out.join(QLatin1Char(' '));
}

const char *const Decide = "approve>approved reject>rejected send-back>sent_back";
const char *const IssueOrAllocate = "issue>issued allocate-storage>approved";
const char *const AllocateOrReturn = "allocate-storage>issued return>returned";

}  // namespace

class tst_Workflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowed_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("userUnit");
        QTest::addColumn<bool>("crate");
        QTest::addColumn<bool>("storage");
        QTest::addColumn<QString>("expected");

        struct Row
        {
            const char *entity, *status, *role;
            int userUnit;
            bool crate, storage;
            const char *expected;
        };
        const Row rows[] = {
            // A withdrawal, every status and role, in the user's own unit.
            {"withdrawal", "pending", "requester", 1, false, false, ""},
            {"withdrawal", "pending", "approver", 1, false, false, Decide},
            {"withdrawal", "pending", "store_head", 1, false, false, ""},  // a store head cannot approve
            {"withdrawal", "pending", "unit_admin", 1, false, false, Decide},
            {"withdrawal", "pending", "admin", 1, false, false, Decide},
            {"withdrawal", "approved", "requester", 1, false, false, ""},
            {"withdrawal", "approved", "approver", 1, false, false, ""},
            {"withdrawal", "approved", "store_head", 1, false, false, IssueOrAllocate},
            {"withdrawal", "approved", "unit_admin", 1, false, false, IssueOrAllocate},
            {"withdrawal", "approved", "admin", 1, false, false, IssueOrAllocate},
            {"withdrawal", "rejected", "requester", 1, false, false, ""},
            {"withdrawal", "rejected", "approver", 1, false, false, ""},
            {"withdrawal", "rejected", "store_head", 1, false, false, ""},
            {"withdrawal", "rejected", "unit_admin", 1, false, false, ""},
            {"withdrawal", "rejected", "admin", 1, false, false, ""},
            {"withdrawal", "sent_back", "requester", 1, false, false, ""},  // an edit, not an action
            {"withdrawal", "sent_back", "approver", 1, false, false, ""},
            {"withdrawal", "sent_back", "store_head", 1, false, false, ""},
            {"withdrawal", "sent_back", "unit_admin", 1, false, false, ""},
            {"withdrawal", "sent_back", "admin", 1, false, false, ""},
            {"withdrawal", "issued", "requester", 1, false, false, ""},
            {"withdrawal", "issued", "approver", 1, false, false, ""},
            {"withdrawal", "issued", "store_head", 1, true, false, AllocateOrReturn},  // no storage needed
            {"withdrawal", "issued", "unit_admin", 1, false, false, AllocateOrReturn},
            {"withdrawal", "issued", "admin", 1, false, false, AllocateOrReturn},
            {"withdrawal", "returned", "requester", 1, false, false, ""},
            {"withdrawal", "returned", "approver", 1, false, false, ""},
            {"withdrawal", "returned", "store_head", 1, false, false, ""},
            {"withdrawal", "returned", "unit_admin", 1, false, false, ""},
            {"withdrawal", "returned", "admin", 1, false, false, ""},
            // Another unit's rows: nothing, except for an admin.
            {"withdrawal", "pending", "approver", 2, false, false, ""},
            {"withdrawal", "approved", "store_head", 2, false, false, ""},
            {"withdrawal", "pending", "unit_admin", 2, false, false, ""},
            {"withdrawal", "pending", "admin", 2, false, false, Decide},
            // A destruction follows the same lifecycle.
            {"destruction", "pending", "requester", 1, false, false, ""},
            {"destruction", "pending", "approver", 1, false, false, Decide},
            {"destruction", "pending", "store_head", 1, false, false, ""},
            {"destruction", "approved", "approver", 1, false, false, ""},
            {"destruction", "approved", "store_head", 1, true, false, IssueOrAllocate},
            {"destruction", "issued", "store_head", 1, true, false, AllocateOrReturn},
            {"destruction", "issued", "approver", 1, false, false, ""},
            {"destruction", "returned", "admin", 1, false, false, ""},
            {"destruction", "rejected", "unit_admin", 1, false, false, ""},
            // A transfer from unit 1 to unit 2: approved and issued by the source, received
            // (storage allocated, returned) by the destination.
            {"transfer", "pending", "approver", 1, false, false, Decide},
            {"transfer", "pending", "approver", 2, false, false, ""},
            {"transfer", "pending", "unit_admin", 2, false, false, ""},
            {"transfer", "pending", "requester", 1, false, false, ""},
            {"transfer", "approved", "store_head", 1, false, false, "issue>issued"},
            {"transfer", "approved", "store_head", 2, false, false, "allocate-storage>approved"},
            {"transfer", "approved", "unit_admin", 2, false, false, "allocate-storage>approved"},
            {"transfer", "approved", "approver", 2, false, false, ""},
            {"transfer", "issued", "store_head", 1, false, false, ""},
            {"transfer", "issued", "store_head", 2, false, false, AllocateOrReturn},
            {"transfer", "issued", "requester", 2, false, false, ""},
            // … a crate is received only into storage allocated first (else the server says 409).
            {"transfer", "issued", "store_head", 2, true, false, "allocate-storage>issued"},
            {"transfer", "issued", "store_head", 2, true, true, AllocateOrReturn},
            {"transfer", "issued", "admin", 3, true, true, AllocateOrReturn},
            {"transfer", "returned", "store_head", 2, false, false, ""},
            {"transfer", "sent_back", "approver", 1, false, false, ""},
            // A crate: relocated by the store staff while it exists; a destroyed one is final.
            {"crate", "active", "requester", 1, false, false, ""},
            {"crate", "active", "approver", 1, false, false, ""},
            {"crate", "active", "store_head", 1, false, false, "relocate>active"},
            {"crate", "active", "unit_admin", 1, false, false, "relocate>active"},
            {"crate", "active", "admin", 1, false, false, "relocate>active"},
            {"crate", "withdrawn", "requester", 1, false, false, ""},
            {"crate", "withdrawn", "approver", 1, false, false, ""},
            {"crate", "withdrawn", "store_head", 1, false, false, "relocate>withdrawn"},
            {"crate", "withdrawn", "unit_admin", 1, false, false, "relocate>withdrawn"},
            {"crate", "withdrawn", "admin", 1, false, false, "relocate>withdrawn"},
            {"crate", "archived", "requester", 1, false, false, ""},
            {"crate", "archived", "approver", 1, false, false, ""},
            {"crate", "archived", "store_head", 1, false, false, "relocate>archived"},
            {"crate", "archived", "unit_admin", 1, false, false, "relocate>archived"},
            {"crate", "archived", "admin", 1, false, false, "relocate>archived"},
            {"crate", "destroyed", "requester", 1, false, false, ""},
            {"crate", "destroyed", "approver", 1, false, false, ""},
            {"crate", "destroyed", "store_head", 1, false, false, ""},
            {"crate", "destroyed", "unit_admin", 1, false, false, ""},
            {"crate", "destroyed", "admin", 1, false, false, ""},
            {"crate", "active", "store_head", 2, false, false, ""},
            {"crate", "active", "admin", 2, false, false, "relocate>active"},
            // Unknown words are refused, not guessed at.
            {"withdrawal", "Approved", "store_head", 1, false, false, ""},
            {"withdrawal", "approved", "viewer", 1, false, false, ""},
            {"equipment", "pending", "admin", 1, false, false, ""},
        };
        for (const Row &r : rows) {
            QTest::addRow("%s %s %s@%d%s%s", r.entity, r.status, r.role, r.userUnit, r.crate ? " crate" : "",
                          r.storage ? " storage" : "")
                << QString::fromLatin1(r.entity) << QString::fromLatin1(r.status) << QString::fromLatin1(r.role)
                << r.userUnit << r.crate << r.storage << QString::fromLatin1(r.expected);
        }
    }

    void allowed()
    {
        QFETCH(QString, entity);
        QFETCH(QString, status);
        QFETCH(QString, role);
        QFETCH(int, userUnit);
        QFETCH(bool, crate);
        QFETCH(bool, storage);
        QFETCH(QString, expected);
        const QJsonObject r = row(entity, status, crate, storage);
        QCOMPARE(outcomes(entity, r, Workflow::allowed(role, userUnit, entity, r)), expected);
    }

    void allowed_noRow_nothing()
    {
        QVERIFY(Workflow::allowed(QStringLiteral("admin"), 1, QStringLiteral("withdrawal"), {}).isEmpty());
    }

    void statusAfter_notFromThisStatus_isEmpty()
    {
        QCOMPARE(Workflow::statusAfter(QStringLiteral("withdrawal"), EntityAction::Approve, QStringLiteral("approved")),
                 QString());
        QCOMPARE(Workflow::statusAfter(QStringLiteral("withdrawal"), EntityAction::Relocate, QStringLiteral("pending")),
                 QString());
        QCOMPARE(Workflow::statusAfter(QStringLiteral("crate"), EntityAction::Relocate, QStringLiteral("destroyed")),
                 QString());
    }

    void crateStatuses_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<EntityAction>("action");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        const auto add = [](const char *entity, EntityAction action, const char *before, const char *after) {
            QTest::addRow("%s %s", entity, qPrintable(Workflow::name(action)))
                << QString::fromLatin1(entity) << action << QString::fromLatin1(before) << QString::fromLatin1(after);
        };
        add("withdrawal", EntityAction::Issue, "active", "withdrawn");
        add("withdrawal", EntityAction::Return, "withdrawn", "active");
        add("destruction", EntityAction::Issue, "active", "archived");  // handed over for destruction
        add("destruction", EntityAction::Return, "archived", "destroyed");  // destruction confirmed
        add("transfer", EntityAction::Issue, "active", "withdrawn");
        add("transfer", EntityAction::Return, "withdrawn", "active");  // received by the destination
        add("withdrawal", EntityAction::Approve, "", "");
        add("transfer", EntityAction::AllocateStorage, "", "");
        add("crate", EntityAction::Relocate, "", "");
    }

    void crateStatuses()
    {
        QFETCH(QString, entity);
        QFETCH(EntityAction, action);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QCOMPARE(Workflow::crateStatusBefore(entity, action), before);
        QCOMPARE(Workflow::crateStatusAfter(entity, action), after);
    }

    void actingUnit_transferIsReceivedByItsDestination()
    {
        const auto acting = [](const char *entity, EntityAction action) {
            return Workflow::actingUnit(QString::fromLatin1(entity), action, 1, 2);
        };
        QCOMPARE(acting("transfer", EntityAction::Approve), EntityId(1));
        QCOMPARE(acting("transfer", EntityAction::Issue), EntityId(1));
        QCOMPARE(acting("transfer", EntityAction::AllocateStorage), EntityId(2));
        QCOMPARE(acting("transfer", EntityAction::Return), EntityId(2));
        QCOMPARE(acting("withdrawal", EntityAction::Return), EntityId(1));
        QCOMPARE(acting("destruction", EntityAction::AllocateStorage), EntityId(1));
    }

    void edit_pendingOrSentBack_resubmits()
    {
        QCOMPARE(Workflow::statusAfterEdit(QStringLiteral("sent_back")), QStringLiteral("pending"));
        QCOMPARE(Workflow::statusAfterEdit(QStringLiteral("pending")), QStringLiteral("pending"));
        for (const char *status : {"approved", "rejected", "issued", "returned"})
            QCOMPARE(Workflow::statusAfterEdit(QString::fromLatin1(status)), QString());
        QVERIFY(Workflow::mayEditAnyRequest(QStringLiteral("unit_admin")));
        QVERIFY(Workflow::mayEditAnyRequest(QStringLiteral("admin")));
        QVERIFY(!Workflow::mayEditAnyRequest(QStringLiteral("approver")));
        QVERIFY(!Workflow::mayEditAnyRequest(QStringLiteral("store_head")));
        QVERIFY(!Workflow::mayEditAnyRequest(QStringLiteral("requester")));
    }

    void isOpen_untilAFinalStatus()
    {
        const auto open = [](const char *entity, const char *status) {
            return Workflow::isOpen(QString::fromLatin1(entity), QString::fromLatin1(status));
        };
        for (const char *status : {"pending", "approved", "issued", "sent_back"})
            QVERIFY2(open("withdrawal", status), status);
        QVERIFY(!open("withdrawal", "rejected"));
        QVERIFY(!open("transfer", "returned"));
        QVERIFY(open("crate", "archived"));
        QVERIFY(!open("crate", "destroyed"));
    }

    void everAllowed_whatAMenuOffers()
    {
        const auto menu = [](const char *role, const char *entity) {
            return names(Workflow::everAllowed(QString::fromLatin1(role), QString::fromLatin1(entity)));
        };
        QCOMPARE(menu("requester", "withdrawal"), QString());
        QCOMPARE(menu("approver", "withdrawal"), QStringLiteral("approve reject send-back"));
        QCOMPARE(menu("approver", "crate"), QString());
        QCOMPARE(menu("store_head", "transfer"), QStringLiteral("issue allocate-storage return"));
        QCOMPARE(menu("store_head", "crate"), QStringLiteral("relocate"));
        QCOMPARE(menu("admin", "destruction"),
                 QStringLiteral("approve reject send-back issue allocate-storage return"));
    }

    void roles_signaturesAndCreation()
    {
        for (const EntityAction action : {EntityAction::Approve, EntityAction::Reject, EntityAction::SendBack})
            QVERIFY(Workflow::needsSignature(action));
        for (const EntityAction action : {EntityAction::AllocateStorage, EntityAction::Issue, EntityAction::Return,
                                          EntityAction::Relocate})
            QVERIFY(!Workflow::needsSignature(action));
        QVERIFY(!Workflow::roleMay(QStringLiteral("requester"), EntityAction::Approve));
        QVERIFY(!Workflow::roleMay(QStringLiteral("store_head"), EntityAction::Approve));
        QVERIFY(!Workflow::roleMay(QStringLiteral("approver"), EntityAction::Issue));
        QVERIFY(Workflow::roleMay(QStringLiteral("unit_admin"), EntityAction::Relocate));
        for (const QString &role : Workflow::roles())
            QVERIFY2(Workflow::mayCreateRequest(role), qPrintable(role));
        QVERIFY(!Workflow::mayCreateRequest(QStringLiteral("viewer")));
        QVERIFY(Workflow::mayCreateCrate(QStringLiteral("store_head")));
        QVERIFY(!Workflow::mayCreateCrate(QStringLiteral("approver")));
        QVERIFY(!Workflow::mayCreateCrate(QStringLiteral("requester")));
        QVERIFY(Workflow::actsInEveryUnit(QStringLiteral("admin")));
        QVERIFY(!Workflow::actsInEveryUnit(QStringLiteral("unit_admin")));
        QCOMPARE(Workflow::initialStatus(QStringLiteral("transfer")), QStringLiteral("pending"));
        QCOMPARE(Workflow::initialStatus(QStringLiteral("crate")), QStringLiteral("active"));
        QCOMPARE(Workflow::initialStatus(QStringLiteral("equipment")), QString());
    }

    // The table itself: every status it names is one of its entity's, every role a role.
    void rules_nameKnownStatusesAndRoles()
    {
        for (const Workflow::Rule &rule : Workflow::rules()) {
            const QStringList statuses = Workflow::statuses(rule.entity);
            const QString what = rule.entity + QLatin1Char(' ') + Workflow::name(rule.action);
            QVERIFY2(!rule.from.isEmpty(), qPrintable(what));
            for (const QString &status : rule.from)
                QVERIFY2(statuses.contains(status), qPrintable(what + QLatin1Char(' ') + status));
            QVERIFY2(rule.to.isEmpty() || statuses.contains(rule.to), qPrintable(what));
            for (const QString &role : rule.roles)
                QVERIFY2(Workflow::roles().contains(role), qPrintable(what + QLatin1Char(' ') + role));
            const QStringList crates = Workflow::statuses(QStringLiteral("crate"));
            QVERIFY2(rule.crateFrom.isEmpty() || crates.contains(rule.crateFrom), qPrintable(what));
            QVERIFY2(rule.crateTo.isEmpty() || crates.contains(rule.crateTo), qPrintable(what));
            QVERIFY2(Workflow::rule(rule.entity, rule.action) == &rule, qPrintable(what));  // one rule each
        }
    }
};

QTEST_GUILESS_MAIN(tst_Workflow)
#include "tst_workflow.moc"
