// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "widgets/filterheader.h"

#include <QLineEdit>

namespace Dms {

FilterHeader::FilterHeader(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsMovable(true);
    setSectionsClickable(true);
    setHighlightSections(false);
    setStretchLastSection(true);
    connect(this, &QHeaderView::sectionResized, this, &FilterHeader::adjustEditors);
    connect(this, &QHeaderView::sectionMoved, this, &FilterHeader::adjustEditors);
    connect(this, &QHeaderView::sectionCountChanged, this, &FilterHeader::rebuildEditors);
    connect(this, &QHeaderView::geometriesChanged, this, &FilterHeader::adjustEditors);
}

void FilterHeader::setModel(QAbstractItemModel *model)
{
    QHeaderView::setModel(model);
    rebuildEditors();
}

int FilterHeader::editorHeight() const
{
    return m_visible && !m_editors.isEmpty() ? m_editors.first()->sizeHint().height() + 2 : 0;
}

QSize FilterHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(size.height() + editorHeight());
    return size;
}

void FilterHeader::setFiltersVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    for (QLineEdit *editor : std::as_const(m_editors))
        editor->setVisible(visible);
    updateGeometry();
    updateGeometries();
    Q_EMIT geometriesChanged();  // the table view lays its header out again (sizeHint)
}

QLineEdit *FilterHeader::filterEditor(int column) const
{
    return column >= 0 && column < m_editors.size() ? m_editors.at(column) : nullptr;
}

void FilterHeader::clearFilters()
{
    for (QLineEdit *editor : std::as_const(m_editors))
        editor->clear();
}

void FilterHeader::rebuildEditors()
{
    const int columns = model() ? model()->columnCount() : 0;
    while (m_editors.size() > columns)
        delete m_editors.takeLast();
    while (m_editors.size() < columns) {
        const int column = int(m_editors.size());
        auto *editor = new QLineEdit(this);
        editor->setClearButtonEnabled(true);
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        editor->setPlaceholderText(tr("Filter"));
        editor->setAccessibleName(tr("Filter %1").arg(title));
        editor->setToolTip(tr("Show rows whose %1 contains this text (\"=text\" for an exact match)").arg(title));
        editor->setVisible(m_visible);
        connect(editor, &QLineEdit::textChanged, this,
                [this, column](const QString &text) { Q_EMIT filterChanged(column, text); });
        m_editors.append(editor);
    }
    updateGeometries();
}

void FilterHeader::updateGeometries()
{
    setViewportMargins(0, 0, 0, editorHeight());
    QHeaderView::updateGeometries();
    adjustEditors();
}

void FilterHeader::adjustEditors()
{
    const int height = editorHeight();
    const int top = viewport()->geometry().bottom() + 1;
    for (int column = 0; column < m_editors.size(); ++column) {
        QLineEdit *editor = m_editors.at(column);
        if (!m_visible || isSectionHidden(column)) {
            editor->hide();
            continue;
        }
        editor->setGeometry(sectionViewportPosition(column) + viewport()->x(), top,
                            sectionSize(column), height - 2);
        editor->show();
    }
}

}  // namespace Dms
