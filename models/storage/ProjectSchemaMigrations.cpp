// The frozen scripts of every schema version (docs/storage.md, "Migration
// policy"). Never edit a released step: files of that version exist in the
// wild and their sqlite_master must keep matching expectedObjects(version).
// A new version appends a step (ALTER TABLE / CREATE TABLE / data UPDATEs) and
// bumps ProjectSchema::kCurrentVersion; tests/data/storage/vN.hedgeplan keeps
// a file of every version.

#include "storage/ProjectSchema.h"

#include <iterator>

namespace hp {

namespace {

// Version 1. Money, prices and percentages are TEXT holding Decimal::toString()
// (exact); months are TEXT 'YYYY-MM'; dates TEXT 'YYYY-MM-DD'; booleans 0/1.
// `position` keeps the order of every list of hp::Project.
const char *const kVersion1 = R"sql(
CREATE TABLE project_settings (
  id INTEGER NOT NULL PRIMARY KEY CONSTRAINT settings_single_row CHECK (id = 1),
  title TEXT NOT NULL,
  reporting_currency TEXT NOT NULL
    CONSTRAINT reporting_currency_iso4217 CHECK (reporting_currency GLOB '[A-Z][A-Z][A-Z]'),
  illustrative INTEGER NOT NULL CONSTRAINT illustrative_bool CHECK (illustrative IN (0, 1))
) STRICT;

CREATE TABLE exchange_rates (
  currency TEXT NOT NULL PRIMARY KEY
    CONSTRAINT rate_currency_iso4217 CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
  rate TEXT NOT NULL CONSTRAINT rate_positive_decimal
    CHECK (rate <> '' AND rate NOT GLOB '*[^0-9.]*' AND CAST(rate AS REAL) > 0)
) STRICT;

CREATE TABLE providers (
  id TEXT NOT NULL PRIMARY KEY CONSTRAINT provider_id_not_empty CHECK (id <> ''),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CONSTRAINT provider_kind CHECK (kind IN ('cloud', 'model', 'silicon', 'marketplace')),
  exit_egress_waived INTEGER NOT NULL CONSTRAINT exit_egress_waived_bool CHECK (exit_egress_waived IN (0, 1))
) STRICT;

CREATE TABLE egress_tiers (
  provider_id TEXT NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  up_to_gb TEXT CONSTRAINT up_to_gb_non_negative
    CHECK (up_to_gb IS NULL OR (up_to_gb <> '' AND up_to_gb NOT GLOB '*[^0-9.]*')),
  price_per_gb TEXT NOT NULL CONSTRAINT price_per_gb_non_negative
    CHECK (price_per_gb <> '' AND price_per_gb NOT GLOB '*[^0-9.]*'),
  PRIMARY KEY (provider_id, position)
) STRICT;

CREATE TABLE offerings (
  id TEXT NOT NULL PRIMARY KEY CONSTRAINT offering_id_not_empty CHECK (id <> ''),
  position INTEGER NOT NULL,
  provider_id TEXT NOT NULL REFERENCES providers (id),
  name TEXT NOT NULL,
  unit TEXT NOT NULL,
  unit_price TEXT NOT NULL CONSTRAINT unit_price_non_negative
    CHECK (unit_price <> '' AND unit_price NOT GLOB '*[^0-9.]*'),
  silicon TEXT NOT NULL,
  effective_month TEXT CONSTRAINT effective_month_is_month
    CHECK (effective_month IS NULL OR (effective_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
           AND substr(effective_month, 6, 2) BETWEEN '01' AND '12' AND effective_month >= '0001-01')),
  annual_drift_pct TEXT NOT NULL CONSTRAINT annual_drift_pct_decimal
    CHECK (annual_drift_pct <> '' AND annual_drift_pct NOT GLOB '*[^0-9.-]*')
) STRICT;

CREATE TABLE workloads (
  id TEXT NOT NULL PRIMARY KEY CONSTRAINT workload_id_not_empty CHECK (id <> ''),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  class TEXT NOT NULL CONSTRAINT workload_class CHECK (class IN
    ('stateless_api', 'stateful_runtime', 'training', 'batch_inference', 'storage', 'other')),
  unit TEXT NOT NULL,
  monthly_units TEXT NOT NULL CONSTRAINT monthly_units_non_negative
    CHECK (monthly_units <> '' AND monthly_units NOT GLOB '*[^0-9.]*'),
  monthly_growth_pct TEXT NOT NULL CONSTRAINT monthly_growth_pct_decimal
    CHECK (monthly_growth_pct <> '' AND monthly_growth_pct NOT GLOB '*[^0-9.-]*'),
  monthly_revenue TEXT NOT NULL CONSTRAINT monthly_revenue_non_negative
    CHECK (monthly_revenue <> '' AND monthly_revenue NOT GLOB '*[^0-9.]*'),
  revenue_growth_pct TEXT NOT NULL CONSTRAINT revenue_growth_pct_decimal
    CHECK (revenue_growth_pct <> '' AND revenue_growth_pct NOT GLOB '*[^0-9.-]*'),
  stored_gb TEXT NOT NULL CONSTRAINT stored_gb_non_negative
    CHECK (stored_gb <> '' AND stored_gb NOT GLOB '*[^0-9.]*'),
  reengineering_person_months TEXT NOT NULL CONSTRAINT reengineering_person_months_non_negative
    CHECK (reengineering_person_months <> '' AND reengineering_person_months NOT GLOB '*[^0-9.]*'),
  cost_per_person_month TEXT NOT NULL CONSTRAINT cost_per_person_month_non_negative
    CHECK (cost_per_person_month <> '' AND cost_per_person_month NOT GLOB '*[^0-9.]*'),
  criticality INTEGER CONSTRAINT criticality_1_to_5 CHECK (criticality IS NULL OR criticality BETWEEN 1 AND 5)
) STRICT;

CREATE TABLE contracts (
  id TEXT NOT NULL PRIMARY KEY CONSTRAINT contract_id_not_empty CHECK (id <> ''),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  provider_id TEXT NOT NULL REFERENCES providers (id),
  start_month TEXT NOT NULL CONSTRAINT contract_start_month_is_month
    CHECK (start_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
           AND substr(start_month, 6, 2) BETWEEN '01' AND '12' AND start_month >= '0001-01'),
  end_month TEXT NOT NULL CONSTRAINT contract_end_month_is_month
    CHECK (end_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
           AND substr(end_month, 6, 2) BETWEEN '01' AND '12' AND end_month >= '0001-01'),
  start_date TEXT CONSTRAINT contract_start_date_is_date
    CHECK (start_date IS NULL OR (start_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'
           AND date(start_date, '+0 days') IS start_date)),
  end_date TEXT CONSTRAINT contract_end_date_is_date
    CHECK (end_date IS NULL OR (end_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'
           AND date(end_date, '+0 days') IS end_date)),
  notice_months INTEGER NOT NULL CONSTRAINT notice_months_non_negative CHECK (notice_months >= 0),
  termination_fee TEXT NOT NULL CONSTRAINT termination_fee_non_negative
    CHECK (termination_fee <> '' AND termination_fee NOT GLOB '*[^0-9.]*'),
  currency TEXT NOT NULL CONSTRAINT contract_currency_iso4217 CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
  primary_class TEXT CONSTRAINT contract_primary_class CHECK (primary_class IS NULL OR primary_class IN
    ('stateless_api', 'stateful_runtime', 'training', 'batch_inference', 'storage', 'other')),
  exclusivity_scope TEXT NOT NULL,
  notes TEXT NOT NULL,
  CONSTRAINT contract_end_not_before_start CHECK (end_month >= start_month),
  CONSTRAINT contract_end_date_not_before_start_date
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
) STRICT;

CREATE TABLE commitment_clauses (
  contract_id TEXT NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  start_month TEXT CONSTRAINT commitment_start_month_is_month
    CHECK (start_month IS NULL OR (start_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
           AND substr(start_month, 6, 2) BETWEEN '01' AND '12' AND start_month >= '0001-01')),
  discount_pct TEXT NOT NULL CONSTRAINT commitment_discount_pct_0_to_100
    CHECK (discount_pct <> '' AND discount_pct NOT GLOB '*[^0-9.]*' AND CAST(discount_pct AS REAL) <= 100),
  marketplace_credit_pct TEXT NOT NULL CONSTRAINT marketplace_credit_pct_0_to_100
    CHECK (marketplace_credit_pct <> '' AND marketplace_credit_pct NOT GLOB '*[^0-9.]*'
           AND CAST(marketplace_credit_pct AS REAL) <= 100),
  true_up TEXT NOT NULL CONSTRAINT commitment_true_up CHECK (true_up IN ('yearly', 'end_of_term')),
  PRIMARY KEY (contract_id, position)
) STRICT;

CREATE TABLE commitment_years (
  contract_id TEXT NOT NULL,
  clause_position INTEGER NOT NULL,
  year INTEGER NOT NULL CONSTRAINT commitment_year_from_1 CHECK (year >= 1),
  amount TEXT NOT NULL CONSTRAINT commitment_amount_non_negative
    CHECK (amount <> '' AND amount NOT GLOB '*[^0-9.]*'),
  PRIMARY KEY (contract_id, clause_position, year),
  FOREIGN KEY (contract_id, clause_position)
    REFERENCES commitment_clauses (contract_id, position) ON DELETE CASCADE
) STRICT;

CREATE TABLE commitment_eligible_classes (
  contract_id TEXT NOT NULL,
  clause_position INTEGER NOT NULL,
  class TEXT NOT NULL CONSTRAINT commitment_eligible_class CHECK (class IN
    ('stateless_api', 'stateful_runtime', 'training', 'batch_inference', 'storage', 'other')),
  PRIMARY KEY (contract_id, clause_position, class),
  FOREIGN KEY (contract_id, clause_position)
    REFERENCES commitment_clauses (contract_id, position) ON DELETE CASCADE
) STRICT;

CREATE TABLE revenue_share_clauses (
  contract_id TEXT NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  rate_pct TEXT NOT NULL CONSTRAINT revenue_share_rate_pct_0_to_100
    CHECK (rate_pct <> '' AND rate_pct NOT GLOB '*[^0-9.]*' AND CAST(rate_pct AS REAL) <= 100),
  start_month TEXT NOT NULL CONSTRAINT revenue_share_start_month_is_month
    CHECK (start_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
           AND substr(start_month, 6, 2) BETWEEN '01' AND '12' AND start_month >= '0001-01'),
  sunset_month TEXT NOT NULL CONSTRAINT revenue_share_sunset_month_is_month
    CHECK (sunset_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
           AND substr(sunset_month, 6, 2) BETWEEN '01' AND '12' AND sunset_month >= '0001-01'),
  placement_scope TEXT NOT NULL CONSTRAINT revenue_share_placement_scope
    CHECK (placement_scope IN ('any', 'on_counterparty')),
  cap_total TEXT CONSTRAINT revenue_share_cap_total_non_negative
    CHECK (cap_total IS NULL OR (cap_total <> '' AND cap_total NOT GLOB '*[^0-9.]*')),
  cap_per_year TEXT CONSTRAINT revenue_share_cap_per_year_non_negative
    CHECK (cap_per_year IS NULL OR (cap_per_year <> '' AND cap_per_year NOT GLOB '*[^0-9.]*')),
  PRIMARY KEY (contract_id, position),
  CONSTRAINT revenue_share_sunset_not_before_start CHECK (sunset_month >= start_month)
) STRICT;

CREATE TABLE revenue_share_base_classes (
  contract_id TEXT NOT NULL,
  clause_position INTEGER NOT NULL,
  class TEXT NOT NULL CONSTRAINT revenue_share_base_class CHECK (class IN
    ('stateless_api', 'stateful_runtime', 'training', 'batch_inference', 'storage', 'other')),
  PRIMARY KEY (contract_id, clause_position, class),
  FOREIGN KEY (contract_id, clause_position)
    REFERENCES revenue_share_clauses (contract_id, position) ON DELETE CASCADE
) STRICT;

CREATE TABLE exclusivity_clauses (
  contract_id TEXT NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  start_month TEXT CONSTRAINT exclusivity_start_month_is_month
    CHECK (start_month IS NULL OR (start_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
           AND substr(start_month, 6, 2) BETWEEN '01' AND '12' AND start_month >= '0001-01')),
  end_month TEXT CONSTRAINT exclusivity_end_month_is_month
    CHECK (end_month IS NULL OR (end_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
           AND substr(end_month, 6, 2) BETWEEN '01' AND '12' AND end_month >= '0001-01')),
  damages_model TEXT NOT NULL CONSTRAINT exclusivity_damages_model
    CHECK (damages_model IN ('pct_of_revenue', 'fixed_per_month')),
  damages_value TEXT CONSTRAINT exclusivity_damages_value_non_negative
    CHECK (damages_value IS NULL OR (damages_value <> '' AND damages_value NOT GLOB '*[^0-9.]*')),
  PRIMARY KEY (contract_id, position),
  CONSTRAINT exclusivity_end_not_before_start
    CHECK (start_month IS NULL OR end_month IS NULL OR end_month >= start_month),
  CONSTRAINT exclusivity_fixed_damages_need_value
    CHECK (damages_model <> 'fixed_per_month' OR damages_value IS NOT NULL)
) STRICT;

CREATE TABLE exclusivity_classes (
  contract_id TEXT NOT NULL,
  clause_position INTEGER NOT NULL,
  class TEXT NOT NULL CONSTRAINT exclusivity_class CHECK (class IN
    ('stateless_api', 'stateful_runtime', 'training', 'batch_inference', 'storage', 'other')),
  PRIMARY KEY (contract_id, clause_position, class),
  FOREIGN KEY (contract_id, clause_position)
    REFERENCES exclusivity_clauses (contract_id, position) ON DELETE CASCADE
) STRICT;

CREATE TABLE classification_clauses (
  contract_id TEXT NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  class TEXT NOT NULL CONSTRAINT classification_class CHECK (class IN
    ('stateless_api', 'stateful_runtime', 'training', 'batch_inference', 'storage', 'other')),
  covered TEXT NOT NULL CONSTRAINT classification_covered CHECK (covered IN ('yes', 'no', 'contested')),
  p_breach_pct TEXT NOT NULL CONSTRAINT classification_p_breach_pct_0_to_100
    CHECK (p_breach_pct <> '' AND p_breach_pct NOT GLOB '*[^0-9.]*' AND CAST(p_breach_pct AS REAL) <= 100),
  PRIMARY KEY (contract_id, position)
) STRICT;

CREATE TABLE dated_clauses (
  contract_id TEXT NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  start_month TEXT CONSTRAINT dated_clause_start_month_is_month
    CHECK (start_month IS NULL OR (start_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
           AND substr(start_month, 6, 2) BETWEEN '01' AND '12' AND start_month >= '0001-01')),
  end_month TEXT CONSTRAINT dated_clause_end_month_is_month
    CHECK (end_month IS NULL OR (end_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
           AND substr(end_month, 6, 2) BETWEEN '01' AND '12' AND end_month >= '0001-01')),
  waives_exit_egress INTEGER NOT NULL CONSTRAINT dated_clause_waives_exit_egress_bool
    CHECK (waives_exit_egress IN (0, 1)),
  PRIMARY KEY (contract_id, position),
  CONSTRAINT dated_clause_end_not_before_start
    CHECK (start_month IS NULL OR end_month IS NULL OR end_month >= start_month)
) STRICT;

CREATE TABLE scenarios (
  name TEXT NOT NULL PRIMARY KEY CONSTRAINT scenario_name_not_empty CHECK (name <> ''),
  position INTEGER NOT NULL,
  parent TEXT REFERENCES scenarios (name) DEFERRABLE INITIALLY DEFERRED,
  start_month TEXT CONSTRAINT scenario_start_month_is_month
    CHECK (start_month IS NULL OR (start_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
           AND substr(start_month, 6, 2) BETWEEN '01' AND '12' AND start_month >= '0001-01')),
  months INTEGER CONSTRAINT scenario_months_1_to_240 CHECK (months IS NULL OR months BETWEEN 1 AND 240),
  discount_rate_pct TEXT CONSTRAINT scenario_discount_rate_pct_decimal
    CHECK (discount_rate_pct IS NULL OR (discount_rate_pct <> '' AND discount_rate_pct NOT GLOB '*[^0-9.-]*')),
  CONSTRAINT scenario_not_its_own_parent CHECK (parent IS NULL OR parent <> name)
) STRICT;

CREATE TABLE placements (
  scenario TEXT NOT NULL REFERENCES scenarios (name) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  workload_id TEXT NOT NULL REFERENCES workloads (id),
  from_month TEXT NOT NULL CONSTRAINT placement_from_month_is_month
    CHECK (from_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
           AND substr(from_month, 6, 2) BETWEEN '01' AND '12' AND from_month >= '0001-01'),
  dual_run_months INTEGER NOT NULL CONSTRAINT dual_run_months_non_negative CHECK (dual_run_months >= 0),
  PRIMARY KEY (scenario, position)
) STRICT;

CREATE TABLE allocations (
  scenario TEXT NOT NULL,
  placement_position INTEGER NOT NULL,
  position INTEGER NOT NULL,
  offering_id TEXT NOT NULL REFERENCES offerings (id),
  share_pct TEXT NOT NULL CONSTRAINT allocation_share_pct_0_to_100
    CHECK (share_pct <> '' AND share_pct NOT GLOB '*[^0-9.]*' AND CAST(share_pct AS REAL) <= 100),
  PRIMARY KEY (scenario, placement_position, position),
  FOREIGN KEY (scenario, placement_position) REFERENCES placements (scenario, position) ON DELETE CASCADE
) STRICT;

CREATE TABLE uncertainty_ranges (
  scenario TEXT NOT NULL REFERENCES scenarios (name) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  input TEXT NOT NULL CONSTRAINT uncertain_input CHECK (input IN
    ('growth', 'price_drift', 'revenue', 'p_breach', 'egress_gb', 'reengineering_months')),
  target TEXT NOT NULL,
  distribution TEXT NOT NULL CONSTRAINT distribution_kind
    CHECK (distribution IN ('fixed', 'uniform', 'triangular', 'normal', 'bernoulli')),
  a REAL NOT NULL,
  b REAL NOT NULL,
  c REAL NOT NULL,
  PRIMARY KEY (scenario, position),
  CONSTRAINT uniform_low_not_above_high CHECK (distribution <> 'uniform' OR a <= b),
  CONSTRAINT triangular_low_mode_high CHECK (distribution <> 'triangular' OR (a <= b AND b <= c)),
  CONSTRAINT normal_sd_non_negative CHECK (distribution <> 'normal' OR b >= 0),
  CONSTRAINT bernoulli_p_0_to_1 CHECK (distribution <> 'bernoulli' OR (a >= 0 AND a <= 1))
) STRICT;

CREATE TABLE actuals (
  position INTEGER PRIMARY KEY,
  provider TEXT NOT NULL,
  month TEXT NOT NULL CONSTRAINT actual_month_is_month
    CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
           AND substr(month, 6, 2) BETWEEN '01' AND '12' AND month >= '0001-01'),
  billed_cost TEXT NOT NULL CONSTRAINT billed_cost_decimal
    CHECK (billed_cost <> '' AND billed_cost NOT GLOB '*[^0-9.-]*'),
  effective_cost TEXT NOT NULL CONSTRAINT effective_cost_decimal
    CHECK (effective_cost <> '' AND effective_cost NOT GLOB '*[^0-9.-]*'),
  currency TEXT NOT NULL
) STRICT;
)sql";

// Version 2 gathers two changes of round 2 (one release):
// (a) a commitment clause's discount_pct may be empty (not given;
// docs/rules.md §6.1 rev 2: an empty optional field stays empty, never 0). SQLite
// cannot drop a NOT NULL, so the clause table is rebuilt with its two child
// tables (which name it in their foreign keys): the new tables are filled,
// the old ones dropped children first (so no ON DELETE CASCADE fires), and
// the new ones take the old names (ALTER TABLE RENAME rewrites the foreign
// keys that name them). Every version-1 value is kept as it was.
// (b) (docs/rules.md §11, rev 2: scarcity, sovereignty, disputes). New
// columns default to "not set" so that a version-1 file reads as before;
// uncertainty_ranges is rebuilt because its CHECK gains the input 'capacity'.
const char *const kVersion2 = R"sql(
CREATE TABLE commitment_clauses_v2 (
  contract_id TEXT NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  start_month TEXT CONSTRAINT commitment_start_month_is_month
    CHECK (start_month IS NULL OR (start_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
           AND substr(start_month, 6, 2) BETWEEN '01' AND '12' AND start_month >= '0001-01')),
  discount_pct TEXT CONSTRAINT commitment_discount_pct_0_to_100
    CHECK (discount_pct IS NULL OR (discount_pct <> '' AND discount_pct NOT GLOB '*[^0-9.]*'
           AND CAST(discount_pct AS REAL) <= 100)),
  marketplace_credit_pct TEXT NOT NULL CONSTRAINT marketplace_credit_pct_0_to_100
    CHECK (marketplace_credit_pct <> '' AND marketplace_credit_pct NOT GLOB '*[^0-9.]*'
           AND CAST(marketplace_credit_pct AS REAL) <= 100),
  true_up TEXT NOT NULL CONSTRAINT commitment_true_up CHECK (true_up IN ('yearly', 'end_of_term')),
  PRIMARY KEY (contract_id, position)
) STRICT;

CREATE TABLE commitment_years_v2 (
  contract_id TEXT NOT NULL,
  clause_position INTEGER NOT NULL,
  year INTEGER NOT NULL CONSTRAINT commitment_year_from_1 CHECK (year >= 1),
  amount TEXT NOT NULL CONSTRAINT commitment_amount_non_negative
    CHECK (amount <> '' AND amount NOT GLOB '*[^0-9.]*'),
  PRIMARY KEY (contract_id, clause_position, year),
  FOREIGN KEY (contract_id, clause_position)
    REFERENCES commitment_clauses_v2 (contract_id, position) ON DELETE CASCADE
) STRICT;

CREATE TABLE commitment_eligible_classes_v2 (
  contract_id TEXT NOT NULL,
  clause_position INTEGER NOT NULL,
  class TEXT NOT NULL CONSTRAINT commitment_eligible_class CHECK (class IN
    ('stateless_api', 'stateful_runtime', 'training', 'batch_inference', 'storage', 'other')),
  PRIMARY KEY (contract_id, clause_position, class),
  FOREIGN KEY (contract_id, clause_position)
    REFERENCES commitment_clauses_v2 (contract_id, position) ON DELETE CASCADE
) STRICT;

INSERT INTO commitment_clauses_v2 (contract_id, position, start_month, discount_pct, marketplace_credit_pct, true_up)
  SELECT contract_id, position, start_month, discount_pct, marketplace_credit_pct, true_up FROM commitment_clauses;
INSERT INTO commitment_years_v2 (contract_id, clause_position, year, amount)
  SELECT contract_id, clause_position, year, amount FROM commitment_years;
INSERT INTO commitment_eligible_classes_v2 (contract_id, clause_position, class)
  SELECT contract_id, clause_position, class FROM commitment_eligible_classes;

DROP TABLE commitment_eligible_classes;
DROP TABLE commitment_years;
DROP TABLE commitment_clauses;

ALTER TABLE commitment_clauses_v2 RENAME TO commitment_clauses;
ALTER TABLE commitment_years_v2 RENAME TO commitment_years;
ALTER TABLE commitment_eligible_classes_v2 RENAME TO commitment_eligible_classes;

ALTER TABLE offerings ADD COLUMN region TEXT NOT NULL DEFAULT '';
ALTER TABLE offerings ADD COLUMN jurisdiction TEXT NOT NULL DEFAULT '';
ALTER TABLE offerings ADD COLUMN capacity_units TEXT CONSTRAINT offering_capacity_units_non_negative
  CHECK (capacity_units IS NULL OR (capacity_units <> '' AND capacity_units NOT GLOB '*[^0-9.]*'));

CREATE TABLE capacity_schedule (
  offering_id TEXT NOT NULL REFERENCES offerings (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  from_month TEXT NOT NULL CONSTRAINT capacity_from_month_is_month
    CHECK (from_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
           AND substr(from_month, 6, 2) BETWEEN '01' AND '12' AND from_month >= '0001-01'),
  capacity_units TEXT NOT NULL CONSTRAINT capacity_schedule_units_non_negative
    CHECK (capacity_units <> '' AND capacity_units NOT GLOB '*[^0-9.]*'),
  PRIMARY KEY (offering_id, position)
) STRICT;

ALTER TABLE workloads ADD COLUMN residency TEXT NOT NULL DEFAULT '';

ALTER TABLE classification_clauses ADD COLUMN settlement_amount TEXT
  CONSTRAINT classification_settlement_amount_non_negative
  CHECK (settlement_amount IS NULL OR (settlement_amount <> '' AND settlement_amount NOT GLOB '*[^0-9.]*'));

ALTER TABLE scenarios ADD COLUMN settle_disputes INTEGER
  CONSTRAINT scenario_settle_disputes_bool CHECK (settle_disputes IS NULL OR settle_disputes IN (0, 1));

CREATE TABLE uncertainty_ranges_v2 (
  scenario TEXT NOT NULL REFERENCES scenarios (name) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  input TEXT NOT NULL CONSTRAINT uncertain_input CHECK (input IN
    ('growth', 'price_drift', 'revenue', 'p_breach', 'egress_gb', 'reengineering_months', 'capacity')),
  target TEXT NOT NULL,
  distribution TEXT NOT NULL CONSTRAINT distribution_kind
    CHECK (distribution IN ('fixed', 'uniform', 'triangular', 'normal', 'bernoulli')),
  a REAL NOT NULL,
  b REAL NOT NULL,
  c REAL NOT NULL,
  PRIMARY KEY (scenario, position),
  CONSTRAINT uniform_low_not_above_high CHECK (distribution <> 'uniform' OR a <= b),
  CONSTRAINT triangular_low_mode_high CHECK (distribution <> 'triangular' OR (a <= b AND b <= c)),
  CONSTRAINT normal_sd_non_negative CHECK (distribution <> 'normal' OR b >= 0),
  CONSTRAINT bernoulli_p_0_to_1 CHECK (distribution <> 'bernoulli' OR (a >= 0 AND a <= 1))
) STRICT;
INSERT INTO uncertainty_ranges_v2 (scenario, position, input, target, distribution, a, b, c)
  SELECT scenario, position, input, target, distribution, a, b, c FROM uncertainty_ranges;
DROP TABLE uncertainty_ranges;
ALTER TABLE uncertainty_ranges_v2 RENAME TO uncertainty_ranges;
)sql";

// Version 3 (docs/rules.md §12.2, rev 2: commitment sizing): a commitment
// clause's discount schedule by total committed, one row per tier in
// ascending min_total (`position` keeps their order). A file of version 1 or 2
// has no tiers, so every clause keeps its own discount_pct.
const char *const kVersion3 = R"sql(
CREATE TABLE commitment_tiers (
  contract_id TEXT NOT NULL,
  clause_position INTEGER NOT NULL,
  position INTEGER NOT NULL,
  min_total TEXT NOT NULL CONSTRAINT commitment_tier_min_total_non_negative
    CHECK (min_total <> '' AND min_total NOT GLOB '*[^0-9.]*'),
  discount_pct TEXT NOT NULL CONSTRAINT commitment_tier_discount_pct_0_to_100
    CHECK (discount_pct <> '' AND discount_pct NOT GLOB '*[^0-9.]*' AND CAST(discount_pct AS REAL) <= 100),
  PRIMARY KEY (contract_id, clause_position, position),
  FOREIGN KEY (contract_id, clause_position)
    REFERENCES commitment_clauses (contract_id, position) ON DELETE CASCADE
) STRICT;
)sql";

} // namespace

const std::vector<ProjectSchema::Migration> &ProjectSchema::migrations()
{
    static const std::vector<Migration> steps = [] {
        std::vector<Migration> all{
            {1, QString::fromUtf8(kVersion1)},
            {2, QString::fromUtf8(kVersion2)},
            {3, QString::fromUtf8(kVersion3)},
        };
        // Later versions: the declared changes (storage/SchemaChange.h).
        for (int v = SchemaChanges::scriptedVersion() + 1; v <= SchemaChanges::lastVersion(); ++v)
            all.push_back({v, SchemaChanges::sqliteScript(v, std::begin(kSchemaChanges), std::end(kSchemaChanges))});
        return all;
    }();
    return steps;
}

} // namespace hp
