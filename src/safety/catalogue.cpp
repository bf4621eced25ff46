// The rule catalogue: one row per rule, in the order of ../shared/safety-rules.md §5. Locks and effects are the
// ones measured on PostgreSQL 15 (safety-evidence/) and checked again by tests/locks on every CI run.
#include <fmt/format.h>

#include <algorithm>

#include "schemadiff/core/error.hpp"
#include "schemadiff/safety/safety.hpp"

namespace schemadiff::safety {

namespace {

constexpr auto S = Severity::Safe;
constexpr auto C = Severity::Careful;
constexpr auto D = Severity::Dangerous;
constexpr auto kNone = LockMode::None;
constexpr auto kAS = LockMode::AccessShare;
constexpr auto kSUE = LockMode::ShareUpdateExclusive;
constexpr auto kShare = LockMode::Share;
constexpr auto kSRE = LockMode::ShareRowExclusive;
constexpr auto kExcl = LockMode::Exclusive;
constexpr auto kAEL = LockMode::AccessExclusive;
constexpr auto kCatalog = Effect::CatalogOnly;
constexpr auto kScan = Effect::Scan;
constexpr auto kBuild = Effect::IndexBuild;
constexpr auto kRewrite = Effect::Rewrite;

constexpr std::string_view kTable = "the table";
constexpr std::string_view kNewOk = "SAFE on a table created in the same plan";
constexpr std::string_view kNewSmall = "SAFE on a table created in the same plan; CAREFUL on a small table";

const std::vector<Rule> kRules = {
    // Tables. CREATE TABLE locks no existing relation (foreign keys are separate operations). DROP TABLE and
    // SET [UN]LOGGED take ACCESS EXCLUSIVE (PostgreSQL docs: DROP TABLE; ALTER TABLE, SET LOGGED rewrites).
    {"table-create", S, kNone, "nothing existing", kCatalog, "CREATE TABLE", "a new table is invisible to running code",
     "", "", ""},
    {"table-drop", D, kAEL, kTable, kCatalog, "DROP TABLE",
     "irreversibly deletes every row and breaks code using the table",
     "stop using the table in a release first, back it up, then drop it in a later release (acknowledge the finding)",
     "", ""},
    {"table-rename", D, kAEL, kTable, kCatalog, "ALTER TABLE ... RENAME TO (asked for with schemadiff:renamed-from)",
     "a brief ACCESS EXCLUSIVE; every statement of running code that names the old name fails",
     "rename in two releases: rename and leave a view under the old name, move the code, then drop the view", "", ""},
    {"column-rename", D, kAEL, kTable, kCatalog,
     "ALTER TABLE ... RENAME COLUMN (asked for with schemadiff:renamed-from)",
     "a brief ACCESS EXCLUSIVE; running code that names the old column fails",
     "add the new column, write both, backfill, move reads, then drop the old one", "", ""},
    {"constraint-rename", S, kAEL, kTable, kCatalog, "ALTER TABLE ... RENAME CONSTRAINT", "a brief ACCESS EXCLUSIVE",
     "", "", ""},
    {"view-rename", D, kAEL, "the view", kCatalog, "ALTER VIEW / MATERIALIZED VIEW ... RENAME TO",
     "queries naming the old name fail", "create the new name as a second view, move readers, drop the old one", "",
     ""},
    {"function-rename", D, kNone, "nothing (an object lock on the function)", kCatalog, "ALTER FUNCTION ... RENAME TO",
     "callers of the old name fail (views and triggers follow by OID)",
     "create the new name as a wrapper, move callers, drop the old one", "", ""},
    {"table-set-logged", D, kAEL, kTable, kRewrite, "ALTER TABLE ... SET LOGGED",
     "rewrites the table under ACCESS EXCLUSIVE", "a maintenance window, or a new table filled in the background", "",
     kNewSmall},
    {"table-set-unlogged", D, kAEL, kTable, kRewrite, "ALTER TABLE ... SET UNLOGGED",
     "rewrites the table under ACCESS EXCLUSIVE; an unlogged table is emptied after a crash and not replicated",
     "a maintenance window, or a new table filled in the background", "", kNewSmall},

    // Columns (PostgreSQL docs: ALTER TABLE, Notes). Every ADD COLUMN takes ACCESS EXCLUSIVE; since PostgreSQL 11 a
    // non-volatile default is stored in the catalog ("fast default"), a volatile one rewrites the table.
    {"column-add-nullable", S, kAEL, kTable, kCatalog, "ADD COLUMN without default",
     "catalog-only: a brief ACCESS EXCLUSIVE", "", "", ""},
    {"column-add-default-nonvolatile", S, kAEL, kTable, kCatalog, "ADD COLUMN ... DEFAULT <non-volatile>",
     "the default is stored in the catalog; no rewrite",
     "add the column, SET DEFAULT, backfill in batches (PostgreSQL < 11)",
     "PostgreSQL < 11: rewrites the table (DANGEROUS)", ""},
    {"column-add-notnull-with-default", S, kAEL, kTable, kCatalog, "ADD COLUMN ... NOT NULL DEFAULT <non-volatile>",
     "the default fills existing rows from the catalog; no scan", "", "PostgreSQL < 11: rewrites the table (DANGEROUS)",
     ""},
    {"column-add-notnull-no-default", D, kAEL, kTable, kScan, "ADD COLUMN ... NOT NULL without default",
     "fails on a table with rows, and breaks inserts of running code that do not name the column",
     "add the column nullable or with a default, backfill, then SET NOT NULL through a validated CHECK", "", kNewOk},
    {"column-add-volatile-default", D, kAEL, kTable, kRewrite, "ADD COLUMN ... DEFAULT <volatile>",
     "a volatile default (or a function not known to be non-volatile) rewrites the table under ACCESS EXCLUSIVE",
     "ADD COLUMN without default, SET DEFAULT (affects new rows only), backfill existing rows in batches", "",
     kNewSmall},
    {"column-add-domain-with-constraint", D, kAEL, kTable, kRewrite, "ADD COLUMN c <domain with CHECK or NOT NULL>",
     "a domain with constraints makes PostgreSQL rewrite the table and its indexes under ACCESS EXCLUSIVE",
     "add the column as the domain's base type, then a table CHECK ... NOT VALID and VALIDATE", "", kNewSmall},
    {"column-add-serial", D, kAEL, kTable, kRewrite, "ADD COLUMN ... serial / DEFAULT nextval(...)",
     "nextval() is volatile: the table is rewritten under ACCESS EXCLUSIVE",
     "add a nullable bigint, SET DEFAULT nextval(...), backfill in batches, then SET NOT NULL through a CHECK", "",
     kNewSmall},
    {"column-add-identity", D, kAEL, kTable, kRewrite, "ADD COLUMN ... GENERATED AS IDENTITY",
     "every existing row gets a sequence value: the table is rewritten under ACCESS EXCLUSIVE",
     "add a nullable column, backfill, SET NOT NULL through a CHECK, then ADD GENERATED ... AS IDENTITY", "",
     kNewSmall},
    {"column-add-generated-stored", D, kAEL, kTable, kRewrite, "ADD COLUMN ... GENERATED ALWAYS AS (...) STORED",
     "the value is computed for every row: the table is rewritten under ACCESS EXCLUSIVE",
     "a plain column kept up to date by a trigger, backfilled in batches", "", kNewSmall},
    {"column-add-json", C, kAEL, kTable, kCatalog, "ADD COLUMN ... json",
     "json has no equality operator: DISTINCT, UNION and GROUP BY on it fail", "use jsonb", "", ""},
    {"column-drop", D, kAEL, kTable, kCatalog, "DROP COLUMN",
     "irreversibly deletes the column's values and breaks code (and ORMs caching columns) that use it",
     "stop using the column in a release first, then drop it in a later release (acknowledge the finding)", "", ""},

    // Defaults (PostgreSQL docs: ALTER TABLE SET/DROP DEFAULT): catalog-only under ACCESS EXCLUSIVE.
    {"default-set", S, kAEL, kTable, kCatalog, "ALTER COLUMN ... SET DEFAULT",
     "affects future inserts only; catalog-only", "", "", ""},
    {"default-drop", C, kAEL, kTable, kCatalog, "ALTER COLUMN ... DROP DEFAULT",
     "inserts that omit the column now store NULL", "deploy code that always supplies the column first", "",
     "DANGEROUS when the column is NOT NULL (such inserts fail)"},

    // NOT NULL (PostgreSQL docs: ALTER TABLE SET NOT NULL): a full scan under ACCESS EXCLUSIVE, skipped since
    // PostgreSQL 12 when a validated CHECK (col IS NOT NULL) exists.
    {"notnull-set", D, kAEL, kTable, kScan, "ALTER COLUMN ... SET NOT NULL",
     "scans the whole table under ACCESS EXCLUSIVE, and fails if a NULL exists",
     "ADD CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in its own transaction, SET NOT NULL, drop the CHECK",
     "PostgreSQL >= 12: no scan when a validated CHECK (col IS NOT NULL) exists (SAFE)", kNewOk},
    {"notnull-drop", C, kAEL, kTable, kCatalog, "ALTER COLUMN ... DROP NOT NULL",
     "readers that assume a value may now see NULL", "deploy readers that accept NULL first", "", ""},

    // Type changes (PostgreSQL docs: ALTER TABLE Notes): binary-coercible changes keep the data; a collation change
    // rebuilds the column's indexes; anything else rewrites the table and its indexes, all under ACCESS EXCLUSIVE.
    {"type-change-coercible", S, kAEL, kTable, kCatalog, "ALTER COLUMN ... TYPE (binary-coercible widening)",
     "no rewrite, no index rebuild (e.g. varchar(10) -> varchar(20), varchar -> text)", "", "",
     "DANGEROUS when a CHECK constraint uses the column (it is re-checked under ACCESS EXCLUSIVE); CAREFUL when the "
     "column is part of a foreign key"},
    {"type-change-index-rebuild", D, kAEL, kTable, kBuild, "ALTER COLUMN ... TYPE (collation change, text <-> citext)",
     "the indexes on the column are rebuilt under ACCESS EXCLUSIVE",
     "drop the column's indexes concurrently, change the type, build them again concurrently", "",
     "SAFE when the column has no index or the table is created in the same plan; CAREFUL on a small table"},
    {"type-change-rewrite", D, kAEL, kTable, kRewrite, "ALTER COLUMN ... TYPE (other changes)",
     "rewrites the table and every index under ACCESS EXCLUSIVE, and may fail or change values",
     "add a column of the new type, keep it in sync with a trigger, backfill in batches, swap the names", "",
     kNewSmall},

    // Identity and generated columns (PostgreSQL docs: ALTER TABLE ADD/SET/DROP IDENTITY, DROP EXPRESSION).
    {"identity-add-to-existing-column", C, kAEL, kTable, kCatalog, "ALTER COLUMN ... ADD GENERATED AS IDENTITY",
     "catalog-only, but the sequence must start above the largest existing value or inserts fail",
     "START WITH a value above max(column)", "", ""},
    {"identity-drop", D, kAEL, kTable, kCatalog, "ALTER COLUMN ... DROP IDENTITY",
     "the sequence and its position are dropped; inserts that omit the column fail",
     "set a DEFAULT nextval(...) of a new sequence in the same transaction", "", ""},
    {"identity-set-generated", C, kAEL, kTable, kCatalog, "ALTER COLUMN ... SET GENERATED ALWAYS / BY DEFAULT",
     "GENERATED ALWAYS rejects inserts that supply the column", "", "", "SAFE when the change is to BY DEFAULT"},
    {"identity-set-sequence-option", S, kAEL, kTable, kCatalog, "ALTER COLUMN ... SET <sequence option>",
     "catalog-only", "", "", ""},
    {"generated-drop-expression", C, kAEL, kTable, kCatalog, "ALTER COLUMN ... DROP EXPRESSION",
     "values are kept, but writers must now supply the column", "", "PostgreSQL >= 13", ""},

    // Primary keys and unique constraints (PostgreSQL docs: ALTER TABLE ADD table_constraint [USING INDEX]): the
    // plain form builds the index under ACCESS EXCLUSIVE; USING INDEX adopts one built concurrently.
    {"pk-add", D, kAEL, kTable, kBuild, "ADD PRIMARY KEY",
     "builds the unique index under ACCESS EXCLUSIVE (reads and writes wait)",
     "CREATE UNIQUE INDEX CONCURRENTLY, then ADD PRIMARY KEY USING INDEX", "", kNewSmall},
    {"pk-add-using-index", S, kAEL, kTable, kCatalog, "ADD PRIMARY KEY USING INDEX",
     "adopts an existing unique index; catalog-only when the key columns are NOT NULL", "", "", ""},
    {"pk-drop", D, kAEL, kTable, kCatalog, "DROP CONSTRAINT (primary key)",
     "uniqueness is no longer enforced; ON CONFLICT upserts and logical replication of updates depend on it", "", "",
     ""},
    {"unique-add", D, kAEL, kTable, kBuild, "ADD UNIQUE",
     "builds the unique index under ACCESS EXCLUSIVE (reads and writes wait)",
     "CREATE UNIQUE INDEX CONCURRENTLY, then ADD UNIQUE USING INDEX", "", kNewSmall},
    {"unique-add-using-index", S, kAEL, kTable, kCatalog, "ADD UNIQUE USING INDEX", "adopts an existing unique index",
     "", "", ""},
    {"unique-drop", C, kAEL, kTable, kCatalog, "DROP CONSTRAINT (unique)",
     "uniqueness is no longer enforced; ON CONFLICT on it fails", "", "", ""},

    // CHECK (PostgreSQL docs: ALTER TABLE ADD CONSTRAINT, VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE).
    {"check-add", D, kAEL, kTable, kScan, "ADD CHECK",
     "scans the whole table under ACCESS EXCLUSIVE to validate existing rows",
     "ADD ... NOT VALID, then VALIDATE CONSTRAINT in its own transaction", "", kNewSmall},
    {"check-add-not-valid", S, kAEL, kTable, kCatalog, "ADD CHECK ... NOT VALID",
     "catalog-only; new and updated rows are checked at once", "", "", ""},
    {"check-validate", S, kSUE, kTable, kScan, "VALIDATE CONSTRAINT (check)",
     "scans the table under SHARE UPDATE EXCLUSIVE: reads and writes go on", "", "", ""},
    {"check-drop", C, kAEL, kTable, kCatalog, "DROP CONSTRAINT (check)", "the rule is no longer enforced", "", "", ""},

    // Foreign keys (PostgreSQL docs: ALTER TABLE "ADD FOREIGN KEY requires a SHARE ROW EXCLUSIVE lock on the
    // referenced table"; VALIDATE takes SHARE UPDATE EXCLUSIVE and ROW SHARE on the referenced table).
    {"fk-add", D, kSRE, "the table and the referenced table", kScan, "ADD FOREIGN KEY",
     "scans the table under SHARE ROW EXCLUSIVE on both tables: writes to both wait",
     "ADD ... NOT VALID, then VALIDATE CONSTRAINT in its own transaction", "", kNewSmall},
    {"fk-add-not-valid", S, kSRE, "the table and the referenced table", kCatalog, "ADD FOREIGN KEY ... NOT VALID",
     "catalog-only; new rows are checked at once", "", "", ""},
    {"fk-validate", S, kSUE, kTable, kScan, "VALIDATE CONSTRAINT (foreign key)",
     "scans under SHARE UPDATE EXCLUSIVE (ROW SHARE on the referenced table): reads and writes go on", "", "", ""},
    {"fk-drop", C, kAEL, "the table and the referenced table", kCatalog, "DROP CONSTRAINT (foreign key)",
     "a brief ACCESS EXCLUSIVE on both tables; integrity is no longer enforced", "", "", ""},

    // EXCLUDE: no NOT VALID and no USING INDEX exist for exclusion constraints.
    {"exclusion-add", D, kAEL, kTable, kBuild, "ADD EXCLUDE",
     "builds the index under ACCESS EXCLUSIVE; there is no online form",
     "create it on a new table and move the data, or use a maintenance window", "", kNewSmall},
    {"exclusion-drop", C, kAEL, kTable, kCatalog, "DROP CONSTRAINT (exclusion)", "the rule is no longer enforced", "",
     "", ""},

    // Indexes (PostgreSQL docs: CREATE INDEX "locks the table against writes"; CONCURRENTLY takes SHARE UPDATE
    // EXCLUSIVE; DROP INDEX takes ACCESS EXCLUSIVE, DROP INDEX CONCURRENTLY SHARE UPDATE EXCLUSIVE; ALTER INDEX
    // RENAME takes SHARE UPDATE EXCLUSIVE since 12).
    {"index-create", D, kShare, kTable, kBuild, "CREATE INDEX",
     "builds the index under SHARE: writes wait for the whole build",
     "CREATE INDEX CONCURRENTLY, outside a transaction", "", kNewSmall},
    {"index-create-concurrently", S, kSUE, kTable, kBuild, "CREATE INDEX CONCURRENTLY",
     "builds without blocking reads or writes; must run outside a transaction", "",
     "PostgreSQL 14.0-14.3 could corrupt indexes built concurrently (fixed in 14.4)",
     "CAREFUL for a unique index (fails on duplicates and leaves an INVALID index that still enforces uniqueness)"},
    {"index-drop", C, kAEL, kTable, kCatalog, "DROP INDEX",
     "ACCESS EXCLUSIVE on the table: waits for every running query on it",
     "DROP INDEX CONCURRENTLY, outside a transaction", "", "SAFE on a small table"},
    {"index-drop-concurrently", S, kSUE, kTable, kCatalog, "DROP INDEX CONCURRENTLY",
     "does not block reads or writes; must run outside a transaction", "", "", ""},
    {"index-rename", S, kSUE, "the index", kCatalog, "ALTER INDEX ... RENAME", "catalog-only", "",
     "PostgreSQL < 12: ACCESS EXCLUSIVE", "", "other schema changes on the index"},

    // Comments (PostgreSQL docs: COMMENT "A SHARE UPDATE EXCLUSIVE lock is acquired on the object").
    {"comment-set", S, kSUE, "the object", kCatalog, "COMMENT ON", "catalog-only", "", "", ""},

    // Sequences (PostgreSQL docs: ALTER SEQUENCE "blocks concurrent nextval, currval, lastval, and setval"). Changing
    // an option (INCREMENT, MINVALUE, MAXVALUE, CACHE, CYCLE, AS, RESTART) writes the sequence into a new relfilenode
    // (tests/locks/sequence-alter-options.sql); OWNED BY alone does not.
    {"sequence-create", S, kNone, "nothing existing", kCatalog, "CREATE SEQUENCE", "a new object", "", "", ""},
    {"sequence-alter-options", S, kSRE, "the sequence", kRewrite, "ALTER SEQUENCE",
     "rewrites the sequence's single page (a new relfilenode): nextval() waits only for the moment of the change", "",
     "", "CAREFUL when the range narrows (future nextval() may fail; the value is moved into the new range)",
     "nextval() on the sequence, for a moment"},
    {"sequence-owned-by", S, kSRE, "the sequence", kCatalog, "ALTER SEQUENCE ... OWNED BY", "catalog-only", "", "", "",
     "nextval() on the sequence, for a moment"},
    {"sequence-drop", D, kAEL, "the sequence", kCatalog, "DROP SEQUENCE",
     "the current value is lost; defaults and code calling nextval() on it break",
     "drop the defaults using it first, in an earlier release", "", "CAREFUL when no column default uses it",
     "nextval() on the sequence"},

    // Enums (PostgreSQL docs: ALTER TYPE ... ADD VALUE; no DROP VALUE exists).
    {"enum-create", S, kNone, "nothing existing", kCatalog, "CREATE TYPE ... AS ENUM", "a new type", "", "", ""},
    {"enum-add-value", S, kExcl, "the type", kCatalog, "ALTER TYPE ... ADD VALUE",
     "no table is locked; the new label is usable after commit (it runs before the migration's transaction)", "",
     "PostgreSQL < 12: cannot run in a transaction block (CAREFUL)", "", "nothing: no table is locked"},
    {"enum-drop-value", D, kAEL, "every table using the type", kRewrite, "enum label removal or reorder (type rebuild)",
     "every column using the type is converted: each table is rewritten under ACCESS EXCLUSIVE, and rows holding a "
     "removed label make it fail",
     "move rows off the label first, and rebuild off-peak; or keep the label", "", "SAFE when no column uses the type"},
    {"enum-drop-type", S, kAEL, "the type", kCatalog, "DROP TYPE (enum)", "no column uses it any more", "", "", "",
     "nothing: no column uses the type"},

    // Extensions and schemas.
    {"extension-create", C, kNone, "the objects it creates", kCatalog, "CREATE EXTENSION",
     "runs the extension's install script (arbitrary SQL; some need superuser or shared_preload_libraries)", "", "", "",
     "nothing existing"},
    {"extension-drop", D, kAEL, "every object of the extension", kCatalog, "DROP EXTENSION",
     "drops its types and functions; everything using them breaks", "drop what uses it first", "", ""},
    {"schema-create", S, kNone, "nothing existing", kCatalog, "CREATE SCHEMA", "a new namespace", "", "", ""},
    {"schema-drop", C, kNone, "nothing (it is empty)", kCatalog, "DROP SCHEMA", "code qualifying names with it breaks",
     "", "", "", "nothing"},

    // Views and materialized views (catalogue §5.16-5.17). CREATE VIEW reads the catalog of its base tables under
    // ACCESS SHARE; replacing or dropping one takes ACCESS EXCLUSIVE on the view only.
    {"view-create", S, kAS, "the tables it reads", kCatalog, "CREATE VIEW", "a new view is invisible to running code",
     "", "", ""},
    {"view-replace", S, kAEL, "the view", kCatalog, "CREATE OR REPLACE VIEW (same columns, new ones appended)",
     "a brief ACCESS EXCLUSIVE on the view; its result changes for every reader", "", "", ""},
    {"view-set-default", S, kAEL, "the view", kCatalog, "ALTER VIEW ... ALTER COLUMN ... SET / DROP DEFAULT",
     "catalog-only; changes what INSERTs through the view store when they omit the column", "", "", ""},
    {"view-recreate", C, kAEL, "the view", kCatalog, "DROP VIEW and CREATE VIEW in one transaction",
     "its definition cannot change in place, or something it depends on changes: readers wait for the transaction "
     "and code using removed columns breaks",
     "create the new view under another name, move readers, then drop the old one", "", ""},
    {"view-drop", D, kAEL, "the view", kCatalog, "DROP VIEW", "breaks every query and object that uses the view",
     "stop using the view in a release first, then drop it in a later release (acknowledge the finding)", "", ""},
    {"matview-create", C, kAS, "the tables it reads", kScan, "CREATE MATERIALIZED VIEW ... WITH DATA",
     "runs the whole query while the migration's transaction is open", "create it WITH NO DATA and refresh it later",
     "", "SAFE with WITH NO DATA (unreadable until refreshed)"},
    {"matview-change-definition", D, kAEL, "the materialized view", kScan,
     "DROP and CREATE of a materialized view (there is no ALTER for its query)",
     "readers are blocked while the new query scans its tables, and then find it recomputed or empty",
     "build the new one under another name, index it concurrently, swap the names in one short transaction", "", ""},
    {"matview-drop", D, kAEL, "the materialized view", kCatalog, "DROP MATERIALIZED VIEW",
     "breaks every query that reads it (its data can be recomputed)", "stop using it first", "", ""},
    {"matview-index-create", S, kShare, "the materialized view", kBuild, "CREATE INDEX on a materialized view",
     "SHARE blocks only REFRESH of the materialized view", "", "", ""},

    // Functions and procedures (§5.18): no relation locks; the risks are callers and invisible dependencies.
    {"function-create", S, kNone, "nothing existing", kCatalog, "CREATE FUNCTION / PROCEDURE",
     "a new function is invisible to running code", "", "", ""},
    {"function-replace", C, kNone, "nothing (not even the function is locked)", kCatalog,
     "CREATE OR REPLACE FUNCTION (same arguments and result type)",
     "new calls run the new body at once; values it computed for indexes or CHECKs are not recomputed", "", "", ""},
    {"function-signature-change", D, kNone, "nothing (an object lock on the function)", kCatalog,
     "DROP FUNCTION and CREATE FUNCTION (arguments, result type or argument names change)",
     "callers of the old signature break; dependent views, triggers and policies are dropped and created again",
     "create the new signature next to the old one, move callers, drop the old one later", "", ""},
    {"function-drop", D, kNone, "nothing (an object lock on the function)", kCatalog, "DROP FUNCTION / PROCEDURE",
     "callers break", "stop calling it in a release first", "", "CAREFUL when nothing in the schema uses it"},

    // Triggers (§5.19).
    {"trigger-create", C, kSRE, kTable, kCatalog, "CREATE TRIGGER",
     "blocks writes briefly; every later write runs the trigger", "", "", kNewOk},
    {"trigger-drop", C, kAEL, kTable, kCatalog, "DROP TRIGGER", "a brief ACCESS EXCLUSIVE; writes stop running it", "",
     "", kNewOk},
    {"trigger-enable-disable", C, kSRE, kTable, kCatalog, "ALTER TABLE ... ENABLE / DISABLE TRIGGER",
     "blocks writes briefly; changes what every write does", "", "", kNewOk},

    // Row-level security (§5.24).
    {"policy-create", C, kAEL, kTable, kCatalog, "CREATE POLICY",
     "a brief ACCESS EXCLUSIVE; changes which rows every role sees (security review)", "", "", kNewOk},
    {"policy-alter", C, kAEL, kTable, kCatalog, "ALTER POLICY",
     "a brief ACCESS EXCLUSIVE; changes which rows every role sees (security review)", "", "", kNewOk},
    {"policy-drop", C, kAEL, kTable, kCatalog, "DROP POLICY",
     "a brief ACCESS EXCLUSIVE; a dropped permissive policy hides rows, a dropped restrictive one shows them", "", "",
     kNewOk},
    {"rls-enable", D, kAEL, kTable, kCatalog, "ALTER TABLE ... ENABLE ROW LEVEL SECURITY",
     "without a permissive policy every role but the owner sees no rows (default deny)",
     "create the policies first, then enable row-level security", "",
     "CAREFUL when the target schema has a permissive FOR ALL or FOR SELECT policy on the table; SAFE on a new table"},
    {"rls-disable", C, kAEL, kTable, kCatalog, "ALTER TABLE ... DISABLE ROW LEVEL SECURITY",
     "every role with table privileges sees every row (security review)", "", "", kNewOk},
    {"rls-force", C, kAEL, kTable, kCatalog, "ALTER TABLE ... FORCE ROW LEVEL SECURITY",
     "the table's owner becomes subject to the policies", "", "", kNewOk},
    {"rls-no-force", C, kAEL, kTable, kCatalog, "ALTER TABLE ... NO FORCE ROW LEVEL SECURITY",
     "the table's owner is no longer subject to the policies", "", "", kNewOk},

    // Domains (§5.21) and other types.
    {"domain-create", S, kNone, "nothing existing", kCatalog, "CREATE DOMAIN", "a new type is unused", "", "", ""},
    {"domain-drop", S, kAEL, "the type", kCatalog, "DROP DOMAIN",
     "fails while anything uses it; never emitted with CASCADE", "", "", "", "nothing: no column uses the type"},
    {"domain-add-constraint-not-valid", S, kNone, "no table (only the domain)", kCatalog,
     "ALTER DOMAIN ... ADD CONSTRAINT ... NOT VALID", "existing values are not checked; new and updated ones are", "",
     "", ""},
    {"domain-add-constraint", D, kShare, "every table with a column of the domain", kScan,
     "ALTER DOMAIN ... ADD CONSTRAINT", "checks every row of every table using the domain while blocking their writes",
     "use a table CHECK added NOT VALID and validated separately", "", "SAFE when no column uses the domain"},
    {"domain-drop-constraint", S, kNone, "nothing (the constraint object)", kCatalog,
     "ALTER DOMAIN ... DROP CONSTRAINT", "catalog-only; the guarantee is gone", "", "", ""},
    {"domain-set-default", S, kNone, "nothing", kCatalog, "ALTER DOMAIN ... SET / DROP DEFAULT",
     "affects future inserts only", "", "", ""},
    {"domain-set-not-null", D, kShare, "every table with a column of the domain", kScan,
     "ALTER DOMAIN ... SET NOT NULL", "checks every row of every table using the domain while blocking their writes",
     "NOT NULL on the columns through a validated CHECK", "", "SAFE when no column uses the domain"},
    {"domain-drop-not-null", S, kNone, "nothing", kCatalog, "ALTER DOMAIN ... DROP NOT NULL", "catalog-only", "", "",
     ""},
    {"type-create", S, kNone, "nothing existing", kCatalog, "CREATE TYPE ... AS (...) / AS RANGE",
     "a new type is unused", "", "", ""},
    {"type-drop", S, kAEL, "the type", kCatalog, "DROP TYPE",
     "fails while anything uses it; never emitted with CASCADE", "", "", "", "nothing: no column uses the type"},
    {"type-add-attribute", S, kAEL, "the composite type (not the tables whose columns use it)", kCatalog,
     "ALTER TYPE ... ADD ATTRIBUTE", "existing values read the new attribute as NULL; no table is rewritten", "", "",
     "", "nothing: tables whose columns use the type are not locked"},
    {"type-drop-attribute", D, kAEL, "the composite type (not the tables whose columns use it)", kCatalog,
     "ALTER TYPE ... DROP ATTRIBUTE",
     "the attribute's values in every column of the type are gone at once; code reading it breaks",
     "stop reading and writing the attribute in a release first", "", "",
     "nothing: tables whose columns use the type are not locked"},
    {"collation-create", S, kNone, "nothing existing", kCatalog, "CREATE COLLATION", "a new collation is unused", "",
     "", ""},
    {"collation-drop", S, kNone, "nothing (an object lock on the collation; fails while a column uses it)", kCatalog,
     "DROP COLLATION", "fails while anything uses it", "", "", ""},

    // Statistics objects, event triggers, storage settings (§5.13, §5.5).
    {"statistics-create", S, kSUE, kTable, kCatalog, "CREATE STATISTICS",
     "SHARE UPDATE EXCLUSIVE; populated by the next ANALYZE", "", "", ""},
    {"statistics-drop", S, kSUE, kTable, kCatalog, "DROP STATISTICS", "the planner loses the extended statistics", "",
     "", ""},
    {"statistics-set-target", S, kNone, "nothing (the statistics object's catalog row)", kCatalog,
     "ALTER STATISTICS ... SET STATISTICS", "takes effect at the next ANALYZE", "", "", ""},
    {"event-trigger-create", C, kNone, "nothing", kCatalog, "CREATE EVENT TRIGGER",
     "runs on every later DDL statement in the database, migrations included (needs superuser)", "", "", ""},
    {"event-trigger-drop", C, kNone, "nothing (an object lock on the event trigger)", kCatalog, "DROP EVENT TRIGGER",
     "whatever it enforced or audited on DDL stops", "", "", ""},
    {"event-trigger-enable-disable", C, kNone, "nothing", kCatalog, "ALTER EVENT TRIGGER ... ENABLE / DISABLE",
     "changes what every later DDL statement runs", "", "", ""},
    {"table-set-storage-params", S, kSUE, kTable, kCatalog, "ALTER TABLE ... SET / RESET (storage parameter)",
     "fillfactor, toast, autovacuum and parallel_workers settings apply to future pages and runs; no rewrite "
     "(user_catalog_table takes ACCESS EXCLUSIVE)",
     "", "", ""},
    {"column-set-storage", S, kAEL, kTable, kCatalog, "ALTER TABLE ... ALTER COLUMN ... SET STORAGE",
     "a brief ACCESS EXCLUSIVE; applies to future rows", "", "", ""},
    {"column-set-compression", S, kAEL, kTable, kCatalog, "ALTER TABLE ... ALTER COLUMN ... SET COMPRESSION",
     "a brief ACCESS EXCLUSIVE; applies to values written later", "", "", ""},
    {"column-set-statistics", S, kSUE, kTable, kCatalog, "ALTER TABLE ... ALTER COLUMN ... SET STATISTICS",
     "takes effect at the next ANALYZE", "", "", ""},

    // Partitions and inheritance (§5.14).
    {"partition-attach", C, kAEL,
     "the partition and any DEFAULT partition (SHARE UPDATE EXCLUSIVE on the partitioned table)", kScan,
     "ALTER TABLE ... ATTACH PARTITION",
     "scans the partition (and any DEFAULT partition) under ACCESS EXCLUSIVE to check its bound, unless a valid CHECK "
     "implies it, and builds the partitioned table's indexes it lacks",
     "add a CHECK matching the bound (NOT VALID, then VALIDATE) and build the partitioned table's indexes on it "
     "concurrently before attaching",
     "", "SAFE when the partition is created in the same plan"},
    {"partition-detach", C, kAEL, "the partitioned table and the partition", kCatalog,
     "ALTER TABLE ... DETACH PARTITION",
     "a brief ACCESS EXCLUSIVE on the whole partitioned table; its rows leave the parent",
     "DETACH PARTITION ... CONCURRENTLY (PostgreSQL >= 14) in a step of its own", "", ""},
    {"inheritance-add", C, kAEL, "the child table (SHARE UPDATE EXCLUSIVE on the parent)", kCatalog,
     "ALTER TABLE ... INHERIT", "queries on the parent start returning the child's rows", "", "", kNewOk},
    {"inheritance-drop", C, kAEL, "the child table (ACCESS SHARE on the parent)", kCatalog,
     "ALTER TABLE ... NO INHERIT", "queries on the parent stop returning the child's rows", "", "", ""},

    // Privileges (§5.24): compared with --privileges only.
    {"grant", C, kNone, "nothing", kCatalog, "GRANT", "widens access (security review)", "", "", ""},
    {"revoke", C, kNone, "nothing", kCatalog, "REVOKE", "code running as the role gets \"permission denied\" at once",
     "", "", ""},
    {"default-privileges", S, kNone, "nothing", kCatalog, "ALTER DEFAULT PRIVILEGES",
     "affects objects created later only", "", "", ""},

    // Maintenance and destructive commands (catalogue: index-reindex, table-truncate, matview-refresh; §3.2 AEL list).
    // Generate never writes them; lint classifies them when a migration file runs one (model::Command).
    {"index-reindex", D, kAEL, "the indexes it rebuilds (SHARE on their table)", kBuild,
     "REINDEX INDEX / TABLE / SCHEMA / DATABASE",
     "writes wait for the whole rebuild, and so do reads: the planner locks every index of the table",
     "REINDEX ... CONCURRENTLY (PostgreSQL >= 12), outside a transaction", "",
     "SAFE on a table created in the same plan", "reads and writes (ACCESS EXCLUSIVE on the indexes)"},
    {"index-reindex-concurrently", S, kSUE, "the table and the indexes it rebuilds", kBuild, "REINDEX ... CONCURRENTLY",
     "rebuilds without blocking reads or writes; must run outside a transaction; a failure leaves an INVALID copy "
     "(_ccnew) to drop",
     "",
     "PostgreSQL < 12 has no CONCURRENTLY (DANGEROUS: the statement fails); 14.0-14.3 could corrupt indexes built "
     "concurrently (DANGEROUS; fixed in 14.4)",
     ""},
    {"table-cluster", D, kAEL, kTable, kRewrite, "CLUSTER",
     "rewrites the table and its indexes under ACCESS EXCLUSIVE: reads and writes wait throughout",
     "an online rebuild (pg_repack-style) or a maintenance window", "", "SAFE on a table created in the same plan"},
    {"table-vacuum-full", D, kAEL, kTable, kRewrite, "VACUUM FULL",
     "rewrites the table and its indexes under ACCESS EXCLUSIVE: reads and writes wait throughout",
     "plain VACUUM, an online rebuild (pg_repack-style) or a maintenance window", "",
     "SAFE on a table created in the same plan"},
    {"table-vacuum", S, kSUE, kTable, kScan, "VACUUM / ANALYZE (not FULL)",
     "reads and writes go on; must run outside a transaction (VACUUM)", "", "", ""},
    {"table-truncate", D, kAEL, kTable, kRewrite, "TRUNCATE", "irreversibly deletes every row",
     "DELETE in batches after a backup, or drop the table in a later release", "",
     "SAFE on a table created in the same plan"},
    {"database-drop", D, kNone, "the database (it must have no other connection)", kCatalog, "DROP DATABASE",
     "irreversibly deletes a whole database", "not in a migration: an operator's decision, with a backup", "", ""},
    {"table-lock", D, kAEL, kTable, kCatalog, "LOCK TABLE ... [IN mode MODE]",
     "holds the lock to the end of the transaction: what it blocks waits that long",
     "let each statement take its own lock, under a lock_timeout", "",
     "the lock is the mode named (ACCESS EXCLUSIVE by default); CAREFUL for a mode that blocks no reads or writes"},
    {"matview-refresh", D, kAEL, "the materialized view", kRewrite, "REFRESH MATERIALIZED VIEW",
     "readers of the view wait until its query has run again",
     "REFRESH MATERIALIZED VIEW CONCURRENTLY (needs a unique index on plain columns)", "", ""},
    {"matview-refresh-concurrently", S, kExcl, "the materialized view", kScan, "REFRESH MATERIALIZED VIEW CONCURRENTLY",
     "reads of the view go on while its query runs again", "", "", ""},

    // Execution envelope (catalogue §4): how statements are run, checked when linting migration files.
    {"exec-lock-timeout", D, kNone, "-", kCatalog, "a locking statement without SET lock_timeout",
     "waiting for a lock queues every later query on the table behind it, reads included",
     "SET lock_timeout (e.g. '2s') before the statement, and retry on lock_not_available", "", ""},
    {"exec-statement-timeout", C, kNone, "-", kCatalog,
     "a statement that scans, rewrites or builds on an existing table without SET statement_timeout",
     "nothing bounds how long it runs, or how long what it locks waits behind it",
     "SET statement_timeout before it (long for scans and builds, e.g. '1h'; short for catalog-only steps)", "", ""},
    {"exec-concurrently-outside-txn", D, kNone, "-", kCatalog, "CONCURRENTLY (or VACUUM) inside a transaction",
     "PostgreSQL refuses it: the migration fails", "run it as its own statement outside a transaction block", "", ""},
    {"exec-short-strong-lock-txn", D, kNone, "-", kCatalog, "NOT VALID and VALIDATE in one transaction",
     "the ACCESS EXCLUSIVE of the ADD is held during the whole validation scan",
     "COMMIT between ADD ... NOT VALID and VALIDATE CONSTRAINT", "", ""},
    // Lint never passes over a statement in silence: one it has no rule for is this finding (README lists the
    // statements that stay silent: SET, BEGIN / COMMIT, SELECT, INSERT into a table the files created, ...).
    {"unclassified", C, kNone, "-", kCatalog, "a statement schemadiff has no rule for",
     "schemadiff cannot tell what it locks or changes: review it by hand",
     "acknowledge it once reviewed, with the reason", "", ""},

    // Acknowledgements (schemadiff check): a finding may be accepted by a reviewed entry, which must say why, who
    // approved it (allow file) and stay within its expiry date; a broken entry fails the gate itself.
    {"ack-invalid", D, kNone, "-", kCatalog, "an acknowledgement that is expired, unexplained or malformed",
     "an acknowledgement that is not reviewed data cannot excuse a finding",
     "fix the entry: a known rule id, the object, a reason, an approver (allow file) and a future expiry date", "", ""},
};

}  // namespace

auto catalogue() -> const std::vector<Rule>& {
    return kRules;
}

auto kind_rules(model::ObjectKind kind) -> KindRules {
    using model::ObjectKind;
    switch (kind) {
        case ObjectKind::View:
            return {"view-create", "view-drop", "view-replace", "view-recreate"};
        case ObjectKind::MaterializedView:
            return {"matview-create", "matview-drop", "", "matview-change-definition"};
        case ObjectKind::MaterializedViewIndex:
            return {"matview-index-create", "index-drop"};
        case ObjectKind::Function:
        case ObjectKind::Procedure:
            return {"function-create", "function-drop", "function-replace", "function-signature-change"};
        case ObjectKind::Trigger:
            return {"trigger-create", "trigger-drop"};
        case ObjectKind::TriggerState:
            return {"trigger-enable-disable", "trigger-enable-disable"};
        case ObjectKind::Policy:
            return {"policy-create", "policy-drop", "policy-alter"};
        case ObjectKind::RowSecurity:
            return {"rls-enable", "rls-disable"};
        case ObjectKind::ForceRowSecurity:
            return {"rls-force", "rls-no-force"};
        case ObjectKind::Domain:
            return {"domain-create", "domain-drop"};
        case ObjectKind::DomainDefault:
            return {"domain-set-default", "domain-set-default"};
        case ObjectKind::DomainNotNull:
            return {"domain-set-not-null", "domain-drop-not-null"};
        case ObjectKind::DomainConstraint:  // added NOT VALID: domain-add-constraint-not-valid
            return {"domain-add-constraint", "domain-drop-constraint"};
        case ObjectKind::CompositeType:  // replaced: type-add-attribute / type-drop-attribute
        case ObjectKind::RangeType:
            return {"type-create", "type-drop"};
        case ObjectKind::Collation:
            return {"collation-create", "collation-drop"};
        case ObjectKind::Statistics:
            return {"statistics-create", "statistics-drop", "statistics-set-target"};
        case ObjectKind::EventTrigger:
            return {"event-trigger-create", "event-trigger-drop"};
        case ObjectKind::EventTriggerState:
            return {"event-trigger-enable-disable", "event-trigger-enable-disable"};
        case ObjectKind::TableOption:
            return {"table-set-storage-params", "table-set-storage-params"};
        case ObjectKind::ColumnStorage:
            return {"column-set-storage", "column-set-storage"};
        case ObjectKind::ColumnCompression:
            return {"column-set-compression", "column-set-compression"};
        case ObjectKind::ColumnStatistics:
            return {"column-set-statistics", "column-set-statistics"};
        case ObjectKind::ViewColumnDefault:
            return {"view-set-default", "view-set-default"};
        case ObjectKind::Partition:
            return {"partition-attach", "partition-detach"};
        case ObjectKind::Inheritance:
            return {"inheritance-add", "inheritance-drop"};
        case ObjectKind::Grant:  // a "revoked from PUBLIC" atom is created by REVOKE and dropped by GRANT
            return {"grant", "revoke"};
        case ObjectKind::DefaultPrivilege:
            return {"default-privileges", "default-privileges"};
        case ObjectKind::Comment:
            return {"comment-set", "comment-set"};
    }
    // Every enumerator has its case above (-Werror=switch): only a value outside the enum gets here.
    throw Error(ErrorKind::Internal, fmt::format("no safety rules for object kind {}", static_cast<int>(kind)));
}

auto blocks_text(const Rule& rule) -> std::string_view {
    return rule.blocks.empty() ? lock_blocks(rule.lock) : rule.blocks;
}

auto severity_name(Severity severity) -> std::string_view {
    static constexpr std::string_view kNames[] = {"safe", "careful", "dangerous"};
    return kNames[static_cast<int>(severity)];
}

auto parse_severity(std::string_view name) -> std::optional<Severity> {
    for (auto severity : {Severity::Safe, Severity::Careful, Severity::Dangerous}) {
        if (severity_name(severity) == name) return severity;
    }
    return std::nullopt;
}

auto lock_name(LockMode mode) -> std::string_view {
    static constexpr std::string_view kNames[] = {
        "none",  "ACCESS SHARE",        "ROW SHARE", "ROW EXCLUSIVE",   "SHARE UPDATE EXCLUSIVE",
        "SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE"};
    return kNames[static_cast<int>(mode)];
}

auto lock_pg_name(LockMode mode) -> std::string_view {
    static constexpr std::string_view kNames[] = {
        "",          "AccessShareLock",       "RowShareLock",  "RowExclusiveLock",   "ShareUpdateExclusiveLock",
        "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock"};
    return kNames[static_cast<int>(mode)];
}

// PostgreSQL docs §13.3.1: only ACCESS EXCLUSIVE blocks plain SELECT; SHARE and stronger block writes; SHARE
// UPDATE EXCLUSIVE blocks only other schema changes, VACUUM and concurrent index builds.
auto lock_blocks(LockMode mode) -> std::string_view {
    switch (mode) {
        case LockMode::AccessExclusive:
            return "reads and writes";
        case LockMode::Exclusive:
        case LockMode::ShareRowExclusive:
        case LockMode::Share:
            return "writes";
        case LockMode::ShareUpdateExclusive:
            return "other schema changes";
        default:
            return "nothing";
    }
}

auto effect_name(Effect effect) -> std::string_view {
    static constexpr std::string_view kNames[] = {"catalog-only", "scan", "index build", "rewrite"};
    return kNames[static_cast<int>(effect)];
}

auto down_loss_name(DownLoss loss) -> std::string_view {
    static constexpr std::string_view kNames[] = {"lossless", "data-dependent", "lossy"};
    return kNames[static_cast<int>(loss)];
}

auto find_rule(std::string_view id) -> const Rule* {
    auto it = std::find_if(kRules.begin(), kRules.end(), [&](const Rule& rule) { return rule.id == id; });
    return it == kRules.end() ? nullptr : &*it;
}

auto rule_verdict(std::string_view rule_id, std::string object) -> Verdict {
    const Rule* rule = find_rule(rule_id);
    ensure(rule != nullptr, fmt::format("no safety rule {}", rule_id));
    Verdict verdict;
    verdict.rule = std::string(rule_id);
    verdict.severity = rule->severity;
    verdict.lock = rule->lock;
    verdict.effect = rule->effect;
    verdict.object = std::move(object);
    verdict.reason = std::string(rule->reason);
    verdict.safe_alternative = std::string(rule->safe_alternative);
    return verdict;
}

}  // namespace schemadiff::safety
