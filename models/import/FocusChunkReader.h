#pragma once

#include "csv/CsvTokenizer.h"
#include "import/ImportPlan.h"
#include "import/MappedCsvFile.h"
#include "import/TolerantValueParser.h"

#include <QHash>

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace hp {

/// What every part of one FOCUS file is read against: the file's shape (headers
/// and mapping), its parser, the project and the plan so far (for provider
/// matching), the user's provider mapping. Read-only while parts are read.
struct FocusFileContext {
    const MappedCsvFile &shape;
    TolerantValueParser parser;
    const Project &project;
    const ImportPlan &plan;
    QHash<QString, QString> mapped; ///< lower-case ProviderName → provider id (ImportSettings::providerMap)
};

/// Reads the rows of (part of) one FOCUS export into sums per (ProviderName,
/// month, currency) as they come (docs/rules.md §6.2, issue 16): a row whose
/// cells are in their plain forms (ISO date, `[-]digits[.digits]` costs,
/// `NULL`) is read straight from its bytes with the TolerantValueParser's
/// byte-level readers; any other row goes through ImportRow and the full
/// tolerant rules, so the figures, rejects and coercions are those of reading
/// every cell as text. Rejects, coercions and counts go to `part` (a plan of its
/// own); mergeInto() adds them and the sums to the file's plan, exactly.
class FocusChunkReader {
public:
    FocusChunkReader(const FocusFileContext &context, ImportPlan &part);

    void read(const CsvRecordView &row);
    /// Adds this part's sums, counts, rejects, coercions and unmatched names to `plan`
    /// (parts are merged in file order, so first lines and orders are those of one pass).
    void mergeInto(ImportPlan &plan) const;
    int nullCosts() const { return m_nullCosts; }
    const QStringList &unmatched() const { return m_unmatched; }

    /// Sums of one (ProviderName as written, month, currency).
    struct Sum {
        QString provider; ///< the provider id (or the name, when it matches none)
        YearMonth month;
        QString currency;
        Decimal billed;
        Decimal effective;
    };
    const std::vector<Sum> &sums() const { return m_sums; }

private:
    enum Field { Provider, Currency, Period, Billed, Effective, List, Quantity, FieldCount };
    struct Cell {
        int column = -1;      ///< 0-based column, -1 for a constant or an unmapped field
        QByteArray constant;  ///< a constant's text, as mapped
        bool isConstant = false;
    };
    QByteArrayView cell(const CsvRecordView &row, Field f) const;
    bool readPlain(const CsvRecordView &row);
    void readTolerant(const CsvRecordView &row);
    QString providerOf(const QString &name);
    void add(QByteArrayView provider, const QString &providerId, YearMonth month, QByteArrayView currency,
             std::optional<Decimal> billed, std::optional<Decimal> effective);
    void noteRounded(Field f, int line, QByteArrayView cell);

    const FocusFileContext &m_context;
    ImportPlan &m_part;
    std::array<Cell, FieldCount> m_cells;
    std::array<QString, FieldCount> m_names;
    std::array<int, FieldCount> m_roundedNote; ///< index in m_part.coercions, -1 before the first
    std::unordered_map<std::string, QString> m_providerOfName; ///< ProviderName bytes → provider id
    std::unordered_map<std::string, std::size_t> m_sumOfKey;   ///< name, currency, month → m_sums
    std::vector<Sum> m_sums;
    std::string m_key;
    QStringList m_unmatched;
    int m_nullCosts = 0;
    CsvRecord m_record;
};

} // namespace hp
