// Ordering: each operation kind has a phase; within a phase the differ's (name) order is kept, except for table
// drops, which follow foreign keys. The phases, in order, and why:
//   schemas, extensions, types, sequences                 - everything a column may refer to exists first;
//   constraint and index drops (foreign keys first)       - nothing that is about to change still depends on them;
//   enum rebuilds                                         - after the drops of the checks and indexes naming them;
//   table creation, then column changes                   - columns exist before constraints name them;
//   constraint additions (keys, checks, then foreign keys), validations, index creation;
//   sequence changes and ownership                        - OWNED BY needs the owning column;
//   table, sequence, type, extension, schema drops        - dependents are gone by then;
//   comments                                              - on objects that now exist.
#include "schemadiff/planner/plan.hpp"

#include "schemadiff/ddl/ddl.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace schemadiff::planner {

using namespace model;

namespace {

template <class... Ts>
struct overloaded : Ts... { using Ts::operator()...; };

auto constraint_rank(const Constraint& constraint) -> int {
    switch (constraint.kind) {
    case ConstraintKind::PrimaryKey: return 0;
    case ConstraintKind::Unique:
    case ConstraintKind::Exclude: return 1;
    case ConstraintKind::Check: return 2;
    case ConstraintKind::ForeignKey: return 3;
    }
    return 4;
}

/// (phase, rank within the phase)
auto phase_of(const Operation& operation) -> std::pair<int, int> {
    return std::visit(
        overloaded{
            [](const CreateSchema&) { return std::pair{0, 0}; },
            [](const CreateExtension&) { return std::pair{1, 0}; },
            [](const CreateEnum&) { return std::pair{2, 0}; },
            [](const AddEnumValue&) { return std::pair{2, 1}; },
            [](const RebuildEnum&) { return std::pair{5, 3}; },
            [](const CreateSequence&) { return std::pair{4, 0}; },
            [](const DropConstraint& op) { return std::pair{5, op.constraint.kind == ConstraintKind::ForeignKey ? 0 : 1}; },
            [](const DropIndex&) { return std::pair{5, 2}; },
            [](const CreateTable&) { return std::pair{6, 0}; },
            [](const SetTableLogged&) { return std::pair{7, 0}; },
            [](const AddColumn&) { return std::pair{7, 0}; },
            [](const DropColumn&) { return std::pair{7, 0}; },
            [](const AlterColumnType&) { return std::pair{7, 0}; },
            [](const SetColumnDefault&) { return std::pair{7, 0}; },
            [](const SetColumnNotNull&) { return std::pair{7, 0}; },
            [](const AlterColumnIdentity&) { return std::pair{7, 0}; },
            [](const DropColumnExpression&) { return std::pair{7, 0}; },
            [](const AddConstraint& op) { return std::pair{8, constraint_rank(op.constraint)}; },
            [](const ValidateConstraint& op) { return std::pair{8, 4 + constraint_rank(op.constraint)}; },
            [](const CreateIndex&) { return std::pair{9, 0}; },
            [](const AlterSequence&) { return std::pair{10, 0}; },
            [](const SetSequenceOwner&) { return std::pair{10, 1}; },
            [](const DropTable&) { return std::pair{11, 0}; },
            [](const DropSequence&) { return std::pair{12, 0}; },
            [](const DropEnum&) { return std::pair{13, 0}; },
            [](const DropExtension&) { return std::pair{14, 0}; },
            [](const DropSchema&) { return std::pair{15, 0}; },
            [](const SetComment&) { return std::pair{16, 0}; },
        },
        operation);
}

/// Drops tables that reference others first. A cycle of foreign keys among dropped tables is broken by dropping
/// those foreign keys before the tables (extra DropConstraint operations).
auto order_table_drops(std::vector<Operation> drops, std::vector<Operation>& constraint_drops) -> std::vector<Operation> {
    std::map<QualifiedName, const DropTable*> by_name;
    for (const auto& op : drops) by_name[std::get<DropTable>(op).table.name] = &std::get<DropTable>(op);
    // referenced_by[x] = dropped tables with a foreign key to x (they must go first).
    std::map<QualifiedName, std::set<QualifiedName>> waiting_for;
    for (const auto& [name, drop] : by_name) {
        for (const auto& constraint : drop->table.constraints) {
            if (constraint.kind == ConstraintKind::ForeignKey && constraint.references != name &&
                by_name.count(constraint.references) != 0) {
                waiting_for[constraint.references].insert(name);
            }
        }
    }
    std::vector<Operation> ordered;
    std::set<QualifiedName> done;
    while (done.size() < by_name.size()) {
        bool progressed = false;
        for (const auto& [name, drop] : by_name) {
            if (done.count(name) != 0) continue;
            bool ready = true;
            for (const auto& referrer : waiting_for[name]) ready = ready && done.count(referrer) != 0;
            if (!ready) continue;
            ordered.push_back(*drop);
            done.insert(name);
            progressed = true;
        }
        if (progressed) continue;
        // A cycle: drop the foreign keys of the remaining tables, then the tables in name order.
        for (const auto& [name, drop] : by_name) {
            if (done.count(name) != 0) continue;
            for (const auto& constraint : drop->table.constraints) {
                if (constraint.kind == ConstraintKind::ForeignKey && by_name.count(constraint.references) != 0 &&
                    constraint.references != name) {
                    constraint_drops.push_back(DropConstraint{name, constraint});
                }
            }
        }
        for (const auto& [name, drop] : by_name) {
            if (done.insert(name).second) ordered.push_back(*drop);
        }
    }
    return ordered;
}

}  // namespace

auto make_plan(std::vector<Operation> operations) -> Plan {
    std::vector<Operation> table_drops, others, cycle_breaks;
    for (auto& op : operations) {
        (std::holds_alternative<DropTable>(op) ? table_drops : others).push_back(std::move(op));
    }
    table_drops = order_table_drops(std::move(table_drops), cycle_breaks);
    others.insert(others.end(), cycle_breaks.begin(), cycle_breaks.end());
    others.insert(others.end(), table_drops.begin(), table_drops.end());
    std::stable_sort(others.begin(), others.end(),
                     [](const Operation& a, const Operation& b) { return phase_of(a) < phase_of(b); });
    Plan plan;
    for (auto& op : others) {
        Step step{op, ddl::to_sql(op)};
        if (step.sql.empty()) continue;
        (std::holds_alternative<AddEnumValue>(op) ? plan.before_transaction : plan.transactional).push_back(std::move(step));
    }
    return plan;
}

}  // namespace schemadiff::planner
