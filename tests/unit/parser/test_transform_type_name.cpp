#include <doctest/doctest.h>

#include "schemadiff/parser/parse.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;

namespace {
/// The model's type of a column declared as `declared` (with `prelude` before the table).
auto type_of(const std::string& declared, const std::string& prelude = "") -> std::string {
    auto schema = parser::parse_schema_text(prelude + "CREATE TABLE t (c " + declared + ");", "t.sql");
    REQUIRE(schema.tables.size() == 1);
    return schema.tables[0].columns.at(0).type;
}
}  // namespace

TEST_CASE("parser: internal type names are spelled as format_type() prints them") {
    CHECK(type_of("int4") == "integer");
    CHECK(type_of("int") == "integer");
    CHECK(type_of("int8") == "bigint");
    CHECK(type_of("float8") == "double precision");
    CHECK(type_of("bool") == "boolean");
    CHECK(type_of("pg_catalog.int2") == "smallint");
}

TEST_CASE("parser: type modifiers go where format_type() puts them") {
    CHECK(type_of("varchar(20)") == "character varying(20)");
    CHECK(type_of("numeric(10)") == "numeric(10,0)");
    CHECK(type_of("decimal(12, 4)") == "numeric(12,4)");
    CHECK(type_of("timestamptz(3)") == "timestamp(3) with time zone");
    CHECK(type_of("time") == "time without time zone");
    CHECK(type_of("interval day to second(2)") == "interval day to second(2)");
}

TEST_CASE("parser: user types are always schema-qualified, so that no search_path changes what they name") {
    CHECK(type_of("text[]") == "text[]");
    CHECK(type_of("int[][]") == "integer[]");
    CHECK(type_of("public.mood", "CREATE TYPE mood AS ENUM ('a');") == "public.mood");
    CHECK(type_of("mood", "CREATE TYPE mood AS ENUM ('a');") == "public.mood");
    CHECK(type_of("app.mood[]", "CREATE SCHEMA app; CREATE TYPE app.mood AS ENUM ('a');") == "app.mood[]");
    CHECK(type_of("\"Mood\"", "CREATE TYPE \"Mood\" AS ENUM ('a');") == "public.\"Mood\"");
}

TEST_CASE("parser: an unqualified name of a pg_catalog type is the built-in type, as search_path = public reads it") {
    CHECK(type_of("tsvector") == "tsvector");
    CHECK(type_of("int4multirange") == "int4multirange");
    CHECK(type_of("pg_catalog.uuid") == "uuid");
    CHECK(type_of("citext") == "public.citext");
}

TEST_CASE("parser: a type modifier that is not an integer constant is refused") {
    Error error = error_of([] { parser::parse_schema_text("CREATE TABLE t (c numeric('10'));", "t.sql"); });
    CHECK(error.kind() == ErrorKind::Unsupported);
    CHECK(std::string(error.what()) == "t.sql:1:19: type modifiers must be integer constants");
}
