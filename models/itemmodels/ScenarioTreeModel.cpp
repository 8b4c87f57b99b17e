#include "ScenarioTreeModel.h"

#include "document/FieldValidator.h"
#include "document/InsertEntityCommand.h"
#include "document/RemoveEntityCommand.h"
#include "document/ReplaceProjectCommand.h"
#include "document/SetEntityCommand.h"
#include "document/UndoText.h"

#include <QColor>
#include <QFont>

#include <set>

namespace hp {

namespace {
constexpr int kMaxMonths = 240;

bool ownsField(const Scenario &s, int column)
{
    switch (column) {
    case ScenarioTreeModel::Start:
        return s.start.has_value();
    case ScenarioTreeModel::Months:
        return s.months.has_value();
    case ScenarioTreeModel::DiscountRate:
        return s.discountRatePct.has_value();
    case ScenarioTreeModel::SettleDisputes:
        return s.settleDisputes.has_value();
    case ScenarioTreeModel::Placements:
        return !s.placements.empty();
    default:
        return true;
    }
}
} // namespace

ScenarioTreeModel::ScenarioTreeModel(ProjectDocument *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    // Inserting or removing a scenario moves its children: the tree resets.
    connect(document, &ProjectDocument::entityAboutToBeInserted, this, [this](EntityKind k) {
        if (k == EntityKind::Scenario)
            beginResetModel();
    });
    connect(document, &ProjectDocument::entityInserted, this, [this](EntityKind k) {
        if (k == EntityKind::Scenario)
            endResetModel();
    });
    connect(document, &ProjectDocument::entityAboutToBeRemoved, this, [this](EntityKind k) {
        if (k == EntityKind::Scenario)
            beginResetModel();
    });
    connect(document, &ProjectDocument::entityRemoved, this, [this](EntityKind k) {
        if (k == EntityKind::Scenario)
            endResetModel();
    });
    // A parent's edit changes what its children inherit: every row may change.
    connect(document, &ProjectDocument::entityChanged, this, [this](EntityKind k) {
        if (k == EntityKind::Scenario)
            emitAllChanged();
    });
    connect(document, &ProjectDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &ProjectDocument::projectReset, this, [this] { endResetModel(); });
}

void ScenarioTreeModel::emitAllChanged()
{
    const auto &all = m_document->project().scenarios;
    for (int r = 0; r < int(all.size()); ++r) {
        const QModelIndex left = indexOf(all[std::size_t(r)].name);
        if (left.isValid())
            Q_EMIT dataChanged(left, left.siblingAtColumn(ColumnCount - 1));
    }
}

int ScenarioTreeModel::parentRow(int scenarioRow) const
{
    const auto &all = m_document->project().scenarios;
    const QString &parentName = all[std::size_t(scenarioRow)].parent;
    if (parentName.isEmpty())
        return -1;
    for (int r = 0; r < int(all.size()); ++r)
        if (r != scenarioRow && all[std::size_t(r)].name == parentName)
            return r;
    return -1; // an unknown parent: shown as a root (the validator reports it)
}

std::vector<int> ScenarioTreeModel::childRows(int parent) const
{
    std::vector<int> rows;
    const int n = int(m_document->project().scenarios.size());
    for (int r = 0; r < n; ++r)
        if (parentRow(r) == parent)
            rows.push_back(r);
    return rows;
}

int ScenarioTreeModel::rowIn(int scenarioRow) const
{
    const std::vector<int> siblings = childRows(parentRow(scenarioRow));
    return int(std::find(siblings.begin(), siblings.end(), scenarioRow) - siblings.begin());
}

QModelIndex ScenarioTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const std::vector<int> rows = childRows(parent.isValid() ? int(parent.internalId()) : -1);
    if (row < 0 || row >= int(rows.size()))
        return {};
    return createIndex(row, column, quintptr(rows[std::size_t(row)]));
}

QModelIndex ScenarioTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = parentRow(int(child.internalId()));
    return p < 0 ? QModelIndex() : createIndex(rowIn(p), 0, quintptr(p));
}

int ScenarioTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childRows(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int ScenarioTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ScenarioTreeModel::scenarioName(const QModelIndex &index) const
{
    return index.isValid() ? m_document->project().scenarios[index.internalId()].name : QString();
}

QModelIndex ScenarioTreeModel::indexOf(const QString &name, int column) const
{
    const auto &all = m_document->project().scenarios;
    for (int r = 0; r < int(all.size()); ++r)
        if (all[std::size_t(r)].name == name)
            return createIndex(rowIn(r), column, quintptr(r));
    return {};
}

const Scenario *ScenarioTreeModel::definingScenario(int scenarioRow, int column) const
{
    const auto &all = m_document->project().scenarios;
    std::set<int> seen;
    for (int r = scenarioRow; r >= 0 && seen.insert(r).second; r = parentRow(r))
        if (ownsField(all[std::size_t(r)], column))
            return &all[std::size_t(r)];
    return nullptr;
}

QString ScenarioTreeModel::valueText(const Scenario &s, int column) const
{
    switch (column) {
    case Start:
        return s.start ? s.start->toString() : QString();
    case Months:
        return s.months ? QString::number(*s.months) : QString();
    case DiscountRate:
        return s.discountRatePct ? s.discountRatePct->toString() : QString();
    case SettleDisputes:
        return s.settleDisputes ? (*s.settleDisputes ? tr("yes") : tr("no")) : QString();
    case Placements: {
        std::set<QString> workloads;
        for (const Placement &p : s.placements)
            workloads.insert(p.workloadId);
        return tr("%n workload(s)", nullptr, int(workloads.size()));
    }
    default:
        return s.name;
    }
}

bool ScenarioTreeModel::isOverridden(const QModelIndex &index) const
{
    return index.isValid() && ownsField(m_document->project().scenarios[index.internalId()], index.column());
}

QVariant ScenarioTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = int(index.internalId());
    const Scenario *from = definingScenario(row, index.column());
    const bool own = isOverridden(index);
    switch (role) {
    case Qt::DisplayRole:
        if (!from) {
            if (index.column() == SettleDisputes)
                return tr("no (default)"); // §11.4: a scenario litigates unless told to settle
            return index.column() == Placements ? tr("none") : QString();
        }
        return own || index.column() == Name ? valueText(*from, index.column())
                                             : tr("%1 (from %2)").arg(valueText(*from, index.column()), from->name);
    case Qt::EditRole:
        return own ? valueText(*from, index.column()) : QString();
    case Qt::ForegroundRole:
        return own ? QVariant() : QVariant(QColor(Qt::gray));
    case Qt::FontRole: {
        if (own)
            return {};
        QFont f;
        f.setItalic(true);
        return f;
    }
    case Qt::ToolTipRole:
        return own ? QVariant() : QVariant(tr("Inherited; type a value to override it here"));
    case DocumentRoles::Overridden:
        return own;
    case DocumentRoles::Choices:
        return index.column() == SettleDisputes ? QVariant(QStringList{tr("yes"), tr("no")}) : QVariant();
    case DocumentRoles::Refusal:
        return m_refusal.at(index);
    case DocumentRoles::FieldType:
        switch (index.column()) {
        case Start:
            return int(FieldType::OptionalMonth);
        case Months:
            return int(FieldType::Integer);
        case DiscountRate:
            return int(FieldType::Percent);
        case SettleDisputes:
            return int(FieldType::Choice);
        case Name:
            return int(FieldType::Identifier);
        default:
            return int(FieldType::ReadOnly);
        }
    default:
        return {};
    }
}

QVariant ScenarioTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Scenario");
    case Start:
        return tr("Start");
    case Months:
        return tr("Months");
    case DiscountRate:
        return tr("Discount rate %");
    case SettleDisputes:
        return tr("Settle disputes");
    case Placements:
        return tr("Places");
    default:
        return {};
    }
}

Qt::ItemFlags ScenarioTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (index.isValid() && index.column() != Placements)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScenarioTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() == Placements)
        return false;
    m_refusal.clear();
    const QString text = value.toString().trimmed();
    QString error;
    if (!setField(int(index.internalId()), index.column(), text, &error))
        return m_refusal.refuse(index, headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString(), text, error);
    return true;
}

bool ScenarioTreeModel::setField(int scenarioRow, int column, const QString &text, QString *error)
{
    const Project &project = m_document->project();
    Scenario edited = project.scenarios[std::size_t(scenarioRow)];
    const QString before = edited.name;
    if (column == Name) {
        if (text.isEmpty() || (text != before && project.scenario(text))) {
            *error = text.isEmpty() ? tr("a scenario needs a name") : tr("a scenario with this name exists");
            return false;
        }
        if (text == before)
            return true;
        Project renamed = project;
        for (Scenario &s : renamed.scenarios) {
            if (s.parent == before)
                s.parent = text;
        }
        renamed.scenarios[std::size_t(scenarioRow)].name = text;
        m_document->push(new ReplaceProjectCommand(m_document, renamed, tr("Rename scenario %1 to %2").arg(UndoText::quoted(before), UndoText::quoted(text))));
        return true;
    }
    if (column == Start) {
        const auto month = FieldValidator::parseMonth(FieldType::OptionalMonth, text, error);
        if (!month)
            return false;
        edited.start = *month;
    } else if (column == Months) {
        const auto months = text.isEmpty() ? std::optional<int>(0) : FieldValidator::parseInteger(text, error);
        if (!months || (!text.isEmpty() && (*months < 1 || *months > kMaxMonths))) {
            *error = tr("a length of 1 to %1 months").arg(kMaxMonths);
            return false;
        }
        edited.months = text.isEmpty() ? std::nullopt : months;
    } else if (column == SettleDisputes) {
        // docs/rules.md §11.4: yes settles every contested class with an offer; empty inherits.
        if (!text.isEmpty() && text.compare(tr("yes"), Qt::CaseInsensitive) != 0 && text.compare(tr("no"), Qt::CaseInsensitive) != 0) {
            *error = tr("yes, no, or empty to inherit");
            return false;
        }
        edited.settleDisputes = text.isEmpty() ? std::nullopt : std::optional<bool>(text.compare(tr("yes"), Qt::CaseInsensitive) == 0);
    } else {
        const auto rate = text.isEmpty() ? std::optional<Decimal>() : FieldValidator::parseNumber(FieldType::Percent, text, error);
        if (!text.isEmpty() && !rate)
            return false;
        edited.discountRatePct = rate;
    }
    if (edited == project.scenarios[std::size_t(scenarioRow)])
        return true;
    const QString what = UndoText::fieldName(headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    m_document->push(new SetEntityCommand<Scenario>(
        m_document, scenarioRow, edited,
        text.isEmpty() ? tr("Revert %1 of %2 to inherited").arg(what, UndoText::quoted(before))
                       : UndoText::set(what, UndoText::quoted(before), valueText(edited, column)),
        text.isEmpty() ? QString() : QStringLiteral("scenario:%1").arg(column))); // a revert is its own step
    return true;
}

QModelIndex ScenarioTreeModel::addChild(const QModelIndex &parent)
{
    const Project &project = m_document->project();
    Scenario child;
    const QString base = parent.isValid() ? tr("%1 variant").arg(scenarioName(parent)) : tr("New scenario");
    child.name = base;
    for (int n = 2; project.scenario(child.name); ++n)
        child.name = QStringLiteral("%1 %2").arg(base).arg(n);
    child.parent = scenarioName(parent);
    if (!parent.isValid()) {
        child.start = YearMonth::fromDate(QDate::currentDate());
        child.months = 60;
        child.discountRatePct = Decimal::fromInt(8);
    }
    m_document->push(new InsertEntityCommand<Scenario>(m_document, int(project.scenarios.size()), child,
                                                       tr("Add scenario %1").arg(child.name)));
    return indexOf(child.name);
}

bool ScenarioTreeModel::removeScenario(const QModelIndex &index)
{
    if (!index.isValid() || rowCount(index.siblingAtColumn(0)) > 0)
        return m_refusal.refuse({}, tr("Remove %1").arg(UndoText::quoted(scenarioName(index))), {}, tr("remove its child scenarios first"));
    const int row = int(index.internalId());
    m_document->push(new RemoveEntityCommand<Scenario>(m_document, row, tr("Remove scenario %1").arg(scenarioName(index))));
    return true;
}

void ScenarioTreeModel::revertOverride(const QModelIndex &index)
{
    if (!index.isValid() || index.column() == Name || !isOverridden(index))
        return;
    const int row = int(index.internalId());
    if (index.column() != Placements) {
        QString unused; // an empty value reverts, which cannot be refused
        setField(row, index.column(), QString(), &unused);
        return;
    }
    Scenario edited = m_document->project().scenarios[std::size_t(row)];
    edited.placements.clear();
    m_document->push(new SetEntityCommand<Scenario>(m_document, row, edited,
                                                    tr("Revert placements of %1 to inherited").arg(UndoText::quoted(edited.name))));
}

} // namespace hp
