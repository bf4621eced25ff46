// Helpers shared by the unit tests (tests/unit/*/*.cpp): typed model builders, the parse-and-normalise shortcut,
// catching a schemadiff::Error to check its kind and message, and a scratch folder that cleans up after itself.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "schemadiff/core/error.hpp"
#include "schemadiff/diff/diff.hpp"
#include "schemadiff/model/operation.hpp"
#include "schemadiff/parser/parse.hpp"
#include "schemadiff/planner/plan.hpp"

namespace schemadiff::testing {

using Strings = std::vector<std::string>;

/// public.<name>, or <schema>.<name>.
inline auto qname(std::string name, std::string schema = "public") -> model::QualifiedName {
    return {std::move(schema), std::move(name)};
}

inline auto column(std::string name, std::string type, bool not_null = false) -> model::Column {
    model::Column out;
    out.name = std::move(name);
    out.type = std::move(type);
    out.not_null = not_null;
    return out;
}

inline auto table(model::QualifiedName name, std::vector<model::Column> columns,
                  std::vector<model::Constraint> constraints = {}) -> model::Table {
    model::Table out;
    out.name = std::move(name);
    out.columns = std::move(columns);
    out.constraints = std::move(constraints);
    return out;
}

inline auto constraint(std::string name, model::ConstraintKind kind, std::string definition) -> model::Constraint {
    model::Constraint out;
    out.name = std::move(name);
    out.kind = kind;
    out.definition = {std::move(definition), {}};
    return out;
}

/// FOREIGN KEY (<column>) REFERENCES <references>(id).
inline auto foreign_key(std::string name, const std::string& column, model::QualifiedName references)
    -> model::Constraint {
    model::Constraint out = constraint(std::move(name), model::ConstraintKind::ForeignKey,
                                       "FOREIGN KEY (" + column + ") REFERENCES " + references.sql() + "(id)");
    out.references = std::move(references);
    return out;
}

/// `column` with a DEFAULT whose text is `text` (as pg_get_expr prints it).
inline auto with_default(model::Column column, std::string text) -> model::Column {
    column.default_value = model::Expression{std::move(text), {}};
    return column;
}

/// An index whose definition is the whole CREATE INDEX statement, as pg_get_indexdef prints it.
inline auto index(std::string name, std::string definition) -> model::Index {
    return {std::move(name), {std::move(definition), {}}, std::nullopt};
}

/// The schema a declarative file declares, normalised as every model is before a diff.
inline auto parse_normalized(const std::string& sql) -> model::Schema {
    model::Schema schema = parser::parse_schema_text(sql, "test.sql");
    parser::normalize(schema);
    return schema;
}

/// The operations that turn the schema declared by `from` into the one declared by `to`.
inline auto diff_sql(const std::string& from, const std::string& to) -> std::vector<model::Operation> {
    return diff::compare(parse_normalized(from), parse_normalized(to));
}

/// The one table of `schema` (a copy: the schema is often a temporary).
inline auto only_table(const model::Schema& schema) -> model::Table {
    REQUIRE(schema.tables.size() == 1);
    return schema.tables[0];
}

/// kind_name of each operation, in order: the shape of a diff at a glance.
inline auto kinds(const std::vector<model::Operation>& operations) -> Strings {
    Strings out;
    for (const auto& operation : operations) out.emplace_back(model::kind_name(operation));
    return out;
}
/// kind_name of each step, in order: the shape of (one part of) a plan.
inline auto kinds(const std::vector<planner::Step>& steps) -> Strings {
    Strings out;
    for (const auto& step : steps) out.emplace_back(model::kind_name(step.operation));
    return out;
}

/// Every step of a plan, in execution order.
inline auto all_steps(const planner::Plan& plan) -> std::vector<planner::Step> {
    std::vector<planner::Step> out;
    for (const auto* step : plan.steps()) out.push_back(*step);
    return out;
}

/// Runs `action` and returns the schemadiff::Error it throws; fails the test when it throws none.
template <typename Action>
auto error_of(Action&& action) -> Error {
    try {
        action();
    } catch (const Error& error) {
        return error;
    }
    FAIL("expected a schemadiff::Error, but nothing was thrown");
    return Error(ErrorKind::Internal, "unreachable");
}

/// A file's whole content ("" when it cannot be read).
inline auto read_text(const std::filesystem::path& path) -> std::string {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// The names of the entries of a folder, sorted.
inline auto files_in(const std::filesystem::path& folder) -> std::vector<std::string> {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

/// A fresh folder under the system temp directory, removed with everything in it when the test ends.
class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "schemadiff-unit-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path_ = pattern;
    }
    TempDir(const TempDir&) = delete;
    auto operator=(const TempDir&) -> TempDir& = delete;
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    auto path() const -> const std::filesystem::path& { return path_; }
    /// Writes `text` to `relative` below the folder (creating folders on the way) and returns its path.
    auto write(const std::string& relative, const std::string& text) const -> std::filesystem::path {
        std::filesystem::path file = path_ / relative;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out << text;
        return file;
    }

private:
    std::filesystem::path path_;
};

}  // namespace schemadiff::testing
