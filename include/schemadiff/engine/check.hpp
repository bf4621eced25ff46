// `schemadiff check` as one API: findings for a planned migration (diff mode) or for hand-written migration files
// (lint mode), with the execution-envelope rules and the reviewed acknowledgements applied.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "schemadiff/model/schema.hpp"
#include "schemadiff/planner/plan.hpp"
#include "schemadiff/render/report.hpp"

namespace schemadiff::engine {

/// One entry of an allow file: {"rule", "object", "reason", "approver", "expires"}.
struct AllowEntry {
    std::string rule;
    std::string object;  ///< the finding's object, as reports print it ("public.users.legacy")
    std::string reason;
    std::string approver;
    std::string expires;   ///< YYYY-MM-DD (UTC); "" when it does not expire
    SourceLocation where;  ///< the allow file
};

/// Reads an allow file: {"version": 1, "allow": [entries]}. Throws Error(Io) when it cannot be read and
/// Error(Parse) naming the file when it is not such a document. Missing fields are left empty (and reported as
/// ack-invalid findings by the check).
auto read_allow_file(const std::filesystem::path& path) -> std::vector<AllowEntry>;

struct CheckOptions {
    safety::Context context;        ///< server version, sizes, thresholds (planner_options)
    std::vector<AllowEntry> allow;  ///< reviewed acknowledgements from an allow file
    std::string today;              ///< YYYY-MM-DD (UTC): entries that expire before it are invalid
    /// Lint mode: the runner wraps each file in a transaction (Flyway, dbmate, Alembic...), as if the file were
    /// inside BEGIN ... COMMIT (squawk's --assume-in-transaction).
    bool assume_in_transaction = false;
    /// Lint mode: the schema the files start from was read from the database they run on (--db).
    bool live_schema = false;
};

/// The migration files `paths` name, in the order lint reads them: a file as given; a folder's plain SQL files
/// (*.sql, not the *.down.sql a rollback runs) at any depth, in version order (digit runs compare as numbers:
/// 2_b.sql before 10_a.sql). Throws Error(Usage) for a folder without one: a gate that has nothing to check must
/// not pass.
auto migration_files(const std::vector<std::filesystem::path>& paths) -> std::vector<std::filesystem::path>;

/// Lint mode: every operation of every file (migration_files) classified, the files in order, each read on the
/// schema the files before it leave (the first on `before`: the live schema with --db) and classified on `before`.
/// A table created earlier in the same file counts as new; one created by an earlier file only when the live schema
/// is known (live_schema) and lacks it. Plus the execution-envelope findings (exec-lock-timeout,
/// exec-concurrently-outside-txn, exec-short-strong-lock-txn), then the acknowledgements: inline comments directly
/// above a statement and allow-file entries. Findings come in file and statement order, broken acknowledgements
/// (ack-invalid) last. Throws Error(Parse) naming file:line:col on a syntax error and Error(Usage) for a file with no
/// statement.
auto check_migration_files(const std::vector<std::filesystem::path>& files, const model::Schema& before,
                           const CheckOptions& options) -> std::vector<render::Finding>;

/// Diff mode: one finding per step of the plan, located at the declaration of its object in `to` (or of the table
/// or type it belongs to), else in `from` (a dropped object, when the current state is files), else at line 1 of the
/// first schema file of the run: every finding has a place a pull request can show (GitHub's SARIF upload refuses a
/// result without one). Inline comments directly above a declaration in `to` and allow-file entries apply.
auto check_plan(const planner::Plan& plan, const model::Schema& from, const model::Schema& to,
                const CheckOptions& options) -> std::vector<render::Finding>;

/// Today's date in UTC as YYYY-MM-DD.
auto utc_date() -> std::string;

}  // namespace schemadiff::engine
