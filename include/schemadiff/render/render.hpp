// Plan -> text: migration files from logic-less mustache templates, and the plan as text for people.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "schemadiff/planner/plan.hpp"

namespace schemadiff::render {

/// A set of templates by relative path ("sql/migration.sql.mustache"): the embedded defaults, optionally
/// overridden by the files of a user's folder (a copy of templates/ with some files changed).
class TemplateSet {
public:
    static auto embedded() -> TemplateSet;
    /// The embedded set with every *.mustache file below `folder` replacing the one of the same relative path.
    static auto with_overrides(const std::filesystem::path& folder) -> TemplateSet;
    auto get(const std::string& path) const -> const std::string&;
    auto paths() const -> std::vector<std::string>;

private:
    std::map<std::string, std::string> templates_;
};

struct MigrationInfo {
    std::string name;       ///< "add_orders"
    std::string version;    ///< "20261122093000"
    std::string direction;  ///< "up" or "down"
    std::string source;     ///< what the migration starts from (no passwords)
    std::string target;     ///< what it ends at
    std::string tool_version;
};

/// Renders one migration file (format "sql" for now). Throws Error(Render) naming the template on a broken one.
auto render_migration(const planner::Plan& plan, const MigrationInfo& info, const TemplateSet& templates,
                      const std::string& format = "sql") -> std::string;

/// The plan as plain text: one numbered line per operation and its statements, or "No changes.".
auto render_plan_text(const planner::Plan& plan) -> std::string;

/// "ACCESS EXCLUSIVE on public.orders (41 GB, about 1200000 rows), blocks reads and writes".
auto lock_text(const safety::Verdict& verdict) -> std::string;

/// Plain SQL statements separated by blank lines, each ended with ';' (schemadiff inspect).
auto render_statements(const planner::Plan& plan) -> std::string;

}  // namespace schemadiff::render
