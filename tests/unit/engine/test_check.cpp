#include <doctest/doctest.h>

#include "schemadiff/engine/check.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;

namespace {

auto options(std::vector<engine::AllowEntry> allow = {}) -> engine::CheckOptions {
    engine::CheckOptions out;
    out.allow = std::move(allow);
    out.today = "2026-06-15";
    return out;
}

/// Lints `sql` as one migration file m.sql (in a scratch folder) on `before`.
auto lint(const std::string& sql, const engine::CheckOptions& check = options(), const model::Schema& before = {})
    -> std::vector<render::Finding> {
    TempDir dir;
    return engine::check_migration_files({dir.write("m.sql", sql)}, before, check);
}

/// "rule@line" for each finding: what fired where.
auto fired(const std::vector<render::Finding>& findings) -> Strings {
    Strings out;
    for (const auto& finding : findings) {
        out.push_back(finding.verdict.rule + "@" + (finding.where ? std::to_string(finding.where->line) : "-"));
    }
    return out;
}

auto entry(std::string rule, std::string object, std::string reason, std::string approver, std::string expires = "")
    -> engine::AllowEntry {
    return {std::move(rule),     std::move(object),  std::move(reason),
            std::move(approver), std::move(expires), SourceLocation{"allow.json", 0, 0}};
}

}  // namespace

TEST_CASE("engine: check reports a queueing lock on an existing table taken without lock_timeout, once") {
    auto findings = lint(
        "SET statement_timeout = '1h'; ALTER TABLE t ADD COLUMN a int, ADD COLUMN b int;\n"  // two actions
        "CREATE INDEX CONCURRENTLY t_a_idx ON t (a);\n"        // SHARE UPDATE EXCLUSIVE: no queue
        "CREATE TABLE n (id int);\nCREATE INDEX ON n (id);\n"  // a new table: nobody waits
        "SET lock_timeout = '2s';\nCREATE INDEX ON t (b);\n");
    CHECK(fired(findings) == Strings{"column-add-nullable@1", "exec-lock-timeout@1", "column-add-nullable@1",
                                     "index-create-concurrently@2", "table-create@3", "index-create@4",
                                     "index-create@6"});
    CHECK(findings[1].verdict.object == "public.t");
    CHECK(findings[1].verdict.reason.rfind("ACCESS EXCLUSIVE on public.t is requested with no lock_timeout", 0) == 0);
    CHECK(findings[5].verdict.severity == safety::Severity::Safe);  // index on the new table
}

TEST_CASE(
    "engine: check reports a scan, rewrite or build on an existing table without statement_timeout, once per block") {
    auto findings = lint(
        "SET lock_timeout = '2s';\n"
        "ALTER TABLE t ADD COLUMN a int;\n"                    // catalog-only: no bound needed
        "CREATE INDEX CONCURRENTLY t_a_idx ON t (a);\n"        // a build
        "ALTER TABLE t VALIDATE CONSTRAINT c;\n"               // a scan, in the same group (outside any block)
        "CREATE TABLE n (id int);\nCREATE INDEX ON n (id);\n"  // a new table
        "BEGIN;\nSET LOCAL statement_timeout = '1h';\nALTER TABLE t ALTER COLUMN b TYPE bigint;\nCOMMIT;\n");
    CHECK(fired(findings) == Strings{"column-add-nullable@2", "index-create-concurrently@3", "exec-statement-timeout@3",
                                     "check-validate@4", "table-create@5", "index-create@6", "type-change-rewrite@9"});
    CHECK(findings[2].verdict.severity == safety::Severity::Careful);
    CHECK(findings[2].verdict.reason.find("1 more statement(s) outside a transaction block in this file run "
                                          "unbounded the same way: line 4 (scan)") != std::string::npos);
}

TEST_CASE("engine: check reports CONCURRENTLY inside BEGIN ... COMMIT") {
    auto findings = lint(
        "SET lock_timeout = '2s';\nBEGIN;\nDROP INDEX CONCURRENTLY t_a_idx;\nCOMMIT;\n"
        "DROP INDEX CONCURRENTLY t_b_idx;\n");
    CHECK(fired(findings) ==
          Strings{"index-drop-concurrently@3", "exec-concurrently-outside-txn@3", "index-drop-concurrently@5"});
}

TEST_CASE("engine: check reports VALIDATE in the transaction that added the constraint NOT VALID") {
    auto findings = lint(
        "SET lock_timeout = '2s'; SET statement_timeout = '1h';\n"
        "BEGIN;\nALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0) NOT VALID;\n"
        "ALTER TABLE t VALIDATE CONSTRAINT t_a_check;\nCOMMIT;\n"
        "BEGIN;\nALTER TABLE t ADD CONSTRAINT t_b_check CHECK (b > 0) NOT VALID;\nCOMMIT;\n"
        "BEGIN;\nALTER TABLE t VALIDATE CONSTRAINT t_b_check;\nCOMMIT;\n");
    CHECK(fired(findings) == Strings{"check-add-not-valid@3", "check-validate@4", "exec-short-strong-lock-txn@4",
                                     "check-add-not-valid@7", "check-validate@10"});
}

TEST_CASE("engine: column facts come from the starting schema when one is given") {
    model::Schema before = parse_normalized("CREATE TABLE t (a varchar(10));");
    auto widen =
        "SET lock_timeout = '2s'; SET statement_timeout = '1h';\nALTER TABLE t ALTER COLUMN a TYPE varchar(20);\n";
    CHECK(fired(lint(widen)) == Strings{"type-change-rewrite@2"});  // the old type is unknown
    CHECK(fired(lint(widen, options(), before)) == Strings{"type-change-coercible@2"});
}

TEST_CASE("engine: an inline acknowledgement covers its rule on the statement directly below it") {
    auto findings = lint(
        "SET lock_timeout = '2s';\n"
        "-- schemadiff:allow column-drop reason=\"unused since v3\"\n"
        "ALTER TABLE t DROP COLUMN a;\n"
        "-- schemadiff:allow column-drop reason=\"not directly above\"\n"
        "\n"
        "ALTER TABLE t DROP COLUMN b;\n"
        "-- schemadiff:allow index-create reason=\"another rule\"\n"
        "ALTER TABLE t DROP COLUMN c;\n");
    REQUIRE(findings.size() == 3);
    REQUIRE(findings[0].acknowledgement.has_value());
    CHECK(findings[0].acknowledgement->source == "inline");
    CHECK(findings[0].acknowledgement->reason == "unused since v3");
    CHECK(findings[0].acknowledgement->where->line == 2);
    CHECK_FALSE(findings[1].acknowledgement.has_value());
    CHECK_FALSE(findings[2].acknowledgement.has_value());
}

TEST_CASE("engine: an allow-file entry covers the finding with its rule and object") {
    auto findings = lint("SET lock_timeout = '2s';\nALTER TABLE t DROP COLUMN a, DROP COLUMN b;\n",
                         options({entry("column-drop", "public.t.a", "unused", "alice", "2026-06-15")}));
    REQUIRE(findings.size() == 2);
    REQUIRE(findings[0].acknowledgement.has_value());
    CHECK(findings[0].acknowledgement->source == "allow-file");
    CHECK(findings[0].acknowledgement->approver == "alice");
    CHECK_FALSE(findings[1].acknowledgement.has_value());
}

TEST_CASE("engine: expired, unexplained, unapproved or unknown acknowledgements are ack-invalid findings") {
    auto findings = lint(
        "SET lock_timeout = '2s';\n"
        "-- schemadiff:allow column-drop reason=\"old\" expires=2026-06-14\n"
        "ALTER TABLE t DROP COLUMN a;\n"
        "-- schemadiff:allow no-such-rule reason=\"typo\"\n"
        "ALTER TABLE t DROP COLUMN b;\n",
        options({entry("column-drop", "public.t.b", "", "alice"), entry("column-drop", "public.t.b", "unused", ""),
                 entry("column-drop", "public.t.b", "unused", "alice", "31.01.2027")}));
    REQUIRE(findings.size() == 7);
    CHECK_FALSE(findings[0].acknowledgement.has_value());
    CHECK_FALSE(findings[1].acknowledgement.has_value());
    Strings reasons;
    for (size_t idx = 2; idx < findings.size(); ++idx) {
        CHECK(findings[idx].verdict.rule == "ack-invalid");
        CHECK(findings[idx].verdict.severity == safety::Severity::Dangerous);
        reasons.push_back(findings[idx].verdict.reason.substr(0, findings[idx].verdict.reason.find(':')));
    }
    CHECK(reasons == Strings{"the inline acknowledgement expired on 2026-06-14",
                             "the inline acknowledgement names the unknown rule no-such-rule",
                             "the allow-file entry gives no reason", "the allow-file entry names no approver",
                             "the allow-file entry expires on \"31.01.2027\", which is not a date YYYY-MM-DD"});
    CHECK(findings[2].where->to_string() == findings[2].where->file + ":2:1");
    CHECK(findings[4].where->to_string() == "allow.json");
}

TEST_CASE("engine: an allow file is read, and a broken one is an error naming it") {
    TempDir dir;
    auto entries = engine::read_allow_file(
        dir.write("ok.json", R"({"version": 1, "allow": [{"rule": "table-drop", "object": "public.t", "reason": "r",
                       "approver": "bob", "expires": "2027-01-31"}]})"));
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].rule == "table-drop");
    CHECK(entries[0].expires == "2027-01-31");
    auto broken = [&](const std::string& text) {
        auto path = dir.write("broken.json", text);
        Error error = error_of([&] { engine::read_allow_file(path); });
        CHECK(error.kind() == ErrorKind::Parse);
        CHECK(error.where()->file == path.string());
        return error.message();
    };
    CHECK(broken("{\"version\": 1, \"allow\": [").rfind("allow file is not JSON: ", 0) == 0);
    CHECK(broken("{\"version\": 2, \"allow\": []}") == "an allow file is {\"version\": 1, \"allow\": [...]}");
    CHECK(broken("{\"version\": 1, \"allow\": {}}") == "\"allow\" must be a list");
    CHECK(broken("{\"version\": 1, \"allow\": [{\"rule\": 3}]}") == "allow entry 1: \"rule\" must be a string");
    CHECK(error_of([&] { engine::read_allow_file(dir.path() / "missing.json"); }).kind() == ErrorKind::Io);
}

TEST_CASE("engine: diff-mode findings point at the declaration, or at the table of what is gone") {
    TempDir dir;
    auto to_file = dir.write("to.sql",
                             "-- schemadiff:allow column-drop reason=\"unused\"\n"
                             "CREATE TABLE t (\n    id int,\n    b text\n);\n");
    model::Schema from = parse_normalized("CREATE TABLE t (id int, a text);");
    model::Schema to = parser::parse_schema_paths({to_file});
    parser::normalize(to);
    auto plan = planner::make_plan(diff::compare(from, to));
    auto findings = engine::check_plan(plan, from, to, options());
    Strings where;
    for (const auto& finding : findings) {
        where.push_back(finding.verdict.rule + "@" + finding.where->to_string().substr(finding.where->file.size()));
    }
    CHECK(where == Strings{"column-add-nullable@:4:5", "column-drop@:2:1"});
    REQUIRE(findings[1].acknowledgement.has_value());
    CHECK(findings[1].acknowledgement->reason == "unused");
    CHECK(findings[1].statement == "ALTER TABLE public.t DROP COLUMN a");
}
