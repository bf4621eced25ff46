// The libpg_query seam is internal to the parser; its splitting and error positions are tested through parsing.
#include <doctest/doctest.h>

#include "schemadiff/parser/parse.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;

TEST_CASE("parser: semicolons inside literals, dollar quotes and comments do not end a statement") {
    auto schema = parser::parse_schema_text(
        "CREATE TABLE t (a text DEFAULT 'x;y'); -- a comment; with a semicolon\n"
        "/* block; comment */ COMMENT ON TABLE t IS $$one; two$$;",
        "q.sql");
    model::Table t = only_table(schema);
    REQUIRE(t.find_column("a")->default_value.has_value());
    CHECK(t.find_column("a")->default_value->text == "'x;y'");
    CHECK(t.comment == "one; two");
}

TEST_CASE("parser: a syntax error in the second statement of a line is placed within that line") {
    Error error = error_of([] { parser::parse_schema_text("CREATE TABLE a (x int); CREATE TABL b (y int);", "q.sql"); });
    CHECK(error.kind() == ErrorKind::Parse);
    CHECK(std::string(error.what()) == "q.sql:1:32: syntax error at or near \"TABL\"");
}

TEST_CASE("parser: an unterminated literal is a syntax error, not a crash") {
    Error error = error_of([] { parser::parse_schema_text("CREATE TABLE t (a text DEFAULT 'oops);\n", "q.sql"); });
    CHECK(error.kind() == ErrorKind::Parse);
    CHECK(error.message() == "unterminated quoted string at or near \"'oops);\n\"");
}

TEST_CASE("parser: an empty file, or one with only comments, is an empty schema") {
    CHECK(parser::parse_schema_text("", "q.sql").tables.empty());
    auto commented = parser::parse_schema_text("-- nothing yet\n/* still nothing */\n", "q.sql");
    CHECK(commented.tables.empty());
    CHECK(commented.sequences.empty());
}
