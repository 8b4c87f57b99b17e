#include "DisputeSentence.h"

#include "money/MoneyFormat.h"
#include "money/NumberFormat.h"

namespace hp {

QString DisputeSentence::classLabel(WorkloadClass cls)
{
    return toString(cls).replace(u'_', u' ');
}

QString DisputeSentence::percent(Decimal points, int decimals)
{
    return NumberFormat().localized(points.toString(decimals), false) + QStringLiteral(" %");
}

QString DisputeSentence::verdict(const DisputeResult &d, const QString &contract)
{
    const QString who = tr("%1, %2 (contested)").arg(contract.isEmpty() ? d.contractId : contract, classLabel(d.cls));
    // p_breach as entered (35, 12.5): the shortest exact text.
    const QString assumed = percent(d.pBreachPct, -1);
    const QString exposure = MoneyFormat::full(d.expectedExposure);
    QString sentence;
    if (!d.settlement) {
        // docs/rules.md §11.4: without a settlement amount there is nothing to compare (`none`).
        sentence = tr("%1: no settlement offered — expected exposure %2 if litigated (assumed chance of losing: %3).")
                       .arg(who, exposure, assumed);
    } else {
        const QString cost = MoneyFormat::full(*d.settlement);
        const QString verdict = d.cheaper == QLatin1String("settle") ? tr("settle") : tr("litigate");
        if (!d.breakEvenPBreachPct) {
            // Gross exposure 0: no violation in the horizon, so the break-even is not defined.
            sentence = tr("%1: %2 — settling would cost %3 against an expected exposure of %4 if litigated; "
                          "no violation in the horizon, so litigating risks nothing.")
                           .arg(who, verdict, cost, exposure);
        } else {
            const QString breakEven = percent(*d.breakEvenPBreachPct);
            // Settle when settlement < expected exposure, i.e. when p_breach > break-even (§11.4).
            sentence = d.cheaper == QLatin1String("settle")
                ? tr("%1: settle — %2 now against an expected exposure of %3 if litigated; "
                     "settling is cheaper whenever the chance of losing exceeds %4 (assumed: %5).")
                      .arg(who, cost, exposure, breakEven, assumed)
                : tr("%1: litigate — settling would cost %2 against an expected exposure of %3 if litigated; "
                     "settling would be cheaper only if the chance of losing exceeded %4 (assumed: %5).")
                      .arg(who, cost, exposure, breakEven, assumed);
        }
    }
    return sentence;
}

QString DisputeSentence::status(const DisputeResult &d)
{
    if (d.settled && d.settledMonth)
        return tr("settled in %1").arg(d.settledMonth->toString());
    return d.settlement ? tr("not settled") : QString();
}

QString DisputeSentence::of(const DisputeResult &d, const QString &contract)
{
    QString sentence = verdict(d, contract);
    if (d.settled && d.settledMonth)
        sentence += u' ' + tr("Settled in this scenario in %1.").arg(d.settledMonth->toString());
    else if (d.settlement)
        sentence += u' ' + tr("Not settled in this scenario.");
    return sentence;
}

} // namespace hp
