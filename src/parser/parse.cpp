// Entry point: file -> statements -> model. The dispatch lists what a declarative schema may contain, what is
// ignored on purpose (pg_dump's session settings and ownership), and fails loudly on everything else.
#include "schemadiff/parser/parse.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "migration_operations.hpp"
#include "psql_script.hpp"
#include "schemadiff/core/identifier.hpp"
#include "transform.hpp"

namespace schemadiff::parser {

auto statement_start(const std::string& text, size_t offset) -> size_t {
    while (offset < text.size()) {
        if (std::isspace(static_cast<unsigned char>(text[offset]))) {
            ++offset;
        } else if (text.compare(offset, 2, "--") == 0) {
            offset = text.find('\n', offset);
            if (offset == std::string::npos) offset = text.size();
        } else {
            break;
        }
    }
    return offset;
}

auto TransformContext::where(int location) const -> SourceLocation {
    size_t offset = static_cast<size_t>(statement_offset + std::max(location, 0));
    // The statement start: skip leading blanks and comments the splitter kept.
    if (location < 0) offset = statement_start(text, offset);
    auto line_it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
    size_t line_idx = static_cast<size_t>(line_it - line_starts.begin()) - 1;
    return SourceLocation{file, static_cast<int>(line_idx + 1), static_cast<int>(offset - line_starts[line_idx] + 1)};
}

auto TransformContext::error(ErrorKind kind, int location, const std::string& message) const -> Error {
    return Error(kind, message, where(location));
}

void TransformContext::locate(const std::string& subject, int location) {
    schema.locations.emplace(subject, where(location));
}

void TransformContext::locate_member(const model::QualifiedName& table, const std::string& member, int location) {
    locate(table.sql() + "." + quote_ident(member), location);
}

auto TransformContext::find_table(const model::QualifiedName& name, int location) -> model::Table& {
    auto it = table_index.find(name);
    if (it == table_index.end()) {
        throw error(ErrorKind::Parse, location, fmt::format("table {} is not defined (yet) in the schema", name.sql()));
    }
    return schema.tables[it->second];
}

auto TransformContext::add_table(model::Table table, int location) -> model::Table& {
    if (table_index.count(table.name) != 0) {
        throw error(ErrorKind::Parse, location, fmt::format("table {} is defined twice", table.name.sql()));
    }
    relation_names.insert({table.name.schema, table.name.name});
    table_index[table.name] = schema.tables.size();
    schema.tables.push_back(std::move(table));
    return schema.tables.back();
}

auto TransformContext::find_column(model::Table& table, const std::string& name) -> model::Column* {
    return lookups.tables[table.name].columns.find(table.columns, name);
}

auto TransformContext::find_constraint(model::Table& table, const std::string& name) -> model::Constraint* {
    return lookups.tables[table.name].constraints.find(table.constraints, name);
}

auto TransformContext::find_index(model::Table& table, const std::string& name) -> model::Index* {
    return lookups.tables[table.name].indexes.find(table.indexes, name);
}

auto qualified_name(const PgQuery__RangeVar* range) -> model::QualifiedName {
    return {is_set(range->schemaname) ? range->schemaname : "public", range->relname};
}

auto qualified_name(const std::vector<std::string>& names) -> model::QualifiedName {
    if (names.size() >= 2) return {names[names.size() - 2], names.back()};
    return {"public", names.empty() ? std::string() : names.back()};
}

auto statement_kind(const PgQuery__Node* node) -> std::string {
    // The descriptor's field name for the active member is the node kind in snake_case: "insert_stmt".
    const ProtobufCMessageDescriptor* descriptor = &pg_query__node__descriptor;
    for (unsigned field_idx = 0; field_idx < descriptor->n_fields; ++field_idx) {
        if (descriptor->fields[field_idx].id == static_cast<uint32_t>(node->node_case)) {
            std::string name = descriptor->fields[field_idx].name;
            if (name.size() > 5 && name.compare(name.size() - 5, 5, "_stmt") == 0) name.resize(name.size() - 5);
            std::replace(name.begin(), name.end(), '_', ' ');
            std::transform(name.begin(), name.end(), name.begin(), ::toupper);
            return name;
        }
    }
    return "UNKNOWN";
}

auto line_starts_of(const std::string& text) -> std::vector<size_t> {
    std::vector<size_t> starts{0};
    for (size_t pos = 0; pos < text.size(); ++pos) {
        if (text[pos] == '\n') starts.push_back(pos + 1);
    }
    return starts;
}

namespace {
/// The psql meta-commands blanked inside a statement must have been blank space to the server's scanner as well: a
/// backslash that psql takes for a command is never inside a token. Any disagreement is refused, never guessed.
void check_blanked(const TransformContext& ctx, const std::string& statement, const StatementSpan& span,
                   size_t first_blank) {
    auto tokens = scan_tokens(statement);
    if (!tokens) return;  // the parser reports the scanner's error
    size_t span_end = static_cast<size_t>(span.offset + span.length);
    size_t token_idx = 0;
    for (size_t blank_idx = first_blank; blank_idx < ctx.blanked.size(); ++blank_idx) {
        auto [begin, end] = ctx.blanked[blank_idx];
        if (begin >= span_end) break;
        int local_begin = static_cast<int>(begin) - span.offset, local_end = static_cast<int>(end) - span.offset;
        while (token_idx < tokens->size() && (*tokens)[token_idx].second <= local_begin) ++token_idx;
        if (token_idx < tokens->size() && (*tokens)[token_idx].first < local_end) {
            throw ctx.error(ErrorKind::Parse, std::max(local_begin, 0),
                            "psql would read a meta-command here that the SQL scanner reads as part of a token "
                            "(a literal, quoted name or comment): rewrite the line so that both agree");
        }
    }
}
}  // namespace

void for_each_statement(TransformContext& ctx, const std::string& sql,
                        const std::function<void(PgQuery__Node*, Arena&, const StatementSpan&)>& visit) {
    size_t blank_idx = 0;
    for (const auto& span : split_statements(sql)) {
        ctx.statement_offset = span.offset;
        std::string statement = sql.substr(static_cast<size_t>(span.offset), static_cast<size_t>(span.length));
        while (blank_idx < ctx.blanked.size() && ctx.blanked[blank_idx].second <= static_cast<size_t>(span.offset)) {
            ++blank_idx;
        }
        size_t span_end = static_cast<size_t>(span.offset + span.length);
        if (blank_idx < ctx.blanked.size() && ctx.blanked[blank_idx].first < span_end) {
            check_blanked(ctx, statement, span, blank_idx);
        }
        ParsedSql parsed(statement);
        if (!parsed.ok()) {
            const SyntaxError& error = parsed.error();
            if (!error.too_deep) throw ctx.error(ErrorKind::Parse, error.offset, error.message);
            // The tree was not read, so name the statement by its first words.
            size_t head = statement_start(statement, 0);
            size_t words_end = std::min(statement.find_first_of("(\n", head), head + 60);
            std::string words = statement.substr(head, words_end - head);
            while (!words.empty() && std::isspace(static_cast<unsigned char>(words.back()))) words.pop_back();
            throw ctx.error(ErrorKind::Unsupported, error.offset, fmt::format("{} (in {} ...)", error.message, words));
        }
        for (size_t stmt_idx = 0; stmt_idx < parsed.statement_count(); ++stmt_idx) {
            visit(parsed.statement(stmt_idx), parsed.arena(), span);
        }
    }
}

auto is_set_config_select(const PgQuery__SelectStmt* select) -> bool {
    if (select->n_target_list != 1 || select->n_from_clause != 0) return false;
    const PgQuery__Node* value = select->target_list[0]->res_target->val;
    if (value == nullptr || value->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) return false;
    auto names = names_of(value->func_call->funcname, value->func_call->n_funcname);
    return !names.empty() && names.back() == "set_config";
}

auto is_owner_only(const PgQuery__AlterTableStmt* stmt) -> bool {
    for (size_t cmd_idx = 0; cmd_idx < stmt->n_cmds; ++cmd_idx) {
        if (stmt->cmds[cmd_idx]->alter_table_cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner) return false;
    }
    return true;
}

namespace {

/// Statements about objects a scratch database reads (views, functions, triggers, ...): where they are declared,
/// under the subject reports use. Returns false for statements that are not of such a kind.
auto locate_server_object(TransformContext& ctx, const PgQuery__Node* node) -> bool {
    auto names = [](PgQuery__Node** items, size_t count) { return qualified_name(names_of(items, count)); };
    switch (node->node_case) {
        case PG_QUERY__NODE__NODE_VIEW_STMT:
            ctx.locate(qualified_name(node->view_stmt->view).sql(), -1);
            return true;
        case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
            if (node->create_table_as_stmt->into != nullptr && node->create_table_as_stmt->into->rel != nullptr) {
                ctx.locate(qualified_name(node->create_table_as_stmt->into->rel).sql(), -1);
            }
            return true;
        case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT: {
            const auto* stmt = node->create_function_stmt;
            ctx.locate(names(stmt->funcname, stmt->n_funcname).sql(), -1);
            return true;
        }
        case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT: {
            const auto* stmt = node->create_trig_stmt;
            ctx.locate(qualified_name(stmt->relation).sql() + "." + quote_ident(stmt->trigname), -1);
            return true;
        }
        case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT: {
            const auto* stmt = node->create_policy_stmt;
            ctx.locate(qualified_name(stmt->table).sql() + "." + quote_ident(stmt->policy_name), -1);
            return true;
        }
        case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT: {
            const auto* stmt = node->create_domain_stmt;
            ctx.locate(names(stmt->domainname, stmt->n_domainname).sql(), -1);
            return true;
        }
        case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT:
            ctx.locate(qualified_name(node->composite_type_stmt->typevar).sql(), -1);
            return true;
        case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT: {
            const auto* stmt = node->create_range_stmt;
            ctx.locate(names(stmt->type_name, stmt->n_type_name).sql(), -1);
            return true;
        }
        default:
            return is_object_statement(node);  // nothing to locate
    }
}

void transform_statement(TransformContext& ctx, PgQuery__Node* node, Arena& arena) {
    switch (node->node_case) {
        case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT:
            return transform_create_schema(ctx, node->create_schema_stmt);
        case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
            return transform_create_extension(ctx, node->create_extension_stmt);
        case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
            return transform_create_enum(ctx, node->create_enum_stmt);
        case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
            return transform_create_sequence(ctx, node->create_seq_stmt);
        case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT:
            return transform_alter_sequence(ctx, node->alter_seq_stmt);
        case PG_QUERY__NODE__NODE_CREATE_STMT:
            return transform_create_table(ctx, node->create_stmt, arena);
        case PG_QUERY__NODE__NODE_INDEX_STMT:
            return transform_create_index(ctx, node->index_stmt, arena);
        case PG_QUERY__NODE__NODE_COMMENT_STMT:
            return transform_comment(ctx, node->comment_stmt);
        case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
            if (is_owner_only(node->alter_table_stmt)) return;
            return transform_alter_table(ctx, node->alter_table_stmt, arena);
        // Session settings and ownership in pg_dump output: not part of the schema.
        case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
        case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
            return;
        case PG_QUERY__NODE__NODE_SELECT_STMT:
            if (is_set_config_select(node->select_stmt)) return;
            break;
        default:
            break;
    }
    std::string kind = statement_kind(node);
    if (locate_server_object(ctx, node)) {
        throw ctx.error(ErrorKind::Unsupported, -1, fmt::format("{} is read through a scratch database", kind));
    }
    throw ctx.error(ErrorKind::Unsupported, -1,
                    fmt::format("{} is not supported in a declarative schema (schemas, extensions, types, domains, "
                                "sequences, tables, partitions, indexes, views, materialized views, functions, "
                                "procedures, triggers, policies, collations, statistics, event triggers, comments and "
                                "privileges are)",
                                kind));
}

/// Statement kinds whose failure in the parser means "a scratch database can read it", not "unsupported": tables
/// and the objects of is_object_statement (migration_operations.hpp).
auto server_can_read(const PgQuery__Node* node) -> bool {
    switch (node->node_case) {
        case PG_QUERY__NODE__NODE_CREATE_STMT:
        case PG_QUERY__NODE__NODE_INDEX_STMT:
        case PG_QUERY__NODE__NODE_COMMENT_STMT:
        case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
            return true;
        default:
            return is_object_statement(node);
    }
}

/// Parses every statement; those a scratch database can read are listed in `out` instead of stopping the parse.
void parse_into(TransformContext& ctx, const std::string& sql, ParsedSchema* out) {
    for_each_statement(ctx, sql, [&](PgQuery__Node* node, Arena& arena, const StatementSpan& span) {
        if (out != nullptr) {
            size_t start = statement_start(sql, static_cast<size_t>(span.offset));
            size_t end = static_cast<size_t>(span.offset + span.length);
            if (start < end) {
                auto line_it = std::upper_bound(ctx.line_starts.begin(), ctx.line_starts.end(), start);
                int line = static_cast<int>(line_it - ctx.line_starts.begin());
                add_scratch_statement(ctx, node, arena, sql.substr(start, end - start),
                                      SourceLocation{ctx.file, line, 1}, *out);
            }
        }
        try {
            transform_statement(ctx, node, arena);
        } catch (const Error& failure) {
            bool deferrable = failure.kind() == ErrorKind::Unsupported || failure.kind() == ErrorKind::Parse;
            if (out == nullptr || !deferrable || !server_can_read(node)) throw;
            out->server_needed.push_back(failure);
        }
    });
}

/// `-- schemadiff:renamed-from <old name>` on a line of its own names what the declaration on the next line (blank
/// and comment lines skipped) was called before. Declarations are found by where the parser located them.
struct RenameHint {
    std::string file;
    int line = 0;  ///< the declaration's line
    std::string old_name;
};

auto rename_hints(const std::string& text, const std::string& file) -> std::vector<RenameHint> {
    constexpr std::string_view kMarker = "schemadiff:renamed-from";
    std::vector<RenameHint> hints;
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    for (size_t at = 0; at < lines.size(); ++at) {
        const std::string& line = lines[at];
        size_t start = line.find_first_not_of(" \t");
        if (start == std::string::npos || line.compare(start, 2, "--") != 0) continue;
        size_t marker = line.find(kMarker, start);
        if (marker == std::string::npos) continue;
        std::string old_name = line.substr(marker + kMarker.size());
        old_name.erase(0, old_name.find_first_not_of(" \t"));
        old_name.erase(old_name.find_last_not_of(" \t\r") + 1);
        if (old_name.empty()) continue;
        size_t next = at + 1;
        while (next < lines.size()) {
            size_t first = lines[next].find_first_not_of(" \t\r");
            if (first != std::string::npos && lines[next].compare(first, 2, "--") != 0) break;
            ++next;
        }
        hints.push_back({file, static_cast<int>(next + 1), old_name});
    }
    return hints;
}

/// Each hint goes to the object declared on its line (the table rather than its first column when both are).
void resolve_rename_hints(model::Schema& schema, const std::vector<RenameHint>& hints) {
    if (hints.empty()) return;
    // What is declared on each line, found once rather than by a scan of every location per hint.
    std::map<std::pair<std::string, int>, const std::string*> declared;
    for (const auto& [subject, where] : schema.locations) {
        const std::string*& best = declared[{where.file, where.line}];
        auto dots = [](const std::string& name) { return std::count(name.begin(), name.end(), '.'); };
        if (best == nullptr || dots(subject) < dots(*best)) best = &subject;
    }
    for (const auto& hint : hints) {
        auto found = declared.find({hint.file, hint.line});
        if (found != declared.end()) schema.renamed_from[*found->second] = hint.old_name;
    }
}

/// A call of a function the files define that loading them would evaluate (scratch_statements.cpp).
void refuse_calls_at_load(const ParsedSchema& out) {
    for (const auto& [name, where] : out.calls_at_load) {
        if (out.file_functions.count(name) == 0) continue;
        throw Error(ErrorKind::Unsupported,
                    fmt::format("{}() is called with constant arguments where PostgreSQL evaluates the call while the "
                                "statement runs (an index expression or predicate, a CHECK added to a table, USING, a "
                                "domain constraint): loading the schema would run a function of the files; pass it a "
                                "column, or add the CHECK in CREATE TABLE",
                                quote_ident(name)),
                    where);
    }
}

/// The end of a parse: pending references resolved, unless a scratch database will read the schema anyway.
void finish(TransformContext& ctx, ParsedSchema* out) {
    if (out != nullptr) refuse_calls_at_load(*out);
    try {
        finish_schema(ctx);
    } catch (const Error& failure) {
        if (out == nullptr || out->server_needed.empty()) throw;
        out->server_needed.push_back(failure);
    }
}

}  // namespace

auto read_text_file(const std::filesystem::path& path, std::string_view what) -> std::string {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorKind::Io, fmt::format("cannot read {} {}", what, path.string()));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

auto parse_schema_text_sources(const std::string& sql, const std::string& file) -> ParsedSchema {
    ParsedSchema out;
    ScriptSession session{ScriptKind::Schema};
    ScriptSql script = psql_script_sql(sql, file, session);
    const std::string& text = script.text;
    TransformContext ctx{out.schema, file, text, line_starts_of(text)};
    ctx.blanked = std::move(script.blanked);
    parse_into(ctx, text, &out);
    finish(ctx, &out);
    resolve_rename_hints(out.schema, rename_hints(text, file));
    out.schema.sort();
    return out;
}

namespace {
auto without_server(ParsedSchema parsed) -> model::Schema {
    if (!parsed.server_needed.empty()) throw parsed.server_needed.front();
    return std::move(parsed.schema);
}
}  // namespace

auto parse_schema_text(const std::string& sql, const std::string& file) -> model::Schema {
    return without_server(parse_schema_text_sources(sql, file));
}

auto parse_schema_paths(const std::vector<std::filesystem::path>& paths) -> model::Schema {
    return without_server(parse_schema_sources(paths));
}

auto parse_schema_sources(const std::vector<std::filesystem::path>& paths) -> ParsedSchema {
    std::vector<std::filesystem::path> files;
    for (const auto& path : paths) {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) {
            std::vector<std::filesystem::path> found;
            for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
                if (entry.is_regular_file() && entry.path().extension() == ".sql") found.push_back(entry.path());
            }
            std::sort(found.begin(), found.end());
            if (found.empty()) throw Error(ErrorKind::Io, fmt::format("no .sql files in {}", path.string()));
            files.insert(files.end(), found.begin(), found.end());
        } else if (std::filesystem::exists(path, ec)) {
            files.push_back(path);
        } else {
            throw Error(ErrorKind::Io, fmt::format("schema file {} does not exist", path.string()));
        }
    }
    // All files form one schema: a table in one file may be referenced or altered in the next.
    ParsedSchema out;
    model::Schema& schema = out.schema;
    std::vector<std::string> texts;
    texts.reserve(files.size());
    std::unique_ptr<TransformContext> ctx;
    ScriptSession session{ScriptKind::Schema};  // one database across the files
    for (const auto& file : files) {
        ScriptSql script = psql_script_sql(read_text_file(file, "schema file"), file.string(), session);
        texts.push_back(std::move(script.text));
        if (!ctx) {
            ctx = std::make_unique<TransformContext>(
                TransformContext{schema, file.string(), texts.back(), line_starts_of(texts.back())});
        } else {
            // Keep the naming and lookup state; point the location machinery at the new file.
            auto next = std::make_unique<TransformContext>(
                TransformContext{schema, file.string(), texts.back(), line_starts_of(texts.back())});
            next->table_index = std::move(ctx->table_index);
            next->relation_names = std::move(ctx->relation_names);
            next->constraint_names = std::move(ctx->constraint_names);
            next->pending_foreign_keys = std::move(ctx->pending_foreign_keys);
            next->primary_keys = std::move(ctx->primary_keys);
            next->lookups = std::move(ctx->lookups);
            ctx = std::move(next);
        }
        ctx->blanked = std::move(script.blanked);
        parse_into(*ctx, texts.back(), &out);
    }
    if (ctx) finish(*ctx, &out);
    std::vector<RenameHint> hints;
    for (size_t file_idx = 0; file_idx < files.size(); ++file_idx) {
        auto found = rename_hints(texts[file_idx], files[file_idx].string());
        hints.insert(hints.end(), found.begin(), found.end());
    }
    resolve_rename_hints(schema, hints);
    schema.sort();
    return out;
}

}  // namespace schemadiff::parser
