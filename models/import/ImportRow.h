#pragma once

#include "import/ImportPlan.h"
#include "import/MappedCsvFile.h"
#include "import/TolerantValueParser.h"

namespace hp {

/// One record of a MappedCsvFile being read into an ImportPlan: typed cell
/// access by field through the TolerantValueParser; every error becomes a
/// reject naming file, line, column, reason and raw text, every coercion a
/// note of the plan.
class ImportRow {
public:
    ImportRow(const MappedCsvFile &file, const CsvRecord &record, const TolerantValueParser &parser, ImportPlan &plan)
        : m_file(file), m_record(record), m_parser(parser), m_plan(plan)
    {
    }

    int line() const { return m_record.line; }
    /// Trimmed text; empty for NULL.
    QString text(const QString &field) const;
    QString required(const QString &field);
    std::optional<Decimal> number(const QString &field, bool isRequired = false, QString *currency = nullptr);
    /// 0–100 percentage points; with `asFraction` a value without `%` is a fraction (0.2 → 20).
    std::optional<Decimal> percent(const QString &field, bool isRequired = false, bool asFraction = false);
    /// A calendar date; `YYYY-MM` gives the month's first day, or its last with `endOfMonth`.
    std::optional<QDate> date(const QString &field, bool isRequired = false, bool endOfMonth = false);
    void error(const QString &field, const QString &reason);
    bool hasErrors() const { return m_errors > 0; }

private:
    void note(const QString &field, const std::vector<Coercion> &coercions);

    const MappedCsvFile &m_file;
    const CsvRecord &m_record;
    const TolerantValueParser &m_parser;
    ImportPlan &m_plan;
    int m_errors = 0;
};

} // namespace hp
