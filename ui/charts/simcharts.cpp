// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "charts/simcharts.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace Dms {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void styleChart(QChartView *view, const QList<QAbstractAxis *> &axes)
{
    const QPalette pal = view->palette();
    QChart *c = view->chart();
    c->setBackgroundBrush(pal.color(QPalette::Base));
    c->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
    c->setTitleBrush(pal.color(QPalette::Text));
    c->legend()->setLabelColor(pal.color(QPalette::Text));
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        QColor grid = pal.color(QPalette::Text);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
    }
    view->setBackgroundBrush(pal.color(QPalette::Window));
}

void setupView(QChartView *view, QChart *chart, const QString &accessibleName)
{
    view->setChart(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(170);
    view->setAccessibleName(accessibleName);
}

// Seconds since the run's first action, for a window's start.
double windowSeconds(const SimReport &report, const SimWindow &window)
{
    const qint64 origin = report.runStartMs > 0 ? report.runStartMs : window.startMs;
    return double(window.startMs + window.lengthMs - origin) / 1000.0;
}

void fitTime(QValueAxis *axis, double last)
{
    axis->setRange(0, qMax(5.0, last));
    axis->applyNiceNumbers();
}

void fitCount(QValueAxis *axis, double top, double floor)
{
    axis->setRange(0, qMax(floor, top * 1.15));
    axis->applyNiceNumbers();
}

const QColor kMissing(0xc6, 0x28, 0x28);

}  // namespace

void SimChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

// ---- latency over time ------------------------------------------------------------------

SimLatencyChart::SimLatencyChart(QWidget *parent)
    : SimChart(parent)
    , m_p50(new QLineSeries)
    , m_p95(new QLineSeries)
    , m_p99(new QLineSeries)
    , m_modelP95(new QLineSeries)
    , m_time(new QValueAxis)
    , m_ms(new QValueAxis)
{
    QChart *chart = newChart(tr("Latency per window: POST sent → frame received (ms)"));
    m_p50->setName(tr("p50"));
    m_p95->setName(tr("p95"));
    m_p99->setName(tr("p99"));
    m_modelP95->setName(tr("p95 to table"));
    m_time->setTitleText(tr("s since the first action"));
    m_time->setLabelFormat(QStringLiteral("%d"));
    m_ms->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_ms, Qt::AlignLeft);
    for (QLineSeries *series : {m_p50, m_p95, m_p99, m_modelP95}) {
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_ms);
        series->setPointsVisible(true);
    }
    fitTime(m_time, 0);
    fitCount(m_ms, 0, 10);
    setupView(this, chart, tr("Latency percentiles chart"));
    applyPalette();
}

int SimLatencyChart::pointCount() const
{
    return int(m_p95->count());
}

void SimLatencyChart::setReport(const SimReport &report)
{
    QList<QPointF> p50, p95, p99, model;
    double last = 0;
    double top = 0;
    for (const SimWindow &w : report.windows) {
        if (w.frame.isEmpty())
            continue;
        const double x = windowSeconds(report, w);
        last = qMax(last, x);
        const double v50 = double(w.frame.percentile(50).value_or(0));
        const double v95 = double(w.frame.percentile(95).value_or(0));
        const double v99 = double(w.frame.percentile(99).value_or(0));
        p50.append({x, v50});
        p95.append({x, v95});
        p99.append({x, v99});
        top = qMax(top, v99);
        if (!w.model.isEmpty()) {
            const double m = double(w.model.percentile(95).value_or(0));
            model.append({x, m});
            top = qMax(top, m);
        }
    }
    m_p50->replace(p50);
    m_p95->replace(p95);
    m_p99->replace(p99);
    m_modelP95->replace(model);
    fitTime(m_time, last);
    fitCount(m_ms, top, 10);
}

void SimLatencyChart::applyPalette()
{
    styleChart(this, {m_time, m_ms});
    const QColor accent = palette().color(QPalette::Highlight);
    m_p50->setPen(QPen(accent.lighter(140), 2));
    m_p95->setPen(QPen(accent, 2));
    m_p99->setPen(QPen(QColor(0xef, 0x6c, 0x00), 2));
    m_modelP95->setPen(QPen(palette().color(QPalette::Text), 1.5, Qt::DashLine));
}

// ---- histogram ------------------------------------------------------------------------

QList<qint64> SimHistogramChart::bandEdges()
{
    return {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000};
}

SimHistogramChart::SimHistogramChart(QWidget *parent)
    : SimChart(parent)
    , m_set(new QBarSet(tr("receipts")))
    , m_bands(new QBarCategoryAxis)
    , m_count(new QValueAxis)
{
    QChart *chart = newChart(tr("Latency distribution (receipts, ms)"));
    // Horizontal bars: the band labels stand one under the other and stay readable.
    auto *series = new QHorizontalBarSeries;
    series->append(m_set);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    // Each band by its upper edge: "≤ 1", "≤ 2", … "≤ 10k", "> 10k".
    const auto shortMs = [](qint64 ms) {
        return ms >= 1000 && ms % 1000 == 0 ? QStringLiteral("%1k").arg(ms / 1000) : QString::number(ms);
    };
    QStringList labels;
    const QList<qint64> edges = bandEdges();
    for (int i = 0; i < edges.size(); ++i)
        labels.append(QStringLiteral("≤ ") + shortMs(edges.at(i)));
    labels.append(QStringLiteral("> ") + shortMs(edges.last()));
    m_bands->append(labels);
    m_bands->setTruncateLabels(false);  // "≤ 10k" is short; "…" would say nothing
    m_count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_bands, Qt::AlignLeft);
    chart->addAxis(m_count, Qt::AlignBottom);
    series->attachAxis(m_bands);
    series->attachAxis(m_count);
    chart->legend()->hide();
    for (int i = 0; i < labels.size(); ++i)
        m_set->append(0);
    m_counts = QList<quint64>(labels.size(), 0);
    fitCount(m_count, 0, 5);
    setupView(this, chart, tr("Latency histogram"));
    applyPalette();
}

void SimHistogramChart::setReport(const SimReport &report)
{
    const QList<qint64> edges = bandEdges();
    QList<quint64> counts(edges.size() + 1, 0);
    const LatencyHistogram &h = report.frame;
    for (int b = 0; b < h.bucketCount(); ++b) {
        const quint64 n = h.countAt(b);
        if (n == 0)
            continue;
        // A bucket belongs to the band of its upper edge (buckets never straddle a band
        // edge below 64 ms; above, they are at most 3 % wide).
        const qint64 upper = LatencyHistogram::bucketUpper(b);
        const auto it = std::lower_bound(edges.cbegin(), edges.cend(), upper + 1);
        counts[int(it - edges.cbegin())] += n;
    }
    double top = 0;
    for (int i = 0; i < counts.size(); ++i) {
        m_set->replace(i, double(counts.at(i)));
        top = qMax(top, double(counts.at(i)));
    }
    m_counts = counts;
    fitCount(m_count, top, 5);
}

void SimHistogramChart::applyPalette()
{
    styleChart(this, {m_bands, m_count});
    const QColor accent = palette().color(QPalette::Highlight);
    m_set->setColor(accent);
    m_set->setBorderColor(accent.darker(120));
}

// ---- delivery -------------------------------------------------------------------------

SimDeliveryChart::SimDeliveryChart(QWidget *parent)
    : SimChart(parent)
    , m_expected(new QLineSeries)
    , m_delivered(new QLineSeries)
    , m_missing(new QLineSeries)
    , m_time(new QValueAxis)
    , m_count(new QValueAxis)
{
    QChart *chart = newChart(tr("Receipts per window: expected, delivered, missing"));
    m_expected->setName(tr("expected"));
    m_delivered->setName(tr("delivered"));
    m_missing->setName(tr("missing"));
    m_time->setTitleText(tr("s since the first action"));
    m_time->setLabelFormat(QStringLiteral("%d"));
    m_count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    for (QLineSeries *series : {m_expected, m_delivered, m_missing}) {
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_count);
        series->setPointsVisible(true);
    }
    fitTime(m_time, 0);
    fitCount(m_count, 0, 5);
    setupView(this, chart, tr("Delivery chart"));
    applyPalette();
}

int SimDeliveryChart::pointCount() const
{
    return int(m_expected->count());
}

void SimDeliveryChart::setReport(const SimReport &report)
{
    QList<QPointF> expected, delivered, missing;
    double last = 0;
    double top = 0;
    for (const SimWindow &w : report.windows) {
        if (w.expected == 0 && w.delivered == 0 && w.missing == 0)
            continue;
        const double x = windowSeconds(report, w);
        last = qMax(last, x);
        expected.append({x, double(w.expected)});
        delivered.append({x, double(w.delivered)});
        missing.append({x, double(w.missing)});
        top = qMax(top, double(qMax(w.expected, w.delivered)));
    }
    m_expected->replace(expected);
    m_delivered->replace(delivered);
    m_missing->replace(missing);
    fitTime(m_time, last);
    fitCount(m_count, top, 5);
}

void SimDeliveryChart::applyPalette()
{
    styleChart(this, {m_time, m_count});
    m_expected->setPen(QPen(palette().color(QPalette::Text), 1.5, Qt::DashLine));
    m_delivered->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2.5));
    m_missing->setPen(QPen(kMissing, 2));
}

}  // namespace Dms
