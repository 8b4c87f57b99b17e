#pragma once

#include "itemmodels/EntityTableModel.h"

namespace hp {

/// Imported actuals (billed cost per provider and month, docs/rules.md §6.2).
class ActualsModel : public EntityTableModel<Actual> {
public:
    explicit ActualsModel(ProjectDocument *document, QObject *parent = nullptr);

protected:
    Actual newEntity() const override;
    QString entityName() const override { return tr("actual"); }
};

} // namespace hp
