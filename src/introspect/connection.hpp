// Internal: opening a libpqxx connection with schemadiff's error translation.
#pragma once

#include <memory>
#include <pqxx/pqxx>
#include <string>
#include <string_view>

namespace schemadiff::introspect {

/// Connects or throws Error(Connection) naming host/port/dbname (no password).
auto connect(const std::string& conninfo) -> std::unique_ptr<pqxx::connection>;

/// "host=... port=... dbname=..." of an open connection (never the password).
auto describe_connection(pqxx::connection_base& connection) -> std::string;

/// Call in a catch block: rethrows the exception being handled as Error naming `target` (describe_target's text)
/// and what was being done: a lost connection is Error(Connection), a failed statement Error(Catalog), anything
/// else libpqxx throws Error(Connection). schemadiff's own errors pass unchanged.
[[noreturn]] void rethrow_database_failure(const std::string& target, std::string_view doing);

/// Runs `action` (work on a connection to `target`) with rethrow_database_failure for whatever it throws: no
/// libpqxx exception reaches the user without the host, port and database.
template <class Action>
auto translating_failures(const std::string& target, std::string_view doing, Action&& action) -> decltype(action()) {
    try {
        return action();
    } catch (...) {
        rethrow_database_failure(target, doing);
    }
}

}  // namespace schemadiff::introspect
