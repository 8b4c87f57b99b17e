// The FOCUS importer (docs/rules.md §6.2) on arbitrary bytes against the demo
// project: never a crash; every reject names the file and a line; every
// record is accounted for (header + rows read + blank lines = records, one
// rejected row per rejected line: docs/rules.md §6.1 rev 2); a plan is applied
// to a copy only, and the project it was read against is unchanged.

#include "FuzzFiles.h"

#include "canonical/DemoPortfolio.h"
#include "csv/DialectDetector.h"
#include "import/FocusImporter.h"
#include "import/ImportPlan.h"

#include <set>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const hp::Project demo = hp::DemoPortfolio::load();
    const hp::Project before = demo;
    hp::ImportPlan plan;
    plan.mode = hp::ImportMode::ValidRowsOnly;
    hp::ImportSettings settings;
    settings.mode = hp::ImportMode::ValidRowsOnly;
    hp::FocusImporter::read(QStringLiteral("focus.csv"), hp::fuzz::bytes(data, size), settings, demo, plan);
    std::set<int> rejectedLines;
    for (const hp::ImportError &e : plan.rejects) {
        HP_FUZZ_CHECK(e.file == QStringLiteral("focus.csv") && e.line >= 0);
        rejectedLines.insert(e.line);
    }
    HP_FUZZ_CHECK(plan.rowsAccepted >= 0 && plan.rowsAccepted <= plan.rowsRead);
    if (plan.refusedFiles.isEmpty()) {
        const QByteArray input = hp::fuzz::bytes(data, size);
        const hp::ImportDialect d = hp::DialectDetector::detect(input).dialect;
        const int records = hp::fuzz::recordCount(hp::TextEncodings::toUtf8(input, d.encoding), d.csv);
        const int header = d.hasHeader && records > plan.blankLines ? 1 : 0;
        HP_FUZZ_CHECK(header + plan.rowsRead + plan.blankLines == records);
        HP_FUZZ_CHECK(int(rejectedLines.size()) == plan.rowsRejected());
    }
    if (plan.canApply())
        (void)hp::applied(demo, plan);
    HP_FUZZ_CHECK(demo == before);
    return 0;
}
