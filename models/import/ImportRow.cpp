#include "ImportRow.h"

namespace hp {

QString ImportRow::text(const QString &field) const
{
    const QString t = m_file.cell(m_record, field);
    return TolerantValueParser::isNull(t) ? QString() : t;
}

void ImportRow::error(const QString &field, const QString &reason)
{
    ++m_errors;
    m_plan.addReject({m_file.fileName(), m_record.line, m_file.column(field), reason, m_file.cell(m_record, field)});
}

void ImportRow::note(const QString &field, const std::vector<Coercion> &coercions)
{
    for (const Coercion &c : coercions)
        m_plan.noteCoercion(m_file.fileName(), m_file.columnName(field), m_record.line, c);
}

QString ImportRow::required(const QString &field)
{
    const QString t = text(field);
    if (t.isEmpty())
        error(field, QStringLiteral("%1 is required").arg(field));
    return t;
}

std::optional<Decimal> ImportRow::number(const QString &field, bool isRequired, QString *currency)
{
    if (isRequired && required(field).isEmpty())
        return std::nullopt;
    const ParsedNumber n = m_parser.number(text(field));
    if (!n.ok()) {
        error(field, QStringLiteral("%1: %2").arg(field, n.error));
        return std::nullopt;
    }
    note(field, n.coercions);
    if (currency)
        *currency = n.currency;
    return n.value;
}

std::optional<Decimal> ImportRow::percent(const QString &field, bool isRequired, bool asFraction)
{
    if (isRequired && required(field).isEmpty())
        return std::nullopt;
    const ParsedNumber n = m_parser.percent(text(field), asFraction);
    if (!n.ok()) {
        error(field, QStringLiteral("%1: %2").arg(field, n.error));
        return std::nullopt;
    }
    if (n.value && (n.value->isNegative() || *n.value > Decimal::hundred())) {
        error(field, QStringLiteral("%1: %2 % is not between 0 and 100").arg(field, n.value->toString()));
        return std::nullopt;
    }
    note(field, n.coercions);
    return n.value;
}

std::optional<QDate> ImportRow::date(const QString &field, bool isRequired, bool endOfMonth)
{
    if (isRequired && required(field).isEmpty())
        return std::nullopt;
    const ParsedDate d = m_parser.date(text(field));
    if (!d.ok()) {
        error(field, QStringLiteral("%1: %2").arg(field, d.error));
        return std::nullopt;
    }
    note(field, d.coercions);
    if (d.value && d.monthOnly && endOfMonth)
        return d.value->addMonths(1).addDays(-1);
    return d.value;
}

} // namespace hp
