#include <doctest/doctest.h>

#include "schemadiff/parser/parse_migration.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;
using namespace schemadiff::model;

namespace {
auto read(const std::string& sql, const Schema& before = {}) -> parser::MigrationFile {
    return parser::parse_migration_text(sql, "m.sql", before);
}

/// The only operation of the only statement of `sql`.
auto only_operation(const std::string& sql, const Schema& before = {}) -> Operation {
    auto file = read(sql, before);
    REQUIRE(file.statements.size() == 1);
    REQUIRE(file.statements[0].operations.size() == 1);
    return file.statements[0].operations[0];
}
}  // namespace

TEST_CASE("parser: a migration statement knows its position, kind and text") {
    auto file = read("-- the index\n\n  CREATE INDEX t_a_idx ON t (a);\nINSERT INTO t VALUES (1);\n");
    REQUIRE(file.statements.size() == 2);
    const auto& index = file.statements[0];
    CHECK(index.where.to_string() == "m.sql:3:3");
    CHECK(index.kind == "CREATE INDEX");
    CHECK(index.text == "CREATE INDEX t_a_idx ON t (a)");
    CHECK(kinds(index.operations) == Strings{"create_index"});
    CHECK(file.statements[1].kind == "INSERT");
    CHECK(file.statements[1].operations.empty());
}

TEST_CASE("parser: explicit BEGIN ... COMMIT blocks are numbered, other statements run in none") {
    auto file = read(
        "CREATE TABLE a (id int);\n"
        "BEGIN;\nCREATE TABLE b (id int);\nCOMMIT;\n"
        "CREATE TABLE c (id int);\n"
        "START TRANSACTION;\nCREATE TABLE d (id int);\nROLLBACK;\n");
    std::vector<int> blocks;
    for (const auto& statement : file.statements) blocks.push_back(statement.transaction);
    CHECK(blocks == std::vector<int>{0, 0, 1, 1, 0, 0, 2, 2});
    CHECK(file.statements[2].in_transaction());
    CHECK_FALSE(file.statements[4].in_transaction());
}

TEST_CASE("parser: the lock_timeout in force follows SET, SET LOCAL, RESET and set_config") {
    auto file = read(
        "ALTER TABLE t ADD COLUMN a int;\n"                                                   // 0: none yet
        "SET lock_timeout = '2s';\nALTER TABLE t ADD COLUMN b int;\n"                         // 2: on
        "SET lock_timeout TO 0;\nALTER TABLE t ADD COLUMN c int;\n"                           // 4: 0 is off
        "BEGIN;\nSET LOCAL lock_timeout = '1s';\nALTER TABLE t ADD COLUMN d int;\nCOMMIT;\n"  // 7: on
        "ALTER TABLE t ADD COLUMN e int;\n"                                                   // 9: SET LOCAL ended
        "SET LOCAL lock_timeout = '1s';\nALTER TABLE t ADD COLUMN f int;\n"                   // 11: no block: no effect
        "SELECT set_config('lock_timeout', '3s', false);\nALTER TABLE t ADD COLUMN g int;\n"  // 13: on
        "RESET lock_timeout;\nALTER TABLE t ADD COLUMN h int;\n");                            // 15: off
    std::vector<bool> in_force;
    for (size_t idx : {0, 2, 4, 7, 9, 11, 13, 15}) in_force.push_back(file.statements.at(idx).lock_timeout);
    CHECK(in_force == std::vector<bool>{false, true, false, true, false, false, true, false});
}

TEST_CASE("parser: ALTER TABLE actions become the operations a plan would hold") {
    Schema before = parse_normalized(
        "CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL, b int DEFAULT 1, "
        "CONSTRAINT t_b_check CHECK (b > 0));");
    auto file = read(
        "ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now(), DROP COLUMN b, "
        "ALTER COLUMN a TYPE varchar(10), ALTER COLUMN a DROP NOT NULL, ALTER COLUMN id SET DEFAULT 7, "
        "DROP CONSTRAINT t_b_check, ADD CONSTRAINT t_c_check CHECK (c > '2020-01-01') NOT VALID, "
        "VALIDATE CONSTRAINT t_c_check, SET UNLOGGED;",
        before);
    REQUIRE(file.statements.size() == 1);
    const auto& ops = file.statements[0].operations;
    CHECK(kinds(ops) == Strings{"add_column", "drop_column", "alter_column_type", "set_column_not_null",
                                "set_column_default", "drop_constraint", "add_constraint", "validate_constraint",
                                "set_table_logged"});
    CHECK(std::get<AddColumn>(ops[0]).column.default_value->text == "now()");
    CHECK(std::get<DropColumn>(ops[1]).column.type == "integer");  // from the starting schema
    const auto& type = std::get<AlterColumnType>(ops[2]);
    CHECK(type.from.type == "text");
    CHECK(type.to.type == "character varying(10)");
    CHECK(std::get<SetColumnNotNull>(ops[3]).from.not_null);
    CHECK_FALSE(std::get<SetColumnNotNull>(ops[3]).to.not_null);
    CHECK(std::get<DropConstraint>(ops[5]).constraint.kind == ConstraintKind::Check);
    CHECK_FALSE(std::get<AddConstraint>(ops[6]).constraint.validated);
    CHECK(std::get<ValidateConstraint>(ops[7]).constraint.name == "t_c_check");
    CHECK(std::get<SetTableLogged>(ops[8]).unlogged);
}

TEST_CASE("parser: what a migration file did earlier is known to its later statements") {
    auto file = read(
        "CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN a varchar(10);\n"
        "ALTER TABLE t ALTER COLUMN a TYPE varchar(20);\n");
    REQUIRE(file.statements.size() == 3);
    CHECK(std::get<AlterColumnType>(file.statements[2].operations.at(0)).from.type == "character varying(10)");
}

TEST_CASE("parser: a constraint known only by name gets the kind PostgreSQL's naming suggests") {
    auto kind_of = [](const std::string& name) {
        return std::get<DropConstraint>(only_operation("ALTER TABLE t DROP CONSTRAINT " + name + ";")).constraint.kind;
    };
    CHECK(kind_of("t_pkey") == ConstraintKind::PrimaryKey);
    CHECK(kind_of("t_a_key") == ConstraintKind::Unique);
    CHECK(kind_of("t_a_fkey") == ConstraintKind::ForeignKey);
    CHECK(kind_of("t_a_excl") == ConstraintKind::Exclude);
    CHECK(kind_of("positive_amount") == ConstraintKind::Check);
}

TEST_CASE("parser: CREATE and DROP INDEX keep CONCURRENTLY; a dropped index's table comes from the schema") {
    Schema before = parse_normalized("CREATE TABLE t (a int);\nCREATE INDEX t_a_idx ON t (a);");
    auto file = read(
        "CREATE UNIQUE INDEX CONCURRENTLY t_b_key ON t (a);\nCREATE INDEX ON t (a);\n"
        "DROP INDEX CONCURRENTLY t_a_idx;\nDROP INDEX other_idx;\n",
        before);
    REQUIRE(file.statements.size() == 4);
    const auto& unique = std::get<CreateIndex>(file.statements[0].operations.at(0));
    CHECK(unique.concurrently);
    CHECK(unique.index.definition.text.rfind("CREATE UNIQUE INDEX t_b_key ON public.t", 0) == 0);
    const auto& plain = std::get<CreateIndex>(file.statements[1].operations.at(0));
    CHECK_FALSE(plain.concurrently);
    CHECK(plain.index.name == "t_a_idx1");  // t_a_idx exists: PostgreSQL's next free name
    const auto& dropped = std::get<DropIndex>(file.statements[2].operations.at(0));
    CHECK(dropped.concurrently);
    CHECK(dropped.table == qname("t"));
    const auto& unknown = std::get<DropIndex>(file.statements[3].operations.at(0));
    CHECK(unknown.table.name.empty());  // not in the schema: whose it is stays unknown
    CHECK(unknown.index.name == "other_idx");
}

TEST_CASE("parser: ADD CONSTRAINT ... USING INDEX adopts the index and takes its name when it has none") {
    auto operation = std::get<AddConstraint>(only_operation("ALTER TABLE t ADD UNIQUE USING INDEX t_email_key;"));
    CHECK(operation.using_index == "t_email_key");
    CHECK(operation.constraint.name == "t_email_key");
    CHECK(operation.constraint.kind == ConstraintKind::Unique);
}

TEST_CASE("parser: CREATE / DROP of tables, sequences, types, schemas and comments map to their operations") {
    auto file = read(
        "CREATE SCHEMA app;\nCREATE TABLE app.t (id serial PRIMARY KEY);\nCREATE SEQUENCE s;\n"
        "CREATE TYPE mood AS ENUM ('ok');\nALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';\n"
        "COMMENT ON COLUMN app.t.id IS 'key';\nDROP TABLE app.t, old;\nDROP SEQUENCE s;\n");
    std::vector<Operation> ops;
    for (const auto& statement : file.statements)
        ops.insert(ops.end(), statement.operations.begin(), statement.operations.end());
    CHECK(kinds(ops) == Strings{"create_schema", "create_table", "create_sequence", "create_enum", "add_enum_value",
                                "set_comment", "drop_table", "drop_table", "drop_sequence"});
    CHECK(std::get<DropTable>(ops[6]).table.columns.size() == 1);  // created earlier in the file
    CHECK(std::get<AddEnumValue>(ops[4]).before == "ok");
    CHECK(subject(ops[5]) == "app.t.id");
}

TEST_CASE("parser: statements that change no modelled object, or forms the model lacks, map to nothing") {
    auto file = read(
        "BEGIN;\nSET search_path = app;\nUPDATE t SET a = 1;\nGRANT app TO bob;\n"
        "CREATE TABLE p PARTITION OF q FOR VALUES FROM (1) TO (2);\nALTER TABLE t OWNER TO app;\nCOMMIT;\n");
    REQUIRE(file.statements.size() == 7);
    for (const auto& statement : file.statements) {
        CAPTURE(statement.text);
        CHECK(statement.operations.empty());
    }
}

TEST_CASE("parser: a syntax error in a migration file names file:line:col") {
    Error error = error_of([] { read("SET lock_timeout = '2s';\nALTER TABLE t\n  ADD COLUM x int;\n"); });
    CHECK(error.kind() == ErrorKind::Parse);
    CHECK(std::string(error.what()) == "m.sql:3:15: syntax error at or near \"int\"");
}

TEST_CASE("parser: allow comments name a rule, a reason and an expiry, and belong to the line below their block") {
    auto allows = parser::allow_comments(
        "SELECT 1;\n"
        "-- schemadiff:allow index-create reason=\"empty \\\"table\\\"\" expires=2027-01-31\n"
        "  -- another comment\n"
        "-- schemadiff:allow exec-lock-timeout reason=short\n"
        "CREATE INDEX ON t (a);\n"
        "-- schemadiff:allow column-drop reason=\"x\"\n"
        "\n"
        "ALTER TABLE t DROP COLUMN a;\n"
        "-- schemadiff:allow\n"
        "-- schemadiff:allow table-drop reason=\"open\n"
        "-- schemadiff:allow table-drop because=x\n",
        "m.sql");
    REQUIRE(allows.size() == 6);
    CHECK(allows[0].rule == "index-create");
    CHECK(allows[0].reason == "empty \"table\"");
    CHECK(allows[0].expires == "2027-01-31");
    CHECK(allows[0].where.to_string() == "m.sql:2:1");
    CHECK(allows[0].applies_to_line == 5);
    CHECK(allows[1].reason == "short");
    CHECK(allows[1].applies_to_line == 5);
    CHECK(allows[2].applies_to_line == 7);  // a blank line: it belongs to no statement
    CHECK(allows[3].problem.find("names no rule") != std::string::npos);
    CHECK(allows[4].problem == "the value of reason has no closing quote");
    CHECK(allows[5].problem == "unknown key because (reason and expires are known)");
    CHECK(allows[5].applies_to_line == 0);  // the file ends
}
