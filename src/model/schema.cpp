// Schema model helpers: lookups, sorting and PostgreSQL's sequence defaults.
#include "schemadiff/model/schema.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <limits>

#include "schemadiff/core/identifier.hpp"
#include "schemadiff/model/not_null_proof.hpp"

namespace schemadiff::model {

auto mentions_identifier(const std::string& text, const std::string& name) -> bool {
    std::string word = quote_ident(name);
    auto is_word_char = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$' || c == '"';
    };
    for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        bool starts = at == 0 || !is_word_char(text[at - 1]);
        bool ends = at + word.size() == text.size() || !is_word_char(text[at + word.size()]);
        if (starts && ends) return true;
    }
    return false;
}

auto replace_identifier(const std::string& text, const std::string& from, const std::string& to) -> std::string {
    if (from.empty() || from == to) return text;
    auto is_word_char = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$' || c == '"';
    };
    std::string out;
    size_t done = 0;
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + 1)) {
        if (at < done) continue;
        bool starts = at == 0 || !is_word_char(text[at - 1]);
        bool ends = at + from.size() == text.size() || !is_word_char(text[at + from.size()]);
        if (!starts || !ends) continue;
        out += text.substr(done, at - done) + to;
        done = at + from.size();
    }
    return out + text.substr(done);
}

auto QualifiedName::sql() const -> std::string {
    return quote_qualified(schema, name);
}
auto QualifiedName::display() const -> std::string {
    return sql();
}

auto default_sequence_options(const std::string& data_type, int64_t increment) -> SequenceOptions {
    SequenceOptions options;
    options.data_type = data_type;
    options.increment = increment == 0 ? 1 : increment;
    int64_t type_max = std::numeric_limits<int64_t>::max();
    int64_t type_min = std::numeric_limits<int64_t>::min();
    if (data_type == "smallint") {
        type_max = std::numeric_limits<int16_t>::max();
        type_min = std::numeric_limits<int16_t>::min();
    } else if (data_type == "integer") {
        type_max = std::numeric_limits<int32_t>::max();
        type_min = std::numeric_limits<int32_t>::min();
    }
    // CREATE SEQUENCE: ascending sequences run 1..type max, descending ones type min..-1; START is the near end.
    if (options.increment > 0) {
        options.min_value = 1;
        options.max_value = type_max;
        options.start = options.min_value;
    } else {
        options.min_value = type_min;
        options.max_value = -1;
        options.start = options.max_value;
    }
    return options;
}

namespace {
template <typename T, typename Key>
auto find_by(std::vector<T>& items, const Key& key, auto T::*member) -> T* {
    for (auto& item : items) {
        if (item.*member == key) return &item;
    }
    return nullptr;
}
}  // namespace

auto Table::find_column(const std::string& column) const -> const Column* {
    return find_by(const_cast<std::vector<Column>&>(columns), column, &Column::name);
}
auto Table::find_column(const std::string& column) -> Column* {
    return find_by(columns, column, &Column::name);
}
auto Table::find_constraint(const std::string& constraint) const -> const Constraint* {
    return find_by(const_cast<std::vector<Constraint>&>(constraints), constraint, &Constraint::name);
}
auto Table::find_index(const std::string& index) const -> const Index* {
    return find_by(const_cast<std::vector<Index>&>(indexes), index, &Index::name);
}
auto Table::primary_key() const -> const Constraint* {
    for (const auto& constraint : constraints) {
        if (constraint.kind == ConstraintKind::PrimaryKey) return &constraint;
    }
    return nullptr;
}

void Schema::sort() {
    auto by = [](auto member) { return [member](const auto& a, const auto& b) { return a.*member < b.*member; }; };
    std::sort(namespaces.begin(), namespaces.end(), by(&Namespace::name));
    std::sort(extensions.begin(), extensions.end(), by(&Extension::name));
    std::sort(enums.begin(), enums.end(), by(&EnumType::name));
    std::sort(sequences.begin(), sequences.end(), by(&Sequence::name));
    std::sort(tables.begin(), tables.end(), by(&Table::name));
    std::sort(objects.begin(), objects.end(), by(&SchemaObject::id));
    for (auto& table : tables) {
        std::sort(table.constraints.begin(), table.constraints.end(), by(&Constraint::name));
        std::sort(table.indexes.begin(), table.indexes.end(), by(&Index::name));
    }
}

namespace {
template <typename T>
auto binary_find(std::vector<T>& items, const QualifiedName& name) -> T* {
    auto it = std::lower_bound(items.begin(), items.end(), name,
                               [](const T& item, const QualifiedName& key) { return item.name < key; });
    if (it != items.end() && it->name == name) return &*it;
    // Not sorted yet (while building): fall back to a scan.
    for (auto& item : items) {
        if (item.name == name) return &item;
    }
    return nullptr;
}
}  // namespace

auto Schema::find_table(const QualifiedName& table) const -> const Table* {
    return binary_find(const_cast<std::vector<Table>&>(tables), table);
}
auto Schema::find_table(const QualifiedName& table) -> Table* {
    return binary_find(tables, table);
}
auto Schema::find_sequence(const QualifiedName& sequence) -> Sequence* {
    return binary_find(sequences, sequence);
}
auto Schema::find_object(const std::string& id) const -> const SchemaObject* {
    auto it = std::lower_bound(objects.begin(), objects.end(), id,
                               [](const SchemaObject& item, const std::string& key) { return item.id < key; });
    if (it != objects.end() && it->id == id) return &*it;
    for (const auto& item : objects) {
        if (item.id == id) return &item;
    }
    return nullptr;
}

auto table_id(const QualifiedName& table) -> std::string {
    return ObjectId::table(table).str();
}
auto column_id(const QualifiedName& table, const std::string& column) -> std::string {
    return ObjectId::column(table, column).str();
}
auto type_id(const QualifiedName& type) -> std::string {
    return ObjectId::type(type).str();
}
auto domain_base_type(const SchemaObject& domain) -> std::string {
    auto at = domain.create.find(" AS ");
    if (domain.kind != ObjectKind::Domain || at == std::string::npos) return "";
    std::string base = domain.create.substr(at + 4);
    return base.substr(0, base.find(" COLLATE "));
}

void set_populated(SchemaObject& view, bool populated) {
    static const std::string kNoData = "\nWITH NO DATA", kData = "\nWITH DATA";
    const std::string& from = populated ? kNoData : kData;
    if (view.kind != ObjectKind::MaterializedView || !view.create.ends_with(from)) return;
    view.create.replace(view.create.size() - from.size(), from.size(), populated ? kData : kNoData);
    view.facts.no_data = !populated;
}

auto parse_object_kind(std::string_view name) -> std::optional<ObjectKind> {
    for (const auto& each : kObjectKinds) {
        if (each.name == name) return each.kind;
    }
    return std::nullopt;
}

auto implied_dependencies(const SchemaObject& object) -> std::vector<std::string> {
    const KindTraits& traits = kind_traits(object.kind);
    auto owner = [&] {
        if (!object.table) {
            throw Error(ErrorKind::Internal, fmt::format("{} {} names no table", traits.name, object.id));
        }
        return *object.table;
    };
    switch (traits.implied) {
        case Implied::None:
            return {};
        case Implied::Subject:
            return {ObjectId::read(object.id).with_word(traits.implied_word).str()};
        case Implied::Table:
            return {table_id(owner())};
        case Implied::View:
            return {ObjectId::of(ObjectKind::View, owner()).str()};
        case Implied::ChildAndParent:
            return {table_id(ObjectId::read(object.id).name), table_id(owner())};
    }
    return {};
}

auto Schema::find_enum(const QualifiedName& type) const -> const EnumType* {
    return binary_find(const_cast<std::vector<EnumType>&>(enums), type);
}

auto proves_not_null(const Constraint& constraint, const std::string& column) -> bool {
    if (constraint.kind != ConstraintKind::Check) return false;
    const std::string& text = constraint.definition.text;
    return text == fmt::format("CHECK ({} IS NOT NULL)", quote_ident(column)) ||
           text == fmt::format("CHECK (({} IS NOT NULL))", quote_ident(column));
}

}  // namespace schemadiff::model
