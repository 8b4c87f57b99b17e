// The typed tabular view of a project (used by the CSV writer and `show --json`).
#include "CanonicalTestSupport.h"

#include "canonical/CanonicalFiles.h"
#include "canonical/DemoPortfolio.h"
#include "canonical/EntityTable.h"

#include <gtest/gtest.h>

using hp::CellKind;
using hp::EntityTables;
using namespace hp::test;

namespace {
using Row = std::vector<std::optional<QString>>;

std::optional<QString> cell(const hp::EntityTable &t, std::size_t row, const char *column)
{
    const qsizetype c = t.columns.indexOf(QString::fromLatin1(column));
    EXPECT_GE(c, 0) << column;
    return c < 0 ? std::nullopt : t.rows.at(row).at(std::size_t(c));
}
} // namespace

TEST(EntityTables, ListsEveryCanonicalFileThenTheRegister)
{
    EXPECT_EQ(EntityTables::entities(),
              (QStringList{S("project"), S("exchange_rates"), S("providers"), S("egress"), S("offerings"), S("capacity"),
                           S("workloads"),
                           S("contracts"), S("commitments"), S("commitment_tiers"), S("revenue_share"), S("exclusivity"), S("classification"),
                           S("other_clauses"), S("scenarios"), S("placements"), S("uncertainty"), S("actuals"),
                           S("register")}));
    EXPECT_FALSE(EntityTables::build(hp::Project(), S("nothing")));
    EXPECT_FALSE(EntityTables::build(hp::Project(), S("Providers"))); // entity names are exact
}

TEST(EntityTables, FileTablesHaveTheCanonicalColumnsRequiredFirst)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    for (const QString &entity : EntityTables::entities()) {
        const auto t = EntityTables::build(demo, entity);
        ASSERT_TRUE(t) << entity.toStdString();
        EXPECT_EQ(t->entity, entity);
        ASSERT_EQ(t->kinds.size(), std::size_t(t->columns.size())) << entity.toStdString();
        for (const Row &row : t->rows)
            ASSERT_EQ(row.size(), std::size_t(t->columns.size())) << entity.toStdString();
        if (entity != u"register") {
            EXPECT_EQ(t->columns, hp::CanonicalFiles::columns(entity + S(".csv")).all()) << entity.toStdString();
        }
    }
}

TEST(EntityTables, CellsHoldCanonicalTextAndNullForEmptyOptionals)
{
    hp::Project p;
    p.offerings.push_back({S("o"), S("a"), S("H200"), S("1M tokens"), D("1234.50"), QString(), std::nullopt, D("20")});
    p.offerings.push_back({S("p"), S("a"), S("T2"), S("1M tokens"), D("0.000000001"), S("Trainium2"), hp::YearMonth(2026, 1),
                           D("-0.5"), S("us-east-1"), S("US"), D("0"), {{hp::YearMonth(2026, 7), D("12.5")}}});
    const auto t = EntityTables::build(p, S("offerings"));
    ASSERT_TRUE(t);
    EXPECT_EQ(t->columns, (QStringList{S("id"), S("provider_id"), S("name"), S("unit"), S("unit_price"), S("silicon"),
                                       S("effective_month"), S("annual_drift_pct"), S("region"), S("jurisdiction"),
                                       S("capacity_units")}));
    EXPECT_EQ(t->kinds, (std::vector<CellKind>{CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Money,
                                               CellKind::Text, CellKind::Month, CellKind::Percent, CellKind::Text, CellKind::Text,
                                               CellKind::Number}));
    EXPECT_EQ(t->rows[0], (Row{S("o"), S("a"), S("H200"), S("1M tokens"), S("1234.5"), std::nullopt, std::nullopt, S("20"),
                               std::nullopt, std::nullopt, std::nullopt}));
    EXPECT_EQ(t->rows[1], (Row{S("p"), S("a"), S("T2"), S("1M tokens"), S("0.000000001"), S("Trainium2"), S("2026-01"), S("-0.5"),
                               S("us-east-1"), S("US"), S("0")}));
    // capacity.csv: one row per scheduled capacity (§11.2).
    const auto capacity = EntityTables::build(p, S("capacity"));
    ASSERT_TRUE(capacity);
    ASSERT_EQ(capacity->rows.size(), 1u);
    EXPECT_EQ(capacity->rows[0], (Row{S("p"), S("2026-07"), S("12.5")}));
}

TEST(EntityTables, RegisterSummarisesEachContract)
{
    hp::Project p;
    p.providers.push_back({S("cloud_b"), S("Cloud B"), hp::ProviderKind::Cloud, {}, false});
    hp::Contract k;
    k.id = S("b_alliance");
    k.providerId = S("cloud_b");
    k.start = hp::YearMonth(2026, 1);
    k.startDate = QDate(2026, 1, 15);
    k.end = hp::YearMonth(2028, 2); // no kept date: the last day of February 2028, a leap year
    k.currency = S("EUR");
    hp::CommitmentClause first;
    first.yearAmounts = {D("100.10"), D("200")};
    first.discountPct = D("12");
    hp::CommitmentClause second;
    second.yearAmounts = {D("49.9")};
    second.discountPct = D("3");
    k.commitments = {first, second};
    hp::RevenueShareClause rs;
    rs.ratePct = D("20");
    rs.capTotal = D("38000000000");
    hp::RevenueShareClause later;
    later.ratePct = D("5");
    k.revenueShares = {rs, later};
    k.exclusivityScope = S("stateless APIs");
    k.primaryClass = hp::WorkloadClass::StatefulRuntime;
    p.contracts.push_back(k);
    hp::Contract bare;
    bare.id = S("orphan");
    bare.providerId = S("ghost");
    bare.start = hp::YearMonth(2026, 3);
    bare.end = hp::YearMonth(2026, 4);
    bare.endDate = QDate(2026, 4, 10);
    p.contracts.push_back(bare);

    const auto t = EntityTables::build(p, S("register"));
    ASSERT_TRUE(t);
    EXPECT_EQ(t->columns, (QStringList{S("contract_id"), S("vendor"), S("counterparty_type"), S("start_date"), S("end_date"),
                                       S("commitment_total"), S("currency"), S("discount_pct"), S("revenue_share_pct"),
                                       S("revenue_share_cap"), S("exclusivity_scope"), S("workload_class"), S("notes")}));
    EXPECT_EQ(t->kinds[5], CellKind::Money);
    EXPECT_EQ(t->kinds[7], CellKind::Percent);
    ASSERT_EQ(t->rows.size(), 2u);
    // commitment_total = 100.10 + 200 + 49.9 = 350 (every year of every clause)
    EXPECT_EQ(t->rows[0], (Row{S("b_alliance"), S("Cloud B"), S("cloud"), S("2026-01-15"), S("2028-02-29"), S("350"), S("EUR"),
                               S("12"), S("20"), S("38000000000"), S("stateless APIs"), S("stateful_runtime"), std::nullopt}));
    // Unknown provider: its id stands as the vendor, the type is unknown; no clauses: zero total, empty fields.
    EXPECT_EQ(t->rows[1], (Row{S("orphan"), S("ghost"), std::nullopt, S("2026-03-01"), S("2026-04-10"), S("0"), S("USD"),
                               std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt}));
}

TEST(EntityTables, PlacementsHaveOneRowPerAllocation)
{
    hp::Project p;
    hp::Scenario s;
    s.name = S("Hedge 60/40");
    s.placements = {{S("w"), hp::YearMonth(2027, 1), {{S("a"), D("60")}, {S("b"), D("40")}}, 3}};
    p.scenarios.push_back(s);
    const auto t = EntityTables::build(p, S("placements"));
    ASSERT_TRUE(t);
    ASSERT_EQ(t->rows.size(), 2u);
    EXPECT_EQ(t->rows[1], (Row{S("Hedge 60/40"), S("w"), S("2027-01"), S("b"), S("40"), S("3")}));
    EXPECT_EQ(cell(*t, 0, "share_pct"), S("60"));
}
