// schemadiff inspect: print a live database as a declarative schema file that schemadiff reads back unchanged.
#include "cli_common.hpp"
#include "schemadiff/core/error.hpp"
#include "schemadiff/core/escape.hpp"
#include "schemadiff/diff/diff.hpp"
#include "schemadiff/engine/engine.hpp"
#include "schemadiff/engine/write_files.hpp"

#include <fmt/format.h>

#include <iostream>
#include <memory>

namespace schemadiff::cli {

namespace {
struct InspectOptions {
    std::string db;
    std::string out;
};

void run_inspect(const InspectOptions& options) {
    engine::Source source = engine::source_from({options.db});
    auto loaded = engine::load(source);
    auto plan = planner::make_plan(diff::compare(model::Schema{}, loaded.schema), planner::Options{.safe_rewrites = false});
    std::string header = fmt::format("Schema of {} (PostgreSQL {}), written by schemadiff {}", source.describe(),
                                     loaded.server ? loaded.server->version : "?", SCHEMADIFF_VERSION);
    std::string text = "-- " + escape_text(header) + "\n\n";  // a database name may hold a line break
    text += render::render_statements(plan);
    if (options.out.empty()) {
        std::cout << text;
        return;
    }
    // Replaced in one step (a file or a symlink at that name; never a folder, never through the link).
    std::filesystem::path out = options.out;
    if (!out.has_filename() || out.filename() == "." || out.filename() == "..") {
        throw schemadiff::Error(schemadiff::ErrorKind::Usage,
                                fmt::format("--out {}: name a file, not a folder", options.out));
    }
    engine::write_files(out.parent_path(), {{out.filename().string(), text}}, {.replace = true});
}
}  // namespace

void add_inspect_command(CLI::App& app) {
    auto options = std::make_shared<InspectOptions>();
    CLI::App* cmd = app.add_subcommand("inspect", "Print the database schema as declarative SQL");
    cmd->add_option("--db", options->db, "The database (URL, key=value, or '' for PG* variables)")->required();
    cmd->add_option("--out", options->out, "Write to this file instead of standard output");
    cmd->callback([options] { run_inspect(*options); });
}

void add_version_command(CLI::App& app) {
    CLI::App* cmd = app.add_subcommand("version", "Print the version");
    cmd->callback([] { std::cout << "schemadiff " << SCHEMADIFF_VERSION << "\n"; });
}

}  // namespace schemadiff::cli
