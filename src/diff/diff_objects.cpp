// Objects defined by SQL (views, functions, triggers, policies, domains, ...): compared by id and definition, and
// ordered by the dependency graph. What makes this more than a set difference:
//  * a change PostgreSQL can make in place (CREATE OR REPLACE VIEW that only appends columns, CREATE OR REPLACE
//    FUNCTION with the same result and argument names, ALTER POLICY, SET (option)) is a ReplaceObject; anything else
//    is a drop and a create;
//  * everything that depends on an object being dropped, on a column whose type changes or that goes, on a table that
//    goes, on an enum being rebuilt or on a constraint being dropped is dropped first and created again afterwards,
//    transitively (a view on a view on a changed column), as it is in the target schema;
//  * privileges on such an object are re-granted even when privileges are not managed (--privileges), because
//    DROP loses them;
//  * drops come out dependents first, creates dependencies first, ties broken by kind and id: the output is
//    deterministic.
#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <ranges>
#include <set>

#include "diff_internal.hpp"

namespace schemadiff::diff {

using namespace model;

namespace {

auto is_privilege(const SchemaObject& object) -> bool {
    return kind_has(object.kind, KindFlag::Privilege);
}

auto names_relation(const std::string& id) -> bool {
    auto parsed = ObjectId::parse(id);
    if (!parsed) return false;
    for (std::string_view word : {"table", "column", "view", "sequence", "index", "constraint", "default"}) {
        if (parsed->word == word) return true;
    }
    return false;
}

/// Whether `id` names a table's member (or a table) with `word`: "default", "constraint", "index", "column".
auto has_word(const std::string& id, std::string_view word) -> bool {
    auto parsed = ObjectId::parse(id);
    return parsed && parsed->word == word;
}

/// The objects of a schema by id, with after_tables worked out from the dependency graph.
struct Graph {
    const Schema& schema;
    std::map<std::string, SchemaObject> objects;
    std::map<std::string, std::set<std::string>> dependents;  // id -> ids that depend on it

    explicit Graph(const Schema& of) : schema(of) {
        for (const auto& object : of.objects) objects.emplace(object.id, object);
        for (const auto& [dependent, dependencies] : of.dependencies) {
            for (const auto& dependency : dependencies) dependents[dependency].insert(dependent);
        }
        std::map<std::string, int> state;  // 1 visiting, 2 done
        std::function<bool(const std::string&)> after = [&](const std::string& id) -> bool {
            auto found = objects.find(id);
            if (found == objects.end()) return names_relation(id);
            if (state[id] == 2) return found->second.after_tables;
            if (state[id] == 1) return false;  // a cycle (mutually recursive functions): decided by the others
            state[id] = 1;
            bool result = kind_has(found->second.kind, KindFlag::OnRelation);
            if (auto deps = of.dependencies.find(id); deps != of.dependencies.end()) {
                for (const auto& dependency : deps->second) result = after(dependency) || result;
            }
            found->second.after_tables = result;
            state[id] = 2;
            return result;
        };
        for (auto& [id, object] : objects) after(id);
    }

    auto find(const std::string& id) const -> const SchemaObject* {
        auto it = objects.find(id);
        return it == objects.end() ? nullptr : &it->second;
    }
    auto dependencies_of(const std::string& id) const -> const std::vector<std::string>& {
        static const std::vector<std::string> none;
        auto it = schema.dependencies.find(id);
        return it == schema.dependencies.end() ? none : it->second;
    }
};

auto is_prefix(const std::vector<std::string>& prefix, const std::vector<std::string>& of) -> bool {
    return prefix.size() <= of.size() && std::equal(prefix.begin(), prefix.end(), of.begin());
}

/// `ids` ordered so that every object comes after the objects it depends on (within `ids`); ties by kind, then id.
/// `also` adds dependencies the graph does not have (a generated column on what its expression calls).
auto dependency_order(const std::set<std::string>& ids, const Graph& graph,
                      const std::map<std::string, std::vector<std::string>>& also = {}) -> std::vector<std::string> {
    std::map<std::string, std::set<std::string>> waiting;  // id -> dependencies in ids not yet emitted
    std::map<std::string, std::set<std::string>> users;    // the reverse, within ids
    for (const auto& id : ids) {
        auto more = also.find(id);
        for (const auto* list : {&graph.dependencies_of(id), more == also.end() ? nullptr : &more->second}) {
            if (list == nullptr) continue;
            for (const auto& dependency : *list) {
                if (dependency == id || ids.count(dependency) == 0) continue;
                waiting[id].insert(dependency);
                users[dependency].insert(id);
            }
        }
    }
    auto rank = [&](const std::string& id) {
        const SchemaObject* object = graph.find(id);
        // Kinds rank in the order of object_kinds.def's rows.
        return std::pair{object ? static_cast<int>(object->kind) : 0, id};
    };
    std::set<std::pair<int, std::string>> ready;
    for (const auto& id : ids) {
        if (waiting[id].empty()) ready.insert(rank(id));
    }
    std::vector<std::string> out;
    std::set<std::string> emitted;
    while (out.size() < ids.size()) {
        if (ready.empty()) {  // a cycle: release the smallest remaining id
            for (const auto& id : ids) {
                if (emitted.count(id) == 0) {
                    ready.insert(rank(id));
                    break;
                }
            }
        }
        auto next = *ready.begin();
        ready.erase(ready.begin());
        if (!emitted.insert(next.second).second) continue;
        out.push_back(next.second);
        if (auto it = users.find(next.second); it != users.end()) {
            for (const auto& dependent : it->second) {
                auto wait = waiting.find(dependent);
                if (wait == waiting.end() || emitted.count(dependent) != 0) continue;
                wait->second.erase(next.second);
                if (wait->second.empty()) ready.insert(rank(dependent));
            }
        }
    }
    return out;
}

/// Ids in `from` that table-level operations take away or change under their dependents.
auto changed_by_table_operations(const Ops& ops, const Schema& from) -> std::set<std::string> {
    std::set<std::string> roots;
    for (const auto& op : ops) {
        std::visit(overloaded{
                       [&](const AlterColumnType& change) { roots.insert(column_id(change.table, change.from.name)); },
                       [&](const DropColumn& drop) { roots.insert(column_id(drop.table, drop.column.name)); },
                       [&](const DropTable& drop) {
                           roots.insert(table_id(drop.table.name));
                           for (const auto& column : drop.table.columns)
                               roots.insert(column_id(drop.table.name, column.name));
                       },
                       [&](const RebuildEnum& rebuild) {
                           roots.insert(type_id(rebuild.from.name));
                           for (const auto& use : rebuild.uses) roots.insert(column_id(use.table, use.column.name));
                       },
                       [&](const DropConstraint& drop) {
                           roots.insert(ObjectId::constraint(drop.table, drop.constraint.name).str());
                       },
                       [&](const DropEnum& drop) { roots.insert(type_id(drop.type.name)); },
                       [&](const DropSequence& drop) { roots.insert(ObjectId::sequence(drop.sequence.name).str()); },
                       [](const auto&) {},
                   },
                   op);
    }
    (void)from;
    return roots;
}

/// A populated materialized view that is created again is filled again, whatever the schema file says about WITH
/// NO DATA (pg_dump writes that): emptying it would make every SELECT on it fail.
void keep_populated(SchemaObject& object, const SchemaObject& old) {
    if (old.kind == ObjectKind::MaterializedView && !old.facts.no_data) set_populated(object, true);
}

/// Column defaults that call a function dropped and created again: DROP DEFAULT before the function goes, SET DEFAULT
/// (the target's) after it is back, in place of any default change the table differ planned for the column.
void defaults_around_rebuilds(Ops& ops, const Schema& from, const Schema& to, const std::set<std::string>& ids) {
    if (ids.empty()) return;
    auto default_id = [](const QualifiedName& table, const std::string& column) {
        return ObjectId::column_default(table, column).str();
    };
    for (const auto& table : from.tables) {
        for (const auto& column : table.columns) {
            if (ids.count(default_id(table.name, column.name)) == 0) continue;
            std::erase_if(ops, [&](const Operation& op) {
                const auto* set = std::get_if<SetColumnDefault>(&op);
                return set != nullptr && set->table == table.name && set->to.name == column.name;
            });
            Column without = column;
            without.default_value.reset();
            ops.push_back(SetColumnDefault{table.name, column, without, true});
            const Table* target = to.find_table(table.name);
            const Column* after = target == nullptr ? nullptr : target->find_column(column.name);
            if (after != nullptr && after->default_value) {
                Column bare = *after;
                bare.default_value.reset();
                ops.push_back(SetColumnDefault{table.name, bare, *after, true});
            }
        }
    }
}

/// The identifier a "name type" line starts with, as written (quoted or not).
auto leading_identifier(const std::string& line) -> std::string {
    if (line.empty() || line[0] != '"') return line.substr(0, line.find(' '));
    size_t at = 1;
    while (at < line.size()) {
        if (line[at] == '"' && (at + 1 >= line.size() || line[at + 1] != '"')) break;
        at += line[at] == '"' ? 2 : 1;
    }
    return line.substr(0, at + 1);
}

/// The attributes to DROP and ADD (ALTER TYPE, spelled by ddl) turning composite type `old` into `now` (its replace_key
/// lines are the attributes), or nothing when that cannot be done in place: an attribute that changes type, collation
/// or position would need ALTER ATTRIBUTE TYPE, which PostgreSQL refuses while a column uses the type, so the type is
/// rebuilt instead.
auto composite_alter(const SchemaObject& old, const SchemaObject& now) -> std::optional<AttributeChanges> {
    if (old.kind != ObjectKind::CompositeType || now.kind != ObjectKind::CompositeType) return std::nullopt;
    std::set<std::string> old_names, new_names;
    for (const auto& line : old.replace_key) old_names.insert(leading_identifier(line));
    for (const auto& line : now.replace_key) new_names.insert(leading_identifier(line));
    std::vector<std::string> kept_old, kept_new;
    AttributeChanges changes;
    for (const auto& line : old.replace_key) {
        if (new_names.count(leading_identifier(line)) != 0)
            kept_old.push_back(line);
        else
            changes.dropped.push_back(leading_identifier(line));
    }
    bool adding = false;
    for (const auto& line : now.replace_key) {
        if (old_names.count(leading_identifier(line)) != 0) {
            if (adding) return std::nullopt;  // a kept attribute after an added one: ADD ATTRIBUTE only appends
            kept_new.push_back(line);
        } else {
            adding = true;
            changes.added.push_back(line);
        }
    }
    if (kept_old != kept_new || changes.empty()) return std::nullopt;
    return changes;
}

/// Where the table-level members a dependency names live, by their dependency ids ("column s.t.c",
/// "constraint s.t.n", "index s.i").
struct Members {
    std::map<std::string, std::pair<const Table*, const Column*>> columns;
    std::map<std::string, std::pair<const Table*, const Constraint*>> constraints;
    std::map<std::string, std::pair<const Table*, const Index*>> indexes;

    explicit Members(const Schema& schema) {
        for (const auto& table : schema.tables) {
            for (const auto& column : table.columns) columns[column_id(table.name, column.name)] = {&table, &column};
            for (const auto& constraint : table.constraints) {
                constraints[ObjectId::constraint(table.name, constraint.name).str()] = {&table, &constraint};
            }
            for (const auto& index : table.indexes) {
                indexes[ObjectId::index({table.name.schema, index.name}).str()] = {&table, &index};
            }
        }
    }
};

/// Columns, checks and indexes that use an object dropped and created again, found by the differ's walk.
struct AroundObjects {
    std::map<std::string, std::string> columns;  // "column s.t.c" -> the type or collation id it uses
    std::set<std::string> constraints, indexes;  // "constraint s.t.n", "index s.i"
    std::set<std::string> generated;             // "column s.t.c": stored generated, dropped and added again
};

/// The stand-in type a column takes while the type or collation it uses (`used`) is dropped and created again: the
/// domain's base type (unless that goes too), text for composite and range types, the type's default collation.
auto stand_in(const Column& column, const SchemaObject& used, const std::set<std::string>& drops) -> Column {
    Column out = column;
    out.collation.clear();
    if (used.kind == ObjectKind::Collation) return out;
    bool array = column.type.ends_with("[]");
    std::string base = domain_base_type(used);
    bool base_goes = std::any_of(drops.begin(), drops.end(), [&](const std::string& id) {
        auto parsed = ObjectId::parse(id);
        return parsed && parsed->word == "type" && parsed->name.sql() == base;
    });
    if (base.empty() || base_goes) base = "text";
    out.type = base + (array && !base.ends_with("[]") ? "[]" : "");
    return out;
}

/// Takes the table differ's operations on `table`'s member `name` out of `ops` (they are planned around the objects).
template <class... Kinds>
void erase_member_ops(Ops& ops, const QualifiedName& table, const std::string& name) {
    std::erase_if(ops, [&](const Operation& op) {
        return ([&] {
            const auto* found = std::get_if<Kinds>(&op);
            if (found == nullptr || found->table != table) return false;
            if constexpr (requires { found->constraint; })
                return found->constraint.name == name;
            else if constexpr (requires { found->index; })
                return found->index.name == name;
            else if constexpr (requires { found->column; })
                return found->column.name == name;
            else
                return found->to.name == name;
        }() || ...);
    });
}

/// Takes the table differ's comment on `object` (`member` of it, "" for an index) out of `ops`.
void erase_comment(Ops& ops, CommentTarget target, const QualifiedName& object, const std::string& member) {
    std::erase_if(ops, [&](const Operation& op) {
        const auto* comment = std::get_if<SetComment>(&op);
        return comment != nullptr && comment->target == target && comment->object == object &&
               comment->member == member;
    });
}

/// The operations for what `around` found: checks and indexes dropped before the objects and added after them,
/// columns re-typed to a stand-in and back (those two are placed by the drop and create loops, in dependency order).
void plan_around(Ops& ops, const AroundObjects& around, const Members& old_members, const Schema& to) {
    for (const auto& id : around.constraints) {
        auto [table, constraint] = old_members.constraints.at(id);
        erase_member_ops<DropConstraint, AddConstraint, ValidateConstraint>(ops, table->name, constraint->name);
        erase_comment(ops, CommentTarget::Constraint, table->name, constraint->name);
        ops.push_back(DropConstraint{table->name, *constraint, true});
        const Table* target = to.find_table(table->name);
        const Constraint* again = target == nullptr ? nullptr : target->find_constraint(constraint->name);
        if (again != nullptr) add_constraint(ops, table->name, *again, true);
    }
    for (const auto& id : around.indexes) {
        auto [table, index] = old_members.indexes.at(id);
        erase_member_ops<DropIndex, CreateIndex>(ops, table->name, index->name);
        erase_comment(ops, CommentTarget::Index, {table->name.schema, index->name}, "");
        ops.push_back(DropIndex{table->name, *index, false, true});
        const Table* target = to.find_table(table->name);
        const Index* again = target == nullptr ? nullptr : target->find_index(index->name);
        if (again != nullptr) add_index(ops, table->name, *again, true);
    }
    for (const auto& [id, used] : around.columns) {
        auto [table, column] = old_members.columns.at(id);
        erase_member_ops<AlterColumnType>(ops, table->name, column->name);
    }
    for (const auto& id : around.generated) {
        auto [table, column] = old_members.columns.at(id);
        erase_member_ops<AddColumn, DropColumn, AlterColumnType, SetColumnDefault, SetColumnNotNull,
                         DropColumnExpression>(ops, table->name, column->name);
        erase_comment(ops, CommentTarget::Column, table->name, column->name);
    }
}

}  // namespace

void diff_objects(Ops& ops, const Schema& from, const Schema& to, const CompareOptions& options) {
    if (from.objects.empty() && to.objects.empty()) return;
    Graph old_graph(from), new_graph(to);
    auto managed = [&](const SchemaObject& object) { return options.privileges || !is_privilege(object); };

    std::set<std::string> drops, creates;              // ids
    std::map<std::string, bool> rebuilt;               // drop ids that are created again
    std::set<std::string> replaces;                    // ids changed in place
    std::map<std::string, AttributeChanges> in_place;  // id -> the statement that changes it, when not its `replace`
    for (const auto& [id, object] : new_graph.objects) {
        if (!managed(object)) continue;
        const SchemaObject* old = old_graph.find(id);
        if (old == nullptr || !managed(*old)) {
            creates.insert(id);
        } else if (!(*old == object)) {
            if (!object.replace.empty() && old->kind == object.kind &&
                is_prefix(old->replace_key, object.replace_key)) {
                replaces.insert(id);
            } else if (auto alter = composite_alter(*old, object)) {
                in_place[id] = std::move(*alter);
                replaces.insert(id);
            } else {
                drops.insert(id);
                creates.insert(id);
                rebuilt[id] = true;
            }
        }
    }
    for (const auto& [id, object] : old_graph.objects) {
        if (managed(object) && new_graph.find(id) == nullptr) drops.insert(id);
    }
    // A function whose arguments change is a drop and a create under another id: the old one goes first (with its
    // dependents), so that no call is ambiguous between the two while the plan runs.
    auto routine_name = [](const SchemaObject& object) {
        bool routine = kind_has(object.kind, KindFlag::Routine);
        return routine ? ObjectId::read(object.id).name.sql() : std::string();
    };
    std::set<std::string> created_routines;
    for (const auto& id : creates) {
        if (std::string name = routine_name(*new_graph.find(id)); !name.empty()) created_routines.insert(name);
    }
    for (const auto& id : drops) {
        std::string name = routine_name(*old_graph.find(id));
        if (!name.empty() && created_routines.count(name) != 0) rebuilt[id] = true;
    }

    // Dependents of whatever goes or changes under them: dropped first, created again as the target has them.
    std::set<std::string> roots = changed_by_table_operations(ops, from);
    const std::set<std::string> table_roots = roots;
    // What depends on a table change (or an enum rebuild) is created again after the tables have changed, even a
    // function that otherwise would be created before them: it must bind to the new column or type.
    std::set<std::string> after_table_changes;
    {
        std::deque<std::string> pending(roots.begin(), roots.end());
        while (!pending.empty()) {
            auto it = old_graph.dependents.find(pending.front());
            pending.pop_front();
            if (it == old_graph.dependents.end()) continue;
            for (const auto& dependent : it->second) {
                if (after_table_changes.insert(dependent).second) pending.push_back(dependent);
            }
        }
    }
    roots.insert(drops.begin(), drops.end());
    std::deque<std::string> queue(roots.begin(), roots.end());
    std::set<std::string> seen(roots.begin(), roots.end());
    std::set<std::string> old_privileges_again;  // unmanaged grants on rebuilt objects: granted again as they were
    std::set<std::string> defaults_around;       // "default s.t.c" calling a function that is dropped and created
    const Members old_members(from);
    AroundObjects around;
    // A column that uses a type or collation dropped and created again is re-typed to a stand-in around it; what
    // depends on the column (views) is dropped and created again with it.
    auto retype_around = [&](const std::string& column, const std::string& used) {
        if (old_members.columns.count(column) == 0 || !around.columns.emplace(column, used).second) return;
        if (seen.insert(column).second) queue.push_back(column);
    };
    // A stored generated column whose expression calls a function dropped and created again cannot keep it (and
    // PostgreSQL < 17 cannot set it again): the column is dropped before and added back after, and so are the checks
    // and indexes on it (DROP COLUMN takes them) and what depends on it.
    auto generate_around = [&](const std::string& column) {
        if (!around.generated.insert(column).second) return;
        auto [table, generated] = old_members.columns.at(column);
        for (const auto& constraint : table->constraints) {
            if (mentions_identifier(constraint.definition.text, generated->name)) {
                around.constraints.insert(ObjectId::constraint(table->name, constraint.name).str());
            }
        }
        for (const auto& index : table->indexes) {
            if (mentions_identifier(index.definition.text, generated->name)) {
                around.indexes.insert(ObjectId::index({table->name.schema, index.name}).str());
            }
        }
        if (seen.insert(column).second) queue.push_back(column);
    };
    // Adding a NOT NULL or CHECK to a domain that a column uses as an array element is refused ("cannot alter type
    // ... because column ... uses it"): such columns are re-typed to the base type's array around it.
    for (const auto& id : creates) {
        const SchemaObject* object = new_graph.find(id);
        if (object->kind != ObjectKind::DomainConstraint && object->kind != ObjectKind::DomainNotNull) continue;
        for (const auto& type : new_graph.dependencies_of(id)) {
            const SchemaObject* domain = old_graph.find(type);
            auto users = old_graph.dependents.find(type);
            if (domain == nullptr || domain->kind != ObjectKind::Domain || users == old_graph.dependents.end())
                continue;
            for (const auto& user : users->second) {
                auto member = old_members.columns.find(user);
                if (member != old_members.columns.end() && member->second.second->type.ends_with("[]"))
                    retype_around(user, type);
            }
        }
    }
    while (!queue.empty()) {
        std::string id = queue.front();
        queue.pop_front();
        auto it = old_graph.dependents.find(id);
        if (it == old_graph.dependents.end()) continue;
        // Members of tables are planned around objects dropped before the table changes (the others go after them).
        const SchemaObject* dropped = drops.count(id) != 0 ? old_graph.find(id) : nullptr;
        if (dropped != nullptr && rebuilt.count(id) == 0 && !dropped->after_tables) dropped = nullptr;
        for (const auto& dependent : it->second) {
            const SchemaObject* object = old_graph.find(dependent);
            if (object == nullptr) {  // a table's member that uses an object going away: planned around it
                if (dropped == nullptr) continue;
                if (has_word(dependent, "default")) {
                    if (rebuilt.count(id) == 0) continue;
                    std::string column = ObjectId::read(dependent).with_word("column").str();
                    auto member = old_members.columns.find(column);
                    if (member != old_members.columns.end() && member->second.second->generated) {
                        generate_around(column);
                    } else {
                        defaults_around.insert(dependent);
                    }
                } else if (has_word(dependent, "constraint") && old_members.constraints.count(dependent) != 0) {
                    around.constraints.insert(dependent);
                } else if (has_word(dependent, "index") && old_members.indexes.count(dependent) != 0) {
                    around.indexes.insert(dependent);
                } else if (has_word(dependent, "column") && rebuilt.count(id) != 0 &&
                           kind_has(dropped->kind, KindFlag::ColumnType)) {
                    retype_around(dependent, id);
                }
                continue;
            }
            if (!seen.insert(dependent).second) continue;
            queue.push_back(dependent);
            if (drops.count(dependent) != 0) continue;
            drops.insert(dependent);
            replaces.erase(dependent);
            if (!managed(*object)) {
                old_privileges_again.insert(dependent);
                rebuilt[dependent] = true;
            } else if (new_graph.find(dependent) != nullptr) {
                creates.insert(dependent);
                rebuilt[dependent] = true;
            }
        }
    }

    defaults_around_rebuilds(ops, from, to, defaults_around);
    plan_around(ops, around, old_members, to);
    // Re-typed columns take their place among the drops (after the views on them, before the type) and the creates.
    std::map<std::string, Column> stand_ins;
    std::set<std::string> backward = drops, forward = creates;
    for (const auto& [column, used] : around.columns) {
        stand_ins.emplace(column, stand_in(*old_members.columns.at(column).second, *old_graph.find(used), drops));
        backward.insert(column);
        forward.insert(column);
    }
    // A generated column goes before what its expression calls and comes back after it.
    std::map<std::string, std::vector<std::string>> old_calls, new_calls;
    for (const auto& column : around.generated) {
        backward.insert(column);
        forward.insert(column);
        std::string default_id = ObjectId::read(column).with_word("default").str();
        old_calls[column] = old_graph.dependencies_of(default_id);
        new_calls[column] = new_graph.dependencies_of(default_id);
    }
    for (const auto& id : dependency_order(backward, old_graph, old_calls) | std::views::reverse) {
        if (auto column = stand_ins.find(id); column != stand_ins.end()) {
            auto [table, old] = old_members.columns.at(id);
            ops.push_back(AlterColumnType{table->name, *old, column->second, Around::BeforeDrops});
            continue;
        }
        if (around.generated.count(id) != 0) {
            auto [table, old] = old_members.columns.at(id);
            ops.push_back(DropColumn{table->name, *old, Around::BeforeDrops});
            continue;
        }
        SchemaObject object = *old_graph.find(id);
        ops.push_back(DropObject{object, rebuilt.count(id) != 0});
    }
    forward.insert(replaces.begin(), replaces.end());
    for (const auto& id : dependency_order(forward, new_graph, new_calls)) {
        if (around.generated.count(id) != 0) {
            const Table* table = to.find_table(old_members.columns.at(id).first->name);
            const Column* again =
                table == nullptr ? nullptr : table->find_column(old_members.columns.at(id).second->name);
            if (again == nullptr) continue;
            ops.push_back(AddColumn{table->name, *again, Around::AfterCreates});
            if (again->comment) {
                ops.push_back(
                    SetComment{CommentTarget::Column, table->name, again->name, std::nullopt, again->comment});
            }
            continue;
        }
        if (auto column = stand_ins.find(id); column != stand_ins.end()) {
            const Table* table = to.find_table(old_members.columns.at(id).first->name);
            const Column* again = table == nullptr ? nullptr : table->find_column(column->second.name);
            if (again != nullptr)
                ops.push_back(AlterColumnType{table->name, column->second, *again, Around::AfterCreates});
            continue;
        }
        if (replaces.count(id) != 0) {
            SchemaObject to_object = *new_graph.find(id);
            AttributeChanges attributes;
            if (auto it = in_place.find(id); it != in_place.end()) {
                attributes = it->second;
                to_object.facts.drops_attribute = !attributes.dropped.empty();
            }
            ops.push_back(ReplaceObject{*old_graph.find(id), std::move(to_object), std::move(attributes)});
        } else {
            SchemaObject object = *new_graph.find(id);
            if (rebuilt.count(id) != 0) keep_populated(object, *old_graph.find(id));
            auto uses = to.dependencies.find(id);
            bool uses_changed = uses != to.dependencies.end() &&
                                std::any_of(uses->second.begin(), uses->second.end(),
                                            [&](const std::string& used) { return table_roots.count(used) != 0; });
            if (after_table_changes.count(id) != 0 || uses_changed) object.after_tables = true;
            ops.push_back(CreateObject{std::move(object), rebuilt.count(id) != 0});
        }
    }
    for (const auto& id : dependency_order(old_privileges_again, old_graph)) {
        ops.push_back(CreateObject{*old_graph.find(id), true});
    }
}

}  // namespace schemadiff::diff
