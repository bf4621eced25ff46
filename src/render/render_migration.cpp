// Migration files and plan text.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <kainjow/mustache.hpp>
#include <map>
#include <sstream>

#include "schemadiff/core/error.hpp"
#include "schemadiff/core/escape.hpp"
#include "schemadiff/render/render.hpp"
#include "schemadiff_templates.hpp"
#include "text.hpp"

namespace schemadiff::render {

namespace {
using kainjow::mustache::data;
using kainjow::mustache::mustache;

/// kainjow reports a character offset ("Unclosed section \"steps\" at 12"); people need the line.
auto template_error(const std::string& path, const std::string& text, std::string message) -> Error {
    auto at = message.rfind(" at ");
    int line = 0;
    if (at != std::string::npos && message.find_first_not_of("0123456789", at + 4) == std::string::npos &&
        at + 4 < message.size()) {
        size_t offset = std::min<size_t>(std::stoul(message.substr(at + 4)), text.size());
        line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
        message.resize(at);
    }
    return Error(ErrorKind::Render, line > 0 ? fmt::format("template {}:{}: {}", path, line, message)
                                             : fmt::format("template {}: {}", path, message));
}

// What the template sees. Every value but SQL is text from a database, a file or the command line that the template
// prints into a `--` comment, so it is escaped here, where the data is built (escape_text: a newline in a name would
// end the comment and run the rest as SQL), and the template's own escape is switched off: `{{x}}` and `{{{x}}}`
// print the same safe text. Only statements and the timeouts (validated options) are SQL: sql_value().

/// Comment text, escaped: the only way a string enters the template data, but for sql_value().
auto text_value(std::string_view text) -> data {
    return data(escape_text(text));
}

/// SQL that the template prints as SQL, outside comments: statements built by ddl with every name quoted.
auto sql_value(const std::string& sql) -> data {
    return data(sql);
}

auto step_data(const planner::Step& step, size_t number, bool down) -> data {
    const safety::Verdict& verdict = step.verdict;
    data out;
    out.set("number", text_value(std::to_string(number)));
    out.set("kind", text_value(model::kind_name(step.operation)));
    out.set("subject", text_value(model::subject(step.operation)));
    out.set("severity", text_value(upper(safety::severity_name(verdict.severity))));
    out.set("rule", text_value(verdict.rule));
    out.set("lock", text_value(lock_text(verdict)));
    out.set("effect", text_value(safety::effect_name(verdict.effect)));
    std::string reason = verdict.reason;
    for (const auto& condition : verdict.conditions) reason += "; " + condition;
    out.set("reason", text_value(reason));
    if (down) out.set("restores", text_value(safety::down_loss_name(verdict.down)));
    data statements{data::type::list};
    for (const auto& sql : step.sql) {
        data statement;
        statement.set("sql", sql_value(sql));
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
    if (!tmpl.is_valid()) throw template_error(path, templates.get(path), tmpl.error_message());
    data root;
    root.set("name", text_value(info.name));
    root.set("version", text_value(info.version));
    root.set("direction", text_value(info.direction));
    root.set("source", text_value(info.source));
    root.set("target", text_value(info.target));
    root.set("tool_version", text_value(info.tool_version));
    root.set("operation_count", text_value(std::to_string(plan.size())));
    std::map<safety::Severity, size_t> counts;
    data operations{data::type::list}, groups{data::type::list};
    size_t number = 0;
    bool down = info.direction == "down";
    bool standalone = false;
    for (const auto& group : plan.groups) {
        data group_data;
        group_data.set("transactional", group.transactional ? data::type::bool_true : data::type::bool_false);
        group_data.set("lock_timeout", sql_value(group.lock_timeout));
        group_data.set("statement_timeout", sql_value(group.statement_timeout));
        if (!group.why.empty()) group_data.set("why", text_value(group.why));
        standalone = standalone || !group.transactional;
        data steps{data::type::list};
        for (const auto& step : group.steps) {
            ++counts[step.verdict.severity];
            steps.push_back(step_data(step, ++number, down));
            operations.push_back(step_data(step, number, down));
        }
        group_data.set("steps", steps);
        groups.push_back(group_data);
    }
    root.set("dangerous", text_value(std::to_string(counts[safety::Severity::Dangerous])));
    root.set("careful", text_value(std::to_string(counts[safety::Severity::Careful])));
    root.set("safe", text_value(std::to_string(counts[safety::Severity::Safe])));
    root.set("operations", operations);
    root.set("groups", groups);
    root.set("has_standalone", standalone ? data::type::bool_true : data::type::bool_false);
    tmpl.set_custom_escape([](const std::string& text) { return text; });  // escaped in the data: see text_value
    std::string out = tmpl.render(root);
    if (!tmpl.is_valid()) throw template_error(path, templates.get(path), tmpl.error_message());
    return out;
}

auto render_plan_text(const planner::Plan& plan) -> std::string {
    if (plan.empty()) return "No changes.\n";
    std::map<safety::Severity, size_t> counts;
    for (const auto* step : plan.steps()) ++counts[step->verdict.severity];
    std::string out = fmt::format("{} operation(s): {} dangerous, {} careful, {} safe\n", plan.size(),
                                  counts[safety::Severity::Dangerous], counts[safety::Severity::Careful],
                                  counts[safety::Severity::Safe]);
    size_t number = 0;
    for (const auto& group : plan.groups) {
        out += group.transactional ? "\n-- transaction" : "\n-- on its own, outside a transaction";
        out += group.why.empty() || !group.transactional ? "\n" : ": " + group.why + "\n";
        for (const auto& step : group.steps) {
            out += escape_text(fmt::format("{:>3}. {} {}  [{} {}] {}", ++number, model::kind_name(step.operation),
                                           model::subject(step.operation),
                                           upper(safety::severity_name(step.verdict.severity)), step.verdict.rule,
                                           lock_text(step.verdict))) +
                   "\n";
            for (const auto& sql : step.sql) {
                std::string indented = "     ";
                for (char c : escape_text(sql, LineBreaks::Keep)) {
                    indented += c;
                    if (c == '\n') indented += "     ";
                }
                out += indented + ";\n";
            }
        }
    }
    return out;
}

auto render_statements(const planner::Plan& plan) -> std::string {
    std::string out;
    for (const auto* step : plan.steps()) {
        for (const auto& sql : step->sql) out += sql + ";\n\n";
    }
    return out;
}

auto lock_text(const safety::Verdict& verdict) -> std::string {
    if (verdict.lock == safety::LockMode::None) return "no lock on existing objects";
    const safety::Rule* rule = safety::find_rule(verdict.rule);
    std::string on = verdict.lock_note;
    if (on.empty()) on = fmt::format("{} on {}", safety::lock_name(verdict.lock), rule ? rule->locked : "the object");
    bool own_blocks = rule != nullptr && !rule->blocks.empty() && rule->lock == verdict.lock;
    return fmt::format("{}, blocks {}", on, own_blocks ? rule->blocks : safety::lock_blocks(verdict.lock));
}

}  // namespace schemadiff::render
