// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QSet>
#include <QStyledItemDelegate>

namespace Dms {

// Paints a live table's rows: status cells as coloured chips, a row changed by someone
// else flashing and fading over flashMs, a row removed upstream fading out, and a mark on
// rows that changed while the table was paused. It reads only model roles
// (EntityTableModel / PausableTableModel); the table panel repaints while anything fades.
class LiveRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LiveRowDelegate(QObject *parent = nullptr);

    void setStatusColumns(const QSet<int> &columns) { m_statusColumns = columns; }
    // Chips say the row's StatusRole code in these words rather than the cell's text: for
    // codes shown raw, like audit actions (actionTitle). Null: the cell's text.
    using ChipWords = QString (*)(const QString &code);
    void setChipWords(ChipWords words) { m_chipWords = words; }
    ChipWords chipWords() const { return m_chipWords; }
    QString chipText(const QModelIndex &index) const;
    QSet<int> statusColumns() const { return m_statusColumns; }
    // Changes by this user do not flash (the user knows what they just did).
    void setSelfUser(const QString &username) { m_self = username; }
    void setFlashMs(int ms) { m_flashMs = qMax(1, ms); }
    int flashMs() const { return m_flashMs; }
    void setFadeOutMs(int ms) { m_fadeOutMs = qMax(1, ms); }

    // 1 when the row just changed, falling to 0 over flashMs; 0 for own changes.
    double flashStrength(const QModelIndex &index, qint64 nowMs) const;
    // 1 for a row present, falling towards 0 as a removed row fades out.
    double presence(const QModelIndex &index, qint64 nowMs) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintChip(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QSet<int> m_statusColumns;
    QString m_self;
    int m_flashMs = 1500;
    int m_fadeOutMs = 1500;
    ChipWords m_chipWords = nullptr;
};

}  // namespace Dms
