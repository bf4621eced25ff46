// Internal to the parser: the context every transform_* function shares, and their declarations.
// One function per statement node kind (CreateStmt -> transform_create_table in transform_create_table.cpp).
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "lookup.hpp"
#include "pg_query_result.hpp"
#include "schemadiff/core/error.hpp"
#include "schemadiff/model/schema.hpp"
#include "schemadiff/parser/parse.hpp"

namespace schemadiff::parser {

/// A FOREIGN KEY written without referenced columns: they are the referenced table's primary key, known only once
/// every statement has been read.
struct PendingForeignKey {
    model::QualifiedName table;
    std::string constraint;
    SourceLocation where;
};

struct TransformContext {
    model::Schema& schema;
    std::string file;
    const std::string& text;          ///< the whole file
    std::vector<size_t> line_starts;  ///< byte offset of each line of `text`
    int statement_offset = 0;         ///< where the current statement starts in `text`
    std::map<model::QualifiedName, size_t> table_index;
    std::set<std::pair<std::string, std::string>> relation_names;    ///< (schema, name) of tables/indexes/sequences
    std::set<std::pair<std::string, std::string>> constraint_names;  ///< (schema, name)
    std::vector<PendingForeignKey> pending_foreign_keys;
    std::map<model::QualifiedName, std::vector<std::string>> primary_keys;  ///< columns of each table's primary key
    /// Byte ranges of `text` where psql meta-commands were blanked (psql_script.hpp); each must be blank space to
    /// libpg_query's scanner as well, which for_each_statement checks.
    std::vector<std::pair<size_t, size_t>> blanked;

    /// file:line:col of a node location (0-based offset into the current statement; -1 = statement start).
    auto where(int location) const -> SourceLocation;
    auto error(ErrorKind kind, int location, const std::string& message) const -> Error;
    /// Records where the object `subject` (spelled as model::subject() spells it) is declared, at a node location as
    /// for where(); the first declaration wins.
    void locate(const std::string& subject, int location);
    /// The same for a column or constraint `member` of `table` ("public.t.c").
    void locate_member(const model::QualifiedName& table, const std::string& member, int location);

    auto find_table(const model::QualifiedName& name, int location) -> model::Table&;
    auto add_table(model::Table table, int location) -> model::Table&;

    /// Positions of what `schema` holds, by name (lookup.hpp): lookups that do not scan.
    Lookups lookups;
    auto find_column(model::Table& table, const std::string& name) -> model::Column*;
    auto find_constraint(model::Table& table, const std::string& name) -> model::Constraint*;
    auto find_index(model::Table& table, const std::string& name) -> model::Index*;
    /// After parser code erased, reordered or renamed members of `table`, or the table went away.
    void forget_members(const model::QualifiedName& table) { lookups.tables.erase(table); }
};

// Files and statements (parse.cpp).
auto read_text_file(const std::filesystem::path& path, std::string_view what) -> std::string;
/// The first offset at or after `offset` that is neither blank nor in a `--` comment: where a statement starts.
auto statement_start(const std::string& text, size_t offset) -> size_t;
/// Byte offset of each line of `text`.
auto line_starts_of(const std::string& text) -> std::vector<size_t>;
/// A node's kind for messages: "INSERT", "ALTER TABLE", "CREATE SEQ".
auto statement_kind(const PgQuery__Node* node) -> std::string;
/// Splits `sql` (the whole text of ctx), parses each statement and calls `visit` with ctx.statement_offset set.
/// Throws Error(Parse) with file:line:col on a syntax error.
void for_each_statement(TransformContext& ctx, const std::string& sql,
                        const std::function<void(PgQuery__Node*, Arena&, const StatementSpan&)>& visit);

// Names: RangeVar -> QualifiedName (schema defaults to public).
auto qualified_name(const PgQuery__RangeVar* range) -> model::QualifiedName;
auto qualified_name(const std::vector<std::string>& names) -> model::QualifiedName;

// Types (transform_type_name.cpp).
/// The format_type() spelling of a type name; throws Unsupported for what it cannot spell.
auto format_type_name(const PgQuery__TypeName* type, TransformContext& ctx) -> std::string;
/// A COLLATE clause's collation as the model holds it: "" for "default", the name alone in pg_catalog, else
/// "schema.name" (as the introspector spells it).
auto collation_name(const PgQuery__CollateClause* clause) -> std::string;
/// Whether an unqualified type name is one of pg_catalog's (which search_path = public finds before public's).
auto is_catalog_type(std::string_view name) -> bool;
/// "serial", "bigserial", "smallserial" -> the integer type they stand for; empty otherwise.
auto serial_base_type(const PgQuery__TypeName* type) -> std::string;

// Implicit names, as PostgreSQL chooses them (naming.cpp).
auto make_object_name(const std::string& name1, const std::string& name2, const std::string& label) -> std::string;
auto choose_relation_name(TransformContext& ctx, const std::string& schema, const std::string& name1,
                          const std::string& name2, const std::string& label) -> std::string;
auto choose_constraint_name(TransformContext& ctx, const std::string& schema, const std::string& name1,
                            const std::string& name2, const std::string& label) -> std::string;
/// Column names joined with "_" as PostgreSQL's ChooseIndexNameAddition does.
auto name_addition(const std::vector<std::string>& names) -> std::string;
/// The name PostgreSQL gives an index column that is an expression (FigureIndexColname).
auto index_expression_name(const PgQuery__Node* expr) -> std::string;

/// A schema file is read with search_path = public: 's'::regclass and nextval('s') name public.s, 'a'::mood casts
/// to public.mood. Written so, they mean the same under the search_path a migration runs with.
void qualify_relation_literals(PgQuery__Node* expr, Arena& arena);
/// A column default as the model keeps it: none for NULL (PostgreSQL stores no default for a NULL constant, cast or
/// not), else the deparsed expression.
auto default_expression(PgQuery__Node* expr, Arena& arena) -> std::optional<model::Expression>;

// Sequences (transform_create_sequence.cpp).
/// Applies CREATE/ALTER SEQUENCE or identity options to `options`; OWNED BY goes to owned_by when given.
void apply_sequence_options(model::SequenceOptions& options, PgQuery__Node** items, size_t count, bool creating,
                            std::vector<std::string>* owned_by, TransformContext& ctx);

// Columns and constraints (transform_create_table.cpp).
/// Adds the column `def` to `table`; its PRIMARY KEY / UNIQUE / FOREIGN KEY / CHECK clauses go to `constraints`.
void transform_column(TransformContext& ctx, model::Table& table, PgQuery__ColumnDef* def, Arena& arena,
                      std::vector<PgQuery__Constraint*>& constraints);
/// Adds a table-level constraint node to `table`, choosing PostgreSQL's name when it has none.
void add_table_constraint(TransformContext& ctx, model::Table& table, PgQuery__Constraint* constraint, Arena& arena,
                          bool in_create_table);
auto constraint_definition_text(PgQuery__Constraint* constraint, Arena& arena) -> std::string;

// Statements.
void transform_create_schema(TransformContext& ctx, PgQuery__CreateSchemaStmt* stmt);
void transform_create_extension(TransformContext& ctx, PgQuery__CreateExtensionStmt* stmt);
void transform_create_enum(TransformContext& ctx, PgQuery__CreateEnumStmt* stmt);
void transform_create_sequence(TransformContext& ctx, PgQuery__CreateSeqStmt* stmt);
void transform_alter_sequence(TransformContext& ctx, PgQuery__AlterSeqStmt* stmt);
void transform_create_table(TransformContext& ctx, PgQuery__CreateStmt* stmt, Arena& arena);
void transform_alter_table(TransformContext& ctx, PgQuery__AlterTableStmt* stmt, Arena& arena);
void transform_create_index(TransformContext& ctx, PgQuery__IndexStmt* stmt, Arena& arena);
void transform_comment(TransformContext& ctx, PgQuery__CommentStmt* stmt);

// Object names of DROP / COMMENT ON (transform_comment.cpp).
/// The names of a List, String or TypeName node: ["public", "t"].
auto object_names(const PgQuery__Node* object) -> std::vector<std::string>;
/// Splits [schema.]table.member into the table and the member.
auto split_member(std::vector<std::string> names) -> std::pair<model::QualifiedName, std::string>;

// Statement shapes the parser accepts without modelling them (parse.cpp).
/// `SELECT pg_catalog.set_config(...)` (pg_dump's first lines): a session setting, not schema.
auto is_set_config_select(const PgQuery__SelectStmt* select) -> bool;
/// ALTER ... OWNER TO: ownership, which schemadiff does not manage.
auto is_owner_only(const PgQuery__AlterTableStmt* stmt) -> bool;

/// Appends what a scratch database runs for this statement to out.statements (scratch_statements.cpp): refuses
/// (throws) what would run code of the files, rewrites what has an inert form, leaves out what is not schema, and
/// sets the phase. Also collects the role names the statement uses.
void add_scratch_statement(TransformContext& ctx, PgQuery__Node* node, Arena& arena, std::string sql,
                           SourceLocation where, ParsedSchema& out);

/// Resolves what needs the whole file: FOREIGN KEYs without referenced columns, sequence ownership.
void finish_schema(TransformContext& ctx);

}  // namespace schemadiff::parser
