#include "FieldInputValidator.h"

#include "document/FieldValidator.h"

namespace hp {

FieldInputValidator::FieldInputValidator(FieldType type, QObject *parent)
    : QValidator(parent), m_type(type)
{
}

QValidator::State FieldInputValidator::validate(QString &input, int &) const
{
    switch (FieldValidator::check(m_type, input)) {
    case FieldValidator::State::Acceptable:
        return Acceptable;
    case FieldValidator::State::Intermediate:
        return Intermediate;
    case FieldValidator::State::Invalid:
        break;
    }
    return Invalid;
}

} // namespace hp
