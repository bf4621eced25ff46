// Hand-written migration files -> statements, for `schemadiff check`: where each statement is, what it is, whether
// it runs inside an explicit BEGIN ... COMMIT block, whether a lock_timeout is in force, and the operations it
// performs in the model's vocabulary. Also the inline acknowledgements (`-- schemadiff:allow ...`) of any SQL file.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "schemadiff/core/error.hpp"
#include "schemadiff/model/command.hpp"
#include "schemadiff/model/operation.hpp"

namespace schemadiff::parser {

/// An inline acknowledgement: `-- schemadiff:allow <rule-id> reason="..." [expires=YYYY-MM-DD]` on a line of its own.
/// It belongs to the statement (or, in a schema file, the declaration) that starts on the line directly below the
/// block of `--` comment lines it stands in.
struct AllowComment {
    std::string rule;
    std::string reason;
    std::string expires;      ///< YYYY-MM-DD as written; "" when not given
    SourceLocation where;     ///< the comment itself
    int applies_to_line = 0;  ///< the line directly below its comment block (0: none, the file ends)
    std::string text;         ///< the comment as written, for reports
    std::string problem;      ///< why it cannot be read ("" when it can)
};

/// Every `-- schemadiff:allow` comment of `text`, in file order.
auto allow_comments(const std::string& text, const std::string& file) -> std::vector<AllowComment>;
/// The same for a file on disk. Throws Error(Io) when it cannot be read.
auto allow_comments_in_file(const std::filesystem::path& path) -> std::vector<AllowComment>;

/// One statement of a migration file.
struct MigrationStatement {
    SourceLocation where;       ///< its first token
    std::string kind;           ///< "CREATE INDEX", "ALTER TABLE", "INSERT", "BEGIN", "SET" ...
    std::string text;           ///< as written, without the comments before it and the semicolon
    int transaction = 0;        ///< the explicit BEGIN ... COMMIT block it runs in (1, 2 ... in file order); 0: none
    bool lock_timeout = false;  ///< a non-zero lock_timeout is in force (SET earlier, or SET LOCAL in this block)
    bool statement_timeout = false;  ///< the same for statement_timeout
    /// What it does, in plan vocabulary; empty for statements that change no modelled object (INSERT, SET, BEGIN,
    /// GRANT, or a form the model does not cover).
    std::vector<model::Operation> operations;
    /// The SQL of each operation when the statement has several actions or objects (one ALTER TABLE with many
    /// actions): the statement's head and that action as written ("ALTER TABLE t ADD COLUMN b int"). Empty when
    /// every operation is the whole statement's.
    std::vector<std::string> operation_texts;

    /// Changes no schema object and takes no lock a migration plans for (SET, SHOW, BEGIN / COMMIT / SAVEPOINT,
    /// SELECT without INTO, NOTIFY, LISTEN, DISCARD ...): lint says nothing about it. Any other statement without
    /// operations is reported as `unclassified`.
    bool inert = false;
    /// REINDEX, CLUSTER, VACUUM, TRUNCATE, DROP DATABASE, LOCK TABLE, REFRESH: the command (lint classifies it).
    std::optional<model::Command> command;
    /// INSERT: the table it inserts into (silent when the files created it).
    std::optional<model::QualifiedName> inserts_into;

    auto in_transaction() const -> bool { return transaction != 0; }
    /// The SQL of operations[operation_idx]: its own action, else the statement.
    auto text_of(size_t operation_idx) const -> const std::string& {
        return operation_idx < operation_texts.size() && !operation_texts[operation_idx].empty()
                   ? operation_texts[operation_idx]
                   : text;
    }
};

struct MigrationFile {
    std::string file;
    std::vector<MigrationStatement> statements;
    std::vector<AllowComment> allows;
    model::Schema after;  ///< the schema the file leaves behind (what it knows of it): verdicts that look ahead
};

/// Reads a migration file statement by statement. `before` is the schema it runs on (empty when unknown): it supplies
/// what the statements do not say (a dropped column's type, a dropped constraint's kind). Tables the file neither
/// creates nor finds in `before` are assumed to exist. Throws Error(Parse) naming file:line:col on a syntax error.
/// `wrapped`: the runner runs the whole file in one transaction (a SET LOCAL outside BEGIN holds to its end).
/// `schema_known`: `before` was read from the database the file runs on, so a CREATE OR REPLACE of an object it lacks
/// creates it (without, it counts as a replace).
auto parse_migration_text(const std::string& sql, const std::string& file, const model::Schema& before = {},
                          bool wrapped = false, bool schema_known = false) -> MigrationFile;
auto parse_migration_file(const std::filesystem::path& path, const model::Schema& before = {}, bool wrapped = false,
                          bool schema_known = false) -> MigrationFile;

}  // namespace schemadiff::parser
