// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QLabel>

#include "live/livesession.h"

namespace Dms {

// The status-bar badge: Live (green), Syncing (yellow: connecting or reconnecting with the
// attempt and the delay), Offline (red). It reads LiveStatus values; it never talks to
// the network.
class ConnectionBadge final : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionBadge(QWidget *parent = nullptr);
    void setStatus(const LiveStatus &status);
    QString badgeText() const { return m_text; }

private:
    QString m_text;
};

}  // namespace Dms
