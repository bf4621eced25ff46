// Model x model -> operations. Knows nothing of ordering, safety or SQL text.
#pragma once

#include "schemadiff/model/operation.hpp"

#include <vector>

namespace schemadiff::diff {

/// The operations that turn `from` into `to`. Both models must be normalised (parser::normalize). The result is
/// deterministic (objects in name order) but not yet in execution order: the planner orders it. compare(x, x) is
/// always empty.
auto compare(const model::Schema& from, const model::Schema& to) -> std::vector<model::Operation>;

}  // namespace schemadiff::diff
