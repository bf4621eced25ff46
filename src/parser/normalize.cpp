// Normalisation: every rule for "the same thing, spelled differently" lives in this file.
//
// Both sides' texts (the file's deparsed expressions, the catalog's pg_get_expr / pg_get_constraintdef /
// pg_get_indexdef output) are parsed with libpg_query, rewritten into one canonical tree, and the packed tree is the
// key that equality compares. No shadow database is needed. The rules, each because the catalog rewrites what the
// user wrote:
//  1. locations are zeroed (whitespace, parentheses and layout never matter);
//  2. a cast on a constant is dropped ('a'::text = 'a', '-1'::integer = -1): the column or operator decides the
//     type; a regclass constant, and the sequence named to nextval / currval / setval, loses a "public." prefix
//     (nextval('public.s'::regclass) = nextval('s'));
//  3. constants compare by their text (1, '1' and 1::text are one key; true and 'true' too); a number loses its
//     exponent (1.5e3 = '1500') and a bit string is its bits (B'1010' = X'A' = '1010');
//  4. a cast on a column is dropped: PostgreSQL adds implicit ones ((email)::text, (qty)::numeric) that the user
//     never wrote. The same for a text-type cast on ARRAY[...], COALESCE, CASE or a function call: varchar -> text
//     relabels print as (COALESCE(title, ''))::text. (The price: changing only such an explicit cast, x::int > 0
//     to x > 0, is not seen as a change.)
//  5. x IN (a, b) is x = ANY (ARRAY[a, b]) (NOT IN: <> ALL), x IN (a) is x = a; BETWEEN is two comparisons;
//     LIKE/ILIKE are operators;
//  6. nested AND / OR are flattened;
//  7. pg_catalog. and public. qualifiers are dropped from function, type and operator names; an unqualified table
//     reference means public;
//  8. index columns: ASC and the default NULLS placement are implicit; (col) is col; btree is the default method;
//  9. names of the constraint and index themselves are compared apart (they are the identity, not the definition),
//     and NOT VALID is tracked in Constraint::validated;
// 10. an operator class that is the default for its type and method is implicit (text_ops in a btree index).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <set>
#include <unordered_map>

#include "pg_query_result.hpp"
#include "schemadiff/core/identifier.hpp"
#include "schemadiff/parser/parse.hpp"

namespace schemadiff::parser {

namespace {

auto descriptor_is(const ProtobufCMessage* message, const ProtobufCMessageDescriptor& descriptor) -> bool {
    return message->descriptor == &descriptor;
}

auto make_op(Arena& arena, const char* op, PgQuery__Node* left, PgQuery__Node* right) -> PgQuery__Node* {
    auto* expr = arena.make<PgQuery__AExpr>();
    pg_query__a__expr__init(expr);
    expr->kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
    expr->n_name = 1;
    expr->name = static_cast<PgQuery__Node**>(arena.allocate(sizeof(PgQuery__Node*)));
    expr->name[0] = make_node_string(arena, op);
    expr->lexpr = left;
    expr->rexpr = right;
    return make_node(arena, PG_QUERY__NODE__NODE_A_EXPR, expr);
}

/// Drops a leading pg_catalog. / public. from a qualified name list (rule 7).
void strip_builtin_qualifier(size_t& count, PgQuery__Node**& names) {
    if (count == 2) {
        std::string first = node_string(names[0]);
        if (first == "pg_catalog" || first == "public") {
            names = names + 1;
            count = 1;
        }
    }
}

auto type_last_name(const PgQuery__TypeName* type) -> std::string {
    return type->n_names ? node_string(type->names[type->n_names - 1]) : "";
}

auto is_text_like(const PgQuery__TypeName* type) -> bool {
    std::string name = type_last_name(type);
    return name == "text" || name == "varchar" || name == "bpchar";
}

/// `1.5e3` -> `1500`, `-25E-1` -> `-2.5`: the catalog stores the value the column's type read, and prints it
/// without an exponent. The digits kept after the point follow numeric's rule (max(0, fraction digits - exponent)).
auto without_exponent(const std::string& number) -> std::string {
    auto e = number.find_first_of("eE");
    if (e == std::string::npos) return number;
    std::string mantissa = number.substr(0, e);
    int exponent = std::stoi(number.substr(e + 1));
    std::string sign;
    if (!mantissa.empty() && (mantissa[0] == '-' || mantissa[0] == '+')) {
        if (mantissa[0] == '-') sign = "-";
        mantissa.erase(0, 1);
    }
    auto point = mantissa.find('.');
    std::string digits = mantissa;
    int integer_digits = static_cast<int>(mantissa.size());
    if (point != std::string::npos) {
        digits.erase(point, 1);
        integer_digits = static_cast<int>(point);
    }
    int at = integer_digits + exponent;  // where the point goes in `digits`
    if (at <= 0) {
        digits.insert(0, static_cast<size_t>(1 - at), '0');
        at = 1;
    }
    if (at > static_cast<int>(digits.size())) digits.append(static_cast<size_t>(at) - digits.size(), '0');
    std::string whole = digits.substr(0, static_cast<size_t>(at));
    std::string fraction = digits.substr(static_cast<size_t>(at));
    whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
    return sign + whole + (fraction.empty() ? "" : "." + fraction);
}

/// libpg_query spells B'1010' as "b1010" and X'1F' as "x1F"; the catalog prints the bits: "1010", "00011111".
auto bit_digits(const std::string& literal) -> std::string {
    if (literal.empty() || (literal[0] != 'x' && literal[0] != 'X'))
        return literal.empty() ? literal : literal.substr(1);
    std::string bits;
    for (char hex : literal.substr(1)) {
        int value = std::isdigit(static_cast<unsigned char>(hex)) != 0 ? hex - '0' : std::tolower(hex) - 'a' + 10;
        for (int bit = 3; bit >= 0; --bit) bits += ((value >> bit) & 1) != 0 ? '1' : '0';
    }
    return bits;
}

void canonical_constant(PgQuery__AConst* constant, Arena& arena) {
    std::string text;
    switch (constant->val_case) {
        case PG_QUERY__A__CONST__VAL_IVAL:
            text = std::to_string(constant->ival->ival);
            break;
        case PG_QUERY__A__CONST__VAL_FVAL:
            text = without_exponent(constant->fval->fval);
            break;
        case PG_QUERY__A__CONST__VAL_BOOLVAL:
            text = constant->boolval->boolval ? "true" : "false";
            break;
        case PG_QUERY__A__CONST__VAL_BSVAL:
            text = bit_digits(constant->bsval->bsval);
            break;
        default:
            return;  // strings and NULL stay as they are
    }
    auto* value = arena.make<PgQuery__String>();
    pg_query__string__init(value);
    value->sval = arena.copy_string(text);
    constant->val_case = PG_QUERY__A__CONST__VAL_SVAL;
    constant->sval = value;
}

void rewrite_node(PgQuery__Node** slot, Arena& arena) {
    PgQuery__Node* node = *slot;
    switch (node->node_case) {
        case PG_QUERY__NODE__NODE_TYPE_CAST: {  // rules 2 and 4
            PgQuery__TypeCast* cast = node->type_cast;
            PgQuery__Node* arg = cast->arg;
            if (arg == nullptr) return;
            if (arg->node_case == PG_QUERY__NODE__NODE_A_CONST) {
                PgQuery__AConst* constant = arg->a_const;
                if (type_last_name(cast->type_name) == "regclass" &&
                    constant->val_case == PG_QUERY__A__CONST__VAL_SVAL &&
                    std::strncmp(constant->sval->sval, "public.", 7) == 0) {
                    constant->sval->sval += 7;
                }
                *slot = arg;
            } else if (arg->node_case == PG_QUERY__NODE__NODE_COLUMN_REF ||
                       (is_text_like(cast->type_name) && (arg->node_case == PG_QUERY__NODE__NODE_A_ARRAY_EXPR ||
                                                          arg->node_case == PG_QUERY__NODE__NODE_COALESCE_EXPR ||
                                                          arg->node_case == PG_QUERY__NODE__NODE_CASE_EXPR ||
                                                          arg->node_case == PG_QUERY__NODE__NODE_FUNC_CALL))) {
                *slot = arg;
            }
            return;
        }
        case PG_QUERY__NODE__NODE_A_CONST:
            canonical_constant(node->a_const, arena);
            return;                          // rule 3
        case PG_QUERY__NODE__NODE_A_EXPR: {  // rule 5
            PgQuery__AExpr* expr = node->a_expr;
            strip_builtin_qualifier(expr->n_name, expr->name);
            std::string op = expr->n_name ? node_string(expr->name[expr->n_name - 1]) : "";
            switch (expr->kind) {
                case PG_QUERY__A__EXPR__KIND__AEXPR_IN: {
                    if (expr->rexpr->list->n_items == 1) {  // the catalog keeps x IN (a) as x = a (NOT IN: x <> a)
                        expr->kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
                        expr->rexpr = expr->rexpr->list->items[0];
                        return;
                    }
                    auto* array = arena.make<PgQuery__AArrayExpr>();
                    pg_query__a__array_expr__init(array);
                    const PgQuery__List* list = expr->rexpr->list;
                    array->n_elements = list->n_items;
                    array->elements = list->items;
                    expr->rexpr = make_node(arena, PG_QUERY__NODE__NODE_A_ARRAY_EXPR, array);
                    expr->kind =
                        op == "=" ? PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY : PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL;
                    return;
                }
                case PG_QUERY__A__EXPR__KIND__AEXPR_LIKE:
                case PG_QUERY__A__EXPR__KIND__AEXPR_ILIKE:
                    expr->kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
                    return;
                case PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN:
                case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN: {
                    bool negated = expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN;
                    const PgQuery__List* bounds = expr->rexpr->list;
                    auto* both = arena.make<PgQuery__BoolExpr>();
                    pg_query__bool_expr__init(both);
                    both->boolop = negated ? PG_QUERY__BOOL_EXPR_TYPE__OR_EXPR : PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR;
                    both->n_args = 2;
                    both->args = static_cast<PgQuery__Node**>(arena.allocate(2 * sizeof(PgQuery__Node*)));
                    both->args[0] = make_op(arena, negated ? "<" : ">=", expr->lexpr, bounds->items[0]);
                    both->args[1] = make_op(arena, negated ? ">" : "<=", expr->lexpr, bounds->items[1]);
                    *slot = make_node(arena, PG_QUERY__NODE__NODE_BOOL_EXPR, both);
                    return;
                }
                default:
                    return;
            }
        }
        case PG_QUERY__NODE__NODE_BOOL_EXPR: {  // rule 6
            PgQuery__BoolExpr* expr = node->bool_expr;
            if (expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__NOT_EXPR) return;
            std::vector<PgQuery__Node*> args;
            for (size_t arg_idx = 0; arg_idx < expr->n_args; ++arg_idx) {
                PgQuery__Node* arg = expr->args[arg_idx];
                if (arg->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR && arg->bool_expr->boolop == expr->boolop) {
                    args.insert(args.end(), arg->bool_expr->args, arg->bool_expr->args + arg->bool_expr->n_args);
                } else {
                    args.push_back(arg);
                }
            }
            if (args.size() != expr->n_args) {
                expr->args = static_cast<PgQuery__Node**>(arena.allocate(args.size() * sizeof(PgQuery__Node*)));
                std::copy(args.begin(), args.end(), expr->args);
                expr->n_args = args.size();
            }
            return;
        }
        case PG_QUERY__NODE__NODE_FUNC_CALL: {  // rules 7 and 2
            PgQuery__FuncCall* call = node->func_call;
            strip_builtin_qualifier(call->n_funcname, call->funcname);
            std::string name = call->n_funcname == 1 ? node_string(call->funcname[0]) : "";
            if ((name == "nextval" || name == "currval" || name == "setval") && call->n_args > 0 &&
                call->args[0]->node_case == PG_QUERY__NODE__NODE_A_CONST &&
                call->args[0]->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL &&
                std::strncmp(call->args[0]->a_const->sval->sval, "public.", 7) == 0) {
                call->args[0]->a_const->sval->sval += 7;  // nextval('public.s') = nextval('s')
            }
            return;
        }
        default:
            return;
    }
}

void canonicalize_message(ProtobufCMessage* message, Arena& arena);

void canonicalize_slot(PgQuery__Node** slot, Arena& arena) {
    if (*slot == nullptr) return;
    canonicalize_message(&(*slot)->base, arena);
    rewrite_node(slot, arena);
    // A rewrite can expose a node that needs another pass (a cast around a cast).
    if ((*slot)->node_case == PG_QUERY__NODE__NODE_TYPE_CAST || (*slot)->node_case == PG_QUERY__NODE__NODE_A_CONST) {
        rewrite_node(slot, arena);
    }
}

void canonical_index_elem(PgQuery__IndexElem* elem) {  // rule 8
    if (elem->expr != nullptr && elem->expr->node_case == PG_QUERY__NODE__NODE_COLUMN_REF &&
        elem->expr->column_ref->n_fields == 1) {
        elem->name = elem->expr->column_ref->fields[0]->string->sval;
        elem->expr = nullptr;
    }
    bool descending = elem->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_DESC;
    if (elem->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_ASC) elem->ordering = PG_QUERY__SORT_BY_DIR__SORTBY_DEFAULT;
    if ((descending && elem->nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_FIRST) ||
        (!descending && elem->nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_LAST)) {
        elem->nulls_ordering = PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_DEFAULT;
    }
    elem->indexcolname = const_cast<char*>("");
    strip_builtin_qualifier(elem->n_opclass, elem->opclass);  // rule 7: public.gin_trgm_ops
}

void canonicalize_message(ProtobufCMessage* message, Arena& arena) {
    const ProtobufCMessageDescriptor* descriptor = message->descriptor;
    char* base = reinterpret_cast<char*>(message);
    for (unsigned field_idx = 0; field_idx < descriptor->n_fields; ++field_idx) {
        const ProtobufCFieldDescriptor& field = descriptor->fields[field_idx];
        if ((field.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) != 0 &&
            *reinterpret_cast<uint32_t*>(base + field.quantifier_offset) != field.id) {
            continue;
        }
        if (field.type == PROTOBUF_C_TYPE_INT32 && field.label != PROTOBUF_C_LABEL_REPEATED &&
            std::strcmp(field.name, "location") == 0) {
            *reinterpret_cast<int32_t*>(base + field.offset) = 0;  // rule 1
            continue;
        }
        if (field.type != PROTOBUF_C_TYPE_MESSAGE) continue;
        bool is_node = field.descriptor == &pg_query__node__descriptor;
        if (field.label == PROTOBUF_C_LABEL_REPEATED) {
            size_t count = *reinterpret_cast<size_t*>(base + field.quantifier_offset);
            auto** items = *reinterpret_cast<ProtobufCMessage***>(base + field.offset);
            for (size_t item_idx = 0; item_idx < count; ++item_idx) {
                if (is_node) {
                    canonicalize_slot(reinterpret_cast<PgQuery__Node**>(&items[item_idx]), arena);
                } else {
                    canonicalize_message(items[item_idx], arena);
                }
            }
        } else {
            auto** child = reinterpret_cast<ProtobufCMessage**>(base + field.offset);
            if (*child == nullptr) continue;
            if (is_node) {
                canonicalize_slot(reinterpret_cast<PgQuery__Node**>(child), arena);
            } else {
                canonicalize_message(*child, arena);
            }
        }
    }
    if (descriptor_is(message, pg_query__type_name__descriptor)) {
        auto* type = reinterpret_cast<PgQuery__TypeName*>(message);
        strip_builtin_qualifier(type->n_names, type->names);
    } else if (descriptor_is(message, pg_query__index_elem__descriptor)) {
        canonical_index_elem(reinterpret_cast<PgQuery__IndexElem*>(message));
    } else if (descriptor_is(message, pg_query__def_elem__descriptor)) {
        // Storage parameters: the catalog prints fillfactor='70' for fillfactor=70 (rule 3 for options).
        auto* option = reinterpret_cast<PgQuery__DefElem*>(message);
        if (option->arg != nullptr && (option->arg->node_case == PG_QUERY__NODE__NODE_INTEGER ||
                                       option->arg->node_case == PG_QUERY__NODE__NODE_FLOAT)) {
            std::string value = option->arg->node_case == PG_QUERY__NODE__NODE_INTEGER
                                    ? std::to_string(option->arg->integer->ival)
                                    : std::string(option->arg->float_->fval);
            option->arg = make_node_string(arena, value);
        }
    } else if (descriptor_is(message, pg_query__range_var__descriptor)) {
        auto* range = reinterpret_cast<PgQuery__RangeVar*>(message);
        if (!is_set(range->schemaname)) range->schemaname = const_cast<char*>("public");
    }
}

auto packed(const ProtobufCMessage* message) -> std::string {
    std::string out(protobuf_c_message_get_packed_size(message), '\0');
    protobuf_c_message_pack(message, reinterpret_cast<uint8_t*>(out.data()));
    return out;
}

/// A key for text that libpg_query cannot parse: never equal to a parsed key, equal to the same text.
auto unparsed_key(const std::string& text) -> std::string {
    return "\x01" + text;
}

/// Thrown by the key functions for a definition nested deeper than kMaxNesting: normalize() names its object.
struct TooDeep {};

/// Parses a definition wrapped in a statement. The wrapper adds a few levels to what the file's statement had, so
/// the limit is a little higher here: a file that parsed is never refused by its own normalisation.
auto parse_definition(const std::string& sql) -> std::unique_ptr<ParsedSql> {
    auto parsed = std::make_unique<ParsedSql>(sql, kMaxNesting + 8);
    if (!parsed->ok() && parsed->error().too_deep) throw TooDeep{};
    return parsed;
}

auto expression_key(const std::string& text) -> std::string {
    auto parsed_ptr = parse_definition("SELECT " + text);
    ParsedSql& parsed = *parsed_ptr;
    if (!parsed.ok() || parsed.statement_count() != 1) return unparsed_key(text);
    PgQuery__SelectStmt* select = parsed.statement(0)->select_stmt;
    if (select == nullptr || select->n_target_list != 1) return unparsed_key(text);
    PgQuery__Node** slot = &select->target_list[0]->res_target->val;
    canonicalize_slot(slot, parsed.arena());
    return packed(&(*slot)->base);
}

/// Operator classes PostgreSQL uses when an index names none: pg_get_indexdef leaves them out (rule 10). Keyed by
/// access method; names not listed here are kept, so a real choice (text_pattern_ops) is never lost.
auto is_default_opclass(const std::string& method, const std::string& opclass) -> bool {
    static const std::set<std::string> kBtreeHash = {
        "bit_ops",         "bool_ops",     "bpchar_ops",  "bytea_ops",   "char_ops",     "date_ops",
        "enum_ops",        "float4_ops",   "float8_ops",  "inet_ops",    "int2_ops",     "int4_ops",
        "int8_ops",        "interval_ops", "jsonb_ops",   "macaddr_ops", "macaddr8_ops", "money_ops",
        "name_ops",        "numeric_ops",  "oid_ops",     "text_ops",    "time_ops",     "timestamp_ops",
        "timestamptz_ops", "timetz_ops",   "uuid_ops",    "varbit_ops",  "array_ops",    "range_ops",
        "multirange_ops",  "tsvector_ops", "tsquery_ops", "record_ops",  "pg_lsn_ops",   "oidvector_ops"};
    if (method == "btree" || method == "hash") return kBtreeHash.count(opclass) != 0;
    if (method == "gin") return opclass == "jsonb_ops" || opclass == "array_ops" || opclass == "tsvector_ops";
    if (method == "gist") return opclass == "range_ops" || opclass == "multirange_ops" || opclass == "tsvector_ops";
    if (method == "spgist") return opclass == "range_ops" || opclass == "text_ops";
    return false;
}

void strip_default_opclasses(const std::string& method, PgQuery__Node** params, size_t count) {
    for (size_t param_idx = 0; param_idx < count; ++param_idx) {
        PgQuery__Node* param = params[param_idx];
        // Exclusion constraints pair each element with its operator in a list.
        if (param->node_case == PG_QUERY__NODE__NODE_LIST) param = param->list->items[0];
        if (param->node_case != PG_QUERY__NODE__NODE_INDEX_ELEM) continue;
        PgQuery__IndexElem* elem = param->index_elem;
        if (elem->n_opclass == 0 || elem->n_opclassopts != 0) continue;
        if (is_default_opclass(method, node_string(elem->opclass[elem->n_opclass - 1]))) elem->n_opclass = 0;
    }
}

auto constraint_key(const std::string& definition) -> std::string {
    auto parsed_ptr = parse_definition("ALTER TABLE t ADD CONSTRAINT c " + definition);
    ParsedSql& parsed = *parsed_ptr;
    if (!parsed.ok()) return unparsed_key(definition);
    PgQuery__Constraint* constraint = parsed.statement(0)->alter_table_stmt->cmds[0]->alter_table_cmd->def->constraint;
    constraint->conname = const_cast<char*>("");  // rule 9
    constraint->skip_validation = false;
    constraint->initially_valid = false;
    if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION && !is_set(constraint->access_method)) {
        constraint->access_method = const_cast<char*>("btree");
    }
    strip_default_opclasses(constraint->access_method, constraint->exclusions, constraint->n_exclusions);
    canonicalize_message(&constraint->base, parsed.arena());
    return packed(&constraint->base);
}

auto index_key(const std::string& definition) -> std::string {
    auto parsed_ptr = parse_definition(definition);
    ParsedSql& parsed = *parsed_ptr;
    if (!parsed.ok() || parsed.statement(0)->node_case != PG_QUERY__NODE__NODE_INDEX_STMT) {
        return unparsed_key(definition);
    }
    PgQuery__IndexStmt* index = parsed.statement(0)->index_stmt;
    index->idxname = const_cast<char*>("");  // rule 9
    index->concurrent = false;
    index->if_not_exists = false;
    if (!is_set(index->access_method)) index->access_method = const_cast<char*>("btree");
    strip_default_opclasses(index->access_method, index->index_params, index->n_index_params);
    canonicalize_message(&index->base, parsed.arena());
    return packed(&index->base);
}

/// Memoises keys: real schemas repeat the same defaults and checks thousands of times.
class KeyCache {
public:
    template <typename Fn>
    void fill(model::Expression& expression, Fn&& compute) {
        auto it = cache_.find(expression.text);
        if (it == cache_.end()) it = cache_.emplace(expression.text, compute(expression.text)).first;
        expression.key = it->second;
    }

private:
    std::unordered_map<std::string, std::string> cache_;
};

}  // namespace

void normalize(model::Schema& schema) {
    KeyCache expressions, constraints, indexes;
    // A definition too deep to read (from a database: the files' are refused when parsed) names its object.
    auto guarded = [&](const std::string& what, const std::string& subject, auto&& fill) {
        try {
            fill();
        } catch (const TooDeep&) {
            auto where = schema.locations.find(subject);
            throw Error(ErrorKind::Unsupported,
                        fmt::format("{} {} is nested more than {} levels deep (about one level per operator, function "
                                    "call or subquery): schemadiff does not read it",
                                    what, subject, kMaxNesting),
                        where == schema.locations.end() ? std::nullopt : std::optional<SourceLocation>(where->second));
        }
    };
    for (auto& table : schema.tables) {
        for (auto& column : table.columns) {
            std::string subject = table.name.sql() + "." + quote_ident(column.name);
            guarded("the default or generated expression of column", subject, [&] {
                if (column.default_value) expressions.fill(*column.default_value, expression_key);
                if (column.generated) expressions.fill(*column.generated, expression_key);
            });
        }
        for (auto& constraint : table.constraints) {
            guarded("constraint", table.name.sql() + "." + quote_ident(constraint.name),
                    [&] { constraints.fill(constraint.definition, constraint_key); });
        }
        for (auto& index : table.indexes) {
            guarded("index", quote_qualified(table.name.schema, index.name),
                    [&] { indexes.fill(index.definition, index_key); });
        }
    }
}

}  // namespace schemadiff::parser
