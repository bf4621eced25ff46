// Check reports for machines: schemadiff's own JSON (schema version 1, README "check") and SARIF 2.1.0 for code
// scanning. Keys keep the order written here, so the output is stable byte for byte.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "report_internal.hpp"
#include "schemadiff/core/escape.hpp"
#include "schemadiff/render/render.hpp"
#include "schemadiff/render/report.hpp"
#include "schemadiff/render/rules.hpp"

namespace schemadiff::render {

using Json = nlohmann::ordered_json;

namespace {

constexpr int kJsonVersion = 1;
constexpr std::string_view kSarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";

auto location_json(const std::optional<SourceLocation>& where) -> Json {
    if (!where) return nullptr;
    return Json{{"file", where->file}, {"line", where->line}, {"column", where->column}};
}

auto acknowledgement_json(const std::optional<Acknowledgement>& ack) -> Json {
    if (!ack) return nullptr;
    return Json{{"source", ack->source},
                {"reason", ack->reason},
                {"approver", ack->approver},
                {"expires", ack->expires},
                {"location", location_json(ack->where)}};
}

/// Indented JSON. A name read from a SQL_ASCII database may hold bytes that are not UTF-8: JSON cannot carry them,
/// so each becomes U+FFFD rather than an error (the one-line fields show them as \xNN: escape_text).
auto dump(const Json& root) -> std::string {
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

auto sarif_level(safety::Severity severity) -> std::string_view {
    static constexpr std::string_view kLevels[] = {"note", "warning", "error"};
    return kLevels[static_cast<int>(severity)];
}

/// A file path as a SARIF URI: relative paths stay relative references, absolute ones become file:// URIs; every
/// byte outside the unreserved set and '/' is percent-encoded.
auto file_uri(const std::string& path) -> std::string {
    std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            out += static_cast<char>(c);
        } else {
            out += fmt::format("%{:02X}", c);
        }
    }
    return out;
}

/// 64-bit FNV-1a of the parts (each followed by a zero byte), as 16 hex digits: stable across runs and machines.
auto fingerprint(std::initializer_list<std::string_view> parts) -> std::string {
    uint64_t hash = 14695981039346656037ULL;
    for (std::string_view part : parts) {
        for (char c : part) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        hash *= 1099511628211ULL;  // the separator (a zero byte)
    }
    return fmt::format("{:016x}", hash);
}

auto sarif_rule(const safety::Rule& rule, const ReportOptions& options) -> Json {
    std::string help(rule.reason);
    if (!rule.safe_alternative.empty()) help += fmt::format(". Safe alternative: {}", rule.safe_alternative);
    if (!rule.conditions.empty()) help += fmt::format(". Conditions: {}", rule.conditions);
    if (!rule.versions.empty()) help += fmt::format(". Versions: {}", rule.versions);
    Json out{{"id", rule.id},
             {"shortDescription", {{"text", rule.statement}}},
             {"fullDescription", {{"text", rule.reason}}},
             {"help", {{"text", help}}}};
    if (!options.rules_url.empty()) out["helpUri"] = options.rules_url + "#" + rule_anchor(rule.id);
    out["defaultConfiguration"] = {{"level", sarif_level(rule.severity)}};
    out["properties"] = {{"class", safety::severity_name(rule.severity)},
                         {"lock", safety::lock_name(rule.lock)},
                         {"locked", rule.locked},
                         {"blocks", safety::blocks_text(rule)},
                         {"effect", safety::effect_name(rule.effect)},
                         {"safe_alternative", rule.safe_alternative},
                         {"tags", {"postgresql", "migration-safety"}}};
    return out;
}

auto sarif_result(const Finding& finding, const ReportOptions& options) -> Json {
    const safety::Verdict& verdict = finding.verdict;
    const auto& rules = safety::catalogue();
    auto rule = std::find_if(rules.begin(), rules.end(), [&](const safety::Rule& r) { return r.id == verdict.rule; });
    std::string message = escape_text(message_with_alternative(finding));  // shown as one line of text
    Json result{{"ruleId", verdict.rule}};
    if (rule != rules.end()) result["ruleIndex"] = rule - rules.begin();
    result["level"] = sarif_level(verdict.severity);
    result["message"] = {{"text", message}};
    if (finding.where) {
        // A region always: GitHub places an alert by its line (a finding about a whole file is on line 1).
        Json physical{{"artifactLocation", {{"uri", file_uri(finding.where->file)}}},
                      {"region", {{"startLine", std::max(finding.where->line, 1)}}}};
        if (finding.where->column > 0) physical["region"]["startColumn"] = finding.where->column;
        result["locations"] = Json::array({{{"physicalLocation", physical}}});
    }
    // The same finding keeps its alert across pushes that move lines: identified by what it is about, not where.
    result["partialFingerprints"] = {
        {"schemadiffFinding/v1",
         fingerprint({verdict.rule, finding.operation, verdict.object, finding.where ? finding.where->file : ""})}};
    if (finding.acknowledgement) {
        const Acknowledgement& ack = *finding.acknowledgement;
        result["suppressions"] = Json::array({{{"kind", ack.source == "inline" ? "inSource" : "external"},
                                               {"status", "accepted"},
                                               {"justification", escape_text(ack.reason)}}});
    }
    result["properties"] = {{"class", safety::severity_name(verdict.severity)},
                            {"operation", finding.operation},
                            {"object", verdict.object},
                            {"lock", safety::lock_name(verdict.lock)},
                            {"effect", safety::effect_name(verdict.effect)},
                            {"conditions", verdict.conditions},
                            {"statement", finding.statement},
                            {"blocking", blocking(finding, options)}};
    return result;
}

}  // namespace

auto render_report_json(const std::vector<Finding>& findings, const ReportOptions& options) -> std::string {
    Summary summary = summarise(findings, options);
    Json list = Json::array();
    for (const auto& finding : findings) {
        if (!reported(finding, options)) continue;
        const safety::Verdict& verdict = finding.verdict;
        list.push_back({{"rule", verdict.rule},
                        {"class", safety::severity_name(verdict.severity)},
                        {"operation", finding.operation},
                        {"object", verdict.object},
                        {"message", escape_text(finding_message(finding))},
                        {"reason", verdict.reason},
                        {"conditions", verdict.conditions},
                        {"safe_alternative", verdict.safe_alternative},
                        {"lock", safety::lock_name(verdict.lock)},
                        {"lock_detail", verdict.lock == safety::LockMode::None ? "" : lock_text(verdict)},
                        {"effect", safety::effect_name(verdict.effect)},
                        {"statement", finding.statement},
                        {"location", location_json(finding.where)},
                        {"acknowledgement", acknowledgement_json(finding.acknowledgement)},
                        {"blocking", blocking(finding, options)}});
    }
    Json counts;
    for (safety::Severity severity : kSeveritiesDown)
        counts[std::string(safety::severity_name(severity))] = summary.count(severity);
    counts["acknowledged"] = summary.acknowledged;
    counts["blocking"] = summary.blocking;
    Json root{{"version", kJsonVersion},
              {"tool", {{"name", "schemadiff"}, {"version", options.tool_version}}},
              {"min_level", safety::severity_name(options.min_level)},
              {"fail_on", safety::severity_name(options.fail_on)},
              {"passed", summary.blocking == 0},
              {"summary", counts},
              {"findings", list}};
    return dump(root);
}

auto render_report_sarif(const std::vector<Finding>& findings, const ReportOptions& options) -> std::string {
    Json rules = Json::array();
    for (const auto& rule : safety::catalogue()) rules.push_back(sarif_rule(rule, options));
    Json results = Json::array();
    for (const auto& finding : findings) {
        if (reported(finding, options)) results.push_back(sarif_result(finding, options));
    }
    Json driver{{"name", "schemadiff"}, {"version", options.tool_version}, {"rules", rules}};
    Json root{{"$schema", kSarifSchema},
              {"version", "2.1.0"},
              {"runs", Json::array({{{"tool", {{"driver", driver}}}, {"results", results}}})}};
    return dump(root);
}

}  // namespace schemadiff::render
