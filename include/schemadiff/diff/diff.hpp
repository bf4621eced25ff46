// Model x model -> operations. Knows nothing of safety and writes no SQL: operations carry typed changes (ddl spells
// them) or the statements the catalog printed for an object. It reads that text where the catalog gives nothing
// typed (which objects a definition names, to rename or rebuild them). Objects defined by SQL are handed over in
// dependency order (an object after what it depends on, from the schemas' dependency graphs); the plan's phases are the
// planner's.
#pragma once

#include <vector>

#include "schemadiff/model/operation.hpp"

namespace schemadiff::diff {

struct CompareOptions {
    /// Compare privileges (GRANT / REVOKE, ALTER DEFAULT PRIVILEGES). Off: they are left alone, except that the
    /// grants of an object dropped and created again are granted again as they were.
    bool privileges = false;
};

/// A rename a schema file asked for (`-- schemadiff:renamed-from <old>`).
struct Rename {
    enum class Kind { Table, Column, Constraint, Index, View, Function } kind = Kind::Table;
    model::QualifiedName table;  ///< Table: the old name; members: their table (new name); View/Function: schema
    std::string from;            ///< old name (unqualified)
    std::string to;              ///< new name
    std::string object_id;       ///< View/Function: the old object's id
};
/// The renames `to`'s hints ask for that `from` allows: the old object exists in `from` and not in `to`, the new one
/// not in `from`. Table renames first.
auto find_renames(const model::Schema& from, const model::Schema& to) -> std::vector<Rename>;
/// The same renames the other way (for the down migration), members before their table.
auto invert(const std::vector<Rename>& renames) -> std::vector<Rename>;
/// `schema` as it is after the renames: names, and the definitions that spell them (the caller normalises again).
void apply_renames(model::Schema& schema, const std::vector<Rename>& renames);
/// ALTER ... RENAME statements for the renames, against `from` (the schema before them).
auto rename_operations(const std::vector<Rename>& renames, const model::Schema& from) -> std::vector<model::Operation>;

/// The operations that turn `from` into `to`. Both models must be normalised (parser::normalize). The result is
/// deterministic (objects in name order) but not yet in execution order: the planner orders it. compare(x, x) is
/// always empty.
auto compare(const model::Schema& from, const model::Schema& to, const CompareOptions& options = {})
    -> std::vector<model::Operation>;

}  // namespace schemadiff::diff
