#include <doctest/doctest.h>

#include "schemadiff/ddl/ddl.hpp"
#include "schemadiff/planner/plan.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;
using namespace schemadiff::model;

namespace {
auto subjects(const std::vector<planner::Step>& steps) -> Strings {
    Strings out;
    for (const auto& step : steps) out.push_back(subject(step.operation));
    return out;
}

/// A table with an id column and, when `references` is given, a foreign key to it.
auto table_with_fk(const std::string& name, std::optional<QualifiedName> references = std::nullopt) -> Table {
    Table out = table(qname(name), {column("id", "integer"), column("ref_id", "integer")});
    if (references) out.constraints.push_back(foreign_key(name + "_ref_id_fkey", "ref_id", *references));
    return out;
}
}  // namespace

TEST_CASE("planner: tables are created before the foreign keys that reference them") {
    Constraint fkey = foreign_key("b_ref_id_fkey", "ref_id", qname("a"));
    auto plan = planner::make_plan(
        {AddConstraint{qname("b"), fkey}, CreateTable{table_with_fk("b")}, CreateTable{table_with_fk("a")}});
    CHECK(kinds(all_steps(plan)) == Strings{"create_table", "create_table", "add_constraint"});
    CHECK(subjects(all_steps(plan)) == Strings{"public.b", "public.a", "public.b.b_ref_id_fkey"});
}

TEST_CASE("planner: a table is dropped before the tables it references") {
    auto plan = planner::make_plan({DropTable{table_with_fk("a")}, DropTable{table_with_fk("b", qname("c"))},
                                    DropTable{table_with_fk("c", qname("a"))}});
    CHECK(subjects(all_steps(plan)) == Strings{"public.b", "public.c", "public.a"});
}

TEST_CASE("planner: a foreign key cycle among dropped tables drops the foreign keys first") {
    auto plan =
        planner::make_plan({DropTable{table_with_fk("a", qname("b"))}, DropTable{table_with_fk("b", qname("a"))}});
    CHECK(kinds(all_steps(plan)) == Strings{"drop_constraint", "drop_constraint", "drop_table", "drop_table"});
    CHECK(subjects(all_steps(plan)) ==
          Strings{"public.a.a_ref_id_fkey", "public.b.b_ref_id_fkey", "public.a", "public.b"});
}

TEST_CASE("planner: a self-referencing dropped table is no cycle") {
    auto plan = planner::make_plan({DropTable{table_with_fk("tree", qname("tree"))}});
    CHECK(kinds(all_steps(plan)) == Strings{"drop_table"});
}

TEST_CASE("planner: ADD VALUE runs before the transaction, everything else inside it") {
    auto plan =
        planner::make_plan({AddColumn{qname("t"), column("m", "mood")}, AddEnumValue{qname("mood"), "meh", {}, "ok"}});
    REQUIRE(plan.groups.size() == 2);
    CHECK_FALSE(plan.groups[0].transactional);
    CHECK(kinds(plan.groups[0].steps) == Strings{"add_enum_value"});
    CHECK(plan.groups[1].transactional);
    CHECK(kinds(plan.groups[1].steps) == Strings{"add_column"});
    CHECK(plan.size() == 2);
    CHECK_FALSE(plan.empty());
}

TEST_CASE("planner: schemas, types and sequences exist before the tables that use them") {
    auto plan = planner::make_plan({CreateTable{table(qname("t", "app"), {column("m", "app.mood")})},
                                    CreateSequence{{qname("s", "app"), {}, {}, {}, {}}},
                                    CreateEnum{{qname("mood", "app"), {"ok"}, {}}}, CreateSchema{{"app", {}}}});
    CHECK(kinds(all_steps(plan)) == Strings{"create_schema", "create_enum", "create_sequence", "create_table"});
}

TEST_CASE("planner: constraint drops come before column changes, foreign keys first") {
    auto plan =
        planner::make_plan({DropColumn{qname("t"), column("a", "integer")},
                            DropConstraint{qname("t"), constraint("t_a_check", ConstraintKind::Check, "CHECK (a > 0)")},
                            DropConstraint{qname("t"), foreign_key("t_a_fkey", "a", qname("p"))}});
    CHECK(subjects(all_steps(plan)) == Strings{"public.t.t_a_fkey", "public.t.t_a_check", "public.t.a"});
}

TEST_CASE("planner: keys are added before checks, checks before foreign keys") {
    planner::Options plain{.safe_rewrites = false};
    auto plan = planner::make_plan(
        {AddConstraint{qname("t"), foreign_key("t_a_fkey", "a", qname("p"))},
         AddConstraint{qname("t"), constraint("t_a_check", ConstraintKind::Check, "CHECK (a > 0)")},
         AddConstraint{qname("t"), constraint("t_pkey", ConstraintKind::PrimaryKey, "PRIMARY KEY (a)")}},
        plain);
    CHECK(subjects(all_steps(plan)) == Strings{"public.t.t_pkey", "public.t.t_a_check", "public.t.t_a_fkey"});
}

TEST_CASE("planner: comments come after the objects they describe") {
    auto plan = planner::make_plan({SetComment{CommentTarget::Table, qname("t"), "", std::nullopt, "x"},
                                    CreateTable{table(qname("t"), {column("a", "integer")})}});
    CHECK(kinds(all_steps(plan)) == Strings{"create_table", "set_comment"});
}

TEST_CASE("planner: each step carries its operation's statements, and one without any is left out") {
    Sequence unchanged{qname("s"), default_sequence_options("bigint"), {}, {}, {}};
    AddColumn add{qname("t"), column("a", "integer")};
    auto plan = planner::make_plan({AlterSequence{unchanged, unchanged}, add});
    REQUIRE(all_steps(plan).size() == 1);
    CHECK(all_steps(plan)[0].sql == ddl::to_sql(add));
    CHECK(planner::make_plan({AlterSequence{unchanged, unchanged}}).empty());
}

TEST_CASE("planner: rewriting a sequence is quick, so its group keeps the short statement timeout") {
    Sequence from{qname("s"), default_sequence_options("bigint"), {}, {}, {}};
    Sequence to = from;
    to.options.increment = 2;
    planner::Options options;
    auto plan = planner::make_plan({AlterSequence{from, to}}, options);
    REQUIRE(plan.groups.size() == 1);
    CHECK(plan.groups[0].steps[0].verdict.effect == safety::Effect::Rewrite);  // a new relfilenode (tests/locks)
    CHECK(plan.groups[0].statement_timeout == options.statement_timeout);
}

TEST_CASE("planner: SET NOT NULL is a scan again when the plan drops the CHECK that proved it first") {
    Schema before;
    Table orders = table(qname("orders"), {column("total", "integer")});
    orders.constraints.push_back(constraint("orders_total_check", ConstraintKind::Check, "CHECK (total IS NOT NULL)"));
    before.tables.push_back(orders);
    planner::Options options{.safe_rewrites = false};
    options.context.before = &before;
    auto plan = planner::make_plan(
        {SetColumnNotNull{qname("orders"), column("total", "integer"), column("total", "integer", true)},
         DropConstraint{qname("orders"), orders.constraints[0]}},
        options);
    auto steps = all_steps(plan);
    REQUIRE(steps.size() == 2);
    CHECK(kinds(steps) == Strings{"drop_constraint", "set_column_not_null"});
    CHECK(steps[1].verdict.severity == safety::Severity::Dangerous);
    CHECK(steps[1].verdict.effect == safety::Effect::Scan);

    options.safe_rewrites = true;  // the online form keeps the proof until SET NOT NULL has run
    auto online = all_steps(planner::make_plan(
        {SetColumnNotNull{qname("orders"), column("total", "integer"), column("total", "integer", true)},
         DropConstraint{qname("orders"), orders.constraints[0]}},
        options));
    CHECK(kinds(online) == Strings{"set_column_not_null", "drop_constraint"});
    CHECK(online[0].verdict.severity == safety::Severity::Safe);
}

TEST_CASE("planner: an event trigger state that stops it firing goes first, one that makes it fire last, by its fact") {
    auto state = [](const std::string& sql, bool disabled) {
        SchemaObject object;
        object.kind = ObjectKind::EventTriggerState;
        object.id = "event-trigger-state audit";
        object.subject = "audit";
        object.create = sql;
        object.facts.disabled = disabled;  // what pg_event_trigger.evtenabled says, whatever the text
        return object;
    };
    Operation create_table = CreateTable{table(qname("t"), {column("a", "integer")})};
    auto disabling =
        planner::make_plan({create_table, CreateObject{state("ALTER EVENT TRIGGER audit ENABLE ALWAYS", true)}});
    CHECK(kinds(all_steps(disabling)) == Strings{"create_event_trigger_state", "create_table"});
    auto enabling = planner::make_plan({CreateObject{state("ALTER EVENT TRIGGER audit DISABLE", false)}, create_table});
    CHECK(kinds(all_steps(enabling)) == Strings{"create_table", "create_event_trigger_state"});
}
