// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The window in German and in Hindi: menus, the signed-out page and the sign-in dialog come
// out translated once installTranslations() follows the locale, and Devanagari text is laid
// out (no empty or truncated labels is for the screenshots, docs/screenshots/README.md).
#include "guitest.h"

#include "dialogs/signindialog.h"
#include "windows/mainwindow.h"

#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>

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
