#include <doctest/doctest.h>

#include "schemadiff/parser/parse.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;

namespace {
auto constraint_names(const model::Schema& schema, const model::QualifiedName& table) -> std::vector<std::string> {
    const model::Table* found = schema.find_table(table);
    REQUIRE(found != nullptr);
    std::vector<std::string> names;
    for (const auto& constraint : found->constraints) names.push_back(constraint.name);
    return names;
}
}  // namespace

TEST_CASE("parser: a clashing implicit name takes the first free number") {
    // Names checked against PostgreSQL 15.
    auto checks =
        parser::parse_schema_text("CREATE TABLE t (a int CHECK (a > 0), CHECK (a > 0), CHECK (a < 9));", "t.sql");
    CHECK(constraint_names(checks, qname("t")) == Strings{"t_a_check", "t_a_check1", "t_a_check2"});
    auto keys =
        parser::parse_schema_text("CREATE TABLE t (a int, b int, a_b int, UNIQUE (a_b), UNIQUE (a, b));", "t.sql");
    CHECK(constraint_names(keys, qname("t")) == Strings{"t_a_b_key", "t_a_b_key1"});
}

TEST_CASE("parser: a repeated UNIQUE or PRIMARY KEY in CREATE TABLE is one constraint, as in PostgreSQL" *
          doctest::should_fail()) {
    // Known bug: PostgreSQL (transformIndexConstraints) drops index constraints that repeat another one's columns
    // in the same CREATE TABLE, keeping the PRIMARY KEY; the parser keeps each, so the file and the database differ.
    auto repeated = parser::parse_schema_text("CREATE TABLE t (a int UNIQUE, UNIQUE (a));", "t.sql");
    CHECK(constraint_names(repeated, qname("t")) == Strings{"t_a_key"});
    auto key_and_unique = parser::parse_schema_text("CREATE TABLE t (id int PRIMARY KEY UNIQUE);", "t.sql");
    CHECK(constraint_names(key_and_unique, qname("t")) == Strings{"t_pkey"});
}

TEST_CASE("parser: key names avoid every relation name of the schema, foreign key names only constraint names") {
    // Names checked against PostgreSQL 15.
    // A UNIQUE constraint's name is also its index's, so it must not clash with a table; a FOREIGN KEY's need not.
    auto schema = parser::parse_schema_text(
        "CREATE TABLE t_a_key (id int PRIMARY KEY);\n"
        "CREATE TABLE t_a_fkey (id int);\n"
        "CREATE TABLE t (a int UNIQUE REFERENCES t_a_key);",
        "t.sql");
    CHECK(constraint_names(schema, qname("t")) == Strings{"t_a_fkey", "t_a_key1"});
}

TEST_CASE("parser: a serial's sequence name skips a sequence declared before") {
    auto schema = parser::parse_schema_text("CREATE SEQUENCE t_id_seq;\nCREATE TABLE t (id serial);", "t.sql");
    REQUIRE(schema.sequences.size() == 2);
    CHECK(schema.sequences[1].name == qname("t_id_seq1"));
    CHECK(schema.tables.at(0).columns.at(0).default_value->text == "nextval('public.t_id_seq1'::regclass)");
}

TEST_CASE("parser: names are the same in another schema, and counted per schema") {
    auto schema = parser::parse_schema_text(
        "CREATE SCHEMA app;\nCREATE TABLE t (a int UNIQUE);\nCREATE TABLE app.t (a int UNIQUE);", "t.sql");
    CHECK(constraint_names(schema, qname("t")) == Strings{"t_a_key"});
    CHECK(constraint_names(schema, qname("t", "app")) == Strings{"t_a_key"});
}

TEST_CASE("parser: long implicit names are cut to 63 bytes, the longer part first") {
    std::string table(40, 'a');
    std::string column(40, 'b');
    auto schema = parser::parse_schema_text("CREATE TABLE " + table + " (" + column + " int UNIQUE);", "t.sql");
    std::string expected = std::string(29, 'a') + "_" + std::string(29, 'b') + "_key";
    CHECK(expected.size() == 63);
    CHECK(constraint_names(schema, qname(table)) == Strings{expected});
}

TEST_CASE("parser: cutting a name never splits a multi-byte character") {
    std::string e_acute = "\xC3\xA9";
    std::string table = "x";
    for (int repeat = 0; repeat < 31; ++repeat) table += e_acute;  // 63 bytes
    auto schema = parser::parse_schema_text("CREATE TABLE \"" + table + "\" (id int PRIMARY KEY);", "t.sql");
    // 58 bytes are left for the table part; byte 58 is the middle of a character, so 57 are kept.
    std::string expected = table.substr(0, 57) + "_pkey";
    CHECK(constraint_names(schema, qname(table)) == Strings{expected});
}

TEST_CASE("parser: unnamed index names list their columns, expressions by function name") {
    auto schema = parser::parse_schema_text(
        "CREATE TABLE t (a int, b int, c text);\n"
        "CREATE INDEX ON t (a, b);\n"
        "CREATE INDEX ON t ((a + b));\n"
        "CREATE INDEX ON t (upper(c));\n"
        "CREATE INDEX ON t (a);\n"
        "CREATE INDEX ON t (a);",
        "t.sql");
    std::vector<std::string> names;
    for (const auto& index : schema.tables.at(0).indexes) names.push_back(index.name);
    CHECK(names == Strings{"t_a_b_idx", "t_a_idx", "t_a_idx1", "t_expr_idx", "t_upper_idx"});
}
