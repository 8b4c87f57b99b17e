#pragma once

#include "domain/CapacityStep.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hp {

/// How the editors read and show the fields of docs/rules.md §11 that are not
/// plain numbers: a jurisdiction, a residency list and a capacity schedule.
/// Like FieldValidator, a committed text is taken as typed or refused with a
/// reason; nothing is dropped or rounded.
class ScarcityFields {
public:
    /// Empty (no jurisdiction) or an ISO 3166-1 alpha-2 code or `EU`, stored upper-case.
    static std::optional<QString> parseJurisdiction(QStringView text, QString *error);
    /// `IN|EU` (also `,` or `;` between codes); empty: processed anywhere.
    /// Refuses an unknown code by name, and a code given twice.
    static std::optional<QStringList> parseResidency(QStringView text, QString *error);
    /// `2027-01: 800; 2027-07: 1200` (`=` also separates); empty: no schedule.
    /// Units are ≥ 0 (0 serves nothing) with up to 9 decimals; months may not repeat.
    /// The steps keep the order typed, as capacity.csv keeps file order.
    static std::optional<std::vector<CapacityStep>> parseCapacitySchedule(QStringView text, QString *error);
    static QString capacityScheduleText(const std::vector<CapacityStep> &steps);
};

} // namespace hp
