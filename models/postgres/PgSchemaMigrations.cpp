// The frozen scripts of every PostgreSQL schema version (docs/storage.md,
// "Team server"). Never edit a released step: databases of that version exist.
// The tables mirror the .hedgeplan file's (ProjectSchemaMigrations.cpp) column
// for column, plus `project_id` (first part of every key: several projects
// share the schema) and `version` (bumped on every update, for the
// no-lost-update check). PgSchema.TablesMirrorTheProjectFile checks the mirror:
// a migration that adds a column to the file needs one here too.

#include "postgres/PgSchema.h"

#include <QStringList>

namespace hp {

namespace {

// Version 1. Runs with search_path = hedgeplan, pg_catalog inside one transaction.
const char *const kVersion1 = R"sql(
CREATE FUNCTION is_iso_date(value text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog AS $$
BEGIN
  RETURN value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND to_char(value::date, 'YYYY-MM-DD') = value;
EXCEPTION WHEN others THEN
  RETURN false;
END $$;

CREATE DOMAIN hp_month AS text COLLATE "C"
  CONSTRAINT is_month CHECK (VALUE ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' AND VALUE !~ '^0000');
CREATE DOMAIN hp_date AS text COLLATE "C" CONSTRAINT is_date CHECK (is_iso_date(VALUE));
CREATE DOMAIN hp_amount AS text COLLATE "C" CONSTRAINT non_negative_decimal CHECK (VALUE ~ '^[0-9.]+$');
CREATE DOMAIN hp_decimal AS text COLLATE "C" CONSTRAINT decimal CHECK (VALUE ~ '^[0-9.-]+$');
CREATE DOMAIN hp_percent AS text COLLATE "C" CONSTRAINT percent_0_to_100
  CHECK (VALUE IS NULL OR CASE WHEN VALUE ~ '^[0-9]+(\.[0-9]+)?$' THEN VALUE::numeric <= 100 ELSE false END);
CREATE DOMAIN hp_currency AS text COLLATE "C" CONSTRAINT iso4217 CHECK (VALUE ~ '^[A-Z]{3}$');
CREATE DOMAIN hp_class AS text COLLATE "C" CONSTRAINT workload_class CHECK (VALUE IN
  ('stateless_api', 'stateful_runtime', 'training', 'batch_inference', 'storage', 'other'));
CREATE DOMAIN hp_bool AS bigint CONSTRAINT zero_or_one CHECK (VALUE IN (0, 1));
CREATE DOMAIN hp_id AS text COLLATE "C" CONSTRAINT not_empty CHECK (VALUE <> '');

CREATE TABLE schema_version (
  id integer NOT NULL PRIMARY KEY CONSTRAINT single_row CHECK (id = 1),
  version integer NOT NULL,
  migrated_at timestamptz NOT NULL DEFAULT now(),
  migrated_by text NOT NULL DEFAULT current_user
);

CREATE TABLE projects (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL UNIQUE CONSTRAINT project_name_not_empty CHECK (btrim(name) <> ''),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT current_user
);

CREATE TABLE changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  who text NOT NULL DEFAULT current_user,
  at timestamptz NOT NULL DEFAULT now(),
  entity text NOT NULL,
  row_key jsonb NOT NULL,
  old_values jsonb,
  new_values jsonb
);
CREATE INDEX changes_by_row ON changes (project_id, entity, row_key);

CREATE TABLE project_settings (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  id bigint NOT NULL CONSTRAINT settings_single_row CHECK (id = 1),
  title text NOT NULL,
  reporting_currency hp_currency NOT NULL,
  illustrative hp_bool NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id)
);

CREATE TABLE exchange_rates (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  currency hp_currency NOT NULL,
  rate text COLLATE "C" NOT NULL CONSTRAINT rate_positive_decimal
    CHECK (CASE WHEN rate ~ '^[0-9]+(\.[0-9]+)?$' THEN rate::numeric > 0 ELSE false END),
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, currency)
);

CREATE TABLE providers (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  id hp_id NOT NULL,
  position bigint NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CONSTRAINT provider_kind CHECK (kind IN ('cloud', 'model', 'silicon', 'marketplace')),
  exit_egress_waived hp_bool NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id)
);

CREATE TABLE egress_tiers (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  provider_id text COLLATE "C" NOT NULL,
  position bigint NOT NULL,
  up_to_gb hp_amount,
  price_per_gb hp_amount NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, provider_id, position),
  FOREIGN KEY (project_id, provider_id) REFERENCES providers (project_id, id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE offerings (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  id hp_id NOT NULL,
  position bigint NOT NULL,
  provider_id text COLLATE "C" NOT NULL,
  name text NOT NULL,
  unit text NOT NULL,
  unit_price hp_amount NOT NULL,
  silicon text NOT NULL,
  effective_month hp_month,
  annual_drift_pct hp_decimal NOT NULL,
  region text NOT NULL DEFAULT '',
  jurisdiction text NOT NULL DEFAULT '',
  capacity_units hp_amount,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id),
  FOREIGN KEY (project_id, provider_id) REFERENCES providers (project_id, id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE capacity_schedule (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  offering_id text COLLATE "C" NOT NULL,
  position bigint NOT NULL,
  from_month hp_month NOT NULL,
  capacity_units hp_amount NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, offering_id, position),
  FOREIGN KEY (project_id, offering_id) REFERENCES offerings (project_id, id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE workloads (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  id hp_id NOT NULL,
  position bigint NOT NULL,
  name text NOT NULL,
  class hp_class NOT NULL,
  unit text NOT NULL,
  monthly_units hp_amount NOT NULL,
  monthly_growth_pct hp_decimal NOT NULL,
  monthly_revenue hp_amount NOT NULL,
  revenue_growth_pct hp_decimal NOT NULL,
  stored_gb hp_amount NOT NULL,
  reengineering_person_months hp_amount NOT NULL,
  cost_per_person_month hp_amount NOT NULL,
  criticality bigint CONSTRAINT criticality_1_to_5 CHECK (criticality BETWEEN 1 AND 5),
  residency text NOT NULL DEFAULT '',
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id)
);

CREATE TABLE contracts (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  id hp_id NOT NULL,
  position bigint NOT NULL,
  name text NOT NULL,
  provider_id text COLLATE "C" NOT NULL,
  start_month hp_month NOT NULL,
  end_month hp_month NOT NULL,
  start_date hp_date,
  end_date hp_date,
  notice_months bigint NOT NULL CONSTRAINT notice_months_non_negative CHECK (notice_months >= 0),
  termination_fee hp_amount NOT NULL,
  currency hp_currency NOT NULL,
  primary_class hp_class,
  exclusivity_scope text NOT NULL,
  notes text NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id),
  FOREIGN KEY (project_id, provider_id) REFERENCES providers (project_id, id) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT contract_end_not_before_start CHECK (end_month >= start_month),
  CONSTRAINT contract_end_date_not_before_start_date CHECK (end_date >= start_date)
);

CREATE TABLE commitment_clauses (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  contract_id text COLLATE "C" NOT NULL,
  position bigint NOT NULL,
  start_month hp_month,
  discount_pct hp_percent,
  marketplace_credit_pct hp_percent NOT NULL,
  true_up text NOT NULL CONSTRAINT commitment_true_up CHECK (true_up IN ('yearly', 'end_of_term')),
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, contract_id, position),
  FOREIGN KEY (project_id, contract_id) REFERENCES contracts (project_id, id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE commitment_years (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  contract_id text COLLATE "C" NOT NULL,
  clause_position bigint NOT NULL,
  year bigint NOT NULL CONSTRAINT commitment_year_from_1 CHECK (year >= 1),
  amount hp_amount NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, contract_id, clause_position, year),
  FOREIGN KEY (project_id, contract_id, clause_position)
    REFERENCES commitment_clauses (project_id, contract_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE commitment_eligible_classes (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  contract_id text COLLATE "C" NOT NULL,
  clause_position bigint NOT NULL,
  class hp_class NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, contract_id, clause_position, class),
  FOREIGN KEY (project_id, contract_id, clause_position)
    REFERENCES commitment_clauses (project_id, contract_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE revenue_share_clauses (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  contract_id text COLLATE "C" NOT NULL,
  position bigint NOT NULL,
  rate_pct hp_percent NOT NULL,
  start_month hp_month NOT NULL,
  sunset_month hp_month NOT NULL,
  placement_scope text NOT NULL CONSTRAINT revenue_share_placement_scope
    CHECK (placement_scope IN ('any', 'on_counterparty')),
  cap_total hp_amount,
  cap_per_year hp_amount,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, contract_id, position),
  FOREIGN KEY (project_id, contract_id) REFERENCES contracts (project_id, id) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT revenue_share_sunset_not_before_start CHECK (sunset_month >= start_month)
);

CREATE TABLE revenue_share_base_classes (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  contract_id text COLLATE "C" NOT NULL,
  clause_position bigint NOT NULL,
  class hp_class NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, contract_id, clause_position, class),
  FOREIGN KEY (project_id, contract_id, clause_position)
    REFERENCES revenue_share_clauses (project_id, contract_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE exclusivity_clauses (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  contract_id text COLLATE "C" NOT NULL,
  position bigint NOT NULL,
  start_month hp_month,
  end_month hp_month,
  damages_model text NOT NULL CONSTRAINT exclusivity_damages_model
    CHECK (damages_model IN ('pct_of_revenue', 'fixed_per_month')),
  damages_value hp_amount,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, contract_id, position),
  FOREIGN KEY (project_id, contract_id) REFERENCES contracts (project_id, id) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT exclusivity_end_not_before_start CHECK (end_month >= start_month),
  CONSTRAINT exclusivity_fixed_damages_need_value
    CHECK (damages_model <> 'fixed_per_month' OR damages_value IS NOT NULL)
);

CREATE TABLE exclusivity_classes (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  contract_id text COLLATE "C" NOT NULL,
  clause_position bigint NOT NULL,
  class hp_class NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, contract_id, clause_position, class),
  FOREIGN KEY (project_id, contract_id, clause_position)
    REFERENCES exclusivity_clauses (project_id, contract_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE classification_clauses (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  contract_id text COLLATE "C" NOT NULL,
  position bigint NOT NULL,
  class hp_class NOT NULL,
  covered text NOT NULL CONSTRAINT classification_covered CHECK (covered IN ('yes', 'no', 'contested')),
  p_breach_pct hp_percent NOT NULL,
  settlement_amount hp_amount,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, contract_id, position),
  FOREIGN KEY (project_id, contract_id) REFERENCES contracts (project_id, id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE dated_clauses (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  contract_id text COLLATE "C" NOT NULL,
  position bigint NOT NULL,
  kind text NOT NULL,
  text text NOT NULL,
  start_month hp_month,
  end_month hp_month,
  waives_exit_egress hp_bool NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, contract_id, position),
  FOREIGN KEY (project_id, contract_id) REFERENCES contracts (project_id, id) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT dated_clause_end_not_before_start CHECK (end_month >= start_month)
);

CREATE TABLE scenarios (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  name hp_id NOT NULL,
  position bigint NOT NULL,
  parent text COLLATE "C",
  start_month hp_month,
  months bigint CONSTRAINT scenario_months_1_to_240 CHECK (months BETWEEN 1 AND 240),
  discount_rate_pct hp_decimal,
  settle_disputes hp_bool,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, name),
  FOREIGN KEY (project_id, parent) REFERENCES scenarios (project_id, name) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT scenario_not_its_own_parent CHECK (parent <> name)
);

CREATE TABLE placements (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  scenario text COLLATE "C" NOT NULL,
  position bigint NOT NULL,
  workload_id text COLLATE "C" NOT NULL,
  from_month hp_month NOT NULL,
  dual_run_months bigint NOT NULL CONSTRAINT dual_run_months_non_negative CHECK (dual_run_months >= 0),
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, scenario, position),
  FOREIGN KEY (project_id, scenario) REFERENCES scenarios (project_id, name) DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (project_id, workload_id) REFERENCES workloads (project_id, id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE allocations (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  scenario text COLLATE "C" NOT NULL,
  placement_position bigint NOT NULL,
  position bigint NOT NULL,
  offering_id text COLLATE "C" NOT NULL,
  share_pct hp_percent NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, scenario, placement_position, position),
  FOREIGN KEY (project_id, offering_id) REFERENCES offerings (project_id, id) DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (project_id, scenario, placement_position)
    REFERENCES placements (project_id, scenario, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE uncertainty_ranges (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  scenario text COLLATE "C" NOT NULL,
  position bigint NOT NULL,
  input text NOT NULL CONSTRAINT uncertain_input CHECK (input IN
    ('growth', 'price_drift', 'revenue', 'p_breach', 'egress_gb', 'reengineering_months', 'capacity')),
  target text NOT NULL,
  distribution text NOT NULL CONSTRAINT distribution_kind
    CHECK (distribution IN ('fixed', 'uniform', 'triangular', 'normal', 'bernoulli')),
  a double precision NOT NULL CONSTRAINT a_finite CHECK (a NOT IN ('NaN', 'Infinity', '-Infinity')),
  b double precision NOT NULL CONSTRAINT b_finite CHECK (b NOT IN ('NaN', 'Infinity', '-Infinity')),
  c double precision NOT NULL CONSTRAINT c_finite CHECK (c NOT IN ('NaN', 'Infinity', '-Infinity')),
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, scenario, position),
  FOREIGN KEY (project_id, scenario) REFERENCES scenarios (project_id, name) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT uniform_low_not_above_high CHECK (distribution <> 'uniform' OR a <= b),
  CONSTRAINT triangular_low_mode_high CHECK (distribution <> 'triangular' OR (a <= b AND b <= c)),
  CONSTRAINT normal_sd_non_negative CHECK (distribution <> 'normal' OR b >= 0),
  CONSTRAINT bernoulli_p_0_to_1 CHECK (distribution <> 'bernoulli' OR (a >= 0 AND a <= 1))
);

CREATE TABLE actuals (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  position bigint NOT NULL,
  provider text NOT NULL,
  month hp_month NOT NULL,
  billed_cost hp_decimal NOT NULL,
  effective_cost hp_decimal NOT NULL,
  currency text NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, position)
);

-- Every update that changes a row bumps its version, whoever writes it (psql included).
CREATE FUNCTION bump_version() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
  IF NEW IS NOT DISTINCT FROM OLD THEN
    RETURN NEW; -- nothing changed: the version stays
  END IF;
  NEW.version := OLD.version + 1;
  RETURN NEW;
END $$;

-- The change log: who (the role), when, entity (table), row (its key) and the
-- changed columns' old and new values. Trigger arguments: the key columns.
CREATE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  o jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  n jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  r jsonb := COALESCE(n, o);
  k jsonb := '{}';
  column_name text;
BEGIN
  IF TG_NARGS = 1 THEN
    k := r -> TG_ARGV[0];
  ELSE
    FOREACH column_name IN ARRAY TG_ARGV LOOP
      k := k || jsonb_build_object(column_name, r -> column_name);
    END LOOP;
  END IF;
  o := o - 'project_id' - 'version';
  n := n - 'project_id' - 'version';
  IF TG_OP = 'UPDATE' THEN
    SELECT COALESCE(jsonb_object_agg(e.key, e.value), '{}') INTO o FROM jsonb_each(to_jsonb(OLD) - 'project_id' - 'version') e
      WHERE n -> e.key IS DISTINCT FROM e.value;
    SELECT COALESCE(jsonb_object_agg(e.key, e.value), '{}') INTO n FROM jsonb_each(to_jsonb(NEW) - 'project_id' - 'version') e
      WHERE to_jsonb(OLD) -> e.key IS DISTINCT FROM e.value;
    IF n = '{}' THEN
      RETURN NULL;
    END IF;
  END IF;
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT FROM hedgeplan.projects WHERE id = (r ->> 'project_id')::bigint) THEN
    RETURN NULL; -- the whole project is being deleted: its log goes with it
  END IF;
  INSERT INTO hedgeplan.changes (project_id, entity, row_key, old_values, new_values)
    VALUES ((r ->> 'project_id')::bigint, TG_TABLE_NAME, k, o, n);
  RETURN NULL;
END $$;
)sql";

/// The data tables and their key columns (project_id left out): each gets the
/// version and change-log triggers.
const char *const kVersion1Keys[][2] = {
    {"project_settings", "id"}, {"exchange_rates", "currency"}, {"providers", "id"},
    {"egress_tiers", "provider_id,position"}, {"offerings", "id"}, {"capacity_schedule", "offering_id,position"}, {"workloads", "id"}, {"contracts", "id"},
    {"commitment_clauses", "contract_id,position"}, {"commitment_years", "contract_id,clause_position,year"},
    {"commitment_eligible_classes", "contract_id,clause_position,class"},
    {"revenue_share_clauses", "contract_id,position"},
    {"revenue_share_base_classes", "contract_id,clause_position,class"},
    {"exclusivity_clauses", "contract_id,position"}, {"exclusivity_classes", "contract_id,clause_position,class"},
    {"classification_clauses", "contract_id,position"}, {"dated_clauses", "contract_id,position"},
    {"scenarios", "name"}, {"placements", "scenario,position"},
    {"allocations", "scenario,placement_position,position"}, {"uncertainty_ranges", "scenario,position"},
    {"actuals", "position"},
};

QString version1()
{
    QString script = QString::fromUtf8(kVersion1);
    for (const auto &table : kVersion1Keys) {
        const QString name = QString::fromLatin1(table[0]);
        QStringList keys;
        for (const QString &k : QString::fromLatin1(table[1]).split(u','))
            keys << QStringLiteral("'%1'").arg(k);
        script += QStringLiteral("CREATE TRIGGER bump_version BEFORE UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION bump_version();\n"
                                 "CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                                 "EXECUTE FUNCTION log_change(%2);\n")
                      .arg(name, keys.join(QStringLiteral(", ")));
    }
    return script;
}

// Version 2 (docs/rules.md §12.2, rev 2): commitment_tiers, as in the
// project file's version 3, with its version and change-log triggers.
const char *const kVersion2 = R"sql(
CREATE TABLE commitment_tiers (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  contract_id text COLLATE "C" NOT NULL,
  clause_position bigint NOT NULL,
  position bigint NOT NULL,
  min_total hp_amount NOT NULL,
  discount_pct hp_percent NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, contract_id, clause_position, position),
  FOREIGN KEY (project_id, contract_id, clause_position)
    REFERENCES commitment_clauses (project_id, contract_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE TRIGGER bump_version BEFORE UPDATE ON commitment_tiers FOR EACH ROW EXECUTE FUNCTION bump_version();
CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON commitment_tiers FOR EACH ROW
  EXECUTE FUNCTION log_change('contract_id', 'clause_position', 'position');
)sql";

} // namespace

const std::vector<PgSchema::Migration> &PgSchema::migrations()
{
    static const std::vector<Migration> steps =
        withChanges({{1, version1()}, {2, QString::fromUtf8(kVersion2)}, {3, version3()}, {4, version4()}},
                    std::begin(kSchemaChanges), std::end(kSchemaChanges));
    return steps;
}

} // namespace hp
