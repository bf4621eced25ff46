// THE seam around libpg_query: every call into it goes through here, and its errors become schemadiff::Error.
//
// Trees are unpacked from libpg_query's protobuf output into an arena, so canonicalisation can rewrite nodes
// freely (replace, drop, allocate new ones) and everything is released at once when the ParsedSql goes away.
#pragma once

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace schemadiff::parser {

/// A bump allocator for protobuf-c messages.
class Arena {
public:
    Arena();
    Arena(const Arena&) = delete;
    auto operator=(const Arena&) -> Arena& = delete;
    auto allocate(size_t size) -> void*;
    auto allocator() -> ProtobufCAllocator* { return &allocator_; }
    auto copy_string(std::string_view text) -> char*;
    template <typename T>
    auto make() -> T* {
        return static_cast<T*>(allocate(sizeof(T)));
    }

private:
    std::vector<std::unique_ptr<char[]>> blocks_;
    size_t used_ = 0;
    size_t capacity_ = 0;
    ProtobufCAllocator allocator_{};
};

/// A libpg_query syntax error: message and 0-based byte offset into the parsed text (-1 when unknown). `too_deep`:
/// the text parses, but nests deeper than schemadiff reads (kMaxNesting).
struct SyntaxError {
    std::string message;
    int offset = -1;
    bool too_deep = false;
};

/// How deeply a parse tree may nest (parse nodes from the statement down to its deepest leaf, about one per chained
/// operator) before schemadiff refuses it. See pg_query_result.cpp for why this number.
inline constexpr size_t kMaxNesting = 1000;

/// One parsed SQL text; its tree lives as long as this object.
class ParsedSql {
public:
    /// Parses `sql`. On a syntax error, or a tree nested deeper than kMaxNesting, ok() is false and error() says why.
    /// Never overflows the stack, whatever the text.
    explicit ParsedSql(const std::string& sql, size_t max_nesting = kMaxNesting);
    auto ok() const -> bool { return !error_; }
    auto error() const -> const SyntaxError& { return *error_; }
    auto result() -> PgQuery__ParseResult* { return result_; }
    auto arena() -> Arena& { return *arena_; }
    auto statement_count() const -> size_t { return result_ ? result_->n_stmts : 0; }
    auto statement(size_t index) -> PgQuery__Node* { return result_->stmts[index]->stmt; }

private:
    std::unique_ptr<Arena> arena_;
    PgQuery__ParseResult* result_ = nullptr;
    std::optional<SyntaxError> error_;
};

/// Statement boundaries found by libpg_query's scanner: byte offset and length of each statement.
struct StatementSpan {
    int offset = 0;
    int length = 0;
};
auto split_statements(const std::string& sql) -> std::vector<StatementSpan>;

/// Byte ranges [start, end) of the tokens (comments included) libpg_query's scanner finds in `sql`; nullopt when the
/// scanner fails (an unterminated literal: the parser reports it).
auto scan_tokens(const std::string& sql) -> std::optional<std::vector<std::pair<int, int>>>;

/// Deparses one statement node back to SQL text (libpg_query's deparser).
auto deparse_statement(PgQuery__Node* statement, Arena& arena) -> std::string;
/// Deparses an expression node: the text of `SELECT <expr>` without the SELECT.
auto deparse_expression(PgQuery__Node* expression, Arena& arena) -> std::string;

// Small node helpers used by every transform.
/// Wraps a message (CreateStmt, AExpr, ...) in a Node of the given case. Every member of Node's union is a pointer
/// at the same place, so one store serves all cases.
auto make_node(Arena& arena, PgQuery__Node__NodeCase node_case, void* message) -> PgQuery__Node*;
auto make_node_string(Arena& arena, std::string_view text) -> PgQuery__Node*;
auto node_string(const PgQuery__Node* node) -> std::string;                      ///< String node's value, or ""
auto names_of(PgQuery__Node** items, size_t count) -> std::vector<std::string>;  ///< a list of String nodes
/// Calls `visit` on `root` and every message below it (the active member of each Node), without recursion.
void for_each_message(const ProtobufCMessage* root, const std::function<void(const ProtobufCMessage*)>& visit);
inline auto is_set(const char* text) -> bool {
    return text != nullptr && text[0] != '\0';
}

}  // namespace schemadiff::parser
