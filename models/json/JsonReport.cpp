#include "JsonReport.h"

#include "engine/FigureCatalog.h"
#include "json/ScarcityJson.h"
#include "money/CentsText.h"

#include <algorithm>
#include <array>
#include <exception>
#include <optional>
#include <span>
#include <string_view>
#include <thread>

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

/// From this many violations on, the second half is written on another thread.
constexpr std::size_t kParallelViolations = 4096;

void writeViolationRows(JsonWriter &w, std::span<const Violation> violations)
{
    for (const Violation &v : violations) {
        w.beginObject(); // keys in ascending order
        w.key("contract");
        w.string(v.contractId);
        w.key("expected_exposure");
        JsonReport::writeMoney(w, v.expectedExposure);
        w.key("gross_exposure");
        JsonReport::writeMoney(w, v.grossExposure);
        w.key("month");
        JsonReport::writeMonth(w, v.month);
        w.key("workload");
        w.string(v.workloadId);
        w.endObject();
    }
}

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
    const int year = month.year();
    if (year < 1000 || year > 9999) {
        w.string(month.toString());
        return;
    }
    const int m = month.month();
    const char text[7] = {char('0' + year / 1000), char('0' + year / 100 % 10), char('0' + year / 10 % 10), char('0' + year % 10),
                          '-', char('0' + m / 10), char('0' + m % 10)};
    w.asciiString(std::string_view(text, sizeof text));
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

void JsonReport::writeViolations(JsonWriter &w, const std::vector<Violation> &violations)
{
    w.beginArray();
    const std::span<const Violation> rows(violations);
    if (rows.size() < kParallelViolations) {
        writeViolationRows(w, rows);
    } else {
        // The second half on another thread, into memory, appended after the
        // first: the bytes of one writer (the synthetic portfolio's 15 110
        // violations are 90 % of its report's instructions).
        const std::size_t half = rows.size() / 2;
        JsonWriter rest(JsonWriter::ContinuationTag{}, w);
        std::exception_ptr failure;
        {
            const std::jthread worker([&rest, &failure, rows, half] {
                try {
                    writeViolationRows(rest, rows.subspan(half));
                } catch (...) {
                    failure = std::current_exception();
                }
            });
            writeViolationRows(w, rows.first(half)); // the worker is joined on the way out, also on a throw
        }
        if (failure)
            std::rethrow_exception(failure);
        w.append(rest);
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
    w.object({
        {"scenario", [&] { w.string(r.scenario); }},
        {"currency", [&] { w.string(r.currency); }},
        {"months", [&] { writeMonths(w, r.months); }},
        {"monthly", [&] { writeMonthly(w, r.monthly); }},
        {"totals", [&] { writeTotals(w, r.totals); }},
        {"providers", [&] { writeProviders(w, r.providers); }},
        {"violations", [&] { writeViolations(w, r.violations); }},
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
