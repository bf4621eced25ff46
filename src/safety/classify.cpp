// Classification: which rule an operation falls under, and the conditions (new table, small table, server version,
// facts about the column) that move its class.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <type_traits>

#include "schemadiff/core/identifier.hpp"
#include "schemadiff/model/not_null_proof.hpp"
#include "schemadiff/safety/safety.hpp"

namespace schemadiff::safety {

using namespace model;

namespace {

constexpr std::string_view kTheTable = "the table";
auto classify_operation(const Operation& operation, const Context& context) -> Verdict;

void set_class(Verdict& verdict, Severity severity, std::string condition) {
    verdict.severity = severity;
    verdict.conditions.push_back(std::move(condition));
}

auto size_text(const TableSize& size) -> std::string {
    if (size.rows < 0) return pretty_size(size.bytes) + ", never analysed";
    return fmt::format("{}, about {:.0f} rows", pretty_size(size.bytes), size.rows);
}

/// The conditions that concern the table an operation locks: a table created in the same plan makes lock, scan and
/// rewrite rules SAFE (nothing can be waiting on it and it holds no rows); a small table (live statistics) turns a
/// scan, index build or rewrite from DANGEROUS into CAREFUL. Rules about data loss or running code do not change.
void table_conditions(Verdict& verdict, const Context& context, const QualifiedName& table, bool lock_rule = true,
                      bool small_helps = true) {
    auto size = context.sizes.find(table);
    if (verdict.lock != LockMode::None) {
        verdict.lock_note = fmt::format("{} on {}", lock_name(verdict.lock), table.sql());
        if (size != context.sizes.end()) verdict.lock_note += " (" + size_text(size->second) + ")";
    }
    if (!lock_rule || verdict.severity == Severity::Safe) return;
    if (context.new_tables.count(table) != 0) {
        set_class(verdict, Severity::Safe, "new table: created earlier in this migration");
        return;
    }
    if (!small_helps || size == context.sizes.end() || verdict.severity != Severity::Dangerous) return;
    const TableSize& known = size->second;
    bool small =
        known.rows >= 0 && known.rows < context.thresholds.small_rows && known.bytes < context.thresholds.small_bytes;
    if (small && verdict.effect != Effect::CatalogOnly) {
        set_class(verdict, Severity::Careful, "small table (" + size_text(known) + ")");
    }
}

auto before_table(const Context& context, const QualifiedName& name) -> const Table* {
    return context.before == nullptr ? nullptr : context.before->find_table(name);
}

/// Constraints of `table` of `kind` that mention `column`.
auto constrained_by(const Table* table, const std::string& column, ConstraintKind kind) -> bool {
    if (table == nullptr) return false;
    for (const auto& constraint : table->constraints) {
        if (constraint.kind == kind && mentions_identifier(constraint.definition.text, column)) return true;
    }
    return false;
}

auto indexed(const Table* table, const std::string& column, const Context& context) -> bool {
    if (table == nullptr) return false;
    auto dropped = context.dropped_indexes.find(table->name);
    for (const auto& index : table->indexes) {
        if (dropped != context.dropped_indexes.end() && dropped->second.count(index.name) != 0) continue;
        if (mentions_identifier(index.definition.text, column)) return true;
    }
    return constrained_by(table, column, ConstraintKind::PrimaryKey) ||
           constrained_by(table, column, ConstraintKind::Unique) ||
           constrained_by(table, column, ConstraintKind::Exclude);
}

/// Whether another table's foreign key references `table`.`column`, or `column` has one of its own.
auto in_foreign_key(const Context& context, const QualifiedName& table, const std::string& column) -> bool {
    if (context.before == nullptr) return false;
    // "FOREIGN KEY (own columns) REFERENCES other(their columns)": look at the side that belongs to `table`.
    auto side = [](const Constraint& constraint, bool referencing) {
        const std::string& text = constraint.definition.text;
        auto references = text.find("REFERENCES");
        if (references == std::string::npos) return text;
        return referencing ? text.substr(0, references) : text.substr(references);
    };
    for (const auto& other : context.before->tables) {
        for (const auto& constraint : other.constraints) {
            if (constraint.kind != ConstraintKind::ForeignKey) continue;
            if (other.name == table && mentions_identifier(side(constraint, true), column)) return true;
            if (constraint.references == table && mentions_identifier(side(constraint, false), column)) return true;
        }
    }
    return false;
}

/// Functions a default may call without making ADD COLUMN rewrite the table (immutable or stable ones). Anything
/// else is treated as volatile: a user function's volatility is not in the model, and guessing wrong would hide a
/// rewrite.
constexpr std::array kNonVolatile = {"now",
                                     "transaction_timestamp",
                                     "statement_timestamp",
                                     "current_setting",
                                     "lower",
                                     "upper",
                                     "length",
                                     "concat",
                                     "current_timestamp",
                                     "current_time",
                                     "localtimestamp",
                                     "localtime",  // with a precision: CURRENT_TIMESTAMP(3)
                                     "coalesce",
                                     "nullif",
                                     "greatest",
                                     "least",
                                     "jsonb_build_object",
                                     "json_build_object",
                                     "jsonb_build_array",
                                     "json_build_array",
                                     "to_jsonb",
                                     "to_json",
                                     "make_date",
                                     "make_interval",
                                     "date_trunc",
                                     "timezone",
                                     "abs",
                                     "round",
                                     "array_fill",
                                     "to_char",
                                     "to_timestamp",
                                     "to_date",
                                     "btrim",
                                     "trim",
                                     "replace"};

/// Words that are followed by '(' in a default but are types or syntax, not function calls. timestamptz, timetz,
/// varbit and bpchar are libpg_query's spelling of a file's casts (now()::timestamptz(3)).
constexpr std::array kNotFunctions = {"varying", "numeric",   "decimal", "character", "char",   "varchar",
                                      "bit",     "timestamp", "time",    "interval",  "float",  "timestamptz",
                                      "timetz",  "varbit",    "bpchar",  "array",     "in",     "and",
                                      "or",      "not",       "any",     "all",       "exists", "row"};

/// The first function a default calls that is not known to be non-volatile ("" when there is none).
auto volatile_call(const std::string& text) -> std::string {
    bool quoted = false;
    for (size_t at = 0; at < text.size(); ++at) {
        char c = text[at];
        if (c == '\'') quoted = !quoted;
        if (quoted || c != '(') continue;
        size_t end = at;
        while (end > 0 && text[end - 1] == ' ') --end;
        size_t start = end;
        while (start > 0 && (std::isalnum(static_cast<unsigned char>(text[start - 1])) != 0 || text[start - 1] == '_' ||
                             text[start - 1] == '.' || text[start - 1] == '"')) {
            --start;
        }
        if (start == end) continue;
        std::string name = text.substr(start, end - start);
        auto dot = name.rfind('.');
        if (dot != std::string::npos) name = name.substr(dot + 1);
        for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        auto known = [&](const auto& list) { return std::find(list.begin(), list.end(), name) != list.end(); };
        if (known(kNonVolatile) || known(kNotFunctions)) continue;
        return name;
    }
    return "";
}

struct TypeParts {
    std::string base;
    std::vector<int> mods;
    bool array = false;
};

/// "numeric(10,2)" -> {numeric, [10, 2]}; "timestamp(3) without time zone" -> {timestamp without time zone, [3]}.
auto type_parts(std::string type) -> TypeParts {
    TypeParts parts;
    if (type.size() > 2 && type.compare(type.size() - 2, 2, "[]") == 0) {
        parts.array = true;
        type.resize(type.size() - 2);
    }
    auto open = type.find('(');
    auto close = type.find(')', open);
    if (open == std::string::npos || close == std::string::npos) {
        parts.base = type;
        return parts;
    }
    std::string mods = type.substr(open + 1, close - open - 1);
    for (size_t at = 0; at < mods.size();) {
        size_t comma = mods.find(',', at);
        parts.mods.push_back(std::atoi(mods.substr(at, comma - at).c_str()));
        at = comma == std::string::npos ? mods.size() : comma + 1;
    }
    std::string rest = type.substr(close + 1);
    parts.base = type.substr(0, open) + rest;
    return parts;
}

/// Binary-coercible changes PostgreSQL makes without rewriting the table or rebuilding indexes (catalogue §6):
/// widening a length, precision or time precision limit, dropping it, varchar <-> text, cidr -> inet.
auto binary_coercible(const std::string& from_type, const std::string& to_type) -> bool {
    TypeParts from = type_parts(from_type);
    TypeParts to = type_parts(to_type);
    if (from.array != to.array) return false;
    if (from.base == to.base) {
        if (from.mods == to.mods) return true;
        if (to.mods.empty()) return from.base != "character";  // char(n) -> bpchar pads differently
        if (from.mods.empty()) return false;
        if (from.base == "character varying" || from.base == "bit varying") return to.mods[0] >= from.mods[0];
        if (from.base == "numeric") {
            int from_scale = from.mods.size() > 1 ? from.mods[1] : 0;
            int to_scale = to.mods.size() > 1 ? to.mods[1] : 0;
            return from_scale == to_scale && to.mods[0] >= from.mods[0];
        }
        if (from.base.rfind("timestamp", 0) == 0 || from.base.rfind("time ", 0) == 0 || from.base == "interval") {
            return to.mods[0] >= from.mods[0];
        }
        return false;
    }
    if (from.base == "character varying" && to.base == "text") return true;
    if (from.base == "text" && to.base == "character varying" && to.mods.empty()) return true;
    return from.base == "cidr" && to.base == "inet";
}

/// Whether a column type as format_type() spells it ("qty", "app.qty") names `name` ("public.qty" prints as "qty"
/// while public is on the search path).
auto prints_as(const model::QualifiedName& name, const std::string& type) -> bool {
    return name.sql() == type || (name.schema == "public" && quote_ident(name.name) == type);
}

/// A domain of `schema` named by a column type as format_type() spells it ("qty", "app.qty").
auto find_domain(const Schema* schema, const std::string& type) -> const SchemaObject* {
    if (schema == nullptr) return nullptr;
    auto it = std::find_if(schema->objects.begin(), schema->objects.end(), [&](const SchemaObject& object) {
        return object.kind == ObjectKind::Domain && prints_as(ObjectId::read(object.id).name, type);
    });
    return it == schema->objects.end() ? nullptr : &*it;
}

/// Whether `type` (as a column prints it) is a domain with a CHECK or NOT NULL in the schema the plan goes to.
auto constrained_domain(const Context& context, const std::string& type) -> bool {
    const model::Schema* schema = context.after != nullptr ? context.after : context.before;
    if (schema == nullptr) return false;
    for (const auto& object : schema->objects) {
        // a domain constraint's id is "<domain>.<constraint>", a NOT NULL's the domain's name
        if (object.kind != ObjectKind::DomainConstraint && object.kind != ObjectKind::DomainNotNull) continue;
        if (prints_as(ObjectId::read(object.id).name, type)) return true;
    }
    return false;
}

/// Between a domain and its own base type PostgreSQL rewrites nothing (a relabel), except into a domain with a CHECK
/// or NOT NULL, whose values it checks by rewriting the table. Arrays of them are converted element by element: a
/// rewrite (measured on PostgreSQL 15).
auto domain_relabel(const std::string& from_type, const std::string& to_type, const Context& context) -> bool {
    if (from_type.ends_with("[]") || to_type.ends_with("[]")) return false;
    if (const SchemaObject* domain = find_domain(context.before, from_type)) {
        if (domain_base_type(*domain) == to_type) return true;
    }
    const SchemaObject* domain = find_domain(context.after, to_type);
    return domain != nullptr && domain_base_type(*domain) == from_type && !constrained_domain(context, to_type);
}

auto ends_with(const std::string& text, std::string_view suffix) -> bool {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

auto column_object(const QualifiedName& table, const std::string& column) -> std::string {
    return table.sql() + "." + quote_ident(column);
}

auto add_column(const AddColumn& op, const Context& context) -> Verdict {
    const Column& column = op.column;
    std::string object = column_object(op.table, column.name);
    Verdict verdict;
    if (column.identity != IdentityKind::None) {
        verdict = rule_verdict("column-add-identity", object);
    } else if (column.generated) {
        verdict = rule_verdict("column-add-generated-stored", object);
    } else if (constrained_domain(context, column.type)) {
        verdict = rule_verdict("column-add-domain-with-constraint", object);
    } else if (column.default_value) {
        std::string call = volatile_call(column.default_value->text);
        if (call == "nextval") {
            verdict = rule_verdict("column-add-serial", object);
        } else if (!call.empty()) {
            verdict = rule_verdict("column-add-volatile-default", object);
            verdict.reason += fmt::format(" ({}() is not known to be non-volatile)", call);
        } else {
            verdict = rule_verdict(
                column.not_null ? "column-add-notnull-with-default" : "column-add-default-nonvolatile", object);
            if (context.server_version < 110000) {
                verdict.effect = Effect::Rewrite;
                set_class(verdict, Severity::Dangerous, "PostgreSQL < 11: any default rewrites the table");
            }
        }
    } else if (column.not_null) {
        verdict = rule_verdict("column-add-notnull-no-default", object);
    } else if (column.type == "json" || column.type == "json[]") {
        verdict = rule_verdict("column-add-json", object);
    } else {
        verdict = rule_verdict("column-add-nullable", object);
    }
    // NOT NULL without a default fails on any row and breaks running inserts: size does not help, only a new table.
    table_conditions(verdict, context, op.table, true, verdict.rule != "column-add-notnull-no-default");
    return verdict;
}

auto alter_type(const AlterColumnType& op, const Context& context) -> Verdict {
    std::string object = column_object(op.table, op.to.name);
    const Table* table = before_table(context, op.table);
    bool citext_swap = ends_with(op.from.type, "citext") != ends_with(op.to.type, "citext") &&
                       (op.from.type == "text" || op.to.type == "text");
    // Around a collation dropped and created again, the indexes that use it are dropped first and built after.
    bool rebuilds_indexes = (op.from.collation != op.to.collation || citext_swap) && op.around == Around::None;
    Verdict verdict;
    if (op.from.type != op.to.type && !binary_coercible(op.from.type, op.to.type) && !citext_swap &&
        !domain_relabel(op.from.type, op.to.type, context)) {
        verdict = rule_verdict("type-change-rewrite", object);
    } else if (rebuilds_indexes && indexed(table, op.to.name, context)) {
        verdict = rule_verdict("type-change-index-rebuild", object);
    } else {
        verdict = rule_verdict("type-change-coercible", object);
        if (constrained_by(table, op.to.name, ConstraintKind::Check)) {
            verdict.effect = Effect::Scan;
            set_class(verdict, Severity::Dangerous,
                      "a CHECK constraint on the column is re-checked under ACCESS EXCLUSIVE");
        } else if (in_foreign_key(context, op.table, op.to.name)) {
            set_class(verdict, Severity::Careful, "the column is part of a foreign key: the other table is locked too");
        }
    }
    table_conditions(verdict, context, op.table);
    return verdict;
}

auto set_not_null(const SetColumnNotNull& op, const Context& context) -> Verdict {
    std::string object = column_object(op.table, op.to.name);
    if (!op.to.not_null) return rule_verdict("notnull-drop", object);
    Verdict verdict = rule_verdict("notnull-set", object);
    if ((!op.proven_by.empty() || !proving_check(context, op.table, op.to.name).empty()) &&
        context.server_version >= 120000) {
        verdict.effect = Effect::CatalogOnly;
        set_class(verdict, Severity::Safe, "a validated CHECK (column IS NOT NULL) proves there is no NULL: no scan");
    }
    table_conditions(verdict, context, op.table);
    return verdict;
}

auto identity(const AlterColumnIdentity& op) -> Verdict {
    std::string object = column_object(op.table, op.to.name);
    if (op.from.identity == IdentityKind::None) return rule_verdict("identity-add-to-existing-column", object);
    if (op.to.identity == IdentityKind::None) return rule_verdict("identity-drop", object);
    if (op.from.identity != op.to.identity) {
        Verdict verdict = rule_verdict("identity-set-generated", object);
        if (op.to.identity == IdentityKind::ByDefault)
            set_class(verdict, Severity::Safe, "to BY DEFAULT: nothing is refused");
        return verdict;
    }
    return rule_verdict("identity-set-sequence-option", object);
}

auto add_constraint(const AddConstraint& op, const Context& context) -> Verdict {
    std::string object = column_object(op.table, op.constraint.name);
    bool adopt = !op.using_index.empty();
    Verdict verdict;
    switch (op.constraint.kind) {
        case ConstraintKind::PrimaryKey:
            verdict = rule_verdict(adopt ? "pk-add-using-index" : "pk-add", object);
            break;
        case ConstraintKind::Unique:
            verdict = rule_verdict(adopt ? "unique-add-using-index" : "unique-add", object);
            break;
        case ConstraintKind::Check:
            verdict = rule_verdict(op.constraint.validated ? "check-add" : "check-add-not-valid", object);
            break;
        case ConstraintKind::ForeignKey:
            verdict = rule_verdict(op.constraint.validated ? "fk-add" : "fk-add-not-valid", object);
            break;
        case ConstraintKind::Exclude:
            verdict = rule_verdict("exclusion-add", object);
            break;
    }
    table_conditions(verdict, context, op.table);
    return verdict;
}

auto drop_constraint(const DropConstraint& op, const Context& context) -> Verdict {
    std::string object = column_object(op.table, op.constraint.name);
    static constexpr std::string_view kRule[] = {"pk-drop", "unique-drop", "check-drop", "fk-drop", "exclusion-drop"};
    Verdict verdict = rule_verdict(kRule[static_cast<int>(op.constraint.kind)], object);
    table_conditions(verdict, context, op.table, false);
    if (op.around_objects && context.after != nullptr) {
        const Table* target = context.after->find_table(op.table);
        if (target != nullptr && target->find_constraint(op.constraint.name) != nullptr) {
            set_class(verdict, Severity::Safe,
                      "added again in the same transaction once the function it calls is back: new rows are checked "
                      "throughout");
        }
    }
    return verdict;
}

auto sequence_used(const Context& context, const QualifiedName& sequence) -> bool {
    if (context.before == nullptr) return true;  // unknown: assume the worst
    for (const auto& table : context.before->tables) {
        for (const auto& column : table.columns) {
            if (column.default_value && column.default_value->text.find("nextval(") != std::string::npos &&
                mentions_identifier(column.default_value->text, sequence.name)) {
                return true;
            }
        }
    }
    return false;
}

/// The rule for an operation on an object defined by SQL. verb: 'c' create, 'd' drop, 'r' replace in place.
auto object_rule(const SchemaObject& object, char verb, bool rebuild) -> std::string_view {
    // The rules that read a fact of the object; every other comes from the catalogue's entry for the kind.
    if (object.kind == ObjectKind::DomainConstraint && verb == 'c' && object.facts.not_valid)
        return "domain-add-constraint-not-valid";
    if (object.kind == ObjectKind::CompositeType && verb == 'r')
        return object.facts.drops_attribute ? "type-drop-attribute" : "type-add-attribute";
    KindRules rules = kind_rules(object.kind);
    if (object.kind == ObjectKind::Grant && object.facts.revoked) std::swap(rules.create, rules.drop);
    if (verb == 'd') return rebuild && !rules.rebuild.empty() ? rules.rebuild : rules.drop;
    if (verb == 'r' && !rules.replace.empty()) return rules.replace;
    return rules.create;
}

/// Whether a column of `before` has the domain or type `object` (its subject is the qualified name).
auto type_in_use(const Context& context, const SchemaObject& object) -> bool {
    if (context.before == nullptr) return true;
    model::QualifiedName name = ObjectId::read(object.id).name;
    for (const auto& table : context.before->tables) {
        for (const auto& column : table.columns) {
            std::string_view type = column.type;
            if (type.ends_with("[]")) type.remove_suffix(2);
            if (prints_as(name, std::string(type))) return true;
        }
    }
    return false;
}

auto object_verdict(const SchemaObject& object, char verb, bool rebuild, const Context& context) -> Verdict {
    Verdict verdict = rule_verdict(object_rule(object, verb, rebuild), object.subject);
    if (verdict.severity == Severity::Safe) return verdict;
    // A partition or child is locked and scanned, not its parent: only a new child makes attaching it free.
    bool child_link = object.kind == ObjectKind::Partition || object.kind == ObjectKind::Inheritance;
    if (object.table && !child_link && context.new_tables.count(*object.table) != 0) {
        set_class(verdict, Severity::Safe, "new table: created earlier in this migration");
        return verdict;
    }
    if (verdict.rule == "matview-create" && object.facts.no_data) {
        set_class(verdict, Severity::Safe, "WITH NO DATA: the query runs at the first REFRESH");
    } else if (verdict.rule == "function-drop" && context.before != nullptr) {
        bool used = std::any_of(
            context.before->dependencies.begin(), context.before->dependencies.end(), [&](const auto& entry) {
                return std::find(entry.second.begin(), entry.second.end(), object.id) != entry.second.end();
            });
        // Only a schema that has the function can tell that nothing uses it (lint mode without --db knows nothing).
        bool known = std::any_of(context.before->objects.begin(), context.before->objects.end(),
                                 [&](const SchemaObject& each) { return each.id == object.id; });
        if (known && !used) set_class(verdict, Severity::Careful, "nothing in the schema uses it");
    } else if (verdict.rule == "rls-enable" && context.after != nullptr && object.table) {
        bool permissive =
            std::any_of(context.after->objects.begin(), context.after->objects.end(), [&](const SchemaObject& each) {
                // A permissive policy for reading (FOR ALL or FOR SELECT): with only INSERT or UPDATE policies, every
                // SELECT of the table's existing users returns nothing once row security is on.
                return each.kind == ObjectKind::Policy && each.facts.permissive_read &&
                       ObjectId::read(each.id).name == *object.table;
            });
        if (permissive)
            set_class(verdict, Severity::Careful, "the target schema has a permissive policy for reading the table");
    } else if ((verdict.rule == "domain-add-constraint" || verdict.rule == "domain-set-not-null")) {
        SchemaObject domain = object;
        domain.id = ObjectId::type(ObjectId::read(object.id).name).str();  // the domain of the constraint / NOT NULL
        auto has_domain = [&](const Schema* schema) {
            return schema != nullptr && std::any_of(schema->objects.begin(), schema->objects.end(),
                                                    [&](const SchemaObject& each) { return each.id == domain.id; });
        };
        // Only a schema that has the domain can tell that no column uses it; one created by this migration is used
        // by new tables at most. Unknown (lint without --db): assume the worst, and say so.
        if (has_domain(context.before)) {
            if (!type_in_use(context, domain)) set_class(verdict, Severity::Safe, "no column uses the domain yet");
        } else if (has_domain(context.after) &&
                   (!context.after_holds_earlier_files || context.new_objects.count(domain.id) != 0)) {
            set_class(verdict, Severity::Safe, "the domain is new: created earlier in this migration");
        } else if (context.before != nullptr) {  // a schema was read, and it lacks the domain
            verdict.conditions.push_back("assumed in use: nothing read here knows the domain (give --db)");
        }
    } else if (child_link) {  // the subject is the partition or child table
        for (const auto& table : context.new_tables) {
            if (table.sql() != object.subject) continue;
            set_class(verdict, Severity::Safe,
                      object.kind == ObjectKind::Partition
                          ? "the partition is new: created earlier in this migration"
                          : "the child table is new: created earlier in this migration");
        }
    }
    return verdict;
}

auto narrows(const SequenceOptions& from, const SequenceOptions& to) -> bool {
    auto rank = [](const std::string& type) { return type == "smallint" ? 0 : type == "integer" ? 1 : 2; };
    return to.max_value < from.max_value || to.min_value > from.min_value || rank(to.data_type) < rank(from.data_type);
}

}  // namespace

auto locked_table(const Operation& operation) -> std::optional<QualifiedName> {
    return std::visit(
        [](const auto& op) -> std::optional<QualifiedName> {
            if constexpr (requires { op.object.table; }) {
                return op.object.table;
            } else if constexpr (requires {
                                     op.to.table;
                                     op.to.create;
                                 }) {
                return op.to.table;
            } else if constexpr (requires { op.table; }) {
                if constexpr (std::is_same_v<std::decay_t<decltype(op.table)>, QualifiedName>)
                    return op.table;
                else
                    return op.table.name;
            } else {
                return std::nullopt;
            }
        },
        operation);
}

auto classify(const Operation& operation, const Context& context) -> Verdict {
    Verdict verdict = classify_operation(operation, context);
    auto table = locked_table(operation);
    if (verdict.lock_note.empty() && verdict.lock != LockMode::None && table &&
        find_rule(verdict.rule)->locked == kTheTable) {
        // A migration file may drop an index of a table it never names: say whose table it is.
        std::string on = table->name.empty() ? "the table of " + subject(operation) : table->sql();
        verdict.lock_note = fmt::format("{} on {}", lock_name(verdict.lock), on);
    }
    return verdict;
}

namespace {

auto classify_operation(const Operation& operation, const Context& context) -> Verdict {
    std::string object = subject(operation);
    return std::visit(
        overloaded{
            [&](const CreateSchema&) { return rule_verdict("schema-create", object); },
            [&](const DropSchema&) { return rule_verdict("schema-drop", object); },
            [&](const CreateExtension&) { return rule_verdict("extension-create", object); },
            [&](const DropExtension&) { return rule_verdict("extension-drop", object); },
            [&](const CreateEnum&) { return rule_verdict("enum-create", object); },
            [&](const DropEnum&) { return rule_verdict("enum-drop-type", object); },
            [&](const AddEnumValue&) {
                Verdict verdict = rule_verdict("enum-add-value", object);
                if (context.server_version < 120000) {
                    set_class(verdict, Severity::Careful, "PostgreSQL < 12: cannot run inside a transaction block");
                }
                return verdict;
            },
            [&](const RebuildEnum& op) {
                Verdict verdict = rule_verdict("enum-drop-value", object);
                if (op.uses.empty()) {
                    verdict.effect = Effect::CatalogOnly;
                    set_class(verdict, Severity::Safe, "no column uses the type");
                    return verdict;
                }
                std::vector<std::string> tables;
                bool all_new = true;
                for (const auto& use : op.uses) {
                    tables.push_back(use.table.sql());
                    all_new = all_new && context.new_tables.count(use.table) != 0;
                }
                verdict.lock_note = fmt::format("ACCESS EXCLUSIVE on {}", fmt::join(tables, ", "));
                if (all_new)
                    set_class(verdict, Severity::Safe,
                              "every table using it is new: created earlier in this migration");
                return verdict;
            },
            [&](const CreateSequence&) { return rule_verdict("sequence-create", object); },
            [&](const DropSequence& op) {
                Verdict verdict = rule_verdict("sequence-drop", object);
                // Only a schema that has the sequence can tell that no default uses it (lint without --db cannot).
                bool known = context.before != nullptr &&
                             std::any_of(context.before->sequences.begin(), context.before->sequences.end(),
                                         [&](const Sequence& each) { return each.name == op.sequence.name; });
                if (!known && context.before != nullptr) {  // a schema was read, and it lacks the sequence
                    verdict.conditions.push_back("assumed in use: nothing read here knows the sequence (give --db)");
                } else if (known && !sequence_used(context, op.sequence.name)) {
                    set_class(verdict, Severity::Careful, "no column default uses it");
                }
                return verdict;
            },
            [&](const AlterSequence& op) {
                Verdict verdict = rule_verdict("sequence-alter-options", object);
                if (narrows(op.from.options, op.to.options)) {
                    set_class(verdict, Severity::Careful, "the range narrows: future nextval() calls may fail");
                }
                return verdict;
            },
            [&](const SetSequenceOwner&) { return rule_verdict("sequence-owned-by", object); },
            [&](const CreateTable&) { return rule_verdict("table-create", object); },
            [&](const DropTable&) { return rule_verdict("table-drop", object); },
            [&](const SetTableLogged& op) {
                Verdict verdict = rule_verdict(op.unlogged ? "table-set-unlogged" : "table-set-logged", object);
                table_conditions(verdict, context, op.table);
                return verdict;
            },
            [&](const AddColumn& op) { return add_column(op, context); },
            [&](const DropColumn& op) {
                Verdict verdict = rule_verdict("column-drop", object);
                table_conditions(verdict, context, op.table);
                if (op.around == Around::BeforeDrops && op.column.generated) {
                    set_class(verdict, Severity::Careful,
                              "a stored generated column, added back in the same transaction with its values computed "
                              "again: nothing is lost, readers wait for the transaction");
                }
                return verdict;
            },
            [&](const AlterColumnType& op) { return alter_type(op, context); },
            [&](const SetColumnDefault& op) {
                if (op.to.default_value) return rule_verdict("default-set", object);
                Verdict verdict = rule_verdict("default-drop", object);
                if (op.to.not_null)
                    set_class(verdict, Severity::Dangerous, "the column is NOT NULL: inserts omitting it fail");
                return verdict;
            },
            [&](const SetColumnNotNull& op) { return set_not_null(op, context); },
            [&](const AlterColumnIdentity& op) { return identity(op); },
            [&](const DropColumnExpression&) { return rule_verdict("generated-drop-expression", object); },
            [&](const AddConstraint& op) { return add_constraint(op, context); },
            [&](const DropConstraint& op) { return drop_constraint(op, context); },
            [&](const ValidateConstraint& op) {
                bool foreign = op.constraint.kind == ConstraintKind::ForeignKey;
                return rule_verdict(foreign ? "fk-validate" : "check-validate", object);
            },
            [&](const CreateIndex& op) {
                if (!op.concurrently) {
                    Verdict verdict = rule_verdict("index-create", object);
                    table_conditions(verdict, context, op.table);
                    return verdict;
                }
                Verdict verdict = rule_verdict("index-create-concurrently", object);
                if (op.index.unique()) {
                    set_class(verdict, Severity::Careful, "unique: fails on duplicates and leaves an INVALID index");
                }
                if (context.server_version >= 140000 && context.server_version < 140004) {
                    set_class(verdict, Severity::Dangerous,
                              "PostgreSQL 14.0-14.3 can corrupt indexes built concurrently");
                }
                return verdict;
            },
            [&](const DropIndex& op) {
                Verdict verdict = rule_verdict(op.concurrently ? "index-drop-concurrently" : "index-drop", object);
                if (!op.concurrently) {
                    auto size = context.sizes.find(op.table);
                    if (context.new_tables.count(op.table) != 0) {
                        set_class(verdict, Severity::Safe, "new table: created earlier in this migration");
                    } else if (size != context.sizes.end() && size->second.rows >= 0 &&
                               size->second.rows < context.thresholds.small_rows &&
                               size->second.bytes < context.thresholds.small_bytes) {
                        set_class(verdict, Severity::Safe, "small table (" + size_text(size->second) + ")");
                    }
                }
                return verdict;
            },
            [&](const SetComment&) { return rule_verdict("comment-set", object); },
            [&](const CreateObject& op) { return object_verdict(op.object, 'c', op.rebuild, context); },
            [&](const DropObject& op) { return object_verdict(op.object, 'd', op.rebuild, context); },
            [&](const ReplaceObject& op) { return object_verdict(op.to, 'r', false, context); },
            [&](const RenameTable&) { return rule_verdict("table-rename", object); },
            [&](const RenameColumn&) { return rule_verdict("column-rename", object); },
            [&](const RenameConstraint&) { return rule_verdict("constraint-rename", object); },
            [&](const RenameObject& op) {
                bool function = op.object.kind == ObjectKind::Function || op.object.kind == ObjectKind::Procedure;
                return rule_verdict(function ? "function-rename" : "view-rename", object);
            },
            [&](const RenameIndex&) {
                Verdict verdict = rule_verdict("index-rename", object);
                if (context.server_version < 120000) {
                    verdict.lock = LockMode::AccessExclusive;
                    verdict.conditions.push_back("PostgreSQL < 12: ACCESS EXCLUSIVE");
                }
                return verdict;
            },
        },
        operation);
}

}  // namespace

auto proving_check(const Context& context, const QualifiedName& table, const std::string& column) -> std::string {
    const Table* found = context.before == nullptr ? nullptr : context.before->find_table(table);
    if (found == nullptr) return "";
    for (const auto& constraint : found->constraints) {
        if (constraint.validated && proves_not_null(constraint, column)) return constraint.name;
    }
    return "";
}

auto down_loss(const Operation& operation) -> DownLoss {
    return std::visit(
        overloaded{
            [](const DropTable&) { return DownLoss::Lossy; },
            [](const DropColumn&) { return DownLoss::Lossy; },
            [](const DropSequence&) { return DownLoss::Lossy; },
            [](const AlterColumnIdentity& op) {
                return op.to.identity == IdentityKind::None ? DownLoss::Lossy : DownLoss::Lossless;
            },
            [](const AddConstraint&) { return DownLoss::DataDependent; },
            [](const ValidateConstraint&) { return DownLoss::DataDependent; },
            [](const SetColumnNotNull& op) { return op.to.not_null ? DownLoss::DataDependent : DownLoss::Lossless; },
            [](const AlterColumnType&) { return DownLoss::DataDependent; },
            [](const RebuildEnum&) { return DownLoss::DataDependent; },
            [](const ReplaceObject& op) {
                bool drops_attribute = op.to.kind == ObjectKind::CompositeType && op.to.facts.drops_attribute;
                return drops_attribute ? DownLoss::Lossy : DownLoss::Lossless;
            },
            [](const CreateIndex& op) {
                bool unique = op.index.unique();
                return unique ? DownLoss::DataDependent : DownLoss::Lossless;
            },
            [](const auto&) { return DownLoss::Lossless; },
        },
        operation);
}

auto created_tables(const std::vector<Operation>& operations) -> std::set<QualifiedName> {
    std::set<QualifiedName> out;
    for (const auto& op : operations) {
        if (const auto* create = std::get_if<CreateTable>(&op)) out.insert(create->table.name);
    }
    return out;
}

auto pretty_size(int64_t bytes) -> std::string {
    // pg_size_pretty: switch unit when the value reaches 10240 of the current one, rounding half up.
    static constexpr std::array kUnits = {"bytes", "kB", "MB", "GB", "TB", "PB"};
    double value = static_cast<double>(bytes);
    size_t unit = 0;
    while (unit + 1 < kUnits.size() && std::abs(value) >= 10239.5) {
        value /= 1024;
        ++unit;
    }
    return fmt::format("{:.0f} {}", std::round(value), kUnits[unit]);
}

namespace {

/// PostgreSQL's lock modes by their number in LOCK TABLE (lockdefs.h: 1 AccessShareLock ... 8 AccessExclusiveLock).
auto lock_of_number(int mode) -> LockMode {
    static constexpr LockMode kModes[] = {
        LockMode::AccessShare, LockMode::RowShare,          LockMode::RowExclusive, LockMode::ShareUpdateExclusive,
        LockMode::Share,       LockMode::ShareRowExclusive, LockMode::Exclusive,    LockMode::AccessExclusive};
    return mode >= 1 && mode <= 8 ? kModes[mode - 1] : LockMode::AccessExclusive;
}

/// The class the tables' conditions give: SAFE only when every table named was created earlier in the plan.
void tables_conditions(Verdict& verdict, const Context& context, const Command& command, bool small_helps) {
    if (command.relations.size() == 1) {
        table_conditions(verdict, context, command.relations.front(), true, small_helps);
        return;
    }
    bool all_new = !command.relations.empty();
    for (const auto& relation : command.relations) all_new = all_new && context.new_tables.count(relation) != 0;
    if (all_new && verdict.severity != Severity::Safe)
        set_class(verdict, Severity::Safe, "new tables: created earlier in this migration");
}

}  // namespace

auto classify_command(const Command& command, const Context& context) -> Verdict {
    std::string object = command_subject(command);
    Verdict verdict;
    switch (command.kind) {
        case CommandKind::Reindex:
            if (!command.concurrently) {
                verdict = rule_verdict("index-reindex", object);
                tables_conditions(verdict, context, command, true);
                break;
            }
            verdict = rule_verdict("index-reindex-concurrently", object);
            if (context.server_version < 120000) {
                set_class(verdict, Severity::Dangerous, "PostgreSQL < 12 has no REINDEX CONCURRENTLY: it fails");
            } else if (context.server_version >= 140000 && context.server_version < 140004) {
                set_class(verdict, Severity::Dangerous, "PostgreSQL 14.0-14.3 can corrupt indexes built concurrently");
            }
            break;
        case CommandKind::Cluster:
            verdict = rule_verdict("table-cluster", object);
            tables_conditions(verdict, context, command, true);
            break;
        case CommandKind::Vacuum:
            verdict = rule_verdict(command.full ? "table-vacuum-full" : "table-vacuum", object);
            if (command.full) tables_conditions(verdict, context, command, true);
            break;
        case CommandKind::Truncate:
            verdict = rule_verdict("table-truncate", object);
            if (command.cascade) {
                verdict.conditions.push_back("CASCADE: every table that references it is emptied too");
            } else {
                tables_conditions(verdict, context, command, false);  // rows are lost whatever the size
            }
            break;
        case CommandKind::DropDatabase:
            verdict = rule_verdict("database-drop", object);
            break;
        case CommandKind::LockTable:
            verdict = rule_verdict("table-lock", object);
            verdict.lock = lock_of_number(command.lock_mode);
            if (verdict.lock < LockMode::Share) {
                set_class(verdict, Severity::Careful,
                          fmt::format("{} blocks no reads or writes of running code", lock_name(verdict.lock)));
            }
            tables_conditions(verdict, context, command, false);
            break;
        case CommandKind::RefreshMaterializedView:
            verdict = rule_verdict(command.concurrently ? "matview-refresh-concurrently" : "matview-refresh", object);
            break;
    }
    return verdict;
}

}  // namespace schemadiff::safety
