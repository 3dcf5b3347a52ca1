// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "charts/rttchart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace Dms {

RttChart::RttChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QLineSeries)
    , m_points(new QScatterSeries)
    , m_time(new QDateTimeAxis)
    , m_ms(new QValueAxis)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setTitle(tr("Heartbeat round trip (ms), last 10 minutes"));
    chart->addSeries(m_series);
    chart->addSeries(m_points);
    m_points->setMarkerSize(6);
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(6);
    m_ms->setLabelFormat(QStringLiteral("%d"));
    m_ms->setRange(0, 10);
    m_ms->setTickCount(5);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_ms, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_series), static_cast<QAbstractSeries *>(m_points)}) {
        series->attachAxis(m_time);
        series->attachAxis(m_ms);
    }
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setAccessibleName(tr("Round-trip time chart"));
    applyPalette();
    advance(QDateTime::currentMSecsSinceEpoch());
}

int RttChart::sampleCount() const
{
    return int(m_series->count());
}

void RttChart::setSamples(const QList<RttSample> &samples)
{
    QList<QPointF> points;
    points.reserve(samples.size());
    for (const RttSample &sample : samples)
        points.append(QPointF(double(sample.atMs), sample.rttMs));
    m_series->replace(points);
    m_points->replace(points);
    rescale();
}

void RttChart::addSample(qint64 atMs, int rttMs)
{
    m_series->append(double(atMs), rttMs);
    m_points->append(double(atMs), rttMs);
    advance(qMax(atMs, m_nowMs));
}

void RttChart::advance(qint64 nowMs)
{
    m_nowMs = nowMs;
    const double oldest = double(nowMs - m_windowMs);
    int drop = 0;
    while (drop < m_series->count() && m_series->at(drop).x() < oldest)
        ++drop;
    if (drop > 0) {
        m_series->removePoints(0, drop);
        m_points->removePoints(0, drop);
    }
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(nowMs - m_windowMs), QDateTime::fromMSecsSinceEpoch(nowMs));
    rescale();
}

void RttChart::rescale()
{
    double top = 0;
    for (int i = 0; i < m_series->count(); ++i)
        top = qMax(top, m_series->at(i).y());
    // Room above the highest sample (at least 10 ms), on round tick values.
    m_ms->setRange(0, qMax(10.0, top * 1.15));
    m_ms->applyNiceNumbers();
}

void RttChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void RttChart::applyPalette()
{
    const QPalette pal = palette();
    QChart *c = chart();
    c->setBackgroundBrush(pal.color(QPalette::Base));
    c->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
    c->setTitleBrush(pal.color(QPalette::Text));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_ms)}) {
        axis->setLabelsBrush(pal.color(QPalette::Text));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        QColor grid = pal.color(QPalette::Text);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
    }
    const QColor line = pal.color(QPalette::Highlight);
    m_series->setPen(QPen(line, 2));
    m_points->setColor(line);
    m_points->setBorderColor(line);
    setBackgroundBrush(pal.color(QPalette::Window));
}

}  // namespace Dms
