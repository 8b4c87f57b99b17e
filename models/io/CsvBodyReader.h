#pragma once

#include "io/CsvTokenizer.h"
#include "io/ImportError.h"

#include <vector>

namespace hp {

/// The rows after a CSV file's header, read the same way by every reader
/// (canonical tables and tolerant imports): blank records are skipped, a row
/// whose width differs from the header's is reported as ragged (file, line,
/// column of the first missing or extra field, raw text) and left out. A
/// tokenizer error is recorded; when it is not a syntax error (the bytes are
/// not valid in the encoding, the device cannot be read) the whole file is
/// refused: the records and errors read so far are dropped (DOMAIN.md §6.1).
class CsvBodyReader {
public:
    /// `encodingHint` is appended to the reason of an encoding error.
    static void read(CsvTokenizer &tokenizer, const QString &file, qsizetype width, QChar delimiter,
                     std::vector<CsvRecord> &records, ImportErrors &errors, const QString &encodingHint = {});
};

} // namespace hp
