// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

// An exported XLSX file read back as a spreadsheet would read it: its parts unzipped with
// `unzip -p` (scripts/setup installs unzip) and their XML parsed with QXmlStreamReader —
// the cells with their types and styles, the shared strings, which styles are bold and
// which show a date-time, the frozen header, the column widths, any formula.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QXmlStreamReader>

namespace Dms::Test {

inline const QString kDateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

// One cell as the sheet stores it.
struct SheetCell
{
    QString type;   // the <c> element's t: "s" a shared string, "" or "n" a number, …
    QString value;  // its <v>: the shared string's index, or the number
    QString text;   // for "s": the shared string
    int style = 0;  // its s: an index into styles.xml's cellXfs
    bool present = false;
};

struct Sheet
{
    QMap<int, QMap<int, SheetCell>> rows;  // row -> column -> cell, from 0
    bool headerFrozen = false;             // <pane ySplit="1" state="frozen"/>
    bool hasFormula = false;               // any <f>
    int columnWidths = 0;                  // <col width=…> elements
    QSet<int> boldStyles;                  // cellXfs whose font is bold
    QSet<int> dateTimeStyles;              // cellXfs formatted yyyy-mm-dd hh:mm:ss
};

inline QByteArray unzipPart(const QString &path, const QString &part, QString *error)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, part});
    if (!unzip.waitForFinished(30'000) || unzip.exitStatus() != QProcess::NormalExit || unzip.exitCode() != 0) {
        *error = QStringLiteral("unzip -p %1 %2: %3 %4")
                     .arg(path, part, unzip.errorString(), QString::fromLocal8Bit(unzip.readAllStandardError()));
        return {};
    }
    return unzip.readAllStandardOutput();
}

// "BC12" -> column 54, row 11 (from 0).
inline bool cellRef(QStringView ref, int *row, int *column)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter(); ++i)
        col = col * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    *row = r - 1;
    *column = col - 1;
    return ok && col > 0 && r > 0;
}

inline bool readSheet(const QString &path, Sheet *sheet, QString *error)
{
    const QByteArray sheetXml = unzipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"), error);
    if (sheetXml.isEmpty())
        return false;
    // Shared strings: a workbook without text has none.
    QStringList strings;
    QString ignored;
    const QByteArray stringsXml = unzipPart(path, QStringLiteral("xl/sharedStrings.xml"), &ignored);
    {
        QXmlStreamReader xml(stringsXml);
        QString current;
        while (!stringsXml.isEmpty() && !xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si")
                current.clear();
            else if (xml.isStartElement() && xml.name() == u"t")
                current += xml.readElementText();
            else if (xml.isEndElement() && xml.name() == u"si")
                strings << current;
        }
        if (xml.hasError()) {
            *error = QStringLiteral("sharedStrings.xml: ") + xml.errorString();
            return false;
        }
    }
    {
        QXmlStreamReader xml(sheetXml);
        SheetCell cell;
        int row = -1;
        int column = -1;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const QXmlStreamAttributes a = xml.attributes();
                if (xml.name() == u"pane") {
                    sheet->headerFrozen = a.value(QLatin1String("ySplit")) == u"1" && a.value(QLatin1String("state")) == u"frozen";
                } else if (xml.name() == u"col") {
                    if (a.hasAttribute(QLatin1String("width")))
                        ++sheet->columnWidths;
                } else if (xml.name() == u"c") {
                    if (!cellRef(a.value(QLatin1String("r")), &row, &column)) {
                        *error = QStringLiteral("bad cell reference ") + a.value(QLatin1String("r")).toString();
                        return false;
                    }
                    cell = SheetCell{a.value(QLatin1String("t")).toString(), {}, {}, a.value(QLatin1String("s")).toInt(), true};
                } else if (xml.name() == u"v") {
                    cell.value = xml.readElementText();
                } else if (xml.name() == u"f") {
                    sheet->hasFormula = true;
                }
            } else if (xml.isEndElement() && xml.name() == u"c") {
                if (cell.type == u"s")
                    cell.text = strings.value(cell.value.toInt());
                sheet->rows[row][column] = cell;
            }
        }
        if (xml.hasError()) {
            *error = QStringLiteral("sheet1.xml: ") + xml.errorString();
            return false;
        }
    }
    // Styles: which cell formats are bold, which show a date-time.
    const QByteArray stylesXml = unzipPart(path, QStringLiteral("xl/styles.xml"), error);
    if (stylesXml.isEmpty())
        return false;
    QXmlStreamReader xml(stylesXml);
    QHash<int, QString> numberFormats;
    QList<bool> boldFonts;
    QList<QPair<int, int>> cellFormats;  // (fontId, numFmtId)
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt")
                numberFormats.insert(a.value(QLatin1String("numFmtId")).toInt(), a.value(QLatin1String("formatCode")).toString());
            else if (xml.name() == u"font")
                boldFonts << false;
            else if (xml.name() == u"b" && !boldFonts.isEmpty())
                boldFonts.last() = a.value(QLatin1String("val")) != u"0";
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (xml.name() == u"xf" && inCellXfs)
                cellFormats << qMakePair(a.value(QLatin1String("fontId")).toInt(), a.value(QLatin1String("numFmtId")).toInt());
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("styles.xml: ") + xml.errorString();
        return false;
    }
    for (int i = 0; i < cellFormats.size(); ++i) {
        if (boldFonts.value(cellFormats.at(i).first))
            sheet->boldStyles.insert(i);
        if (numberFormats.value(cellFormats.at(i).second) == u"yyyy-mm-dd hh:mm:ss")
            sheet->dateTimeStyles.insert(i);
    }
    return true;
}

// An Excel serial date-time (days since 1899-12-30, local time) as the window shows one.
inline QString excelDateTimeText(double serial)
{
    const QDateTime epoch(QDate(1899, 12, 30), QTime(0, 0), Qt::UTC);
    return epoch.addMSecs(qRound64(serial * 86'400'000.0)).toString(kDateTimeFormat);
}

}  // namespace Dms::Test
