// Internal: opening a libpqxx connection with schemadiff's error translation.
#pragma once

#include <pqxx/pqxx>

#include <memory>
#include <string>

namespace schemadiff::introspect {

/// Connects or throws Error(Connection) naming host/port/dbname (no password).
auto connect(const std::string& conninfo) -> std::unique_ptr<pqxx::connection>;

}  // namespace schemadiff::introspect
