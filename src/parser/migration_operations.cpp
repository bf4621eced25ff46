// Migration statements -> operations: what a hand-written CREATE / ALTER / DROP does, in the plan's vocabulary, so
// that the safety rules classify a migration file exactly as they classify a generated plan.
#include "migration_operations.hpp"

#include "schemadiff/core/identifier.hpp"

#include <algorithm>

namespace schemadiff::parser {

using model::Operation;
using model::QualifiedName;

namespace {

auto ends_with(const std::string& text, std::string_view suffix) -> bool {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// A constraint known only by its name: the kind PostgreSQL's own naming suggests (t_pkey, t_a_key, t_a_fkey,
/// t_a_excl), else CHECK. Only used when no schema says better.
auto constraint_named(const std::string& name) -> model::Constraint {
    model::Constraint constraint;
    constraint.name = name;
    if (ends_with(name, "_pkey")) constraint.kind = model::ConstraintKind::PrimaryKey;
    else if (ends_with(name, "_fkey")) constraint.kind = model::ConstraintKind::ForeignKey;
    else if (ends_with(name, "_key")) constraint.kind = model::ConstraintKind::Unique;
    else if (ends_with(name, "_excl")) constraint.kind = model::ConstraintKind::Exclude;
    return constraint;
}

/// The column as the working schema knows it, or one known only by its name.
auto column_of(const model::Table& table, const std::string& name) -> model::Column {
    if (const model::Column* column = table.find_column(name)) return *column;
    model::Column column;
    column.name = name;
    return column;
}

void replace_column(model::Table& table, const model::Column& column) {
    if (model::Column* existing = table.find_column(column.name)) *existing = column;
}

/// The operation of the last object a transform appended to `items`, when it appended one.
template <typename T, typename Make>
auto appended(const std::vector<T>& items, size_t count_before, Make make) -> std::vector<Operation> {
    if (items.size() == count_before) return {};
    return {make(items.back())};
}

/// Runs `transform`, which appends what a CREATE statement declares to `items`, after forgetting an earlier object of
/// the same name when `replace` (the statement has no IF NOT EXISTS: the file re-creates it); the operation for what
/// was appended, if anything.
template <typename Create, typename T, typename Name, typename Transform>
auto declared(std::vector<T>& items, const Name& name, bool replace, Transform transform) -> std::vector<Operation> {
    if (replace) std::erase_if(items, [&](const T& existing) { return existing.name == name; });
    size_t count = items.size();
    transform();
    return appended(items, count, [](const T& item) { return Create{item}; });
}

}  // namespace

MigrationOperations::MigrationOperations(const model::Schema& before, const std::string& file, const std::string& text)
    : schema_(before), ctx_{schema_, file, text, line_starts_of(text)} {
    // Seed the naming state, so implicit names avoid existing relations as PostgreSQL's do.
    for (size_t table_idx = 0; table_idx < schema_.tables.size(); ++table_idx) {
        const model::Table& table = schema_.tables[table_idx];
        ctx_.table_index[table.name] = table_idx;
        ctx_.relation_names.insert({table.name.schema, table.name.name});
        for (const auto& index : table.indexes) ctx_.relation_names.insert({table.name.schema, index.name});
        for (const auto& constraint : table.constraints) {
            ctx_.constraint_names.insert({table.name.schema, constraint.name});
            ctx_.relation_names.insert({table.name.schema, constraint.name});
        }
    }
    for (const auto& sequence : schema_.sequences) ctx_.relation_names.insert({sequence.name.schema, sequence.name.name});
}

auto MigrationOperations::table(const QualifiedName& name) -> model::Table& {
    auto it = ctx_.table_index.find(name);
    if (it != ctx_.table_index.end()) return schema_.tables[it->second];
    model::Table assumed;
    assumed.name = name;
    return ctx_.add_table(std::move(assumed), -1);
}

void MigrationOperations::forget_table(const QualifiedName& name) {
    auto it = ctx_.table_index.find(name);
    if (it == ctx_.table_index.end()) return;
    schema_.tables.erase(schema_.tables.begin() + static_cast<long>(it->second));
    ctx_.table_index.clear();
    for (size_t table_idx = 0; table_idx < schema_.tables.size(); ++table_idx) {
        ctx_.table_index[schema_.tables[table_idx].name] = table_idx;
    }
    ctx_.relation_names.erase({name.schema, name.name});
}

auto MigrationOperations::operations(PgQuery__Node* node, Arena& arena) -> std::vector<Operation> {
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_STMT: return create_table(node->create_stmt, arena);
    case PG_QUERY__NODE__NODE_INDEX_STMT: return create_index(node->index_stmt, arena);
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: return alter_table(node->alter_table_stmt, arena);
    case PG_QUERY__NODE__NODE_DROP_STMT: return drop(node->drop_stmt);
    case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT: return alter_sequence(node->alter_seq_stmt);
    case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT: return alter_enum(node->alter_enum_stmt);
    case PG_QUERY__NODE__NODE_COMMENT_STMT: return comment(node->comment_stmt);
    case PG_QUERY__NODE__NODE_RENAME_STMT: return rename(node->rename_stmt);
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
    case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT:
    case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT: return create_object(node);
    default: return {};  // INSERT, UPDATE, SET, BEGIN, GRANT, ...: no modelled object changes
    }
}

auto MigrationOperations::create_table(PgQuery__CreateStmt* stmt, Arena& arena) -> std::vector<Operation> {
    QualifiedName name = qualified_name(stmt->relation);
    if (ctx_.table_index.count(name) != 0) {
        if (stmt->if_not_exists) return {};  // nothing happens
        forget_table(name);
    }
    transform_create_table(ctx_, stmt, arena);
    return {model::CreateTable{table(name)}};
}

auto MigrationOperations::create_index(PgQuery__IndexStmt* stmt, Arena& arena) -> std::vector<Operation> {
    QualifiedName name = qualified_name(stmt->relation);
    size_t count = table(name).indexes.size();
    bool concurrently = stmt->concurrent;
    // A name the file reuses (after a DROP, or IF NOT EXISTS) is still a build to classify.
    if (is_set(stmt->idxname)) ctx_.relation_names.erase({name.schema, stmt->idxname});
    transform_create_index(ctx_, stmt, arena);
    return appended(table(name).indexes, count,
                    [&](const model::Index& index) { return model::CreateIndex{name, index, concurrently}; });
}

auto MigrationOperations::alter_table(PgQuery__AlterTableStmt* stmt, Arena& arena) -> std::vector<Operation> {
    if (stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) return {};  // ALTER INDEX / VIEW / SEQUENCE ... SET
    QualifiedName name = qualified_name(stmt->relation);
    std::vector<Operation> out;
    for (size_t cmd_idx = 0; cmd_idx < stmt->n_cmds; ++cmd_idx) {
        PgQuery__AlterTableCmd* cmd = stmt->cmds[cmd_idx]->alter_table_cmd;
        model::Table& target = table(name);
        switch (cmd->subtype) {
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn: {
            PgQuery__ColumnDef* def = cmd->def->column_def;
            if (target.find_column(def->colname) != nullptr) {
                if (cmd->missing_ok) break;  // ADD COLUMN IF NOT EXISTS on an existing column
                std::erase_if(target.columns, [&](const auto& column) { return column.name == def->colname; });
            }
            std::vector<PgQuery__Constraint*> constraints;
            transform_column(ctx_, target, def, arena, constraints);
            out.push_back(model::AddColumn{name, target.columns.back()});
            for (PgQuery__Constraint* constraint : constraints) out.push_back(add_constraint(target, constraint, arena));
            break;
        }
        case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn: {
            model::Column column = column_of(target, cmd->name);
            std::erase_if(target.columns, [&](const auto& existing) { return existing.name == column.name; });
            out.push_back(model::DropColumn{name, column});
            break;
        }
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
            out.push_back(add_constraint(target, cmd->def->constraint, arena));
            break;
        case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint: {
            const model::Constraint* known = target.find_constraint(cmd->name);
            model::Constraint constraint = known != nullptr ? *known : constraint_named(cmd->name);
            if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint) {
                std::erase_if(target.constraints, [&](const auto& existing) { return existing.name == constraint.name; });
                out.push_back(model::DropConstraint{name, constraint});
            } else {
                if (known != nullptr) const_cast<model::Constraint*>(known)->validated = true;
                out.push_back(model::ValidateConstraint{name, constraint});
            }
            break;
        }
        case PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged:
            target.unlogged = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged;
            out.push_back(model::SetTableLogged{name, target.unlogged});
            break;
        default:
            if (auto operation = alter_column(target, cmd, arena)) out.push_back(std::move(*operation));
            break;  // other actions (OWNER TO, SET STATISTICS, ...) change no modelled object
        }
    }
    return out;
}

auto MigrationOperations::alter_column(model::Table& table, PgQuery__AlterTableCmd* cmd, Arena& arena)
    -> std::optional<Operation> {
    model::Column from = column_of(table, cmd->name);
    model::Column to = from;
    std::optional<Operation> out;
    switch (cmd->subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: {
        PgQuery__ColumnDef* def = cmd->def->column_def;
        to.type = format_type_name(def->type_name, ctx_);
        if (def->coll_clause != nullptr) {
            auto names = names_of(def->coll_clause->collname, def->coll_clause->n_collname);
            to.collation = names.empty() || names.back() == "default" ? "" : names.back();
        }
        out = model::AlterColumnType{table.name, from, to};
        break;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault:
        to.default_value = cmd->def == nullptr ? std::nullopt : default_expression(cmd->def, arena);
        out = model::SetColumnDefault{table.name, from, to};
        break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull:
        to.not_null = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull;
        out = model::SetColumnNotNull{table.name, from, to};
        break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddIdentity: {
        const PgQuery__Constraint* identity = cmd->def->constraint;
        to.identity = std::string(identity->generated_when) == "a" ? model::IdentityKind::Always
                                                                   : model::IdentityKind::ByDefault;
        to.not_null = true;
        out = model::AlterColumnIdentity{table.name, from, to};
        break;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropIdentity:
        // Known only by name, the column is taken to have been an identity (that is what the statement requires).
        if (from.identity == model::IdentityKind::None) from.identity = model::IdentityKind::ByDefault;
        to.identity = model::IdentityKind::None;
        out = model::AlterColumnIdentity{table.name, from, to};
        break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropExpression:
        to.generated.reset();
        out = model::DropColumnExpression{table.name, from, to};
        break;
    default: return std::nullopt;
    }
    replace_column(table, to);
    return out;
}

auto MigrationOperations::add_constraint(model::Table& table, PgQuery__Constraint* constraint, Arena& arena)
    -> Operation {
    std::string using_index = is_set(constraint->indexname) ? constraint->indexname : "";
    // ADD PRIMARY KEY / UNIQUE USING INDEX without a name takes the index's name.
    if (!using_index.empty() && !is_set(constraint->conname)) constraint->conname = arena.copy_string(using_index);
    if (is_set(constraint->conname)) {
        std::string name = constraint->conname;
        std::erase_if(table.constraints, [&](const auto& existing) { return existing.name == name; });
    }
    add_table_constraint(ctx_, table, constraint, arena, false);
    return model::AddConstraint{table.name, table.constraints.back(), using_index};
}

auto MigrationOperations::find_index(const QualifiedName& name) -> std::pair<QualifiedName, const model::Index*> {
    for (const auto& table : schema_.tables) {
        if (table.name.schema != name.schema) continue;
        if (const model::Index* index = table.find_index(name.name)) return {table.name, index};
    }
    return {QualifiedName{name.schema, ""}, nullptr};
}

auto MigrationOperations::drop(PgQuery__DropStmt* stmt) -> std::vector<Operation> {
    std::vector<Operation> out;
    for (size_t object_idx = 0; object_idx < stmt->n_objects; ++object_idx) {
        std::vector<std::string> names = object_names(stmt->objects[object_idx]);
        QualifiedName name = qualified_name(names);
        switch (stmt->remove_type) {
        case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
            out.push_back(model::DropTable{table(name)});
            forget_table(name);
            break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: {
            auto [table_name, known] = find_index(name);
            model::Index index = known != nullptr ? *known : model::Index{name.name, {}, std::nullopt};
            out.push_back(model::DropIndex{table_name, index, static_cast<bool>(stmt->concurrent)});
            if (known != nullptr) std::erase_if(table(table_name).indexes, [&](const auto& i) { return i.name == index.name; });
            ctx_.relation_names.erase({name.schema, name.name});
            break;
        }
        case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: {
            model::Sequence sequence;
            sequence.name = name;
            if (const model::Sequence* known = schema_.find_sequence(name)) sequence = *known;
            std::erase_if(schema_.sequences, [&](const auto& existing) { return existing.name == name; });
            out.push_back(model::DropSequence{sequence});
            break;
        }
        case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: {
            const model::EnumType* known = schema_.find_enum(name);
            out.push_back(model::DropEnum{known != nullptr ? *known : model::EnumType{name, {}, std::nullopt}});
            std::erase_if(schema_.enums, [&](const auto& existing) { return existing.name == name; });
            break;
        }
        case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: out.push_back(model::DropSchema{{names.at(0), std::nullopt}}); break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION:
            out.push_back(model::DropExtension{{names.at(0), "", std::nullopt}});
            break;
        default: break;  // views, functions, ...: not modelled
        }
    }
    return out;
}

auto MigrationOperations::create_object(PgQuery__Node* node) -> std::vector<Operation> {
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT: {
        PgQuery__CreateSeqStmt* stmt = node->create_seq_stmt;
        QualifiedName name = qualified_name(stmt->sequence);
        if (!stmt->if_not_exists) ctx_.relation_names.erase({name.schema, name.name});
        return declared<model::CreateSequence>(schema_.sequences, name, !stmt->if_not_exists,
                                               [&] { transform_create_sequence(ctx_, stmt); });
    }
    case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT: {
        PgQuery__CreateSchemaStmt* stmt = node->create_schema_stmt;
        return declared<model::CreateSchema>(schema_.namespaces, std::string(stmt->schemaname), !stmt->if_not_exists,
                                             [&] { transform_create_schema(ctx_, stmt); });
    }
    case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT: {
        PgQuery__CreateExtensionStmt* stmt = node->create_extension_stmt;
        return declared<model::CreateExtension>(schema_.extensions, std::string(stmt->extname), !stmt->if_not_exists,
                                                [&] { transform_create_extension(ctx_, stmt); });
    }
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT: {
        PgQuery__CreateEnumStmt* stmt = node->create_enum_stmt;
        QualifiedName name = qualified_name(names_of(stmt->type_name, stmt->n_type_name));
        return declared<model::CreateEnum>(schema_.enums, name, true, [&] { transform_create_enum(ctx_, stmt); });
    }
    default: return {};
    }
}

auto MigrationOperations::alter_sequence(PgQuery__AlterSeqStmt* stmt) -> std::vector<Operation> {
    QualifiedName name = qualified_name(stmt->sequence);
    if (schema_.find_sequence(name) == nullptr) {
        // Unknown: PostgreSQL's defaults for a bigint sequence stand in for its current options.
        model::Sequence assumed;
        assumed.name = name;
        schema_.sequences.push_back(assumed);
    }
    model::Sequence from = *schema_.find_sequence(name);
    transform_alter_sequence(ctx_, stmt);
    model::Sequence to = *schema_.find_sequence(name);
    if (from.owned_by_table != to.owned_by_table || from.owned_by_column != to.owned_by_column) {
        return {model::SetSequenceOwner{from, to}};
    }
    return {model::AlterSequence{from, to}};
}

auto MigrationOperations::alter_enum(PgQuery__AlterEnumStmt* stmt) -> std::vector<Operation> {
    if (is_set(stmt->old_val)) return {};  // RENAME VALUE: no rule covers it yet
    QualifiedName type = qualified_name(names_of(stmt->type_name, stmt->n_type_name));
    std::string neighbour = is_set(stmt->new_val_neighbor) ? stmt->new_val_neighbor : "";
    bool after = stmt->new_val_is_after;
    return {model::AddEnumValue{type, stmt->new_val, after ? "" : neighbour, after ? neighbour : ""}};
}

auto MigrationOperations::comment(PgQuery__CommentStmt* stmt) -> std::vector<Operation> {
    std::vector<std::string> names = object_names(stmt->object);
    std::optional<std::string> text;
    if (is_set(stmt->comment)) text = std::string(stmt->comment);
    auto set = [&](model::CommentTarget target, QualifiedName object, std::string member = {}) -> std::vector<Operation> {
        return {model::SetComment{target, std::move(object), std::move(member), std::nullopt, text}};
    };
    switch (stmt->objtype) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: return set(model::CommentTarget::Schema, {"", names.at(0)});
    case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION: return set(model::CommentTarget::Extension, {"", names.at(0)});
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: return set(model::CommentTarget::Type, qualified_name(names));
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: return set(model::CommentTarget::Sequence, qualified_name(names));
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: return set(model::CommentTarget::Table, qualified_name(names));
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: return set(model::CommentTarget::Index, qualified_name(names));
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: {
        auto [table_name, column] = split_member(names);
        return set(model::CommentTarget::Column, table_name, column);
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: {
        auto [table_name, constraint] = split_member(names);
        return set(model::CommentTarget::Constraint, table_name, constraint);
    }
    default: return {};
    }
}

auto MigrationOperations::rename(PgQuery__RenameStmt* stmt) -> std::vector<Operation> {
    if (stmt->rename_type != PG_QUERY__OBJECT_TYPE__OBJECT_INDEX || stmt->relation == nullptr) return {};
    QualifiedName index = qualified_name(stmt->relation);
    auto [table_name, known] = find_index(index);
    if (known != nullptr) {
        for (auto& existing : table(table_name).indexes) {
            if (existing.name == index.name) existing.name = stmt->newname;
        }
    }
    return {model::RenameIndex{table_name, index.name, stmt->newname}};
}

}  // namespace schemadiff::parser
