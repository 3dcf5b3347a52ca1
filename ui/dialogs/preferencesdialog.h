// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "live/livesession.h"
#include "session/alertcenter.h"
#include "style/theme.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSettings;
class QSpinBox;
class QDoubleSpinBox;

namespace Dms {

// The console's preferences (QSettings "live/…" and "ui/…"; nothing secret): heartbeat and
// reconnect timings applied to LiveSession::setSettings, the theme, and which alerts notify.
struct ConsolePreferences
{
    int pingIntervalMs = 30'000;
    int pongTimeoutMs = 10'000;
    int backoffBaseMs = 1000;
    int backoffCapMs = 30'000;
    int maxAttempts = 10;  // 0: never give up
    int offlineRetryMs = 60'000;  // Offline: one more attempt this often; 0: only Retry / network
    Theme theme = Theme::System;
    AlertPreferences alerts;  // which alerts notify ("alerts/…")

    static ConsolePreferences load(const QSettings &settings);
    void save(QSettings &settings) const;
    void applyTo(LiveSession::Settings &live) const;
};

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const ConsolePreferences &preferences, QWidget *parent = nullptr);
    ConsolePreferences preferences() const;

private:
    QDoubleSpinBox *m_ping;
    QDoubleSpinBox *m_pong;
    QDoubleSpinBox *m_base;
    QDoubleSpinBox *m_cap;
    QSpinBox *m_attempts;
    QDoubleSpinBox *m_offlineRetry;
    QComboBox *m_theme;
    QCheckBox *m_alertMine;
    QCheckBox *m_alertAction;
    QCheckBox *m_alertTransfers;
    QCheckBox *m_alertConnection;
};

}  // namespace Dms
