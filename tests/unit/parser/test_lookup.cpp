// The parser's name lookups (lookup.hpp) and long migration files (issue 12, item 7): each action of a statement with
// many reports its own SQL (the whole statement per finding made reports quadratic in its length), and lookups by
// name, which no longer scan, still find what earlier statements added, renamed and dropped. The time itself is
// measured by bench/run.sh LINT, not here.
#include <doctest/doctest.h>

#include "schemadiff/parser/parse_migration.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;
using namespace schemadiff::model;

namespace {
auto read(const std::string& sql, const Schema& before = {}) -> parser::MigrationFile {
    return parser::parse_migration_text(sql, "m.sql", before);
}
auto texts(const parser::MigrationStatement& statement) -> Strings {
    Strings out;
    for (size_t op_idx = 0; op_idx < statement.operations.size(); ++op_idx) out.push_back(statement.text_of(op_idx));
    return out;
}
/// "ALTER TABLE t ADD COLUMN c0 int, ..., ADD COLUMN c<n-1> int;"
auto columns_sql(int count, const std::string& table = "t") -> std::string {
    std::string sql = "CREATE TABLE " + table + " (";
    for (int idx = 0; idx < count; ++idx) sql += (idx ? ", c" : "c") + std::to_string(idx) + " int";
    return sql + ");\n";
}
}  // namespace

TEST_CASE("lint scale: each action of a multi-action ALTER TABLE reports its own SQL, as written") {
    auto file = read(
        "ALTER TABLE ONLY public.t /* note, with a comma */ ADD COLUMN a numeric(10, 2) DEFAULT f(1, 2),\n"
        "  DROP COLUMN b,  -- gone\n"
        "  ADD CONSTRAINT k CHECK (a = ANY (ARRAY[1, 2])) NOT VALID;\n");
    REQUIRE(file.statements.size() == 1);
    const auto& statement = file.statements[0];
    CHECK(kinds(statement.operations) == Strings{"add_column", "drop_column", "add_constraint"});
    CHECK(texts(statement) ==
          Strings{"ALTER TABLE ONLY public.t ADD COLUMN a numeric(10, 2) DEFAULT f(1, 2)",
                  "ALTER TABLE ONLY public.t DROP COLUMN b",
                  "ALTER TABLE ONLY public.t ADD CONSTRAINT k CHECK (a = ANY (ARRAY[1, 2])) NOT VALID"});
    // An action with two operations (a column and its inline constraint) shows that action for both.
    auto inline_constraint = read("ALTER TABLE t ADD COLUMN a int UNIQUE, ADD COLUMN b int;\n").statements.at(0);
    CHECK(texts(inline_constraint) == Strings{"ALTER TABLE t ADD COLUMN a int UNIQUE",
                                              "ALTER TABLE t ADD COLUMN a int UNIQUE",
                                              "ALTER TABLE t ADD COLUMN b int"});
    // One action, or one object: the statement itself.
    auto single = read("ALTER TABLE t ADD COLUMN a int;\n").statements.at(0);
    CHECK(single.operation_texts.empty());
    CHECK(single.text_of(0) == "ALTER TABLE t ADD COLUMN a int");
}

TEST_CASE("lint scale: DROP of several objects reports each object's own statement") {
    auto statement = read("DROP TABLE a, public.b CASCADE;\n").statements.at(0);
    CHECK(kinds(statement.operations) == Strings{"drop_table", "drop_table"});
    CHECK(texts(statement) == Strings{"DROP TABLE a CASCADE", "DROP TABLE public.b CASCADE"});
}

TEST_CASE("lint scale: 5,000 actions in one statement keep each finding's SQL to its action") {
    std::string sql = "ALTER TABLE t";
    for (int idx = 0; idx < 5000; ++idx)
        sql += (idx ? ",\n  ADD COLUMN c" : "\n  ADD COLUMN c") + std::to_string(idx) + " int";
    auto statement = read(sql + ";\n").statements.at(0);
    REQUIRE(statement.operations.size() == 5000);
    size_t total = 0;
    for (size_t op_idx = 0; op_idx < statement.operations.size(); ++op_idx) total += statement.text_of(op_idx).size();
    CHECK(total < 5000 * 40);  // linear: each text is "ALTER TABLE t ADD COLUMN cN int"
    CHECK(statement.text_of(4999) == "ALTER TABLE t ADD COLUMN c4999 int");
}

TEST_CASE("lint scale: columns and constraints of a wide table are found after adds, renames and drops") {
    auto file = read(columns_sql(40) +
                     "ALTER TABLE t RENAME COLUMN c5 TO x;\n"
                     "ALTER TABLE t ADD COLUMN c5 text;\n"          // the old name is free again
                     "ALTER TABLE t ALTER COLUMN x TYPE bigint;\n"  // found under its new name: int -> bigint
                     "ALTER TABLE t DROP COLUMN c39, ADD COLUMN c39 date;\n"
                     "ALTER TABLE t ADD COLUMN c40 int, ADD COLUMN c41 int;\n"
                     "ALTER TABLE t DROP COLUMN c41;\n");
    const Table* t = file.after.find_table(qname("t"));
    REQUIRE(t != nullptr);
    CHECK(t->columns.size() == 42);
    CHECK(t->find_column("c5")->type == "text");
    CHECK(t->find_column("x")->type == "bigint");
    CHECK(t->find_column("c39")->type == "date");
    CHECK(t->find_column("c41") == nullptr);
    const auto& type_change = std::get<AlterColumnType>(file.statements.at(3).operations.at(0));
    CHECK(type_change.from.type == "integer");

    std::string checks;
    for (int idx = 0; idx < 30; ++idx)
        checks += "ALTER TABLE t ADD CONSTRAINT k" + std::to_string(idx) + " CHECK (c0 > 0);\n";
    auto constrained = read(columns_sql(1) + checks +
                            "ALTER TABLE t RENAME CONSTRAINT k3 TO renamed;\n"
                            "ALTER TABLE t DROP CONSTRAINT renamed;\n"
                            "ALTER TABLE t ADD CONSTRAINT k3 UNIQUE (c0);\n"
                            "ALTER TABLE t VALIDATE CONSTRAINT k29;\n");
    const Table* c = constrained.after.find_table(qname("t"));
    CHECK(c->constraints.size() == 30);
    CHECK(c->find_constraint("k3")->kind == ConstraintKind::Unique);
    CHECK(std::get<DropConstraint>(constrained.statements.at(32).operations.at(0)).constraint.kind ==
          ConstraintKind::Check);
}

TEST_CASE("lint scale: indexes, sequences, tables and functions are found among many") {
    std::string sql = columns_sql(2);
    for (int idx = 0; idx < 30; ++idx) sql += "CREATE INDEX i" + std::to_string(idx) + " ON t (c0);\n";
    for (int idx = 0; idx < 30; ++idx) sql += "CREATE SEQUENCE s" + std::to_string(idx) + " MAXVALUE 100;\n";
    for (int idx = 0; idx < 30; ++idx) sql += columns_sql(1, "u" + std::to_string(idx));
    for (int idx = 0; idx < 30; ++idx)
        sql += "CREATE FUNCTION f" + std::to_string(idx) + "(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n";
    sql +=
        "ALTER INDEX i7 RENAME TO moved;\n"    // 121
        "DROP INDEX moved;\n"                  // 122: its table is known
        "DROP SEQUENCE s3;\n"                  // 123: its options are known
        "DROP TABLE u4;\n"                     // 124
        "CREATE TABLE u4 (other text);\n"      // 125: a new table of the same name
        "ALTER TABLE u29 ADD COLUMN z int;\n"  // 126: the table moved into u4's place is still found
        "DROP FUNCTION f12;\n";                // 127: the only f12, whatever its arguments
    auto file = read(sql);
    const auto& drop_index = std::get<DropIndex>(file.statements.at(122).operations.at(0));
    CHECK(drop_index.table == qname("t"));
    CHECK(drop_index.index.name == "moved");
    CHECK(std::get<DropSequence>(file.statements.at(123).operations.at(0)).sequence.options.max_value == 100);
    CHECK(std::get<DropTable>(file.statements.at(124).operations.at(0)).table.columns.size() == 1);
    CHECK(file.after.find_table(qname("u4"))->columns.at(0).name == "other");
    CHECK(file.after.find_table(qname("u29"))->columns.size() == 2);
    CHECK(std::get<DropObject>(file.statements.at(127).operations.at(0)).object.id == "function public.f12(integer)");
    CHECK(file.after.find_sequence(qname("s3")) == nullptr);
    CHECK(file.after.find_object("function public.f12(integer)") == nullptr);
    CHECK(file.after.find_object("function public.f11(integer)") != nullptr);
}
