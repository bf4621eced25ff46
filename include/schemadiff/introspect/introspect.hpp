// Live database -> model. libpqxx is visible only inside this module; nothing here exposes its types.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "schemadiff/model/schema.hpp"

namespace schemadiff::introspect {

struct ServerInfo {
    int version_num = 0;     ///< server_version_num, e.g. 150018
    std::string version;     ///< server_version, e.g. "15.18 (Debian 15.18-0+deb12u1)"
    std::string database;    ///< current_database()
    std::string user;        ///< current_user
    bool superuser = false;  ///< whether current_user is a superuser
};

/// Who and where a connection is: version, database, role. One short query.
auto server_info(const std::string& conninfo) -> ServerInfo;

struct Introspection {
    model::Schema schema;
    ServerInfo server;
    std::map<model::QualifiedName, model::TableSize> sizes;  ///< live size of every table
};

struct ReadOptions {
    /// Fill Introspection::sizes. pg_total_relation_size stats every file of every table (seconds on 10,000 tables):
    /// a scratch database, empty by construction, goes without.
    bool table_sizes = true;
};

/// Reads every supported object with one set-based query per object kind, inside a single REPEATABLE READ READ ONLY
/// transaction (a consistent snapshot). `conninfo` is anything libpq accepts: a URL, key=value pairs, or "" for the
/// PG* environment variables. Throws Error(Connection) naming host and port (never the password).
auto read_schema(const std::string& conninfo, const ReadOptions& options = {}) -> Introspection;

/// Runs SQL text (several statements allowed) outside any explicit transaction. For tests and tooling.
void execute(const std::string& conninfo, const std::string& sql);
/// Whether a server answers there and accepts connections (PQping), without logging in.
auto accepts_connections(const std::string& conninfo) -> bool;
/// The first column of a query's rows, as text ("" for NULL). For tooling.
auto query_column(const std::string& conninfo, const std::string& sql) -> std::vector<std::string>;

struct StatementFailure {
    size_t index = 0;     ///< into the statements given
    std::string message;  ///< the server's
};
/// Runs each statement on its own (autocommit) on one connection, in order; the ones that fail are run again after
/// the others, round after round while that makes progress (a schema file may use an object before the statement
/// that creates it). Returns the statements that still fail. For scratch databases only: `session` runs first (and
/// must succeed), then the statements are pipelined (each still in its own transaction).
auto run_statements(const std::string& conninfo, const std::vector<std::string>& statements,
                    const std::vector<std::string>& session = {}) -> std::vector<StatementFailure>;

/// True when `text` starts with a URL scheme ("postgresql:", or a misspelling such as "postgress:"). A connection
/// string of that form that is not a postgresql:// or postgres:// URL is refused without being quoted.
auto has_url_scheme(const std::string& text) -> bool;

/// "host=/tmp port=5432 dbname=app user=me": where a connection string points, without its password.
auto describe_target(const std::string& conninfo) -> std::string;

/// The conninfo with its dbname replaced (for scratch databases next to the given one).
auto with_database(const std::string& conninfo, const std::string& database) -> std::string;
/// The same, logging in as `user` with `password` instead (for a role made for one load).
auto with_login(const std::string& conninfo, const std::string& database, const std::string& user,
                const std::string& password) -> std::string;

}  // namespace schemadiff::introspect
