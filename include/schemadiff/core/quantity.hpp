// Durations, sizes and counts given on the command line: parsed as PostgreSQL reads its settings, range-checked, and
// printed back normalised, so that only a number and a unit ever reach SQL.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace schemadiff {

/// A timeout setting (lock_timeout, statement_timeout) as PostgreSQL accepts it: a non-negative number, optionally
/// fractional, with an optional unit (us, ms, s, min, h, d; none means ms), at most 2147483647 ms; 0 turns it off.
/// Returns it normalised in the largest unit that divides it ("2s", "1500ms", "2min", "0"). Throws Error(Usage)
/// saying what is wrong (without repeating the text).
auto normalize_timeout(std::string_view text) -> std::string;

/// A size in bytes: a non-negative number with an optional unit (B, kB, MB, GB, TB: powers of 1024, as PostgreSQL's
/// memory settings), at most 2^63 - 1 bytes. Throws Error(Usage).
auto parse_size(std::string_view text) -> int64_t;

/// A count: a non-negative decimal integer that fits in 63 bits. Throws Error(Usage).
auto parse_count(std::string_view text) -> int64_t;

}  // namespace schemadiff
