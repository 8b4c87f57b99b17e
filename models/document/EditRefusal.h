#pragma once

#include <QPersistentModelIndex>
#include <QString>
#include <QVariant>

namespace hp {

/// The last edit a model refused: which cell, what was typed and why. A
/// model answers DocumentRoles::Refusal from it, so the editor that
/// committed the value can show the reason at the cell (docs/rules.md §7).
class EditRefusal {
public:
    /// Records why `typed` was refused in the cell `field` at `index`;
    /// returns false, for setData to return.
    bool refuse(const QModelIndex &index, const QString &field, const QString &typed, const QString &reason);
    /// A new edit starts: the previous refusal no longer applies.
    void clear();
    /// The message for DocumentRoles::Refusal at `index` (empty elsewhere).
    QVariant at(const QModelIndex &index) const;
    /// The last message, for the status bar: `Field: “typed” refused — reason`.
    const QString &message() const { return m_message; }

private:
    QPersistentModelIndex m_index;
    QString m_message;
};

} // namespace hp
