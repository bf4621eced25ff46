// schemadiff cleanup: remove what an interrupted schemadiff left (scratch databases, loader roles, cluster folders).
#include <iostream>
#include <memory>

#include "cli_common.hpp"
#include "schemadiff/engine/scratch.hpp"

namespace schemadiff::cli {

namespace {
struct CleanupOptions {
    std::string db;
    bool all = false;
};

void run_cleanup(const CleanupOptions& options) {
    auto report = engine::clean_up_leftovers(options.db, options.all);
    for (const auto& name : report.dropped) std::cout << "Dropped " << name << "\n";
    for (const auto& folder : report.folders) std::cout << "Removed " << folder << "\n";
    for (const auto& name : report.kept) std::cout << "Kept " << name << "\n";
    if (report.dropped.empty() && report.folders.empty()) std::cout << "Nothing to clean up.\n";
}
}  // namespace

void add_cleanup_command(CLI::App& app) {
    auto options = std::make_shared<CleanupOptions>();
    CLI::App* cmd = app.add_subcommand(
        "cleanup",
        "Drop scratch databases and roles, and remove throwaway-cluster folders, that a killed schemadiff left");
    cmd->add_option("--db", options->db,
                    "A server to clean (its schemadiff_scratch_* databases and schemadiff_loader_* roles); without it, "
                    "only the local throwaway-cluster folders");
    cmd->add_flag("--all", options->all,
                  "Also drop those whose schemadiff still runs on this machine or that are less than an hour old");
    cmd->callback([options] { run_cleanup(*options); });
}

}  // namespace schemadiff::cli
