#include <doctest/doctest.h>

#include <cstdint>

#include "schemadiff/parser/parse.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;

namespace {
auto only_sequence(const std::string& sql) -> model::Sequence {
    auto schema = parser::parse_schema_text(sql, "s.sql");
    REQUIRE(schema.sequences.size() == 1);
    return schema.sequences[0];
}
}  // namespace

TEST_CASE("parser: CREATE SEQUENCE fills in PostgreSQL's defaults for the type and direction") {
    auto plain = only_sequence("CREATE SEQUENCE s;");
    CHECK(plain.options == model::default_sequence_options("bigint"));

    auto down = only_sequence("CREATE SEQUENCE s AS integer INCREMENT BY -1;");
    CHECK(down.options.data_type == "integer");
    CHECK(down.options.min_value == INT32_MIN);
    CHECK(down.options.max_value == -1);
    CHECK(down.options.start == -1);
}

TEST_CASE("parser: explicit sequence options win over the defaults") {
    auto s = only_sequence("CREATE SEQUENCE app_s START WITH 100 MINVALUE 10 MAXVALUE 1000 CACHE 5 CYCLE;");
    CHECK(s.options.start == 100);
    CHECK(s.options.min_value == 10);
    CHECK(s.options.max_value == 1000);
    CHECK(s.options.cache == 5);
    CHECK(s.options.cycle);
}

TEST_CASE("parser: OWNED BY on CREATE and ALTER SEQUENCE sets the owner; OWNED BY NONE clears it") {
    auto owned = only_sequence("CREATE TABLE t (id int);\nCREATE SEQUENCE s OWNED BY t.id;");
    REQUIRE(owned.owned_by_table.has_value());
    CHECK(*owned.owned_by_table == qname("t"));
    CHECK(owned.owned_by_column == "id");

    auto cleared =
        only_sequence("CREATE TABLE t (id int);\nCREATE SEQUENCE s OWNED BY t.id;\nALTER SEQUENCE s OWNED BY NONE;");
    CHECK_FALSE(cleared.owned_by_table.has_value());
    CHECK(cleared.owned_by_column.empty());
}

TEST_CASE("parser: ALTER SEQUENCE AS changes bounds that were the old type's, as PostgreSQL does") {
    // PostgreSQL 15: CREATE SEQUENCE s; ALTER SEQUENCE s AS integer  ->  1 .. 2147483647.
    auto s = only_sequence("CREATE SEQUENCE s;\nALTER SEQUENCE s AS integer;");
    CHECK(s.options.data_type == "integer");
    CHECK(s.options.min_value == 1);
    CHECK(s.options.max_value == INT32_MAX);
}

TEST_CASE("parser: ALTER SEQUENCE INCREMENT BY keeps the bounds, as PostgreSQL does") {
    // PostgreSQL 15: CREATE SEQUENCE s; ALTER SEQUENCE s INCREMENT BY -1  ->  increment -1, min 1,
    // max 9223372036854775807, start 1 (only CREATE, AS and MINVALUE / MAXVALUE set bounds).
    auto s = only_sequence("CREATE SEQUENCE s;\nALTER SEQUENCE s INCREMENT BY -1;");
    CHECK(s.options.increment == -1);
    CHECK(s.options.min_value == 1);
    CHECK(s.options.max_value == INT64_MAX);
    CHECK(s.options.start == 1);
}

TEST_CASE("parser: ALTER SEQUENCE AS with INCREMENT BY moves only the bounds at the old type's limits" *
          doctest::should_fail()) {
    // Known bug: the new bounds are taken from the new direction's defaults. PostgreSQL 15:
    // CREATE SEQUENCE s; ALTER SEQUENCE s AS integer INCREMENT BY -1  ->  min 1, max 2147483647.
    auto s = only_sequence("CREATE SEQUENCE s;\nALTER SEQUENCE s AS integer INCREMENT BY -1;");
    CHECK(s.options.increment == -1);
    CHECK(s.options.min_value == 1);
    CHECK(s.options.max_value == INT32_MAX);
}

TEST_CASE("parser: sequence errors name the sequence or the option") {
    Error missing = error_of([] { parser::parse_schema_text("ALTER SEQUENCE nope RESTART;", "s.sql"); });
    CHECK(missing.kind() == ErrorKind::Parse);
    CHECK(std::string(missing.what()) == "s.sql:1:16: sequence public.nope is not defined (yet) in the schema");

    Error twice = error_of([] { parser::parse_schema_text("CREATE SEQUENCE s;\nCREATE SEQUENCE s;", "s.sql"); });
    CHECK(twice.kind() == ErrorKind::Parse);
    CHECK(std::string(twice.what()) == "s.sql:2:17: relation public.s is defined twice");

    Error type = error_of([] { parser::parse_schema_text("CREATE SEQUENCE s AS numeric;", "s.sql"); });
    CHECK(type.kind() == ErrorKind::Parse);
    CHECK(std::string(type.what()) == "s.sql:1:19: a sequence must be smallint, integer or bigint");
}

TEST_CASE("parser: a sequence owned by a table that is never declared is an error") {
    Error error = error_of([] { parser::parse_schema_text("CREATE SEQUENCE s OWNED BY t.id;", "s.sql"); });
    CHECK(error.kind() == ErrorKind::Parse);
    CHECK(error.message() == "sequence public.s is OWNED BY public.t, which is not defined");
}
