// Internal to the engine: a throwaway PostgreSQL cluster that schemadiff starts itself, so that schema files are
// never run on the server of the database they are compared with.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace schemadiff::engine {

/// A folder of PostgreSQL server binaries (initdb, postgres) and the major version they are.
struct ServerBinaries {
    std::filesystem::path folder;
    int major = 0;
};

/// The folders searched for server binaries, in order: `hints` (--pg-bindir), SCHEMADIFF_PG_BINDIR (folders
/// separated by ':'), then the usual install places (/usr/lib/postgresql/<N>/bin, /usr/pgsql-<N>/bin,
/// /usr/local/pgsql/bin, Homebrew's, PATH).
auto find_server_binaries(int major, const std::vector<std::string>& hints) -> std::optional<ServerBinaries>;
/// The newest major version found in those places.
auto newest_server_binaries(const std::vector<std::string>& hints) -> std::optional<ServerBinaries>;

/// initdb in a new private folder under the temporary directory, a server on a Unix socket in that folder only (no
/// TCP), fsync off; stopped and removed when the object goes, and by stop_all_clusters() (the interrupt handler).
/// If schemadiff is killed outright, the server gets SIGQUIT (parent-death signal) and stops; the folder is left for
/// `schemadiff cleanup`. As root, the server runs as the `postgres` user (PostgreSQL refuses to run as root).
class LocalCluster {
public:
    /// `superuser`: the name of the cluster's bootstrap superuser (the role schema files are loaded for).
    static auto start(const ServerBinaries& binaries, const std::string& superuser) -> std::unique_ptr<LocalCluster>;
    ~LocalCluster();
    LocalCluster(const LocalCluster&) = delete;
    auto operator=(const LocalCluster&) -> LocalCluster& = delete;

    /// libpq connection string for the bootstrap superuser and database `postgres`.
    auto conninfo() const -> std::string;
    auto folder() const -> const std::filesystem::path& { return folder_; }

private:
    LocalCluster() = default;
    std::filesystem::path folder_;
    std::string superuser_;
    pid_t server_ = -1;
};

/// Stops every running LocalCluster at once (SIGQUIT, then removes the folders): for the interrupt handler.
void stop_all_clusters();

/// Folders of clusters whose server is gone (schemadiff was killed), under the temporary directory: removed; returns
/// them. Folders of running servers are left alone.
auto remove_stale_cluster_folders() -> std::vector<std::filesystem::path>;

}  // namespace schemadiff::engine
