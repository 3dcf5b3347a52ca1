// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The window in German and in Hindi: menus, the signed-out page and the sign-in dialog come
// out translated once installTranslations() follows the locale, and Devanagari text is laid
// out (no empty or truncated labels is for the screenshots, docs/screenshots/README.md).
// The server's action verbs read as words (ui/style/labels.h actionTitle) on the Dashboard
// and the audit tab, fed from an in-memory query cache (no server).
#include "guitest.h"

#include "../unit/sync/fakequeryfetcher.h"
#include "data/dashboardsummary.h"
#include "delegates/liverowdelegate.h"
#include "dialogs/signindialog.h"
#include "panels/auditpanel.h"
#include "panels/dashboardpanel.h"
#include "panels/livetablepanel.h"
#include "style/labels.h"
#include "sync/queryclient.h"
#include "windows/mainwindow.h"

#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

using namespace Dms;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList actionTexts(const MainWindow &window, int menu)
{
    QStringList texts;
    for (QAction *action : window.menuBar()->actions().at(menu)->menu()->actions())
        if (!action->isSeparator())
            texts << action->text();
    return texts;
}

bool hasLabel(const QWidget &widget, const QString &text)
{
    const QList<QLabel *> labels = widget.findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *l) { return l->text() == text; });
}

qint64 noonToday()
{
    return QDateTime(QDate::currentDate(), QTime(12, 0)).toMSecsSinceEpoch();
}

// Audit entries of today, one per action given.
QJsonArray auditOf(const QStringList &actions, qint64 atMs)
{
    QJsonArray rows;
    int id = 0;
    for (const QString &action : actions) {
        ++id;
        rows.append(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(atMs).toUTC().toString(Qt::ISODateWithMs)},
                                {QStringLiteral("username"), QStringLiteral("u1_appr1")},
                                {QStringLiteral("unit_id"), 1},
                                {QStringLiteral("entity"), QStringLiteral("withdrawal")},
                                {QStringLiteral("entity_id"), id},
                                {QStringLiteral("action"), action},
                                {QStringLiteral("summary"), QStringLiteral("withdrawal WR-%1").arg(id)}});
    }
    return rows;
}

// The verb as a word of its own in text ("approve" in "… — approve: 3"), any case.
bool showsVerb(const QString &text, const QString &verb)
{
    const QRegularExpression word(QStringLiteral("(^|[^\\w])") + QRegularExpression::escape(verb) +
                                  QStringLiteral("($|[^\\w])"),
                                  QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return word.match(text).hasMatch();
}

}  // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT

private:
    // Not signed in: the factory is never called.
    const SessionFactory m_noSessions = [](const DialectProfile &, QObject *) -> ConsoleSession * { return nullptr; };

    void useLanguage(QLocale::Language language, QLocale::Territory territory)
    {
        QLocale::setDefault(QLocale(language, territory));
        installTranslations(*qApp);
    }

private Q_SLOTS:
    void cleanup() { useLanguage(QLocale::English, QLocale::UnitedStates); }

    void german_menusPageAndDialog()
    {
        useLanguage(QLocale::German, QLocale::Germany);
        MainWindow window(m_noSessions);
        QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("&Sitzung"), QStringLiteral("&Ansicht"),
                                                  QStringLiteral("&Hilfe")}));
        QCOMPARE(actionTexts(window, 1), (QStringList{QStringLiteral("&Anträge"), QStringLiteral("&Kisten"),
                                                      QStringLiteral("A&udit"), QStringLiteral("&Zustand"),
                                                      QStringLiteral("&Simulation"), QStringLiteral("&Frames"),
                                                      QStringLiteral("Ü&bersicht")}));
        QVERIFY(hasLabel(window, QStringLiteral("Nicht angemeldet.")));
        window.showSignInDialog();
        QVERIFY(window.signInDialog());
        QCOMPARE(window.signInDialog()->windowTitle(), QStringLiteral("Anmelden — DMS Live Console"));
        QVERIFY(hasLabel(*window.signInDialog(), QStringLiteral("&Benutzername:")));
    }

    void hindi_menusPageAndDialog()
    {
        useLanguage(QLocale::Hindi, QLocale::India);
        MainWindow window(m_noSessions);
        QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("सत्र (&S)"), QStringLiteral("दृश्य (&V)"),
                                                  QStringLiteral("सहायता (&H)")}));
        QCOMPARE(actionTexts(window, 1).first(), QStringLiteral("अनुरोध (&R)"));
        QVERIFY(hasLabel(window, QStringLiteral("साइन इन नहीं है।")));
        window.showSignInDialog();
        QCOMPARE(window.signInDialog()->windowTitle(), QStringLiteral("साइन इन — DMS Live Console"));
    }

    // Every action verb the server or the spec can send reads in German words (no verb
    // shown as sent, none left in English), on the Dashboard's "Today" line and on the
    // audit tab's chips and action filter; an unknown verb is shown as sent.
    void german_actionVerbs_translatedOnDashboardAndAudit()
    {
        useLanguage(QLocale::German, QLocale::Germany);
        QCOMPARE(actionTitle(QStringLiteral("approve")), QStringLiteral("Genehmigt"));
        QCOMPARE(actionTitle(QStringLiteral("SENT_BACK")), QStringLiteral("Zurückgeschickt"));
        QCOMPARE(actionTitle(QStringLiteral("frobnicated")), QStringLiteral("frobnicated"));

        ManualClock clock(noonToday());
        FakeQueryFetcher fetcher;
        QueryClient queries(&fetcher, &clock);
        DashboardModel::Keys keys;
        keys.audit = QStringLiteral("audit");
        DashboardModel model(&queries, keys, EntityId());
        UserInfo user;
        user.username = QStringLiteral("u1_head1");
        user.role = QStringLiteral("store_head");
        DashboardPanel dashboard(&model, nullptr, user);
        AuditPanel audit(&queries, user.username, &clock);
        LiveTablePanel *auditTable = audit.table();
        QComboBox *actionFilter = audit.actionFilter();
        QCOMPARE(actionFilter->accessibleName(), QStringLiteral("Nach Aktion filtern"));

        useLanguage(QLocale::English, QLocale::UnitedStates);
        QHash<QString, QString> english;
        for (const QString &verb : knownActionVerbs())
            english.insert(verb, actionTitle(verb));
        useLanguage(QLocale::German, QLocale::Germany);

        QStringList all = knownActionVerbs();
        all << QStringLiteral("frobnicated");
        queries.setQueryData(QStringLiteral("audit"), auditOf(all, noonToday()));
        // The audit tab: a chip and a filter entry per action.
        QTableView *view = auditTable->view();
        QTRY_COMPARE(view->model()->rowCount(), int(all.size()));
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex index = view->model()->index(r, 4);
            const QString verb = index.data().toString();
            const QString chip = auditTable->delegate()->chipText(index);
            const QString item = actionFilter->itemText(actionFilter->findData(verb));
            QCOMPARE(item, chip);
            if (verb == QLatin1String("frobnicated")) {
                QCOMPARE(chip, verb);  // unknown: as sent
                continue;
            }
            QVERIFY2(!chip.isEmpty() && !showsVerb(chip, verb) && chip != english.value(verb),
                     qPrintable(verb + QStringLiteral(" → ") + chip));
        }

        // The chip bar above the table (one button per action, with its count).
        QStringList chipBar;
        for (const QToolButton *button : auditTable->findChildren<QToolButton *>())
            chipBar << button->text();
        for (const QString &verb : knownActionVerbs()) {
            QVERIFY2(chipBar.contains(actionTitle(verb) + QStringLiteral(" 1")) ||
                         chipBar.contains(actionTitle(verb) + QStringLiteral(" 2")),  // approve and approved
                     qPrintable(verb + QStringLiteral(" not in ") + chipBar.join(QLatin1Char('|'))));
            for (const QString &text : std::as_const(chipBar))
                QVERIFY2(!text.startsWith(english.value(verb) + QLatin1Char(' ')) && !showsVerb(text, verb),
                         qPrintable(verb + QStringLiteral(" → ") + text));
        }

        // The Dashboard names the 4 most frequent actions: each verb in turn.
        for (const QString &verb : knownActionVerbs()) {
            queries.setQueryData(QStringLiteral("audit"), auditOf({verb, verb}, noonToday()));
            QTRY_VERIFY2(dashboard.activityLabel()->text().contains(actionTitle(verb) + QStringLiteral(": 2")),
                         qPrintable(dashboard.activityLabel()->text()));
            const QString text = dashboard.activityLabel()->text();
            QVERIFY2(text.startsWith(QStringLiteral("Heute:")), qPrintable(text));
            QVERIFY2(!showsVerb(text, verb) && !showsVerb(text, english.value(verb)),
                     qPrintable(verb + QStringLiteral(" → ") + text));
        }
    }

    void hindi_actionVerbs_translated()
    {
        useLanguage(QLocale::Hindi, QLocale::India);
        for (const QString &verb : knownActionVerbs()) {
            const QString title = actionTitle(verb);
            QVERIFY2(!title.isEmpty() && title.contains(QRegularExpression(QStringLiteral("[\\x{0900}-\\x{097F}]"))),
                     qPrintable(verb + QStringLiteral(" → ") + title));
        }
    }

    // Every accelerator letter of a menu is used once (the German menus were chosen so).
    void german_acceleratorsUniquePerMenu()
    {
        useLanguage(QLocale::German, QLocale::Germany);
        MainWindow window(m_noSessions);
        for (int menu = 0; menu < window.menuBar()->actions().size(); ++menu) {
            QSet<QChar> seen;
            for (const QString &text : actionTexts(window, menu)) {
                const int amp = text.indexOf(QLatin1Char('&'));
                if (amp < 0 || amp + 1 >= text.size())
                    continue;
                const QChar key = text.at(amp + 1).toLower();
                QVERIFY2(!seen.contains(key), qPrintable(text));
                seen.insert(key);
            }
        }
    }
};

DMS_GUI_TEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
