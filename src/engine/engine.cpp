// The pipeline: sources -> models -> plans -> files.
#include "schemadiff/engine/engine.hpp"

#include <fmt/format.h>
#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <future>
#include <mutex>
#include <thread>

#include "schemadiff/core/error.hpp"
#include "schemadiff/core/escape.hpp"
#include "schemadiff/diff/diff.hpp"
#include "schemadiff/engine/check.hpp"
#include "schemadiff/engine/scratch.hpp"
#include "schemadiff/engine/write_files.hpp"
#include "schemadiff/parser/parse.hpp"

namespace schemadiff::engine {

auto looks_like_database(const std::string& value) -> bool {
    if (value.rfind("postgres://", 0) == 0 || value.rfind("postgresql://", 0) == 0) return true;
    // key=value pairs, or a URL with a misspelt scheme and credentials (refused later without being quoted: it may
    // hold a password), unless a file of that name exists.
    bool url_like = introspect::has_url_scheme(value) && value.find('@') != std::string::npos;
    std::error_code ec;
    return (value.find('=') != std::string::npos || url_like) && !std::filesystem::exists(value, ec);
}

auto source_from(const std::vector<std::string>& values) -> Source {
    Source source;
    if (values.empty()) throw Error(ErrorKind::Usage, "a schema source is missing");
    for (const auto& value : values) {
        if (looks_like_database(value)) {
            if (values.size() != 1) {
                throw Error(ErrorKind::Usage, "a source is either one database or schema files, not both");
            }
            source.is_database = true;
            source.conninfo = value;
        } else {
            source.paths.emplace_back(value);
        }
    }
    return source;
}

auto Source::describe() const -> std::string {
    if (is_database) return "database " + introspect::describe_target(conninfo);
    std::string out;
    for (const auto& path : paths) out += (out.empty() ? "" : ", ") + path.string();
    return out;
}

namespace {
std::atomic<int> interrupt_signal = 0;
}  // namespace

auto interrupted() -> int {
    return interrupt_signal;
}

void clean_up_on_interrupt() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGHUP);
    // Blocked here, in the main thread, before any other starts: every thread inherits the mask, and only the
    // watcher below receives them (sigwait), where dropping a database is allowed (it is not in a signal handler).
    if (pthread_sigmask(SIG_BLOCK, &signals, nullptr) != 0) return;
    std::thread([signals] {
        int signal = 0;
        if (sigwait(&signals, &signal) != 0) return;
        interrupt_signal = signal;  // before the clean-up makes the other threads fail
        drop_all_scratch();
        std::_Exit(128 + signal);
    }).detach();
}

namespace {

auto scratch_policy(const LoadOptions& options) -> ScratchPolicy {
    return ScratchPolicy{options.dev_database, options.scratch_on_live_server, options.pg_bindirs, options.pg_major};
}

auto load_with(const Source& source, const LoadOptions& options, ScratchServer& scratch) -> Loaded {
    Loaded loaded;
    if (source.is_database) {
        auto introspection = read_database(source.conninfo);
        loaded.schema = std::move(introspection.schema);
        loaded.server = introspection.server;
        loaded.sizes = std::move(introspection.sizes);
    } else {
        auto parsed = parser::parse_schema_sources(source.paths);
        // Privileges: files get what every database has without a statement (public's grants, PUBLIC's EXECUTE on
        // functions) only from a database.
        if (parsed.server_needed.empty() && !options.privileges) {
            loaded.schema = std::move(parsed.schema);
        } else {
            try {
                loaded.schema = read_through_scratch(parsed, scratch);
            } catch (const Error& failure) {
                if (failure.kind() != ErrorKind::Usage || parsed.server_needed.empty()) throw;
                // No scratch server: say which statement needed one ("VIEW is read through a scratch database").
                const Error& first = parsed.server_needed.front();
                throw Error(ErrorKind::Usage,
                            fmt::format("{}, and none could be had: {}", first.message(), failure.message()),
                            first.where());
            }
        }
    }
    parser::normalize(loaded.schema);
    return loaded;
}

}  // namespace

auto load(const Source& source, const LoadOptions& options) -> Loaded {
    ScratchServer scratch(scratch_policy(options), source.is_database ? std::optional(source.conninfo) : std::nullopt);
    return load_with(source, options, scratch);
}

auto load_pair(const Source& from, const Source& to, LoadOptions options) -> std::pair<Loaded, Loaded> {
    std::optional<std::string> live;
    if (from.is_database)
        live = from.conninfo;
    else if (to.is_database)
        live = to.conninfo;
    ScratchServer scratch(scratch_policy(options), live);
    // The two sides are independent, and reading one is mostly waiting for a server (a scratch database loading the
    // files, or the catalog queries): read them at the same time. The target on a second thread; if both fail, the
    // source's error is the one reported, as when they were read one after the other.
    auto second = std::async(std::launch::async, [&] { return load_with(to, options, scratch); });
    Loaded first;
    try {
        first = load_with(from, options, scratch);
    } catch (...) {
        second.wait();
        throw;
    }
    return {std::move(first), second.get()};
}

auto inspect(const Source& database, bool privileges) -> std::string {
    auto loaded = load(database);
    auto plan = planner::make_plan(diff::compare(model::Schema{}, loaded.schema, diff::CompareOptions{privileges}),
                                   planner::Options{.safe_rewrites = false, .privileges = privileges});
    std::string header = fmt::format("Schema of {} (PostgreSQL {}), written by schemadiff {}", database.describe(),
                                     loaded.server ? loaded.server->version : "?", SCHEMADIFF_VERSION);
    return "-- " + escape_text(header) + "\n\n" + render::render_statements(plan);  // a name may hold a line break
}

auto plan_migration(const model::Schema& from, const model::Schema& to, planner::Options options) -> Migration {
    Migration migration;
    diff::CompareOptions compare{options.privileges};
    // Renames asked for in the target's files run first; the rest compares the schema as it is after them.
    auto renames = diff::find_renames(from, to);
    auto after_renames = [](const model::Schema& schema, const std::vector<diff::Rename>& which) {
        model::Schema renamed = schema;
        diff::apply_renames(renamed, which);
        parser::normalize(renamed);
        return renamed;
    };
    auto operations = [&](const model::Schema& start, const model::Schema& renamed, const model::Schema& end,
                          const std::vector<diff::Rename>& which) {
        auto ops = diff::rename_operations(which, start);
        auto rest = diff::compare(renamed, end, compare);
        ops.insert(ops.end(), std::make_move_iterator(rest.begin()), std::make_move_iterator(rest.end()));
        return ops;
    };
    model::Schema from_renamed = renames.empty() ? model::Schema{} : after_renames(from, renames);
    const model::Schema& up_start = renames.empty() ? from : from_renamed;
    options.context.before = &up_start;
    options.context.after = &to;
    migration.up = planner::make_plan(operations(from, up_start, to, renames), options);
    auto back = diff::invert(renames);
    model::Schema to_renamed = back.empty() ? model::Schema{} : after_renames(to, back);
    const model::Schema& down_start = back.empty() ? to : to_renamed;
    options.context.before = &down_start;
    options.context.after = &from;
    options.context.sizes.clear();  // the down migration runs on the migrated database: sizes are not known
    migration.down = planner::make_plan(operations(to, down_start, from, back), options);
    for (auto& group : migration.down.groups) {
        for (auto& step : group.steps) step.verdict.down = safety::down_loss(step.operation);
    }
    return migration;
}

auto planner_options(const Loaded& from, std::optional<int> pg_version) -> planner::Options {
    planner::Options options;
    if (from.server) options.context.server_version = from.server->version_num;
    if (pg_version) options.context.server_version = *pg_version < 1000 ? *pg_version * 10000 : *pg_version;
    options.context.sizes = from.sizes;
    return options;
}

auto write_migration(const std::filesystem::path& folder, render::MigrationInfo info, const Migration& migration,
                     const render::TemplateSet& templates) -> WrittenFiles {
    // Render everything first: a template error must not leave one file written and the other not.
    info.direction = "up";
    std::string up_text = render::render_migration(migration.up, info, templates);
    render::MigrationInfo down_info = info;
    down_info.direction = "down";
    std::swap(down_info.source, down_info.target);
    std::string down_text = render::render_migration(migration.down, down_info, templates);

    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        throw Error(ErrorKind::Io, fmt::format("cannot create output folder {}: {}", folder.string(), ec.message()));
    std::string stem = info.version + "_" + info.name;
    WrittenFiles files{folder / (stem + ".up.sql"), folder / (stem + ".down.sql")};
    // Both names are taken exclusively, or neither: of two runs with the same name and version, one writes both
    // files and the other fails.
    write_files(folder, {{stem + ".up.sql", up_text}, {stem + ".down.sql", down_text}},
                {.replace = false, .if_exists = "choose another --name or --version"});
    return files;
}

namespace {
auto utc_now(const char* format) -> std::string {
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, format, &utc);
    return buffer;
}
}  // namespace

auto utc_version() -> std::string {
    return utc_now("%Y%m%d%H%M%S");
}

auto utc_date() -> std::string {
    return utc_now("%Y-%m-%d");
}

}  // namespace schemadiff::engine
