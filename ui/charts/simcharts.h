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

// Latency percentiles (POST sent → frame received) per time window of the run.
class SimLatencyChart final : public QChartView
{
    Q_OBJECT
public:
    explicit SimLatencyChart(QWidget *parent = nullptr);
    void setReport(const SimReport &report);
    int pointCount() const;  // windows drawn

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    QLineSeries *m_p50;
    QLineSeries *m_p95;
    QLineSeries *m_p99;
    QLineSeries *m_modelP95;
    QValueAxis *m_time;
    QValueAxis *m_ms;
};

// How the receipts' latencies spread: counts per latency band (log-spaced edges).
class SimHistogramChart final : public QChartView
{
    Q_OBJECT
public:
    explicit SimHistogramChart(QWidget *parent = nullptr);
    void setReport(const SimReport &report);
    // Counts per band (as drawn), for tests.
    QList<quint64> bandCounts() const { return m_counts; }
    static QList<qint64> bandEdges();  // upper edges (inclusive), ms; the last band is open

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    QBarSet *m_set;
    QBarCategoryAxis *m_bands;
    QValueAxis *m_count;
    QList<quint64> m_counts;
};

// Receipts expected vs delivered per time window, with the missing ones.
class SimDeliveryChart final : public QChartView
{
    Q_OBJECT
public:
    explicit SimDeliveryChart(QWidget *parent = nullptr);
    void setReport(const SimReport &report);
    int pointCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    QLineSeries *m_expected;
    QLineSeries *m_delivered;
    QLineSeries *m_missing;
    QValueAxis *m_time;
    QValueAxis *m_count;
};

}  // namespace Dms
