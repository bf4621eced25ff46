// CREATE INDEX: named as PostgreSQL would name it, kept as the whole (deparsed) statement.
#include "schemadiff/core/identifier.hpp"
#include "transform.hpp"

#include <fmt/format.h>

namespace schemadiff::parser {

void transform_create_index(TransformContext& ctx, PgQuery__IndexStmt* stmt, Arena& arena) {
    int location = stmt->relation->location;
    model::Table& table = ctx.find_table(qualified_name(stmt->relation), location);
    if (is_set(stmt->table_space)) throw ctx.error(ErrorKind::Unsupported, location, "TABLESPACE is not supported");
    std::string name = stmt->idxname;
    if (name.empty()) {
        std::vector<std::string> columns;
        for (size_t param_idx = 0; param_idx < stmt->n_index_params; ++param_idx) {
            const PgQuery__IndexElem* elem = stmt->index_params[param_idx]->index_elem;
            columns.push_back(is_set(elem->name) ? elem->name : index_expression_name(elem->expr));
        }
        name = choose_relation_name(ctx, table.name.schema, table.name.name, name_addition(columns), "idx");
    } else {
        if (ctx.relation_names.count({table.name.schema, name}) != 0) {
            if (stmt->if_not_exists) return;
            throw ctx.error(ErrorKind::Parse, location,
                            fmt::format("relation {} is defined twice", quote_qualified(table.name.schema, name)));
        }
        ctx.relation_names.insert({table.name.schema, name});
    }
    stmt->idxname = arena.copy_string(name);
    stmt->relation->schemaname = arena.copy_string(table.name.schema);
    if (!is_set(stmt->access_method)) stmt->access_method = arena.copy_string("btree");
    stmt->concurrent = false;
    stmt->if_not_exists = false;
    auto* node = arena.make<PgQuery__Node>();
    pg_query__node__init(node);
    node->node_case = PG_QUERY__NODE__NODE_INDEX_STMT;
    node->index_stmt = stmt;
    std::string text = deparse_statement(node, arena);
    // The deparser glues a sort direction to a closing parenthesis ("lower(x)DESC"): valid, but hard to read.
    for (const char* word : {")DESC", ")ASC", ")NULLS"}) {
        for (size_t pos = text.find(word); pos != std::string::npos; pos = text.find(word, pos + 2)) {
            text.insert(pos + 1, " ");
        }
    }
    table.indexes.push_back({name, model::Expression{text, {}}, std::nullopt});
}

}  // namespace schemadiff::parser
