// Ordering: each operation kind has a phase (enum Phase); within a phase the differ's (name) order is kept, except
// for table drops, which follow foreign keys. The phases, in order, and why:
//   schemas, extensions, types, sequences                 - everything a column may refer to exists first;
//   constraint and index drops (foreign keys first)       - nothing that is about to change still depends on them;
//   enum rebuilds                                         - after the drops of the checks and indexes naming them;
//   table creation, then column changes                   - columns exist before constraints name them;
//   constraint additions (keys, checks, then foreign keys), validations, index creation;
//   sequence changes and ownership                        - OWNED BY needs the owning column;
//   table, sequence, type, extension, schema drops        - dependents are gone by then;
//   comments                                              - on objects that now exist.
// Objects defined by SQL (views, functions, triggers, ...) fit around these: see phase_of.
#include "schemadiff/planner/plan.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "schemadiff/ddl/ddl.hpp"

namespace schemadiff::planner {

using namespace model;

namespace {

auto constraint_rank(const Constraint& constraint) -> int {
    switch (constraint.kind) {
        case ConstraintKind::PrimaryKey:
            return 0;
        case ConstraintKind::Unique:
        case ConstraintKind::Exclude:
            return 1;
        case ConstraintKind::Check:
            return 2;
        case ConstraintKind::ForeignKey:
            return 3;
    }
    return 4;
}

/// The phases of a plan, in execution order (the header comment says why). Within a phase, operations keep the
/// differ's order unless a rank says otherwise.
enum class Phase {
    StopEventTriggers,  ///< event triggers dropped or disabled before anything else, so that they fire on no step
    HintedRenames,      ///< renames a schema file asked for; the rest of the plan uses the new names
    DropDependents,     ///< objects on relations, and what a rebuilt object takes down with it
    CreateSchemas,
    CreateExtensions,
    CreateTypes,  ///< enums and labels, and objects defined by SQL that need no relation
    CreateSequences,
    DropTableMembers,  ///< constraint and index drops (foreign keys first), enum rebuilds
    CreateTables,
    ChangeColumns,
    AddConstraints,   ///< keys, unique indexes, checks, foreign keys, then validations
    CreateIndexes,    ///< plain indexes, objects on relations, what a rebuild puts back
    ChangeSequences,  ///< options, then OWNED BY (needs the owning column)
    DropTables,       ///< and views or materialized views that take a dropped table's name
    DropSequences,    ///< and objects defined by SQL that need no relation
    DropTypes,
    DropExtensions,
    DropSchemas,
    SetComments,
    DropNotNullHelpers,  ///< a helper CHECK goes after the SET NOT NULL it proves
    StartEventTriggers,  ///< event triggers created or enabled last
};

/// A phase and a rank within it.
struct Order {
    Phase phase;
    int rank = 0;
    auto operator<=>(const Order&) const = default;
};

auto is_event_trigger(const SchemaObject& object) -> bool {
    return kind_has(object.kind, KindFlag::EventTrigger);
}

/// Where an operation goes in the plan.
auto phase_of(const Operation& operation) -> Order {
    return std::visit(
        overloaded{
            [](const CreateSchema&) {
                return Order{Phase::CreateSchemas, 0};
            },
            [](const CreateExtension&) {
                return Order{Phase::CreateExtensions, 0};
            },
            [](const CreateEnum&) {
                return Order{Phase::CreateTypes, 0};
            },
            [](const AddEnumValue&) {
                return Order{Phase::CreateTypes, 1};
            },
            [](const RebuildEnum&) {
                return Order{Phase::DropTableMembers, 3};
            },
            [](const CreateSequence&) {
                return Order{Phase::CreateSequences, 0};
            },
            // Checks and indexes that call a function dropped and created again go before it, with its dependents (-1),
            // and come back after it (9, 6); so do defaults.
            [](const DropConstraint& op) {
                if (op.around_objects) return Order{Phase::DropDependents, -1};
                return Order{Phase::DropTableMembers, op.constraint.kind == ConstraintKind::ForeignKey ? 0 : 1};
            },
            [](const DropIndex& op) {
                return op.around_objects ? Order{Phase::DropDependents, -1} : Order{Phase::DropTableMembers, 2};
            },
            [](const CreateTable&) {
                return Order{Phase::CreateTables, 0};
            },
            [](const SetTableLogged&) {
                return Order{Phase::ChangeColumns, 0};
            },
            // A generated column dropped and added again around a function: among the object drops and creates.
            [](const AddColumn& op) {
                return op.around == Around::AfterCreates ? Order{Phase::CreateIndexes, 5}
                                                         : Order{Phase::ChangeColumns, 0};
            },
            [](const DropColumn& op) {
                return op.around == Around::BeforeDrops ? Order{Phase::DropDependents, 0}
                                                        : Order{Phase::ChangeColumns, 0};
            },
            // A column re-typed around a type dropped and created again: in the differ's dependency order among the
            // object drops (after the views on it, before the type) and creates (after the type, before the views).
            [](const AlterColumnType& op) {
                if (op.around == Around::BeforeDrops) return Order{Phase::DropDependents, 0};
                return op.around == Around::AfterCreates ? Order{Phase::CreateIndexes, 5}
                                                         : Order{Phase::ChangeColumns, 0};
            },
            [](const SetColumnDefault& op) {
                if (!op.around_objects) return Order{Phase::ChangeColumns, 0};
                return op.to.default_value ? Order{Phase::CreateIndexes, 6} : Order{Phase::DropDependents, -1};
            },
            [](const SetColumnNotNull&) {
                return Order{Phase::ChangeColumns, 0};
            },
            [](const AlterColumnIdentity&) {
                return Order{Phase::ChangeColumns, 0};
            },
            [](const DropColumnExpression&) {
                return Order{Phase::ChangeColumns, 0};
            },
            [](const AddConstraint& op) {
                return op.around_objects ? Order{Phase::CreateIndexes, 6}
                                         : Order{Phase::AddConstraints, constraint_rank(op.constraint)};
            },
            [](const ValidateConstraint& op) {
                return Order{Phase::AddConstraints, 4 + constraint_rank(op.constraint)};
            },
            // A unique index is built before the foreign keys (rank 3) that may reference its columns.
            [](const CreateIndex& op) {
                if (op.around_objects) return Order{Phase::CreateIndexes, 6};
                return op.index.unique() ? Order{Phase::AddConstraints, 2} : Order{Phase::CreateIndexes, 0};
            },
            [](const AlterSequence&) {
                return Order{Phase::ChangeSequences, 0};
            },
            [](const SetSequenceOwner&) {
                return Order{Phase::ChangeSequences, 1};
            },
            [](const DropTable&) {
                return Order{Phase::DropTables, 0};
            },
            [](const DropSequence&) {
                return Order{Phase::DropSequences, 0};
            },
            [](const DropEnum&) {
                return Order{Phase::DropTypes, 0};
            },
            [](const DropExtension&) {
                return Order{Phase::DropExtensions, 0};
            },
            [](const DropSchema&) {
                return Order{Phase::DropSchemas, 0};
            },
            [](const SetComment&) {
                return Order{Phase::SetComments, 0};
            },
            [](const RenameIndex& op) {
                return op.hinted ? Order{Phase::HintedRenames, 1} : Order{Phase::CreateIndexes, 1};
            },
            // Renames a schema file asked for run first, tables before their members (which are named by the table's
            // new name): the rest of the plan names things by their new names.
            [](const RenameTable&) {
                return Order{Phase::HintedRenames, 0};
            },
            [](const RenameColumn&) {
                return Order{Phase::HintedRenames, 1};
            },
            [](const RenameConstraint&) {
                return Order{Phase::HintedRenames, 1};
            },
            [](const RenameObject&) {
                return Order{Phase::HintedRenames, 1};
            },
            // Objects defined by SQL (the differ emits them in dependency order, which the stable sort keeps): those
            // on relations are dropped before any table changes and created after them; types and functions that
            // need no relation are created before the tables and dropped after them. A drop that makes way for a
            // create of the same object always comes first.
            // Event triggers fire on DDL: in the main transaction they are dropped before anything else and created
            // last, so that they fire on none of its steps. A state change that stops a trigger firing (DISABLE) goes
            // first, one that makes it fire again goes last.
            [](const DropObject& op) {
                if (op.object.kind == ObjectKind::EventTriggerState && !op.rebuild)
                    return Order{Phase::StartEventTriggers, 1};
                if (is_event_trigger(op.object)) return Order{Phase::StopEventTriggers, 0};
                // A comment goes before its object, which may be dropped early (a function whose signature changes).
                if (op.object.kind == ObjectKind::Comment) return Order{Phase::DropDependents, 0};
                return op.rebuild || op.object.after_tables ? Order{Phase::DropDependents, 0}
                                                            : Order{Phase::DropSequences, 5};
            },
            [](const CreateObject& op) {
                if (op.object.kind == ObjectKind::EventTriggerState && op.object.facts.disabled) {
                    return Order{Phase::StopEventTriggers, 1};
                }
                if (is_event_trigger(op.object))
                    return Order{Phase::StartEventTriggers, op.object.kind == ObjectKind::EventTriggerState ? 1 : 0};
                return op.object.after_tables ? Order{Phase::CreateIndexes, 5} : Order{Phase::CreateTypes, 5};
            },
            [](const ReplaceObject& op) {
                return op.to.after_tables ? Order{Phase::CreateIndexes, 5} : Order{Phase::CreateTypes, 5};
            },
        },
        operation);
}

/// Drops tables that reference others first. A cycle of foreign keys among dropped tables is broken by dropping
/// those foreign keys before the tables (extra DropConstraint operations).
auto order_table_drops(std::vector<Operation> drops, std::vector<Operation>& constraint_drops)
    -> std::vector<Operation> {
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

namespace {

// Stages of a plan with safe rewrites, in execution order. Within a stage the phase order above holds.
enum Stage {
    kAddEnumValues,        // ALTER TYPE ... ADD VALUE, each on its own: a new label is usable only after commit
    kDropIndexes,          // DROP INDEX CONCURRENTLY, each on its own, before anything that could depend on them
    kMain,                 // the main transaction: every catalog change
    kBuildIndexes,         // CREATE INDEX CONCURRENTLY, each on its own
    kValidate,             // VALIDATE CONSTRAINT, each in its own transaction (SHARE UPDATE EXCLUSIVE)
    kFinish,               // SET NOT NULL proven by a validated CHECK, ADD ... USING INDEX, their dependants
    kValidateFinished,     // VALIDATE of foreign keys added in kFinish
    kDropReplacedIndexes,  // DROP INDEX CONCURRENTLY of indexes whose successor is built
    kRenameIndexes,        // the successors take over the names
};

using IndexKey = std::pair<QualifiedName, std::string>;

struct StageFacts {
    std::set<IndexKey> renamed;  // successors of replaced indexes (by final name)
    std::set<IndexKey> built_concurrently;
    std::set<IndexKey> finished_constraints;     // constraints added in kFinish
    std::set<QualifiedName> unreferenced_later;  // tables whose foreign keys from others are dropped in the plan
    std::set<QualifiedName> adopting_tables;     // tables gaining a key USING INDEX or a unique index concurrently
    std::set<IndexKey> helper_checks;            // CHECK (col IS NOT NULL) proving a SET NOT NULL (table, name)
};

auto facts_of(const std::vector<Operation>& operations) -> StageFacts {
    StageFacts facts;
    for (const auto& op : operations) {
        if (const auto* rename = std::get_if<RenameIndex>(&op); rename && !rename->hinted)
            facts.renamed.insert({rename->table, rename->to});
        if (const auto* drop = std::get_if<DropConstraint>(&op);
            drop && drop->constraint.kind == ConstraintKind::ForeignKey) {
            facts.unreferenced_later.insert(drop->constraint.references);
        }
        if (const auto* create = std::get_if<CreateIndex>(&op); create && create->concurrently) {
            facts.built_concurrently.insert({create->table, create->index.name});
            // A foreign key may rely on a unique index built concurrently: it waits for the index.
            if (create->index.unique()) facts.adopting_tables.insert(create->table);
        }
        if (const auto* add = std::get_if<AddConstraint>(&op); add && !add->using_index.empty()) {
            facts.adopting_tables.insert(add->table);
            facts.finished_constraints.insert({add->table, add->constraint.name});
        }
        if (const auto* proven = std::get_if<SetColumnNotNull>(&op); proven && !proven->proven_by.empty()) {
            facts.helper_checks.insert({proven->table, proven->proven_by});
        }
    }
    for (const auto& op : operations) {  // foreign keys to a key that is adopted in kFinish wait for it
        if (const auto* add = std::get_if<AddConstraint>(&op);
            add && add->constraint.kind == ConstraintKind::ForeignKey &&
            facts.adopting_tables.count(add->constraint.references)) {
            facts.finished_constraints.insert({add->table, add->constraint.name});
        }
    }
    return facts;
}

auto stage_of(const Operation& operation, const StageFacts& facts) -> Stage {
    return std::visit(
        overloaded{
            [](const AddEnumValue&) { return kAddEnumValues; },
            [&](const DropIndex& op) {
                if (!op.concurrently) return kMain;
                // A unique index may back a foreign key the main transaction drops: it goes after that.
                bool unique = op.index.unique();
                if (facts.renamed.count({op.table, op.index.name}) ||
                    (unique && facts.unreferenced_later.count(op.table))) {
                    return kDropReplacedIndexes;
                }
                return kDropIndexes;
            },
            [](const CreateIndex& op) { return op.concurrently ? kBuildIndexes : kMain; },
            [](const RenameIndex& op) { return op.hinted ? kMain : kRenameIndexes; },
            [&](const ValidateConstraint& op) {
                return facts.finished_constraints.count({op.table, op.constraint.name}) ? kValidateFinished : kValidate;
            },
            [](const SetColumnNotNull& op) { return op.proven_by.empty() ? kMain : kFinish; },
            [&](const DropConstraint& op) {
                return facts.helper_checks.count({op.table, op.constraint.name}) ? kFinish : kMain;
            },
            [&](const AddConstraint& op) {
                return facts.finished_constraints.count({op.table, op.constraint.name}) ? kFinish : kMain;
            },
            [&](const SetComment& op) {
                if (op.target == CommentTarget::Index) {
                    IndexKey key{op.object, op.object.name};
                    for (const auto& [table, name] : facts.renamed) {
                        if (table.schema == op.object.schema && name == op.object.name) return kRenameIndexes;
                    }
                    for (const auto& [table, name] : facts.built_concurrently) {
                        if (table.schema == op.object.schema && name == op.object.name) return kFinish;
                    }
                }
                if (op.target == CommentTarget::Constraint &&
                    facts.finished_constraints.count({op.object, op.member})) {
                    return kFinish;
                }
                return kMain;
            },
            [](const auto&) { return kMain; },
        },
        operation);
}

auto runs_alone(const Operation& operation) -> bool {
    if (std::holds_alternative<AddEnumValue>(operation)) return true;
    if (const auto* create = std::get_if<CreateIndex>(&operation)) return create->concurrently;
    if (const auto* drop = std::get_if<DropIndex>(&operation)) return drop->concurrently;
    return false;
}

auto why(Stage stage) -> std::string {
    switch (stage) {
        case kAddEnumValues:
            return "outside a transaction: a new enum label is usable only after it is committed";
        case kDropIndexes:
            return "outside a transaction: DROP INDEX CONCURRENTLY does not block reads or writes";
        case kMain:
            return "";
        case kBuildIndexes:
            return "outside a transaction: CREATE INDEX CONCURRENTLY does not block reads or writes";
        case kValidate:
        case kValidateFinished:
            return "VALIDATE in its own transaction: it scans under SHARE UPDATE EXCLUSIVE only";
        case kFinish:
            return "catalog-only steps that need the indexes built or the checks validated above";
        case kDropReplacedIndexes:
            return "outside a transaction: the old index goes once its successor is built";
        case kRenameIndexes:
            return "the rebuilt indexes take over their names";
    }
    return "";
}

}  // namespace

auto Plan::size() const -> size_t {
    size_t count = 0;
    for (const auto& group : groups) count += group.steps.size();
    return count;
}

auto Plan::steps() const -> std::vector<const Step*> {
    std::vector<const Step*> out;
    for (const auto& group : groups) {
        for (const auto& step : group.steps) out.push_back(&step);
    }
    return out;
}

auto make_plan(std::vector<Operation> operations, const Options& options) -> Plan {
    safety::Context context = options.context;
    auto created = safety::created_tables(operations);
    context.new_tables.insert(created.begin(), created.end());

    std::vector<Operation> table_drops, others, cycle_breaks;
    for (auto& op : operations) {
        (std::holds_alternative<DropTable>(op) ? table_drops : others).push_back(std::move(op));
    }
    table_drops = order_table_drops(std::move(table_drops), cycle_breaks);
    others.insert(others.end(), cycle_breaks.begin(), cycle_breaks.end());
    others.insert(others.end(), table_drops.begin(), table_drops.end());
    // A view or materialized view that takes the name of a table dropped in the plan is created after that drop.
    std::set<std::string> dropped_tables;
    for (const auto& op : table_drops) dropped_tables.insert(std::get<DropTable>(op).table.name.sql());
    // An event trigger created in the plan is disabled after it is created.
    std::set<std::string> created_event_triggers;
    for (const auto& op : others) {
        if (const auto* create = std::get_if<CreateObject>(&op);
            create && create->object.kind == ObjectKind::EventTrigger) {
            created_event_triggers.insert(create->object.subject);
        }
    }
    auto phase = [&](const Operation& op) {
        if (const auto* create = std::get_if<CreateObject>(&op);
            create && create->object.kind == ObjectKind::EventTriggerState &&
            created_event_triggers.count(create->object.subject) != 0) {
            return Order{Phase::StartEventTriggers, 1};
        }
        if (const auto* create = std::get_if<CreateObject>(&op); create &&
                                                                 kind_has(create->object.kind, KindFlag::ViewLike) &&
                                                                 dropped_tables.count(create->object.subject) != 0) {
            return Order{Phase::DropTables, 1};
        }
        return phase_of(op);
    };
    std::stable_sort(others.begin(), others.end(),
                     [&](const Operation& a, const Operation& b) { return phase(a) < phase(b); });
    if (options.safe_rewrites) others = safety::safe_rewrites(std::move(others), context);

    StageFacts facts = facts_of(others);
    // Within a stage the phases hold, except that a SET NOT NULL helper CHECK goes after the SET NOT NULL it proves.
    auto order = [&](const Operation& op) {
        const auto* drop = std::get_if<DropConstraint>(&op);
        bool helper = drop != nullptr && facts.helper_checks.count({drop->table, drop->constraint.name}) != 0;
        return std::pair{stage_of(op, facts), helper ? Order{Phase::DropNotNullHelpers, 0} : phase(op)};
    };
    std::stable_sort(others.begin(), others.end(),
                     [&](const Operation& a, const Operation& b) { return order(a) < order(b); });

    Plan plan;
    std::optional<Stage> open_stage;  // the stage of the transaction group being filled
    for (auto& op : others) {
        Step step{op, ddl::to_sql(op), safety::classify(op, context)};
        if (step.sql.empty()) continue;
        Stage stage = stage_of(op, facts);
        bool alone = runs_alone(op);
        bool own_transaction = std::holds_alternative<ValidateConstraint>(op);
        if (alone || own_transaction || open_stage != stage) {
            Group group;
            group.transactional = !alone;
            group.lock_timeout = options.lock_timeout;
            group.why = why(stage);
            plan.groups.push_back(std::move(group));
            open_stage = (alone || own_transaction) ? std::nullopt : std::optional<Stage>(stage);
        }
        plan.groups.back().steps.push_back(std::move(step));
    }
    // Verdicts that depend on the order: safety decides them (classify_in_sequence).
    std::vector<safety::SequencedStep> sequence;
    for (size_t group_idx = 0; group_idx < plan.groups.size(); ++group_idx) {
        for (auto& step : plan.groups[group_idx].steps) {
            const auto* drop = std::get_if<DropConstraint>(&step.operation);
            bool helper = drop != nullptr && facts.helper_checks.count({drop->table, drop->constraint.name}) != 0;
            sequence.push_back({&step.operation, &step.verdict, group_idx, helper});
        }
    }
    safety::classify_in_sequence(sequence, context);
    for (auto& group : plan.groups) {
        // Scans, builds and rewrites take time in proportion to the table; a sequence is one page, so rewriting it
        // (ALTER SEQUENCE options) is as quick as a catalog change.
        bool long_running = std::any_of(group.steps.begin(), group.steps.end(), [](const Step& step) {
            return step.verdict.effect != safety::Effect::CatalogOnly &&
                   !std::holds_alternative<AlterSequence>(step.operation);
        });
        group.statement_timeout = long_running ? options.long_statement_timeout : options.statement_timeout;
    }
    return plan;
}

}  // namespace schemadiff::planner
