#pragma once

#include "document/ProjectDocument.h"

#include <QUndoCommand>

namespace hp {

/// Replaces one entity (a provider, an offering, a contract with its
/// clauses, a scenario with its placements…) by an edited copy. Consecutive
/// edits of the same field of the same entity merge into one undo step.
template <class T>
class SetEntityCommand : public QUndoCommand {
public:
    /// `field`: what was edited (merge key); empty never merges.
    SetEntityCommand(ProjectDocument *document, int row, T after, const QString &text, QString field = {})
        : QUndoCommand(text)
        , m_document(document)
        , m_row(row)
        , m_before(EntityTraits<T>::list(document->project())[std::size_t(row)])
        , m_after(std::move(after))
        , m_field(std::move(field))
    {
    }

    void redo() override { m_document->replaceEntity(m_row, m_after); }
    void undo() override { m_document->replaceEntity(m_row, m_before); }
    int id() const override { return 1000 + int(EntityTraits<T>::kind); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const SetEntityCommand<T> *>(other);
        if (m_field.isEmpty() || o->m_field != m_field || o->m_row != m_row)
            return false;
        m_after = o->m_after;
        setText(o->text()); // the step says the value it now stores
        setObsolete(m_after == m_before);
        return true;
    }

private:
    ProjectDocument *m_document;
    int m_row;
    T m_before;
    T m_after;
    QString m_field;
};

} // namespace hp
