// Internal to the CLI: each command registers itself on the app; run_* returns the exit code.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "schemadiff/engine/engine.hpp"

namespace schemadiff::cli {

/// Exit codes (README "Exit codes"); CLI11 owns 100-127.
constexpr int kExitOk = 0;
constexpr int kExitError = 1;
constexpr int kExitDifferences = 2;
constexpr int kExitDangerous = 3;  ///< check: unacknowledged findings at or above --fail-on

/// Set by a command's callback; main returns it.
inline int exit_code = kExitOk;

/// Planning options shared by generate, diff and check.
struct PlanFlags {
    std::optional<int> pg_version;  ///< validated: 10 to 99, or 100000 to 999999
    bool no_safe_rewrites = false;
    std::string lock_timeout = "2s";
    std::string statement_timeout = "5s";
    std::string long_statement_timeout = "1h";
    int64_t small_rows = 1000;
    int64_t small_bytes = 10 * 1024 * 1024;
    std::string dev_db;                   ///< scratch-database server for schema files with views, functions, ...
    bool scratch_on_live_server = false;  ///< the live server may hold the scratch database (opt-in)
    std::vector<std::string> pg_bindirs;  ///< where to look first for server binaries of a throwaway cluster
    bool privileges = false;              ///< compare GRANT / REVOKE and default privileges
};
/// The scratch-database flags (--dev-db, --scratch-on-live-server, --pg-bindir), also used by `check`.
void add_scratch_flags(CLI::App* command, PlanFlags& flags);
void add_plan_flags(CLI::App* command, PlanFlags& flags);
/// Planner options for a migration starting from `from` (server version and sizes when it is a database).
auto plan_options(const PlanFlags& flags, const engine::Loaded& from) -> planner::Options;
/// Loads both sides; schema files that need a scratch database get it as the scratch flags say (engine/scratch.hpp).
auto load_sides(const PlanFlags& flags, const engine::Source& from, const engine::Source& to)
    -> std::pair<engine::Loaded, engine::Loaded>;

void add_generate_command(CLI::App& app);
void add_diff_command(CLI::App& app);
void add_check_command(CLI::App& app);
void add_inspect_command(CLI::App& app);
void add_version_command(CLI::App& app);
void add_rules_command(CLI::App& app);
void add_cleanup_command(CLI::App& app);

}  // namespace schemadiff::cli
