// The editors of docs/rules.md §11 (issue #18): an offering's region,
// jurisdiction, capacity and capacity schedule, a workload's residency list and
// a scenario's settle-disputes flag. Each takes the value as typed (one undo
// step), or refuses it at the cell with its reason and leaves the project as it was.
#include "ProjectBuilder.h"
#include "itemmodels/OfferingsModel.h"
#include "document/ProjectDocument.h"
#include "document/ScarcityFields.h"
#include "itemmodels/ScenarioTreeModel.h"
#include "itemmodels/WorkloadsModel.h"
#include "canonical/DemoPortfolio.h"

#include <QAbstractItemModelTester>

using namespace hptest;

namespace {

/// One provider, one offering at 2.00 per unit, 100 units and 1,000.00 of
/// revenue a month, 12 months: total 2,400.00, nothing rationed.
hp::Project tinyProject()
{
    ProjectBuilder b;
    b.provider("cloud").offering("gpu", "cloud", "2.00").workload("chat", hp::WorkloadClass::StatelessApi, "100", "1000");
    b.scenario("Base", "2026-01", 12).place("chat", "2026-01", {{"gpu", "100"}});
    b.lastScenario().discountRatePct = D("0");
    b.scenario("Child", "", 0, "Base");
    return b.p;
}

int columnTitled(const QAbstractItemModel &model, const QString &title)
{
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == title)
            return c;
    ADD_FAILURE() << "no column " << title.toStdString();
    return -1;
}

} // namespace

TEST(ScarcityFields, JurisdictionIsAnIsoCodeOrEuStoredUpperCaseOrEmpty)
{
    QString error;
    EXPECT_EQ(hp::ScarcityFields::parseJurisdiction(u" in ", &error), S("IN"));
    EXPECT_EQ(hp::ScarcityFields::parseJurisdiction(u"eu", &error), S("EU"));
    EXPECT_EQ(hp::ScarcityFields::parseJurisdiction(u"", &error), S(""));
    EXPECT_FALSE(hp::ScarcityFields::parseJurisdiction(u"XX", &error));
    EXPECT_TRUE(error.contains(S("unknown jurisdiction “XX”"))) << error.toStdString();
    EXPECT_FALSE(hp::ScarcityFields::parseJurisdiction(u"India", &error));
}

TEST(ScarcityFields, ResidencyListNamesTheUnknownCodeAndRefusesGapsAndRepeats)
{
    QString error;
    EXPECT_EQ(hp::ScarcityFields::parseResidency(u"in | eu", &error), (QStringList{S("IN"), S("EU")}));
    EXPECT_EQ(hp::ScarcityFields::parseResidency(u"IN, DE; US", &error), (QStringList{S("IN"), S("DE"), S("US")}));
    EXPECT_EQ(hp::ScarcityFields::parseResidency(u"  ", &error), QStringList());
    EXPECT_FALSE(hp::ScarcityFields::parseResidency(u"IN|XX", &error));
    EXPECT_TRUE(error.contains(S("“XX”"))) << error.toStdString();
    EXPECT_FALSE(hp::ScarcityFields::parseResidency(u"IN||EU", &error));
    EXPECT_TRUE(error.contains(S("empty code"))) << error.toStdString();
    EXPECT_FALSE(hp::ScarcityFields::parseResidency(u"IN|in", &error));
    EXPECT_TRUE(error.contains(S("IN is listed twice"))) << error.toStdString();
}

TEST(ScarcityFields, CapacityScheduleKeepsStepsAsTypedAndRefusesBadMonthsUnitsAndRepeats)
{
    QString error;
    const auto steps = hp::ScarcityFields::parseCapacitySchedule(u"2027-07: 1200.5; 2027-01=0", &error);
    ASSERT_TRUE(steps) << error.toStdString();
    ASSERT_EQ(steps->size(), 2u);
    EXPECT_EQ((*steps)[0].from, hp::YearMonth(2027, 7));
    EXPECT_EQ((*steps)[0].units, D("1200.5"));
    EXPECT_EQ((*steps)[1].from, hp::YearMonth(2027, 1));
    EXPECT_EQ((*steps)[1].units, D("0")); // capacity 0 is allowed: nothing is served
    EXPECT_EQ(hp::ScarcityFields::capacityScheduleText(*steps), S("2027-07: 1200.5; 2027-01: 0"));
    EXPECT_TRUE(hp::ScarcityFields::parseCapacitySchedule(u"", &error)->empty());

    EXPECT_FALSE(hp::ScarcityFields::parseCapacitySchedule(u"2027-1: 800", &error));
    EXPECT_TRUE(error.contains(S("not a month"))) << error.toStdString();
    EXPECT_FALSE(hp::ScarcityFields::parseCapacitySchedule(u"2027-01: -5", &error));
    EXPECT_TRUE(error.contains(S("must not be negative"))) << error.toStdString();
    EXPECT_FALSE(hp::ScarcityFields::parseCapacitySchedule(u"2027-01: 1,200", &error));
    EXPECT_FALSE(hp::ScarcityFields::parseCapacitySchedule(u"2027-01 800", &error));
    EXPECT_TRUE(error.contains(S("YYYY-MM: units"))) << error.toStdString();
    EXPECT_FALSE(hp::ScarcityFields::parseCapacitySchedule(u"2027-01: 800; 2027-01: 900", &error));
    EXPECT_TRUE(error.contains(S("two steps from 2027-01"))) << error.toStdString();
}

TEST(ScarcityEditing, OfferingColumnsTakeRegionJurisdictionAndCapacityAndTheEngineRationsByThem)
{
    hp::ProjectDocument doc;
    doc.load(tinyProject());
    hp::OfferingsModel offerings(&doc);
    QAbstractItemModelTester tester(&offerings, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int region = columnTitled(offerings, S("Region"));
    const int jurisdiction = columnTitled(offerings, S("Jurisdiction"));
    const int capacity = columnTitled(offerings, S("Capacity units/month"));
    const int schedule = columnTitled(offerings, S("Capacity schedule"));

    ASSERT_TRUE(offerings.setData(offerings.index(0, region), S("ap-south-1"), Qt::EditRole));
    ASSERT_TRUE(offerings.setData(offerings.index(0, jurisdiction), S("in"), Qt::EditRole));
    EXPECT_EQ(doc.project().offerings[0].region, S("ap-south-1"));
    EXPECT_EQ(doc.project().offerings[0].jurisdiction, S("IN"));

    // Capacity 50 of 100 placed units: half is served, bought and charged:
    // 12 × 50 × 2.00 = 1,200.00; revenue at risk 12 × 1,000.00 × 50/100 = 6,000.00.
    EXPECT_EQ(offerings.index(0, capacity).data(Qt::EditRole).toString(), S("")); // not given: unlimited, not 0
    ASSERT_TRUE(offerings.setData(offerings.index(0, capacity), S("50"), Qt::EditRole));
    hp::EngineResult r = hp::ScenarioEngine(doc.project()).evaluate(S("Base"));
    EXPECT_EQ(r.totals.total.toCents(), S("1200.00"));
    EXPECT_EQ(r.totals.revenueAtRisk.toCents(), S("6000.00"));

    // From 2026-07 the schedule lifts the limit to 100: 6 × 100 + 6 × 200 = 1,800.00; at risk 6 × 500 = 3,000.00.
    ASSERT_TRUE(offerings.setData(offerings.index(0, schedule), S("2026-07: 100"), Qt::EditRole));
    EXPECT_EQ(offerings.index(0, schedule).data(Qt::DisplayRole).toString(), S("2026-07: 100"));
    r = hp::ScenarioEngine(doc.project()).evaluate(S("Base"));
    EXPECT_EQ(r.totals.total.toCents(), S("1800.00"));
    EXPECT_EQ(r.totals.revenueAtRisk.toCents(), S("3000.00"));

    // Refused edits keep the cell and the project, and say why at the cell.
    const hp::Project before = doc.project();
    const int steps = doc.undoStack()->count();
    EXPECT_FALSE(offerings.setData(offerings.index(0, jurisdiction), S("XX"), Qt::EditRole));
    EXPECT_TRUE(offerings.index(0, jurisdiction).data(hp::DocumentRoles::Refusal).toString().contains(S("unknown jurisdiction")));
    EXPECT_FALSE(offerings.setData(offerings.index(0, capacity), S("-5"), Qt::EditRole));
    EXPECT_TRUE(offerings.index(0, capacity).data(hp::DocumentRoles::Refusal).toString().contains(S("must not be negative")));
    EXPECT_FALSE(offerings.setData(offerings.index(0, schedule), S("2026-07: 100; 2026-07: 5"), Qt::EditRole));
    EXPECT_EQ(doc.project(), before);
    EXPECT_EQ(doc.undoStack()->count(), steps);

    // Emptying the capacity makes it unlimited again (not 0); each edit is one undo step.
    ASSERT_TRUE(offerings.setData(offerings.index(0, capacity), S(""), Qt::EditRole));
    EXPECT_FALSE(doc.project().offerings[0].capacityUnits.has_value());
    doc.undoStack()->undo();
    EXPECT_EQ(doc.project().offerings[0].capacityUnits, D("50"));
}

TEST(ScarcityEditing, WorkloadResidencyIsAListOfCodesAndABreachIsReportedNotCharged)
{
    hp::ProjectDocument doc;
    doc.load(tinyProject());
    hp::OfferingsModel offerings(&doc);
    hp::WorkloadsModel workloads(&doc);
    QAbstractItemModelTester tester(&workloads, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int residency = columnTitled(workloads, S("Residency"));
    ASSERT_TRUE(offerings.setData(offerings.index(0, columnTitled(offerings, S("Jurisdiction"))), S("US"), Qt::EditRole));
    ASSERT_TRUE(workloads.setData(workloads.index(0, residency), S("in | eu"), Qt::EditRole));
    EXPECT_EQ(doc.project().workloads[0].residency, (QStringList{S("IN"), S("EU")}));
    EXPECT_EQ(workloads.index(0, residency).data(Qt::DisplayRole).toString(), S("IN|EU"));
    const hp::EngineResult r = hp::ScenarioEngine(doc.project()).evaluate(S("Base"));
    EXPECT_EQ(r.residencyBreaches.size(), 12u); // 100 % on a US offering in each of the 12 months
    EXPECT_EQ(r.totals.total.toCents(), S("2400.00"));

    const hp::Project before = doc.project();
    EXPECT_FALSE(workloads.setData(workloads.index(0, residency), S("IN|XX"), Qt::EditRole));
    EXPECT_TRUE(workloads.index(0, residency).data(hp::DocumentRoles::Refusal).toString().contains(S("“XX”")));
    EXPECT_EQ(doc.project(), before);
}

TEST(ScarcityEditing, SettleDisputesIsInheritedLikeTheDiscountRateAndRefusesOtherWords)
{
    hp::ProjectDocument doc;
    doc.load(tinyProject());
    hp::ScenarioTreeModel tree(&doc);
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex base = tree.indexOf(S("Base"), hp::ScenarioTreeModel::SettleDisputes);
    const QModelIndex child = tree.indexOf(S("Child"), hp::ScenarioTreeModel::SettleDisputes);
    EXPECT_EQ(tree.headerData(hp::ScenarioTreeModel::SettleDisputes, Qt::Horizontal, Qt::DisplayRole).toString(), S("Settle disputes"));
    EXPECT_EQ(base.data().toString(), S("no (default)"));
    EXPECT_EQ(base.data(hp::DocumentRoles::Choices).toStringList(), (QStringList{S("yes"), S("no")}));

    ASSERT_TRUE(tree.setData(base, S("yes")));
    EXPECT_EQ(doc.project().scenario(S("Base"))->settleDisputes, std::optional<bool>(true));
    EXPECT_EQ(child.data().toString(), S("yes (from Base)"));
    EXPECT_FALSE(child.data(hp::DocumentRoles::Overridden).toBool());
    ASSERT_TRUE(tree.setData(child, S("no")));
    EXPECT_EQ(doc.project().scenario(S("Child"))->settleDisputes, std::optional<bool>(false));
    EXPECT_EQ(child.data().toString(), S("no"));

    const hp::Project before = doc.project();
    EXPECT_FALSE(tree.setData(child, S("maybe")));
    EXPECT_TRUE(child.data(hp::DocumentRoles::Refusal).toString().contains(S("yes, no, or empty to inherit")));
    EXPECT_EQ(doc.project(), before);

    ASSERT_TRUE(tree.setData(child, S(""))); // reverts to the inherited value
    EXPECT_FALSE(doc.project().scenario(S("Child"))->settleDisputes.has_value());
    EXPECT_EQ(child.data().toString(), S("yes (from Base)"));
}

TEST(ScarcityEditing, TheDemoShowsItsRegionsResidencyAndSettledChild)
{
    hp::ProjectDocument doc;
    doc.load(hp::DemoPortfolio::load());
    hp::OfferingsModel offerings(&doc);
    hp::WorkloadsModel workloads(&doc);
    hp::ScenarioTreeModel tree(&doc);
    QAbstractItemModelTester t1(&offerings, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&workloads, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int withJurisdiction = 0;
    for (int r = 0; r < offerings.rowCount(); ++r)
        withJurisdiction += offerings.index(r, columnTitled(offerings, S("Jurisdiction"))).data().toString().isEmpty() ? 0 : 1;
    EXPECT_EQ(withJurisdiction, offerings.rowCount());
    int withResidency = 0;
    for (int r = 0; r < workloads.rowCount(); ++r)
        withResidency += workloads.index(r, columnTitled(workloads, S("Residency"))).data().toString().isEmpty() ? 0 : 1;
    EXPECT_EQ(withResidency, 1);
    EXPECT_EQ(tree.indexOf(S("Pivot, settled"), hp::ScenarioTreeModel::SettleDisputes).data().toString(), S("yes"));
}
