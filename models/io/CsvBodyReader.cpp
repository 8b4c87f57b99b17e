#include "CsvBodyReader.h"

#include <algorithm>

namespace hp {

void CsvBodyReader::read(CsvTokenizer &tokenizer, const QString &file, qsizetype width, QChar delimiter,
                         std::vector<CsvRecord> &records, ImportErrors &errors, const QString &encodingHint)
{
    CsvRecord record;
    while (tokenizer.next(record)) {
        if (record.isBlank())
            continue; // blank lines and lines of empty cells (`,,,`) carry nothing
        if (record.fields.size() != width) {
            const qsizetype first = std::min(record.fields.size(), width);
            errors.push_back({file, record.line, CsvRecord::columnOf(first),
                              QStringLiteral("ragged row: the row has %1 fields, the header has %2").arg(record.fields.size()).arg(width),
                              record.fields.join(delimiter)});
            continue;
        }
        records.push_back(record);
    }
    const auto &e = tokenizer.error();
    if (!e)
        return;
    if (e->kind != CsvErrorKind::Syntax) {
        records.clear();
        errors.clear();
    }
    QString reason = e->reason;
    if (e->kind == CsvErrorKind::Encoding && !encodingHint.isEmpty())
        reason += encodingHint;
    errors.push_back({file, e->line, e->column, reason, e->raw});
}

} // namespace hp
