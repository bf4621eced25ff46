// What proves a column NOT NULL without a scan: read by the classifier (a CHECK in the schema) and by the migration
// reader (a CHECK the file added), so that the two agree on one spelling.
#pragma once

#include <string>

#include "schemadiff/model/schema.hpp"

namespace schemadiff::model {

/// Whether `constraint` is CHECK (`column` IS NOT NULL) as PostgreSQL and the deparser print it (with or without the
/// doubled parentheses). Whether it is validated is the caller's question.
auto proves_not_null(const Constraint& constraint, const std::string& column) -> bool;

}  // namespace schemadiff::model
