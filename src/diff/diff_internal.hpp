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
void diff_table(Ops& ops, const model::Table& from, const model::Table& to);

}  // namespace schemadiff::diff
