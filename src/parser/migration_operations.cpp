// Migration statements -> operations: what a hand-written CREATE / ALTER / DROP does, in the plan's vocabulary, so
// that the safety rules classify a migration file exactly as they classify a generated plan.
#include "migration_operations.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>

#include "schemadiff/core/identifier.hpp"

namespace schemadiff::parser {

using model::ObjectId;
using model::ObjectKind;
using model::Operation;
using model::QualifiedName;
using model::SchemaObject;

namespace {

auto ends_with(const std::string& text, std::string_view suffix) -> bool {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// A constraint known only by its name: the kind PostgreSQL's own naming suggests (t_pkey, t_a_key, t_a_fkey,
/// t_a_excl), else CHECK. Only used when no schema says better.
auto constraint_named(const std::string& name) -> model::Constraint {
    model::Constraint constraint;
    constraint.name = name;
    if (ends_with(name, "_pkey"))
        constraint.kind = model::ConstraintKind::PrimaryKey;
    else if (ends_with(name, "_fkey"))
        constraint.kind = model::ConstraintKind::ForeignKey;
    else if (ends_with(name, "_key"))
        constraint.kind = model::ConstraintKind::Unique;
    else if (ends_with(name, "_excl"))
        constraint.kind = model::ConstraintKind::Exclude;
    return constraint;
}

/// The column as the working schema knows it, or one known only by its name.
auto column_of(TransformContext& ctx, model::Table& table, const std::string& name) -> model::Column {
    if (const model::Column* column = ctx.find_column(table, name)) return *column;
    model::Column column;
    column.name = name;
    return column;
}

void replace_column(TransformContext& ctx, model::Table& table, const model::Column& column) {
    if (model::Column* existing = ctx.find_column(table, column.name)) *existing = column;
}

/// The operation of the last object a transform appended to `items`, when it appended one.
template <typename T, typename Make>
auto appended(const std::vector<T>& items, size_t count_before, Make make) -> std::vector<Operation> {
    if (items.size() == count_before) return {};
    return {make(items.back())};
}

/// Runs `transform`, which appends what a CREATE statement declares to `items`, after forgetting an earlier object of
/// the same name when `replace` (the statement has no IF NOT EXISTS: the file re-creates it); the operation for what
/// was appended, if anything. `index` finds items by name (the working copy's order does not matter until the end).
template <typename Create, typename T, typename Index, typename Name, typename Transform>
auto declared(std::vector<T>& items, Index& index, const Name& name, bool replace, Transform transform)
    -> std::vector<Operation> {
    if (replace) index.erase_unordered(items, name);
    size_t count = items.size();
    transform();
    return appended(items, count, [](const T& item) { return Create{item}; });
}

/// A member of a table or type as model::subject() prints it: public.t.c.
/// The object of `kind` with `id`; `subject` (for people) is the id's body unless given.
auto sql_object(ObjectKind kind, const ObjectId& id, std::optional<QualifiedName> table = std::nullopt,
                std::optional<std::string> subject = std::nullopt) -> SchemaObject {
    SchemaObject object;
    object.kind = kind;
    object.id = id.str();
    object.subject = subject ? std::move(*subject) : id.body();
    object.table = std::move(table);
    return object;
}

/// The object of `kind` named `name` (a Name-shaped id: "view public.v").
auto named_object(ObjectKind kind, const QualifiedName& name, std::optional<QualifiedName> table = std::nullopt)
    -> SchemaObject {
    return sql_object(kind, ObjectId::of(kind, name), std::move(table));
}

/// The object of `kind` that is `member` of `owner` (a Member-shaped id: "trigger public.t.tr").
auto member_object(ObjectKind kind, const QualifiedName& owner, const std::string& member,
                   std::optional<QualifiedName> table = std::nullopt) -> SchemaObject {
    return sql_object(kind, ObjectId::of(kind, owner, member), std::move(table));
}

/// The key of a CREATE INDEX as pg_get_indexdef() prints it: "(a, lower(b))" after "USING method"; "" when absent.
auto index_key(const std::string& definition) -> std::string {
    size_t open = definition.find('(', std::min(definition.size(), definition.find(" USING ")));
    int depth = 0;
    for (size_t close = open; close < definition.size(); ++close) {
        depth += definition[close] == '(' ? 1 : definition[close] == ')' ? -1 : 0;
        if (depth == 0) return definition.substr(open, close - open + 1);
    }
    return "";
}

/// The statement as libpg_query's deparser spells it (keywords upper case, one line), whatever case and layout the
/// file uses. What the rules need to know is set as model::ObjectFacts from the parse tree, not read from this text.
auto canonical_sql(PgQuery__Node* node, Arena& arena) -> std::string {
    try {
        std::string text = deparse_statement(node, arena);
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
        return text;
    } catch (const Error&) {
        return "";  // a form the deparser lacks: the object has no SQL, so no rule reads a suffix of it
    }
}

/// The ALTER TABLE statement with only its action `cmd_idx`: the SQL of the one object that action changes.
auto action_sql(const PgQuery__AlterTableStmt* stmt, size_t cmd_idx, Arena& arena) -> std::string {
    auto* single = arena.make<PgQuery__AlterTableStmt>();
    *single = *stmt;
    single->n_cmds = 1;
    single->cmds = stmt->cmds + cmd_idx;
    return canonical_sql(make_node(arena, PG_QUERY__NODE__NODE_ALTER_TABLE_STMT, single), arena);
}

/// "character varying(10)" -> "character varying": signatures name argument types without modifiers.
auto without_typmods(const std::string& type) -> std::string {
    std::string out;
    int depth = 0;
    for (char c : type) {
        if (c == '(')
            ++depth;
        else if (c == ')')
            --depth;
        else if (depth == 0)
            out += c;
    }
    return out;
}

/// Whether an argument is part of the signature: input arguments, and a procedure's OUT arguments (PostgreSQL >= 14).
auto in_signature(PgQuery__FunctionParameterMode mode, bool procedure) -> bool {
    if (mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT) return procedure;
    return mode != PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_TABLE;
}

auto role_sql(const PgQuery__RoleSpec* role) -> std::string {
    switch (role->roletype) {
        case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC:
            return "PUBLIC";
        case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_ROLE:
            return "CURRENT_ROLE";
        case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_USER:
            return "CURRENT_USER";
        case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_SESSION_USER:
            return "SESSION_USER";
        default:
            return quote_ident(role->rolename);
    }
}

auto upper(std::string text) -> std::string {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

/// The keyword GRANT puts before an object of `type` ("" for tables), or its plural for ALL ... IN SCHEMA and
/// default privileges.
auto grant_keyword(PgQuery__ObjectType type, bool plural) -> std::string {
    std::string word;
    switch (type) {
        case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
            word = plural ? "TABLE" : "";
            break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
            word = "SEQUENCE";
            break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
            word = "FUNCTION";
            break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
            word = "PROCEDURE";
            break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
            word = "ROUTINE";
            break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
            word = "SCHEMA";
            break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
            word = "TYPE";
            break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
            word = "DOMAIN";
            break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_DATABASE:
            word = "DATABASE";
            break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_LANGUAGE:
            word = "LANGUAGE";
            break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_LARGEOBJECT:
            word = "LARGE OBJECT";
            break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_TABLESPACE:
            word = "TABLESPACE";
            break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_FDW:
            word = "FOREIGN DATA WRAPPER";
            break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_SERVER:
            word = "FOREIGN SERVER";
            break;
        default:
            break;
    }
    if (plural && !word.empty()) word += "S";
    return word;
}

/// A SET STATISTICS target that resets the column to the default (-1, or DEFAULT on PostgreSQL >= 17).
auto default_statistics(const PgQuery__Node* value) -> bool {
    if (value == nullptr) return true;
    if (value->node_case == PG_QUERY__NODE__NODE_INTEGER) return value->integer->ival < 0;
    if (value->node_case == PG_QUERY__NODE__NODE_A_CONST && value->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL) {
        return value->a_const->ival->ival < 0;
    }
    return false;
}

}  // namespace

MigrationOperations::MigrationOperations(const model::Schema& before, const std::string& file, const std::string& text)
    : schema_(before), ctx_{schema_, file, text, line_starts_of(text)} {
    // Seed the naming state, so implicit names avoid existing relations as PostgreSQL's do.
    for (size_t table_idx = 0; table_idx < schema_.tables.size(); ++table_idx) {
        const model::Table& table = schema_.tables[table_idx];
        ctx_.table_index[table.name] = table_idx;
        ctx_.relation_names.insert({table.name.schema, table.name.name});
        for (const auto& index : table.indexes) {
            ctx_.relation_names.insert({table.name.schema, index.name});
            index_tables_[{table.name.schema, index.name}] = table.name;
        }
        for (const auto& constraint : table.constraints) {
            ctx_.constraint_names.insert({table.name.schema, constraint.name});
            ctx_.relation_names.insert({table.name.schema, constraint.name});
        }
    }
    for (const auto& sequence : schema_.sequences)
        ctx_.relation_names.insert({sequence.name.schema, sequence.name.name});
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
    // The last table takes its place: the working copy is put in order once, at the end (schema()).
    size_t table_idx = it->second;
    ctx_.table_index.erase(it);
    for (const auto& index : schema_.tables[table_idx].indexes) index_tables_.erase({name.schema, index.name});
    if (table_idx + 1 != schema_.tables.size()) {
        schema_.tables[table_idx] = std::move(schema_.tables.back());
        ctx_.table_index[schema_.tables[table_idx].name] = table_idx;
    }
    schema_.tables.pop_back();
    ctx_.forget_members(name);
    ctx_.relation_names.erase({name.schema, name.name});
}

auto MigrationOperations::operations(PgQuery__Node* node, Arena& arena) -> std::vector<Operation> {
    origins_.clear();
    switch (node->node_case) {
        case PG_QUERY__NODE__NODE_CREATE_STMT:
            return create_table(node->create_stmt, arena);
        case PG_QUERY__NODE__NODE_INDEX_STMT:
            return create_index(node->index_stmt, arena);
        case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
            return alter_table(node->alter_table_stmt, arena);
        case PG_QUERY__NODE__NODE_DROP_STMT:
            return drop(node->drop_stmt);
        case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT:
            return alter_sequence(node->alter_seq_stmt);
        case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT:
            return alter_enum(node->alter_enum_stmt);
        case PG_QUERY__NODE__NODE_COMMENT_STMT:
            return comment(node->comment_stmt, canonical_sql(node, arena));
        case PG_QUERY__NODE__NODE_RENAME_STMT:
            return rename(node->rename_stmt);
        case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
        case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT:
        case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
        case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
            return create_object(node);
        default:
            break;
    }
    auto sql = [&] { return canonical_sql(node, arena); };
    switch (node->node_case) {
        case PG_QUERY__NODE__NODE_VIEW_STMT:
            return create_view(node->view_stmt, sql());
        case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
            return create_materialized_view(node->create_table_as_stmt, sql());
        case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
            return create_function(node->create_function_stmt, sql());
        case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
            return create_trigger(node->create_trig_stmt, sql());
        case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
            return create_policy(node->create_policy_stmt, sql());
        case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
            return alter_policy(node->alter_policy_stmt, sql());
        case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
            return create_domain(node->create_domain_stmt, sql());
        case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT:
            return alter_domain(node->alter_domain_stmt, sql());
        case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT:
            return create_composite_type(node->composite_type_stmt, sql());
        case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT:
            return create_range_type(node->create_range_stmt, sql());
        case PG_QUERY__NODE__NODE_CREATE_STATS_STMT:
            return create_statistics(node->create_stats_stmt, sql());
        case PG_QUERY__NODE__NODE_ALTER_STATS_STMT:
            return alter_statistics(node->alter_stats_stmt, sql());
        case PG_QUERY__NODE__NODE_DEFINE_STMT:
            return define(node->define_stmt, sql());
        case PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT:
            return create_event_trigger(node->create_event_trig_stmt, sql());
        case PG_QUERY__NODE__NODE_ALTER_EVENT_TRIG_STMT:
            return alter_event_trigger(node->alter_event_trig_stmt, sql());
        case PG_QUERY__NODE__NODE_GRANT_STMT:
            return grant(node->grant_stmt, sql());
        case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
            return alter_default_privileges(node->alter_default_privileges_stmt, sql());
        default:
            return {};  // INSERT, UPDATE, SET, BEGIN, GRANT role TO role ...: no modelled object changes
    }
}

namespace {

/// A DefElem option that is on: no argument (VACUUM (FULL)), or true / on / 1 ("FULL false" is off).
auto option_on(const PgQuery__DefElem* option) -> bool {
    if (option->arg == nullptr) return true;
    if (option->arg->node_case == PG_QUERY__NODE__NODE_INTEGER) return option->arg->integer->ival != 0;
    if (option->arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN) return option->arg->boolean->boolval;
    std::string value = upper(node_string(option->arg));
    return value != "FALSE" && value != "OFF" && value != "0" && value != "NO";
}

/// Whether the option list (VACUUM, REINDEX, CLUSTER parameters) turns `name` on.
auto has_option(PgQuery__Node** options, size_t count, std::string_view name) -> bool {
    for (size_t option_idx = 0; option_idx < count; ++option_idx) {
        const PgQuery__Node* node = options[option_idx];
        if (node->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
        if (std::string_view(node->def_elem->defname) == name && option_on(node->def_elem)) return true;
    }
    return false;
}

auto range_vars(PgQuery__Node** items, size_t count) -> std::vector<QualifiedName> {
    std::vector<QualifiedName> out;
    for (size_t item_idx = 0; item_idx < count; ++item_idx) {
        const PgQuery__Node* item = items[item_idx];
        if (item->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) out.push_back(qualified_name(item->range_var));
        if (item->node_case == PG_QUERY__NODE__NODE_VACUUM_RELATION && item->vacuum_relation->relation != nullptr)
            out.push_back(qualified_name(item->vacuum_relation->relation));
    }
    return out;
}

}  // namespace

auto command_of(const PgQuery__Node* node) -> std::optional<model::Command> {
    model::Command command;
    switch (node->node_case) {
        case PG_QUERY__NODE__NODE_REINDEX_STMT: {
            const PgQuery__ReindexStmt* stmt = node->reindex_stmt;
            command.kind = model::CommandKind::Reindex;
            if (stmt->relation != nullptr) command.relations.push_back(qualified_name(stmt->relation));
            if (is_set(stmt->name)) command.name = stmt->name;
            command.concurrently = has_option(stmt->params, stmt->n_params, "concurrently");
            command.outside_transaction = command.concurrently ||
                                          stmt->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_SCHEMA ||
                                          stmt->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_SYSTEM ||
                                          stmt->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_DATABASE;
            return command;
        }
        case PG_QUERY__NODE__NODE_CLUSTER_STMT: {
            const PgQuery__ClusterStmt* stmt = node->cluster_stmt;
            command.kind = model::CommandKind::Cluster;
            if (stmt->relation != nullptr) command.relations.push_back(qualified_name(stmt->relation));
            command.outside_transaction = stmt->relation == nullptr;
            return command;
        }
        case PG_QUERY__NODE__NODE_VACUUM_STMT: {
            const PgQuery__VacuumStmt* stmt = node->vacuum_stmt;
            command.kind = model::CommandKind::Vacuum;
            command.relations = range_vars(stmt->rels, stmt->n_rels);
            command.full = stmt->is_vacuumcmd && has_option(stmt->options, stmt->n_options, "full");
            command.outside_transaction = stmt->is_vacuumcmd;  // ANALYZE alone may run in one
            return command;
        }
        case PG_QUERY__NODE__NODE_TRUNCATE_STMT: {
            const PgQuery__TruncateStmt* stmt = node->truncate_stmt;
            command.kind = model::CommandKind::Truncate;
            command.relations = range_vars(stmt->relations, stmt->n_relations);
            command.cascade = stmt->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE;
            return command;
        }
        case PG_QUERY__NODE__NODE_DROPDB_STMT:
            command.kind = model::CommandKind::DropDatabase;
            command.name = node->dropdb_stmt->dbname;
            return command;
        case PG_QUERY__NODE__NODE_LOCK_STMT: {
            const PgQuery__LockStmt* stmt = node->lock_stmt;
            command.kind = model::CommandKind::LockTable;
            command.relations = range_vars(stmt->relations, stmt->n_relations);
            command.lock_mode = stmt->mode;
            return command;
        }
        case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT: {
            const PgQuery__RefreshMatViewStmt* stmt = node->refresh_mat_view_stmt;
            command.kind = model::CommandKind::RefreshMaterializedView;
            command.relations.push_back(qualified_name(stmt->relation));
            command.concurrently = stmt->concurrent;
            return command;
        }
        default:
            return std::nullopt;
    }
}

auto is_object_statement(const PgQuery__Node* node) -> bool {
    switch (node->node_case) {
        case PG_QUERY__NODE__NODE_DEFINE_STMT:
            return node->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION ||
                   node->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE;
        case PG_QUERY__NODE__NODE_VIEW_STMT:
        case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
        case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
        case PG_QUERY__NODE__NODE_ALTER_FUNCTION_STMT:
        case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
        case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
        case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
        case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
        case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT:
        case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT:
        case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT:
        case PG_QUERY__NODE__NODE_CREATE_STATS_STMT:
        case PG_QUERY__NODE__NODE_ALTER_STATS_STMT:
        case PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT:
        case PG_QUERY__NODE__NODE_ALTER_EVENT_TRIG_STMT:
        case PG_QUERY__NODE__NODE_GRANT_STMT:
        case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
            return true;
        default:
            return false;
    }
}

namespace {
/// "ALTER TABLE t" and each action of an ALTER TABLE as written, split at the commas between actions; empty when the
/// text does not split into one part per action.
auto alter_actions(const PgQuery__AlterTableStmt* stmt, const std::string& statement)
    -> std::pair<std::string, std::vector<std::string>> {
    auto tokens = scan_tokens(statement);
    if (!tokens || stmt->relation == nullptr) return {};
    auto is = [&](size_t token, char c) {
        auto [first, last] = (*tokens)[token];
        return last - first == 1 && statement[static_cast<size_t>(first)] == c;
    };
    size_t token = 0;
    while (token < tokens->size() && (*tokens)[token].first < stmt->relation->location) ++token;
    if (token >= tokens->size()) return {};
    int name_end = (*tokens)[token++].second;  // the name, qualified or not, and ONLY's `*`
    while (token + 1 < tokens->size() && is(token, '.')) {
        name_end = (*tokens)[token + 1].second;
        token += 2;
    }
    if (token < tokens->size() && is(token, '*')) name_end = (*tokens)[token++].second;
    size_t begin = statement_start(statement, 0);
    std::string head = statement.substr(begin, static_cast<size_t>(name_end) - begin);
    std::vector<std::string> actions;
    int depth = 0;
    size_t action_begin = token;
    for (; token <= tokens->size(); ++token) {
        bool end = token == tokens->size() || is(token, ';');
        if (!end && (is(token, '(') || is(token, '['))) ++depth;
        if (!end && (is(token, ')') || is(token, ']'))) --depth;
        if (end || (depth == 0 && is(token, ','))) {
            auto comment = [&](size_t at) {
                return statement.compare(static_cast<size_t>((*tokens)[at].first), 2, "/*") == 0 ||
                       statement.compare(static_cast<size_t>((*tokens)[at].first), 2, "--") == 0;
            };
            while (action_begin < token && comment(action_begin)) ++action_begin;
            if (action_begin >= token) return {};
            int from = (*tokens)[action_begin].first, to = (*tokens)[token - 1].second;
            actions.push_back(statement.substr(static_cast<size_t>(from), static_cast<size_t>(to - from)));
            action_begin = token + 1;
            if (end) break;
        }
    }
    if (actions.size() != stmt->n_cmds) return {};
    return {std::move(head), std::move(actions)};
}
}  // namespace

auto MigrationOperations::operation_texts(PgQuery__Node* node, const std::string& statement, Arena& arena)
    -> std::vector<std::string> {
    auto same = [&](size_t origin) { return origin == origins_[0]; };
    if (origins_.size() < 2 || std::all_of(origins_.begin(), origins_.end(), same)) return {};
    std::vector<std::string> parts;  // by origin
    if (node->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT) {
        const PgQuery__AlterTableStmt* stmt = node->alter_table_stmt;
        auto [head, actions] = alter_actions(stmt, statement);
        for (size_t cmd_idx = 0; cmd_idx < stmt->n_cmds; ++cmd_idx) {
            // As written, or else as the deparser spells the action alone.
            parts.push_back(actions.empty() ? action_sql(stmt, cmd_idx, arena) : head + " " + actions[cmd_idx]);
        }
    } else if (node->node_case == PG_QUERY__NODE__NODE_DROP_STMT) {
        const PgQuery__DropStmt* stmt = node->drop_stmt;
        for (size_t object_idx = 0; object_idx < stmt->n_objects; ++object_idx) {
            auto* single = arena.make<PgQuery__DropStmt>();
            *single = *stmt;
            single->n_objects = 1;
            single->objects = stmt->objects + object_idx;
            parts.push_back(canonical_sql(make_node(arena, PG_QUERY__NODE__NODE_DROP_STMT, single), arena));
        }
    } else {
        return {};
    }
    std::vector<std::string> out;
    out.reserve(origins_.size());
    for (size_t origin : origins_) out.push_back(origin < parts.size() ? parts[origin] : std::string());
    return out;
}

auto MigrationOperations::create_table(PgQuery__CreateStmt* stmt, Arena& arena) -> std::vector<Operation> {
    QualifiedName name = qualified_name(stmt->relation);
    if (ctx_.table_index.count(name) != 0) {
        if (stmt->if_not_exists) return {};  // nothing happens
        forget_table(name);
    }
    // A partitioned table (PARTITION BY) is read as the table it declares: what lint needs is that it is new. A
    // partition or a child (PARTITION OF, INHERITS) stays unclassified: attaching it locks its parent.
    PgQuery__CreateStmt declared = *stmt;
    if (declared.partbound == nullptr) declared.partspec = nullptr;
    transform_create_table(ctx_, &declared, arena);
    return {model::CreateTable{table(name)}};
}

auto MigrationOperations::create_index(PgQuery__IndexStmt* stmt, Arena& arena) -> std::vector<Operation> {
    QualifiedName name = qualified_name(stmt->relation);
    const SchemaObject* relation = find_object(ObjectId::of(ObjectKind::MaterializedView, name).str());
    if (relation != nullptr && relation->kind == ObjectKind::MaterializedView && is_set(stmt->idxname)) {
        // An index of a materialized view is an object of its own, as the introspector reads it.
        SchemaObject index =
            named_object(ObjectKind::MaterializedViewIndex, QualifiedName{name.schema, stmt->idxname}, name);
        index.create = canonical_sql(make_node(arena, PG_QUERY__NODE__NODE_INDEX_STMT, stmt), arena);
        return {created(std::move(index))};
    }
    size_t count = table(name).indexes.size();
    bool concurrently = stmt->concurrent;
    // A name the file reuses (after a DROP, or IF NOT EXISTS) is still a build to classify.
    if (is_set(stmt->idxname)) ctx_.relation_names.erase({name.schema, stmt->idxname});
    transform_create_index(ctx_, stmt, arena);
    return appended(table(name).indexes, count, [&](const model::Index& index) {
        index_tables_[{name.schema, index.name}] = name;
        return model::CreateIndex{name, index, concurrently};
    });
}

auto MigrationOperations::alter_table(PgQuery__AlterTableStmt* stmt, Arena& arena) -> std::vector<Operation> {
    if (stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE) return alter_composite_type(stmt, arena);
    if (stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW) {  // ALTER VIEW ... ALTER COLUMN ... SET / DROP DEFAULT
        QualifiedName view = qualified_name(stmt->relation);
        std::vector<Operation> out;
        for (size_t cmd_idx = 0; cmd_idx < stmt->n_cmds; origins_.resize(out.size(), cmd_idx++)) {
            PgQuery__AlterTableCmd* cmd = stmt->cmds[cmd_idx]->alter_table_cmd;
            if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault) continue;
            SchemaObject column_default = member_object(ObjectKind::ViewColumnDefault, view, cmd->name, view);
            out.push_back(switched(std::move(column_default), action_sql(stmt, cmd_idx, arena), cmd->def != nullptr));
        }
        return out;
    }
    if (stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) return {};  // ALTER INDEX / SEQUENCE ... SET
    QualifiedName name = qualified_name(stmt->relation);
    std::vector<Operation> out;
    for (size_t cmd_idx = 0; cmd_idx < stmt->n_cmds; origins_.resize(out.size(), cmd_idx++)) {
        PgQuery__AlterTableCmd* cmd = stmt->cmds[cmd_idx]->alter_table_cmd;
        model::Table& target = table(name);
        switch (cmd->subtype) {
            case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn: {
                PgQuery__ColumnDef* def = cmd->def->column_def;
                if (ctx_.find_column(target, def->colname) != nullptr) {
                    if (cmd->missing_ok) break;  // ADD COLUMN IF NOT EXISTS on an existing column
                    ctx_.lookups.tables[name].columns.erase(target.columns, def->colname);
                }
                std::vector<PgQuery__Constraint*> constraints;
                transform_column(ctx_, target, def, arena, constraints);
                out.push_back(model::AddColumn{name, target.columns.back()});
                for (PgQuery__Constraint* constraint : constraints)
                    out.push_back(add_constraint(target, constraint, arena));
                break;
            }
            case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn: {
                model::Column column = column_of(ctx_, target, cmd->name);
                ctx_.lookups.tables[name].columns.erase(target.columns, column.name);
                out.push_back(model::DropColumn{name, column});
                break;
            }
            case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
                out.push_back(add_constraint(target, cmd->def->constraint, arena));
                break;
            case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint:
            case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint: {
                const model::Constraint* known = ctx_.find_constraint(target, cmd->name);
                model::Constraint constraint = known != nullptr ? *known : constraint_named(cmd->name);
                if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint) {
                    ctx_.lookups.tables[name].constraints.erase(target.constraints, constraint.name);
                    out.push_back(model::DropConstraint{name, constraint, false,
                                                        cmd->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE});
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
            default: {
                std::vector<Operation> actions = table_action(name, stmt, cmd_idx, arena);
                if (!actions.empty()) {
                    out.insert(out.end(), actions.begin(), actions.end());
                } else if (auto operation = alter_column(target, cmd, arena)) {
                    out.push_back(std::move(*operation));
                }
                break;  // other actions (OWNER TO, CLUSTER ON, REPLICA IDENTITY, ...) change no modelled object
            }
        }
    }
    return out;
}

auto MigrationOperations::alter_column(model::Table& table, PgQuery__AlterTableCmd* cmd, Arena& arena)
    -> std::optional<Operation> {
    model::Column from = column_of(ctx_, table, cmd->name);
    model::Column to = from;
    std::optional<Operation> out;
    switch (cmd->subtype) {
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: {
            PgQuery__ColumnDef* def = cmd->def->column_def;
            to.type = format_type_name(def->type_name, ctx_);
            // Without COLLATE the column takes the new type's default collation (ALTER TABLE, SET DATA TYPE).
            to.collation = def->coll_clause != nullptr ? collation_name(def->coll_clause) : "";
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
        case PG_QUERY__ALTER_TABLE_TYPE__AT_SetIdentity: {
            // SET GENERATED ALWAYS / BY DEFAULT and SET <sequence option>: the column is an identity already
            if (from.identity == model::IdentityKind::None) from.identity = model::IdentityKind::ByDefault;
            to.identity = from.identity;
            const PgQuery__List* options =
                cmd->def != nullptr && cmd->def->node_case == PG_QUERY__NODE__NODE_LIST ? cmd->def->list : nullptr;
            for (size_t option_idx = 0; options != nullptr && option_idx < options->n_items; ++option_idx) {
                const PgQuery__DefElem* option = options->items[option_idx]->def_elem;
                if (option == nullptr || std::string(option->defname) != "generated" || option->arg == nullptr ||
                    option->arg->node_case != PG_QUERY__NODE__NODE_INTEGER)
                    continue;
                to.identity =
                    option->arg->integer->ival == 'a' ? model::IdentityKind::Always : model::IdentityKind::ByDefault;
            }
            out = model::AlterColumnIdentity{table.name, from, to};
            break;
        }
        case PG_QUERY__ALTER_TABLE_TYPE__AT_DropExpression:
            to.generated.reset();
            out = model::DropColumnExpression{table.name, from, to};
            break;
        default:
            return std::nullopt;
    }
    replace_column(ctx_, table, to);
    return out;
}

auto MigrationOperations::add_constraint(model::Table& table, PgQuery__Constraint* constraint, Arena& arena)
    -> Operation {
    std::string using_index = is_set(constraint->indexname) ? constraint->indexname : "";
    // ADD PRIMARY KEY / UNIQUE USING INDEX without a name takes the index's name.
    if (!using_index.empty() && !is_set(constraint->conname)) constraint->conname = arena.copy_string(using_index);
    if (is_set(constraint->conname)) {
        ctx_.lookups.tables[table.name].constraints.erase(table.constraints, constraint->conname);
    }
    add_table_constraint(ctx_, table, constraint, arena, false);
    if (!using_index.empty()) {
        // PRIMARY KEY / UNIQUE USING INDEX: the key is the index's columns, spelled as the catalog spells the
        // constraint ("PRIMARY KEY (id)"), so a key swapped for a new index can be compared with the old one.
        auto [index_table, index] = find_index(QualifiedName{table.name.schema, using_index});
        model::Constraint& added = table.constraints.back();
        std::string key = index != nullptr ? index_key(index->definition.text) : "";
        if (!key.empty()) {
            std::string word = added.kind == model::ConstraintKind::PrimaryKey ? "PRIMARY KEY" : "UNIQUE";
            // what followed the index's name (DEFERRABLE ...) stays part of the key
            const std::string& written = added.definition.text;
            size_t after_name = written.find(" USING INDEX ");
            after_name = after_name == std::string::npos ? written.size() : written.find(' ', after_name + 13);
            std::string rest = after_name == std::string::npos ? "" : written.substr(after_name);
            added.definition.text = word + " " + key + rest;
        }
    }
    return model::AddConstraint{table.name, table.constraints.back(), using_index};
}

auto MigrationOperations::find_index(const QualifiedName& name) -> std::pair<QualifiedName, const model::Index*> {
    auto holder = index_tables_.find(name);
    if (holder != index_tables_.end() && ctx_.table_index.count(holder->second) != 0) {
        const model::Index* index = ctx_.find_index(table(holder->second), name.name);
        if (index != nullptr) return {holder->second, index};
    }
    return {QualifiedName{name.schema, ""}, nullptr};
}

auto MigrationOperations::drop(PgQuery__DropStmt* stmt) -> std::vector<Operation> {
    std::vector<Operation> out;
    for (size_t object_idx = 0; object_idx < stmt->n_objects; origins_.resize(out.size(), object_idx++)) {
        std::vector<std::string> names = object_names(stmt->objects[object_idx]);
        QualifiedName name = qualified_name(names);
        switch (stmt->remove_type) {
            case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
                out.push_back(model::DropTable{table(name)});
                forget_table(name);
                break;
            case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: {
                const SchemaObject* object = find_object(ObjectId::of(ObjectKind::MaterializedViewIndex, name).str());
                if (object != nullptr && object->kind == ObjectKind::MaterializedViewIndex) {
                    out.push_back(dropped(*object));  // an index of a materialized view
                    break;
                }
                auto [table_name, known] = find_index(name);
                model::Index index = known != nullptr ? *known : model::Index{name.name, {}, std::nullopt};
                out.push_back(model::DropIndex{table_name, index, static_cast<bool>(stmt->concurrent)});
                if (known != nullptr)
                    ctx_.lookups.tables[table_name].indexes.erase(table(table_name).indexes, index.name);
                index_tables_.erase(name);
                ctx_.relation_names.erase({name.schema, name.name});
                break;
            }
            case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: {
                model::Sequence sequence;
                sequence.name = name;
                if (const model::Sequence* known = ctx_.lookups.sequences.find(schema_.sequences, name))
                    sequence = *known;
                ctx_.lookups.sequences.erase_unordered(schema_.sequences, name);
                out.push_back(model::DropSequence{sequence});
                break;
            }
            case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: {
                const SchemaObject* type = find_object(ObjectId::of(ObjectKind::CompositeType, name).str());
                if (type != nullptr &&
                    (type->kind == ObjectKind::CompositeType || type->kind == ObjectKind::RangeType)) {
                    out.push_back(dropped(*type));
                    break;
                }
                const model::EnumType* known = ctx_.lookups.enums.find(schema_.enums, name);
                out.push_back(model::DropEnum{known != nullptr ? *known : model::EnumType{name, {}, std::nullopt}});
                ctx_.lookups.enums.erase_unordered(schema_.enums, name);
                break;
            }
            case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
                out.push_back(model::DropSchema{{names.at(0), std::nullopt}});
                break;
            case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION:
                out.push_back(model::DropExtension{{names.at(0), "", std::nullopt}});
                break;
            default:
                if (auto operation = drop_object(stmt, object_idx)) out.push_back(std::move(*operation));
                break;
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
            return declared<model::CreateSequence>(schema_.sequences, ctx_.lookups.sequences, name,
                                                   !stmt->if_not_exists,
                                                   [&] { transform_create_sequence(ctx_, stmt); });
        }
        case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT: {
            PgQuery__CreateSchemaStmt* stmt = node->create_schema_stmt;
            return declared<model::CreateSchema>(schema_.namespaces, ctx_.lookups.namespaces,
                                                 std::string(stmt->schemaname), !stmt->if_not_exists,
                                                 [&] { transform_create_schema(ctx_, stmt); });
        }
        case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT: {
            PgQuery__CreateExtensionStmt* stmt = node->create_extension_stmt;
            return declared<model::CreateExtension>(schema_.extensions, ctx_.lookups.extensions,
                                                    std::string(stmt->extname), !stmt->if_not_exists,
                                                    [&] { transform_create_extension(ctx_, stmt); });
        }
        case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT: {
            PgQuery__CreateEnumStmt* stmt = node->create_enum_stmt;
            QualifiedName name = qualified_name(names_of(stmt->type_name, stmt->n_type_name));
            return declared<model::CreateEnum>(schema_.enums, ctx_.lookups.enums, name, true,
                                               [&] { transform_create_enum(ctx_, stmt); });
        }
        default:
            return {};
    }
}

auto MigrationOperations::alter_sequence(PgQuery__AlterSeqStmt* stmt) -> std::vector<Operation> {
    QualifiedName name = qualified_name(stmt->sequence);
    if (ctx_.lookups.sequences.find(schema_.sequences, name) == nullptr) {
        // Unknown: PostgreSQL's defaults for a bigint sequence stand in for its current options.
        model::Sequence assumed;
        assumed.name = name;
        schema_.sequences.push_back(assumed);
    }
    model::Sequence from = *ctx_.lookups.sequences.find(schema_.sequences, name);
    transform_alter_sequence(ctx_, stmt);
    model::Sequence to = *ctx_.lookups.sequences.find(schema_.sequences, name);
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

auto MigrationOperations::comment(PgQuery__CommentStmt* stmt, const std::string& sql) -> std::vector<Operation> {
    std::vector<std::string> names = object_names(stmt->object);
    std::optional<std::string> text;
    if (is_set(stmt->comment)) text = std::string(stmt->comment);
    auto set = [&](model::CommentTarget target, QualifiedName object,
                   std::string member = {}) -> std::vector<Operation> {
        return {model::SetComment{target, std::move(object), std::move(member), std::nullopt, text}};
    };
    switch (stmt->objtype) {
        case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
            return set(model::CommentTarget::Schema, {"", names.at(0)});
        case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION:
            return set(model::CommentTarget::Extension, {"", names.at(0)});
        case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
            return set(model::CommentTarget::Type, qualified_name(names));
        case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
            return set(model::CommentTarget::Sequence, qualified_name(names));
        case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
            return set(model::CommentTarget::Table, qualified_name(names));
        case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
            return set(model::CommentTarget::Index, qualified_name(names));
        case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: {
            auto [table_name, column] = split_member(names);
            return set(model::CommentTarget::Column, table_name, column);
        }
        case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: {
            auto [table_name, constraint] = split_member(names);
            return set(model::CommentTarget::Constraint, table_name, constraint);
        }
        default: {
            // A comment on an object defined by SQL is an object of its own ("comment view public.v"), as the
            // introspector reads it (queries/object_comments.sql).
            auto object = object_named(stmt->objtype, stmt->object);
            if (!object) return {};
            SchemaObject comment =
                sql_object(ObjectKind::Comment, ObjectId::comment_on(ObjectId::read(object->id)), object->table);
            if (!text) return {dropped(std::move(comment))};
            comment.create = sql;
            return {switched_on(std::move(comment))};
        }
    }
}

auto MigrationOperations::rename(PgQuery__RenameStmt* stmt) -> std::vector<Operation> {
    std::string to = stmt->newname;
    switch (stmt->rename_type) {
        case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
            if (stmt->relation == nullptr) return {};
            return rename_index(qualified_name(stmt->relation), to);
        case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
            return rename_table(stmt);
        case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: {
            if (stmt->relation_type != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) return {};  // a view's or type's column
            QualifiedName name = qualified_name(stmt->relation);
            ctx_.lookups.tables[name].columns.rename(table(name).columns, stmt->subname, to);
            return {model::RenameColumn{name, stmt->subname, to}};
        }
        case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: {
            QualifiedName name = qualified_name(stmt->relation);
            ctx_.lookups.tables[name].constraints.rename(table(name).constraints, stmt->subname, to);
            ctx_.constraint_names.erase({name.schema, stmt->subname});
            ctx_.constraint_names.insert({name.schema, to});
            return {model::RenameConstraint{name, stmt->subname, to}};
        }
        case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
        case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: {
            QualifiedName name = qualified_name(stmt->relation);
            bool materialized = stmt->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW;
            const SchemaObject* known = find_object(ObjectId::of(ObjectKind::View, name).str());
            SchemaObject view =
                known != nullptr ? *known
                                 : named_object(materialized ? ObjectKind::MaterializedView : ObjectKind::View, name);
            return rename_object(std::move(view), name, to);
        }
        case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
        case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
        case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE: {
            const PgQuery__ObjectWithArgs* function = stmt->object->object_with_args;
            QualifiedName name = qualified_name(names_of(function->objname, function->n_objname));
            return rename_object(function_object(function, stmt->rename_type), name, to);
        }
        case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
            if (stmt->object != nullptr && stmt->object->node_case == PG_QUERY__NODE__NODE_LIST)
                rename_enum(qualified_name(names_of(stmt->object->list->items, stmt->object->list->n_items)), to);
            return {};  // no rule: code that names the type breaks, a person reviews it (unclassified)
        default:
            return {};  // triggers, policies, schemas ...: no rule covers their renames
    }
}

void MigrationOperations::rename_enum(const QualifiedName& name, const std::string& to) {
    model::EnumType* known = ctx_.lookups.enums.find(schema_.enums, name);
    if (known == nullptr) return;
    QualifiedName renamed{name.schema, to};
    // Columns hold the type by OID: after the rename they are of the renamed type (a later ALTER COLUMN ... TYPE
    // to a new type of the old name converts them).
    for (auto& table : schema_.tables) {
        for (auto& column : table.columns) {
            if (column.type == name.sql()) column.type = renamed.sql();
            if (column.type == name.sql() + "[]") column.type = renamed.sql() + "[]";
        }
    }
    model::EnumType type = *known;
    ctx_.lookups.enums.erase_unordered(schema_.enums, name);
    type.name = renamed;
    schema_.enums.push_back(std::move(type));
}

auto MigrationOperations::rename_index(const QualifiedName& index, const std::string& to) -> std::vector<Operation> {
    auto [table_name, known] = find_index(index);
    if (known != nullptr) {
        ctx_.lookups.tables[table_name].indexes.rename(table(table_name).indexes, index.name, to);
        index_tables_.erase(index);
        index_tables_[{index.schema, to}] = table_name;
    }
    return {model::RenameIndex{table_name, index.name, to}};
}

auto MigrationOperations::rename_table(PgQuery__RenameStmt* stmt) -> std::vector<Operation> {
    // ALTER TABLE ... RENAME TO also renames indexes and views (PostgreSQL accepts any relation there).
    QualifiedName from = qualified_name(stmt->relation);
    QualifiedName to{from.schema, stmt->newname};
    if (find_index(from).second != nullptr) return rename_index(from, to.name);
    if (const SchemaObject* view = find_object(ObjectId::of(ObjectKind::View, from).str()))
        return rename_object(*view, from, to.name);
    auto it = ctx_.table_index.find(from);
    if (it != ctx_.table_index.end()) {
        size_t table_idx = it->second;
        schema_.tables[table_idx].name = to;
        ctx_.table_index.erase(it);
        ctx_.table_index[to] = table_idx;
        ctx_.forget_members(from);
        ctx_.forget_members(to);
        for (const auto& index : schema_.tables[table_idx].indexes) index_tables_[{to.schema, index.name}] = to;
        ctx_.relation_names.erase({from.schema, from.name});
        ctx_.relation_names.insert({to.schema, to.name});
    }
    return {model::RenameTable{from, to}};
}

auto MigrationOperations::rename_object(SchemaObject object, const QualifiedName& name, const std::string& to)
    -> std::vector<Operation> {
    ObjectId id = ObjectId::read(object.id);
    if (id.name == name) {
        SchemaObject renamed = object;
        std::string old_name = name.sql();
        id.name.name = to;
        renamed.id = id.str();
        // the subject for people: the new name, then what followed the old one (a function's argument types)
        renamed.subject = id.name.sql() + object.subject.substr(std::min(old_name.size(), object.subject.size()));
        forget_object(object.id);
        store(std::move(renamed));
    }
    return {model::RenameObject{std::move(object), to}};
}

// Objects defined by SQL. Ids, subjects and tables follow src/introspect/queries/objects.sql, so an object the
// starting schema (a database) knows is found again, and classify reads `table` as it does for a plan.

void MigrationOperations::store(SchemaObject object) {
    forget_object(object.id);
    schema_.objects.push_back(std::move(object));
}

void MigrationOperations::forget_object(const std::string& id) {
    ctx_.lookups.objects.erase_unordered(schema_.objects, id);
}

auto MigrationOperations::find_object(const std::string& id) -> const SchemaObject* {
    return ctx_.lookups.objects.find(schema_.objects, id);
}

auto MigrationOperations::created(SchemaObject object) -> Operation {
    store(object);
    return model::CreateObject{std::move(object)};
}

auto MigrationOperations::replaced(SchemaObject to) -> Operation {
    const SchemaObject* known = find_object(to.id);
    SchemaObject from = known != nullptr ? *known : to;
    store(to);
    return model::ReplaceObject{std::move(from), std::move(to)};
}

auto MigrationOperations::switched_on(SchemaObject object) -> Operation {
    if (find_object(object.id) != nullptr) return replaced(std::move(object));
    return created(std::move(object));
}

auto MigrationOperations::dropped(SchemaObject object) -> Operation {
    if (const SchemaObject* known = find_object(object.id)) object = *known;
    forget_object(object.id);
    return model::DropObject{std::move(object)};
}

auto MigrationOperations::switched(SchemaObject object, const std::string& sql, bool on) -> Operation {
    if (!on) {
        object.drop = sql;
        return dropped(std::move(object));
    }
    object.create = sql;
    object.replace = sql;
    return switched_on(std::move(object));
}

auto MigrationOperations::signature(PgQuery__Node** arguments, size_t count, bool procedure) -> std::string {
    auto type_of = [&](const PgQuery__TypeName* type) -> std::string {
        try {
            return without_typmods(format_type_name(type, ctx_));
        } catch (const Error&) {  // %TYPE and other forms without a format_type() spelling: the name as written
            return fmt::format("{}", fmt::join(names_of(type->names, type->n_names), "."));
        }
    };
    std::vector<std::string> types;
    for (size_t arg_idx = 0; arg_idx < count; ++arg_idx) {
        const PgQuery__Node* argument = arguments[arg_idx];
        if (argument->node_case == PG_QUERY__NODE__NODE_FUNCTION_PARAMETER) {
            const PgQuery__FunctionParameter* parameter = argument->function_parameter;
            if (in_signature(parameter->mode, procedure)) types.push_back(type_of(parameter->arg_type));
        } else if (argument->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
            types.push_back(type_of(argument->type_name));
        }
    }
    return fmt::format("{}", fmt::join(types, ", "));
}

auto MigrationOperations::function_object(const PgQuery__ObjectWithArgs* function, PgQuery__ObjectType type)
    -> SchemaObject {
    QualifiedName name = qualified_name(names_of(function->objname, function->n_objname));
    bool procedure = type == PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE;
    ObjectKind kind = procedure ? ObjectKind::Procedure : ObjectKind::Function;
    if (function->args_unspecified) {
        // DROP FUNCTION f: PostgreSQL takes the only function of that name; so does the schema, when it knows one.
        std::string prefix = ObjectId::routine(kind, name, "").str();
        prefix.pop_back();  // "function s.f("
        std::vector<const SchemaObject*> candidates;
        const auto& ids = ctx_.lookups.objects.positions(schema_.objects);
        for (auto it = ids.lower_bound(prefix); it != ids.end() && it->first.rfind(prefix, 0) == 0; ++it) {
            candidates.push_back(&schema_.objects[it->second]);
        }
        if (candidates.size() == 1) return *candidates[0];
        // Known by its name only: the id has no argument types to give ("function s.f()"), the subject says so.
        return sql_object(kind, ObjectId::routine(kind, name, ""), std::nullopt, name.sql());
    }
    // The argument list with modes (PostgreSQL >= 14) when the parser keeps it: a procedure's OUT arguments count.
    ObjectId id = ObjectId::routine(kind, name,
                                    function->n_objfuncargs > 0
                                        ? signature(function->objfuncargs, function->n_objfuncargs, procedure)
                                        : signature(function->objargs, function->n_objargs, procedure));
    if (const SchemaObject* known = find_object(id.str())) return *known;
    return sql_object(kind, id);
}

auto MigrationOperations::replaces_existing(bool or_replace, const std::string& id) -> bool {
    if (!or_replace) return false;
    // Without the live schema nothing says the object is new: a replace, the cautious reading.
    return !schema_known_ || find_object(id) != nullptr;
}

auto MigrationOperations::create_view(PgQuery__ViewStmt* stmt, const std::string& sql) -> std::vector<Operation> {
    QualifiedName name = qualified_name(stmt->view);
    SchemaObject view = named_object(ObjectKind::View, name);
    view.create = sql;
    if (!replaces_existing(stmt->replace, view.id)) return {created(std::move(view))};
    view.replace = sql;
    return {replaced(std::move(view))};
}

auto MigrationOperations::create_materialized_view(PgQuery__CreateTableAsStmt* stmt, const std::string& sql)
    -> std::vector<Operation> {
    // CREATE TABLE AS / SELECT INTO: a table whose columns come from a query, which the model cannot know.
    if (stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW) return {};
    QualifiedName name = qualified_name(stmt->into->rel);
    SchemaObject view = named_object(ObjectKind::MaterializedView, name);
    if (stmt->if_not_exists && find_object(view.id) != nullptr) return {};  // nothing happens
    view.create = sql;
    view.facts.no_data = stmt->into->skip_data;  // WITH NO DATA: the query runs at the first REFRESH
    return {created(std::move(view))};
}

auto MigrationOperations::create_function(PgQuery__CreateFunctionStmt* stmt, const std::string& sql)
    -> std::vector<Operation> {
    QualifiedName name = qualified_name(names_of(stmt->funcname, stmt->n_funcname));
    ObjectKind kind = stmt->is_procedure ? ObjectKind::Procedure : ObjectKind::Function;
    SchemaObject function = sql_object(
        kind, ObjectId::routine(kind, name, signature(stmt->parameters, stmt->n_parameters, stmt->is_procedure)));
    function.create = sql;
    if (!replaces_existing(stmt->replace, function.id)) return {created(std::move(function))};
    function.replace = sql;
    return {replaced(std::move(function))};
}

auto MigrationOperations::create_trigger(PgQuery__CreateTrigStmt* stmt, const std::string& sql)
    -> std::vector<Operation> {
    QualifiedName table_name = qualified_name(stmt->relation);
    SchemaObject trigger = member_object(ObjectKind::Trigger, table_name, stmt->trigname, table_name);
    trigger.create = sql;
    if (!replaces_existing(stmt->replace, trigger.id)) return {created(std::move(trigger))};
    trigger.replace = sql;  // CREATE OR REPLACE TRIGGER (PostgreSQL >= 14)
    return {replaced(std::move(trigger))};
}

auto MigrationOperations::create_policy(PgQuery__CreatePolicyStmt* stmt, const std::string& sql)
    -> std::vector<Operation> {
    QualifiedName table_name = qualified_name(stmt->table);
    SchemaObject policy = member_object(ObjectKind::Policy, table_name, stmt->policy_name, table_name);
    policy.create = sql;
    // The grammar fills in the defaults: permissive, and cmd_name "all" without FOR.
    std::string command = is_set(stmt->cmd_name) ? stmt->cmd_name : "all";
    policy.facts.permissive_read = stmt->permissive && (command == "all" || command == "select");
    return {created(std::move(policy))};
}

auto MigrationOperations::alter_policy(PgQuery__AlterPolicyStmt* stmt, const std::string& sql)
    -> std::vector<Operation> {
    QualifiedName table_name = qualified_name(stmt->table);
    const SchemaObject* known = find_object(ObjectId::of(ObjectKind::Policy, table_name, stmt->policy_name).str());
    SchemaObject policy =
        known != nullptr ? *known : member_object(ObjectKind::Policy, table_name, stmt->policy_name, table_name);
    // ALTER POLICY changes neither the kind nor the command. One known only by its name is taken to have
    // CREATE POLICY's defaults, AS PERMISSIVE FOR ALL.
    if (known == nullptr) policy.facts.permissive_read = true;
    policy.replace = sql;
    return {replaced(std::move(policy))};
}

auto MigrationOperations::create_domain(PgQuery__CreateDomainStmt* stmt, const std::string& sql)
    -> std::vector<Operation> {
    QualifiedName name = qualified_name(names_of(stmt->domainname, stmt->n_domainname));
    SchemaObject domain = named_object(ObjectKind::Domain, name);
    domain.create = sql;
    return {created(std::move(domain))};
}

auto MigrationOperations::alter_domain(PgQuery__AlterDomainStmt* stmt, const std::string& sql)
    -> std::vector<Operation> {
    QualifiedName name = qualified_name(names_of(stmt->type_name, stmt->n_type_name));
    auto on = [&](SchemaObject object) { return std::vector<Operation>{switched(std::move(object), sql, true)}; };
    auto off = [&](SchemaObject object) { return std::vector<Operation>{switched(std::move(object), sql, false)}; };
    auto not_null = named_object(ObjectKind::DomainNotNull, name);
    switch (is_set(stmt->subtype) ? stmt->subtype[0] : ' ') {
        case 'T': {  // SET / DROP DEFAULT
            auto default_value = named_object(ObjectKind::DomainDefault, name);
            return stmt->def != nullptr ? on(std::move(default_value)) : off(std::move(default_value));
        }
        case 'O':
            return on(std::move(not_null));  // SET NOT NULL
        case 'N':
            return off(std::move(not_null));  // DROP NOT NULL
        case 'C': {                           // ADD CONSTRAINT
            const PgQuery__Constraint* constraint = stmt->def->constraint;
            if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL) return on(std::move(not_null));
            // An unnamed CHECK gets <domain>_check, as PostgreSQL's domainAddConstraint names it.
            std::string constraint_name =
                is_set(constraint->conname) ? constraint->conname : make_object_name(name.name, "", "check");
            SchemaObject check = member_object(ObjectKind::DomainConstraint, name, constraint_name);
            check.create = sql;
            check.facts.not_valid = constraint->skip_validation;  // NOT VALID: existing values are not checked
            return {created(std::move(check))};
        }
        case 'X': {  // DROP CONSTRAINT
            return off(member_object(ObjectKind::DomainConstraint, name, stmt->name));
        }
        default:
            return {};  // VALIDATE CONSTRAINT: no rule covers it
    }
}

auto MigrationOperations::create_composite_type(PgQuery__CompositeTypeStmt* stmt, const std::string& sql)
    -> std::vector<Operation> {
    QualifiedName name = qualified_name(stmt->typevar);
    SchemaObject type = named_object(ObjectKind::CompositeType, name);
    type.create = sql;
    return {created(std::move(type))};
}

auto MigrationOperations::create_range_type(PgQuery__CreateRangeStmt* stmt, const std::string& sql)
    -> std::vector<Operation> {
    QualifiedName name = qualified_name(names_of(stmt->type_name, stmt->n_type_name));
    SchemaObject type = named_object(ObjectKind::RangeType, name);
    type.create = sql;
    return {created(std::move(type))};
}

auto MigrationOperations::alter_composite_type(PgQuery__AlterTableStmt* stmt, Arena& arena) -> std::vector<Operation> {
    QualifiedName name = qualified_name(stmt->relation);
    std::string id = ObjectId::of(ObjectKind::CompositeType, name).str();
    std::vector<Operation> out;
    for (size_t cmd_idx = 0; cmd_idx < stmt->n_cmds; origins_.resize(out.size(), cmd_idx++)) {
        auto subtype = stmt->cmds[cmd_idx]->alter_table_cmd->subtype;
        // ALTER ATTRIBUTE ... TYPE, RENAME, OWNER TO: no rule covers them.
        if (subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn &&
            subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn) {
            continue;
        }
        const SchemaObject* known = find_object(id);
        SchemaObject type = known != nullptr ? *known : named_object(ObjectKind::CompositeType, name);
        type.kind = ObjectKind::CompositeType;
        // Each action on its own, so an ADD next to a DROP stays an ADD.
        type.replace = action_sql(stmt, cmd_idx, arena);
        type.facts.drops_attribute = subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn;
        out.push_back(replaced(std::move(type)));
    }
    return out;
}

auto MigrationOperations::create_statistics(PgQuery__CreateStatsStmt* stmt, const std::string& sql)
    -> std::vector<Operation> {
    std::optional<QualifiedName> table_name;
    if (stmt->n_relations == 1 && stmt->relations[0]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) {
        table_name = qualified_name(stmt->relations[0]->range_var);
    }
    QualifiedName name = qualified_name(names_of(stmt->defnames, stmt->n_defnames));
    if (name.name.empty() && table_name) name = {table_name->schema, make_object_name(table_name->name, "", "stat")};
    SchemaObject statistics = named_object(ObjectKind::Statistics, name, table_name);
    if (stmt->if_not_exists && find_object(statistics.id) != nullptr) return {};
    statistics.create = sql;
    return {created(std::move(statistics))};
}

auto MigrationOperations::alter_statistics(PgQuery__AlterStatsStmt* stmt, const std::string& sql)
    -> std::vector<Operation> {
    QualifiedName name = qualified_name(names_of(stmt->defnames, stmt->n_defnames));
    const SchemaObject* known = find_object(ObjectId::of(ObjectKind::Statistics, name).str());
    if (known == nullptr && stmt->missing_ok) return {};
    SchemaObject statistics = known != nullptr ? *known : named_object(ObjectKind::Statistics, name);
    statistics.replace = sql;
    return {replaced(std::move(statistics))};
}

auto MigrationOperations::define(PgQuery__DefineStmt* stmt, const std::string& sql) -> std::vector<Operation> {
    if (stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE) {
        // A function of the model, named by all its argument types (direct and ORDER BY ones), as oidvectortypes()
        // prints them; args is (argument list, number of direct arguments), NIL for agg(*).
        QualifiedName name = qualified_name(names_of(stmt->defnames, stmt->n_defnames));
        std::string arguments;
        if (stmt->n_args > 0 && stmt->args[0]->node_case == PG_QUERY__NODE__NODE_LIST) {
            const PgQuery__List* list = stmt->args[0]->list;
            arguments = signature(list->items, list->n_items, false);
        }
        SchemaObject aggregate =
            sql_object(ObjectKind::Function, ObjectId::routine(ObjectKind::Function, name, arguments));
        aggregate.create = sql;
        if (!replaces_existing(stmt->replace, aggregate.id)) return {created(std::move(aggregate))};
        aggregate.replace = sql;
        return {replaced(std::move(aggregate))};
    }
    // Operators, base types, text search objects: no rule covers them.
    if (stmt->kind != PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION) return {};
    QualifiedName name = qualified_name(names_of(stmt->defnames, stmt->n_defnames));
    SchemaObject collation = named_object(ObjectKind::Collation, name);
    if (stmt->if_not_exists && find_object(collation.id) != nullptr) return {};
    collation.create = sql;
    return {created(std::move(collation))};
}

auto MigrationOperations::create_event_trigger(PgQuery__CreateEventTrigStmt* stmt, const std::string& sql)
    -> std::vector<Operation> {
    SchemaObject trigger =
        sql_object(ObjectKind::EventTrigger, ObjectId::single(ObjectKind::EventTrigger, stmt->trigname));
    trigger.create = sql;
    return {created(std::move(trigger))};
}

auto MigrationOperations::alter_event_trigger(PgQuery__AlterEventTrigStmt* stmt, const std::string& sql)
    -> std::vector<Operation> {
    SchemaObject state =
        sql_object(ObjectKind::EventTriggerState, ObjectId::single(ObjectKind::EventTriggerState, stmt->trigname));
    state.facts.disabled = is_set(stmt->tgenabled) && stmt->tgenabled[0] == 'D';
    // The state is an object only while it is not the default ENABLE ('O').
    return {switched(std::move(state), sql, !(is_set(stmt->tgenabled) && stmt->tgenabled[0] == 'O'))};
}

auto MigrationOperations::grant_subject(const PgQuery__GrantStmt* stmt) -> std::string {
    std::vector<std::string> privileges;
    for (size_t priv_idx = 0; priv_idx < stmt->n_privileges; ++priv_idx) {
        const PgQuery__AccessPriv* privilege = stmt->privileges[priv_idx]->access_priv;
        std::string text = is_set(privilege->priv_name) ? upper(privilege->priv_name) : "ALL";
        std::vector<std::string> columns;
        for (const auto& column : names_of(privilege->cols, privilege->n_cols)) columns.push_back(quote_ident(column));
        if (!columns.empty()) text += fmt::format(" ({})", fmt::join(columns, ", "));
        privileges.push_back(std::move(text));
    }
    if (privileges.empty()) privileges.push_back("ALL");  // ALL [PRIVILEGES]
    std::vector<std::string> targets;
    for (size_t object_idx = 0; object_idx < stmt->n_objects; ++object_idx) {
        const PgQuery__Node* object = stmt->objects[object_idx];
        switch (object->node_case) {
            case PG_QUERY__NODE__NODE_RANGE_VAR:
                targets.push_back(qualified_name(object->range_var).sql());
                break;
            case PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS:
                targets.push_back(function_object(object->object_with_args, stmt->objtype).subject);
                break;
            case PG_QUERY__NODE__NODE_STRING:
                targets.push_back(quote_ident(node_string(object)));
                break;
            default:
                targets.push_back(qualified_name(object_names(object)).sql());
                break;
        }
    }
    std::string on;
    switch (stmt->targtype) {
        case PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_ALL_IN_SCHEMA:
            on = fmt::format("ALL {} IN SCHEMA {}", grant_keyword(stmt->objtype, true), fmt::join(targets, ", "));
            break;
        case PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_DEFAULTS:
            on = grant_keyword(stmt->objtype, true);
            break;
        default: {
            std::string keyword = grant_keyword(stmt->objtype, false);
            on = fmt::format("{}{}{}", keyword, keyword.empty() ? "" : " ", fmt::join(targets, ", "));
            break;
        }
    }
    std::vector<std::string> grantees;
    for (size_t grantee_idx = 0; grantee_idx < stmt->n_grantees; ++grantee_idx) {
        grantees.push_back(role_sql(stmt->grantees[grantee_idx]->role_spec));
    }
    return fmt::format("{} ON {} {} {}", fmt::join(privileges, ", "), on, stmt->is_grant ? "TO" : "FROM",
                       fmt::join(grantees, ", "));
}

auto MigrationOperations::grant(PgQuery__GrantStmt* stmt, const std::string& sql) -> std::vector<Operation> {
    std::string subject = grant_subject(stmt);
    // classify: a created grant is "grant"; a dropped one (REVOKE) is "revoke".
    SchemaObject privileges = sql_object(ObjectKind::Grant, ObjectId::grant(!stmt->is_grant, subject));
    if (stmt->is_grant) {
        privileges.create = sql;
        return {model::CreateObject{std::move(privileges)}};
    }
    privileges.drop = sql;
    return {model::DropObject{std::move(privileges)}};
}

auto MigrationOperations::alter_default_privileges(PgQuery__AlterDefaultPrivilegesStmt* stmt, const std::string& sql)
    -> std::vector<Operation> {
    std::vector<std::string> scope;  // FOR ROLE owner, IN SCHEMA app
    for (size_t option_idx = 0; option_idx < stmt->n_options; ++option_idx) {
        const PgQuery__DefElem* option = stmt->options[option_idx]->def_elem;
        if (option->arg == nullptr || option->arg->node_case != PG_QUERY__NODE__NODE_LIST) continue;
        const PgQuery__List* items = option->arg->list;
        std::vector<std::string> names;
        for (size_t item_idx = 0; item_idx < items->n_items; ++item_idx) {
            const PgQuery__Node* item = items->items[item_idx];
            names.push_back(item->node_case == PG_QUERY__NODE__NODE_ROLE_SPEC ? role_sql(item->role_spec)
                                                                              : quote_ident(node_string(item)));
        }
        std::string word = std::string(option->defname) == "schemas" ? "IN SCHEMA" : "FOR ROLE";
        scope.push_back(fmt::format("{} {}", word, fmt::join(names, ", ")));
    }
    // "FOR ROLE owner IN SCHEMA app: SELECT ON TABLES TO reader"
    std::string subject = scope.empty() ? grant_subject(stmt->action)
                                        : fmt::format("{}: {}", fmt::join(scope, " "), grant_subject(stmt->action));
    SchemaObject privileges =
        sql_object(ObjectKind::DefaultPrivilege, ObjectId::opaque(ObjectKind::DefaultPrivilege, subject));
    if (stmt->action->is_grant) {
        privileges.create = sql;
        return {model::CreateObject{std::move(privileges)}};
    }
    privileges.drop = sql;
    return {model::DropObject{std::move(privileges)}};
}

auto MigrationOperations::table_action(const QualifiedName& table_name, PgQuery__AlterTableStmt* stmt, size_t cmd_idx,
                                       Arena& arena) -> std::vector<Operation> {
    PgQuery__AlterTableCmd* cmd = stmt->cmds[cmd_idx]->alter_table_cmd;
    auto sql = [&] { return action_sql(stmt, cmd_idx, arena); };  // only for the actions mapped here
    // An object of the table, and the action switching it on (CREATE / SET) or off (DROP / RESET).
    auto atom = [&](ObjectKind kind) { return named_object(kind, table_name, table_name); };
    auto column_atom = [&](ObjectKind kind) { return member_object(kind, table_name, cmd->name, table_name); };
    auto on = [&](SchemaObject object) { return std::vector<Operation>{switched(std::move(object), sql(), true)}; };
    auto off = [&](SchemaObject object) { return std::vector<Operation>{switched(std::move(object), sql(), false)}; };
    // A trigger's state is an object while it is not the default ENABLE; ALL / USER name no trigger.
    auto trigger_state = [&] {
        // ALL / USER: a member no trigger can be confused with, the table as the subject.
        SchemaObject state =
            is_set(cmd->name)
                ? member_object(ObjectKind::TriggerState, table_name, cmd->name, table_name)
                : sql_object(ObjectKind::TriggerState, ObjectId::of(ObjectKind::TriggerState, table_name, "*"),
                             table_name, table_name.sql());
        state.facts.disabled = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig ||
                               cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigAll ||
                               cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigUser;
        return state;
    };
    switch (cmd->subtype) {
        case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRowSecurity:
            return on(atom(ObjectKind::RowSecurity));
        case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRowSecurity:
            return off(atom(ObjectKind::RowSecurity));
        case PG_QUERY__ALTER_TABLE_TYPE__AT_ForceRowSecurity:
            return on(atom(ObjectKind::ForceRowSecurity));
        case PG_QUERY__ALTER_TABLE_TYPE__AT_NoForceRowSecurity:
            return off(atom(ObjectKind::ForceRowSecurity));
        case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigAll:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigUser:
            return off(trigger_state());
        case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysTrig:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaTrig:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigAll:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigUser:
            return on(trigger_state());
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition: {
            const PgQuery__PartitionCmd* partition = cmd->def->partition_cmd;
            // DETACH ... CONCURRENTLY (PostgreSQL >= 14) takes SHARE UPDATE EXCLUSIVE, not the ACCESS EXCLUSIVE that
            // partition-detach describes (it is that rule's safe alternative): no rule covers it.
            if (partition->concurrent) return {};
            // The link belongs to the partition (subject) and names the partitioned table (table), as introspected.
            QualifiedName child = qualified_name(partition->name);
            SchemaObject link = named_object(ObjectKind::Partition, child, table_name);
            return cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition ? on(std::move(link))
                                                                                  : off(std::move(link));
        }
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_DropInherit: {
            // The statement alters the child (subject); the link names the parent (table).
            QualifiedName parent = qualified_name(cmd->def->range_var);
            SchemaObject link =
                sql_object(ObjectKind::Inheritance, ObjectId::pair(ObjectKind::Inheritance, table_name, parent), parent,
                           table_name.sql());
            return cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit ? on(std::move(link))
                                                                             : off(std::move(link));
        }
        case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions: {
            // One object per storage parameter (toast.* for the TOAST table's), as the introspector reads them.
            std::vector<Operation> out;
            const PgQuery__List* options = cmd->def->list;
            for (size_t option_idx = 0; option_idx < options->n_items; ++option_idx) {
                const PgQuery__DefElem* option = options->items[option_idx]->def_elem;
                std::string name = is_set(option->defnamespace)
                                       ? fmt::format("{}.{}", option->defnamespace, option->defname)
                                       : std::string(option->defname);
                SchemaObject parameter =
                    sql_object(ObjectKind::TableOption, ObjectId::of(ObjectKind::TableOption, table_name, name),
                               table_name, fmt::format("{} ({})", table_name.sql(), name));
                auto operations = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions
                                      ? on(std::move(parameter))
                                      : off(std::move(parameter));
                out.insert(out.end(), operations.begin(), operations.end());
            }
            return out;
        }
        case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage:
            return on(column_atom(ObjectKind::ColumnStorage));
        case PG_QUERY__ALTER_TABLE_TYPE__AT_SetCompression: {
            auto compression = column_atom(ObjectKind::ColumnCompression);
            bool reset = cmd->def == nullptr || node_string(cmd->def) == "default";
            return reset ? off(std::move(compression)) : on(std::move(compression));
        }
        case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics: {
            if (!is_set(cmd->name)) return {};  // an index column, by number
            auto statistics = column_atom(ObjectKind::ColumnStatistics);
            return default_statistics(cmd->def) ? off(std::move(statistics)) : on(std::move(statistics));
        }
        default:
            return {};
    }
}

auto MigrationOperations::object_named(PgQuery__ObjectType type, const PgQuery__Node* node)
    -> std::optional<SchemaObject> {
    std::vector<std::string> names = object_names(node);
    QualifiedName name = qualified_name(names);
    switch (type) {
        case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
            return named_object(ObjectKind::View, name);
        case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
            return named_object(ObjectKind::MaterializedView, name);
        case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
        case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
        case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
        case PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE:  // an aggregate is a function of the model
            if (node->node_case != PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) return std::nullopt;
            return function_object(node->object_with_args, type);
        case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
        case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY: {
            auto [table_name, member] = split_member(names);
            bool trigger = type == PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER;
            return member_object(trigger ? ObjectKind::Trigger : ObjectKind::Policy, table_name, member, table_name);
        }
        case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
            return named_object(ObjectKind::Domain, name);
        case PG_QUERY__OBJECT_TYPE__OBJECT_STATISTIC_EXT:
            return named_object(ObjectKind::Statistics, name);
        case PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION:
            return named_object(ObjectKind::Collation, name);
        case PG_QUERY__OBJECT_TYPE__OBJECT_EVENT_TRIGGER:
            return sql_object(ObjectKind::EventTrigger, ObjectId::single(ObjectKind::EventTrigger, names.at(0)));
        default:
            return std::nullopt;  // rules, operators, servers ...: not modelled
    }
}

auto MigrationOperations::drop_object(PgQuery__DropStmt* stmt, size_t object_idx) -> std::optional<Operation> {
    // An object named by the statement; `dropped` swaps in the one the schema knows (with its table and SQL).
    auto object = object_named(stmt->remove_type, stmt->objects[object_idx]);
    if (!object) return std::nullopt;
    return dropped(std::move(*object));
}

}  // namespace schemadiff::parser
