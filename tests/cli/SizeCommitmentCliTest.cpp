// End-to-end tests of `size-commitment` (docs/rules.md §12.2) on tests/data/cli_tiers:
// 1 000 units a month at 1.00 on cb for 12 months (12 000 list); contract edp
// commits 10 000 in one yearly year with tiers 10 000 → 5 %, 12 345 → 10 %,
// 15 000 → 20 %; contract flat has no tiers; contract nil commits 0. No
// uncertainty ranges, so every trial equals evaluate's figures.
#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace hptest;

namespace {
QJsonObject json(const CliRun &r) { return QJsonDocument::fromJson(r.out).object(); }
CliRun size(QStringList extra)
{
    QStringList args{QStringLiteral("size-commitment"), data("cli_tiers"), QStringLiteral("--json")};
    return cli(args + extra);
}
const QString kScenario = QStringLiteral("--scenario"), kContract = QStringLiteral("--contract");
} // namespace

TEST(SizeCommitmentCli, PrintsEveryCandidateAscendingAndTheBest)
{
    const CliRun r = size({kScenario, QStringLiteral("S"), kContract, QStringLiteral("edp"), QStringLiteral("--trials"),
                           QStringLiteral("5")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o.keys(), (QStringList{QStringLiteral("best"), QStringLiteral("candidates"), QStringLiteral("clause"),
                                     QStringLiteral("contract")}));
    EXPECT_EQ(o[QStringLiteral("contract")].toString(), QStringLiteral("edp"));
    EXPECT_EQ(o[QStringLiteral("clause")].toInt(), 1);
    const QJsonArray candidates = o[QStringLiteral("candidates")].toArray();
    // 0, 500, …, 20 000 (5 % steps of 10 000) and the tier 12 345: 42 candidates.
    ASSERT_EQ(candidates.size(), 42);
    double previous = -1;
    for (const QJsonValue &c : candidates) {
        const double total = c[QStringLiteral("total")].toString().toDouble();
        EXPECT_GT(total, previous);
        previous = total;
    }
    // Y = 12 345: 10 % → spend 12 000 × 90 % = 10 800, shortfall 12 345 − 10 800 = 1 545, total 12 345.
    const QJsonObject tier = candidates[25].toObject();
    EXPECT_EQ(tier[QStringLiteral("total")].toString(), QStringLiteral("12345.00"));
    EXPECT_EQ(tier[QStringLiteral("discount_pct")].toDouble(), 10.0);
    EXPECT_EQ(tier[QStringLiteral("expected_total")].toString(), QStringLiteral("12345.00"));
    EXPECT_EQ(tier[QStringLiteral("p90_total")].toString(), QStringLiteral("12345.00"));
    EXPECT_EQ(tier[QStringLiteral("p_shortfall")].toDouble(), 1.0);
    // Best: 10 000 at 5 % → spend 11 400 ≥ 10 000, no shortfall (10 500 and 11 000 tie; the smaller wins).
    const QJsonObject best = o[QStringLiteral("best")].toObject();
    EXPECT_EQ(best, candidates[20].toObject());
    EXPECT_EQ(best[QStringLiteral("total")].toString(), QStringLiteral("10000.00"));
    EXPECT_EQ(best[QStringLiteral("expected_total")].toString(), QStringLiteral("11400.00"));
    EXPECT_EQ(best[QStringLiteral("p_shortfall")].toDouble(), 0.0);
}

TEST(SizeCommitmentCli, OneAndTwoThreadsPrintTheSameBytes)
{
    const QStringList args{kScenario, QStringLiteral("S"), kContract, QStringLiteral("edp"), QStringLiteral("--trials"),
                           QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("9")};
    const CliRun one = size(args + QStringList{QStringLiteral("--threads"), QStringLiteral("1")});
    const CliRun two = size(args + QStringList{QStringLiteral("--threads"), QStringLiteral("2")});
    ASSERT_EQ(one.code, 0) << one.err.toStdString();
    EXPECT_EQ(one.out, two.out);
}

TEST(SizeCommitmentCli, RefusesWithExitTwoAndAClearMessage)
{
    struct Case {
        QStringList args;
        const char *message;
    };
    const std::vector<Case> cases{
        {{kScenario, QStringLiteral("Nope"), kContract, QStringLiteral("edp")}, "unknown scenario 'Nope'"},
        {{kScenario, QStringLiteral("S"), kContract, QStringLiteral("zz")}, "unknown contract 'zz'"},
        {{kScenario, QStringLiteral("S"), kContract, QStringLiteral("edp"), QStringLiteral("--clause"), QStringLiteral("2")},
         "contract 'edp' has no commitment clause 2 (it has 1)"},
        {{kScenario, QStringLiteral("S"), kContract, QStringLiteral("flat")}, "nothing to trade"},
        {{kScenario, QStringLiteral("S"), kContract, QStringLiteral("nil")}, "commits 0 today"},
        {{kScenario, QStringLiteral("S"), kContract, QStringLiteral("edp"), QStringLiteral("--trials"), QStringLiteral("0")},
         "--trials takes a whole number ≥ 1 (got '0')"},
        {{kScenario, QStringLiteral("S"), kContract, QStringLiteral("edp"), QStringLiteral("--clause"), QStringLiteral("x")},
         "--clause takes a whole number ≥ 1 (got 'x')"},
        {{kScenario, QStringLiteral("S"), kContract, QStringLiteral("edp"), QStringLiteral("--seed"), QStringLiteral("-1")},
         "--seed takes a whole number"},
        {{kScenario, QStringLiteral("S"), kContract, QStringLiteral("edp"), QStringLiteral("--threads"), QStringLiteral("-2")},
         "--threads takes a whole number ≥ 0 (got '-2')"},
        {{kContract, QStringLiteral("edp")}, "--scenario is required"},
        {{kScenario, QStringLiteral("S")}, "--contract is required"},
    };
    for (const Case &c : cases) {
        const CliRun r = size(c.args);
        EXPECT_EQ(r.code, 2) << c.message;
        EXPECT_TRUE(r.out.isEmpty()) << c.message;
        EXPECT_TRUE(QString::fromUtf8(r.err).contains(QString::fromUtf8(c.message))) << r.err.toStdString();
    }
}
