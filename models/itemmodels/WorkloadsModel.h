#pragma once

#include "itemmodels/EntityTableModel.h"

namespace hp {

/// Workloads: class, unit, demand and its growth, revenue, data, re-engineering effort.
class WorkloadsModel : public EntityTableModel<Workload> {
public:
    explicit WorkloadsModel(ProjectDocument *document, QObject *parent = nullptr);

protected:
    Workload newEntity() const override;
    QString entityName() const override { return tr("workload"); }
};

} // namespace hp
