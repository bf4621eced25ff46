// The typed change vocabulary: what diff produces and every later stage consumes. Names read like the DDL.
// Each operation keeps the objects it touches (old and new), so safety and reports never look anything up.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "schemadiff/model/schema.hpp"

namespace schemadiff::model {

struct CreateSchema {
    Namespace schema;
};
struct DropSchema {
    Namespace schema;
};
struct CreateExtension {
    Extension extension;
};
struct DropExtension {
    Extension extension;
};
struct CreateEnum {
    EnumType type;
};
struct DropEnum {
    EnumType type;
};
/// ALTER TYPE ... ADD VALUE; `before` / `after` name the neighbour it is placed next to (one of them, or neither).
struct AddEnumValue {
    QualifiedName type;
    std::string label;
    std::string before;
    std::string after;
};
/// A column that uses an enum type being rebuilt.
struct EnumUse {
    QualifiedName table;
    Column column;
};
/// Removing or reordering enum labels: rename the old type away, create the new one, convert every column, drop
/// the old type.
struct RebuildEnum {
    EnumType from;
    EnumType to;
    std::vector<EnumUse> uses;
};
struct CreateSequence {
    Sequence sequence;
};
struct DropSequence {
    Sequence sequence;
};
struct AlterSequence {
    Sequence from;
    Sequence to;
};
/// ALTER SEQUENCE ... OWNED BY (to.owned_by_table empty: OWNED BY NONE).
struct SetSequenceOwner {
    Sequence from;
    Sequence to;
};
struct CreateTable {
    Table table;
};
struct DropTable {
    Table table;
};
struct SetTableLogged {
    QualifiedName table;
    bool unlogged = false;
};
/// Where an operation that makes way for objects dropped and created again runs (a type, collation or function whose
/// definition changes under the columns, checks, indexes and defaults that use it): `BeforeDrops` before those objects
/// are dropped, `AfterCreates` once they are back.
enum class Around { None, BeforeDrops, AfterCreates };
/// Around a function dropped and created again, a stored generated column that calls it is dropped before and added
/// again after (its values are computed again).
struct AddColumn {
    QualifiedName table;
    Column column;
    Around around = Around::None;
};
struct DropColumn {
    QualifiedName table;
    Column column;
    Around around = Around::None;
};
/// Type and/or collation change. Around a type or collation dropped and created again, a column that uses it is
/// re-typed to a stand-in (the domain's base type, text, or the default collation) before and back after.
struct AlterColumnType {
    QualifiedName table;
    Column from;
    Column to;
    Around around = Around::None;
};
/// SET / DROP DEFAULT. `around_objects`: a default that calls a function dropped and created again (its signature
/// changes) is dropped before the function goes and set again after it is back.
struct SetColumnDefault {
    QualifiedName table;
    Column from;
    Column to;
    bool around_objects = false;
};
/// SET / DROP NOT NULL. `proven_by` names a validated CHECK (col IS NOT NULL) that lets PostgreSQL >= 12 skip the
/// scan (the safe rewrite adds it first).
struct SetColumnNotNull {
    QualifiedName table;
    Column from;
    Column to;
    std::string proven_by = {};
};
/// ADD / DROP / SET GENERATED / SET sequence options of an identity column.
struct AlterColumnIdentity {
    QualifiedName table;
    Column from;
    Column to;
};
/// ALTER COLUMN ... DROP EXPRESSION: a stored generated column becomes a plain one, keeping its values.
struct DropColumnExpression {
    QualifiedName table;
    Column from;
    Column to;
};
/// ADD CONSTRAINT; with `using_index`, a PRIMARY KEY / UNIQUE constraint adopts an index built beforehand.
/// `around_objects` (add and drop): a constraint that calls a function dropped and created again goes before the
/// function and comes back after it.
struct AddConstraint {
    QualifiedName table;
    Constraint constraint;
    std::string using_index = {};
    bool around_objects = false;
};
struct DropConstraint {
    QualifiedName table;
    Constraint constraint;
    bool around_objects = false;
    bool cascade = false;  ///< DROP CONSTRAINT ... CASCADE (a migration file): drops what depends on it too
};
struct ValidateConstraint {
    QualifiedName table;
    Constraint constraint;
};
/// CREATE INDEX; `concurrently` builds it without blocking writes (outside any transaction).
/// `around_objects` (create and drop): an index on an expression that calls a function dropped and created again.
struct CreateIndex {
    QualifiedName table;
    Index index;
    bool concurrently = false;
    bool around_objects = false;
};
/// DROP INDEX; `concurrently` drops it without blocking reads and writes (outside any transaction).
struct DropIndex {
    QualifiedName table;
    Index index;
    bool concurrently = false;
    bool around_objects = false;
};
/// ALTER INDEX ... RENAME TO: the last step of replacing an index online, or (`hinted`) a rename the schema file
/// asked for with `-- schemadiff:renamed-from`, which runs first.
struct RenameIndex {
    QualifiedName table;
    std::string from;
    std::string to;
    bool hinted = false;
};
/// Renames asked for with `-- schemadiff:renamed-from <old>` in a schema file; they run before everything else.
struct RenameTable {
    QualifiedName from;
    QualifiedName to;
};
struct RenameColumn {
    QualifiedName table;
    std::string from;
    std::string to;
};
struct RenameConstraint {
    QualifiedName table;
    std::string from;
    std::string to;
};
/// A view, materialized view, function or procedure (`object` as it was) takes the name `to`.
struct RenameObject {
    SchemaObject object;
    std::string to;
};

/// An object defined by SQL (SchemaObject). `rebuild`: dropped earlier in the same plan because something it depends on
/// changes, and created again here.
struct CreateObject {
    SchemaObject object;
    bool rebuild = false;
};
/// `rebuild`: created again later in the same plan (its definition changes incompatibly, or something it depends on
/// must change under it).
struct DropObject {
    SchemaObject object;
    bool rebuild = false;
};
/// The attributes ALTER TYPE drops (quoted names) and adds ("name type [COLLATE c]" lines as the catalog query prints
/// them) to change a composite type in place.
struct AttributeChanges {
    std::vector<std::string> dropped;
    std::vector<std::string> added;
    auto empty() const -> bool { return dropped.empty() && added.empty(); }
};
/// An object changed in place: by `to.replace` (CREATE OR REPLACE, ALTER POLICY, SET (option)...), or, when
/// `attributes` is not empty, by the ALTER TYPE ... DROP ATTRIBUTE / ADD ATTRIBUTE that ddl spells from it.
struct ReplaceObject {
    SchemaObject from;
    SchemaObject to;
    AttributeChanges attributes = {};
};

/// What a COMMENT ON statement targets.
enum class CommentTarget { Schema, Extension, Type, Sequence, Table, Column, Constraint, Index };
/// COMMENT ON ... IS '...' / IS NULL. `object` is the object (for Column: the table; `member` the column; for
/// Constraint: the table and `member` the constraint; for Index: the index name in the table's schema).
struct SetComment {
    CommentTarget target = CommentTarget::Table;
    QualifiedName object;
    std::string member;
    std::optional<std::string> from;
    std::optional<std::string> to;
};

using Operation =
    std::variant<CreateSchema, DropSchema, CreateExtension, DropExtension, CreateEnum, DropEnum, AddEnumValue,
                 RebuildEnum, CreateSequence, DropSequence, AlterSequence, SetSequenceOwner, CreateTable, DropTable,
                 SetTableLogged, AddColumn, DropColumn, AlterColumnType, SetColumnDefault, SetColumnNotNull,
                 AlterColumnIdentity, DropColumnExpression, AddConstraint, DropConstraint, ValidateConstraint,
                 CreateIndex, DropIndex, SetComment, RenameIndex, CreateObject, DropObject, ReplaceObject, RenameTable,
                 RenameColumn, RenameConstraint, RenameObject>;

/// Visits an Operation with one lambda per alternative: std::visit(overloaded{[](const AddColumn&) {...}, ...}, op).
template <class... Ts>
struct overloaded : Ts... {
    using Ts::operator()...;
};

/// "add_column", "create_index"...: stable names used in reports and test files.
auto kind_name(const Operation& operation) -> std::string_view;
/// The object an operation touches, for people: "public.users.email", "public.users_email_idx".
auto subject(const Operation& operation) -> std::string;

}  // namespace schemadiff::model
