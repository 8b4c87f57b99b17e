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
    friend bool operator==(const Contract &, const Contract &) = default;
};

} // namespace hp
