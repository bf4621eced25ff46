// Safety findings -> reports for people and CI (`schemadiff check`): text, JSON (a stable, versioned schema), SARIF
// 2.1.0, GitHub workflow commands and a Markdown PR comment. Pure functions over a list of findings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schemadiff/core/error.hpp"
#include "schemadiff/safety/safety.hpp"

namespace schemadiff::render {

/// Why a finding does not fail the gate: a reviewed acknowledgement.
struct Acknowledgement {
    std::string source;  ///< "inline" (a `-- schemadiff:allow` comment) or "allow-file"
    std::string reason;
    std::string approver;                 ///< allow-file entries only
    std::string expires;                  ///< YYYY-MM-DD, "" when it does not expire
    std::optional<SourceLocation> where;  ///< the comment, or the allow file
};

/// One verdict to report: on an operation of a plan or a migration file, on how a statement is run (exec-*), or on a
/// broken acknowledgement (ack-invalid).
struct Finding {
    safety::Verdict verdict;
    std::string operation;                ///< kind_name of the operation ("create_index"); "" for ack-invalid
    std::string statement;                ///< the SQL concerned (or the broken acknowledgement)
    std::optional<SourceLocation> where;  ///< the statement in a migration file, the declaration in a schema file
    std::optional<Acknowledgement> acknowledgement;
};

enum class ReportFormat { Text, Json, Sarif, Github, Markdown };
/// "text", "json", "sarif", "github", "markdown".
auto report_format(std::string_view name) -> std::optional<ReportFormat>;
auto report_format_names() -> std::vector<std::string>;

struct ReportOptions {
    safety::Severity min_level = safety::Severity::Careful;  ///< findings below it are left out of every format
    safety::Severity fail_on = safety::Severity::Dangerous;  ///< unacknowledged findings at or above it fail
    std::string tool_version;
    /// docs/rules.md as published (absolute http(s) URL): SARIF rules link to "<rules_url>#rule-<id>" (helpUri), the
    /// anchor docs/rules.md gives each rule. Empty: no link.
    std::string rules_url;
    /// Text format: colour the class of each finding and the verdict (ANSI). The CLI sets it for a terminal without
    /// NO_COLOR; reports written to a file or a pipe stay plain.
    bool colour = false;
};

/// Whether the finding is reported (at or above min_level).
auto reported(const Finding& finding, const ReportOptions& options) -> bool;
/// Whether the finding fails the gate: at or above fail_on and not acknowledged.
auto blocking(const Finding& finding, const ReportOptions& options) -> bool;
/// Whether any finding is blocking: what `schemadiff check` turns into its exit code.
auto gate_fails(const std::vector<Finding>& findings, const ReportOptions& options) -> bool;

/// One line: "create_index public.users_email_idx: builds the index under SHARE ...; new table".
auto finding_message(const Finding& finding) -> std::string;

/// The report in `format`, for the findings at or above options.min_level, in the order given.
auto render_report(const std::vector<Finding>& findings, ReportFormat format, const ReportOptions& options)
    -> std::string;

// The formats one by one (render_report dispatches to these).
auto render_report_text(const std::vector<Finding>& findings, const ReportOptions& options) -> std::string;
auto render_report_github(const std::vector<Finding>& findings, const ReportOptions& options) -> std::string;
auto render_report_markdown(const std::vector<Finding>& findings, const ReportOptions& options) -> std::string;
/// JSON, schema version 1 (README "check"): {"version": 1, "tool", "min_level", "fail_on", "passed", "summary",
/// "findings": [...]}.
auto render_report_json(const std::vector<Finding>& findings, const ReportOptions& options) -> std::string;
/// SARIF 2.1.0: one run whose tool.driver.rules is the whole catalogue; acknowledged findings carry suppressions.
auto render_report_sarif(const std::vector<Finding>& findings, const ReportOptions& options) -> std::string;

}  // namespace schemadiff::render
