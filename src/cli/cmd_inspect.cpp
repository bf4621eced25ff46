// schemadiff inspect: print a live database as a declarative schema file that schemadiff reads back unchanged.
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli_common.hpp"
#include "schemadiff/core/error.hpp"
#include "schemadiff/engine/engine.hpp"
#include "schemadiff/engine/write_files.hpp"

namespace schemadiff::cli {

namespace {
struct InspectOptions {
    std::string db;
    std::string out;
    bool privileges = false;
};

void run_inspect(const InspectOptions& options) {
    std::string text = engine::inspect(engine::source_from({options.db}), options.privileges);
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
    cmd->add_flag("--privileges", options->privileges, "Also print GRANTs and default privileges");
    cmd->callback([options] { run_inspect(*options); });
}

void add_version_command(CLI::App& app) {
    CLI::App* cmd = app.add_subcommand("version", "Print the version");
    cmd->callback([] { std::cout << "schemadiff " << SCHEMADIFF_VERSION << "\n"; });
}

}  // namespace schemadiff::cli
