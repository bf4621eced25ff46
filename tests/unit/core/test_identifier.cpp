#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "schemadiff/core/identifier.hpp"

using namespace schemadiff;

TEST_CASE("core: plain lower-case names are not quoted") {
    CHECK(quote_ident("users") == "users");
    CHECK(quote_ident("order_items2") == "order_items2");
}

TEST_CASE("core: names PostgreSQL would quote are quoted") {
    CHECK(quote_ident("UserAccounts") == "\"UserAccounts\"");
    CHECK(quote_ident("order items") == "\"order items\"");
    CHECK(quote_ident("we\"ird") == "\"we\"\"ird\"");
    CHECK(quote_ident("1abc") == "\"1abc\"");
    CHECK(quote_ident("user") == "\"user\"");      // reserved
    CHECK(quote_ident("select") == "\"select\"");  // reserved
    CHECK(quote_ident("integer") == "\"integer\"");  // column-name keyword
    CHECK(quote_ident("name") == "name");          // unreserved keyword
}

TEST_CASE("core: literals double their quotes") {
    CHECK(quote_literal("it's") == "'it''s'");
    CHECK(quote_literal("a\\b") == "'a\\b'");
}
