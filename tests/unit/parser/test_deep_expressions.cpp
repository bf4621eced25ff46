// Deep expressions (issue 12, item 5): a parse tree nested deeper than schemadiff reads is an error naming the object
// and file:line:col, never a stack overflow, whether it comes from a schema file, a migration file or a database.
#include <doctest/doctest.h>

#include "schemadiff/parser/parse.hpp"
#include "schemadiff/parser/parse_migration.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;

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
