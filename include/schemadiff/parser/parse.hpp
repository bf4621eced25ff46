// Declarative schema files -> model. libpg_query is visible only inside this module.
#pragma once

#include "schemadiff/model/schema.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace schemadiff::parser {

/// Parses SQL text (a declarative schema) into a model. `file` names the text in error messages.
/// Throws Error (Parse / Unsupported) naming file:line:col and the statement kind for anything it cannot take.
auto parse_schema_text(const std::string& sql, const std::string& file) -> model::Schema;

/// Parses files and folders (every *.sql below a folder, in name order) into one model.
auto parse_schema_paths(const std::vector<std::filesystem::path>& paths) -> model::Schema;

/// Fills the canonical keys of every expression, constraint and index definition, so that the parsed and the
/// introspected spelling of the same thing compare equal. Every model must pass through here before a diff; all
/// the rules for "the same thing spelled differently" live in this one function's file (normalize.cpp).
void normalize(model::Schema& schema);

}  // namespace schemadiff::parser
