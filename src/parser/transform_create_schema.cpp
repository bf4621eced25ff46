// CREATE SCHEMA, CREATE EXTENSION, CREATE TYPE ... AS ENUM: the small statements.
#include <fmt/format.h>

#include "schemadiff/core/identifier.hpp"
#include "transform.hpp"

namespace schemadiff::parser {

void transform_create_schema(TransformContext& ctx, PgQuery__CreateSchemaStmt* stmt) {
    if (stmt->n_schema_elts != 0) {
        throw ctx.error(ErrorKind::Unsupported, -1, "CREATE SCHEMA with embedded statements is not supported");
    }
    std::string name = stmt->schemaname;
    if (name.empty()) throw ctx.error(ErrorKind::Unsupported, -1, "CREATE SCHEMA needs a schema name");
    if (name == "public") return;  // always there
    if (ctx.lookups.namespaces.find(ctx.schema.namespaces, name) != nullptr) {
        if (stmt->if_not_exists) return;
        throw ctx.error(ErrorKind::Parse, -1, fmt::format("schema {} is defined twice", name));
    }
    ctx.locate(quote_ident(name), -1);
    ctx.schema.namespaces.push_back({name, std::nullopt});
}

void transform_create_extension(TransformContext& ctx, PgQuery__CreateExtensionStmt* stmt) {
    model::Extension extension{stmt->extname, "public", std::nullopt};
    for (size_t option_idx = 0; option_idx < stmt->n_options; ++option_idx) {
        const PgQuery__DefElem* option = stmt->options[option_idx]->def_elem;
        std::string option_name = option->defname;
        if (option_name == "schema") {
            extension.schema = node_string(option->arg);
        } else if (option_name != "new_version" && option_name != "cascade") {
            throw ctx.error(ErrorKind::Unsupported, option->location,
                            fmt::format("CREATE EXTENSION option {} is not supported", option_name));
        }
    }
    if (extension.name == "plpgsql") return;  // installed in every database
    if (ctx.lookups.extensions.find(ctx.schema.extensions, extension.name) != nullptr) {
        if (stmt->if_not_exists) return;
        throw ctx.error(ErrorKind::Parse, -1, fmt::format("extension {} is defined twice", extension.name));
    }
    ctx.locate(quote_ident(extension.name), -1);
    ctx.schema.extensions.push_back(std::move(extension));
}

void transform_create_enum(TransformContext& ctx, PgQuery__CreateEnumStmt* stmt) {
    model::EnumType type;
    type.name = qualified_name(names_of(stmt->type_name, stmt->n_type_name));
    type.labels = names_of(stmt->vals, stmt->n_vals);
    if (ctx.lookups.enums.find(ctx.schema.enums, type.name) != nullptr) {
        throw ctx.error(ErrorKind::Parse, -1, fmt::format("type {} is defined twice", type.name.sql()));
    }
    ctx.locate(type.name.sql(), -1);
    ctx.schema.enums.push_back(std::move(type));
}

}  // namespace schemadiff::parser
