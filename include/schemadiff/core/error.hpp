// One error type for everything that stops schemadiff.
//
// Why one type: callers never act differently on a parse error and a catalog error, they print it and choose an
// exit code. The kind, the source position and the SQLSTATE are properties on the base (the libpqxx 8 lesson), so
// main() catches schemadiff::Error once. Expected outcomes (no changes, dangerous findings) are values, not errors.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace schemadiff {

enum class ErrorKind { Usage, Io, Parse, Unsupported, Connection, Catalog, Plan, Render, Internal };

auto format_as(ErrorKind kind) -> std::string_view;

/// A position in an input file; line and column are 1-based.
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
    auto to_string() const -> std::string;  ///< "file:line:col"
};

/// The error every module throws. what() is the full, user-facing message (with the location prefix when known).
class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, std::string message, std::optional<SourceLocation> where = std::nullopt);
    auto kind() const -> ErrorKind { return kind_; }
    auto where() const -> const std::optional<SourceLocation>& { return where_; }
    auto message() const -> const std::string& { return message_; }  ///< without the location prefix

private:
    ErrorKind kind_;
    std::string message_;
    std::optional<SourceLocation> where_;
};

/// Throws Internal when cond is false, in release builds too: a migration generator must stop rather than emit
/// wrong SQL. User input must never be able to trigger it.
void ensure(bool cond, std::string_view what);

}  // namespace schemadiff
