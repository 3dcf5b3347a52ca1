// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "panels/storagepanel.h"

#include "data/entitytablemodel.h"
#include "data/storageoccupancymodel.h"
#include "style/theme.h"
#include "widgets/messagebar.h"
#include "widgets/tableexport.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Dms {

namespace {

// The crates at one location (or with none), destroyed ones left out as in the counts.
class CratesAtProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setLocation(const EntityId &id, bool any)
    {
        m_id = id;
        m_any = any;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (!m_any)
            return false;
        const QJsonObject row =
            sourceModel()->index(sourceRow, 0, sourceParent).data(EntityTableModel::RowJsonRole).toJsonObject();
        if (row.value(QStringLiteral("status")).toString() == QLatin1String("destroyed"))
            return false;
        const EntityId at = EntityId::fromJsonOrNull(row.value(QStringLiteral("storage_id")));
        return m_id.isValid() ? at == m_id : !at.isValid();
    }

private:
    EntityId m_id;
    bool m_any = false;
};

QTableView *makeTable(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setDefaultSectionSize(110);
    view->setTabKeyNavigation(false);
    return view;
}

QToolButton *makeExportButton(QWidget *parent, const QString &name, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setIcon(themedIcon(QStringLiteral("export")));
    button->setText(StoragePanel::tr("Export…"));
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

}  // namespace

StoragePanel::StoragePanel(const EntityTableModel *storage, EntityTableModel *crates, QWidget *parent)
    : QWidget(parent)
    , m_occupancy(new StorageOccupancyModel(storage, crates, this))
    , m_locationsProxy(new QSortFilterProxyModel(this))
    , m_cratesProxy(new CratesAtProxy(this))
    , m_locations(makeTable(this, QStringLiteral("storageLocations"), tr("Storage locations")))
    , m_cratesView(makeTable(this, QStringLiteral("storageCrates"), tr("Crates at the selected location")))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_cratesTitle(new QLabel(this))
    , m_messages(new MessageBar(this))
{
    m_locationsProxy->setSourceModel(m_occupancy);
    m_locationsProxy->setSortRole(StorageOccupancyModel::SortRole);
    m_locationsProxy->setFilterKeyColumn(-1);
    m_locationsProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_locations->setModel(m_locationsProxy);
    m_locations->sortByColumn(StorageOccupancyModel::CodeColumn, Qt::AscendingOrder);

    m_cratesProxy->setSourceModel(crates);
    m_cratesProxy->setSortRole(EntityTableModel::SortRole);
    m_cratesView->setModel(m_cratesProxy);
    m_cratesView->sortByColumn(0, Qt::AscendingOrder);

    m_search->setObjectName(QStringLiteral("storageSearch"));
    m_search->setPlaceholderText(tr("Search locations"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search storage locations"));
    m_search->addAction(themedIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMaximumWidth(320);
    connect(m_search, &QLineEdit::textChanged, m_locationsProxy, &QSortFilterProxyModel::setFilterFixedString);
    m_summary->setObjectName(QStringLiteral("storageSummary"));

    QToolButton *locationsExport = makeExportButton(this, QStringLiteral("storageExport"),
                                                    tr("Save the locations shown (search, sort and columns as on screen) as CSV or XLSX"));
    connect(locationsExport, &QToolButton::clicked, this, [this] {
        chooseExportPath(this, tr("Export storage locations"), QStringLiteral("storage"),
                         [this](const QString &path) { exportLocations(path); });
    });
    QToolButton *cratesExport = makeExportButton(this, QStringLiteral("storageCratesExport"),
                                                 tr("Save the crates of the selected location as CSV or XLSX"));
    connect(cratesExport, &QToolButton::clicked, this, [this] {
        chooseExportPath(this, tr("Export crates"), QStringLiteral("storage-crates"),
                         [this](const QString &path) { exportCrates(path); });
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_search);
    top->addWidget(locationsExport);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *lowerTop = new QHBoxLayout;
    lowerTop->addWidget(m_cratesTitle, 1);
    lowerTop->addWidget(cratesExport);
    lowerLayout->addLayout(lowerTop);
    lowerLayout->addWidget(m_cratesView, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_locations);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addWidget(split, 1);

    connect(m_occupancy, &StorageOccupancyModel::recomputed, this, &StoragePanel::updateSummary);
    connect(m_occupancy, &StorageOccupancyModel::recomputed, this, &StoragePanel::showCratesOfCurrent);
    connect(m_locations->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StoragePanel::showCratesOfCurrent);
    connect(m_locationsProxy, &QAbstractItemModel::modelReset, this, &StoragePanel::showCratesOfCurrent);
    updateSummary();
    showCratesOfCurrent();
}

void StoragePanel::updateSummary()
{
    const int locations = m_occupancy->rowCount();
    const int crates = m_occupancy->totalCrates();
    const int capacity = m_occupancy->totalCapacity();
    QString text = tr("%n location(s)", nullptr, locations) + QStringLiteral(" · ") +
                   tr("%n crate(s) placed", nullptr, crates);
    if (capacity > 0)
        text += QStringLiteral(" · ") + tr("%1 % of %2 places taken").arg(100 * crates / capacity).arg(capacity);
    m_summary->setText(text);
}

void StoragePanel::showCratesOfCurrent()
{
    const QModelIndex current = m_locations->currentIndex();
    auto *proxy = static_cast<CratesAtProxy *>(m_cratesProxy);
    if (!current.isValid()) {
        proxy->setLocation(EntityId(), false);
        m_cratesTitle->setText(tr("Select a location to see its crates."));
        return;
    }
    const EntityId id = current.siblingAtColumn(0).data(StorageOccupancyModel::LocationIdRole).value<EntityId>();
    proxy->setLocation(id, true);
    const QString code = current.siblingAtColumn(StorageOccupancyModel::CodeColumn).data().toString();
    m_cratesTitle->setText(tr("Crates at %1: %2").arg(code).arg(m_cratesProxy->rowCount()));
}

bool StoragePanel::exportView(QTableView *view, const QString &path, const QString &noun)
{
    QString error;
    if (saveTable(view, path, &error)) {
        m_messages->showMessage(MessageBar::Kind::Success,
                                tr("Saved %1 to %2.").arg(noun, QDir::toNativeSeparators(path)));
        return true;
    }
    m_messages->showMessage(MessageBar::Kind::Error,
                            tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
    return false;
}

bool StoragePanel::exportLocations(const QString &path)
{
    return exportView(m_locations, path, tr("%n location(s)", nullptr, m_locationsProxy->rowCount()));
}

bool StoragePanel::exportCrates(const QString &path)
{
    return exportView(m_cratesView, path, tr("%n crate(s)", nullptr, m_cratesProxy->rowCount()));
}

}  // namespace Dms
