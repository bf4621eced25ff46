// The names PostgreSQL gives objects the schema file leaves unnamed (indexes, constraints, serial sequences).
// Follows makeObjectName / ChooseRelationName / ChooseConstraintName / ChooseIndexNameAddition in PostgreSQL's
// indexcmds.c and namespace.c, so a file that omits a name agrees with the database built from it.
#include "transform.hpp"

namespace schemadiff::parser {

namespace {
constexpr size_t kMaxIdentifierLength = 63;  // NAMEDATALEN - 1

/// Cuts `text` to at most `length` bytes without splitting a UTF-8 character (pg_mbcliplen).
auto clip_utf8(const std::string& text, size_t length) -> std::string {
    if (text.size() <= length) return text;
    while (length > 0 && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80) --length;
    return text.substr(0, length);
}

auto choose_name(std::set<std::pair<std::string, std::string>>& used, const std::string& schema,
                 const std::string& name1, const std::string& name2, const std::string& label) -> std::string {
    std::string candidate = make_object_name(name1, name2, label);
    for (int pass = 1; used.count({schema, candidate}) != 0; ++pass) {
        candidate = make_object_name(name1, name2, label + std::to_string(pass));
    }
    used.insert({schema, candidate});
    return candidate;
}
}  // namespace

auto make_object_name(const std::string& name1, const std::string& name2, const std::string& label) -> std::string {
    // An empty name2 stands for PostgreSQL's NULL (no middle part).
    size_t overhead = (name2.empty() ? 0 : 1) + (label.empty() ? 0 : label.size() + 1);
    size_t available = kMaxIdentifierLength - overhead;
    size_t name1_chars = name1.size();
    size_t name2_chars = name2.size();
    while (name1_chars + name2_chars > available) {  // shorten the longer name first
        if (name1_chars > name2_chars) {
            --name1_chars;
        } else {
            --name2_chars;
        }
    }
    std::string out = clip_utf8(name1, name1_chars);
    if (!name2.empty()) out += "_" + clip_utf8(name2, name2_chars);
    if (!label.empty()) out += "_" + label;
    return out;
}

auto choose_relation_name(TransformContext& ctx, const std::string& schema, const std::string& name1,
                          const std::string& name2, const std::string& label) -> std::string {
    return choose_name(ctx.relation_names, schema, name1, name2, label);
}

auto choose_constraint_name(TransformContext& ctx, const std::string& schema, const std::string& name1,
                            const std::string& name2, const std::string& label) -> std::string {
    return choose_name(ctx.constraint_names, schema, name1, name2, label);
}

auto name_addition(const std::vector<std::string>& names) -> std::string {
    std::string out;
    for (const auto& name : names) {
        if (!out.empty()) out += "_";
        out += name;
        if (out.size() >= kMaxIdentifierLength) break;  // makeObjectName truncates the rest
    }
    return out;
}

auto index_expression_name(const PgQuery__Node* expr) -> std::string {
    // FigureColnameInternal: the name a column of this expression would get, else "expr".
    switch (expr->node_case) {
        case PG_QUERY__NODE__NODE_COLUMN_REF: {
            const auto* ref = expr->column_ref;
            std::string last = ref->n_fields ? node_string(ref->fields[ref->n_fields - 1]) : "";
            return last.empty() ? "expr" : last;
        }
        case PG_QUERY__NODE__NODE_FUNC_CALL: {
            const auto* call = expr->func_call;
            return call->n_funcname ? node_string(call->funcname[call->n_funcname - 1]) : "expr";
        }
        case PG_QUERY__NODE__NODE_TYPE_CAST: {
            std::string inner = index_expression_name(expr->type_cast->arg);
            if (inner != "expr") return inner;
            const auto* type = expr->type_cast->type_name;
            return type->n_names ? node_string(type->names[type->n_names - 1]) : "expr";
        }
        case PG_QUERY__NODE__NODE_CASE_EXPR:
            return "case";
        case PG_QUERY__NODE__NODE_A_ARRAY_EXPR:
            return "array";
        case PG_QUERY__NODE__NODE_COALESCE_EXPR:
            return "coalesce";
        case PG_QUERY__NODE__NODE_COLLATE_CLAUSE:
            return index_expression_name(expr->collate_clause->arg);
        default:
            return "expr";
    }
}

}  // namespace schemadiff::parser
