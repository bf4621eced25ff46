// ALTER TABLE in a schema file: the declarative subset pg_dump writes (ADD CONSTRAINT, SET DEFAULT, SET NOT NULL,
// ADD GENERATED ... AS IDENTITY, internal pg_* column options). Anything else changes a schema rather than declaring
// it, and is refused.
#include <fmt/format.h>

#include "schemadiff/core/identifier.hpp"
#include "transform.hpp"

namespace schemadiff::parser {

namespace {
auto column_of(TransformContext& ctx, model::Table& table, const char* name, int location) -> model::Column& {
    model::Column* column = ctx.find_column(table, name);
    if (column == nullptr) {
        throw ctx.error(ErrorKind::Parse, location,
                        fmt::format("column {} of table {} is not defined", quote_ident(name), table.name.sql()));
    }
    return *column;
}
}  // namespace

void transform_alter_table(TransformContext& ctx, PgQuery__AlterTableStmt* stmt, Arena& arena) {
    int location = stmt->relation->location;
    if (stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
        throw ctx.error(ErrorKind::Unsupported, location, "only ALTER TABLE is supported among ALTER statements");
    }
    model::Table& table = ctx.find_table(qualified_name(stmt->relation), location);
    for (size_t cmd_idx = 0; cmd_idx < stmt->n_cmds; ++cmd_idx) {
        PgQuery__AlterTableCmd* cmd = stmt->cmds[cmd_idx]->alter_table_cmd;
        switch (cmd->subtype) {
            case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
                add_table_constraint(ctx, table, cmd->def->constraint, arena, false);
                break;
            case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault: {
                model::Column& column = column_of(ctx, table, cmd->name, location);
                column.default_value = cmd->def == nullptr ? std::nullopt : default_expression(cmd->def, arena);
                break;
            }
            case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
                column_of(ctx, table, cmd->name, location).not_null = true;
                break;
            case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull:
                column_of(ctx, table, cmd->name, location).not_null = false;
                break;
            case PG_QUERY__ALTER_TABLE_TYPE__AT_AddIdentity: {
                model::Column& column = column_of(ctx, table, cmd->name, location);
                const PgQuery__Constraint* identity = cmd->def->constraint;
                column.identity = std::string(identity->generated_when) == "a" ? model::IdentityKind::Always
                                                                               : model::IdentityKind::ByDefault;
                column.identity_options = model::default_sequence_options(column.type);
                apply_sequence_options(column.identity_options, identity->options, identity->n_options, true, nullptr,
                                       ctx);
                column.not_null = true;
                break;
            }
            case PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner:
                break;  // ownership is not managed
            case PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions:
                // Options named pg_* are internal to a server build, not schema: Debian's PostgreSQL 15.20 stores
                // pg_attver=<n> on every column and pg_dump prints it. Other column options are not modelled yet.
                for (size_t option_idx = 0; option_idx < cmd->def->list->n_items; ++option_idx) {
                    std::string name = cmd->def->list->items[option_idx]->def_elem->defname;
                    if (name.rfind("pg_", 0) != 0) {
                        throw ctx.error(ErrorKind::Unsupported, location,
                                        fmt::format("column option {} is not supported yet", name));
                    }
                }
                break;
            default:
                throw ctx.error(
                    ErrorKind::Unsupported, location,
                    "this ALTER TABLE action is not declarative schema (only ADD CONSTRAINT, ALTER COLUMN "
                    "SET/DROP DEFAULT, SET/DROP NOT NULL, ADD GENERATED ... AS IDENTITY and OWNER TO are read)");
        }
    }
}

}  // namespace schemadiff::parser
