// What a scratch database runs for each statement of a schema file, so that loading the files runs none of their code.
//
// A scratch database reads files with views, functions, triggers... (engine). Their statements are DDL, but a few
// DDL forms evaluate an expression while they run, and a statement the parser ignores (ownership, SET ROLE) would
// change who runs the rest. Here each statement is
//  * refused (an error naming file:line:col) when it would run code of the files and has no inert form:
//    CREATE TABLE ... AS / SELECT INTO (run their query), SELECT set_config(...) with anything but constants, a
//    function call in a partition bound (evaluated when the partition is created), an aggregate INITCOND for a
//    state type that is not built in (its input function, and a domain's CHECK, run at CREATE AGGREGATE), a call
//    of a function the files define with constant arguments where the planner folds it (an index expression, a
//    CHECK added to a table: collect_calls_at_load);
//  * rewritten into an inert form that leaves the same catalog: a materialized view is created WITH NO DATA (the
//    file's WITH [NO] DATA is kept in ParsedSchema::populated_matviews); ALTER TABLE ... ADD COLUMN with a default
//    that is not a constant becomes ADD COLUMN + ALTER COLUMN SET DEFAULT (ADD COLUMN evaluates a non-volatile
//    default once, for the rows the table already has);
//  * refused too, though it runs nothing: a search_path that puts unqualified names anywhere but public (the parser
//    reads them as public's, so the load must too);
//  * left out: ALTER ... OWNER TO (ownership is not compared), SET / RESET ROLE and SESSION AUTHORIZATION (the load
//    runs as a role of its own), COMMENT ON SCHEMA public (public's comment is left to the database);
//  * put in a phase: CREATE SCHEMA and CREATE EXTENSION first, by the server's own role, before any object of the
//    files exists that an extension's script could pick up by name; everything else in file order, as the
//    unprivileged loader (a login role of its own: it has no superuser session to return to); then what needs the
//    server's own role (COMMENT ON EXTENSION, ALTER DEFAULT PRIVILEGES for another role); event triggers at the very
//    end, when no statement is left that could fire them (created earlier, they would run the files' code, as the
//    server's own role, on the load's DDL).
#include <fmt/format.h>

#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "schemadiff/core/identifier.hpp"
#include "schemadiff/parser/parse.hpp"
#include "transform.hpp"

namespace schemadiff::parser {

namespace {

/// The first FuncCall in the tree under `root`, or null.
auto find_function_call(const ProtobufCMessage* root) -> const PgQuery__FuncCall* {
    const PgQuery__FuncCall* found = nullptr;
    for_each_message(root, [&](const ProtobufCMessage* message) {
        if (found == nullptr && message->descriptor == &pg_query__func_call__descriptor) {
            found = reinterpret_cast<const PgQuery__FuncCall*>(message);
        }
    });
    return found;
}

auto is_constant(const PgQuery__Node* node) -> bool {
    return node != nullptr && node->node_case == PG_QUERY__NODE__NODE_A_CONST;
}

/// A role of a RoleSpec node by name (not PUBLIC, CURRENT_USER, ...): "" otherwise.
auto role_name(const PgQuery__RoleSpec* role) -> std::string {
    return role != nullptr && role->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING && is_set(role->rolename)
               ? role->rolename
               : "";
}

void collect_roles(const ProtobufCMessage* root, std::set<std::string>& roles) {
    for_each_message(root, [&](const ProtobufCMessage* message) {
        if (message->descriptor != &pg_query__role_spec__descriptor) return;
        std::string name = role_name(reinterpret_cast<const PgQuery__RoleSpec*>(message));
        if (!name.empty()) roles.insert(name);
    });
}

void refuse_call_in_bound(TransformContext& ctx, const PgQuery__PartitionBoundSpec* bound) {
    if (bound == nullptr) return;
    if (const auto* call = find_function_call(&bound->base)) {
        throw ctx.error(ErrorKind::Unsupported, call->location,
                        "a function call in a partition bound runs when the partition is created: write the bound's "
                        "value");
    }
}

auto lower(std::string text) -> std::string {
    for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

/// A string constant's text (through a cast), or nullopt.
auto string_constant(const PgQuery__Node* node) -> std::optional<std::string> {
    if (node != nullptr && node->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) node = node->type_cast->arg;
    if (!is_constant(node) || node->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL) return std::nullopt;
    return std::string(node->a_const->sval->sval);
}

/// SELECT [pg_catalog.]set_config('name', 'value', bool) as pg_dump writes it, and nothing else: no other clause,
/// no other call (the statement runs). Returns the setting's name and value.
auto set_config_call(TransformContext& ctx, const PgQuery__SelectStmt* select) -> std::pair<std::string, std::string> {
    const PgQuery__FuncCall* call = select->target_list[0]->res_target->val->func_call;
    auto refuse = [&] {
        return ctx.error(ErrorKind::Unsupported, call->location,
                         "a schema file may only SELECT pg_catalog.set_config('name', 'value', false), with constants "
                         "and nothing else (it runs when the file is loaded)");
    };
    // Only these node kinds: the SELECT, its one target, the call, its constant arguments (casts allowed).
    size_t calls = 0;
    bool other = false;
    for_each_message(&select->base, [&](const ProtobufCMessage* message) {
        const ProtobufCMessageDescriptor* kind = message->descriptor;
        if (kind == &pg_query__func_call__descriptor) ++calls;
        other = other || !(kind == &pg_query__select_stmt__descriptor || kind == &pg_query__node__descriptor ||
                           kind == &pg_query__res_target__descriptor || kind == &pg_query__func_call__descriptor ||
                           kind == &pg_query__a__const__descriptor || kind == &pg_query__type_cast__descriptor ||
                           kind == &pg_query__type_name__descriptor || kind == &pg_query__string__descriptor ||
                           kind == &pg_query__boolean__descriptor || kind == &pg_query__integer__descriptor);
    });
    auto names = names_of(call->funcname, call->n_funcname);
    bool catalog = names.size() == 1 || (names.size() == 2 && names[0] == "pg_catalog");
    if (other || calls != 1 || !catalog || call->n_args != 3 || select->where_clause != nullptr ||
        select->n_sort_clause != 0 || select->limit_count != nullptr || select->with_clause != nullptr) {
        throw refuse();
    }
    auto name = string_constant(call->args[0]);
    auto value = string_constant(call->args[1]);
    if (!name || !value) throw refuse();
    return {lower(*name), *value};
}

auto switches_role(const std::string& setting) -> bool {
    return setting == "role" || setting == "session_authorization";
}

/// The session settings a schema file may make: what pg_dump writes. Others could make the server read the next
/// statements differently from the parser (standard_conforming_strings, client_encoding) or change who runs them.
/// `value` is checked where only one value is safe.
void refuse_setting(TransformContext& ctx, const std::string& name, const std::optional<std::string>& value,
                    int location) {
    static const std::set<std::string, std::less<>> kAny = {"statement_timeout",
                                                            "lock_timeout",
                                                            "idle_in_transaction_session_timeout",
                                                            "transaction_timeout",
                                                            "check_function_bodies",
                                                            "xmloption",
                                                            "client_min_messages",
                                                            "row_security",
                                                            "default_tablespace",
                                                            "default_table_access_method",
                                                            "default_toast_compression",
                                                            "default_with_oids",
                                                            "escape_string_warning",
                                                            "synchronous_commit",
                                                            "search_path"};
    std::string setting = lower(name);
    std::string given = value ? lower(*value) : "";
    bool ok = kAny.count(setting) != 0;
    if (setting == "standard_conforming_strings") ok = !value || given == "on" || given == "true";
    if (setting == "client_encoding") ok = !value || given == "utf8" || given == "utf-8" || given == "unicode";
    if (!ok) {
        throw ctx.error(ErrorKind::Unsupported, location,
                        value
                            ? fmt::format("SET {} = {} is not accepted in a schema file (only the session settings "
                                          "pg_dump writes are, with standard_conforming_strings on and "
                                          "client_encoding UTF8)",
                                          name, *value)
                            : fmt::format("SET {} is not accepted in a schema file (only the session settings pg_dump "
                                          "writes are)",
                                          name));
    }
}

/// A schema file's unqualified names mean public (the parser's rule, and the scratch load's search_path): a
/// search_path that would put them elsewhere is refused rather than read differently than psql would run it.
/// Accepted: empty (pg_dump's), public, "$user", and pg_catalog first.
void refuse_search_path(TransformContext& ctx, const std::vector<std::string>& schemas, int location) {
    for (size_t at = 0; at < schemas.size(); ++at) {
        const std::string& schema = schemas[at];
        if (schema.empty() || schema == "public" || schema == "$user" || (schema == "pg_catalog" && at == 0)) continue;
        if (schema == "pg_catalog") {
            throw ctx.error(ErrorKind::Unsupported, location,
                            "search_path with pg_catalog after another schema in a schema file: a function of the file "
                            "would take the place of a built-in one");
        }
        throw ctx.error(ErrorKind::Unsupported, location,
                        fmt::format("search_path {} in a schema file: unqualified names in schema files always mean "
                                    "public; qualify them ({}.name) instead",
                                    quote_ident(schema), quote_ident(schema)));
    }
}

/// The schemas a SET search_path lists.
auto search_path_schemas(const PgQuery__VariableSetStmt* stmt) -> std::vector<std::string> {
    std::vector<std::string> schemas;
    for (size_t arg_idx = 0; arg_idx < stmt->n_args; ++arg_idx) {
        const PgQuery__Node* arg = stmt->args[arg_idx];
        if (arg->node_case == PG_QUERY__NODE__NODE_A_CONST && arg->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
            schemas.emplace_back(arg->a_const->sval->sval);
        }
    }
    return schemas;
}

/// set_config('search_path', 'a, b', ...): the schemas of its second argument.
auto split_search_path(const std::string& value) -> std::vector<std::string> {
    std::vector<std::string> schemas;
    std::string current;
    bool quoted = false;
    for (char c : value) {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            schemas.push_back(current);
            current.clear();
        } else if (quoted || !std::isspace(static_cast<unsigned char>(c))) {
            current += quoted ? c : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    schemas.push_back(current);
    return schemas;
}

/// ALTER TABLE ... ADD COLUMN c t DEFAULT <not a constant>: the default moves to an ALTER COLUMN SET DEFAULT of the
/// same statement. Returns whether anything moved.
auto defaults_moved(PgQuery__AlterTableStmt* stmt, Arena& arena) -> bool {
    std::vector<PgQuery__Node*> moved;
    for (size_t cmd_idx = 0; cmd_idx < stmt->n_cmds; ++cmd_idx) {
        PgQuery__AlterTableCmd* cmd = stmt->cmds[cmd_idx]->alter_table_cmd;
        if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn || cmd->def == nullptr ||
            cmd->def->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF) {
            continue;
        }
        PgQuery__ColumnDef* column = cmd->def->column_def;
        size_t kept = 0;
        for (size_t con_idx = 0; con_idx < column->n_constraints; ++con_idx) {
            PgQuery__Node* node = column->constraints[con_idx];
            const PgQuery__Constraint* constraint = node->constraint;
            if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT && !is_constant(constraint->raw_expr)) {
                auto* set = arena.make<PgQuery__AlterTableCmd>();
                pg_query__alter_table_cmd__init(set);
                set->subtype = PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault;
                set->name = column->colname;
                set->def = constraint->raw_expr;
                set->behavior = PG_QUERY__DROP_BEHAVIOR__DROP_RESTRICT;
                moved.push_back(make_node(arena, PG_QUERY__NODE__NODE_ALTER_TABLE_CMD, set));
            } else {
                column->constraints[kept++] = node;
            }
        }
        column->n_constraints = kept;
    }
    if (moved.empty()) return false;
    auto** cmds = static_cast<PgQuery__Node**>(arena.allocate(sizeof(PgQuery__Node*) * (stmt->n_cmds + moved.size())));
    std::copy(stmt->cmds, stmt->cmds + stmt->n_cmds, cmds);
    std::copy(moved.begin(), moved.end(), cmds + stmt->n_cmds);
    stmt->cmds = cmds;
    stmt->n_cmds += moved.size();
    return true;
}

/// CREATE AGGREGATE with INITCOND / MINITCOND for a state type of the schema's own: refused (see the top).
void refuse_user_initcond(TransformContext& ctx, const PgQuery__DefineStmt* stmt) {
    std::map<std::string, const PgQuery__TypeName*> types;
    std::vector<std::pair<std::string, int>> initconds;
    for (size_t def_idx = 0; def_idx < stmt->n_definition; ++def_idx) {
        const PgQuery__DefElem* elem = stmt->definition[def_idx]->def_elem;
        std::string name = elem->defname;
        if ((name == "stype" || name == "mstype") && elem->arg != nullptr &&
            elem->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
            types[name] = elem->arg->type_name;
        }
        if (name == "initcond" || name == "minitcond") initconds.emplace_back(name, elem->location);
    }
    for (const auto& [name, location] : initconds) {
        auto it = types.find(name == "initcond" ? "stype" : "mstype");
        if (it == types.end()) continue;
        auto names = names_of(it->second->names, it->second->n_names);
        bool builtin = names.size() == 1 ? is_catalog_type(names[0]) : names.size() == 2 && names[0] == "pg_catalog";
        if (!builtin) {
            throw ctx.error(
                ErrorKind::Unsupported, location,
                fmt::format("{} for a state type that is not built in: CREATE AGGREGATE runs the type's input "
                            "function (and a domain's CHECK) on it when the file is loaded",
                            name == "initcond" ? "INITCOND" : "MINITCOND"));
        }
    }
}

/// Calls PostgreSQL evaluates while the statement runs although the table is empty: the planner folds a call of an
/// immutable function whose arguments are constants, in an index's expressions and predicate, a CHECK or EXCLUDE
/// added to a table, a generated column added, ALTER COLUMN TYPE ... USING and a domain constraint. Recorded
/// (calls without a column reference in their arguments) and refused at the end of the parse when the files define
/// a function of that name (parse.cpp: refuse_calls_at_load).
void collect_calls_at_load(TransformContext& ctx, const ProtobufCMessage* root, ParsedSchema& out) {
    if (root == nullptr) return;
    for_each_message(root, [&](const ProtobufCMessage* message) {
        if (message->descriptor != &pg_query__func_call__descriptor) return;
        const auto* call = reinterpret_cast<const PgQuery__FuncCall*>(message);
        bool reads_column = false;
        for_each_message(message, [&](const ProtobufCMessage* inner) {
            reads_column = reads_column || inner->descriptor == &pg_query__column_ref__descriptor;
        });
        auto names = names_of(call->funcname, call->n_funcname);
        if (!reads_column && !names.empty()) out.calls_at_load.emplace_back(names.back(), ctx.where(call->location));
    });
}

void collect_alter_table_calls(TransformContext& ctx, const PgQuery__AlterTableStmt* stmt, ParsedSchema& out) {
    for (size_t cmd_idx = 0; cmd_idx < stmt->n_cmds; ++cmd_idx) {
        const PgQuery__AlterTableCmd* cmd = stmt->cmds[cmd_idx]->alter_table_cmd;
        if (cmd->def == nullptr) continue;
        switch (cmd->subtype) {
            case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
                if (cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT && !cmd->def->constraint->skip_validation) {
                    collect_calls_at_load(ctx, &cmd->def->base, out);
                }
                break;
            case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType:
                if (cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF &&
                    cmd->def->column_def->raw_default != nullptr) {
                    collect_calls_at_load(ctx, &cmd->def->column_def->raw_default->base, out);
                }
                break;
            case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
                if (cmd->def->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF) break;
                for (size_t con_idx = 0; con_idx < cmd->def->column_def->n_constraints; ++con_idx) {
                    const PgQuery__Constraint* constraint = cmd->def->column_def->constraints[con_idx]->constraint;
                    if (constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT) {  // defaults are set apart
                        collect_calls_at_load(ctx, &constraint->base, out);
                    }
                }
                break;
            default:
                break;
        }
    }
}

}  // namespace

void add_scratch_statement(TransformContext& ctx, PgQuery__Node* node, Arena& arena, std::string sql,
                           SourceLocation where, ParsedSchema& out) {
    SourceStatement statement{std::move(sql), std::move(where)};
    collect_roles(&node->base, out.roles);
    switch (node->node_case) {
        case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
            return;
        case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT: {
            const PgQuery__VariableSetStmt* set = node->variable_set_stmt;
            std::string name = lower(set->name);
            if (switches_role(name)) return;
            if (set->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET_ALL) break;
            if (set->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_MULTI) {
                throw ctx.error(ErrorKind::Unsupported, -1, "SET TRANSACTION is not accepted in a schema file");
            }
            std::optional<std::string> value;
            if (set->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE && set->n_args == 1) {
                const PgQuery__Node* arg = set->args[0];
                if (auto text = string_constant(arg))
                    value = text;
                else if (is_constant(arg) && arg->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL) {
                    value = std::to_string(arg->a_const->ival->ival);
                }
            }
            if (name == "standard_conforming_strings" || name == "client_encoding") {
                if (set->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE && !value) value = "?";
            }
            refuse_setting(ctx, set->name, value, -1);
            if (name == "search_path" && set->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE) {
                refuse_search_path(ctx, search_path_schemas(set), -1);
            }
            break;
        }
        case PG_QUERY__NODE__NODE_SELECT_STMT: {
            const PgQuery__SelectStmt* select = node->select_stmt;
            if (select->into_clause != nullptr) {
                throw ctx.error(ErrorKind::Unsupported, -1,
                                "SELECT INTO runs its query: declare the table with CREATE TABLE");
            }
            if (!is_set_config_select(select)) break;  // refused by the parser
            auto [setting, value] = set_config_call(ctx, select);
            if (switches_role(setting)) return;
            int location = select->target_list[0]->res_target->val->func_call->location;
            refuse_setting(ctx, setting, value, location);
            if (setting == "search_path") refuse_search_path(ctx, split_search_path(value), location);
            break;
        }
        case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
            PgQuery__AlterTableStmt* stmt = node->alter_table_stmt;
            if (is_owner_only(stmt)) return;
            for (size_t cmd_idx = 0; cmd_idx < stmt->n_cmds; ++cmd_idx) {
                const PgQuery__AlterTableCmd* cmd = stmt->cmds[cmd_idx]->alter_table_cmd;
                if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition && cmd->def != nullptr &&
                    cmd->def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD) {
                    refuse_call_in_bound(ctx, cmd->def->partition_cmd->bound);
                }
            }
            if (defaults_moved(stmt, arena)) statement.sql = deparse_statement(node, arena);
            collect_alter_table_calls(ctx, stmt, out);
            break;
        }
        case PG_QUERY__NODE__NODE_INDEX_STMT:
            collect_calls_at_load(ctx, &node->base, out);
            break;
        case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT:
            if (std::string(node->alter_domain_stmt->subtype) == "C") collect_calls_at_load(ctx, &node->base, out);
            break;
        case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT: {
            auto names = names_of(node->create_function_stmt->funcname, node->create_function_stmt->n_funcname);
            if (!names.empty()) out.file_functions.insert(names.back());
            break;
        }
        case PG_QUERY__NODE__NODE_CREATE_STMT:
            refuse_call_in_bound(ctx, node->create_stmt->partbound);
            break;
        case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT: {
            PgQuery__CreateTableAsStmt* stmt = node->create_table_as_stmt;
            if (stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW || stmt->into == nullptr) {
                throw ctx.error(ErrorKind::Unsupported, -1,
                                "CREATE TABLE ... AS runs its query: declare the table with CREATE TABLE (...)");
            }
            if (!stmt->into->skip_data) {
                out.populated_matviews.insert(
                    model::ObjectId::of(model::ObjectKind::MaterializedView, qualified_name(stmt->into->rel)).str());
                stmt->into->skip_data = true;
                statement.sql = deparse_statement(node, arena);
            }
            break;
        }
        case PG_QUERY__NODE__NODE_DEFINE_STMT:
            if (node->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE)
                refuse_user_initcond(ctx, node->define_stmt);
            break;
        case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT:
            if (node->create_schema_stmt->n_schema_elts == 0) statement.phase = ScratchPhase::Setup;
            break;
        case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
            statement.phase = ScratchPhase::Setup;
            break;
        case PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT:
        case PG_QUERY__NODE__NODE_ALTER_EVENT_TRIG_STMT:
            statement.phase = ScratchPhase::EventTriggers;
            break;
        case PG_QUERY__NODE__NODE_COMMENT_STMT: {
            const PgQuery__CommentStmt* stmt = node->comment_stmt;
            if (stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA &&
                object_names(stmt->object) == std::vector<std::string>{"public"}) {
                return;
            }
            // Event triggers fire on no command about an event trigger (EventTriggerSupportsObjectType).
            if (stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION) statement.phase = ScratchPhase::Last;
            if (stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_EVENT_TRIGGER)
                statement.phase = ScratchPhase::EventTriggers;
            break;
        }
        case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT: {
            PgQuery__AlterDefaultPrivilegesStmt* stmt = node->alter_default_privileges_stmt;
            std::vector<PgQuery__Node*> kept;
            for (size_t opt_idx = 0; opt_idx < stmt->n_options; ++opt_idx) {
                PgQuery__Node* option = stmt->options[opt_idx];
                if (std::string(option->def_elem->defname) != "roles") {
                    kept.push_back(option);
                    continue;
                }
                const PgQuery__Node* list = option->def_elem->arg;
                for (size_t role_idx = 0; list != nullptr && role_idx < list->list->n_items; ++role_idx) {
                    statement.for_roles.push_back(role_name(list->list->items[role_idx]->role_spec));
                }
            }
            statement.default_privileges = true;
            statement.sql_for_current_role = statement.sql;
            if (!statement.for_roles.empty()) {
                PgQuery__Node** options = stmt->options;
                size_t count = stmt->n_options;
                stmt->options = kept.data();
                stmt->n_options = kept.size();
                statement.sql_for_current_role = deparse_statement(node, arena);
                stmt->options = options;
                stmt->n_options = count;
            }
            break;
        }
        default:
            break;
    }
    out.statements.push_back(std::move(statement));
}

}  // namespace schemadiff::parser
