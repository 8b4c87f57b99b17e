#pragma once

#include "domain/ClassificationClause.h"
#include "domain/CommitmentClause.h"
#include "domain/DatedClause.h"
#include "domain/ExclusivityClause.h"
#include "domain/RevenueShareClause.h"
#include "domain/YearMonth.h"
#include "money/Decimal.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace hp {

struct Contract {
    QString id;
    QString name;
    QString providerId; ///< the counterparty
    YearMonth start;
    YearMonth end;
    std::optional<QDate> startDate; ///< kept when imported with full dates
    std::optional<QDate> endDate;
    int noticeMonths = 0;
    Decimal terminationFee; ///< contract currency
    QString currency = QStringLiteral("USD");

    std::vector<CommitmentClause> commitments;
    std::vector<RevenueShareClause> revenueShares;
    std::vector<ExclusivityClause> exclusivities;
    std::vector<ClassificationClause> classifications;
    std::vector<DatedClause> datedClauses;

    // Contract-register fields (docs/rules.md §6.1), kept verbatim.
    std::optional<WorkloadClass> primaryClass;
    QString exclusivityScope;
    QString notes;

    bool inForce(YearMonth m) const { return start <= m && m <= end; }
    /// Its own fields (not the clauses) for every format (docs/architecture.md "Descriptors").
    static const EntityDescriptor<Contract> &descriptor();
    friend bool operator==(const Contract &, const Contract &) = default;

    /// The described clause kinds, in the order of their canonical files
    /// (docs/architecture.md "How to add a clause kind"): `f(&Contract::xs)`
    /// for each. The canonical files and EntityTables, the canonical reader
    /// and the project file's reader and writer iterate this list; the
    /// type's descriptor says the rest. The commitment (a row per year, its
    /// classes and tiers) is written out by hand.
    template <class F>
    static void forEachClauseKind(F &&f)
    {
        f(&Contract::revenueShares);
        f(&Contract::exclusivities);
        f(&Contract::classifications);
        f(&Contract::datedClauses);
    }
};

/// The clause type of a member `&Contract::xs` of forEachClauseKind.
template <class Member>
struct ClauseKindOf;
template <class T>
struct ClauseKindOf<std::vector<T> Contract::*> {
    using type = T;
};
template <class Member>
using ClauseKind = typename ClauseKindOf<Member>::type;

} // namespace hp
