// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "session/healthhistory.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace Dms {

// One measure of the health history over its whole span (24 h): the message rate (frames
// per minute, a line) or the reconnects (per sample, points above a zero line), with the
// samples taken while not live marked in red along the top. Follows the application palette, like the RTT chart.
class HealthHistoryChart final : public QChartView
{
    Q_OBJECT
public:
    enum class Measure { MessageRate, Reconnects };
    explicit HealthHistoryChart(Measure measure, QWidget *parent = nullptr);

    void setSamples(const QList<HealthSample> &samples, qint64 nowMs);
    void addSample(const HealthSample &sample);
    int pointCount() const;
    double total() const { return m_total; }  // reconnects over the span, or the mean rate

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyPalette();
    void redraw();
    // The title on one line, or on two (the figure under the name) where one line would be
    // cut off; time-axis ticks as many as the width holds.
    void fitToWidth();

    Measure m_measure;
    QList<HealthSample> m_samples;
    qint64 m_nowMs = 0;
    double m_total = 0;
    QString m_title;
    QLineSeries *m_line;
    QScatterSeries *m_points;
    QScatterSeries *m_offline;  // samples taken while not live: red marks along the top
    QDateTimeAxis *m_time;
    QValueAxis *m_values;
};

}  // namespace Dms
