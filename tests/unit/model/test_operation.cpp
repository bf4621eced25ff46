#include <doctest/doctest.h>

#include "schemadiff/model/operation.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;
using namespace schemadiff::model;

TEST_CASE("model: kind_name is the snake_case name of the operation") {
    CHECK(kind_name(CreateSchema{{"app", {}}}) == "create_schema");
    CHECK(kind_name(AddEnumValue{qname("mood"), "meh", {}, {}}) == "add_enum_value");
    CHECK(kind_name(AddColumn{qname("t"), column("a", "text")}) == "add_column");
    CHECK(kind_name(AlterColumnType{qname("t"), column("a", "text"), column("a", "integer")}) == "alter_column_type");
    CHECK(kind_name(CreateIndex{qname("t"), {"t_a_idx", {}, {}}}) == "create_index");
    CHECK(kind_name(SetComment{}) == "set_comment");
}

TEST_CASE("model: a column operation's subject is table.column, quoted as SQL") {
    QualifiedName users{"public", "Users"};
    CHECK(subject(AddColumn{users, column("E-mail", "text")}) == "public.\"Users\".\"E-mail\"");
    CHECK(subject(DropColumn{qname("t"), column("user", "text")}) == "public.t.\"user\"");
}

TEST_CASE("model: a column change is reported under the target column's name") {
    CHECK(subject(AlterColumnType{qname("t"), column("a", "text"), column("a", "integer")}) == "public.t.a");
    CHECK(subject(SetColumnNotNull{qname("t", "app"), column("b", "text"), column("b", "text", true)}) == "app.t.b");
}

TEST_CASE("model: index subjects are qualified with the table's schema") {
    CHECK(subject(CreateIndex{qname("users", "app"), {"users_email_idx", {}, {}}}) == "app.users_email_idx");
    CHECK(subject(DropIndex{qname("users"), {"Email Idx", {}, {}}}) == "public.\"Email Idx\"");
}

TEST_CASE("model: constraint subjects are table.constraint") {
    CHECK(subject(AddConstraint{qname("t"), constraint("t_pkey", ConstraintKind::PrimaryKey, "PRIMARY KEY (a)")}) ==
          "public.t.t_pkey");
    CHECK(subject(ValidateConstraint{qname("t"), foreign_key("t_a_fkey", "a", qname("p"))}) == "public.t.t_a_fkey");
}

TEST_CASE("model: an enum value's subject is the type and the label as a literal") {
    CHECK(subject(AddEnumValue{qname("mood"), "it's", {}, {}}) == "public.mood 'it''s'");
}

TEST_CASE("model: schema and extension subjects are the bare name") {
    CHECK(subject(CreateSchema{{"My App", {}}}) == "\"My App\"");
    CHECK(subject(DropExtension{{"pg_trgm", "public", {}}}) == "pg_trgm");
}

TEST_CASE("model: a comment's subject names the member when there is one") {
    CHECK(subject(SetComment{CommentTarget::Column, qname("t"), "a", std::nullopt, "x"}) == "public.t.a");
    CHECK(subject(SetComment{CommentTarget::Table, qname("t"), "", std::nullopt, "x"}) == "public.t");
}
