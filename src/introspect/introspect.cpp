// Reads the catalog: one set-based query per object kind, in one REPEATABLE READ READ ONLY snapshot, and fills the
// model directly (the introspector is an adapter: it interprets nothing the normaliser should).
#include "schemadiff/introspect/introspect.hpp"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "connection.hpp"
#include "schemadiff/core/error.hpp"
#include "schemadiff_queries.hpp"

namespace schemadiff::introspect {

namespace {

auto text(const pqxx::field& field) -> std::string {
    return field.is_null() ? std::string() : field.c_str();
}
auto optional_text(const pqxx::field& field) -> std::optional<std::string> {
    if (field.is_null()) return std::nullopt;
    return std::string(field.c_str());
}
auto flag(const pqxx::field& field) -> bool {
    return !field.is_null() && field.as<bool>();
}
auto number(const pqxx::field& field) -> int64_t {
    return field.as<int64_t>();
}

auto run(pqxx::transaction_base& work, std::string_view query, const char* what) -> pqxx::result {
    try {
        return work.exec(std::string(query));
    } catch (const pqxx::sql_error& failure) {
        std::string message = failure.what();
        while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
        throw Error(ErrorKind::Catalog, fmt::format("reading {} from the catalog of {}: {}", what,
                                                    describe_connection(work.conn()), message));
    }
}

auto sequence_options(const pqxx::row& row, const char* prefix) -> model::SequenceOptions {
    auto col = [&](const char* name) { return row[std::string(prefix) + name]; };
    model::SequenceOptions options;
    options.data_type = text(col("type"));
    options.start = number(col("start"));
    options.increment = number(col("increment"));
    options.min_value = number(col("min"));
    options.max_value = number(col("max"));
    options.cache = number(col("cache"));
    options.cycle = flag(col("cycle"));
    return options;
}

/// pg_get_constraintdef appends " NOT VALID"; the model keeps validity apart from the definition.
auto strip_not_valid(std::string definition) -> std::string {
    constexpr std::string_view kSuffix = " NOT VALID";
    if (definition.size() > kSuffix.size() &&
        definition.compare(definition.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0) {
        definition.resize(definition.size() - kSuffix.size());
    }
    return definition;
}

auto constraint_kind(const std::string& type) -> model::ConstraintKind {
    if (type == "p") return model::ConstraintKind::PrimaryKey;
    if (type == "u") return model::ConstraintKind::Unique;
    if (type == "f") return model::ConstraintKind::ForeignKey;
    if (type == "x") return model::ConstraintKind::Exclude;
    return model::ConstraintKind::Check;
}

void read_all(pqxx::transaction_base& work, model::Schema& schema,
              std::map<model::QualifiedName, model::TableSize>* sizes) {
    for (const auto& row : run(work, queries::kQuerySchemas, "schemas")) {
        std::string name = text(row["name"]);
        if (name == "public") continue;
        schema.namespaces.push_back({name, optional_text(row["comment"])});
    }
    for (const auto& row : run(work, queries::kQueryExtensions, "extensions")) {
        schema.extensions.push_back({text(row["name"]), text(row["schema"]), std::nullopt});
    }
    for (const auto& row : run(work, queries::kQueryEnums, "enum types")) {
        model::EnumType type{{text(row["schema"]), text(row["name"])}, {}, optional_text(row["comment"])};
        if (!row["labels"].is_null()) {  // an enum without labels has none to aggregate
            for (const auto& label : nlohmann::json::parse(text(row["labels"]))) type.labels.push_back(label);
        }
        schema.enums.push_back(std::move(type));
    }
    for (const auto& row : run(work, queries::kQuerySequences, "sequences")) {
        model::Sequence sequence;
        sequence.name = {text(row["schema"]), text(row["name"])};
        sequence.options.data_type = text(row["data_type"]);
        sequence.options.start = number(row["start"]);
        sequence.options.increment = number(row["increment"]);
        sequence.options.min_value = number(row["min_value"]);
        sequence.options.max_value = number(row["max_value"]);
        sequence.options.cache = number(row["cache"]);
        sequence.options.cycle = flag(row["cycle"]);
        if (!row["owner_table"].is_null()) {
            sequence.owned_by_table = model::QualifiedName{text(row["owner_schema"]), text(row["owner_table"])};
            sequence.owned_by_column = text(row["owner_column"]);
        }
        sequence.comment = optional_text(row["comment"]);
        schema.sequences.push_back(std::move(sequence));
    }
    std::map<model::QualifiedName, size_t> table_index;
    for (const auto& row : run(work, queries::kQueryTables, "tables")) {
        model::Table table;
        table.name = {text(row["schema"]), text(row["name"])};
        table.unlogged = flag(row["unlogged"]);
        table.partition_by = text(row["partition_by"]);
        table.comment = optional_text(row["comment"]);
        table_index[table.name] = schema.tables.size();
        schema.tables.push_back(std::move(table));
    }
    if (sizes != nullptr) {
        for (const auto& row : run(work, queries::kQueryTableSizes, "table sizes")) {
            (*sizes)[{text(row["schema"]), text(row["name"])}] =
                model::TableSize{row["rows"].as<double>(), row["bytes"].as<int64_t>()};
        }
    }
    auto table_of = [&](const pqxx::row& row) -> model::Table* {
        auto it = table_index.find({text(row["schema"]), text(row["table_name"])});
        return it == table_index.end() ? nullptr : &schema.tables[it->second];
    };
    for (const auto& row : run(work, queries::kQueryColumns, "columns")) {
        model::Table* table = table_of(row);
        if (table == nullptr) continue;
        model::Column column;
        column.name = text(row["name"]);
        column.type = text(row["type"]);
        column.not_null = flag(row["not_null"]);
        if (!row["default_value"].is_null()) column.default_value = model::Expression{text(row["default_value"]), {}};
        if (!row["generated"].is_null()) column.generated = model::Expression{text(row["generated"]), {}};
        std::string identity = text(row["identity"]);
        if (!identity.empty()) {
            column.identity = identity == "a" ? model::IdentityKind::Always : model::IdentityKind::ByDefault;
            if (!row["seq_type"].is_null()) column.identity_options = sequence_options(row, "seq_");
        }
        if (!row["collation"].is_null()) {
            std::string collation_schema = text(row["collation_schema"]);
            column.collation = text(row["collation"]);
            if (collation_schema != "pg_catalog") column.collation = collation_schema + "." + column.collation;
        }
        column.comment = optional_text(row["comment"]);
        table->columns.push_back(std::move(column));
    }
    for (const auto& row : run(work, queries::kQueryConstraints, "constraints")) {
        model::Table* table = table_of(row);
        if (table == nullptr) continue;
        model::Constraint constraint;
        constraint.name = text(row["name"]);
        constraint.kind = constraint_kind(text(row["type"]));
        constraint.definition.text = strip_not_valid(text(row["definition"]));
        constraint.validated = flag(row["validated"]);
        if (!row["ref_table"].is_null()) constraint.references = {text(row["ref_schema"]), text(row["ref_table"])};
        constraint.comment = optional_text(row["comment"]);
        table->constraints.push_back(std::move(constraint));
    }
    for (const auto& row : run(work, queries::kQueryIndexes, "indexes")) {
        model::Table* table = table_of(row);
        if (table == nullptr) continue;
        table->indexes.push_back(
            {text(row["name"]), model::Expression{text(row["definition"]), {}}, optional_text(row["comment"])});
    }
}

/// A `parts` column (objects.sql, grants.sql, object_comments.sql): a JSON object of strings, NULL members left out.
auto object_parts(const pqxx::field& field, std::string_view query) -> std::map<std::string, std::string> {
    std::map<std::string, std::string> parts;
    if (field.is_null()) return parts;
    nlohmann::json members;
    try {
        members = nlohmann::json::parse(field.c_str());
    } catch (const nlohmann::json::exception&) {
        // Only a SQL_ASCII database hands over text that is not UTF-8 (the others are converted).
        throw Error(ErrorKind::Unsupported,
                    fmt::format("{}: an object's definition holds bytes that are not UTF-8 (a SQL_ASCII database?); "
                                "schemadiff reads definitions as UTF-8",
                                query));
    }
    for (const auto& [name, value] : members.items()) {
        if (value.is_null()) continue;
        if (!value.is_string())
            throw Error(ErrorKind::Internal,
                        fmt::format("{} gave a part {} that is not text: {}", query, name, value.dump()));
        parts[name] = value.get<std::string>();
    }
    return parts;
}

/// The `facts` column of objects.sql: a JSON object of model::ObjectFacts members ({"not_valid": true}), or NULL.
auto object_facts(const pqxx::field& field) -> model::ObjectFacts {
    model::ObjectFacts facts;
    if (field.is_null()) return facts;
    static const std::map<std::string, bool model::ObjectFacts::*, std::less<>> kMembers = {
        {"not_valid", &model::ObjectFacts::not_valid}, {"drops_attribute", &model::ObjectFacts::drops_attribute},
        {"revoked", &model::ObjectFacts::revoked},     {"permissive_read", &model::ObjectFacts::permissive_read},
        {"disabled", &model::ObjectFacts::disabled},   {"no_data", &model::ObjectFacts::no_data},
    };
    nlohmann::json members = nlohmann::json::parse(field.c_str());  // outlives the loop over its items
    for (const auto& [name, value] : members.items()) {
        auto member = kMembers.find(name);
        if (member == kMembers.end() || !value.is_boolean()) {
            throw Error(ErrorKind::Internal,
                        fmt::format("objects.sql gave an unknown fact {}: {}", name, value.dump()));
        }
        facts.*(member->second) = value.get<bool>();
    }
    return facts;
}

/// Splits replace_key text into its lines.
auto lines_of(const std::string& text) -> std::vector<std::string> {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size() && !text.empty()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

/// Checks that `object`'s id reads as a model::ObjectId of its kind, the form the migration reader and the differ
/// build ids in: a query that spells an id otherwise is a bug that would make objects of two sides never meet.
void check_id_form(const model::SchemaObject& object, std::string_view query) {
    if (model::id_fits_kind(object.id, object.kind)) return;
    throw Error(ErrorKind::Internal, fmt::format("{} gave {} the id {}, which is not an id of that kind", query,
                                                 model::object_kind_name(object.kind), object.id));
}

/// Checks that an id of the dependency graph reads as a model::ObjectId.
auto checked_id(std::string id, std::string_view query) -> std::string {
    if (!model::ObjectId::parse(id))
        throw Error(ErrorKind::Internal, fmt::format("{} gave {}, which is not an object id", query, id));
    return id;
}

void read_objects(pqxx::transaction_base& work, model::Schema& schema) {
    for (const auto& row : run(work, queries::kQueryObjects, "views, functions, triggers and other objects")) {
        model::SchemaObject object;
        auto kind = model::parse_object_kind(text(row["kind"]));
        if (!kind) throw Error(ErrorKind::Internal, "unknown object kind " + text(row["kind"]));
        object.kind = *kind;
        object.id = text(row["id"]);
        check_id_form(object, "objects.sql");
        object.subject = text(row["subject"]);
        if (!row["table_name"].is_null())
            object.table = model::QualifiedName{text(row["table_schema"]), text(row["table_name"])};
        object.parts = object_parts(row["parts"], "objects.sql");
        object.replace_key = lines_of(text(row["replace_key"]));
        object.key = text(row["compare_key"]);
        object.facts = object_facts(row["facts"]);
        schema.objects.push_back(std::move(object));
    }
    // Comments and privileges are atoms that depend on the object they describe.
    for (const auto& row : run(work, queries::kQueryObjectComments, "comments on objects")) {
        model::SchemaObject comment;
        comment.kind = model::ObjectKind::Comment;
        comment.id = text(row["id"]);
        check_id_form(comment, "object_comments.sql");
        comment.subject = model::ObjectId::read(text(row["object_id"])).body();
        comment.parts = object_parts(row["parts"], "object_comments.sql");
        schema.dependencies[comment.id].push_back(text(row["object_id"]));
        schema.objects.push_back(std::move(comment));
    }
    for (const auto& row : run(work, queries::kQueryGrants, "privileges")) {
        model::SchemaObject grant;
        grant.kind = text(row["kind"]) == "grant" ? model::ObjectKind::Grant : model::ObjectKind::DefaultPrivilege;
        grant.id = text(row["id"]);
        check_id_form(grant, "grants.sql");
        grant.subject = text(row["subject"]);
        grant.parts = object_parts(row["parts"], "grants.sql");
        grant.facts.revoked = flag(row["revoked"]);
        // GRANT again with or without GRANT OPTION: revoke first (drop and create).
        if (!row["object_id"].is_null()) schema.dependencies[grant.id].push_back(text(row["object_id"]));
        schema.objects.push_back(std::move(grant));
    }
    // Hash joins whatever the statistics say: a database loaded a moment ago has none on its catalogs, and the
    // planner's one-row guesses would nest loops over every edge (dependencies.sql).
    work.exec("SET LOCAL enable_nestloop = off");
    for (const auto& row : run(work, queries::kQueryDependencies, "dependencies")) {
        schema.dependencies[checked_id(text(row["dependent"]), "dependencies.sql")].push_back(
            checked_id(text(row["dependency"]), "dependencies.sql"));
    }
    work.exec("RESET enable_nestloop");
    // Atoms that are not catalog objects of their own depend on what they modify.
    for (const auto& object : schema.objects) {
        for (auto& dependency : model::implied_dependencies(object)) {
            schema.dependencies[object.id].push_back(std::move(dependency));
        }
    }
}

}  // namespace

auto server_info(const std::string& conninfo) -> ServerInfo {
    auto connection = connect(conninfo);
    try {
        pqxx::nontransaction work(*connection);
        // Qualified: this session keeps whatever search_path the role or database sets.
        auto row = work.exec(
            "SELECT pg_catalog.current_setting('server_version_num')::int, "
            "pg_catalog.current_setting('server_version'), pg_catalog.current_database(), current_user, "
            "(SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)")[0];
        return ServerInfo{row[0].as<int>(), row[1].c_str(), row[2].c_str(), row[3].c_str(), flag(row[4])};
    } catch (const pqxx::broken_connection& failure) {
        throw Error(ErrorKind::Connection,
                    fmt::format("lost the connection to {}: {}", describe_target(conninfo), failure.what()));
    } catch (const pqxx::sql_error& failure) {
        throw Error(ErrorKind::Catalog, fmt::format("reading the server's version failed: {}", failure.what()));
    }
}

auto read_schema(const std::string& conninfo, const ReadOptions& options) -> Introspection {
    auto connection = connect(conninfo);
    Introspection out;
    translating_failures(describe_target(conninfo), "reading the catalog", [&] {
        pqxx::transaction<pqxx::isolation_level::repeatable_read, pqxx::readwrite_policy::read_only> work(*connection);
        // Catalog functions qualify every name outside the search path. With an empty one, every user object is
        // printed schema-qualified, so that the SQL written from it means the same whatever search_path the
        // migration runs under (a database or role may set one where `app.t` shadows `public.t`).
        work.exec("SET LOCAL search_path = ''");
        // The catalog queries are large and estimated expensive: JIT would spend seconds compiling them (measured: the
        // dependency query of 1,000 tables took 5.5 s with JIT, 1.6 s without). The catalogs are small; no JIT.
        work.exec("SET LOCAL jit = off");
        auto info = work.exec(
            "SELECT current_setting('server_version_num')::int, current_setting('server_version'), "
            "current_database(), current_user, "
            "(SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)")[0];
        out.server.version_num = info[0].as<int>();
        out.server.version = info[1].c_str();
        out.server.database = info[2].c_str();
        out.server.user = info[3].c_str();
        out.server.superuser = flag(info[4]);
        if (out.server.version_num < 130000) {
            throw Error(ErrorKind::Catalog,
                        fmt::format("PostgreSQL {} is not supported (13 or later is needed)", out.server.version));
        }
        read_all(work, out.schema, options.table_sizes ? &out.sizes : nullptr);
        read_objects(work, out.schema);
        work.commit();
    });
    out.schema.sort();
    return out;
}

}  // namespace schemadiff::introspect
