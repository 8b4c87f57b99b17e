#pragma once

#include <QString>

namespace hp {

/// The words of an undo step: the entity, the field and the value as it
/// was stored, e.g. `Set unit price of "H200 on-demand" to 5.00` (docs/gui.md).
class UndoText {
public:
    /// `Set <field> of <entity> to <value>`; `entity` as quoted() or a longer phrase.
    static QString set(const QString &field, const QString &entity, const QString &value);
    /// A column title as a field name in a sentence: "Unit price" → "unit price"
    /// (a title that starts with an acronym, "HHI", stays as it is).
    static QString fieldName(const QString &title);
    /// A name in straight double quotes.
    static QString quoted(const QString &name);
};

} // namespace hp
