#include <doctest/doctest.h>

#include "schemadiff/parser/parse.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;

TEST_CASE("parser: CREATE SCHEMA adds a namespace; public is always there and not declared") {
    auto schema = parser::parse_schema_text(
        "CREATE SCHEMA public;\nCREATE SCHEMA app;\nCREATE SCHEMA IF NOT EXISTS app;", "s.sql");
    REQUIRE(schema.namespaces.size() == 1);
    CHECK(schema.namespaces[0].name == "app");
}

TEST_CASE("parser: CREATE EXTENSION keeps its schema; plpgsql is built in") {
    auto schema = parser::parse_schema_text(
        "CREATE SCHEMA ext;\n"
        "CREATE EXTENSION IF NOT EXISTS plpgsql;\n"
        "CREATE EXTENSION pg_trgm WITH SCHEMA ext VERSION '1.6';\n"
        "CREATE EXTENSION citext;",
        "s.sql");
    REQUIRE(schema.extensions.size() == 2);
    CHECK(schema.extensions[0].name == "citext");
    CHECK(schema.extensions[0].schema == "public");
    CHECK(schema.extensions[1].name == "pg_trgm");
    CHECK(schema.extensions[1].schema == "ext");
}

TEST_CASE("parser: CREATE TYPE AS ENUM keeps the labels in their declared order") {
    auto schema = parser::parse_schema_text("CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');", "s.sql");
    REQUIRE(schema.enums.size() == 1);
    CHECK(schema.enums[0].name == qname("mood"));
    CHECK(schema.enums[0].labels == Strings{"sad", "ok", "happy"});
}

TEST_CASE("parser: a schema, extension or type declared twice is an error") {
    Error schema = error_of([] { parser::parse_schema_text("CREATE SCHEMA app;\nCREATE SCHEMA app;", "s.sql"); });
    CHECK(schema.kind() == ErrorKind::Parse);
    CHECK(std::string(schema.what()) == "s.sql:2:1: schema app is defined twice");

    Error extension =
        error_of([] { parser::parse_schema_text("CREATE EXTENSION citext;\nCREATE EXTENSION citext;", "s.sql"); });
    CHECK(extension.kind() == ErrorKind::Parse);
    CHECK(std::string(extension.what()) == "s.sql:2:1: extension citext is defined twice");

    Error type = error_of([] {
        parser::parse_schema_text("CREATE TYPE mood AS ENUM ('a');\nCREATE TYPE public.mood AS ENUM ('b');", "s.sql");
    });
    CHECK(type.kind() == ErrorKind::Parse);
    CHECK(std::string(type.what()) == "s.sql:2:1: type public.mood is defined twice");
}

TEST_CASE("parser: CREATE SCHEMA with statements inside is refused") {
    Error embedded = error_of([] { parser::parse_schema_text("CREATE SCHEMA app CREATE TABLE t (a int);", "s.sql"); });
    CHECK(embedded.kind() == ErrorKind::Unsupported);
    CHECK(std::string(embedded.what()) == "s.sql:1:1: CREATE SCHEMA with embedded statements is not supported");
}
