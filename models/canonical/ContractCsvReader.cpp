#include "canonical/CanonicalFiles.h"
#include "canonical/CanonicalReadContext.h"
#include "canonical/ContractCsvReader.h"
#include "canonical/DescribedCsv.h"

#include <map>

namespace hp {

namespace {

const QString kContractId = QStringLiteral("contract_id");

/// The contract a clause row names, or nullptr with an error on the row.
Contract *contractOf(CanonicalReadContext &ctx, CsvTable::Row &row)
{
    const QString id = row.required(kContractId);
    Contract *c = ctx.contract(id);
    if (!c && !id.isEmpty())
        row.error(kContractId, QStringLiteral("unknown contract '%1' (not in contracts.csv)").arg(id));
    return c;
}

void readContracts(CanonicalReadContext &ctx)
{
    auto t = ctx.open(QStringLiteral("contracts.csv"));
    if (!t)
        return;
    auto &contracts = ctx.project().contracts;
    for (auto &row : t->rows()) {
        Contract c;
        DescribedCsv::read(row, Contract::descriptor(), c);
        if (!c.providerId.isEmpty() && !ctx.provider(c.providerId))
            row.error(QStringLiteral("provider_id"), QStringLiteral("unknown provider '%1' (not in providers.csv)").arg(c.providerId));
        if (ctx.contract(c.id))
            row.error(QStringLiteral("id"), QStringLiteral("duplicate id '%1'").arg(c.id));
        else if (!c.id.isEmpty())
            contracts.push_back(c);
    }
    ctx.collect(*t);
}

/// The clause fields of one commitments.csv row (everything but year and amount).
CommitmentClause commitmentFields(CsvTable::Row &row)
{
    CommitmentClause fields;
    DescribedCsv::read(row, CommitmentClause::descriptor(), fields);
    return fields;
}

/// Reports every clause field of `fields` that differs from the clause's first row.
void checkAgreement(CsvTable::Row &row, const CommitmentClause &fields, const CommitmentClause &first, int firstLine)
{
    auto disagree = [&](const QString &column) {
        row.error(column, QStringLiteral("%1 differs from line %2 of the same commitment (clause fields must agree on every row)")
                              .arg(column).arg(firstLine));
    };
    if (fields.discountPct != first.discountPct)
        disagree(QStringLiteral("discount_pct"));
    if (fields.marketplaceCreditPct != first.marketplaceCreditPct)
        disagree(QStringLiteral("marketplace_credit_pct"));
    if (fields.start != first.start)
        disagree(QStringLiteral("start_month"));
    if (fields.eligibleClasses != first.eligibleClasses)
        disagree(QStringLiteral("eligible_classes"));
    if (fields.trueUp != first.trueUp)
        disagree(QStringLiteral("true_up"));
}

/// (contract id, clause number of commitments.csv) → index in the contract's commitments.
using ClauseNumbers = std::map<std::pair<QString, int>, std::size_t>;

/// One row per commitment year; the rows of a contract (and clause number, an
/// extension column defaulting to 1) form one clause whose years run 1..N.
ClauseNumbers readCommitments(CanonicalReadContext &ctx)
{
    ClauseNumbers numbers;
    auto t = ctx.open(QStringLiteral("commitments.csv"));
    if (!t)
        return numbers;
    struct Pending {
        CommitmentClause clause;
        std::map<int, std::pair<Decimal, int>> years; // year → amount, line
        int firstLine = 0;
        bool fieldsValid = true;
    };
    std::map<std::pair<QString, int>, Pending> clauses; // (contract, clause number) → rows so far
    for (auto &row : t->rows()) {
        Contract *c = contractOf(ctx, row);
        const auto year = row.integer(QStringLiteral("year"), true);
        const auto amount = row.decimal(QStringLiteral("amount"), true);
        const int clauseNumber = row.integer(QStringLiteral("clause")).value_or(1);
        const std::size_t errorsBefore = t->errors().size();
        const CommitmentClause fields = commitmentFields(row);
        const bool fieldsValid = t->errors().size() == errorsBefore;
        if (clauseNumber < 1)
            row.error(QStringLiteral("clause"), QStringLiteral("clause must be 1 or more (is %1)").arg(clauseNumber));
        if (year && *year < 1)
            row.error(QStringLiteral("year"), QStringLiteral("year must be 1 or more (is %1)").arg(*year));
        if (!c || !year || !amount || *year < 1 || clauseNumber < 1)
            continue;
        auto [it, inserted] = clauses.try_emplace({c->id, clauseNumber});
        Pending &p = it->second;
        if (inserted) {
            p.clause = fields;
            p.firstLine = row.line();
            p.fieldsValid = fieldsValid;
        } else if (fieldsValid && p.fieldsValid) {
            checkAgreement(row, fields, p.clause, p.firstLine);
        }
        if (auto dup = p.years.find(*year); dup != p.years.end()) {
            row.error(QStringLiteral("year"), QStringLiteral("year %1 of contract '%2' appears twice (first on line %3)")
                                                  .arg(*year).arg(c->id).arg(dup->second.second));
            continue;
        }
        p.years[*year] = {*amount, row.line()};
    }
    for (auto &[key, p] : clauses) {
        int expected = 1;
        for (const auto &[year, entry] : p.years) {
            if (year != expected) {
                ctx.error({t->fileName(), entry.second, t->columnNumber(QStringLiteral("year")),
                                             QStringLiteral("contract '%1': year %2 is missing from the commitment ramp (years run 1, 2, 3…)")
                                                 .arg(key.first).arg(expected),
                                             QString()});
                break;
            }
            p.clause.yearAmounts.push_back(entry.first);
            ++expected;
        }
        if (p.clause.yearAmounts.size() == p.years.size()) {
            auto &list = ctx.contract(key.first)->commitments;
            numbers[key] = list.size();
            list.push_back(p.clause);
        }
    }
    ctx.collect(*t);
    return numbers;
}

/// docs/rules.md §12.2: commitment_tiers.csv gives a commitment clause (the
/// `clause` number of commitments.csv, default 1) a discount schedule by total
/// committed. Within a clause, rows ascend strictly by min_total; discounts lie
/// in 0–100. Every refusal names file, line and column.
void readCommitmentTiers(CanonicalReadContext &ctx, const ClauseNumbers &numbers)
{
    auto t = ctx.open(QStringLiteral("commitment_tiers.csv"));
    if (!t)
        return;
    const QString minTotalColumn = QStringLiteral("min_total"), clauseColumn = QStringLiteral("clause");
    struct Previous {
        Decimal minTotal;
        int line = 0;
    };
    std::map<std::pair<QString, int>, std::map<Decimal, int>> seen; // clause → min_total → line
    std::map<std::pair<QString, int>, Previous> last;               // clause → its previous row
    for (auto &row : t->rows()) {
        Contract *c = contractOf(ctx, row);
        CommitmentTier tier;
        bool ok = DescribedCsv::read(row, CommitmentTier::descriptor(), tier) && c;
        const int clauseNumber = row.integer(clauseColumn).value_or(1);
        const auto number = numbers.find({c ? c->id : QString(), clauseNumber});
        if (c && number == numbers.end()) {
            int count = 0;
            for (const auto &[key, index] : numbers)
                count += key.first == c->id ? 1 : 0;
            row.error(clauseColumn, count == 0
                                        ? QStringLiteral("contract '%1' has no commitment clause in commitments.csv").arg(c->id)
                                        : QStringLiteral("contract '%1' has no commitment clause %2 (commitments.csv gives it %3)")
                                              .arg(c->id).arg(clauseNumber).arg(count));
            ok = false;
        }
        if (!ok)
            continue;
        const std::pair<QString, int> key{c->id, clauseNumber};
        auto &mins = seen[key];
        if (const auto dup = mins.find(tier.minTotal); dup != mins.end()) {
            row.error(minTotalColumn, QStringLiteral("min_total %1 of contract '%2' appears twice (first on line %3)")
                                          .arg(tier.minTotal.toString(), c->id).arg(dup->second));
            continue;
        }
        mins.emplace(tier.minTotal, row.line());
        if (const auto prev = last.find(key); prev != last.end() && tier.minTotal < prev->second.minTotal) {
            row.error(minTotalColumn, QStringLiteral("tiers must ascend by min_total: %1 comes after %2 (line %3)")
                                          .arg(tier.minTotal.toString(), prev->second.minTotal.toString())
                                          .arg(prev->second.line));
            continue;
        }
        last[key] = {tier.minTotal, row.line()};
        c->commitments[number->second].tiers.push_back(tier);
    }
    ctx.collect(*t);
}

// What a clause kind checks beyond its descriptor: rules that relate its
// fields. A kind without such rules needs nothing here.
template <class Clause>
void finishRow(CsvTable::Row &, Clause &)
{
}

void finishRow(CsvTable::Row &row, ExclusivityClause &ex)
{
    ex.damagesValue = ex.damagesModel == DamagesModel::PctOfRevenue ? row.percent(QStringLiteral("damages_value"))
                                                                    : row.decimal(QStringLiteral("damages_value"));
    if (ex.damagesModel == DamagesModel::FixedPerMonth && !ex.damagesValue)
        row.error(QStringLiteral("damages_value"), QStringLiteral("fixed_per_month damages need a damages_value"));
}

void finishRow(CsvTable::Row &row, ClassificationClause &cl)
{
    if (cl.covered == Coverage::Contested && row.isEmpty(QStringLiteral("p_breach_pct")))
        row.error(QStringLiteral("p_breach_pct"), QStringLiteral("a contested class needs p_breach_pct"));
    const QString settlement = QStringLiteral("settlement_amount"), covered = row.text(QStringLiteral("covered"));
    if (cl.settlementAmount && !cl.settlementAmount->isNegative() && cl.covered != Coverage::Contested
        && !covered.isEmpty()) {
        row.warning(settlement, QStringLiteral("a settlement applies to a contested class only; class %1 is '%2', "
                                               "so the settlement is kept but not used")
                                    .arg(row.text(QStringLiteral("class")), covered));
    }
}

/// `<entity>.csv` of a described clause kind, each row under its contract.
template <class Member>
void readClauses(CanonicalReadContext &ctx, Member member)
{
    using Clause = ClauseKind<Member>;
    const EntityDescriptor<Clause> &d = Clause::descriptor();
    auto t = ctx.open(QString::fromLatin1(d.entity) + QStringLiteral(".csv"));
    if (!t)
        return;
    for (auto &row : t->rows()) {
        Contract *c = contractOf(ctx, row);
        Clause clause;
        DescribedCsv::read(row, d, clause);
        finishRow(row, clause);
        if (c)
            (c->*member).push_back(clause);
    }
    ctx.collect(*t);
}

} // namespace

void ContractCsvReader::read(CanonicalReadContext &ctx)
{
    readContracts(ctx);
    const ClauseNumbers numbers = readCommitments(ctx);
    readCommitmentTiers(ctx, numbers);
    Contract::forEachClauseKind([&](auto member) { readClauses(ctx, member); });
}

} // namespace hp
