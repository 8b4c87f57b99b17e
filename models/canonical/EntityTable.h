#pragma once

#include "domain/Project.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hp {

enum class CellKind { Text, Money, Percent, Number, Integer, Bool, Month };

/// A typed tabular view of one entity of a project: the canonical CSV columns
/// (docs/rules.md §9) and one row per record. A cell holds its canonical exact
/// text (money "1234.5", percent "20", month "2026-01"), or nullopt for an
/// empty optional field. Used by the CSV writer and by `show --json`.
struct EntityTable {
    QString entity;
    QStringList columns;
    std::vector<CellKind> kinds;
    std::vector<std::vector<std::optional<QString>>> rows;
};

class EntityTables {
public:
    /// Every canonical file name without `.csv`, then `register`.
    static QStringList entities();
    static std::optional<EntityTable> build(const Project &project, const QString &entity);
};

} // namespace hp
