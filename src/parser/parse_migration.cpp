// Migration files for `schemadiff check`: statement kinds, explicit transaction blocks, the lock_timeout in force,
// and the inline `-- schemadiff:allow` acknowledgements. What each statement does comes from migration_operations.
#include "schemadiff/parser/parse_migration.hpp"

#include <fmt/format.h>

#include <cctype>
#include <map>
#include <optional>

#include "migration_operations.hpp"
#include "psql_script.hpp"
#include "schemadiff/model/not_null_proof.hpp"

namespace schemadiff::parser {

namespace {

/// The same object for a rebuild: the same id, or a routine of the same name (its arguments change).
auto rebuilt_as(const model::SchemaObject& dropped, const model::SchemaObject& created) -> bool {
    if (dropped.id == created.id) return true;
    if (!model::kind_has(dropped.kind, model::KindFlag::Routine) || dropped.kind != created.kind) return false;
    auto before = model::ObjectId::parse(dropped.id), after = model::ObjectId::parse(created.id);
    return before && after && before->name == after->name;
}

/// A DROP of an object the file creates again later (a view rebuilt around a column change, a function whose
/// arguments change) is a rebuild, as generate writes and classifies it (view-recreate, function-signature-change).
void mark_rebuilds(std::vector<MigrationStatement>& statements) {
    for (size_t at = 0; at < statements.size(); ++at) {
        for (auto& operation : statements[at].operations) {
            auto* drop = std::get_if<model::DropObject>(&operation);
            if (drop == nullptr) continue;
            for (size_t later = at + 1; later < statements.size() && !drop->rebuild; ++later) {
                for (const auto& other : statements[later].operations) {
                    const auto* create = std::get_if<model::CreateObject>(&other);
                    if (create != nullptr && rebuilt_as(drop->object, create->object)) drop->rebuild = true;
                }
            }
        }
    }
}

/// A constraint, or a stored generated column, dropped and added again in the same transaction around a rebuild of an
/// object (a function whose arguments change, dropped and created again between the two): the plan's choreography
/// around such a rebuild (Operation::around_objects, Around::BeforeDrops), classified as generate classifies it.
void mark_around_rebuilds(std::vector<MigrationStatement>& statements) {
    auto rebuild_between = [&](size_t from, size_t to) {
        for (size_t at = from + 1; at < to; ++at) {
            for (const auto& operation : statements[at].operations) {
                // a function or procedure whose arguments change: what a CHECK, default or expression calls
                const auto* drop = std::get_if<model::DropObject>(&operation);
                if (drop != nullptr && drop->rebuild && model::kind_has(drop->object.kind, model::KindFlag::Routine))
                    return true;
            }
        }
        return false;
    };
    // the index of the first later statement of the same transaction block with an operation matching `again`
    auto added_again = [&](size_t at, auto again) -> std::optional<size_t> {
        for (size_t later = at + 1; later < statements.size(); ++later) {
            if (statements[later].transaction != statements[at].transaction) break;
            for (const auto& operation : statements[later].operations) {
                if (again(operation)) return later;
            }
        }
        return std::nullopt;
    };
    for (size_t at = 0; at < statements.size(); ++at) {
        if (!statements[at].in_transaction()) continue;
        for (auto& operation : statements[at].operations) {
            if (auto* drop = std::get_if<model::DropConstraint>(&operation)) {
                auto again = added_again(at, [&](const model::Operation& other) {
                    const auto* add = std::get_if<model::AddConstraint>(&other);
                    return add != nullptr && add->table == drop->table &&
                           add->constraint.name == drop->constraint.name &&
                           add->constraint.kind == drop->constraint.kind;
                });
                if (again && rebuild_between(at, *again)) drop->around_objects = true;
            } else if (auto* column = std::get_if<model::DropColumn>(&operation)) {
                if (!column->column.generated) continue;
                auto again = added_again(at, [&](const model::Operation& other) {
                    const auto* add = std::get_if<model::AddColumn>(&other);
                    return add != nullptr && add->table == column->table && add->column.name == column->column.name &&
                           add->column.generated;
                });
                if (again && rebuild_between(at, *again)) column->around = model::Around::BeforeDrops;
            }
        }
    }
}

/// A SET NOT NULL after the file (or, in `before`, the files before it or the database) added and validated CHECK
/// (col IS NOT NULL) (still there): PostgreSQL >= 12 skips the scan, as in generate's own pattern; the CHECK is its
/// proof (SetColumnNotNull::proven_by), as the plan records it.
void mark_proofs(std::vector<MigrationStatement>& statements, const model::Schema& before) {
    std::map<std::pair<model::QualifiedName, std::string>, model::Constraint> checks;  // added, still there
    for (const auto& table : before.tables) {
        for (const auto& constraint : table.constraints) {
            if (constraint.kind == model::ConstraintKind::Check) checks[{table.name, constraint.name}] = constraint;
        }
    }
    for (auto& statement : statements) {
        for (auto& operation : statement.operations) {
            if (const auto* add = std::get_if<model::AddConstraint>(&operation)) {
                if (add->constraint.kind == model::ConstraintKind::Check)
                    checks[{add->table, add->constraint.name}] = add->constraint;
            } else if (const auto* validate = std::get_if<model::ValidateConstraint>(&operation)) {
                auto found = checks.find({validate->table, validate->constraint.name});
                if (found != checks.end()) found->second.validated = true;
            } else if (const auto* drop = std::get_if<model::DropConstraint>(&operation)) {
                checks.erase({drop->table, drop->constraint.name});
            } else if (auto* set = std::get_if<model::SetColumnNotNull>(&operation)) {
                if (!set->to.not_null || !set->proven_by.empty()) continue;
                for (const auto& [key, check] : checks) {
                    if (key.first == set->table && check.validated && model::proves_not_null(check, set->to.name))
                        set->proven_by = key.second;
                }
            }
        }
    }
}

/// Statements that change no schema object and take no lock a migration must plan for (MigrationStatement::inert).
auto inert_statement(const PgQuery__Node* node) -> bool {
    switch (node->node_case) {
        case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
        case PG_QUERY__NODE__NODE_VARIABLE_SHOW_STMT:
        case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
        case PG_QUERY__NODE__NODE_NOTIFY_STMT:
        case PG_QUERY__NODE__NODE_LISTEN_STMT:
        case PG_QUERY__NODE__NODE_UNLISTEN_STMT:
        case PG_QUERY__NODE__NODE_DISCARD_STMT:
        case PG_QUERY__NODE__NODE_DEALLOCATE_STMT:
            return true;
        case PG_QUERY__NODE__NODE_SELECT_STMT:  // SELECT ... INTO creates a table
            return node->select_stmt->into_clause == nullptr;
        default:
            return false;
    }
}

/// The statement's kind as people write it: "CREATE INDEX", "DROP TABLE", "BEGIN"; statement_kind() otherwise.
auto statement_label(const PgQuery__Node* node) -> std::string {
    switch (node->node_case) {
        case PG_QUERY__NODE__NODE_CREATE_STMT:
            return "CREATE TABLE";
        case PG_QUERY__NODE__NODE_INDEX_STMT:
            return "CREATE INDEX";
        case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
            return "CREATE SEQUENCE";
        case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT:
            return "ALTER SEQUENCE";
        case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
            return "CREATE TYPE";
        case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT:
            return "ALTER TYPE";
        case PG_QUERY__NODE__NODE_COMMENT_STMT:
            return "COMMENT";
        case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT:
            return "REFRESH MATERIALIZED VIEW";
        case PG_QUERY__NODE__NODE_VIEW_STMT:
            return node->view_stmt->replace ? "CREATE OR REPLACE VIEW" : "CREATE VIEW";
        case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
            return "CREATE TRIGGER";
        case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
            return "CREATE POLICY";
        case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
            return "ALTER POLICY";
        case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
            return node->create_function_stmt->is_procedure ? "CREATE PROCEDURE" : "CREATE FUNCTION";
        case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
            return "CREATE DOMAIN";
        case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT:
            return "ALTER DOMAIN";
        case PG_QUERY__NODE__NODE_GRANT_STMT:
            return node->grant_stmt->is_grant ? "GRANT" : "REVOKE";
        case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT: {
            auto kind = node->variable_set_stmt->kind;
            bool reset =
                kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET || kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET_ALL;
            return reset ? "RESET" : "SET";
        }
        case PG_QUERY__NODE__NODE_DROP_STMT:
            switch (node->drop_stmt->remove_type) {
                case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
                    return "DROP TABLE";
                case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
                    return "DROP INDEX";
                case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
                    return "DROP SEQUENCE";
                case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
                    return "DROP TYPE";
                case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
                    return "DROP SCHEMA";
                case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION:
                    return "DROP EXTENSION";
                case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
                    return "DROP VIEW";
                case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
                    return "DROP MATERIALIZED VIEW";
                case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
                    return "DROP FUNCTION";
                case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
                    return "DROP PROCEDURE";
                case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
                    return "DROP TRIGGER";
                case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
                    return "DROP POLICY";
                case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
                    return "DROP DOMAIN";
                default:
                    return "DROP";
            }
        case PG_QUERY__NODE__NODE_TRANSACTION_STMT: {
            static constexpr std::string_view kNames[] = {"TRANSACTION",
                                                          "BEGIN",
                                                          "START TRANSACTION",
                                                          "COMMIT",
                                                          "ROLLBACK",
                                                          "SAVEPOINT",
                                                          "RELEASE",
                                                          "ROLLBACK TO SAVEPOINT",
                                                          "PREPARE TRANSACTION",
                                                          "COMMIT PREPARED",
                                                          "ROLLBACK PREPARED"};
            auto kind = static_cast<size_t>(node->transaction_stmt->kind);
            return std::string(kind < std::size(kNames) ? kNames[kind] : kNames[0]);
        }
        default:
            return statement_kind(node);
    }
}

/// Whether a lock_timeout value turns the timeout on: 0 (in any unit) and DEFAULT leave it off.
auto timeout_on(const PgQuery__Node* value) -> bool {
    if (value == nullptr || value->node_case != PG_QUERY__NODE__NODE_A_CONST) return false;
    const PgQuery__AConst* constant = value->a_const;
    std::string text;
    switch (constant->val_case) {
        case PG_QUERY__A__CONST__VAL_IVAL:
            return constant->ival->ival != 0;
        case PG_QUERY__A__CONST__VAL_FVAL:
            text = constant->fval->fval;
            break;
        case PG_QUERY__A__CONST__VAL_SVAL:
            text = constant->sval->sval;
            break;
        default:
            return false;
    }
    return std::strtod(text.c_str(), nullptr) != 0;
}

/// What the session state is when each statement runs: the explicit transaction block and the lock_timeout.
class SessionState {
public:
    /// `wrapped`: the runner runs the file in one transaction, so a SET LOCAL outside BEGIN ... COMMIT holds until
    /// the file ends.
    explicit SessionState(bool wrapped) : wrapped_(wrapped) {}
    auto transaction() const -> int { return current_; }
    /// Whether a non-zero `name` (lock_timeout, statement_timeout) is in force.
    auto in_force(const std::string& name) const -> bool {
        auto found = settings_.find(name);
        if (found == settings_.end()) return false;
        const Setting& setting = found->second;
        if (current_ != 0 && setting.local) return *setting.local;
        if (current_ == 0 && setting.file_local) return *setting.file_local;
        return setting.session;
    }

    /// Applies a statement's effect on the state (after the statement was recorded).
    void apply(const PgQuery__Node* node) {
        if (node->node_case == PG_QUERY__NODE__NODE_TRANSACTION_STMT)
            return transaction_statement(node->transaction_stmt);
        if (node->node_case == PG_QUERY__NODE__NODE_VARIABLE_SET_STMT) {
            const PgQuery__VariableSetStmt* set = node->variable_set_stmt;
            if (set->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET_ALL) {
                for (const auto& [name, setting] : settings_) set_timeout(name, false, false);
                return;
            }
            if (settings_.count(set->name) == 0) return;
            bool on =
                set->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE && set->n_args == 1 && timeout_on(set->args[0]);
            return set_timeout(set->name, on, set->is_local);
        }
        if (node->node_case == PG_QUERY__NODE__NODE_SELECT_STMT) set_config(node->select_stmt);
    }

private:
    struct Setting {
        bool session = false;
        std::optional<bool> local;       ///< SET LOCAL in the current block
        std::optional<bool> file_local;  ///< SET LOCAL outside a block, in the runner's transaction (wrapped)
    };

    void transaction_statement(const PgQuery__TransactionStmt* stmt) {
        switch (stmt->kind) {
            case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_BEGIN:
            case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_START:
                if (current_ == 0) current_ = ++count_;
                for (auto& [name, setting] : settings_) setting.local.reset();
                break;
            case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_COMMIT:
            case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_ROLLBACK:
            case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_PREPARE:
                current_ = stmt->chain ? ++count_ : 0;  // COMMIT AND CHAIN starts the next block at once
                for (auto& [name, setting] : settings_) setting.local.reset();
                break;
            default:
                break;  // savepoints stay in the block
        }
    }

    void set_timeout(const std::string& name, bool on, bool local) {
        Setting& setting = settings_[name];
        if (local) {
            // SET LOCAL outside a block has no effect (PostgreSQL warns), unless the runner's transaction is one
            if (current_ != 0)
                setting.local = on;
            else if (wrapped_)
                setting.file_local = on;
        } else {
            setting.session = on;
            setting.local.reset();
            setting.file_local.reset();
        }
    }

    /// SELECT set_config('lock_timeout', '2s', is_local): the function form of SET.
    void set_config(const PgQuery__SelectStmt* select) {
        if (select->n_target_list != 1 || select->n_from_clause != 0) return;
        const PgQuery__Node* value = select->target_list[0]->res_target->val;
        if (value == nullptr || value->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) return;
        const PgQuery__FuncCall* call = value->func_call;
        auto names = names_of(call->funcname, call->n_funcname);
        if (names.empty() || names.back() != "set_config" || call->n_args != 3) return;
        const PgQuery__Node* setting = call->args[0];
        if (setting->node_case != PG_QUERY__NODE__NODE_A_CONST ||
            setting->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL ||
            settings_.count(setting->a_const->sval->sval) == 0) {
            return;
        }
        const PgQuery__Node* local = call->args[2];
        bool is_local = local->node_case == PG_QUERY__NODE__NODE_A_CONST &&
                        local->a_const->val_case == PG_QUERY__A__CONST__VAL_BOOLVAL && local->a_const->boolval->boolval;
        set_timeout(setting->a_const->sval->sval, timeout_on(call->args[1]), is_local);
    }

    int count_ = 0;
    int current_ = 0;
    std::map<std::string, Setting> settings_{{"lock_timeout", {}}, {"statement_timeout", {}}};
    bool wrapped_ = false;
};

/// The statement as written: from its first token to its end, without the semicolon and trailing blanks.
auto statement_text(const std::string& text, const StatementSpan& span) -> std::string {
    size_t begin = statement_start(text, static_cast<size_t>(span.offset));
    size_t end = static_cast<size_t>(span.offset + span.length);
    while (end > begin && (std::isspace(static_cast<unsigned char>(text[end - 1])) || text[end - 1] == ';')) --end;
    return begin < end ? text.substr(begin, end - begin) : std::string();
}

/// `reason="..."`, `expires=2027-01-31`: the key=value pairs after the rule id. A quoted value may contain \" and \\.
void read_allow_arguments(std::string_view rest, AllowComment& allow) {
    size_t at = 0;
    auto skip_blanks = [&] {
        while (at < rest.size() && std::isspace(static_cast<unsigned char>(rest[at]))) ++at;
    };
    skip_blanks();
    while (at < rest.size() && allow.problem.empty()) {
        size_t equals = rest.find('=', at);
        if (equals == std::string_view::npos) {
            allow.problem = fmt::format("expected key=value, found \"{}\"", rest.substr(at));
            return;
        }
        std::string key(rest.substr(at, equals - at));
        at = equals + 1;
        std::string value;
        if (at < rest.size() && rest[at] == '"') {
            bool closed = false;
            for (++at; at < rest.size(); ++at) {
                if (rest[at] == '\\' && at + 1 < rest.size()) {
                    value += rest[++at];
                } else if (rest[at] == '"') {
                    closed = true;
                    ++at;
                    break;
                } else {
                    value += rest[at];
                }
            }
            if (!closed) allow.problem = fmt::format("the value of {} has no closing quote", key);
        } else {
            while (at < rest.size() && !std::isspace(static_cast<unsigned char>(rest[at]))) value += rest[at++];
        }
        if (key == "reason")
            allow.reason = value;
        else if (key == "expires")
            allow.expires = value;
        else if (allow.problem.empty())
            allow.problem = fmt::format("unknown key {} (reason and expires are known)", key);
        skip_blanks();
    }
}

auto read_allow_comment(std::string_view body) -> AllowComment {
    AllowComment allow;
    size_t at = 0;
    while (at < body.size() && std::isspace(static_cast<unsigned char>(body[at]))) ++at;
    size_t id_end = at;
    while (id_end < body.size() && !std::isspace(static_cast<unsigned char>(body[id_end]))) ++id_end;
    allow.rule = std::string(body.substr(at, id_end - at));
    if (allow.rule.empty() || allow.rule.find('=') != std::string::npos) {
        allow.problem = "names no rule (expected: -- schemadiff:allow <rule-id> reason=\"...\")";
        allow.rule.clear();
        return allow;
    }
    read_allow_arguments(body.substr(id_end), allow);
    return allow;
}

}  // namespace

auto allow_comments(const std::string& text, const std::string& file) -> std::vector<AllowComment> {
    constexpr std::string_view kMarker = "schemadiff:allow";
    std::vector<AllowComment> out;
    size_t block_start = 0;  // the first comment of the current block of comment lines, in `out`
    int line = 0;
    for (size_t pos = 0; pos < text.size();) {
        ++line;
        size_t end = std::min(text.find('\n', pos), text.size());
        std::string_view row(text.data() + pos, end - pos);
        if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
        size_t first = row.find_first_not_of(" \t");
        if (first != std::string_view::npos && row.compare(first, 2, "--") == 0) {
            size_t body = row.find_first_not_of(" \t", first + 2);
            if (body != std::string_view::npos && row.compare(body, kMarker.size(), kMarker) == 0) {
                AllowComment allow = read_allow_comment(row.substr(body + kMarker.size()));
                allow.where = SourceLocation{file, line, static_cast<int>(first) + 1};
                allow.text = std::string(row.substr(first));
                out.push_back(std::move(allow));
            }
        } else {
            // The first line that is not a comment ends the block: what starts there is what its comments are about.
            for (size_t allow_idx = block_start; allow_idx < out.size(); ++allow_idx)
                out[allow_idx].applies_to_line = line;
            block_start = out.size();
        }
        pos = end + 1;
    }
    return out;
}

auto allow_comments_in_file(const std::filesystem::path& path) -> std::vector<AllowComment> {
    return allow_comments(read_text_file(path, "schema file"), path.string());
}

auto parse_migration_text(const std::string& sql, const std::string& file, const model::Schema& before, bool wrapped,
                          bool schema_known) -> MigrationFile {
    MigrationFile out;
    out.file = file;
    ScriptSession script_session{ScriptKind::Migration};
    ScriptSql script = psql_script_sql(sql, file, script_session);
    const std::string& text = script.text;
    out.allows = allow_comments(text, file);
    MigrationOperations state(before, file, text);
    if (schema_known) state.know_schema();
    state.context().blanked = std::move(script.blanked);
    SessionState session(wrapped);
    for_each_statement(state.context(), text, [&](PgQuery__Node* node, Arena& arena, const StatementSpan& span) {
        MigrationStatement statement;
        statement.where = state.context().where(-1);
        statement.kind = statement_label(node);
        statement.text = statement_text(text, span);
        statement.transaction = session.transaction();
        statement.lock_timeout = session.in_force("lock_timeout");
        statement.statement_timeout = session.in_force("statement_timeout");
        statement.inert = inert_statement(node);
        statement.command = command_of(node);
        if (node->node_case == PG_QUERY__NODE__NODE_INSERT_STMT && node->insert_stmt->relation != nullptr)
            statement.inserts_into = qualified_name(node->insert_stmt->relation);
        try {
            statement.operations = state.operations(node, arena);
            std::string parsed_text = text.substr(static_cast<size_t>(span.offset), static_cast<size_t>(span.length));
            statement.operation_texts = state.operation_texts(node, parsed_text, arena);
        } catch (const Error& error) {
            // A form the model does not cover (a partition, a tablespace ...) is not a failure: without operations
            // the statement is reported as unclassified. Syntax errors never get here.
            if (error.kind() != ErrorKind::Unsupported) throw;
        }
        session.apply(node);
        out.statements.push_back(std::move(statement));
    });
    mark_rebuilds(out.statements);
    mark_around_rebuilds(out.statements);
    mark_proofs(out.statements, before);
    out.after = state.result();
    return out;
}

auto parse_migration_file(const std::filesystem::path& path, const model::Schema& before, bool wrapped,
                          bool schema_known) -> MigrationFile {
    return parse_migration_text(read_text_file(path, "migration file"), path.string(), before, wrapped, schema_known);
}

}  // namespace schemadiff::parser
