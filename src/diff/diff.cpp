// The differ: objects are matched by name (renames are drop + create until rename hints exist), and each matched
// pair is compared attribute by attribute.
#include "schemadiff/diff/diff.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "diff_internal.hpp"

namespace schemadiff::diff {

using namespace model;

namespace {

/// Walks two name-sorted vectors in step, calling added / removed / both.
template <typename T, typename Key, typename Added, typename Removed, typename Both>
void match(const std::vector<T>& from, const std::vector<T>& to, Key key, Added added, Removed removed, Both both) {
    std::map<decltype(key(from.front())), const T*> from_by_key;
    for (const auto& item : from) from_by_key.emplace(key(item), &item);
    for (const auto& item : to) {
        auto it = from_by_key.find(key(item));
        if (it == from_by_key.end()) {
            added(item);
        } else {
            both(*it->second, item);
        }
    }
    std::map<decltype(key(from.front())), const T*> to_by_key;
    for (const auto& item : to) to_by_key.emplace(key(item), &item);
    for (const auto& item : from) {
        if (to_by_key.count(key(item)) == 0) removed(item);
    }
}

void comment_change(Ops& ops, CommentTarget target, const QualifiedName& object, const std::string& member,
                    const std::optional<std::string>& from, const std::optional<std::string>& to) {
    if (from != to) ops.push_back(SetComment{target, object, member, from, to});
}

/// Labels added at any place keep the old order: ADD VALUE can do it. Anything else needs a rebuild.
auto only_additions(const std::vector<std::string>& from, const std::vector<std::string>& to) -> bool {
    size_t from_idx = 0;
    for (const auto& label : to) {
        if (from_idx < from.size() && from[from_idx] == label) ++from_idx;
    }
    return from_idx == from.size();
}

void diff_enum(Ops& ops, const EnumType& from, const EnumType& to, const Schema& from_schema, const Schema& to_schema) {
    if (from.labels != to.labels) {
        if (only_additions(from.labels, to.labels)) {
            // Add in order, each after its predecessor in the target (or before the first old label).
            for (size_t label_idx = 0; label_idx < to.labels.size(); ++label_idx) {
                const std::string& label = to.labels[label_idx];
                if (std::find(from.labels.begin(), from.labels.end(), label) != from.labels.end()) continue;
                AddEnumValue add{to.name, label, {}, {}};
                if (label_idx > 0) {
                    add.after = to.labels[label_idx - 1];
                } else if (to.labels.size() > 1) {
                    add.before = to.labels[1];
                }
                ops.push_back(add);
            }
        } else {
            RebuildEnum rebuild{from, to, {}};
            std::string plain = to.name.sql();
            for (const auto& table : from_schema.tables) {
                for (const auto& column : table.columns) {
                    if (column.type != plain && column.type != plain + "[]") continue;
                    // The default put back after the conversion is the target's: the old one may name a label
                    // that no longer exists.
                    Column use = column;
                    const Table* target = to_schema.find_table(table.name);
                    const Column* target_column = target ? target->find_column(column.name) : nullptr;
                    if (target_column != nullptr) use.default_value = target_column->default_value;
                    rebuild.uses.push_back({table.name, use});
                }
            }
            ops.push_back(rebuild);
        }
    }
    comment_change(ops, CommentTarget::Type, to.name, "", from.comment, to.comment);
}

void diff_sequence(Ops& ops, const Sequence& from, const Sequence& to) {
    if (from.options != to.options) ops.push_back(AlterSequence{from, to});
    if (from.owned_by_table != to.owned_by_table || from.owned_by_column != to.owned_by_column) {
        ops.push_back(SetSequenceOwner{from, to});
    }
    comment_change(ops, CommentTarget::Sequence, to.name, "", from.comment, to.comment);
}

/// Sequences that disappear together with the column or table that owns them need no DROP of their own.
auto dropped_with_owner(const Sequence& sequence, const Schema& to) -> bool {
    if (!sequence.owned_by_table) return false;
    const Table* table = to.find_table(*sequence.owned_by_table);
    return table == nullptr || table->find_column(sequence.owned_by_column) == nullptr;
}

template <class Op>
auto has_op(const Ops& ops, const QualifiedName& table, const std::string& name) -> bool {
    return std::any_of(ops.begin(), ops.end(), [&](const Operation& op) {
        const Op* found = std::get_if<Op>(&op);
        if (found == nullptr || found->table != table) return false;
        if constexpr (requires { found->constraint; })
            return found->constraint.name == name;
        else
            return found->index.name == name;
    });
}

/// CHECK and EXCLUDE constraints and indexes that mention a column an enum rebuild converts are dropped before the
/// conversion and created again after it. PostgreSQL would otherwise re-create them from their definition text,
/// which by then names the renamed-away old type ("operator does not exist: t = t__schemadiff_old").
void rebuild_dependents(Ops& ops, const Schema& from, const Schema& to) {
    std::vector<EnumUse> uses;
    for (const auto& op : ops) {
        if (const auto* rebuild = std::get_if<RebuildEnum>(&op))
            uses.insert(uses.end(), rebuild->uses.begin(), rebuild->uses.end());
    }
    for (const auto& use : uses) {
        const Table* old_table = from.find_table(use.table);
        const Table* new_table = to.find_table(use.table);
        if (old_table == nullptr) continue;
        for (const auto& constraint : old_table->constraints) {
            if (constraint.kind != ConstraintKind::Check && constraint.kind != ConstraintKind::Exclude) continue;
            if (!mentions_identifier(constraint.definition.text, use.column.name)) continue;
            if (!has_op<DropConstraint>(ops, use.table, constraint.name))
                ops.push_back(DropConstraint{use.table, constraint});
            const Constraint* again = new_table ? new_table->find_constraint(constraint.name) : nullptr;
            if (again != nullptr && !has_op<AddConstraint>(ops, use.table, constraint.name)) {
                add_constraint(ops, use.table, *again);
            }
        }
        for (const auto& index : old_table->indexes) {
            if (!mentions_identifier(index.definition.text, use.column.name)) continue;
            if (!has_op<DropIndex>(ops, use.table, index.name)) ops.push_back(DropIndex{use.table, index});
            const Index* again = new_table ? new_table->find_index(index.name) : nullptr;
            if (again != nullptr && !has_op<CreateIndex>(ops, use.table, index.name)) add_index(ops, use.table, *again);
        }
    }
}

/// Tables that are partitions or inheritance children of another in both schemas: child (as sql()) -> parent.
auto children_of_both(const Schema& from, const Schema& to) -> std::map<std::string, QualifiedName> {
    auto links = [](const Schema& schema) {
        std::map<std::string, QualifiedName> out;
        for (const auto& object : schema.objects) {
            if ((object.kind == ObjectKind::Partition || object.kind == ObjectKind::Inheritance) && object.table) {
                out[object.subject] = *object.table;
            }
        }
        return out;
    };
    auto before = links(from), after = links(to);
    std::map<std::string, QualifiedName> out;
    for (const auto& [child, parent] : after) {
        if (auto it = before.find(child); it != before.end() && it->second == parent) out[child] = parent;
    }
    return out;
}

/// ALTER TABLE on a parent reaches its partitions and inheritance children (columns, NOT NULL, defaults, CHECKs):
/// the same change on a child is left out, or it would run twice ("cannot add column to a partition").
void drop_inherited_twins(Ops& ops, const Schema& from, const Schema& to) {
    auto children = children_of_both(from, to);
    if (children.empty()) return;
    auto key = [](const Operation& op) -> std::optional<std::pair<QualifiedName, std::string>> {
        return std::visit(
            overloaded{
                [](const AddColumn& o) -> std::optional<std::pair<QualifiedName, std::string>> {
                    return std::pair{o.table, "column " + o.column.name};
                },
                [](const DropColumn& o) -> std::optional<std::pair<QualifiedName, std::string>> {
                    return std::pair{o.table, "column " + o.column.name};
                },
                [](const AlterColumnType& o) -> std::optional<std::pair<QualifiedName, std::string>> {
                    return std::pair{o.table, "type " + o.to.name};
                },
                [](const SetColumnNotNull& o) -> std::optional<std::pair<QualifiedName, std::string>> {
                    return std::pair{o.table, "not null " + o.to.name};
                },
                [](const SetColumnDefault& o) -> std::optional<std::pair<QualifiedName, std::string>> {
                    return std::pair{o.table, "default " + o.to.name};
                },
                [](const AddConstraint& o) -> std::optional<std::pair<QualifiedName, std::string>> {
                    if (o.constraint.kind != ConstraintKind::Check) return std::nullopt;
                    return std::pair{o.table, "add " + o.constraint.name};
                },
                [](const DropConstraint& o) -> std::optional<std::pair<QualifiedName, std::string>> {
                    if (o.constraint.kind != ConstraintKind::Check) return std::nullopt;
                    return std::pair{o.table, "drop " + o.constraint.name};
                },
                [](const auto&) -> std::optional<std::pair<QualifiedName, std::string>> { return std::nullopt; },
            },
            op);
    };
    std::set<std::pair<QualifiedName, std::string>> on_tables;
    for (const auto& op : ops) {
        if (auto k = key(op)) on_tables.insert(*k);
    }
    // A parent's change reaches its grandchildren too.
    auto reached = [&](QualifiedName table, const std::string& what) {
        for (int depth = 0; depth < 32; ++depth) {
            auto parent = children.find(table.sql());
            if (parent == children.end()) return false;
            if (on_tables.count({parent->second, what}) != 0) return true;
            table = parent->second;
        }
        return false;
    };
    std::erase_if(ops, [&](const Operation& op) {
        auto k = key(op);
        return k && reached(k->first, k->second);
    });
}

}  // namespace

auto compare(const Schema& from, const Schema& to, const CompareOptions& options) -> std::vector<Operation> {
    Ops ops;
    auto by_name = [](const auto& item) { return item.name; };
    match(
        from.namespaces, to.namespaces, by_name,
        [&](const Namespace& added) {
            ops.push_back(CreateSchema{added});
            comment_change(ops, CommentTarget::Schema, {"", added.name}, "", std::nullopt, added.comment);
        },
        [&](const Namespace& removed) { ops.push_back(DropSchema{removed}); },
        [&](const Namespace& a, const Namespace& b) {
            comment_change(ops, CommentTarget::Schema, {"", b.name}, "", a.comment, b.comment);
        });
    match(
        from.extensions, to.extensions, by_name,
        [&](const Extension& added) {
            ops.push_back(CreateExtension{added});
            comment_change(ops, CommentTarget::Extension, {"", added.name}, "", std::nullopt, added.comment);
        },
        [&](const Extension& removed) { ops.push_back(DropExtension{removed}); },
        [&](const Extension& a, const Extension& b) {
            if (a.schema != b.schema) {
                ops.push_back(DropExtension{a});
                ops.push_back(CreateExtension{b});
            }
            comment_change(ops, CommentTarget::Extension, {"", b.name}, "", a.comment, b.comment);
        });
    match(
        from.enums, to.enums, by_name,
        [&](const EnumType& added) {
            ops.push_back(CreateEnum{added});
            comment_change(ops, CommentTarget::Type, added.name, "", std::nullopt, added.comment);
        },
        [&](const EnumType& removed) { ops.push_back(DropEnum{removed}); },
        [&](const EnumType& a, const EnumType& b) { diff_enum(ops, a, b, from, to); });
    match(
        from.sequences, to.sequences, by_name,
        [&](const Sequence& added) {
            ops.push_back(CreateSequence{added});
            if (added.owned_by_table)
                ops.push_back(SetSequenceOwner{Sequence{added.name, added.options, {}, {}, {}}, added});
            comment_change(ops, CommentTarget::Sequence, added.name, "", std::nullopt, added.comment);
        },
        [&](const Sequence& removed) {
            if (!dropped_with_owner(removed, to)) ops.push_back(DropSequence{removed});
        },
        [&](const Sequence& a, const Sequence& b) { diff_sequence(ops, a, b); });
    match(
        from.tables, to.tables, by_name, [&](const Table& added) { create_table(ops, added); },
        [&](const Table& removed) { ops.push_back(DropTable{removed}); },
        [&](const Table& a, const Table& b) { diff_table(ops, a, b); });
    rebuild_dependents(ops, from, to);
    drop_inherited_twins(ops, from, to);
    diff_objects(ops, from, to, options);
    return ops;
}

}  // namespace schemadiff::diff
