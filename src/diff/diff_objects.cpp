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
#include "diff_internal.hpp"

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <ranges>
#include <set>

namespace schemadiff::diff {

using namespace model;

namespace {

auto is_privilege(const SchemaObject& object) -> bool {
    return object.kind == ObjectKind::Grant || object.kind == ObjectKind::DefaultPrivilege;
}

/// Kinds that always belong to a relation: they are created after the tables and dropped before table changes.
auto relation_bound(ObjectKind kind) -> bool {
    switch (kind) {
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
    case ObjectKind::MaterializedViewIndex:
    case ObjectKind::Trigger:
    case ObjectKind::TriggerState:
    case ObjectKind::Policy:
    case ObjectKind::RowSecurity:
    case ObjectKind::ForceRowSecurity:
    case ObjectKind::Statistics:
    case ObjectKind::TableOption:
    case ObjectKind::ColumnStorage:
    case ObjectKind::ColumnCompression:
    case ObjectKind::ColumnStatistics:
    case ObjectKind::Partition:
    case ObjectKind::Inheritance: return true;
    default: return false;
    }
}

auto names_relation(const std::string& id) -> bool {
    for (const char* prefix : {"table ", "column ", "view ", "sequence ", "index ", "constraint ", "default "}) {
        if (id.rfind(prefix, 0) == 0) return true;
    }
    return false;
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
            bool result = relation_bound(found->second.kind);
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
    auto dependencies_of(const std::string& id) const -> std::vector<std::string> {
        auto it = schema.dependencies.find(id);
        return it == schema.dependencies.end() ? std::vector<std::string>{} : it->second;
    }
};

auto is_prefix(const std::vector<std::string>& prefix, const std::vector<std::string>& of) -> bool {
    return prefix.size() <= of.size() && std::equal(prefix.begin(), prefix.end(), of.begin());
}

/// `ids` ordered so that every object comes after the objects it depends on (within `ids`); ties by kind, then id.
auto dependency_order(const std::set<std::string>& ids, const Graph& graph) -> std::vector<std::string> {
    std::map<std::string, std::set<std::string>> waiting;  // id -> dependencies in ids not yet emitted
    for (const auto& id : ids) {
        for (const auto& dependency : graph.dependencies_of(id)) {
            if (dependency != id && ids.count(dependency) != 0) waiting[id].insert(dependency);
        }
    }
    auto rank = [&](const std::string& id) {
        const SchemaObject* object = graph.find(id);
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
        if (auto it = graph.dependents.find(next.second); it != graph.dependents.end()) {
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
                           for (const auto& column : drop.table.columns) roots.insert(column_id(drop.table.name, column.name));
                       },
                       [&](const RebuildEnum& rebuild) {
                           roots.insert(type_id(rebuild.from.name));
                           for (const auto& use : rebuild.uses) roots.insert(column_id(use.table, use.column.name));
                       },
                       [&](const DropConstraint& drop) {
                           roots.insert("constraint " + drop.table.sql() + "." + quote_ident(drop.constraint.name));
                       },
                       [&](const DropEnum& drop) { roots.insert(type_id(drop.type.name)); },
                       [&](const DropSequence& drop) { roots.insert("sequence " + drop.sequence.name.sql()); },
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
    static const std::string kNoData = "\nWITH NO DATA", kData = "\nWITH DATA";
    if (object.kind != ObjectKind::MaterializedView || !old.create.ends_with(kData) || !object.create.ends_with(kNoData)) return;
    object.create.replace(object.create.size() - kNoData.size(), kNoData.size(), kData);
}

/// Column defaults that call a function dropped and created again: DROP DEFAULT before the function goes, SET DEFAULT
/// (the target's) after it is back, in place of any default change the table differ planned for the column.
void defaults_around_rebuilds(Ops& ops, const Schema& from, const Schema& to, const std::set<std::string>& ids) {
    if (ids.empty()) return;
    auto default_id = [](const QualifiedName& table, const std::string& column) {
        return "default " + column_id(table, column).substr(std::string("column ").size());
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

/// ALTER TYPE ... DROP / ADD ATTRIBUTE turning composite type `old` into `now` (its replace_key lines are the
/// attributes), or "" when that cannot be done in place: an attribute that changes type, collation or position would
/// need ALTER ATTRIBUTE TYPE, which PostgreSQL refuses while a column uses the type, so the type is rebuilt instead.
auto composite_alter(const SchemaObject& old, const SchemaObject& now) -> std::string {
    if (old.kind != ObjectKind::CompositeType || now.kind != ObjectKind::CompositeType) return "";
    std::set<std::string> old_names, new_names;
    for (const auto& line : old.replace_key) old_names.insert(leading_identifier(line));
    for (const auto& line : now.replace_key) new_names.insert(leading_identifier(line));
    std::vector<std::string> kept_old, kept_new, steps;
    for (const auto& line : old.replace_key) {
        if (new_names.count(leading_identifier(line)) != 0) kept_old.push_back(line);
        else steps.push_back("DROP ATTRIBUTE " + leading_identifier(line));
    }
    bool adding = false;
    for (const auto& line : now.replace_key) {
        if (old_names.count(leading_identifier(line)) != 0) {
            if (adding) return "";  // a kept attribute after an added one: ADD ATTRIBUTE only appends
            kept_new.push_back(line);
        } else {
            adding = true;
            steps.push_back("ADD ATTRIBUTE " + line);
        }
    }
    if (kept_old != kept_new || steps.empty()) return "";
    std::string sql = "ALTER TYPE " + now.subject + " ";
    for (size_t i = 0; i < steps.size(); ++i) sql += (i == 0 ? "" : ", ") + steps[i];
    return sql;
}

}  // namespace

void diff_objects(Ops& ops, const Schema& from, const Schema& to, const CompareOptions& options) {
    if (from.objects.empty() && to.objects.empty()) return;
    Graph old_graph(from), new_graph(to);
    auto managed = [&](const SchemaObject& object) { return options.privileges || !is_privilege(object); };

    std::set<std::string> drops, creates;          // ids
    std::map<std::string, bool> rebuilt;           // drop ids that are created again
    std::set<std::string> replaces;                // ids changed in place
    std::map<std::string, std::string> in_place;   // id -> the statement that changes it, when not its `replace`
    for (const auto& [id, object] : new_graph.objects) {
        if (!managed(object)) continue;
        const SchemaObject* old = old_graph.find(id);
        if (old == nullptr || !managed(*old)) {
            creates.insert(id);
        } else if (!(*old == object)) {
            if (!object.replace.empty() && old->kind == object.kind && is_prefix(old->replace_key, object.replace_key)) {
                replaces.insert(id);
            } else if (std::string alter = composite_alter(*old, object); !alter.empty()) {
                in_place[id] = std::move(alter);
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
        bool routine = object.kind == ObjectKind::Function || object.kind == ObjectKind::Procedure;
        return routine ? object.subject.substr(0, object.subject.find('(')) : std::string();
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
    std::set<std::string> defaults_around;        // "default s.t.c" calling a function that is dropped and created
    while (!queue.empty()) {
        std::string id = queue.front();
        queue.pop_front();
        auto it = old_graph.dependents.find(id);
        if (it == old_graph.dependents.end()) continue;
        for (const auto& dependent : it->second) {
            if (!seen.insert(dependent).second) continue;
            const SchemaObject* object = old_graph.find(dependent);
            if (object == nullptr) {  // a structured object: a default is taken out around a function rebuild
                if (dependent.rfind("default ", 0) == 0 && rebuilt.count(id) != 0) defaults_around.insert(dependent);
                continue;  // constraints and indexes: not handled (see tests/cases_pending)
            }
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
    for (const auto& id : dependency_order(drops, old_graph) | std::views::reverse) {
        SchemaObject object = *old_graph.find(id);
        ops.push_back(DropObject{object, rebuilt.count(id) != 0});
    }
    std::set<std::string> forward = creates;
    forward.insert(replaces.begin(), replaces.end());
    for (const auto& id : dependency_order(forward, new_graph)) {
        if (replaces.count(id) != 0) {
            SchemaObject to_object = *new_graph.find(id);
            if (auto it = in_place.find(id); it != in_place.end()) to_object.replace = it->second;
            ops.push_back(ReplaceObject{*old_graph.find(id), std::move(to_object)});
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
