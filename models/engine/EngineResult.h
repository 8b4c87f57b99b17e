#pragma once

#include "domain/WorkloadClass.h"
#include "domain/YearMonth.h"
#include "money/Decimal.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hp {

/// One commitment year of one clause (docs/rules.md §4.5, §10 `providers[].commitments`).
struct CommitmentYearResult {
    QString contractId;
    int clauseIndex = 0;
    int year = 1; ///< 1-based
    YearMonth firstMonth;
    YearMonth lastMonth;
    Decimal committed;          ///< reporting currency
    Decimal drawn;              ///< drawdown inside the horizon
    Decimal shortfall;          ///< the year's shortfall when it ends inside the horizon, else 0
    Decimal projectedShortfall; ///< run-rate projection when the horizon cuts the year
    bool endsInHorizon = false;
    std::vector<Decimal> drawnByMonth; ///< per horizon month (0 outside the year)
};

struct ProviderResult {
    QString id;
    QString name;
    Decimal listSpend;
    Decimal spend;
    std::vector<Decimal> monthlySpend; ///< incl. dual run, after discounts
    std::vector<CommitmentYearResult> commitments;
    /// Switching cost of moving all of the provider's placements away at month t (§4.10).
    std::vector<Decimal> exitCost;
};

struct Violation {
    QString contractId;
    QString workloadId;
    YearMonth month;
    int monthIndex = 0;
    Decimal grossExposure;
    Decimal expectedExposure;
    bool contested = false;
    /// Indices of the contract and workload in the evaluated project (the
    /// rules after ExclusivityRule look them up by these); -1: not known.
    int contractIndex = -1;
    int workloadIndex = -1;
};

struct RevenueShareResult {
    QString contractId;
    int clauseIndex = 0;
    std::vector<Decimal> due;
    std::vector<Decimal> paid;
    Decimal totalDue;
    Decimal totalPaid;
    std::optional<Decimal> capTotal; ///< reporting currency
    YearMonth sunset;
};

/// One placement change of one workload (for the switching waterfall).
struct SwitchEvent {
    QString workloadId;
    YearMonth month;
    int monthIndex = 0;
    Decimal egress;        ///< this workload's share of its providers' egress that month
    Decimal reengineering;
    Decimal dualRun;       ///< dual-run spend over the dual-run months
};

struct TerminationEvent {
    QString contractId;
    YearMonth month;
    int monthIndex = 0;
    Decimal fee;
};

/// Spend ÷ units per class and unit, per month; nullopt where no units ran.
struct UnitCostSeries {
    WorkloadClass cls = WorkloadClass::Other;
    QString unit;
    std::vector<std::optional<Decimal>> unitCost;
};

struct WorkloadRedundancy {
    QString workloadId;
    std::vector<int> providerCount; ///< providers holding ≥ 10 % of its shares, per month
};

struct ActualResult {
    QString provider;
    YearMonth month;
    Decimal billedCost;
    Decimal effectiveCost;
};

/// Actuals of one provider, month and currency that has no exchange rate:
/// left out of EngineResult::actuals, in their own currency (docs/rules.md §6.2).
struct UnconvertedActual {
    QString provider;
    YearMonth month;
    QString currency;
    Decimal billedCost;
    Decimal effectiveCost;
};

/// An offering and month whose placed units exceed its capacity (docs/rules.md §11.2).
struct CapacityShortage {
    QString offeringId;
    YearMonth month;
    int monthIndex = 0;
    Decimal placedUnits;    ///< placements plus dual run
    Decimal capacityUnits;
    Decimal servedFraction; ///< capacity ÷ placed (1e-9; the engine uses the exact ratio)
};

/// Every month of an offering whose capacity binds in some month (docs/rules.md
/// §11.2): what was placed on it, what it could serve and the fraction served,
/// also in the months without a shortage (the capacity chart draws them all).
struct CapacityProfile {
    QString offeringId;
    std::vector<Decimal> placedUnits;                  ///< per horizon month: placements plus dual run
    std::vector<std::optional<Decimal>> capacityUnits; ///< per month; nullopt: unlimited that month
    std::vector<Decimal> servedFraction;               ///< per month: capacity ÷ placed when short, else 1
};

/// Units of one workload's placement (not dual run) that an offering short of
/// capacity did not serve in one month (docs/rules.md §11.2): units × share ×
/// (placed − capacity) ÷ placed, the line's own figure.
struct UnservedUnits {
    QString workloadId;
    QString offeringId;
    int monthIndex = 0;
    Decimal units;
};

/// A share of a workload on an offering outside its residency list (§11.1).
struct ResidencyBreach {
    QString workloadId;
    YearMonth month;
    int monthIndex = 0;
    QString offeringId;
    Decimal share; ///< fraction 0..1 (for dual run: the dual-run share)
    bool dualRun = false;
};

/// A contested (contract, class) and whether settling beats litigating (§11.4).
struct DisputeResult {
    QString contractId;
    WorkloadClass cls = WorkloadClass::Other;
    Decimal pBreachPct;
    Decimal grossExposure;                  ///< Σ of its violations over the horizon (before any settlement)
    Decimal expectedExposure;
    std::optional<Decimal> settlement;      ///< reporting currency
    std::optional<Decimal> breakEvenPBreachPct;
    QString cheaper;                        ///< "settle", "litigate" or "none"
    bool settled = false;
    std::optional<YearMonth> settledMonth;
};

/// One workload of the silicon audit (§11.3).
struct SiliconAuditRow {
    QString workloadId;
    QStringList silicons;
    Decimal unitPrice;
    QString alternativeOffering; ///< empty: no alternative
    QString alternativeSilicon;
    std::optional<Decimal> alternativePrice;
    Decimal monthlyPremium;
    Decimal moveCost;
    std::optional<qint64> paybackMonths;
    std::optional<Decimal> expectedExposurePerMonth;
};

struct SiliconAudit {
    YearMonth month;
    std::vector<SiliconAuditRow> rows; ///< by monthly premium, largest first
    Decimal premiumPerMonth;
};

struct MonthlyFigures {
    std::vector<Decimal> listSpend, spend, shortfall, revenueShare, revenueShareDue, egress,
        reengineering, dualRun, termination, switching, total, grossExposure, expectedExposure,
        hhi, singleHomedShare;
    // docs/rules.md §11 (rev 2): settlement is part of total; revenue at risk is not.
    std::vector<Decimal> settlement, revenueAtRisk, riskAdjustedTotal;
};

struct TotalFigures {
    Decimal listSpend, spend, discount, shortfall, projectedShortfall, revenueShareDue,
        revenueSharePaid, capSaving, egress, reengineering, dualRun, termination, switching,
        total, npv, grossExposure, expectedExposure;
    Decimal settlement, revenueAtRisk, riskAdjustedTotal; ///< §11.4, §11.2, §11.5
};

/// Everything the deterministic engine computes for one scenario (docs/rules.md §4).
/// All values are unrounded (1e-9); round to cents only when shown.
struct EngineResult {
    QString scenario;
    QString currency;
    std::vector<YearMonth> months;
    MonthlyFigures monthly;
    TotalFigures totals;
    std::vector<ProviderResult> providers; ///< every provider, sorted by id
    std::vector<Violation> violations;     ///< sorted by month, contract, workload
    std::vector<RevenueShareResult> revenueShares;
    std::vector<SwitchEvent> switches;
    std::vector<TerminationEvent> terminations;
    std::vector<UnitCostSeries> unitCosts;
    std::vector<WorkloadRedundancy> redundancy;
    std::vector<ActualResult> actuals; ///< every imported month and provider, in the reporting currency
    std::vector<UnconvertedActual> actualsUnconverted; ///< actuals whose currency has no rate (ActualsRule)
    std::vector<CapacityShortage> capacity;           ///< sorted by month, offering (CapacityRule)
    std::vector<CapacityProfile> capacityProfiles;    ///< offerings in `capacity`, sorted by id (CapacityRule)
    std::vector<UnservedUnits> unserved;              ///< rationed placement lines, not dual run (CapacityRule)
    std::vector<ResidencyBreach> residencyBreaches;   ///< sorted by month, workload, offering, dual run
    std::vector<DisputeResult> disputes;              ///< sorted by contract, class
    SiliconAudit siliconAudit;                        ///< at the horizon's first month
};

} // namespace hp
