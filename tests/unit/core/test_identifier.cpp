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
    CHECK(quote_ident("user") == "\"user\"");        // reserved
    CHECK(quote_ident("select") == "\"select\"");    // reserved
    CHECK(quote_ident("integer") == "\"integer\"");  // column-name keyword
    CHECK(quote_ident("name") == "name");            // unreserved keyword
}

TEST_CASE("core: a name with line breaks, */, $$, quotes or non-ASCII letters is quoted and kept byte for byte") {
    CHECK(quote_ident("z\nDROP TABLE IF EXISTS public.victim; --") == "\"z\nDROP TABLE IF EXISTS public.victim; --\"");
    CHECK(quote_ident("r\rx") == "\"r\rx\"");
    CHECK(quote_ident("a */ $$ 'b' \"c\"") == "\"a */ $$ 'b' \"\"c\"\"\"");
    CHECK(quote_ident("caf\u00e9") == "\"caf\u00e9\"");
    CHECK(quote_ident("\u2028\u0085") == "\"\u2028\u0085\"");
}

TEST_CASE("core: literals double their quotes") {
    CHECK(quote_literal("it's") == "'it''s'");
    CHECK(quote_literal("caf\u00e9 $$ */ \"q\"") == "'caf\u00e9 $$ */ \"q\"'");
}

TEST_CASE("core: a literal with a backslash is an E'' literal, read the same whatever standard_conforming_strings") {
    CHECK(quote_literal("a\\b") == "E'a\\\\b'");
    CHECK(quote_literal("x\\'; DROP TABLE victim; --") == "E'x\\\\''; DROP TABLE victim; --'");
}
