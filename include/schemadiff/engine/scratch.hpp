// Scratch databases: where schema files with views, functions, triggers... are run and read back.
//
// Schema files are code a pull request can change. They are never run on the server of the database they are
// compared with unless asked for (--scratch-on-live-server): by default on --dev-db, else on a throwaway cluster that
// schemadiff starts itself from installed PostgreSQL binaries of the live server's major version. In any of them the
// load is made inert (parser/scratch_statements.cpp: no DO, no query of a materialized view, no function call while
// loading), runs as a role without superuser rights where the connection has them, and everything is dropped after
// the read, on error and on SIGINT / SIGTERM / SIGHUP too.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/model/schema.hpp"
#include "schemadiff/parser/parse.hpp"

namespace schemadiff::engine {

class LocalCluster;

/// Where scratch databases may go, as the user asked.
struct ScratchPolicy {
    std::string dev_database;             ///< --dev-db: a server for scratch databases
    bool live_server = false;             ///< --scratch-on-live-server: the live database's own server may be used
    std::vector<std::string> pg_bindirs;  ///< --pg-bindir: where to look for server binaries first
    std::optional<int> pg_major;          ///< the major version of a throwaway cluster when no side is a database
};

/// The server scratch databases of one run go to, chosen on first use: --dev-db, else the live server when allowed,
/// else a throwaway cluster of the live server's major version (started once, stopped with this object).
class ScratchServer {
public:
    /// `live`: the connection string of the side that is a database, if any.
    ScratchServer(ScratchPolicy policy, std::optional<std::string> live);
    ~ScratchServer();
    ScratchServer(const ScratchServer&) = delete;
    auto operator=(const ScratchServer&) -> ScratchServer& = delete;

    /// A connection string to the server (its `postgres` database is not touched); thread-safe. Throws
    /// Error(Usage) with what to do when no server can be had.
    auto conninfo() -> std::string;
    /// Whether conninfo() is a throwaway cluster of schemadiff's own (where it may create the roles files use).
    auto throwaway() const -> bool;

private:
    ScratchPolicy policy_;
    std::optional<std::string> live_;
    std::mutex mutex_;
    std::string conninfo_;
    std::unique_ptr<LocalCluster> cluster_;
};

/// A database made for one use on `server` (schemadiff_scratch_<pid>_<n>_<unix time>, from template0), dropped when
/// this object goes, on error, and by drop_all_scratch() on an interrupt; a drop that fails is a warning. The one
/// place that makes and drops databases: the engine's scratch loads, the migration cases and the lock probes.
class ScratchDatabase {
public:
    enum class Loader {
        None,  ///< everything runs as the connecting role
        Own,   ///< when that role is a superuser: a login role without superuser rights owns the database, and
               ///< loader_conninfo() logs in as it (a SET ROLE could be undone by the code it runs)
    };
    explicit ScratchDatabase(std::string server, Loader loader = Loader::None);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    auto operator=(const ScratchDatabase&) -> ScratchDatabase& = delete;

    auto name() const -> const std::string& { return name_; }
    auto conninfo() const -> std::string;                      ///< the connecting role, in the database
    auto loader_conninfo() const -> std::string;               ///< the loader's own session; conninfo() without one
    auto role() const -> const std::string& { return role_; }  ///< the loader role; "" without one

private:
    void forget();
    std::string server_;
    std::string name_;
    std::string role_;
    std::string password_;
};

/// A database's schema as every command and the tests read it (a live database or a scratch one): introspection,
/// then ddl frames the statements of its objects (ddl::frame_objects).
auto read_database(const std::string& conninfo, const introspect::ReadOptions& options = {})
    -> introspect::Introspection;

/// Runs the parsed files in a new scratch database on the scratch server and reads it back; the parser keeps what
/// only it knows (where each object is declared, rename hints, WITH [NO] DATA). A statement that fails there is an
/// Error naming its file and line.
auto read_through_scratch(const parser::ParsedSchema& parsed, ScratchServer& scratch) -> model::Schema;

/// Drops every scratch database and role in use and stops every throwaway cluster: for the interrupt handler.
void drop_all_scratch();

/// Where warnings go (a scratch database that could not be dropped, ...): the caller's sink (the CLI prints them to
/// standard error). None set: they are dropped.
void set_warning_handler(std::function<void(std::string_view)> handler);
void warn(std::string_view message);

/// What `schemadiff cleanup` found and removed.
struct Cleanup {
    std::vector<std::string> dropped;  ///< databases and roles dropped
    std::vector<std::string> kept;     ///< those of a schemadiff still running on this machine, with why
    std::vector<std::string> folders;  ///< throwaway cluster folders removed
};
/// Drops the scratch databases (schemadiff_scratch_*) and loader roles (schemadiff_loader_*) left on `server` by a
/// schemadiff that is gone (its process id, in the name, runs no longer on this machine; `all`: whatever the process)
/// and removes throwaway cluster folders whose server is gone. `server` empty: only the folders.
auto clean_up_leftovers(const std::string& server, bool all) -> Cleanup;

}  // namespace schemadiff::engine
