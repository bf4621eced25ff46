// Renames asked for in schema files (`-- schemadiff:renamed-from <old>` above a table, column, constraint, index,
// view or function). Without a hint a name that disappears while another appears stays a drop and a create: guessing
// would risk data. With one, the old object is renamed first and the rest of the diff runs against the schema as it
// is after the renames, so a renamed column whose type also changes gets both.
#include <fmt/format.h>

#include <algorithm>

#include "diff_internal.hpp"

namespace schemadiff::diff {

using namespace model;

namespace {

/// "old" or "schema.old" (as written, unquoted or quoted) -> a name in `schema_default`.
auto parse_old(const std::string& written, const std::string& schema_default) -> QualifiedName {
    auto unquote = [](std::string text) {
        if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
            std::string out;
            for (size_t at = 1; at + 1 < text.size(); ++at) {
                if (text[at] == '"' && text[at + 1] == '"') ++at;
                out += text[at];
            }
            return out;
        }
        std::string lower = text;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return lower;
    };
    // A dot outside quotes separates schema and name.
    bool quoted = false;
    for (size_t at = 0; at < written.size(); ++at) {
        if (written[at] == '"') quoted = !quoted;
        if (written[at] == '.' && !quoted) return {unquote(written.substr(0, at)), unquote(written.substr(at + 1))};
    }
    return {schema_default, unquote(written)};
}

auto object_named(const Schema& schema, const std::string& id) -> const SchemaObject* {
    return schema.find_object(id);
}

/// The function of `schema` whose subject is `name` followed by an argument list, when there is exactly one.
auto function_named(const Schema& schema, const std::string& name) -> const SchemaObject* {
    const SchemaObject* found = nullptr;
    for (const auto& object : schema.objects) {
        if (kind_has(object.kind, KindFlag::Routine) && ObjectId::read(object.id).name.sql() == name) {
            if (found != nullptr) return nullptr;
            found = &object;
        }
    }
    return found;
}

void replace_in_object(SchemaObject& object, const std::string& from, const std::string& to) {
    for (std::string* text : {&object.create, &object.drop, &object.replace, &object.key, &object.subject}) {
        *text = replace_identifier(*text, from, to);
    }
    for (auto& line : object.replace_key) line = replace_identifier(line, from, to);
}

/// Renames the object `from` to `to` in every object id and dependency; a table's columns go with it.
void rename_in_ids(Schema& schema, const ObjectId& from, const ObjectId& to) {
    std::string from_id = from.str(), to_id = to.str();
    bool table = from.word == "table";
    auto swap = [&](const std::string& id) {
        if (id == from_id) return to_id;
        if (!table) return id;
        auto parsed = ObjectId::parse(id);
        if (!parsed || parsed->word != "column" || parsed->name != from.name) return id;
        parsed->name = to.name;
        return parsed->str();
    };
    std::map<std::string, std::vector<std::string>> dependencies;
    for (auto& [dependent, deps] : schema.dependencies) {
        for (auto& dep : deps) dep = swap(dep);
        dependencies[swap(dependent)] = std::move(deps);
    }
    schema.dependencies = std::move(dependencies);
    for (auto& object : schema.objects) object.id = swap(object.id);
}

void clear_key(Expression& expression, const std::string& before) {
    if (expression.text != before) expression.key.clear();
}

}  // namespace

auto find_renames(const Schema& from, const Schema& to) -> std::vector<Rename> {
    std::vector<Rename> out;
    std::map<QualifiedName, QualifiedName> table_was;  // new name -> old name
    for (const auto& [subject, written] : to.renamed_from) {
        for (const auto& table : to.tables) {
            if (table.name.sql() != subject) continue;
            QualifiedName old = parse_old(written, table.name.schema);
            if (old.schema == table.name.schema && from.find_table(old) != nullptr &&
                from.find_table(table.name) == nullptr && to.find_table(old) == nullptr) {
                out.push_back({Rename::Kind::Table, old, old.name, table.name.name, ""});
                table_was[table.name] = old;
            }
        }
    }
    // PostgreSQL keeps the names of a renamed table's constraints and indexes; a schema file written for the new name
    // names them after it (clients_pkey for customers_pkey). Those derived names follow the table without a hint of
    // their own: renaming keeps the index instead of rebuilding it. The ordinary diff then compares the definitions.
    for (const auto& [renamed, old] : table_was) {
        const Table* before = from.find_table(old);
        const Table* after = to.find_table(renamed);
        auto follows = [&](const std::string& name, auto has_before, auto has_after) -> std::string {
            if (name.rfind(old.name, 0) != 0) return {};
            std::string derived = renamed.name + name.substr(old.name.size());
            if (derived.size() > 63 || !has_after(derived) || has_before(derived) || has_after(name)) return {};
            return derived;
        };
        for (const auto& constraint : before->constraints) {
            std::string derived = follows(
                constraint.name, [&](const std::string& n) { return before->find_constraint(n) != nullptr; },
                [&](const std::string& n) { return after->find_constraint(n) != nullptr; });
            if (!derived.empty()) out.push_back({Rename::Kind::Constraint, renamed, constraint.name, derived, ""});
        }
        for (const auto& index : before->indexes) {
            std::string derived = follows(
                index.name, [&](const std::string& n) { return before->find_index(n) != nullptr; },
                [&](const std::string& n) { return after->find_index(n) != nullptr; });
            if (!derived.empty()) out.push_back({Rename::Kind::Index, renamed, index.name, derived, ""});
        }
    }
    for (const auto& [subject, written] : to.renamed_from) {
        for (const auto& table : to.tables) {
            std::string prefix = table.name.sql() + ".";
            auto was = table_was.find(table.name);
            const Table* old_table = from.find_table(was == table_was.end() ? table.name : was->second);
            if (old_table == nullptr) continue;
            std::string old_name = parse_old(written, "").name;
            for (const auto& column : table.columns) {
                if (prefix + quote_ident(column.name) != subject) continue;
                if (old_table->find_column(old_name) != nullptr && old_table->find_column(column.name) == nullptr &&
                    table.find_column(old_name) == nullptr) {
                    out.push_back({Rename::Kind::Column, table.name, old_name, column.name, ""});
                }
            }
            for (const auto& constraint : table.constraints) {
                if (prefix + quote_ident(constraint.name) != subject) continue;
                if (old_table->find_constraint(old_name) != nullptr &&
                    old_table->find_constraint(constraint.name) == nullptr &&
                    table.find_constraint(old_name) == nullptr) {
                    out.push_back({Rename::Kind::Constraint, table.name, old_name, constraint.name, ""});
                }
            }
            for (const auto& index : table.indexes) {
                if (quote_qualified(table.name.schema, index.name) != subject) continue;
                if (old_table->find_index(old_name) != nullptr && old_table->find_index(index.name) == nullptr &&
                    table.find_index(old_name) == nullptr) {
                    out.push_back({Rename::Kind::Index, table.name, old_name, index.name, ""});
                }
            }
        }
        for (const auto& object : to.objects) {
            bool view = kind_has(object.kind, KindFlag::ViewLike);
            bool function = kind_has(object.kind, KindFlag::Routine);
            if (view && object.subject == subject) {
                QualifiedName new_name = parse_old(object.subject, "public");
                QualifiedName old = parse_old(written, new_name.schema);
                ObjectId old_object = ObjectId::read(object.id);
                old_object.name = old;
                std::string old_id = old_object.str();
                const SchemaObject* before = object_named(from, old_id);
                if (old.schema == new_name.schema && before != nullptr && object_named(from, object.id) == nullptr &&
                    object_named(to, old_id) == nullptr) {
                    out.push_back({Rename::Kind::View, new_name, old.name, new_name.name, old_id});
                }
            } else if (function && ObjectId::read(object.id).name.sql() == subject) {
                QualifiedName new_name = parse_old(subject, "public");
                QualifiedName old = parse_old(written, new_name.schema);
                const SchemaObject* before = function_named(from, old.sql());
                if (old.schema == new_name.schema && before != nullptr && function_named(from, subject) == nullptr) {
                    out.push_back({Rename::Kind::Function, new_name, old.name, new_name.name, before->id});
                }
            }
        }
    }
    // A hint that names what already follows its table is one rename, not two.
    std::vector<Rename> unique;
    for (auto& rename : out) {
        bool seen = std::any_of(unique.begin(), unique.end(), [&](const Rename& r) {
            return r.kind == rename.kind && r.table == rename.table && r.from == rename.from;
        });
        if (!seen) unique.push_back(std::move(rename));
    }
    return unique;
}

auto invert(const std::vector<Rename>& renames) -> std::vector<Rename> {
    std::vector<Rename> out;
    for (const auto& rename : renames) {
        Rename back = rename;
        std::swap(back.from, back.to);
        if (rename.kind == Rename::Kind::Table) back.table = {rename.table.schema, rename.to};
        if (rename.kind == Rename::Kind::View || rename.kind == Rename::Kind::Function) {
            back.table = {rename.table.schema, rename.from};
            ObjectId renamed = ObjectId::read(rename.object_id);
            renamed.name = {rename.table.schema, rename.to};
            back.object_id = renamed.str();
        }
        out.push_back(back);
    }
    // Tables are renamed before their members, which are named by the table's name after the rename: in the
    // inverse that is the old name.
    for (auto& back : out) {
        if (back.kind != Rename::Kind::Column && back.kind != Rename::Kind::Constraint &&
            back.kind != Rename::Kind::Index)
            continue;
        for (const auto& rename : renames) {
            if (rename.kind == Rename::Kind::Table && back.table == QualifiedName{rename.table.schema, rename.to}) {
                back.table = rename.table;
            }
        }
    }
    return out;
}

void apply_renames(Schema& schema, const std::vector<Rename>& renames) {
    for (const auto& rename : renames) {
        switch (rename.kind) {
            case Rename::Kind::Table: {
                QualifiedName old = rename.table, renamed{rename.table.schema, rename.to};
                Table* table = schema.find_table(old);
                if (table == nullptr) break;
                table->name = renamed;
                std::string old_sql = old.sql(), new_sql = renamed.sql();
                for (auto& each : schema.tables) {
                    for (auto& constraint : each.constraints) {
                        if (constraint.kind != ConstraintKind::ForeignKey || constraint.references != old) continue;
                        constraint.references = renamed;
                        std::string before = constraint.definition.text;
                        constraint.definition.text =
                            replace_identifier(replace_identifier(before, old_sql, new_sql), quote_ident(old.name),
                                               quote_ident(renamed.name));
                        clear_key(constraint.definition, before);
                    }
                }
                for (auto& index : table->indexes) {
                    std::string before = index.definition.text;
                    index.definition.text = replace_identifier(before, old_sql, new_sql);
                    clear_key(index.definition, before);
                }
                for (auto& sequence : schema.sequences) {
                    if (sequence.owned_by_table == old) sequence.owned_by_table = renamed;
                }
                for (auto& object : schema.objects) {
                    replace_in_object(object, old_sql, new_sql);
                    if (object.table == old) object.table = renamed;
                }
                rename_in_ids(schema, ObjectId::table(old), ObjectId::table(renamed));
                break;
            }
            case Rename::Kind::Column: {
                Table* table = schema.find_table(rename.table);
                Column* column = table ? table->find_column(rename.from) : nullptr;
                if (column == nullptr) break;
                column->name = rename.to;
                std::string old_word = quote_ident(rename.from), new_word = quote_ident(rename.to);
                for (auto& constraint : table->constraints) {
                    std::string before = constraint.definition.text;
                    constraint.definition.text = replace_identifier(before, old_word, new_word);
                    clear_key(constraint.definition, before);
                }
                for (auto& index : table->indexes) {
                    std::string before = index.definition.text;
                    index.definition.text = replace_identifier(before, old_word, new_word);
                    clear_key(index.definition, before);
                }
                for (auto& each : schema.tables) {  // REFERENCES t(old) in other tables
                    if (&each == table) continue;
                    for (auto& constraint : each.constraints) {
                        if (constraint.kind != ConstraintKind::ForeignKey || constraint.references != rename.table)
                            continue;
                        std::string before = constraint.definition.text;
                        auto at = before.find("REFERENCES");
                        if (at == std::string::npos) continue;
                        constraint.definition.text =
                            before.substr(0, at) + replace_identifier(before.substr(at), old_word, new_word);
                        clear_key(constraint.definition, before);
                    }
                }
                for (auto& sequence : schema.sequences) {
                    if (sequence.owned_by_table == rename.table && sequence.owned_by_column == rename.from) {
                        sequence.owned_by_column = rename.to;
                    }
                }
                rename_in_ids(schema, ObjectId::column(rename.table, rename.from),
                              ObjectId::column(rename.table, rename.to));
                break;
            }
            case Rename::Kind::Constraint: {
                Table* table = schema.find_table(rename.table);
                if (table == nullptr) break;
                for (auto& constraint : table->constraints) {
                    if (constraint.name == rename.from) constraint.name = rename.to;
                }
                break;
            }
            case Rename::Kind::Index: {
                Table* table = schema.find_table(rename.table);
                if (table == nullptr) break;
                for (auto& index : table->indexes) {
                    if (index.name != rename.from) continue;
                    index.name = rename.to;
                    std::string before = index.definition.text;
                    index.definition.text =
                        replace_identifier(before, quote_ident(rename.from), quote_ident(rename.to));
                    clear_key(index.definition, before);
                }
                break;
            }
            case Rename::Kind::View:
            case Rename::Kind::Function: {
                std::string old_q = QualifiedName{rename.table.schema, rename.from}.sql();
                std::string new_q = QualifiedName{rename.table.schema, rename.to}.sql();
                for (auto& object : schema.objects) replace_in_object(object, old_q, new_q);
                ObjectId renamed = ObjectId::read(rename.object_id);
                renamed.name = {rename.table.schema, rename.to};
                rename_in_ids(schema, ObjectId::read(rename.object_id), renamed);
                break;
            }
        }
    }
    for (auto& table : schema.tables) {
        std::sort(table.constraints.begin(), table.constraints.end(),
                  [](const Constraint& a, const Constraint& b) { return a.name < b.name; });
        std::sort(table.indexes.begin(), table.indexes.end(),
                  [](const Index& a, const Index& b) { return a.name < b.name; });
    }
    schema.sort();
}

auto rename_operations(const std::vector<Rename>& renames, const Schema& from) -> std::vector<Operation> {
    std::vector<Operation> out;
    for (const auto& rename : renames) {
        switch (rename.kind) {
            case Rename::Kind::Table:
                out.push_back(RenameTable{rename.table, {rename.table.schema, rename.to}});
                break;
            case Rename::Kind::Column:
                out.push_back(RenameColumn{rename.table, rename.from, rename.to});
                break;
            case Rename::Kind::Constraint:
                out.push_back(RenameConstraint{rename.table, rename.from, rename.to});
                break;
            case Rename::Kind::Index:
                out.push_back(RenameIndex{rename.table, rename.from, rename.to, true});
                break;
            case Rename::Kind::View:
            case Rename::Kind::Function:
                if (const SchemaObject* object = from.find_object(rename.object_id))
                    out.push_back(RenameObject{*object, rename.to});
                break;
        }
    }
    return out;
}

}  // namespace schemadiff::diff
