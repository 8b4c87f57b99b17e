#pragma once

#include "domain/FieldDescriptor.h"
#include "domain/YearMonth.h"

#include <QString>

#include <optional>

namespace hp {

/// Egress terms and other dated clauses (licence/IP rights, preferred-provider
/// status…). `kind` is `egress_terms` or free text such as `licence_rights`.
/// An `egress_terms` clause with `waivesExitEgress` waives exit egress from the
/// contract's provider in the months it is in force (docs/domain-choices.md).
struct DatedClause {
    QString kind;
    QString text;
    std::optional<YearMonth> start;
    std::optional<YearMonth> end;
    bool waivesExitEgress = false;
    /// Its fields for every format (docs/architecture.md "Descriptors").
    static const EntityDescriptor<DatedClause> &descriptor();
    friend bool operator==(const DatedClause &, const DatedClause &) = default;
};

} // namespace hp
