// The planning flags of generate, diff and check: target version, safe rewrites, timeouts, size thresholds.
#include "cli_common.hpp"

namespace schemadiff::cli {

void add_plan_flags(CLI::App* command, PlanFlags& flags) {
    command->add_option("--pg-version", flags.pg_version,
                        "Target PostgreSQL major version for the safety rules (default: the database's, else 15)");
    command->add_flag("--no-safe-rewrites", flags.no_safe_rewrites,
                      "Emit plain statements instead of online forms (CONCURRENTLY, NOT VALID + VALIDATE, ...)");
    command->add_option("--lock-timeout", flags.lock_timeout, "lock_timeout set before every group")->capture_default_str();
    command->add_option("--statement-timeout", flags.statement_timeout, "statement_timeout of catalog-only groups")
        ->capture_default_str();
    command->add_option("--long-statement-timeout", flags.long_statement_timeout,
                        "statement_timeout of groups that scan, build or rewrite")
        ->capture_default_str();
    command->add_option("--small-rows", flags.small_rows, "A table below this many rows (and --small-bytes) is small")
        ->capture_default_str();
    command->add_option("--small-bytes", flags.small_bytes, "A table below this size (and --small-rows) is small")
        ->capture_default_str();
    add_scratch_flags(command, flags);
    command->add_flag("--privileges", flags.privileges,
                      "Also compare privileges (GRANT / REVOKE, ALTER DEFAULT PRIVILEGES); off: they are left alone");
}

void add_scratch_flags(CLI::App* command, PlanFlags& flags) {
    command->add_option("--dev-db", flags.dev_db,
                        "A server where schemadiff may create and drop a scratch database, to read schema files with "
                        "views, functions, triggers, policies, domains, partitions... (default: a throwaway PostgreSQL "
                        "of the live server's major version that schemadiff starts from the installed binaries)");
    command->add_flag("--scratch-on-live-server", flags.scratch_on_live_server,
                      "Without --dev-db, create the scratch database on the server of the side that is a database "
                      "instead of a throwaway one. RISK: the schema files (a pull request's code) are then run on that "
                      "server - made inert and as a role without superuser rights, but on production");
    command->add_option("--pg-bindir", flags.pg_bindirs,
                        "A folder of PostgreSQL server binaries (initdb, postgres) for the throwaway scratch server; "
                        "searched before SCHEMADIFF_PG_BINDIR and the usual install places");
}

auto load_sides(const PlanFlags& flags, const engine::Source& from, const engine::Source& to)
    -> std::pair<engine::Loaded, engine::Loaded> {
    std::optional<int> major;
    if (flags.pg_version) major = *flags.pg_version >= 1000 ? *flags.pg_version / 10000 : *flags.pg_version;
    return engine::load_pair(from, to,
                             engine::LoadOptions{flags.dev_db, flags.privileges, flags.scratch_on_live_server,
                                                 flags.pg_bindirs, major});
}

auto plan_options(const PlanFlags& flags, const engine::Loaded& from) -> planner::Options {
    planner::Options options = engine::planner_options(from, flags.pg_version);
    options.safe_rewrites = !flags.no_safe_rewrites;
    options.lock_timeout = flags.lock_timeout;
    options.statement_timeout = flags.statement_timeout;
    options.long_statement_timeout = flags.long_statement_timeout;
    options.context.thresholds = {flags.small_rows, flags.small_bytes};
    options.privileges = flags.privileges;
    return options;
}

}  // namespace schemadiff::cli
