#include <doctest/doctest.h>

#include "schemadiff/core/error.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;

TEST_CASE("core: an error's text starts with file:line:col when its position is known") {
    Error located(ErrorKind::Parse, "bad token", SourceLocation{"a.sql", 3, 7});
    CHECK(std::string(located.what()) == "a.sql:3:7: bad token");
    CHECK(located.message() == "bad token");
    CHECK(located.kind() == ErrorKind::Parse);
    REQUIRE(located.where().has_value());
    CHECK(located.where()->line == 3);
}

TEST_CASE("core: a position without column or line prints what it has") {
    CHECK(std::string(Error(ErrorKind::Io, "x", SourceLocation{"a.sql", 3, 0}).what()) == "a.sql:3: x");
    CHECK(std::string(Error(ErrorKind::Io, "x", SourceLocation{"a.sql", 0, 0}).what()) == "a.sql: x");
    // No file: the position means nothing to a reader, so there is no prefix.
    CHECK(std::string(Error(ErrorKind::Io, "x", SourceLocation{"", 3, 7}).what()) == "x");
    CHECK(std::string(Error(ErrorKind::Io, "x").what()) == "x");
}

TEST_CASE("core: ensure throws an internal error only when its condition fails") {
    ensure(true, "never shown");
    Error error = error_of([] { ensure(false, "plan lost a step"); });
    CHECK(error.kind() == ErrorKind::Internal);
    CHECK(error.message() == "internal error: plan lost a step");
}

TEST_CASE("core: every error kind has a lower-case name") {
    CHECK(format_as(ErrorKind::Usage) == "usage");
    CHECK(format_as(ErrorKind::Unsupported) == "unsupported");
    CHECK(format_as(ErrorKind::Connection) == "connection");
    CHECK(format_as(ErrorKind::Render) == "render");
    CHECK(format_as(ErrorKind::Internal) == "internal");
}
