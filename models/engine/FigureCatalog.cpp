#include "engine/FigureCatalog.h"

#include <QtGlobal>

namespace hp {

const std::vector<MonthlySeriesInfo> &FigureCatalog::monthly()
{
    using M = MonthlyFigures;
    using U = FigureUnit;
    static const std::vector<MonthlySeriesInfo> series{
        {"list_spend", QT_TRANSLATE_NOOP("hp::Figure", "List spend"), &M::listSpend, U::Money, true},
        {"spend", QT_TRANSLATE_NOOP("hp::Figure", "Spend"), &M::spend, U::Money, true},
        {"shortfall", QT_TRANSLATE_NOOP("hp::Figure", "Shortfall"), &M::shortfall, U::Money, true},
        {"revenue_share", QT_TRANSLATE_NOOP("hp::Figure", "Revenue share paid"), &M::revenueShare, U::Money, true},
        {"revenue_share_due", QT_TRANSLATE_NOOP("hp::Figure", "Revenue share due"), &M::revenueShareDue, U::Money, false},
        {"egress", QT_TRANSLATE_NOOP("hp::Figure", "Egress"), &M::egress, U::Money, true},
        {"reengineering", QT_TRANSLATE_NOOP("hp::Figure", "Re-engineering"), &M::reengineering, U::Money, true},
        {"dual_run", QT_TRANSLATE_NOOP("hp::Figure", "Dual run"), &M::dualRun, U::Money, true},
        {"termination", QT_TRANSLATE_NOOP("hp::Figure", "Termination"), &M::termination, U::Money, true},
        {"switching", QT_TRANSLATE_NOOP("hp::Figure", "Switching"), &M::switching, U::Money, false},
        {"total", QT_TRANSLATE_NOOP("hp::Figure", "Total"), &M::total, U::Money, true},
        {"gross_exposure", QT_TRANSLATE_NOOP("hp::Figure", "Gross exposure"), &M::grossExposure, U::Money, true},
        {"expected_exposure", QT_TRANSLATE_NOOP("hp::Figure", "Expected exposure"), &M::expectedExposure, U::Money, true},
        // docs/rules.md §11 (rev 2): settlement is part of total; revenue at risk is not.
        {"settlement", QT_TRANSLATE_NOOP("hp::Figure", "Settlement"), &M::settlement, U::Money, true},
        {"revenue_at_risk", QT_TRANSLATE_NOOP("hp::Figure", "Revenue at risk"), &M::revenueAtRisk, U::Money, true},
        {"risk_adjusted_total", QT_TRANSLATE_NOOP("hp::Figure", "Risk-adjusted total"), &M::riskAdjustedTotal, U::Money, true},
        {"hhi", QT_TRANSLATE_NOOP("hp::Figure", "HHI"), &M::hhi, U::Number, true},
        {"single_homed_share", QT_TRANSLATE_NOOP("hp::Figure", "Single-homed share"), &M::singleHomedShare, U::Share, true},
    };
    return series;
}

const std::vector<TotalInfo> &FigureCatalog::totals()
{
    using T = TotalFigures;
    static const std::vector<TotalInfo> totals{
        {"list_spend", QT_TRANSLATE_NOOP("hp::Figure", "List spend"), &T::listSpend},
        {"spend", QT_TRANSLATE_NOOP("hp::Figure", "Spend"), &T::spend},
        {"discount", QT_TRANSLATE_NOOP("hp::Figure", "Discount"), &T::discount},
        {"shortfall", QT_TRANSLATE_NOOP("hp::Figure", "Shortfall"), &T::shortfall},
        {"projected_shortfall", QT_TRANSLATE_NOOP("hp::Figure", "Projected shortfall"), &T::projectedShortfall},
        {"revenue_share_due", QT_TRANSLATE_NOOP("hp::Figure", "Revenue share due"), &T::revenueShareDue},
        {"revenue_share_paid", QT_TRANSLATE_NOOP("hp::Figure", "Revenue share paid"), &T::revenueSharePaid},
        {"cap_saving", QT_TRANSLATE_NOOP("hp::Figure", "Cap saving"), &T::capSaving},
        {"egress", QT_TRANSLATE_NOOP("hp::Figure", "Egress"), &T::egress},
        {"reengineering", QT_TRANSLATE_NOOP("hp::Figure", "Re-engineering"), &T::reengineering},
        {"dual_run", QT_TRANSLATE_NOOP("hp::Figure", "Dual run"), &T::dualRun},
        {"termination", QT_TRANSLATE_NOOP("hp::Figure", "Termination"), &T::termination},
        {"switching", QT_TRANSLATE_NOOP("hp::Figure", "Switching"), &T::switching},
        {"total", QT_TRANSLATE_NOOP("hp::Figure", "Total"), &T::total},
        {"npv", QT_TRANSLATE_NOOP("hp::Figure", "NPV"), &T::npv},
        {"gross_exposure", QT_TRANSLATE_NOOP("hp::Figure", "Gross exposure"), &T::grossExposure},
        {"expected_exposure", QT_TRANSLATE_NOOP("hp::Figure", "Expected exposure"), &T::expectedExposure},
        {"settlement", QT_TRANSLATE_NOOP("hp::Figure", "Settlement"), &T::settlement},
        {"revenue_at_risk", QT_TRANSLATE_NOOP("hp::Figure", "Revenue at risk"), &T::revenueAtRisk},
        {"risk_adjusted_total", QT_TRANSLATE_NOOP("hp::Figure", "Risk-adjusted total"), &T::riskAdjustedTotal},
    };
    return totals;
}

} // namespace hp
