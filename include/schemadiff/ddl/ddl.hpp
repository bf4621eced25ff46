// Operation -> SQL text. Spells every statement schemadiff composes from typed operations; every name goes through
// quote_ident here. Objects defined by SQL (model::SchemaObject) carry statements that are data: what PostgreSQL's
// catalog functions print, framed by the catalog query (src/introspect/queries/objects.sql), or a migration file's own
// statement; ddl passes those through.
#pragma once

#include <string>
#include <vector>

#include "schemadiff/model/operation.hpp"

namespace schemadiff::ddl {

/// The statements (without trailing semicolons) that carry out one operation.
auto to_sql(const model::Operation& operation) -> std::vector<std::string>;

/// `name type [COLLATE ..] [GENERATED ..] [DEFAULT ..] [NOT NULL]`, as in CREATE TABLE and ADD COLUMN.
auto column_definition(const model::Column& column) -> std::string;

}  // namespace schemadiff::ddl
