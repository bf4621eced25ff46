// schemadiff diff: print the plan between two sources (database or files, either side) without writing anything.
#include <iostream>
#include <memory>

#include "cli_common.hpp"
#include "schemadiff/engine/engine.hpp"

namespace schemadiff::cli {

namespace {
struct DiffOptions {
    std::vector<std::string> from;
    std::vector<std::string> to;
    bool exit_code = false;
    bool sql = false;
    PlanFlags plan;
};

void run_diff(const DiffOptions& options) {
    auto [from, to] = load_sides(options.plan, engine::source_from(options.from), engine::source_from(options.to));
    auto migration = engine::plan_migration(from.schema, to.schema, plan_options(options.plan, from));
    std::cout << (options.sql ? render::render_statements(migration.up) : render::render_plan_text(migration.up));
    if (options.exit_code && !migration.up.empty()) exit_code = kExitDifferences;
}
}  // namespace

void add_diff_command(CLI::App& app) {
    auto options = std::make_shared<DiffOptions>();
    CLI::App* cmd = app.add_subcommand("diff", "Print the operations that turn --from into --to");
    cmd->add_option("--from,--db", options->from, "Current state: a database URL or schema files/folders")->required();
    cmd->add_option("--to,--schema", options->to, "Desired state: a database URL or schema files/folders")->required();
    cmd->add_flag("--exit-code", options->exit_code, "Exit with 2 when there are differences");
    cmd->add_flag("--sql", options->sql, "Print only the SQL statements");
    add_plan_flags(cmd, options->plan);
    cmd->callback([options] { run_diff(*options); });
}

}  // namespace schemadiff::cli
