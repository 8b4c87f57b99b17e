// The canonical CSV reader on large files: every row of 20,000 per file lands
// where it belongs (hashed id look-ups; speed is measured in bench/).
#include "CanonicalTestSupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using hp::CanonicalCsvReader;
using namespace hp::test;

TEST(CanonicalCsvReaderScale, EveryRowOfLargeFilesLandsInPlace)
{
    // 20,000 offerings, workloads, contracts and placements. Look-ups by id are
    // hashed (a linear scan per row would be quadratic); the speed itself is
    // measured in bench/, this checks that every row lands where it belongs.
    const int n = 20000;
    QByteArray providers("id,name,kind\n"), offerings("id,provider_id,name,unit,unit_price\n"),
        workloads("id,name,class,unit,monthly_units\n"), contracts("id,name,provider_id,start_month,end_month\n"),
        commitments("contract_id,year,amount\n"), placements("scenario,workload_id,from_month,offering_id,share_pct\n");
    for (int i = 0; i < 100; ++i)
        providers += "p" + QByteArray::number(i) + ",P,cloud\n";
    for (int i = 0; i < n; ++i) {
        const QByteArray id = QByteArray::number(i);
        const QByteArray provider = "p" + QByteArray::number(i % 100);
        offerings += "o" + id + "," + provider + ",O,u,1.5\n";
        workloads += "w" + id + ",W,other,u,10\n";
        contracts += "k" + id + ",K," + provider + ",2026-01,2027-12\n";
        commitments += "k" + id + ",1,100\nk" + id + ",2,200\n";
        placements += "S,w" + id + ",2026-01,o" + id + ",100\n";
    }
    const Files files{{S("providers.csv"), providers}, {S("offerings.csv"), offerings}, {S("workloads.csv"), workloads},
                      {S("contracts.csv"), contracts}, {S("commitments.csv"), commitments},
                      {S("scenarios.csv"), "name,start_month,months\nS,2026-01,12\n"}, {S("placements.csv"), placements}};
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_TRUE(r.ok()) << dump(r);
    EXPECT_EQ(r.project.offerings.size(), std::size_t(n));
    EXPECT_EQ(r.project.contracts.back().commitments.at(0).yearAmounts.size(), 2u);
    EXPECT_EQ(r.project.scenarios[0].placements.size(), std::size_t(n));
}
