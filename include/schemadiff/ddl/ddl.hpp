// Operation -> SQL text. The only place that spells DDL; every name goes through quote_ident here.
#pragma once

#include "schemadiff/model/operation.hpp"

#include <string>
#include <vector>

namespace schemadiff::ddl {

/// The statements (without trailing semicolons) that carry out one operation.
auto to_sql(const model::Operation& operation) -> std::vector<std::string>;

/// `name type [COLLATE ..] [GENERATED ..] [DEFAULT ..] [NOT NULL]`, as in CREATE TABLE and ADD COLUMN.
auto column_definition(const model::Column& column) -> std::string;

}  // namespace schemadiff::ddl
