// A CSV table with typed cells: every column of the file's header is read as
// each type the importers use (money, percentage, month, whole number, Monte
// Carlo real, yes/no). Every error names the file, a line and a reason;
// whatever parses prints back to the same value; nothing crashes. The table
// streams (issue 16): the rows handed out are the records kept, in file order,
// once; a file refused as a whole hands out none.

#include "FuzzFiles.h"

#include "csv/CsvTable.h"

#include <algorithm>
#include <cmath>

namespace {

/// The header's column names (the first non-blank record), as CsvTable matches them.
QStringList headerNames(const QByteArray &input)
{
    hp::CsvTokenizer tokenizer(input);
    hp::CsvRecord record;
    while (tokenizer.next(record)) {
        if (record.isBlank())
            continue;
        QStringList names;
        for (const QString &f : record.fields)
            names << f.trimmed().toLower();
        return names;
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = hp::fuzz::bytes(data, size);
    const QStringList columns = headerNames(input);
    // The first column is required, so a missing or empty cell is reported too.
    // Read as the canonical reader reads a file (streamed: one row at a time, none kept).
    hp::CsvTable table(QStringLiteral("cells.csv"), input, columns.mid(0, 1), columns.mid(1));
    int rows = 0;
    int lastLine = 0;
    for (auto &row : table.rows()) {
        ++rows;
        HP_FUZZ_CHECK(row.line() > lastLine); // in file order, each record once
        lastLine = row.line();
        HP_FUZZ_CHECK(table.counts().kept == rows);
        for (const QString &column : columns) {
            (void)row.required(column);
            if (auto d = row.decimal(column))
                HP_FUZZ_CHECK(hp::Decimal::parse(d->toString()) == d);
            if (auto p = row.percent(column))
                HP_FUZZ_CHECK(p->percentToFraction().abs() <= p->abs());
            if (auto m = row.month(column))
                HP_FUZZ_CHECK(hp::YearMonth::parse(m->toString()) == m);
            (void)row.integer(column);
            if (auto r = row.real(column))
                HP_FUZZ_CHECK(std::isfinite(*r));
            (void)row.boolean(column);
        }
    }
    // Every record is accounted for: header + kept + rejected + blank = records (docs/rules.md §6.1 rev 2).
    const int records = hp::fuzz::recordCount(input, {});
    const hp::CsvBodyCounts &counts = table.counts();
    const bool headerBroken = std::any_of(table.errors().begin(), table.errors().end(), [](const hp::ImportError &e) {
        return e.reason.contains(QStringLiteral("header row is malformed"));
    });
    if (records > counts.blank && !counts.refused && !headerBroken)
        HP_FUZZ_CHECK(1 + counts.kept + counts.rejected + counts.blank == records);
    // Every row kept was handed out; a refused file (not UTF-8) hands out none at all,
    // not even the rows before its bad byte.
    HP_FUZZ_CHECK(counts.kept == rows);
    if (counts.refused)
        HP_FUZZ_CHECK(rows == 0 && table.errors().size() == 1);
    int secondPass = 0;
    for (auto &row : table.rows()) // read once: a second pass yields nothing
        secondPass += row.line();
    HP_FUZZ_CHECK(secondPass == 0);
    for (const auto &e : table.errors()) {
        HP_FUZZ_CHECK(e.file == QStringLiteral("cells.csv"));
        HP_FUZZ_CHECK(e.line >= 1 && e.column >= 0);
        HP_FUZZ_CHECK(!e.reason.isEmpty());
        (void)e.toString();
    }
    return 0;
}
