// Safe rewrites: the online form of each operation that would otherwise hold a strong lock while it scans, builds or
// rewrites (catalogue §5 "Safe rewrite" column). The planner puts the pieces in the right transactions.
#include <fmt/format.h>

#include <algorithm>

#include "schemadiff/core/identifier.hpp"
#include "schemadiff/safety/safety.hpp"

namespace schemadiff::safety {

using namespace model;

namespace {

using IndexKey = std::pair<QualifiedName, std::string>;

/// A name of at most 63 bytes (PostgreSQL's NAMEDATALEN - 1) ending in `suffix` (and a number when needed) that is
/// not in `taken`; the base is cut on a UTF-8 character boundary. The name is added to `taken`.
auto derived_name(const std::string& base, const std::string& suffix, std::set<std::string>& taken) -> std::string {
    for (int number = 0;; ++number) {
        std::string tail = suffix + (number == 0 ? "" : std::to_string(number));
        size_t cut = std::min(base.size(), 63 - tail.size());
        while (cut > 0 && cut < base.size() && (static_cast<unsigned char>(base[cut]) & 0xC0) == 0x80) --cut;
        std::string name = base.substr(0, cut) + tail;
        if (taken.insert(name).second) return name;
    }
}

/// Names a new index or constraint must not take: every index and constraint name of the starting schema (index
/// names share a namespace with tables, so all of them count).
auto taken_names(const Context& context, const std::vector<Operation>& operations) -> std::set<std::string> {
    std::set<std::string> taken;
    if (context.before != nullptr) {
        for (const auto& table : context.before->tables) {
            taken.insert(table.name.name);
            for (const auto& index : table.indexes) taken.insert(index.name);
            for (const auto& constraint : table.constraints) taken.insert(constraint.name);
        }
    }
    for (const auto& op : operations) {
        if (const auto* create = std::get_if<CreateIndex>(&op)) taken.insert(create->index.name);
        if (const auto* add = std::get_if<AddConstraint>(&op)) taken.insert(add->constraint.name);
    }
    return taken;
}

/// Columns that gain an identity in the plan: ADD GENERATED ... AS IDENTITY needs NOT NULL set before it, in the
/// same transaction, so their SET NOT NULL keeps the plain form.
auto gaining_identity(const std::vector<Operation>& operations) -> std::set<std::pair<QualifiedName, std::string>> {
    std::set<std::pair<QualifiedName, std::string>> out;
    for (const auto& op : operations) {
        const auto* identity = std::get_if<AlterColumnIdentity>(&op);
        if (identity && identity->from.identity == IdentityKind::None) out.insert({identity->table, identity->to.name});
    }
    return out;
}

/// The text of the parenthesised group starting at `open` (which must be '('), without the parentheses.
auto group_at(const std::string& text, size_t open) -> std::optional<std::string> {
    if (open >= text.size() || text[open] != '(') return std::nullopt;
    int depth = 0;
    bool quoted = false;
    for (size_t at = open; at < text.size(); ++at) {
        char c = text[at];
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '(') ++depth;
        if (c == ')' && --depth == 0) return text.substr(open + 1, at - open - 1);
    }
    return std::nullopt;
}

/// CREATE UNIQUE INDEX for a PRIMARY KEY / UNIQUE constraint definition as pg_get_constraintdef prints it:
/// "UNIQUE [NULLS NOT DISTINCT] (cols) [INCLUDE (cols)] [WITH (params)] [DEFERRABLE ...]". Empty when the
/// definition has anything else (a tablespace, say): then the constraint is added as it is.
auto unique_index_definition(const QualifiedName& table, const Constraint& constraint) -> std::string {
    const std::string& text = constraint.definition.text;
    std::string rest = text.substr(text.rfind("PRIMARY KEY", 0) == 0 ? 11 : 6);
    bool nulls_not_distinct = rest.rfind(" NULLS NOT DISTINCT", 0) == 0;
    if (nulls_not_distinct) rest = rest.substr(19);
    if (rest.rfind(" (", 0) != 0) return "";
    auto columns = group_at(rest, 1);
    if (!columns) return "";
    rest = rest.substr(columns->size() + 3);
    std::string include, with;
    if (rest.rfind(" INCLUDE (", 0) == 0) {
        auto group = group_at(rest, 9);
        if (!group) return "";
        include = fmt::format(" INCLUDE ({})", *group);
        rest = rest.substr(group->size() + 11);
    }
    if (rest.rfind(" WITH (", 0) == 0) {
        auto group = group_at(rest, 6);
        if (!group) return "";
        with = fmt::format(" WITH ({})", *group);
        rest = rest.substr(group->size() + 8);
    }
    if (!rest.empty() && rest.rfind(" DEFERRABLE", 0) != 0 && rest.rfind(" NOT DEFERRABLE", 0) != 0) return "";
    return fmt::format("CREATE UNIQUE INDEX {} ON {} USING btree ({}){}{}{}", quote_ident(constraint.name), table.sql(),
                       *columns, include, nulls_not_distinct ? " NULLS NOT DISTINCT" : "", with);
}

/// The index definition with its name replaced.
auto renamed_definition(const Index& index, const std::string& name) -> std::string {
    std::string text = index.definition.text;
    std::string old = " INDEX " + quote_ident(index.name) + " ON ";
    auto at = text.find(old);
    if (at == std::string::npos) return "";
    return text.replace(at, old.size(), " INDEX " + quote_ident(name) + " ON ");
}

/// Columns that the main transaction changes (type, drop, enum conversion): an index mentioning one of them cannot
/// wait for the end of the migration to be dropped.
auto changed_columns(const std::vector<Operation>& operations) -> std::map<QualifiedName, std::vector<std::string>> {
    std::map<QualifiedName, std::vector<std::string>> out;
    for (const auto& op : operations) {
        if (const auto* type = std::get_if<AlterColumnType>(&op)) out[type->table].push_back(type->to.name);
        if (const auto* drop = std::get_if<DropColumn>(&op)) out[drop->table].push_back(drop->column.name);
        if (const auto* rebuild = std::get_if<RebuildEnum>(&op)) {
            for (const auto& use : rebuild->uses) out[use.table].push_back(use.column.name);
        }
    }
    return out;
}

}  // namespace

auto safe_rewrites(std::vector<Operation> operations, const Context& context) -> std::vector<Operation> {
    std::set<QualifiedName> dropped_tables;
    std::set<IndexKey> dropped_indexes;
    for (const auto& op : operations) {
        if (const auto* drop = std::get_if<DropTable>(&op)) dropped_tables.insert(drop->table.name);
        if (const auto* drop = std::get_if<DropIndex>(&op)) dropped_indexes.insert({drop->table, drop->index.name});
    }
    // Partitioned tables have no online forms: no CONCURRENTLY, no NOT VALID foreign keys, no ADD ... USING INDEX
    // (PostgreSQL <= 17). Their operations stay plain, and their verdicts say what that costs.
    auto partitioned = [&](const QualifiedName& table) {
        for (const Schema* schema : {context.before, context.after}) {
            const Table* found = schema ? schema->find_table(table) : nullptr;
            if (found != nullptr && !found->partition_by.empty()) return true;
        }
        return false;
    };
    auto existing = [&](const QualifiedName& table) {
        return context.new_tables.count(table) == 0 && dropped_tables.count(table) == 0 && !partitioned(table);
    };
    auto changed = changed_columns(operations);
    auto taken = taken_names(context, operations);
    auto identities = gaining_identity(operations);
    auto touches_changed_column = [&](const QualifiedName& table, const Index& index) {
        for (const auto& column : changed[table]) {
            if (mentions_identifier(index.definition.text, column)) return true;
        }
        return false;
    };

    // Replacements: the index is dropped and created again under the same name. Build the new one under a temporary
    // name first, then drop the old one and take over its name, so queries always have an index.
    std::vector<Operation> out;
    std::set<IndexKey> unique_around;  // unique indexes dropped and built again around objects
    for (const auto& op : operations) {
        const auto* create = std::get_if<CreateIndex>(&op);
        if (create && create->around_objects && create->index.unique())
            unique_around.insert({create->table, create->index.name});
    }
    for (auto& op : operations) {
        if (auto* create = std::get_if<CreateIndex>(&op); create && existing(create->table)) {
            IndexKey key{create->table, create->index.name};
            std::string temporary = derived_name(create->index.name, "_schemadiff_new", taken);
            std::string definition = renamed_definition(create->index, temporary);
            // An index around a function dropped and created again cannot outlive the old function: it is dropped
            // first and built again, never replaced under a temporary name.
            if (dropped_indexes.count(key) != 0 && !definition.empty() && !create->around_objects &&
                !touches_changed_column(create->table, create->index)) {
                Index building = create->index;
                building.name = temporary;
                building.definition.text = definition;
                out.push_back(CreateIndex{create->table, building, true});
                out.push_back(RenameIndex{create->table, temporary, create->index.name});
                continue;
            }
            // A unique index around a function or collation dropped and created again stays in the transaction: built
            // concurrently afterwards it would leave a window in which duplicates get in.
            create->concurrently = !(create->around_objects && create->index.unique());
        }
        out.push_back(std::move(op));
    }
    operations = std::move(out);
    out.clear();

    for (auto& op : operations) {
        if (auto* drop = std::get_if<DropIndex>(&op); drop && existing(drop->table)) {
            // A replaced index is dropped after its successor is built (the planner); a unique index around objects
            // is dropped in the transaction that builds it again.
            drop->concurrently = !(drop->around_objects && unique_around.count({drop->table, drop->index.name}) != 0);
            out.push_back(std::move(op));
            continue;
        }
        auto* add = std::get_if<AddConstraint>(&op);
        if (add != nullptr && existing(add->table) && add->using_index.empty()) {
            const Constraint& constraint = add->constraint;
            bool checked = constraint.kind == ConstraintKind::Check || constraint.kind == ConstraintKind::ForeignKey;
            if (checked && constraint.validated) {
                // Catalogue check-add / fk-add: NOT VALID is catalog-only; VALIDATE scans under SHARE UPDATE EXCLUSIVE.
                AddConstraint unvalidated = *add;
                unvalidated.constraint.validated = false;
                out.push_back(unvalidated);
                out.push_back(ValidateConstraint{add->table, constraint});
                continue;
            }
            bool keyed = constraint.kind == ConstraintKind::PrimaryKey || constraint.kind == ConstraintKind::Unique;
            std::string definition = keyed ? unique_index_definition(add->table, constraint) : "";
            if (!definition.empty()) {
                // Catalogue pk-add / unique-add: build the index concurrently, then adopt it (catalog-only).
                Index index{constraint.name, Expression{definition, {}}, std::nullopt};
                out.push_back(CreateIndex{add->table, index, true});
                AddConstraint adopt = *add;
                adopt.using_index = constraint.name;
                out.push_back(adopt);
                continue;
            }
        }
        auto* not_null = std::get_if<SetColumnNotNull>(&op);
        if (not_null != nullptr && existing(not_null->table) && not_null->to.not_null && not_null->proven_by.empty() &&
            context.server_version >= 120000 && identities.count({not_null->table, not_null->to.name}) == 0) {
            // Catalogue notnull-set, PostgreSQL >= 12: a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its
            // scan. A CHECK that exists already proves it (SET NOT NULL then runs before any drop of that CHECK);
            // otherwise a helper is added NOT VALID (catalog-only), validated without blocking, and dropped at the
            // end. Its name is not <table>_<column>_not_null, which PostgreSQL 18 gives the NOT NULL constraint.
            SetColumnNotNull proven = *not_null;
            proven.proven_by = proving_check(context, not_null->table, not_null->to.name);
            if (!proven.proven_by.empty()) {
                out.push_back(proven);
                continue;
            }
            Constraint check;
            check.name = derived_name(not_null->table.name + "_" + not_null->to.name, "_not_null_check", taken);
            check.kind = ConstraintKind::Check;
            check.definition.text = fmt::format("CHECK ({} IS NOT NULL)", quote_ident(not_null->to.name));
            check.validated = false;
            out.push_back(AddConstraint{not_null->table, check});
            check.validated = true;
            out.push_back(ValidateConstraint{not_null->table, check});
            proven.proven_by = check.name;
            out.push_back(proven);
            out.push_back(DropConstraint{not_null->table, check});
            continue;
        }
        out.push_back(std::move(op));
    }
    return out;
}

}  // namespace schemadiff::safety
