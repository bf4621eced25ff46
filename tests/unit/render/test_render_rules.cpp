#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "schemadiff/render/rules.hpp"

using namespace schemadiff;

namespace {
auto contains(const std::string& text, const std::string& part) -> bool {
    return text.find(part) != std::string::npos;
}

auto count_lines_starting(const std::string& text, const std::string& prefix) -> size_t {
    size_t count = 0;
    for (size_t at = 0; at < text.size();) {
        size_t end = text.find('\n', at);
        if (text.compare(at, prefix.size(), prefix) == 0) ++count;
        at = end == std::string::npos ? text.size() : end + 1;
    }
    return count;
}
}  // namespace

TEST_CASE("rules markdown: one table row per rule, the counts by class and how to regenerate it") {
    const auto& rules = safety::catalogue();
    std::string text = render::render_rules_markdown(rules);
    CHECK(count_lines_starting(text, "| <a id=\"rule-") == rules.size());
    CHECK(contains(text, "schemadiff rules --format markdown > docs/rules.md"));
    CHECK(contains(text, std::to_string(rules.size()) + " rules: "));
    // each row carries the anchor SARIF's helpUri points at
    CHECK(contains(text, "| <a id=\"rule-index-create\"></a>`index-create` | `CREATE INDEX` | DANGEROUS: "));
    CHECK(render::rule_anchor("index-create") == "rule-index-create");
    CHECK(contains(text, "| SHARE on the table; blocks writes | index build |"));
}

TEST_CASE("rules markdown: pipes and '<' in the catalogue's text cannot break the table") {
    safety::Rule rule{"x-rule",
                      safety::Severity::Careful,
                      safety::LockMode::Share,
                      "a | b",
                      safety::Effect::Scan,
                      "ALTER a || b",
                      "why | not",
                      "use <this>",
                      "",
                      ""};
    std::string text = render::render_rules_markdown({rule});
    CHECK(contains(text,
                   "`x-rule` | `ALTER a \\|\\| b` | CAREFUL: why \\| not | SHARE on a \\| b; blocks writes | scan"));
    CHECK(contains(text, "| use &lt;this> |"));
    CHECK(contains(text, "1 rules: 0 dangerous, 1 careful, 0 safe."));
}

TEST_CASE("rules json: version 1 and every field of every rule") {
    const auto& rules = safety::catalogue();
    auto document = nlohmann::json::parse(render::render_rules_json(rules));
    CHECK(document["version"] == 1);
    REQUIRE(document["rules"].size() == rules.size());
    for (size_t i = 0; i < rules.size(); ++i) {
        const auto& item = document["rules"][i];
        const auto& rule = rules[i];
        CAPTURE(rule.id);
        CHECK(item["id"] == std::string(rule.id));
        CHECK(item["class"] == std::string(safety::severity_name(rule.severity)));
        CHECK(item["lock"] == std::string(safety::lock_name(rule.lock)));
        CHECK(item["pg_lock_mode"] == (rule.lock == safety::LockMode::None
                                           ? nlohmann::json(nullptr)
                                           : nlohmann::json(std::string(safety::lock_pg_name(rule.lock)))));
        CHECK(item["locked"] == std::string(rule.locked));
        CHECK(item["blocks"] == std::string(safety::blocks_text(rule)));
        CHECK(item["effect"] == std::string(safety::effect_name(rule.effect)));
        CHECK(item["statement"] == std::string(rule.statement));
        CHECK(item["reason"] == std::string(rule.reason));
        CHECK(item["safe_alternative"] == std::string(rule.safe_alternative));
        CHECK(item["versions"] == std::string(rule.versions));
        CHECK(item["conditions"] == std::string(rule.conditions));
    }
}
