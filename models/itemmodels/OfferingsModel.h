#pragma once

#include "itemmodels/EntityTableModel.h"

namespace hp {

/// Offerings: provider, unit, price, silicon, effective month and yearly drift.
class OfferingsModel : public EntityTableModel<Offering> {
public:
    explicit OfferingsModel(ProjectDocument *document, QObject *parent = nullptr);

protected:
    Offering newEntity() const override;
    QString entityName() const override { return tr("offering"); }
};

} // namespace hp
