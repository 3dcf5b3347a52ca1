// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QString>
#include <QUrl>

#include "core/translations.h"  // installTranslations(), which runConsole calls
#include "session/sessionfactory.h"

class QApplication;
class QCoreApplication;

namespace Dms {

// What the command line gives the window (main.cpp parses it).
struct GuiOptions
{
    QUrl server;            // --server URL (empty: ask in the sign-in dialog)
    QString user;           // --user NAME
    QString password;       // from DMS_PASSWORD only (never argv); may be empty → keychain
    QString profile = QStringLiteral("dms-updates");  // --profile
    QString caFile;         // --ca-file
    bool tokenInHeader = false;  // --token-in-header
    bool remember = false;       // --remember (refresh token in the keychain)
};

// Shows the console: installs the translations (main() already has, before any string was
// made; a second call only replaces them), names the application, then shows the main
// window, signed in at once when server and user are given (password from GuiOptions or
// the keychain), else after the sign-in dialog. Returns
// app.exec()'s code. With DMS_SCREENSHOT_DIR set it saves a PNG of each tab there once the
// tables have loaded and quits (scripts/screenshots; see docs/screenshots/README.md).
int runConsole(QApplication &app, const SessionFactory &makeSession, const GuiOptions &options);

}  // namespace Dms
