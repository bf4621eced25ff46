// Internal to the parser: the statements of a migration file -> operations, on a working copy of the schema.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "schemadiff/model/command.hpp"
#include "schemadiff/model/operation.hpp"
#include "transform.hpp"

namespace schemadiff::parser {

/// Statements about objects defined by SQL (the kinds of object_kinds.def: views, functions, triggers, ...), which a
/// schema file leaves to a scratch database to read. Kept next to MigrationOperations::operations(), which reads the
/// same statements in a migration file, so that a kind's statements are listed in one file.
auto is_object_statement(const PgQuery__Node* node) -> bool;
/// REINDEX, CLUSTER, VACUUM / ANALYZE, TRUNCATE, DROP DATABASE, LOCK TABLE, REFRESH MATERIALIZED VIEW: the command it
/// runs; nullopt for every other statement.
auto command_of(const PgQuery__Node* node) -> std::optional<model::Command>;

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
    /// `before` is the schema the file runs on, read from that database (check --db), not an empty guess: a
    /// CREATE OR REPLACE of an object it lacks creates it.
    void know_schema() { schema_known_ = true; }
    /// The working copy, `before` with every statement applied, in the model's order (Schema::sort), once every
    /// statement has been read. Until then its vectors are in no particular order.
    auto result() -> model::Schema {
        schema_.sort();
        return schema_;
    }
    /// What `node` does, in plan vocabulary, applied to the working copy. Empty for statements that change no
    /// modelled object. Throws Error(Unsupported) for forms the transforms do not cover.
    auto operations(PgQuery__Node* node, Arena& arena) -> std::vector<model::Operation>;
    /// The SQL of each operation of the last operations() call, when the statement has several actions or objects
    /// that produced them: the statement's head and that action as written ("ALTER TABLE t ADD COLUMN b int"), or
    /// the statement for that object alone ("DROP TABLE public.b"). Empty when every operation is the whole
    /// statement's. `statement` is the text the node was parsed from.
    auto operation_texts(PgQuery__Node* node, const std::string& statement, Arena& arena) -> std::vector<std::string>;

private:
    /// CREATE OR REPLACE: whether the object `id` is replaced (known, or nothing is known) rather than created.
    auto replaces_existing(bool or_replace, const std::string& id) -> bool;
    bool schema_known_ = false;
    auto table(const model::QualifiedName& name) -> model::Table&;
    void forget_table(const model::QualifiedName& name);
    auto create_table(PgQuery__CreateStmt* stmt, Arena& arena) -> std::vector<model::Operation>;
    auto create_index(PgQuery__IndexStmt* stmt, Arena& arena) -> std::vector<model::Operation>;
    auto alter_table(PgQuery__AlterTableStmt* stmt, Arena& arena) -> std::vector<model::Operation>;
    auto alter_column(model::Table& table, PgQuery__AlterTableCmd* cmd, Arena& arena)
        -> std::optional<model::Operation>;
    auto add_constraint(model::Table& table, PgQuery__Constraint* constraint, Arena& arena) -> model::Operation;
    auto drop(PgQuery__DropStmt* stmt) -> std::vector<model::Operation>;
    auto create_object(PgQuery__Node* node) -> std::vector<model::Operation>;
    auto alter_sequence(PgQuery__AlterSeqStmt* stmt) -> std::vector<model::Operation>;
    auto alter_enum(PgQuery__AlterEnumStmt* stmt) -> std::vector<model::Operation>;
    auto comment(PgQuery__CommentStmt* stmt, const std::string& sql) -> std::vector<model::Operation>;
    auto rename(PgQuery__RenameStmt* stmt) -> std::vector<model::Operation>;
    /// The table holding index `name` (its schema and an empty name when unknown), and the index.
    auto find_index(const model::QualifiedName& name) -> std::pair<model::QualifiedName, const model::Index*>;

    // Objects defined by SQL (model::SchemaObject), named as the introspector names them (queries/objects.sql).
    // `sql` is the statement in libpg_query's canonical spelling: what rules read in an object's create / replace.
    auto create_view(PgQuery__ViewStmt* stmt, const std::string& sql) -> std::vector<model::Operation>;
    auto create_materialized_view(PgQuery__CreateTableAsStmt* stmt, const std::string& sql)
        -> std::vector<model::Operation>;
    auto create_function(PgQuery__CreateFunctionStmt* stmt, const std::string& sql) -> std::vector<model::Operation>;
    auto create_trigger(PgQuery__CreateTrigStmt* stmt, const std::string& sql) -> std::vector<model::Operation>;
    auto create_policy(PgQuery__CreatePolicyStmt* stmt, const std::string& sql) -> std::vector<model::Operation>;
    auto alter_policy(PgQuery__AlterPolicyStmt* stmt, const std::string& sql) -> std::vector<model::Operation>;
    auto create_domain(PgQuery__CreateDomainStmt* stmt, const std::string& sql) -> std::vector<model::Operation>;
    auto alter_domain(PgQuery__AlterDomainStmt* stmt, const std::string& sql) -> std::vector<model::Operation>;
    auto create_composite_type(PgQuery__CompositeTypeStmt* stmt, const std::string& sql)
        -> std::vector<model::Operation>;
    auto create_range_type(PgQuery__CreateRangeStmt* stmt, const std::string& sql) -> std::vector<model::Operation>;
    /// ALTER TYPE ... ADD / DROP ATTRIBUTE: one replacement of the composite type per action.
    auto alter_composite_type(PgQuery__AlterTableStmt* stmt, Arena& arena) -> std::vector<model::Operation>;
    auto create_statistics(PgQuery__CreateStatsStmt* stmt, const std::string& sql) -> std::vector<model::Operation>;
    auto alter_statistics(PgQuery__AlterStatsStmt* stmt, const std::string& sql) -> std::vector<model::Operation>;
    /// CREATE COLLATION and CREATE AGGREGATE (the DefineStmts with a rule).
    auto define(PgQuery__DefineStmt* stmt, const std::string& sql) -> std::vector<model::Operation>;
    auto create_event_trigger(PgQuery__CreateEventTrigStmt* stmt, const std::string& sql)
        -> std::vector<model::Operation>;
    auto alter_event_trigger(PgQuery__AlterEventTrigStmt* stmt, const std::string& sql)
        -> std::vector<model::Operation>;
    auto grant(PgQuery__GrantStmt* stmt, const std::string& sql) -> std::vector<model::Operation>;
    auto alter_default_privileges(PgQuery__AlterDefaultPrivilegesStmt* stmt, const std::string& sql)
        -> std::vector<model::Operation>;
    /// ALTER TABLE actions on objects of the table (row security, triggers' state, partitions, inheritance, storage
    /// options); empty for other actions.
    auto table_action(const model::QualifiedName& table, PgQuery__AlterTableStmt* stmt, size_t cmd_idx, Arena& arena)
        -> std::vector<model::Operation>;
    /// The object a DROP or COMMENT names (of `type`: view, function, aggregate, trigger, ...), as the introspector
    /// names it; nullopt for the kinds the model does not hold.
    auto object_named(PgQuery__ObjectType type, const PgQuery__Node* node) -> std::optional<model::SchemaObject>;
    auto drop_object(PgQuery__DropStmt* stmt, size_t object_idx) -> std::optional<model::Operation>;
    auto rename_table(PgQuery__RenameStmt* stmt) -> std::vector<model::Operation>;
    /// ALTER TYPE ... RENAME TO of an enum the schema knows: the working copy follows (no operation).
    void rename_enum(const model::QualifiedName& name, const std::string& to);
    auto rename_index(const model::QualifiedName& index, const std::string& to) -> std::vector<model::Operation>;
    /// RenameObject of a view or function whose name was `name`; the working copy knows it by the new name after.
    auto rename_object(model::SchemaObject object, const model::QualifiedName& name, const std::string& to)
        -> std::vector<model::Operation>;

    /// A function or procedure as a DROP / ALTER / GRANT names it: the one the schema knows, else one named as the
    /// introspector would ("function public.f(integer)").
    auto function_object(const PgQuery__ObjectWithArgs* function, PgQuery__ObjectType type) -> model::SchemaObject;
    /// "integer, text": the input argument types as oidvectortypes() prints them.
    auto signature(PgQuery__Node** arguments, size_t count, bool procedure) -> std::string;
    /// "SELECT, INSERT ON public.t TO app": what a GRANT / REVOKE is about.
    auto grant_subject(const PgQuery__GrantStmt* stmt) -> std::string;

    // The working copy's objects: each helper records the change and returns its operation.
    auto created(model::SchemaObject object) -> model::Operation;
    /// ReplaceObject from the object the schema knows (else from `to` itself).
    auto replaced(model::SchemaObject to) -> model::Operation;
    /// An atom switched on (an option, a trigger's state): ReplaceObject of the known one, else CreateObject.
    auto switched_on(model::SchemaObject object) -> model::Operation;
    /// DropObject of the object the schema knows by `object`'s id (it knows its table and SQL), else of `object`.
    auto dropped(model::SchemaObject object) -> model::Operation;
    /// An atom a statement `sql` switches on (SET, ENABLE, ADD: switched_on, with `sql` as its SQL) or off (DROP,
    /// RESET, DISABLE: dropped).
    auto switched(model::SchemaObject object, const std::string& sql, bool on) -> model::Operation;
    void store(model::SchemaObject object);
    void forget_object(const std::string& id);
    auto find_object(const std::string& id) -> const model::SchemaObject*;

    model::Schema schema_;
    TransformContext ctx_;
    /// For each operation of the last operations() call, the action (ALTER TABLE) or object (DROP) it came from.
    std::vector<size_t> origins_;
    /// The table of each index, (schema, index name) -> table: DROP INDEX names no table.
    std::map<model::QualifiedName, model::QualifiedName> index_tables_;
};

}  // namespace schemadiff::parser
