#pragma once

#include "itemmodels/ClausesModel.h"
#include "document/FieldType.h"

#include <QDialog>

#include <functional>
#include <vector>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

class QTableWidget;

namespace hp {

/// The form of one clause, laid out for its kind: a commitment's yearly ramp
/// table, discount and eligible classes; a revenue share's rate, dates, caps
/// and sunset; an exclusivity's classes and damages; a classification's
/// coverage and contested p(breach); egress terms and other dated clauses.
/// Fields take every keystroke; OK is refused, naming the field and the
/// reason, when a value does not parse or breaks its rule.
class ClauseFormDialog : public QDialog {
    Q_OBJECT

public:
    ClauseFormDialog(const Clause &clause, QWidget *parent = nullptr);
    const Clause &clause() const { return m_clause; }

    /// What exec() returns when "Size this commitment…" closed the form: its
    /// values were read and taken exactly as OK takes them.
    static constexpr int SizeRequested = 2;
    /// A commitment's form (of a clause already in a contract) offers "Size this
    /// commitment…" (docs/rules.md §12.2): it reads the form as OK does — a refused
    /// value keeps the form open with its reason — and closes with SizeRequested.
    /// Other clauses' forms ignore it.
    void offerSizing();
    QPushButton *sizeButton() const { return m_size; }

    void accept() override;

private:
    QLineEdit *addField(const QString &label, FieldType type, const QString &value);
    /// Runs every field's reader into m_clause; false with the first problem shown.
    bool read();
    void buildCommitment(const CommitmentClause &c);
    QTableWidget *tierTable(const std::vector<CommitmentTier> &tiers);
    bool readTiers(const QTableWidget *table, std::vector<CommitmentTier> *out, QString *error);
    void buildRevenueShare(const RevenueShareClause &c);
    void buildExclusivity(const ExclusivityClause &c);
    void buildClassification(const ClassificationClause &c);
    void buildDated(const DatedClause &c);

    Clause m_clause;
    QFormLayout *m_form;
    QLabel *m_problem;
    QPushButton *m_size = nullptr;
    std::vector<std::function<bool(QString *error)>> m_readers;
};

} // namespace hp
