#include "FieldValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hp::FieldValidator", text);
}

bool allowsNegative(FieldType type)
{
    return type == FieldType::SignedPercent;
}

bool isPercent(FieldType type)
{
    return type == FieldType::Percent || type == FieldType::SignedPercent;
}

QString stripPercent(FieldType type, QStringView text)
{
    QString t = text.trimmed().toString();
    if (isPercent(type) && t.endsWith(u'%'))
        t = t.chopped(1).trimmed();
    return t;
}

} // namespace

std::optional<Decimal> FieldValidator::parseNumber(FieldType type, QStringView text, QString *error)
{
    const QString t = stripPercent(type, text);
    if (t.isEmpty()) {
        *error = tr("a number is required");
        return std::nullopt;
    }
    // Digits with at most one decimal point: no letters, exponents or thousands separators.
    static const QRegularExpression shape(QStringLiteral("^[+-]?(\\d+\\.?(\\d*)|\\.(\\d+))$"));
    const QRegularExpressionMatch m = shape.match(t);
    if (!m.hasMatch()) {
        *error = tr("not a number (digits and one decimal point; no letters or thousands separators)");
        return std::nullopt;
    }
    if (std::max(m.capturedLength(2), m.capturedLength(3)) > kMaxFractionDigits) {
        *error = tr("at most %1 digits after the decimal point").arg(kMaxFractionDigits);
        return std::nullopt;
    }
    QString parseError;
    const std::optional<Decimal> value = Decimal::parse(t, &parseError);
    if (!value) {
        *error = tr("not a number: %1").arg(parseError);
        return std::nullopt;
    }
    if (value->isNegative() && !allowsNegative(type)) {
        *error = tr("must not be negative");
        return std::nullopt;
    }
    if (type == FieldType::Percent && *value > Decimal::hundred()) {
        *error = tr("a percentage between 0 and 100");
        return std::nullopt;
    }
    return value;
}

std::optional<int> FieldValidator::parseInteger(QStringView text, QString *error)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0) {
        *error = tr("a whole number of 0 or more");
        return std::nullopt;
    }
    return value;
}

std::optional<std::optional<YearMonth>> FieldValidator::parseMonth(FieldType type, QStringView text, QString *error)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty()) {
        if (type == FieldType::OptionalMonth)
            return std::optional<YearMonth>();
        *error = tr("a month is required (YYYY-MM)");
        return std::nullopt;
    }
    // A day would be dropped silently: a month is YYYY-MM and nothing more.
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}$"));
    const std::optional<YearMonth> month = shape.match(t).hasMatch() ? YearMonth::parse(t) : std::nullopt;
    if (!month) {
        *error = tr("not a month: type YYYY-MM, e.g. 2026-03");
        return std::nullopt;
    }
    return std::optional<YearMonth>(*month);
}

} // namespace hp
