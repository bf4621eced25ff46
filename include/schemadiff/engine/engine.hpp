// The pipeline as one API: load sources, plan both directions, write files. The CLI is a thin shell around this.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/model/schema.hpp"
#include "schemadiff/planner/plan.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::engine {

/// Where a schema comes from: a live database or declarative files / folders.
struct Source {
    bool is_database = false;
    std::string conninfo;                      ///< with is_database
    std::vector<std::filesystem::path> paths;  ///< otherwise
    auto describe() const -> std::string;      ///< for headers and messages; never contains a password
};

/// True for postgres:// and postgresql:// URLs and key=value connection strings.
auto looks_like_database(const std::string& value) -> bool;
/// One database, or one or more files / folders. Throws Error(Usage) for a mix.
auto source_from(const std::vector<std::string>& values) -> Source;

struct Loaded {
    model::Schema schema;  ///< normalised
    std::optional<introspect::ServerInfo> server;
    std::map<model::QualifiedName, model::TableSize> sizes;  ///< live table sizes (databases only)
};
struct LoadOptions {
    /// A server where schemadiff may create and drop a scratch database: schema files with views, functions,
    /// triggers and other objects PostgreSQL keeps as definitions are run there (made inert) and read back, so that
    /// both sides of a diff are spelled by the same catalog functions. Empty: a throwaway cluster of the live
    /// server's major version that schemadiff starts itself (scratch.hpp); never the live server, unless
    /// `scratch_on_live_server`.
    std::string dev_database;
    /// Privileges are compared: schema files are read through a scratch database even when they need none, so
    /// that they get what every database has without a statement (the public schema's grants, PUBLIC's EXECUTE on
    /// functions and USAGE on types).
    bool privileges = false;
    /// Without dev_database: the scratch database may go on the server of the side that is a database.
    bool scratch_on_live_server = false;
    /// Folders searched first for PostgreSQL server binaries (for a throwaway cluster).
    std::vector<std::string> pg_bindirs;
    /// The major version of a throwaway cluster when no side is a database (default: the newest installed).
    std::optional<int> pg_major;
};

/// On SIGINT, SIGTERM or SIGHUP, drops the scratch databases in use, stops throwaway clusters and exits with 128 + the
/// signal, so that an interrupted schemadiff leaves none behind. Call once, first thing in main (before any thread
/// starts).
void clean_up_on_interrupt();
/// The signal being handled by clean_up_on_interrupt, 0 when none: then the process ends with 128 + it as soon as the
/// clean-up is done, and whatever the other threads fail with meanwhile (the clean-up closes their connections) must
/// not end it first with another exit code.
auto interrupted() -> int;

/// Parses or introspects, then normalises. Files that need a scratch database get one as LoadOptions says
/// (Error(Usage) naming the first such statement when there is none).
auto load(const Source& source, const LoadOptions& options = {}) -> Loaded;

/// Loads both sides of a migration, at the same time. Schema files that need a scratch database get it on
/// `options.dev_database`, else on a throwaway cluster of the major version of the side that is a database.
auto load_pair(const Source& from, const Source& to, LoadOptions options = {}) -> std::pair<Loaded, Loaded>;

/// A database as a declarative schema file (`schemadiff inspect`): a header comment naming it, then the statements
/// that create every object, which read back to the same model. `privileges`: with its GRANTs and default privileges.
auto inspect(const Source& database, bool privileges = false) -> std::string;

struct Migration {
    planner::Plan up;    ///< from -> to
    planner::Plan down;  ///< to -> from (the same pipeline run the other way)
};
/// Plans both directions. `options.context` describes the `from` side (its server version and table sizes); the
/// down plan starts from `to`, so its context gets `to` as the starting schema and keeps the version.
auto plan_migration(const model::Schema& from, const model::Schema& to, planner::Options options = {}) -> Migration;

/// Planner options for a migration that starts from `from`: its server version (or `pg_version` when given: a major
/// version below 1000, e.g. 15, or a server_version_num, e.g. 150004; the CLI accepts 10-99 and 100000-999999), its
/// live table sizes.
auto planner_options(const Loaded& from, std::optional<int> pg_version = std::nullopt) -> planner::Options;

struct WrittenFiles {
    std::filesystem::path up;
    std::filesystem::path down;
};
/// Renders both files, then writes them with write_files: both or neither, never over an existing file or through a
/// symlink. On any error nothing is left behind. `info.direction` is set per file.
auto write_migration(const std::filesystem::path& folder, render::MigrationInfo info, const Migration& migration,
                     const render::TemplateSet& templates) -> WrittenFiles;

/// The current UTC time as YYYYMMDDHHMMSS, the default migration version.
auto utc_version() -> std::string;

}  // namespace schemadiff::engine
