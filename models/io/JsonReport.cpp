#include "JsonReport.h"

namespace hp {

QJsonValue JsonReport::number(Decimal value)
{
    // Integers stay exact integers in JSON; fractions go through the exact text.
    if (value.fractionDigits() == 0 && value.abs() < Decimal::fromInt(1'000'000'000'000LL))
        return static_cast<qint64>(value.raw() / Decimal::kScale);
    return value.toString().toDouble();
}

QJsonArray JsonReport::moneySeries(const std::vector<Decimal> &values)
{
    QJsonArray a;
    for (Decimal v : values)
        a.append(money(v));
    return a;
}

QJsonArray JsonReport::numberSeries(const std::vector<Decimal> &values)
{
    QJsonArray a;
    for (Decimal v : values)
        a.append(number(v));
    return a;
}

QJsonObject JsonReport::evaluation(const EngineResult &r)
{
    QJsonObject o;
    o[QStringLiteral("scenario")] = r.scenario;
    o[QStringLiteral("currency")] = r.currency;
    QJsonArray months;
    for (YearMonth m : r.months)
        months.append(m.toString());
    o[QStringLiteral("months")] = months;

    const MonthlyFigures &m = r.monthly;
    QJsonObject monthly;
    const std::pair<const char *, const std::vector<Decimal> *> moneyRows[] = {
        {"list_spend", &m.listSpend}, {"spend", &m.spend}, {"shortfall", &m.shortfall}, {"revenue_share", &m.revenueShare},
        {"egress", &m.egress}, {"reengineering", &m.reengineering}, {"dual_run", &m.dualRun},
        {"termination", &m.termination}, {"total", &m.total}, {"gross_exposure", &m.grossExposure},
        {"expected_exposure", &m.expectedExposure}};
    for (const auto &[key, series] : moneyRows)
        monthly[QString::fromLatin1(key)] = moneySeries(*series);
    monthly[QStringLiteral("hhi")] = numberSeries(m.hhi);
    monthly[QStringLiteral("single_homed_share")] = numberSeries(m.singleHomedShare);
    o[QStringLiteral("monthly")] = monthly;

    const TotalFigures &t = r.totals;
    QJsonObject totals;
    const std::pair<const char *, Decimal> totalRows[] = {
        {"list_spend", t.listSpend}, {"spend", t.spend}, {"discount", t.discount}, {"shortfall", t.shortfall},
        {"projected_shortfall", t.projectedShortfall}, {"revenue_share_due", t.revenueShareDue},
        {"revenue_share_paid", t.revenueSharePaid}, {"cap_saving", t.capSaving}, {"egress", t.egress},
        {"reengineering", t.reengineering}, {"dual_run", t.dualRun}, {"termination", t.termination},
        {"switching", t.switching}, {"total", t.total}, {"npv", t.npv}, {"gross_exposure", t.grossExposure},
        {"expected_exposure", t.expectedExposure}};
    for (const auto &[key, value] : totalRows)
        totals[QString::fromLatin1(key)] = money(value);
    o[QStringLiteral("totals")] = totals;

    QJsonArray providers;
    for (const ProviderResult &p : r.providers) {
        QJsonObject po;
        po[QStringLiteral("id")] = p.id;
        po[QStringLiteral("name")] = p.name;
        po[QStringLiteral("spend")] = money(p.spend);
        QJsonArray commitments;
        for (const CommitmentYearResult &c : p.commitments) {
            QJsonObject co;
            co[QStringLiteral("contract")] = c.contractId;
            co[QStringLiteral("year")] = c.year;
            co[QStringLiteral("committed")] = money(c.committed);
            co[QStringLiteral("drawn")] = money(c.drawn);
            co[QStringLiteral("shortfall")] = money(c.shortfall);
            co[QStringLiteral("projected_shortfall")] = money(c.projectedShortfall);
            commitments.append(co);
        }
        po[QStringLiteral("commitments")] = commitments;
        po[QStringLiteral("exit_cost")] = moneySeries(p.exitCost);
        providers.append(po);
    }
    o[QStringLiteral("providers")] = providers;

    QJsonArray violations;
    for (const Violation &v : r.violations) {
        QJsonObject vo;
        vo[QStringLiteral("contract")] = v.contractId;
        vo[QStringLiteral("workload")] = v.workloadId;
        vo[QStringLiteral("month")] = v.month.toString();
        vo[QStringLiteral("gross_exposure")] = money(v.grossExposure);
        vo[QStringLiteral("expected_exposure")] = money(v.expectedExposure);
        violations.append(vo);
    }
    o[QStringLiteral("violations")] = violations;

    QJsonArray actuals;
    for (const ActualResult &a : r.actuals) {
        QJsonObject ao;
        ao[QStringLiteral("provider")] = a.provider;
        ao[QStringLiteral("month")] = a.month.toString();
        ao[QStringLiteral("billed_cost")] = money(a.billedCost);
        ao[QStringLiteral("effective_cost")] = money(a.effectiveCost);
        actuals.append(ao);
    }
    o[QStringLiteral("actuals")] = actuals;
    o[QStringLiteral("actuals_unconverted")] = unconvertedActuals(r);
    return o;
}

QJsonArray JsonReport::unconvertedActuals(const EngineResult &r)
{
    QJsonArray out;
    for (const UnconvertedActual &a : r.actualsUnconverted)
        out.append(QJsonObject{{QStringLiteral("provider"), a.provider},
                               {QStringLiteral("month"), a.month.toString()},
                               {QStringLiteral("currency"), a.currency},
                               {QStringLiteral("billed_cost"), money(a.billedCost)},
                               {QStringLiteral("effective_cost"), money(a.effectiveCost)}});
    return out;
}

QJsonArray JsonReport::table(const EntityTable &table)
{
    QJsonArray rows;
    for (const auto &row : table.rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const auto &cell = row[std::size_t(i)];
            QJsonValue v = QJsonValue::Null;
            if (cell) {
                switch (table.kinds[std::size_t(i)]) {
                case CellKind::Money: v = money(Decimal::fromString(*cell)); break;
                case CellKind::Percent:
                case CellKind::Number:
                case CellKind::Integer: v = number(Decimal::fromString(*cell)); break;
                case CellKind::Bool: v = *cell == u"true"; break;
                case CellKind::Text:
                case CellKind::Month: v = *cell; break;
                }
            }
            o[table.columns[i]] = v;
        }
        rows.append(o);
    }
    return rows;
}

} // namespace hp
