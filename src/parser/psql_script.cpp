// psql scripts: which backslash commands psql would run, found where psql finds them, and refused unless harmless.
//
// Where psql sees a meta-command (src/fe_utils/psqlscan.l): a backslash outside string literals, quoted names,
// dollar quotes and comments starts one, anywhere a token could start, not only at the beginning of a line
// (`SELECT 1 \gexec` runs the query and then each of its cells). The command name runs to a blank or the next
// backslash; its arguments (src/bin/psql/psqlscanslash.l) to the end of the line, or to an unquoted backslash: `\\`
// ends the command and SQL continues on the same line, any other backslash starts the next command. `\;` and `\:`
// put a `;` or `:` into the query without their usual meaning. The scan below follows those rules byte for byte for
// the states that matter (strings in all their forms, quoted names, dollar quotes, nested comments), so that what it
// blanks is exactly what psql would take out of the query, and nothing inside a literal is ever touched.
//
// Why not libpg_query's scanner for this: psql decides, not the server; the server's scanner cannot stop where a
// meta-command's arguments end (`\echo it's` would open a string for it and swallow the statements below); and
// pg_query_scan costs about a second per 14 MB file. The parse that follows still checks the scan: every blanked
// range must be blank space to libpg_query's scanner too (for_each_statement), and any backslash the scan took for
// part of a literal while the server does not is a syntax error there.
//
// What is understood (everything else is an error naming file:line:col, never dropped):
// * `\restrict KEY` / `\unrestrict KEY`: pg_dump 17.6+ / 15.14+ writes them around a dump; no effect on the SQL.
// * `\connect DB` / `\c DB` in schema files: pg_dump -C and pg_dumpall write it. A schema is one database, so every
//   `\connect` of the files must name the same one (no arguments, or `-`, reconnects to the same one). Refused in
//   migration files: after a reconnect the statements run in a new session (the lock_timeout set earlier is gone,
//   an open transaction ended), which the session rules could not follow.
// * `\set ON_ERROR_STOP [value]`: stops psql at the first error; it changes no statement. Any other `\set` defines a
//   variable that later SQL may interpolate (`:name`), which schemadiff cannot see, so it is refused.
// * `\echo ...`: prints.
// A backquoted argument (`\echo `date``) runs a shell command: refused in any command.
//
// `\i`, `\ir`, `\include`, `\include_relative` are refused, in schema and migration files alike, rather than followed:
// `\i` is relative to the directory psql was started in, which schemadiff cannot know, and following file names
// written in a pull request would read files outside it. Passing the included files to schemadiff (as more files or
// a folder) reads the same schema; migration files are checked one by one.
#include "psql_script.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

#include "schemadiff/parser/parse.hpp"

namespace schemadiff::parser {

namespace {

auto location_of(std::string_view text, size_t offset, const std::string& file) -> SourceLocation {
    offset = std::min(offset, text.size());
    int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
    size_t line_start = text.rfind('\n', offset == 0 ? std::string_view::npos : offset - 1);
    line_start = line_start == std::string_view::npos || offset == 0 ? 0 : line_start + 1;
    return SourceLocation{file, line, static_cast<int>(offset - line_start) + 1};
}

/// Length of the well-formed UTF-8 sequence at `at` (Unicode table 3-7, as PostgreSQL's pg_utf8_islegal), 0 if none.
auto utf8_length(std::string_view text, size_t at) -> size_t {
    auto byte = [&](size_t i) { return at + i < text.size() ? static_cast<unsigned char>(text[at + i]) : 0u; };
    unsigned first = byte(0);
    auto in = [](unsigned value, unsigned low, unsigned high) { return value >= low && value <= high; };
    if (first < 0x80) return 1;
    if (in(first, 0xC2, 0xDF)) return in(byte(1), 0x80, 0xBF) ? 2 : 0;
    if (in(first, 0xE0, 0xEF)) {
        unsigned low = first == 0xE0 ? 0xA0 : 0x80, high = first == 0xED ? 0x9F : 0xBF;
        return in(byte(1), low, high) && in(byte(2), 0x80, 0xBF) ? 3 : 0;
    }
    if (in(first, 0xF0, 0xF4)) {
        unsigned low = first == 0xF0 ? 0x90 : 0x80, high = first == 0xF4 ? 0x8F : 0xBF;
        return in(byte(1), low, high) && in(byte(2), 0x80, 0xBF) && in(byte(3), 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

auto is_space(char c) -> bool {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
auto ident_start(char c) -> bool {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
auto ident_cont(char c) -> bool {
    return ident_start(c) || (c >= '0' && c <= '9') || c == '$';
}

/// One argument of a meta-command, as psql's OT_NORMAL reads it (quotes processed, double quotes kept).
struct Argument {
    std::string value;
    bool backquoted = false;
};

/// The meta-command that starts at a backslash, up to where SQL resumes.
struct MetaCommand {
    size_t begin = 0;
    size_t end = 0;  ///< where the SQL lexer resumes: end of line, after `\\`, or the next command's backslash
    std::string name;
    std::vector<Argument> arguments;
};

class ScriptReader {
public:
    ScriptReader(std::string text, const std::string& file, ScriptSession& session)
        : text_(std::move(text)), file_(file), session_(session) {}

    auto read() -> ScriptSql {
        check_text(text_, file_);
        size_t pos = 0;
        bool in_word = false;  // inside an identifier: `$` continues it, a quote after it is not a prefix
        while (pos < text_.size()) {
            char c = text_[pos];
            if (in_word) {
                if (ident_cont(c)) {
                    ++pos;
                    continue;
                }
                in_word = false;
            }
            if (c == '-' && next(pos) == '-') {
                pos = line_end(pos);
            } else if (c == '/' && next(pos) == '*') {
                pos = skip_block_comment(pos + 2);
            } else if (c == '\'') {
                pos = skip_quoted(pos + 1, '\'', false);
            } else if (c == '"') {
                pos = skip_quoted(pos + 1, '"', false);
            } else if (c == '$') {
                pos = skip_dollar_quote(pos);
            } else if (c == '\\') {
                MetaCommand command = meta_command(pos);
                judge(command);
                std::fill(text_.begin() + static_cast<long>(command.begin),
                          text_.begin() + static_cast<long>(command.end), ' ');
                blanked_.emplace_back(command.begin, command.end);
                pos = command.end;
            } else if (ident_start(c)) {
                size_t literal_end = prefixed_literal(pos);
                in_word = literal_end == 0;
                pos = in_word ? pos + 1 : literal_end;
            } else {
                ++pos;
            }
        }
        return ScriptSql{std::move(text_), std::move(blanked_)};
    }

private:
    auto next(size_t pos, size_t ahead = 1) const -> char {
        return pos + ahead < text_.size() ? text_[pos + ahead] : '\0';
    }
    auto line_end(size_t pos) const -> size_t { return std::min(text_.find('\n', pos), text_.size()); }

    auto skip_block_comment(size_t pos) const -> size_t {  // comments nest, as in PostgreSQL
        int depth = 1;
        while (pos < text_.size() && depth > 0) {
            if (text_[pos] == '/' && next(pos) == '*') {
                ++depth;
                pos += 2;
            } else if (text_[pos] == '*' && next(pos) == '/') {
                --depth;
                pos += 2;
            } else {
                ++pos;
            }
        }
        return pos;
    }

    /// Past the closing quote of a literal or quoted name that starts before `pos`. A doubled quote stays inside;
    /// `escapes`: a backslash escapes the next byte (E'...'). Unterminated: the end of the text (the parser reports
    /// it).
    auto skip_quoted(size_t pos, char quote, bool escapes) const -> size_t {
        while (pos < text_.size()) {
            char c = text_[pos];
            if (escapes && c == '\\') {
                pos += 2;
            } else if (c == quote) {
                if (next(pos) != quote) return pos + 1;
                pos += 2;
            } else {
                ++pos;
            }
        }
        return text_.size();
    }

    /// `$tag$ ... $tag$` (tag: an identifier without `$`, or empty); a `$` that opens none is one character.
    auto skip_dollar_quote(size_t pos) const -> size_t {
        size_t tag_end = pos + 1;
        if (tag_end < text_.size() && ident_start(text_[tag_end])) {
            while (tag_end < text_.size() && ident_cont(text_[tag_end]) && text_[tag_end] != '$') ++tag_end;
        }
        if (tag_end >= text_.size() || text_[tag_end] != '$') return pos + 1;  // $1, or a lone $
        std::string_view delimiter(text_.data() + pos, tag_end + 1 - pos);
        size_t close = std::string_view(text_).find(delimiter, tag_end + 1);
        return close == std::string_view::npos ? text_.size() : close + delimiter.size();
    }

    /// At the start of a word: past a literal with a prefix, E'...' (backslash escapes), U&'...', U&"...", N'...',
    /// B'...' or X'...'; 0 when the word is an identifier or keyword.
    auto prefixed_literal(size_t pos) const -> size_t {
        char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text_[pos])));
        if (c == 'e' && next(pos) == '\'') return skip_quoted(pos + 2, '\'', true);
        if ((c == 'n' || c == 'b' || c == 'x') && next(pos) == '\'') return skip_quoted(pos + 2, '\'', false);
        if (c == 'u' && next(pos) == '&' && (next(pos, 2) == '\'' || next(pos, 2) == '"')) {
            return skip_quoted(pos + 3, next(pos, 2), false);
        }
        return 0;
    }

    auto error(size_t offset, std::string message) const -> Error {
        return Error(ErrorKind::Unsupported, std::move(message), location_of(text_, offset, file_));
    }

    /// Reads the command at the backslash `pos`: its name and arguments, as psqlscanslash.l does.
    auto meta_command(size_t pos) const -> MetaCommand {
        MetaCommand command;
        command.begin = pos;
        if (next(pos) == ';' || next(pos) == ':') {
            throw error(pos,
                        fmt::format("psql's \\{} (a '{}' without its SQL meaning) is not supported: write plain SQL",
                                    next(pos), next(pos)));
        }
        size_t end_of_line = line_end(pos);
        size_t at = pos + 1;
        while (at < end_of_line && !is_space(text_[at]) && text_[at] != '\\') ++at;
        command.name = text_.substr(pos + 1, at - pos - 1);
        while (true) {
            while (at < end_of_line && is_space(text_[at])) ++at;
            if (at >= end_of_line) {
                command.end = end_of_line;
                return command;
            }
            if (text_[at] == '\\') {
                command.end = next(at) == '\\' ? at + 2 : at;  // `\\`: back to SQL; another backslash: next command
                return command;
            }
            Argument argument;
            while (at < end_of_line && !is_space(text_[at]) && text_[at] != '\\') {
                char c = text_[at];
                if (c != '\'' && c != '"' && c != '`') {
                    argument.value += c;
                    ++at;
                    continue;
                }
                // Quoted part: '...' with '' and backslash escapes, "..." kept with its quotes, `...` a shell command.
                std::string inner;
                size_t close = at + 1;
                while (true) {
                    if (close >= end_of_line) {
                        throw error(pos,
                                    fmt::format("psql meta-command \\{}: unterminated quoted argument", command.name));
                    }
                    char d = text_[close];
                    if (c == '\'' && d == '\\' && close + 1 < end_of_line) {
                        inner += text_[close + 1];
                        close += 2;
                    } else if (d == c && c == '\'' && close + 1 < end_of_line && text_[close + 1] == '\'') {
                        inner += '\'';
                        close += 2;
                    } else if (d == c) {
                        break;
                    } else {
                        inner += d;
                        ++close;
                    }
                }
                argument.backquoted = argument.backquoted || c == '`';
                argument.value += c == '"' ? "\"" + inner + "\"" : inner;
                at = close + 1;
            }
            command.arguments.push_back(std::move(argument));
        }
    }

    void judge(const MetaCommand& command) {
        const std::string& name = command.name;
        size_t at = command.begin;
        for (const auto& argument : command.arguments) {
            if (argument.backquoted) {
                throw error(at, fmt::format("psql meta-command \\{} runs a shell command (a backquoted argument): "
                                            "schemadiff reads only SQL",
                                            name));
            }
        }
        if (name == "i" || name == "ir" || name == "include" || name == "include_relative") {
            throw error(
                at, fmt::format("psql's \\{} is not followed: pass the included file to schemadiff itself ({})", name,
                                session_.kind == ScriptKind::Schema ? "as another schema file, or the folder"
                                                                    : "check it as a file of its own"));
        }
        if (name == "restrict" || name == "unrestrict" || name == "echo") return;
        if (name == "set" && !command.arguments.empty() && command.arguments[0].value == "ON_ERROR_STOP" &&
            command.arguments.size() <= 2) {
            return;
        }
        if (name == "c" || name == "connect") return connect(command);
        throw error(at, fmt::format("psql meta-command \\{} is not supported: schemadiff reads SQL, and of psql's "
                                    "commands only \\restrict, \\unrestrict, \\connect to the same database (schema "
                                    "files), \\set ON_ERROR_STOP and \\echo",
                                    name));
    }

    void connect(const MetaCommand& command) {
        size_t at = command.begin;
        if (session_.kind == ScriptKind::Migration) {
            throw error(at,
                        fmt::format("psql's \\{} in a migration file is not supported: schemadiff checks a migration "
                                    "as one session on one database",
                                    command.name));
        }
        std::vector<Argument> arguments = command.arguments;
        // pg_dump writes `\connect name`, `\connect "Name"`, or for other names
        // `\connect -reuse-previous=on "dbname='my db'"` (appendPsqlMetaConnect).
        bool connection_string = !arguments.empty() && arguments[0].value == "-reuse-previous=on";
        if (connection_string) arguments.erase(arguments.begin());
        if (arguments.size() > 1) {
            throw error(at,
                        fmt::format("psql's \\{} with a user, host or port is not supported: a schema is one database",
                                    command.name));
        }
        if (arguments.empty() || arguments[0].value == "-") return;  // the same database again
        std::string database = arguments[0].value;
        while (!database.empty() && database.back() == ';') database.pop_back();  // psql drops them too
        if (database.size() >= 2 && database.front() == '"' && database.back() == '"') {
            database = database.substr(1, database.size() - 2);
            for (size_t quote = database.find("\"\""); quote != std::string::npos;
                 quote = database.find("\"\"", quote + 1)) {
                database.erase(quote, 1);
            }
        }
        if (connection_string) database = connection_string_database(database);
        if (database.empty() || database.find('=') != std::string::npos || database.find("://") != std::string::npos ||
            database.front() == '-') {
            throw error(at,
                        fmt::format("psql's \\{} with connection options is not supported: a schema is one database",
                                    command.name));
        }
        if (!session_.database) {
            session_.database = database;
            session_.database_where = location_of(text_, at, file_);
        } else if (*session_.database != database) {
            throw error(at,
                        fmt::format("psql's \\{} {} after \\connect {} ({}): a schema is one database", command.name,
                                    database, *session_.database, session_.database_where->to_string()));
        }
    }

    /// The database of a libpq connection string that names only one (`dbname='my db'`); "" for anything else.
    static auto connection_string_database(const std::string& text) -> std::string {
        constexpr std::string_view kKey = "dbname=";
        if (text.compare(0, kKey.size(), kKey) != 0) return "";
        std::string value;
        size_t at = kKey.size();
        if (at < text.size() && text[at] == '\'') {
            for (++at; at < text.size() && text[at] != '\''; ++at) {
                if (text[at] == '\\' && at + 1 < text.size()) ++at;
                value += text[at];
            }
            if (at >= text.size()) return "";
            ++at;
        } else {
            while (at < text.size() && !is_space(text[at])) value += text[at++];
        }
        return at == text.size() ? value : "";
    }

    std::string text_;
    const std::string& file_;
    ScriptSession& session_;
    std::vector<std::pair<size_t, size_t>> blanked_;
};

}  // namespace

void check_text(std::string_view text, const std::string& file) {
    for (size_t at = 0; at < text.size();) {
        // The common case first: a run of printable ASCII.
        if (static_cast<unsigned char>(text[at]) < 0x80 && text[at] != '\0') {
            ++at;
            continue;
        }
        if (text[at] == '\0') {
            throw Error(ErrorKind::Parse, "a NUL byte: SQL text cannot contain one (psql ignores the rest of its line)",
                        location_of(text, at, file));
        }
        size_t length = utf8_length(text, at);
        if (length == 0) {
            throw Error(ErrorKind::Parse,
                        fmt::format("invalid UTF-8 (byte 0x{:02X}): schemadiff reads files as UTF-8",
                                    static_cast<unsigned char>(text[at])),
                        location_of(text, at, file));
        }
        at += length;
    }
}

auto psql_script_sql(std::string text, const std::string& file, ScriptSession& session) -> ScriptSql {
    return ScriptReader(std::move(text), file, session).read();
}

}  // namespace schemadiff::parser
