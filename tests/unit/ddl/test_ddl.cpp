#include <doctest/doctest.h>

#include "schemadiff/ddl/ddl.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;
using namespace schemadiff::model;

TEST_CASE("ddl: ADD COLUMN spells the whole column definition in PostgreSQL's order") {
    Column email = with_default(column("email", "character varying(255)", true), "''::character varying");
    email.collation = "C";
    CHECK(ddl::to_sql(AddColumn{qname("users"), email}) ==
          Strings{"ALTER TABLE public.users ADD COLUMN email character varying(255) COLLATE \"C\" DEFAULT "
                  "''::character varying NOT NULL"});
}

TEST_CASE("ddl: names that need quotes are quoted in every position") {
    QualifiedName order{"My Schema", "Order"};
    CHECK(ddl::to_sql(DropColumn{order, column("user", "text")}) ==
          Strings{"ALTER TABLE \"My Schema\".\"Order\" DROP COLUMN \"user\""});
    CHECK(ddl::to_sql(DropConstraint{order, constraint("Order Key", ConstraintKind::Unique, "UNIQUE (id)")}) ==
          Strings{"ALTER TABLE \"My Schema\".\"Order\" DROP CONSTRAINT \"Order Key\""});
    CHECK(ddl::to_sql(DropIndex{order, {"Order_idx", {}, {}}}) == Strings{"DROP INDEX \"My Schema\".\"Order_idx\""});
    CHECK(ddl::to_sql(CreateSchema{{"My Schema", {}}}) == Strings{"CREATE SCHEMA \"My Schema\""});
}

TEST_CASE("ddl: CREATE TABLE lists the columns, then the named constraints") {
    Table orders = table(qname("orders"), {column("id", "bigint", true), with_default(column("qty", "integer"), "1")},
                         {constraint("orders_pkey", ConstraintKind::PrimaryKey, "PRIMARY KEY (id)")});
    orders.unlogged = true;
    CHECK(ddl::to_sql(CreateTable{orders}) == Strings{"CREATE UNLOGGED TABLE public.orders (\n"
                                                      "    id bigint NOT NULL,\n"
                                                      "    qty integer DEFAULT 1,\n"
                                                      "    CONSTRAINT orders_pkey PRIMARY KEY (id)\n"
                                                      ")"});
}

TEST_CASE("ddl: a type change converts with USING only when the type itself changes") {
    CHECK(ddl::to_sql(AlterColumnType{qname("t"), column("n", "text"), column("n", "integer")}) ==
          Strings{"ALTER TABLE public.t ALTER COLUMN n TYPE integer USING n::integer"});
    // A modifier-only change must keep PostgreSQL's no-rewrite path.
    CHECK(ddl::to_sql(AlterColumnType{qname("t"), column("s", "character varying(20)"),
                                      column("s", "character varying(50)")}) ==
          Strings{"ALTER TABLE public.t ALTER COLUMN s TYPE character varying(50)"});
}

TEST_CASE("ddl: ADD VALUE is idempotent and placed next to its neighbour") {
    CHECK(ddl::to_sql(AddEnumValue{qname("mood"), "meh", {}, "ok"}) ==
          Strings{"ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'ok'"});
    CHECK(ddl::to_sql(AddEnumValue{qname("mood"), "it's", "ok", {}}) ==
          Strings{"ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'it''s' BEFORE 'ok'"});
}

TEST_CASE("ddl: an enum rebuild renames the old type, converts each column through text and drops the old type") {
    EnumType from{qname("mood"), {"ok", "meh"}, std::nullopt};
    EnumType to{qname("mood"), {"ok"}, std::nullopt};
    RebuildEnum rebuild{
        from,
        to,
        {{qname("t"), with_default(column("m", "mood"), "'ok'::mood")}, {qname("t"), column("ms", "mood[]")}}};
    CHECK(ddl::to_sql(rebuild) ==
          Strings{"ALTER TYPE public.mood RENAME TO mood__schemadiff_old", "CREATE TYPE public.mood AS ENUM ('ok')",
                  "ALTER TABLE public.t ALTER COLUMN m DROP DEFAULT",
                  "ALTER TABLE public.t ALTER COLUMN m TYPE public.mood USING m::text::public.mood",
                  "ALTER TABLE public.t ALTER COLUMN m SET DEFAULT 'ok'::mood",
                  "ALTER TABLE public.t ALTER COLUMN ms TYPE public.mood[] USING ms::text[]::public.mood[]",
                  "DROP TYPE public.mood__schemadiff_old"});
}

TEST_CASE("ddl: a NOT VALID constraint is added NOT VALID and validated by name") {
    Constraint fkey = foreign_key("orders_user_fkey", "user_id", qname("users"));
    fkey.validated = false;
    CHECK(ddl::to_sql(AddConstraint{qname("orders"), fkey}) ==
          Strings{"ALTER TABLE public.orders ADD CONSTRAINT orders_user_fkey FOREIGN KEY (user_id) REFERENCES "
                  "public.users(id) NOT VALID"});
    CHECK(ddl::to_sql(ValidateConstraint{qname("orders"), fkey}) ==
          Strings{"ALTER TABLE public.orders VALIDATE CONSTRAINT orders_user_fkey"});
}

TEST_CASE("ddl: SET DEFAULT, DROP DEFAULT, SET / DROP NOT NULL follow the target column") {
    Column plain = column("a", "integer");
    CHECK(ddl::to_sql(SetColumnDefault{qname("t"), plain, with_default(plain, "42")}) ==
          Strings{"ALTER TABLE public.t ALTER COLUMN a SET DEFAULT 42"});
    CHECK(ddl::to_sql(SetColumnDefault{qname("t"), with_default(plain, "42"), plain}) ==
          Strings{"ALTER TABLE public.t ALTER COLUMN a DROP DEFAULT"});
    CHECK(ddl::to_sql(SetColumnNotNull{qname("t"), plain, column("a", "integer", true)}) ==
          Strings{"ALTER TABLE public.t ALTER COLUMN a SET NOT NULL"});
    CHECK(ddl::to_sql(SetColumnNotNull{qname("t"), column("a", "integer", true), plain}) ==
          Strings{"ALTER TABLE public.t ALTER COLUMN a DROP NOT NULL"});
}

TEST_CASE("ddl: an identity column prints only the options that differ from its type's defaults") {
    Column id = column("id", "integer", true);
    id.identity = IdentityKind::Always;
    id.identity_options = default_sequence_options("integer");
    CHECK(ddl::column_definition(id) == "id integer GENERATED ALWAYS AS IDENTITY NOT NULL");
    id.identity_options.start = 100;
    id.identity_options.cache = 20;
    CHECK(ddl::column_definition(id) == "id integer GENERATED ALWAYS AS IDENTITY (START WITH 100 CACHE 20) NOT NULL");
}

TEST_CASE("ddl: CREATE SEQUENCE prints the type and options only when they are not the defaults") {
    CHECK(ddl::to_sql(CreateSequence{{qname("s"), default_sequence_options("bigint"), {}, {}, {}}}) ==
          Strings{"CREATE SEQUENCE public.s"});
    CHECK(ddl::to_sql(CreateSequence{{qname("s"), default_sequence_options("integer"), {}, {}, {}}}) ==
          Strings{"CREATE SEQUENCE public.s AS integer"});
    CHECK(ddl::to_sql(CreateSequence{{qname("s"), default_sequence_options("bigint", -1), {}, {}, {}}}) ==
          Strings{"CREATE SEQUENCE public.s INCREMENT BY -1"});
}

TEST_CASE("ddl: ALTER SEQUENCE lists the changed options, and nothing when none changed") {
    Sequence from{qname("s"), default_sequence_options("bigint"), {}, {}, {}};
    Sequence to = from;
    CHECK(ddl::to_sql(AlterSequence{from, to}).empty());
    to.options.increment = 10;
    to.options.cycle = true;
    CHECK(ddl::to_sql(AlterSequence{from, to}) == Strings{"ALTER SEQUENCE public.s INCREMENT BY 10 CYCLE"});
    Sequence owned = from;
    owned.owned_by_table = qname("Orders");
    owned.owned_by_column = "id";
    CHECK(ddl::to_sql(SetSequenceOwner{from, owned}) ==
          Strings{"ALTER SEQUENCE public.s OWNED BY public.\"Orders\".id"});
    CHECK(ddl::to_sql(SetSequenceOwner{owned, from}) == Strings{"ALTER SEQUENCE public.s OWNED BY NONE"});
}

TEST_CASE("ddl: comments quote their text and IS NULL removes one") {
    CHECK(ddl::to_sql(SetComment{CommentTarget::Column, qname("t"), "Name", std::nullopt, "it's"}) ==
          Strings{"COMMENT ON COLUMN public.t.\"Name\" IS 'it''s'"});
    CHECK(ddl::to_sql(SetComment{CommentTarget::Constraint, qname("t"), "t_pkey", "old", std::nullopt}) ==
          Strings{"COMMENT ON CONSTRAINT t_pkey ON public.t IS NULL"});
    CHECK(ddl::to_sql(SetComment{CommentTarget::Index, qname("t_a_idx", "app"), "", std::nullopt, "x"}) ==
          Strings{"COMMENT ON INDEX app.t_a_idx IS 'x'"});
}

TEST_CASE("ddl: CREATE EXTENSION names its schema unless it is public") {
    CHECK(ddl::to_sql(CreateExtension{{"pg_trgm", "public", {}}}) == Strings{"CREATE EXTENSION IF NOT EXISTS pg_trgm"});
    CHECK(ddl::to_sql(CreateExtension{{"pg_trgm", "Ext", {}}}) ==
          Strings{"CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA \"Ext\""});
}

TEST_CASE("ddl: a composite type changed in place is one ALTER TYPE, drops before adds; other objects use `replace`") {
    SchemaObject pair;
    pair.kind = ObjectKind::CompositeType;
    pair.id = "type public.pair";
    pair.subject = "public.pair";
    pair.create = "CREATE TYPE public.pair AS (a integer, b text)";
    SchemaObject now = pair;
    now.replace = "not used";
    CHECK(ddl::to_sql(ReplaceObject{pair, now, {{"b", "\"C\""}, {"d numeric(10,2)", "\"E\" text COLLATE \"C\""}}}) ==
          Strings{"ALTER TYPE public.pair DROP ATTRIBUTE b, DROP ATTRIBUTE \"C\", ADD ATTRIBUTE d numeric(10,2), "
                  "ADD ATTRIBUTE \"E\" text COLLATE \"C\""});
    CHECK(ddl::to_sql(ReplaceObject{pair, now}) == Strings{"not used"});
}

TEST_CASE("ddl: objects read from a database are framed from their parts, names quoted by ddl") {
    Schema schema;
    SchemaObject policy;
    policy.kind = ObjectKind::Policy;
    policy.id = ObjectId::of(ObjectKind::Policy, {"app", "Order"}, "own rows").str();
    policy.parts = {{"permissive", "false"}, {"command", "r"}, {"roles", "PUBLIC"}, {"using", "owner = CURRENT_USER"}};
    SchemaObject comment;
    comment.kind = ObjectKind::Comment;
    comment.id = ObjectId::comment_on(ObjectId::of(ObjectKind::DomainConstraint, {"app", "qty"}, "qty_check")).str();
    comment.parts = {{"description", "it's positive"}};
    SchemaObject state;
    state.kind = ObjectKind::TriggerState;
    state.id = ObjectId::of(ObjectKind::TriggerState, {"app", "t"}, "audit").str();
    state.parts = {{"enabled", "D"}};
    schema.objects = {policy, comment, state};
    ddl::frame_objects(schema);
    CHECK(
        schema.objects[0].create ==
        "CREATE POLICY \"own rows\" ON app.\"Order\" AS RESTRICTIVE FOR SELECT TO PUBLIC USING (owner = CURRENT_USER)");
    CHECK(schema.objects[0].drop == "DROP POLICY \"own rows\" ON app.\"Order\"");
    CHECK(schema.objects[0].replace ==
          "ALTER POLICY \"own rows\" ON app.\"Order\" TO PUBLIC USING (owner = CURRENT_USER)");
    CHECK(schema.objects[1].create == "COMMENT ON CONSTRAINT qty_check ON DOMAIN app.qty IS 'it''s positive'");
    CHECK(schema.objects[1].drop == "COMMENT ON CONSTRAINT qty_check ON DOMAIN app.qty IS NULL");
    CHECK(schema.objects[2].create == "ALTER TABLE app.t DISABLE TRIGGER audit");
    CHECK(schema.objects[2].drop == "ALTER TABLE app.t ENABLE TRIGGER audit");

    // A part the query did not return is a bug named by the object and the part, never an empty statement.
    Schema broken;
    SchemaObject view;
    view.kind = ObjectKind::View;
    view.id = ObjectId::of(ObjectKind::View, {"app", "v"}).str();
    broken.objects = {view};
    CHECK_THROWS_WITH(ddl::frame_objects(broken), doctest::Contains("view app.v has no part \"query\""));
}
