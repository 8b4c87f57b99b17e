#include "ProjectBuilder.h"
#include "itemmodels/ActualsModel.h"
#include "itemmodels/ContractsModel.h"
#include "document/FieldValidator.h"
#include "itemmodels/OfferingsModel.h"
#include "document/ProjectDocument.h"
#include "itemmodels/ProvidersModel.h"
#include "itemmodels/WorkloadsModel.h"
#include "canonical/DemoPortfolio.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace hptest;

namespace {

/// One provider, one offering at 2.00 per unit, 100 units a month, 12 months: total 2,400.00.
hp::Project tinyProject()
{
    ProjectBuilder b;
    b.provider("cloud").offering("gpu", "cloud", "2.00").workload("chat", hp::WorkloadClass::StatelessApi, "100");
    b.scenario("Base", "2026-01", 12).place("chat", "2026-01", {{"gpu", "100"}});
    b.lastScenario().discountRatePct = D("0");
    return b.p;
}

hp::Decimal totalOf(const hp::Project &p)
{
    return hp::ScenarioEngine(p).evaluate(S("Base")).totals.total;
}


} // namespace

TEST(EntityModels, PassTheModelTesterOnTheDemoIncludingAddAndRemove)
{
    hp::ProjectDocument doc;
    doc.load(hp::DemoPortfolio::load());
    hp::ProvidersModel providers(&doc);
    hp::OfferingsModel offerings(&doc);
    hp::WorkloadsModel workloads(&doc);
    hp::ContractsModel contracts(&doc);
    QAbstractItemModelTester t1(&providers, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&offerings, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&workloads, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(&contracts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(providers.rowCount(), 4);
    EXPECT_EQ(offerings.rowCount(), 10);
    EXPECT_EQ(workloads.rowCount(), 4);
    EXPECT_EQ(contracts.rowCount(), 4);
    EXPECT_EQ(offerings.data(offerings.index(0, 4), Qt::DisplayRole).toString(), S("2.00"));
    EXPECT_EQ(offerings.data(offerings.index(0, 4), Qt::EditRole).toString(), S("2"));
    EXPECT_EQ(contracts.data(contracts.index(1, 6), Qt::DisplayRole).toString(), S("5,000,000,000.00"));
    EXPECT_EQ(providers.data(providers.index(0, 3), Qt::DisplayRole).toString(),
              S("10240:0.09; 51200:0.085; 153600:0.07; rest:0.05"));

    const int row = workloads.addRow();
    EXPECT_EQ(row, 4);
    EXPECT_EQ(workloads.rowCount(), 5);
    EXPECT_EQ(doc.project().workloads[4].id, S("workload_5"));
    workloads.removeRow(0);
    EXPECT_EQ(doc.project().workloads.front().id, S("agent_runtime"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    EXPECT_EQ(doc.project(), hp::DemoPortfolio::load());
    doc.undoStack()->redo();
    EXPECT_EQ(workloads.rowCount(), 5);
    doc.load(tinyProject());
    EXPECT_EQ(workloads.rowCount(), 1);
    EXPECT_FALSE(doc.undoStack()->canUndo());
}

TEST(EntityModels, PriceEditChangesTotalByTheHandComputedAmountAndUndoRestoresIt)
{
    hp::ProjectDocument doc;
    doc.load(tinyProject());
    hp::OfferingsModel offerings(&doc);
    QSignalSpy changed(&offerings, &QAbstractItemModel::dataChanged);
    EXPECT_EQ(totalOf(doc.project()).toCents(), S("2400.00"));

    // 12 months × 100 units × (3.25 − 2.00) = 1,500.00 more.
    ASSERT_TRUE(offerings.setData(offerings.index(0, 4), S("3.25"), Qt::EditRole));
    EXPECT_EQ(totalOf(doc.project()).toCents(), S("3900.00"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(doc.isModified());
    EXPECT_EQ(doc.undoStack()->undoText(), S("Set unit price of \"gpu\" to 3.25"));

    doc.undoStack()->undo();
    EXPECT_EQ(totalOf(doc.project()).toCents(), S("2400.00"));
    EXPECT_FALSE(doc.isModified());
    doc.undoStack()->redo();
    EXPECT_EQ(doc.project().offerings[0].unitPrice, D("3.25"));
}

TEST(EntityModels, ConsecutiveEditsOfOneCellMergeIntoOneUndoStep)
{
    hp::ProjectDocument doc;
    doc.load(tinyProject());
    hp::WorkloadsModel workloads(&doc);
    ASSERT_TRUE(workloads.setData(workloads.index(0, 4), S("150"), Qt::EditRole));
    ASSERT_TRUE(workloads.setData(workloads.index(0, 4), S("200"), Qt::EditRole));
    EXPECT_EQ(doc.undoStack()->count(), 1);
    // 12 × 200 × 2.00
    EXPECT_EQ(totalOf(doc.project()).toCents(), S("4800.00"));
    ASSERT_TRUE(workloads.setData(workloads.index(0, 1), S("Chat"), Qt::EditRole));
    EXPECT_EQ(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    EXPECT_EQ(doc.project(), tinyProject());
    // An edit back to the original value leaves no step behind.
    ASSERT_TRUE(workloads.setData(workloads.index(0, 4), S("300"), Qt::EditRole));
    ASSERT_TRUE(workloads.setData(workloads.index(0, 4), S("100"), Qt::EditRole));
    EXPECT_EQ(doc.undoStack()->count(), 0);
}

TEST(EntityModels, RefusedEditsChangeNothingAndSayWhy)
{
    hp::ProjectDocument doc;
    doc.load(tinyProject());
    hp::OfferingsModel offerings(&doc);
    hp::ProvidersModel providers(&doc);
    hp::ContractsModel contracts(&doc);
    EXPECT_FALSE(offerings.setData(offerings.index(0, 4), S("-1"), Qt::EditRole));
    EXPECT_EQ(offerings.lastError(), S("Unit price: “-1” refused — must not be negative"));
    // The reason is also the cell's Refusal, for the editor that committed it; other cells have none.
    EXPECT_EQ(offerings.index(0, 4).data(hp::DocumentRoles::Refusal).toString(), offerings.lastError());
    EXPECT_EQ(offerings.index(0, 3).data(hp::DocumentRoles::Refusal).toString(), QString());
    EXPECT_FALSE(offerings.setData(offerings.index(0, 6), S("2026-13"), Qt::EditRole));
    EXPECT_EQ(offerings.lastError(), S("Effective: “2026-13” refused — not a month: type YYYY-MM, e.g. 2026-03"));
    EXPECT_EQ(offerings.index(0, 4).data(hp::DocumentRoles::Refusal).toString(), QString());
    EXPECT_FALSE(providers.setData(providers.index(0, 3), S("500:0.1; 100:0.2"), Qt::EditRole));
    EXPECT_EQ(providers.lastError(), S("Egress tiers (GB:price/GB): “500:0.1; 100:0.2” refused — tiers must ascend, with rest last"));
    EXPECT_FALSE(providers.setData(providers.index(0, 2), S("cloudy"), Qt::EditRole));
    EXPECT_EQ(doc.undoStack()->count(), 0);
    ASSERT_TRUE(providers.setData(providers.index(0, 3), S("100:0.1; rest:0.05"), Qt::EditRole));
    ASSERT_EQ(doc.project().providers[0].egressTiers.size(), 2u);
    EXPECT_EQ(*doc.project().providers[0].egressTiers[0].upToGb, D("100"));
    EXPECT_FALSE(doc.project().providers[0].egressTiers[1].upToGb.has_value());
    EXPECT_EQ(offerings.data(offerings.index(0, 1), hp::DocumentRoles::Choices).toStringList(), QStringList{S("cloud")});
    EXPECT_EQ(contracts.rowCount(), 0);
}

TEST(FieldValidator, StoresWhatWasTypedOrRefusesItWithAReason)
{
    using V = hp::FieldValidator;
    using T = hp::FieldType;
    QString error;
    EXPECT_EQ(*V::parseNumber(T::Percent, u"20%", &error), D("20"));
    EXPECT_EQ(*V::parseNumber(T::Money, u"12.5", &error), D("12.5"));
    EXPECT_EQ(*V::parseNumber(T::Money, u"0.123456789", &error), D("0.123456789"));
    EXPECT_EQ(*V::parseNumber(T::SignedPercent, u"-10", &error), D("-10"));
    auto refused = [](T type, const char16_t *text) {
        QString why;
        return V::parseNumber(type, QStringView(text), &why) ? QString() : why;
    };
    EXPECT_EQ(refused(T::Percent, u"150"), S("a percentage between 0 and 100"));
    EXPECT_EQ(refused(T::Money, u"-5"), S("must not be negative"));
    EXPECT_EQ(refused(T::Money, u"1.2.3"), S("not a number (digits and one decimal point; no letters or thousands separators)"));
    EXPECT_EQ(refused(T::Money, u"12 dollars"), refused(T::Money, u"1.2.3"));
    EXPECT_EQ(refused(T::Money, u"1,000"), refused(T::Money, u"1.2.3"));
    EXPECT_EQ(refused(T::Money, u"1e5"), refused(T::Money, u"1.2.3"));
    EXPECT_EQ(refused(T::Money, u""), S("a number is required"));
    // A tenth decimal would be rounded away: refused, not rounded.
    EXPECT_EQ(refused(T::Money, u"0.1234567891"), S("at most 9 digits after the decimal point"));
    auto month = [](T type, const char16_t *text) {
        QString why;
        return V::parseMonth(type, QStringView(text), &why) ? QString() : why;
    };
    EXPECT_EQ(month(T::Month, u"2026-"), S("not a month: type YYYY-MM, e.g. 2026-03"));
    EXPECT_EQ(month(T::Month, u"2026-13"), month(T::Month, u"2026-"));
    // A day would be dropped: refused.
    EXPECT_EQ(month(T::Month, u"2026-03-15"), month(T::Month, u"2026-"));
    EXPECT_EQ(month(T::Month, u""), S("a month is required (YYYY-MM)"));
    EXPECT_EQ(month(T::OptionalMonth, u""), QString());
    EXPECT_EQ(**V::parseMonth(T::Month, u"2026-12", &error), hp::YearMonth(2026, 12));
    EXPECT_FALSE(V::parseInteger(u"1.5", &error));
    EXPECT_EQ(*V::parseInteger(u"12", &error), 12);
}

TEST(EntityModels, MergedEditsOfACellNameTheValueStoredLast)
{
    hp::ProjectDocument doc;
    doc.load(tinyProject());
    hp::OfferingsModel offerings(&doc);
    ASSERT_TRUE(offerings.setData(offerings.index(0, 4), S("1.23"), Qt::EditRole));
    ASSERT_TRUE(offerings.setData(offerings.index(0, 4), S("5"), Qt::EditRole));
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_EQ(doc.undoStack()->undoText(), S("Set unit price of \"gpu\" to 5.00"));
}

TEST(EntityModels, RenamingAnIdRenamesItsReferencesInOneUndoStep)
{
    hp::ProjectDocument doc;
    doc.load(hp::DemoPortfolio::load());
    hp::ProvidersModel providers(&doc);
    hp::OfferingsModel offerings(&doc);
    QAbstractItemModelTester tester(&offerings, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(providers.setData(providers.index(1, 0), S("aws")));
    const hp::Project &p = doc.project();
    EXPECT_EQ(p.providers[1].id, S("aws"));
    EXPECT_EQ(p.offering(S("b_trn2_inf"))->providerId, S("aws"));
    EXPECT_EQ(p.contract(S("b_alliance"))->providerId, S("aws"));
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_EQ(doc.undoStack()->undoText(), S("Rename provider cloud_b to aws"));

    ASSERT_TRUE(offerings.setData(offerings.index(2, 0), S("trn2")));
    EXPECT_EQ(doc.project().scenario(S("Pivot"))->placements[1].allocations[0].offeringId, S("trn2"));
    // The renamed project evaluates exactly as before.
    EXPECT_EQ(hp::ScenarioEngine(doc.project()).evaluate(S("Pivot")).totals.total,
              hp::ScenarioEngine(hp::DemoPortfolio::load()).evaluate(S("Pivot")).totals.total);
    EXPECT_FALSE(offerings.setData(offerings.index(2, 0), S("a_h200_inf")));
    EXPECT_EQ(offerings.lastError(), S("Id: “a_h200_inf” refused — a_h200_inf is already used"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    EXPECT_EQ(doc.project(), hp::DemoPortfolio::load());
}

/// The columns that come from the descriptors (docs/architecture.md
/// "Descriptors") refuse what their type refuses, say why, and change nothing.
TEST(EntityModels, DescribedColumnsRefuseWrongValuesWithTheirReason)
{
    hp::ProjectDocument doc;
    doc.load(tinyProject());
    hp::Project withActual = doc.project();
    withActual.actuals.push_back({S("cloud"), hp::YearMonth(2026, 1), D("10"), D("9"), S("USD")});
    doc.load(withActual);
    const hp::Project before = doc.project();
    hp::OfferingsModel offerings(&doc);
    hp::WorkloadsModel workloads(&doc);
    hp::ProvidersModel providers(&doc);
    hp::ActualsModel actuals(&doc);
    struct Typed {
        QAbstractItemModel *model;
        int column;
        const char *text;
        const char *reason;
    };
    for (const Typed &t : {Typed{&offerings, 4, "2.5x", "Unit price: “2.5x” refused"},
                           Typed{&offerings, 7, "ten", "Drift %/yr: “ten” refused"},
                           Typed{&offerings, 10, "-5", "Capacity units/month: “-5” refused — must not be negative"},
                           Typed{&offerings, 0, " ", "Id: must not be empty"},
                           Typed{&workloads, 4, "12a", "Units/month: “12a” refused"},
                           Typed{&workloads, 5, "abc", "Growth %/mo: “abc” refused"},
                           Typed{&workloads, 6, "-1", "Revenue/month: “-1” refused — must not be negative"},
                           Typed{&providers, 4, "maybe", "Exit egress waived: “maybe” refused — yes or no"},
                           Typed{&actuals, 1, "2026-13", "Month: “2026-13” refused — not a month"},
                           Typed{&actuals, 2, "1.2.3", "Billed cost: “1.2.3” refused"}}) {
        SCOPED_TRACE(t.text);
        EXPECT_FALSE(t.model->setData(t.model->index(0, t.column), S(t.text), Qt::EditRole));
        const QString refusal = t.model->index(0, t.column).data(hp::DocumentRoles::Refusal).toString();
        EXPECT_TRUE(refusal.startsWith(S(t.reason))) << refusal.toStdString();
    }
    EXPECT_EQ(doc.project(), before);
    EXPECT_EQ(doc.undoStack()->count(), 0);
}
