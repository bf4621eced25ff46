// Check reports for people: plain text, GitHub workflow commands and a Markdown PR comment; and what all formats
// share (which findings are reported, which fail the gate, the one-line message).
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "report_internal.hpp"
#include "schemadiff/core/escape.hpp"
#include "schemadiff/render/render.hpp"
#include "schemadiff/render/report.hpp"

namespace schemadiff::render {

using safety::Severity;

namespace {

constexpr std::array kFormats = {std::pair{"text", ReportFormat::Text}, std::pair{"json", ReportFormat::Json},
                                 std::pair{"sarif", ReportFormat::Sarif}, std::pair{"github", ReportFormat::Github},
                                 std::pair{"markdown", ReportFormat::Markdown}};

auto upper(std::string_view text) -> std::string {
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

auto capitalised(std::string_view text) -> std::string {
    std::string out(text);
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

auto acknowledgement_text(const Acknowledgement& ack) -> std::string {
    std::string out = ack.source;
    if (ack.where) out += ", " + ack.where->to_string();
    if (!ack.approver.empty()) out += ", approved by " + ack.approver;
    if (!ack.expires.empty()) out += ", expires " + ack.expires;
    return fmt::format("acknowledged ({}): {}", out, ack.reason);
}

auto summary_line(const Summary& summary, const ReportOptions& options) -> std::string {
    if (summary.reported == 0)
        return fmt::format("No findings at or above {}.\n", safety::severity_name(options.min_level));
    std::vector<std::string> parts;
    for (Severity severity : kSeveritiesDown) {
        if (severity >= options.min_level)
            parts.push_back(fmt::format("{} {}", summary.count(severity), safety::severity_name(severity)));
    }
    return fmt::format("{} finding(s) at or above {}: {}; {} acknowledged\n", summary.reported,
                       safety::severity_name(options.min_level), fmt::join(parts, ", "), summary.acknowledged);
}

auto verdict_line(const Summary& summary, const ReportOptions& options) -> std::string {
    std::string_view level = safety::severity_name(options.fail_on);
    if (summary.blocking == 0) return fmt::format("PASS: no unacknowledged finding at or above {}\n", level);
    return fmt::format("FAIL: {} unacknowledged finding(s) at or above {}\n", summary.blocking, level);
}

/// `text` with each character that `replacements` lists replaced by its replacement.
auto replaced(const std::string& text, std::initializer_list<std::pair<char, std::string_view>> replacements)
    -> std::string {
    std::string out;
    for (char c : text) {
        auto found =
            std::find_if(replacements.begin(), replacements.end(), [&](const auto& pair) { return pair.first == c; });
        if (found == replacements.end())
            out += c;
        else
            out += found->second;
    }
    return out;
}

// Every report prints text from databases and files (names, comment values, paths, acknowledgement reasons) through
// escape_text first, so a line break in a name can neither start a line of its own nor end a comment; each format
// then escapes what it gives a meaning to.

/// One line of the text report: escape_text, then '\n'.
auto text_line(const std::string& text) -> std::string {
    return escape_text(text) + "\n";
}

// GitHub workflow commands (the runner's toolkit, command.ts): the message escapes %, CR and LF; property values also
// ':' and ','. After escape_text there is no CR or LF left: a line break shows as \n in the annotation.
auto github_data(const std::string& text) -> std::string {
    return replaced(escape_text(text), {{'%', "%25"}, {'\r', "%0D"}, {'\n', "%0A"}});
}

auto github_property(const std::string& text) -> std::string {
    return replaced(github_data(text), {{':', "%3A"}, {',', "%2C"}});
}

auto ascii_alnum(char c) -> bool {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 && (c & 0x80) == 0;
}

/// Whether the '&' at `at` starts an HTML entity ("&amp;", "&#38;"): a run of letters, digits or '#' and a ';'.
auto starts_entity(const std::string& text, size_t at) -> bool {
    size_t end = at + 1;
    while (end < text.size() && (ascii_alnum(text[end]) || text[end] == '#')) ++end;
    return end > at + 1 && end < text.size() && text[end] == ';';
}

/// Markdown prose (a paragraph, a list item): one line, shown literally. Backslash escapes what would start markup
/// (emphasis, code, links, strikethrough, table cells), HTML entities what would start a tag or an entity, and the
/// first character when it would start a heading, a quote or a list. Ordinary prose (snake_case words, "a < b",
/// "x -> y") comes out unchanged.
auto markdown_text(const std::string& text) -> std::string {
    std::string line = escape_text(text);
    std::string out;
    for (size_t idx = 0; idx < line.size(); ++idx) {
        char c = line[idx];
        char before = idx > 0 ? line[idx - 1] : ' ';
        char after = idx + 1 < line.size() ? line[idx + 1] : ' ';
        if (c == '\\' || c == '`' || c == '*' || c == '[' || c == ']' || c == '~' || c == '|') {
            out += '\\';
            out += c;
        } else if (c == '_') {
            out += ascii_alnum(before) && ascii_alnum(after) ? "_" : "\\_";  // intraword '_' is no emphasis
        } else if (c == '<' &&
                   (std::isalpha(static_cast<unsigned char>(after)) || after == '/' || after == '!' || after == '?')) {
            out += "&lt;";
        } else if (c == '&' && starts_entity(line, idx)) {
            out += "&amp;";
        } else if (idx == 0 && (c == '#' || c == '>' || c == '+' || c == '-' || c == '=')) {
            out += '\\';
            out += c;
        } else {
            out += c;
        }
    }
    // "1. x" or "1) x" would start an ordered list
    size_t digits = 0;
    while (digits < out.size() && std::isdigit(static_cast<unsigned char>(out[digits]))) ++digits;
    if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')')) out.insert(digits, "\\");
    return out;
}

/// Every line of `text` after the first indented by `indent`.
auto indented(const std::string& text, std::string_view indent) -> std::string {
    return replaced(text, {{'\n', "\n" + std::string(indent)}});
}

/// Markdown table cell: a code span on one line. '|' is escaped even there (GitHub splits cells first); the fence is
/// longer than any backtick run inside, padded with a space when the text holds a backtick or starts or ends with a
/// space (CommonMark strips one space from each side of such a span).
auto code(const std::string& text) -> std::string {
    if (text.empty()) return "";
    std::string inner = replaced(escape_text(text), {{'|', "\\|"}});
    size_t longest = 0, run = 0;
    for (char c : inner) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    std::string fence(longest + 1, '`');
    bool all_spaces = inner.find_first_not_of(' ') == std::string::npos;
    bool edge = inner.front() == '`' || inner.back() == '`' || inner.front() == ' ' || inner.back() == ' ';
    std::string space = longest > 0 || (edge && !all_spaces) ? " " : "";
    return fence + space + inner + space + fence;
}

/// Text inside the HTML of a <details> block (no Markdown there): one line, with <, > and & as entities.
auto html(const std::string& text) -> std::string {
    return replaced(escape_text(text), {{'<', "&lt;"}, {'>', "&gt;"}, {'&', "&amp;"}});
}

/// An SQL statement as a fenced block: its line breaks stay, other controls are escaped; the fence is longer than
/// any backtick run inside, so nothing in the statement closes it.
auto code_block(const std::string& sql) -> std::string {
    std::string text = escape_text(sql, LineBreaks::Keep);
    std::string fence = "```";
    while (text.find(fence) != std::string::npos) fence += '`';
    return fmt::format("{}sql\n{}\n{}\n", fence, text, fence);
}

auto status(const Finding& finding, const ReportOptions& options) -> std::string_view {
    if (blocking(finding, options)) return "**blocking**";
    if (finding.acknowledgement) return "acknowledged";
    return "advisory";
}

auto markdown_details(const Finding& finding) -> std::string {
    const safety::Verdict& verdict = finding.verdict;
    std::string where = finding.where ? " (" + html(finding.where->to_string()) + ")" : "";
    std::string out = fmt::format("<details>\n<summary><code>{}</code> {}{}</summary>\n\n{}\n\n", html(verdict.rule),
                                  html(verdict.object), where, markdown_text(finding_message(finding)));
    if (verdict.lock != safety::LockMode::None) {
        out += fmt::format("- **Lock:** {}\n", markdown_text(lock_text(verdict)));
    }
    if (!instead(finding).empty()) out += fmt::format("- **Instead:** {}\n", markdown_text(instead(finding)));
    if (finding.acknowledgement) {
        out += fmt::format("- **{}**\n", markdown_text(capitalised(acknowledgement_text(*finding.acknowledgement))));
    }
    if (!finding.statement.empty()) out += "\n" + code_block(finding.statement);
    return out + "\n</details>\n\n";
}

}  // namespace

/// The safe alternative, when the finding is not SAFE already (a SAFE rule's alternative is for other versions).
auto instead(const Finding& finding) -> const std::string& {
    static const std::string kNone;
    return finding.verdict.severity == Severity::Safe ? kNone : finding.verdict.safe_alternative;
}

auto message_with_alternative(const Finding& finding) -> std::string {
    std::string out = finding_message(finding);
    if (!instead(finding).empty()) out += ". Instead: " + instead(finding);
    return out;
}

auto Summary::count(Severity severity) const -> size_t {
    return by_class[static_cast<size_t>(severity)];
}

auto summarise(const std::vector<Finding>& findings, const ReportOptions& options) -> Summary {
    Summary summary;
    for (const auto& finding : findings) {
        if (!reported(finding, options)) continue;
        ++summary.reported;
        ++summary.by_class[static_cast<size_t>(finding.verdict.severity)];
        if (finding.acknowledgement) {
            ++summary.acknowledged;
            ++summary.acknowledged_by_class[static_cast<size_t>(finding.verdict.severity)];
        }
        if (blocking(finding, options)) ++summary.blocking;
    }
    return summary;
}

auto report_format(std::string_view name) -> std::optional<ReportFormat> {
    for (const auto& [format_name, format] : kFormats) {
        if (name == format_name) return format;
    }
    return std::nullopt;
}

auto report_format_names() -> std::vector<std::string> {
    std::vector<std::string> out;
    for (const auto& [format_name, format] : kFormats) out.emplace_back(format_name);
    return out;
}

auto reported(const Finding& finding, const ReportOptions& options) -> bool {
    return finding.verdict.severity >= options.min_level;
}

auto blocking(const Finding& finding, const ReportOptions& options) -> bool {
    return finding.verdict.severity >= options.fail_on && !finding.acknowledgement;
}

auto gate_fails(const std::vector<Finding>& findings, const ReportOptions& options) -> bool {
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& finding) { return blocking(finding, options); });
}

auto finding_message(const Finding& finding) -> std::string {
    const safety::Verdict& verdict = finding.verdict;
    std::string out = finding.operation.empty() ? verdict.object : finding.operation + " " + verdict.object;
    out += ": " + verdict.reason;
    for (const auto& condition : verdict.conditions) out += "; " + condition;
    return out;
}

auto render_report(const std::vector<Finding>& findings, ReportFormat format, const ReportOptions& options)
    -> std::string {
    switch (format) {
        case ReportFormat::Text:
            return render_report_text(findings, options);
        case ReportFormat::Json:
            return render_report_json(findings, options);
        case ReportFormat::Sarif:
            return render_report_sarif(findings, options);
        case ReportFormat::Github:
            return render_report_github(findings, options);
        case ReportFormat::Markdown:
            return render_report_markdown(findings, options);
    }
    return {};
}

auto render_report_text(const std::vector<Finding>& findings, const ReportOptions& options) -> std::string {
    // Grouped by class, dangerous first; in file and statement order within a class.
    std::vector<const Finding*> ordered;
    for (const auto& finding : findings) {
        if (reported(finding, options)) ordered.push_back(&finding);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Finding* a, const Finding* b) { return a->verdict.severity > b->verdict.severity; });
    auto painted = [&](std::string_view text, Severity severity) -> std::string {
        if (!options.colour) return std::string(text);
        std::string_view code = severity == Severity::Dangerous ? "1;31" : severity == Severity::Careful ? "33" : "32";
        return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
    };
    std::string out;
    for (const Finding* each : ordered) {
        const Finding& finding = *each;
        const safety::Verdict& verdict = finding.verdict;
        std::string where = finding.where ? finding.where->to_string() + ": " : "";
        std::string subject = finding.operation.empty() ? verdict.object : finding.operation + " " + verdict.object;
        // The colour codes go around the class word, outside the escaped text.
        out += escape_text(where) + painted(upper(safety::severity_name(verdict.severity)), verdict.severity) +
               text_line(fmt::format(" {}: {}", verdict.rule, subject));
        std::string why = verdict.reason;
        for (const auto& condition : verdict.conditions) why += "; " + condition;
        out += text_line("    why: " + why);
        if (verdict.lock != safety::LockMode::None) out += text_line("    lock: " + lock_text(verdict));
        if (!instead(finding).empty()) out += text_line("    instead: " + instead(finding));
        if (!finding.statement.empty()) {
            std::string sql = escape_text(finding.statement, LineBreaks::Keep);  // its lines stay, indented
            out += fmt::format("    sql: {}\n", indented(sql, "         "));
        }
        if (finding.acknowledgement) out += text_line("    " + acknowledgement_text(*finding.acknowledgement));
        out += "\n";
    }
    Summary summary = summarise(findings, options);
    std::string verdict = verdict_line(summary, options);
    if (options.colour)
        verdict = painted(verdict.substr(0, 4), summary.blocking == 0 ? Severity::Safe : Severity::Dangerous) +
                  verdict.substr(4);
    return out + summary_line(summary, options) + verdict;
}

auto render_report_github(const std::vector<Finding>& findings, const ReportOptions& options) -> std::string {
    std::string out;
    for (const auto& finding : findings) {
        if (!reported(finding, options)) continue;
        const safety::Verdict& verdict = finding.verdict;
        std::string_view command = "notice";
        if (!finding.acknowledgement && verdict.severity == Severity::Dangerous) command = "error";
        if (!finding.acknowledgement && verdict.severity == Severity::Careful) command = "warning";
        std::vector<std::string> properties;
        if (finding.where) {
            properties.push_back("file=" + github_property(finding.where->file));
            properties.push_back(fmt::format("line={}", std::max(finding.where->line, 1)));  // a file: its line 1
            if (finding.where->column > 0) properties.push_back(fmt::format("col={}", finding.where->column));
        }
        properties.push_back("title=" + github_property(verdict.rule));
        std::string message = upper(safety::severity_name(verdict.severity)) + ": " + message_with_alternative(finding);
        if (finding.acknowledgement) message += ". " + capitalised(acknowledgement_text(*finding.acknowledgement));
        out += fmt::format("::{} {}::{}\n", command, fmt::join(properties, ","), github_data(message));
    }
    Summary summary = summarise(findings, options);
    return out + summary_line(summary, options) + verdict_line(summary, options);
}

auto render_report_markdown(const std::vector<Finding>& findings, const ReportOptions& options) -> std::string {
    Summary summary = summarise(findings, options);
    // The hidden marker lets a workflow find its earlier comment and update it instead of adding one per push.
    std::string out = "<!-- schemadiff:check -->\n## schemadiff check\n\n";
    std::string_view level = safety::severity_name(options.fail_on);
    out += summary.blocking == 0
               ? fmt::format("**Passed**: no unacknowledged finding at or above {}.\n\n", level)
               : fmt::format("**Failed**: {} unacknowledged finding(s) at or above {}.\n\n", summary.blocking, level);
    if (summary.reported == 0) {
        return out + fmt::format("No findings at or above {}.\n", safety::severity_name(options.min_level));
    }
    out += "| Class | Findings | Acknowledged |\n| --- | ---: | ---: |\n";
    for (Severity severity : kSeveritiesDown) {
        if (severity < options.min_level) continue;
        out += fmt::format("| {} | {} | {} |\n", capitalised(safety::severity_name(severity)), summary.count(severity),
                           summary.acknowledged_by_class[static_cast<size_t>(severity)]);
    }
    for (Severity severity : kSeveritiesDown) {
        if (severity < options.min_level || summary.count(severity) == 0) continue;
        out += fmt::format("\n### {} ({})\n\n", capitalised(safety::severity_name(severity)), summary.count(severity));
        out += "| Status | Rule | Object | Location |\n| --- | --- | --- | --- |\n";
        std::string details;
        for (const auto& finding : findings) {
            if (finding.verdict.severity != severity) continue;
            out += fmt::format("| {} | {} | {} | {} |\n", status(finding, options), code(finding.verdict.rule),
                               code(finding.verdict.object), finding.where ? code(finding.where->to_string()) : "");
            details += markdown_details(finding);
        }
        out += "\n" + details;
    }
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

}  // namespace schemadiff::render
