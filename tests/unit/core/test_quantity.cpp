#include <doctest/doctest.h>

#include "schemadiff/core/quantity.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;

TEST_CASE("core: a timeout is normalised to the largest unit that divides it") {
    CHECK(normalize_timeout("2s") == "2s");
    CHECK(normalize_timeout("5s") == "5s");
    CHECK(normalize_timeout("1h") == "1h");
    CHECK(normalize_timeout("0") == "0");
    CHECK(normalize_timeout("0s") == "0");
    CHECK(normalize_timeout("1500") == "1500ms");  // no unit: milliseconds, as PostgreSQL
    CHECK(normalize_timeout(" 1.5 s ") == "1500ms");
    CHECK(normalize_timeout("120s") == "2min");
    CHECK(normalize_timeout("90s") == "90s");
    CHECK(normalize_timeout("1440min") == "1d");
    CHECK(normalize_timeout("2500us") == "3ms");  // rounded to whole milliseconds
    CHECK(normalize_timeout(".5h") == "30min");
    CHECK(normalize_timeout("2147483647") == "2147483647ms");
    CHECK(normalize_timeout("24d") == "24d");
}

TEST_CASE("core: a timeout that PostgreSQL would refuse, or that is not one, is a usage error") {
    const std::string units = "(valid units: us, ms, s, min, h, d)";
    auto message = [](const char* text) { return error_of([&] { normalize_timeout(text); }).message(); };
    CHECK(error_of([] { normalize_timeout("2s'; DROP TABLE app; --"); }).kind() == ErrorKind::Usage);
    CHECK(message("2s'; DROP TABLE app; --") == "a timeout has an unknown unit " + units);
    CHECK(message("2S") == "a timeout has an unknown unit " + units);  // units are case-sensitive in PostgreSQL
    CHECK(message("2 seconds") == "a timeout has an unknown unit " + units);
    CHECK(message("-1s") == "a timeout must be a non-negative number with an optional unit (us, ms, s, min, h, d)");
    CHECK(message("") == "a timeout must be a non-negative number with an optional unit (us, ms, s, min, h, d)");
    CHECK(message("s") == "a timeout must be a non-negative number with an optional unit (us, ms, s, min, h, d)");
    CHECK(message("nan") == "a timeout must be a non-negative number with an optional unit (us, ms, s, min, h, d)");
    CHECK(message("1e3") == "a timeout has an unknown unit " + units);
    CHECK(message("2147483648") == "a timeout is too large (at most 2147483647ms, about 24d)");
    CHECK(message("25d") == "a timeout is too large (at most 2147483647ms, about 24d)");
    CHECK(message("99999999999999999999999d") == "a timeout is too large");
    CHECK(message("400us") == "a timeout is below 1ms, which PostgreSQL would round to 0 (off); write 0 for off");
}

TEST_CASE("core: a size is bytes, or a number with one of PostgreSQL's memory units") {
    CHECK(parse_size("0") == 0);
    CHECK(parse_size("10485760") == 10485760);
    CHECK(parse_size("10MB") == 10 * 1024 * 1024);
    CHECK(parse_size("1.5 kB") == 1536);
    CHECK(parse_size("2TB") == int64_t{2} << 40);
    CHECK(parse_size("9223372036854775807") == INT64_MAX);
    CHECK(error_of([] { parse_size("-5"); }).message() ==
          "a size must be a non-negative number with an optional unit (B, kB, MB, GB, TB)");
    CHECK(error_of([] { parse_size("9223372036854775808"); }).message() == "a size is too large");
    CHECK(error_of([] { parse_size("99999999999999999999"); }).message() == "a size is too large");
    CHECK(error_of([] { parse_size("9000000TB"); }).message() == "a size is too large");
    CHECK(error_of([] { parse_size("10mb"); }).message() ==
          "a size has an unknown unit (valid units: B, kB, MB, GB, TB)");
}

TEST_CASE("core: a count is a non-negative whole number that fits") {
    CHECK(parse_count("0") == 0);
    CHECK(parse_count("1000") == 1000);
    CHECK(parse_count("9223372036854775807") == INT64_MAX);
    for (const char* bad : {"nan", "-5", "1.5", "1e3", "0x10", "", "inf"}) {
        CAPTURE(bad);
        CHECK(error_of([&] { parse_count(bad); }).message() == "a count must be a non-negative whole number");
    }
    CHECK(error_of([] { parse_count("9223372036854775808"); }).message() == "a count is too large");
}
