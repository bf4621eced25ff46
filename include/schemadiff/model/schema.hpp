// The schema model: plain, sorted value types with equality. Knows nothing of libpqxx or libpg_query.
//
// Both sides of a diff arrive here: the parser fills it from CREATE statements, the introspector from the catalog.
// Spellings follow what PostgreSQL's own catalog functions print, so the two sides meet in one form:
//  * a column type is format_type() text ("character varying(20)", "timestamp(3) with time zone", "text[]"),
//    user types qualified unless they live in `public`;
//  * constraint definitions are pg_get_constraintdef() style text without "NOT VALID" (kept in `validated`);
//  * index definitions are whole CREATE INDEX statements (pg_get_indexdef() style);
//  * expressions keep the text to emit and a canonical key, filled by normalisation (parser/normalize), that is
//    what equality compares.
#pragma once

#include "schemadiff/core/error.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace schemadiff::model {

/// A schema-qualified object name. Names are stored as PostgreSQL stores them (case-folded, unquoted).
struct QualifiedName {
    std::string schema;
    std::string name;
    auto operator<=>(const QualifiedName&) const = default;
    auto sql() const -> std::string;      ///< quoted for SQL: public.users, "My Schema"."T"
    auto display() const -> std::string;  ///< same as sql(): what reports show
};

/// An SQL expression (default, CHECK body, generated column...). `text` is emitted; `key` is its canonical form.
struct Expression {
    std::string text;
    std::string key;  ///< canonical form from normalisation; empty until normalised
    auto operator==(const Expression& other) const -> bool {
        if (key.empty() || other.key.empty()) return text == other.text;
        return key == other.key;
    }
};

/// Options of a sequence or identity column, with PostgreSQL's defaults already applied (never "unset").
struct SequenceOptions {
    std::string data_type = "bigint";  ///< smallint, integer or bigint
    int64_t start = 1;
    int64_t increment = 1;
    int64_t min_value = 1;
    int64_t max_value = INT64_MAX;
    int64_t cache = 1;
    bool cycle = false;
    auto operator==(const SequenceOptions&) const -> bool = default;
};

/// The defaults PostgreSQL applies for a sequence of `data_type` with the given increment.
auto default_sequence_options(const std::string& data_type, int64_t increment = 1) -> SequenceOptions;

enum class IdentityKind { None, Always, ByDefault };

struct Column {
    std::string name;
    std::string type;       ///< format_type() spelling
    std::string collation;  ///< empty: the type's default collation
    bool not_null = false;
    std::optional<Expression> default_value;
    std::optional<Expression> generated;  ///< GENERATED ALWAYS AS (expr) STORED
    IdentityKind identity = IdentityKind::None;
    SequenceOptions identity_options;  ///< meaningful only with an identity
    std::optional<std::string> comment;
    auto operator==(const Column&) const -> bool = default;
};

enum class ConstraintKind { PrimaryKey, Unique, Check, ForeignKey, Exclude };

struct Constraint {
    std::string name;
    ConstraintKind kind = ConstraintKind::Check;
    Expression definition;  ///< "PRIMARY KEY (id)", "CHECK ((price > 0))", "FOREIGN KEY (a) REFERENCES t(id)"...
    bool validated = true;  ///< false: NOT VALID
    std::optional<std::string> comment;
    QualifiedName references;  ///< FOREIGN KEY target (derived; for ordering, not compared)
    auto operator==(const Constraint& other) const -> bool {
        return name == other.name && kind == other.kind && definition == other.definition &&
               validated == other.validated && comment == other.comment;
    }
};

/// A stand-alone index (indexes that implement PRIMARY KEY / UNIQUE / EXCLUDE constraints belong to the constraint).
struct Index {
    std::string name;
    Expression definition;  ///< the whole CREATE INDEX statement
    std::optional<std::string> comment;
    auto operator==(const Index&) const -> bool = default;
    auto unique() const -> bool { return definition.text.rfind("CREATE UNIQUE", 0) == 0; }  ///< CREATE UNIQUE INDEX
};

struct Table {
    QualifiedName name;
    bool unlogged = false;
    std::vector<Column> columns;          ///< in definition order (order is not compared)
    std::vector<Constraint> constraints;  ///< sorted by name
    std::vector<Index> indexes;           ///< sorted by name
    std::optional<std::string> comment;

    auto find_column(const std::string& column) const -> const Column*;
    auto find_column(const std::string& column) -> Column*;
    auto find_constraint(const std::string& constraint) const -> const Constraint*;
    auto find_index(const std::string& index) const -> const Index*;
    auto primary_key() const -> const Constraint*;
};

struct Sequence {
    QualifiedName name;
    SequenceOptions options;
    std::optional<QualifiedName> owned_by_table;
    std::string owned_by_column;
    std::optional<std::string> comment;
    auto operator==(const Sequence&) const -> bool = default;
};

struct EnumType {
    QualifiedName name;
    std::vector<std::string> labels;  ///< in sort order
    std::optional<std::string> comment;
    auto operator==(const EnumType&) const -> bool = default;
};

struct Extension {
    std::string name;
    std::string schema;  ///< where its objects live
    std::optional<std::string> comment;
    auto operator==(const Extension&) const -> bool = default;
};

/// A PostgreSQL schema (namespace). `public` is assumed to exist on both sides and is never created or dropped.
struct Namespace {
    std::string name;
    std::optional<std::string> comment;
    auto operator==(const Namespace&) const -> bool = default;
};

/// Everything schemadiff compares. Every vector is sorted by name after `sort()`.
struct Schema {
    std::vector<Namespace> namespaces;
    std::vector<Extension> extensions;
    std::vector<EnumType> enums;
    std::vector<Sequence> sequences;
    std::vector<Table> tables;
    /// Where each object is declared, when the schema was parsed from files: keyed by the object's name as
    /// model::subject() prints it for an operation on it ("public.t", "public.t.c" for a column or constraint,
    /// "public.t_idx" for an index). Not part of the schema: the diff never reads it; `schemadiff check` uses it
    /// to point findings at the declaration.
    std::map<std::string, SourceLocation> locations;

    /// Sorts every collection by name, so iteration order never depends on input order.
    void sort();
    auto find_table(const QualifiedName& table) const -> const Table*;
    auto find_table(const QualifiedName& table) -> Table*;
    auto find_sequence(const QualifiedName& sequence) -> Sequence*;
    auto find_enum(const QualifiedName& type) const -> const EnumType*;
};

/// Live statistics of a table (pg_class.reltuples, pg_total_relation_size), not part of the schema. rows < 0: never
/// analysed.
struct TableSize {
    double rows = -1;
    int64_t bytes = 0;
};

/// Whether SQL `text` mentions the identifier `name` (spelled as quote_ident spells it) as a whole word: which
/// constraints and indexes a column's change may affect.
auto mentions_identifier(const std::string& text, const std::string& name) -> bool;

}  // namespace schemadiff::model
