// Internal to the parser: items of the schema being built, found by name without scanning a vector per statement.
//
// A migration file may hold 100,000 statements, or one ALTER TABLE with 20,000 actions on one table; a scan of the
// table's columns (or of the schema's sequences, objects ...) per statement or action made reading it quadratic
// (issue 12, item 7). The model keeps plain vectors, which every module reads and some change in place, so the
// positions are kept here, for the parser's own reads, and follow the vectors this way:
//  * items appended at the end are picked up at the next lookup;
//  * the parser code that erases or renames items calls forget() (or erases through the index);
//  * a position whose item no longer carries the name is noticed, and everything is indexed again.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "schemadiff/model/schema.hpp"

namespace schemadiff::parser {

struct NameHash {
    auto operator()(const std::string& name) const -> size_t { return std::hash<std::string>{}(name); }
    auto operator()(const model::QualifiedName& name) const -> size_t {
        return std::hash<std::string>{}(name.schema) * 31 + std::hash<std::string>{}(name.name);
    }
};

/// Positions of the items of one vector by their key (T::*Member). Lookups of the first item with a key, as a scan
/// would find it.
template <typename T, typename Key, Key T::*Member, typename Map = std::unordered_map<Key, size_t, NameHash>>
class NameIndex {
public:
    auto find(std::vector<T>& items, const Key& key) -> T* {
        if (items.size() <= kScanned) {
            for (auto& item : items) {
                if (item.*Member == key) return &item;
            }
            return nullptr;
        }
        for (int attempt = 0; attempt < 2; ++attempt) {
            sync(items);
            auto it = positions_.find(key);
            if (it == positions_.end()) return nullptr;
            if (it->second < items.size() && items[it->second].*Member == key) return &items[it->second];
            forget();  // the vector changed behind the index's back
        }
        return nullptr;
    }
    auto find(const std::vector<T>& items, const Key& key) -> const T* {
        return find(const_cast<std::vector<T>&>(items), key);
    }

    /// After items were erased, reordered or renamed other than through this index.
    void forget() {
        positions_.clear();
        synced_ = 0;
    }

    /// Erases the item with `key` by moving the last item into its place, for vectors whose order does not matter and
    /// whose keys are unique. Returns whether there was one.
    auto erase_unordered(std::vector<T>& items, const Key& key) -> bool {
        T* found = find(items, key);
        if (found == nullptr) return false;
        size_t pos = static_cast<size_t>(found - items.data());
        if (!positions_.empty()) {
            positions_.erase(key);
            if (pos + 1 != items.size()) positions_[items.back().*Member] = pos;
            synced_ = items.size() - 1;
        }
        if (pos + 1 != items.size()) items[pos] = std::move(items.back());
        items.pop_back();
        return true;
    }

    /// Erases the item with `key`, keeping the order of the others (which move up: positions are recomputed at the
    /// next lookup). Returns whether there was one.
    auto erase(std::vector<T>& items, const Key& key) -> bool {
        T* found = find(items, key);
        if (found == nullptr) return false;
        items.erase(items.begin() + (found - items.data()));
        forget();
        return true;
    }

    /// Renames the item with key `from` to `to` in place. Returns whether there was one.
    auto rename(std::vector<T>& items, const Key& from, const Key& to) -> bool {
        T* found = find(items, from);
        if (found == nullptr) return false;
        found->*Member = to;
        if (!positions_.empty()) {
            size_t pos = static_cast<size_t>(found - items.data());
            positions_.erase(from);
            positions_.emplace(to, pos);  // a second item named `to` keeps its place: the first one wins either way
            if (positions_.at(to) > pos) positions_[to] = pos;
        }
        return true;
    }

    /// The index itself, for ordered maps (prefix searches); valid until the vector changes.
    auto positions(std::vector<T>& items) -> const Map& {
        sync(items);
        return positions_;
    }

private:
    static constexpr size_t kScanned = 16;  ///< below this a scan is as fast, and nothing is stored

    void sync(const std::vector<T>& items) {
        if (synced_ > items.size()) forget();
        for (; synced_ < items.size(); ++synced_) positions_.emplace(items[synced_].*Member, synced_);
    }

    Map positions_;
    size_t synced_ = 0;
};

/// The lookups of one parse or migration file.
struct Lookups {
    struct Members {
        NameIndex<model::Column, std::string, &model::Column::name> columns;
        NameIndex<model::Constraint, std::string, &model::Constraint::name> constraints;
        NameIndex<model::Index, std::string, &model::Index::name> indexes;
    };
    std::map<model::QualifiedName, Members> tables;
    NameIndex<model::Sequence, model::QualifiedName, &model::Sequence::name> sequences;
    NameIndex<model::EnumType, model::QualifiedName, &model::EnumType::name> enums;
    NameIndex<model::Namespace, std::string, &model::Namespace::name> namespaces;
    NameIndex<model::Extension, std::string, &model::Extension::name> extensions;
    /// Ordered: DROP FUNCTION f without arguments looks for every "function public.f(" id.
    NameIndex<model::SchemaObject, std::string, &model::SchemaObject::id, std::map<std::string, size_t>> objects;
};

}  // namespace schemadiff::parser
