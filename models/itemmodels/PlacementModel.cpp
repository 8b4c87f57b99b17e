#include "PlacementModel.h"

#include "document/FieldValidator.h"
#include "document/SetEntityCommand.h"
#include "document/UndoText.h"

#include <QColor>

#include <set>

namespace hp {

PlacementModel::PlacementModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &ProjectDocument::changed, this, &PlacementModel::refresh);
}

void PlacementModel::setTarget(const QString &scenario, const QString &workloadId)
{
    m_scenario = scenario;
    m_workload = workloadId;
    beginResetModel();
    m_timeline.clear();
    m_offerings.clear();
    endResetModel();
    refresh();
}

void PlacementModel::refresh()
{
    const Project &project = m_document->project();
    std::vector<Placement> timeline;
    QString from = m_scenario;
    std::set<QString> seen;
    for (const Scenario *s = project.scenario(m_scenario); s && seen.insert(s->name).second; s = project.scenario(s->parent)) {
        from = s->name;
        for (const Placement &p : s->placements)
            if (p.workloadId == m_workload)
                timeline.push_back(p);
        if (!timeline.empty())
            break;
    }
    if (timeline.empty())
        from = m_scenario;
    std::stable_sort(timeline.begin(), timeline.end(), [](const Placement &a, const Placement &b) { return a.from < b.from; });

    QStringList offerings;
    const Workload *w = project.workload(m_workload);
    for (const Offering &o : project.offerings) {
        bool used = false;
        for (const Placement &p : timeline)
            for (const Allocation &a : p.allocations)
                used = used || a.offeringId == o.id;
        if (used || (w && o.unit == w->unit))
            offerings << o.id;
    }
    if (offerings == m_offerings && timeline.size() == m_timeline.size()) {
        m_timeline = std::move(timeline);
        m_inheritedFrom = from;
        if (!m_timeline.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_timeline = std::move(timeline);
    m_offerings = offerings;
    m_inheritedFrom = from;
    endResetModel();
}

int PlacementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_timeline.size());
}

int PlacementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalColumn() + 1;
}

Decimal PlacementModel::totalOf(int row) const
{
    Decimal sum;
    for (const Allocation &a : m_timeline[std::size_t(row)].allocations)
        sum += a.sharePct;
    return sum;
}

QVariant PlacementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Placement &p = m_timeline[std::size_t(index.row())];
    const int c = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (c == From)
            return p.from.toString();
        if (c == DualRun)
            return QString::number(p.dualRunMonths);
        if (c == totalColumn())
            return QString(totalOf(index.row()).toString() + u'%');
        const QString &offering = m_offerings[c - FirstOffering];
        for (const Allocation &a : p.allocations)
            if (a.offeringId == offering)
                return a.sharePct.toString();
        return role == Qt::EditRole ? QStringLiteral("0") : QString();
    }
    const bool badTotal = c == totalColumn() && totalOf(index.row()) != Decimal::hundred();
    switch (role) {
    case Qt::TextAlignmentRole:
        return c == From ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return badTotal ? QVariant(QColor(0xB0, 0x00, 0x20)) : isInherited() ? QVariant(QColor(Qt::gray)) : QVariant();
    case DocumentRoles::Problem:
        return badTotal ? tr("the shares sum to %1 %, they must sum to 100 %").arg(totalOf(index.row()).toString()) : QString();
    case DocumentRoles::Overridden:
        return !isInherited();
    case DocumentRoles::Refusal:
        return m_refusal.at(index);
    case DocumentRoles::FieldType:
        return int(c == From ? FieldType::Month : c == DualRun ? FieldType::Integer : c == totalColumn() ? FieldType::ReadOnly : FieldType::Percent);
    default:
        return {};
    }
}

QVariant PlacementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == From)
        return tr("From");
    if (section == DualRun)
        return tr("Dual-run months");
    if (section == totalColumn())
        return tr("Total");
    if (section > DualRun && section < totalColumn())
        return tr("%1 %").arg(m_offerings[section - FirstOffering]);
    return {};
}

Qt::ItemFlags PlacementModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != totalColumn())
        f |= Qt::ItemIsEditable;
    return f;
}

bool PlacementModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int c = index.column();
    if (c == totalColumn())
        return false;
    m_refusal.clear();
    std::vector<Placement> timeline = m_timeline;
    Placement &p = timeline[std::size_t(index.row())];
    const QString text = value.toString().trimmed();
    const QString field = headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    QString error;
    if (c == From) {
        const auto month = FieldValidator::parseMonth(FieldType::Month, text, &error);
        if (!month)
            return m_refusal.refuse(index, field, text, error);
        p.from = **month;
    } else if (c == DualRun) {
        const auto months = FieldValidator::parseInteger(text, &error);
        if (!months)
            return m_refusal.refuse(index, field, text, error);
        p.dualRunMonths = *months;
    } else {
        const auto share = FieldValidator::parseNumber(FieldType::Percent, text.isEmpty() ? QStringLiteral("0") : text, &error);
        if (!share)
            return m_refusal.refuse(index, field, text, error);
        const QString &offering = m_offerings[c - FirstOffering];
        auto it = std::find_if(p.allocations.begin(), p.allocations.end(), [&](const Allocation &a) { return a.offeringId == offering; });
        if (share->isZero()) {
            if (it != p.allocations.end())
                p.allocations.erase(it);
        } else if (it != p.allocations.end()) {
            it->sharePct = *share;
        } else {
            p.allocations.push_back({offering, *share});
        }
    }
    if (timeline == m_timeline && !isInherited())
        return true;
    const QString words = editText(index.row(), c, p);
    commit(std::move(timeline), words, QStringLiteral("placement:%1:%2:%3").arg(m_workload).arg(index.row()).arg(c));
    return true;
}

QString PlacementModel::editText(int row, int c, const Placement &edited) const
{
    const Project &project = m_document->project();
    const Workload *w = project.workload(m_workload);
    const QString where = tr("%1 in %2 (step %3)")
                              .arg(UndoText::quoted(w && !w->name.isEmpty() ? w->name : m_workload), UndoText::quoted(m_scenario))
                              .arg(row + 1);
    if (c == From)
        return UndoText::set(tr("start"), where, edited.from.toString());
    if (c == DualRun)
        return UndoText::set(tr("dual-run months"), where, QString::number(edited.dualRunMonths));
    const QString &offering = m_offerings[c - FirstOffering];
    const Offering *o = project.offering(offering);
    Decimal share;
    for (const Allocation &a : edited.allocations)
        if (a.offeringId == offering)
            share = a.sharePct;
    return UndoText::set(tr("%1 share").arg(UndoText::quoted(o && !o->name.isEmpty() ? o->name : offering)), where,
                         share.toString() + QStringLiteral(" %"));
}

void PlacementModel::commit(std::vector<Placement> timeline, const QString &text, const QString &mergeKey)
{
    const int row = m_document->rowOf<Scenario>(m_scenario);
    if (row < 0)
        return;
    Scenario edited = m_document->project().scenarios[std::size_t(row)];
    std::erase_if(edited.placements, [this](const Placement &p) { return p.workloadId == m_workload; });
    edited.placements.insert(edited.placements.end(), timeline.begin(), timeline.end());
    m_document->push(new SetEntityCommand<Scenario>(m_document, row, edited, text, mergeKey));
}

void PlacementModel::addStep()
{
    std::vector<Placement> timeline = m_timeline;
    Placement next;
    next.workloadId = m_workload;
    if (!timeline.empty()) {
        next = timeline.back();
        next.from = next.from.plusMonths(12);
    } else {
        const Scenario *s = m_document->project().scenario(m_scenario);
        next.from = s && s->start ? *s->start : YearMonth::fromDate(QDate::currentDate());
        if (!m_offerings.isEmpty())
            next.allocations.push_back({m_offerings.front(), Decimal::hundred()});
    }
    timeline.push_back(next);
    commit(std::move(timeline), tr("Add placement step of %1 in %2").arg(m_workload, m_scenario));
}

void PlacementModel::removeStep(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    std::vector<Placement> timeline = m_timeline;
    timeline.erase(timeline.begin() + row);
    commit(std::move(timeline), tr("Remove placement step of %1 in %2").arg(m_workload, m_scenario));
}

void PlacementModel::revertToInherited()
{
    const Scenario *s = m_document->project().scenario(m_scenario);
    if (!s || s->parent.isEmpty() || isInherited())
        return;
    commit({}, tr("Revert placement of %1 in %2 to inherited").arg(m_workload, m_scenario));
}

} // namespace hp
