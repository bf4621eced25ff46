#include <doctest/doctest.h>

#include "schemadiff/parser/parse.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;

namespace {
constexpr const char* kOnlyRead =
    " is not supported in a declarative schema (schemas, extensions, types, domains, sequences, tables, partitions, "
    "indexes, views, materialized views, functions, procedures, triggers, policies, collations, statistics, event "
    "triggers, comments and privileges are)";
}  // namespace

TEST_CASE("parser: a statement that is not schema is refused with its kind and file:line:col") {
    Error error = error_of(
        [] { parser::parse_schema_text("CREATE TABLE t (id int);\n\nINSERT INTO t VALUES (1);\n", "data.sql"); });
    CHECK(error.kind() == ErrorKind::Unsupported);
    CHECK(error.message() == std::string("INSERT") + kOnlyRead);
    CHECK(std::string(error.what()) == std::string("data.sql:3:1: INSERT") + kOnlyRead);
}

TEST_CASE("parser: the position of a refused statement skips the comments and blanks before it") {
    Error error =
        error_of([] { parser::parse_schema_text("CREATE TABLE t (a int);\n-- clean up\n   DELETE FROM t;", "x.sql"); });
    CHECK(error.kind() == ErrorKind::Unsupported);
    CHECK(error.message() == std::string("DELETE") + kOnlyRead);
    REQUIRE(error.where().has_value());
    CHECK(error.where()->to_string() == "x.sql:3:4");
}

TEST_CASE("parser: a syntax error names file:line:col of the offending token") {
    Error error = error_of([] {
        parser::parse_schema_text("CREATE TABLE users (\n  id int\n);\nCREATE TABL orders (id int);\n", "bad.sql");
    });
    CHECK(error.kind() == ErrorKind::Parse);
    CHECK(error.message() == "syntax error at or near \"TABL\"");
    CHECK(std::string(error.what()) == "bad.sql:4:8: syntax error at or near \"TABL\"");
}

TEST_CASE("parser: a SELECT other than pg_dump's set_config is refused") {
    Error error = error_of([] { parser::parse_schema_text("SELECT 1;", "q.sql"); });
    CHECK(error.kind() == ErrorKind::Unsupported);
    CHECK(std::string(error.what()) == std::string("q.sql:1:1: SELECT") + kOnlyRead);
}

TEST_CASE("parser: pg_dump's session settings, set_config, ownership and psql meta-commands are skipped") {
    auto schema = parser::parse_schema_text(
        "\\restrict abc\n"
        "SET statement_timeout = 0;\n"
        "SELECT pg_catalog.set_config('search_path', '', false);\n"
        "CREATE TABLE public.t (a integer);\n"
        "ALTER TABLE public.t OWNER TO app;\n"
        "\\unrestrict abc\n",
        "dump.sql");
    REQUIRE(schema.tables.size() == 1);
    CHECK(schema.tables[0].name == qname("t"));
    CHECK(schema.tables[0].columns.size() == 1);
}

TEST_CASE("parser: a table defined twice is an error at the second definition") {
    Error error =
        error_of([] { parser::parse_schema_text("CREATE TABLE t (a int);\nCREATE TABLE t (b int);", "t.sql"); });
    CHECK(error.kind() == ErrorKind::Parse);
    CHECK(error.message() == "table public.t is defined twice");
    CHECK(std::string(error.what()) == "t.sql:2:14: table public.t is defined twice");
}

TEST_CASE("parser: CREATE TABLE IF NOT EXISTS keeps the first definition") {
    auto schema = parser::parse_schema_text("CREATE TABLE t (a int);\nCREATE TABLE IF NOT EXISTS t (b int);", "t.sql");
    REQUIRE(schema.tables.size() == 1);
    REQUIRE(schema.tables[0].columns.size() == 1);
    CHECK(schema.tables[0].columns[0].name == "a");
}

TEST_CASE("parser: ALTER TABLE on a table not declared before is an error naming it") {
    Error error =
        error_of([] { parser::parse_schema_text("ALTER TABLE missing ADD CONSTRAINT c CHECK (a > 0);", "m.sql"); });
    CHECK(error.kind() == ErrorKind::Parse);
    CHECK(std::string(error.what()) == "m.sql:1:13: table public.missing is not defined (yet) in the schema");
}

TEST_CASE("parser: the parsed schema comes out sorted by name") {
    auto schema = parser::parse_schema_text("CREATE TABLE b (x int);\nCREATE TABLE a (y int);", "s.sql");
    REQUIRE(schema.tables.size() == 2);
    CHECK(schema.tables[0].name == qname("a"));
    CHECK(schema.tables[1].name == qname("b"));
}

TEST_CASE("parser: a folder's .sql files are read in name order as one schema") {
    TempDir dir;
    dir.write("schema/02_orders.sql",
              "CREATE TABLE orders (id int, user_id int);\n"
              "ALTER TABLE orders ADD CONSTRAINT orders_user_fkey FOREIGN KEY (user_id) REFERENCES users;\n");
    dir.write("schema/01_users.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
    dir.write("schema/notes.txt", "not SQL at all");
    auto schema = parser::parse_schema_paths({dir.path() / "schema"});
    REQUIRE(schema.tables.size() == 2);
    const model::Table* orders = schema.find_table(qname("orders"));
    REQUIRE(orders != nullptr);
    const model::Constraint* fkey = orders->find_constraint("orders_user_fkey");
    REQUIRE(fkey != nullptr);
    // The referenced columns come from users' primary key, declared in the other file.
    CHECK(fkey->definition.text == "FOREIGN KEY (user_id) REFERENCES users (id)");
}

TEST_CASE("parser: an error in a later file names that file") {
    TempDir dir;
    dir.write("a.sql", "CREATE TABLE t (a int);\n");
    auto second = dir.write("b.sql", "\nCREATE TABLE t (b int);\n");
    Error error = error_of([&] { parser::parse_schema_paths({dir.path() / "a.sql", second}); });
    CHECK(error.kind() == ErrorKind::Parse);
    CHECK(std::string(error.what()) == second.string() + ":2:14: table public.t is defined twice");
}

TEST_CASE("parser: a missing file and a folder without .sql files are I/O errors") {
    TempDir dir;
    Error missing = error_of([&] { parser::parse_schema_paths({dir.path() / "nope.sql"}); });
    CHECK(missing.kind() == ErrorKind::Io);
    CHECK(missing.message() == "schema file " + (dir.path() / "nope.sql").string() + " does not exist");

    dir.write("empty/readme.md", "nothing here");
    Error empty = error_of([&] { parser::parse_schema_paths({dir.path() / "empty"}); });
    CHECK(empty.kind() == ErrorKind::Io);
    CHECK(empty.message() == "no .sql files in " + (dir.path() / "empty").string());
}

TEST_CASE("parser: every declared object's position is kept under its subject name") {
    model::Schema schema = parser::parse_schema_text(
        "CREATE SCHEMA app;\n"
        "CREATE TYPE mood AS ENUM ('ok');\n"
        "CREATE TABLE t (\n"
        "    id serial PRIMARY KEY,\n"
        "    \"Name\" text CONSTRAINT name_set CHECK (\"Name\" <> '')\n"
        ");\n"
        "CREATE INDEX t_name_idx ON t (\"Name\");\n"
        "ALTER TABLE t ADD CONSTRAINT t_name_key UNIQUE (\"Name\");\n",
        "s.sql");
    auto at = [&](const std::string& subject) {
        auto found = schema.locations.find(subject);
        return found == schema.locations.end() ? std::string("missing") : found->second.to_string();
    };
    CHECK(at("app") == "s.sql:1:1");
    CHECK(at("public.mood") == "s.sql:2:1");
    CHECK(at("public.t") == "s.sql:3:1");
    CHECK(at("public.t.id") == "s.sql:4:5");
    CHECK(at("public.t_id_seq") == "s.sql:4:5");  // serial: the sequence is declared by the column
    CHECK(at("public.t.t_pkey") == "s.sql:4:15");
    CHECK(at("public.t.\"Name\"") == "s.sql:5:5");
    CHECK(at("public.t.name_set") == "s.sql:5:17");
    CHECK(at("public.t_name_idx") == "s.sql:7:1");
    CHECK(at("public.t.t_name_key") == "s.sql:8:1");  // ALTER TABLE ... ADD CONSTRAINT: the statement
}
