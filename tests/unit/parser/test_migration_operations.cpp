// Migration statements on objects defined by SQL (views, functions, triggers, policies, row security, partitions,
// storage options, domains, types, statistics, collations, event triggers, privileges, renames) -> the operations
// and catalogue rules lint mode reports for them.
#include <doctest/doctest.h>

#include <set>

#include "schemadiff/parser/parse_migration.hpp"
#include "schemadiff/safety/safety.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;
using namespace schemadiff::model;

namespace {

auto operations_of(const std::string& sql, const Schema& before = {}) -> std::vector<Operation> {
    auto file = parser::parse_migration_text(sql, "m.sql", before);
    std::vector<Operation> out;
    for (const auto& statement : file.statements)
        out.insert(out.end(), statement.operations.begin(), statement.operations.end());
    return out;
}

/// The operations of the last statement of `sql` (the earlier ones set the scene).
auto last_operations(const std::string& sql, const Schema& before = {}) -> std::vector<Operation> {
    auto file = parser::parse_migration_text(sql, "m.sql", before);
    REQUIRE_FALSE(file.statements.empty());
    return file.statements.back().operations;
}

auto verdict(const Operation& operation, const std::set<QualifiedName>& new_tables = {}, const Schema& before = {})
    -> safety::Verdict {
    safety::Context context;
    context.before = &before;
    context.new_tables = new_tables;
    return safety::classify(operation, context);
}

/// The object of a CreateObject, DropObject or ReplaceObject (its `to`).
auto object_of(const Operation& operation) -> SchemaObject {
    if (const auto* create = std::get_if<CreateObject>(&operation)) return create->object;
    if (const auto* drop = std::get_if<DropObject>(&operation)) return drop->object;
    if (const auto* replace = std::get_if<ReplaceObject>(&operation)) return replace->to;
    FAIL("not an operation on an object defined by SQL: " << kind_name(operation));
    return {};
}

struct StatementCase {
    const char* sql;
    const char* kind;     ///< model::kind_name
    const char* subject;  ///< model::subject
    const char* rule;     ///< the catalogue rule classify picks
};

// One statement each, on objects the (empty) starting schema does not know.
constexpr StatementCase kStatements[] = {
    // views and materialized views
    {"CREATE VIEW v AS SELECT 1", "create_view", "public.v", "view-create"},
    {"CREATE OR REPLACE VIEW app.v AS SELECT 1", "replace_view", "app.v", "view-replace"},
    {"DROP VIEW v", "drop_view", "public.v", "view-drop"},
    {"CREATE MATERIALIZED VIEW mv AS SELECT 1", "create_materialized_view", "public.mv", "matview-create"},
    {"DROP MATERIALIZED VIEW mv", "drop_materialized_view", "public.mv", "matview-drop"},
    // functions and procedures
    {"CREATE FUNCTION f(a int, b varchar(10), OUT c text) RETURNS text LANGUAGE sql AS 'SELECT b'", "create_function",
     "public.f(integer, character varying)", "function-create"},
    {"CREATE OR REPLACE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1'", "replace_function", "app.f()",
     "function-replace"},
    {"CREATE PROCEDURE p(a int) LANGUAGE sql AS 'SELECT 1'", "create_procedure", "public.p(integer)",
     "function-create"},
    {"DROP FUNCTION f(int, timestamptz(3))", "drop_function", "public.f(integer, timestamp with time zone)",
     "function-drop"},
    {"DROP PROCEDURE p(int)", "drop_procedure", "public.p(integer)", "function-drop"},
    // aggregates are functions of the model, named by all their argument types
    {"CREATE AGGREGATE agg (int) (sfunc = int4pl, stype = int)", "create_function", "public.agg(integer)",
     "function-create"},
    {"CREATE AGGREGATE app.firsts (ORDER BY text) (sfunc = f, stype = text)", "create_function", "app.firsts(text)",
     "function-create"},
    {"DROP AGGREGATE agg(int)", "drop_function", "public.agg(integer)", "function-drop"},
    // comments on objects defined by SQL are objects of their own
    {"COMMENT ON VIEW v IS 'x'", "create_comment", "view public.v", "comment-set"},
    {"COMMENT ON FUNCTION app.f(int) IS NULL", "drop_comment", "function app.f(integer)", "comment-set"},
    {"COMMENT ON AGGREGATE agg(int) IS 'x'", "create_comment", "function public.agg(integer)", "comment-set"},
    {"COMMENT ON TRIGGER tr ON t IS 'x'", "create_comment", "trigger public.t.tr", "comment-set"},
    {"COMMENT ON POLICY p ON t IS 'x'", "create_comment", "policy public.t.p", "comment-set"},
    {"COMMENT ON MATERIALIZED VIEW mv IS 'x'", "create_comment", "view public.mv", "comment-set"},
    {"COMMENT ON EVENT TRIGGER audit IS 'x'", "create_comment", "event-trigger audit", "comment-set"},
    // identity columns
    {"ALTER TABLE t ALTER COLUMN id SET GENERATED ALWAYS", "alter_column_identity", "public.t.id",
     "identity-set-generated"},
    {"ALTER TABLE t ALTER COLUMN id SET INCREMENT BY 5 SET CYCLE", "alter_column_identity", "public.t.id",
     "identity-set-sequence-option"},
    // a partitioned table is a new table
    {"CREATE TABLE p (id int) PARTITION BY RANGE (id)", "create_table", "public.p", "table-create"},
    // triggers
    {"CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f()", "create_trigger", "public.t.tr",
     "trigger-create"},
    {"DROP TRIGGER tr ON app.t", "drop_trigger", "app.t.tr", "trigger-drop"},
    {"ALTER TABLE t DISABLE TRIGGER tr", "create_trigger_state", "public.t.tr", "trigger-enable-disable"},
    {"ALTER TABLE t ENABLE ALWAYS TRIGGER tr", "create_trigger_state", "public.t.tr", "trigger-enable-disable"},
    {"ALTER TABLE t ENABLE TRIGGER tr", "drop_trigger_state", "public.t.tr", "trigger-enable-disable"},
    {"ALTER TABLE t DISABLE TRIGGER ALL", "create_trigger_state", "public.t", "trigger-enable-disable"},
    // policies and row security
    {"CREATE POLICY p ON t USING (true)", "create_policy", "public.t.p", "policy-create"},
    {"ALTER POLICY p ON t USING (false)", "replace_policy", "public.t.p", "policy-alter"},
    {"DROP POLICY p ON t", "drop_policy", "public.t.p", "policy-drop"},
    {"ALTER TABLE t ENABLE ROW LEVEL SECURITY", "create_row_security", "public.t", "rls-enable"},
    {"ALTER TABLE t DISABLE ROW LEVEL SECURITY", "drop_row_security", "public.t", "rls-disable"},
    {"ALTER TABLE t FORCE ROW LEVEL SECURITY", "create_force_row_security", "public.t", "rls-force"},
    {"ALTER TABLE t NO FORCE ROW LEVEL SECURITY", "drop_force_row_security", "public.t", "rls-no-force"},
    // partitions and inheritance
    {"ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
     "create_partition", "public.events_2024", "partition-attach"},
    {"ALTER TABLE events DETACH PARTITION app.events_2024", "drop_partition", "app.events_2024", "partition-detach"},
    {"ALTER TABLE child INHERIT parent", "create_inheritance", "public.child", "inheritance-add"},
    {"ALTER TABLE child NO INHERIT parent", "drop_inheritance", "public.child", "inheritance-drop"},
    // storage options
    {"ALTER TABLE t SET (fillfactor = 70)", "create_table_option", "public.t (fillfactor)", "table-set-storage-params"},
    {"ALTER TABLE t RESET (toast.autovacuum_enabled)", "drop_table_option", "public.t (toast.autovacuum_enabled)",
     "table-set-storage-params"},
    {"ALTER TABLE t ALTER COLUMN c SET STORAGE EXTERNAL", "create_column_storage", "public.t.c", "column-set-storage"},
    {"ALTER TABLE t ALTER c SET COMPRESSION lz4", "create_column_compression", "public.t.c", "column-set-compression"},
    {"ALTER TABLE t ALTER c SET COMPRESSION default", "drop_column_compression", "public.t.c",
     "column-set-compression"},
    {"ALTER TABLE t ALTER c SET STATISTICS 500", "create_column_statistics", "public.t.c", "column-set-statistics"},
    // domains
    {"CREATE DOMAIN d AS int CHECK (VALUE > 0)", "create_domain", "public.d", "domain-create"},
    {"DROP DOMAIN app.d", "drop_domain", "app.d", "domain-drop"},
    {"ALTER DOMAIN d ADD CONSTRAINT positive CHECK (VALUE > 0)", "create_domain_constraint", "public.d.positive",
     "domain-add-constraint"},
    {"alter domain d add constraint positive check (value > 0) not valid", "create_domain_constraint",
     "public.d.positive", "domain-add-constraint-not-valid"},
    {"ALTER DOMAIN d ADD CHECK (VALUE > 0)", "create_domain_constraint", "public.d.d_check", "domain-add-constraint"},
    {"ALTER DOMAIN d DROP CONSTRAINT positive", "drop_domain_constraint", "public.d.positive",
     "domain-drop-constraint"},
    {"ALTER DOMAIN d SET NOT NULL", "create_domain_not_null", "public.d", "domain-set-not-null"},
    {"ALTER DOMAIN d DROP NOT NULL", "drop_domain_not_null", "public.d", "domain-drop-not-null"},
    {"ALTER DOMAIN d SET DEFAULT 1", "create_domain_default", "public.d", "domain-set-default"},
    {"ALTER DOMAIN d DROP DEFAULT", "drop_domain_default", "public.d", "domain-set-default"},
    // composite and range types
    {"CREATE TYPE pair AS (a int, b int)", "create_composite_type", "public.pair", "type-create"},
    {"CREATE TYPE span AS RANGE (subtype = int4)", "create_range_type", "public.span", "type-create"},
    {"ALTER TYPE pair ADD ATTRIBUTE c int", "replace_composite_type", "public.pair", "type-add-attribute"},
    {"alter type pair drop attribute b", "replace_composite_type", "public.pair", "type-drop-attribute"},
    // statistics, collations, event triggers
    {"CREATE STATISTICS st (dependencies) ON a, b FROM t", "create_statistics", "public.st", "statistics-create"},
    {"DROP STATISTICS st", "drop_statistics", "public.st", "statistics-drop"},
    {"CREATE COLLATION c (provider = icu, locale = 'und')", "create_collation", "public.c", "collation-create"},
    {"DROP COLLATION c", "drop_collation", "public.c", "collation-drop"},
    {"CREATE EVENT TRIGGER audit ON ddl_command_start EXECUTE FUNCTION f()", "create_event_trigger", "audit",
     "event-trigger-create"},
    {"DROP EVENT TRIGGER audit", "drop_event_trigger", "audit", "event-trigger-drop"},
    {"ALTER EVENT TRIGGER audit DISABLE", "create_event_trigger_state", "audit", "event-trigger-enable-disable"},
    {"ALTER EVENT TRIGGER audit ENABLE", "drop_event_trigger_state", "audit", "event-trigger-enable-disable"},
    // privileges
    {"GRANT SELECT, INSERT (a) ON t, app.u TO app, PUBLIC", "create_grant",
     "SELECT, INSERT (a) ON public.t, app.u TO app, PUBLIC", "grant"},
    {"REVOKE EXECUTE ON FUNCTION f(int) FROM PUBLIC", "drop_grant", "EXECUTE ON FUNCTION public.f(integer) FROM PUBLIC",
     "revoke"},
    {"GRANT USAGE ON SCHEMA app TO reader", "create_grant", "USAGE ON SCHEMA app TO reader", "grant"},
    {"GRANT ALL ON ALL TABLES IN SCHEMA app TO reader", "create_grant", "ALL ON ALL TABLES IN SCHEMA app TO reader",
     "grant"},
    {"ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO reader", "create_default_privilege",
     "IN SCHEMA app: SELECT ON TABLES TO reader", "default-privileges"},
    {"ALTER DEFAULT PRIVILEGES FOR ROLE owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC", "drop_default_privilege",
     "FOR ROLE owner: EXECUTE ON FUNCTIONS FROM PUBLIC", "default-privileges"},
    // renames
    {"ALTER TABLE t RENAME TO u", "rename_table", "public.u", "table-rename"},
    {"ALTER TABLE t RENAME COLUMN a TO b", "rename_column", "public.t.b", "column-rename"},
    {"ALTER TABLE t RENAME CONSTRAINT a TO b", "rename_constraint", "public.t.b", "constraint-rename"},
    {"ALTER VIEW v RENAME TO w", "rename_view", "public.v", "view-rename"},
    {"ALTER MATERIALIZED VIEW mv RENAME TO mw", "rename_materialized_view", "public.mv", "view-rename"},
    {"ALTER FUNCTION f(int) RENAME TO g", "rename_function", "public.f(integer)", "function-rename"},
    {"ALTER PROCEDURE p(int) RENAME TO q", "rename_procedure", "public.p(integer)", "function-rename"},
};

}  // namespace

TEST_CASE("parser: each migration statement on an object defined by SQL maps to its operation and rule") {
    for (const auto& each : kStatements) {
        CAPTURE(each.sql);
        auto operations = operations_of(std::string(each.sql) + ";");
        REQUIRE(operations.size() == 1);
        CHECK(kind_name(operations[0]) == each.kind);
        CHECK(subject(operations[0]) == each.subject);
        safety::Verdict verdict_without_context = verdict(operations[0]);
        CHECK(verdict_without_context.rule == each.rule);
        // Without context (no --db, nothing created earlier) no condition it could not check softens the rule's class.
        const safety::Rule* rule = safety::find_rule(each.rule);
        REQUIRE(rule != nullptr);
        std::string sql_text = each.sql;
        CAPTURE(sql_text);
        CHECK(static_cast<int>(verdict_without_context.severity) >= static_cast<int>(rule->severity));
    }
}

TEST_CASE("parser: objects get the ids and tables the introspector gives them") {
    auto id_and_table = [](const std::string& sql) {
        auto operations = last_operations(sql);
        REQUIRE(operations.size() == 1);
        SchemaObject object = object_of(operations[0]);
        return std::make_pair(object.id, object.table ? object.table->sql() : std::string("-"));
    };
    using Pair = std::pair<std::string, std::string>;
    CHECK(id_and_table("CREATE VIEW app.v AS SELECT 1;") == Pair{"view app.v", "-"});
    CHECK(id_and_table("DROP FUNCTION f(int);") == Pair{"function public.f(integer)", "-"});
    CHECK(id_and_table("CREATE TRIGGER tr AFTER INSERT ON app.t EXECUTE FUNCTION f();") ==
          Pair{"trigger app.t.tr", "app.t"});
    CHECK(id_and_table("ALTER TABLE t ENABLE TRIGGER \"Tr\";") == Pair{"trigger-state public.t.\"Tr\"", "public.t"});
    CHECK(id_and_table("CREATE POLICY p ON t USING (true);") == Pair{"policy public.t.p", "public.t"});
    CHECK(id_and_table("ALTER TABLE t ENABLE ROW LEVEL SECURITY;") == Pair{"row-security public.t", "public.t"});
    CHECK(id_and_table("ALTER TABLE t FORCE ROW LEVEL SECURITY;") == Pair{"force-row-security public.t", "public.t"});
    // A partition and a child belong to themselves (subject) and name their parent (table).
    CHECK(id_and_table("ALTER TABLE events ATTACH PARTITION app.e1 DEFAULT;") ==
          Pair{"partition app.e1", "public.events"});
    CHECK(id_and_table("ALTER TABLE child INHERIT app.parent;") ==
          Pair{"inheritance public.child app.parent", "app.parent"});
    CHECK(id_and_table("ALTER TABLE t SET (fillfactor = 70);") == Pair{"table-option public.t.fillfactor", "public.t"});
    CHECK(id_and_table("ALTER TABLE t ALTER c SET STORAGE MAIN;") == Pair{"column-storage public.t.c", "public.t"});
    CHECK(id_and_table("CREATE DOMAIN d AS int;") == Pair{"type public.d", "-"});
    CHECK(id_and_table("ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0);") ==
          Pair{"domain-constraint public.d.c", "-"});
    CHECK(id_and_table("ALTER DOMAIN d SET NOT NULL;") == Pair{"domain-not-null public.d", "-"});
    CHECK(id_and_table("CREATE STATISTICS st ON a, b FROM app.t;") == Pair{"statistics public.st", "app.t"});
    CHECK(id_and_table("CREATE COLLATION c (locale = 'C');") == Pair{"collation public.c", "-"});
    CHECK(id_and_table("CREATE EVENT TRIGGER \"Audit\" ON ddl_command_end EXECUTE FUNCTION f();") ==
          Pair{"event-trigger \"Audit\"", "-"});
}

TEST_CASE("parser: the SQL rules read is canonical, so the file's case and layout do not hide WITH NO DATA") {
    auto operations = operations_of("create materialized view mv as\n  select 1\nwith   no data;");
    REQUIRE(operations.size() == 1);
    CHECK(object_of(operations[0]).create == "CREATE MATERIALIZED VIEW mv AS SELECT 1 WITH NO DATA");
    auto unpopulated = verdict(operations[0]);
    CHECK(unpopulated.rule == "matview-create");
    CHECK(unpopulated.severity == safety::Severity::Safe);
    CHECK(verdict(operations_of("CREATE MATERIALIZED VIEW mv AS SELECT 1;").at(0)).severity != safety::Severity::Safe);
}

TEST_CASE("parser: ALTER TYPE ADD and DROP ATTRIBUTE in one statement are classified action by action") {
    auto operations =
        operations_of("ALTER TYPE pair ADD ATTRIBUTE c int, DROP ATTRIBUTE b, ALTER ATTRIBUTE a TYPE bigint;");
    REQUIRE(operations.size() == 2);  // ALTER ATTRIBUTE ... TYPE: no rule covers it
    CHECK(std::get<ReplaceObject>(operations[0]).to.replace == "ALTER TYPE pair ADD ATTRIBUTE c int");
    CHECK(verdict(operations[0]).rule == "type-add-attribute");
    CHECK(std::get<ReplaceObject>(operations[1]).to.replace == "ALTER TYPE pair DROP ATTRIBUTE b");
    CHECK(verdict(operations[1]).rule == "type-drop-attribute");
}

TEST_CASE("parser: the facts the rules read come from the parse tree, whatever the file's spelling") {
    auto facts = [](const std::string& sql) { return object_of(operations_of(sql).at(0)).facts; };
    CHECK(facts("alter domain d add constraint c check (value > 0)\n  not   valid;").not_valid);
    CHECK_FALSE(facts("ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0);").not_valid);
    CHECK(facts("alter type pair drop attribute b;").drops_attribute);
    CHECK_FALSE(facts("ALTER TYPE pair ADD ATTRIBUTE b int;").drops_attribute);
    // CREATE POLICY's defaults are AS PERMISSIVE FOR ALL.
    for (const char* sql :
         {"CREATE POLICY p ON t USING (true);", "create policy p on t as permissive for select using (true);",
          "CREATE POLICY p ON t FOR ALL TO PUBLIC USING (true);"}) {
        CAPTURE(sql);
        CHECK(facts(sql).permissive_read);
    }
    for (const char* sql :
         {"CREATE POLICY p ON t AS RESTRICTIVE USING (true);", "CREATE POLICY p ON t FOR INSERT WITH CHECK (true);",
          "CREATE POLICY p ON t FOR UPDATE USING (true);", "CREATE POLICY p ON t FOR DELETE;"}) {
        CAPTURE(sql);
        CHECK_FALSE(facts(sql).permissive_read);
    }
    CHECK(facts("create materialized view mv as select 1 with   no data;").no_data);
    CHECK_FALSE(facts("CREATE MATERIALIZED VIEW mv AS SELECT 1;").no_data);
    CHECK(facts("ALTER EVENT TRIGGER audit DISABLE;").disabled);
    CHECK_FALSE(facts("ALTER EVENT TRIGGER audit ENABLE ALWAYS;").disabled);
    CHECK(facts("ALTER TABLE t DISABLE TRIGGER ALL;").disabled);
    CHECK_FALSE(facts("ALTER TABLE t ENABLE REPLICA TRIGGER tr;").disabled);
    // A REVOKE in a migration file drops a grant: that is the revoke rule, the atom itself is no revoked one.
    auto revoke = operations_of("REVOKE EXECUTE ON FUNCTION f(int) FROM PUBLIC;").at(0);
    CHECK_FALSE(object_of(revoke).facts.revoked);
    CHECK(verdict(revoke).rule == "revoke");
}

TEST_CASE("parser: objects of a table created earlier in the migration are SAFE; of an existing one they are not") {
    std::set<QualifiedName> fresh{qname("t")};
    for (const char* sql :
         {"CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()", "CREATE POLICY p ON t USING (true)",
          "ALTER TABLE t ENABLE ROW LEVEL SECURITY", "ALTER TABLE t DISABLE TRIGGER ALL", "DROP POLICY p ON t"}) {
        CAPTURE(sql);
        auto operations = operations_of(std::string(sql) + ";");
        REQUIRE(operations.size() == 1);
        CHECK(verdict(operations[0], fresh).severity == safety::Severity::Safe);
        CHECK(verdict(operations[0]).severity != safety::Severity::Safe);
    }
    // Attaching a partition created earlier is SAFE (the partition is what is scanned), whatever the parent.
    auto attach = operations_of("ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES IN (2024);").at(0);
    CHECK(verdict(attach, {qname("events_2024")}).severity == safety::Severity::Safe);
    CHECK(verdict(attach, {qname("events")}).severity != safety::Severity::Safe);
}

TEST_CASE("parser: one storage parameter, one operation; statements that name no object with a rule map to nothing") {
    CHECK(kinds(operations_of("ALTER TABLE t SET (fillfactor = 70, toast.autovacuum_enabled = false), "
                              "ALTER c SET STATISTICS -1, ENABLE RULE r;")) ==
          Strings{"create_table_option", "create_table_option", "drop_column_statistics"});
    for (const char* sql :
         {"ALTER TABLE events DETACH PARTITION e1 CONCURRENTLY", "GRANT app TO bob", "CREATE TABLE t2 AS SELECT 1",
          "ALTER DOMAIN d VALIDATE CONSTRAINT c", "ALTER TRIGGER tr ON t RENAME TO tr2",
          "ALTER POLICY p ON t RENAME TO p2", "CREATE OPERATOR === (function = int4eq, leftarg = int, rightarg = int)",
          "ALTER VIEW v RENAME COLUMN a TO b"}) {
        CAPTURE(sql);
        CHECK(operations_of(std::string(sql) + ";").empty());
    }
}

TEST_CASE("parser: what the file created, replaced or renamed earlier is what its later statements act on") {
    auto operations = operations_of(
        "CREATE TYPE pair AS (a int);\nDROP TYPE pair;\n"
        "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';\nDROP FUNCTION f;\n"
        "CREATE POLICY p ON t AS PERMISSIVE FOR SELECT USING (true);\nDROP POLICY p ON t;\n"
        "CREATE VIEW v AS SELECT 1;\nALTER VIEW v RENAME TO w;\nDROP VIEW w;\n");
    CHECK(kinds(operations) == Strings{"create_composite_type", "drop_composite_type", "create_function",
                                       "drop_function", "create_policy", "drop_policy", "create_view", "rename_view",
                                       "drop_view"});
    CHECK(verdict(operations[1]).rule == "type-drop");
    CHECK(subject(operations[3]) == "public.f(integer)");  // DROP FUNCTION f: the only f there is
    CHECK(std::get<DropObject>(operations[5]).object.create.find("FOR SELECT") != std::string::npos);
    CHECK(std::get<DropObject>(operations[8]).object.create == "CREATE VIEW v AS SELECT 1");
}

TEST_CASE("parser: objects the starting schema knows keep their ids, so its dependencies count") {
    Schema before;
    SchemaObject function;
    function.kind = ObjectKind::Function;
    function.id = "function public.f(integer)";
    function.subject = "public.f(integer)";
    before.objects.push_back(function);
    before.dependencies["view public.v"] = {"function public.f(integer)"};
    for (const char* sql : {"DROP FUNCTION f(int4);", "DROP FUNCTION f;"}) {
        CAPTURE(sql);
        auto operations = operations_of(sql, before);
        REQUIRE(operations.size() == 1);
        CHECK(std::get<DropObject>(operations[0]).object.id == "function public.f(integer)");
        CHECK(verdict(operations[0], {}, before).severity == safety::Severity::Dangerous);  // a view uses it
    }
    // ALTER TABLE ... RENAME TO on an index or a view renames that index or view.
    Schema indexed = parse_normalized("CREATE TABLE t (a int);\nCREATE INDEX t_a_idx ON t (a);");
    CHECK(kinds(last_operations("ALTER TABLE t_a_idx RENAME TO t_a_key;", indexed)) == Strings{"rename_index"});
    CHECK(kinds(last_operations("CREATE VIEW v AS SELECT 1;\nALTER TABLE v RENAME TO w;")) == Strings{"rename_view"});
}

// The catalog queries and the migration reader meet on ids: each object's id starts with its kind's id word
// (object_kinds.def), whichever statement made it.
TEST_CASE("parser: every object a migration file makes has the id form of its kind") {
    const char* sql =
        "CREATE VIEW v AS SELECT 1; CREATE MATERIALIZED VIEW mv AS SELECT 1; CREATE INDEX ON mv (x);"
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'; CREATE PROCEDURE p() LANGUAGE sql AS '';"
        "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f(); ALTER TABLE t DISABLE TRIGGER tr;"
        "CREATE POLICY pol ON t USING (true); ALTER TABLE t ENABLE ROW LEVEL SECURITY;"
        "ALTER TABLE t FORCE ROW LEVEL SECURITY; CREATE STATISTICS st ON a, b FROM t;"
        "CREATE DOMAIN d AS int; ALTER DOMAIN d SET NOT NULL; ALTER DOMAIN d SET DEFAULT 1;"
        "ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0); CREATE TYPE pair AS (a int); CREATE TYPE r AS RANGE "
        "(subtype = int); CREATE COLLATION co (provider = icu, locale = 'und'); CREATE EVENT TRIGGER et ON "
        "ddl_command_start EXECUTE FUNCTION f(); ALTER EVENT TRIGGER et DISABLE; ALTER TABLE t SET (fillfactor = 70);"
        "ALTER TABLE t ALTER COLUMN a SET STORAGE PLAIN; ALTER TABLE t ALTER COLUMN a SET COMPRESSION pglz;"
        "ALTER TABLE t ALTER COLUMN a SET STATISTICS 100; ALTER VIEW v ALTER COLUMN x SET DEFAULT 1;"
        "ALTER TABLE t ATTACH PARTITION t1 FOR VALUES IN (1); ALTER TABLE c INHERIT t;"
        "GRANT SELECT ON t TO PUBLIC; ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC;";
    std::set<ObjectKind> seen;
    for (const Operation& operation : operations_of(sql)) {
        if (!std::holds_alternative<CreateObject>(operation) && !std::holds_alternative<ReplaceObject>(operation))
            continue;
        SchemaObject object = object_of(operation);
        CAPTURE(object.id);
        seen.insert(object.kind);
        CHECK(id_fits_kind(object.id, object.kind));
    }
    // Every kind was made above but the comment (COMMENT ON is a SetComment operation in a migration file) and the
    // materialized view's index (CREATE INDEX is a CreateIndex, with the index rules: the same SHARE lock).
    std::string missing;
    for (const KindTraits& each : kObjectKinds) {
        if (seen.count(each.kind) == 0) missing += std::string(missing.empty() ? "" : " ") + std::string(each.name);
    }
    CHECK(missing == "materialized-view-index comment");
}

TEST_CASE("parser: an index of a materialized view the file created is the view's index, not a table's") {
    auto operations = operations_of(
        "CREATE MATERIALIZED VIEW mv AS SELECT 1 AS a;\nCREATE UNIQUE INDEX mv_a ON mv (a);\nDROP INDEX mv_a;\n");
    REQUIRE(operations.size() == 3);
    CHECK(kind_name(operations[1]) == "create_materialized_view_index");
    CHECK(verdict(operations[1]).rule == "matview-index-create");
    CHECK(object_of(operations[1]).table->sql() == "public.mv");
    CHECK(kind_name(operations[2]) == "drop_materialized_view_index");
}

TEST_CASE("parser: ALTER COLUMN ... TYPE without COLLATE takes the new type's default collation") {
    auto operations = operations_of(
        "CREATE TABLE t (c text COLLATE \"C\", d text COLLATE app.ci);\nALTER TABLE t ALTER COLUMN c TYPE text;\n"
        "ALTER TABLE t ALTER COLUMN d TYPE varchar(10) COLLATE app.ci;\n");
    REQUIRE(operations.size() == 3);
    const auto& reset = std::get<AlterColumnType>(operations[1]);
    CHECK(reset.from.collation == "C");
    CHECK(reset.to.collation.empty());
    const auto& kept = std::get<AlterColumnType>(operations[2]);
    CHECK(kept.from.collation == "app.ci");
    CHECK(kept.to.collation == "app.ci");
}

TEST_CASE("parser: columns follow an enum renamed away, so converting them to the new type of the old name rewrites") {
    auto operations = operations_of(
        "CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE TABLE t (m mood, ms mood[]);\n"
        "ALTER TYPE mood RENAME TO mood_old;\nCREATE TYPE mood AS ENUM ('ok');\n"
        "ALTER TABLE t ALTER COLUMN m TYPE mood USING m::text::mood;\n");
    REQUIRE(operations.size() == 4);  // the rename has no rule: lint reports it as unclassified
    const auto& convert = std::get<AlterColumnType>(operations[3]);
    CHECK(convert.from.type == "public.mood_old");
    CHECK(convert.to.type == "public.mood");
    CHECK(verdict(convert, {}, Schema{}).rule == "type-change-rewrite");
}

TEST_CASE(
    "parser: a CHECK or generated column dropped and added again around a function's rebuild is the plan's "
    "choreography") {
    auto file = parser::parse_migration_text(
        "BEGIN;\nALTER TABLE t DROP CONSTRAINT c;\nALTER TABLE t DROP COLUMN g;\nDROP FUNCTION f(int);\n"
        "CREATE FUNCTION f(bigint) RETURNS bigint LANGUAGE sql AS 'SELECT 1';\n"
        "ALTER TABLE t ADD COLUMN g bigint GENERATED ALWAYS AS (f(id)) STORED;\n"
        "ALTER TABLE t ADD CONSTRAINT c CHECK (f(id) > 0) NOT VALID;\nCOMMIT;\n"
        "BEGIN;\nALTER TABLE t DROP CONSTRAINT d;\nALTER TABLE t ADD CONSTRAINT d CHECK (id > 1) NOT VALID;\nCOMMIT;\n",
        "m.sql", {});
    std::vector<Operation> operations;
    for (const auto& statement : file.statements)
        operations.insert(operations.end(), statement.operations.begin(), statement.operations.end());
    REQUIRE(operations.size() == 8);
    CHECK(std::get<DropConstraint>(operations[0]).around_objects);
    // the column is unknown here (no --db): not known to be generated, so not the choreography
    CHECK(std::get<DropColumn>(operations[1]).around == Around::None);
    // a CHECK replaced by another, with no rebuild between: an ordinary drop
    CHECK_FALSE(std::get<DropConstraint>(operations[6]).around_objects);
}
