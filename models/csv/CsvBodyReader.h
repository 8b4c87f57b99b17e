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

// The rows after a header are read the same way by every reader (canonical
// tables and tolerant imports) through import/CsvRowStream: blank records are
// skipped and counted; a malformed record and a ragged row are rejected with
// file, line, column and raw text, and reading goes on; an encoding or read
// error refuses the whole file (CsvBodyCounts::refused).

} // namespace hp
