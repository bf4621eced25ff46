// schemadiff generate: write <version>_<name>.up.sql and .down.sql that take the database to the schema files.
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli_common.hpp"
#include "schemadiff/core/error.hpp"
#include "schemadiff/engine/engine.hpp"

namespace schemadiff::cli {

namespace {
struct GenerateOptions {
    std::string db;
    std::vector<std::string> schema;
    std::string out = "migrations";
    std::string name = "migration";
    std::string version;
    std::string templates;
    PlanFlags plan;
};

auto valid_name(const std::string& name) -> bool {
    if (name.empty()) return false;
    for (char c : name) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-')) return false;
    }
    return true;
}

void run_generate(const GenerateOptions& options) {
    if (!valid_name(options.name)) {
        throw schemadiff::Error(schemadiff::ErrorKind::Usage, "--name may contain only letters, digits, '_' and '-'");
    }
    std::string version = options.version.empty() ? engine::utc_version() : options.version;
    if (!valid_name(version))
        throw schemadiff::Error(schemadiff::ErrorKind::Usage,
                                "--version may contain only letters, digits, '_' and '-'");
    auto templates = options.templates.empty() ? render::TemplateSet::embedded()
                                               : render::TemplateSet::with_overrides(options.templates);
    engine::Source from = engine::source_from({options.db});
    if (!from.is_database)
        throw schemadiff::Error(schemadiff::ErrorKind::Usage, "--db must be a database connection string");
    engine::Source to = engine::source_from(options.schema);
    auto [current, target] = load_sides(options.plan, from, to);
    auto migration = engine::plan_migration(current.schema, target.schema, plan_options(options.plan, current));
    if (migration.up.empty()) {
        std::cout << "No changes: the database already matches the schema. Nothing written.\n";
        return;
    }
    render::MigrationInfo info{options.name, version, "up", from.describe(), to.describe(), SCHEMADIFF_VERSION};
    auto files = engine::write_migration(options.out, info, migration, templates);
    std::cout << render::render_plan_text(migration.up);
    std::cout << fmt::format("\nWrote {}\n      {}\n", files.up.string(), files.down.string());
}
}  // namespace

void add_generate_command(CLI::App& app) {
    auto options = std::make_shared<GenerateOptions>();
    CLI::App* cmd = app.add_subcommand("generate", "Write up and down migration files for the differences");
    cmd->add_option("--db", options->db, "The current database (URL, key=value, or '' for PG* variables)")->required();
    cmd->add_option("--schema", options->schema, "Schema file or folder of .sql files (repeatable)")->required();
    cmd->add_option("--out", options->out, "Output folder")->capture_default_str();
    cmd->add_option("--name", options->name, "Migration name")->capture_default_str();
    cmd->add_option("--version", options->version, "Migration version (default: UTC timestamp YYYYMMDDHHMMSS)");
    cmd->add_option("--templates", options->templates, "Folder of templates overriding the built-in ones");
    add_plan_flags(cmd, options->plan);
    cmd->callback([options] { run_generate(*options); });
}

}  // namespace schemadiff::cli
