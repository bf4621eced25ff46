// Files as psql runs them (issue 12, item 4): meta-commands are found where psql finds them (outside literals, quoted
// names, dollar quotes and comments, anywhere on a line) and refused unless harmless; \i is refused, never ignored;
// NUL bytes and invalid UTF-8 are errors at file:line:col; string contents are never changed.
#include <doctest/doctest.h>

#include "schemadiff/parser/parse.hpp"
#include "schemadiff/parser/parse_migration.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;

namespace {
auto schema_error(const std::string& sql) -> std::string {
    return error_of([&] { parser::parse_schema_text(sql, "s.sql"); }).what();
}
auto lint_error(const std::string& sql) -> std::string {
    return error_of([&] { parser::parse_migration_text(sql, "m.sql"); }).what();
}
/// The operation kinds of a migration file, statement by statement.
auto lint_kinds(const std::string& sql) -> Strings {
    Strings out;
    for (const auto& statement : parser::parse_migration_text(sql, "m.sql").statements) {
        for (const auto& operation : statement.operations) out.emplace_back(model::kind_name(operation));
    }
    return out;
}
auto table_comment(const std::string& sql) -> std::string {
    auto schema = parser::parse_schema_text(sql, "s.sql");
    REQUIRE(schema.tables.size() == 1);
    REQUIRE(schema.tables[0].comment.has_value());
    return *schema.tables[0].comment;
}
}  // namespace

TEST_CASE("psql script: \\i and its variants are refused in schema and migration files, naming file:line:col") {
    CHECK(schema_error("CREATE TABLE t (id int);\n\\i other.sql\n") ==
          "s.sql:2:1: psql's \\i is not followed: pass the included file to schemadiff itself (as another schema "
          "file, or the folder)");
    CHECK(lint_error("CREATE TABLE t (id int);\n  \\ir hidden.sql\n") ==
          "m.sql:2:3: psql's \\ir is not followed: pass the included file to schemadiff itself (check it as a file of "
          "its own)");
    CHECK(lint_error("\\include x.sql\n").find("m.sql:1:1: psql's \\include is not followed") == 0);
    CHECK(lint_error("\\include_relative x.sql\n").find("m.sql:1:1: psql's \\include_relative is not followed") == 0);
}

TEST_CASE("psql script: other meta-commands are refused, on a line of their own or after SQL on the same line") {
    std::string refused = "psql meta-command \\gexec is not supported";
    CHECK(lint_error("SELECT format('DROP TABLE %I', tablename) FROM pg_tables\n\\gexec\n")
              .find("m.sql:2:1: " + refused) == 0);
    CHECK(lint_error("SELECT 'DROP TABLE users' \\gexec\n").find("m.sql:1:27: " + refused) == 0);
    CHECK(schema_error("CREATE TABLE t (id int);\n\\! rm -rf /\n")
              .find("s.sql:2:1: psql meta-command \\! is not supported") == 0);
    CHECK(
        lint_error("\\if :flag\nDROP TABLE t;\n\\endif\n").find("m.sql:1:1: psql meta-command \\if is not supported") ==
        0);
    // \\ ends a command's arguments; another backslash starts the next command.
    CHECK(lint_error("\\echo hi \\gexec\n").find("m.sql:1:10: " + refused) == 0);
    CHECK(lint_error("SELECT 1 \\; DROP TABLE t;\n").find("m.sql:1:10: psql's \\; ") == 0);
    CHECK(lint_error("\\set cmd 'DROP TABLE t'\n:cmd;\n").find("m.sql:1:1: psql meta-command \\set is not supported") ==
          0);
    CHECK(lint_error("\\echo `rm -rf /`\n").find("m.sql:1:1: psql meta-command \\echo runs a shell command") == 0);
}

TEST_CASE("psql script: harmless meta-commands are understood and take nothing else with them") {
    auto schema = parser::parse_schema_text(
        "\\restrict Xy9\n\\connect shop\n\\set ON_ERROR_STOP on\n\\echo loading\n"
        "CREATE TABLE a (id int);\n\\c shop\n\\echo next \\\\ CREATE TABLE b (id int);\n\\unrestrict Xy9\n",
        "s.sql");
    REQUIRE(schema.tables.size() == 2);
    CHECK(schema.tables[0].name == qname("a"));
    CHECK(schema.tables[1].name == qname("b"));
    // The blanked command keeps lines and columns of what follows.
    CHECK(schema.locations.at("public.b").to_string() == "s.sql:7:15");
    CHECK(lint_kinds("\\set ON_ERROR_STOP 1\n\\echo go\nALTER TABLE t DROP COLUMN a;\n") == Strings{"drop_column"});
}

TEST_CASE("psql script: \\connect names one database in schema files and is refused in migration files") {
    CHECK(schema_error("\\connect a\nCREATE TABLE t (id int);\n\\connect b\nCREATE TABLE u (id int);\n") ==
          "s.sql:3:1: psql's \\connect b after \\connect a (s.sql:1:1): a schema is one database");
    CHECK(schema_error("\\c a bob\n").find("s.sql:1:1: psql's \\c with a user, host or port is not supported") == 0);
    // pg_dump's spellings of one database whose name needs quoting (appendPsqlMetaConnect).
    CHECK(parser::parse_schema_text("\\connect -reuse-previous=on \"dbname='my db'\"\nCREATE TABLE t (id int);\n"
                                    "\\connect \"my db\"\n",
                                    "s.sql")
              .tables.size() == 1);
    CHECK(schema_error("\\connect -reuse-previous=on \"dbname='a' host=evil\"\n")
              .find("s.sql:1:1: psql's \\connect with connection options") == 0);
    CHECK(schema_error("\\c 'host=evil dbname=a'\n").find("s.sql:1:1: psql's \\c with connection options") == 0);
    CHECK(lint_error("\\connect app\nALTER TABLE t DROP COLUMN a;\n")
              .find("m.sql:1:1: psql's \\connect in a migration file is not supported") == 0);

    TempDir dir;
    auto first = dir.write("1.sql", "\\connect shop\nCREATE TABLE a (id int);\n");
    auto same = dir.write("2.sql", "\\connect \"shop\"\nCREATE TABLE b (id int);\n");
    auto other = dir.write("3.sql", "\\connect other\nCREATE TABLE c (id int);\n");
    CHECK(parser::parse_schema_paths({first, same}).tables.size() == 2);
    Error error = error_of([&] { parser::parse_schema_paths({first, other}); });
    CHECK(error.where()->to_string() == other.string() + ":1:1");
}

TEST_CASE("psql script: a backslash inside a literal, quoted name, dollar quote or comment is not a meta-command") {
    // The example: a line starting with \ inside a literal hid the DROP COLUMN between the two SELECTs.
    CHECK(lint_kinds("SELECT 'x\n\\\\'; ALTER TABLE users DROP COLUMN a; SELECT '\n';\n") == Strings{"drop_column"});
    CHECK(table_comment("CREATE TABLE t (id int);\nCOMMENT ON TABLE t IS 'first\n\\i line';\n") == "first\n\\i line");
    CHECK(table_comment("CREATE TABLE t (id int);\nCOMMENT ON TABLE t IS $x$a\n\\gexec $$ \\i b$x$;\n") ==
          "a\n\\gexec $$ \\i b");
    CHECK(table_comment("CREATE TABLE t (id int);\nCOMMENT ON TABLE t IS E'it\\'s\n\\\\i x';\n") == "it's\n\\i x");
    CHECK(table_comment("CREATE TABLE t (id int);\nCOMMENT ON TABLE t IS U&'a''\n\\i x' UESCAPE '!';\n") ==
          "a'\n\\i x");
    auto schema = parser::parse_schema_text(
        "CREATE TABLE \"odd\n\\i name\" (id int);\n/* a /* nested */ \\i x */\n-- \\i y\nCREATE TABLE t$ (id int);\n",
        "s.sql");
    REQUIRE(schema.tables.size() == 2);
    CHECK(schema.tables[0].name.name == "odd\n\\i name");
    // A $ inside a name opens no dollar quote: the \i after it is a command.
    CHECK(schema_error("CREATE TABLE a$b (id int); \\i x\n").find("s.sql:1:28: psql's \\i") == 0);
}

TEST_CASE("psql script: a NUL byte or invalid UTF-8 is an error at file:line:col, not the end of the file") {
    std::string nul =
        std::string("CREATE TABLE a (id int);\nCREATE TABLE b (id int);") + '\0' + "\nCREATE TABLE c (id int);\n";
    CHECK(schema_error(nul) ==
          "s.sql:2:25: a NUL byte: SQL text cannot contain one (psql ignores the rest of its line)");
    std::string lint_nul = std::string("SELECT 1;") + '\0' + "\nALTER TABLE users DROP COLUMN a;\n";
    CHECK(lint_error(lint_nul).find("m.sql:1:10: a NUL byte") == 0);
    CHECK(schema_error("CREATE TABLE a (id int);\nCOMMENT ON TABLE a IS 'caf\xC3';\n") ==
          "s.sql:2:27: invalid UTF-8 (byte 0xC3): schemadiff reads files as UTF-8");
    CHECK(lint_error("SELECT '\xED\xA0\x80';\n").find("m.sql:1:9: invalid UTF-8 (byte 0xED)") == 0);  // a surrogate
    CHECK(lint_error("SELECT '\xC0\xAF';\n").find("m.sql:1:9: invalid UTF-8 (byte 0xC0)") == 0);      // overlong '/'
    CHECK(table_comment("CREATE TABLE t (id int);\nCOMMENT ON TABLE t IS 'café ☕ 𝄞';\n") == "café ☕ 𝄞");
    CHECK_NOTHROW(parser::check_text("plain text\n", "x"));
    CHECK(error_of([] { parser::check_text("{\"a\": \"\xFF\"}", "allow.json"); }).where()->to_string() ==
          "allow.json:1:8");
}
