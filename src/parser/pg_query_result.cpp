// The libpg_query seam: parse, split, deparse, in an arena.
#include "pg_query_result.hpp"

#include "schemadiff/core/error.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>

namespace schemadiff::parser {

namespace {
constexpr size_t kArenaBlock = 64 * 1024;

auto arena_alloc(void* data, size_t size) -> void* { return static_cast<Arena*>(data)->allocate(size); }
void arena_free(void*, void*) {}  // released with the arena
}  // namespace

Arena::Arena() {
    allocator_.alloc = arena_alloc;
    allocator_.free = arena_free;
    allocator_.allocator_data = this;
}

auto Arena::allocate(size_t size) -> void* {
    size = (size + 15) & ~size_t{15};
    if (used_ + size > capacity_) {
        size_t block = std::max(kArenaBlock, size);
        blocks_.push_back(std::make_unique<char[]>(block));
        used_ = 0;
        capacity_ = block;
    }
    void* out = blocks_.back().get() + used_;
    used_ += size;
    std::memset(out, 0, size);
    return out;
}

auto Arena::copy_string(std::string_view text) -> char* {
    char* out = static_cast<char*>(allocate(text.size() + 1));
    std::memcpy(out, text.data(), text.size());
    out[text.size()] = '\0';
    return out;
}

ParsedSql::ParsedSql(const std::string& sql) : arena_(std::make_unique<Arena>()) {
    PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(sql.c_str());
    if (parsed.error != nullptr) {
        error_ = SyntaxError{parsed.error->message ? parsed.error->message : "syntax error",
                             parsed.error->cursorpos > 0 ? parsed.error->cursorpos - 1 : -1};
    } else {
        result_ = pg_query__parse_result__unpack(arena_->allocator(), parsed.parse_tree.len,
                                                 reinterpret_cast<const uint8_t*>(parsed.parse_tree.data));
        if (result_ == nullptr) error_ = SyntaxError{"could not read libpg_query's parse tree", -1};
    }
    pg_query_free_protobuf_parse_result(parsed);
}

namespace {
auto spans_of(const PgQuerySplitResult& split) -> std::vector<StatementSpan> {
    std::vector<StatementSpan> spans;
    spans.reserve(static_cast<size_t>(split.n_stmts));
    for (int stmt_idx = 0; stmt_idx < split.n_stmts; ++stmt_idx) {
        spans.push_back({split.stmts[stmt_idx]->stmt_location, split.stmts[stmt_idx]->stmt_len});
    }
    return spans;
}
}  // namespace

auto split_statements(const std::string& sql) -> std::vector<StatementSpan> {
    // The scanner splits at every `;`, also inside a function body written BEGIN ATOMIC ... END. Text that may hold
    // one is split by the parser (it reads the whole text, so only then), falling back to the scanner on a syntax
    // error so that each statement's error is reported where it is.
    auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
    std::string_view kAtomic = "atomic";
    bool atomic = std::search(sql.begin(), sql.end(), kAtomic.begin(), kAtomic.end(),
                              [&](char a, char b) { return lower(a) == b; }) != sql.end();
    if (atomic) {
        PgQuerySplitResult parsed = pg_query_split_with_parser(sql.c_str());
        if (parsed.error == nullptr) {
            std::vector<StatementSpan> spans = spans_of(parsed);
            pg_query_free_split_result(parsed);
            return spans;
        }
        pg_query_free_split_result(parsed);
    }
    PgQuerySplitResult split = pg_query_split_with_scanner(sql.c_str());
    std::vector<StatementSpan> spans;
    if (split.error == nullptr) {
        spans = spans_of(split);
    } else {
        // The scanner failed (an unterminated literal, say): parse the whole text as one span so the parser reports
        // the error with its position.
        spans.push_back({0, static_cast<int>(sql.size())});
    }
    pg_query_free_split_result(split);
    return spans;
}

auto scan_tokens(const std::string& sql) -> std::optional<std::vector<std::pair<int, int>>> {
    PgQueryScanResult scanned = pg_query_scan(sql.c_str());
    std::optional<std::vector<std::pair<int, int>>> out;
    if (scanned.error == nullptr) {
        PgQuery__ScanResult* result = pg_query__scan_result__unpack(
            nullptr, scanned.pbuf.len, reinterpret_cast<const uint8_t*>(scanned.pbuf.data));
        if (result != nullptr) {
            out.emplace();
            out->reserve(result->n_tokens);
            for (size_t token_idx = 0; token_idx < result->n_tokens; ++token_idx) {
                out->emplace_back(result->tokens[token_idx]->start, result->tokens[token_idx]->end);
            }
            pg_query__scan_result__free_unpacked(result, nullptr);
        }
    }
    pg_query_free_scan_result(scanned);
    return out;
}

auto deparse_statement(PgQuery__Node* statement, Arena& arena) -> std::string {
    auto* raw = arena.make<PgQuery__RawStmt>();
    pg_query__raw_stmt__init(raw);
    raw->stmt = statement;
    PgQuery__ParseResult result;
    pg_query__parse_result__init(&result);
    result.version = PG_VERSION_NUM;
    result.n_stmts = 1;
    result.stmts = &raw;
    size_t size = pg_query__parse_result__get_packed_size(&result);
    std::string buffer(size, '\0');
    pg_query__parse_result__pack(&result, reinterpret_cast<uint8_t*>(buffer.data()));
    PgQueryProtobuf protobuf{size, buffer.data()};
    PgQueryDeparseResult deparsed = pg_query_deparse_protobuf(protobuf);
    std::string text;
    std::string error;
    if (deparsed.error != nullptr) {
        error = deparsed.error->message ? deparsed.error->message : "deparse failed";
    } else {
        text = deparsed.query;
    }
    pg_query_free_deparse_result(deparsed);
    if (!error.empty()) throw Error(ErrorKind::Internal, "libpg_query could not deparse a statement: " + error);
    return text;
}

auto deparse_expression(PgQuery__Node* expression, Arena& arena) -> std::string {
    auto* target = arena.make<PgQuery__ResTarget>();
    pg_query__res_target__init(target);
    target->val = expression;
    PgQuery__Node* target_node = make_node(arena, PG_QUERY__NODE__NODE_RES_TARGET, target);
    auto* select = arena.make<PgQuery__SelectStmt>();
    pg_query__select_stmt__init(select);
    select->n_target_list = 1;
    auto** targets = static_cast<PgQuery__Node**>(arena.allocate(sizeof(PgQuery__Node*)));
    targets[0] = target_node;
    select->target_list = targets;
    select->limit_option = PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_DEFAULT;
    select->op = PG_QUERY__SET_OPERATION__SETOP_NONE;
    std::string text = deparse_statement(make_node(arena, PG_QUERY__NODE__NODE_SELECT_STMT, select), arena);
    constexpr std::string_view kPrefix = "SELECT ";
    ensure(text.rfind(kPrefix, 0) == 0, "deparsed expression does not start with SELECT");
    return text.substr(kPrefix.size());
}

auto make_node(Arena& arena, PgQuery__Node__NodeCase node_case, void* message) -> PgQuery__Node* {
    auto* node = arena.make<PgQuery__Node>();
    pg_query__node__init(node);
    node->node_case = node_case;
    node->string = static_cast<PgQuery__String*>(message);
    return node;
}

auto make_node_string(Arena& arena, std::string_view text) -> PgQuery__Node* {
    auto* value = arena.make<PgQuery__String>();
    pg_query__string__init(value);
    value->sval = arena.copy_string(text);
    return make_node(arena, PG_QUERY__NODE__NODE_STRING, value);
}

auto node_string(const PgQuery__Node* node) -> std::string {
    if (node == nullptr || node->node_case != PG_QUERY__NODE__NODE_STRING) return {};
    return node->string->sval ? node->string->sval : "";
}

auto names_of(PgQuery__Node** items, size_t count) -> std::vector<std::string> {
    std::vector<std::string> names;
    names.reserve(count);
    for (size_t item_idx = 0; item_idx < count; ++item_idx) names.push_back(node_string(items[item_idx]));
    return names;
}

}  // namespace schemadiff::parser
