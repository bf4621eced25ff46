// CREATE SEQUENCE / ALTER SEQUENCE, and the sequence options shared with identity columns.
#include <fmt/format.h>

#include "transform.hpp"

namespace schemadiff::parser {

namespace {
auto integer_arg(const PgQuery__DefElem* option, TransformContext& ctx) -> int64_t {
    const PgQuery__Node* arg = option->arg;
    if (arg != nullptr && arg->node_case == PG_QUERY__NODE__NODE_INTEGER) return arg->integer->ival;
    if (arg != nullptr && arg->node_case == PG_QUERY__NODE__NODE_FLOAT) {
        try {
            return std::stoll(arg->float_->fval);
        } catch (const std::exception&) {
        }
    }
    throw ctx.error(ErrorKind::Parse, option->location,
                    fmt::format("sequence option {} needs an integer", option->defname));
}
}  // namespace

void apply_sequence_options(model::SequenceOptions& options, PgQuery__Node** items, size_t count, bool creating,
                            std::vector<std::string>* owned_by, TransformContext& ctx) {
    std::optional<std::string> data_type;
    std::optional<int64_t> increment, start, min_value, max_value, cache;
    std::optional<bool> cycle;
    bool reset_min = false, reset_max = false;
    for (size_t option_idx = 0; option_idx < count; ++option_idx) {
        const PgQuery__DefElem* option = items[option_idx]->def_elem;
        std::string name = option->defname;
        if (name == "as") {
            data_type = format_type_name(option->arg->type_name, ctx);
            if (*data_type != "smallint" && *data_type != "integer" && *data_type != "bigint") {
                throw ctx.error(ErrorKind::Parse, option->location, "a sequence must be smallint, integer or bigint");
            }
        } else if (name == "increment") {
            increment = integer_arg(option, ctx);
        } else if (name == "start") {
            start = integer_arg(option, ctx);
        } else if (name == "minvalue") {
            if (option->arg == nullptr)
                reset_min = true;
            else
                min_value = integer_arg(option, ctx);
        } else if (name == "maxvalue") {
            if (option->arg == nullptr)
                reset_max = true;
            else
                max_value = integer_arg(option, ctx);
        } else if (name == "cache") {
            cache = integer_arg(option, ctx);
        } else if (name == "cycle") {
            cycle = option->arg == nullptr ||
                    (option->arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN ? option->arg->boolean->boolval
                                                                            : integer_arg(option, ctx) != 0);
        } else if (name == "owned_by" && owned_by != nullptr) {
            const PgQuery__List* list = option->arg->list;
            *owned_by = names_of(list->items, list->n_items);
        } else if (name == "sequence_name" || name == "restart") {
            // The identity sequence's own name and RESTART are not compared.
        } else {
            throw ctx.error(ErrorKind::Unsupported, option->location,
                            fmt::format("sequence option {} is not supported", name));
        }
    }
    model::SequenceOptions defaults =
        model::default_sequence_options(data_type.value_or(options.data_type), increment.value_or(options.increment));
    if (creating || data_type) {
        // Bounds that were never set follow the type and direction. ALTER ... INCREMENT BY alone never moves them
        // (PostgreSQL's init_params).
        if (creating ||
            options.min_value == model::default_sequence_options(options.data_type, options.increment).min_value)
            options.min_value = defaults.min_value;
        if (creating ||
            options.max_value == model::default_sequence_options(options.data_type, options.increment).max_value)
            options.max_value = defaults.max_value;
    }
    options.data_type = defaults.data_type;
    options.increment = defaults.increment;
    if (reset_min) options.min_value = defaults.min_value;
    if (reset_max) options.max_value = defaults.max_value;
    if (min_value) options.min_value = *min_value;
    if (max_value) options.max_value = *max_value;
    if (creating) options.start = options.increment > 0 ? options.min_value : options.max_value;
    if (start) options.start = *start;
    if (cache) options.cache = *cache;
    if (cycle) options.cycle = *cycle;
}

void transform_create_sequence(TransformContext& ctx, PgQuery__CreateSeqStmt* stmt) {
    model::Sequence sequence;
    sequence.name = qualified_name(stmt->sequence);
    if (ctx.relation_names.count({sequence.name.schema, sequence.name.name}) != 0) {
        if (stmt->if_not_exists) return;
        throw ctx.error(ErrorKind::Parse, stmt->sequence->location,
                        fmt::format("relation {} is defined twice", sequence.name.sql()));
    }
    std::vector<std::string> owned_by;
    apply_sequence_options(sequence.options, stmt->options, stmt->n_options, true, &owned_by, ctx);
    if (owned_by.size() >= 2) {
        std::vector<std::string> table_names(owned_by.begin(), owned_by.end() - 1);
        sequence.owned_by_table = qualified_name(table_names);
        sequence.owned_by_column = owned_by.back();
    }
    ctx.relation_names.insert({sequence.name.schema, sequence.name.name});
    ctx.locate(sequence.name.sql(), -1);
    ctx.schema.sequences.push_back(std::move(sequence));
}

void transform_alter_sequence(TransformContext& ctx, PgQuery__AlterSeqStmt* stmt) {
    model::QualifiedName name = qualified_name(stmt->sequence);
    model::Sequence* sequence = ctx.lookups.sequences.find(ctx.schema.sequences, name);
    if (sequence == nullptr) {
        throw ctx.error(ErrorKind::Parse, stmt->sequence->location,
                        fmt::format("sequence {} is not defined (yet) in the schema", name.sql()));
    }
    std::vector<std::string> owned_by;
    apply_sequence_options(sequence->options, stmt->options, stmt->n_options, false, &owned_by, ctx);
    if (owned_by.size() == 1 && owned_by[0] == "none") {
        sequence->owned_by_table.reset();
        sequence->owned_by_column.clear();
    } else if (owned_by.size() >= 2) {
        std::vector<std::string> table_names(owned_by.begin(), owned_by.end() - 1);
        sequence->owned_by_table = qualified_name(table_names);
        sequence->owned_by_column = owned_by.back();
    }
}

}  // namespace schemadiff::parser
