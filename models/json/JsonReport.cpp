#include "JsonReport.h"

#include "concurrency/HelperTask.h"
#include "engine/FigureCatalog.h"
#include "json/ScarcityJson.h"
#include "money/CentsText.h"

#include <algorithm>
#include <array>
#include <exception>
#include <optional>
#include <span>
#include <string_view>

namespace hp {

namespace {

/// The catalog's entries sorted by JSON key once (QJsonObject's order, which
/// the report keeps), so the catalog may list them in their natural order.
template <typename Info>
std::vector<const Info *> sortedByKey(const std::vector<Info> &catalog, bool (*included)(const Info &))
{
    std::vector<const Info *> rows;
    for (const Info &info : catalog)
        if (included(info))
            rows.push_back(&info);
    std::sort(rows.begin(), rows.end(),
              [](const Info *a, const Info *b) { return std::string_view(a->key) < std::string_view(b->key); });
    return rows;
}

/// From this many violations on, most are written on another thread (ViolationTail).
constexpr std::size_t kParallelViolations = 4096;

/// A month as "yyyy-mm" in `text`, for the years 1000 to 9999; false for
/// others (YearMonth::toString() writes those).
bool monthText(YearMonth month, char (&text)[7])
{
    const int year = month.year();
    if (year < 1000 || year > 9999)
        return false;
    const int m = month.month();
    text[0] = char('0' + year / 1000);
    text[1] = char('0' + year / 100 % 10);
    text[2] = char('0' + year / 10 % 10);
    text[3] = char('0' + year % 10);
    text[4] = '-';
    text[5] = char('0' + m / 10);
    text[6] = char('0' + m % 10);
    return true;
}

/// The escaped text of the contract or workload ids of violations, made
/// once per entity (by the index the engine gives) rather than once per
/// violation. An index whose id differs from the one seen, or none (-1),
/// gets the text of the id at hand.
class IdTexts {
public:
    std::string_view text(int index, const QString &id)
    {
        if (index < 0) {
            m_scratch = JsonWriter::escapedText(id);
            return m_scratch;
        }
        if (std::size_t(index) >= m_byIndex.size())
            m_byIndex.resize(std::size_t(index) + 1);
        Entry &e = m_byIndex[std::size_t(index)];
        if (!e.known || e.id != id)
            e = {id, JsonWriter::escapedText(id), true};
        return e.text;
    }

private:
    struct Entry {
        QString id;
        std::string text;
        bool known = false;
    };
    std::vector<Entry> m_byIndex;
    std::string m_scratch;
};

void writeViolationRows(JsonWriter &w, std::span<const Violation> violations)
{
    static constexpr JsonWriter::FlatKey kKeys[] = {// in ascending order
        {"contract"}, {"expected_exposure"}, {"gross_exposure"}, {"month"}, {"workload"}};
    const JsonWriter::FlatLayout layout(w, kKeys);
    IdTexts contracts, workloads;
    std::string otherMonth; // a year outside 1000-9999, as YearMonth::toString() writes it
    for (const Violation &v : violations) {
        char month[7];
        const std::string_view monthValue = monthText(v.month, month)
            ? std::string_view(month, sizeof month)
            : std::string_view(otherMonth = JsonWriter::escapedText(v.month.toString()));
        CentsText::Buffer expected, gross;
        const std::string_view values[] = {contracts.text(v.contractIndex, v.contractId),
                                           CentsText::format(v.expectedExposure, expected),
                                           CentsText::format(v.grossExposure, gross), monthValue,
                                           workloads.text(v.workloadIndex, v.workloadId)};
        w.flatObject(layout, values);
    }
}

} // namespace

/// The last two thirds of a long list of violations, written on another
/// thread into a continuation writer (JsonWriter::ContinuationTag) from the
/// start of the report and appended after the first third: the bytes of one
/// writer writing them all. The caller's share is the smaller as it also
/// writes every other section of the report before the violations.
class JsonReport::ViolationTail {
public:
    ViolationTail(JsonWriter::Style style, std::size_t depth, std::span<const Violation> rows)
        : m_rows(rows)
        , m_split(rows.size() / 3)
        , m_worker([this, style, depth] {
            try {
                // Made here: making room for the rows is work too.
                m_rest.emplace(JsonWriter::ContinuationTag{}, style, depth, (m_rows.size() - m_split) * kRowBytes);
                writeViolationRows(*m_rest, m_rows.subspan(m_split));
            } catch (...) {
                m_failure = std::current_exception();
            }
        })
    {
    }
    /// The rows the caller writes.
    std::span<const Violation> head() const { return m_rows.first(m_split); }
    /// Waits for the other thread and appends its text to `w`, which has
    /// just written head() (at least one row).
    void appendTo(JsonWriter &w)
    {
        m_worker.wait();
        if (m_failure)
            std::rethrow_exception(m_failure);
        w.append(*m_rest);
    }

private:
    static constexpr std::size_t kRowBytes = 256; ///< room made per row at once (indented, two levels deep: about 220)
    std::span<const Violation> m_rows;
    std::size_t m_split;
    std::optional<JsonWriter> m_rest;
    std::exception_ptr m_failure;
    HelperTask m_worker; ///< last: waited for (on the way out, also on a throw) before the rest goes
};

namespace {

/// Integers stay exact integers in JSON; fractions go through the exact text.
std::optional<qint64> wholeNumber(Decimal value)
{
    if (value.fractionDigits() == 0 && value.abs() < Decimal::fromInt(1'000'000'000'000LL))
        return static_cast<qint64>(value.raw() / Decimal::kScale);
    return std::nullopt;
}

} // namespace

QJsonValue JsonReport::number(Decimal value)
{
    if (const auto whole = wholeNumber(value))
        return *whole;
    return value.toString().toDouble();
}

void JsonReport::writeNumber(JsonWriter &w, Decimal value)
{
    if (const auto whole = wholeNumber(value))
        w.integer(*whole);
    else
        w.number(value.toString().toDouble());
}

void JsonReport::writeMoney(JsonWriter &w, Decimal value)
{
    // The text of value.toCents() without a QString (64-bit arithmetic for
    // amounts within ±9.2 × 10^9).
    CentsText::Buffer text;
    w.asciiString(CentsText::format(value, text));
}

void JsonReport::writeMonth(JsonWriter &w, YearMonth month)
{
    char text[7];
    if (monthText(month, text))
        w.asciiString(std::string_view(text, sizeof text));
    else
        w.string(month.toString());
}

void JsonReport::writeMonths(JsonWriter &w, const std::vector<YearMonth> &months)
{
    w.beginArray();
    for (YearMonth m : months)
        writeMonth(w, m);
    w.endArray();
}

void JsonReport::writeMoneySeries(JsonWriter &w, const std::vector<Decimal> &values)
{
    w.beginArray();
    for (Decimal v : values)
        writeMoney(w, v);
    w.endArray();
}

void JsonReport::writeNumberSeries(JsonWriter &w, const std::vector<Decimal> &values)
{
    w.beginArray();
    for (Decimal v : values)
        writeNumber(w, v);
    w.endArray();
}

void JsonReport::writeMonthly(JsonWriter &w, const MonthlyFigures &m)
{
    static const auto rows = sortedByKey<MonthlySeriesInfo>(FigureCatalog::monthly(),
                                                            [](const MonthlySeriesInfo &f) { return f.inJson; });
    w.beginObject();
    for (const MonthlySeriesInfo *row : rows) {
        w.key(row->key);
        if (row->unit == FigureUnit::Money)
            writeMoneySeries(w, m.*row->series);
        else
            writeNumberSeries(w, m.*row->series);
    }
    w.endObject();
}

void JsonReport::writeTotals(JsonWriter &w, const TotalFigures &t)
{
    static const auto rows = sortedByKey<TotalInfo>(FigureCatalog::totals(), [](const TotalInfo &) { return true; });
    w.beginObject();
    for (const TotalInfo *row : rows) {
        w.key(row->key);
        writeMoney(w, t.*row->value);
    }
    w.endObject();
}

void JsonReport::writeProviders(JsonWriter &w, const std::vector<ProviderResult> &providers)
{
    // Keys of each object in ascending order (QJsonObject's).
    w.beginArray();
    for (const ProviderResult &p : providers) {
        w.beginObject();
        w.key("commitments");
        w.beginArray();
        for (const CommitmentYearResult &c : p.commitments) {
            w.beginObject();
            w.key("committed");
            writeMoney(w, c.committed);
            w.key("contract");
            w.string(c.contractId);
            w.key("drawn");
            writeMoney(w, c.drawn);
            w.key("projected_shortfall");
            writeMoney(w, c.projectedShortfall);
            w.key("shortfall");
            writeMoney(w, c.shortfall);
            w.key("year");
            w.integer(c.year);
            w.endObject();
        }
        w.endArray();
        w.key("exit_cost");
        writeMoneySeries(w, p.exitCost);
        w.key("id");
        w.string(p.id);
        w.key("name");
        w.string(p.name);
        w.key("spend");
        writeMoney(w, p.spend);
        w.endObject();
    }
    w.endArray();
}

void JsonReport::writeViolations(JsonWriter &w, const std::vector<Violation> &violations, ViolationTail *tail)
{
    w.beginArray();
    if (tail) {
        writeViolationRows(w, tail->head());
        tail->appendTo(w);
    } else {
        writeViolationRows(w, violations);
    }
    w.endArray();
}

void JsonReport::writeActuals(JsonWriter &w, const std::vector<ActualResult> &actuals)
{
    w.beginArray();
    for (const ActualResult &a : actuals) {
        w.beginObject(); // keys in ascending order
        w.key("billed_cost");
        writeMoney(w, a.billedCost);
        w.key("effective_cost");
        writeMoney(w, a.effectiveCost);
        w.key("month");
        writeMonth(w, a.month);
        w.key("provider");
        w.string(a.provider);
        w.endObject();
    }
    w.endArray();
}

void JsonReport::writeEvaluation(JsonWriter &w, const EngineResult &r)
{
    // Many violations: most of them are written on another thread from here
    // on, beside everything the report writes before them (the synthetic
    // portfolio's 15 110 violations are 80 % of its report's instructions).
    // The array's elements sit two levels below `w`: the object, the array.
    std::optional<ViolationTail> tail;
    if (r.violations.size() >= kParallelViolations)
        tail.emplace(w.style(), w.depth() + 2, r.violations);
    w.object({
        {"scenario", [&] { w.string(r.scenario); }},
        {"currency", [&] { w.string(r.currency); }},
        {"months", [&] { writeMonths(w, r.months); }},
        {"monthly", [&] { writeMonthly(w, r.monthly); }},
        {"totals", [&] { writeTotals(w, r.totals); }},
        {"providers", [&] { writeProviders(w, r.providers); }},
        {"violations", [&] { writeViolations(w, r.violations, tail ? &*tail : nullptr); }},
        {"actuals", [&] { writeActuals(w, r.actuals); }},
        {"actuals_unconverted", [&] { writeUnconvertedActuals(w, r.actualsUnconverted); }},
        {"capacity", [&] { ScarcityJson::writeCapacity(w, r.capacity); }},
        {"residency_breaches", [&] { ScarcityJson::writeResidencyBreaches(w, r.residencyBreaches); }},
        {"disputes", [&] { ScarcityJson::writeDisputes(w, r.disputes); }},
        {"silicon_audit", [&] { ScarcityJson::writeSiliconAuditRows(w, r.siliconAudit.rows); }},
    });
}

QJsonObject JsonReport::evaluation(const EngineResult &result)
{
    return JsonWriter::toObject([&](JsonWriter &w) { writeEvaluation(w, result); });
}

void JsonReport::writeUnconvertedActuals(JsonWriter &w, const std::vector<UnconvertedActual> &actuals)
{
    w.beginArray();
    for (const UnconvertedActual &a : actuals) {
        w.beginObject(); // keys in ascending order; money in the actual's own currency
        w.key("billed_cost");
        writeMoney(w, a.billedCost);
        w.key("currency");
        w.string(a.currency);
        w.key("effective_cost");
        writeMoney(w, a.effectiveCost);
        w.key("month");
        writeMonth(w, a.month);
        w.key("provider");
        w.string(a.provider);
        w.endObject();
    }
    w.endArray();
}

QJsonArray JsonReport::table(const EntityTable &table)
{
    QJsonArray rows;
    for (const auto &row : table.rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const auto &cell = row[std::size_t(i)];
            QJsonValue v = QJsonValue::Null;
            if (cell) {
                switch (table.kinds[std::size_t(i)]) {
                case CellKind::Money: v = money(Decimal::fromString(*cell)); break;
                case CellKind::Percent:
                case CellKind::Number:
                case CellKind::Integer: v = number(Decimal::fromString(*cell)); break;
                case CellKind::Bool: v = *cell == u"true"; break;
                case CellKind::Text:
                case CellKind::Month: v = *cell; break;
                }
            }
            o[table.columns[i]] = v;
        }
        rows.append(o);
    }
    return rows;
}

} // namespace hp
