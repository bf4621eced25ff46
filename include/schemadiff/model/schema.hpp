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

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schemadiff/core/error.hpp"

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
    std::string partition_by;             ///< pg_get_partkeydef(): "RANGE (created_at)"; empty: not partitioned
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

/// Kinds of objects that exist as PostgreSQL's own definition text rather than as structure the differ reasons
/// about column by column (see SchemaObject). The list and what each kind is live in object_kinds.def.
enum class ObjectKind {
#define SCHEMADIFF_OBJECT_KIND(kind, name, id_word, flags, implied, implied_word, id_shape) kind,
#include "schemadiff/model/object_kinds.def"
#undef SCHEMADIFF_OBJECT_KIND
};

/// KindTraits::flags bits (object_kinds.def explains each).
enum class KindFlag : unsigned {
    None = 0,
    OnRelation = 1U << 0,
    Privilege = 1U << 1,
    Routine = 1U << 2,
    ColumnType = 1U << 3,
    EventTrigger = 1U << 4,
    ViewLike = 1U << 5,
};
constexpr auto operator|(KindFlag a, KindFlag b) -> KindFlag {
    return static_cast<KindFlag>(static_cast<unsigned>(a) | static_cast<unsigned>(b));
}
/// What an atom depends on that pg_depend does not record (object_kinds.def).
enum class Implied { None, Subject, Table, View, ChildAndParent };
/// What follows the first word of an object id (object_kinds.def, ObjectId).
enum class IdShape { Name, Member, Routine, Single, Option, Pair, Nested, Opaque };

/// One row of object_kinds.def.
struct KindTraits {
    ObjectKind kind;
    std::string_view name;
    std::string_view id_word;
    KindFlag flags;
    Implied implied;
    std::string_view implied_word;
    IdShape id_shape;
    constexpr auto has(KindFlag flag) const -> bool {
        return (static_cast<unsigned>(flags) & static_cast<unsigned>(flag)) != 0;
    }
};

/// Every kind, in the order of object_kinds.def (and of the enum).
inline constexpr KindTraits kObjectKinds[] = {
#define SCHEMADIFF_OBJECT_KIND(kind, name, id_word, flags, implied, implied_word, id_shape) \
    {ObjectKind::kind,                                                                      \
     name,                                                                                  \
     id_word,                                                                               \
     [] {                                                                                   \
         using enum KindFlag;                                                               \
         return flags;                                                                      \
     }(),                                                                                   \
     Implied::implied,                                                                      \
     implied_word,                                                                          \
     IdShape::id_shape},
#include "schemadiff/model/object_kinds.def"
#undef SCHEMADIFF_OBJECT_KIND
};
constexpr auto kind_traits(ObjectKind kind) -> const KindTraits& {
    return kObjectKinds[static_cast<size_t>(kind)];
}
constexpr auto kind_has(ObjectKind kind, KindFlag flag) -> bool {
    return kind_traits(kind).has(flag);
}

/// The id of anything the dependency graph and the model key objects by: a word (an object kind's id word from
/// object_kinds.def, or one of the relational model's: table, column, view-column, default, constraint, index,
/// sequence, type, schema, extension, grant, revoke) and, shaped by the word (IdShape), a qualified name, a member,
/// argument types, a second name, an inner id or an opaque rest. str() is the one printer of the spelling the model
/// stores and the catalog queries print ("trigger public.t.tr", "function public.f(integer)", "column
/// public.t.\"Col\""); parse() is the one reader, used on every id a query returns. No id is assembled outside this
/// type.
struct ObjectId {
    std::string_view word;  ///< static storage: from kObjectKinds or the relational words
    IdShape shape = IdShape::Name;
    QualifiedName name;     ///< Name, Member, Routine, Option, Pair: the object or its owner; Single: `name.name`
    std::string member;     ///< Member: the member's name (unquoted); Option: the option as written (toast.fillfactor)
    std::string arguments;  ///< Routine: the argument types as printed ("integer, text")
    QualifiedName other;    ///< Pair: the second name (inheritance: the parent)
    std::string rest;       ///< Nested: the inner id; Opaque: everything after the word

    /// An id of `kind` (its id word and shape) naming `name`, with `member` for Member and Option kinds.
    static auto of(ObjectKind kind, QualifiedName name, std::string member = {}) -> ObjectId;
    static auto routine(ObjectKind kind, QualifiedName name, std::string arguments) -> ObjectId;
    static auto single(ObjectKind kind, std::string name) -> ObjectId;
    static auto pair(ObjectKind kind, QualifiedName child, QualifiedName parent) -> ObjectId;
    static auto comment_on(const ObjectId& object) -> ObjectId;
    static auto grant(bool revoked, std::string rest) -> ObjectId;
    static auto opaque(ObjectKind kind, std::string rest) -> ObjectId;  ///< default-privilege
    static auto table(QualifiedName table) -> ObjectId;
    static auto column(QualifiedName table, std::string column) -> ObjectId;
    static auto column_default(QualifiedName table, std::string column) -> ObjectId;
    static auto constraint(QualifiedName table, std::string constraint) -> ObjectId;
    static auto index(QualifiedName index) -> ObjectId;
    static auto sequence(QualifiedName sequence) -> ObjectId;
    static auto type(QualifiedName type) -> ObjectId;

    /// Reads an id in the spelling str() prints; nullopt when the word is unknown or the rest does not have its
    /// shape.
    static auto parse(std::string_view id) -> std::optional<ObjectId>;
    /// parse(), or an Internal error naming `id`.
    static auto read(std::string_view id) -> ObjectId;
    /// The same object under another word of the same shape ("column s.t.c" -> "default s.t.c"); throws Internal
    /// when `word` is not a known word of that shape.
    auto with_word(std::string_view word) const -> ObjectId;
    /// The text after the word.
    auto body() const -> std::string;
    auto str() const -> std::string;
    auto operator==(const ObjectId& other) const -> bool { return str() == other.str(); }
};
/// The shape that follows `word` in an id; nullopt for an unknown word.
auto id_shape_of(std::string_view word) -> std::optional<IdShape>;
/// Whether `id` reads as an ObjectId with `kind`'s id word (a grant's: "grant" or "revoke").
auto id_fits_kind(std::string_view id, ObjectKind kind) -> bool;
static_assert(
    [] {
        for (size_t i = 0; i < std::size(kObjectKinds); ++i) {
            if (static_cast<size_t>(kObjectKinds[i].kind) != i || kObjectKinds[i].name.empty()) return false;
        }
        return true;
    }(),
    "object_kinds.def rows and ObjectKind enumerators are one list");

/// "view", "materialized-view", "function", "trigger"...: stable names (the catalogue queries print them).
constexpr auto object_kind_name(ObjectKind kind) -> std::string_view {
    return kind_traits(kind).name;
}
auto parse_object_kind(std::string_view name) -> std::optional<ObjectKind>;
struct SchemaObject;
/// The ids of what an object implicitly depends on (object_kinds.def, Implied): a trigger state on its trigger, a
/// column storage atom on its column, a partition on both tables...
auto implied_dependencies(const SchemaObject& object) -> std::vector<std::string>;
/// Makes materialized view `view` created WITH DATA (populated) or WITH NO DATA: its `facts.no_data` and the last
/// line of its `create`, which the catalog query and the scratch load end with "WITH [NO] DATA".
void set_populated(SchemaObject& view, bool populated);

/// What the safety rules and the planner need to know about an object beyond its kind, as typed facts set where the
/// object is read: by the catalog query (a catalog column: convalidated, polpermissive, ...), by the migration-file
/// reader (the parse tree) or by the differ (for the replacement it writes). Nothing searches an object's SQL text
/// for them, so a change in how PostgreSQL or the deparser spells a statement cannot change a verdict. Not compared:
/// each is also spelled in `create` or `id`, which are (or, for drops_attribute, in `replace`, which is not part of
/// what the object is).
struct ObjectFacts {
    bool not_valid = false;        ///< domain-constraint: added NOT VALID (existing values are not checked)
    bool drops_attribute = false;  ///< composite-type: `replace` drops an attribute (ALTER TYPE ... DROP ATTRIBUTE)
    /// grant, default-privilege: a privilege of the built-in default that is taken away (created by REVOKE, dropped
    /// by GRANT), not one that is given.
    bool revoked = false;
    bool permissive_read = false;  ///< policy: PERMISSIVE and FOR ALL or FOR SELECT (lets rows be read)
    bool disabled = false;         ///< trigger-state, event-trigger-state: DISABLE (the trigger does not fire)
    bool no_data = false;          ///< materialized-view: WITH NO DATA (unpopulated; the query runs at REFRESH)
    auto operator==(const ObjectFacts&) const -> bool = default;
};

/// One object defined by SQL: a view, a function, a trigger, a policy, a domain constraint, a storage option, a
/// partition link, a grant... Each is an atom with the SQL that creates it and the SQL that removes it. An object read
/// from a database comes with its `parts` (what PostgreSQL's catalog functions print: pg_get_viewdef,
/// pg_get_functiondef, pg_get_triggerdef, an option's value, ...), which ddl::frame_objects() frames into those
/// statements, so two schemas meet in one spelling. A schema file's objects come through a scratch database (engine);
/// a migration file's (for `check`) from the migration reader, with the file's own statement as their SQL.
struct SchemaObject {
    ObjectKind kind = ObjectKind::View;
    std::string id;       ///< unique in a schema: "view public.v", "function public.f(integer)", "trigger public.t.tr"
    std::string subject;  ///< for people: "public.v", "public.f(integer)", "public.t.tr"
    std::optional<QualifiedName> table;  ///< the table (or view) it belongs to, if any
    std::string create;                  ///< SQL that creates it (statements separated by ";\n")
    std::string drop;                    ///< SQL that removes it
    std::string replace;                 ///< SQL that turns any compatible earlier version into this one; "": none
    /// An in-place replacement needs the old object's key to be a prefix of the new one's (a view may gain columns at
    /// the end; a function must keep its result type and argument names).
    std::vector<std::string> replace_key;
    std::string key;  ///< what equality compares when `create` carries more (WITH [NO] DATA); "": create
    /// What the catalog printed, by name ("query", "definition", "expression", ...; objects.sql says which kind has
    /// which): the data ddl frames into create / drop / replace. Empty for a migration file's objects. Not compared
    /// (the framed statements are).
    std::map<std::string, std::string> parts;
    bool after_tables = false;  ///< depends on a relation (set by the differ; not compared)
    ObjectFacts facts;          ///< what the rules read instead of the SQL (not compared)

    auto compared() const -> const std::string& { return key.empty() ? create : key; }
    auto operator==(const SchemaObject& other) const -> bool {
        return kind == other.kind && id == other.id && compared() == other.compared();
    }
};

/// Everything schemadiff compares. Every vector is sorted by name after `sort()`.
struct Schema {
    std::vector<Namespace> namespaces;
    std::vector<Extension> extensions;
    std::vector<EnumType> enums;
    std::vector<Sequence> sequences;
    std::vector<Table> tables;
    std::vector<SchemaObject> objects;  ///< sorted by id
    /// What each object depends on (pg_depend, read with the objects): id -> ids of objects, tables ("table s.t"),
    /// columns ("column s.t.c"), types ("type s.e"), sequences ("sequence s.q"). Not compared: it orders the plan and
    /// finds the objects a change must drop and create again.
    std::map<std::string, std::vector<std::string>> dependencies;
    /// Rename hints from `-- schemadiff:renamed-from <old>` in schema files: the new object's id -> the old name as
    /// written. Not compared.
    std::map<std::string, std::string> renamed_from;
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
    auto find_object(const std::string& id) const -> const SchemaObject*;
};

/// The printed ids the dependency graph uses for the structured objects (ObjectId::table(...).str(), ...).
auto table_id(const QualifiedName& table) -> std::string;                              ///< "table public.t"
auto column_id(const QualifiedName& table, const std::string& column) -> std::string;  ///< "column public.t.c"
auto type_id(const QualifiedName& type) -> std::string;                                ///< "type public.e"
/// The base type a domain object's "CREATE DOMAIN name AS base [COLLATE c]" names; "" for other objects.
auto domain_base_type(const SchemaObject& domain) -> std::string;

/// Live statistics of a table (pg_class.reltuples, pg_total_relation_size), not part of the schema. rows < 0: never
/// analysed.
struct TableSize {
    double rows = -1;
    int64_t bytes = 0;
};

/// Whether SQL `text` mentions the identifier `name` (spelled as quote_ident spells it) as a whole word: which
/// constraints and indexes a column's change may affect.
auto mentions_identifier(const std::string& text, const std::string& name) -> bool;
/// `text` with every whole-word occurrence of `from` (as mentions_identifier finds them) replaced by `to`.
auto replace_identifier(const std::string& text, const std::string& from, const std::string& to) -> std::string;

}  // namespace schemadiff::model
