// The pipeline: sources -> models -> plans -> files.
#include "schemadiff/engine/engine.hpp"

#include "schemadiff/core/error.hpp"
#include "schemadiff/engine/check.hpp"
#include "schemadiff/diff/diff.hpp"
#include "schemadiff/parser/parse.hpp"

#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <fstream>
#include <unistd.h>

namespace schemadiff::engine {

auto looks_like_database(const std::string& value) -> bool {
    if (value.rfind("postgres://", 0) == 0 || value.rfind("postgresql://", 0) == 0) return true;
    std::error_code ec;
    return value.find('=') != std::string::npos && !std::filesystem::exists(value, ec);
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

auto load(const Source& source) -> Loaded {
    Loaded loaded;
    if (source.is_database) {
        auto introspection = introspect::read_schema(source.conninfo);
        loaded.schema = std::move(introspection.schema);
        loaded.server = introspection.server;
        loaded.sizes = std::move(introspection.sizes);
    } else {
        loaded.schema = parser::parse_schema_paths(source.paths);
    }
    parser::normalize(loaded.schema);
    return loaded;
}

auto plan_migration(const model::Schema& from, const model::Schema& to, planner::Options options) -> Migration {
    Migration migration;
    options.context.before = &from;
    migration.up = planner::make_plan(diff::compare(from, to), options);
    options.context.before = &to;
    options.context.sizes.clear();  // the down migration runs on the migrated database: sizes are not known
    migration.down = planner::make_plan(diff::compare(to, from), options);
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

namespace {
void write_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) throw Error(ErrorKind::Io, fmt::format("cannot write {}", path.string()));
}
}  // namespace

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
    for (const auto& path : {files.up, files.down}) {
        if (std::filesystem::exists(path, ec)) {
            throw Error(ErrorKind::Io, fmt::format("{} already exists; choose another --name or --version", path.string()));
        }
    }
    std::string suffix = fmt::format(".tmp.{}", ::getpid());
    std::filesystem::path up_tmp = files.up.string() + suffix, down_tmp = files.down.string() + suffix;
    try {
        write_file(up_tmp, up_text);
        write_file(down_tmp, down_text);
        std::filesystem::rename(up_tmp, files.up);
        std::filesystem::rename(down_tmp, files.down);
    } catch (...) {
        std::filesystem::remove(up_tmp, ec);
        std::filesystem::remove(down_tmp, ec);
        if (std::filesystem::exists(files.down, ec) == false) std::filesystem::remove(files.up, ec);
        throw;
    }
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
