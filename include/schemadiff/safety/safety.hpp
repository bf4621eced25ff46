// Safety: every operation gets a verdict (SAFE / CAREFUL / DANGEROUS) naming its rule, the lock it takes, what it
// does to the table's data and the safe alternative; and the safe rewrites that turn dangerous operations into online
// ones (CONCURRENTLY, NOT VALID + VALIDATE, NOT NULL through a CHECK, UNIQUE through an index built first).
//
// The rule catalogue in catalogue.cpp is the single source of truth: docs/rules.md, the reports and the lock
// verification test all read it. Rule ids and default classes start from ../shared/safety-rules.md.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "schemadiff/model/command.hpp"
#include "schemadiff/model/operation.hpp"

namespace schemadiff::safety {

enum class Severity { Safe, Careful, Dangerous };
auto severity_name(Severity severity) -> std::string_view;  ///< "safe", "careful", "dangerous"
auto parse_severity(std::string_view name) -> std::optional<Severity>;

/// PostgreSQL's table-level lock modes, weakest first (PostgreSQL docs §13.3.1).
enum class LockMode {
    None,
    AccessShare,
    RowShare,
    RowExclusive,
    ShareUpdateExclusive,
    Share,
    ShareRowExclusive,
    Exclusive,
    AccessExclusive
};
auto lock_name(LockMode mode) -> std::string_view;     ///< "ACCESS EXCLUSIVE", "none"
auto lock_pg_name(LockMode mode) -> std::string_view;  ///< pg_locks.mode: "AccessExclusiveLock", "" for none
auto lock_blocks(LockMode mode) -> std::string_view;   ///< "reads and writes", "writes", "other DDL", "nothing"

/// What the statement does to the data of the relation it locks, which decides how long the lock is held.
enum class Effect { CatalogOnly, Scan, IndexBuild, Rewrite };
auto effect_name(Effect effect) -> std::string_view;  ///< "catalog-only", "scan", "index build", "rewrite"

/// How faithfully a down step restores the state before the up step.
enum class DownLoss { Lossless, DataDependent, Lossy };
auto down_loss_name(DownLoss loss) -> std::string_view;  ///< "lossless", "data-dependent", "lossy"

/// One rule of the catalogue.
struct Rule {
    std::string_view id;      ///< stable kebab-case id (the catalogue's), e.g. "index-create"
    Severity severity;        ///< class before conditions (NEW, SMALL, version) apply
    LockMode lock;            ///< the strongest lock the statement takes
    std::string_view locked;  ///< on what: "the table", "the table and the referenced table", ...
    Effect effect;
    std::string_view statement;         ///< the DDL form, e.g. "CREATE INDEX on an existing table"
    std::string_view reason;            ///< one line: why this class
    std::string_view safe_alternative;  ///< what to do instead ("" when nothing is needed)
    std::string_view versions;          ///< version conditions, e.g. "PostgreSQL < 11: rewrites"
    std::string_view conditions;        ///< when the class changes, e.g. "SAFE on a table created in the same plan"
    std::string_view blocks = {};       ///< what application traffic waits for, when not lock_blocks(lock)
};

/// What application traffic waits for while the rule's statement holds or waits for its lock.
auto blocks_text(const Rule& rule) -> std::string_view;

/// Every rule, in catalogue order.
auto catalogue() -> const std::vector<Rule>&;
auto find_rule(std::string_view id) -> const Rule*;

/// The rules of an object kind (model::ObjectKind): created, dropped, replaced in place ("": a replacement is a
/// create), and dropped to be created again ("": as a drop). Rules that depend on a fact of the object (NOT VALID,
/// DROP ATTRIBUTE, a revoked grant) are chosen by the classifier.
struct KindRules {
    std::string_view create;
    std::string_view drop;
    std::string_view replace = {};
    std::string_view rebuild = {};
};
/// The catalogue's rules for `kind`; the compiler names a kind without an entry (-Werror=switch).
auto kind_rules(model::ObjectKind kind) -> KindRules;

using model::TableSize;

/// When a table counts as SMALL (both must hold); the catalogue's defaults.
struct Thresholds {
    double small_rows = 1000;
    int64_t small_bytes = 10 * 1024 * 1024;
};

/// What the classifier knows about where the operation runs.
struct Context {
    int server_version = 150000;                ///< server_version_num of the target server
    const model::Schema* before = nullptr;      ///< the schema the plan starts from (column facts)
    const model::Schema* after = nullptr;       ///< the schema the plan ends with (policies), if known
    std::set<model::QualifiedName> new_tables;  ///< created earlier in the same plan
    /// By table: the names of its indexes in `before` that an earlier statement of the same migration dropped, while
    /// no index was built on the table since (lint: a type change after them rebuilds no index).
    std::map<model::QualifiedName, std::set<std::string>> dropped_indexes;
    /// Lint: `after` also holds what earlier files created, so an object absent from `before` and present in `after`
    /// is not known to be new (a domain an earlier file created may be in use); new_objects lists the ids of those the
    /// same file created earlier, which are.
    bool after_holds_earlier_files = false;
    std::set<std::string> new_objects;
    std::map<model::QualifiedName, TableSize> sizes;  ///< live statistics, when a database was read
    Thresholds thresholds;
};

/// The verdict on one operation.
struct Verdict {
    std::string rule;  ///< rule id
    Severity severity = Severity::Safe;
    LockMode lock = LockMode::None;
    Effect effect = Effect::CatalogOnly;
    std::string object;  ///< the object it touches, e.g. public.orders.email
    std::string reason;  ///< the rule's reason plus what decided this case
    std::string safe_alternative;
    std::vector<std::string> conditions;  ///< e.g. "new table", "small table (120 rows, 48 kB)", "PostgreSQL 15"
    std::string lock_note;                ///< e.g. "ACCESS EXCLUSIVE on public.orders (41 GB)"
    DownLoss down = DownLoss::Lossless;   ///< for steps of a down migration: what the step can restore
};

/// The catalogue's verdict for rule `rule_id` on `object`, before any condition moves its class (the execution-
/// envelope and acknowledgement rules of `schemadiff check` are built this way). Throws Internal for an unknown id.
auto rule_verdict(std::string_view rule_id, std::string object) -> Verdict;

/// The table an operation on a table (or on one of its columns, constraints or indexes) locks; nullopt for
/// operations on other objects.
auto locked_table(const model::Operation& operation) -> std::optional<model::QualifiedName>;

/// Classifies one operation.
auto classify(const model::Operation& operation, const Context& context) -> Verdict;
/// Classifies a maintenance or destructive command of a migration file (lint: REINDEX, CLUSTER, VACUUM, TRUNCATE,
/// DROP DATABASE, LOCK TABLE, REFRESH MATERIALIZED VIEW).
auto classify_command(const model::Command& command, const Context& context) -> Verdict;

/// One step of an ordered plan as the classifier sees it: the operation, its verdict (to adjust), the transaction it
/// runs in (steps of one group share it) and whether the planner added it as the helper CHECK of a SET NOT NULL.
struct SequencedStep {
    const model::Operation* operation = nullptr;
    Verdict* verdict = nullptr;
    size_t transaction = 0;
    bool not_null_helper = false;
};
/// What changes a verdict once the order of the plan is known: a helper CHECK dropped after its SET NOT NULL is SAFE;
/// a DROP DEFAULT whose SET DEFAULT comes later in the same transaction is SAFE; a SET NOT NULL whose proving CHECK
/// is dropped earlier scans again; a primary key or unique constraint swapped for one USING INDEX in the same
/// transaction is SAFE. Every verdict adjustment lives in safety, the planner only calls this.
void classify_in_sequence(std::vector<SequencedStep>& steps, const Context& context);

/// The name of a validated CHECK (column IS NOT NULL) on `table` in `context.before`, "" when there is none: it lets
/// SET NOT NULL skip its scan on PostgreSQL >= 12.
auto proving_check(const Context& context, const model::QualifiedName& table, const std::string& column) -> std::string;

/// How much of the state an operation gives back when it appears in a down migration.
auto down_loss(const model::Operation& operation) -> DownLoss;

/// Replaces operations on existing tables with their online forms: CREATE / DROP INDEX CONCURRENTLY, index
/// replacement that builds the new index before dropping the old, CHECK and FOREIGN KEY added NOT VALID then
/// validated, SET NOT NULL through a validated CHECK (PostgreSQL >= 12), PRIMARY KEY / UNIQUE through a unique index
/// built concurrently. Tables in `context.new_tables` keep the plain forms (nothing can be waiting on them).
auto safe_rewrites(std::vector<model::Operation> operations, const Context& context) -> std::vector<model::Operation>;

/// Tables that `operations` create.
auto created_tables(const std::vector<model::Operation>& operations) -> std::set<model::QualifiedName>;

/// "48 kB", "41 GB": sizes as pg_size_pretty prints them.
auto pretty_size(int64_t bytes) -> std::string;

}  // namespace schemadiff::safety
