// The migration-case oracle. For tests/cases/<kind>/<name>/ with from.sql (optional), to.sql, data.sql (optional)
// and the golden expected.up.sql / expected.down.sql it checks:
//   offline  self-diff of from and to is empty; the rendered up/down migrations equal the golden files
//            (SCHEMADIFF_UPDATE_GOLDEN=1 rewrites them instead); lint of the up file agrees with its header
//            (check_agreement);
//   online   (PG* variables point at a server; otherwise exit 77 = skipped). Schema files with views, functions
//            and other objects read through a scratch database need the server for the offline checks too.
//     1. parse(from) == introspect(database loaded with from.sql), and the same for to.sql; the database's
//        `schemadiff inspect` output parses back to the same model;
//     2. the plan from the introspected database renders the same up migration;
//     3. after data.sql and the up migration (psql -v ON_ERROR_STOP=1 -f; with case.conf `search_path`, the database
//        sets it first), introspect == parse(to);
//     4. after the down migration, introspect == parse(from).
// "==" means: diffing the two yields no operation, in both directions.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "schemadiff/core/error.hpp"
#include "schemadiff/diff/diff.hpp"
#include "schemadiff/engine/check.hpp"
#include "schemadiff/engine/engine.hpp"
#include "schemadiff/engine/scratch.hpp"
#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/parser/parse.hpp"

namespace fs = std::filesystem;
using namespace schemadiff;

namespace {

std::vector<std::string> failures;
bool privileges = false;  // case.conf: privileges = true

auto compare(const model::Schema& from, const model::Schema& to) -> std::vector<model::Operation> {
    return diff::compare(from, to, diff::CompareOptions{privileges});
}

auto read_text(const fs::path& path) -> std::string {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

auto describe_ops(const std::vector<model::Operation>& ops) -> std::string {
    std::string out;
    auto plan = planner::make_plan(ops, planner::Options{.safe_rewrites = false});
    for (const auto* step : plan.steps()) {
        out += fmt::format("    {} {}\n", model::kind_name(step->operation), model::subject(step->operation));
        for (const auto& sql : step->sql) out += "      " + sql + "\n";
    }
    return out;
}

/// expected.safety: one line per up step, codes not prose (rewording a reason never breaks a case).
auto safety_lines(const planner::Plan& plan) -> std::string {
    std::string out = "# class rule operation object\n";
    for (const auto* step : plan.steps()) {
        out += fmt::format("{} {} {} {}\n", safety::severity_name(step->verdict.severity), step->verdict.rule,
                           model::kind_name(step->operation), model::subject(step->operation));
    }
    return out;
}

void expect_same(const model::Schema& expected, const model::Schema& actual, const std::string& what) {
    auto forward = compare(actual, expected);
    auto backward = compare(expected, actual);
    if (!forward.empty() || !backward.empty()) {
        failures.push_back(fmt::format("{}: models differ; turning the database into the file would need:\n{}", what,
                                       describe_ops(forward)));
    }
}

void check_golden(const fs::path& path, const std::string& actual) {
    if (const char* update = std::getenv("SCHEMADIFF_UPDATE_GOLDEN"); update != nullptr && std::string(update) == "1") {
        if (!fs::exists(path) || read_text(path) != actual) write_text(path, actual);
        return;
    }
    if (!fs::exists(path)) {
        failures.push_back(
            fmt::format("{} is missing (run with SCHEMADIFF_UPDATE_GOLDEN=1 and review it)", path.string()));
    } else if (read_text(path) != actual) {
        fs::path actual_path = path.string() + ".actual";
        write_text(actual_path, actual);
        failures.push_back(
            fmt::format("{} differs from the output (written to {}; diff them)", path.string(), actual_path.string()));
    }
}

auto shell_quote(const std::string& text) -> std::string {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

/// Runs a file through psql, as users run migrations. Returns false (and records psql's output) on failure.
auto psql_file(const std::string& conninfo, const fs::path& file, const std::string& what) -> bool {
    fs::path log = fs::temp_directory_path() / fmt::format("schemadiff-case-{}.log", ::getpid());
    std::string command = fmt::format("psql -X -q -v ON_ERROR_STOP=1 -d {} -f {} > {} 2>&1", shell_quote(conninfo),
                                      shell_quote(file.string()), shell_quote(log.string()));
    int status = std::system(command.c_str());
    std::string output = read_text(log);
    fs::remove(log);
    if (status != 0) {
        failures.push_back(fmt::format("{}: psql failed:\n{}", what, output));
        return false;
    }
    return true;
}

/// The first line psql prints for a query (-At), "" when it fails.
auto psql_value(const std::string& conninfo, const std::string& sql) -> std::string {
    std::string command = fmt::format("psql -X -At -d {} -c {} 2>/dev/null", shell_quote(conninfo), shell_quote(sql));
    std::string out;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[256];
        if (std::fgets(buffer, sizeof buffer, pipe) != nullptr) out = buffer;
        ::pclose(pipe);
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    return out;
}

/// The test server's maintenance database: where the cases' databases are made (engine::ScratchDatabase).
auto admin() -> std::string {
    return introspect::with_database("", "postgres");
}

auto online() -> bool {
    return std::getenv("PGHOST") != nullptr || std::getenv("PGPORT") != nullptr;
}

/// A schema file as schemadiff reads it: parsed, or (views, functions, ...) through a scratch database.
auto load_file(const fs::path& file) -> model::Schema {
    engine::Source source;
    source.paths = {file};
    return engine::load(source, engine::LoadOptions{online() ? admin() : std::string(), privileges}).schema;
}

auto case_option(const fs::path& dir, const std::string& key) -> std::string {
    std::ifstream in(dir / "case.conf");
    std::string line;
    while (std::getline(in, line)) {
        auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        auto trim = [](std::string text) {
            text.erase(0, text.find_first_not_of(" \t"));
            text.erase(text.find_last_not_of(" \t\r") + 1);
            return text;
        };
        if (trim(line.substr(0, eq)) == key) return trim(line.substr(eq + 1));
    }
    return "";
}

/// SAFE < CAREFUL < DANGEROUS (the enumeration's order).
auto severity_rank(safety::Severity severity) -> int {
    return static_cast<int>(severity);
}

/// tests/cases/agreement-exceptions.txt: the (generate rule, lint rule) pairs where lint names a step differently.
auto agreement_exceptions() -> const std::set<std::pair<std::string, std::string>>& {
    static const std::set<std::pair<std::string, std::string>> pairs = [] {
        std::set<std::pair<std::string, std::string>> out;
        std::ifstream in(fs::path(SCHEMADIFF_CASES_DIR) / "agreement-exceptions.txt");
        for (std::string line; std::getline(in, line);) {
            std::istringstream words(line);
            std::string generate, lint;
            if (line.empty() || line[0] == '#' || !(words >> generate >> lint)) continue;
            out.insert({generate, lint});
        }
        return out;
    }();
    return pairs;
}

/// The agreement check (issue 15): lints the generated up file on the from schema, as `schemadiff check --db` of the
/// from database does, and pairs each lint finding with the plan step whose statement it is about (by the line the
/// statement starts on). Each step must get the class and rule the header of the file gives it; a finding of a
/// statement that is no step (the file's own SET, BEGIN, ...) must not be above SAFE. Lint may be laxer than generate
/// only where tests/cases/agreement-exceptions.txt says why; it is never stricter on generate's own output.
/// SCHEMADIFF_AGREEMENT=1 prints every step ("AGREE" / "DIFFER" / "LAXER" / "STRICTER") for the measurement.
void check_agreement(const fs::path& dir, const planner::Plan& up, const std::string& up_text,
                     const model::Schema& from, const planner::Options& options) {
    bool print = std::getenv("SCHEMADIFF_AGREEMENT") != nullptr;
    std::string name = dir.parent_path().filename().string() + "/" + dir.filename().string();
    fs::path path = fs::temp_directory_path() / fmt::format("schemadiff-agreement-{}.sql", ::getpid());
    write_text(path, up_text);
    engine::CheckOptions check;
    check.context = options.context;
    check.live_schema = true;
    std::vector<render::Finding> findings;
    try {
        findings = engine::check_migration_files({path}, from, check);
    } catch (const std::exception& error) {
        fs::remove(path);
        failures.push_back(fmt::format("agreement: linting the up file failed: {}", error.what()));
        return;
    }
    fs::remove(path);
    // The line each step's statements start on.
    std::map<int, size_t> step_at_line;
    auto steps = up.steps();
    size_t cursor = 0;
    for (size_t index = 0; index < steps.size(); ++index) {
        for (const auto& sql : steps[index]->sql) {
            size_t at = up_text.find("\n" + sql + ";", cursor);
            if (at == std::string::npos) {
                failures.push_back(fmt::format("agreement: step {} ({}) not found in the up file", index + 1, sql));
                return;
            }
            // every line of it: one item may hold two statements (SET LOCAL check_function_bodies = off; CREATE ...)
            int line = 2 + static_cast<int>(std::count(up_text.begin(), up_text.begin() + at, '\n'));
            int lines = 1 + static_cast<int>(std::count(sql.begin(), sql.end(), '\n'));
            for (int covered = line; covered < line + lines; ++covered) step_at_line[covered] = index;
            cursor = at + 1;
        }
    }
    std::vector<std::vector<const render::Finding*>> lint(steps.size());
    for (const auto& finding : findings) {
        auto step = finding.where ? step_at_line.find(finding.where->line) : step_at_line.end();
        if (step != step_at_line.end()) {
            lint[step->second].push_back(&finding);
        } else if (finding.verdict.severity != safety::Severity::Safe) {
            std::string line =
                fmt::format("EXTRA {} line {}: lint {} {} ({})", name, finding.where ? finding.where->line : 0,
                            safety::severity_name(finding.verdict.severity), finding.verdict.rule, finding.statement);
            if (print) std::cout << line << "\n";
            failures.push_back("agreement: a statement that is no step of the plan has a finding: " + line);
        }
    }
    for (size_t index = 0; index < steps.size(); ++index) {
        const safety::Verdict& mine = steps[index]->verdict;
        std::string generate = fmt::format("{} {}", safety::severity_name(mine.severity), mine.rule);
        // lint's verdict for the step: its worst finding, the one of the step's rule first among equals
        const render::Finding* theirs = nullptr;
        for (const auto* finding : lint[index]) {
            if (theirs == nullptr ||
                severity_rank(finding->verdict.severity) > severity_rank(theirs->verdict.severity) ||
                (finding->verdict.severity == theirs->verdict.severity && finding->verdict.rule == mine.rule))
                theirs = finding;
        }
        std::string linted = theirs == nullptr ? std::string("(none)")
                                               : fmt::format("{} {}", safety::severity_name(theirs->verdict.severity),
                                                             theirs->verdict.rule);
        std::string verdict =
            generate == linted                                                                            ? "AGREE"
            : theirs == nullptr || severity_rank(theirs->verdict.severity) < severity_rank(mine.severity) ? "LAXER"
            : severity_rank(theirs->verdict.severity) > severity_rank(mine.severity)                      ? "STRICTER"
                                                                                                          : "DIFFER";
        std::string line = fmt::format("{} {} step {} {}: generate {} lint {}", verdict, name, index + 1,
                                       model::kind_name(steps[index]->operation), generate, linted);
        if (verdict == "DIFFER" || verdict == "LAXER") {
            if (theirs != nullptr && agreement_exceptions().count({mine.rule, theirs->verdict.rule}) != 0)
                verdict = "EXCEPTION";
            line = verdict + line.substr(line.find(' '));
        }
        if (print) std::cout << line << "\n";
        if (verdict != "AGREE" && verdict != "EXCEPTION") failures.push_back("agreement: " + line);
    }
}

auto introspected(const std::string& conninfo) -> model::Schema {
    auto schema = engine::read_database(conninfo).schema;
    parser::normalize(schema);
    return schema;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: run_case CASE_DIR\n";
        return 2;
    }
    fs::path dir = argv[1];
    fs::path from_file = dir / "from.sql", to_file = dir / "to.sql", data_file = dir / "data.sql";
    bool has_from = fs::exists(from_file);
    privileges = case_option(dir, "privileges") == "true";
    planner::Options plan_options;
    plan_options.privileges = privileges;
    if (!online()) {
        bool needs_server = !parser::parse_schema_sources({to_file}).server_needed.empty() ||
                            (has_from && !parser::parse_schema_sources({from_file}).server_needed.empty());
        if (needs_server) {
            std::cout << "skipped: the schema files need a scratch database (no PG* variables)\n";
            return 77;
        }
    }
    // The goldens are the output against PostgreSQL 15 (case.conf `golden_version` says otherwise): the catalog of
    // later versions prints some definitions differently (16 drops the table qualifiers of a one-table view), so on
    // other versions the goldens are not compared; every other check runs.
    bool compare_goldens = true;
    if (online()) {
        std::string server = admin();
        std::string version_num = psql_value(server, "SHOW server_version_num");
        std::string golden_version = case_option(dir, "golden_version");
        if (golden_version.empty()) golden_version = "15";
        if (version_num.size() > 4 && version_num.substr(0, version_num.size() - 4) != golden_version)
            compare_goldens = false;
        // case.conf `requires = lz4`: a server built without lz4 (the npm packages) skips the case.
        if (case_option(dir, "requires") == "lz4" &&
            psql_value(server,
                       "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'") !=
                "t") {
            std::cout << "skipped: the server has no lz4 compression\n";
            return 77;
        }
    }
    try {
        // Roles are cluster-wide: case.conf `roles = a, b` names the ones the case's GRANTs and policies use.
        if (online()) {
            std::stringstream roles(case_option(dir, "roles"));
            for (std::string role; std::getline(roles, role, ',');) {
                role.erase(0, role.find_first_not_of(' '));
                role.erase(role.find_last_not_of(' ') + 1);
                if (role.empty()) continue;
                introspect::execute(
                    admin(),
                    fmt::format("DO $$BEGIN CREATE ROLE {}; EXCEPTION WHEN duplicate_object THEN NULL; END$$", role));
            }
        }
        model::Schema from = has_from ? load_file(from_file) : model::Schema{};
        model::Schema to = load_file(to_file);
        if (!compare(from, from).empty()) failures.push_back("from.sql compared with itself is not empty");
        if (!compare(to, to).empty()) failures.push_back("to.sql compared with itself is not empty");
        auto migration = engine::plan_migration(from, to, plan_options);
        // A case named *_noop states that from.sql and to.sql are the same schema spelled differently.
        bool expect_no_changes = dir.filename().string().size() > 5 &&
                                 dir.filename().string().compare(dir.filename().string().size() - 5, 5, "_noop") == 0;
        if (expect_no_changes && !migration.up.empty()) {
            failures.push_back("a *_noop case must produce no operations, but the plan is:\n" +
                               describe_ops(compare(from, to)));
        } else if (!expect_no_changes && migration.up.empty()) {
            failures.push_back(
                "from.sql and to.sql do not differ: the case tests nothing (name it *_noop if that is "
                "the point)");
        }
        render::MigrationInfo info{dir.filename().string(), "0", "up", "from.sql", "to.sql", "test"};
        auto templates = render::TemplateSet::embedded();
        std::string up_text = render::render_migration(migration.up, info, templates);
        render::MigrationInfo down_info{dir.filename().string(), "0", "down", "to.sql", "from.sql", "test"};
        std::string down_text = render::render_migration(migration.down, down_info, templates);
        if (!migration.up.empty()) {
            planner::Options lint_options = plan_options;
            lint_options.context.before = &from;
            check_agreement(dir, migration.up, up_text, from, lint_options);
            if (std::getenv("SCHEMADIFF_AGREEMENT") != nullptr) return 0;  // the measurement only
        }
        if (compare_goldens) {
            check_golden(dir / "expected.up.sql", up_text);
            check_golden(dir / "expected.down.sql", down_text);
            check_golden(dir / "expected.safety", safety_lines(migration.up));
        }

        if (!online()) {
            for (const auto& failure : failures) std::cerr << "FAIL " << failure << "\n";
            if (!failures.empty()) return 1;
            std::cout << "online checks skipped: no PG* variables\n";
            return 77;
        }

        engine::ScratchDatabase current(admin());
        if (has_from && !psql_file(current.conninfo(), from_file, "loading from.sql")) throw 1;
        model::Schema live = introspected(current.conninfo());
        expect_same(from, live, "1. parse(from.sql) vs the database built from it");
        // schemadiff inspect's output must read back as the same model.
        engine::Source database;
        database.is_database = true;
        database.conninfo = current.conninfo();
        std::string inspected = engine::inspect(database, privileges);
        fs::path inspect_path = fs::temp_directory_path() / fmt::format("schemadiff-case-{}.inspect.sql", ::getpid());
        write_text(inspect_path, inspected);
        model::Schema reparsed = load_file(inspect_path);
        fs::remove(inspect_path);
        expect_same(live, reparsed, "1b. parse(inspect(database)) vs the database");
        auto live_plan = engine::plan_migration(live, to, plan_options);
        if (render::render_migration(live_plan.up, info, templates) != up_text) {
            failures.push_back("2. the plan from the live database differs from the plan from from.sql");
        }
        if (fs::exists(data_file) && !psql_file(current.conninfo(), data_file, "loading data.sql")) throw 1;
        // case.conf `search_path = app, public`: the database the migrations run on sets a search_path in which
        // same-named objects of another schema come first; the migrations must mean exactly what they say.
        if (std::string path = case_option(dir, "search_path"); !path.empty()) {
            introspect::execute(admin(), fmt::format("ALTER DATABASE {} SET search_path = {}", current.name(), path));
        }
        fs::path up_path = fs::temp_directory_path() / fmt::format("schemadiff-case-{}.up.sql", ::getpid());
        fs::path down_path = fs::temp_directory_path() / fmt::format("schemadiff-case-{}.down.sql", ::getpid());
        write_text(up_path, render::render_migration(live_plan.up, info, templates));
        write_text(down_path, render::render_migration(live_plan.down, down_info, templates));
        if (psql_file(current.conninfo(), up_path, "3. applying the up migration")) {
            model::Schema after_up = introspected(current.conninfo());
            expect_same(to, after_up, "3. parse(to.sql) vs the database after the up migration");
            if (psql_file(current.conninfo(), down_path, "4. applying the down migration")) {
                expect_same(from, introspected(current.conninfo()),
                            "4. parse(from.sql) vs the database after the down migration");
            }
        }
        fs::remove(up_path);
        fs::remove(down_path);

        engine::ScratchDatabase target(admin());
        if (psql_file(target.conninfo(), to_file, "loading to.sql")) {
            expect_same(to, introspected(target.conninfo()), "1. parse(to.sql) vs the database built from it");
        }
    } catch (const Error& failure) {
        failures.push_back(fmt::format("error: {}", failure.what()));
    } catch (int) {
        // already recorded
    }
    for (const auto& failure : failures) std::cerr << "FAIL " << failure << "\n";
    if (failures.empty()) std::cout << "ok\n";
    return failures.empty() ? 0 : 1;
}
