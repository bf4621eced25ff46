// The libpg_query seam: parse, split, deparse, in an arena.
#include "pg_query_result.hpp"

#include <fmt/format.h>
#include <pthread.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>

#include "schemadiff/core/error.hpp"

namespace schemadiff::parser {

namespace {
constexpr size_t kArenaBlock = 64 * 1024;

auto arena_alloc(void* data, size_t size) -> void* {
    return static_cast<Arena*>(data)->allocate(size);
}
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

// Deep trees (issue 12, item 5). Everything that walks a parse tree recurses: libpg_query's conversion of its tree
// to protobuf or JSON, protobuf-c's unpack (ours, and libpg_query's inside the deparser), our canonicalisation and
// column walks. Measured with the default 8 MB stack (libpg_query 15-4.0.0, protobuf-c 1.4.1): unpack overflows at
// about 4,360 nested parse nodes (`x + 1 + 1 ...` with 4,360 operators; 1,455 nested scalar subqueries, at three
// nodes each), the deparser at the same depth, libpg_query's conversion to protobuf at about 23,800 chained
// operators and to JSON at 65,000. (The raw parse is iterative for left-associative chains, and nesting that grows
// the grammar's stack, like parentheses, stops with a syntax error near 10,000 levels.) So:
//  * a tree deeper than kMaxNesting = 1,000 parse nodes is an error, never unpacked: a quarter of the first crash
//    point, and far beyond real schemas (pg_dump's views and checks nest a few dozen levels; 1,000 is a thousand
//    chained operators in one expression). The depth is read from the protobuf bytes without recursion
//    (protobuf_nesting); a statement shorter than kShallowBytes cannot be that deep (each node takes a byte of
//    text at least, `+-+-x`), so most statements skip the measurement;
//  * libpg_query converts its tree before anything can be measured, and protobuf-c packs n nested messages in
//    n^2/2 steps. A statement short enough (kCallerStackBytes: at most about 1,000 chained operators) is parsed
//    directly. A longer one is parsed on a thread whose stack grows with its token count (256 bytes a token; the
//    JSON conversion takes 64 per token of the worst chain), to JSON first, whose nesting is counted without
//    recursion, and to protobuf only when that count allows. Big statements (long function bodies, views) thus
//    pay a scan and a second parse; they are few.
namespace {
constexpr size_t kShallowBytes = 900;
constexpr size_t kCallerStackBytes = 2 * 1024;
constexpr size_t kStackPerToken = 256;
constexpr size_t kMinThreadStack = 16u << 20;

auto read_varint(const uint8_t* data, size_t end, size_t& pos, uint64_t& value) -> bool {
    value = 0;
    for (int shift = 0; pos < end && shift < 64; shift += 7) {
        uint8_t byte = data[pos++];
        value |= static_cast<uint64_t>(byte & 0x7F) << shift;
        if ((byte & 0x80) == 0) return true;
    }
    return false;
}

/// The `location` field of the message `descriptor` encoded in data[begin, end), or -1.
auto location_field(const ProtobufCMessageDescriptor* descriptor, const uint8_t* data, size_t begin, size_t end)
    -> int {
    const ProtobufCFieldDescriptor* location = protobuf_c_message_descriptor_get_field_by_name(descriptor, "location");
    for (size_t pos = begin; pos < end && location != nullptr;) {
        uint64_t tag = 0, value = 0;
        if (!read_varint(data, end, pos, tag)) return -1;
        switch (tag & 7) {
            case 0:
                if (!read_varint(data, end, pos, value)) return -1;
                if ((tag >> 3) == location->id) return static_cast<int>(static_cast<int32_t>(value));
                break;
            case 1:
                pos += 8;
                break;
            case 2:
                if (!read_varint(data, end, pos, value)) return -1;
                pos += value;
                break;
            case 5:
                pos += 4;
                break;
            default:
                return -1;
        }
    }
    return -1;
}

/// How deeply the parse nodes (Node messages) of a packed ParseResult nest, read without recursion; stops counting
/// past `limit`. Then `deep_location` gets the statement offset of the innermost message around the too deep node
/// that has a location.
auto protobuf_nesting(const uint8_t* data, size_t size, size_t limit, int& deep_location) -> size_t {
    struct Frame {
        const ProtobufCMessageDescriptor* descriptor;
        size_t begin, end;
        bool node;
    };
    std::vector<Frame> stack{{&pg_query__parse_result__descriptor, 0, size, false}};
    size_t depth = 0, deepest = 0, pos = 0;
    while (!stack.empty()) {
        if (pos >= stack.back().end) {
            if (stack.back().node) --depth;
            stack.pop_back();
            continue;
        }
        uint64_t tag = 0, value = 0;
        if (!read_varint(data, size, pos, tag)) return deepest;
        switch (tag & 7) {
            case 0:
                if (!read_varint(data, size, pos, value)) return deepest;
                break;
            case 1:
                pos += 8;
                break;
            case 5:
                pos += 4;
                break;
            case 2: {
                if (!read_varint(data, size, pos, value) || value > size - pos) return deepest;
                const ProtobufCFieldDescriptor* field =
                    protobuf_c_message_descriptor_get_field(stack.back().descriptor, static_cast<unsigned>(tag >> 3));
                if (field == nullptr || field->type != PROTOBUF_C_TYPE_MESSAGE) {
                    pos += value;
                    break;
                }
                const auto* child = static_cast<const ProtobufCMessageDescriptor*>(field->descriptor);
                bool node = child == &pg_query__node__descriptor;
                if (node && ++depth > limit) {
                    for (auto frame = stack.rbegin(); frame != stack.rend() && deep_location < 0; ++frame) {
                        deep_location = location_field(frame->descriptor, data, frame->begin, frame->end);
                    }
                    return depth;
                }
                deepest = std::max(deepest, depth);
                stack.push_back({child, pos, pos + value, node});
                break;
            }
            default:
                return deepest;  // not protobuf: unpack reports it
        }
    }
    return deepest;
}

/// Nesting of objects and arrays in libpg_query's JSON output, read without recursion; stops counting past `limit`.
/// Then `deep_location` gets the first "location" of an object that holds the too deep part, when there is one.
auto json_nesting(std::string_view json, size_t limit, int& deep_location) -> size_t {
    constexpr std::string_view kLocation = "\"location\":";
    size_t depth = 0, too_deep_at = 0;
    for (size_t pos = 0; pos < json.size(); ++pos) {
        char c = json[pos];
        if (c == '"') {
            if (too_deep_at != 0 && depth < too_deep_at && json.compare(pos, kLocation.size(), kLocation) == 0) {
                deep_location = std::atoi(json.data() + pos + kLocation.size());
                return too_deep_at;
            }
            for (++pos; pos < json.size() && json[pos] != '"'; ++pos) {
                if (json[pos] == '\\') ++pos;
            }
        } else if (c == '{' || c == '[') {
            if (++depth > limit && too_deep_at == 0) too_deep_at = depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return too_deep_at;
}

struct ParseJob {
    const std::string* sql;
    size_t json_limit;
    size_t json_depth = 0;
    int deep_location = -1;
    std::optional<PgQueryProtobufParseResult> result;
};

/// On a thread with a stack sized for the statement: JSON first, whose output is linear in the tree (protobuf-c packs
/// a chain of n nested messages in n^2/2 steps) and measured without recursion; protobuf only for a tree that passed.
auto parse_job(void* argument) -> void* {
    auto* job = static_cast<ParseJob*>(argument);
    PgQueryParseResult json = pg_query_parse(job->sql->c_str());
    if (json.error == nullptr && json.parse_tree != nullptr) {
        job->json_depth = json_nesting(json.parse_tree, job->json_limit, job->deep_location);
    }
    bool parse = json.error != nullptr || job->json_depth <= job->json_limit;  // the protobuf parse reports errors
    pg_query_free_parse_result(json);
    if (parse) job->result = pg_query_parse_protobuf(job->sql->c_str());
    return nullptr;  // libpg_query frees the thread's memory context when the thread exits
}
}  // namespace

ParsedSql::ParsedSql(const std::string& sql, size_t max_nesting) : arena_(std::make_unique<Arena>()) {
    std::string too_deep = fmt::format(
        "expression nested more than {} levels deep (about one level per operator, "
        "function call or subquery): schemadiff does not read it",
        max_nesting);
    std::optional<PgQueryProtobufParseResult> parsed;
    auto tokens = sql.size() > kCallerStackBytes ? scan_tokens(sql) : std::nullopt;
    if (!tokens) {  // short (a scanner error stops the parser before it nests anything)
        parsed = pg_query_parse_protobuf(sql.c_str());
    } else {
        // A node is at most three JSON levels ({"A_Expr":{ and a list's [), so a tree within max_nesting always
        // passes to the exact measure below.
        ParseJob job{&sql, 3 * max_nesting + 16};
        pthread_attr_t attributes;
        pthread_t thread;
        bool ran = pthread_attr_init(&attributes) == 0;
        if (ran) {
            size_t stack = std::max(kMinThreadStack, tokens->size() * kStackPerToken);
            ran = pthread_attr_setstacksize(&attributes, stack) == 0 &&
                  pthread_create(&thread, &attributes, parse_job, &job) == 0;
            pthread_attr_destroy(&attributes);
            ran = ran && pthread_join(thread, nullptr) == 0;
        }
        if (!ran) {
            error_ = SyntaxError{fmt::format("statement too large to parse ({} bytes)", sql.size()), -1, true};
            return;
        }
        if (!job.result) {
            error_ = SyntaxError{too_deep, job.deep_location, true};
            return;
        }
        parsed = job.result;
    }
    if (parsed->error != nullptr) {
        error_ = SyntaxError{parsed->error->message ? parsed->error->message : "syntax error",
                             parsed->error->cursorpos > 0 ? parsed->error->cursorpos - 1 : -1};
    } else {
        const auto* data = reinterpret_cast<const uint8_t*>(parsed->parse_tree.data);
        int deep_location = -1;
        if (sql.size() > kShallowBytes &&
            protobuf_nesting(data, parsed->parse_tree.len, max_nesting, deep_location) > max_nesting) {
            error_ = SyntaxError{too_deep, deep_location, true};
        } else {
            result_ = pg_query__parse_result__unpack(arena_->allocator(), parsed->parse_tree.len, data);
            if (result_ == nullptr) error_ = SyntaxError{"could not read libpg_query's parse tree", -1};
        }
    }
    pg_query_free_protobuf_parse_result(*parsed);
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

void for_each_message(const ProtobufCMessage* root, const std::function<void(const ProtobufCMessage*)>& visit) {
    std::vector<const ProtobufCMessage*> pending{root};
    while (!pending.empty()) {
        const ProtobufCMessage* message = pending.back();
        pending.pop_back();
        if (message == nullptr) continue;
        visit(message);
        const char* base = reinterpret_cast<const char*>(message);
        const ProtobufCMessageDescriptor* descriptor = message->descriptor;
        for (unsigned field_idx = 0; field_idx < descriptor->n_fields; ++field_idx) {
            const ProtobufCFieldDescriptor& field = descriptor->fields[field_idx];
            if (field.type != PROTOBUF_C_TYPE_MESSAGE) continue;
            if ((field.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) != 0 &&
                *reinterpret_cast<const uint32_t*>(base + field.quantifier_offset) != field.id) {
                continue;  // not the member a Node holds
            }
            if (field.label == PROTOBUF_C_LABEL_REPEATED) {
                size_t count = *reinterpret_cast<const size_t*>(base + field.quantifier_offset);
                const auto* items = *reinterpret_cast<ProtobufCMessage* const* const*>(base + field.offset);
                for (size_t item_idx = 0; item_idx < count; ++item_idx) pending.push_back(items[item_idx]);
            } else {
                pending.push_back(*reinterpret_cast<const ProtobufCMessage* const*>(base + field.offset));
            }
        }
    }
}

}  // namespace schemadiff::parser
