// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "session/consolesession.h"

#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QTableView;
class QTreeWidget;

namespace Dms {

class ConnectionsModel;
class ConnectionsPoller;
class ConsoleSession;
class HealthHistoryChart;
class HealthRecorder;
class RttChart;
struct LiveStatus;

// Connection health at a glance: the live state and why, the access token's expiry
// countdown, missed updates found by resyncs, heartbeat RTT over ten minutes, frames per
// second, the message rate and reconnects over the last 24 h (kept on disk), the reconnect timeline with reasons, uptime, last-frame age, bytes in and out,
// the server clock offset; for admins, the server's live connections, refreshed live.
class HealthPanel final : public QWidget
{
    Q_OBJECT
public:
    // recorder (optional): the health history shown as 24-hour charts of the message rate
    // and the reconnects beside the RTT chart.
    explicit HealthPanel(ConsoleSession *session, QWidget *parent = nullptr, HealthRecorder *recorder = nullptr);

    QLabel *stateLabel() const { return m_state; }
    QLabel *reasonLabel() const { return m_reason; }
    RttChart *rttChart() const { return m_chart; }
    HealthHistoryChart *rateChart() const { return m_rateChart; }
    HealthHistoryChart *reconnectsChart() const { return m_reconnectsChart; }
    QTreeWidget *timeline() const { return m_timeline; }
    QListWidget *missedList() const { return m_missed; }
    QTableView *connectionsView() const { return m_connectionsView; }  // null unless admin
    ConnectionsModel *connectionsModel() const { return m_connections; }

    // The server connections as shown (admins), as CSV, or XLSX for a path ending in .xlsx.
    bool exportConnections(const QString &path, QString *error = nullptr);

public Q_SLOTS:
    void refresh();  // re-reads every value (a timer does this twice a second)

private:
    QLabel *addValue(QFormLayout *form, const QString &label, const QString &name);
    void onStatus(const LiveStatus &status);
    void onMissedUpdates(const QString &key, const QList<EntityId> &ids);
    void refreshTimeline();
    double framesPerSecond();

    QPointer<ConsoleSession> m_session;
    QTimer m_tick;
    QElapsedTimer m_mono;
    QList<QPair<qint64, qint64>> m_frameSamples;  // (mono ms, frames in)

    QLabel *m_state = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_token = nullptr;
    QLabel *m_uptime = nullptr;
    QLabel *m_lastFrame = nullptr;
    QLabel *m_frames = nullptr;
    QLabel *m_fps = nullptr;
    QLabel *m_bytes = nullptr;
    QLabel *m_rtt = nullptr;
    QLabel *m_offset = nullptr;
    QLabel *m_seq = nullptr;
    QLabel *m_events = nullptr;
    QLabel *m_fetches = nullptr;
    QLabel *m_invalidations = nullptr;
    QLabel *m_missedCount = nullptr;
    RttChart *m_chart = nullptr;
    HealthHistoryChart *m_rateChart = nullptr;
    HealthHistoryChart *m_reconnectsChart = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QListWidget *m_missed = nullptr;
    int m_timelineSize = -1;
    qint64 m_timelineLastAt = -1;

    ConnectionsPoller *m_poller = nullptr;
    ConnectionsModel *m_connections = nullptr;
    QTableView *m_connectionsView = nullptr;
    QLabel *m_connectionsInfo = nullptr;
};

}  // namespace Dms
