// CREATE INDEX: named as PostgreSQL would name it, kept as the whole (deparsed) statement.
#include <fmt/format.h>

#include <cctype>

#include "schemadiff/core/identifier.hpp"
#include "transform.hpp"

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
    // libpg_query 15-4.0.0's deparser does not quote the index name: deparse a placeholder and put the quoted name in.
    constexpr std::string_view kPlaceholder = "schemadiff_index_name";
    stmt->idxname = arena.copy_string(kPlaceholder);
    stmt->relation->schemaname = arena.copy_string(table.name.schema);
    if (!is_set(stmt->access_method)) stmt->access_method = arena.copy_string("btree");
    stmt->concurrent = false;
    stmt->if_not_exists = false;
    std::string text = deparse_statement(make_node(arena, PG_QUERY__NODE__NODE_INDEX_STMT, stmt), arena);
    // The deparser glues a word to a closing parenthesis ("lower(x)DESC", "lower(x)text_ops"): valid, but hard to
    // read. Add a space there, outside string literals and quoted names.
    std::string spaced;  // built anew: an insert per parenthesis was quadratic in the number of index columns
    spaced.reserve(text.size() + text.size() / 8);
    char quote = 0;
    for (size_t pos = 0; pos < text.size(); ++pos) {
        char c = text[pos];
        spaced += c;
        if (quote != 0) {
            if (c == quote) quote = 0;  // a doubled quote closes and reopens: same state either way
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == ')' && pos + 1 < text.size() &&
                   (std::isalpha(static_cast<unsigned char>(text[pos + 1])) || text[pos + 1] == '"')) {
            spaced += ' ';
        }
    }
    text = std::move(spaced);
    size_t placeholder = text.find(kPlaceholder);
    ensure(placeholder != std::string::npos, "deparsed index lost its name");
    text.replace(placeholder, kPlaceholder.size(), quote_ident(name));
    ctx.locate(quote_qualified(table.name.schema, name), -1);
    table.indexes.push_back({name, model::Expression{text, {}}, std::nullopt});
}

}  // namespace schemadiff::parser
