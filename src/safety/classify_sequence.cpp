// Verdicts that depend on where a step stands in the ordered plan (safety.hpp: classify_in_sequence).
#include <fmt/format.h>

#include <set>

#include "schemadiff/safety/safety.hpp"

namespace schemadiff::safety {

using namespace model;

namespace {

/// The helper CHECK (col IS NOT NULL) that proved a SET NOT NULL: the NOT NULL constraint enforces it by then.
void helpers_are_safe(std::vector<SequencedStep>& steps) {
    for (auto& step : steps) {
        if (!step.not_null_helper) continue;
        step.verdict->severity = Severity::Safe;
        step.verdict->conditions.push_back("a helper of SET NOT NULL: the NOT NULL constraint now enforces it");
    }
}

/// DROP DEFAULT before a type change, SET DEFAULT again after it, in one transaction: no insert ever sees the column
/// without its default, so the NOT NULL hazard of default-drop does not apply.
void transient_default_drops(std::vector<SequencedStep>& steps) {
    for (size_t at = 0; at < steps.size(); ++at) {
        const auto* drop = std::get_if<SetColumnDefault>(steps[at].operation);
        if (drop == nullptr || drop->to.default_value || steps[at].verdict->severity == Severity::Safe) continue;
        for (size_t later = at + 1; later < steps.size() && steps[later].transaction == steps[at].transaction;
             ++later) {
            const auto* set = std::get_if<SetColumnDefault>(steps[later].operation);
            if (set != nullptr && set->table == drop->table && set->to.name == drop->to.name && set->to.default_value) {
                steps[at].verdict->severity = Severity::Safe;
                steps[at].verdict->conditions.push_back("the default is set again later in the same transaction");
                break;
            }
        }
    }
}

/// SET NOT NULL skips its scan only while the CHECK proving it exists: when the plan drops that CHECK first (plain
/// forms), the verdict is the scan's again.
void proofs_dropped_first(std::vector<SequencedStep>& steps, const Context& context) {
    std::set<std::pair<QualifiedName, std::string>> dropped;
    for (auto& step : steps) {
        if (const auto* drop = std::get_if<DropConstraint>(step.operation))
            dropped.insert({drop->table, drop->constraint.name});
        const auto* set = std::get_if<SetColumnNotNull>(step.operation);
        if (set == nullptr || !set->to.not_null || !set->proven_by.empty()) continue;
        std::string proof = proving_check(context, set->table, set->to.name);
        if (proof.empty() || dropped.count({set->table, proof}) == 0) continue;
        Context without_proof = context;
        without_proof.before = nullptr;  // classify as if no CHECK proved it
        *step.verdict = classify(*step.operation, without_proof);
        step.verdict->conditions.push_back("the CHECK that proved it is dropped earlier in the plan");
    }
}

/// The documented key swap: DROP CONSTRAINT of a primary key (unique constraint) and ADD ... USING INDEX of a new
/// unique index of the same kind on the same table, in one transaction (one statement, as the PostgreSQL docs write
/// it): the table is locked from the drop to the commit, so no session sees it without the key. When both keys are
/// known they must be the same columns; an old key lint cannot see (no --db) is assumed to be, and the verdict says so.
void key_swaps(std::vector<SequencedStep>& steps) {
    for (size_t at = 0; at < steps.size(); ++at) {
        const auto* drop = std::get_if<DropConstraint>(steps[at].operation);
        // CASCADE drops the foreign keys that reference the key: not a swap
        if (drop == nullptr || drop->cascade || steps[at].verdict->severity == Severity::Safe) continue;
        ConstraintKind kind = drop->constraint.kind;
        if (kind != ConstraintKind::PrimaryKey && kind != ConstraintKind::Unique) continue;
        for (size_t later = at + 1; later < steps.size() && steps[later].transaction == steps[at].transaction;
             ++later) {
            const auto* add = std::get_if<AddConstraint>(steps[later].operation);
            if (add == nullptr || add->table != drop->table || add->constraint.kind != kind || add->using_index.empty())
                continue;
            const std::string& old_key = drop->constraint.definition.text;
            bool known = !old_key.empty() && old_key.find("USING INDEX") == std::string::npos;
            if (known && old_key != add->constraint.definition.text) continue;  // another key: not a swap
            // An old key nothing read shows may have other columns: CAREFUL until --db confirms it.
            steps[at].verdict->severity = known ? Severity::Safe : Severity::Careful;
            steps[at].verdict->conditions.push_back(
                fmt::format("swapped for {} USING INDEX {} in the same transaction: the key never lapses{}",
                            kind == ConstraintKind::PrimaryKey ? "PRIMARY KEY" : "UNIQUE", add->using_index,
                            known ? ""
                                  : " if the new index has the old key's columns, which nothing read here shows "
                                    "(give --db)"));
            break;
        }
    }
}

}  // namespace

void classify_in_sequence(std::vector<SequencedStep>& steps, const Context& context) {
    helpers_are_safe(steps);
    proofs_dropped_first(steps, context);
    transient_default_drops(steps);
    key_swaps(steps);
}

}  // namespace schemadiff::safety
