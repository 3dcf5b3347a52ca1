// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "sim/simreport.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QLineSeries;
class QValueAxis;

namespace Dms {

// The Simulation panel's three charts. Each follows the application palette and is
// fed a whole report (a run's snapshot each second, or a finished or loaded report).

// What the three share: restyling when the palette changes.
class SimChart : public QChartView
{
    Q_OBJECT
public:
    using QChartView::QChartView;
    virtual void setReport(const SimReport &report) = 0;

protected:
    void changeEvent(QEvent *event) override;
    virtual void applyPalette() = 0;
};

// Latency percentiles (POST sent → frame received) per time window of the run.
class SimLatencyChart final : public SimChart
{
    Q_OBJECT
public:
    explicit SimLatencyChart(QWidget *parent = nullptr);
    void setReport(const SimReport &report) override;
    int pointCount() const;  // windows drawn

private:
    void applyPalette() override;
    QLineSeries *m_p50;
    QLineSeries *m_p95;
    QLineSeries *m_p99;
    QLineSeries *m_modelP95;
    QValueAxis *m_time;
    QValueAxis *m_ms;
};

// How the receipts' latencies spread: counts per latency band (log-spaced edges).
class SimHistogramChart final : public SimChart
{
    Q_OBJECT
public:
    explicit SimHistogramChart(QWidget *parent = nullptr);
    void setReport(const SimReport &report) override;
    // Counts per band (as drawn), for tests.
    QList<quint64> bandCounts() const { return m_counts; }
    static QList<qint64> bandEdges();  // upper edges (inclusive), ms; the last band is open

private:
    void applyPalette() override;
    QBarSet *m_set;
    QBarCategoryAxis *m_bands;
    QValueAxis *m_count;
    QList<quint64> m_counts;
};

// Receipts expected vs delivered per time window, with the missing ones.
class SimDeliveryChart final : public SimChart
{
    Q_OBJECT
public:
    explicit SimDeliveryChart(QWidget *parent = nullptr);
    void setReport(const SimReport &report) override;
    int pointCount() const;

private:
    void applyPalette() override;
    QLineSeries *m_expected;
    QLineSeries *m_delivered;
    QLineSeries *m_missing;
    QValueAxis *m_time;
    QValueAxis *m_count;
};

}  // namespace Dms
