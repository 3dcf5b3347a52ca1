// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "delegates/liverowdelegate.h"

#include "data/entitytablemodel.h"
#include "data/pausabletablemodel.h"
#include "style/theme.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace Dms {

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    QColor out;
    out.setRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                a.blueF() + (b.blueF() - a.blueF()) * t);
    return out;
}

}  // namespace

LiveRowDelegate::LiveRowDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

double LiveRowDelegate::flashStrength(const QModelIndex &index, qint64 nowMs) const
{
    const qint64 changedAt = index.data(EntityTableModel::ChangedAtRole).toLongLong();
    if (changedAt <= 0)
        return 0.0;
    const qint64 age = qMax<qint64>(0, nowMs - changedAt);  // a clock step back: just changed
    if (age >= m_flashMs)
        return 0.0;
    if (!m_self.isEmpty() && index.data(EntityTableModel::ChangedByRole).toString() == m_self)
        return 0.0;
    // Hold briefly at full strength, then ease out.
    const double t = double(age) / m_flashMs;
    return t < 0.2 ? 1.0 : 1.0 - (t - 0.2) / 0.8 * ((t - 0.2) / 0.8);
}

double LiveRowDelegate::presence(const QModelIndex &index, qint64 nowMs) const
{
    const qint64 removedAt = index.data(PausableTableModel::RemovedAtRole).toLongLong();
    if (removedAt <= 0)
        return 1.0;
    const double t = double(nowMs - removedAt) / m_fadeOutMs;
    return qBound(0.15, 1.0 - t, 1.0);
}

void LiveRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);

    const double flash = flashStrength(index, now);
    if (flash > 0.0 && !(opt.state & QStyle::State_Selected)) {
        const QColor base = opt.backgroundBrush.style() != Qt::NoBrush
            ? opt.backgroundBrush.color()
            : opt.palette.color(opt.features & QStyleOptionViewItem::Alternate ? QPalette::AlternateBase
                                                                               : QPalette::Base);
        opt.backgroundBrush = blend(base, flashColor(opt.palette), flash);
    }
    const double presentness = presence(index, now);
    const bool removed = presentness < 1.0;

    painter->save();
    if (removed) {
        painter->setOpacity(presentness);
        opt.font.setStrikeOut(true);
    }
    if (m_statusColumns.contains(index.column()) && !removed) {
        paintChip(painter, opt, index);
    } else {
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    }
    // Changed while paused: a bar at the row's start says "there is news here".
    if (index.column() == 0 && index.data(PausableTableModel::PendingRole).toBool()) {
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top() + 1, 3, opt.rect.height() - 2),
                          flashColor(opt.palette).darker(130));
    }
    painter->restore();
}

QString LiveRowDelegate::chipText(const QModelIndex &index) const
{
    if (m_chipWords)
        return m_chipWords(index.data(EntityTableModel::StatusRole).toString());
    return index.data(Qt::DisplayRole).toString();
}

void LiveRowDelegate::paintChip(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    const QString text = opt.text.isEmpty() ? QString() : chipText(index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);  // background, focus
    if (text.isEmpty())
        return;

    const QString status = index.data(EntityTableModel::StatusRole).toString();
    const QColor color = statusColor(status);
    const QFontMetricsF metrics(opt.font);
    const int padX = 8;
    const int height = qMin(opt.rect.height() - 4, qCeil(metrics.height()) + 4);
    const int width = qMin(opt.rect.width() - 6, qCeil(metrics.horizontalAdvance(text)) + 2 * padX + 1);
    const QRect chip(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1, width, height);

    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->fillPath(path, color);
    painter->setPen(textOn(color));
    painter->setFont(opt.font);
    painter->drawText(chip.adjusted(padX - 1, 0, -padX + 1, 0), Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, chip.width() - 2 * padX + 2));
}

QSize LiveRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_statusColumns.contains(index.column())) {
        const QFontMetrics metrics(option.font);
        size.setWidth(qMax(size.width(), metrics.horizontalAdvance(chipText(index)) + 2 * 8 + 14));
        size.setHeight(qMax(size.height(), metrics.height() + 8));
    }
    return size;
}

}  // namespace Dms
