#include "DashboardModel.h"

#include "document/DisputeSentence.h"
#include "engine/ScenarioComparison.h"
#include "money/MoneyFormat.h"

#include <QColor>
#include <QCoreApplication>

#include <map>
#include <set>

namespace hp {

namespace {

struct MoneyFigure {
    const char *label;
    Decimal TotalFigures::*field;
    bool higherIsBetter = false;
};
constexpr MoneyFigure kMoneyFigures[] = {
    {QT_TRANSLATE_NOOP("hp::DashboardModel", "Total cost"), &TotalFigures::total},
    {QT_TRANSLATE_NOOP("hp::DashboardModel", "NPV"), &TotalFigures::npv},
    {QT_TRANSLATE_NOOP("hp::DashboardModel", "Discount earned"), &TotalFigures::discount, true},
    {QT_TRANSLATE_NOOP("hp::DashboardModel", "Shortfall charged"), &TotalFigures::shortfall},
    {QT_TRANSLATE_NOOP("hp::DashboardModel", "Shortfall projected"), &TotalFigures::projectedShortfall},
    {QT_TRANSLATE_NOOP("hp::DashboardModel", "Revenue share paid"), &TotalFigures::revenueSharePaid},
    {QT_TRANSLATE_NOOP("hp::DashboardModel", "Revenue share cap saving"), &TotalFigures::capSaving, true},
    {QT_TRANSLATE_NOOP("hp::DashboardModel", "Switching cost"), &TotalFigures::switching},
    {QT_TRANSLATE_NOOP("hp::DashboardModel", "Gross exposure"), &TotalFigures::grossExposure},
    {QT_TRANSLATE_NOOP("hp::DashboardModel", "Expected exposure"), &TotalFigures::expectedExposure},
    // docs/rules.md §11: settling is part of total; revenue at risk is not; the
    // risk-adjusted total (total + expected exposure + revenue at risk) is the
    // figure on which settling, rationing and litigating compare fairly.
    {QT_TRANSLATE_NOOP("hp::DashboardModel", "Dispute settlements"), &TotalFigures::settlement},
    {QT_TRANSLATE_NOOP("hp::DashboardModel", "Revenue at risk (rationing)"), &TotalFigures::revenueAtRisk},
    {QT_TRANSLATE_NOOP("hp::DashboardModel", "Risk-adjusted total"), &TotalFigures::riskAdjustedTotal},
};

Decimal mean(const std::vector<Decimal> &values)
{
    Decimal sum;
    for (Decimal v : values)
        sum += v;
    return values.empty() ? Decimal() : sum / Decimal::fromInt(qint64(values.size()));
}

/// Label → value of the scenario's unit cost per class and unit (mean over months with units).
std::map<QString, Decimal> unitCosts(const EngineResult &r)
{
    std::map<QString, Decimal> out;
    for (const UnitCostSeries &s : r.unitCosts) {
        std::vector<Decimal> defined;
        for (const auto &v : s.unitCost)
            if (v)
                defined.push_back(*v);
        if (!defined.empty())
            out[QCoreApplication::translate("hp::DashboardModel", "Unit cost, %1 (per %2)").arg(toString(s.cls), s.unit)] = mean(defined);
    }
    return out;
}

const EngineResult *resultOf(const std::optional<ScenarioEvaluation> &e)
{
    return e && e->result ? &*e->result : nullptr;
}

} // namespace

DashboardModel::DashboardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DashboardModel::setResults(const ScenarioResults &results)
{
    beginResetModel();
    m_rows.clear();
    m_violating.clear();
    m_primaryName = results.primary.scenario;
    m_compareName = results.compare ? results.compare->scenario : QString();
    m_error = results.primary.error;
    m_compareError = results.compare ? results.compare->error : QString();
    const EngineResult *a = results.primary.result ? &*results.primary.result : nullptr;
    const EngineResult *b = resultOf(results.compare);
    m_currency = a ? a->currency : b ? b->currency : QString();
    auto add = [this](const QString &label, Kind kind, auto get, const EngineResult *x, const EngineResult *y, bool better = false) {
        Row row{label, kind, {}, {}, better};
        if (x)
            row.primary = get(*x);
        if (y)
            row.compare = get(*y);
        m_rows.push_back(row);
    };
    if (a || b) {
        for (const MoneyFigure &f : kMoneyFigures)
            add(tr(f.label), Kind::Money, [&f](const EngineResult &r) { return r.totals.*f.field; }, a, b, f.higherIsBetter);
        add(tr("Violating workloads"), Kind::Count,
            [](const EngineResult &r) {
                std::set<QString> ids;
                for (const Violation &v : r.violations)
                    ids.insert(v.workloadId);
                return Decimal::fromInt(qint64(ids.size()));
            },
            a, b);
        // docs/rules.md §11.1: one breach per workload, month and offering (and
        // dual run), as the engine lists them; a count, never a cost.
        add(tr("Residency breaches"), Kind::Count,
            [](const EngineResult &r) { return Decimal::fromInt(qint64(r.residencyBreaches.size())); }, a, b);
        add(tr("HHI (average)"), Kind::Index, [](const EngineResult &r) { return mean(r.monthly.hhi); }, a, b);
        add(tr("Single-homed share (average)"), Kind::Share,
            [](const EngineResult &r) { return mean(r.monthly.singleHomedShare); }, a, b);
        std::map<QString, std::pair<std::optional<Decimal>, std::optional<Decimal>>> units;
        if (a)
            for (const auto &[label, v] : unitCosts(*a))
                units[label].first = v;
        if (b)
            for (const auto &[label, v] : unitCosts(*b))
                units[label].second = v;
        for (const auto &[label, v] : units)
            m_rows.push_back({label, Kind::Money, v.first, v.second, false});
    }
    auto violators = [](const EngineResult *r) {
        std::set<QString> ids;
        if (r)
            for (const Violation &v : r->violations)
                ids.insert(v.workloadId);
        return QStringList(ids.begin(), ids.end());
    };
    m_violating = violators(a);
    m_compareViolating = violators(b);
    m_disputeResults = a ? a->disputes : std::vector<DisputeResult>();
    m_compareDisputeResults = b ? b->disputes : std::vector<DisputeResult>();
    m_payback = a && b ? ScenarioComparison::compare(*a, *b).paybackSentence() : QString();
    endResetModel();
}

QString DashboardModel::exclusivitySummary(bool compare) const
{
    const QString &name = compare ? m_compareName : m_primaryName;
    const QString &error = compare ? m_compareError : m_error;
    const QStringList &ids = compare ? m_compareViolating : m_violating;
    if (!error.isEmpty())
        return tr("%1 cannot be evaluated, so its exclusivity violations are not known: %2").arg(name, error);
    return ids.isEmpty() ? tr("%1: no workload violates an exclusivity.").arg(name)
                         : tr("%1 — violating an exclusivity: %2").arg(name, ids.join(QStringLiteral(", ")));
}

QStringList DashboardModel::disputeSentences(bool compare) const
{
    QStringList out;
    for (const DisputeResult &d : compare ? m_compareDisputeResults : m_disputeResults)
        out << DisputeSentence::of(d, m_contractNames.value(d.contractId));
    return out;
}

QString DashboardModel::disputeSummary() const
{
    const bool two = !m_compareName.isEmpty();
    auto same = [](const DisputeResult &x, const DisputeResult &y) { return x.contractId == y.contractId && x.cls == y.cls; };
    QStringList paragraphs;
    std::vector<bool> told(m_compareDisputeResults.size(), false);
    for (const DisputeResult &d : m_disputeResults) {
        const QString name = m_contractNames.value(d.contractId);
        if (!two) {
            paragraphs << DisputeSentence::of(d, name);
            continue;
        }
        QString text = tr("%1: %2").arg(m_primaryName, DisputeSentence::of(d, name));
        for (std::size_t i = 0; i < m_compareDisputeResults.size(); ++i) {
            const DisputeResult &e = m_compareDisputeResults[i];
            if (told[i] || !same(d, e))
                continue;
            told[i] = true;
            const QString verdict = DisputeSentence::verdict(d, name);
            if (verdict == DisputeSentence::verdict(e, name)) {
                // Both see it alike: the verdict once, then whether each scenario settles it.
                const QString a = DisputeSentence::status(d), b = DisputeSentence::status(e);
                text = a.isEmpty() && b.isEmpty() ? verdict
                                                  : verdict + u' ' + tr("%1: %2; %3: %4.").arg(m_primaryName, a, m_compareName, b);
            } else {
                text += u'\n' + tr("%1: %2").arg(m_compareName, DisputeSentence::of(e, name));
            }
            break;
        }
        paragraphs << text;
    }
    for (std::size_t i = 0; i < m_compareDisputeResults.size(); ++i)
        if (!told[i])
            paragraphs << tr("%1: %2").arg(m_compareName,
                                           DisputeSentence::of(m_compareDisputeResults[i], m_contractNames.value(m_compareDisputeResults[i].contractId)));
    return paragraphs.join(u'\n');
}

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DashboardModel::format(Kind kind, const std::optional<Decimal> &value) const
{
    if (!value)
        return {};
    switch (kind) {
    case Kind::Money:
        return MoneyFormat::display(*value, m_style, m_currency);
    case Kind::Index:
        return value->toString(0);
    case Kind::Share:
        return value->fractionToPercent().toString(1) + QStringLiteral(" %");
    case Kind::Count:
        return value->toString(0);
    }
    return {};
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const std::optional<Decimal> delta =
        row.primary && row.compare ? std::optional<Decimal>(*row.compare - *row.primary) : std::nullopt;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Figure:
            return row.label;
        case Primary:
            return format(row.kind, row.primary);
        case Compare:
            return format(row.kind, row.compare);
        case Delta:
            return delta ? (delta->isPositive() ? QStringLiteral("+") : QString()) + format(row.kind, delta) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Figure)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Delta && delta && !delta->isZero())
        return delta->isPositive() == row.higherIsBetter ? QColor(0x00, 0x7A, 0x3D) : QColor(0xB0, 0x00, 0x20);
    if (role == Qt::ToolTipRole && index.column() == Figure)
        return row.label;
    if (role == Qt::ToolTipRole && row.kind == Kind::Money) { // the exact figure behind a compact one
        const std::optional<Decimal> &v = index.column() == Primary ? row.primary : index.column() == Compare ? row.compare : delta;
        if (v)
            return MoneyFormat::exactWithCurrency(*v, m_currency);
    }
    return {};
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Figure:
        // Not "(USD)" over HHI and percentages: compact money carries its symbol, exact money says its currency here.
        return m_currency.isEmpty() || m_style == MoneyStyle::Compact ? tr("Figure") : tr("Figure (money in %1)").arg(m_currency);
    case Primary:
        return m_primaryName.isEmpty() ? tr("Scenario") : m_primaryName;
    case Compare:
        return m_compareName.isEmpty() ? tr("Compare with") : m_compareName;
    case Delta:
        return tr("Δ");
    default:
        return {};
    }
}

void DashboardModel::setMoneyStyle(MoneyStyle style)
{
    if (style == m_style)
        return;
    m_style = style;
    Q_EMIT headerDataChanged(Qt::Horizontal, Figure, Figure);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Primary), index(rowCount() - 1, Delta), {Qt::DisplayRole});
}

} // namespace hp
