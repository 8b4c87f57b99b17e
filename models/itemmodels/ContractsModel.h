#pragma once

#include "itemmodels/EntityTableModel.h"

namespace hp {

/// Contracts' own fields (term, notice, termination fee, currency); their
/// clauses are edited through ClausesModel.
class ContractsModel : public EntityTableModel<Contract> {
public:
    explicit ContractsModel(ProjectDocument *document, QObject *parent = nullptr);

protected:
    Contract newEntity() const override;
    QString entityName() const override { return tr("contract"); }
};

} // namespace hp
