// The libpg_query seam is internal to the parser; its splitting, error positions and nesting limit are tested through
// parsing.
#include <doctest/doctest.h>

#include "schemadiff/parser/parse.hpp"
#include "schemadiff/parser/parse_migration.hpp"
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
    Error error =
        error_of([] { parser::parse_schema_text("CREATE TABLE a (x int); CREATE TABL b (y int);", "q.sql"); });
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

// Deep expressions (issue 12, item 5): a parse tree nested deeper than schemadiff reads is an error naming the object
// and file:line:col, never a stack overflow, whether it comes from a schema file, a migration file or a database.

namespace {
auto chain(int operators, const std::string& op = " + 1") -> std::string {
    std::string out = "x";
    for (int idx = 0; idx < operators; ++idx) out += op;
    return out;
}
/// The catalog's spelling of a chain: pg_get_constraintdef parenthesises every operator.
auto catalog_chain(int operators) -> std::string {
    return std::string(static_cast<size_t>(operators), '(') + "x" + [&] {
        std::string out;
        for (int idx = 0; idx < operators; ++idx) out += " + 1)";
        return out;
    }();
}
constexpr const char* kTooDeep = "expression nested more than 1000 levels deep";
}  // namespace

TEST_CASE("deep expressions: a schema file's CHECK with 5,000 chained operators is an error inside the expression") {
    // 5,000 operators overflowed the stack in protobuf-c's unpack (exit 139).
    std::string sql = "CREATE TABLE t (\n  x int,\n  CONSTRAINT c CHECK (" + chain(5000) + " > 0)\n);\n";
    Error error = error_of([&] { parser::parse_schema_text(sql, "deep.sql"); });
    CHECK(error.kind() == ErrorKind::Unsupported);
    CHECK(error.message().find(kTooDeep) == 0);
    CHECK(error.message().find("(in CREATE TABLE t ...)") != std::string::npos);
    REQUIRE(error.where().has_value());
    CHECK(error.where()->file == "deep.sql");
    CHECK(error.where()->line == 3);
    CHECK(error.where()->column > 22);  // a node of the chain, not the statement's start
}

TEST_CASE("deep expressions: 900 chained operators are read; the limit is far above real expressions") {
    auto schema = parser::parse_schema_text("CREATE TABLE t (x int CHECK (" + chain(900) + " > 0));", "ok.sql");
    REQUIRE(schema.tables.size() == 1);
    CHECK(schema.tables[0].constraints.size() == 1);
    CHECK_NOTHROW(parser::normalize(schema));
}

TEST_CASE("deep expressions: short and long statements, chains and nesting, in migration files") {
    auto lint_error = [](const std::string& sql) {
        return error_of([&] { parser::parse_migration_text(sql, "m.sql"); });
    };
    // Short (under 2 KB) but deep: prefix operators, one byte a level.
    std::string prefix = "ALTER TABLE t ADD CONSTRAINT c CHECK (x > ";
    for (int idx = 0; idx < 700; ++idx) prefix += "+-";
    prefix += "1);";
    CHECK(lint_error(prefix).message().find(kTooDeep) == 0);
    // Long: 30,000 operators overflowed libpg_query's own conversion to protobuf, before anything could measure them.
    Error long_chain = lint_error("ALTER TABLE t ADD CONSTRAINT c CHECK (" + chain(30000, "+1") + " > 0);");
    CHECK(long_chain.message().find(kTooDeep) == 0);
    CHECK(long_chain.where()->line == 1);
    // 1,400 nested scalar subqueries (three parse nodes each) overflowed unpack at 1,455.
    std::string subqueries;
    for (int idx = 0; idx < 1400; ++idx) subqueries += "(SELECT ";
    subqueries += "1" + std::string(1400, ')');
    CHECK(lint_error("CREATE VIEW v AS SELECT " + subqueries + ";").message().find(kTooDeep) == 0);
}

TEST_CASE("deep expressions: a long statement that is not deep is read, and its errors keep their positions") {
    std::string columns;
    for (int idx = 0; idx < 400; ++idx) columns += "  c" + std::to_string(idx) + " int DEFAULT 1 + 2 * 3,\n";
    auto schema = parser::parse_schema_text("CREATE TABLE wide (\n" + columns + "  last text\n);\n", "wide.sql");
    REQUIRE(schema.tables.size() == 1);
    CHECK(schema.tables[0].columns.size() == 401);
    Error error =
        error_of([&] { parser::parse_schema_text("CREATE TABLE wide (\n" + columns + "  last txt x\n);\n", "w.sql"); });
    CHECK(std::string(error.what()) == "w.sql:402:12: syntax error at or near \"x\"");
}

TEST_CASE("deep expressions: a deep definition read from a database is an error naming its object") {
    model::Schema schema;
    schema.tables.push_back(
        table(qname("t"), {column("x", "integer")},
              {constraint("c", model::ConstraintKind::Check, "CHECK (" + catalog_chain(5000) + " > 0)")}));
    Error error = error_of([&] { parser::normalize(schema); });
    CHECK(error.kind() == ErrorKind::Unsupported);
    CHECK(error.message().find("constraint public.t.c is nested more than 1000 levels deep") == 0);

    model::Schema with_default;
    auto deep_default = column("x", "integer");
    deep_default.default_value = model::Expression{catalog_chain(5000), {}};
    with_default.tables.push_back(table(qname("t"), {deep_default}));
    CHECK(error_of([&] { parser::normalize(with_default); })
              .message()
              .find("the default or generated expression of column public.t.x is nested more than 1000") == 0);
}
