// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "widgets/tableexport.h"

#include "actions/csvexport.h"
#include "widgets/xlsxexport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QSaveFile>
#include <QTableView>

namespace Dms {

namespace {

QString csvFilter()
{
    return QCoreApplication::translate("Dms::TableExport", "CSV files (*.csv)");
}

QString xlsxFilter()
{
    return QCoreApplication::translate("Dms::TableExport", "Excel workbooks (*.xlsx)");
}

QString suffixOf(TableFileFormat format)
{
    return format == TableFileFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

TableFileFormat formatOfFilter(const QString &filter)
{
    return filter.contains(QLatin1String("*.xlsx")) ? TableFileFormat::Xlsx : TableFileFormat::Csv;
}

}  // namespace

TableFileFormat tableFileFormat(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 ? TableFileFormat::Xlsx
                                                                                              : TableFileFormat::Csv;
}

QStringList tableExportFilters()
{
    QStringList filters{csvFilter()};
    if (xlsxAvailable())
        filters << xlsxFilter();
    return filters;
}

QString tableExportPath(const QString &chosen, const QString &filter)
{
    if (chosen.isEmpty() || !QFileInfo(chosen).suffix().isEmpty())
        return chosen;
    return chosen + QLatin1Char('.') + suffixOf(formatOfFilter(filter));
}

QList<int> shownColumns(const QTableView *view)
{
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

bool saveTable(const QTableView *view, const QString &path, QString *error)
{
    const TableFileFormat format = tableFileFormat(path);
    if (format == TableFileFormat::Xlsx && !xlsxAvailable())
        return writeXlsx(nullptr, {}, nullptr, error);  // says why
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // One selection for both formats: the rows in the view's model order, these columns.
    const QList<int> columns = shownColumns(view);
    const bool written = format == TableFileFormat::Xlsx ? writeXlsx(view->model(), columns, &file, error)
                                                         : writeCsv(view->model(), columns, &file, error);
    if (!written)
        return false;
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void chooseExportPath(QWidget *parent, const QString &title, const QString &baseName,
                      const std::function<void(const QString &path)> &chosen)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(QStringLiteral("tableExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(tableExportFilters());
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("%1-%2.csv")
                           .arg(baseName, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    // The format follows the filter: its suffix is the default and replaces the other
    // format's in the proposed name.
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        const TableFileFormat format = formatOfFilter(filter);
        const QString suffix = suffixOf(format);
        dialog->setDefaultSuffix(suffix);
        const QStringList selected = dialog->selectedFiles();
        if (selected.isEmpty())
            return;
        const QFileInfo file(selected.first());
        const QString other = suffixOf(format == TableFileFormat::Xlsx ? TableFileFormat::Csv : TableFileFormat::Xlsx);
        if (file.suffix().compare(other, Qt::CaseInsensitive) == 0)
            dialog->selectFile(file.dir().filePath(file.completeBaseName() + QLatin1Char('.') + suffix));
    });
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [dialog, chosen](const QString &path) {
        chosen(tableExportPath(path, dialog->selectedNameFilter()));
    });
    dialog->open();
}

}  // namespace Dms
