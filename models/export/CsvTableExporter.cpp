#include "CsvTableExporter.h"

#include "csv/CsvWriter.h"
#include "export/ExportFile.h"
#include "report/ResultCellText.h"

namespace hp {

QString CsvTableExporter::protectText(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return QLatin1Char('\'') + text;
    return text;
}

QByteArray CsvTableExporter::toCsv(const ResultTable &table)
{
    QStringList header;
    for (const ResultColumn &c : table.columns)
        header << protectText(c.header);
    QByteArray out = CsvWriter::line(header, true);
    for (const auto &row : table.rows) {
        QStringList fields;
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            const ResultCell &cell = ResultCellText::cellAt(row, i);
            const QString text = ResultCellText::plain(cell, table.columns[i].format);
            fields << (std::holds_alternative<QString>(cell) ? protectText(text) : text);
        }
        out += CsvWriter::line(fields, true);
    }
    return out;
}

bool CsvTableExporter::write(const ResultTable &table, const QString &path, QString *error)
{
    return ExportFile::writeBytes(path, toCsv(table), error);
}

} // namespace hp
