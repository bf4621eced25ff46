// classify(): the catalogue rule an operation falls under (../shared/safety-rules.md §5), and how the conditions of
// §2.2 (NEW, SMALL, PG>=n), the facts about the column (CHECK, FOREIGN KEY, index) and the §6 type matrix move it.
#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <set>

#include "schemadiff/safety/safety.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;
using namespace schemadiff::model;
using safety::Context;
using safety::Effect;
using safety::LockMode;
using safety::Severity;

namespace {

const QualifiedName kOrders = qname("orders");
constexpr int64_t kMB = 1024 * 1024;
constexpr int64_t kGB = 1024 * kMB;

auto verdict_of(const Operation& operation, const Context& context = {}) -> safety::Verdict {
    return safety::classify(operation, context);
}

auto on_version(int server_version) -> Context {
    Context context;
    context.server_version = server_version;
    return context;
}

/// public.orders was created earlier in the same plan.
auto orders_new() -> Context {
    Context context;
    context.new_tables = {kOrders};
    return context;
}

/// public.orders has these live statistics (rows < 0: never analysed).
auto orders_sized(double rows, int64_t bytes) -> Context {
    Context context;
    context.sizes[kOrders] = {rows, bytes};
    return context;
}

/// A context that reads column facts from `before` (which must outlive it).
auto reading(const Schema& before) -> Context {
    Context context;
    context.before = &before;
    return context;
}

auto schema_of(std::vector<Table> tables) -> Schema {
    Schema schema;
    schema.tables = std::move(tables);
    return schema;
}

auto sequence(std::string name, SequenceOptions options = {}) -> Sequence {
    return {qname(std::move(name)), options, std::nullopt, {}, std::nullopt};
}

auto with_identity(Column column, IdentityKind kind) -> Column {
    column.identity = kind;
    return column;
}

auto with_collation(Column column, std::string collation) -> Column {
    column.collation = std::move(collation);
    return column;
}

auto not_valid(Constraint constraint) -> Constraint {
    constraint.validated = false;
    return constraint;
}

auto add_column(Column column) -> Operation {
    return AddColumn{kOrders, std::move(column)};
}
auto add_column_with_default(const std::string& text) -> Operation {
    return add_column(with_default(column("c", "timestamp with time zone"), text));
}
auto change_type(const std::string& from, const std::string& to, const std::string& name = "c") -> Operation {
    return AlterColumnType{kOrders, column(name, from), column(name, to)};
}
auto set_not_null(std::string proven_by = {}) -> Operation {
    return SetColumnNotNull{kOrders, column("email", "text"), column("email", "text", true), std::move(proven_by)};
}

auto orders_pkey() -> Constraint {
    return constraint("orders_pkey", ConstraintKind::PrimaryKey, "PRIMARY KEY (id)");
}
auto orders_email_key() -> Constraint {
    return constraint("orders_email_key", ConstraintKind::Unique, "UNIQUE (email)");
}
auto orders_qty_check() -> Constraint {
    return constraint("orders_qty_check", ConstraintKind::Check, "CHECK ((qty > 0))");
}
auto orders_customer_fkey() -> Constraint {
    return foreign_key("orders_customer_id_fkey", "customer_id", qname("customers"));
}
auto orders_during_excl() -> Constraint {
    return constraint("orders_during_excl", ConstraintKind::Exclude, "EXCLUDE USING gist (during WITH &&)");
}
auto orders_email_idx() -> Index {
    return index("orders_email_idx", "CREATE INDEX orders_email_idx ON public.orders USING btree (email)");
}

/// An object defined by SQL as the catalog queries (src/introspect/queries/objects.sql) spell it.
auto sql_object(ObjectKind kind, std::string id, std::string subject, std::optional<QualifiedName> table,
                std::string create) -> SchemaObject {
    SchemaObject object;
    object.kind = kind;
    object.id = std::move(id);
    object.subject = std::move(subject);
    object.table = std::move(table);
    object.create = std::move(create);
    return object;
}

auto order_totals_view() -> SchemaObject {
    return sql_object(ObjectKind::View, "view public.order_totals", "public.order_totals", std::nullopt,
                      "CREATE VIEW public.order_totals AS\n SELECT orders.id,\n    orders.qty\n   FROM orders");
}
auto order_counts_matview(bool with_data = true) -> SchemaObject {
    SchemaObject view = sql_object(
        ObjectKind::MaterializedView, "view public.order_counts", "public.order_counts", std::nullopt,
        std::string("CREATE MATERIALIZED VIEW public.order_counts AS\n SELECT count(*) AS count\n   FROM orders\n") +
            (with_data ? "WITH DATA" : "WITH NO DATA"));
    view.facts.no_data = !with_data;  // what pg_class.relispopulated says
    return view;
}
auto order_total_function() -> SchemaObject {
    return sql_object(ObjectKind::Function, "function public.order_total(integer)", "public.order_total(integer)",
                      std::nullopt, "CREATE OR REPLACE FUNCTION public.order_total(integer) RETURNS integer ...");
}
/// A policy FOR SELECT, PERMISSIVE or RESTRICTIVE (`kind`), with the fact objects.sql reads from pg_policy.
auto orders_policy(const std::string& name, const std::string& kind, const QualifiedName& table = kOrders)
    -> SchemaObject {
    SchemaObject policy =
        sql_object(ObjectKind::Policy, "policy " + table.sql() + "." + name, table.sql() + "." + name, table,
                   "CREATE POLICY " + name + " ON " + table.sql() + " AS " + kind +
                       " FOR SELECT TO PUBLIC USING ((owner = CURRENT_USER))");
    policy.facts.permissive_read = kind == "PERMISSIVE";
    return policy;
}
auto row_security() -> SchemaObject {
    return sql_object(ObjectKind::RowSecurity, "row-security public.orders", "public.orders", kOrders,
                      "ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY");
}
auto qty_positive() -> SchemaObject {
    return sql_object(ObjectKind::DomainConstraint, "domain-constraint public.qty.qty_positive",
                      "public.qty.qty_positive", std::nullopt,
                      "ALTER DOMAIN public.qty ADD CONSTRAINT qty_positive CHECK ((VALUE > 0))");
}
auto qty_not_null() -> SchemaObject {
    return sql_object(ObjectKind::DomainNotNull, "domain-not-null public.qty", "public.qty", std::nullopt,
                      "ALTER DOMAIN public.qty SET NOT NULL");
}
auto orders_2024_partition() -> SchemaObject {
    return sql_object(ObjectKind::Partition, "partition public.orders_2024", "public.orders_2024", kOrders,
                      "ALTER TABLE public.orders ATTACH PARTITION public.orders_2024 FOR VALUES FROM (2024) TO (2025)");
}

/// One operation and the rule it should fall under, with the rule's default class, in the default context.
struct Case {
    std::string name;
    Operation operation;
    const char* rule;
    Severity severity;
};

auto rule_cases() -> std::vector<Case> {
    Sequence seq = sequence("orders_n_seq");
    Sequence cached = seq;
    cached.options.cache = 20;
    Sequence owned = seq;
    owned.owned_by_table = kOrders;
    owned.owned_by_column = "n";
    EnumType mood{qname("mood"), {"ok", "sad"}, std::nullopt};
    EnumType happy{qname("mood"), {"ok"}, std::nullopt};
    Column generated = column("total", "numeric");
    generated.generated = Expression{"(qty * price)", {}};
    Column always = with_identity(column("id", "bigint", true), IdentityKind::Always);
    Column by_default = with_identity(column("id", "bigint", true), IdentityKind::ByDefault);
    Column restarted = always;
    restarted.identity_options.start = 1000;
    Column plain_id = column("id", "bigint", true);
    Column email = column("email", "text");
    std::vector<Case> cases = {
        {"CREATE SCHEMA", CreateSchema{{"app", std::nullopt}}, "schema-create", Severity::Safe},
        {"DROP SCHEMA", DropSchema{{"app", std::nullopt}}, "schema-drop", Severity::Careful},
        {"CREATE EXTENSION", CreateExtension{{"pgcrypto", "public", std::nullopt}}, "extension-create",
         Severity::Careful},
        {"DROP EXTENSION", DropExtension{{"pgcrypto", "public", std::nullopt}}, "extension-drop", Severity::Dangerous},
        {"CREATE TYPE AS ENUM", CreateEnum{mood}, "enum-create", Severity::Safe},
        {"DROP TYPE", DropEnum{mood}, "enum-drop-type", Severity::Safe},
        {"ADD VALUE", AddEnumValue{qname("mood"), "meh", {}, "ok"}, "enum-add-value", Severity::Safe},
        {"label removal", RebuildEnum{mood, happy, {EnumUse{kOrders, column("m", "mood")}}}, "enum-drop-value",
         Severity::Dangerous},
        {"CREATE SEQUENCE", CreateSequence{seq}, "sequence-create", Severity::Safe},
        {"DROP SEQUENCE", DropSequence{seq}, "sequence-drop", Severity::Dangerous},
        {"ALTER SEQUENCE", AlterSequence{seq, cached}, "sequence-alter-options", Severity::Safe},
        {"OWNED BY", SetSequenceOwner{seq, owned}, "sequence-owned-by", Severity::Safe},
        {"CREATE TABLE", CreateTable{table(kOrders, {plain_id})}, "table-create", Severity::Safe},
        {"DROP TABLE", DropTable{table(kOrders, {plain_id})}, "table-drop", Severity::Dangerous},
        {"SET LOGGED", SetTableLogged{kOrders, false}, "table-set-logged", Severity::Dangerous},
        {"SET UNLOGGED", SetTableLogged{kOrders, true}, "table-set-unlogged", Severity::Dangerous},
        {"ADD COLUMN", add_column(column("note", "text")), "column-add-nullable", Severity::Safe},
        {"ADD COLUMN DEFAULT 0", add_column(with_default(column("qty", "integer"), "0")),
         "column-add-default-nonvolatile", Severity::Safe},
        {"ADD COLUMN NOT NULL DEFAULT 0", add_column(with_default(column("qty", "integer", true), "0")),
         "column-add-notnull-with-default", Severity::Safe},
        {"ADD COLUMN NOT NULL", add_column(column("qty", "integer", true)), "column-add-notnull-no-default",
         Severity::Dangerous},
        {"ADD COLUMN DEFAULT gen_random_uuid()", add_column(with_default(column("u", "uuid"), "gen_random_uuid()")),
         "column-add-volatile-default", Severity::Dangerous},
        {"ADD COLUMN DEFAULT nextval",
         add_column(with_default(column("n", "bigint"), "nextval('orders_n_seq'::regclass)")), "column-add-serial",
         Severity::Dangerous},
        {"ADD COLUMN identity", add_column(always), "column-add-identity", Severity::Dangerous},
        {"ADD COLUMN generated", add_column(generated), "column-add-generated-stored", Severity::Dangerous},
        {"ADD COLUMN json", add_column(column("doc", "json")), "column-add-json", Severity::Careful},
        {"DROP COLUMN", DropColumn{kOrders, email}, "column-drop", Severity::Dangerous},
        {"TYPE integer -> bigint", change_type("integer", "bigint"), "type-change-rewrite", Severity::Dangerous},
        {"TYPE varchar(10) -> varchar(20)", change_type("character varying(10)", "character varying(20)"),
         "type-change-coercible", Severity::Safe},
        {"SET DEFAULT", SetColumnDefault{kOrders, email, with_default(email, "''::text")}, "default-set",
         Severity::Safe},
        {"DROP DEFAULT", SetColumnDefault{kOrders, with_default(email, "''::text"), email}, "default-drop",
         Severity::Careful},
        {"SET NOT NULL", set_not_null(), "notnull-set", Severity::Dangerous},
        {"DROP NOT NULL", SetColumnNotNull{kOrders, column("email", "text", true), email}, "notnull-drop",
         Severity::Careful},
        {"ADD GENERATED AS IDENTITY", AlterColumnIdentity{kOrders, plain_id, by_default},
         "identity-add-to-existing-column", Severity::Careful},
        {"DROP IDENTITY", AlterColumnIdentity{kOrders, always, plain_id}, "identity-drop", Severity::Dangerous},
        {"SET GENERATED ALWAYS", AlterColumnIdentity{kOrders, by_default, always}, "identity-set-generated",
         Severity::Careful},
        {"SET sequence option", AlterColumnIdentity{kOrders, always, restarted}, "identity-set-sequence-option",
         Severity::Safe},
        {"DROP EXPRESSION", DropColumnExpression{kOrders, generated, column("total", "numeric")},
         "generated-drop-expression", Severity::Careful},
        {"ADD PRIMARY KEY", AddConstraint{kOrders, orders_pkey()}, "pk-add", Severity::Dangerous},
        {"ADD PRIMARY KEY USING INDEX", AddConstraint{kOrders, orders_pkey(), "orders_pkey"}, "pk-add-using-index",
         Severity::Safe},
        {"ADD UNIQUE", AddConstraint{kOrders, orders_email_key()}, "unique-add", Severity::Dangerous},
        {"ADD UNIQUE USING INDEX", AddConstraint{kOrders, orders_email_key(), "orders_email_key"},
         "unique-add-using-index", Severity::Safe},
        {"ADD CHECK", AddConstraint{kOrders, orders_qty_check()}, "check-add", Severity::Dangerous},
        {"ADD CHECK NOT VALID", AddConstraint{kOrders, not_valid(orders_qty_check())}, "check-add-not-valid",
         Severity::Safe},
        {"ADD FOREIGN KEY", AddConstraint{kOrders, orders_customer_fkey()}, "fk-add", Severity::Dangerous},
        {"ADD FOREIGN KEY NOT VALID", AddConstraint{kOrders, not_valid(orders_customer_fkey())}, "fk-add-not-valid",
         Severity::Safe},
        {"ADD EXCLUDE", AddConstraint{kOrders, orders_during_excl()}, "exclusion-add", Severity::Dangerous},
        {"DROP primary key", DropConstraint{kOrders, orders_pkey()}, "pk-drop", Severity::Dangerous},
        {"DROP unique", DropConstraint{kOrders, orders_email_key()}, "unique-drop", Severity::Careful},
        {"DROP check", DropConstraint{kOrders, orders_qty_check()}, "check-drop", Severity::Careful},
        {"DROP foreign key", DropConstraint{kOrders, orders_customer_fkey()}, "fk-drop", Severity::Careful},
        {"DROP exclusion", DropConstraint{kOrders, orders_during_excl()}, "exclusion-drop", Severity::Careful},
        {"VALIDATE check", ValidateConstraint{kOrders, orders_qty_check()}, "check-validate", Severity::Safe},
        {"VALIDATE foreign key", ValidateConstraint{kOrders, orders_customer_fkey()}, "fk-validate", Severity::Safe},
        {"CREATE INDEX", CreateIndex{kOrders, orders_email_idx()}, "index-create", Severity::Dangerous},
        {"CREATE INDEX CONCURRENTLY", CreateIndex{kOrders, orders_email_idx(), true}, "index-create-concurrently",
         Severity::Safe},
        {"DROP INDEX", DropIndex{kOrders, orders_email_idx()}, "index-drop", Severity::Careful},
        {"DROP INDEX CONCURRENTLY", DropIndex{kOrders, orders_email_idx(), true}, "index-drop-concurrently",
         Severity::Safe},
        {"ALTER INDEX RENAME", RenameIndex{kOrders, "orders_email_idx_new", "orders_email_idx"}, "index-rename",
         Severity::Safe},
        {"COMMENT ON", SetComment{CommentTarget::Table, kOrders, {}, std::nullopt, "orders"}, "comment-set",
         Severity::Safe},
    };
    // Objects defined by SQL (object_rule): create, drop, drop to create again (rebuild) and replace in place.
    using K = ObjectKind;
    auto on = [](K kind, std::string id, std::string subject, std::optional<QualifiedName> table = std::nullopt) {
        return sql_object(kind, std::move(id), std::move(subject), std::move(table), "");
    };
    SchemaObject view = order_totals_view();
    SchemaObject wider_view = view;
    wider_view.create += ",\n    orders.price";
    SchemaObject matview = order_counts_matview();
    SchemaObject function = order_total_function();
    SchemaObject procedure = on(K::Procedure, "function public.archive_orders()", "public.archive_orders()");
    SchemaObject trigger = on(K::Trigger, "trigger public.orders.orders_touch", "public.orders.orders_touch", kOrders);
    SchemaObject policy = orders_policy("orders_own", "PERMISSIVE");
    SchemaObject force = on(K::ForceRowSecurity, "force-row-security public.orders", "public.orders", kOrders);
    SchemaObject domain = on(K::Domain, "type public.qty", "public.qty");
    SchemaObject composite = on(K::CompositeType, "type public.money_pair", "public.money_pair");
    SchemaObject range = on(K::RangeType, "type public.price_range", "public.price_range");
    SchemaObject domain_check_not_valid =
        on(K::DomainConstraint, "domain-constraint public.qty.positive", "public.qty.positive");
    domain_check_not_valid.create = "ALTER DOMAIN public.qty ADD CONSTRAINT positive CHECK (VALUE > 0) NOT VALID";
    domain_check_not_valid.facts.not_valid = true;
    SchemaObject widened = composite, narrowed = composite;
    widened.replace = "ALTER TYPE public.money_pair ADD ATTRIBUTE currency text";
    narrowed.replace = "ALTER TYPE public.money_pair DROP ATTRIBUTE currency";
    narrowed.facts.drops_attribute = true;
    SchemaObject collation = on(K::Collation, "collation public.nocase", "public.nocase");
    SchemaObject statistics = on(K::Statistics, "statistics public.orders_stats", "public.orders_stats", kOrders);
    SchemaObject view_default = on(K::ViewColumnDefault, "default public.order_counts.n", "public.order_counts.n",
                                   QualifiedName{"public", "order_counts"});
    SchemaObject event_trigger = on(K::EventTrigger, "event-trigger audit_ddl", "audit_ddl");
    SchemaObject inheritance =
        on(K::Inheritance, "inheritance public.orders_archive public.orders", "public.orders_archive", kOrders);
    SchemaObject grant = on(K::Grant, "grant TABLE public.orders app SELECT", "SELECT public.orders to app");
    std::vector<Case> objects = {
        {"RENAME TABLE", RenameTable{kOrders, qname("purchases")}, "table-rename", Severity::Dangerous},
        {"RENAME COLUMN", RenameColumn{kOrders, "email", "mail"}, "column-rename", Severity::Dangerous},
        {"RENAME CONSTRAINT", RenameConstraint{kOrders, "orders_pkey", "purchases_pkey"}, "constraint-rename",
         Severity::Safe},
        {"RENAME VIEW", RenameObject{view, "totals"}, "view-rename", Severity::Dangerous},
        {"RENAME FUNCTION", RenameObject{function, "total_of"}, "function-rename", Severity::Dangerous},
        {"CREATE VIEW", CreateObject{view}, "view-create", Severity::Safe},
        {"CREATE OR REPLACE VIEW", ReplaceObject{view, wider_view}, "view-replace", Severity::Safe},
        {"DROP VIEW to create it again", DropObject{view, true}, "view-recreate", Severity::Careful},
        {"DROP VIEW", DropObject{view}, "view-drop", Severity::Dangerous},
        {"CREATE MATERIALIZED VIEW", CreateObject{matview}, "matview-create", Severity::Careful},
        {"DROP MATERIALIZED VIEW to create it again", DropObject{matview, true}, "matview-change-definition",
         Severity::Dangerous},
        {"DROP MATERIALIZED VIEW", DropObject{matview}, "matview-drop", Severity::Dangerous},
        {"CREATE INDEX on a materialized view",
         CreateObject{on(K::MaterializedViewIndex, "index public.order_counts_idx", "public.order_counts_idx",
                         qname("order_counts"))},
         "matview-index-create", Severity::Safe},
        {"CREATE FUNCTION", CreateObject{function}, "function-create", Severity::Safe},
        {"CREATE OR REPLACE FUNCTION", ReplaceObject{function, function}, "function-replace", Severity::Careful},
        {"DROP FUNCTION to create it again", DropObject{function, true}, "function-signature-change",
         Severity::Dangerous},
        {"DROP FUNCTION", DropObject{function}, "function-drop", Severity::Dangerous},
        {"CREATE PROCEDURE", CreateObject{procedure}, "function-create", Severity::Safe},
        {"DROP PROCEDURE", DropObject{procedure}, "function-drop", Severity::Dangerous},
        {"CREATE TRIGGER", CreateObject{trigger}, "trigger-create", Severity::Careful},
        {"DROP TRIGGER", DropObject{trigger}, "trigger-drop", Severity::Careful},
        {"DISABLE TRIGGER",
         CreateObject{
             on(K::TriggerState, "trigger-state public.orders.orders_touch", "public.orders.orders_touch", kOrders)},
         "trigger-enable-disable", Severity::Careful},
        {"CREATE POLICY", CreateObject{policy}, "policy-create", Severity::Careful},
        {"ALTER POLICY", ReplaceObject{policy, policy}, "policy-alter", Severity::Careful},
        {"DROP POLICY", DropObject{policy}, "policy-drop", Severity::Careful},
        {"ENABLE ROW LEVEL SECURITY", CreateObject{row_security()}, "rls-enable", Severity::Dangerous},
        {"DISABLE ROW LEVEL SECURITY", DropObject{row_security()}, "rls-disable", Severity::Careful},
        {"FORCE ROW LEVEL SECURITY", CreateObject{force}, "rls-force", Severity::Careful},
        {"NO FORCE ROW LEVEL SECURITY", DropObject{force}, "rls-no-force", Severity::Careful},
        {"CREATE DOMAIN", CreateObject{domain}, "domain-create", Severity::Safe},
        {"DROP DOMAIN", DropObject{domain}, "domain-drop", Severity::Safe},
        {"ALTER DOMAIN SET DEFAULT", CreateObject{on(K::DomainDefault, "domain-default public.qty", "public.qty")},
         "domain-set-default", Severity::Safe},
        {"ALTER DOMAIN SET NOT NULL", CreateObject{qty_not_null()}, "domain-set-not-null", Severity::Dangerous},
        {"ALTER DOMAIN DROP NOT NULL", DropObject{qty_not_null()}, "domain-drop-not-null", Severity::Safe},
        {"ALTER DOMAIN ADD CONSTRAINT", CreateObject{qty_positive()}, "domain-add-constraint", Severity::Dangerous},
        {"ALTER DOMAIN DROP CONSTRAINT", DropObject{qty_positive()}, "domain-drop-constraint", Severity::Safe},
        {"CREATE TYPE AS (...)", CreateObject{composite}, "type-create", Severity::Safe},
        {"DROP TYPE (composite)", DropObject{composite}, "type-drop", Severity::Safe},
        {"ALTER DOMAIN ADD CONSTRAINT NOT VALID", CreateObject{domain_check_not_valid},
         "domain-add-constraint-not-valid", Severity::Safe},
        {"ALTER TYPE ADD ATTRIBUTE", ReplaceObject{composite, widened}, "type-add-attribute", Severity::Safe},
        {"ALTER TYPE DROP ATTRIBUTE", ReplaceObject{composite, narrowed}, "type-drop-attribute", Severity::Dangerous},
        {"CREATE TYPE AS RANGE", CreateObject{range}, "type-create", Severity::Safe},
        {"DROP TYPE (range)", DropObject{range}, "type-drop", Severity::Safe},
        {"CREATE COLLATION", CreateObject{collation}, "collation-create", Severity::Safe},
        {"DROP COLLATION", DropObject{collation}, "collation-drop", Severity::Safe},
        {"CREATE STATISTICS", CreateObject{statistics}, "statistics-create", Severity::Safe},
        {"DROP STATISTICS", DropObject{statistics}, "statistics-drop", Severity::Safe},
        {"ALTER STATISTICS SET STATISTICS", ReplaceObject{statistics, statistics}, "statistics-set-target",
         Severity::Safe},
        {"ALTER VIEW ... SET DEFAULT", CreateObject{view_default}, "view-set-default", Severity::Safe},
        {"ALTER VIEW ... DROP DEFAULT", DropObject{view_default}, "view-set-default", Severity::Safe},
        {"CREATE EVENT TRIGGER", CreateObject{event_trigger}, "event-trigger-create", Severity::Careful},
        {"DROP EVENT TRIGGER", DropObject{event_trigger}, "event-trigger-drop", Severity::Careful},
        {"ALTER EVENT TRIGGER DISABLE",
         CreateObject{on(K::EventTriggerState, "event-trigger-state audit_ddl", "audit_ddl")},
         "event-trigger-enable-disable", Severity::Careful},
        {"SET (fillfactor)",
         ReplaceObject{
             on(K::TableOption, "table-option public.orders.fillfactor", "public.orders (fillfactor)", kOrders),
             on(K::TableOption, "table-option public.orders.fillfactor", "public.orders (fillfactor)", kOrders)},
         "table-set-storage-params", Severity::Safe},
        {"SET STORAGE",
         CreateObject{on(K::ColumnStorage, "column-storage public.orders.email", "public.orders.email", kOrders)},
         "column-set-storage", Severity::Safe},
        {"SET COMPRESSION",
         CreateObject{
             on(K::ColumnCompression, "column-compression public.orders.email", "public.orders.email", kOrders)},
         "column-set-compression", Severity::Safe},
        {"SET STATISTICS",
         CreateObject{on(K::ColumnStatistics, "column-statistics public.orders.email", "public.orders.email", kOrders)},
         "column-set-statistics", Severity::Safe},
        {"ATTACH PARTITION", CreateObject{orders_2024_partition()}, "partition-attach", Severity::Careful},
        {"DETACH PARTITION", DropObject{orders_2024_partition()}, "partition-detach", Severity::Careful},
        {"INHERIT", CreateObject{inheritance}, "inheritance-add", Severity::Careful},
        {"NO INHERIT", DropObject{inheritance}, "inheritance-drop", Severity::Careful},
        {"GRANT", CreateObject{grant}, "grant", Severity::Careful},
        {"REVOKE", DropObject{grant}, "revoke", Severity::Careful},
        {"ALTER DEFAULT PRIVILEGES",
         CreateObject{
             on(K::DefaultPrivilege, "default-privilege app public TABLES app SELECT", "app: SELECT ON TABLES")},
         "default-privileges", Severity::Safe},
    };
    cases.insert(cases.end(), std::make_move_iterator(objects.begin()), std::make_move_iterator(objects.end()));
    return cases;
}

auto has_condition(const safety::Verdict& verdict, const std::string& text) -> bool {
    return std::any_of(verdict.conditions.begin(), verdict.conditions.end(),
                       [&](const std::string& condition) { return condition.find(text) != std::string::npos; });
}

}  // namespace

TEST_CASE("safety: each operation falls under its catalogue rule with the rule's class, lock and effect") {
    for (const auto& item : rule_cases()) {
        CAPTURE(item.name);
        safety::Verdict verdict = verdict_of(item.operation);
        CHECK(verdict.rule == item.rule);
        CHECK(verdict.severity == item.severity);
        const safety::Rule* rule = safety::find_rule(item.rule);
        REQUIRE(rule != nullptr);
        CHECK(verdict.severity == rule->severity);
        CHECK(verdict.lock == rule->lock);
        CHECK(verdict.effect == rule->effect);
        CHECK(verdict.reason.rfind(rule->reason, 0) == 0);
        CHECK(verdict.safe_alternative == rule->safe_alternative);
        CHECK(verdict.conditions.empty());
    }
}

TEST_CASE("safety: every catalogue rule except the exec-* envelope rules is reachable from an operation or a command") {
    std::set<std::string> reached;
    for (auto kind : {CommandKind::Reindex, CommandKind::Cluster, CommandKind::Vacuum, CommandKind::Truncate,
                      CommandKind::DropDatabase, CommandKind::LockTable, CommandKind::RefreshMaterializedView}) {
        for (bool variant : {false, true}) {  // CONCURRENTLY / FULL
            Command command{kind, {kOrders}};
            command.concurrently = command.full = variant;
            reached.insert(safety::classify_command(command, Context{}).rule);
        }
    }
    for (const auto& item : rule_cases()) reached.insert(verdict_of(item.operation).rule);
    Schema before = schema_of({table(kOrders, {column("email", "text")})});
    before.tables[0].indexes.push_back(orders_email_idx());
    reached.insert(
        verdict_of(AlterColumnType{kOrders, column("email", "text"), with_collation(column("email", "text"), "C")},
                   reading(before))
            .rule);
    Schema constrained;
    constrained.objects.push_back(
        SchemaObject{ObjectKind::DomainNotNull, "domain-not-null public.code", "public.code"});
    Context with_domain;
    with_domain.after = &constrained;
    reached.insert(verdict_of(AddColumn{kOrders, column("q", "code")}, with_domain).rule);
    std::set<std::string> catalogued;
    for (const auto& rule : safety::catalogue()) {
        // exec-*, ack-invalid and unclassified are about how a file runs, its acknowledgements and the statements
        // lint has no operation for: the check adds them, no operation is classified so
        if (rule.id.rfind("exec-", 0) != 0 && rule.id != "ack-invalid" && rule.id != "unclassified")
            catalogued.insert(std::string(rule.id));
    }
    std::set<std::string> unreached;
    std::set_difference(catalogued.begin(), catalogued.end(), reached.begin(), reached.end(),
                        std::inserter(unreached, unreached.end()));
    CHECK(unreached == std::set<std::string>{});
    CHECK(std::includes(catalogued.begin(), catalogued.end(), reached.begin(), reached.end()));
}

// ---- Column additions (§5.2, §7 PG 11) ----

TEST_CASE("safety: a non-volatile default rewrites the table below PostgreSQL 11 and is catalog-only from 11") {
    for (bool not_null : {false, true}) {
        CAPTURE(not_null);
        Operation add = add_column(with_default(column("qty", "integer", not_null), "0"));
        safety::Verdict below = verdict_of(add, on_version(109999));
        CHECK(below.rule == (not_null ? "column-add-notnull-with-default" : "column-add-default-nonvolatile"));
        CHECK(below.severity == Severity::Dangerous);
        CHECK(below.effect == Effect::Rewrite);
        CHECK(has_condition(below, "PostgreSQL < 11"));
        safety::Verdict at = verdict_of(add, on_version(110000));
        CHECK(at.rule == below.rule);
        CHECK(at.severity == Severity::Safe);
        CHECK(at.effect == Effect::CatalogOnly);
        CHECK(at.conditions.empty());
    }
}

TEST_CASE("safety: below PostgreSQL 11 a default on a new table is SAFE and on a small one CAREFUL") {
    Operation add = add_column(with_default(column("qty", "integer"), "0"));
    Context fresh = orders_new();
    fresh.server_version = 100000;
    CHECK(verdict_of(add, fresh).severity == Severity::Safe);
    Context small = orders_sized(10, 8192);
    small.server_version = 100000;
    CHECK(verdict_of(add, small).severity == Severity::Careful);
}

TEST_CASE("safety: a default calling nextval is column-add-serial, any other unknown function is volatile") {
    CHECK(verdict_of(add_column_with_default("nextval('orders_n_seq'::regclass)")).rule == "column-add-serial");
    CHECK(verdict_of(add_column_with_default("pg_catalog.nextval('public.orders_n_seq'::regclass)")).rule ==
          "column-add-serial");
    for (const std::string text : {"gen_random_uuid()", "clock_timestamp()", "random()", "public.next_order_number()",
                                   "lower((gen_random_uuid())::text)"}) {
        CAPTURE(text);
        safety::Verdict verdict = verdict_of(add_column_with_default(text));
        CHECK(verdict.rule == "column-add-volatile-default");
        CHECK(verdict.severity == Severity::Dangerous);
        CHECK(verdict.effect == Effect::Rewrite);
    }
    CHECK(verdict_of(add_column_with_default("gen_random_uuid()")).reason.find("gen_random_uuid()") !=
          std::string::npos);
}

TEST_CASE("safety: stable functions, constants and casts with type modifiers are non-volatile defaults") {
    for (const std::string text :
         {"now()", "NOW()", "pg_catalog.now()", "CURRENT_TIMESTAMP", "statement_timestamp()", "0",
          "'x'::character varying(10)", "'x'::character varying", "'0.00'::numeric(10,2)",
          "'2020-01-01 00:00:00'::timestamp(3) without time zone", "(now())::timestamp(3) with time zone",
          "'B'::bit(1)", "'f(x)'::text", "'it''s (not) a call'::text", "lower('ABC'::text)",
          "jsonb_build_object('a', 1)", "'{}'::jsonb", "ARRAY[]::integer[]"}) {
        CAPTURE(text);
        safety::Verdict verdict = verdict_of(add_column_with_default(text));
        CHECK(verdict.rule == "column-add-default-nonvolatile");
        CHECK(verdict.severity == Severity::Safe);
    }
}

TEST_CASE("safety: CURRENT_TIMESTAMP(3) and the other SQL time functions with a precision are non-volatile") {
    // pg_get_expr prints DEFAULT current_timestamp(3) as CURRENT_TIMESTAMP(3); PostgreSQL 15 stores it as a fast
    // default without rewriting (checked: relfilenode unchanged).
    for (const std::string text : {"CURRENT_TIMESTAMP(3)", "CURRENT_TIME(1)", "LOCALTIMESTAMP(3)", "LOCALTIME(2)"}) {
        CAPTURE(text);
        CHECK(verdict_of(add_column_with_default(text)).rule == "column-add-default-nonvolatile");
    }
}

TEST_CASE("safety: casts spelled as libpg_query deparses a declarative file are not function calls") {
    // The added column comes from the target schema, which a file declares: its defaults keep the deparser's type
    // names (PostgreSQL's own catalog spells them timestamp(3) with time zone, bit varying(3), character(3)).
    for (const std::string text : {"now()::timestamptz(3)", "now()::timetz(3)", "b'1'::varbit(3)", "'a'::bpchar(3)",
                                   "'x'::varchar(10)", "0::numeric(10, 2)", "current_timestamp(3)"}) {
        CAPTURE(text);
        CHECK(verdict_of(add_column_with_default(text)).rule == "column-add-default-nonvolatile");
    }
}

TEST_CASE("safety: rewriting column additions are SAFE on a new table and CAREFUL on a small one") {
    Column generated = column("total", "numeric");
    generated.generated = Expression{"(qty * price)", {}};
    std::vector<Operation> additions = {
        add_column(with_default(column("u", "uuid"), "gen_random_uuid()")),
        add_column(with_default(column("n", "bigint"), "nextval('orders_n_seq'::regclass)")),
        add_column(with_identity(column("id", "bigint", true), IdentityKind::ByDefault)), add_column(generated)};
    for (const auto& add : additions) {
        std::string rule = verdict_of(add).rule;
        CAPTURE(rule);
        safety::Verdict fresh = verdict_of(add, orders_new());
        CHECK(fresh.severity == Severity::Safe);
        CHECK(has_condition(fresh, "new table"));
        safety::Verdict small = verdict_of(add, orders_sized(120, 48 * 1024));
        CHECK(small.severity == Severity::Careful);
        CHECK(has_condition(small, "small table (48 kB, about 120 rows)"));
        CHECK(verdict_of(add, orders_sized(-1, 8192)).severity == Severity::Dangerous);
        CHECK(verdict_of(add, orders_sized(5'000'000, 41 * kGB)).severity == Severity::Dangerous);
    }
}

TEST_CASE("safety: NOT NULL without a default is SAFE on a new table only") {
    Operation add = add_column(column("qty", "integer", true));
    CHECK(verdict_of(add, orders_new()).severity == Severity::Safe);
    CHECK(verdict_of(add, orders_sized(5'000'000, 41 * kGB)).severity == Severity::Dangerous);
    CHECK(verdict_of(add_column(column("qty", "integer"))).rule == "column-add-nullable");
}

// Catalogue §5.2 column-add-notnull-no-default: "DANGEROUS (will fail / compat). SAFE if NEW/EMPTY" - a small table
// with rows still makes the statement fail, and the inserts of running code still break; SMALL (§2.2) only softens
// scan/rewrite rules. classify.cpp table_conditions() turns every non-catalog-only DANGEROUS rule CAREFUL on a small
// table, and this rule's effect is Scan.
TEST_CASE("safety: NOT NULL without a default stays DANGEROUS on a small table") {
    CHECK(verdict_of(add_column(column("qty", "integer", true)), orders_sized(120, 48 * 1024)).severity ==
          Severity::Dangerous);
}

TEST_CASE("safety: json columns are CAREFUL, jsonb and json defaults are not column-add-json") {
    CHECK(verdict_of(add_column(column("doc", "json"))).rule == "column-add-json");
    CHECK(verdict_of(add_column(column("docs", "json[]"))).rule == "column-add-json");
    CHECK(verdict_of(add_column(column("doc", "jsonb"))).rule == "column-add-nullable");
    CHECK(verdict_of(add_column(with_default(column("doc", "json"), "'{}'::json"))).rule ==
          "column-add-default-nonvolatile");
}

// Catalogue §5.2 column-drop: "DANGEROUS (data + compat). SAFE if NEW." classify.cpp calls table_conditions() for
// DropColumn with lock_rule = false, so a table created in the same plan does not change the class. A diff never
// drops a column of a table it creates, so this only matters to other callers of classify().
TEST_CASE("safety: DROP COLUMN on a table created in the same plan is SAFE") {
    CHECK(verdict_of(DropColumn{kOrders, column("email", "text")}, orders_new()).severity == Severity::Safe);
}

TEST_CASE("safety: DROP COLUMN stays DANGEROUS on a small table: the values are lost whatever the size") {
    CHECK(verdict_of(DropColumn{kOrders, column("email", "text")}, orders_sized(10, 8192)).severity ==
          Severity::Dangerous);
}

// ---- Type changes (§5.5, §6) ----

TEST_CASE("safety: the type-change matrix decides between coercible and rewrite") {
    struct Row {
        std::string from;
        std::string to;
        std::string rule;
    };
    const Row rows[] = {
        {"character varying(10)", "character varying(20)", "type-change-coercible"},
        {"character varying(10)", "character varying(10)", "type-change-coercible"},
        {"character varying(20)", "character varying(10)", "type-change-rewrite"},
        {"character varying(10)", "character varying", "type-change-coercible"},
        {"character varying(10)", "text", "type-change-coercible"},
        {"character varying", "text", "type-change-coercible"},
        {"text", "character varying", "type-change-coercible"},
        {"text", "character varying(5)", "type-change-rewrite"},
        {"numeric(10,2)", "numeric(12,2)", "type-change-coercible"},
        {"numeric(10,2)", "numeric", "type-change-coercible"},
        {"numeric(12,2)", "numeric(10,2)", "type-change-rewrite"},
        {"numeric(10,2)", "numeric(10,3)", "type-change-rewrite"},
        {"numeric(10,2)", "numeric(12,4)", "type-change-rewrite"},
        {"numeric", "numeric(10,2)", "type-change-rewrite"},
        {"timestamp(3) without time zone", "timestamp(6) without time zone", "type-change-coercible"},
        {"timestamp(3) without time zone", "timestamp without time zone", "type-change-coercible"},
        {"timestamp(6) without time zone", "timestamp(3) without time zone", "type-change-rewrite"},
        {"timestamp(3) with time zone", "timestamp(6) with time zone", "type-change-coercible"},
        {"time(3) without time zone", "time(6) without time zone", "type-change-coercible"},
        {"interval(3)", "interval(6)", "type-change-coercible"},
        {"bit varying(5)", "bit varying(10)", "type-change-coercible"},
        {"bit varying(10)", "bit varying(5)", "type-change-rewrite"},
        {"cidr", "inet", "type-change-coercible"},
        {"inet", "cidr", "type-change-rewrite"},
        {"integer", "bigint", "type-change-rewrite"},
        {"bigint", "integer", "type-change-rewrite"},
        {"smallint", "integer", "type-change-rewrite"},
        {"integer", "text", "type-change-rewrite"},
        {"text", "integer", "type-change-rewrite"},
        {"json", "jsonb", "type-change-rewrite"},
        {"character varying(10)[]", "text", "type-change-rewrite"},
        {"text", "citext", "type-change-coercible"},
        {"public.citext", "text", "type-change-coercible"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.from);
        CAPTURE(row.to);
        safety::Verdict verdict = verdict_of(change_type(row.from, row.to));
        CHECK(verdict.rule == row.rule);
        bool rewrite = row.rule == "type-change-rewrite";
        CHECK(verdict.severity == (rewrite ? Severity::Dangerous : Severity::Safe));
        CHECK(verdict.effect == (rewrite ? Effect::Rewrite : Effect::CatalogOnly));
        CHECK(verdict.lock == LockMode::AccessExclusive);
    }
}

TEST_CASE("safety: a type rewrite is SAFE on a new table and CAREFUL on a small one, never on unknown statistics") {
    Operation widen = change_type("integer", "bigint");
    CHECK(verdict_of(widen, orders_new()).severity == Severity::Safe);
    CHECK(verdict_of(widen, orders_sized(999, 10 * kMB - 1)).severity == Severity::Careful);
    CHECK(verdict_of(widen, orders_sized(-1, 8192)).severity == Severity::Dangerous);
    CHECK(verdict_of(widen, orders_sized(1000, 8192)).severity == Severity::Dangerous);
    CHECK(verdict_of(widen, orders_sized(10, 10 * kMB)).severity == Severity::Dangerous);
}

TEST_CASE("safety: a collation change rebuilds the column's indexes, and is coercible when none uses it") {
    Column email = column("email", "text");
    Operation recollate = AlterColumnType{kOrders, email, with_collation(email, "C")};
    Schema indexed = schema_of({table(kOrders, {email, column("note", "text")})});
    indexed.tables[0].indexes.push_back(orders_email_idx());
    safety::Verdict rebuild = verdict_of(recollate, reading(indexed));
    CHECK(rebuild.rule == "type-change-index-rebuild");
    CHECK(rebuild.severity == Severity::Dangerous);
    CHECK(rebuild.effect == Effect::IndexBuild);

    Schema keyed = schema_of({table(kOrders, {email}, {orders_email_key()})});
    CHECK(verdict_of(recollate, reading(keyed)).rule == "type-change-index-rebuild");

    Schema unindexed = schema_of({table(kOrders, {email})});
    CHECK(verdict_of(recollate, reading(unindexed)).rule == "type-change-coercible");
    CHECK(verdict_of(recollate, reading(unindexed)).severity == Severity::Safe);
    CHECK(verdict_of(AlterColumnType{kOrders, column("note", "text"), with_collation(column("note", "text"), "C")},
                     reading(indexed))
              .rule == "type-change-coercible");
    CHECK(verdict_of(recollate).rule == "type-change-coercible");  // no schema read: nothing known to be indexed
}

TEST_CASE("safety: an index rebuild is SAFE on a new table and CAREFUL on a small one") {
    Column email = column("email", "text");
    Schema indexed = schema_of({table(kOrders, {email})});
    indexed.tables[0].indexes.push_back(orders_email_idx());
    Operation recollate = AlterColumnType{kOrders, email, with_collation(email, "C")};
    Context fresh = orders_new();
    fresh.before = &indexed;
    CHECK(verdict_of(recollate, fresh).severity == Severity::Safe);
    Context small = orders_sized(10, 8192);
    small.before = &indexed;
    CHECK(verdict_of(recollate, small).severity == Severity::Careful);
}

TEST_CASE("safety: text <-> citext rebuilds the indexes on the column") {
    Schema indexed = schema_of({table(kOrders, {column("email", "text")})});
    indexed.tables[0].indexes.push_back(orders_email_idx());
    CHECK(verdict_of(change_type("text", "citext", "email"), reading(indexed)).rule == "type-change-index-rebuild");
    CHECK(verdict_of(change_type("public.citext", "text", "email"), reading(indexed)).rule ==
          "type-change-index-rebuild");
}

TEST_CASE("safety: a CHECK on the column makes a coercible type change DANGEROUS") {
    Schema checked = schema_of(
        {table(kOrders, {column("code", "character varying(10)")},
               {constraint("orders_code_check", ConstraintKind::Check, "CHECK ((length((code)::text) > 2))")})});
    Operation widen = change_type("character varying(10)", "character varying(20)", "code");
    safety::Verdict verdict = verdict_of(widen, reading(checked));
    CHECK(verdict.rule == "type-change-coercible");
    CHECK(verdict.severity == Severity::Dangerous);
    CHECK(verdict.effect == Effect::Scan);
    CHECK(has_condition(verdict, "CHECK"));

    Context small = orders_sized(10, 8192);
    small.before = &checked;
    CHECK(verdict_of(widen, small).severity == Severity::Careful);
    Context fresh = orders_new();
    fresh.before = &checked;
    CHECK(verdict_of(widen, fresh).severity == Severity::Safe);

    CHECK(
        verdict_of(change_type("character varying(10)", "character varying(20)", "other"), reading(checked)).severity ==
        Severity::Safe);
    CHECK(verdict_of(change_type("integer", "bigint", "code"), reading(checked)).rule == "type-change-rewrite");
}

TEST_CASE("safety: a foreign key on the column makes a coercible type change CAREFUL, in either direction") {
    Schema own =
        schema_of({table(kOrders, {column("customer_id", "character varying(10)")}, {orders_customer_fkey()})});
    safety::Verdict referencing =
        verdict_of(change_type("character varying(10)", "character varying(20)", "customer_id"), reading(own));
    CHECK(referencing.rule == "type-change-coercible");
    CHECK(referencing.severity == Severity::Careful);
    CHECK(has_condition(referencing, "foreign key"));

    Schema referenced = schema_of({table(kOrders, {column("id", "character varying(10)")}),
                                   table(qname("lines"), {column("order_id", "character varying(10)")},
                                         {foreign_key("lines_order_id_fkey", "order_id", kOrders)})});
    CHECK(
        verdict_of(change_type("character varying(10)", "character varying(20)", "id"), reading(referenced)).severity ==
        Severity::Careful);
    CHECK(verdict_of(change_type("character varying(10)", "character varying(20)", "note"), reading(referenced))
              .severity == Severity::Safe);
}

// Catalogue §6 footnote: CAREFUL "if the column participates in an FK". classify.cpp in_foreign_key()
// asks constrained_by(), which matches the column anywhere in the FK's definition, the referenced column list
// included: orders.id is not in "FOREIGN KEY (customer_id) REFERENCES public.customers(id)", but that text mentions
// id, so widening orders.id is reported CAREFUL.
TEST_CASE("safety: a foreign key's referenced column name does not make the table's own column part of it") {
    Schema before = schema_of({table(kOrders, {column("id", "character varying(10)"), column("customer_id", "integer")},
                                     {orders_customer_fkey()})});
    CHECK(verdict_of(change_type("character varying(10)", "character varying(20)", "id"), reading(before)).severity ==
          Severity::Safe);
}

// ---- Defaults and NOT NULL (§5.3, §5.4, §7 PG 12) ----

TEST_CASE("safety: DROP DEFAULT is CAREFUL, and DANGEROUS on a NOT NULL column") {
    Column nullable = with_default(column("qty", "integer"), "1");
    Column required = with_default(column("qty", "integer", true), "1");
    safety::Verdict careful = verdict_of(SetColumnDefault{kOrders, nullable, column("qty", "integer")});
    CHECK(careful.rule == "default-drop");
    CHECK(careful.severity == Severity::Careful);
    safety::Verdict dangerous = verdict_of(SetColumnDefault{kOrders, required, column("qty", "integer", true)});
    CHECK(dangerous.rule == "default-drop");
    CHECK(dangerous.severity == Severity::Dangerous);
    CHECK(has_condition(dangerous, "NOT NULL"));
    CHECK(verdict_of(SetColumnDefault{kOrders, column("qty", "integer", true), required}).severity == Severity::Safe);
}

TEST_CASE("safety: SET DEFAULT is SAFE whatever the default's volatility") {
    Column created = column("created", "timestamp with time zone");
    safety::Verdict verdict =
        verdict_of(SetColumnDefault{kOrders, created, with_default(created, "clock_timestamp()")});
    CHECK(verdict.rule == "default-set");
    CHECK(verdict.severity == Severity::Safe);
}

TEST_CASE("safety: SET NOT NULL scans, and a validated CHECK (col IS NOT NULL) skips the scan from PostgreSQL 12") {
    for (const std::string check : {"CHECK (email IS NOT NULL)", "CHECK ((email IS NOT NULL))"}) {
        CAPTURE(check);
        Schema proven = schema_of({table(kOrders, {column("email", "text")},
                                         {constraint("orders_email_not_null", ConstraintKind::Check, check)})});
        Context at = reading(proven);
        at.server_version = 120000;
        safety::Verdict safe = verdict_of(set_not_null(), at);
        CHECK(safe.rule == "notnull-set");
        CHECK(safe.severity == Severity::Safe);
        CHECK(safe.effect == Effect::CatalogOnly);
        Context below = reading(proven);
        below.server_version = 119999;
        safety::Verdict scan = verdict_of(set_not_null(), below);
        CHECK(scan.severity == Severity::Dangerous);
        CHECK(scan.effect == Effect::Scan);
    }
}

TEST_CASE("safety: a NOT VALID CHECK, or a CHECK on another column, does not prove NOT NULL") {
    Schema unvalidated = schema_of({table(
        kOrders, {column("email", "text")},
        {not_valid(constraint("orders_email_not_null", ConstraintKind::Check, "CHECK ((email IS NOT NULL))"))})});
    CHECK(verdict_of(set_not_null(), reading(unvalidated)).severity == Severity::Dangerous);
    Schema other =
        schema_of({table(kOrders, {column("email", "text")},
                         {constraint("orders_note_not_null", ConstraintKind::Check, "CHECK ((note IS NOT NULL))")})});
    CHECK(verdict_of(set_not_null(), reading(other)).severity == Severity::Dangerous);
    Schema wider = schema_of({table(kOrders, {column("email", "text")},
                                    {constraint("orders_email_check", ConstraintKind::Check,
                                                "CHECK (((email IS NOT NULL) AND (email <> ''::text)))")})});
    CHECK(verdict_of(set_not_null(), reading(wider)).severity == Severity::Dangerous);
}

TEST_CASE("safety: SET NOT NULL proven by the safe rewrite's CHECK is SAFE from PostgreSQL 12 only") {
    CHECK(verdict_of(set_not_null("orders_email_not_null"), on_version(120000)).severity == Severity::Safe);
    CHECK(verdict_of(set_not_null("orders_email_not_null"), on_version(119999)).severity == Severity::Dangerous);
}

TEST_CASE("safety: SET NOT NULL is SAFE on a new table and CAREFUL on a small one; DROP NOT NULL stays CAREFUL") {
    CHECK(verdict_of(set_not_null(), orders_new()).severity == Severity::Safe);
    CHECK(verdict_of(set_not_null(), orders_sized(10, 8192)).severity == Severity::Careful);
    CHECK(verdict_of(set_not_null(), orders_sized(-1, 8192)).severity == Severity::Dangerous);
    Operation drop = SetColumnNotNull{kOrders, column("email", "text", true), column("email", "text")};
    CHECK(verdict_of(drop, on_version(110000)).severity == Severity::Careful);
    CHECK(verdict_of(drop, orders_sized(5'000'000, 41 * kGB)).severity == Severity::Careful);
}

// ---- Identity and generated columns (§5.6) ----

TEST_CASE("safety: SET GENERATED is CAREFUL towards ALWAYS and SAFE towards BY DEFAULT") {
    Column always = with_identity(column("id", "bigint", true), IdentityKind::Always);
    Column by_default = with_identity(column("id", "bigint", true), IdentityKind::ByDefault);
    CHECK(verdict_of(AlterColumnIdentity{kOrders, by_default, always}).severity == Severity::Careful);
    safety::Verdict relaxed = verdict_of(AlterColumnIdentity{kOrders, always, by_default});
    CHECK(relaxed.rule == "identity-set-generated");
    CHECK(relaxed.severity == Severity::Safe);
    CHECK(has_condition(relaxed, "BY DEFAULT"));
}

// ---- Keys, CHECK, FOREIGN KEY, EXCLUDE (§5.7-§5.11) ----

TEST_CASE("safety: constraints that scan or build are SAFE on a new table, CAREFUL on a small one") {
    std::vector<Operation> adds = {AddConstraint{kOrders, orders_pkey()}, AddConstraint{kOrders, orders_email_key()},
                                   AddConstraint{kOrders, orders_qty_check()},
                                   AddConstraint{kOrders, orders_customer_fkey()},
                                   AddConstraint{kOrders, orders_during_excl()}};
    for (const auto& add : adds) {
        std::string rule = verdict_of(add).rule;
        CAPTURE(rule);
        CHECK(verdict_of(add).severity == Severity::Dangerous);
        CHECK(verdict_of(add, orders_new()).severity == Severity::Safe);
        CHECK(verdict_of(add, orders_sized(10, 8192)).severity == Severity::Careful);
        CHECK(verdict_of(add, orders_sized(-1, 0)).severity == Severity::Dangerous);
    }
}

TEST_CASE("safety: ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE, VALIDATE only SHARE UPDATE EXCLUSIVE") {
    CHECK(verdict_of(AddConstraint{kOrders, orders_customer_fkey()}).lock == LockMode::ShareRowExclusive);
    CHECK(verdict_of(AddConstraint{kOrders, not_valid(orders_customer_fkey())}).lock == LockMode::ShareRowExclusive);
    CHECK(verdict_of(ValidateConstraint{kOrders, orders_customer_fkey()}).lock == LockMode::ShareUpdateExclusive);
    CHECK(verdict_of(ValidateConstraint{kOrders, orders_qty_check()}).lock == LockMode::ShareUpdateExclusive);
}

TEST_CASE("safety: dropping a constraint is not softened by a small table") {
    CHECK(verdict_of(DropConstraint{kOrders, orders_pkey()}, orders_sized(10, 8192)).severity == Severity::Dangerous);
    CHECK(verdict_of(DropConstraint{kOrders, orders_customer_fkey()}, orders_sized(10, 8192)).severity ==
          Severity::Careful);
}

TEST_CASE("safety: PRIMARY KEY USING INDEX on NOT NULL columns is SAFE") {
    Schema before = schema_of({table(kOrders, {column("id", "bigint", true)})});
    CHECK(verdict_of(AddConstraint{kOrders, orders_pkey(), "orders_pkey"}, reading(before)).severity == Severity::Safe);
}

// ---- Indexes (§5.12, §7 PG 12 and 14.0-14.3) ----

TEST_CASE("safety: CREATE INDEX is SAFE on a new table, CAREFUL only when both size limits hold") {
    Operation create = CreateIndex{kOrders, orders_email_idx()};
    CHECK(verdict_of(create).lock == LockMode::Share);
    CHECK(verdict_of(create, orders_new()).severity == Severity::Safe);
    CHECK(verdict_of(create, orders_sized(999, 10 * kMB - 1)).severity == Severity::Careful);
    CHECK(verdict_of(create, orders_sized(1000, 8192)).severity == Severity::Dangerous);
    CHECK(verdict_of(create, orders_sized(0, 10 * kMB)).severity == Severity::Dangerous);
    CHECK(verdict_of(create, orders_sized(-1, 8192)).severity == Severity::Dangerous);
    Context other = orders_sized(10, 8192);
    other.sizes.clear();
    other.sizes[qname("customers")] = {10, 8192};
    CHECK(verdict_of(create, other).severity == Severity::Dangerous);
}

TEST_CASE("safety: the small-table thresholds come from the context") {
    Context strict = orders_sized(120, 48 * 1024);
    strict.thresholds.small_rows = 100;
    CHECK(verdict_of(CreateIndex{kOrders, orders_email_idx()}, strict).severity == Severity::Dangerous);
    strict.thresholds.small_rows = 1000;
    strict.thresholds.small_bytes = 32 * 1024;
    CHECK(verdict_of(CreateIndex{kOrders, orders_email_idx()}, strict).severity == Severity::Dangerous);
}

TEST_CASE("safety: a unique index built concurrently is CAREFUL") {
    Index unique =
        index("orders_email_key", "CREATE UNIQUE INDEX orders_email_key ON public.orders USING btree (email)");
    safety::Verdict verdict = verdict_of(CreateIndex{kOrders, unique, true});
    CHECK(verdict.rule == "index-create-concurrently");
    CHECK(verdict.severity == Severity::Careful);
    CHECK(has_condition(verdict, "unique"));
    CHECK(verdict_of(CreateIndex{kOrders, orders_email_idx(), true}).severity == Severity::Safe);
}

TEST_CASE("safety: CREATE INDEX CONCURRENTLY is DANGEROUS on PostgreSQL 14.0 to 14.3 and SAFE from 14.4") {
    Operation build = CreateIndex{kOrders, orders_email_idx(), true};
    CHECK(verdict_of(build, on_version(139999)).severity == Severity::Safe);
    CHECK(verdict_of(build, on_version(140000)).severity == Severity::Dangerous);
    CHECK(verdict_of(build, on_version(140003)).severity == Severity::Dangerous);
    CHECK(has_condition(verdict_of(build, on_version(140003)), "14.0-14.3"));
    CHECK(verdict_of(build, on_version(140004)).severity == Severity::Safe);
    Index unique =
        index("orders_email_key", "CREATE UNIQUE INDEX orders_email_key ON public.orders USING btree (email)");
    CHECK(verdict_of(CreateIndex{kOrders, unique, true}, on_version(140003)).severity == Severity::Dangerous);
    CHECK(verdict_of(CreateIndex{kOrders, unique, true}, on_version(140004)).severity == Severity::Careful);
}

TEST_CASE("safety: DROP INDEX is SAFE on a new or small table, CAREFUL on unknown statistics") {
    Operation drop = DropIndex{kOrders, orders_email_idx()};
    CHECK(verdict_of(drop, orders_new()).severity == Severity::Safe);
    CHECK(verdict_of(drop, orders_sized(10, 8192)).severity == Severity::Safe);
    CHECK(verdict_of(drop, orders_sized(-1, 8192)).severity == Severity::Careful);
    CHECK(verdict_of(drop, orders_sized(5'000'000, 41 * kGB)).severity == Severity::Careful);
}

TEST_CASE("safety: renaming an index takes ACCESS EXCLUSIVE below PostgreSQL 12 and stays SAFE") {
    Operation rename = RenameIndex{kOrders, "orders_email_idx_new", "orders_email_idx"};
    safety::Verdict below = verdict_of(rename, on_version(119999));
    CHECK(below.severity == Severity::Safe);
    CHECK(below.lock == LockMode::AccessExclusive);
    CHECK(has_condition(below, "PostgreSQL < 12"));
    safety::Verdict at = verdict_of(rename, on_version(120000));
    CHECK(at.lock == LockMode::ShareUpdateExclusive);
    CHECK(at.conditions.empty());
}

// ---- Tables, enums, sequences (§5.1, §5.15, §5.20) ----

TEST_CASE("safety: SET LOGGED / UNLOGGED is SAFE on a new table and CAREFUL on a small one") {
    for (bool unlogged : {false, true}) {
        CAPTURE(unlogged);
        CHECK(verdict_of(SetTableLogged{kOrders, unlogged}, orders_new()).severity == Severity::Safe);
        CHECK(verdict_of(SetTableLogged{kOrders, unlogged}, orders_sized(10, 8192)).severity == Severity::Careful);
    }
}

TEST_CASE("safety: ADD VALUE is CAREFUL below PostgreSQL 12 and SAFE from 12") {
    Operation add = AddEnumValue{qname("mood"), "meh", {}, "ok"};
    safety::Verdict below = verdict_of(add, on_version(119999));
    CHECK(below.rule == "enum-add-value");
    CHECK(below.severity == Severity::Careful);
    CHECK(has_condition(below, "transaction block"));
    CHECK(verdict_of(add, on_version(120000)).severity == Severity::Safe);
}

TEST_CASE("safety: removing enum labels is SAFE when no column or only new tables use the type") {
    EnumType from{qname("mood"), {"ok", "sad"}, std::nullopt};
    EnumType to{qname("mood"), {"ok"}, std::nullopt};
    safety::Verdict unused = verdict_of(RebuildEnum{from, to, {}});
    CHECK(unused.severity == Severity::Safe);
    CHECK(unused.effect == Effect::CatalogOnly);
    std::vector<EnumUse> uses = {{kOrders, column("m", "mood")}, {qname("lines"), column("m", "mood")}};
    safety::Verdict used = verdict_of(RebuildEnum{from, to, uses});
    CHECK(used.severity == Severity::Dangerous);
    CHECK(used.lock_note == "ACCESS EXCLUSIVE on public.orders, public.lines");
    Context fresh;
    fresh.new_tables = {kOrders, qname("lines")};
    CHECK(verdict_of(RebuildEnum{from, to, uses}, fresh).severity == Severity::Safe);
    CHECK(verdict_of(RebuildEnum{from, to, uses}, orders_new()).severity == Severity::Dangerous);
}

TEST_CASE("safety: DROP SEQUENCE is DANGEROUS while a default uses it and CAREFUL otherwise") {
    Operation drop = DropSequence{sequence("orders_n_seq")};
    Schema used =
        schema_of({table(kOrders, {with_default(column("n", "bigint"), "nextval('orders_n_seq'::regclass)")})});
    CHECK(verdict_of(drop, reading(used)).severity == Severity::Dangerous);
    Schema unused =
        schema_of({table(kOrders, {with_default(column("n", "bigint"), "nextval('orders_n_seq2'::regclass)"),
                                   with_default(column("label", "text"), "'orders_n_seq'::text")})});
    // A schema read without the sequence (lint without --db) cannot tell: assumed in use, and said so.
    safety::Verdict unknown = verdict_of(drop, reading(unused));
    CHECK(unknown.severity == Severity::Dangerous);
    CHECK(has_condition(unknown, "assumed in use"));
    unused.sequences.push_back(sequence("orders_n_seq"));
    safety::Verdict careful = verdict_of(drop, reading(unused));
    CHECK(careful.rule == "sequence-drop");
    CHECK(careful.severity == Severity::Careful);
    CHECK(has_condition(careful, "no column default"));
    CHECK(verdict_of(drop).severity == Severity::Dangerous);  // no schema read: assume it is used
}

TEST_CASE("safety: ALTER SEQUENCE is CAREFUL when the range narrows") {
    Sequence wide = sequence("orders_n_seq");
    Sequence lower_max = wide;
    lower_max.options.max_value = 1'000'000;
    Sequence higher_min = wide;
    higher_min.options.min_value = 100;
    Sequence integer = sequence("orders_n_seq", default_sequence_options("integer"));
    for (const auto& narrowed : {lower_max, higher_min, integer}) {
        safety::Verdict verdict = verdict_of(AlterSequence{wide, narrowed});
        CHECK(verdict.rule == "sequence-alter-options");
        CHECK(verdict.severity == Severity::Careful);
        CHECK(has_condition(verdict, "narrows"));
    }
    CHECK(verdict_of(AlterSequence{integer, wide}).severity == Severity::Safe);
    CHECK(verdict_of(AlterSequence{lower_max, wide}).severity == Severity::Safe);
    Sequence faster = wide;
    faster.options.increment = 10;
    CHECK(verdict_of(AlterSequence{wide, faster}).severity == Severity::Safe);
}

// ---- Objects defined by SQL (§5.16-5.24): the conditions object_verdict applies ----

TEST_CASE("safety: an object on a table created in the same plan is SAFE, on an existing table it keeps its class") {
    SchemaObject trigger = sql_object(ObjectKind::Trigger, "trigger public.orders.orders_touch",
                                      "public.orders.orders_touch", kOrders, "CREATE TRIGGER orders_touch ...");
    Context other_new;
    other_new.new_tables = {qname("customers")};
    const std::vector<std::pair<Operation, Severity>> operations = {
        {CreateObject{trigger}, Severity::Careful},
        {DropObject{trigger}, Severity::Careful},
        {CreateObject{orders_policy("orders_own", "PERMISSIVE")}, Severity::Careful},
        {CreateObject{row_security()}, Severity::Dangerous},
        {DropObject{row_security()}, Severity::Careful},
    };
    for (const auto& [operation, severity] : operations) {
        CAPTURE(model::subject(operation));
        safety::Verdict existing = verdict_of(operation);
        CHECK(existing.severity == severity);
        CHECK(existing.conditions.empty());
        CHECK(verdict_of(operation, other_new).severity == severity);
        safety::Verdict fresh = verdict_of(operation, orders_new());
        CHECK(fresh.rule == existing.rule);
        CHECK(fresh.severity == Severity::Safe);
        CHECK(has_condition(fresh, "new table"));
    }
    // An object that belongs to no table is not softened by a new table.
    CHECK(verdict_of(DropObject{order_totals_view()}, orders_new()).severity == Severity::Dangerous);
}

TEST_CASE("safety: a materialized view created WITH NO DATA is SAFE, WITH DATA CAREFUL") {
    safety::Verdict with_data = verdict_of(CreateObject{order_counts_matview(true)});
    CHECK(with_data.rule == "matview-create");
    CHECK(with_data.severity == Severity::Careful);
    CHECK(with_data.conditions.empty());
    safety::Verdict no_data = verdict_of(CreateObject{order_counts_matview(false)});
    CHECK(no_data.rule == "matview-create");
    CHECK(no_data.severity == Severity::Safe);
    CHECK(has_condition(no_data, "WITH NO DATA"));
    // Dropping one to create it again blocks its readers whatever the new one's data.
    safety::Verdict rebuilt = verdict_of(DropObject{order_counts_matview(false), true});
    CHECK(rebuilt.rule == "matview-change-definition");
    CHECK(rebuilt.severity == Severity::Dangerous);
}

TEST_CASE("safety: DROP FUNCTION is CAREFUL when nothing in the schema depends on it, DANGEROUS otherwise") {
    SchemaObject function = order_total_function();
    Schema unused;
    unused.objects.push_back(function);
    unused.dependencies["view public.order_totals"] = {"table public.orders", "function public.order_total(bigint)"};
    safety::Verdict free = verdict_of(DropObject{function}, reading(unused));
    CHECK(free.rule == "function-drop");
    CHECK(free.severity == Severity::Careful);
    CHECK(has_condition(free, "nothing in the schema uses it"));
    Schema used = unused;
    used.dependencies["trigger public.orders.orders_total"] = {"function public.order_total(integer)"};
    safety::Verdict depended = verdict_of(DropObject{function}, reading(used));
    CHECK(depended.severity == Severity::Dangerous);
    CHECK(depended.conditions.empty());
    // Without the schema it started from, or with one that does not have the function (lint mode without --db),
    // the classifier cannot tell: DANGEROUS.
    CHECK(verdict_of(DropObject{function}).severity == Severity::Dangerous);
    Schema empty;
    CHECK(verdict_of(DropObject{function}, reading(empty)).severity == Severity::Dangerous);
    // A signature change breaks callers outside the schema whether or not anything in it depends on the function.
    safety::Verdict signature = verdict_of(DropObject{function, true}, reading(unused));
    CHECK(signature.rule == "function-signature-change");
    CHECK(signature.severity == Severity::Dangerous);
}

TEST_CASE("safety: ENABLE ROW LEVEL SECURITY is CAREFUL when the target schema has a permissive policy on the table") {
    auto with_policies = [](std::vector<SchemaObject> policies) {
        Schema after;
        after.objects = std::move(policies);
        return after;
    };
    auto enabling = [](const Schema& after) {
        Context context;
        context.after = &after;
        return verdict_of(CreateObject{row_security()}, context);
    };
    Schema permissive = with_policies({orders_policy("orders_own", "PERMISSIVE")});
    safety::Verdict covered = enabling(permissive);
    CHECK(covered.rule == "rls-enable");
    CHECK(covered.severity == Severity::Careful);
    CHECK(has_condition(covered, "permissive policy"));
    // A restrictive policy alone grants nothing, and a policy of another table (even one whose name starts with
    // the table's) does not cover this one: every role but the owner sees no rows.
    // A permissive policy for INSERT only lets nobody read: as good as none.
    SchemaObject insert_only = orders_policy("orders_insert", "PERMISSIVE");
    insert_only.create.replace(insert_only.create.find(" FOR SELECT "), 12, " FOR INSERT ");
    insert_only.facts.permissive_read = false;
    Schema inserting = with_policies({insert_only});
    Schema restrictive = with_policies({orders_policy("orders_own", "RESTRICTIVE")});
    Schema elsewhere = with_policies({orders_policy("archive_own", "PERMISSIVE", qname("orders_archive"))});
    Schema none;
    for (const Schema* after : {&inserting, &restrictive, &elsewhere, &none}) {
        safety::Verdict verdict = enabling(*after);
        CHECK(verdict.severity == Severity::Dangerous);
        CHECK(verdict.conditions.empty());
    }
    CHECK(verdict_of(CreateObject{row_security()}).severity == Severity::Dangerous);
}

// The rules read model::ObjectFacts, set where an object is read (a catalog column, a parse tree, the differ), never
// the SQL text: a change in how pg_get_constraintdef or the deparser spells a statement cannot move a verdict. Each
// object below says one thing in its text and the opposite in its fact; the fact wins.
TEST_CASE("safety: object rules follow the typed facts, not the SQL text") {
    SUBCASE("domain constraint: NOT VALID") {
        SchemaObject unchecked = qty_positive();  // the text has no NOT VALID
        unchecked.facts.not_valid = true;
        CHECK(verdict_of(CreateObject{unchecked}).rule == "domain-add-constraint-not-valid");
        SchemaObject checked = qty_positive();
        checked.create += " NOT VALID";  // the text says NOT VALID, the catalog's convalidated says otherwise
        CHECK(verdict_of(CreateObject{checked}).rule == "domain-add-constraint");
    }
    SUBCASE("composite type: DROP ATTRIBUTE") {
        SchemaObject composite = sql_object(ObjectKind::CompositeType, "type public.money_pair", "public.money_pair",
                                            std::nullopt, "CREATE TYPE public.money_pair AS (amount numeric)");
        SchemaObject dropping = composite;
        dropping.replace = "ALTER TYPE public.money_pair ADD ATTRIBUTE currency text";
        dropping.facts.drops_attribute = true;
        CHECK(verdict_of(ReplaceObject{composite, dropping}).rule == "type-drop-attribute");
        CHECK(safety::down_loss(ReplaceObject{composite, dropping}) == safety::DownLoss::Lossy);
        SchemaObject adding = composite;
        adding.replace = "ALTER TYPE public.money_pair DROP ATTRIBUTE currency";
        CHECK(verdict_of(ReplaceObject{composite, adding}).rule == "type-add-attribute");
        CHECK(safety::down_loss(ReplaceObject{composite, adding}) == safety::DownLoss::Lossless);
    }
    SUBCASE("grant: an atom revoked from the default is created by REVOKE, dropped by GRANT") {
        SchemaObject revoked = sql_object(ObjectKind::Grant, "revoke FUNCTION public.f() PUBLIC EXECUTE",
                                          "EXECUTE public.f() revoked from PUBLIC", std::nullopt,
                                          "GRANT EXECUTE ON FUNCTION public.f() TO PUBLIC");
        revoked.facts.revoked = true;
        CHECK(verdict_of(CreateObject{revoked}).rule == "revoke");
        CHECK(verdict_of(DropObject{revoked}).rule == "grant");
        SchemaObject granted = revoked;
        granted.create = "REVOKE EXECUTE ON FUNCTION public.f() FROM PUBLIC";
        granted.facts.revoked = false;
        CHECK(verdict_of(CreateObject{granted}).rule == "grant");
        CHECK(verdict_of(DropObject{granted}).rule == "revoke");
    }
    SUBCASE("materialized view: WITH NO DATA") {
        SchemaObject unpopulated = order_counts_matview(true);  // the text says WITH DATA
        unpopulated.facts.no_data = true;
        CHECK(verdict_of(CreateObject{unpopulated}).severity == Severity::Safe);
        SchemaObject populated = order_counts_matview(false);
        populated.facts.no_data = false;
        CHECK(verdict_of(CreateObject{populated}).severity != Severity::Safe);
        // The one function that changes it changes text and fact together.
        model::set_populated(unpopulated, false);
        CHECK(unpopulated.create.ends_with("\nWITH NO DATA"));  // ends in WITH DATA: nothing to change
        SchemaObject filled = order_counts_matview(false);
        model::set_populated(filled, true);
        CHECK(filled.create.ends_with("\nWITH DATA"));
        CHECK_FALSE(filled.facts.no_data);
    }
    SUBCASE("policy: permissive for reading") {
        auto enabling = [](SchemaObject policy) {
            Schema after;
            after.objects = {std::move(policy)};
            Context context;
            context.after = &after;
            return verdict_of(CreateObject{row_security()}, context).severity;
        };
        SchemaObject reads = orders_policy("orders_own", "RESTRICTIVE");
        reads.create.replace(reads.create.find(" FOR SELECT "), 12, " FOR INSERT ");
        reads.facts.permissive_read = true;
        CHECK(enabling(reads) == Severity::Careful);
        SchemaObject writes = orders_policy("orders_own", "PERMISSIVE");
        writes.facts.permissive_read = false;
        CHECK(enabling(writes) == Severity::Dangerous);
    }
}

TEST_CASE("safety: ALTER DOMAIN ADD CONSTRAINT and SET NOT NULL are SAFE when no column uses the domain") {
    for (const SchemaObject& change : {qty_positive(), qty_not_null()}) {
        CAPTURE(change.id);
        Schema unused = schema_of({table(kOrders, {column("qty", "integer"), column("n", "qty_other")})});
        // A schema read without the domain (lint without --db) cannot tell: assumed in use, and said so.
        safety::Verdict unknown = verdict_of(CreateObject{change}, reading(unused));
        CHECK(unknown.severity == Severity::Dangerous);
        CHECK(has_condition(unknown, "assumed in use"));
        SchemaObject domain = sql_object(ObjectKind::Domain, "type public.qty", "public.qty", std::nullopt,
                                         "CREATE DOMAIN public.qty AS integer");
        Context created = reading(unused);
        Schema after;
        after.objects.push_back(domain);
        created.after = &after;  // created by this migration: new tables use it at most
        CHECK(has_condition(verdict_of(CreateObject{change}, created), "the domain is new"));
        unused.objects.push_back(domain);
        safety::Verdict free = verdict_of(CreateObject{change}, reading(unused));
        CHECK(free.severity == Severity::Safe);
        CHECK(has_condition(free, "no column uses the domain"));
        for (const std::string type : {"qty", "public.qty", "qty[]"}) {
            CAPTURE(type);
            Schema used = schema_of({table(kOrders, {column("qty", type)})});
            used.objects.push_back(domain);
            safety::Verdict verdict = verdict_of(CreateObject{change}, reading(used));
            CHECK(verdict.severity == Severity::Dangerous);
            CHECK(verdict.conditions.empty());
        }
        // Without the schema it started from, the domain may be in use.
        CHECK(verdict_of(CreateObject{change}).severity == Severity::Dangerous);
    }
}

TEST_CASE("safety: ATTACH PARTITION is SAFE when the partition is created in the same plan") {
    Context partition_new;
    partition_new.new_tables = {qname("orders_2024")};
    safety::Verdict fresh = verdict_of(CreateObject{orders_2024_partition()}, partition_new);
    CHECK(fresh.rule == "partition-attach");
    CHECK(fresh.severity == Severity::Safe);
    CHECK(has_condition(fresh, "the partition is new"));
    Context another_new;
    another_new.new_tables = {qname("orders_2025")};
    CHECK(verdict_of(CreateObject{orders_2024_partition()}, another_new).severity == Severity::Careful);
}

// ---- Lock notes ----

TEST_CASE("safety: the lock note names the lock, the table and its size as pg_size_pretty prints it") {
    safety::Verdict big = verdict_of(change_type("integer", "bigint"), orders_sized(500'000'000, 41 * kGB));
    CHECK(big.lock_note == "ACCESS EXCLUSIVE on public.orders (41 GB, about 500000000 rows)");
    safety::Verdict unknown = verdict_of(CreateIndex{kOrders, orders_email_idx()}, orders_sized(-1, 8192));
    CHECK(unknown.lock_note == "SHARE on public.orders (8192 bytes, never analysed)");
    CHECK(verdict_of(DropColumn{kOrders, column("email", "text")}).lock_note == "ACCESS EXCLUSIVE on public.orders");
    CHECK(verdict_of(CreateSchema{{"app", std::nullopt}}).lock_note.empty());
}

TEST_CASE(
    "safety: ADD COLUMN of a domain with constraints rewrites the table; ALTER DOMAIN ADD CONSTRAINT NOT VALID is "
    "SAFE") {
    Schema after;
    after.objects.push_back(sql_object(ObjectKind::DomainConstraint, "domain-constraint public.posint.positive",
                                       "public.posint.positive", std::nullopt,
                                       "ALTER DOMAIN public.posint ADD CONSTRAINT positive CHECK (VALUE > 0)"));
    after.objects.push_back(sql_object(ObjectKind::DomainNotNull, "domain-not-null public.code", "public.code",
                                       std::nullopt, "ALTER DOMAIN public.code SET NOT NULL"));
    Context context;
    context.after = &after;
    for (const char* type : {"posint", "public.posint", "code"}) {
        Column column;
        column.name = "q";
        column.type = type;
        safety::Verdict verdict = verdict_of(AddColumn{kOrders, column}, context);
        CHECK(verdict.rule == "column-add-domain-with-constraint");
        CHECK(verdict.severity == Severity::Dangerous);
        CHECK(verdict.effect == safety::Effect::Rewrite);
    }
    Column plain;
    plain.name = "q";
    plain.type = "plain_domain";
    CHECK(verdict_of(AddColumn{kOrders, plain}, context).rule == "column-add-nullable");

    SchemaObject not_valid = after.objects.front();
    not_valid.create += " NOT VALID";
    not_valid.facts.not_valid = true;
    safety::Verdict unchecked = verdict_of(CreateObject{not_valid}, context);
    CHECK(unchecked.rule == "domain-add-constraint-not-valid");
    CHECK(unchecked.severity == Severity::Safe);
    CHECK(verdict_of(CreateObject{after.objects.front()}).rule == "domain-add-constraint");
}

TEST_CASE("safety: attaching an existing table to a new parent is not exempt as new; a new child is") {
    SchemaObject partition =
        sql_object(ObjectKind::Partition, "partition public.orders_2024 public.orders", "public.orders_2024", kOrders,
                   "ALTER TABLE public.orders ATTACH PARTITION ...");
    Context new_parent;
    new_parent.new_tables.insert(kOrders);
    CHECK(verdict_of(CreateObject{partition}, new_parent).severity != Severity::Safe);
    Context new_child;
    new_child.new_tables.insert(qname("orders_2024"));
    CHECK(verdict_of(CreateObject{partition}, new_child).severity == Severity::Safe);
}

/// An id of `kind`'s shape naming public.x (or a member of it).
auto some_id(const KindTraits& kind) -> std::string {
    model::QualifiedName x{"public", "x"};
    switch (kind.id_shape) {
        case IdShape::Name:
            return ObjectId::of(kind.kind, x).str();
        case IdShape::Member:
            return ObjectId::of(kind.kind, x, "m").str();
        case IdShape::Option:
            return ObjectId::of(kind.kind, x, "fillfactor").str();
        case IdShape::Routine:
            return ObjectId::routine(kind.kind, x, "integer").str();
        case IdShape::Single:
            return ObjectId::single(kind.kind, "x").str();
        case IdShape::Pair:
            return ObjectId::pair(kind.kind, x, {"public", "parent"}).str();
        case IdShape::Nested:
            return ObjectId::comment_on(ObjectId::table(x)).str();
        case IdShape::Opaque:
            return kind.kind == ObjectKind::Grant ? ObjectId::grant(false, "SELECT ON public.x TO PUBLIC").str()
                                                  : ObjectId::opaque(kind.kind, "SELECT ON TABLES TO PUBLIC").str();
    }
    return "";
}

// Adding a kind to object_kinds.def: the compiler names object_rule's missing case; this names a rule it returns that
// the catalogue does not have.
TEST_CASE("safety: every object kind created, dropped and replaced gets a rule of the catalogue") {
    for (const KindTraits& each : kObjectKinds) {
        CAPTURE(each.name);
        SchemaObject object = sql_object(each.kind, some_id(each), "public.x", kOrders, "SQL");
        // Without facts, then with every fact set (the rules reached through one: NOT VALID, DROP ATTRIBUTE, ...).
        for (bool facts : {false, true}) {
            object.facts = {facts, facts, facts, facts, facts, facts};
            for (const Operation& operation : {Operation{CreateObject{object}}, Operation{DropObject{object}},
                                               Operation{ReplaceObject{object, object}}}) {
                safety::Verdict verdict = verdict_of(operation);
                CAPTURE(verdict.rule);
                CHECK(safety::find_rule(verdict.rule) != nullptr);
            }
        }
    }
}

// ---- Commands of migration files (issue 17) ----

TEST_CASE("safety: commands get the lock they take and the class their conditions allow") {
    Command lock{CommandKind::LockTable, {kOrders}};
    lock.lock_mode = 1;  // ACCESS SHARE
    safety::Verdict shared = safety::classify_command(lock, Context{});
    CHECK(shared.rule == "table-lock");
    CHECK(shared.lock == safety::LockMode::AccessShare);
    CHECK(shared.severity == safety::Severity::Careful);
    lock.lock_mode = 5;  // SHARE blocks writes
    CHECK(safety::classify_command(lock, Context{}).severity == safety::Severity::Dangerous);

    Command reindex{CommandKind::Reindex, {kOrders}};
    reindex.concurrently = true;
    CHECK(safety::classify_command(reindex, Context{}).severity == safety::Severity::Safe);
    CHECK(safety::classify_command(reindex, on_version(110000)).severity == safety::Severity::Dangerous);
    CHECK(safety::classify_command(reindex, on_version(140002)).severity == safety::Severity::Dangerous);

    Command truncate{CommandKind::Truncate, {kOrders}};
    Context fresh;
    fresh.new_tables = {kOrders};
    CHECK(safety::classify_command(truncate, fresh).severity == safety::Severity::Safe);
    truncate.cascade = true;  // empties the tables that reference it as well, new or not
    CHECK(safety::classify_command(truncate, fresh).severity == safety::Severity::Dangerous);

    Command vacuum{CommandKind::Vacuum, {kOrders}};
    CHECK(safety::classify_command(vacuum, Context{}).rule == "table-vacuum");
    vacuum.full = true;
    CHECK(safety::classify_command(vacuum, Context{}).rule == "table-vacuum-full");
}
