// Durations, sizes and counts from the command line (see quantity.hpp).
#include "schemadiff/core/quantity.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <climits>
#include <cmath>

#include "schemadiff/core/error.hpp"

namespace schemadiff {

namespace {

struct Unit {
    std::string_view name;
    int64_t factor;  ///< in the base unit of the table
};

/// PostgreSQL's time units, in microseconds (guc.c, time_unit_conversion_table).
constexpr std::array kTimeUnits = std::to_array<Unit>(
    {{"d", 86'400'000'000}, {"h", 3'600'000'000}, {"min", 60'000'000}, {"s", 1'000'000}, {"ms", 1'000}, {"us", 1}});
/// PostgreSQL's memory units (guc.c, memory_unit_conversion_table), in bytes.
constexpr std::array kSizeUnits = std::to_array<Unit>(
    {{"TB", int64_t{1} << 40}, {"GB", int64_t{1} << 30}, {"MB", int64_t{1} << 20}, {"kB", int64_t{1} << 10}, {"B", 1}});

auto is_space(char c) -> bool {
    return c == ' ' || c == '\t';
}

auto trim(std::string_view text) -> std::string_view {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

/// `text` as a number of base units: digits, an optional fraction, an optional unit from `units` (none: `plain`
/// base units). Rounded to the nearest base unit. Throws Error(Usage) naming `what` and the accepted units.
template <size_t N>
auto parse_quantity(std::string_view text, const std::array<Unit, N>& units, int64_t plain, std::string_view what,
                    std::string_view unit_names) -> int64_t {
    auto invalid = [&](std::string_view why) { return Error(ErrorKind::Usage, fmt::format("{} {}", what, why)); };
    std::string_view rest = trim(text);
    size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
    std::string_view whole = rest.substr(0, digits), fraction;
    rest.remove_prefix(digits);
    if (!rest.empty() && rest.front() == '.') {
        rest.remove_prefix(1);
        size_t fraction_digits = 0;
        while (fraction_digits < rest.size() && rest[fraction_digits] >= '0' && rest[fraction_digits] <= '9') {
            ++fraction_digits;
        }
        fraction = rest.substr(0, fraction_digits);
        rest.remove_prefix(fraction_digits);
    }
    if (whole.empty() && fraction.empty()) {
        throw invalid(fmt::format("must be a non-negative number with an optional unit ({})", unit_names));
    }
    rest = trim(rest);
    int64_t factor = plain;
    if (!rest.empty()) {
        const Unit* unit = nullptr;
        for (const auto& candidate : units) {
            if (candidate.name == rest) unit = &candidate;
        }
        if (unit == nullptr) throw invalid(fmt::format("has an unknown unit (valid units: {})", unit_names));
        factor = unit->factor;
    }
    const auto out_of_range = invalid("is too large");
    uint64_t whole_value = 0;
    if (!whole.empty()) {
        auto [end, ec] = std::from_chars(whole.data(), whole.data() + whole.size(), whole_value);
        if (ec != std::errc{}) throw out_of_range;
    }
    int64_t value = 0;
    if (whole_value > uint64_t{INT64_MAX} ||
        __builtin_mul_overflow(static_cast<int64_t>(whole_value), factor, &value)) {
        throw out_of_range;
    }
    if (!fraction.empty()) {
        // As PostgreSQL: the fraction in floating point, rounded to the base unit.
        double part = std::rint(std::stod("0." + std::string(fraction)) * static_cast<double>(factor));
        if (__builtin_add_overflow(value, static_cast<int64_t>(part), &value)) throw out_of_range;
    }
    return value;
}

}  // namespace

auto normalize_timeout(std::string_view text) -> std::string {
    constexpr std::string_view kWhat = "a timeout";
    int64_t microseconds = parse_quantity(text, kTimeUnits, 1'000, kWhat, "us, ms, s, min, h, d");
    int64_t milliseconds = (microseconds + 500) / 1'000;  // PostgreSQL keeps whole milliseconds
    if (milliseconds > INT_MAX)
        throw Error(ErrorKind::Usage, "a timeout is too large (at most 2147483647ms, about 24d)");
    if (milliseconds == 0 && microseconds != 0) {
        throw Error(ErrorKind::Usage,
                    "a timeout is below 1ms, which PostgreSQL would round to 0 (off); write 0 for off");
    }
    if (milliseconds == 0) return "0";
    for (const auto& unit : kTimeUnits) {
        int64_t per_unit = unit.factor / 1'000;
        if (per_unit > 0 && milliseconds % per_unit == 0)
            return fmt::format("{}{}", milliseconds / per_unit, unit.name);
    }
    return fmt::format("{}ms", milliseconds);  // not reached: every whole number of ms divides by 1ms
}

auto parse_size(std::string_view text) -> int64_t {
    return parse_quantity(text, kSizeUnits, 1, "a size", "B, kB, MB, GB, TB");
}

auto parse_count(std::string_view text) -> int64_t {
    std::string_view digits = trim(text);
    bool all_digits = !digits.empty();
    for (char c : digits) all_digits = all_digits && c >= '0' && c <= '9';
    if (!all_digits) throw Error(ErrorKind::Usage, "a count must be a non-negative whole number");
    int64_t value = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc{}) throw Error(ErrorKind::Usage, "a count is too large");
    return value;
}

}  // namespace schemadiff
