// Connecting: libpq connection strings, errors that name the target but never the password.
#include "connection.hpp"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <map>

#include "schemadiff/core/error.hpp"
#include "schemadiff/introspect/introspect.hpp"

namespace schemadiff::introspect {

namespace {

/// What is wrong with a connection string that libpq refuses, without libpq's message: it quotes the offending text,
/// which may be (part of) the password.
auto parse_problem(const std::string& libpq_message) -> std::string {
    static const std::pair<const char*, const char*> kProblems[] = {
        {"invalid percent-encoded token", "a percent-encoded character is malformed"},
        {"forbidden value %00", "a percent-encoded NUL (%00) is not allowed"},
        {"missing \"=\" after", "a word has no '=' (quote a value that contains spaces)"},
        {"unterminated quoted string", "a quoted value is not terminated"},
        {"invalid connection option", "an option name is unknown"},
        {"missing key/value separator", "a query parameter has no '='"},
        {"extra key/value separator", "a query parameter has more than one '='"},
        {"invalid URI query parameter", "a query parameter is malformed"},
        {"IPv6 host address", "an IPv6 host address is malformed"},
        {"unexpected character", "an unexpected character follows the host"},
    };
    for (const auto& [prefix, problem] : kProblems) {
        if (libpq_message.find(prefix) != std::string::npos) return problem;
    }
    return "libpq cannot parse it";
}

auto invalid_conninfo(const std::string& conninfo, const std::string& problem) -> Error {
    bool url = has_url_scheme(conninfo);
    return Error(ErrorKind::Usage, fmt::format("invalid database {} ({})", url ? "URL" : "connection string", problem));
}

/// libpq takes a URL's user:password up to the first '@' before any '/'; an '@' after that point means a password
/// (or user name) with an unencoded '/' or '@', whose pieces libpq would take for the host, port or database, and
/// so print in its messages.
void check_url_credentials(const std::string& conninfo) {
    if (has_url_scheme(conninfo) && conninfo.rfind("postgresql://", 0) != 0 && conninfo.rfind("postgres://", 0) != 0) {
        // libpq would read it as key=value pairs and quote it whole in its message
        throw invalid_conninfo(conninfo, "it must start with postgresql:// or postgres://");
    }
    for (const char* scheme : {"postgresql://", "postgres://"}) {
        if (conninfo.rfind(scheme, 0) != 0) continue;
        size_t start = std::strlen(scheme);
        size_t credentials_end = conninfo.find_first_of("@/", start);
        size_t after =
            credentials_end != std::string::npos && conninfo[credentials_end] == '@' ? credentials_end + 1 : start;
        if (conninfo.find('@', after) != std::string::npos) {
            throw invalid_conninfo(conninfo,
                                   "an '@' after the host: write '@' and '/' in a user name or password as "
                                   "%40 and %2F");
        }
        return;
    }
}

/// A port (or comma-separated ports) that is not a number is usually a password taken for a port ("user:secret/db"
/// without '@host'); libpq's message would quote it.
void check_port(const std::string& conninfo, const std::string& port) {
    for (char c : port) {
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == ',')) {
            throw invalid_conninfo(conninfo, "the port is not a number");
        }
    }
}

auto conninfo_options(const std::string& conninfo) -> std::map<std::string, std::string> {
    check_url_credentials(conninfo);
    std::map<std::string, std::string> options;
    char* error = nullptr;
    PQconninfoOption* parsed = PQconninfoParse(conninfo.c_str(), &error);
    if (parsed == nullptr) {
        std::string message = error ? error : "";
        PQfreemem(error);
        throw invalid_conninfo(conninfo, parse_problem(message));
    }
    for (PQconninfoOption* option = parsed; option->keyword != nullptr; ++option) {
        if (option->val != nullptr && option->val[0] != '\0') options[option->keyword] = option->val;
    }
    PQconninfoFree(parsed);
    if (auto port = options.find("port"); port != options.end()) check_port(conninfo, port->second);
    return options;
}

/// libpq's message without its trailing newlines and blanks.
auto trimmed(std::string message) -> std::string {
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    return message;
}

/// A failed connection, with the first line of libpq's message (the rest is hints about sockets and ports).
auto connect_error(const std::string& target, std::string message) -> Error {
    auto newline = message.find('\n');
    if (newline != std::string::npos) message.resize(newline);
    return Error(ErrorKind::Connection, fmt::format("could not connect to the database ({}): {}", target, message));
}

auto env_or(const char* name, const std::string& fallback) -> std::string {
    const char* value = std::getenv(name);
    return value != nullptr && value[0] != '\0' ? value : fallback;
}

auto quote_conninfo_value(const std::string& value) -> std::string {
    std::string out = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
}
}  // namespace

auto has_url_scheme(const std::string& text) -> bool {
    // RFC 3986: a letter, then letters, digits, '+', '-' or '.', then ':'.
    if (text.empty() || !std::isalpha(static_cast<unsigned char>(text[0]))) return false;
    for (char c : text) {
        if (c == ':') return true;
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) return false;
    }
    return false;
}

auto describe_target(const std::string& conninfo) -> std::string {
    auto options = conninfo_options(conninfo);
    auto get = [&](const char* key, const char* env, const std::string& fallback) {
        auto it = options.find(key);
        return it != options.end() ? it->second : env_or(env, fallback);
    };
    return fmt::format("host={} port={} dbname={}", get("host", "PGHOST", "localhost"), get("port", "PGPORT", "5432"),
                       get("dbname", "PGDATABASE", get("user", "PGUSER", "")));
}

auto with_database(const std::string& conninfo, const std::string& database) -> std::string {
    return with_login(conninfo, database, "", "");
}

auto with_login(const std::string& conninfo, const std::string& database, const std::string& user,
                const std::string& password) -> std::string {
    auto options = conninfo_options(conninfo);
    options["dbname"] = database;
    if (!user.empty()) {
        options["user"] = user;
        options["password"] = password;
        options.erase("passfile");
    }
    std::string out;
    for (const auto& [key, value] : options) {
        if (!out.empty()) out += ' ';
        out += key + "=" + quote_conninfo_value(value);
    }
    return out;
}

void rethrow_database_failure(const std::string& target, std::string_view doing) {
    try {
        throw;
    } catch (const Error&) {
        throw;
    } catch (const pqxx::broken_connection& failure) {
        // libpqxx 6 reports a connection lost during a statement as "Could not obtain client encoding: not
        // connected.", which says nothing; libpq's own messages are worth their first line.
        std::string reason = failure.what();
        reason.resize(std::min(reason.find('\n'), reason.size()));
        bool useless = reason.empty() || reason.rfind("Could not obtain client encoding", 0) == 0;
        throw Error(ErrorKind::Connection, fmt::format("lost the connection to the database ({}) while {}{}", target,
                                                       doing, useless ? "" : ": " + reason));
    } catch (const pqxx::sql_error& failure) {
        throw Error(ErrorKind::Catalog,
                    fmt::format("{} failed on the database ({}): {}", doing, target, trimmed(failure.what())));
    } catch (const std::exception& failure) {
        throw Error(ErrorKind::Connection,
                    fmt::format("{} failed on the database ({}): {}", doing, target, trimmed(failure.what())));
    } catch (...) {
        throw Error(ErrorKind::Connection, fmt::format("{} failed on the database ({})", doing, target));
    }
}

auto describe_connection(pqxx::connection_base& connection) -> std::string {
    auto text = [](const char* value) { return std::string(value != nullptr ? value : "?"); };
    return fmt::format("host={} port={} dbname={}", text(connection.hostname()), text(connection.port()),
                       text(connection.dbname()));
}

auto connect(const std::string& conninfo) -> std::unique_ptr<pqxx::connection> {
    std::string target = describe_target(conninfo);  // also validates the string
    try {
        auto connection = std::make_unique<pqxx::connection>(conninfo);
        // Everything schemadiff reads and writes is UTF-8 (names, definitions, JSON parts): a LATIN1 database's
        // text is converted by the server, not misread. A SQL_ASCII database's bytes have no encoding to convert
        // from (the server would refuse a byte that is not UTF-8): they are read as they are.
        if (connection->get_variable("server_encoding") != "SQL_ASCII") connection->set_client_encoding("UTF8");
        return connection;
    } catch (const pqxx::broken_connection& failure) {
        throw connect_error(target, failure.what());
    } catch (...) {
        rethrow_database_failure(target, "connecting");
    }
}

void execute(const std::string& conninfo, const std::string& sql) {
    auto connection = connect(conninfo);
    translating_failures(describe_target(conninfo), "executing SQL", [&] {
        pqxx::nontransaction work(*connection);
        work.exec(sql);
    });
}

auto accepts_connections(const std::string& conninfo) -> bool {
    return PQping(conninfo.c_str()) == PQPING_OK;
}

auto query_column(const std::string& conninfo, const std::string& sql) -> std::vector<std::string> {
    auto connection = connect(conninfo);
    std::vector<std::string> values;
    try {
        pqxx::nontransaction work(*connection);
        for (const auto& row : work.exec(sql)) values.emplace_back(row[0].is_null() ? "" : row[0].c_str());
    } catch (const pqxx::sql_error& failure) {
        throw Error(ErrorKind::Catalog, fmt::format("executing SQL failed: {}", failure.what()));
    }
    return values;
}

namespace {

/// A raw libpq connection for run_statements, which needs pipeline mode (libpqxx 6 has none).
class PipelineConnection {
public:
    explicit PipelineConnection(const std::string& conninfo) : target_(describe_target(conninfo)) {
        connection_ = PQconnectdb(conninfo.c_str());
        if (connection_ == nullptr || PQstatus(connection_) != CONNECTION_OK) {
            std::string message = connection_ ? PQerrorMessage(connection_) : "out of memory";
            PQfinish(connection_);
            throw connect_error(target_, message);
        }
        // The statements' notices (implicit sequences, truncated identifiers, ...) are not the user's business here.
        PQsetNoticeProcessor(
            connection_, [](void*, const char*) {}, nullptr);
    }
    ~PipelineConnection() { PQfinish(connection_); }
    PipelineConnection(const PipelineConnection&) = delete;
    auto operator=(const PipelineConnection&) -> PipelineConnection& = delete;

    auto get() const -> PGconn* { return connection_; }
    [[noreturn]] void lost() const {
        std::string reason = trimmed(PQerrorMessage(connection_));
        reason.resize(std::min(reason.find('\n'), reason.size()));
        throw Error(ErrorKind::Connection,
                    fmt::format("lost the connection to the database ({}) while running statements{}", target_,
                                reason.empty() ? "" : ": " + reason));
    }

private:
    std::string target_;
    PGconn* connection_ = nullptr;
};

/// How many statements may be sent ahead of their results. The server's replies to them (a few dozen bytes each,
/// plus any notices) must fit in the socket buffer, or the server and we would both wait to write.
constexpr size_t kPipelineDepth = 64;

/// Runs `pending` (indexes into `statements`) in order in pipeline mode, each followed by a Sync, so that each runs
/// in its own implicit transaction exactly as if sent alone, and a failure does not affect the next statement; only
/// the round trips go. Returns the ones that failed, with the server's message.
auto run_pipelined(PipelineConnection& connection, const std::vector<std::string>& statements,
                   const std::vector<size_t>& pending) -> std::vector<StatementFailure> {
    PGconn* conn = connection.get();
    if (PQenterPipelineMode(conn) != 1) connection.lost();
    std::vector<StatementFailure> failures;
    size_t sent = 0;
    auto send_next = [&] {
        const std::string& sql = statements[pending[sent]];
        if (PQsendQueryParams(conn, sql.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 0) != 1 ||
            PQpipelineSync(conn) != 1) {
            connection.lost();
        }
        ++sent;
    };
    for (size_t received = 0; received < pending.size(); ++received) {
        while (sent < pending.size() && sent < received + kPipelineDepth) send_next();
        // One statement's results (then a null), then its Sync's.
        std::string error;
        for (PGresult* result = PQgetResult(conn); result != nullptr; result = PQgetResult(conn)) {
            ExecStatusType status = PQresultStatus(result);
            if (status == PGRES_FATAL_ERROR && error.empty()) error = PQresultErrorMessage(result);
            PQclear(result);
        }
        PGresult* sync = PQgetResult(conn);
        bool synced = sync != nullptr && PQresultStatus(sync) == PGRES_PIPELINE_SYNC;
        PQclear(sync);
        if (!synced || PQstatus(conn) == CONNECTION_BAD) connection.lost();
        if (!error.empty()) failures.push_back({pending[received], trimmed(error)});
    }
    if (PQexitPipelineMode(conn) != 1) connection.lost();
    return failures;
}

}  // namespace

auto run_statements(const std::string& conninfo, const std::vector<std::string>& statements,
                    const std::vector<std::string>& session) -> std::vector<StatementFailure> {
    PipelineConnection connection(conninfo);
    for (const auto& sql : session) {
        PGresult* result = PQexec(connection.get(), sql.c_str());
        bool ok = PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK;
        std::string message = ok ? "" : trimmed(PQresultErrorMessage(result));
        PQclear(result);
        if (!ok) throw Error(ErrorKind::Catalog, fmt::format("preparing a scratch session ({}): {}", sql, message));
    }
    std::vector<size_t> pending(statements.size());
    for (size_t at = 0; at < statements.size(); ++at) pending[at] = at;
    std::vector<StatementFailure> failures;
    while (!pending.empty()) {
        failures = run_pipelined(connection, statements, pending);
        if (failures.size() == pending.size()) break;  // no progress: these fail for good
        std::vector<size_t> failed;
        failed.reserve(failures.size());
        for (const auto& failure : failures) failed.push_back(failure.index);
        pending = std::move(failed);
    }
    return failures;
}

}  // namespace schemadiff::introspect
