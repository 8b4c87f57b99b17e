#include "RegisterImporter.h"

#include "import/CsvImportStream.h"
#include "import/ImportRow.h"
#include "import/MappedCsvFile.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace hp {

const QString RegisterImporter::kEntity = QStringLiteral("register");

namespace {

const QString kId = QStringLiteral("contract_id");
const QString kVendor = QStringLiteral("vendor");
const QString kType = QStringLiteral("counterparty_type");
const QString kStart = QStringLiteral("start_date");
const QString kEnd = QStringLiteral("end_date");
const QString kTotal = QStringLiteral("commitment_total");
const QString kCurrency = QStringLiteral("currency");
const QString kDiscount = QStringLiteral("discount_pct");
const QString kShare = QStringLiteral("revenue_share_pct");
const QString kCap = QStringLiteral("revenue_share_cap");
const QString kScope = QStringLiteral("exclusivity_scope");
const QString kClass = QStringLiteral("workload_class");
const QString kNotes = QStringLiteral("notes");

QStringList L(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromLatin1(n);
    return out;
}

/// The fields of one register row, parsed and checked.
struct RegisterRow {
    QString id, vendor, currency, scope, notes;
    ProviderKind kind = ProviderKind::Cloud;
    QDate start, end;
    Decimal total;
    std::optional<Decimal> discount, share, cap;
    WorkloadClass primaryClass = WorkloadClass::Other;
};

void checkCurrencyMark(ImportRow &row, const QString &field, const QString &mark, const QString &currency)
{
    if (!mark.isEmpty() && !currency.isEmpty() && !TolerantValueParser::currencyAgrees(mark, currency))
        row.error(field, QStringLiteral("%1: the currency mark '%2' contradicts the currency column (%3); the importer never "
                                        "converts: correct the mark or the currency column")
                             .arg(field, mark, currency));
}

std::optional<RegisterRow> parseRow(ImportRow &row, const QStringList &fractions)
{
    RegisterRow r;
    r.id = row.required(kId);
    r.vendor = row.required(kVendor);
    const QString type = row.required(kType);
    if (auto k = parseProviderKind(type))
        r.kind = *k;
    else if (!type.isEmpty())
        row.error(kType, QStringLiteral("counterparty_type must be cloud, model, silicon or marketplace (is '%1')").arg(type));
    const auto start = row.date(kStart, true);
    const auto end = row.date(kEnd, true, true);
    if (start && end && *end < *start)
        row.error(kEnd, QStringLiteral("end_date %1 is before start_date %2").arg(end->toString(Qt::ISODate), start->toString(Qt::ISODate)));
    r.currency = row.required(kCurrency);
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    if (!r.currency.isEmpty() && !iso.match(r.currency).hasMatch()) {
        row.error(kCurrency, QStringLiteral("currency must be three capital letters (ISO 4217), is '%1'").arg(r.currency));
        r.currency.clear();
    }
    QString mark;
    const auto total = row.number(kTotal, true, &mark);
    if (total && total->isNegative())
        row.error(kTotal, QStringLiteral("commitment_total must be ≥ 0 (is %1)").arg(total->toString()));
    checkCurrencyMark(row, kTotal, mark, r.currency);
    r.discount = row.percent(kDiscount, false, fractions.contains(kDiscount));
    r.share = row.percent(kShare, false, fractions.contains(kShare));
    r.cap = row.number(kCap, false, &mark);
    if (r.cap && r.cap->isNegative())
        row.error(kCap, QStringLiteral("revenue_share_cap must be ≥ 0 (is %1)").arg(r.cap->toString()));
    checkCurrencyMark(row, kCap, mark, r.currency);
    if (r.cap && !r.share)
        row.error(kCap, QStringLiteral("revenue_share_cap needs a revenue_share_pct"));
    const QString cls = row.required(kClass);
    if (auto c = parseWorkloadClass(cls))
        r.primaryClass = *c;
    else if (!cls.isEmpty())
        row.error(kClass, QStringLiteral("unknown workload class '%1'").arg(cls));
    r.scope = row.text(kScope);
    r.notes = row.text(kNotes);
    if (row.hasErrors())
        return std::nullopt;
    r.start = *start;
    r.end = *end;
    r.total = total.value_or(Decimal());
    return r;
}

QString slug(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower())
        out += c.isLetterOrNumber() && c.unicode() < 0x80 ? c : QChar(u'_');
    static const QRegularExpression runs(QStringLiteral("_+"));
    out.replace(runs, QStringLiteral("_"));
    while (out.startsWith(u'_'))
        out.remove(0, 1);
    while (out.endsWith(u'_'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("provider") : out;
}

/// The provider id of a vendor: an existing provider (by name, then id), one
/// this plan creates, or a new one added to the plan.
QString providerFor(const RegisterRow &r, const Project &project, ImportPlan &plan)
{
    if (const QString id = plan.matchProvider(project, r.vendor); !id.isEmpty())
        return id;
    const QString base = slug(r.vendor);
    QString id = base;
    for (int n = 2; project.provider(id) || std::any_of(plan.providers.begin(), plan.providers.end(), [&](const Provider &p) { return p.id == id; }); ++n)
        id = QStringLiteral("%1_%2").arg(base).arg(n);
    plan.providers.push_back({id, r.vendor, r.kind, {}, false});
    return id;
}

Decimal committedTotal(const Contract &c)
{
    Decimal sum;
    for (const CommitmentClause &cc : c.commitments)
        for (Decimal a : cc.yearAmounts)
            sum += a;
    return sum;
}

/// The contract for a row: the existing one updated, or a new one.
Contract contractFor(const RegisterRow &r, const QString &providerId, const Contract *existing)
{
    Contract c = existing ? *existing : Contract{};
    const YearMonth start = YearMonth::fromDate(r.start);
    const YearMonth end = YearMonth::fromDate(r.end);
    if (!existing)
        c.name = r.id;
    c.id = r.id;
    c.providerId = providerId;
    // A month-only contract exported as first/last day keeps being month-only.
    const bool keepStart = existing && !existing->startDate && existing->start == start && r.start == start.firstDay();
    const bool keepEnd = existing && !existing->endDate && existing->end == end && r.end == end.lastDay();
    c.start = start;
    c.end = end;
    c.startDate = keepStart ? std::nullopt : std::optional<QDate>(r.start);
    c.endDate = keepEnd ? std::nullopt : std::optional<QDate>(r.end);
    c.currency = r.currency;
    c.primaryClass = r.primaryClass;
    c.exclusivityScope = r.scope;
    c.notes = r.notes;

    const std::optional<Decimal> &discount = r.discount; // empty stays empty (§6.1 rev 2)
    const bool commitmentAgrees = existing && committedTotal(*existing) == r.total
                               && (existing->commitments.empty() ? r.total.isZero() : existing->commitments.front().discountPct == discount);
    if (!commitmentAgrees) {
        c.commitments.clear();
        if (r.total.isPositive()) {
            CommitmentClause cc;
            cc.trueUp = TrueUp::EndOfTerm;
            cc.discountPct = discount;
            cc.yearAmounts = RegisterImporter::spread(r.total, (end.monthsSince(start) + 12) / 12);
            c.commitments.push_back(cc);
        }
    }
    const bool shareAgrees = existing
                          && (existing->revenueShares.empty()
                                  ? !r.share
                                  : r.share && existing->revenueShares.front().ratePct == *r.share
                                        && existing->revenueShares.front().capTotal == r.cap);
    if (!shareAgrees) {
        c.revenueShares.clear();
        if (r.share) {
            RevenueShareClause rs;
            rs.ratePct = *r.share;
            rs.start = start;
            rs.sunset = end;
            rs.capTotal = r.cap;
            c.revenueShares.push_back(rs);
        }
    }
    return c;
}

/// Percentage fields not read as fractions whose values all lie in 0…1 with no `%`
/// (a first pass over the file's rows; rejected records are left to the second).
void noteFractionCandidates(const CsvImportStream &stream, const TolerantValueParser &parser, const QStringList &fractions,
                            ImportPlan &plan)
{
    const MappedCsvFile &file = stream.shape();
    QStringList fieldsToCheck;
    for (const QString &field : {kDiscount, kShare})
        if (!fractions.contains(field) && file.column(field) != 0)
            fieldsToCheck << field;
    if (fieldsToCheck.isEmpty())
        return;
    OpenedInput input = stream.input().open(stream.dialect(), nullptr);
    if (!input.tokenizer)
        return;
    CsvRowStream rows(file.fileName(), *input.tokenizer, stream.dialect());
    std::map<QString, std::pair<int, bool>> seen; // field → values, all fractions
    CsvRecordView record;
    while (rows.next(record, [](ImportError &&) {})) {
        for (const QString &field : fieldsToCheck) {
            const QString cell = file.cell(record, field);
            if (TolerantValueParser::isNull(cell))
                continue;
            const ParsedNumber n = parser.percent(cell);
            auto &[values, allFractions] = seen.try_emplace(field, 0, true).first->second;
            allFractions = allFractions && !cell.contains(u'%') && n.value && !n.value->isNegative() && *n.value <= Decimal::one();
            ++values;
        }
    }
    for (const QString &field : fieldsToCheck) {
        const auto it = seen.find(field);
        if (it != seen.end() && it->second.first > 0 && it->second.second) {
            plan.fractionCandidates << field;
            plan.notes << QStringLiteral("%1: every %2 lies between 0 and 1: read as percentage points (0.2 = 0.2 %) unless "
                                         "you choose fractions (0.2 = 20 %, CLI --percent-fraction %2)")
                              .arg(file.fileName(), field);
        }
    }
}

} // namespace

const std::vector<ImportField> &RegisterImporter::fields()
{
    static const std::vector<ImportField> f = {
        {kId, L({"id", "contract", "contract_number", "contract_no", "agreement_id"}), true},
        {kVendor, L({"supplier", "provider", "counterparty", "vendor_name"}), true},
        {kType, L({"vendor_type", "type", "kind", "provider_kind"}), true},
        {kStart, L({"start", "effective_date", "commencement_date", "start_month"}), true},
        {kEnd, L({"end", "expiry_date", "expiration_date", "end_month"}), true},
        {kTotal, L({"commitment", "total_commitment", "committed_amount", "tcv"}), true},
        {kCurrency, L({"ccy", "currency_code"}), true},
        {kDiscount, L({"discount"}), false},
        {kShare, L({"revenue_share", "rev_share_pct"}), false},
        {kCap, L({"rev_share_cap", "revenue_share_cap_total"}), false},
        {kScope, L({"exclusivity"}), false},
        {kClass, L({"class", "primary_class"}), true},
        {kNotes, L({"note", "comments", "comment"}), false},
    };
    return f;
}

std::vector<Decimal> RegisterImporter::spread(Decimal total, int years)
{
    std::vector<Decimal> out;
    if (years <= 0)
        return out;
    const Decimal each = (total / Decimal::fromInt(years)).roundedToCents();
    Decimal sum;
    for (int y = 1; y < years; ++y) {
        out.push_back(each);
        sum += each;
    }
    out.push_back(total - sum);
    return out;
}

void RegisterImporter::read(const QString &fileName, const QByteArray &bytes, const ImportSettings &settings,
                            const Project &project, ImportPlan &plan)
{
    read(ImportInput::fromBytes(fileName, bytes), settings, project, plan);
}

void RegisterImporter::read(const ImportInput &input, const ImportSettings &settings, const Project &project, ImportPlan &plan)
{
    plan.mode = settings.mode;
    const auto stream = CsvImportStream::open(input, settings, kEntity, fields(), plan);
    if (!stream)
        return;
    const MappedCsvFile &file = stream->shape();
    const QString &fileName = file.fileName();
    const TolerantValueParser parser(stream->dialect());
    noteFractionCandidates(*stream, parser, settings.percentFractions, plan);
    QHash<QString, const Contract *> existing;
    for (const Contract &c : project.contracts)
        existing.insert(c.id, &c);
    std::map<QString, int> seen; // contract id → line, in this plan
    for (const Contract &c : plan.contracts)
        seen[c.id] = 0;
    CsvRecordView view;
    CsvRecord record;
    const qint64 total = std::max<qint64>(input.size(), 0);
    qint64 n = 0;
    while (stream->next(view, plan)) {
        if ((++n & 1023) == 0 || (settings.maxRows > 0 && n > settings.maxRows)) {
            if ((settings.cancel && settings.cancel->load()) || (settings.maxRows > 0 && n > settings.maxRows)) {
                plan.cancelled = settings.maxRows == 0 || n <= settings.maxRows;
                break;
            }
            if (settings.progress)
                settings.progress({stream->position(), total, n});
        }
        view.toRecord(record);
        ++plan.rowsRead;
        ImportRow row(file, record, parser, plan);
        const QString id = row.text(kId);
        const auto r = parseRow(row, settings.percentFractions);
        // An id is used by its first row even when that row is rejected: a later duplicate is rejected too.
        if (const auto it = seen.find(id); !id.isEmpty() && it != seen.end()) {
            if (r)
                row.error(kId, it->second > 0 ? QStringLiteral("duplicate contract_id '%1' (first on line %2)").arg(id).arg(it->second)
                                              : QStringLiteral("duplicate contract_id '%1' (in an earlier file)").arg(id));
            continue;
        }
        if (!id.isEmpty())
            seen[id] = record.line;
        if (!r)
            continue;
        if (r->discount && !r->discount->isZero() && !r->total.isPositive())
            plan.warnings << QStringLiteral("%1, line %2: discount_pct %3 is not applied: commitment_total is 0, so no "
                                            "commitment clause carries a discount (give the commitment, or add the "
                                            "clause in the contract editor)")
                                 .arg(fileName)
                                 .arg(record.line)
                                 .arg(r->discount->toString());
        const QString providerId = providerFor(*r, project, plan);
        plan.contracts.push_back(contractFor(*r, providerId, existing.value(r->id)));
        ++plan.rowsAccepted;
    }
    if (plan.cancelled)
        return;
    if (settings.progress)
        settings.progress({total, total, n});
    stream->finish(plan);
}

} // namespace hp
