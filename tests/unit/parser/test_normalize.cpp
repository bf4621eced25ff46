#include <doctest/doctest.h>

#include "schemadiff/parser/parse.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;
using model::ConstraintKind;

// The keys are built from texts as either side writes them: the parser's deparsed SQL or the catalog's
// pg_get_expr / pg_get_constraintdef / pg_get_indexdef output. Each helper normalises a one-object schema.
namespace {
auto normalized_table(model::Table table) -> model::Table {
    model::Schema schema;
    schema.tables.push_back(std::move(table));
    parser::normalize(schema);
    return schema.tables[0];
}

auto default_key(const std::string& text) -> std::string {
    model::Column with_default = column("c", "integer");
    with_default.default_value = model::Expression{text, {}};
    return normalized_table(table(qname("t"), {with_default})).columns[0].default_value->key;
}

auto check_key(const std::string& definition) -> std::string {
    return normalized_table(table(qname("t"), {}, {constraint("c", ConstraintKind::Check, definition)}))
        .constraints[0]
        .definition.key;
}

auto index_key(const std::string& definition) -> std::string {
    model::Table indexed = table(qname("t"), {});
    indexed.indexes.push_back({"i", {definition, {}}, {}});
    return normalized_table(indexed).indexes[0].definition.key;
}

/// No operation either way between the models of two declarative texts.
auto same_model(const std::string& a, const std::string& b) -> bool {
    return diff_sql(a, b).empty() && diff_sql(b, a).empty();
}
}  // namespace

TEST_CASE("parser: parentheses and layout do not change a default's key") {
    CHECK(default_key("0") == default_key("(0)"));
    CHECK(default_key("(1 + 2)") == default_key("1+2"));
    CHECK_FALSE(default_key("0") == default_key("1"));
}

TEST_CASE("parser: a cast on a constant is dropped, and constants compare by their text") {
    CHECK(default_key("'a'::text") == default_key("'a'"));
    CHECK(default_key("'-1'::integer") == default_key("-1"));
    CHECK(default_key("1") == default_key("'1'"));
    CHECK(default_key("true") == default_key("'true'::boolean"));
    CHECK_FALSE(default_key("'a'::text") == default_key("'b'::text"));
}

TEST_CASE("parser: nextval on public.s is nextval on s") {
    CHECK(default_key("nextval('public.s'::regclass)") == default_key("nextval('s'::regclass)"));
    CHECK_FALSE(default_key("nextval('app.s'::regclass)") == default_key("nextval('s'::regclass)"));
}

TEST_CASE("parser: pg_catalog and public qualifiers on functions are dropped") {
    CHECK(default_key("pg_catalog.now()") == default_key("now()"));
    CHECK(default_key("public.gen_id()") == default_key("gen_id()"));
    CHECK_FALSE(default_key("app.gen_id()") == default_key("gen_id()"));
}

TEST_CASE("parser: the catalog's implicit casts on columns do not change a check") {
    CHECK(check_key("CHECK (((email)::text <> ''::text))") == check_key("CHECK (email <> '')"));
}

TEST_CASE("parser: IN, BETWEEN and nested AND are spelled the catalog's way") {
    CHECK(check_key("CHECK ((status = ANY (ARRAY['a'::text, 'b'::text])))") ==
          check_key("CHECK (status IN ('a', 'b'))"));
    CHECK(check_key("CHECK ((status <> ALL (ARRAY['a'::text, 'b'::text])))") ==
          check_key("CHECK (status NOT IN ('a', 'b'))"));
    CHECK(check_key("CHECK (((x >= 1) AND (x <= 10)))") == check_key("CHECK (x BETWEEN 1 AND 10)"));
    CHECK(check_key("CHECK (a > 0 AND (b > 0 AND c > 0))") == check_key("CHECK ((((a > 0) AND (b > 0)) AND (c > 0)))"));
    CHECK_FALSE(check_key("CHECK (x BETWEEN 1 AND 10)") == check_key("CHECK (x BETWEEN 1 AND 11)"));
}

TEST_CASE("parser: a one-element IN list is the plain comparison the catalog prints") {
    // PostgreSQL 15 stores CHECK (status IN ('a')) as CHECK ((status = 'a'::text)): transformAExprIn makes an
    // array only for two or more elements.
    CHECK(check_key("CHECK ((status = 'a'::text))") == check_key("CHECK (status IN ('a'))"));
    CHECK(check_key("CHECK ((status <> 'a'::text))") == check_key("CHECK (status NOT IN ('a'))"));
}

TEST_CASE("parser: an index's name, ASC, default NULLS placement and btree are implicit") {
    std::string catalog = index_key("CREATE INDEX t_a_idx ON public.t USING btree (a)");
    CHECK(index_key("CREATE INDEX other ON t (a ASC NULLS LAST)") == catalog);
    CHECK(index_key("CREATE INDEX i ON t (a DESC NULLS FIRST)") ==
          index_key("CREATE INDEX i ON public.t USING btree (a DESC)"));
    CHECK_FALSE(index_key("CREATE INDEX i ON t (a DESC)") == catalog);
}

TEST_CASE("parser: a default operator class is implicit, a chosen one is kept") {
    std::string plain = index_key("CREATE INDEX i ON public.t USING btree (c)");
    CHECK(index_key("CREATE INDEX i ON t (c text_ops)") == plain);
    CHECK_FALSE(index_key("CREATE INDEX i ON t (c text_pattern_ops)") == plain);
}

TEST_CASE("parser: numeric storage parameters equal the catalog's quoted ones") {
    CHECK(index_key("CREATE INDEX i ON t (a) WITH (fillfactor=70)") ==
          index_key("CREATE INDEX i ON public.t USING btree (a) WITH (fillfactor='70')"));
}

TEST_CASE("parser: text that does not parse is keyed by the text itself") {
    CHECK_FALSE(default_key("(((").empty());
    CHECK(default_key("(((") == default_key("((("));
    CHECK_FALSE(default_key("(((") == default_key("( ((("));
}

TEST_CASE("parser: spellings that mean the same give equal models") {
    CHECK(same_model("CREATE TABLE t (a int4 DEFAULT 0, b text DEFAULT 'a'::text);",
                     "CREATE TABLE t (a integer DEFAULT (0), b text DEFAULT 'a');"));
    CHECK(same_model("CREATE TABLE t (a int CHECK (a BETWEEN 1 AND 9));",
                     "CREATE TABLE t (a int CONSTRAINT t_a_check CHECK ((a >= 1) AND (a <= 9)));"));
    CHECK_FALSE(same_model("CREATE TABLE t (a int DEFAULT 0);", "CREATE TABLE t (a int DEFAULT 1);"));
    CHECK_FALSE(same_model("CREATE TABLE t (a int4);", "CREATE TABLE t (a int8);"));
}
