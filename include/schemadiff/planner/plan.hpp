// Operations -> an ordered, executable plan: creates before references, drops after their dependents, each operation
// classified, and the statements grouped into transactions (CONCURRENTLY steps and ALTER TYPE ... ADD VALUE on their
// own, outside any transaction; each VALIDATE in a transaction of its own).
#pragma once

#include <string>
#include <vector>

#include "schemadiff/model/operation.hpp"
#include "schemadiff/safety/safety.hpp"

namespace schemadiff::planner {

struct Step {
    model::Operation operation;
    std::vector<std::string> sql;  ///< statements without trailing semicolons
    safety::Verdict verdict;
};

/// Statements run together: in one transaction, or (transactional == false) one statement on its own.
struct Group {
    bool transactional = true;
    std::string lock_timeout;       ///< e.g. "2s"; set before the group's statements
    std::string statement_timeout;  ///< short for catalog-only groups, long when something scans or builds
    std::string why;                ///< one line for the migration file when the group is not the main one
    std::vector<Step> steps;
};

struct Plan {
    std::vector<Group> groups;
    auto empty() const -> bool { return groups.empty(); }
    auto size() const -> size_t;
    /// Every step in execution order.
    auto steps() const -> std::vector<const Step*>;
};

struct Options {
    bool safe_rewrites = true;  ///< emit online forms (see safety::safe_rewrites)
    std::string lock_timeout = "2s";
    std::string statement_timeout = "5s";       ///< for groups that only change the catalog
    std::string long_statement_timeout = "1h";  ///< for groups that scan, build an index or rewrite
    safety::Context context;                    ///< server version, starting schema, live sizes
    bool privileges = false;                    ///< compare privileges too (engine::plan_migration)
};

/// Orders `operations` (from diff::compare) deterministically, applies the safe rewrites, classifies each operation
/// and attaches its SQL.
auto make_plan(std::vector<model::Operation> operations, const Options& options = {}) -> Plan;

}  // namespace schemadiff::planner
