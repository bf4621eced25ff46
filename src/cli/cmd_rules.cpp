// schemadiff rules: print the safety rule catalogue (docs/rules.md is this command's markdown output).
#include <iostream>
#include <memory>

#include "cli_common.hpp"
#include "schemadiff/render/rules.hpp"

namespace schemadiff::cli {

void add_rules_command(CLI::App& app) {
    auto format = std::make_shared<std::string>("markdown");
    CLI::App* cmd = app.add_subcommand("rules", "Print the safety rules: id, class, lock, effect, safe alternative");
    cmd->add_option("--format", *format, "markdown (docs/rules.md) or json")
        ->check(CLI::IsMember({"markdown", "json"}))
        ->capture_default_str();
    cmd->callback([format] {
        const auto& rules = safety::catalogue();
        std::cout << (*format == "json" ? render::render_rules_json(rules) : render::render_rules_markdown(rules));
    });
}

}  // namespace schemadiff::cli
