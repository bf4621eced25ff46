#include <doctest/doctest.h>

#include "schemadiff/parser/parse.hpp"

using namespace schemadiff;

namespace {
auto index_text(const std::string& sql) -> std::string {
    auto schema = parser::parse_schema_text(sql, "test.sql");
    REQUIRE(schema.tables.size() == 1);
    REQUIRE(schema.tables[0].indexes.size() == 1);
    return schema.tables[0].indexes[0].definition.text;
}
}  // namespace

TEST_CASE("parser: an unnamed index gets PostgreSQL's name and a readable definition") {
    CHECK(index_text("CREATE TABLE t (email text); CREATE INDEX ON t (lower(email) DESC);") ==
          "CREATE INDEX t_lower_idx ON public.t USING btree (lower(email) DESC)");
}

TEST_CASE("parser: index names that need quotes are quoted") {
    CHECK(index_text("CREATE TABLE t (a int); CREATE INDEX \"My Index\" ON t (a);") ==
          "CREATE INDEX \"My Index\" ON public.t USING btree (a)");
}

TEST_CASE("parser: string literals and quoted names in an index keep their text") {
    std::string text =
        index_text("CREATE TABLE t (a text, \"x)y\" int); CREATE INDEX i ON t (\"x)y\") WHERE a <> 'p)q';");
    CHECK(text.find("'p)q'") != std::string::npos);
    CHECK(text.find("\"x)y\"") != std::string::npos);
}
