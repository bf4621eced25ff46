// safe_rewrites(): the online forms of the catalogue's "Safe rewrite" column (../shared/safety-rules.md §5.7-§5.12,
// §5.4): CONCURRENTLY, NOT VALID + VALIDATE, keys through an index built first, SET NOT NULL through a CHECK, and
// index replacement under a temporary name. Tables created in the same plan keep the plain forms.
#include <doctest/doctest.h>

#include "schemadiff/ddl/ddl.hpp"
#include "schemadiff/safety/safety.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;
using namespace schemadiff::model;
using safety::Context;
using safety::Severity;

namespace {

const QualifiedName kOrders = qname("orders");

auto rewrite(std::vector<Operation> operations, const Context& context = {}) -> std::vector<Operation> {
    return safety::safe_rewrites(std::move(operations), context);
}

/// public.orders was created earlier in the same plan.
auto orders_new() -> Context {
    Context context;
    context.new_tables = {kOrders};
    return context;
}

auto on_version(int server_version) -> Context {
    Context context;
    context.server_version = server_version;
    return context;
}

/// The statements of every operation, in order.
auto sql(const std::vector<Operation>& operations) -> Strings {
    Strings out;
    for (const auto& operation : operations) {
        for (auto& statement : ddl::to_sql(operation)) out.push_back(std::move(statement));
    }
    return out;
}

/// The rule and class of every operation, as "rule: class".
auto verdicts(const std::vector<Operation>& operations, const Context& context = {}) -> Strings {
    Strings out;
    for (const auto& operation : operations) {
        safety::Verdict verdict = safety::classify(operation, context);
        out.push_back(verdict.rule + ": " + std::string(safety::severity_name(verdict.severity)));
    }
    return out;
}

auto orders_email_idx() -> Index {
    return index("orders_email_idx", "CREATE INDEX orders_email_idx ON public.orders USING btree (email)");
}

auto orders_qty_check() -> Constraint {
    return constraint("orders_qty_check", ConstraintKind::Check, "CHECK ((qty > 0))");
}

auto set_not_null(const std::string& table = "orders", const std::string& name = "email") -> Operation {
    return SetColumnNotNull{qname(table), column(name, "text"), column(name, "text", true)};
}

}  // namespace

// ---- Indexes (§5.12) ----

TEST_CASE("safety: CREATE INDEX on an existing table is built CONCURRENTLY, on a new table it stays plain") {
    auto online = rewrite({CreateIndex{kOrders, orders_email_idx()}});
    CHECK(sql(online) == Strings{"CREATE INDEX CONCURRENTLY orders_email_idx ON public.orders USING btree (email)"});
    CHECK(verdicts(online) == Strings{"index-create-concurrently: safe"});

    auto fresh = rewrite({CreateIndex{kOrders, orders_email_idx()}}, orders_new());
    CHECK(sql(fresh) == Strings{"CREATE INDEX orders_email_idx ON public.orders USING btree (email)"});
    CHECK(verdicts(fresh, orders_new()) == Strings{"index-create: safe"});
}

TEST_CASE("safety: DROP INDEX on an existing table runs CONCURRENTLY, on a new table it stays plain") {
    auto online = rewrite({DropIndex{kOrders, orders_email_idx()}});
    CHECK(sql(online) == Strings{"DROP INDEX CONCURRENTLY IF EXISTS public.orders_email_idx"});
    auto fresh = rewrite({DropIndex{kOrders, orders_email_idx()}}, orders_new());
    CHECK(sql(fresh) == Strings{"DROP INDEX public.orders_email_idx"});
}

TEST_CASE("safety: an index of a table dropped in the same plan is not built concurrently") {
    Table orders = table(kOrders, {column("email", "text")});
    auto out = rewrite({DropTable{orders}, CreateIndex{kOrders, orders_email_idx()}});
    REQUIRE(out.size() == 2);
    CHECK_FALSE(std::get<CreateIndex>(out[1]).concurrently);
}

TEST_CASE("safety: a changed index definition is built under a temporary name, then takes over the name") {
    Index changed =
        index("orders_email_idx", "CREATE INDEX orders_email_idx ON public.orders USING btree (lower(email))");
    auto out = rewrite({DropIndex{kOrders, orders_email_idx()}, CreateIndex{kOrders, changed}});
    CHECK(kinds(out) == Strings{"drop_index", "create_index", "rename_index"});
    CHECK(
        sql(out) ==
        Strings{"DROP INDEX CONCURRENTLY IF EXISTS public.orders_email_idx",
                "CREATE INDEX CONCURRENTLY orders_email_idx_schemadiff_new ON public.orders USING btree (lower(email))",
                "ALTER INDEX public.orders_email_idx_schemadiff_new RENAME TO orders_email_idx"});
    CHECK(verdicts(out) ==
          Strings{"index-drop-concurrently: safe", "index-create-concurrently: safe", "index-rename: safe"});
}

TEST_CASE("safety: the temporary name of a replaced index stays within 63 bytes") {
    std::string name(60, 'i');
    Index old = index(name, "CREATE INDEX " + name + " ON public.orders USING btree (email)");
    Index changed = index(name, "CREATE INDEX " + name + " ON public.orders USING hash (email)");
    auto out = rewrite({DropIndex{kOrders, old}, CreateIndex{kOrders, changed}});
    REQUIRE(kinds(out) == Strings{"drop_index", "create_index", "rename_index"});
    const auto& built = std::get<CreateIndex>(out[1]);
    CHECK(built.index.name.size() == 63);
    CHECK(built.index.name == std::string(48, 'i') + "_schemadiff_new");
    CHECK(built.index.definition.text == "CREATE INDEX " + built.index.name + " ON public.orders USING hash (email)");
    CHECK(std::get<RenameIndex>(out[2]).from == built.index.name);
    CHECK(std::get<RenameIndex>(out[2]).to == name);
}

TEST_CASE("safety: an index on a column whose type changes is not replaced online") {
    Column from = column("email", "character varying(100)");
    Column to = column("email", "text");
    auto out = rewrite({DropIndex{kOrders, orders_email_idx()}, AlterColumnType{kOrders, from, to},
                        CreateIndex{kOrders, orders_email_idx()}});
    CHECK(kinds(out) == Strings{"drop_index", "alter_column_type", "create_index"});
    const auto& create = std::get<CreateIndex>(out[2]);
    CHECK(create.index.name == "orders_email_idx");
    CHECK(create.concurrently);
}

TEST_CASE("safety: a replaced index on a new table is simply dropped and created") {
    Index changed = index("orders_email_idx", "CREATE INDEX orders_email_idx ON public.orders USING hash (email)");
    auto out = rewrite({DropIndex{kOrders, orders_email_idx()}, CreateIndex{kOrders, changed}}, orders_new());
    CHECK(sql(out) == Strings{"DROP INDEX public.orders_email_idx",
                              "CREATE INDEX orders_email_idx ON public.orders USING hash (email)"});
}

// ---- CHECK and FOREIGN KEY (§5.9, §5.10) ----

TEST_CASE("safety: CHECK and FOREIGN KEY on an existing table are added NOT VALID, then validated") {
    Constraint fkey = foreign_key("orders_customer_id_fkey", "customer_id", qname("customers"));
    auto out = rewrite({AddConstraint{kOrders, orders_qty_check()}, AddConstraint{kOrders, fkey}});
    CHECK(kinds(out) == Strings{"add_constraint", "validate_constraint", "add_constraint", "validate_constraint"});
    CHECK(sql(out) ==
          Strings{"ALTER TABLE public.orders ADD CONSTRAINT orders_qty_check CHECK ((qty > 0)) NOT VALID",
                  "ALTER TABLE public.orders VALIDATE CONSTRAINT orders_qty_check",
                  "ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) "
                  "REFERENCES public.customers(id) NOT VALID",
                  "ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_id_fkey"});
    CHECK(verdicts(out) ==
          Strings{"check-add-not-valid: safe", "check-validate: safe", "fk-add-not-valid: safe", "fk-validate: safe"});
}

TEST_CASE("safety: CHECK and FOREIGN KEY on a new table, or already NOT VALID, are left as they are") {
    Constraint fkey = foreign_key("orders_customer_id_fkey", "customer_id", qname("customers"));
    auto fresh = rewrite({AddConstraint{kOrders, orders_qty_check()}, AddConstraint{kOrders, fkey}}, orders_new());
    CHECK(sql(fresh) == Strings{"ALTER TABLE public.orders ADD CONSTRAINT orders_qty_check CHECK ((qty > 0))",
                                "ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY "
                                "(customer_id) REFERENCES public.customers(id)"});
    Constraint unvalidated = orders_qty_check();
    unvalidated.validated = false;
    CHECK(kinds(rewrite({AddConstraint{kOrders, unvalidated}})) == Strings{"add_constraint"});
}

// ---- PRIMARY KEY and UNIQUE (§5.7, §5.8) ----

TEST_CASE("safety: UNIQUE and PRIMARY KEY on an existing table build their index concurrently, then adopt it") {
    struct Row {
        Constraint key;
        Strings statements;
        Strings verdicts;
    };
    const Row rows[] = {
        {constraint("orders_email_key", ConstraintKind::Unique, "UNIQUE (email)"),
         {"CREATE UNIQUE INDEX CONCURRENTLY orders_email_key ON public.orders USING btree (email)",
          "ALTER TABLE public.orders ADD CONSTRAINT orders_email_key UNIQUE USING INDEX orders_email_key"},
         {"index-create-concurrently: careful", "unique-add-using-index: safe"}},
        {constraint("orders_pkey", ConstraintKind::PrimaryKey, "PRIMARY KEY (id)"),
         {"CREATE UNIQUE INDEX CONCURRENTLY orders_pkey ON public.orders USING btree (id)",
          "ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_pkey"},
         {"index-create-concurrently: careful", "pk-add-using-index: safe"}},
    };
    for (const auto& row : rows) {
        CAPTURE(row.key.name);
        auto out = rewrite({AddConstraint{kOrders, row.key}});
        CHECK(sql(out) == row.statements);
        CHECK(verdicts(out) == row.verdicts);
        REQUIRE(out.size() == 2);
        CHECK(std::get<AddConstraint>(out[1]).using_index == row.key.name);
        CHECK(std::get<CreateIndex>(out[0]).index.name == row.key.name);
    }
}

TEST_CASE("safety: the adopted index keeps NULLS NOT DISTINCT, INCLUDE and WITH, the constraint its DEFERRABLE") {
    Constraint key = constraint("orders_ref_key", ConstraintKind::Unique,
                                "UNIQUE NULLS NOT DISTINCT (shop_id, ref) INCLUDE (total) WITH (fillfactor='70') "
                                "DEFERRABLE INITIALLY DEFERRED");
    auto out = rewrite({AddConstraint{kOrders, key}});
    CHECK(sql(out) ==
          Strings{"CREATE UNIQUE INDEX CONCURRENTLY orders_ref_key ON public.orders USING btree (shop_id, "
                  "ref) INCLUDE (total) NULLS NOT DISTINCT WITH (fillfactor='70')",
                  "ALTER TABLE public.orders ADD CONSTRAINT orders_ref_key UNIQUE USING INDEX orders_ref_key "
                  "DEFERRABLE INITIALLY DEFERRED"});

    Constraint deferred_pk = constraint("orders_pkey", ConstraintKind::PrimaryKey, "PRIMARY KEY (id) DEFERRABLE");
    CHECK(
        sql(rewrite({AddConstraint{kOrders, deferred_pk}})) ==
        Strings{"CREATE UNIQUE INDEX CONCURRENTLY orders_pkey ON public.orders USING btree (id)",
                "ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_pkey DEFERRABLE"});
}

TEST_CASE("safety: key columns and names that need quotes keep them in the index built first") {
    QualifiedName order{"My Schema", "Order"};
    Constraint key = constraint("Order Key", ConstraintKind::Unique, "UNIQUE (\"User\", \"a)b\")");
    CHECK(sql(rewrite({AddConstraint{order, key}})) ==
          Strings{"CREATE UNIQUE INDEX CONCURRENTLY \"Order Key\" ON \"My Schema\".\"Order\" USING btree (\"User\", "
                  "\"a)b\")",
                  "ALTER TABLE \"My Schema\".\"Order\" ADD CONSTRAINT \"Order Key\" UNIQUE USING INDEX \"Order Key\""});
}

TEST_CASE("safety: keys the index cannot carry, on new tables, adopted already, or EXCLUDE are left as they are") {
    Constraint tablespace =
        constraint("orders_email_key", ConstraintKind::Unique, "UNIQUE (email) USING INDEX TABLESPACE fast");
    CHECK(kinds(rewrite({AddConstraint{kOrders, tablespace}})) == Strings{"add_constraint"});
    CHECK(verdicts(rewrite({AddConstraint{kOrders, tablespace}})) == Strings{"unique-add: dangerous"});

    Constraint unique = constraint("orders_email_key", ConstraintKind::Unique, "UNIQUE (email)");
    CHECK(sql(rewrite({AddConstraint{kOrders, unique}}, orders_new())) ==
          Strings{"ALTER TABLE public.orders ADD CONSTRAINT orders_email_key UNIQUE (email)"});
    CHECK(kinds(rewrite({AddConstraint{kOrders, unique, "orders_email_idx"}})) == Strings{"add_constraint"});

    Constraint exclude =
        constraint("orders_during_excl", ConstraintKind::Exclude, "EXCLUDE USING gist (during WITH &&)");
    CHECK(verdicts(rewrite({AddConstraint{kOrders, exclude}})) == Strings{"exclusion-add: dangerous"});
}

// ---- SET NOT NULL (§5.4, §7 PG 12) ----

TEST_CASE("safety: SET NOT NULL on PostgreSQL 12 goes through a CHECK added NOT VALID, validated, then dropped") {
    auto out = rewrite({set_not_null()}, on_version(120000));
    CHECK(kinds(out) == Strings{"add_constraint", "validate_constraint", "set_column_not_null", "drop_constraint"});
    CHECK(sql(out) ==
          Strings{"ALTER TABLE public.orders ADD CONSTRAINT orders_email_not_null_check CHECK (email IS NOT NULL) "
                  "NOT VALID",
                  "ALTER TABLE public.orders VALIDATE CONSTRAINT orders_email_not_null_check",
                  "ALTER TABLE public.orders ALTER COLUMN email SET NOT NULL",
                  "ALTER TABLE public.orders DROP CONSTRAINT orders_email_not_null_check"});
    CHECK(std::get<SetColumnNotNull>(out[2]).proven_by == "orders_email_not_null_check");
    CHECK(verdicts(out, on_version(120000)) ==
          Strings{"check-add-not-valid: safe", "check-validate: safe", "notnull-set: safe", "check-drop: careful"});
}

TEST_CASE("safety: SET NOT NULL is left as it is on PostgreSQL 11, on a new table, or when already proven") {
    CHECK(kinds(rewrite({set_not_null()}, on_version(119999))) == Strings{"set_column_not_null"});
    CHECK(kinds(rewrite({set_not_null()}, on_version(110000))) == Strings{"set_column_not_null"});
    CHECK(kinds(rewrite({set_not_null()}, orders_new())) == Strings{"set_column_not_null"});
    Operation proven =
        SetColumnNotNull{kOrders, column("email", "text"), column("email", "text", true), "orders_email_ck"};
    CHECK(kinds(rewrite({proven})) == Strings{"set_column_not_null"});
    Operation drop = SetColumnNotNull{kOrders, column("email", "text", true), column("email", "text")};
    CHECK(sql(rewrite({drop})) == Strings{"ALTER TABLE public.orders ALTER COLUMN email DROP NOT NULL"});
}

TEST_CASE("safety: the helper CHECK's name stays within 63 bytes and quotes the column") {
    auto out = rewrite({set_not_null(std::string(40, 't'), std::string(40, 'c'))});
    REQUIRE(kinds(out).size() == 4);
    const auto& add = std::get<AddConstraint>(out[0]);
    CHECK(add.constraint.name == std::string(40, 't') + "_" + std::string(7, 'c') + "_not_null_check");
    CHECK(add.constraint.name.size() == 63);

    auto quoted = rewrite({SetColumnNotNull{kOrders, column("E-mail", "text"), column("E-mail", "text", true)}});
    CHECK(std::get<AddConstraint>(quoted[0]).constraint.definition.text == "CHECK (\"E-mail\" IS NOT NULL)");
}

// ---- Everything else ----

TEST_CASE("safety: operations without an online form pass through unchanged and in order") {
    std::vector<Operation> operations = {AddColumn{kOrders, column("note", "text")},
                                         AlterColumnType{kOrders, column("qty", "integer"), column("qty", "bigint")},
                                         DropColumn{kOrders, column("legacy", "text")}};
    auto out = rewrite(operations);
    CHECK(sql(out) == sql(operations));
}
