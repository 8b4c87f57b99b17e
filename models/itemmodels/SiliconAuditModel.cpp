#include "SiliconAuditModel.h"

#include "money/MoneyFormat.h"

namespace hp {

namespace {

const ScenarioEvaluation *find(const ScenarioResults &results, const QString &scenario)
{
    if (results.all)
        for (const ScenarioEvaluation &e : *results.all)
            if (e.scenario == scenario)
                return &e;
    if (results.primary.scenario == scenario)
        return &results.primary;
    if (results.compare && results.compare->scenario == scenario)
        return &*results.compare;
    return nullptr;
}

QString optionalMoney(const std::optional<Decimal> &value)
{
    return value ? MoneyFormat::full(*value) : QStringLiteral("—");
}

} // namespace

SiliconAuditModel::SiliconAuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SiliconAuditModel::setScenario(const QString &scenario)
{
    if (scenario == m_scenario)
        return;
    beginResetModel();
    m_scenario = scenario;
    m_audit = {};
    m_error.clear();
    m_known = false;
    endResetModel();
}

bool SiliconAuditModel::setResults(const ScenarioResults &results)
{
    const ScenarioEvaluation *e = m_scenario.isEmpty() ? nullptr : find(results, m_scenario);
    if (!e)
        return false;
    beginResetModel();
    m_known = true;
    m_error = e->error;
    m_audit = e->result ? e->result->siliconAudit : SiliconAudit{};
    m_currency = e->result ? e->result->currency : results.currency;
    endResetModel();
    return true;
}

QString SiliconAuditModel::summary() const
{
    if (m_scenario.isEmpty())
        return tr("No scenario to audit.");
    if (!m_known)
        return tr("Computing the silicon audit of %1…").arg(m_scenario);
    if (!m_error.isEmpty())
        return tr("%1 cannot be evaluated: %2").arg(m_scenario, m_error);
    if (m_audit.rows.empty())
        return tr("%1 places no workload at %2: nothing to audit.").arg(m_scenario, m_audit.month.toString());
    qsizetype paying = 0;
    for (const SiliconAuditRow &row : m_audit.rows)
        if (row.monthlyPremium.isPositive())
            ++paying;
    if (paying == 0)
        return tr("No silicon premium at %1 in %2: no workload pays more than the cheapest offering on other silicon.")
            .arg(m_audit.month.toString(), m_scenario);
    return tr("Paying %1 a month in silicon premium at %2 in %3, on %4 of %5 workloads, over the cheapest offering on other silicon.")
        .arg(MoneyFormat::full(m_audit.premiumPerMonth), m_audit.month.toString(), m_scenario, QString::number(paying),
             QString::number(m_audit.rows.size()));
}

QString SiliconAuditModel::total() const
{
    if (!m_known || !m_error.isEmpty())
        return {};
    const QString amount = MoneyFormat::full(m_audit.premiumPerMonth);
    return m_currency.isEmpty() ? tr("Silicon premium per month: %1").arg(amount)
                                : tr("Silicon premium per month: %1 %2").arg(amount, m_currency);
}

int SiliconAuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_audit.rows.size());
}

int SiliconAuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SiliconAuditModel::display(const SiliconAuditRow &row, int column) const
{
    const bool alternative = !row.alternativeOffering.isEmpty();
    switch (column) {
    case WorkloadColumn:
        return row.workloadId;
    case SiliconColumn:
        return row.silicons.join(QStringLiteral(", "));
    case UnitPriceColumn:
        return MoneyFormat::full(row.unitPrice);
    case AlternativeColumn:
        if (!alternative)
            return tr("none");
        // Two lines (the page is narrow next to the dashboard); the tooltip has it on one.
        return row.alternativeSilicon.isEmpty() ? row.alternativeOffering
                                                : tr("%1\n(%2)").arg(row.alternativeOffering, row.alternativeSilicon);
    case AlternativePriceColumn:
        return optionalMoney(row.alternativePrice);
    case PremiumColumn:
        return MoneyFormat::full(row.monthlyPremium);
    case MoveCostColumn:
        return MoneyFormat::full(row.moveCost);
    case PaybackColumn:
        // docs/rules.md §11.3: null without an alternative ("—") or without a premium ("never").
        if (!row.paybackMonths)
            return alternative ? tr("never") : QStringLiteral("—");
        return *row.paybackMonths == 1 ? tr("1 month") : tr("%1 months").arg(*row.paybackMonths);
    case ExposureColumn:
        return optionalMoney(row.expectedExposurePerMonth);
    default:
        return {};
    }
}

QVariant SiliconAuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SiliconAuditRow &row = m_audit.rows[std::size_t(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole)
        return display(row, column);
    if (role == Qt::TextAlignmentRole && column >= UnitPriceColumn && column != AlternativeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case UnitPriceColumn:
            return tr("List price per unit at %1, weighted by the placement's shares").arg(m_audit.month.toString());
        case PremiumColumn:
            return tr("(unit price − alternative price) × units at %1, never below 0").arg(m_audit.month.toString());
        case MoveCostColumn:
            return tr("Re-engineering of the whole workload plus egress of its stored data from each provider it leaves");
        case PaybackColumn:
            return tr("Move cost ÷ premium per month, rounded up");
        case ExposureColumn:
            return tr("Expected exclusivity exposure per month of placing the whole workload on the alternative");
        case AlternativeColumn:
            return display(row, column).replace(u'\n', u' ');
        default:
            return display(row, column);
        }
    }
    return {};
}

QVariant SiliconAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Two lines, the currency on the second: the page is narrow next to the dashboard.
    const auto money = [this](const QString &title) -> QString {
        if (m_currency.isEmpty())
            return title.trimmed();
        return title + (title.endsWith(u'\n') ? QString() : QStringLiteral(" ")) + QStringLiteral("(%1)").arg(m_currency);
    };
    switch (section) {
    case WorkloadColumn:
        return tr("Workload");
    case SiliconColumn:
        return tr("Silicon");
    case UnitPriceColumn:
        return money(tr("Unit price\n"));
    case AlternativeColumn:
        return tr("Cheapest\nalternative");
    case AlternativePriceColumn:
        return money(tr("Alternative\nprice"));
    case PremiumColumn:
        return money(tr("Premium\n/ month"));
    case MoveCostColumn:
        return money(tr("Move cost\n"));
    case PaybackColumn:
        return tr("Payback");
    case ExposureColumn:
        return money(tr("Exposure if\nmoved / month\n"));
    default:
        return {};
    }
}

} // namespace hp
