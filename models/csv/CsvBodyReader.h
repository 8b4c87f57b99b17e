#pragma once

#include "csv/CsvTokenizer.h"
#include "csv/ImportError.h"

#include <vector>

namespace hp {

/// What became of the records after a header (docs/rules.md §6.1 rev 2: every
/// record is accounted for). `kept + rejected` are the data records read;
/// `blank` the blank lines (and lines of empty cells) skipped. `refused` is
/// set when the whole file was refused (encoding or read error): then no
/// record is kept and the counts are 0.
struct CsvBodyCounts {
    int kept = 0;
    int rejected = 0;
    int blank = 0;
    bool refused = false;
    int records() const { return kept + rejected; }
};

/// The rows after a CSV file's header, read the same way by every reader
/// (canonical tables and tolerant imports): blank records are skipped and
/// counted; a malformed record (CsvRecord::error) and a row whose width
/// differs from the header's (ragged: column of the first missing or extra
/// field) are rejected with file, line, column and raw text, and reading goes
/// on with the next record. An unterminated quote that runs to the end of the
/// file is one rejected record. When the tokenizer stops for another reason
/// than syntax (the bytes are not valid in the encoding, the device cannot be
/// read) the whole file is refused: every record and error in `records` and
/// `errors` (the caller's too) is dropped and one error says why.
class CsvBodyReader {
public:
    /// `encodingHint` is appended to the reason of an encoding error.
    static CsvBodyCounts read(CsvTokenizer &tokenizer, const QString &file, qsizetype width, QChar delimiter,
                              std::vector<CsvRecord> &records, ImportErrors &errors, const QString &encodingHint = {});
};

} // namespace hp
