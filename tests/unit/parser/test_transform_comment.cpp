#include <doctest/doctest.h>

#include "schemadiff/parser/parse.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;

TEST_CASE("parser: COMMENT ON attaches the text to the object it names") {
    auto schema = parser::parse_schema_text(
        "CREATE SCHEMA app;\n"
        "CREATE TYPE app.mood AS ENUM ('ok');\n"
        "CREATE SEQUENCE s;\n"
        "CREATE TABLE t (a int CONSTRAINT a_positive CHECK (a > 0));\n"
        "CREATE INDEX t_a_idx ON t (a);\n"
        "COMMENT ON SCHEMA app IS 'the app';\n"
        "COMMENT ON TYPE app.mood IS 'feelings';\n"
        "COMMENT ON SEQUENCE s IS 'counter';\n"
        "COMMENT ON TABLE t IS 'things';\n"
        "COMMENT ON COLUMN public.t.a IS 'it''s a';\n"
        "COMMENT ON CONSTRAINT a_positive ON t IS 'positive';\n"
        "COMMENT ON INDEX t_a_idx IS 'by a';",
        "c.sql");
    CHECK(schema.namespaces.at(0).comment == "the app");
    CHECK(schema.enums.at(0).comment == "feelings");
    CHECK(schema.sequences.at(0).comment == "counter");
    const model::Table& t = schema.tables.at(0);
    CHECK(t.comment == "things");
    CHECK(t.find_column("a")->comment == "it's a");
    CHECK(t.find_constraint("a_positive")->comment == "positive");
    CHECK(t.find_index("t_a_idx")->comment == "by a");
}

TEST_CASE("parser: COMMENT ... IS NULL and IS '' both remove a comment") {
    model::Table t =
        only_table(parser::parse_schema_text("CREATE TABLE t (a int, b int);\n"
                                             "COMMENT ON COLUMN t.a IS 'x';\nCOMMENT ON COLUMN t.a IS NULL;\n"
                                             "COMMENT ON COLUMN t.b IS 'y';\nCOMMENT ON COLUMN t.b IS '';",
                                             "c.sql"));
    CHECK_FALSE(t.find_column("a")->comment.has_value());
    CHECK_FALSE(t.find_column("b")->comment.has_value());
}

TEST_CASE("parser: comments on public and on extensions are left to the database") {
    auto schema = parser::parse_schema_text(
        "CREATE EXTENSION pg_trgm;\n"
        "COMMENT ON SCHEMA public IS 'standard public schema';\n"
        "COMMENT ON EXTENSION pg_trgm IS 'text similarity';",
        "c.sql");
    REQUIRE(schema.extensions.size() == 1);
    CHECK_FALSE(schema.extensions[0].comment.has_value());
    CHECK(schema.namespaces.empty());
}

TEST_CASE("parser: a comment on an object not declared before is an error at the statement") {
    Error column = error_of(
        [] { parser::parse_schema_text("CREATE TABLE t (a int);\n\n  COMMENT ON COLUMN t.b IS 'x';", "c.sql"); });
    CHECK(column.kind() == ErrorKind::Parse);
    CHECK(std::string(column.what()) == "c.sql:3:3: COMMENT ON column public.t.b: not defined (yet) in the schema");

    Error index = error_of([] { parser::parse_schema_text("COMMENT ON INDEX nope IS 'x';", "c.sql"); });
    CHECK(index.kind() == ErrorKind::Parse);
    CHECK(index.message() ==
          "COMMENT ON index public.nope (comments on indexes behind constraints are not supported): not defined (yet) "
          "in the schema");
}

TEST_CASE("parser: a comment on a kind of object the model lacks is refused") {
    Error error = error_of([] { parser::parse_schema_text("COMMENT ON FUNCTION f() IS 'x';", "c.sql"); });
    CHECK(error.kind() == ErrorKind::Unsupported);
    CHECK(std::string(error.what()) == "c.sql:1:1: COMMENT ON this kind of object is not supported yet");
}
