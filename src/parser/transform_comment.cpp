// COMMENT ON ..., and the resolution steps that need the whole file.
#include <fmt/format.h>

#include "schemadiff/core/identifier.hpp"
#include "transform.hpp"

namespace schemadiff::parser {

auto object_names(const PgQuery__Node* object) -> std::vector<std::string> {
    if (object->node_case == PG_QUERY__NODE__NODE_LIST) return names_of(object->list->items, object->list->n_items);
    if (object->node_case == PG_QUERY__NODE__NODE_STRING) return {node_string(object)};
    if (object->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
        return names_of(object->type_name->names, object->type_name->n_names);
    }
    return {};
}

/// Splits [schema.]table.member into the table and the member.
auto split_member(std::vector<std::string> names) -> std::pair<model::QualifiedName, std::string> {
    std::string member = names.empty() ? "" : names.back();
    if (!names.empty()) names.pop_back();
    return {qualified_name(names), member};
}

void transform_comment(TransformContext& ctx, PgQuery__CommentStmt* stmt) {
    std::optional<std::string> comment;
    if (is_set(stmt->comment)) comment = std::string(stmt->comment);  // IS NULL and IS '' both remove a comment
    auto names = object_names(stmt->object);
    auto missing = [&](const std::string& what) {
        return ctx.error(ErrorKind::Parse, -1, fmt::format("COMMENT ON {}: not defined (yet) in the schema", what));
    };
    switch (stmt->objtype) {
        case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
            if (names.at(0) == "public") return;  // public's own comment is left to the database
            for (auto& ns : ctx.schema.namespaces) {
                if (ns.name == names.at(0)) {
                    ns.comment = comment;
                    return;
                }
            }
            throw missing("schema " + quote_ident(names.at(0)));
        }
        case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION:
            // An extension's comment comes from its control file with CREATE EXTENSION (pg_dump repeats it): it belongs
            // to the extension, not to the schema, and is not compared.
            return;
        case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: {
            auto name = qualified_name(names);
            for (auto& type : ctx.schema.enums) {
                if (type.name == name) {
                    type.comment = comment;
                    return;
                }
            }
            throw missing("type " + name.sql());
        }
        case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: {
            auto name = qualified_name(names);
            model::Sequence* sequence = ctx.schema.find_sequence(name);
            if (sequence == nullptr) throw missing("sequence " + name.sql());
            sequence->comment = comment;
            return;
        }
        case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: {
            ctx.find_table(qualified_name(names), -1).comment = comment;
            return;
        }
        case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: {
            auto [table_name, column_name] = split_member(names);
            model::Column* column = ctx.find_column(ctx.find_table(table_name, -1), column_name);
            if (column == nullptr) throw missing("column " + table_name.sql() + "." + quote_ident(column_name));
            column->comment = comment;
            return;
        }
        case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: {
            auto [table_name, constraint_name] = split_member(names);
            auto& table = ctx.find_table(table_name, -1);
            for (auto& constraint : table.constraints) {
                if (constraint.name == constraint_name) {
                    constraint.comment = comment;
                    return;
                }
            }
            throw missing("constraint " + quote_ident(constraint_name) + " on " + table_name.sql());
        }
        case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: {
            auto name = qualified_name(names);
            for (auto& table : ctx.schema.tables) {
                if (table.name.schema != name.schema) continue;
                for (auto& index : table.indexes) {
                    if (index.name == name.name) {
                        index.comment = comment;
                        return;
                    }
                }
            }
            throw missing("index " + name.sql() + " (comments on indexes behind constraints are not supported)");
        }
        default:
            throw ctx.error(ErrorKind::Unsupported, -1, "COMMENT ON this kind of object is not supported yet");
    }
}

void finish_schema(TransformContext& ctx) {
    for (const auto& pending : ctx.pending_foreign_keys) {
        model::Table& table = ctx.schema.tables[ctx.table_index.at(pending.table)];
        model::Constraint* constraint = ctx.find_constraint(table, pending.constraint);
        ensure(constraint != nullptr, "pending foreign key vanished");
        auto keys = ctx.primary_keys.find(constraint->references);
        if (keys == ctx.primary_keys.end()) {
            throw Error(ErrorKind::Parse,
                        fmt::format("foreign key {} references {}, which has no primary key; name the referenced "
                                    "columns",
                                    quote_ident(constraint->name), constraint->references.sql()),
                        pending.where);
        }
        // Re-parse the definition, add the referenced columns and deparse again.
        ParsedSql parsed("ALTER TABLE t ADD CONSTRAINT c " + constraint->definition.text);
        ensure(parsed.ok(), "deparsed foreign key does not parse");
        PgQuery__Constraint* node = parsed.statement(0)->alter_table_stmt->cmds[0]->alter_table_cmd->def->constraint;
        node->n_pk_attrs = keys->second.size();
        node->pk_attrs =
            static_cast<PgQuery__Node**>(parsed.arena().allocate(sizeof(PgQuery__Node*) * keys->second.size()));
        for (size_t key_idx = 0; key_idx < keys->second.size(); ++key_idx) {
            node->pk_attrs[key_idx] = make_node_string(parsed.arena(), keys->second[key_idx]);
        }
        constraint->definition.text = constraint_definition_text(node, parsed.arena());
    }
    for (const auto& sequence : ctx.schema.sequences) {
        if (sequence.owned_by_table && ctx.table_index.count(*sequence.owned_by_table) == 0) {
            throw Error(ErrorKind::Parse,
                        fmt::format("sequence {} is OWNED BY {}, which is not defined", sequence.name.sql(),
                                    sequence.owned_by_table->sql()),
                        SourceLocation{ctx.file, 0, 0});
        }
    }
}

}  // namespace schemadiff::parser
