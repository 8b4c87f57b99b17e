// The LLM price-list reader (docs/rules.md §6.3) on arbitrary bytes against the demo
// project: never a crash; every reject names the file; a plan is
// applied to a copy only, and the project it was read against is unchanged.

#include "FuzzFiles.h"

#include "canonical/DemoPortfolio.h"
#include "import/PriceListReader.h"
#include "import/ImportPlan.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const hp::Project demo = hp::DemoPortfolio::load();
    const hp::Project before = demo;
    hp::ImportPlan plan;
    plan.mode = hp::ImportMode::ValidRowsOnly;
    hp::PriceListReader::read(QStringLiteral("prices.json"), hp::fuzz::bytes(data, size), {}, demo, plan);
    for (const hp::ImportError &e : plan.rejects)
        HP_FUZZ_CHECK(e.file == QStringLiteral("prices.json") && e.line >= 0);
    if (plan.canApply())
        (void)hp::applied(demo, plan);
    HP_FUZZ_CHECK(demo == before);
    return 0;
}
