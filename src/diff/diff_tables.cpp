// Tables, columns, constraints and indexes.
#include <fmt/format.h>

#include <map>

#include "diff_internal.hpp"

namespace schemadiff::diff {

using namespace model;

namespace {

auto needs_own_statement(const Constraint& constraint) -> bool {
    return constraint.kind == ConstraintKind::ForeignKey || !constraint.validated;
}

void column_comment(Ops& ops, const QualifiedName& table, const std::string& column,
                    const std::optional<std::string>& from, const std::optional<std::string>& to) {
    if (from != to) ops.push_back(SetComment{CommentTarget::Column, table, column, from, to});
}

}  // namespace

void add_constraint(Ops& ops, const QualifiedName& table, const Constraint& constraint, bool around_objects) {
    ops.push_back(AddConstraint{table, constraint, "", around_objects});
    if (constraint.comment) {
        ops.push_back(SetComment{CommentTarget::Constraint, table, constraint.name, std::nullopt, constraint.comment});
    }
}

void add_index(Ops& ops, const QualifiedName& table, const Index& index, bool around_objects) {
    ops.push_back(CreateIndex{table, index, false, around_objects});
    if (index.comment) {
        ops.push_back(SetComment{CommentTarget::Index, {table.schema, index.name}, "", std::nullopt, index.comment});
    }
}

namespace {

void diff_column(Ops& ops, const QualifiedName& table, Column from, const Column& to) {
    if (from.generated != to.generated) {
        if (from.generated && !to.generated) {
            Column plain = from;
            plain.generated.reset();
            ops.push_back(DropColumnExpression{table, from, plain});
            from = plain;
        } else {
            // A generated expression cannot be added or changed in place (before PostgreSQL 17): recreate.
            ops.push_back(DropColumn{table, from});
            ops.push_back(AddColumn{table, to});
            column_comment(ops, table, to.name, std::nullopt, to.comment);
            return;
        }
    }
    bool type_changes = from.type != to.type || from.collation != to.collation;
    bool default_changes = !(from.default_value == to.default_value);
    // The default goes first, and is set again afterwards, when it may not survive the type change, or when an
    // identity is added (serial -> identity: a column with a default cannot become an identity).
    bool adds_identity = to.identity != IdentityKind::None && from.identity == IdentityKind::None;
    if (from.default_value && (type_changes || adds_identity)) {
        Column without = from;
        without.default_value.reset();
        ops.push_back(SetColumnDefault{table, from, without});
        from = without;
        default_changes = to.default_value.has_value();
    }
    // Adding an identity needs NOT NULL first; dropping NOT NULL needs the identity gone first.
    if (to.not_null && !from.not_null) ops.push_back(SetColumnNotNull{table, from, to});
    if (type_changes) ops.push_back(AlterColumnType{table, from, to});
    if (from.identity != to.identity ||
        (to.identity != IdentityKind::None && !(from.identity_options == to.identity_options))) {
        ops.push_back(AlterColumnIdentity{table, from, to});
    }
    if (default_changes) ops.push_back(SetColumnDefault{table, from, to});
    if (!to.not_null && from.not_null) ops.push_back(SetColumnNotNull{table, from, to});
    column_comment(ops, table, to.name, from.comment, to.comment);
}

void diff_constraints(Ops& ops, const Table& from, const Table& to) {
    std::map<std::string, const Constraint*> old_by_name;
    for (const auto& constraint : from.constraints) old_by_name[constraint.name] = &constraint;
    std::map<std::string, const Constraint*> new_by_name;
    for (const auto& constraint : to.constraints) new_by_name[constraint.name] = &constraint;
    for (const auto& constraint : from.constraints) {
        auto it = new_by_name.find(constraint.name);
        bool replaced = it != new_by_name.end() &&
                        (it->second->kind != constraint.kind || !(it->second->definition == constraint.definition) ||
                         (constraint.validated && !it->second->validated));
        if (it == new_by_name.end() || replaced) ops.push_back(DropConstraint{to.name, constraint});
    }
    for (const auto& constraint : to.constraints) {
        auto it = old_by_name.find(constraint.name);
        if (it == old_by_name.end()) {
            add_constraint(ops, to.name, constraint);
            continue;
        }
        const Constraint& old = *it->second;
        if (old.kind != constraint.kind || !(old.definition == constraint.definition) ||
            (old.validated && !constraint.validated)) {
            add_constraint(ops, to.name, constraint);
            continue;
        }
        if (!old.validated && constraint.validated) ops.push_back(ValidateConstraint{to.name, constraint});
        if (old.comment != constraint.comment) {
            ops.push_back(
                SetComment{CommentTarget::Constraint, to.name, constraint.name, old.comment, constraint.comment});
        }
    }
}

void diff_indexes(Ops& ops, const Table& from, const Table& to) {
    for (const auto& index : from.indexes) {
        const Index* next = to.find_index(index.name);
        if (next == nullptr || !(next->definition == index.definition)) ops.push_back(DropIndex{to.name, index});
    }
    for (const auto& index : to.indexes) {
        const Index* old = from.find_index(index.name);
        if (old == nullptr || !(old->definition == index.definition)) {
            add_index(ops, to.name, index);
        } else if (old->comment != index.comment) {
            ops.push_back(
                SetComment{CommentTarget::Index, {to.name.schema, index.name}, "", old->comment, index.comment});
        }
    }
}

}  // namespace

void create_table(Ops& ops, const Table& table) {
    Table created = table;
    created.constraints.clear();
    created.indexes.clear();
    created.comment.reset();
    for (auto& column : created.columns) column.comment.reset();
    for (const auto& constraint : table.constraints) {
        if (!needs_own_statement(constraint)) {
            Constraint inline_constraint = constraint;
            inline_constraint.comment.reset();
            created.constraints.push_back(inline_constraint);
        }
    }
    ops.push_back(CreateTable{created});
    if (table.comment) ops.push_back(SetComment{CommentTarget::Table, table.name, "", std::nullopt, table.comment});
    for (const auto& column : table.columns) column_comment(ops, table.name, column.name, std::nullopt, column.comment);
    for (const auto& constraint : table.constraints) {
        if (needs_own_statement(constraint)) {
            add_constraint(ops, table.name, constraint);
        } else if (constraint.comment) {
            ops.push_back(
                SetComment{CommentTarget::Constraint, table.name, constraint.name, std::nullopt, constraint.comment});
        }
    }
    for (const auto& index : table.indexes) add_index(ops, table.name, index);
}

void diff_table(Ops& ops, const Table& from, const Table& to) {
    if (from.partition_by != to.partition_by) {
        // Neither way has an ALTER: it takes a new table, a copy of the rows and a swap, which a person must plan.
        throw Error(ErrorKind::Plan,
                    fmt::format("table {} changes from {} to {}: PostgreSQL cannot change this in place; create the "
                                "new table under another name, copy the rows, then swap the names",
                                from.name.sql(),
                                from.partition_by.empty() ? "not partitioned" : "PARTITION BY " + from.partition_by,
                                to.partition_by.empty() ? "not partitioned" : "PARTITION BY " + to.partition_by));
    }
    if (from.unlogged != to.unlogged) ops.push_back(SetTableLogged{to.name, to.unlogged});
    diff_constraints(ops, from, to);
    diff_indexes(ops, from, to);
    for (const auto& column : to.columns) {
        const Column* old = from.find_column(column.name);
        if (old == nullptr) {
            ops.push_back(AddColumn{to.name, column});
            column_comment(ops, to.name, column.name, std::nullopt, column.comment);
        } else {
            diff_column(ops, to.name, *old, column);
        }
    }
    for (const auto& column : from.columns) {
        if (to.find_column(column.name) == nullptr) ops.push_back(DropColumn{to.name, column});
    }
    if (from.comment != to.comment)
        ops.push_back(SetComment{CommentTarget::Table, to.name, "", from.comment, to.comment});
}

}  // namespace schemadiff::diff
