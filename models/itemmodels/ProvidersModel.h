#pragma once

#include "itemmodels/EntityTableModel.h"

namespace hp {

/// Providers with their egress tiers (`up_to_gb:price; …; rest:price`) and exit waiver.
class ProvidersModel : public EntityTableModel<Provider> {
public:
    explicit ProvidersModel(ProjectDocument *document, QObject *parent = nullptr);

    /// `10240:0.09; rest:0.05` ↔ tiers; parse fails with *error on a malformed or descending list.
    static QString formatTiers(const std::vector<EgressTier> &tiers);
    static std::optional<std::vector<EgressTier>> parseTiers(const QString &text, QString *error);

protected:
    Provider newEntity() const override;
    QString entityName() const override { return tr("provider"); }
};

} // namespace hp
