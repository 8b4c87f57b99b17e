#include "FocusChunkReader.h"

#include "import/FocusImporter.h"
#include "import/ImportRow.h"

#include <QRegularExpression>

#include <map>
#include <tuple>

namespace hp {

namespace {

bool isNullCell(QByteArrayView cell)
{
    return cell.isEmpty() || (cell.size() == 4 && QLatin1StringView(cell).compare(QLatin1StringView("NULL"), Qt::CaseInsensitive) == 0);
}

bool isIsoCurrency(QByteArrayView c)
{
    return c.size() == 3 && std::all_of(c.begin(), c.end(), [](char x) { return x >= 'A' && x <= 'Z'; });
}

} // namespace

FocusChunkReader::FocusChunkReader(const FocusFileContext &context, ImportPlan &part)
    : m_context(context)
    , m_part(part)
{
    const QString names[FieldCount] = {QStringLiteral("ProviderName"), QStringLiteral("BillingCurrency"), QStringLiteral("ChargePeriodStart"),
                                       QStringLiteral("BilledCost"),   QStringLiteral("EffectiveCost"),   QStringLiteral("ListCost"),
                                       QStringLiteral("PricingQuantity")};
    for (int f = 0; f < FieldCount; ++f) {
        m_names[std::size_t(f)] = names[f];
        Cell &c = m_cells[std::size_t(f)];
        const FieldSource s = context.shape.mapping().source(names[f]);
        if (s.kind == FieldSource::Kind::Constant) {
            c.isConstant = true;
            c.constant = s.value.toUtf8();
        } else {
            c.column = context.shape.column(names[f]) - 1;
        }
    }
    m_roundedNote.fill(-1);
}

QByteArrayView FocusChunkReader::cell(const CsvRecordView &row, Field f) const
{
    const Cell &c = m_cells[std::size_t(f)];
    if (c.isConstant)
        return c.constant;
    return c.column < 0 ? QByteArrayView() : row.field(c.column);
}

QString FocusChunkReader::providerOf(const QString &name)
{
    QString provider = m_context.mapped.value(name.toLower());
    if (provider.isEmpty())
        provider = m_context.plan.matchProvider(m_context.project, name);
    if (provider.isEmpty()) {
        provider = name;
        if (!m_unmatched.contains(name))
            m_unmatched << name;
    }
    return provider;
}

void FocusChunkReader::read(const CsvRecordView &row)
{
    ++m_part.rowsRead;
    if (!readPlain(row))
        readTolerant(row);
}

bool FocusChunkReader::readPlain(const CsvRecordView &row)
{
    // ProviderName and BillingCurrency as ImportRow::required gives them: a column's cell
    // trimmed, a constant as mapped.
    QByteArrayView name = cell(row, Provider);
    QByteArrayView currency = cell(row, Currency);
    if ((!m_cells[Provider].isConstant && !TolerantValueParser::trimmedAscii(name))
        || (!m_cells[Currency].isConstant && !TolerantValueParser::trimmedAscii(currency)))
        return false;
    if (isNullCell(name) || !isIsoCurrency(currency))
        return false;
    const auto period = m_context.parser.plainDate(cell(row, Period));
    if (!period)
        return false;
    std::optional<PlainNumber> costs[4];
    for (int f = Billed; f <= Quantity; ++f)
        if (!(costs[f - Billed] = m_context.parser.plainNumber(cell(row, Field(f)))))
            return false;
    for (int f = Billed; f <= Quantity; ++f)
        if (costs[f - Billed]->rounded)
            noteRounded(Field(f), row.line, cell(row, Field(f)));
    const std::string nameKey(name.data(), std::size_t(name.size()));
    auto known = m_providerOfName.find(nameKey);
    if (known == m_providerOfName.end())
        known = m_providerOfName.emplace(nameKey, providerOf(QString::fromUtf8(name))).first;
    add(name, known->second, YearMonth::fromDate(*period), currency, costs[0]->value, costs[1]->value);
    return true;
}

void FocusChunkReader::readTolerant(const CsvRecordView &view)
{
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    view.toRecord(m_record);
    ImportRow row(m_context.shape, m_record, m_context.parser, m_part);
    const QString name = row.required(m_names[Provider]);
    const QString currency = row.required(m_names[Currency]);
    const auto period = row.date(m_names[Period], true);
    const auto billed = row.number(m_names[Billed]);
    const auto effective = row.number(m_names[Effective]);
    row.number(m_names[List]);     // checked, not stored
    row.number(m_names[Quantity]); // checked, not stored
    if (!currency.isEmpty() && !iso.match(currency).hasMatch())
        row.error(m_names[Currency], QStringLiteral("BillingCurrency must be three capital letters (ISO 4217), is '%1'").arg(currency));
    if (row.hasErrors())
        return;
    const QByteArray nameBytes = name.toUtf8();
    const QByteArray currencyBytes = currency.toUtf8();
    add(nameBytes, providerOf(name), YearMonth::fromDate(*period), currencyBytes, billed, effective);
}

void FocusChunkReader::add(QByteArrayView provider, const QString &providerId, YearMonth month, QByteArrayView currency,
                           std::optional<Decimal> billed, std::optional<Decimal> effective)
{
    m_nullCosts += (billed ? 0 : 1) + (effective ? 0 : 1);
    m_key.assign(provider.data(), std::size_t(provider.size()));
    m_key += '\x1f';
    m_key.append(currency.data(), std::size_t(currency.size()));
    m_key += '\x1f';
    m_key += std::to_string(month.index());
    auto it = m_sumOfKey.find(m_key);
    if (it == m_sumOfKey.end()) {
        it = m_sumOfKey.emplace(m_key, m_sums.size()).first;
        m_sums.push_back({providerId, month, QString::fromUtf8(currency), Decimal(), Decimal()});
    }
    Sum &sum = m_sums[it->second];
    if (billed)
        sum.billed += *billed;
    if (effective)
        sum.effective += *effective;
    ++m_part.rowsAccepted;
}

void FocusChunkReader::noteRounded(Field f, int line, QByteArrayView cellText)
{
    int &index = m_roundedNote[std::size_t(f)];
    if (index >= 0) {
        ++m_part.coercions[std::size_t(index)].count;
        return;
    }
    const QString column = m_context.shape.columnName(m_names[std::size_t(f)]);
    m_part.noteCoercion(m_context.shape.fileName(), column, line, TolerantValueParser::roundedCoercion(QString::fromUtf8(cellText).trimmed()));
    for (std::size_t i = 0; i < m_part.coercions.size(); ++i) {
        const CoercionNote &n = m_part.coercions[i];
        if (n.file == m_context.shape.fileName() && n.column == column && n.kind == u"rounded")
            index = int(i);
    }
}

void FocusChunkReader::mergeInto(ImportPlan &plan) const
{
    plan.rowsRead += m_part.rowsRead;
    plan.rowsAccepted += m_part.rowsAccepted;
    for (const ImportError &e : m_part.rejects) {
        if (plan.rejectLimit < 0 || qint64(plan.rejects.size()) < plan.rejectLimit)
            plan.rejects.push_back(e);
        else
            ++plan.rejectsNotKept;
    }
    plan.rejectsNotKept += m_part.rejectsNotKept;
    for (const CoercionNote &n : m_part.coercions) {
        const auto same = std::find_if(plan.coercions.begin(), plan.coercions.end(), [&n](const CoercionNote &m) {
            return m.file == n.file && m.column == n.column && m.kind == n.kind;
        });
        if (same == plan.coercions.end())
            plan.coercions.push_back(n);
        else
            same->count += n.count;
    }
    std::map<std::tuple<QString, int, QString>, std::size_t> index; // (provider, month, currency) → plan.actuals
    for (std::size_t i = 0; i < plan.actuals.size(); ++i)
        index.emplace(std::tuple{plan.actuals[i].provider, plan.actuals[i].month.index(), plan.actuals[i].currency}, i);
    for (const Sum &s : m_sums) {
        const auto [at, added] = index.emplace(std::tuple{s.provider, s.month.index(), s.currency}, plan.actuals.size());
        if (added)
            plan.actuals.push_back({s.provider, s.month, Decimal(), Decimal(), s.currency});
        Actual &sum = plan.actuals[at->second];
        sum.billedCost += s.billed;
        sum.effectiveCost += s.effective;
    }
}

} // namespace hp
