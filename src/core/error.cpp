// schemadiff::Error and ensure().
#include "schemadiff/core/error.hpp"

#include <fmt/format.h>

namespace schemadiff {

auto format_as(ErrorKind kind) -> std::string_view {
    switch (kind) {
        case ErrorKind::Usage:
            return "usage";
        case ErrorKind::Io:
            return "io";
        case ErrorKind::Parse:
            return "parse";
        case ErrorKind::Unsupported:
            return "unsupported";
        case ErrorKind::Connection:
            return "connection";
        case ErrorKind::Catalog:
            return "catalog";
        case ErrorKind::Plan:
            return "plan";
        case ErrorKind::Render:
            return "render";
        case ErrorKind::Internal:
            return "internal";
    }
    return "unknown";
}

auto SourceLocation::to_string() const -> std::string {
    if (line <= 0) return file;
    if (column <= 0) return fmt::format("{}:{}", file, line);
    return fmt::format("{}:{}:{}", file, line, column);
}

namespace {
auto full_message(const std::string& message, const std::optional<SourceLocation>& where) -> std::string {
    if (!where || where->file.empty()) return message;
    return fmt::format("{}: {}", where->to_string(), message);
}
}  // namespace

Error::Error(ErrorKind kind, std::string message, std::optional<SourceLocation> where)
    : std::runtime_error(full_message(message, where)),
      kind_(kind),
      message_(std::move(message)),
      where_(std::move(where)) {}

void ensure(bool cond, std::string_view what) {
    if (!cond) throw Error(ErrorKind::Internal, fmt::format("internal error: {}", what));
}

}  // namespace schemadiff
