#include "ClauseFormDialog.h"

#include "ClassPicker.h"
#include "document/FieldValidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hp {

namespace {
QString optionalText(const std::optional<Decimal> &d)
{
    return d ? d->toString() : QString();
}
QString optionalText(const std::optional<YearMonth> &m)
{
    return m ? m->toString() : QString();
}

/// The field's label before a reason, so the form says which value was refused.
bool fail(QLineEdit *edit, QString *error)
{
    *error = QStringLiteral("%1: %2").arg(edit->accessibleName(), *error);
    edit->setFocus();
    return false;
}

bool readNumber(QLineEdit *edit, FieldType type, Decimal *out, QString *error)
{
    const auto v = FieldValidator::parseNumber(type, edit->text(), error);
    if (!v)
        return fail(edit, error);
    *out = *v;
    return true;
}

bool readOptionalNumber(QLineEdit *edit, std::optional<Decimal> *out, QString *error, FieldType type = FieldType::Money)
{
    if (edit->text().trimmed().isEmpty()) {
        out->reset();
        return true;
    }
    Decimal v;
    if (!readNumber(edit, type, &v, error))
        return false;
    *out = v;
    return true;
}

bool readMonth(QLineEdit *edit, FieldType type, std::optional<YearMonth> *out, QString *error)
{
    const auto v = FieldValidator::parseMonth(type, edit->text(), error);
    if (!v)
        return fail(edit, error);
    *out = *v;
    return true;
}

template <class E>
QComboBox *enumCombo(QWidget *parent, std::initializer_list<E> values, E current)
{
    auto *combo = new QComboBox(parent);
    for (E v : values)
        combo->addItem(toString(v), int(v));
    combo->setCurrentIndex(combo->findData(int(current)));
    return combo;
}
} // namespace

ClauseFormDialog::ClauseFormDialog(const Clause &clause, QWidget *parent)
    : QDialog(parent), m_clause(clause)
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #B00020;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClauseFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClauseFormDialog::reject);
    std::visit([this](const auto &c) {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, CommitmentClause>)
            buildCommitment(c);
        else if constexpr (std::is_same_v<T, RevenueShareClause>)
            buildRevenueShare(c);
        else if constexpr (std::is_same_v<T, ExclusivityClause>)
            buildExclusivity(c);
        else if constexpr (std::is_same_v<T, ClassificationClause>)
            buildClassification(c);
        else
            buildDated(c);
    }, clause);
}

QLineEdit *ClauseFormDialog::addField(const QString &label, FieldType type, const QString &value)
{
    // No QValidator: every keystroke stays; OK reads the fields and names a refused one.
    auto *edit = new QLineEdit(value, this);
    edit->setAccessibleName(label);
    if (type == FieldType::Month || type == FieldType::OptionalMonth)
        edit->setPlaceholderText(type == FieldType::OptionalMonth ? tr("YYYY-MM (empty: the contract's)") : tr("YYYY-MM"));
    m_form->addRow(label, edit);
    return edit;
}

void ClauseFormDialog::buildCommitment(const CommitmentClause &c)
{
    setWindowTitle(tr("Commitment"));
    auto *start = addField(tr("Starts"), FieldType::OptionalMonth, optionalText(c.start));
    auto *ramp = new QTableWidget(int(c.yearAmounts.size()), 1, this);
    ramp->setHorizontalHeaderLabels({tr("Committed amount (contract currency)")});
    ramp->horizontalHeader()->setStretchLastSection(true);
    for (int y = 0; y < int(c.yearAmounts.size()); ++y)
        ramp->setItem(y, 0, new QTableWidgetItem(c.yearAmounts[std::size_t(y)].toString()));
    auto *years = new QLineEdit(QString::number(c.yearAmounts.size()), this);
    connect(years, &QLineEdit::editingFinished, ramp, [this, ramp, years] {
        QString error;
        const auto parsed = FieldValidator::parseInteger(years->text(), &error);
        const int n = parsed.value_or(0);
        if (n < 1 || n > 30) { // refused, not clamped: the ramp keeps its years
            m_problem->setText(tr("Years: “%1” refused — 1 to 30 years").arg(years->text().trimmed()));
            return;
        }
        m_problem->clear();
        ramp->setRowCount(n);
        for (int y = 0; y < n; ++y)
            if (!ramp->item(y, 0))
                ramp->setItem(y, 0, new QTableWidgetItem(QStringLiteral("0")));
    });
    m_form->addRow(tr("Years"), years);
    m_form->addRow(tr("Yearly ramp"), ramp);
    auto *discount = addField(tr("Discount %"), FieldType::Percent, optionalText(c.discountPct));
    discount->setPlaceholderText(tr("empty: no discount"));
    auto *classes = new ClassPicker(this);
    classes->setClasses(c.eligibleClasses);
    m_form->addRow(tr("Eligible classes"), classes);
    auto *credit = addField(tr("Marketplace credit %"), FieldType::Percent, c.marketplaceCreditPct.toString());
    auto *trueUp = enumCombo(this, {TrueUp::Yearly, TrueUp::EndOfTerm}, c.trueUp);
    m_form->addRow(tr("True-up"), trueUp);
    QTableWidget *tiers = tierTable(c.tiers);
    m_readers.push_back([=, this](QString *error) {
        CommitmentClause out;
        if (!readTiers(tiers, &out.tiers, error))
            return false;
        if (years->text().trimmed() != QString::number(ramp->rowCount())) {
            *error = tr("Years: “%1” refused — 1 to 30 years").arg(years->text().trimmed());
            return false;
        }
        out.yearAmounts.clear();
        for (int y = 0; y < ramp->rowCount(); ++y) {
            const auto v = FieldValidator::parseNumber(FieldType::Money, ramp->item(y, 0) ? ramp->item(y, 0)->text() : QString(), error);
            if (!v) {
                *error = tr("year %1: %2").arg(y + 1).arg(*error);
                return false;
            }
            out.yearAmounts.push_back(*v);
        }
        out.eligibleClasses = classes->classes();
        out.trueUp = TrueUp(trueUp->currentData().toInt());
        if (!readMonth(start, FieldType::OptionalMonth, &out.start, error) || !readOptionalNumber(discount, &out.discountPct, error, FieldType::Percent)
            || !readNumber(credit, FieldType::Percent, &out.marketplaceCreditPct, error))
            return false;
        m_clause = out;
        return true;
    });
}

QTableWidget *ClauseFormDialog::tierTable(const std::vector<CommitmentTier> &tiers)
{
    // docs/rules.md §12.2: the discount by total committed; with tiers the highest
    // tier the clause's total reaches wins (and Discount % above is not applied).
    auto *table = new QTableWidget(int(tiers.size()), 2, this);
    table->setObjectName(QStringLiteral("tiers"));
    table->setHorizontalHeaderLabels({tr("From a total of (contract currency)"), tr("Discount %")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(90);
    for (int r = 0; r < int(tiers.size()); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(tiers[std::size_t(r)].minTotal.toString()));
        table->setItem(r, 1, new QTableWidgetItem(tiers[std::size_t(r)].discountPct.toString()));
    }
    auto *add = new QPushButton(tr("Add tier"), this);
    add->setObjectName(QStringLiteral("addTier"));
    auto *remove = new QPushButton(tr("Remove tier"), this);
    remove->setObjectName(QStringLiteral("removeTier"));
    connect(add, &QPushButton::clicked, table, [table] {
        const int r = table->rowCount();
        table->insertRow(r);
        table->setItem(r, 0, new QTableWidgetItem);
        table->setItem(r, 1, new QTableWidgetItem);
        table->setCurrentCell(r, 0);
    });
    connect(remove, &QPushButton::clicked, table, [table] {
        if (table->rowCount() > 0)
            table->removeRow(table->currentRow() >= 0 ? table->currentRow() : table->rowCount() - 1);
    });
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_form->addRow(tr("Discount tiers"), box);
    return table;
}

bool ClauseFormDialog::readTiers(const QTableWidget *table, std::vector<CommitmentTier> *out, QString *error)
{
    out->clear();
    for (int r = 0; r < table->rowCount(); ++r) {
        const auto text = [table, r](int column) { return table->item(r, column) ? table->item(r, column)->text() : QString(); };
        const auto from = FieldValidator::parseNumber(FieldType::Money, text(0), error);
        if (!from) {
            *error = tr("tier %1, from a total of: %2").arg(r + 1).arg(*error);
            return false;
        }
        const auto pct = FieldValidator::parseNumber(FieldType::Percent, text(1), error);
        if (!pct || *pct >= Decimal::hundred()) {
            *error = tr("tier %1, discount %: %2").arg(r + 1).arg(pct ? tr("below 100") : *error);
            return false;
        }
        if (!out->empty() && *from <= out->back().minTotal) {
            *error = tr("tier %1: tiers ascend by total (%2 after %3)").arg(r + 1).arg(from->toString(), out->back().minTotal.toString());
            return false;
        }
        out->push_back({*from, *pct});
    }
    return true;
}

void ClauseFormDialog::buildRevenueShare(const RevenueShareClause &c)
{
    setWindowTitle(tr("Revenue share"));
    auto *rate = addField(tr("Rate %"), FieldType::Percent, c.ratePct.toString());
    auto *start = addField(tr("Starts"), FieldType::Month, c.start.toString());
    auto *sunset = addField(tr("Sunset"), FieldType::Month, c.sunset.toString());
    auto *classes = new ClassPicker(this);
    classes->setClasses(c.baseClasses);
    m_form->addRow(tr("Revenue of classes"), classes);
    auto *scope = enumCombo(this, {PlacementScope::Any, PlacementScope::OnCounterparty}, c.scope);
    m_form->addRow(tr("Placement scope"), scope);
    auto *capTotal = addField(tr("Total cap (empty: none)"), FieldType::Money, optionalText(c.capTotal));
    auto *capYear = addField(tr("Cap per calendar year"), FieldType::Money, optionalText(c.capPerYear));
    m_readers.push_back([=, this](QString *error) {
        RevenueShareClause out;
        std::optional<YearMonth> s, e;
        if (!readNumber(rate, FieldType::Percent, &out.ratePct, error) || !readMonth(start, FieldType::Month, &s, error)
            || !readMonth(sunset, FieldType::Month, &e, error) || !readOptionalNumber(capTotal, &out.capTotal, error)
            || !readOptionalNumber(capYear, &out.capPerYear, error))
            return false;
        out.start = *s;
        out.sunset = *e;
        out.baseClasses = classes->classes();
        out.scope = PlacementScope(scope->currentData().toInt());
        m_clause = out;
        return true;
    });
}

void ClauseFormDialog::buildExclusivity(const ExclusivityClause &c)
{
    setWindowTitle(tr("Exclusivity"));
    auto *classes = new ClassPicker(this);
    classes->setClasses(c.classes);
    m_form->addRow(tr("Exclusive classes"), classes);
    auto *start = addField(tr("Starts"), FieldType::OptionalMonth, optionalText(c.start));
    auto *end = addField(tr("Ends"), FieldType::OptionalMonth, optionalText(c.end));
    auto *model = enumCombo(this, {DamagesModel::PctOfRevenue, DamagesModel::FixedPerMonth}, c.damagesModel);
    m_form->addRow(tr("Damages"), model);
    auto *value = addField(tr("Damages value (% or per month)"), FieldType::Number, optionalText(c.damagesValue));
    m_readers.push_back([=, this](QString *error) {
        ExclusivityClause out;
        out.classes = classes->classes();
        out.damagesModel = DamagesModel(model->currentData().toInt());
        if (!readMonth(start, FieldType::OptionalMonth, &out.start, error) || !readMonth(end, FieldType::OptionalMonth, &out.end, error)
            || !readOptionalNumber(value, &out.damagesValue, error))
            return false;
        m_clause = out;
        return true;
    });
}

void ClauseFormDialog::buildClassification(const ClassificationClause &c)
{
    setWindowTitle(tr("Classification"));
    auto *cls = new QComboBox(this);
    for (WorkloadClass k : allWorkloadClasses())
        cls->addItem(toString(k), int(k));
    cls->setCurrentIndex(cls->findData(int(c.cls)));
    m_form->addRow(tr("Class"), cls);
    auto *covered = enumCombo(this, {Coverage::Yes, Coverage::No, Coverage::Contested}, c.covered);
    m_form->addRow(tr("Covered by the exclusivity"), covered);
    auto *p = addField(tr("p(breach) % when contested"), FieldType::Percent, c.pBreachPct.toString());
    auto enable = [p, covered] { p->setEnabled(Coverage(covered->currentData().toInt()) == Coverage::Contested); };
    connect(covered, &QComboBox::currentIndexChanged, p, enable);
    enable();
    // docs/rules.md §11.4: what the counterparty would accept to drop the claim. Kept
    // as typed for any coverage: on a class that is not contested validation warns.
    auto *settlement = addField(tr("Settlement offer (empty: none)"), FieldType::Money, optionalText(c.settlementAmount));
    settlement->setObjectName(QStringLiteral("settlement"));
    settlement->setToolTip(tr("What the counterparty would accept to drop a contested claim, in the contract's currency. "
                              "A scenario that settles disputes pays it once, in the month of the first violation."));
    m_readers.push_back([=, this](QString *error) {
        ClassificationClause out;
        out.cls = WorkloadClass(cls->currentData().toInt());
        out.covered = Coverage(covered->currentData().toInt());
        if (out.covered == Coverage::Contested && !readNumber(p, FieldType::Percent, &out.pBreachPct, error))
            return false;
        if (!readOptionalNumber(settlement, &out.settlementAmount, error))
            return false;
        m_clause = out;
        return true;
    });
}

void ClauseFormDialog::buildDated(const DatedClause &c)
{
    setWindowTitle(c.kind == u"egress_terms" ? tr("Egress terms") : tr("Dated clause"));
    auto *kind = new QComboBox(this);
    kind->setEditable(true);
    kind->addItems({QStringLiteral("egress_terms"), QStringLiteral("licence_rights"), QStringLiteral("preferred_provider")});
    kind->setCurrentText(c.kind);
    m_form->addRow(tr("Kind"), kind);
    auto *text = addField(tr("Text"), FieldType::Text, c.text);
    auto *start = addField(tr("Starts"), FieldType::OptionalMonth, optionalText(c.start));
    auto *end = addField(tr("Ends"), FieldType::OptionalMonth, optionalText(c.end));
    auto *waives = new QCheckBox(tr("Waives exit egress while in force"), this);
    waives->setChecked(c.waivesExitEgress);
    m_form->addRow(QString(), waives);
    m_readers.push_back([=, this](QString *error) {
        DatedClause out;
        out.kind = kind->currentText().trimmed();
        out.text = text->text();
        out.waivesExitEgress = waives->isChecked();
        if (out.kind.isEmpty()) {
            *error = tr("the clause needs a kind");
            return false;
        }
        if (!readMonth(start, FieldType::OptionalMonth, &out.start, error) || !readMonth(end, FieldType::OptionalMonth, &out.end, error))
            return false;
        m_clause = out;
        return true;
    });
}

bool ClauseFormDialog::read()
{
    for (const auto &reader : m_readers) {
        QString error;
        if (!reader(&error)) {
            m_problem->setText(error);
            return false;
        }
    }
    return true;
}

void ClauseFormDialog::offerSizing()
{
    if (m_size || !std::holds_alternative<CommitmentClause>(m_clause))
        return;
    m_size = new QPushButton(tr("Si&ze this commitment…"), this);
    m_size->setObjectName(QStringLiteral("sizeCommitment"));
    m_size->setToolTip(tr("Keep the form's values and chart expected and P90 total cost against the commitment's size, "
                          "tiers marked (Analysis ▸ Size commitment…)"));
    m_form->addRow(QString(), m_size);
    connect(m_size, &QPushButton::clicked, this, [this] {
        if (read())
            done(SizeRequested);
    });
}

void ClauseFormDialog::accept()
{
    if (read())
        QDialog::accept();
}

} // namespace hp
