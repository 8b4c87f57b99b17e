// PostgreSQL schema version 4 (docs/storage.md, "Benchmark (PostgreSQL)"):
// a bulk statement is logged as entries of up to 10,000 rows each instead of
// one log row per row, and the foreign keys between data tables are checked
// once per statement, set-wise, instead of once per row at COMMIT. Frozen like
// every released step (PgSchemaMigrations.cpp): databases of this version exist.
//
// The log reads the same (hedgeplan.change_log(project) expands the bulk
// entries: who, when, entity, row key, the changed columns' old and new values,
// one entry per row in the order the statement wrote them). The guarantee of
// the foreign keys stays: no child row without its parent, no parent deleted or
// rekeyed while children refer to it (their ON DELETE was NO ACTION), refused
// with SQLSTATE 23503 and PostgreSQL's own message. Checked at the end of each
// statement (not at COMMIT): a writer inserts parents first and deletes
// children first (PgChangeSet does). The scenarios' own parent key stays a
// deferred foreign key (one table refers to itself: its rows may come in any order).

#include "postgres/PgSchema.h"

namespace hp {

namespace {

// Runs with search_path = hedgeplan, pg_catalog inside the migration's transaction.
const char *const kVersion4 = R"sql(
-- A statement of more than one row is logged as entries of up to 10,000 rows
-- (bulk_rows: a json array of the rows inserted or deleted, or of [key, old, new]
-- of the rows updated; bulk_keys: the key columns; bulk_op: insert, update or
-- delete). A one-row statement keeps its own entry, as before. json, not jsonb:
-- json_agg of the rows is text, jsonb_agg took seconds per 100,000 rows.
ALTER TABLE changes ALTER COLUMN row_key DROP NOT NULL;
ALTER TABLE changes ADD COLUMN bulk_op text CONSTRAINT bulk_op_kind CHECK (bulk_op IN ('insert', 'update', 'delete'));
ALTER TABLE changes ADD COLUMN bulk_keys text[];
ALTER TABLE changes ADD COLUMN bulk_rows json;
-- lz4 where the server has it: pglz took about a tenth of the server's time of an import.
DO $$
BEGIN
  ALTER TABLE hedgeplan.changes ALTER COLUMN bulk_rows SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'this server has no lz4: the change log''s bulk entries are compressed with pglz';
END $$;
ALTER TABLE changes ADD CONSTRAINT one_row_or_bulk CHECK (CASE WHEN bulk_op IS NULL
  THEN row_key IS NOT NULL AND bulk_keys IS NULL AND bulk_rows IS NULL
  ELSE row_key IS NULL AND old_values IS NULL AND new_values IS NULL AND bulk_keys IS NOT NULL
       AND json_typeof(bulk_rows) = 'array' END);

-- The same dates as version 1's is_iso_date (4-digit year from 0001, a real
-- calendar date), without a PL/pgSQL call and a subtransaction (its EXCEPTION
-- block) per value: every contract's start and end date runs it.
CREATE OR REPLACE FUNCTION is_iso_date(value text) RETURNS boolean LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog AS $$
  SELECT CASE WHEN value IS NULL THEN NULL -- as before: a NULL date passes the domain's check
              WHEN value ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' AND left(value, 4) <> '0000'
              THEN substr(value, 9, 2)::int <= extract(day FROM make_date(substr(value, 1, 4)::int, substr(value, 6, 2)::int, 1)
                                                               + interval '1 month' - interval '1 day')
              ELSE false END
$$;

CREATE OR REPLACE FUNCTION log_statement() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  k1 text := TG_ARGV[0];
  k2 text := CASE WHEN TG_NARGS > 1 THEN TG_ARGV[1] END;
  k3 text := CASE WHEN TG_NARGS > 2 THEN TG_ARGV[2] END;
  keys text[] := CASE TG_NARGS WHEN 1 THEN ARRAY[TG_ARGV[0]] WHEN 2 THEN ARRAY[TG_ARGV[0], TG_ARGV[1]]
                               ELSE ARRAY[TG_ARGV[0], TG_ARGV[1], TG_ARGV[2]] END;
  bulk boolean;
BEGIN
  IF TG_NARGS > 3 THEN
    RAISE EXCEPTION 'log_statement() takes 1 to 3 key columns, % given', TG_NARGS;
  END IF;
  IF TG_OP = 'INSERT' THEN
    bulk := (SELECT count(*) FROM (SELECT FROM new_rows LIMIT 2) AS two) > 1;
  ELSE
    bulk := (SELECT count(*) FROM (SELECT FROM old_rows LIMIT 2) AS two) > 1;
  END IF;
  IF TG_OP = 'INSERT' AND bulk THEN
    -- element: the row as json (json_agg of the rows themselves: no jsonb per row; project_id and
    -- version are dropped when read)
    INSERT INTO hedgeplan.changes (project_id, entity, bulk_op, bulk_keys, bulk_rows)
      SELECT p, TG_TABLE_NAME, 'insert', keys, json_agg(s.t ORDER BY s.i)
        FROM (SELECT row_number() OVER () AS i, t.project_id AS p, t FROM new_rows AS t) AS s
       GROUP BY p, (i - 1) / 10000
       ORDER BY p, (i - 1) / 10000; -- a project's entries in the statement's order (not min(i): a second sort)
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO hedgeplan.changes (project_id, entity, row_key, old_values, new_values)
      SELECT (n ->> 'project_id')::bigint, TG_TABLE_NAME,
             CASE TG_NARGS WHEN 1 THEN n -> k1
                           WHEN 2 THEN jsonb_build_object(k1, n -> k1, k2, n -> k2)
                           ELSE jsonb_build_object(k1, n -> k1, k2, n -> k2, k3, n -> k3) END,
             NULL, n - 'project_id' - 'version'
        FROM (SELECT to_jsonb(r) AS n FROM new_rows AS r) AS inserted;
  ELSIF TG_OP = 'UPDATE' AND bulk THEN
    -- element: [row key, the changed columns' old values, their new values]
    INSERT INTO hedgeplan.changes (project_id, entity, bulk_op, bulk_keys, bulk_rows)
      SELECT p, TG_TABLE_NAME, 'update', keys, json_agg(jsonb_build_array(k, ov, nv) ORDER BY i)
        FROM (SELECT i, (n ->> 'project_id')::bigint AS p,
                     CASE TG_NARGS WHEN 1 THEN n -> k1
                                   WHEN 2 THEN jsonb_build_object(k1, n -> k1, k2, n -> k2)
                                   ELSE jsonb_build_object(k1, n -> k1, k2, n -> k2, k3, n -> k3) END AS k,
                     (SELECT COALESCE(jsonb_object_agg(e.key, e.value), '{}') FROM jsonb_each(o - 'project_id' - 'version') AS e
                       WHERE n -> e.key IS DISTINCT FROM e.value) AS ov,
                     (SELECT COALESCE(jsonb_object_agg(e.key, e.value), '{}') FROM jsonb_each(n - 'project_id' - 'version') AS e
                       WHERE o -> e.key IS DISTINCT FROM e.value) AS nv
                FROM (SELECT row_number() OVER () AS i, to_jsonb(r) AS o FROM old_rows AS r) AS before
                JOIN (SELECT row_number() OVER () AS i, to_jsonb(r) AS n FROM new_rows AS r) AS after USING (i)
               WHERE o - 'project_id' - 'version' <> n - 'project_id' - 'version') AS updated -- nothing changed: no entry
       GROUP BY p, (i - 1) / 10000
       ORDER BY p, (i - 1) / 10000; -- a project's entries in the statement's order (not min(i): a second sort)
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO hedgeplan.changes (project_id, entity, row_key, old_values, new_values)
      SELECT (n ->> 'project_id')::bigint, TG_TABLE_NAME,
             CASE TG_NARGS WHEN 1 THEN n -> k1
                           WHEN 2 THEN jsonb_build_object(k1, n -> k1, k2, n -> k2)
                           ELSE jsonb_build_object(k1, n -> k1, k2, n -> k2, k3, n -> k3) END,
             (SELECT COALESCE(jsonb_object_agg(e.key, e.value), '{}') FROM jsonb_each(o - 'project_id' - 'version') AS e
               WHERE n -> e.key IS DISTINCT FROM e.value),
             (SELECT COALESCE(jsonb_object_agg(e.key, e.value), '{}') FROM jsonb_each(n - 'project_id' - 'version') AS e
               WHERE o -> e.key IS DISTINCT FROM e.value)
        FROM (SELECT to_jsonb(r) AS o FROM old_rows AS r) AS before, (SELECT to_jsonb(r) AS n FROM new_rows AS r) AS after
       WHERE o - 'project_id' - 'version' <> n - 'project_id' - 'version'; -- one row each
  ELSIF bulk THEN
    -- element: the deleted row as json, as for inserts. Rows of a project being deleted are not logged
    -- (its log goes with it).
    INSERT INTO hedgeplan.changes (project_id, entity, bulk_op, bulk_keys, bulk_rows)
      SELECT p, TG_TABLE_NAME, 'delete', keys, json_agg(s.t ORDER BY s.i)
        FROM (SELECT row_number() OVER () AS i, t.project_id AS p, t FROM old_rows AS t) AS s
       WHERE EXISTS (SELECT FROM hedgeplan.projects AS pr WHERE pr.id = p)
       GROUP BY p, (i - 1) / 10000
       ORDER BY p, (i - 1) / 10000; -- a project's entries in the statement's order (not min(i): a second sort)
  ELSE
    INSERT INTO hedgeplan.changes (project_id, entity, row_key, old_values, new_values)
      SELECT (o ->> 'project_id')::bigint, TG_TABLE_NAME,
             CASE TG_NARGS WHEN 1 THEN o -> k1
                           WHEN 2 THEN jsonb_build_object(k1, o -> k1, k2, o -> k2)
                           ELSE jsonb_build_object(k1, o -> k1, k2, o -> k2, k3, o -> k3) END,
             o - 'project_id' - 'version', NULL
        FROM (SELECT to_jsonb(r) AS o FROM old_rows AS r) AS deleted
       WHERE EXISTS (SELECT FROM hedgeplan.projects AS p WHERE p.id = (o ->> 'project_id')::bigint);
  END IF;
  RETURN NULL;
END $$;

-- The change log of a project as one entry per row (bulk entries expanded), in the order written.
CREATE FUNCTION change_log(project bigint)
  RETURNS TABLE (id bigint, ordinal bigint, who text, at timestamptz, entity text, row_key jsonb, old_values jsonb,
                 new_values jsonb)
  LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
  SELECT c.id, 1, c.who, c.at, c.entity, c.row_key, c.old_values, c.new_values
    FROM hedgeplan.changes AS c WHERE c.project_id = $1 AND c.bulk_op IS NULL
  UNION ALL
  SELECT c.id, e.i, c.who, c.at, c.entity,
         CASE WHEN c.bulk_op = 'update' THEN v -> 0
              WHEN cardinality(c.bulk_keys) = 1 THEN v -> c.bulk_keys[1]
              ELSE (SELECT jsonb_object_agg(k, v -> k) FROM unnest(c.bulk_keys) AS k) END,
         CASE c.bulk_op WHEN 'update' THEN v -> 1 WHEN 'delete' THEN v END,
         CASE c.bulk_op WHEN 'update' THEN v -> 2 WHEN 'insert' THEN v END
    FROM hedgeplan.changes AS c CROSS JOIN LATERAL json_array_elements(c.bulk_rows) WITH ORDINALITY AS e (r, i)
         CROSS JOIN LATERAL (SELECT CASE WHEN c.bulk_op = 'update' THEN e.r::jsonb
                                         ELSE e.r::jsonb - 'project_id' - 'version' END AS v) AS element
   WHERE c.project_id = $1 AND c.bulk_op IS NOT NULL
  ORDER BY 1, 2
$$;

-- A foreign key checked at the end of each statement on the child's side: every
-- inserted or updated row's parent exists, and is locked (FOR KEY SHARE, as
-- PostgreSQL's own check does) so that no other transaction deletes it before
-- this one commits; a parent this transaction inserted needs no lock (no other
-- transaction sees it). Arguments: constraint name, parent table, child columns,
-- parent columns (comma-separated, project_id left out). Runs as the schema's
-- owner, like PostgreSQL's own foreign-key checks.
CREATE FUNCTION check_parent() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
  child_columns text[] := string_to_array(TG_ARGV[2], ',');
  parent_columns text[] := string_to_array(TG_ARGV[3], ',');
  key_list text := 'project_id';
  key_values text := 'n.project_id';
  present text := 'true';
  matches text := 'p.project_id = n.project_id';
  wanted bigint;
  found_parents bigint;
  missing text;
BEGIN
  FOR c IN 1 .. cardinality(child_columns) LOOP
    key_list := key_list || ', ' || child_columns[c];
    key_values := key_values || format(', n.%I', child_columns[c]);
    present := present || format(' AND n.%I IS NOT NULL', child_columns[c]);
    matches := matches || format(' AND p.%I = n.%I', parent_columns[c], child_columns[c]);
  END LOOP;
  EXECUTE format('WITH n AS MATERIALIZED (SELECT DISTINCT %1$s FROM new_rows AS n WHERE %2$s), '
                 'mine AS (SELECT FROM hedgeplan.%3$I AS p JOIN n ON %4$s WHERE p.xmin = pg_current_xact_id()::xid), '
                 'locked AS (SELECT FROM hedgeplan.%3$I AS p JOIN n ON %4$s '
                 'WHERE p.xmin <> pg_current_xact_id()::xid FOR KEY SHARE OF p) '
                 'SELECT (SELECT count(*) FROM n), (SELECT count(*) FROM mine) + (SELECT count(*) FROM locked)',
                 key_values, present, TG_ARGV[1], matches)
    INTO wanted, found_parents;
  IF found_parents < wanted THEN
    EXECUTE format('SELECT concat_ws('', '', %s) FROM new_rows AS n WHERE %s AND NOT EXISTS '
                   '(SELECT FROM hedgeplan.%I AS p WHERE %s) LIMIT 1', key_values, present, TG_ARGV[1], matches)
      INTO missing;
    RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
      MESSAGE = format('insert or update on table "%s" violates foreign key constraint "%s"', TG_TABLE_NAME, TG_ARGV[0]),
      DETAIL = format('Key (%s)=(%s) is not present in table "%s".', key_list, COALESCE(missing, '…'), TG_ARGV[1]),
      SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, CONSTRAINT = TG_ARGV[0];
  END IF;
  RETURN NULL;
END $$;

-- The same foreign key on the parent's side, at the end of each delete or update
-- of parents: no key that is gone is still referred to by a child (NO ACTION).
-- Arguments: constraint name, child table, child columns, parent columns.
CREATE FUNCTION check_children() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
  child_columns text[] := string_to_array(TG_ARGV[2], ',');
  parent_columns text[] := string_to_array(TG_ARGV[3], ',');
  key_list text := 'project_id';
  key_values text := 'o.project_id';
  still text := 'p.project_id = o.project_id';
  referred text := 'c.project_id = o.project_id';
  orphaned text;
BEGIN
  FOR k IN 1 .. cardinality(parent_columns) LOOP
    key_list := key_list || ', ' || parent_columns[k];
    key_values := key_values || format(', o.%I', parent_columns[k]);
    still := still || format(' AND p.%I = o.%I', parent_columns[k], parent_columns[k]);
    referred := referred || format(' AND c.%I = o.%I', child_columns[k], parent_columns[k]);
  END LOOP;
  EXECUTE format('SELECT concat_ws('', '', %s) FROM (SELECT DISTINCT %s FROM old_rows AS o) AS o '
                 'WHERE NOT EXISTS (SELECT FROM hedgeplan.%I AS p WHERE %s) '
                 'AND EXISTS (SELECT FROM hedgeplan.%I AS c WHERE %s) LIMIT 1',
                 key_values, key_values, TG_TABLE_NAME, still, TG_ARGV[1], referred)
    INTO orphaned;
  IF orphaned IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
      MESSAGE = format('update or delete on table "%s" violates foreign key constraint "%s" on table "%s"',
                       TG_TABLE_NAME, TG_ARGV[0], TG_ARGV[1]),
      DETAIL = format('Key (%s)=(%s) is still referenced from table "%s".', key_list, orphaned, TG_ARGV[1]),
      SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, CONSTRAINT = TG_ARGV[0];
  END IF;
  RETURN NULL;
END $$;
)sql";

/// The foreign keys between data tables that version 4 checks per statement:
/// constraint (as named by versions 1 and 2), child, child columns, parent, parent columns.
const char *const kVersion4ForeignKeys[][5] = {
    {"egress_tiers_project_id_provider_id_fkey", "egress_tiers", "provider_id", "providers", "id"},
    {"offerings_project_id_provider_id_fkey", "offerings", "provider_id", "providers", "id"},
    {"capacity_schedule_project_id_offering_id_fkey", "capacity_schedule", "offering_id", "offerings", "id"},
    {"contracts_project_id_provider_id_fkey", "contracts", "provider_id", "providers", "id"},
    {"commitment_clauses_project_id_contract_id_fkey", "commitment_clauses", "contract_id", "contracts", "id"},
    {"commitment_years_project_id_contract_id_clause_position_fkey", "commitment_years", "contract_id,clause_position",
     "commitment_clauses", "contract_id,position"},
    {"commitment_eligible_classes_project_id_contract_id_clause__fkey", "commitment_eligible_classes",
     "contract_id,clause_position", "commitment_clauses", "contract_id,position"},
    {"commitment_tiers_project_id_contract_id_clause_position_fkey", "commitment_tiers", "contract_id,clause_position",
     "commitment_clauses", "contract_id,position"},
    {"revenue_share_clauses_project_id_contract_id_fkey", "revenue_share_clauses", "contract_id", "contracts", "id"},
    {"revenue_share_base_classes_project_id_contract_id_clause_p_fkey", "revenue_share_base_classes",
     "contract_id,clause_position", "revenue_share_clauses", "contract_id,position"},
    {"exclusivity_clauses_project_id_contract_id_fkey", "exclusivity_clauses", "contract_id", "contracts", "id"},
    {"exclusivity_classes_project_id_contract_id_clause_position_fkey", "exclusivity_classes",
     "contract_id,clause_position", "exclusivity_clauses", "contract_id,position"},
    {"classification_clauses_project_id_contract_id_fkey", "classification_clauses", "contract_id", "contracts", "id"},
    {"dated_clauses_project_id_contract_id_fkey", "dated_clauses", "contract_id", "contracts", "id"},
    {"placements_project_id_scenario_fkey", "placements", "scenario", "scenarios", "name"},
    {"placements_project_id_workload_id_fkey", "placements", "workload_id", "workloads", "id"},
    {"allocations_project_id_offering_id_fkey", "allocations", "offering_id", "offerings", "id"},
    {"allocations_project_id_scenario_placement_position_fkey", "allocations", "scenario,placement_position",
     "placements", "scenario,position"},
    {"uncertainty_ranges_project_id_scenario_fkey", "uncertainty_ranges", "scenario", "scenarios", "name"},
};

} // namespace

QString PgSchema::version4()
{
    QString script = QString::fromUtf8(kVersion4);
    int number = 0;
    for (const auto &fk : kVersion4ForeignKeys) {
        // The parent's triggers are numbered so that they fire (by name) in the order the foreign keys were created:
        // the first child that refers to a deleted parent is the one PostgreSQL named before.
        const QString numbered = QStringLiteral("%1_").arg(++number, 2, 10, QLatin1Char('0'));
        const QString name = QString::fromLatin1(fk[0]), child = QString::fromLatin1(fk[1]),
                      childColumns = QString::fromLatin1(fk[2]), parent = QString::fromLatin1(fk[3]),
                      parentColumns = QString::fromLatin1(fk[4]);
        const QString arguments = QStringLiteral("'%1', '%2', '%3', '%4'");
        const QString toParent = arguments.arg(name, parent, childColumns, parentColumns);
        const QString toChild = arguments.arg(name, child, childColumns, parentColumns);
        script += QStringLiteral(
                      "ALTER TABLE %1 DROP CONSTRAINT %2;\n"
                      "CREATE TRIGGER check_%3_inserted AFTER INSERT ON %1 REFERENCING NEW TABLE AS new_rows "
                      "FOR EACH STATEMENT EXECUTE FUNCTION check_parent(%4);\n"
                      "CREATE TRIGGER check_%3_updated AFTER UPDATE ON %1 REFERENCING NEW TABLE AS new_rows "
                      "FOR EACH STATEMENT EXECUTE FUNCTION check_parent(%4);\n"
                      "CREATE TRIGGER check_%6%1_deleted AFTER DELETE ON %3 REFERENCING OLD TABLE AS old_rows "
                      "FOR EACH STATEMENT EXECUTE FUNCTION check_children(%5);\n"
                      "CREATE TRIGGER check_%6%1_updated AFTER UPDATE ON %3 REFERENCING OLD TABLE AS old_rows "
                      "FOR EACH STATEMENT EXECUTE FUNCTION check_children(%5);\n")
                      .arg(child, name, parent, toParent, toChild, numbered);
    }
    return script;
}

} // namespace hp
