// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Dms {

// The languages the console speaks: English (the sources) and the translations embedded
// under :/i18n (translations/dms_<code>.ts, compiled into dms_core).
QStringList availableLanguages();

// The first of a user's preferred languages (QLocale::uiLanguages(): LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG, or the --lang override) that the console speaks: "de" for "de-AT",
// "hi" for "hi_IN"; "en" for English, "C"/"POSIX" or when none is spoken.
QString chooseLanguage(const QStringList &uiLanguages);

// `--lang CODE` (the window and every command; parsed with the command's options,
// cli/commandline.h): makes CODE ("de", "hi_IN", "de_DE.UTF-8") the default QLocale, which
// installTranslations() then follows. Call before the translators are installed. False, with
// *error set, when CODE names no language the console speaks.
bool setLanguage(const QString &code, QString *error);

// Installs the translators for QLocale()'s languages (the system locale, or --lang): the
// English plural forms of the "%n row(s)" strings first, then, for German or Hindi, Qt's own
// strings (when installed) and the console's. Call right after creating the application,
// before any tr() runs. Calling it again (a test switching QLocale::setDefault) replaces the
// translators it installed before. Returns the language in use ("en", "de" or "hi").
QString installTranslations(QCoreApplication &app);

}  // namespace Dms
