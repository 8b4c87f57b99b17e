#include "UncertaintyModel.h"

#include "document/FieldType.h"
#include "document/SetEntityCommand.h"
#include "document/UndoText.h"

#include <cmath>

namespace hp {

namespace {
QStringList inputNames()
{
    QStringList names;
    for (UncertainInput i : {UncertainInput::Growth, UncertainInput::PriceDrift, UncertainInput::Revenue, UncertainInput::PBreach,
                             UncertainInput::EgressGb, UncertainInput::ReengineeringMonths, UncertainInput::Capacity})
        names << toString(i);
    return names;
}

QStringList kindNames()
{
    QStringList names;
    for (DistributionKind k : {DistributionKind::Fixed, DistributionKind::Uniform, DistributionKind::Triangular,
                               DistributionKind::Normal, DistributionKind::Bernoulli})
        names << toString(k);
    return names;
}

double &parameter(Distribution &d, int column)
{
    return column == UncertaintyModel::A ? d.a : column == UncertaintyModel::B ? d.b : d.c;
}

double parameterOf(const Distribution &d, int column)
{
    return column == UncertaintyModel::A ? d.a : column == UncertaintyModel::B ? d.b : d.c;
}

QString cellText(const UncertaintyRange &r, int column)
{
    switch (column) {
    case UncertaintyModel::Input:
        return toString(r.input);
    case UncertaintyModel::Target:
        return r.target;
    case UncertaintyModel::Distribution:
        return toString(r.distribution.kind);
    default:
        return QString::number(parameterOf(r.distribution, column), 'g', 12);
    }
}
} // namespace

UncertaintyModel::UncertaintyModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &ProjectDocument::changed, this, &UncertaintyModel::refresh);
}

void UncertaintyModel::setScenario(const QString &scenario)
{
    m_scenario = scenario;
    beginResetModel();
    m_ranges.clear();
    endResetModel();
    refresh();
}

void UncertaintyModel::refresh()
{
    const Scenario *s = m_document->project().scenario(m_scenario);
    std::vector<UncertaintyRange> ranges = s ? s->uncertainties : std::vector<UncertaintyRange>();
    if (ranges.size() == m_ranges.size()) {
        m_ranges = std::move(ranges);
        if (!m_ranges.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_ranges = std::move(ranges);
    endResetModel();
}

int UncertaintyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ranges.size());
}

int UncertaintyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UncertaintyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UncertaintyRange &r = m_ranges[std::size_t(index.row())];
    const int c = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return cellText(r, c);
    if (role == DocumentRoles::FieldType)
        return int(c == Input || c == Distribution ? FieldType::Choice : c == Target ? FieldType::Text : FieldType::SignedPercent);
    if (role == DocumentRoles::Refusal)
        return m_refusal.at(index);
    if (role == DocumentRoles::Choices)
        return c == Input ? inputNames() : c == Distribution ? kindNames() : QStringList();
    if (role == Qt::TextAlignmentRole && c >= A)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant UncertaintyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Input:
        return tr("Input");
    case Target:
        return tr("Target (empty: all)");
    case Distribution:
        return tr("Distribution");
    case A:
        return tr("a (value, low, mean, p)");
    case B:
        return tr("b (high, mode, sd)");
    case C:
        return tr("c (high)");
    default:
        return {};
    }
}

Qt::ItemFlags UncertaintyModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool UncertaintyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    m_refusal.clear();
    std::vector<UncertaintyRange> ranges = m_ranges;
    UncertaintyRange &r = ranges[std::size_t(index.row())];
    const QString text = value.toString().trimmed();
    const int c = index.column();
    const QString field = headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    if (c == Input || c == Distribution) {
        const bool ok = c == Input ? bool(parseUncertainInput(text)) : bool(parseDistributionKind(text));
        if (!ok)
            return m_refusal.refuse(index, field, text, tr("one of %1").arg((c == Input ? inputNames() : kindNames()).join(QStringLiteral(", "))));
        if (c == Input)
            r.input = *parseUncertainInput(text);
        else
            r.distribution.kind = *parseDistributionKind(text);
    } else if (c == Target) {
        r.target = text;
    } else {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return m_refusal.refuse(index, field, text, tr("not a number"));
        parameter(r.distribution, c) = v;
    }
    if (ranges == m_ranges)
        return true;
    const QString words = UndoText::set(UndoText::fieldName(field.section(u' ', 0, 0)),
                                        tr("uncertainty range %1 in %2").arg(index.row() + 1).arg(UndoText::quoted(m_scenario)), cellText(r, c));
    commit(std::move(ranges), words,
           QStringLiteral("uncertainty:%1:%2").arg(index.row()).arg(c));
    return true;
}

void UncertaintyModel::commit(std::vector<UncertaintyRange> ranges, const QString &text, const QString &mergeKey)
{
    const int row = m_document->rowOf<Scenario>(m_scenario);
    if (row < 0)
        return;
    Scenario edited = m_document->project().scenarios[std::size_t(row)];
    edited.uncertainties = std::move(ranges);
    m_document->push(new SetEntityCommand<Scenario>(m_document, row, edited, text, mergeKey));
}

void UncertaintyModel::addRange()
{
    if (!m_document->project().scenario(m_scenario))
        return;
    std::vector<UncertaintyRange> ranges = m_ranges;
    UncertaintyRange r;
    r.distribution = {DistributionKind::Triangular, 0, 0, 0};
    ranges.push_back(r);
    commit(std::move(ranges), tr("Add uncertainty range to %1").arg(m_scenario));
}

void UncertaintyModel::removeRange(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    std::vector<UncertaintyRange> ranges = m_ranges;
    ranges.erase(ranges.begin() + row);
    commit(std::move(ranges), tr("Remove uncertainty range from %1").arg(m_scenario));
}

} // namespace hp
