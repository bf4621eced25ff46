// Internal to the parser: a file as `psql -f` runs it -> the SQL text libpg_query reads. Text that is not SQL (NUL
// bytes, invalid UTF-8, psql meta-commands) is refused at file:line:col unless it is one of the few harmless
// meta-commands, which are blanked out; string literals, quoted names, dollar quotes and comments are never changed.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "schemadiff/core/error.hpp"

namespace schemadiff::parser {

/// What the files are for: which meta-commands are harmless depends on it (see psql_script.cpp).
enum class ScriptKind { Schema, Migration };

/// State that spans the files of one read: the database the first `\connect` named, and where.
struct ScriptSession {
    ScriptKind kind = ScriptKind::Schema;
    std::optional<std::string> database;
    std::optional<SourceLocation> database_where;
};

/// A psql script's SQL: the file's text with the harmless meta-commands blanked (same length, same lines).
struct ScriptSql {
    std::string text;
    std::vector<std::pair<size_t, size_t>> blanked;  ///< [begin, end) byte ranges replaced by blanks, in order
};

/// Reads `text` (the contents of `file`) as psql would. Throws Error at file:line:col for a NUL byte, invalid UTF-8,
/// `\i` and its variants (not followed), and every meta-command that is not known to be harmless.
auto psql_script_sql(std::string text, const std::string& file, ScriptSession& session) -> ScriptSql;

}  // namespace schemadiff::parser
