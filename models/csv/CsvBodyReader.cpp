#include "CsvBodyReader.h"

#include <algorithm>

namespace hp {

CsvBodyCounts CsvBodyReader::read(CsvTokenizer &tokenizer, const QString &file, qsizetype width, QChar delimiter,
                                  std::vector<CsvRecord> &records, ImportErrors &errors, const QString &encodingHint)
{
    CsvBodyCounts counts;
    CsvRecord record;
    while (tokenizer.next(record)) {
        if (const auto &e = record.error) {
            errors.push_back({file, e->line, e->column, e->reason, e->raw});
            ++counts.rejected;
            continue;
        }
        if (record.isBlank()) {
            ++counts.blank; // blank lines and lines of empty cells (`,,,`) carry nothing
            continue;
        }
        if (record.fields.size() != width) {
            const qsizetype first = std::min(record.fields.size(), width);
            errors.push_back({file, record.line, CsvRecord::columnOf(first),
                              QStringLiteral("ragged row: the row has %1 fields, the header has %2").arg(record.fields.size()).arg(width),
                              record.fields.join(delimiter)});
            ++counts.rejected;
            continue;
        }
        records.push_back(record);
        ++counts.kept;
    }
    const auto &e = tokenizer.error();
    if (!e)
        return counts;
    if (e->kind != CsvErrorKind::Syntax) {
        records.clear();
        errors.clear();
        counts = CsvBodyCounts{};
        counts.refused = true;
    } else {
        ++counts.rejected; // the record the tokenizer stopped in (an unterminated quote, an oversized record)
    }
    QString reason = e->reason;
    if (e->kind == CsvErrorKind::Encoding && !encodingHint.isEmpty())
        reason += encodingHint;
    errors.push_back({file, e->line, e->column, reason, e->raw});
    return counts;
}

} // namespace hp
