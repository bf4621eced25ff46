// The pipeline: sources -> models -> plans -> files.
#include "schemadiff/engine/engine.hpp"

#include "schemadiff/core/error.hpp"
#include "schemadiff/engine/check.hpp"
#include "schemadiff/engine/write_files.hpp"
#include "schemadiff/diff/diff.hpp"
#include "schemadiff/parser/parse.hpp"

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <future>
#include <fstream>
#include <mutex>
#include <pthread.h>
#include <thread>
#include <unistd.h>

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

/// The scratch databases that exist right now (name -> server), for the interrupt handler to drop.
std::mutex scratch_mutex;
std::map<std::string, std::string> scratch_in_use;

void drop_scratch(const std::string& server, const std::string& name) {
    try {
        introspect::execute(server, fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", name));
    } catch (const std::exception&) {
        // best effort: a leftover scratch database is named schemadiff_scratch_*
    }
}

/// A database created for one read and dropped afterwards, whatever happens (an interrupt included: see
/// clean_up_on_interrupt).
class ScratchDatabase {
public:
    explicit ScratchDatabase(std::string server) : server_(std::move(server)) {
        static std::atomic<int> counter = 0;  // the two sides of a diff may load at the same time
        name_ = fmt::format("schemadiff_scratch_{}_{}_{}", ::getpid(), ++counter,
                            std::chrono::steady_clock::now().time_since_epoch().count() % 1000000);
        {
            std::lock_guard lock(scratch_mutex);  // before CREATE: an interrupt in between still drops it
            scratch_in_use.emplace(name_, server_);
        }
        try {
            introspect::execute(server_, fmt::format("CREATE DATABASE {} TEMPLATE template0", name_));
        } catch (...) {
            forget();
            throw;
        }
    }
    ~ScratchDatabase() {
        drop_scratch(server_, name_);
        forget();
    }
    ScratchDatabase(const ScratchDatabase&) = delete;
    auto operator=(const ScratchDatabase&) -> ScratchDatabase& = delete;
    auto conninfo() const -> std::string { return introspect::with_database(server_, name_); }

private:
    void forget() {
        std::lock_guard lock(scratch_mutex);
        scratch_in_use.erase(name_);
    }
    std::string server_;
    std::string name_;
};

/// Runs the files' statements in a scratch database and reads it back; the parser keeps what only it knows (where
/// each object is declared, rename hints).
auto read_through_database(const parser::ParsedSchema& parsed, const std::string& server) -> model::Schema {
    ScratchDatabase scratch(server);
    std::vector<std::string> statements;
    statements.reserve(parsed.statements.size());
    for (const auto& statement : parsed.statements) statements.push_back(statement.sql);
    auto failures = introspect::run_statements(scratch.conninfo(), statements);
    if (!failures.empty()) {
        const auto& first = failures.front();
        throw Error(ErrorKind::Parse, fmt::format("{} (running the schema in a scratch database{})", first.message,
                                                  failures.size() > 1 ? fmt::format("; {} statements fail", failures.size()) : ""),
                    parsed.statements[first.index].where);
    }
    // A database loaded a moment ago has no statistics on its catalogs yet, and the planner's guesses turn the
    // dependency query into nested loops: 1.6 s after ANALYZE, minutes before, on 1,000 tables.
    introspect::execute(scratch.conninfo(),
                        "ANALYZE pg_catalog.pg_class, pg_catalog.pg_attribute, pg_catalog.pg_depend, pg_catalog.pg_type, "
                        "pg_catalog.pg_proc, pg_catalog.pg_constraint, pg_catalog.pg_rewrite, pg_catalog.pg_trigger, "
                        "pg_catalog.pg_attrdef, pg_catalog.pg_index, pg_catalog.pg_description, pg_catalog.pg_namespace");
    model::Schema schema = introspect::read_schema(scratch.conninfo(), {.table_sizes = false}).schema;
    schema.locations = parsed.schema.locations;
    schema.renamed_from = parsed.schema.renamed_from;
    return schema;
}

}  // namespace

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
        {
            std::lock_guard lock(scratch_mutex);
            for (const auto& [name, server] : scratch_in_use) drop_scratch(server, name);
        }
        std::_Exit(128 + signal);
    }).detach();
}

auto load(const Source& source, const LoadOptions& options) -> Loaded {
    Loaded loaded;
    if (source.is_database) {
        auto introspection = introspect::read_schema(source.conninfo);
        loaded.schema = std::move(introspection.schema);
        loaded.server = introspection.server;
        loaded.sizes = std::move(introspection.sizes);
    } else {
        auto parsed = parser::parse_schema_sources(source.paths);
        if (parsed.server_needed.empty() && !(options.privileges && !options.dev_database.empty())) {
            loaded.schema = std::move(parsed.schema);
        } else if (options.dev_database.empty()) {
            const Error& first = parsed.server_needed.front();
            if (first.message().find("--dev-db") != std::string::npos) throw first;
            throw Error(first.kind(),
                        first.message() + " without a scratch database: pass --dev-db (a server where schemadiff may "
                                          "create and drop a database), or compare with a live database",
                        first.where());
        } else {
            loaded.schema = read_through_database(parsed, options.dev_database);
        }
    }
    parser::normalize(loaded.schema);
    return loaded;
}

auto load_pair(const Source& from, const Source& to, LoadOptions options) -> std::pair<Loaded, Loaded> {
    if (options.dev_database.empty()) {
        if (from.is_database) options.dev_database = from.conninfo;
        else if (to.is_database) options.dev_database = to.conninfo;
    }
    // The two sides are independent, and reading one is mostly waiting for a server (a scratch database loading the
    // files, or the catalog queries): read them at the same time. The target on a second thread; if both fail, the
    // source's error is the one reported, as when they were read one after the other.
    auto second = std::async(std::launch::async, [&to, &options] { return load(to, options); });
    Loaded first;
    try {
        first = load(from, options);
    } catch (...) {
        second.wait();
        throw;
    }
    return {std::move(first), second.get()};
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
    if (ec) throw Error(ErrorKind::Io, fmt::format("cannot create output folder {}: {}", folder.string(), ec.message()));
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

auto utc_version() -> std::string { return utc_now("%Y%m%d%H%M%S"); }

auto utc_date() -> std::string { return utc_now("%Y-%m-%d"); }

}  // namespace schemadiff::engine
