// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "core/logging.h"

#include "core/redact.h"

Q_LOGGING_CATEGORY(lcHttp, "dms.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWs, "dms.ws", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "dms.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "dms.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "dms.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "dms.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "dms.cli", QtInfoMsg)

namespace Dms {

namespace {

QtMessageHandler g_next = nullptr;

void terminalSafeMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_next(type, context, terminalSafeText(redactSecrets(message)));
}

}  // namespace

void installTerminalSafeMessageHandler()
{
    if (g_next)
        return;
    // Qt returns its own default handler when none was installed, never null.
    g_next = qInstallMessageHandler(terminalSafeMessage);
}

}  // namespace Dms
