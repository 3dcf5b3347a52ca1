// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "widgets/connectionbadge.h"

namespace Dms {

ConnectionBadge::ConnectionBadge(QWidget *parent) : QLabel(parent)
{
    setAccessibleName(tr("Connection state"));
    setMargin(3);
    setStatus(LiveStatus{});
}

void ConnectionBadge::setStatus(const LiveStatus &status)
{
    QString color;
    switch (status.state) {
    case LiveState::Live:
        m_text = tr("Live");
        color = QStringLiteral("#2e7d32");
        break;
    case LiveState::Connecting:
    case LiveState::Reconnecting:
        m_text = tr("Syncing");
        color = QStringLiteral("#f9a825");
        break;
    case LiveState::Offline:
    case LiveState::AuthFailed:
    case LiveState::SignedOut:
        m_text = tr("Offline");
        color = QStringLiteral("#c62828");
        break;
    }
    setText(m_text);
    setToolTip(status.describe());
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; "
                                 "font-weight: bold; padding: 1px 8px; }")
                      .arg(color));
}

}  // namespace Dms
