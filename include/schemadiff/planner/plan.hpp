// Operations -> an ordered, executable plan: creates before references, drops after their dependents, and the
// statements that cannot run inside the migration's transaction kept apart.
#pragma once

#include "schemadiff/model/operation.hpp"

#include <string>
#include <vector>

namespace schemadiff::planner {

struct Step {
    model::Operation operation;
    std::vector<std::string> sql;  ///< statements without trailing semicolons
};

struct Plan {
    /// Run one by one before the transaction (ALTER TYPE ... ADD VALUE: a new label cannot be used in the
    /// transaction that adds it). Each is idempotent (IF NOT EXISTS), so re-running after a failure is safe.
    std::vector<Step> before_transaction;
    /// Run in one transaction.
    std::vector<Step> transactional;
    auto empty() const -> bool { return before_transaction.empty() && transactional.empty(); }
    auto size() const -> size_t { return before_transaction.size() + transactional.size(); }
};

/// Orders `operations` (from diff::compare) deterministically and attaches each one's SQL.
auto make_plan(std::vector<model::Operation> operations) -> Plan;

}  // namespace schemadiff::planner
