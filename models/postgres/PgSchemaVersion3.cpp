// PostgreSQL schema version 3 (docs/storage.md, "Benchmark (PostgreSQL)"):
// the change log is written once per statement from its transition tables
// instead of by a PL/pgSQL call and an INSERT per row. Frozen like every
// released step (PgSchemaMigrations.cpp): databases of this version exist.
//
// The log's entries stay the same for the same edit (who, when, entity, row
// key, the changed columns' old and new values; rows of a deleted project are
// not logged) and in the same order: a statement's rows in the order it wrote
// them. Versions are still bumped per row (bump_version, version 1).

#include "postgres/PgSchema.h"

#include <QStringList>

namespace hp {

namespace {

// Runs with search_path = hedgeplan, pg_catalog inside the migration's transaction.
const char *const kVersion3 = R"sql(
-- Foreign keys to projects: kept on the tables whose rows belong to the project
-- directly; dropped where the row's parent key (project_id, …) already ties it to
-- its project (checked at COMMIT, as before) and on the change log (written by the
-- triggers below from such rows). Each dropped key was checked per row on insert.
-- Deleting a project deletes those rows (and its log) before the project's row;
-- ON DELETE CASCADE deletes the rest, as before.
ALTER TABLE changes DROP CONSTRAINT changes_project_id_fkey;
CREATE FUNCTION delete_project_rows() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
  DELETE FROM hedgeplan.allocations WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.placements WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.uncertainty_ranges WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.commitment_years WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.commitment_eligible_classes WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.commitment_tiers WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.commitment_clauses WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.revenue_share_base_classes WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.revenue_share_clauses WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.exclusivity_classes WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.exclusivity_clauses WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.classification_clauses WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.dated_clauses WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.contracts WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.capacity_schedule WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.offerings WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.egress_tiers WHERE project_id = OLD.id;
  DELETE FROM hedgeplan.changes WHERE project_id = OLD.id; -- with the entries of the deletes above
  RETURN OLD;
END $$;
CREATE TRIGGER delete_project_rows BEFORE DELETE ON projects FOR EACH ROW EXECUTE FUNCTION delete_project_rows();

-- One statement's inserted, updated or deleted rows into the change log.
-- Trigger arguments: the key columns (1 to 3). Transition tables: new_rows, old_rows.
CREATE FUNCTION log_statement() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  k1 text := TG_ARGV[0];
  k2 text := CASE WHEN TG_NARGS > 1 THEN TG_ARGV[1] END;
  k3 text := CASE WHEN TG_NARGS > 2 THEN TG_ARGV[2] END;
BEGIN
  IF TG_NARGS > 3 THEN
    RAISE EXCEPTION 'log_statement() takes 1 to 3 key columns, % given', TG_NARGS;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO hedgeplan.changes (project_id, entity, row_key, old_values, new_values)
      SELECT (n ->> 'project_id')::bigint, TG_TABLE_NAME,
             CASE TG_NARGS WHEN 1 THEN n -> k1
                           WHEN 2 THEN jsonb_build_object(k1, n -> k1, k2, n -> k2)
                           ELSE jsonb_build_object(k1, n -> k1, k2, n -> k2, k3, n -> k3) END,
             NULL, n - 'project_id' - 'version'
        FROM (SELECT to_jsonb(r) AS n FROM new_rows AS r OFFSET 0) AS inserted; -- OFFSET 0: to_jsonb once per row, not per use of n
  ELSIF TG_OP = 'UPDATE' THEN
    -- Both transition tables hold the statement's rows in the same order: the
    -- i-th old row is the i-th new row's previous state (its key may have changed).
    INSERT INTO hedgeplan.changes (project_id, entity, row_key, old_values, new_values)
      SELECT (n ->> 'project_id')::bigint, TG_TABLE_NAME,
             CASE TG_NARGS WHEN 1 THEN n -> k1
                           WHEN 2 THEN jsonb_build_object(k1, n -> k1, k2, n -> k2)
                           ELSE jsonb_build_object(k1, n -> k1, k2, n -> k2, k3, n -> k3) END,
             (SELECT COALESCE(jsonb_object_agg(e.key, e.value), '{}') FROM jsonb_each(o - 'project_id' - 'version') AS e
               WHERE n -> e.key IS DISTINCT FROM e.value),
             (SELECT COALESCE(jsonb_object_agg(e.key, e.value), '{}') FROM jsonb_each(n - 'project_id' - 'version') AS e
               WHERE o -> e.key IS DISTINCT FROM e.value)
        FROM (SELECT row_number() OVER () AS i, to_jsonb(r) AS o FROM old_rows AS r) AS before
        JOIN (SELECT row_number() OVER () AS i, to_jsonb(r) AS n FROM new_rows AS r) AS after USING (i)
       WHERE o - 'project_id' - 'version' <> n - 'project_id' - 'version' -- nothing changed: no entry
       ORDER BY i;
  ELSE
    INSERT INTO hedgeplan.changes (project_id, entity, row_key, old_values, new_values)
      SELECT (o ->> 'project_id')::bigint, TG_TABLE_NAME,
             CASE TG_NARGS WHEN 1 THEN o -> k1
                           WHEN 2 THEN jsonb_build_object(k1, o -> k1, k2, o -> k2)
                           ELSE jsonb_build_object(k1, o -> k1, k2, o -> k2, k3, o -> k3) END,
             o - 'project_id' - 'version', NULL
        FROM (SELECT row_number() OVER () AS i, to_jsonb(r) AS o FROM old_rows AS r) AS deleted
       -- the whole project is being deleted: its log goes with it
       WHERE EXISTS (SELECT FROM hedgeplan.projects AS p WHERE p.id = (o ->> 'project_id')::bigint)
       ORDER BY i;
  END IF;
  RETURN NULL;
END $$;
)sql";

/// The tables whose foreign key to projects version 3 drops (each has a parent key with project_id).
const char *const kVersion3ChildTables[] = {
    "egress_tiers", "offerings", "capacity_schedule", "contracts", "commitment_clauses", "commitment_years",
    "commitment_eligible_classes", "commitment_tiers", "revenue_share_clauses", "revenue_share_base_classes",
    "exclusivity_clauses", "exclusivity_classes", "classification_clauses", "dated_clauses", "placements",
    "allocations", "uncertainty_ranges",
};

/// Every data table of version 2 and its key columns (project_id left out).
const char *const kVersion3Keys[][2] = {
    {"project_settings", "id"}, {"exchange_rates", "currency"}, {"providers", "id"},
    {"egress_tiers", "provider_id,position"}, {"offerings", "id"}, {"capacity_schedule", "offering_id,position"},
    {"workloads", "id"}, {"contracts", "id"}, {"commitment_clauses", "contract_id,position"},
    {"commitment_years", "contract_id,clause_position,year"},
    {"commitment_eligible_classes", "contract_id,clause_position,class"},
    {"commitment_tiers", "contract_id,clause_position,position"},
    {"revenue_share_clauses", "contract_id,position"},
    {"revenue_share_base_classes", "contract_id,clause_position,class"},
    {"exclusivity_clauses", "contract_id,position"}, {"exclusivity_classes", "contract_id,clause_position,class"},
    {"classification_clauses", "contract_id,position"}, {"dated_clauses", "contract_id,position"},
    {"scenarios", "name"}, {"placements", "scenario,position"},
    {"allocations", "scenario,placement_position,position"}, {"uncertainty_ranges", "scenario,position"},
    {"actuals", "position"},
};

} // namespace

QString PgSchema::version3()
{
    QString script = QString::fromUtf8(kVersion3);
    for (const auto &table : kVersion3Keys) {
        const QString name = QString::fromLatin1(table[0]);
        QStringList keys;
        for (const QString &k : QString::fromLatin1(table[1]).split(u','))
            keys << QStringLiteral("'%1'").arg(k);
        script += QStringLiteral(
                      "DROP TRIGGER log_change ON %1;\n"
                      "CREATE TRIGGER log_inserts AFTER INSERT ON %1 REFERENCING NEW TABLE AS new_rows "
                      "FOR EACH STATEMENT EXECUTE FUNCTION log_statement(%2);\n"
                      "CREATE TRIGGER log_updates AFTER UPDATE ON %1 REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
                      "FOR EACH STATEMENT EXECUTE FUNCTION log_statement(%2);\n"
                      "CREATE TRIGGER log_deletes AFTER DELETE ON %1 REFERENCING OLD TABLE AS old_rows "
                      "FOR EACH STATEMENT EXECUTE FUNCTION log_statement(%2);\n")
                      .arg(name, keys.join(QStringLiteral(", ")));
    }
    for (const char *table : kVersion3ChildTables)
        script += QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %1_project_id_fkey;\n").arg(QString::fromLatin1(table));
    return script + QStringLiteral("DROP FUNCTION log_change();\n");
}

} // namespace hp
