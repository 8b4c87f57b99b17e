#include "ImportMappingPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hp {

namespace {

constexpr int kNotMapped = 0;
constexpr int kConstant = 1;
constexpr int kFirstColumn = 2;

} // namespace

ImportMappingPage::ImportMappingPage(ImportSession &session, QWidget *parent)
    : ImportSourcePage(session, parent)
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Which column feeds each field (* = required). Set a constant for a field the file lacks."));
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Source"), tr("Constant")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_unused = new QLabel(this);
    m_unused->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addWidget(m_table);
    layout->addWidget(m_unused);
}

QString ImportMappingPage::settingsKey(const QString &shapeKey)
{
    return QStringLiteral("import/mappings/%1").arg(shapeKey);
}

void ImportMappingPage::initializePage()
{
    QSettings settings;
    for (ImportSource &s : m_session.sources()) {
        if (s.mapping || s.kind == ImportKind::Prices)
            continue;
        const QByteArray json = settings.value(settingsKey(ColumnMapping::shapeKey(s.headers()))).toByteArray();
        QString error;
        if (auto remembered = ColumnMapping::fromJson(QJsonDocument::fromJson(json).object(), &error);
            remembered && remembered->entity() == ImportKinds::name(s.kind))
            s.mapping = remembered;
    }
    fillFileBox();
}

void ImportMappingPage::showSource()
{
    const ImportSource *source = currentSource();
    if (!source)
        return;
    const ImportSource &s = *source;
    const QStringList headers = s.headers();
    const ColumnMapping mapping = m_session.mappingOf(s);
    const auto &fields = ImportSession::fieldsOf(s.kind);
    m_updating = true;
    m_table->setRowCount(0);
    for (const ImportField &f : fields) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(f.required ? f.name + QStringLiteral(" *") : f.name);
        name->setData(Qt::UserRole, f.name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, 0, name);
        auto *sourceBox = new QComboBox(m_table);
        sourceBox->addItems({tr("(not mapped)"), tr("(constant)")});
        sourceBox->addItems(headers);
        auto *constant = new QLineEdit(m_table);
        const FieldSource fs = mapping.source(f.name);
        if (fs.kind == FieldSource::Kind::Constant) {
            sourceBox->setCurrentIndex(kConstant);
            constant->setText(fs.value);
        } else if (const int column = mapping.columnIndex(f.name, headers); column >= 0) {
            sourceBox->setCurrentIndex(kFirstColumn + column);
        }
        constant->setEnabled(sourceBox->currentIndex() == kConstant);
        connect(sourceBox, &QComboBox::currentIndexChanged, this, &ImportMappingPage::storeSource);
        connect(constant, &QLineEdit::textChanged, this, &ImportMappingPage::storeSource);
        m_table->setCellWidget(row, 1, sourceBox);
        m_table->setCellWidget(row, 2, constant);
    }
    m_updating = false;
    storeSource();
}

void ImportMappingPage::storeSource()
{
    ImportSource *source = currentSource();
    if (!source)
        return;
    ImportSource &s = *source;
    const QStringList headers = s.headers();
    ColumnMapping m;
    m.setEntity(ImportKinds::name(s.kind));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString field = m_table->item(row, 0)->data(Qt::UserRole).toString();
        auto *sourceBox = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
        auto *constant = qobject_cast<QLineEdit *>(m_table->cellWidget(row, 2));
        constant->setEnabled(sourceBox->currentIndex() == kConstant);
        if (sourceBox->currentIndex() == kConstant)
            m.setConstant(field, constant->text());
        else if (sourceBox->currentIndex() >= kFirstColumn)
            m.mapColumn(field, headers.value(sourceBox->currentIndex() - kFirstColumn));
        else
            m.ignore(field);
    }
    s.mapping = m;
    const QStringList unused = m.unusedHeaders(headers);
    m_unused->setText(unused.isEmpty() ? QString() : tr("Ignored columns: %1").arg(unused.join(QStringLiteral(", "))));
    Q_EMIT completeChanged();
}

void ImportMappingPage::mapToColumn(int row, const QString &header)
{
    auto *sourceBox = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
    sourceBox->setCurrentIndex(std::max(kNotMapped, sourceBox->findText(header)));
}

void ImportMappingPage::mapToConstant(int row, const QString &value)
{
    qobject_cast<QComboBox *>(m_table->cellWidget(row, 1))->setCurrentIndex(kConstant);
    qobject_cast<QLineEdit *>(m_table->cellWidget(row, 2))->setText(value);
}

bool ImportMappingPage::isComplete() const
{
    for (const ImportSource &s : m_session.sources())
        if (s.kind != ImportKind::Prices && !m_session.mappingOf(s).missingRequired(s.headers(), ImportSession::fieldsOf(s.kind)).isEmpty())
            return false;
    return true;
}

bool ImportMappingPage::validatePage()
{
    QSettings settings;
    for (const ImportSource &s : m_session.sources())
        if (s.mapping)
            settings.setValue(settingsKey(ColumnMapping::shapeKey(s.headers())),
                              QJsonDocument(s.mapping->toJson()).toJson(QJsonDocument::Compact));
    return true;
}

} // namespace hp
