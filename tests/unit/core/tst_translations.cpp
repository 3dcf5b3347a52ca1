// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The German and Hindi translations: embedded, chosen from the locale or --lang, loaded by
// the engine's own strings (the CLI's too), plural forms; and the dms-console binary speaking
// German under LANG=de_DE.UTF-8 and Hindi with --lang hi.
#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QTest>

#include <vector>

#include "cli/clioptions.h"
#include "core/translations.h"

using namespace Dms;

namespace {

QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

struct Run
{
    int exitCode = -1;
    QString err;
};

// dms-console with LANGUAGE, LC_ALL and LC_MESSAGES removed and LANG set as given.
Run console(const QStringList &args, const QString &lang)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "DMS_PASSWORD"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), lang);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DMS_CONSOLE_BIN), args);
    Run run;
    if (!process.waitForFinished(30'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

}  // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(*QCoreApplication::instance());
    }

    void chooseLanguage_picksTheFirstSpokenLanguage_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("german") << QStringList{QStringLiteral("de-DE"), QStringLiteral("de")} << QStringLiteral("de");
        QTest::newRow("austrian german") << QStringList{QStringLiteral("de-AT")} << QStringLiteral("de");
        QTest::newRow("hindi") << QStringList{QStringLiteral("hi-IN")} << QStringLiteral("hi");
        QTest::newRow("underscore") << QStringList{QStringLiteral("hi_IN")} << QStringLiteral("hi");
        QTest::newRow("french, then german") << QStringList{QStringLiteral("fr-FR"), QStringLiteral("de")} << QStringLiteral("de");
        QTest::newRow("english first") << QStringList{QStringLiteral("en-GB"), QStringLiteral("de")} << QStringLiteral("en");
        QTest::newRow("C locale") << QStringList{QStringLiteral("C")} << QStringLiteral("en");
        QTest::newRow("unspoken only") << QStringList{QStringLiteral("ta-IN")} << QStringLiteral("en");
        QTest::newRow("nothing") << QStringList{} << QStringLiteral("en");
    }
    void chooseLanguage_picksTheFirstSpokenLanguage()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(chooseLanguage(uiLanguages), expected);
    }

    void embedded_everyLanguageIsCompiledIn()
    {
        for (const QString &language : availableLanguages())
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/dms_%1.qm").arg(language)), qPrintable(language));
    }

    void english_pluralFormsNeverPrintRaw()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance()), QStringLiteral("en"));
        QCOMPARE(translated("Dms::RestQueryFetcher", "%1 has more than %n page(s).", 1), QStringLiteral("%1 has more than 1 page."));
        QCOMPARE(translated("Dms::RestQueryFetcher", "%1 has more than %n page(s).", 3), QStringLiteral("%1 has more than 3 pages."));
        QCOMPARE(translated("Dms::MainWindow", "Requests"), QStringLiteral("Requests"));
    }

    void german_windowCliAndPlurals()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(installTranslations(*QCoreApplication::instance()), QStringLiteral("de"));
        QCOMPARE(translated("Dms::MainWindow", "Requests"), QStringLiteral("Anträge"));
        QCOMPARE(translated("Dms::MainWindow", "&Session"), QStringLiteral("&Sitzung"));
        QCOMPARE(translated("Dms::LiveTablePanel", "%n row(s)", 1), QStringLiteral("1 Zeile"));
        QCOMPARE(translated("Dms::LiveTablePanel", "%n row(s)", 7), QStringLiteral("7 Zeilen"));
        QCOMPARE(translated("Dms::RestQueryFetcher", "%1 has more than %n page(s).", 2),
                 QStringLiteral("%1 hat mehr als 2 Seiten."));
        QCOMPARE(translated("Dms::Labels", "Store head"), QStringLiteral("Lagerleitung"));
        // Qt's own dialog buttons, from Debian's qt6-translations-l10n (scripts/setup).
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        // Through the command-line parser's own code: its context is the one in the .ts.
        CliOptions options;
        QString error;
        QVERIFY(!parseCliOptions({QStringLiteral("dms-console"), QStringLiteral("frobnicate")}, &options, &error));
        QCOMPARE(error, QStringLiteral("Befehl erwartet: watch oder status"));
    }

    void hindi_windowCliAndPlurals()
    {
        QLocale::setDefault(QLocale(QLocale::Hindi, QLocale::India));
        QCOMPARE(installTranslations(*QCoreApplication::instance()), QStringLiteral("hi"));
        QCOMPARE(translated("Dms::MainWindow", "Requests"), QStringLiteral("अनुरोध"));
        QCOMPARE(translated("Dms::MainWindow", "&Session"), QStringLiteral("सत्र (&S)"));
        QCOMPARE(translated("Dms::LiveTablePanel", "%n row(s)", 1), QStringLiteral("1 पंक्ति"));
        QCOMPARE(translated("Dms::LiveTablePanel", "%n row(s)", 4), QStringLiteral("4 पंक्तियाँ"));
        // Qt's own dialog buttons: Qt ships no Hindi, the console's qtbase_hi.qm does.
        QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("रद्द करें"));
        CliOptions options;
        QString error;
        QVERIFY(!parseCliOptions({QStringLiteral("dms-console"), QStringLiteral("frobnicate")}, &options, &error));
        QCOMPARE(error, QStringLiteral("कमांड अपेक्षित: watch या status"));
    }

    void installTranslations_again_replacesTheLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        installTranslations(*QCoreApplication::instance());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(installTranslations(*QCoreApplication::instance()), QStringLiteral("en"));
        QCOMPARE(translated("Dms::MainWindow", "Requests"), QStringLiteral("Requests"));
    }

    void setLanguage_setsTheLocale_orNamesWhatIsAvailable()
    {
        QString error;
        QVERIFY(setLanguage(QStringLiteral("hi"), &error));
        QCOMPARE(QLocale().language(), QLocale::Hindi);
        QVERIFY(setLanguage(QStringLiteral("de_DE.UTF-8"), &error));
        QCOMPARE(QLocale().language(), QLocale::German);

        QVERIFY(!setLanguage(QStringLiteral("fr"), &error));
        QVERIFY2(error.contains(QLatin1String("\"fr\"")) && error.contains(QLatin1String("de")), qPrintable(error));
        QVERIFY(!setLanguage(QString(), &error));
        QVERIFY2(error.contains(QLatin1String("--lang")), qPrintable(error));
        QLocale::setDefault(QLocale::c());
    }

    void binary_speaksTheSystemLanguage_orLang()
    {
        // status without --server: a usage error, before any network.
        Run german = console({QStringLiteral("status")}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(german.exitCode, 2);
        QVERIFY2(german.err.contains(QStringLiteral("--server URL ist erforderlich")), qPrintable(german.err));
        // The usage hint after the message (the exit codes are in status --help now).
        QVERIFY2(german.err.contains(QStringLiteral("zeigt die Optionen, ein Beispiel und die Exit-Codes")),
                 qPrintable(german.err));

        Run hindi = console({QStringLiteral("status"), QStringLiteral("--lang"), QStringLiteral("hi")},
                            QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(hindi.exitCode, 2);
        QVERIFY2(hindi.err.contains(QStringLiteral("--server URL आवश्यक है")), qPrintable(hindi.err));

        Run report = console({QStringLiteral("report")}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(report.exitCode, 2);
        QVERIFY2(report.err.contains(QStringLiteral("erwartet: report merge")), qPrintable(report.err));

        Run english = console({QStringLiteral("status")}, QStringLiteral("C.UTF-8"));
        QCOMPARE(english.exitCode, 2);
        QVERIFY2(english.err.contains(QStringLiteral("--server URL is required")), qPrintable(english.err));

        Run unknown = console({QStringLiteral("status"), QStringLiteral("--lang=xx")}, QStringLiteral("C.UTF-8"));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("--lang: no translation for \"xx\"")), qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
