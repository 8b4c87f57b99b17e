#pragma once

#include "document/FieldType.h"

#include <QValidator>

namespace hp {

/// A QValidator over FieldValidator: the line edit refuses characters that
/// cannot lead to a valid value of the field type as the user types.
class FieldInputValidator : public QValidator {
    Q_OBJECT

public:
    FieldInputValidator(FieldType type, QObject *parent);
    State validate(QString &input, int &pos) const override;

private:
    FieldType m_type;
};

} // namespace hp
