// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "widgets/xlsxexport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include <cmath>

#if DMS_WITH_XLSX
#include <locale.h>
#include <xlsxwriter.h>
#endif

namespace Dms {

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Double:
        case QMetaType::Float:
            return true;
        default:
            return false;
    }
}

}  // namespace

XlsxCell xlsxCell(const QModelIndex &index, int typedRole)
{
    XlsxCell cell;
    const QVariant shown = index.data(Qt::DisplayRole);
    if (isNumber(shown) && std::isfinite(shown.toDouble())) {
        cell.kind = XlsxCell::Kind::Number;
        cell.number = shown.toDouble();
        cell.text = shown.toString();
        return cell;
    }
    if (shown.typeId() == QMetaType::QDateTime && shown.toDateTime().isValid()) {
        cell.kind = XlsxCell::Kind::DateTime;
        cell.at = shown.toDateTime().toLocalTime();
        cell.text = cell.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return cell;
    }
    cell.text = shown.toString();
    if (cell.text.isEmpty())
        return cell;
    cell.kind = XlsxCell::Kind::Text;
    if (typedRole >= 0) {
        const QVariant typed = index.data(typedRole);
        if (typed.typeId() == QMetaType::QDateTime && typed.toDateTime().isValid()) {
            cell.kind = XlsxCell::Kind::DateTime;
            cell.at = typed.toDateTime().toLocalTime();
        } else if (isNumber(typed)) {
            bool ok = false;
            const double number = QLocale::c().toDouble(cell.text, &ok);
            if (ok && std::isfinite(number)) {
                cell.kind = XlsxCell::Kind::Number;
                cell.number = number;
            }
        }
    } else {
        const QDateTime at = QDateTime::fromString(cell.text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (at.isValid()) {
            cell.kind = XlsxCell::Kind::DateTime;
            cell.at = at;
        }
    }
    return cell;
}

#if DMS_WITH_XLSX

namespace {

// libxlsxwriter (1.1.4, as Debian builds it) formats numbers with snprintf("%.16G"), which
// follows LC_NUMERIC — and QCoreApplication sets the user's locale, so in a German session
// 1.5 would be written "1,5" and the workbook would be broken. The writing thread uses the
// C numeric locale while the workbook is written.
class CNumericLocale final
{
public:
    CNumericLocale()
    {
        const locale_t base = duplocale(LC_GLOBAL_LOCALE);
        if (base == locale_t(nullptr))
            return;
        m_c = newlocale(LC_NUMERIC_MASK, "C", base);
        if (m_c == locale_t(nullptr)) {
            freelocale(base);
            return;
        }
        m_previous = uselocale(m_c);
    }
    ~CNumericLocale()
    {
        if (m_c == locale_t(nullptr))
            return;
        uselocale(m_previous);
        freelocale(m_c);
    }
    CNumericLocale(const CNumericLocale &) = delete;
    CNumericLocale &operator=(const CNumericLocale &) = delete;

private:
    locale_t m_c = locale_t(nullptr);
    locale_t m_previous = locale_t(nullptr);
};

// Excel's cells hold at most 32767 characters.
constexpr qsizetype kMaxCellChars = 32767;
// A rough column width in characters: the longest text, a little padding, within bounds.
constexpr int kMinWidth = 6;
constexpr int kMaxWidth = 60;

QString libraryError(lxw_error error)
{
    return QCoreApplication::translate("Dms::Xlsx", "The spreadsheet could not be written: %1")
        .arg(QString::fromUtf8(lxw_strerror(error)));
}

}  // namespace

bool xlsxAvailable()
{
    return true;
}

bool writeXlsx(const QAbstractItemModel *model, const QList<int> &columns, QIODevice *out, QString *errorMessage)
{
    auto fail = [&](const QString &why) {
        if (errorMessage)
            *errorMessage = why;
        return false;
    };
    if (!model || !out || !out->isWritable())
        return fail(QCoreApplication::translate("Dms::Csv", "The file is not open for writing"));
    if (qint64(model->rowCount()) + 1 > LXW_ROW_MAX)
        return fail(QCoreApplication::translate("Dms::Xlsx", "%1 rows do not fit in a spreadsheet (at most %2)")
                        .arg(model->rowCount())
                        .arg(LXW_ROW_MAX - 1));

    // The values typed by the role the view sorts with (the raw value behind the text).
    int typedRole = -1;
    if (const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(model); proxy && proxy->sortRole() != Qt::DisplayRole)
        typedRole = proxy->sortRole();

    // libxlsxwriter writes a file by name: the workbook is made in a private directory (its
    // temporary files too) and copied to out, which the caller commits (a QSaveFile).
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(QCoreApplication::translate("Dms::Xlsx", "The spreadsheet could not be written: %1")
                        .arg(scratch.errorString()));
    const QString workbookPath = scratch.filePath(QStringLiteral("table.xlsx"));
    QByteArray tmpdir = QFile::encodeName(scratch.path());
    lxw_error error = LXW_NO_ERROR;
    {
        const CNumericLocale cNumbers;
        lxw_workbook_options options{};
        options.tmpdir = tmpdir.data();
        lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(workbookPath).constData(), &options);
        if (!workbook)
            return fail(libraryError(LXW_ERROR_MEMORY_MALLOC_FAILED));
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
        lxw_format *bold = workbook_add_format(workbook);
        format_set_bold(bold);
        lxw_format *dateTime = workbook_add_format(workbook);
        format_set_num_format(dateTime, "yyyy-mm-dd hh:mm:ss");
        auto keep = [&error](lxw_error result) {
            if (error == LXW_NO_ERROR)
                error = result;
        };
        auto writeText = [&](lxw_row_t row, lxw_col_t col, const QString &text, lxw_format *format) {
            keep(worksheet_write_string(sheet, row, col, text.left(kMaxCellChars).toUtf8().constData(), format));
        };

        QList<int> widths(columns.size(), kMinWidth);
        auto fit = [&widths](qsizetype col, qsizetype chars) {
            widths[col] = int(qBound(qsizetype(widths.at(col)), chars + 2, qsizetype(kMaxWidth)));
        };
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString title = model->headerData(columns.at(c), Qt::Horizontal, Qt::DisplayRole).toString();
            writeText(0, lxw_col_t(c), title, bold);
            fit(c, title.size() + 1);  // bold is wider
        }
        worksheet_freeze_panes(sheet, 1, 0);

        for (int r = 0; r < model->rowCount() && error == LXW_NO_ERROR; ++r) {
            const auto row = lxw_row_t(r + 1);
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const auto col = lxw_col_t(c);
                XlsxCell cell = xlsxCell(model->index(r, columns.at(c)), typedRole);
                // Excel's dates start in 1900; an earlier one stays the text shown.
                if (cell.kind == XlsxCell::Kind::DateTime && cell.at.date().year() < 1900)
                    cell.kind = XlsxCell::Kind::Text;
                switch (cell.kind) {
                    case XlsxCell::Kind::Empty:
                        break;
                    case XlsxCell::Kind::Number:
                        keep(worksheet_write_number(sheet, row, col, cell.number, nullptr));
                        fit(c, cell.text.size());
                        break;
                    case XlsxCell::Kind::DateTime: {
                        const QDate date = cell.at.date();
                        const QTime time = cell.at.time();
                        lxw_datetime at{date.year(), date.month(), date.day(), time.hour(), time.minute(),
                                        time.second() + time.msec() / 1000.0};
                        keep(worksheet_write_datetime(sheet, row, col, &at, dateTime));
                        fit(c, 19);  // yyyy-mm-dd hh:mm:ss
                        break;
                    }
                    case XlsxCell::Kind::Text: {
                        writeText(row, col, cell.text, nullptr);
                        qsizetype longest = 0;
                        for (const QStringView line : QStringView(cell.text).split(QLatin1Char('\n')))
                            longest = qMax(longest, line.size());
                        fit(c, longest);
                        break;
                    }
                }
            }
        }
        for (qsizetype c = 0; c < columns.size(); ++c)
            keep(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr));
        // Closing writes the file and frees the workbook, also after an error.
        const lxw_error closed = workbook_close(workbook);
        keep(closed);
    }
    if (error != LXW_NO_ERROR)
        return fail(libraryError(error));

    QFile workbookFile(workbookPath);
    if (!workbookFile.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Dms::Xlsx", "The spreadsheet could not be written: %1")
                        .arg(workbookFile.errorString()));
    const QByteArray bytes = workbookFile.readAll();
    if (out->write(bytes) != bytes.size())
        return fail(QCoreApplication::translate("Dms::Csv", "Cannot write: %1").arg(out->errorString()));
    return true;
}

#else  // !DMS_WITH_XLSX

bool xlsxAvailable()
{
    return false;
}

bool writeXlsx(const QAbstractItemModel *, const QList<int> &, QIODevice *, QString *errorMessage)
{
    if (errorMessage)
        *errorMessage = QCoreApplication::translate(
            "Dms::Xlsx", "This build of the console exports CSV only (built without libxlsxwriter)");
    return false;
}

#endif

}  // namespace Dms
