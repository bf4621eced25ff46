// What a scratch database runs for a schema file: nothing of the file's code (src/parser/scratch_statements.cpp).
#include <doctest/doctest.h>

#include <algorithm>

#include "schemadiff/parser/parse.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;

namespace {
auto sources(const std::string& sql) -> parser::ParsedSchema {
    return parser::parse_schema_text_sources(sql, "s.sql");
}

auto statement_with(const parser::ParsedSchema& parsed, const std::string& text) -> const parser::SourceStatement* {
    auto it = std::find_if(parsed.statements.begin(), parsed.statements.end(),
                           [&](const auto& statement) { return statement.sql.find(text) != std::string::npos; });
    return it == parsed.statements.end() ? nullptr : &*it;
}

auto refusal(const std::string& sql) -> Error {
    return error_of([&] { (void)sources(sql); });
}
}  // namespace

TEST_CASE("scratch load: a materialized view is created WITH NO DATA, and the file's WITH DATA is remembered") {
    auto parsed = sources(
        "CREATE TABLE t (id int);\n"
        "CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;\n"
        "CREATE MATERIALIZED VIEW empty_mv AS SELECT id FROM t WITH NO DATA;\n");
    const auto* populated = statement_with(parsed, "mv AS");
    REQUIRE(populated != nullptr);
    CHECK(populated->sql.find("WITH NO DATA") != std::string::npos);
    CHECK(parsed.populated_matviews == std::set<std::string>{"view public.mv"});
}

TEST_CASE("scratch load: an ADD COLUMN default that is not a constant is set apart (ADD COLUMN would evaluate it)") {
    auto parsed = sources(
        "CREATE TABLE t (id int);\n"
        "ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT f(1), ADD COLUMN d int DEFAULT 7;\n");
    const auto* alter = statement_with(parsed, "ALTER TABLE");
    REQUIRE(alter != nullptr);
    CHECK(alter->sql.find("ADD COLUMN c int NOT NULL,") != std::string::npos);
    CHECK(alter->sql.find("ALTER COLUMN c SET DEFAULT f(1)") != std::string::npos);
    CHECK(alter->sql.find("d int DEFAULT 7") != std::string::npos);
}

TEST_CASE("scratch load: schemas and extensions first, event triggers last, ownership and role switches left out") {
    auto parsed = sources(
        "CREATE TABLE t (id int);\n"
        "ALTER TABLE t OWNER TO someone;\n"
        "SET ROLE someone;\n"
        "SET SESSION AUTHORIZATION someone;\n"
        "SELECT pg_catalog.set_config('role', 'someone', false);\n"
        "CREATE SCHEMA app;\n"
        "CREATE EXTENSION pg_trgm;\n"
        "CREATE FUNCTION e() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;\n"
        "CREATE EVENT TRIGGER et ON ddl_command_start EXECUTE FUNCTION e();\n"
        "COMMENT ON SCHEMA public IS 'standard public schema';\n");
    CHECK(statement_with(parsed, "OWNER TO") == nullptr);
    CHECK(statement_with(parsed, "someone") == nullptr);
    CHECK(statement_with(parsed, "SCHEMA public") == nullptr);
    CHECK(statement_with(parsed, "CREATE SCHEMA app")->phase == parser::ScratchPhase::Setup);
    CHECK(statement_with(parsed, "CREATE EXTENSION")->phase == parser::ScratchPhase::Setup);
    CHECK(statement_with(parsed, "CREATE EVENT TRIGGER")->phase == parser::ScratchPhase::EventTriggers);
    CHECK(statement_with(parsed, "CREATE FUNCTION")->phase == parser::ScratchPhase::Main);
}

TEST_CASE("scratch load: ALTER DEFAULT PRIVILEGES keeps its roles and has a form for the current role") {
    auto parsed =
        sources("ALTER DEFAULT PRIVILEGES FOR ROLE owner_role IN SCHEMA public GRANT SELECT ON TABLES TO reader;\n");
    REQUIRE(parsed.statements.size() == 1);
    const auto& statement = parsed.statements[0];
    CHECK(statement.default_privileges);
    CHECK(statement.for_roles == std::vector<std::string>{"owner_role"});
    CHECK(statement.sql_for_current_role.find("owner_role") == std::string::npos);
    CHECK(statement.sql_for_current_role.find("GRANT select ON TABLES TO reader") != std::string::npos);
    CHECK(parsed.roles == std::set<std::string>{"owner_role", "reader"});
}

TEST_CASE("scratch load: what would run the files' code is refused, naming file:line:col") {
    CHECK(refusal("CREATE TABLE c AS SELECT 1 AS x;").message().find("CREATE TABLE ... AS runs its query") == 0);
    CHECK(refusal("SELECT 1 AS x INTO c;").message().find("SELECT INTO runs its query") == 0);
    CHECK(refusal("SELECT pg_catalog.set_config('search_path', f()::text, false);")
              .message()
              .find("a schema file may only SELECT pg_catalog.set_config") == 0);
    Error bound = refusal(
        "CREATE TABLE p (id int) PARTITION BY RANGE (id);\n"
        "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (f()) TO (10);");
    CHECK(bound.message().find("a function call in a partition bound") == 0);
    CHECK(bound.where()->to_string() == "s.sql:2:49");
    Error initcond = refusal("CREATE AGGREGATE a(int) (SFUNC = f, STYPE = guarded, INITCOND = '5');");
    CHECK(initcond.message().find("INITCOND for a state type that is not built in") == 0);
    CHECK_NOTHROW(sources("CREATE AGGREGATE a(int) (SFUNC = int4pl, STYPE = int, INITCOND = '0');"));
}

TEST_CASE(
    "scratch load: a constant-argument call of a function the files define, where the planner folds it, is refused") {
    const std::string function =
        "CREATE FUNCTION f(i int DEFAULT 0) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 1';\n";
    Error index = refusal("CREATE TABLE t (id int);\nCREATE INDEX i ON t (id) WHERE id > f(1);\n" + function);
    CHECK(index.message().find("f() is called with constant arguments") == 0);
    CHECK(index.where()->to_string() == "s.sql:2:37");
    CHECK(refusal("CREATE TABLE t (id int);\n" + function + "ALTER TABLE t ADD CONSTRAINT c CHECK (id > f());")
              .message()
              .find("is called with constant arguments") != std::string::npos);
    // With a column in the call, or NOT VALID (no validation), or in CREATE TABLE (no rows to check), nothing runs.
    CHECK_NOTHROW(sources("CREATE TABLE t (id int CHECK (id > f(2)));\n" + function +
                          "CREATE INDEX i ON t (f(id));\nALTER TABLE t ADD CONSTRAINT c CHECK (id > f()) NOT VALID;"));
    // A call of a function the files do not define (built in, or an extension's) is the server's own code.
    CHECK_NOTHROW(
        sources("CREATE TABLE t (id int);\nCREATE VIEW v AS SELECT 1;\nCREATE INDEX i ON t (id) WHERE id > abs(-1);"));
}

TEST_CASE("parser: a search_path that would put unqualified names anywhere but public is refused") {
    Error error = refusal("SET search_path = app, public;\nCREATE TABLE t (id int);");
    CHECK(error.message().find("search_path app in a schema file") == 0);
    CHECK(error.where()->to_string() == "s.sql:1:1");
    CHECK(refusal("SELECT pg_catalog.set_config('search_path', 'app', false);").message().find("search_path app") == 0);
    CHECK_NOTHROW(
        sources("SELECT pg_catalog.set_config('search_path', '', false);\nSET search_path = \"$user\", public;\n"
                "SET search_path TO pg_catalog, public;\nCREATE TABLE t (id int);"));
}

TEST_CASE("scratch load: role switches are left out whatever their case; set_config is pg_dump's form or refused") {
    auto parsed = sources(
        "SET \"Role\" = 'postgres';\nSET \"Session_Authorization\" = 'postgres';\n"
        "SELECT set_config($$Role$$, $$postgres$$, false);\nCREATE TABLE t (id int);\n");
    REQUIRE(parsed.statements.size() == 1);
    CHECK(parsed.statements[0].sql.find("CREATE TABLE") == 0);
    const std::string only = "a schema file may only SELECT pg_catalog.set_config";
    CHECK(refusal("SELECT pg_catalog.set_config('a.b', 'c', false) WHERE g();").message().find(only) == 0);
    CHECK(refusal("SELECT public.set_config('a.b', 'c', false);").message().find(only) == 0);
    CHECK(refusal("SELECT set_config('a.b', 'c', false), g();").message().find("SELECT is not supported") == 0);
}

TEST_CASE("scratch load: settings that make the server read statements differently from the parser are refused") {
    CHECK(refusal("SET standard_conforming_strings = off;").message().find("SET standard_conforming_strings = off") ==
          0);
    CHECK(refusal("SELECT pg_catalog.set_config('standard_conforming_strings', 'off', false);")
              .message()
              .find("SET standard_conforming_strings = off") == 0);
    CHECK(refusal("SET client_encoding = 'SJIS';").message().find("SET client_encoding = SJIS") == 0);
    CHECK(refusal("SET TimeZone = 'UTC';").message().find("SET timezone = UTC is not accepted") == 0);
    CHECK(refusal("SET search_path = public, pg_catalog;").message().find("search_path with pg_catalog after") == 0);
    // What pg_dump writes is accepted.
    CHECK_NOTHROW(
        sources("SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET client_encoding = 'UTF8';\n"
                "SET standard_conforming_strings = on;\nSELECT pg_catalog.set_config('search_path', '', false);\n"
                "SET check_function_bodies = false;\nSET xmloption = content;\nSET client_min_messages = warning;\n"
                "SET row_security = off;\nSET default_tablespace = '';\nSET default_table_access_method = heap;\n"
                "RESET ALL;\nCREATE TABLE t (id int);"));
}
