// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "widgets/tableexport.h"

#include "actions/csvexport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QSaveFile>
#include <QTableView>

namespace Dms {

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

bool saveTableCsv(const QTableView *view, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!writeCsv(view->model(), shownColumns(view), &file, error))
        return false;
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void chooseCsvPath(QWidget *parent, const QString &title, const QString &baseName,
                   const std::function<void(const QString &path)> &chosen)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(QCoreApplication::translate("Dms::TableExport", "CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("%1-%2.csv")
                           .arg(baseName, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [chosen](const QString &path) { chosen(path); });
    dialog->open();
}

}  // namespace Dms
