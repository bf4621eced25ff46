// Internal to the parser: the statements of a migration file -> operations, on a working copy of the schema.
#pragma once

#include "transform.hpp"

#include "schemadiff/model/operation.hpp"

#include <vector>

namespace schemadiff::parser {

/// The schema as a migration file changes it, statement by statement. Statements are read with the same transforms
/// that read schema files; the working copy supplies what a statement does not say (the type of a dropped column,
/// the kind of a dropped constraint, the table of a dropped index). Tables it does not know are assumed to exist.
class MigrationOperations {
public:
    /// `text` is the whole file and must outlive this object.
    MigrationOperations(const model::Schema& before, const std::string& file, const std::string& text);
    MigrationOperations(const MigrationOperations&) = delete;
    auto operator=(const MigrationOperations&) -> MigrationOperations& = delete;

    auto context() -> TransformContext& { return ctx_; }
    /// What `node` does, in plan vocabulary, applied to the working copy. Empty for statements that change no
    /// modelled object. Throws Error(Unsupported) for forms the transforms do not cover.
    auto operations(PgQuery__Node* node, Arena& arena) -> std::vector<model::Operation>;

private:
    auto table(const model::QualifiedName& name) -> model::Table&;
    void forget_table(const model::QualifiedName& name);
    auto create_table(PgQuery__CreateStmt* stmt, Arena& arena) -> std::vector<model::Operation>;
    auto create_index(PgQuery__IndexStmt* stmt, Arena& arena) -> std::vector<model::Operation>;
    auto alter_table(PgQuery__AlterTableStmt* stmt, Arena& arena) -> std::vector<model::Operation>;
    auto alter_column(model::Table& table, PgQuery__AlterTableCmd* cmd, Arena& arena) -> std::optional<model::Operation>;
    auto add_constraint(model::Table& table, PgQuery__Constraint* constraint, Arena& arena) -> model::Operation;
    auto drop(PgQuery__DropStmt* stmt) -> std::vector<model::Operation>;
    auto create_object(PgQuery__Node* node) -> std::vector<model::Operation>;
    auto alter_sequence(PgQuery__AlterSeqStmt* stmt) -> std::vector<model::Operation>;
    auto alter_enum(PgQuery__AlterEnumStmt* stmt) -> std::vector<model::Operation>;
    auto comment(PgQuery__CommentStmt* stmt) -> std::vector<model::Operation>;
    auto rename(PgQuery__RenameStmt* stmt) -> std::vector<model::Operation>;
    /// The table holding index `name` (its schema and an empty name when unknown), and the index.
    auto find_index(const model::QualifiedName& name) -> std::pair<model::QualifiedName, const model::Index*>;

    model::Schema schema_;
    TransformContext ctx_;
};

}  // namespace schemadiff::parser
