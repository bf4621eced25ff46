// The planning flags of generate, diff and check: target version, safe rewrites, timeouts, size thresholds.
#include <fmt/format.h>

#include <functional>

#include "cli_common.hpp"
#include "schemadiff/core/error.hpp"
#include "schemadiff/core/quantity.hpp"

namespace schemadiff::cli {

namespace {

/// A CLI11 transform from one of core/quantity's parsers: the value is replaced by its normalised spelling, and an
/// invalid one is a ValidationError (exit 105) saying what is wrong.
auto quantity(std::function<std::string(const std::string&)> normalise, std::string description) -> CLI::Validator {
    return CLI::Validator(
        [normalise = std::move(normalise)](std::string& value) -> std::string {
            try {
                value = normalise(value);
                return {};
            } catch (const Error& failure) {
                return failure.message();
            }
        },
        std::move(description));
}

const CLI::Validator kTimeout = quantity([](const std::string& text) { return normalize_timeout(text); }, "DURATION");
const CLI::Validator kSize = quantity([](const std::string& text) { return std::to_string(parse_size(text)); }, "SIZE");
const CLI::Validator kCount =
    quantity([](const std::string& text) { return std::to_string(parse_count(text)); }, "COUNT");
/// A major version (10 to 99) or a server_version_num (100000 to 999999, e.g. 150004); see engine::planner_options.
const CLI::Validator kPgVersion = quantity(
    [](const std::string& text) {
        int64_t version = -1;
        try {
            version = parse_count(text);
        } catch (const Error&) {
        }
        if (!((version >= 10 && version <= 99) || (version >= 100000 && version <= 999999))) {
            throw Error(ErrorKind::Usage,
                        "a PostgreSQL version is a major version from 10 to 99 (15) or a "
                        "server_version_num from 100000 to 999999 (150004)");
        }
        return std::to_string(version);
    },
    "VERSION");

}  // namespace

void add_plan_flags(CLI::App* command, PlanFlags& flags) {
    command
        ->add_option("--pg-version", flags.pg_version,
                     "Target PostgreSQL version for the safety rules, 10 to 99 or a server_version_num such as 150004 "
                     "(default: the database's, else 15)")
        ->transform(kPgVersion);
    command->add_flag("--no-safe-rewrites", flags.no_safe_rewrites,
                      "Emit plain statements instead of online forms (CONCURRENTLY, NOT VALID + VALIDATE, ...)");
    // Durations as PostgreSQL reads them (us, ms, s, min, h, d; 0 is off), written back normalised into SET LOCAL.
    command->add_option("--lock-timeout", flags.lock_timeout, "lock_timeout set before every group")
        ->transform(kTimeout)
        ->capture_default_str();
    command->add_option("--statement-timeout", flags.statement_timeout, "statement_timeout of catalog-only groups")
        ->transform(kTimeout)
        ->capture_default_str();
    command
        ->add_option("--long-statement-timeout", flags.long_statement_timeout,
                     "statement_timeout of groups that scan, build or rewrite")
        ->transform(kTimeout)
        ->capture_default_str();
    command->add_option("--small-rows", flags.small_rows, "A table below this many rows (and --small-bytes) is small")
        ->transform(kCount)
        ->capture_default_str();
    command
        ->add_option("--small-bytes", flags.small_bytes,
                     "A table below this size (and --small-rows) is small; bytes, or with a unit (kB, MB, GB, TB)")
        ->transform(kSize)
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
    return engine::load_pair(
        from, to,
        engine::LoadOptions{flags.dev_db, flags.privileges, flags.scratch_on_live_server, flags.pg_bindirs, major});
}

auto plan_options(const PlanFlags& flags, const engine::Loaded& from) -> planner::Options {
    planner::Options options = engine::planner_options(from, flags.pg_version);
    options.safe_rewrites = !flags.no_safe_rewrites;
    options.lock_timeout = flags.lock_timeout;
    options.statement_timeout = flags.statement_timeout;
    options.long_statement_timeout = flags.long_statement_timeout;
    options.context.thresholds = {static_cast<double>(flags.small_rows), flags.small_bytes};
    options.privileges = flags.privileges;
    return options;
}

}  // namespace schemadiff::cli
