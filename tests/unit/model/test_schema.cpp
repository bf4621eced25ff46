#include <doctest/doctest.h>

#include <cstdint>
#include <set>

#include "schemadiff/model/schema.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;
using model::ConstraintKind;
using model::Expression;

TEST_CASE("model: sort orders every collection by name, tables by schema first") {
    model::Schema schema;
    schema.namespaces = {{"zeta", {}}, {"alpha", {}}};
    schema.enums = {{qname("mood"), {"b", "a"}, {}}, {qname("colour", "app"), {}, {}}};
    model::Table users = table(qname("users"), {column("z", "text"), column("a", "text")},
                               {constraint("users_z_check", ConstraintKind::Check, "CHECK ((z <> ''::text))"),
                                constraint("users_pkey", ConstraintKind::PrimaryKey, "PRIMARY KEY (a)")});
    users.indexes = {{"users_z_idx", {}, {}}, {"users_a_idx", {}, {}}};
    schema.tables = {users, table(qname("accounts"), {}), table(qname("zz", "app"), {})};

    schema.sort();

    CHECK(schema.namespaces[0].name == "alpha");
    CHECK(schema.enums[0].name == qname("colour", "app"));
    CHECK(schema.enums[1].labels == Strings{"b", "a"});  // labels keep their declared order
    REQUIRE(schema.tables.size() == 3);
    CHECK(schema.tables[0].name == qname("zz", "app"));
    CHECK(schema.tables[1].name == qname("accounts"));
    CHECK(schema.tables[2].name == qname("users"));
    const model::Table& sorted = schema.tables[2];
    CHECK(sorted.constraints[0].name == "users_pkey");
    CHECK(sorted.indexes[0].name == "users_a_idx");
    CHECK(sorted.columns[0].name == "z");  // columns keep definition order
}

TEST_CASE("model: find_table finds a table before and after sorting, and null for a missing one") {
    model::Schema schema;
    schema.tables = {table(qname("b"), {}), table(qname("a"), {}), table(qname("a", "app"), {})};
    REQUIRE(schema.find_table(qname("a")) != nullptr);  // unsorted: the lookup falls back to a scan
    CHECK(schema.find_table(qname("a"))->name == qname("a"));
    schema.sort();
    REQUIRE(schema.find_table(qname("a", "app")) != nullptr);
    CHECK(schema.find_table(qname("a", "app"))->name == qname("a", "app"));
    CHECK(schema.find_table(qname("c")) == nullptr);
    CHECK(schema.find_table(qname("b", "app")) == nullptr);
}

TEST_CASE("model: find_sequence and find_enum look up by schema and name") {
    model::Schema schema;
    schema.sequences = {{qname("s2"), {}, {}, {}, {}}, {qname("s1"), {}, {}, {}, {}}};
    schema.enums = {{qname("mood", "app"), {"ok"}, {}}};
    REQUIRE(schema.find_sequence(qname("s1")) != nullptr);
    CHECK(schema.find_sequence(qname("s1"))->name == qname("s1"));
    CHECK(schema.find_sequence(qname("s3")) == nullptr);
    REQUIRE(schema.find_enum(qname("mood", "app")) != nullptr);
    CHECK(schema.find_enum(qname("mood", "app"))->labels == Strings{"ok"});
    CHECK(schema.find_enum(qname("mood")) == nullptr);
}

TEST_CASE("model: a table finds its columns, constraints, indexes and primary key by name") {
    model::Table users = table(qname("users"), {column("id", "integer"), column("email", "text")},
                               {constraint("users_email_check", ConstraintKind::Check, "CHECK ((email <> ''::text))"),
                                constraint("users_pkey", ConstraintKind::PrimaryKey, "PRIMARY KEY (id)")});
    users.indexes = {{"users_email_idx", {}, {}}};

    REQUIRE(users.find_column("email") != nullptr);
    users.find_column("email")->not_null = true;  // the non-const overload hands out the stored column
    CHECK(users.columns[1].not_null);
    CHECK(users.find_column("missing") == nullptr);
    CHECK(users.find_constraint("users_pkey") == &users.constraints[1]);
    CHECK(users.find_constraint("users_email_idx") == nullptr);
    CHECK(users.find_index("users_email_idx") == &users.indexes[0]);
    CHECK(users.find_index("users_pkey") == nullptr);
    CHECK(users.primary_key() == &users.constraints[1]);

    users.constraints.pop_back();
    CHECK(users.primary_key() == nullptr);
}

TEST_CASE("model: normalised expressions compare by key, not by text") {
    CHECK(Expression{"0", "k0"} == Expression{"(0)", "k0"});
    CHECK_FALSE(Expression{"0", "k0"} == Expression{"0", "k1"});  // same text, different meaning
}

TEST_CASE("model: an expression without a key compares by text") {
    CHECK(Expression{"now()", ""} == Expression{"now()", "k"});
    CHECK_FALSE(Expression{"(0)", ""} == Expression{"0", "k0"});
    CHECK_FALSE(Expression{"0", ""} == Expression{"1", ""});
}

TEST_CASE("model: column equality sees defaults through their keys") {
    model::Column a = column("qty", "integer");
    model::Column b = a;
    a.default_value = Expression{"0", "k0"};
    b.default_value = Expression{"(0)", "k0"};
    CHECK(a == b);
    b.default_value = Expression{"1", "k1"};
    CHECK_FALSE(a == b);
    b = a;
    b.collation = "C";
    CHECK_FALSE(a == b);
}

TEST_CASE("model: constraint equality ignores the derived referenced table but not validity") {
    model::Constraint a = foreign_key("t_a_fkey", "a", qname("parent"));
    model::Constraint b = a;
    b.references = qname("other");
    CHECK(a == b);
    b = a;
    b.validated = false;
    CHECK_FALSE(a == b);
    b = a;
    b.kind = ConstraintKind::Check;
    CHECK_FALSE(a == b);
}

TEST_CASE("model: sequence defaults follow PostgreSQL's bounds for the type and direction") {
    auto integer_up = model::default_sequence_options("integer");
    CHECK(integer_up.data_type == "integer");
    CHECK(integer_up.min_value == 1);
    CHECK(integer_up.max_value == INT32_MAX);
    CHECK(integer_up.start == 1);

    auto smallint_down = model::default_sequence_options("smallint", -2);
    CHECK(smallint_down.increment == -2);
    CHECK(smallint_down.min_value == INT16_MIN);
    CHECK(smallint_down.max_value == -1);
    CHECK(smallint_down.start == -1);

    auto bigint_zero = model::default_sequence_options("bigint", 0);  // INCREMENT 0 is not a sequence: 1 is used
    CHECK(bigint_zero.increment == 1);
    CHECK(bigint_zero.max_value == INT64_MAX);
}

TEST_CASE("model: qualified names quote each part only when needed") {
    CHECK(qname("users").sql() == "public.users");
    CHECK(model::QualifiedName{"My Schema", "Order"}.sql() == "\"My Schema\".\"Order\"");
    CHECK(qname("user", "app").display() == "app.\"user\"");
}

using namespace schemadiff::model;

TEST_CASE("model: object_kinds.def gives every kind one unique name that reads back, and its id and implied deps") {
    std::set<std::string_view> names;
    for (const KindTraits& each : kObjectKinds) {
        CAPTURE(each.name);
        CHECK(names.insert(each.name).second);
        CHECK(parse_object_kind(each.name) == each.kind);
        CHECK(object_kind_name(each.kind) == each.name);
        // An implied dependency on "the object named like me" needs the word of that object's id.
        CHECK((each.implied == Implied::Subject) == !each.implied_word.empty());
    }
    CHECK_FALSE(parse_object_kind("object").has_value());
    CHECK(ObjectId::of(ObjectKind::MaterializedView, {"public", "mv"}).str() == "view public.mv");
    CHECK(ObjectId::routine(ObjectKind::Procedure, {"public", "p"}, "integer").str() == "function public.p(integer)");
    CHECK_THROWS(ObjectId::of(ObjectKind::Grant, {"public", "x"}));
    CHECK_THROWS(ObjectId::of(ObjectKind::Trigger, {"public", "t"}));  // a trigger is a member of its table

    SchemaObject storage;
    storage.kind = ObjectKind::ColumnStorage;
    storage.id = "column-storage public.t.c";
    storage.table = QualifiedName{"public", "t"};
    CHECK(implied_dependencies(storage) == std::vector<std::string>{"column public.t.c"});
    SchemaObject partition;
    partition.kind = ObjectKind::Partition;
    partition.id = "partition public.t_2024";
    partition.subject = "public.t_2024";
    partition.table = QualifiedName{"public", "t"};
    CHECK(implied_dependencies(partition) == std::vector<std::string>{"table public.t_2024", "table public.t"});
    SchemaObject view_default;
    view_default.kind = ObjectKind::ViewColumnDefault;
    view_default.id = "default public.v.c";
    view_default.table = QualifiedName{"public", "v"};
    CHECK(implied_dependencies(view_default) == std::vector<std::string>{"view public.v"});
    view_default.table.reset();  // a view default that names no view is a bug, not an object without deps
    CHECK_THROWS(implied_dependencies(view_default));
    storage.kind = ObjectKind::View;
    CHECK(implied_dependencies(storage).empty());
}

TEST_CASE("model: every id form reads back as the id it was printed from") {
    // One of each shape, with the names that need quoting (a dot, a space, a quote, upper case, a keyword).
    const std::vector<std::string> ids = {
        "table public.t",
        "table \"my.schema\".\"T\"\"x\"",
        "column public.t.\"Col umn\"",
        "default app.t.c",
        "constraint public.t.\"check\"",
        "index public.t_idx",
        "type public.mood",
        "view public.v",
        "function public.f(integer, character varying)",
        "function public.\"F(x)\"()",
        "trigger public.t.tr",
        "trigger-state public.t.\"*\"",
        "schema \"App\"",
        "extension pg_trgm",
        "event-trigger et",
        "table-option public.t.toast.autovacuum_enabled",
        "inheritance public.child \"Other\".parent",
        "comment column public.t.c",
        "comment view-column public.v.c",
        "grant SELECT ON TABLE public.t TO alice",
        "revoke EXECUTE ON FUNCTION public.f() revoked from PUBLIC",
        "default-privilege alice * r PUBLIC SELECT revoked",
    };
    for (const auto& id : ids) {
        CAPTURE(id);
        auto parsed = ObjectId::parse(id);
        REQUIRE(parsed.has_value());
        CHECK(parsed->str() == id);
        CHECK(ObjectId::parse(parsed->str())->body() == parsed->body());
    }
    auto column = ObjectId::read("column \"my.schema\".\"T\".c");
    CHECK(column.name == QualifiedName{"my.schema", "T"});
    CHECK(column.member == "c");
    CHECK(column.with_word("default").str() == "default \"my.schema\".\"T\".c");
    CHECK_THROWS(column.with_word("table"));  // another shape
    auto routine = ObjectId::read("function public.f(integer, text)");
    CHECK(routine.name == QualifiedName{"public", "f"});
    CHECK(routine.arguments == "integer, text");
    auto link = ObjectId::read("inheritance public.c public.p");
    CHECK(link.other == QualifiedName{"public", "p"});
    CHECK(ObjectId::column({"public", "t"}, "Col").str() == "column public.t.\"Col\"");
    CHECK(ObjectId::constraint({"public", "t"}, "t_pkey").str() == "constraint public.t.t_pkey");
    CHECK(ObjectId::comment_on(ObjectId::index({"s", "i"})).str() == "comment index s.i");

    // Not ids: an unknown word, a member missing, an unterminated quote, a routine without its parentheses, text
    // after the id, a comment on something that is not an id.
    for (std::string bad : {"tabel public.t", "column public.t", "table \"public.t", "function public.f",
                            "table public.t extra", "comment nothing", "view", "grant "}) {
        CAPTURE(bad);
        CHECK_FALSE(ObjectId::parse(bad).has_value());
        CHECK_THROWS(ObjectId::read(bad));
    }
    CHECK(id_fits_kind("revoke SELECT ON TABLE public.t FROM alice", ObjectKind::Grant));
    CHECK_FALSE(id_fits_kind("view public.v", ObjectKind::Trigger));
}

TEST_CASE("model: kinds that share an id word share its shape") {
    for (const KindTraits& each : kObjectKinds) {
        if (each.id_word.empty()) continue;
        CAPTURE(each.name);
        CHECK(id_shape_of(each.id_word) == each.id_shape);
    }
}
