#include "ResultCellText.h"

#include "money/NumberFormat.h"

#include <cmath>

namespace hp {

bool ResultCellText::isNumber(const ResultCell &cell)
{
    if (std::holds_alternative<Decimal>(cell))
        return true;
    if (const double *d = std::get_if<double>(&cell))
        return std::isfinite(*d);
    return false;
}

const ResultCell &ResultCellText::cellAt(const std::vector<ResultCell> &row, std::size_t i)
{
    static const ResultCell empty;
    return i < row.size() ? row[i] : empty;
}

double ResultCellText::toDouble(const ResultCell &cell)
{
    if (const Decimal *d = std::get_if<Decimal>(&cell))
        return d->toDouble();
    if (const double *d = std::get_if<double>(&cell))
        return *d;
    return std::nan("");
}

QString ResultCellText::plain(const ResultCell &cell, ColumnFormat format)
{
    if (const QString *s = std::get_if<QString>(&cell))
        return *s;
    if (const Decimal *d = std::get_if<Decimal>(&cell)) {
        switch (format) {
        case ColumnFormat::Money:
            return d->toCents();
        case ColumnFormat::Integer:
            return d->toString(0);
        default:
            return d->toString();
        }
    }
    if (const double *d = std::get_if<double>(&cell)) {
        if (!std::isfinite(*d))
            return {};
        if (format == ColumnFormat::Money)
            return Decimal::fromDouble(*d).toCents();
        if (format == ColumnFormat::Integer)
            return QString::number(std::nearbyint(*d), 'f', 0);
        return QString::number(*d, 'g', 15);
    }
    return {};
}

QString ResultCellText::display(const ResultCell &cell, ColumnFormat format, const QLocale &locale)
{
    if (!isNumber(cell))
        return plain(cell, format);
    const NumberFormat numbers(locale);
    switch (format) {
    case ColumnFormat::Money:
    case ColumnFormat::Integer:
        return numbers.localized(plain(cell, format));
    case ColumnFormat::Percent:
        return numbers.number(toDouble(cell) * 100.0, 1) + QStringLiteral(" %");
    default:
        return numbers.number(toDouble(cell), 2);
    }
}

} // namespace hp
