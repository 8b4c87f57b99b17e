#pragma once

#include "document/FieldType.h"
#include "domain/Project.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace hp {

/// One column of an entity table: its title, what it holds, how an entity
/// shows it as text and how an edit is applied to a copy of the entity.
template <class T>
struct EntityColumn {
    QString key; ///< stable name (merge key of consecutive edits)
    QString title;
    FieldType type = FieldType::Text;
    std::function<QString(const T &)> text;
    /// How the cell reads when not edited (empty: as `text`), e.g. money with separators.
    std::function<QString(const T &)> display;
    /// Applies `text` to `entity`; false with *error when it is not acceptable. Empty: read-only.
    std::function<bool(T &entity, const QString &text, QString *error)> set;
    /// For FieldType::Choice: the values offered (from the project).
    std::function<QStringList(const Project &)> choices;
};

} // namespace hp
