// Internal to diff: per-object-kind comparison functions.
#pragma once

#include "schemadiff/core/identifier.hpp"
#include "schemadiff/model/operation.hpp"

#include <vector>

namespace schemadiff::diff {

using Ops = std::vector<model::Operation>;

/// CREATE TABLE with its columns and inline constraints; FOREIGN KEYs, NOT VALID constraints, indexes and comments
/// become operations of their own so the planner can place them after every table exists.
void create_table(Ops& ops, const model::Table& table);
/// ADD CONSTRAINT (and its comment) / CREATE INDEX (and its comment) for an existing table.
void add_constraint(Ops& ops, const model::QualifiedName& table, const model::Constraint& constraint);
void add_index(Ops& ops, const model::QualifiedName& table, const model::Index& index);
void diff_table(Ops& ops, const model::Table& from, const model::Table& to);

}  // namespace schemadiff::diff
