// Declarative schema files -> model. libpg_query is visible only inside this module.
#pragma once

#include "schemadiff/model/schema.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace schemadiff::parser {

/// One statement of a schema file and where it starts: what a scratch database runs.
struct SourceStatement {
    std::string sql;
    SourceLocation where;
};

/// A schema read from files. The parser models tables, columns, constraints, indexes, sequences, enums, schemas,
/// extensions and comments itself; objects PostgreSQL keeps as definitions (views, functions, triggers, policies,
/// domains, composite and range types, collations, statistics, partitions, storage options, privileges) are left to
/// a scratch database that runs `statements` and is read back (engine). `server_needed` lists, in file order, each
/// statement that needs one, with why (the error the parser alone would report).
struct ParsedSchema {
    model::Schema schema;
    std::vector<Error> server_needed;
    std::vector<SourceStatement> statements;
};

/// As parse_schema_paths / parse_schema_text, but statements that need a database do not throw: they are listed.
auto parse_schema_sources(const std::vector<std::filesystem::path>& paths) -> ParsedSchema;
auto parse_schema_text_sources(const std::string& sql, const std::string& file) -> ParsedSchema;

/// Parses SQL text (a declarative schema) into a model. `file` names the text in error messages.
/// Throws Error (Parse / Unsupported) naming file:line:col and the statement kind for anything it cannot take.
auto parse_schema_text(const std::string& sql, const std::string& file) -> model::Schema;

/// Parses files and folders (every *.sql below a folder, in name order) into one model.
auto parse_schema_paths(const std::vector<std::filesystem::path>& paths) -> model::Schema;

/// Throws Error(Parse) naming file:line:col of the first NUL byte or byte that is not well-formed UTF-8 in `text`:
/// every file schemadiff reads (schema, migration and allow files) must be UTF-8 text.
void check_text(std::string_view text, const std::string& file);

/// Fills the canonical keys of every expression, constraint and index definition, so that the parsed and the
/// introspected spelling of the same thing compare equal. Every model must pass through here before a diff; all
/// the rules for "the same thing spelled differently" live in this one function's file (normalize.cpp).
void normalize(model::Schema& schema);

}  // namespace schemadiff::parser
