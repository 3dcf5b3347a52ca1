// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QHeaderView>
#include <QList>

class QLineEdit;

namespace Dms {

// A horizontal header with a filter box under each column title (per-column filter of a
// live table). The boxes follow resizing, moving, hiding and horizontal scrolling.
class FilterHeader final : public QHeaderView
{
    Q_OBJECT
public:
    explicit FilterHeader(QWidget *parent = nullptr);

    void setFiltersVisible(bool visible);
    bool filtersVisible() const { return m_visible; }
    QLineEdit *filterEditor(int column) const;
    void clearFilters();

    QSize sizeHint() const override;
    void setModel(QAbstractItemModel *model) override;

public Q_SLOTS:
    void adjustEditors();

Q_SIGNALS:
    void filterChanged(int column, const QString &text);

protected:
    void updateGeometries() override;

private:
    void rebuildEditors();
    int editorHeight() const;

    QList<QLineEdit *> m_editors;
    bool m_visible = false;
};

}  // namespace Dms
