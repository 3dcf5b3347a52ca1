// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "charts/healthhistorychart.h"

#include "live/livesession.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetrics>
#include <QLocale>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace Dms {

HealthHistoryChart::HealthHistoryChart(Measure measure, QWidget *parent)
    : QChartView(parent)
    , m_measure(measure)
    , m_line(new QLineSeries)
    , m_points(new QScatterSeries)
    , m_offline(new QScatterSeries)
    , m_time(new QDateTimeAxis)
    , m_values(new QValueAxis)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->addSeries(m_line);
    chart->addSeries(m_points);
    chart->addSeries(m_offline);
    m_points->setMarkerSize(7);
    m_offline->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_offline->setMarkerSize(6);
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(5);
    m_values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_line), static_cast<QAbstractSeries *>(m_points),
                               static_cast<QAbstractSeries *>(m_offline)}) {
        s->attachAxis(m_time);
        s->attachAxis(m_values);
    }
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170);
    setObjectName(measure == Measure::MessageRate ? QStringLiteral("healthRateChart")
                                                  : QStringLiteral("healthReconnectsChart"));
    setAccessibleName(measure == Measure::MessageRate ? tr("Message rate chart, last 24 hours")
                                                      : tr("Reconnects chart, last 24 hours"));
    applyPalette();
    setSamples({}, QDateTime::currentMSecsSinceEpoch());
}

int HealthHistoryChart::pointCount() const
{
    return int(m_line->count());
}

void HealthHistoryChart::setSamples(const QList<HealthSample> &samples, qint64 nowMs)
{
    m_samples = samples;
    m_nowMs = nowMs;
    redraw();
}

void HealthHistoryChart::addSample(const HealthSample &sample)
{
    m_samples.append(sample);
    m_nowMs = std::max(m_nowMs, sample.atMs);
    const qint64 oldest = m_nowMs - HealthHistory::kDayMs;
    while (!m_samples.isEmpty() && m_samples.first().atMs < oldest)
        m_samples.removeFirst();
    redraw();
}

void HealthHistoryChart::redraw()
{
    QList<QPointF> line;
    QList<QPointF> points;
    QList<QPointF> offline;
    double top = 0;
    double sum = 0;
    int n = 0;
    const auto isDown = [](int state) {
        return state == int(LiveState::Offline) || state == int(LiveState::AuthFailed) ||
               state == int(LiveState::Reconnecting);
    };
    for (const HealthSample &s : std::as_const(m_samples)) {
        const double x = double(s.atMs);
        if (m_measure == Measure::MessageRate) {
            line.append(QPointF(x, s.framesPerMin));
            top = std::max(top, s.framesPerMin);
            sum += s.framesPerMin;
            ++n;
        } else {
            line.append(QPointF(x, s.reconnects));
            if (s.reconnects > 0)
                points.append(QPointF(x, s.reconnects));
            top = std::max(top, double(s.reconnects));
            sum += s.reconnects;
        }
    }
    const double ceiling = std::max(m_measure == Measure::MessageRate ? 10.0 : 3.0, top * 1.15);
    // Samples taken while the channel was not live: marks along the top.
    for (const HealthSample &s : std::as_const(m_samples)) {
        if (isDown(s.state))
            offline.append(QPointF(double(s.atMs), ceiling));
    }
    m_line->replace(line);
    m_points->replace(points);
    m_offline->replace(offline);
    m_total = m_measure == Measure::MessageRate ? (n > 0 ? sum / n : 0.0) : sum;
    // From the oldest sample (at most 24 h back, at least 2 minutes) to now: a fresh history
    // is not a dot at the right edge of an empty day.
    const qint64 oldest = m_samples.isEmpty() ? m_nowMs : m_samples.first().atMs;
    const qint64 from = std::max(m_nowMs - HealthHistory::kDayMs, std::min(oldest, m_nowMs - 2 * 60'000));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(m_nowMs));
    m_time->setFormat(m_nowMs - from > 2 * 3600'000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    m_values->setRange(0, ceiling);
    m_values->applyNiceNumbers();
    // The day in the user's language ("Fri" / "Fr."), as the rest of the window.
    const QString since = QLocale().toString(QDateTime::fromMSecsSinceEpoch(from), QStringLiteral("ddd HH:mm"));
    m_title = m_measure == Measure::MessageRate
                  ? tr("Messages per minute since %1 (mean %2)").arg(since, QLocale().toString(m_total, 'f', 1))
                  : tr("Reconnects since %1 (%n in all)", nullptr, int(m_total)).arg(since);
    fitToWidth();
}

void HealthHistoryChart::fitToWidth()
{
    const int room = width() - 40;  // the chart's margins and its frame
    const QFontMetrics titleMetrics(chart()->titleFont());
    QStringList lines;
    if (titleMetrics.horizontalAdvance(m_title) <= room) {
        lines << m_title;
    } else {
        // The figure "(mean 12.3)" on a line of its own, and the name wrapped between words.
        const qsizetype figure = m_title.lastIndexOf(QLatin1String(" ("));
        const QStringList parts = figure > 0 ? QStringList{m_title.left(figure), m_title.mid(figure + 1)}
                                             : QStringList{m_title};
        for (const QString &part : parts) {
            QString line;
            for (const QString &word : part.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
                if (!line.isEmpty() && titleMetrics.horizontalAdvance(longer) > room) {
                    lines << line;
                    line = word;
                } else {
                    line = longer;
                }
            }
            lines << line;
        }
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    chart()->setTitle(lines.size() == 1 ? lines.first()
                                        : QStringLiteral("<div align=\"center\">%1</div>")
                                              .arg(lines.join(QStringLiteral("<br>"))));
    // A label of the time axis ("15:12:23") takes about 70 px with its gap.
    const int labelWidth = QFontMetrics(m_time->labelsFont()).horizontalAdvance(QStringLiteral("00:00:00 ")) + 16;
    m_time->setTickCount(std::clamp(room / std::max(1, labelWidth), 2, 6));
}

void HealthHistoryChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitToWidth();
}

void HealthHistoryChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void HealthHistoryChart::applyPalette()
{
    const QPalette pal = palette();
    QChart *c = chart();
    c->setBackgroundBrush(pal.color(QPalette::Base));
    c->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
    c->setTitleBrush(pal.color(QPalette::Text));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_values)}) {
        axis->setLabelsBrush(pal.color(QPalette::Text));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        QColor grid = pal.color(QPalette::Text);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
    }
    const QColor accent = m_measure == Measure::MessageRate ? pal.color(QPalette::Highlight) : QColor(0xc7, 0x8a, 0x00);
    m_line->setPen(QPen(accent, 1.5));
    m_points->setColor(accent);
    m_points->setBorderColor(accent);
    m_offline->setColor(QColor(0xc6, 0x28, 0x28));
    m_offline->setBorderColor(QColor(0xc6, 0x28, 0x28));
    setBackgroundBrush(pal.color(QPalette::Window));
}

}  // namespace Dms
