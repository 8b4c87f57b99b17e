#pragma once

#include "csv/ImportDialect.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace hp {

/// What the detector found, with everything it could not decide alone.
struct DialectGuess {
    ImportDialect dialect;
    /// The file is not valid UTF-8: `dialect.encoding` stays UTF-8 (so reading
    /// refuses the file as a whole) until the user chooses an 8-bit encoding;
    /// `suggestedEncoding` is the one the wizard preselects.
    bool encodingNeedsChoice = false;
    std::optional<TextEncoding> suggestedEncoding;
    /// Slash dates were seen whose day and month are both ≤ 12 and nothing in
    /// the sample decides the order: the default (m/d/y) applies and must be shown.
    bool dateOrderAmbiguous = false;
    /// Human-readable findings, one a line ("delimiter ';' (9 of 9 lines have 4)").
    QStringList notes;
};

/// Sniffs the dialect of a CSV file from its first 64 KiB (docs/rules.md §6.1):
/// delimiter among `,` `;` tab `|` (the one that splits most lines into the
/// same number of fields), header row (no cell of the first row is a number
/// or a date), encoding (UTF-8 BOM, UTF-8, else an explicit choice), decimal
/// comma (amounts like `1.234,56` or `3,5` and none like `1,234.56`, and a
/// delimiter other than the comma: with a comma it is only noted) and the
/// order of slash dates (a first part above 12 means d/m/y, a second part
/// above 12 m/d/y).
class DialectDetector {
public:
    static constexpr qsizetype kSampleBytes = 64 * 1024;
    static DialectGuess detect(const QByteArray &bytes);
};

} // namespace hp
