#include <doctest/doctest.h>

#include "schemadiff/diff/diff.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;
using namespace schemadiff::model;

TEST_CASE("diff: a schema compared with itself gives no operations") {
    const std::string sql =
        "CREATE SCHEMA app;\n"
        "CREATE TYPE app.mood AS ENUM ('ok', 'sad');\n"
        "CREATE SEQUENCE counter INCREMENT BY 5;\n"
        "CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE, mood app.mood DEFAULT 'ok');\n"
        "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY, user_id int REFERENCES users,\n"
        "                     qty int CHECK (qty BETWEEN 1 AND 10));\n"
        "CREATE INDEX ON orders (user_id);\n"
        "COMMENT ON TABLE users IS 'people';\n";
    auto schema = parse_normalized(sql);
    CHECK(diff::compare(schema, schema).empty());
    CHECK(diff::compare(schema, parse_normalized(sql)).empty());
    CHECK_FALSE(diff::compare(schema, parse_normalized(sql + "CREATE TABLE extra (a int);")).empty());
}

TEST_CASE("diff: a label added at the end is ADD VALUE after the last label") {
    auto ops = diff_sql("CREATE TYPE mood AS ENUM ('ok', 'sad');", "CREATE TYPE mood AS ENUM ('ok', 'sad', 'happy');");
    REQUIRE(kinds(ops) == Strings{"add_enum_value"});
    const auto& add = std::get<AddEnumValue>(ops[0]);
    CHECK(add.type == qname("mood"));
    CHECK(add.label == "happy");
    CHECK(add.after == "sad");
    CHECK(add.before.empty());
}

TEST_CASE("diff: a new first label is added BEFORE the old first one, middle ones after their predecessor") {
    auto ops = diff_sql("CREATE TYPE mood AS ENUM ('b', 'd');", "CREATE TYPE mood AS ENUM ('a', 'b', 'c', 'd');");
    REQUIRE(kinds(ops) == Strings{"add_enum_value", "add_enum_value"});
    const auto& first = std::get<AddEnumValue>(ops[0]);
    CHECK(first.label == "a");
    CHECK(first.before == "b");
    CHECK(first.after.empty());
    const auto& middle = std::get<AddEnumValue>(ops[1]);
    CHECK(middle.label == "c");
    CHECK(middle.after == "b");
}

TEST_CASE("diff: removing a label rebuilds the enum, converting every column that uses it") {
    auto ops = diff_sql(
        "CREATE TYPE mood AS ENUM ('ok', 'meh', 'sad');\n"
        "CREATE TABLE a (m mood DEFAULT 'meh', ms mood[], t text);\n"
        "CREATE TABLE b (n int);",
        "CREATE TYPE mood AS ENUM ('ok', 'sad');\n"
        "CREATE TABLE a (m mood DEFAULT 'ok', ms mood[], t text);\n"
        "CREATE TABLE b (n int);");
    REQUIRE(kinds(ops) == Strings{"rebuild_enum", "set_column_default"});
    const auto& rebuild = std::get<RebuildEnum>(ops[0]);
    CHECK(rebuild.from.labels == Strings{"ok", "meh", "sad"});
    CHECK(rebuild.to.labels == Strings{"ok", "sad"});
    REQUIRE(rebuild.uses.size() == 2);
    CHECK(rebuild.uses[0].column.name == "m");
    // The default put back after the conversion is the target's: 'meh' no longer exists.
    REQUIRE(rebuild.uses[0].column.default_value.has_value());
    CHECK(rebuild.uses[0].column.default_value->text == "'ok'");
    CHECK(rebuild.uses[1].column.name == "ms");
}

TEST_CASE("diff: reordering labels is a rebuild, not ADD VALUE") {
    auto ops = diff_sql("CREATE TYPE mood AS ENUM ('a', 'b');", "CREATE TYPE mood AS ENUM ('b', 'a');");
    CHECK(kinds(ops) == Strings{"rebuild_enum"});
}

TEST_CASE("diff: a dropped table takes its serial's sequence along; a free-standing sequence is dropped") {
    auto ops = diff_sql("CREATE TABLE t (id serial);\nCREATE SEQUENCE counter;", "");
    CHECK(kinds(ops) == Strings{"drop_sequence", "drop_table"});
    CHECK(std::get<DropSequence>(ops[0]).sequence.name == qname("counter"));
}

TEST_CASE("diff: a new owned sequence is created, then given its owner") {
    auto ops = diff_sql("", "CREATE TABLE t (id serial);");
    REQUIRE(kinds(ops) == Strings{"create_sequence", "set_sequence_owner", "create_table"});
    const auto& owner = std::get<SetSequenceOwner>(ops[1]);
    CHECK_FALSE(owner.from.owned_by_table.has_value());
    CHECK(owner.to.owned_by_table == qname("t"));
    CHECK(owner.to.owned_by_column == "id");
}

TEST_CASE("diff: changed sequence options are ALTER SEQUENCE") {
    auto ops = diff_sql("CREATE SEQUENCE s;", "CREATE SEQUENCE s INCREMENT BY 10;");
    REQUIRE(kinds(ops) == Strings{"alter_sequence"});
    CHECK(std::get<AlterSequence>(ops[0]).to.options.increment == 10);
}

TEST_CASE("diff: a new schema is created with its comment, an old one dropped") {
    auto ops = diff_sql("CREATE SCHEMA old;", "CREATE SCHEMA app;\nCOMMENT ON SCHEMA app IS 'the app';");
    REQUIRE(kinds(ops) == Strings{"create_schema", "set_comment", "drop_schema"});
    CHECK(std::get<CreateSchema>(ops[0]).schema.name == "app");
    CHECK(std::get<SetComment>(ops[1]).to == "the app");
    CHECK(std::get<DropSchema>(ops[2]).schema.name == "old");
}

TEST_CASE("diff: an extension moved to another schema is dropped and created again") {
    auto ops = diff_sql("CREATE SCHEMA ext;\nCREATE EXTENSION pg_trgm;",
                        "CREATE SCHEMA ext;\nCREATE EXTENSION pg_trgm WITH SCHEMA ext;");
    REQUIRE(kinds(ops) == Strings{"drop_extension", "create_extension"});
    CHECK(std::get<CreateExtension>(ops[1]).extension.schema == "ext");
}
