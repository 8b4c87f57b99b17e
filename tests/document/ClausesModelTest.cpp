#include "ProjectBuilder.h"
#include "itemmodels/ClausesModel.h"
#include "document/ProjectDocument.h"
#include "canonical/DemoPortfolio.h"

#include <QAbstractItemModelTester>

using namespace hptest;

TEST(ClausesModel, ListsEveryClauseOfTheDemoPartnershipWithItsDates)
{
    hp::ProjectDocument doc;
    doc.load(hp::DemoPortfolio::load());
    hp::ClausesModel clauses(&doc);
    QAbstractItemModelTester tester(&clauses, QAbstractItemModelTester::FailureReportingMode::Fatal);
    clauses.setContract(S("a_partnership"));
    // revenue share, exclusivity, two classifications, licence rights, preferred provider
    ASSERT_EQ(clauses.rowCount(), 6);
    EXPECT_EQ(clauses.index(0, 0).data().toString(), S("Revenue share"));
    EXPECT_EQ(clauses.index(0, 1).data().toString(), S("2026-01"));
    EXPECT_EQ(clauses.index(0, 2).data().toString(), S("2030-12"));
    EXPECT_EQ(clauses.index(0, 3).data().toString(), S("20 % of all revenue, cap $38.00B"));
    // The exclusivity leaves its dates open: the contract's term.
    EXPECT_EQ(clauses.index(1, 1).data().toString(), S("2019-01"));
    EXPECT_EQ(clauses.index(1, 2).data().toString(), S("2032-12"));
    EXPECT_EQ(clauses.index(3, 3).data().toString(), S("stateful_runtime contested, p(breach) 35 %; settlement offer $5.00B"));
    EXPECT_EQ(clauses.kindName(4), S("Other: licence_rights"));

    clauses.setContract(S("b_alliance"));
    ASSERT_EQ(clauses.rowCount(), 1);
    // A 7-year ramp from 2026-01 ends in 2032-12.
    EXPECT_EQ(clauses.clauseSpan(0).second, M("2032-12"));
}

TEST(ClausesModel, ClauseEditsAreUndoableContractEdits)
{
    hp::ProjectDocument doc;
    doc.load(hp::DemoPortfolio::load());
    hp::ClausesModel clauses(&doc);
    QAbstractItemModelTester tester(&clauses, QAbstractItemModelTester::FailureReportingMode::Fatal);
    clauses.setContract(S("a_partnership"));
    auto share = std::get<hp::RevenueShareClause>(clauses.clause(0));
    share.ratePct = D("15");
    clauses.setClause(0, share);
    EXPECT_EQ(doc.project().contract(S("a_partnership"))->revenueShares[0].ratePct, D("15"));
    clauses.addClause(hp::DatedClause{S("egress_terms"), S("Exit egress waived"), M("2027-01"), std::nullopt, true});
    EXPECT_EQ(clauses.rowCount(), 7);
    EXPECT_EQ(clauses.index(6, 0).data().toString(), S("Egress terms"));
    clauses.removeClause(1);
    EXPECT_TRUE(doc.project().contract(S("a_partnership"))->exclusivities.empty());
    EXPECT_EQ(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    EXPECT_EQ(doc.project(), hp::DemoPortfolio::load());
    EXPECT_EQ(clauses.rowCount(), 6);
}
