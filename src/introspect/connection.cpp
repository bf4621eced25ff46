// Connecting: libpq connection strings, errors that name the target but never the password.
#include "connection.hpp"
#include "schemadiff/introspect/introspect.hpp"

#include "schemadiff/core/error.hpp"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <cstdlib>
#include <map>

namespace schemadiff::introspect {

namespace {
auto conninfo_options(const std::string& conninfo) -> std::map<std::string, std::string> {
    std::map<std::string, std::string> options;
    char* error = nullptr;
    PQconninfoOption* parsed = PQconninfoParse(conninfo.c_str(), &error);
    if (parsed == nullptr) {
        std::string message = error ? error : "invalid connection string";
        PQfreemem(error);
        while (!message.empty() && message.back() == '\n') message.pop_back();
        throw Error(ErrorKind::Usage, fmt::format("invalid database connection string: {}", message));
    }
    for (PQconninfoOption* option = parsed; option->keyword != nullptr; ++option) {
        if (option->val != nullptr && option->val[0] != '\0') options[option->keyword] = option->val;
    }
    PQconninfoFree(parsed);
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
    auto options = conninfo_options(conninfo);
    options["dbname"] = database;
    std::string out;
    for (const auto& [key, value] : options) {
        if (!out.empty()) out += ' ';
        out += key + "=" + quote_conninfo_value(value);
    }
    return out;
}

auto connect(const std::string& conninfo) -> std::unique_ptr<pqxx::connection> {
    std::string target = describe_target(conninfo);  // also validates the string
    try {
        return std::make_unique<pqxx::connection>(conninfo);
    } catch (const pqxx::broken_connection& failure) {
        throw connect_error(target, failure.what());
    }
}

void execute(const std::string& conninfo, const std::string& sql) {
    auto connection = connect(conninfo);
    try {
        pqxx::nontransaction work(*connection);
        work.exec(sql);
    } catch (const pqxx::sql_error& failure) {
        throw Error(ErrorKind::Catalog, fmt::format("executing SQL failed: {}", failure.what()));
    }
}

auto accepts_connections(const std::string& conninfo) -> bool { return PQping(conninfo.c_str()) == PQPING_OK; }

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
        PQsetNoticeProcessor(connection_, [](void*, const char*) {}, nullptr);
    }
    ~PipelineConnection() { PQfinish(connection_); }
    PipelineConnection(const PipelineConnection&) = delete;
    auto operator=(const PipelineConnection&) -> PipelineConnection& = delete;

    auto get() const -> PGconn* { return connection_; }
    [[noreturn]] void lost() const {
        throw Error(ErrorKind::Connection,
                    fmt::format("lost the connection to {}: {}", target_, trimmed(PQerrorMessage(connection_))));
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
