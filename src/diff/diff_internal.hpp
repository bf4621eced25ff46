// Internal to diff: per-object-kind comparison functions.
#pragma once

#include <vector>

#include "schemadiff/core/identifier.hpp"
#include "schemadiff/diff/diff.hpp"
#include "schemadiff/model/operation.hpp"

namespace schemadiff::diff {

using Ops = std::vector<model::Operation>;

/// CREATE TABLE with its columns and inline constraints; FOREIGN KEYs, NOT VALID constraints, indexes and comments
/// become operations of their own so the planner can place them after every table exists.
void create_table(Ops& ops, const model::Table& table);
/// ADD CONSTRAINT (and its comment) / CREATE INDEX (and its comment) for an existing table; `around_objects`: added
/// back after an object it uses is created again (model::AddConstraint, model::CreateIndex).
void add_constraint(Ops& ops, const model::QualifiedName& table, const model::Constraint& constraint,
                    bool around_objects = false);
void add_index(Ops& ops, const model::QualifiedName& table, const model::Index& index, bool around_objects = false);
void diff_table(Ops& ops, const model::Table& from, const model::Table& to);
/// Views, functions, triggers... (model::SchemaObject), after the table operations in `ops`, whose changes decide
/// which dependents are dropped and created again.
void diff_objects(Ops& ops, const model::Schema& from, const model::Schema& to, const CompareOptions& options);

}  // namespace schemadiff::diff
