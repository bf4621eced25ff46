// The migration-case oracle. For tests/cases/<kind>/<name>/ with from.sql (optional), to.sql, data.sql (optional)
// and the golden expected.up.sql / expected.down.sql it checks:
//   offline  self-diff of from and to is empty; the rendered up/down migrations equal the golden files
//            (SCHEMADIFF_UPDATE_GOLDEN=1 rewrites them instead);
//   online   (PG* variables point at a server; otherwise exit 77 = skipped)
//     1. parse(from) == introspect(database loaded with from.sql), and the same for to.sql; the database's
//        `schemadiff inspect` output parses back to the same model;
//     2. the plan from the introspected database renders the same up migration;
//     3. after data.sql and the up migration (psql -v ON_ERROR_STOP=1 -f), introspect == parse(to);
//     4. after the down migration, introspect == parse(from).
// "==" means: diffing the two yields no operation, in both directions.
#include "schemadiff/core/error.hpp"
#include "schemadiff/diff/diff.hpp"
#include "schemadiff/engine/engine.hpp"
#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/parser/parse.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace schemadiff;

namespace {

std::vector<std::string> failures;

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
    auto forward = diff::compare(actual, expected);
    auto backward = diff::compare(expected, actual);
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
        failures.push_back(fmt::format("{} is missing (run with SCHEMADIFF_UPDATE_GOLDEN=1 and review it)", path.string()));
    } else if (read_text(path) != actual) {
        fs::path actual_path = path.string() + ".actual";
        write_text(actual_path, actual);
        failures.push_back(fmt::format("{} differs from the output (written to {}; diff them)", path.string(),
                                       actual_path.string()));
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

/// A scratch database dropped when it goes out of scope.
class ScratchDatabase {
public:
    explicit ScratchDatabase(const std::string& name) : name_(name) {
        introspect::execute(admin(), fmt::format("DROP DATABASE IF EXISTS \"{}\"", name_));
        introspect::execute(admin(), fmt::format("CREATE DATABASE \"{}\"", name_));
    }
    ~ScratchDatabase() {
        try {
            introspect::execute(admin(), fmt::format("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", name_));
        } catch (const std::exception&) {
        }
    }
    auto conninfo() const -> std::string { return introspect::with_database(admin(), name_); }
    static auto admin() -> std::string { return introspect::with_database("", "postgres"); }

private:
    std::string name_;
};

auto introspected(const std::string& conninfo) -> model::Schema {
    auto schema = introspect::read_schema(conninfo).schema;
    parser::normalize(schema);
    return schema;
}

auto database_name(const fs::path& dir, const char* role) -> std::string {
    std::string name = "sdtest_" + dir.parent_path().filename().string() + "_" + dir.filename().string();
    for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    return fmt::format("{}_{}_{}", name.substr(0, 40), role, ::getpid());
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
    try {
        model::Schema from = has_from ? parser::parse_schema_paths({from_file}) : model::Schema{};
        model::Schema to = parser::parse_schema_paths({to_file});
        parser::normalize(from);
        parser::normalize(to);
        if (!diff::compare(from, from).empty()) failures.push_back("from.sql compared with itself is not empty");
        if (!diff::compare(to, to).empty()) failures.push_back("to.sql compared with itself is not empty");
        auto migration = engine::plan_migration(from, to);
        // A case named *_noop states that from.sql and to.sql are the same schema spelled differently.
        bool expect_no_changes = dir.filename().string().size() > 5 &&
                                 dir.filename().string().compare(dir.filename().string().size() - 5, 5, "_noop") == 0;
        if (expect_no_changes && !migration.up.empty()) {
            failures.push_back("a *_noop case must produce no operations, but the plan is:\n" +
                               describe_ops(diff::compare(from, to)));
        } else if (!expect_no_changes && migration.up.empty()) {
            failures.push_back("from.sql and to.sql do not differ: the case tests nothing (name it *_noop if that is "
                               "the point)");
        }
        render::MigrationInfo info{dir.filename().string(), "0", "up", "from.sql", "to.sql", "test"};
        auto templates = render::TemplateSet::embedded();
        std::string up_text = render::render_migration(migration.up, info, templates);
        render::MigrationInfo down_info{dir.filename().string(), "0", "down", "to.sql", "from.sql", "test"};
        std::string down_text = render::render_migration(migration.down, down_info, templates);
        check_golden(dir / "expected.up.sql", up_text);
        check_golden(dir / "expected.down.sql", down_text);
        check_golden(dir / "expected.safety", safety_lines(migration.up));

        if (std::getenv("PGHOST") == nullptr && std::getenv("PGPORT") == nullptr) {
            for (const auto& failure : failures) std::cerr << "FAIL " << failure << "\n";
            if (!failures.empty()) return 1;
            std::cout << "online checks skipped: no PG* variables\n";
            return 77;
        }

        ScratchDatabase current(database_name(dir, "a"));
        if (has_from && !psql_file(current.conninfo(), from_file, "loading from.sql")) throw 1;
        model::Schema live = introspected(current.conninfo());
        expect_same(from, live, "1. parse(from.sql) vs the database built from it");
        // schemadiff inspect's output must read back as the same model.
        std::string inspected = render::render_statements(
            planner::make_plan(diff::compare(model::Schema{}, live), planner::Options{.safe_rewrites = false}));
        model::Schema reparsed = parser::parse_schema_text(inspected, "inspect output");
        parser::normalize(reparsed);
        expect_same(live, reparsed, "1b. parse(inspect(database)) vs the database");
        auto live_plan = engine::plan_migration(live, to);
        if (render::render_migration(live_plan.up, info, templates) != up_text) {
            failures.push_back("2. the plan from the live database differs from the plan from from.sql");
        }
        if (fs::exists(data_file) && !psql_file(current.conninfo(), data_file, "loading data.sql")) throw 1;
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

        ScratchDatabase target(database_name(dir, "b"));
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
