// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "dialogs/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Dms {

ConsolePreferences ConsolePreferences::load(const QSettings &settings)
{
    ConsolePreferences p;
    p.pingIntervalMs = qBound(500, settings.value(QStringLiteral("live/pingIntervalMs"), p.pingIntervalMs).toInt(), 600'000);
    p.pongTimeoutMs = qBound(200, settings.value(QStringLiteral("live/pongTimeoutMs"), p.pongTimeoutMs).toInt(), 600'000);
    p.backoffBaseMs = qBound(50, settings.value(QStringLiteral("live/backoffBaseMs"), p.backoffBaseMs).toInt(), 600'000);
    p.backoffCapMs = qBound(p.backoffBaseMs, settings.value(QStringLiteral("live/backoffCapMs"), p.backoffCapMs).toInt(),
                            3'600'000);
    p.maxAttempts = qBound(0, settings.value(QStringLiteral("live/maxAttempts"), p.maxAttempts).toInt(), 1000);
    p.offlineRetryMs = qBound(0, settings.value(QStringLiteral("live/offlineRetryMs"), p.offlineRetryMs).toInt(), 86'400'000);
    p.theme = themeFromId(settings.value(QStringLiteral("ui/theme")).toString());
    p.alerts = AlertPreferences::load(settings);
    return p;
}

void ConsolePreferences::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("live/pingIntervalMs"), pingIntervalMs);
    settings.setValue(QStringLiteral("live/pongTimeoutMs"), pongTimeoutMs);
    settings.setValue(QStringLiteral("live/backoffBaseMs"), backoffBaseMs);
    settings.setValue(QStringLiteral("live/backoffCapMs"), backoffCapMs);
    settings.setValue(QStringLiteral("live/maxAttempts"), maxAttempts);
    settings.setValue(QStringLiteral("live/offlineRetryMs"), offlineRetryMs);
    settings.setValue(QStringLiteral("ui/theme"), themeId(theme));
    alerts.save(settings);
}

void ConsolePreferences::applyTo(LiveSession::Settings &live) const
{
    live.pingIntervalMs = pingIntervalMs;
    live.pongTimeoutMs = pongTimeoutMs;
    live.backoff.baseMs = backoffBaseMs;
    live.backoff.capMs = backoffCapMs;
    live.maxAttempts = maxAttempts;
    live.offlineRetryMs = offlineRetryMs;
}

namespace {

QDoubleSpinBox *seconds(double min, double max, double value, const QString &name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(1);
    box->setSingleStep(min < 1 ? 0.5 : 1.0);
    box->setSuffix(PreferencesDialog::tr(" s"));
    box->setValue(value);
    box->setAccessibleName(name);
    return box;
}

}  // namespace

PreferencesDialog::PreferencesDialog(const ConsolePreferences &p, QWidget *parent)
    : QDialog(parent)
    , m_ping(seconds(0.5, 600, p.pingIntervalMs / 1000.0, tr("Heartbeat interval"), this))
    , m_pong(seconds(0.2, 600, p.pongTimeoutMs / 1000.0, tr("Heartbeat answer timeout"), this))
    , m_base(seconds(0.1, 600, p.backoffBaseMs / 1000.0, tr("First reconnect delay"), this))
    , m_cap(seconds(0.1, 3600, p.backoffCapMs / 1000.0, tr("Longest reconnect delay"), this))
    , m_attempts(new QSpinBox(this))
    , m_offlineRetry(seconds(0, 86'400, p.offlineRetryMs / 1000.0, tr("When offline, try again every"), this))
    , m_theme(new QComboBox(this))
    , m_alertMine(new QCheckBox(tr("Changes by others to &my requests (approved, rejected, sent back, …)"), this))
    , m_alertAction(new QCheckBox(tr("Requests &waiting for me (new, resubmitted, approved → issue)"), this))
    , m_alertTransfers(new QCheckBox(tr("Transfers &coming to my unit"), this))
    , m_alertConnection(new QCheckBox(tr("The console going &offline and coming back"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_attempts->setRange(0, 1000);
    m_attempts->setValue(p.maxAttempts);
    m_attempts->setSpecialValueText(tr("never give up"));
    m_attempts->setAccessibleName(tr("Reconnect attempts before going offline"));
    m_offlineRetry->setSpecialValueText(tr("only on Retry or when the network returns"));
    for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark})
        m_theme->addItem(themeTitle(theme), themeId(theme));
    m_theme->setCurrentIndex(m_theme->findData(themeId(p.theme)));
    m_theme->setAccessibleName(tr("Theme"));

    auto *live = new QGroupBox(tr("Live channel"), this);
    auto *liveForm = new QFormLayout(live);
    liveForm->addRow(tr("&Heartbeat every:"), m_ping);
    liveForm->addRow(tr("Dead if no answer &within:"), m_pong);
    liveForm->addRow(tr("&First reconnect after up to:"), m_base);
    liveForm->addRow(tr("&Longest reconnect delay:"), m_cap);
    liveForm->addRow(tr("&Attempts before offline:"), m_attempts);
    liveForm->addRow(tr("When offline, try &again every:"), m_offlineRetry);
    auto *note = new QLabel(tr("Reconnect delays double after each failed attempt (with random jitter) up to the "
                               "longest delay. Changes apply at once."),
                            live);
    note->setWordWrap(true);
    liveForm->addRow(note);

    auto *look = new QGroupBox(tr("Appearance"), this);
    auto *lookForm = new QFormLayout(look);
    lookForm->addRow(tr("&Theme:"), m_theme);

    m_alertMine->setChecked(p.alerts.myRequests);
    m_alertAction->setChecked(p.alerts.actionNeeded);
    m_alertTransfers->setChecked(p.alerts.incomingTransfers);
    m_alertConnection->setChecked(p.alerts.connection);
    m_alertMine->setObjectName(QStringLiteral("alertMyRequests"));
    m_alertAction->setObjectName(QStringLiteral("alertActionNeeded"));
    m_alertTransfers->setObjectName(QStringLiteral("alertIncomingTransfers"));
    m_alertConnection->setObjectName(QStringLiteral("alertConnection"));
    auto *alerts = new QGroupBox(tr("Alerts (desktop notifications and the Dashboard's feed)"), this);
    auto *alertsLayout = new QVBoxLayout(alerts);
    for (QCheckBox *box : {m_alertMine, m_alertAction, m_alertTransfers, m_alertConnection})
        alertsLayout->addWidget(box);
    auto *alertsNote = new QLabel(tr("A burst of changes gives one summary; a change to the row you are looking at "
                                     "stays quiet. Your own changes never alert."),
                                  alerts);
    alertsNote->setWordWrap(true);
    alertsLayout->addWidget(alertsNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(live);
    layout->addWidget(look);
    layout->addWidget(alerts);
    layout->addWidget(buttons);
}

ConsolePreferences PreferencesDialog::preferences() const
{
    ConsolePreferences p;
    p.pingIntervalMs = int(m_ping->value() * 1000);
    p.pongTimeoutMs = int(m_pong->value() * 1000);
    p.backoffBaseMs = int(m_base->value() * 1000);
    p.backoffCapMs = qMax(p.backoffBaseMs, int(m_cap->value() * 1000));
    p.maxAttempts = m_attempts->value();
    p.offlineRetryMs = int(m_offlineRetry->value() * 1000);
    p.theme = themeFromId(m_theme->currentData().toString());
    p.alerts.myRequests = m_alertMine->isChecked();
    p.alerts.actionNeeded = m_alertAction->isChecked();
    p.alerts.incomingTransfers = m_alertTransfers->isChecked();
    p.alerts.connection = m_alertConnection->isChecked();
    return p;
}

}  // namespace Dms
