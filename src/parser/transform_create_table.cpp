// CREATE TABLE: columns (types, defaults, identity, generated, serial) and constraints, named as PostgreSQL would.
#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "schemadiff/core/identifier.hpp"
#include "transform.hpp"

namespace schemadiff::parser {

namespace {

auto string_list(Arena& arena, const std::vector<std::string>& names) -> PgQuery__Node** {
    auto** items =
        static_cast<PgQuery__Node**>(arena.allocate(sizeof(PgQuery__Node*) * std::max<size_t>(names.size(), 1)));
    for (size_t name_idx = 0; name_idx < names.size(); ++name_idx)
        items[name_idx] = make_node_string(arena, names[name_idx]);
    return items;
}

/// Column names a CHECK expression refers to, first appearance first, without duplicates.
void collect_column_refs(const PgQuery__Node* node, std::vector<std::string>& names);

void collect_from_message(const ProtobufCMessage* message, std::vector<std::string>& names) {
    const ProtobufCMessageDescriptor* descriptor = message->descriptor;
    for (unsigned field_idx = 0; field_idx < descriptor->n_fields; ++field_idx) {
        const ProtobufCFieldDescriptor& field = descriptor->fields[field_idx];
        if (field.type != PROTOBUF_C_TYPE_MESSAGE) continue;
        const char* base = reinterpret_cast<const char*>(message);
        if ((field.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) != 0 &&
            *reinterpret_cast<const uint32_t*>(base + field.quantifier_offset) != field.id) {
            continue;
        }
        if (field.label == PROTOBUF_C_LABEL_REPEATED) {
            size_t count = *reinterpret_cast<const size_t*>(base + field.quantifier_offset);
            auto* const* items = *reinterpret_cast<ProtobufCMessage* const* const*>(base + field.offset);
            for (size_t item_idx = 0; item_idx < count; ++item_idx) {
                if (field.descriptor == &pg_query__node__descriptor) {
                    collect_column_refs(reinterpret_cast<const PgQuery__Node*>(items[item_idx]), names);
                } else {
                    collect_from_message(items[item_idx], names);
                }
            }
        } else {
            const auto* child = *reinterpret_cast<const ProtobufCMessage* const*>(base + field.offset);
            if (child == nullptr) continue;
            if (field.descriptor == &pg_query__node__descriptor) {
                collect_column_refs(reinterpret_cast<const PgQuery__Node*>(child), names);
            } else {
                collect_from_message(child, names);
            }
        }
    }
}

void collect_column_refs(const PgQuery__Node* node, std::vector<std::string>& names) {
    if (node == nullptr) return;
    if (node->node_case == PG_QUERY__NODE__NODE_COLUMN_REF) {
        const auto* ref = node->column_ref;
        std::string name = ref->n_fields ? node_string(ref->fields[ref->n_fields - 1]) : "";
        if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
        return;
    }
    collect_from_message(&node->base, names);
}

auto exclusion_column_names(const PgQuery__Constraint* constraint) -> std::vector<std::string> {
    std::vector<std::string> names;
    for (size_t elem_idx = 0; elem_idx < constraint->n_exclusions; ++elem_idx) {
        const PgQuery__List* pair = constraint->exclusions[elem_idx]->list;
        const PgQuery__IndexElem* elem = pair->items[0]->index_elem;
        names.push_back(is_set(elem->name) ? elem->name : index_expression_name(elem->expr));
    }
    return names;
}

auto kind_of(PgQuery__ConstrType type) -> model::ConstraintKind {
    switch (type) {
        case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
            return model::ConstraintKind::PrimaryKey;
        case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
            return model::ConstraintKind::Unique;
        case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
            return model::ConstraintKind::ForeignKey;
        case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION:
            return model::ConstraintKind::Exclude;
        default:
            return model::ConstraintKind::Check;
    }
}

}  // namespace

void transform_column(TransformContext& ctx, model::Table& table, PgQuery__ColumnDef* def, Arena& arena,
                      std::vector<PgQuery__Constraint*>& constraints) {
    model::Column column;
    column.name = def->colname;
    if (ctx.find_column(table, column.name) != nullptr) {
        throw ctx.error(
            ErrorKind::Parse, def->location,
            fmt::format("column {} of table {} is defined twice", quote_ident(column.name), table.name.sql()));
    }
    std::string serial = serial_base_type(def->type_name);
    if (!serial.empty()) {
        // serial = integer column + sequence owned by it + DEFAULT nextval(...) + NOT NULL.
        column.type = serial;
        column.not_null = true;
        model::Sequence sequence;
        sequence.name = {table.name.schema,
                         choose_relation_name(ctx, table.name.schema, table.name.name, column.name, "seq")};
        sequence.options = model::default_sequence_options(serial);
        sequence.owned_by_table = table.name;
        sequence.owned_by_column = column.name;
        std::string regclass = sequence.name.sql();
        column.default_value = model::Expression{fmt::format("nextval({}::regclass)", quote_literal(regclass)), {}};
        ctx.locate(sequence.name.sql(), def->location);
        ctx.schema.sequences.push_back(std::move(sequence));
    } else {
        column.type = format_type_name(def->type_name, ctx);
    }
    if (def->coll_clause != nullptr) {
        column.collation = collation_name(def->coll_clause);
    }
    if (is_set(def->storage) || is_set(def->compression)) {
        throw ctx.error(ErrorKind::Unsupported, def->location, "column STORAGE / COMPRESSION is not supported yet");
    }
    PgQuery__Constraint* last = nullptr;
    for (size_t con_idx = 0; con_idx < def->n_constraints; ++con_idx) {
        PgQuery__Constraint* constraint = def->constraints[con_idx]->constraint;
        switch (constraint->contype) {
            case PG_QUERY__CONSTR_TYPE__CONSTR_NULL:
                column.not_null = false;
                break;
            case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
                column.not_null = true;
                break;
            case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
                column.default_value = default_expression(constraint->raw_expr, arena);
                break;
            case PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY:
                column.identity = std::string(constraint->generated_when) == "a" ? model::IdentityKind::Always
                                                                                 : model::IdentityKind::ByDefault;
                column.identity_options = model::default_sequence_options(column.type);
                apply_sequence_options(column.identity_options, constraint->options, constraint->n_options, true,
                                       nullptr, ctx);
                column.not_null = true;
                break;
            case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED:
                column.generated = model::Expression{deparse_expression(constraint->raw_expr, arena), {}};
                break;
            case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
            case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
                constraint->n_keys = 1;
                constraint->keys = string_list(arena, {column.name});
                constraints.push_back(last = constraint);
                break;
            case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
                constraint->n_fk_attrs = 1;
                constraint->fk_attrs = string_list(arena, {column.name});
                constraints.push_back(last = constraint);
                break;
            case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
            case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION:
                constraints.push_back(last = constraint);
                break;
            case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE:
            case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE:
            case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED:
            case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE: {
                // DEFERRABLE & co. follow the constraint they modify as separate items in a column definition.
                if (last == nullptr)
                    throw ctx.error(ErrorKind::Parse, constraint->location, "misplaced DEFERRABLE clause");
                auto type = constraint->contype;
                if (type == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE) last->deferrable = true;
                if (type == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE) last->deferrable = false;
                if (type == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED) last->initdeferred = last->deferrable = true;
                if (type == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE) last->initdeferred = false;
                break;
            }
            default:
                throw ctx.error(ErrorKind::Unsupported, constraint->location,
                                "this column constraint is not supported");
        }
    }
    ctx.locate_member(table.name, column.name, def->location);
    table.columns.push_back(std::move(column));
}

namespace {

/// The text of a regclass literal with `public.` in front when it names no schema ('s', '"S"'; not 'app.s').
auto qualified_relation_literal(std::string_view text) -> std::optional<std::string> {
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (c == '.' && !quoted) return std::nullopt;
    }
    return "public." + std::string(text);
}

void qualify_literal(PgQuery__Node* node, Arena& arena) {
    if (node == nullptr || node->node_case != PG_QUERY__NODE__NODE_A_CONST ||
        node->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL) {
        return;
    }
    if (auto qualified = qualified_relation_literal(node->a_const->sval->sval)) {
        node->a_const->sval->sval = arena.copy_string(*qualified);
    }
}

}  // namespace

void qualify_relation_literals(PgQuery__Node* expr, Arena& arena) {
    if (expr == nullptr) return;
    for_each_message(&expr->base, [&](const ProtobufCMessage* message) {
        if (message->descriptor == &pg_query__type_cast__descriptor) {
            auto* cast = reinterpret_cast<PgQuery__TypeCast*>(const_cast<ProtobufCMessage*>(message));
            PgQuery__TypeName* type = cast->type_name;
            auto names = names_of(type->names, type->n_names);
            if (!names.empty() && names.back() == "regclass") qualify_literal(cast->arg, arena);
            if (names.size() == 1 && !is_catalog_type(names[0])) {  // 'a'::mood is 'a'::public.mood
                auto** qualified = static_cast<PgQuery__Node**>(arena.allocate(2 * sizeof(PgQuery__Node*)));
                qualified[0] = make_node_string(arena, "public");
                qualified[1] = type->names[0];
                type->names = qualified;
                type->n_names = 2;
            }
        } else if (message->descriptor == &pg_query__func_call__descriptor) {
            auto* call = reinterpret_cast<PgQuery__FuncCall*>(const_cast<ProtobufCMessage*>(message));
            auto names = names_of(call->funcname, call->n_funcname);
            bool sequence_function =
                !names.empty() && (names.size() == 1 || names[0] == "pg_catalog") &&
                (names.back() == "nextval" || names.back() == "currval" || names.back() == "setval");
            if (sequence_function && call->n_args > 0) qualify_literal(call->args[0], arena);
        }
    });
}

auto default_expression(PgQuery__Node* expr, Arena& arena) -> std::optional<model::Expression> {
    const PgQuery__Node* inner = expr;
    while (inner != nullptr && inner->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) inner = inner->type_cast->arg;
    if (inner != nullptr && inner->node_case == PG_QUERY__NODE__NODE_A_CONST && inner->a_const->isnull)
        return std::nullopt;
    qualify_relation_literals(expr, arena);
    return model::Expression{deparse_expression(expr, arena), {}};
}

auto constraint_definition_text(PgQuery__Constraint* constraint, Arena& arena) -> std::string {
    qualify_relation_literals(constraint->raw_expr, arena);
    char* saved_name = constraint->conname;
    constraint->conname = arena.copy_string("c");
    auto* cmd = arena.make<PgQuery__AlterTableCmd>();
    pg_query__alter_table_cmd__init(cmd);
    cmd->subtype = PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint;
    cmd->behavior = PG_QUERY__DROP_BEHAVIOR__DROP_RESTRICT;
    cmd->def = make_node(arena, PG_QUERY__NODE__NODE_CONSTRAINT, constraint);
    auto* range = arena.make<PgQuery__RangeVar>();
    pg_query__range_var__init(range);
    range->relname = arena.copy_string("t");
    range->inh = true;
    range->relpersistence = arena.copy_string("p");
    auto* stmt = arena.make<PgQuery__AlterTableStmt>();
    pg_query__alter_table_stmt__init(stmt);
    stmt->relation = range;
    stmt->n_cmds = 1;
    auto** cmds = static_cast<PgQuery__Node**>(arena.allocate(sizeof(PgQuery__Node*)));
    cmds[0] = make_node(arena, PG_QUERY__NODE__NODE_ALTER_TABLE_CMD, cmd);
    stmt->cmds = cmds;
    stmt->objtype = PG_QUERY__OBJECT_TYPE__OBJECT_TABLE;
    std::string text = deparse_statement(make_node(arena, PG_QUERY__NODE__NODE_ALTER_TABLE_STMT, stmt), arena);
    constraint->conname = saved_name;
    constexpr std::string_view kPrefix = "ALTER TABLE t ADD CONSTRAINT c ";
    ensure(text.rfind(kPrefix, 0) == 0, "deparsed constraint has an unexpected prefix");
    text = text.substr(kPrefix.size());
    // libpg_query 15-4.0.0's deparser drops NULLS NOT DISTINCT from UNIQUE constraints.
    if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE && constraint->nulls_not_distinct &&
        text.rfind("UNIQUE (", 0) == 0) {
        text.insert(std::string_view("UNIQUE ").size(), "NULLS NOT DISTINCT ");
    }
    return text;
}

void add_table_constraint(TransformContext& ctx, model::Table& table, PgQuery__Constraint* constraint, Arena& arena,
                          bool in_create_table) {
    const std::string& schema = table.name.schema;
    model::Constraint out;
    out.kind = kind_of(constraint->contype);
    std::vector<std::string> keys = names_of(constraint->keys, constraint->n_keys);
    std::string name = constraint->conname;
    if (name.empty()) {
        switch (out.kind) {
            case model::ConstraintKind::PrimaryKey:
                name = choose_relation_name(ctx, schema, table.name.name, "", "pkey");
                break;
            case model::ConstraintKind::Unique:
                name = choose_relation_name(ctx, schema, table.name.name, name_addition(keys), "key");
                break;
            case model::ConstraintKind::Exclude:
                name = choose_relation_name(ctx, schema, table.name.name,
                                            name_addition(exclusion_column_names(constraint)), "excl");
                break;
            case model::ConstraintKind::ForeignKey:
                name = choose_constraint_name(ctx, schema, table.name.name,
                                              name_addition(names_of(constraint->fk_attrs, constraint->n_fk_attrs)),
                                              "fkey");
                break;
            case model::ConstraintKind::Check: {
                std::vector<std::string> columns;
                collect_column_refs(constraint->raw_expr, columns);
                name = choose_constraint_name(ctx, schema, table.name.name, columns.size() == 1 ? columns[0] : "",
                                              "check");
                break;
            }
        }
    } else {
        ctx.constraint_names.insert({schema, name});
        if (out.kind != model::ConstraintKind::Check && out.kind != model::ConstraintKind::ForeignKey) {
            ctx.relation_names.insert({schema, name});
        }
    }
    if (ctx.find_constraint(table, name) != nullptr) {
        throw ctx.error(ErrorKind::Parse, constraint->location,
                        fmt::format("constraint {} on table {} is defined twice", quote_ident(name), table.name.sql()));
    }
    out.name = name;
    ctx.locate_member(table.name, name, in_create_table ? constraint->location : -1);
    // PostgreSQL ignores NOT VALID in CREATE TABLE: a new table's constraints hold trivially.
    out.validated = in_create_table || !constraint->skip_validation;
    constraint->skip_validation = false;
    constraint->initially_valid = true;
    if (out.kind == model::ConstraintKind::PrimaryKey) {
        for (const auto& key : keys) {
            if (model::Column* column = ctx.find_column(table, key)) column->not_null = true;
        }
        ctx.primary_keys[table.name] = keys;
    }
    if (out.kind == model::ConstraintKind::ForeignKey) {
        out.references = qualified_name(constraint->pktable);
        if (constraint->n_pk_attrs == 0) {
            ctx.pending_foreign_keys.push_back({table.name, name, ctx.where(constraint->location)});
        }
    }
    out.definition.text = constraint_definition_text(constraint, arena);
    table.constraints.push_back(std::move(out));
}

void transform_create_table(TransformContext& ctx, PgQuery__CreateStmt* stmt, Arena& arena) {
    int location = stmt->relation->location;
    if (stmt->partspec != nullptr || stmt->partbound != nullptr || stmt->n_inh_relations != 0) {
        throw ctx.error(ErrorKind::Unsupported, location, "partitioned and inherited tables are not supported yet");
    }
    if (stmt->of_typename != nullptr)
        throw ctx.error(ErrorKind::Unsupported, location, "typed tables are not supported");
    if (stmt->n_options != 0) {
        throw ctx.error(ErrorKind::Unsupported, location, "table storage parameters (WITH ...) are not supported yet");
    }
    if (is_set(stmt->tablespacename)) throw ctx.error(ErrorKind::Unsupported, location, "TABLESPACE is not supported");
    if (is_set(stmt->access_method) && std::string(stmt->access_method) != "heap") {
        throw ctx.error(ErrorKind::Unsupported, location, "table access methods other than heap are not supported");
    }
    std::string persistence = stmt->relation->relpersistence;
    if (persistence == "t") throw ctx.error(ErrorKind::Unsupported, location, "temporary tables are not schema");
    model::Table table;
    table.name = qualified_name(stmt->relation);
    table.unlogged = persistence == "u";
    if (ctx.table_index.count(table.name) != 0 && stmt->if_not_exists) return;
    model::Table& added = ctx.add_table(std::move(table), location);
    ctx.locate(added.name.sql(), -1);
    std::vector<PgQuery__Constraint*> constraints;
    for (size_t elt_idx = 0; elt_idx < stmt->n_table_elts; ++elt_idx) {
        PgQuery__Node* element = stmt->table_elts[elt_idx];
        if (element->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
            transform_column(ctx, added, element->column_def, arena, constraints);
        } else if (element->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
            constraints.push_back(element->constraint);
        } else {
            throw ctx.error(ErrorKind::Unsupported, location, "CREATE TABLE ... (LIKE ...) is not supported");
        }
    }
    // PostgreSQL names index-backed constraints first, then CHECKs, then FOREIGN KEYs.
    auto rank = [](const PgQuery__Constraint* constraint) {
        switch (constraint->contype) {
            case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
                return 1;
            case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
                return 2;
            default:
                return 0;
        }
    };
    std::stable_sort(constraints.begin(), constraints.end(),
                     [&](const auto* a, const auto* b) { return rank(a) < rank(b); });
    for (PgQuery__Constraint* constraint : constraints) add_table_constraint(ctx, added, constraint, arena, true);
}

}  // namespace schemadiff::parser
