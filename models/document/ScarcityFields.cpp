#include "ScarcityFields.h"

#include "document/FieldValidator.h"
#include "domain/Jurisdiction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hp::ScarcityFields", text);
}

} // namespace

std::optional<QString> ScarcityFields::parseJurisdiction(QStringView text, QString *error)
{
    const QString code = text.trimmed().toString().toUpper();
    if (code.isEmpty() || Jurisdiction::isKnown(code))
        return code;
    *error = tr("unknown jurisdiction “%1” (an ISO 3166-1 alpha-2 code such as US or IN, or EU)").arg(text.trimmed());
    return std::nullopt;
}

std::optional<QStringList> ScarcityFields::parseResidency(QStringView text, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[|,;]"));
    QStringList codes;
    for (const QString &part : text.toString().split(separators)) {
        const QString code = part.trimmed().toUpper();
        if (code.isEmpty()) {
            if (!text.trimmed().isEmpty()) {
                *error = tr("an empty code in the list (two separators in a row, or one at an end)");
                return std::nullopt;
            }
            continue;
        }
        if (!Jurisdiction::isKnown(code)) {
            *error = tr("unknown jurisdiction “%1” (ISO 3166-1 alpha-2 codes such as IN, or EU, separated by |)").arg(part.trimmed());
            return std::nullopt;
        }
        if (codes.contains(code)) {
            *error = tr("%1 is listed twice").arg(code);
            return std::nullopt;
        }
        codes << code;
    }
    return codes;
}

std::optional<std::vector<CapacityStep>> ScarcityFields::parseCapacitySchedule(QStringView text, QString *error)
{
    std::vector<CapacityStep> steps;
    if (text.trimmed().isEmpty())
        return steps;
    static const QRegularExpression step(QStringLiteral("^\\s*(\\S+)\\s*[:=]\\s*(\\S+)\\s*$"));
    for (const QString &part : text.toString().split(u';')) {
        const QRegularExpressionMatch m = step.match(part);
        if (!m.hasMatch()) {
            *error = tr("“%1” is not a step: write YYYY-MM: units, steps separated by ;").arg(part.trimmed());
            return std::nullopt;
        }
        QString why;
        const auto month = FieldValidator::parseMonth(FieldType::Month, m.captured(1), &why);
        if (!month) {
            *error = tr("“%1”: %2").arg(m.captured(1), why);
            return std::nullopt;
        }
        const std::optional<Decimal> units = FieldValidator::parseNumber(FieldType::Number, m.captured(2), &why);
        if (!units) {
            *error = tr("units of %1: “%2” %3").arg((*month)->toString(), m.captured(2), why);
            return std::nullopt;
        }
        for (const CapacityStep &s : steps)
            if (s.from == **month) {
                *error = tr("two steps from %1").arg(s.from.toString());
                return std::nullopt;
            }
        steps.push_back({**month, *units});
    }
    return steps;
}

QString ScarcityFields::capacityScheduleText(const std::vector<CapacityStep> &steps)
{
    QStringList parts;
    for (const CapacityStep &s : steps)
        parts << QStringLiteral("%1: %2").arg(s.from.toString(), s.units.toString());
    return parts.join(QStringLiteral("; "));
}

} // namespace hp
