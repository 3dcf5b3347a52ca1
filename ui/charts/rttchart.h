// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "live/livesession.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace Dms {

// Heartbeat round-trip times over the last ten minutes (LiveMetrics::rtt, then one point
// per heartbeatMeasured). Follows the application palette.
class RttChart final : public QChartView
{
    Q_OBJECT
public:
    explicit RttChart(QWidget *parent = nullptr);

    void setSamples(const QList<RttSample> &samples);
    void addSample(qint64 atMs, int rttMs);
    int sampleCount() const;
    void setWindowMs(qint64 ms) { m_windowMs = ms; }

public Q_SLOTS:
    void advance(qint64 nowMs);  // slides the time axis; drops samples older than the window

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void rescale();

    QLineSeries *m_series;
    QScatterSeries *m_points;
    QDateTimeAxis *m_time;
    QValueAxis *m_ms;
    qint64 m_windowMs = 10 * 60 * 1000;
    qint64 m_nowMs = 0;
};

}  // namespace Dms
