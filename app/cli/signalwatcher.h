// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QObject>

class QSocketNotifier;

namespace Dms {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so headless commands end
// cleanly and print their summary.
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(const QString &signalName);

private:
    QSocketNotifier *m_notifier = nullptr;
};

}  // namespace Dms
