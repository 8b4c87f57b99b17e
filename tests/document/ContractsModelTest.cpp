// The contracts table (itemmodels/ContractsModel): its start and end are
// edited as months, and a full date a contract was imported with
// (docs/rules.md §6.1) never outlives a change of its month.
#include "ProjectBuilder.h"
#include "canonical/DemoPortfolio.h"
#include "canonical/EntityTable.h"
#include "document/ProjectDocument.h"
#include "itemmodels/ContractsModel.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace hptest;

TEST(ContractsModel, EditingAMonthKeepsAnImportedDateInThatMonthAndDropsItOtherwise)
{
    hp::Project p = hp::DemoPortfolio::load();
    ASSERT_FALSE(p.contracts.empty());
    p.contracts[0].start = hp::YearMonth::fromDate(QDate(2026, 1, 15));
    p.contracts[0].startDate = QDate(2026, 1, 15);
    p.contracts[0].end = hp::YearMonth::fromDate(QDate(2028, 12, 20));
    p.contracts[0].endDate = QDate(2028, 12, 20);
    hp::ProjectDocument doc;
    doc.load(p);
    hp::ContractsModel contracts(&doc);
    QAbstractItemModelTester tester(&contracts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int start = 3, end = 4;
    ASSERT_EQ(contracts.headerData(start, Qt::Horizontal, Qt::DisplayRole).toString(), S("Start"));
    ASSERT_EQ(contracts.headerData(end, Qt::Horizontal, Qt::DisplayRole).toString(), S("End"));

    // The same month: the date stays, and the canonical file still writes it.
    EXPECT_TRUE(contracts.setData(contracts.index(0, start), S("2026-01"), Qt::EditRole));
    EXPECT_EQ(doc.project().contracts[0].startDate, QDate(2026, 1, 15));

    // Another month: the month is stored and the old date dropped (no file
    // would otherwise show 2026-01-15 for a contract starting in March).
    EXPECT_TRUE(contracts.setData(contracts.index(0, start), S("2026-03"), Qt::EditRole));
    EXPECT_EQ(doc.project().contracts[0].start.toString(), S("2026-03"));
    EXPECT_FALSE(doc.project().contracts[0].startDate.has_value());
    EXPECT_EQ(doc.project().contracts[0].endDate, QDate(2028, 12, 20));
    const auto table = hp::EntityTables::build(doc.project(), S("contracts"));
    ASSERT_TRUE(table.has_value());
    const qsizetype column = table->columns.indexOf(S("start_month"));
    ASSERT_GE(column, 0);
    EXPECT_EQ(table->rows[0][std::size_t(column)], std::optional<QString>(S("2026-03")));

    // A refused month changes nothing; undo brings the date back.
    EXPECT_FALSE(contracts.setData(contracts.index(0, end), S("2028-13"), Qt::EditRole));
    EXPECT_EQ(doc.project().contracts[0].endDate, QDate(2028, 12, 20));
    doc.undoStack()->undo();
    EXPECT_EQ(doc.project().contracts[0].startDate, QDate(2026, 1, 15));
    EXPECT_EQ(doc.project().contracts[0].start.toString(), S("2026-01"));
}

TEST(ContractsModel, WrongValuesInItsColumnsAreRefusedWithTheirReasonAndChangeNothing)
{
    hp::ProjectDocument doc;
    doc.load(hp::DemoPortfolio::load());
    const hp::Project before = doc.project();
    hp::ContractsModel contracts(&doc);
    struct Typed {
        int column;
        const char *text;
        const char *reason;
    };
    for (const Typed &t : {Typed{0, " ", "Id: must not be empty"}, Typed{1, "", "Name: must not be empty"},
                           Typed{3, "2026-13", "Start: “2026-13” refused — not a month"},
                           Typed{4, "soon", "End: “soon” refused — not a month"},
                           Typed{5, "three", "Notice (months): “three” refused"},
                           Typed{6, "1.2.3", "Termination fee: “1.2.3” refused"},
                           Typed{6, "-5", "Termination fee: “-5” refused — must not be negative"}}) {
        SCOPED_TRACE(t.text);
        EXPECT_FALSE(contracts.setData(contracts.index(0, t.column), S(t.text), Qt::EditRole));
        const QString refusal = contracts.index(0, t.column).data(hp::DocumentRoles::Refusal).toString();
        EXPECT_TRUE(refusal.startsWith(S(t.reason))) << refusal.toStdString();
    }
    EXPECT_EQ(doc.project(), before);
    EXPECT_EQ(doc.undoStack()->count(), 0);
}
