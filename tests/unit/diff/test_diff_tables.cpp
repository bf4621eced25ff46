#include <doctest/doctest.h>

#include "schemadiff/diff/diff.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;
using namespace schemadiff::model;

namespace {
/// The operations turning table `from` into table `to`, both given by their column and constraint lists.
auto diff_table_sql(const std::string& from, const std::string& to) -> std::vector<Operation> {
    return diff_sql("CREATE TABLE t (" + from + ");", "CREATE TABLE t (" + to + ");");
}
}  // namespace

TEST_CASE("diff: a new column is ADD COLUMN with its whole definition") {
    auto ops = diff_table_sql("id int", "id int, email text NOT NULL DEFAULT ''");
    REQUIRE(kinds(ops) == Strings{"add_column"});
    const auto& add = std::get<AddColumn>(ops[0]);
    CHECK(add.table == qname("t"));
    CHECK(add.column.name == "email");
    CHECK(add.column.not_null);
    CHECK(add.column.default_value.has_value());
}

TEST_CASE("diff: a removed column is DROP COLUMN") {
    auto ops = diff_table_sql("id int, email text", "id int");
    REQUIRE(kinds(ops) == Strings{"drop_column"});
    CHECK(std::get<DropColumn>(ops[0]).column.name == "email");
}

TEST_CASE("diff: column order alone is not a change") {
    CHECK(diff_table_sql("a int, b text", "b text, a int").empty());
}

TEST_CASE("diff: a type change carries the old and the new column") {
    auto ops = diff_table_sql("a varchar(20)", "a varchar(50)");
    REQUIRE(kinds(ops) == Strings{"alter_column_type"});
    const auto& alter = std::get<AlterColumnType>(ops[0]);
    CHECK(alter.from.type == "character varying(20)");
    CHECK(alter.to.type == "character varying(50)");
}

TEST_CASE("diff: a type change drops the default first and sets it again afterwards") {
    auto ops = diff_table_sql("a text DEFAULT '0'", "a integer DEFAULT 0");
    REQUIRE(kinds(ops) == Strings{"set_column_default", "alter_column_type", "set_column_default"});
    CHECK_FALSE(std::get<SetColumnDefault>(ops[0]).to.default_value.has_value());
    CHECK_FALSE(std::get<AlterColumnType>(ops[1]).from.default_value.has_value());
    REQUIRE(std::get<SetColumnDefault>(ops[2]).to.default_value.has_value());
    CHECK(std::get<SetColumnDefault>(ops[2]).to.default_value->text == "0");
}

TEST_CASE("diff: NOT NULL is set and dropped") {
    auto set = diff_table_sql("a int", "a int NOT NULL");
    REQUIRE(kinds(set) == Strings{"set_column_not_null"});
    CHECK(std::get<SetColumnNotNull>(set[0]).to.not_null);
    auto drop = diff_table_sql("a int NOT NULL", "a int");
    REQUIRE(kinds(drop) == Strings{"set_column_not_null"});
    CHECK_FALSE(std::get<SetColumnNotNull>(drop[0]).to.not_null);
}

TEST_CASE("diff: a changed CHECK is dropped and added again; a check spelled differently is not") {
    auto ops = diff_table_sql("a int CONSTRAINT a_positive CHECK (a > 0)", "a int CONSTRAINT a_positive CHECK (a > 1)");
    REQUIRE(kinds(ops) == Strings{"drop_constraint", "add_constraint"});
    CHECK(std::get<AddConstraint>(ops[1]).constraint.definition.text == "CHECK (a > 1)");
    CHECK(diff_table_sql("a int CONSTRAINT a_positive CHECK (a > 0)", "a int CONSTRAINT a_positive CHECK ((a > (0)))")
              .empty());
}

TEST_CASE("diff: a constraint that becomes valid is validated, not rebuilt") {
    auto from = parse_normalized("CREATE TABLE t (a int);\nALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;");
    auto to = parse_normalized("CREATE TABLE t (a int);\nALTER TABLE t ADD CONSTRAINT c CHECK (a > 0);");
    CHECK(kinds(diff::compare(from, to)) == Strings{"validate_constraint"});
    // The other way cannot un-validate in place: drop and add NOT VALID.
    CHECK(kinds(diff::compare(to, from)) == Strings{"drop_constraint", "add_constraint"});
}

TEST_CASE("diff: a new table keeps keys and checks inline; foreign keys, indexes and comments come apart") {
    auto ops = diff_sql("CREATE TABLE p (id int PRIMARY KEY);",
                        "CREATE TABLE p (id int PRIMARY KEY);\n"
                        "CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p, n int CHECK (n > 0));\n"
                        "CREATE INDEX ON c (p_id);\n"
                        "COMMENT ON COLUMN c.n IS 'count';");
    REQUIRE(kinds(ops) == Strings{"create_table", "set_comment", "add_constraint", "create_index"});
    const Table& created = std::get<CreateTable>(ops[0]).table;
    std::vector<std::string> inline_names;
    for (const auto& constraint : created.constraints) inline_names.push_back(constraint.name);
    CHECK(inline_names == Strings{"c_n_check", "c_pkey"});
    CHECK_FALSE(created.find_column("n")->comment.has_value());
    CHECK(std::get<AddConstraint>(ops[2]).constraint.kind == ConstraintKind::ForeignKey);
}

TEST_CASE("diff: an index whose definition changed is dropped and created again") {
    auto ops = diff_sql("CREATE TABLE t (a int, b int);\nCREATE INDEX i ON t (a);",
                        "CREATE TABLE t (a int, b int);\nCREATE INDEX i ON t (a, b);");
    REQUIRE(kinds(ops) == Strings{"drop_index", "create_index"});
    CHECK(std::get<CreateIndex>(ops[1]).index.name == "i");
}

TEST_CASE("diff: a generated column that becomes plain drops its expression; the reverse recreates the column") {
    auto to_plain = diff_table_sql("a int, b int GENERATED ALWAYS AS (a * 2) STORED", "a int, b int");
    CHECK(kinds(to_plain) == Strings{"drop_column_expression"});
    auto to_generated = diff_table_sql("a int, b int", "a int, b int GENERATED ALWAYS AS (a * 2) STORED");
    CHECK(kinds(to_generated) == Strings{"drop_column", "add_column"});
}

TEST_CASE("diff: logged and unlogged tables switch with SET LOGGED / UNLOGGED") {
    auto ops = diff_sql("CREATE TABLE t (a int);", "CREATE UNLOGGED TABLE t (a int);");
    REQUIRE(kinds(ops) == Strings{"set_table_logged"});
    CHECK(std::get<SetTableLogged>(ops[0]).unlogged);
}
