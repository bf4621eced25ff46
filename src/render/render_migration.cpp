// Migration files and plan text.
#include "schemadiff/render/render.hpp"

#include "schemadiff/core/error.hpp"
#include "schemadiff_templates.hpp"

#include <fmt/format.h>
#include <kainjow/mustache.hpp>

#include <fstream>
#include <sstream>

namespace schemadiff::render {

namespace {
using kainjow::mustache::data;
using kainjow::mustache::mustache;

auto step_data(const planner::Step& step, size_t number) -> data {
    data out;
    out.set("number", std::to_string(number));
    out.set("kind", std::string(model::kind_name(step.operation)));
    out.set("subject", model::subject(step.operation));
    data statements{data::type::list};
    for (const auto& sql : step.sql) {
        data statement;
        statement.set("sql", sql);
        statements.push_back(statement);
    }
    out.set("statements", statements);
    return out;
}
}  // namespace

auto TemplateSet::embedded() -> TemplateSet {
    TemplateSet set;
    for (const auto& [path, text] : embedded::kAll) set.templates_[std::string(path)] = std::string(text);
    return set;
}

auto TemplateSet::with_overrides(const std::filesystem::path& folder) -> TemplateSet {
    TemplateSet set = embedded();
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
        throw Error(ErrorKind::Usage, fmt::format("template folder {} does not exist", folder.string()));
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".mustache") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        set.templates_[std::filesystem::relative(entry.path(), folder).generic_string()] = text.str();
    }
    return set;
}

auto TemplateSet::get(const std::string& path) const -> const std::string& {
    auto it = templates_.find(path);
    if (it == templates_.end()) throw Error(ErrorKind::Render, fmt::format("no template {}", path));
    return it->second;
}

auto TemplateSet::paths() const -> std::vector<std::string> {
    std::vector<std::string> out;
    for (const auto& [path, text] : templates_) out.push_back(path);
    return out;
}

auto render_migration(const planner::Plan& plan, const MigrationInfo& info, const TemplateSet& templates,
                      const std::string& format) -> std::string {
    std::string path = format + "/migration.sql.mustache";
    mustache tmpl(templates.get(path));
    if (!tmpl.is_valid()) throw Error(ErrorKind::Render, fmt::format("template {}: {}", path, tmpl.error_message()));
    data root;
    root.set("name", info.name);
    root.set("version", info.version);
    root.set("direction", info.direction);
    root.set("source", info.source);
    root.set("target", info.target);
    root.set("tool_version", info.tool_version);
    root.set("operation_count", std::to_string(plan.size()));
    data operations{data::type::list}, before{data::type::list}, steps{data::type::list};
    size_t number = 0;
    for (const auto& step : plan.before_transaction) {
        before.push_back(step_data(step, ++number));
        operations.push_back(step_data(step, number));
    }
    for (const auto& step : plan.transactional) {
        steps.push_back(step_data(step, ++number));
        operations.push_back(step_data(step, number));
    }
    root.set("operations", operations);
    root.set("before", before);
    root.set("steps", steps);
    root.set("has_before", plan.before_transaction.empty() ? data::type::bool_false : data::type::bool_true);
    root.set("has_steps", plan.transactional.empty() ? data::type::bool_false : data::type::bool_true);
    tmpl.set_custom_escape([](const std::string& text) { return text; });  // SQL, not HTML
    std::string out = tmpl.render(root);
    if (!tmpl.is_valid()) throw Error(ErrorKind::Render, fmt::format("template {}: {}", path, tmpl.error_message()));
    return out;
}

auto render_plan_text(const planner::Plan& plan) -> std::string {
    if (plan.empty()) return "No changes.\n";
    std::string out = fmt::format("{} operation(s):\n", plan.size());
    size_t number = 0;
    auto add = [&](const planner::Step& step, const char* note) {
        out += fmt::format("\n{:>3}. {} {}{}\n", ++number, model::kind_name(step.operation),
                           model::subject(step.operation), note);
        for (const auto& sql : step.sql) {
            std::string indented = "     ";
            for (char c : sql) {
                indented += c;
                if (c == '\n') indented += "     ";
            }
            out += indented + ";\n";
        }
    };
    for (const auto& step : plan.before_transaction) add(step, "  (outside the transaction)");
    for (const auto& step : plan.transactional) add(step, "");
    return out;
}

auto render_statements(const planner::Plan& plan) -> std::string {
    std::string out;
    for (const auto* steps : {&plan.before_transaction, &plan.transactional}) {
        for (const auto& step : *steps) {
            for (const auto& sql : step.sql) out += sql + ";\n\n";
        }
    }
    return out;
}

}  // namespace schemadiff::render
