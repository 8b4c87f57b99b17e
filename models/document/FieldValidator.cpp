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
        t.chop(1);
    return t;
}

FieldValidator::State checkNumber(FieldType type, QStringView text)
{
    const QString t = stripPercent(type, text);
    static const QRegularExpression partial(QStringLiteral("^-?\\d*\\.?\\d{0,9}$"));
    if (!partial.match(t).hasMatch())
        return FieldValidator::State::Invalid;
    if (t.startsWith(u'-') && !allowsNegative(type))
        return FieldValidator::State::Invalid;
    const std::optional<Decimal> value = Decimal::parse(t);
    if (!value)
        return FieldValidator::State::Intermediate; // "", "-", "12." on the way to a number
    if (type == FieldType::Percent && *value > Decimal::hundred())
        return FieldValidator::State::Invalid;
    return FieldValidator::State::Acceptable;
}

FieldValidator::State checkMonth(FieldType type, QStringView text)
{
    const QString t = text.trimmed().toString();
    if (t.isEmpty())
        return type == FieldType::OptionalMonth ? FieldValidator::State::Acceptable : FieldValidator::State::Intermediate;
    static const QRegularExpression partial(QStringLiteral("^\\d{0,4}(-(\\d{0,2}))?$"));
    const auto m = partial.match(t);
    if (!m.hasMatch())
        return FieldValidator::State::Invalid;
    if (t.size() < 7)
        return (m.captured(2).size() == 1 && m.captured(2) > u"1") ? FieldValidator::State::Invalid
                                                                    : FieldValidator::State::Intermediate;
    return YearMonth::parse(t) ? FieldValidator::State::Acceptable : FieldValidator::State::Invalid;
}

} // namespace

FieldValidator::State FieldValidator::check(FieldType type, QStringView text)
{
    switch (type) {
    case FieldType::Money:
    case FieldType::Number:
    case FieldType::Percent:
    case FieldType::SignedPercent:
        return checkNumber(type, text);
    case FieldType::Integer: {
        static const QRegularExpression digits(QStringLiteral("^\\d{0,6}$"));
        if (!digits.match(text.trimmed().toString()).hasMatch())
            return State::Invalid;
        return text.trimmed().isEmpty() ? State::Intermediate : State::Acceptable;
    }
    case FieldType::Month:
    case FieldType::OptionalMonth:
        return checkMonth(type, text);
    case FieldType::Identifier:
        if (text.contains(u',') || text.contains(u'\n'))
            return State::Invalid;
        return text.trimmed().isEmpty() ? State::Intermediate : State::Acceptable;
    case FieldType::Text:
    case FieldType::Choice:
        return State::Acceptable;
    case FieldType::ReadOnly:
        return State::Invalid;
    }
    return State::Invalid;
}

std::optional<Decimal> FieldValidator::parseNumber(FieldType type, QStringView text, QString *error)
{
    const QString t = stripPercent(type, text);
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
    if (text.trimmed().isEmpty()) {
        if (type == FieldType::OptionalMonth)
            return std::optional<YearMonth>();
        *error = tr("a month is required (YYYY-MM)");
        return std::nullopt;
    }
    QString parseError;
    const std::optional<YearMonth> month = YearMonth::parse(text.trimmed(), &parseError);
    if (!month) {
        *error = tr("not a month (YYYY-MM): %1").arg(parseError);
        return std::nullopt;
    }
    return std::optional<YearMonth>(*month);
}

} // namespace hp
