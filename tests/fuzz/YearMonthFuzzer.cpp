// Month and date parsing (YYYY-MM, YYYY-MM-DD): an accepted text names a
// real month that prints back to itself; a refusal says why.

#include "FuzzFiles.h"

#include "domain/YearMonth.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(hp::fuzz::bytes(data, size));
    QString why;
    const auto m = hp::YearMonth::parse(text, &why);
    if (!m) {
        HP_FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    HP_FUZZ_CHECK(m->month() >= 1 && m->month() <= 12);
    HP_FUZZ_CHECK(hp::YearMonth::parse(m->toString()) == m);
    HP_FUZZ_CHECK(m->firstDay().isValid() && m->lastDay().isValid());
    HP_FUZZ_CHECK(hp::YearMonth::fromDate(m->lastDay()) == *m);
    return 0;
}
