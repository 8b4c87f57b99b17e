// The canonical CSV importer (every file type of docs/csv-formats.md) on a
// packed folder (FuzzFiles.h). Every error names a file and a reason; a
// folder that reads without error writes and reads back to the same project.

#include "FuzzFiles.h"

#include "canonical/CanonicalCsvReader.h"
#include "canonical/CanonicalCsvWriter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto files = hp::fuzz::unpackFiles(hp::fuzz::bytes(data, size));
    const hp::CsvReadResult r = hp::CanonicalCsvReader::readFiles(files);
    for (const auto &e : r.errors) {
        HP_FUZZ_CHECK(!e.file.isEmpty());
        HP_FUZZ_CHECK(!e.reason.isEmpty());
        HP_FUZZ_CHECK(e.line >= 0 && e.column >= 0);
    }
    if (r.ok()) {
        const hp::CsvReadResult again = hp::CanonicalCsvReader::readFiles(hp::CanonicalCsvWriter::toFiles(r.project));
        HP_FUZZ_CHECK(again.ok());
        HP_FUZZ_CHECK(again.project == r.project);
    }
    return 0;
}
