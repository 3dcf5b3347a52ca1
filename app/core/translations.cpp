// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Dms {

namespace {

// Marks the translators installTranslations() owns, so that a second call replaces them.
constexpr const char *kTranslatorName = "dms-translator";

QString languagePart(const QString &uiLanguage)
{
    QString code = uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
    code = code.section(QLatin1Char('.'), 0, 0).toLower();  // "de_DE.UTF-8" given to --lang
    return code;
}

bool load(QCoreApplication &app, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(kTranslatorName));
    if (translator->load(fileName, directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

}  // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("hi")};
}

QString chooseLanguage(const QStringList &uiLanguages)
{
    const QStringList spoken = availableLanguages();
    for (const QString &uiLanguage : uiLanguages) {
        const QString code = languagePart(uiLanguage);
        if (code == QLatin1String("c") || code == QLatin1String("posix"))
            return QStringLiteral("en");
        if (spoken.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool setLanguage(const QString &value, QString *error)
{
    const QString code = languagePart(value);
    if (value.isEmpty() || !availableLanguages().contains(code)) {
        *error = QStringLiteral("--lang: no translation for \"%1\" (available: %2)")
                     .arg(value, availableLanguages().join(QLatin1String(", ")));
        return false;
    }
    QLocale::setDefault(QLocale(value.section(QLatin1Char('.'), 0, 0)));
    return true;
}

QString installTranslations(QCoreApplication &app)
{
    const QList<QTranslator *> previous = app.findChildren<QTranslator *>(
        QLatin1String(kTranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    // The sources are English; dms_en only adds the plural forms of "%n row(s)" strings,
    // and it stays installed under the others, so that a string a translation lacks still
    // gets its English plural.
    load(app, QStringLiteral("dms_en.qm"), QStringLiteral(":/i18n"));
    const QString language = chooseLanguage(QLocale().uiLanguages());
    if (language == QLatin1String("en"))
        return language;
    // Qt's own strings (dialog buttons): the system's qtbase_<lang>.qm (Debian's
    // qt6-translations-l10n), else the console's own (Hindi, which Qt does not ship).
    const QString qtFile = QStringLiteral("qtbase_") + language;
    if (!load(app, qtFile, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        load(app, qtFile, QStringLiteral(":/i18n"));
    if (!load(app, QStringLiteral("dms_%1.qm").arg(language), QStringLiteral(":/i18n")))
        return QStringLiteral("en");
    return language;
}

}  // namespace Dms
