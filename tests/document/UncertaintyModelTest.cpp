#include "ProjectBuilder.h"
#include "itemmodels/UncertaintyModel.h"

#include <QAbstractItemModelTester>

using namespace hptest;

TEST(UncertaintyModel, EditsAScenariosOwnRangesAsUndoSteps)
{
    ProjectBuilder b;
    b.provider("cloud").offering("gpu", "cloud", "2").workload("chat", hp::WorkloadClass::StatelessApi, "100");
    b.scenario("Base", "2026-01", 12).place("chat", "2026-01", {{"gpu", "100"}});
    hp::ProjectDocument doc;
    doc.load(b.p);
    hp::UncertaintyModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setScenario(S("Base"));
    EXPECT_EQ(model.rowCount(), 0);
    model.addRange();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, hp::UncertaintyModel::Distribution).data().toString(), S("triangular"));
    ASSERT_TRUE(model.setData(model.index(0, hp::UncertaintyModel::Input), S("price_drift")));
    ASSERT_TRUE(model.setData(model.index(0, hp::UncertaintyModel::Target), S("gpu")));
    ASSERT_TRUE(model.setData(model.index(0, hp::UncertaintyModel::A), S("-12")));
    ASSERT_TRUE(model.setData(model.index(0, hp::UncertaintyModel::B), S("-8")));
    ASSERT_TRUE(model.setData(model.index(0, hp::UncertaintyModel::C), S("-2.5")));
    EXPECT_FALSE(model.setData(model.index(0, hp::UncertaintyModel::Distribution), S("gaussian")));
    EXPECT_EQ(model.lastError(), S("Distribution: “gaussian” refused — one of fixed, uniform, triangular, normal, bernoulli"));
    const hp::UncertaintyRange &r = doc.project().scenarios[0].uncertainties.at(0);
    EXPECT_EQ(r.input, hp::UncertainInput::PriceDrift);
    EXPECT_EQ(r.target, S("gpu"));
    EXPECT_EQ(r.distribution.a, -12.0);
    EXPECT_EQ(r.distribution.c, -2.5);
    EXPECT_EQ(doc.undoStack()->count(), 6);
    model.removeRange(0);
    EXPECT_EQ(model.rowCount(), 0);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    EXPECT_EQ(doc.project(), b.p);
}
