// Operation -> SQL text. Spells every statement schemadiff writes: those it composes from typed operations, and those
// of objects defined by SQL (model::SchemaObject), framed by frame_objects() around what PostgreSQL's catalog
// functions printed (the object's parts, read by introspect). A migration file's objects carry the file's own
// statements, which ddl passes through. Every name goes through quote_ident here.
#pragma once

#include <string>
#include <vector>

#include "schemadiff/model/operation.hpp"

namespace schemadiff::ddl {

/// Sets create / drop / replace (and the compare key where the statement carries more than the object: WITH [NO]
/// DATA) of every object of a schema read from a database, from its parts (model::SchemaObject::parts).
void frame_objects(model::Schema& schema);

/// The statements (without trailing semicolons) that carry out one operation.
auto to_sql(const model::Operation& operation) -> std::vector<std::string>;

/// `name type [COLLATE ..] [GENERATED ..] [DEFAULT ..] [NOT NULL]`, as in CREATE TABLE and ADD COLUMN.
auto column_definition(const model::Column& column) -> std::string;

}  // namespace schemadiff::ddl
