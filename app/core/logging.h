// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QLoggingCategory>

// Every logging category of the project, declared in one place. Info is on by default;
// switch with QT_LOGGING_RULES (e.g. "dms.ws.debug=true"). Never log tokens, passwords
// or whole message bodies.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcWs)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcSim)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)

namespace Dms {

// Routes every qDebug/qInfo/qWarning/qCritical message through redactSecrets() and
// terminalSafeText() (core/redact.h) before the handler that was installed before (Qt's,
// which writes to stderr or the journal): a close reason or an error detail chosen by a
// server cannot move the cursor, clear the screen or hide a token in the log. main() calls
// it first thing; calling it again does nothing.
void installTerminalSafeMessageHandler();

}  // namespace Dms
