// schemadiff check: findings for a plan or for migration files, the execution-envelope rules (catalogue §4) that only
// hand-written files can break, and the acknowledgements that let a reviewed finding pass the gate.
#include "schemadiff/engine/check.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <tuple>

#include "schemadiff/core/error.hpp"
#include "schemadiff/model/not_null_proof.hpp"
#include "schemadiff/parser/parse.hpp"
#include "schemadiff/parser/parse_migration.hpp"

namespace schemadiff::engine {

using render::Finding;

namespace {

auto finding_for(const model::Operation& operation, safety::Verdict verdict, std::string statement,
                 std::optional<SourceLocation> where) -> Finding {
    return Finding{std::move(verdict), std::string(model::kind_name(operation)), std::move(statement), std::move(where),
                   std::nullopt};
}

/// A finding of rule `rule_id` about how the statement of `about` runs: same operation, statement and place.
auto envelope_finding(const Finding& about, std::string_view rule_id, std::string object, const std::string& why)
    -> Finding {
    Finding out = about;
    out.verdict = safety::rule_verdict(rule_id, std::move(object));
    out.verdict.reason = why + ": " + out.verdict.reason;
    return out;
}

/// Locks that queue every later query on the table while they wait (PostgreSQL docs §13.3.1: ACCESS EXCLUSIVE blocks
/// reads; SHARE and SHARE ROW EXCLUSIVE block writes, and every lock request queued behind them waits as well).
auto queues_traffic(safety::LockMode lock) -> bool {
    return lock == safety::LockMode::AccessExclusive || lock == safety::LockMode::Share ||
           lock == safety::LockMode::ShareRowExclusive;
}

auto concurrently(const model::Operation& operation) -> bool {
    if (const auto* create = std::get_if<model::CreateIndex>(&operation)) return create->concurrently;
    if (const auto* object = std::get_if<model::CreateObject>(&operation))  // an index of a materialized view
        return object->object.kind == model::ObjectKind::MaterializedViewIndex &&
               object->object.create.find(" INDEX CONCURRENTLY ") != std::string::npos;  // the deparser's spelling
    if (const auto* drop = std::get_if<model::DropIndex>(&operation)) return drop->concurrently;
    return false;
}

/// Lints one file. `new_tables`: the tables created by this file and the files before it, which it adds to.
void lint_file(const parser::MigrationFile& file, const model::Schema& before, const CheckOptions& options,
               std::set<model::QualifiedName>& new_tables, std::vector<Finding>& out) {
    safety::Context context = options.context;
    context.before = &before;
    context.after = &file.after;  // e.g. ENABLE ROW LEVEL SECURITY next to the CREATE POLICY that keeps rows readable
    context.new_tables = new_tables;
    context.after_holds_earlier_files = true;
    std::set<std::pair<int, std::string>> added_not_valid;  // (transaction block, constraint)
    // The runner's transaction around the whole file (--assume-in-transaction) is block -1.
    auto transaction_of = [&](const parser::MigrationStatement& statement) {
        return statement.in_transaction() || !options.assume_in_transaction ? statement.transaction : -1;
    };
    // One exec-lock-timeout (exec-statement-timeout) per transaction block (the statements outside any block: one
    // group for the file), at its first statement, listing the others it covers: a finding per statement buried the
    // rest of the report.
    struct OncePerBlock {
        std::map<int, size_t> first;                     // transaction block -> index in `out`
        std::map<int, std::vector<std::string>> others;  // the other statements' lines
    };
    OncePerBlock lock_findings, timeout_findings;
    auto once_per_block = [&](OncePerBlock& once, int block, const Finding& about, std::string_view rule,
                              const std::string& object, const std::string& why, const std::string& other) {
        if (once.first.count(block) == 0) {
            once.first[block] = out.size();
            out.push_back(envelope_finding(about, rule, object, why));
        } else {
            once.others[block].push_back(other);
        }
    };
    // Each operation's finding with its transaction, for the verdicts that depend on the order (as generate's plan
    // gets them: safety::classify_in_sequence). A statement outside any block is a transaction of its own.
    struct Sequenced {
        size_t finding;
        const model::Operation* operation;
        size_t transaction;
    };
    std::vector<Sequenced> sequence;
    size_t statement_idx = 0;
    for (const auto& statement : file.statements) {
        ++statement_idx;
        int block = transaction_of(statement);
        size_t transaction = block > 0 ? static_cast<size_t>(block) : block < 0 ? 0 : (size_t{1} << 32) + statement_idx;
        bool in_transaction = transaction_of(statement) != 0;
        bool lock_reported = false, timeout_reported = false;  // one line per statement, however many actions
        // The envelope of one finding: a queueing lock with no lock_timeout, a statement that cannot run in a
        // transaction inside one.
        auto envelope = [&](const Finding& finding, const std::optional<model::QualifiedName>& table,
                            const std::string& object, bool outside_only, const std::string& what) {
            if (!statement.lock_timeout && !lock_reported && queues_traffic(finding.verdict.lock) && table &&
                context.new_tables.count(*table) == 0) {
                std::string lock = finding.verdict.lock_note.empty()
                                       ? fmt::format("{} on {}", safety::lock_name(finding.verdict.lock), table->sql())
                                       : finding.verdict.lock_note;
                once_per_block(lock_findings, block, finding, "exec-lock-timeout",
                               table->name.empty() ? object : table->sql(),
                               lock + " is requested with no lock_timeout in force",
                               fmt::format("line {} ({})", statement.where.line, lock));
                lock_reported = true;
            }
            if (!statement.statement_timeout && !timeout_reported &&
                finding.verdict.effect != safety::Effect::CatalogOnly && table &&
                context.new_tables.count(*table) == 0) {
                std::string effect(safety::effect_name(finding.verdict.effect));
                once_per_block(timeout_findings, block, finding, "exec-statement-timeout",
                               table->name.empty() ? object : table->sql(),
                               fmt::format("this statement ({}) on {} runs with no statement_timeout in force", effect,
                                           table->sql()),
                               fmt::format("line {} ({})", statement.where.line, effect));
                timeout_reported = true;
            }
            if (outside_only && in_transaction) {
                out.push_back(envelope_finding(
                    finding, "exec-concurrently-outside-txn", object,
                    what + (statement.in_transaction() ? " inside BEGIN ... COMMIT"
                                                       : " inside the transaction the runner wraps the file in")));
            }
        };
        if (statement.command) {
            // REINDEX, CLUSTER, VACUUM, TRUNCATE, LOCK TABLE, REFRESH ...: no schema change, a lock and often data
            const model::Command& command = *statement.command;
            Finding finding{safety::classify_command(command, context), std::string(model::command_name(command)),
                            statement.text, statement.where, std::nullopt};
            std::string object = model::command_subject(command);
            out.push_back(finding);
            std::optional<model::QualifiedName> table;
            if (!command.relations.empty()) table = command.relations.front();
            envelope(finding, table, object, command.outside_transaction,
                     command.concurrently ? statement.kind + " CONCURRENTLY" : statement.kind);
            continue;
        }
        bool into_new_table = statement.inserts_into && context.new_tables.count(*statement.inserts_into) != 0;
        if (statement.operations.empty() && !statement.inert && !into_new_table) {
            // Never silence: what lint has no rule for is a finding a person reviews.
            out.push_back(Finding{safety::rule_verdict("unclassified", statement.kind), "", statement.text,
                                  statement.where, std::nullopt});
            continue;
        }
        for (size_t operation_idx = 0; operation_idx < statement.operations.size(); ++operation_idx) {
            const model::Operation& operation = statement.operations[operation_idx];
            // Each action's own SQL: the whole statement again per action made reports quadratic in its length.
            Finding finding = finding_for(operation, safety::classify(operation, context),
                                          statement.text_of(operation_idx), statement.where);
            std::string object = model::subject(operation);
            out.push_back(finding);
            sequence.push_back({out.size() - 1, &operation, transaction});
            envelope(finding, safety::locked_table(operation), object, concurrently(operation),
                     statement.kind + " CONCURRENTLY");
            if (std::holds_alternative<model::ValidateConstraint>(operation) &&
                added_not_valid.count({transaction_of(statement), object}) != 0) {
                out.push_back(envelope_finding(finding, "exec-short-strong-lock-txn", object,
                                               "VALIDATE in the transaction that added the constraint NOT VALID"));
            }
            const auto* add = std::get_if<model::AddConstraint>(&operation);
            if (add != nullptr && !add->constraint.validated && in_transaction) {
                added_not_valid.insert({transaction_of(statement), object});
            }
            if (const auto* create = std::get_if<model::CreateTable>(&operation))
                context.new_tables.insert(create->table.name);
            if (const auto* drop = std::get_if<model::DropIndex>(&operation))
                context.dropped_indexes[drop->table].insert(drop->index.name);
            // any index built on the table again may be the one a later type change rebuilds: forget its drops
            if (const auto* create = std::get_if<model::CreateIndex>(&operation))
                context.dropped_indexes.erase(create->table);
            if (const auto* created = std::get_if<model::CreateObject>(&operation)) {
                const model::SchemaObject& object = created->object;
                context.new_objects.insert(object.id);
                // a table created PARTITION BY (or as a parent) holds the rows of an existing table attached to it
                bool child_link =
                    object.kind == model::ObjectKind::Partition || object.kind == model::ObjectKind::Inheritance;
                if (child_link && object.table && context.new_tables.count(model::ObjectId::read(object.id).name) == 0)
                    context.new_tables.erase(*object.table);
            }
        }
    }
    // A CHECK (col IS NOT NULL) dropped after a SET NOT NULL of that column: the helper of generate's NOT NULL
    // pattern (ADD CHECK ... NOT VALID, VALIDATE, SET NOT NULL, DROP the CHECK), or a CHECK the table had.
    std::vector<safety::SequencedStep> steps;
    for (size_t at = 0; at < sequence.size(); ++at) {
        bool helper = false;
        if (const auto* drop = std::get_if<model::DropConstraint>(sequence[at].operation)) {
            for (size_t earlier = 0; earlier < at; ++earlier) {
                const auto* set = std::get_if<model::SetColumnNotNull>(sequence[earlier].operation);
                if (set != nullptr && set->table == drop->table && set->to.not_null &&
                    model::proves_not_null(drop->constraint, set->to.name))
                    helper = true;
            }
        }
        steps.push_back({sequence[at].operation, &out[sequence[at].finding].verdict, sequence[at].transaction, helper});
    }
    safety::classify_in_sequence(steps, context);
    for (auto [once, how] :
         {std::pair{&lock_findings, "wait the same way"}, std::pair{&timeout_findings, "run unbounded the same way"}}) {
        for (const auto& [block, lines] : once->others) {
            Finding& first = out[once->first.at(block)];
            std::string where = block == 0  ? "outside a transaction block in this file"
                                : block < 0 ? "in the transaction the runner wraps the file in"
                                            : "in the same transaction block";
            first.verdict.reason = fmt::format("{}; {} more statement(s) {} {}: {}", first.verdict.reason, lines.size(),
                                               where, how, fmt::join(lines, ", "));
        }
    }
    new_tables = context.new_tables;
}

/// The version a migration file's name starts with, as numbers without leading zeros: "0002_users.sql" -> {2},
/// Flyway's "V1_1__x.sql" and "V1.1__x.sql" -> {1, 1}, "20240101120000_x.sql" -> {20240101120000}; {} when the name
/// starts with no version (Flyway's repeatable R__x.sql).
auto version_of(std::string_view name) -> std::vector<std::string> {
    auto digit = [&](size_t at) { return at < name.size() && std::isdigit(static_cast<unsigned char>(name[at])); };
    size_t at = (!name.empty() && (name[0] == 'V' || name[0] == 'v') && digit(1)) ? 1 : 0;
    std::vector<std::string> out;
    while (digit(at)) {
        size_t end = at;
        while (digit(end)) ++end;
        std::string_view number = name.substr(at, end - at);
        while (number.size() > 1 && number.front() == '0') number.remove_prefix(1);
        out.emplace_back(number);
        // a '.' or '_' between two numbers continues the version; anything else ends it
        if (end + 1 < name.size() && (name[end] == '.' || name[end] == '_') && digit(end + 1)) {
            at = end + 1;
        } else {
            break;
        }
    }
    return out;
}

/// Version order: files with a version first, by version (numbers compared as numbers: 2 before 10, 1 before 1.1
/// before 2), then by name, then by the folder they are in.
auto version_less(const std::filesystem::path& a, const std::filesystem::path& b) -> bool {
    std::string name_a = a.filename().string(), name_b = b.filename().string();
    auto va = version_of(name_a), vb = version_of(name_b);
    if (va.empty() != vb.empty()) return !va.empty();
    auto number_less = [](const std::string& x, const std::string& y) {
        return x.size() != y.size() ? x.size() < y.size() : x < y;
    };
    if (va != vb) return std::lexicographical_compare(va.begin(), va.end(), vb.begin(), vb.end(), number_less);
    if (name_a != name_b) return name_a < name_b;
    return a < b;
}

/// Files a runner never runs forward: rollbacks (*.down.sql, Flyway's undo U<version>__*.sql).
auto is_rollback(std::string_view name) -> bool {
    return name.ends_with(".down.sql") || (name.size() > 1 && name[0] == 'U' && !version_of(name.substr(1)).empty() &&
                                           name.find("__") != std::string_view::npos);
}

/// Where the object of `operation` is declared in `to`: the object itself, else the table or type it belongs to (a
/// dropped column is no longer declared, its table is).
auto declaration(const model::Schema& to, const model::Operation& operation) -> std::optional<SourceLocation> {
    std::vector<std::string> keys{model::subject(operation)};
    if (auto table = safety::locked_table(operation)) keys.push_back(table->sql());
    if (const auto* add = std::get_if<model::AddEnumValue>(&operation)) keys.push_back(add->type.sql());
    if (const auto* comment = std::get_if<model::SetComment>(&operation)) keys.push_back(comment->object.sql());
    for (const auto& key : keys) {
        auto found = to.locations.find(key);
        if (found != to.locations.end()) return found->second;
    }
    return std::nullopt;
}

/// YYYY-MM-DD naming a day of the calendar (2099-99-99 and 2099-02-30 are not; 2096-02-29 is).
auto is_date(const std::string& text) -> bool {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (size_t at : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!std::isdigit(static_cast<unsigned char>(text[at]))) return false;
    }
    std::chrono::year_month_day day{std::chrono::year{std::stoi(text.substr(0, 4))},
                                    std::chrono::month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))},
                                    std::chrono::day{static_cast<unsigned>(std::stoi(text.substr(8, 2)))}};
    return day.ok();
}

/// Why an acknowledgement cannot excuse anything ("" when it can).
auto acknowledgement_problem(const std::string& rule, const std::string& reason, const std::string& expires,
                             const std::string& today) -> std::string {
    if (rule.empty()) return "names no rule";
    if (safety::find_rule(rule) == nullptr) return fmt::format("names the unknown rule {}", rule);
    if (rule == "ack-invalid") return "tries to acknowledge ack-invalid";
    if (reason.empty()) return "gives no reason";
    if (!expires.empty() && !is_date(expires))
        return fmt::format("expires on \"{}\", which is not a date YYYY-MM-DD", expires);
    if (!expires.empty() && expires < today) return fmt::format("expired on {}", expires);
    return "";
}

auto entry_problem(const AllowEntry& entry, const std::string& today) -> std::string {
    std::string problem = acknowledgement_problem(entry.rule, entry.reason, entry.expires, today);
    if (problem.empty() && entry.object.empty()) problem = "names no object";
    if (problem.empty() && entry.approver.empty()) problem = "names no approver";
    return problem;
}

auto invalid_finding(std::string object, const std::string& what, const std::string& problem, std::string statement,
                     SourceLocation where) -> Finding {
    Finding out;
    out.verdict = safety::rule_verdict("ack-invalid", std::move(object));
    out.verdict.reason = fmt::format("{} {}: {}", what, problem, out.verdict.reason);
    out.statement = std::move(statement);
    out.where = std::move(where);
    return out;
}

/// Marks the findings that a valid acknowledgement covers, then appends one ack-invalid finding per broken one.
void acknowledge(std::vector<Finding>& findings, const std::vector<parser::AllowComment>& comments,
                 const CheckOptions& options) {
    std::vector<Finding> invalid;
    std::vector<const parser::AllowComment*> valid_comments;
    for (const auto& comment : comments) {
        std::string problem = comment.problem;
        if (problem.empty())
            problem = acknowledgement_problem(comment.rule, comment.reason, comment.expires, options.today);
        if (problem.empty()) {
            valid_comments.push_back(&comment);
        } else {
            std::string object = comment.rule.empty() ? "schemadiff:allow" : comment.rule;
            invalid.push_back(
                invalid_finding(object, "the inline acknowledgement", problem, comment.text, comment.where));
        }
    }
    std::vector<const AllowEntry*> valid_entries;
    for (const auto& entry : options.allow) {
        std::string problem = entry_problem(entry, options.today);
        if (problem.empty()) {
            valid_entries.push_back(&entry);
        } else {
            std::string object = fmt::format("{} {}", entry.rule.empty() ? "(no rule)" : entry.rule,
                                             entry.object.empty() ? "(no object)" : entry.object);
            invalid.push_back(invalid_finding(object, "the allow-file entry", problem, "", entry.where));
        }
    }
    // The first acknowledgement of each (file, line, rule) and (rule, object): a lookup per finding, not a scan.
    std::map<std::tuple<std::string, int, std::string>, const parser::AllowComment*> by_line;
    for (const auto* comment : valid_comments) {
        by_line.emplace(std::make_tuple(comment->where.file, comment->applies_to_line, comment->rule), comment);
    }
    std::map<std::pair<std::string, std::string>, const AllowEntry*> by_object;
    for (const auto* entry : valid_entries) by_object.emplace(std::make_pair(entry->rule, entry->object), entry);
    for (auto& finding : findings) {
        const safety::Verdict& verdict = finding.verdict;
        if (finding.where) {
            auto inline_ack = by_line.find(std::make_tuple(finding.where->file, finding.where->line, verdict.rule));
            if (inline_ack != by_line.end()) {
                const parser::AllowComment* comment = inline_ack->second;
                finding.acknowledgement =
                    render::Acknowledgement{"inline", comment->reason, "", comment->expires, comment->where};
                continue;
            }
        }
        auto allowed = by_object.find(std::make_pair(verdict.rule, verdict.object));
        if (allowed != by_object.end()) {
            const AllowEntry* entry = allowed->second;
            finding.acknowledgement =
                render::Acknowledgement{"allow-file", entry->reason, entry->approver, entry->expires, entry->where};
        }
    }
    findings.insert(findings.end(), invalid.begin(), invalid.end());
}

auto string_field(const nlohmann::json& entry, const char* key, const std::string& where) -> std::string {
    auto found = entry.find(key);
    if (found == entry.end() || found->is_null()) return "";
    if (!found->is_string()) throw Error(ErrorKind::Parse, fmt::format("{}: \"{}\" must be a string", where, key));
    return found->get<std::string>();
}

}  // namespace

auto read_allow_file(const std::filesystem::path& path) -> std::vector<AllowEntry> {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorKind::Io, fmt::format("cannot read allow file {}", path.string()));
    std::ostringstream text;
    text << in.rdbuf();
    parser::check_text(text.str(), path.string());  // a NUL or invalid UTF-8 names its line and column
    SourceLocation file{path.string(), 0, 0};
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::parse_error& failure) {
        std::string message = failure.what();
        auto detail = message.find("] ");
        throw Error(ErrorKind::Parse,
                    "allow file is not JSON: " + (detail == std::string::npos ? message : message.substr(detail + 2)),
                    file);
    }
    auto version = document.is_object() ? document.find("version") : document.end();
    if (!document.is_object() || version == document.end() || *version != 1) {
        throw Error(ErrorKind::Parse, "an allow file is {\"version\": 1, \"allow\": [...]}", file);
    }
    auto list = document.find("allow");
    if (list == document.end() || !list->is_array()) throw Error(ErrorKind::Parse, "\"allow\" must be a list", file);
    std::vector<AllowEntry> out;
    for (size_t entry_idx = 0; entry_idx < list->size(); ++entry_idx) {
        const nlohmann::json& entry = (*list)[entry_idx];
        std::string where = fmt::format("allow entry {}", entry_idx + 1);
        if (!entry.is_object()) throw Error(ErrorKind::Parse, where + " must be an object", file);
        try {
            out.push_back(AllowEntry{string_field(entry, "rule", where), string_field(entry, "object", where),
                                     string_field(entry, "reason", where), string_field(entry, "approver", where),
                                     string_field(entry, "expires", where), file});
        } catch (const Error& failure) {
            throw Error(failure.kind(), failure.message(), file);
        }
    }
    return out;
}

auto migration_files(const std::vector<std::filesystem::path>& paths) -> std::vector<std::filesystem::path> {
    std::vector<std::filesystem::path> out;
    for (const auto& path : paths) {
        std::error_code error;
        if (!std::filesystem::is_directory(path, error)) {
            out.push_back(path);  // read (or refused as missing) by the parser
            continue;
        }
        std::vector<std::filesystem::path> found;
        std::set<std::filesystem::path> folders{std::filesystem::canonical(path, error)};  // a symlink loop: once
        auto options = std::filesystem::directory_options::follow_directory_symlink;
        for (std::filesystem::recursive_directory_iterator it(path, options, error), end; !error && it != end;
             it.increment(error)) {
            if (it->is_directory(error)) {
                if (!folders.insert(std::filesystem::canonical(it->path(), error)).second)
                    it.disable_recursion_pending();
                continue;
            }
            std::string name = it->path().filename().string();
            if (!it->is_regular_file(error) || !name.ends_with(".sql") || is_rollback(name)) continue;
            found.push_back(it->path());
        }
        if (error)
            throw Error(ErrorKind::Io, fmt::format("cannot read the folder {}: {}", path.string(), error.message()));
        if (found.empty()) {
            throw Error(ErrorKind::Usage,
                        fmt::format("{}: no migration file (*.sql, not *.down.sql) below it; a check with nothing to "
                                    "read fails rather than passes",
                                    path.string()));
        }
        std::sort(found.begin(), found.end(), version_less);
        for (auto& file : found) out.push_back(std::move(file));
    }
    return out;
}

auto check_migration_files(const std::vector<std::filesystem::path>& paths, const model::Schema& before,
                           const CheckOptions& options) -> std::vector<Finding> {
    std::vector<Finding> findings;
    std::vector<parser::AllowComment> comments;
    // Each file is read on the schema the files before it leave (a dropped column's type, a dropped constraint's
    // kind), and classified on `before`: a schema read from the migration files knows their objects but not what
    // uses them, and a table an earlier file created may be years old and large in production. Only with --db
    // (options.live_schema) is a table that earlier files create and the live schema lacks known to be new.
    model::Schema current = before;
    std::set<model::QualifiedName> new_tables;
    for (const auto& path : migration_files(paths)) {
        parser::MigrationFile file =
            parser::parse_migration_file(path, current, options.assume_in_transaction, options.live_schema);
        if (!options.live_schema) new_tables.clear();
        if (file.statements.empty()) {
            throw Error(ErrorKind::Usage,
                        fmt::format("{}: no statement; an empty migration file fails the check rather "
                                    "than passes (a wrong path, a file not yet written?)",
                                    path.string()));
        }
        lint_file(file, before, options, new_tables, findings);
        std::erase_if(new_tables,
                      [&](const model::QualifiedName& table) { return before.find_table(table) != nullptr; });
        comments.insert(comments.end(), file.allows.begin(), file.allows.end());
        current = std::move(file.after);
    }
    acknowledge(findings, comments, options);
    return findings;
}

auto check_plan(const planner::Plan& plan, const model::Schema& from, const model::Schema& to,
                const CheckOptions& options) -> std::vector<Finding> {
    // The first schema file of the run (to's, else from's), for a step whose object neither side declares.
    std::optional<SourceLocation> run_file;
    for (const model::Schema* side : {&to, &from}) {
        for (const auto& [subject, where] : side->locations) {
            if (!run_file || where.file < run_file->file) run_file = SourceLocation{where.file, 1, 0};
        }
        if (run_file) break;
    }
    std::vector<Finding> findings;
    for (const auto* step : plan.steps()) {
        auto where = declaration(to, step->operation);
        if (!where) where = declaration(from, step->operation);
        if (!where) where = run_file;
        findings.push_back(finding_for(step->operation, step->verdict, fmt::format("{}", fmt::join(step->sql, ";\n")),
                                       std::move(where)));
    }
    std::set<std::string> files;
    for (const auto& [subject, where] : to.locations) files.insert(where.file);
    std::vector<parser::AllowComment> comments;
    for (const auto& file : files) {
        auto found = parser::allow_comments_in_file(file);
        comments.insert(comments.end(), found.begin(), found.end());
    }
    acknowledge(findings, comments, options);
    return findings;
}

}  // namespace schemadiff::engine
