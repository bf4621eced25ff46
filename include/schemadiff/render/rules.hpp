// The safety rule catalogue as text: docs/rules.md (markdown) and a JSON document, for `schemadiff rules`.
// Pure functions of the catalogue, so the reference is regenerated from the code and cannot drift from it.
#pragma once

#include <string>
#include <vector>

#include "schemadiff/safety/safety.hpp"

namespace schemadiff::render {

/// docs/rules.md: a title, a note that the file is generated, the counts by class and one table row per rule.
auto render_rules_markdown(const std::vector<safety::Rule>& rules) -> std::string;
/// The anchor of a rule's row in docs/rules.md ("rule-table-drop"): what SARIF's helpUri points at.
auto rule_anchor(std::string_view rule_id) -> std::string;

/// {"version": 1, "rules": [{"id", "class", "lock", "pg_lock_mode", "locked", "blocks", "effect", "statement",
/// "reason", "safe_alternative", "versions", "conditions"}, ...]}, indented by two spaces, ending with a newline.
auto render_rules_json(const std::vector<safety::Rule>& rules) -> std::string;

}  // namespace schemadiff::render
