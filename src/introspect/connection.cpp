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
        std::string message = failure.what();
        auto newline = message.find('\n');
        if (newline != std::string::npos) message.resize(newline);
        throw Error(ErrorKind::Connection, fmt::format("could not connect to the database ({}): {}", target, message));
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

auto run_statements(const std::string& conninfo, const std::vector<std::string>& statements)
    -> std::vector<StatementFailure> {
    auto connection = connect(conninfo);
    std::vector<size_t> pending(statements.size());
    for (size_t at = 0; at < statements.size(); ++at) pending[at] = at;
    std::vector<StatementFailure> failures;
    while (!pending.empty()) {
        failures.clear();
        std::vector<size_t> failed;
        for (size_t at : pending) {
            try {
                pqxx::nontransaction work(*connection);
                work.exec(statements[at]);
            } catch (const pqxx::broken_connection& failure) {
                throw Error(ErrorKind::Connection, fmt::format("lost the connection to {}: {}", describe_target(conninfo),
                                                               failure.what()));
            } catch (const pqxx::sql_error& failure) {
                std::string message = failure.what();
                while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
                failures.push_back({at, message});
                failed.push_back(at);
            }
        }
        if (failed.size() == pending.size()) break;  // no progress: these fail for good
        pending = std::move(failed);
    }
    return failures;
}

}  // namespace schemadiff::introspect
