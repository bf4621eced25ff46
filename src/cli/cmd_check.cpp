// schemadiff check: the CI gate. Classifies the planned migration (--db + --schema) or lints migration files, prints
// a report, and fails (exit 3) on unacknowledged findings at or above --fail-on.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>

#include "cli_common.hpp"
#include "schemadiff/core/error.hpp"
#include "schemadiff/engine/check.hpp"
#include "schemadiff/engine/engine.hpp"
#include "schemadiff/render/report.hpp"

namespace schemadiff::cli {

namespace {

constexpr const char* kDefaultAllowFile = ".schemadiff-allow.json";

struct CheckOptions {
    std::vector<std::string> files;
    std::vector<std::string> from;
    std::vector<std::string> to;
    std::string format = "text";
    std::string min_level = "careful";
    std::string fail_on = "dangerous";
    std::string allow_file;
    bool assume_in_transaction = false;
    std::string rules_url = SCHEMADIFF_RULES_URL;
    PlanFlags plan;
};

auto severity(const std::string& name) -> safety::Severity {
    auto parsed = safety::parse_severity(name);
    if (!parsed) throw Error(ErrorKind::Usage, "unknown class " + name + " (safe, careful, dangerous)");
    return *parsed;
}

/// --rules-url: an absolute http(s) URL that a "#rule-<id>" anchor can follow; "" when it is one, else why not.
auto rules_url_problem(const std::string& url) -> std::string {
    if (url.empty()) return "";
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0)
        return "must be an absolute http(s) URL (where docs/rules.md is published)";
    for (char c : url) {
        auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f || c == '#' || c == '"' || c == '<' || c == '>' || c == '\\')
            return "must be a URL without spaces, quotes, angle brackets, backslashes, non-ASCII bytes or a #fragment";
    }
    return "";
}

auto allow_entries(const std::string& allow_file) -> std::vector<engine::AllowEntry> {
    if (!allow_file.empty()) return engine::read_allow_file(allow_file);
    std::error_code ec;
    if (std::filesystem::exists(kDefaultAllowFile, ec)) return engine::read_allow_file(kDefaultAllowFile);
    return {};
}

auto findings_of(const CheckOptions& options, engine::CheckOptions& check) -> std::vector<render::Finding> {
    if (!options.files.empty()) {
        if (!options.to.empty()) {
            throw Error(ErrorKind::Usage, "check takes migration files or --schema/--to, not both");
        }
        engine::Loaded before;
        if (!options.from.empty()) {
            engine::Source source = engine::source_from(options.from);
            if (!source.is_database) {
                throw Error(ErrorKind::Usage, "with migration files, --db must be a database connection string");
            }
            before = engine::load(source);
            check.live_schema = true;
        }
        check.context = plan_options(options.plan, before).context;
        std::vector<std::filesystem::path> files(options.files.begin(), options.files.end());
        return engine::check_migration_files(files, before.schema, check);
    }
    if (options.from.empty() || options.to.empty()) {
        throw Error(ErrorKind::Usage, "check needs migration files, or --db/--from and --schema/--to");
    }
    auto [from, to] = load_sides(options.plan, engine::source_from(options.from), engine::source_from(options.to));
    planner::Options plan = plan_options(options.plan, from);
    check.context = plan.context;
    auto migration = engine::plan_migration(from.schema, to.schema, plan);
    return engine::check_plan(migration.up, from.schema, to.schema, check);
}

void run_check(const CheckOptions& options) {
    render::ReportOptions report{severity(options.min_level), severity(options.fail_on), SCHEMADIFF_VERSION,
                                 options.rules_url};
    // Colour for people at a terminal, unless NO_COLOR (no-color.org) or a dumb terminal says otherwise.
    const char* no_colour = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    report.colour = ::isatty(STDOUT_FILENO) == 1 && (no_colour == nullptr || *no_colour == '\0') &&
                    !(term != nullptr && std::string_view(term) == "dumb");
    if (report.fail_on < report.min_level) {
        throw Error(ErrorKind::Usage, "--fail-on " + options.fail_on + " needs --min-level " + options.fail_on +
                                          " or lower: a finding that fails the gate must be reported");
    }
    engine::CheckOptions check;
    check.allow = allow_entries(options.allow_file);
    check.today = engine::utc_date();
    check.assume_in_transaction = options.assume_in_transaction;
    auto findings = findings_of(options, check);
    std::cout << render::render_report(findings, *render::report_format(options.format), report);
    if (render::gate_fails(findings, report)) exit_code = kExitDangerous;
}

}  // namespace

void add_check_command(CLI::App& app) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* cmd = app.add_subcommand(
        "check",
        "CI gate: classify the planned migration (--db + --schema) or lint migration files; exit 3 on "
        "unacknowledged findings at or above --fail-on");
    cmd->add_option("files", options->files,
                    "Migration files, or folders of them (*.sql below it, not *.down.sql, in version order), to lint "
                    "statement by statement; each file starts from the schema the ones before it leave");
    cmd->add_flag("--assume-in-transaction", options->assume_in_transaction,
                  "Lint as if the runner wrapped each file in a transaction (Flyway, dbmate, Alembic)");
    // One value per --db / --from (repeat it for several files), so `check --db URL migration.sql` lints the file.
    cmd->add_option("--from,--db", options->from,
                    "Current state: a database URL (with migration files: the schema they run on) or schema files")
        ->allow_extra_args(false);
    cmd->add_option("--to,--schema", options->to, "Desired state: schema files/folders or a database URL");
    cmd->add_option("--format", options->format, "Report format")
        ->check(CLI::IsMember(render::report_format_names()))
        ->capture_default_str();
    cmd->add_option("--min-level", options->min_level, "Report findings of this class and above")
        ->check(CLI::IsMember({"safe", "careful", "dangerous"}))
        ->capture_default_str();
    cmd->add_option("--fail-on", options->fail_on, "Fail (exit 3) on unacknowledged findings of this class and above")
        ->check(CLI::IsMember({"careful", "dangerous"}))
        ->capture_default_str();
    cmd->add_option("--allow-file", options->allow_file,
                    std::string("Reviewed acknowledgements (JSON); default: ") + kDefaultAllowFile +
                        " in the current folder, when it exists");
    cmd->add_option("--rules-url", options->rules_url,
                    "Where docs/rules.md is published: SARIF links each rule to its section there (helpUri)")
        ->envname("SCHEMADIFF_RULES_URL")
        ->check(CLI::Validator(rules_url_problem, "URL", "rules-url"))
        ->capture_default_str();
    add_plan_flags(cmd, options->plan);
    cmd->callback([options] { run_check(*options); });
}

}  // namespace schemadiff::cli
