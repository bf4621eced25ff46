// Declarative schema files -> model. libpg_query is visible only inside this module.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "schemadiff/model/schema.hpp"

namespace schemadiff::parser {

/// When, and as whom, a scratch database runs a statement (see src/parser/scratch_statements.cpp).
enum class ScratchPhase {
    Setup,          ///< first, as the server's own role: CREATE SCHEMA (without elements) and CREATE EXTENSION
    Main,           ///< in file order, as the unprivileged role the load runs as
    Last,           ///< after that, as the server's own role: COMMENT ON EXTENSION
    EventTriggers,  ///< at the very end (nothing runs after them that could fire them), as the server's own role
};

/// One statement of a schema file and where it starts: what a scratch database runs (made inert: a materialized
/// view WITH NO DATA, a column default set apart from ADD COLUMN).
struct SourceStatement {
    std::string sql;
    SourceLocation where;
    ScratchPhase phase = ScratchPhase::Main;
    /// ALTER DEFAULT PRIVILEGES: the roles of its FOR ROLE ("" for CURRENT_ROLE and the like; none: the current
    /// role), and the statement without FOR ROLE. The load runs that form when the roles are the ones the loading
    /// role stands in for, else the statement as written in the last phase.
    bool default_privileges = false;
    std::vector<std::string> for_roles;
    std::string sql_for_current_role;
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
    std::set<std::string> roles;               ///< every role the statements name (a scratch cluster creates them)
    std::set<std::string> populated_matviews;  ///< ids of materialized views the files create WITH DATA
    /// Calls that loading would evaluate (constant arguments, where the planner folds them), and the names of the
    /// functions the files define: a call of one of those is refused once every file is read.
    std::vector<std::pair<std::string, SourceLocation>> calls_at_load;
    std::set<std::string> file_functions;
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
