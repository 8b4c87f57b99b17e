// The canonical CSV form derived from the entity descriptors
// (docs/architecture.md "Descriptors"): the columns the reader accepts are
// the columns the writer writes, cells are the exact canonical text, and a
// refused cell names its column and the field's own reason.
#include "CanonicalTestSupport.h"

#include "canonical/CanonicalFiles.h"
#include "canonical/DescribedCsv.h"
#include "canonical/EntityTable.h"
#include "canonical/DemoPortfolio.h"
#include "domain/Project.h"

#include <gtest/gtest.h>

using namespace hp;
using namespace hp::test;

namespace {

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

Offering sampleOffering()
{
    Offering o;
    o.id = S("o1");
    o.providerId = S("p1");
    o.name = S("H200 cluster");
    o.unit = S("GPU-hour");
    o.unitPrice = D("2.5");
    o.effectiveMonth = YearMonth(2027, 1);
    o.annualDriftPct = D("-3");
    o.jurisdiction = S("IN");
    o.capacityUnits = D("800");
    return o;
}

/// One data row read against the descriptor's columns; errors in `table`.
struct OneRow {
    explicit OneRow(const QByteArray &csv, const QString &file)
        : table(file, csv, CanonicalFiles::columns(file).required, CanonicalFiles::columns(file).optional)
    {
    }
    CsvTable table;

    /// Reads the one data row into `x`; false when the file has not exactly one.
    template <class T>
    bool read(T &x, bool *accepted)
    {
        int count = 0;
        for (auto &row : table.rows()) {
            *accepted = DescribedCsv::read(row, T::descriptor(), x);
            ++count;
        }
        return count == 1;
    }
};

} // namespace

TEST(DescribedCsv, TheReaderAcceptsExactlyTheColumnsTheWriterWrites)
{
    const Project demo = DemoPortfolio::load();
    for (const QString &file : CanonicalFiles::fileNames()) {
        SCOPED_TRACE(file.toStdString());
        const QString entity = file.chopped(4);
        const auto table = EntityTables::build(demo, entity);
        ASSERT_TRUE(table.has_value());
        EXPECT_EQ(table->columns, CanonicalFiles::columns(file).all());
    }
}

TEST(DescribedCsv, ColumnsOfTheRev2TablesComeFromTheirDescriptors)
{
    EXPECT_EQ(CanonicalFiles::columns(S("offerings.csv")).required,
              names({"id", "provider_id", "name", "unit", "unit_price"}));
    EXPECT_EQ(CanonicalFiles::columns(S("offerings.csv")).optional,
              names({"silicon", "effective_month", "annual_drift_pct", "region", "jurisdiction", "capacity_units"}));
    EXPECT_EQ(CanonicalFiles::columns(S("capacity.csv")).all(), names({"offering_id", "from_month", "capacity_units"}));
    EXPECT_EQ(CanonicalFiles::columns(S("commitment_tiers.csv")).required,
              names({"contract_id", "min_total", "discount_pct"}));
    EXPECT_EQ(CanonicalFiles::columns(S("commitment_tiers.csv")).optional, names({"clause"}));
    EXPECT_EQ(CanonicalFiles::columns(S("classification.csv")).optional, names({"p_breach_pct", "settlement_amount"}));
}

TEST(DescribedCsv, CellsAreTheExactCanonicalTextAndEmptyWhenNotGiven)
{
    std::vector<DescribedCsv::Cell> row;
    DescribedCsv::appendCells(row, Offering::descriptor(), sampleOffering());
    const std::vector<DescribedCsv::Cell> expected{S("o1"), S("p1"), S("H200 cluster"), S("GPU-hour"), S("2.5"),
                                                   std::nullopt, S("2027-01"), S("-3"), std::nullopt, S("IN"),
                                                   S("800")};
    EXPECT_EQ(row, expected);

    Offering unlimited = sampleOffering();
    unlimited.capacityUnits.reset(); // unlimited is empty, never 0
    row.clear();
    DescribedCsv::appendCells(row, Offering::descriptor(), unlimited);
    EXPECT_FALSE(row.back().has_value());
}

TEST(DescribedCsv, AnUncontestedClassWritesNoBreachProbability)
{
    ClassificationClause yes{WorkloadClass::StatelessApi, Coverage::Yes, Decimal(), std::nullopt};
    ClassificationClause contested{WorkloadClass::StatefulRuntime, Coverage::Contested, D("35"), D("5000000000")};
    std::vector<DescribedCsv::Cell> a, b;
    DescribedCsv::appendCells(a, ClassificationClause::descriptor(), yes);
    DescribedCsv::appendCells(b, ClassificationClause::descriptor(), contested);
    EXPECT_EQ(a, (std::vector<DescribedCsv::Cell>{S("stateless_api"), S("yes"), std::nullopt, std::nullopt}));
    EXPECT_EQ(b, (std::vector<DescribedCsv::Cell>{S("stateful_runtime"), S("contested"), S("35"), S("5000000000")}));
}

TEST(DescribedCsv, ARowReadsBackToTheSameOffering)
{
    std::vector<DescribedCsv::Cell> cells;
    DescribedCsv::appendCells(cells, Offering::descriptor(), sampleOffering());
    QStringList text;
    for (const auto &c : cells)
        text << c.value_or(QString());
    const QByteArray csv = (CanonicalFiles::columns(S("offerings.csv")).all().join(u',') + u'\n' + text.join(u',') + u'\n').toUtf8();
    OneRow in(csv, S("offerings.csv"));
    Offering read;
    bool accepted = false;
    ASSERT_TRUE(in.read(read, &accepted));
    EXPECT_TRUE(accepted);
    EXPECT_EQ(read, sampleOffering());
    EXPECT_TRUE(in.table.errors().empty());
}

TEST(DescribedCsv, ARefusedCellNamesItsColumnAndTheFieldsReason)
{
    OneRow in("id,provider_id,name,unit,unit_price,jurisdiction,capacity_units\n"
              "o1,p1,H200,GPU-hour,2.5,XX,-5\n",
              S("offerings.csv"));
    Offering read;
    bool accepted = true;
    ASSERT_TRUE(in.read(read, &accepted));
    EXPECT_FALSE(accepted);
    const ImportErrors &errors = in.table.errors();
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].line, 2);
    EXPECT_EQ(errors[0].column, 6);
    EXPECT_EQ(errors[0].reason, S("unknown jurisdiction 'XX' (an ISO 3166-1 alpha-2 code such as IN or US, or EU)"));
    EXPECT_EQ(errors[1].column, 7);
    EXPECT_EQ(errors[1].reason, S("capacity_units must not be negative (is -5)"));
    EXPECT_EQ(read.jurisdiction, S("XX")); // kept as typed, refused with its reason
}

TEST(DescribedCsv, EveryUnknownResidencyCodeIsItsOwnRefusal)
{
    OneRow in("id,name,class,unit,monthly_units,residency\nw,Chat,stateless_api,1M tokens,10,IN|QQ|ZZ\n",
              S("workloads.csv"));
    Workload w;
    bool accepted = true;
    ASSERT_TRUE(in.read(w, &accepted));
    EXPECT_FALSE(accepted);
    ASSERT_EQ(in.table.errors().size(), 2u);
    EXPECT_TRUE(in.table.errors()[0].reason.contains(S("'QQ'")));
    EXPECT_TRUE(in.table.errors()[1].reason.contains(S("'ZZ'")));
    EXPECT_EQ(w.residency, names({"IN", "QQ", "ZZ"}));
}

TEST(DescribedCsv, ATierOutsideZeroToHundredIsRefusedByItsRule)
{
    auto files = minimalFiles();
    files[S("commitments.csv")] = "contract_id,year,amount\nk,1,100\n";
    files[S("commitment_tiers.csv")] = "contract_id,min_total,discount_pct\nk,0,5\nk,50,101\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "commitment_tiers.csv", 3, 3, "discount_pct must lie in 0–100 (is 101)")) << dump(r);
}

TEST(DescribedCsv, AContractKeepsAFullStartDateAndRefusesABadEndMonthByItsColumn)
{
    OneRow in("id,name,provider_id,start_month,end_month\nk,Deal,p,2026-01-15,2028-13\n", S("contracts.csv"));
    Contract c;
    bool accepted = true;
    ASSERT_TRUE(in.read(c, &accepted));
    EXPECT_FALSE(accepted);
    EXPECT_EQ(c.start.toString(), S("2026-01"));
    EXPECT_EQ(c.startDate, QDate(2026, 1, 15));
    EXPECT_FALSE(c.endDate.has_value());
    ASSERT_EQ(in.table.errors().size(), 1u);
    EXPECT_EQ(in.table.errors()[0].column, 5);
    EXPECT_TRUE(in.table.errors()[0].reason.startsWith(S("end_month: "))) << in.table.errors()[0].reason.toStdString();
    // The same text form serves every editor: a month drops the date, a bad text changes nothing.
    const auto *start = Contract::descriptor().field(u"start_month");
    ASSERT_NE(start, nullptr);
    const auto &form = std::get<TextForm<Contract>>(start->access);
    EXPECT_EQ(form.format(c), S("2026-01-15"));
    EXPECT_TRUE(form.parse(c, S("2026-03")).isEmpty());
    EXPECT_FALSE(c.startDate.has_value());
    EXPECT_EQ(form.format(c), S("2026-03"));
    EXPECT_FALSE(form.parse(c, S("March")).isEmpty());
    EXPECT_EQ(c.start.toString(), S("2026-03"));
}

TEST(DescribedCsv, ADistributionParameterIsReadExactlyOrRefusedAsNotANumber)
{
    const auto *p2 = UncertaintyRange::descriptor().field(u"p2");
    ASSERT_NE(p2, nullptr);
    const auto &form = std::get<TextForm<UncertaintyRange>>(p2->access);
    UncertaintyRange u;
    EXPECT_TRUE(form.parse(u, S("0.1")).isEmpty());
    EXPECT_EQ(u.distribution.b, 0.1);
    EXPECT_EQ(form.format(u), S("0.1"));
    EXPECT_EQ(form.parse(u, S("ten")), S("p2: 'ten' is not a number"));
    EXPECT_EQ(form.parse(u, S("inf")), S("p2: 'inf' is not a number"));
    EXPECT_EQ(u.distribution.b, 0.1);
    EXPECT_TRUE(form.parse(u, QString()).isEmpty()); // empty: left as it is
    EXPECT_EQ(u.distribution.b, 0.1);
}
