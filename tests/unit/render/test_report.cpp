#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "schemadiff/render/report.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::render;
using safety::Severity;

namespace {

auto contains(const std::string& text, const std::string& part) -> bool {
    return text.find(part) != std::string::npos;
}

auto finding(std::string_view rule, std::string object, std::optional<SourceLocation> where = std::nullopt,
             std::string statement = "") -> Finding {
    Finding out;
    out.verdict = safety::rule_verdict(rule, std::move(object));
    out.operation = "create_index";
    out.statement = std::move(statement);
    out.where = std::move(where);
    return out;
}

/// A DANGEROUS index build, a CAREFUL index drop (acknowledged in an allow file) and a SAFE comment.
auto sample() -> std::vector<Finding> {
    Finding build = finding("index-create", "public.users_email_idx", SourceLocation{"db/001 users.sql", 3, 1},
                            "CREATE INDEX users_email_idx ON users (email)");
    build.verdict.lock_note = "SHARE on public.users";
    Finding drop =
        finding("index-drop", "public.old_idx", SourceLocation{"db/001 users.sql", 7, 1}, "DROP INDEX old_idx");
    drop.operation = "drop_index";
    drop.acknowledgement = Acknowledgement{"allow-file", "tiny table", "alice", "2999-01-01",
                                           SourceLocation{".schemadiff-allow.json", 0, 0}};
    Finding comment = finding("comment-set", "public.users");
    comment.operation = "set_comment";
    return {build, drop, comment};
}

auto options(Severity min_level = Severity::Careful, Severity fail_on = Severity::Dangerous) -> ReportOptions {
    return ReportOptions{min_level, fail_on, "9.9.9"};
}

}  // namespace

TEST_CASE("render: report formats are named text, json, sarif, github and markdown") {
    CHECK(report_format_names() == testing::Strings{"text", "json", "sarif", "github", "markdown"});
    for (const auto& name : report_format_names()) CHECK(report_format(name).has_value());
    CHECK_FALSE(report_format("xml").has_value());
}

TEST_CASE("render: min-level filters what is reported; fail-on and acknowledgements decide what blocks") {
    auto findings = sample();
    CHECK(reported(findings[1], options()));
    CHECK_FALSE(reported(findings[2], options()));
    CHECK(reported(findings[2], options(Severity::Safe)));
    CHECK(blocking(findings[0], options()));
    CHECK_FALSE(blocking(findings[1], options(Severity::Careful, Severity::Careful)));  // acknowledged
    findings[1].acknowledgement.reset();
    CHECK_FALSE(blocking(findings[1], options()));
    CHECK(blocking(findings[1], options(Severity::Careful, Severity::Careful)));
    CHECK(gate_fails(findings, options()));
    findings.erase(findings.begin());
    CHECK_FALSE(gate_fails(findings, options()));
}

TEST_CASE("render: the message names the operation, the object, the reason and the conditions") {
    Finding build = sample()[0];
    build.verdict.conditions = {"small table (8 kB, about 3 rows)"};
    CHECK(finding_message(build) ==
          "create_index public.users_email_idx: builds the index under SHARE: writes wait "
          "for the whole build; small table (8 kB, about 3 rows)");
    Finding ack = finding("ack-invalid", "column-drop");
    ack.operation.clear();
    CHECK(finding_message(ack).rfind("column-drop: ", 0) == 0);
}

TEST_CASE("render: the text report lists each finding with its place, then the totals and the verdict") {
    std::string out = render_report_text(sample(), options());
    CHECK(contains(out, "db/001 users.sql:3:1: DANGEROUS index-create: create_index public.users_email_idx\n"));
    CHECK(contains(out, "    lock: SHARE on public.users, blocks writes\n"));
    CHECK(contains(out, "    instead: CREATE INDEX CONCURRENTLY, outside a transaction\n"));
    CHECK(contains(out, "    sql: CREATE INDEX users_email_idx ON users (email)\n"));
    CHECK(contains(out,
                   "    acknowledged (allow-file, .schemadiff-allow.json, approved by alice, expires 2999-01-01): "
                   "tiny table\n"));
    CHECK_FALSE(contains(out, "comment-set"));
    CHECK(contains(out,
                   "2 finding(s) at or above careful: 1 dangerous, 1 careful; 1 acknowledged\n"
                   "FAIL: 1 unacknowledged finding(s) at or above dangerous\n"));
    CHECK(render_report_text({}, options()) ==
          "No findings at or above careful.\nPASS: no unacknowledged finding at or above dangerous\n");
}

TEST_CASE("render: the text report groups findings by class, dangerous first, and colours them only when asked") {
    std::vector<Finding> findings = {finding("comment-set", "public.a", SourceLocation{"m.sql", 1, 1}),
                                     finding("index-drop", "public.b_idx", SourceLocation{"m.sql", 2, 1}),
                                     finding("table-drop", "public.c", SourceLocation{"m.sql", 3, 1})};
    std::string plain = render_report_text(findings, options(Severity::Safe));
    auto at = [&](std::string_view rule) { return plain.find(std::string(rule) + ":"); };
    CHECK(at("table-drop") < at("index-drop"));
    CHECK(at("index-drop") < at("comment-set"));
    CHECK(plain.find('\x1b') == std::string::npos);
    ReportOptions coloured = options(Severity::Safe);
    coloured.colour = true;
    std::string out = render_report_text(findings, coloured);
    CHECK(contains(out, "m.sql:3:1: \x1b[1;31mDANGEROUS\x1b[0m table-drop: "));
    CHECK(contains(out, "m.sql:1:1: \x1b[32mSAFE\x1b[0m comment-set: "));
    CHECK(contains(out, "\x1b[1;31mFAIL\x1b[0m: 1 unacknowledged finding(s)"));
}

TEST_CASE("render: the JSON report has version 1, a summary and one object per reported finding") {
    auto json = nlohmann::json::parse(render_report_json(sample(), options()));
    CHECK(json["version"] == 1);
    CHECK(json["tool"]["version"] == "9.9.9");
    CHECK(json["passed"] == false);
    CHECK(json["summary"] ==
          nlohmann::json{{"dangerous", 1}, {"careful", 1}, {"safe", 0}, {"acknowledged", 1}, {"blocking", 1}});
    REQUIRE(json["findings"].size() == 2);
    const auto& first = json["findings"][0];
    CHECK(first["rule"] == "index-create");
    CHECK(first["class"] == "dangerous");
    CHECK(first["location"] == nlohmann::json{{"file", "db/001 users.sql"}, {"line", 3}, {"column", 1}});
    CHECK(first["acknowledgement"].is_null());
    CHECK(first["blocking"] == true);
    CHECK(first["lock_detail"] == "SHARE on public.users, blocks writes");
    CHECK(json["findings"][1]["acknowledgement"]["approver"] == "alice");
    auto all = nlohmann::json::parse(render_report_json(sample(), options(Severity::Safe)));
    CHECK(all["findings"].size() == 3);
    CHECK(all["findings"][2]["location"].is_null());
}

TEST_CASE("render: SARIF lists the whole catalogue as rules and maps classes to levels") {
    auto sarif = nlohmann::json::parse(render_report_sarif(sample(), options(Severity::Safe)));
    CHECK(sarif["version"] == "2.1.0");
    const auto& run = sarif["runs"][0];
    const auto& rules = run["tool"]["driver"]["rules"];
    CHECK(rules.size() == safety::catalogue().size());
    CHECK(rules.back()["id"] == "ack-invalid");
    const auto& results = run["results"];
    REQUIRE(results.size() == 3);
    CHECK(rules[results[0]["ruleIndex"].get<size_t>()]["id"] == "index-create");
    CHECK(rules[results[0]["ruleIndex"].get<size_t>()]["properties"]["lock"] == "SHARE");
    CHECK(results[0]["level"] == "error");
    CHECK(results[1]["level"] == "warning");
    CHECK(results[2]["level"] == "note");
    const auto& location = results[0]["locations"][0]["physicalLocation"];
    CHECK(location["artifactLocation"]["uri"] == "db/001%20users.sql");
    CHECK(location["region"] == nlohmann::json{{"startLine", 3}, {"startColumn", 1}});
    CHECK(results[1]["suppressions"][0]["kind"] == "external");
    CHECK(results[1]["suppressions"][0]["justification"] == "tiny table");
    CHECK_FALSE(results[2].contains("locations"));
    CHECK(contains(results[0]["message"]["text"], "Instead: CREATE INDEX CONCURRENTLY"));
}

TEST_CASE("render: a SARIF location without a line is the file's line 1; absolute paths become file URIs") {
    Finding ack = finding("ack-invalid", "column-drop public.t.c", SourceLocation{"/repo/allow.json", 0, 0});
    ack.operation.clear();
    auto sarif = nlohmann::json::parse(render_report_sarif({ack}, options()));
    const auto& location = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    CHECK(location["artifactLocation"]["uri"] == "file:///repo/allow.json");
    CHECK(location["region"] == nlohmann::json{{"startLine", 1}});
}

TEST_CASE("render: GitHub annotations are errors, warnings or notices, with escaped values") {
    auto findings = sample();
    findings[0].where->file = "a,b:c.sql";
    findings[0].statement = "x";
    findings[0].verdict.reason = "100% sure\nreally";
    std::string out = render_report_github(findings, options());
    CHECK(contains(out,
                   "::error file=a%2Cb%3Ac.sql,line=3,col=1,title=index-create::DANGEROUS: create_index "
                   "public.users_email_idx: 100%25 sure\\nreally. Instead: CREATE INDEX CONCURRENTLY"));
    CHECK(contains(out, "::notice file=db/001 users.sql,line=7,col=1,title=index-drop::CAREFUL: "));
    CHECK(contains(out, "Acknowledged (allow-file, .schemadiff-allow.json, approved by alice"));
    findings[1].acknowledgement.reset();
    CHECK(contains(render_report_github(findings, options()), "::warning file=db/001 users.sql,line=7"));
}

TEST_CASE("render: the Markdown comment has the verdict, counts per class, a table per class and details") {
    auto findings = sample();
    findings[0].verdict.object = "public.a|b";
    findings[0].statement = "SELECT '```'";
    std::string out = render_report_markdown(findings, options());
    CHECK(out.rfind(
              "<!-- schemadiff:check -->\n## schemadiff check\n\n**Failed**: 1 unacknowledged finding(s) at or above "
              "dangerous.\n",
              0) == 0);
    CHECK(contains(out, "| Dangerous | 1 | 0 |\n| Careful | 1 | 1 |\n"));
    CHECK_FALSE(contains(out, "| Safe |"));
    CHECK(contains(out, "### Dangerous (1)\n"));
    CHECK(contains(out, "| **blocking** | `index-create` | `public.a\\|b` | `db/001 users.sql:3:1` |\n"));
    CHECK(contains(out, "| acknowledged | `index-drop` | `public.old_idx` | `db/001 users.sql:7:1` |\n"));
    CHECK(contains(out, "<summary><code>index-create</code> public.a|b (db/001 users.sql:3:1)</summary>"));
    CHECK(contains(out, "````sql\nSELECT '```'\n````\n"));  // the fence is longer than any backtick run inside
    CHECK(contains(out, "- **Instead:** CREATE INDEX CONCURRENTLY, outside a transaction\n"));
    std::string passed = render_report_markdown({findings[1]}, options());
    CHECK(contains(passed, "**Passed**: no unacknowledged finding at or above dangerous."));
}

namespace {
/// A finding whose every piece of text tries to start a line of its own, close the Markdown details or a code span,
/// or add a workflow command: the object, the reason, the file, the statement and the acknowledgement.
auto hostile() -> std::vector<Finding> {
    const std::string fake = "\nFAKE DANGEROUS x: y\r::error::forged\n</details><script>alert(1)</script>\n# head";
    Finding drop =
        finding("column-drop", "public.\"z" + fake + "\".\"a|b``c\"",
                SourceLocation{"db/a" + fake + ",line=9:.sql", 3, 1}, "ALTER TABLE t DROP COLUMN \"x\r\x1b[2Jy\"");
    drop.operation = "drop_column";
    drop.verdict.reason += fake;
    drop.verdict.conditions.push_back("[click](https://example.com) *bold* _em_ ~~s~~ &amp; <b>");
    Finding ack = finding("index-drop", "public.i", SourceLocation{"m.sql", 5, 1}, "DROP INDEX i");
    ack.operation = "drop_index";
    ack.acknowledgement = Acknowledgement{"inline", "reviewed" + fake, "bob" + fake, "", SourceLocation{"m.sql", 4, 1}};
    return {drop, ack};
}

auto lines(const std::string& text) -> testing::Strings {
    testing::Strings out;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

auto starts_with(const std::string& text, std::string_view prefix) -> bool {
    return text.rfind(prefix, 0) == 0;
}
}  // namespace

TEST_CASE("render: in the text report a line break in a name, a reason or a path starts no line of its own") {
    std::string out = render_report_text(hostile(), options());
    CAPTURE(out);
    CHECK_FALSE(contains(out, "\r"));
    CHECK_FALSE(contains(out, "\x1b"));
    for (const auto& line : lines(out)) {
        CHECK_FALSE(starts_with(line, "FAKE"));
        CHECK_FALSE(starts_with(line, "::"));
    }
    CHECK(contains(out, "db/a\\nFAKE DANGEROUS x: y\\r::error::forged\\n</details>"));
    CHECK(contains(out, "    sql: ALTER TABLE t DROP COLUMN \"x\\r\\x1b[2Jy\"\n"));
    CHECK(contains(out,
                   "    acknowledged (inline, m.sql:4:1, approved by bob\\nFAKE DANGEROUS x: y\\r::error::forged\\n"
                   "</details><script>alert(1)</script>\\n# head): reviewed\\nFAKE"));
}

TEST_CASE("render: GitHub annotations are one command per finding, whatever the names hold") {
    std::string out = render_report_github(hostile(), options());
    CAPTURE(out);
    auto all = lines(out);
    REQUIRE(all.size() == 4);  // two commands, the totals and the verdict
    CHECK(starts_with(all[0], "::error file=db/a\\nFAKE DANGEROUS x%3A y\\r%3A%3Aerror%3A%3Aforged\\n</details>"));
    CHECK(
        contains(all[0], "%2Cline=9%3A.sql,line=3,col=1,title=column-drop::DANGEROUS: drop_column public.\"z\\nFAKE"));
    CHECK(starts_with(all[1], "::notice file=m.sql,line=5,col=1,title=index-drop::"));
    CHECK(contains(all[1], "reviewed\\nFAKE DANGEROUS x: y\\r::error::forged"));
    CHECK(starts_with(all[2], "2 finding(s)"));
}

TEST_CASE("render: the Markdown comment shows names and reasons as text, never as markup") {
    std::string out = render_report_markdown(hostile(), options());
    CAPTURE(out);
    CHECK_FALSE(contains(out, "\r"));
    CHECK(contains(out, "&lt;/details&gt;&lt;script&gt;"));  // in <summary>: HTML entities
    for (const auto& line : lines(out)) {
        CHECK_FALSE(starts_with(line, "FAKE"));
        CHECK_FALSE(starts_with(line, "# head"));
        CHECK_FALSE(starts_with(line, "</details><"));
    }
    // the table row stays one row of four cells: '|' escaped, the code span fenced past the "``" in the name
    CHECK(contains(out,
                   "| **blocking** | `column-drop` | ``` public.\"z\\nFAKE DANGEROUS x: y\\r::error::forged\\n"
                   "</details><script>alert(1)</script>\\n# head\".\"a\\|b``c\" ``` | `db/a\\nFAKE"));
    // prose: markup characters escaped, so the link, emphasis and HTML show as typed
    CHECK(contains(out, "; \\[click\\](https://example.com) \\*bold\\* \\_em\\_ \\~\\~s\\~\\~ &amp;amp; &lt;b>\n"));
    CHECK(contains(out, "x: y\\\\r::error::forged\\\\n&lt;/details>&lt;script>alert(1)&lt;/script>\\\\n# head"));
    CHECK(contains(out, "```sql\nALTER TABLE t DROP COLUMN \"x\\r\\x1b[2Jy\"\n```\n"));
    CHECK(contains(out,
                   "- **Acknowledged (inline, m.sql:4:1, approved by bob\\\\nFAKE DANGEROUS x: y\\\\r::error::forged"));
    CHECK(contains(out, "# head): reviewed\\\\nFAKE DANGEROUS x: y"));
}

TEST_CASE("render: Markdown prose keeps ordinary text as it is") {
    Finding plain = sample()[0];
    plain.verdict.reason = "lock_timeout is 2s (e.g. '2s'), a < b, x -> y, 3 > 2, R&D, 1. a #1 - b + c";
    std::string out = render_report_markdown({plain}, options());
    CAPTURE(out);
    CHECK(contains(out,
                   "\n\ncreate_index public.users_email_idx: lock_timeout is 2s (e.g. '2s'), a < b, x -> y, 3 > 2, "
                   "R&D, 1. a #1 - b + c\n\n"));
}

TEST_CASE("render: JSON and SARIF keep names exact and their messages on one line") {
    auto findings = hostile();
    auto json = nlohmann::json::parse(render_report_json(findings, options()));
    const auto& first = json["findings"][0];
    CHECK(first["object"] == findings[0].verdict.object);
    CHECK(first["statement"] == findings[0].statement);
    CHECK(first["location"]["file"] == findings[0].where->file);
    CHECK(json["findings"][1]["acknowledgement"]["reason"] == findings[1].acknowledgement->reason);
    std::string message = first["message"];
    CHECK(message.find_first_of("\r\n") == std::string::npos);
    CHECK(contains(message, "public.\"z\\nFAKE DANGEROUS x: y\\r::error"));

    auto sarif = nlohmann::json::parse(render_report_sarif(findings, options()));
    const auto& results = sarif["runs"][0]["results"];
    std::string text = results[0]["message"]["text"];
    CHECK(text.find_first_of("\r\n") == std::string::npos);
    CHECK(contains(text, "public.\"z\\nFAKE"));
    CHECK(results[0]["properties"]["object"] == findings[0].verdict.object);
    std::string justification = results[1]["suppressions"][0]["justification"];
    CHECK(justification ==
          "reviewed\\nFAKE DANGEROUS x: y\\r::error::forged\\n</details><script>alert(1)</script>\\n# head");
}

TEST_CASE("render: JSON and SARIF replace bytes that are not UTF-8 instead of failing") {
    auto findings = sample();
    findings[0].verdict.object = "public.\"caf\xe9\"";  // Latin-1, from a SQL_ASCII database
    auto json = nlohmann::json::parse(render_report_json(findings, options()));
    CHECK(json["findings"][0]["object"] == "public.\"caf\xef\xbf\xbd\"");
    CHECK(contains(json["findings"][0]["message"].get<std::string>(), "public.\"caf\\xe9\""));
    auto sarif = nlohmann::json::parse(render_report_sarif(findings, options()));
    CHECK(sarif["runs"][0]["results"][0]["properties"]["object"] == "public.\"caf\xef\xbf\xbd\"");
}
