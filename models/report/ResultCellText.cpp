#include "ResultCellText.h"

#include <cmath>

namespace hp {

namespace {

/// "1234567.89" → "1,234,567.89" (the digits before the point grouped by three).
QString grouped(const QString &plain)
{
    const qsizetype point = plain.indexOf(u'.');
    const qsizetype end = point < 0 ? plain.size() : point;
    const qsizetype start = plain.startsWith(u'-') ? 1 : 0;
    QString out = plain;
    for (qsizetype i = end - 3; i > start; i -= 3)
        out.insert(i, u',');
    return out;
}

} // namespace

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

QString ResultCellText::display(const ResultCell &cell, ColumnFormat format)
{
    if (!isNumber(cell))
        return plain(cell, format);
    switch (format) {
    case ColumnFormat::Money:
    case ColumnFormat::Integer:
        return grouped(plain(cell, format));
    case ColumnFormat::Percent:
        return QStringLiteral("%1 %").arg(toDouble(cell) * 100.0, 0, 'f', 1);
    default:
        return grouped(QString::number(toDouble(cell), 'f', 2));
    }
}

} // namespace hp
