#include "ScenarioEditor.h"

#include "CellMessage.h"
#include "FieldDelegate.h"
#include "KeptSelection.h"
#include "itemmodels/PlacementModel.h"
#include "document/ProjectDocument.h"
#include "itemmodels/ScenarioTreeModel.h"
#include "itemmodels/UncertaintyModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace hp {

namespace {
QPushButton *button(const QString &icon, const QString &text, QWidget *parent)
{
    return new QPushButton(QIcon::fromTheme(icon), text, parent);
}
} // namespace

ScenarioEditor::ScenarioEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_treeModel(new ScenarioTreeModel(document, this))
    , m_placementModel(new PlacementModel(document, this))
    , m_uncertaintyModel(new UncertaintyModel(document, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter);

    auto *treePane = new QWidget(splitter);
    auto *treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    auto *treeBar = new QHBoxLayout;
    treeBar->addWidget(new QLabel(tr("<b>Scenarios</b> — a child stores only what it overrides (grey: inherited)"), treePane));
    treeBar->addStretch();
    auto *addChild = button(QStringLiteral("list-add"), tr("Add child"), treePane);
    auto *remove = button(QStringLiteral("list-remove"), tr("Remove"), treePane);
    auto *revert = button(QStringLiteral("edit-undo"), tr("Revert to inherited"), treePane);
    treeBar->addWidget(addChild);
    treeBar->addWidget(remove);
    treeBar->addWidget(revert);
    treeLayout->addLayout(treeBar);
    m_tree = new QTreeView(treePane);
    m_tree->setModel(m_treeModel);
    useFieldDelegate(m_tree);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->expandAll();
    treeLayout->addWidget(m_tree);

    auto *placementPane = new QWidget(splitter);
    auto *placementLayout = new QVBoxLayout(placementPane);
    placementLayout->setContentsMargins(0, 0, 0, 0);
    auto *placementBar = new QHBoxLayout;
    placementBar->addWidget(new QLabel(tr("<b>Placement of</b>"), placementPane));
    m_workload = new QComboBox(placementPane);
    m_workload->setMinimumContentsLength(18);
    placementBar->addWidget(m_workload);
    m_inherited = new QLabel(placementPane);
    placementBar->addWidget(m_inherited, 1);
    auto *addStep = button(QStringLiteral("list-add"), tr("Add step"), placementPane);
    auto *removeStep = button(QStringLiteral("list-remove"), tr("Remove step"), placementPane);
    auto *revertPlacement = button(QStringLiteral("edit-undo"), tr("Use parent's"), placementPane);
    placementBar->addWidget(addStep);
    placementBar->addWidget(removeStep);
    placementBar->addWidget(revertPlacement);
    placementLayout->addLayout(placementBar);
    m_placements = new QTableView(placementPane);
    m_placements->setModel(m_placementModel);
    useFieldDelegate(m_placements);
    m_placements->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    placementLayout->addWidget(m_placements);

    auto *rangePane = new QWidget(splitter);
    auto *rangeLayout = new QVBoxLayout(rangePane);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    auto *rangeBar = new QHBoxLayout;
    rangeBar->addWidget(new QLabel(tr("<b>Uncertainty ranges</b> set by this scenario (others are inherited)"), rangePane));
    rangeBar->addStretch();
    auto *addRange = button(QStringLiteral("list-add"), tr("Add range"), rangePane);
    auto *removeRange = button(QStringLiteral("list-remove"), tr("Remove range"), rangePane);
    rangeBar->addWidget(addRange);
    rangeBar->addWidget(removeRange);
    rangeLayout->addLayout(rangeBar);
    m_uncertainties = new QTableView(rangePane);
    m_uncertainties->setModel(m_uncertaintyModel);
    useFieldDelegate(m_uncertainties);
    m_uncertainties->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    rangeLayout->addWidget(m_uncertainties);
    connect(addRange, &QPushButton::clicked, m_uncertaintyModel, &UncertaintyModel::addRange);
    connect(removeRange, &QPushButton::clicked, this, [this] { m_uncertaintyModel->removeRange(m_uncertainties->currentIndex().row()); });
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updatePlacement();
        Q_EMIT scenarioSelected(currentScenario());
    });
    // A reset (a rename, an added or removed scenario, an undo) keeps the current
    // scenario: by name, or at its place in the list when it was renamed.
    connect(m_treeModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_namesBeforeReset = scenarioNames();
        m_rowBeforeReset = int(m_namesBeforeReset.indexOf(currentScenario()));
        m_columnBeforeReset = std::max(0, m_tree->currentIndex().column());
    });
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        const QStringList names = scenarioNames();
        const int row = KeptSelection::row(m_namesBeforeReset, names, m_rowBeforeReset);
        if (!m_tree->currentIndex().isValid() && row >= 0)
            m_tree->setCurrentIndex(m_treeModel->indexOf(names[row], m_rowBeforeReset < 0 ? 0 : m_columnBeforeReset));
    });
    connect(m_workload, &QComboBox::currentIndexChanged, this, &ScenarioEditor::updatePlacement);
    connect(document, &ProjectDocument::changed, this, &ScenarioEditor::refreshWorkloads);
    connect(m_placementModel, &QAbstractItemModel::modelReset, this, &ScenarioEditor::updatePlacement);
    connect(m_placementModel, &QAbstractItemModel::dataChanged, this, [this] {
        m_inherited->setText(m_placementModel->isInherited() ? tr("inherited from %1").arg(m_placementModel->inheritedFrom()) : QString());
    });
    connect(addChild, &QPushButton::clicked, this, [this] {
        const QModelIndex added = m_treeModel->addChild(m_tree->currentIndex().siblingAtColumn(0));
        m_tree->setCurrentIndex(added);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!m_treeModel->removeScenario(m_tree->currentIndex()))
            Q_EMIT message(m_treeModel->lastError());
    });
    connect(revert, &QPushButton::clicked, this, [this] { m_treeModel->revertOverride(m_tree->currentIndex()); });
    connect(addStep, &QPushButton::clicked, m_placementModel, &PlacementModel::addStep);
    connect(removeStep, &QPushButton::clicked, this, [this] { m_placementModel->removeStep(m_placements->currentIndex().row()); });
    connect(revertPlacement, &QPushButton::clicked, m_placementModel, &PlacementModel::revertToInherited);
    refreshWorkloads();
}

void ScenarioEditor::useFieldDelegate(QAbstractItemView *view)
{
    auto *delegate = new FieldDelegate(view);
    view->setItemDelegate(delegate);
    connect(delegate->cellMessage(), &CellMessage::shown, this, &ScenarioEditor::message);
}

QStringList ScenarioEditor::scenarioNames() const
{
    QStringList names;
    for (const Scenario &s : m_document->project().scenarios)
        names << s.name;
    return names;
}

QString ScenarioEditor::currentScenario() const
{
    return m_treeModel->scenarioName(m_tree->currentIndex());
}

void ScenarioEditor::selectScenario(const QString &name)
{
    m_tree->setCurrentIndex(m_treeModel->indexOf(name));
}

void ScenarioEditor::refreshWorkloads()
{
    QStringList ids;
    for (const Workload &w : m_document->project().workloads)
        ids << w.id;
    QStringList current;
    for (int i = 0; i < m_workload->count(); ++i)
        current << m_workload->itemData(i).toString();
    if (ids == current) { // a workload's name may have changed
        for (int i = 0; i < m_workload->count(); ++i)
            m_workload->setItemText(i, m_document->project().workloads[std::size_t(i)].name);
        return;
    }
    const int selected = KeptSelection::row(current, ids, m_workload->currentIndex());
    const QSignalBlocker block(m_workload);
    m_workload->clear();
    for (const Workload &w : m_document->project().workloads)
        m_workload->addItem(w.name, w.id);
    m_workload->setCurrentIndex(selected);
    updatePlacement();
}

void ScenarioEditor::updatePlacement()
{
    const QString scenario = currentScenario();
    const QString workload = m_workload->currentData().toString();
    if (scenario != m_placementModel->scenario() || workload != m_placementModel->workloadId())
        m_placementModel->setTarget(scenario, workload);
    if (scenario != m_uncertaintyModel->scenario())
        m_uncertaintyModel->setScenario(scenario);
    m_inherited->setText(m_placementModel->isInherited() && !scenario.isEmpty()
                             ? tr("inherited from %1").arg(m_placementModel->inheritedFrom())
                             : QString());
}

} // namespace hp
