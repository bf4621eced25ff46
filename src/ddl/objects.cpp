// The statements of objects read from a database (model::SchemaObject::parts -> create / drop / replace): every DDL
// keyword of such an object is spelled here, around what the catalog printed. One case per kind; the compiler names a
// kind added to object_kinds.def without one (-Werror=switch).
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "schemadiff/core/identifier.hpp"
#include "schemadiff/ddl/ddl.hpp"

namespace schemadiff::ddl {

using namespace model;

namespace {

/// The object's part `name`, which its query always prints.
auto part(const SchemaObject& object, const char* name) -> const std::string& {
    auto it = object.parts.find(name);
    if (it == object.parts.end()) {
        throw Error(ErrorKind::Internal,
                    fmt::format("{} has no part \"{}\" to frame its statements with", object.id, name));
    }
    return it->second;
}
/// The part `name` if the query printed it (NULL in the catalog: left out).
auto optional_part(const SchemaObject& object, const char* name) -> const std::string* {
    auto it = object.parts.find(name);
    return it == object.parts.end() ? nullptr : &it->second;
}
/// `prefix` + the part `name` + `suffix` when the part is there, "" when it is not.
auto clause(const SchemaObject& object, const char* name, std::string_view prefix, std::string_view suffix = "")
    -> std::string {
    const std::string* value = optional_part(object, name);
    return value != nullptr ? fmt::format("{}{}{}", prefix, *value, suffix) : "";
}
auto is_true(const SchemaObject& object, const char* name) -> bool {
    const std::string* value = optional_part(object, name);
    return value != nullptr && *value == "true";
}

/// The keyword a catalog letter stands for; `otherwise` for a letter not listed.
auto word_for(const std::string& letter, std::initializer_list<std::pair<std::string_view, const char*>> words,
              const char* otherwise) -> const char* {
    for (const auto& [each, word] : words) {
        if (letter == each) return word;
    }
    return otherwise;
}

/// A trigger's or event trigger's state (pg_trigger.tgenabled / pg_event_trigger.evtenabled) other than the default.
auto trigger_state(const std::string& enabled) -> const char* {
    return word_for(enabled, {{"D", "DISABLE"}, {"R", "ENABLE REPLICA"}}, "ENABLE ALWAYS");
}

auto storage_word(const std::string& letter) -> const char* {  // pg_attribute.attstorage
    return word_for(letter, {{"p", "PLAIN"}, {"e", "EXTERNAL"}, {"m", "MAIN"}}, "EXTENDED");
}

/// pg_aggregate.aggfinalmodify / aggmfinalmodify.
auto modify_word(const std::string& letter) -> const char* {
    return word_for(letter, {{"r", "READ_ONLY"}, {"s", "SHAREABLE"}}, "READ_WRITE");
}

/// CREATE AGGREGATE's option list, every option the catalog holds, in the order of the documentation.
auto aggregate_options(const SchemaObject& object) -> std::string {
    std::vector<std::string> out;
    auto add = [&](const char* name, std::string_view keyword) {
        if (const std::string* value = optional_part(object, name))
            out.push_back(fmt::format("{} = {}", keyword, *value));
    };
    auto flag = [&](const char* name, std::string_view keyword) {
        if (is_true(object, name)) out.emplace_back(keyword);
    };
    auto literal = [&](const char* name, std::string_view keyword) {
        if (const std::string* value = optional_part(object, name))
            out.push_back(fmt::format("{} = {}", keyword, quote_literal(*value)));
    };
    auto modify = [&](const char* name, std::string_view keyword) {
        if (const std::string* value = optional_part(object, name))
            out.push_back(fmt::format("{} = {}", keyword, modify_word(*value)));
    };
    add("sfunc", "SFUNC");
    add("stype", "STYPE");
    add("sspace", "SSPACE");
    add("finalfunc", "FINALFUNC");
    flag("finalfunc_extra", "FINALFUNC_EXTRA");
    modify("finalfunc_modify", "FINALFUNC_MODIFY");
    add("combinefunc", "COMBINEFUNC");
    add("serialfunc", "SERIALFUNC");
    add("deserialfunc", "DESERIALFUNC");
    literal("initcond", "INITCOND");
    add("msfunc", "MSFUNC");
    add("minvfunc", "MINVFUNC");
    add("mstype", "MSTYPE");
    add("msspace", "MSSPACE");
    add("mfinalfunc", "MFINALFUNC");
    flag("mfinalfunc_extra", "MFINALFUNC_EXTRA");
    modify("mfinalfunc_modify", "MFINALFUNC_MODIFY");
    literal("minitcond", "MINITCOND");
    if (const std::string* op = optional_part(object, "sortop")) {
        out.push_back(fmt::format("SORTOP = OPERATOR({}.{})", quote_ident(part(object, "sortop_schema")), *op));
    }
    flag("hypothetical", "HYPOTHETICAL");
    const std::string& parallel = part(object, "parallel");
    out.push_back(fmt::format("PARALLEL = {}", word_for(parallel, {{"s", "SAFE"}, {"r", "RESTRICTED"}}, "UNSAFE")));
    return fmt::format("{}", fmt::join(out, ", "));
}

/// GRANT / REVOKE of a privilege on an object (grants.sql), or ALTER DEFAULT PRIVILEGES (the same, for objects
/// created later). A revoked atom (ObjectFacts::revoked) is created by the REVOKE and dropped by the GRANT.
void frame_privilege(SchemaObject& object, bool defaults) {
    const std::string* grantee = optional_part(object, "grantee");
    std::string to = grantee != nullptr ? quote_ident(*grantee) : "PUBLIC";
    std::string grant_option = is_true(object, "grantable") ? " WITH GRANT OPTION" : "";
    const std::string& privilege = part(object, "privilege");
    std::string grant, revoke;
    if (defaults) {
        const std::string& objects = part(object, "objects");  // pg_default_acl.defaclobjtype
        const char* word =
            word_for(objects, {{"r", "TABLES"}, {"S", "SEQUENCES"}, {"f", "FUNCTIONS"}, {"T", "TYPES"}}, "SCHEMAS");
        const std::string* schema = optional_part(object, "schema");
        std::string scope = fmt::format("ALTER DEFAULT PRIVILEGES FOR ROLE {}{}", quote_ident(part(object, "role")),
                                        schema != nullptr ? " IN SCHEMA " + quote_ident(*schema) : "");
        grant = fmt::format("{} GRANT {} ON {} TO {}{}", scope, privilege, word, to, grant_option);
        revoke = fmt::format("{} REVOKE {} ON {} FROM {}", scope, privilege, word, to);
    } else {
        const std::string* column = optional_part(object, "column");
        std::string on = fmt::format("{} ON {} {}", column != nullptr ? fmt::format(" ({})", quote_ident(*column)) : "",
                                     part(object, "keyword"), part(object, "target"));
        grant = fmt::format("GRANT {}{} TO {}{}", privilege, on, to, grant_option);
        revoke = fmt::format("REVOKE {}{} FROM {}", privilege, on, to);
    }
    object.create = object.facts.revoked ? revoke : grant;
    object.drop = object.facts.revoked ? grant : revoke;
}

/// What COMMENT ON names: the object of the comment's inner id ("TRIGGER tr ON s.t", "CONSTRAINT c ON DOMAIN s.d").
auto comment_target(const SchemaObject& comment, const ObjectId& on) -> std::string {
    std::string name = on.name.sql();
    std::string_view word = on.word;
    if (word == "view")
        return fmt::format("{} {}", is_true(comment, "materialized") ? "MATERIALIZED VIEW" : "VIEW", name);
    if (word == "view-column") return fmt::format("COLUMN {}.{}", name, quote_ident(on.member));
    if (word == "function") {
        return fmt::format("{} {}({})", is_true(comment, "procedure") ? "PROCEDURE" : "FUNCTION", name,
                           part(comment, "identity_arguments"));
    }
    if (word == "trigger") return fmt::format("TRIGGER {} ON {}", quote_ident(on.member), name);
    if (word == "policy") return fmt::format("POLICY {} ON {}", quote_ident(on.member), name);
    if (word == "type") return fmt::format("{} {}", is_true(comment, "domain") ? "DOMAIN" : "TYPE", name);
    if (word == "domain-constraint") return fmt::format("CONSTRAINT {} ON DOMAIN {}", quote_ident(on.member), name);
    if (word == "collation") return "COLLATION " + name;
    if (word == "statistics") return "STATISTICS " + name;
    if (word == "event-trigger") return "EVENT TRIGGER " + quote_ident(on.name.name);
    throw Error(ErrorKind::Internal, fmt::format("{}: no COMMENT ON form for a {}", comment.id, word));
}

void frame(SchemaObject& object) {
    ObjectId id = ObjectId::read(object.id);
    std::string name = id.name.sql();  // the object, or the table (view, domain) it is a member of
    auto same_replace = [&] { object.replace = object.create; };
    switch (object.kind) {
        case ObjectKind::View: {
            std::string rest =
                fmt::format("{}{} AS\n{}", name, clause(object, "options", " WITH (", ")"), part(object, "query"));
            object.create = "CREATE VIEW " + rest;
            object.drop = "DROP VIEW " + name;
            object.replace = "CREATE OR REPLACE VIEW " + rest;
            return;
        }
        case ObjectKind::ViewColumnDefault: {
            std::string column = fmt::format("ALTER VIEW {} ALTER COLUMN {}", name, quote_ident(id.member));
            object.create = fmt::format("{} SET DEFAULT {}", column, part(object, "expression"));
            object.drop = column + " DROP DEFAULT";
            return same_replace();
        }
        case ObjectKind::MaterializedView:
            // WITH [NO] DATA is how it is created, not what it is: the key leaves it out.
            object.key = fmt::format("CREATE MATERIALIZED VIEW {}{} AS\n{}", name,
                                     clause(object, "options", " WITH (", ")"), part(object, "query"));
            object.create = fmt::format("{}\nWITH {}DATA", object.key, object.facts.no_data ? "NO " : "");
            object.drop = "DROP MATERIALIZED VIEW " + name;
            return;
        case ObjectKind::MaterializedViewIndex:
            object.create = part(object, "definition");
            object.drop = "DROP INDEX " + name;
            return;
        case ObjectKind::Function:
        case ObjectKind::Procedure: {
            std::string callable = fmt::format("{}({})", name, part(object, "identity_arguments"));
            if (is_true(object, "aggregate")) {
                std::string rest =
                    fmt::format("{}({}) ({})", name, part(object, "arguments"), aggregate_options(object));
                object.create = "CREATE AGGREGATE " + rest;
                object.drop = "DROP AGGREGATE " + callable;
                object.replace = "CREATE OR REPLACE AGGREGATE " + rest;
                return;
            }
            // A LANGUAGE sql body (not BEGIN ATOMIC) is checked when created: it may name tables created later.
            object.create =
                fmt::format("{}{}", is_true(object, "unchecked_body") ? "SET LOCAL check_function_bodies = off;\n" : "",
                            part(object, "definition"));
            object.drop =
                fmt::format("DROP {} {}", object.kind == ObjectKind::Procedure ? "PROCEDURE" : "FUNCTION", callable);
            return same_replace();
        }
        case ObjectKind::Trigger:
            object.create = part(object, "definition");
            object.drop = fmt::format("DROP TRIGGER {} ON {}", quote_ident(id.member), name);
            return;
        case ObjectKind::TriggerState:
            object.create = fmt::format("ALTER TABLE {} {} TRIGGER {}", name, trigger_state(part(object, "enabled")),
                                        quote_ident(id.member));
            object.drop = fmt::format("ALTER TABLE {} ENABLE TRIGGER {}", name, quote_ident(id.member));
            return same_replace();
        case ObjectKind::Policy: {
            const std::string& command = part(object, "command");  // pg_policy.polcmd
            const char* command_word =
                word_for(command, {{"r", "SELECT"}, {"a", "INSERT"}, {"w", "UPDATE"}, {"d", "DELETE"}}, "ALL");
            std::string policy = fmt::format("{} ON {}", quote_ident(id.member), name);
            std::string to = fmt::format("TO {}{}{}", part(object, "roles"), clause(object, "using", " USING (", ")"),
                                         clause(object, "with_check", " WITH CHECK (", ")"));
            object.create = fmt::format("CREATE POLICY {} AS {} FOR {} {}", policy,
                                        is_true(object, "permissive") ? "PERMISSIVE" : "RESTRICTIVE", command_word, to);
            object.drop = "DROP POLICY " + policy;
            object.replace = fmt::format("ALTER POLICY {} {}", policy, to);
            return;
        }
        case ObjectKind::RowSecurity:
            object.create = fmt::format("ALTER TABLE {} ENABLE ROW LEVEL SECURITY", name);
            object.drop = fmt::format("ALTER TABLE {} DISABLE ROW LEVEL SECURITY", name);
            return;
        case ObjectKind::ForceRowSecurity:
            object.create = fmt::format("ALTER TABLE {} FORCE ROW LEVEL SECURITY", name);
            object.drop = fmt::format("ALTER TABLE {} NO FORCE ROW LEVEL SECURITY", name);
            return;
        case ObjectKind::Domain:
            object.create = fmt::format("CREATE DOMAIN {} AS {}{}", name, part(object, "base"),
                                        clause(object, "collation", " COLLATE "));
            object.drop = "DROP DOMAIN " + name;
            return;
        case ObjectKind::DomainDefault:
            object.create = fmt::format("ALTER DOMAIN {} SET DEFAULT {}", name, part(object, "expression"));
            object.drop = fmt::format("ALTER DOMAIN {} DROP DEFAULT", name);
            return same_replace();
        case ObjectKind::DomainNotNull:
            object.create = fmt::format("ALTER DOMAIN {} SET NOT NULL", name);
            object.drop = fmt::format("ALTER DOMAIN {} DROP NOT NULL", name);
            return;
        case ObjectKind::DomainConstraint:
            object.create = fmt::format("ALTER DOMAIN {} ADD CONSTRAINT {} {}", name, quote_ident(id.member),
                                        part(object, "definition"));
            object.drop = fmt::format("ALTER DOMAIN {} DROP CONSTRAINT {}", name, quote_ident(id.member));
            return;
        case ObjectKind::CompositeType:  // a type without attributes prints none
            object.create = fmt::format("CREATE TYPE {} AS ({})", name,
                                        optional_part(object, "attributes") ? part(object, "attributes") : "");
            object.drop = "DROP TYPE " + name;
            return;
        case ObjectKind::RangeType:
            object.create = fmt::format(
                "CREATE TYPE {} AS RANGE (subtype = {}{}{}{}{}{})", name, part(object, "subtype"),
                clause(object, "subtype_opclass", ", subtype_opclass = "),
                clause(object, "collation", ", collation = "), clause(object, "canonical", ", canonical = "),
                clause(object, "subtype_diff", ", subtype_diff = "),
                clause(object, "multirange_type_name", ", multirange_type_name = "));
            object.drop = "DROP TYPE " + name;
            return;
        case ObjectKind::Collation: {
            auto literal = [&](const char* each) {
                const std::string* value = optional_part(object, each);
                return value != nullptr ? quote_literal(*value) : std::string("NULL");
            };
            const std::string& provider = part(object, "provider");  // pg_collation.collprovider
            std::string how = provider == "i"   ? "provider = icu, locale = " + literal("locale")
                              : provider == "b" ? "provider = builtin, locale = " + literal("locale")
                                                : fmt::format("provider = libc, lc_collate = {}, lc_ctype = {}",
                                                              literal("lc_collate"), literal("lc_ctype"));
            object.create = fmt::format("CREATE COLLATION {} ({}, deterministic = {})", name, how,
                                        is_true(object, "deterministic") ? "true" : "false");
            object.drop = "DROP COLLATION " + name;
            return;
        }
        case ObjectKind::Statistics: {
            const std::string& target = part(object, "target");  // -1: the columns' own
            std::string set = fmt::format("ALTER STATISTICS {} SET STATISTICS {}", name, target);
            object.create = part(object, "definition") + (target.starts_with('-') ? "" : ";\n" + set);
            object.drop = "DROP STATISTICS " + name;
            object.replace = set;
            return;
        }
        case ObjectKind::EventTrigger: {
            std::vector<std::string> tags;
            if (const std::string* lines = optional_part(object, "tags")) {
                for (size_t start = 0; start <= lines->size();) {
                    size_t end = std::min(lines->find('\n', start), lines->size());
                    tags.push_back(quote_literal(lines->substr(start, end - start)));
                    start = end + 1;
                }
            }
            std::string name_sql = quote_ident(id.name.name);
            object.create = fmt::format(
                "CREATE EVENT TRIGGER {} ON {}{} EXECUTE FUNCTION {}()", name_sql, part(object, "event"),
                tags.empty() ? "" : fmt::format(" WHEN TAG IN ({})", fmt::join(tags, ", ")), part(object, "function"));
            object.drop = "DROP EVENT TRIGGER " + name_sql;
            return;
        }
        case ObjectKind::EventTriggerState: {
            std::string name_sql = quote_ident(id.name.name);
            object.create = fmt::format("ALTER EVENT TRIGGER {} {}", name_sql, trigger_state(part(object, "enabled")));
            object.drop = fmt::format("ALTER EVENT TRIGGER {} ENABLE", name_sql);
            return same_replace();
        }
        case ObjectKind::TableOption:  // the member is the option as PostgreSQL stores it (toast.fillfactor)
            object.create = fmt::format("ALTER TABLE {} SET ({}={})", name, id.member, part(object, "value"));
            object.drop = fmt::format("ALTER TABLE {} RESET ({})", name, id.member);
            return same_replace();
        case ObjectKind::ColumnStorage: {
            std::string column = fmt::format("ALTER TABLE {} ALTER COLUMN {}", name, quote_ident(id.member));
            object.create = fmt::format("{} SET STORAGE {}", column, storage_word(part(object, "storage")));
            object.drop = fmt::format("{} SET STORAGE {}", column, storage_word(part(object, "type_storage")));
            return same_replace();
        }
        case ObjectKind::ColumnCompression: {
            std::string column = fmt::format("ALTER TABLE {} ALTER COLUMN {}", name, quote_ident(id.member));
            object.create =
                fmt::format("{} SET COMPRESSION {}", column, part(object, "compression") == "l" ? "lz4" : "pglz");
            object.drop = column + " SET COMPRESSION DEFAULT";
            return same_replace();
        }
        case ObjectKind::ColumnStatistics: {
            std::string column = fmt::format("ALTER TABLE {} ALTER COLUMN {}", name, quote_ident(id.member));
            object.create = fmt::format("{} SET STATISTICS {}", column, part(object, "target"));
            object.drop = column + " SET STATISTICS -1";
            return same_replace();
        }
        case ObjectKind::Partition: {  // the id names the partition, `table` the partitioned table
            if (!object.table) throw Error(ErrorKind::Internal, object.id + " names no partitioned table");
            object.create =
                fmt::format("ALTER TABLE {} ATTACH PARTITION {} {}", object.table->sql(), name, part(object, "bound"));
            object.drop = fmt::format("ALTER TABLE {} DETACH PARTITION {}", object.table->sql(), name);
            return;
        }
        case ObjectKind::Inheritance:  // the id names the child, then the parent
            object.create = fmt::format("ALTER TABLE {} INHERIT {}", name, id.other.sql());
            object.drop = fmt::format("ALTER TABLE {} NO INHERIT {}", name, id.other.sql());
            return;
        case ObjectKind::Grant:
            return frame_privilege(object, false);
        case ObjectKind::DefaultPrivilege:
            return frame_privilege(object, true);
        case ObjectKind::Comment: {
            std::string on = fmt::format("COMMENT ON {} IS ", comment_target(object, ObjectId::read(id.rest)));
            object.create = on + quote_literal(part(object, "description"));
            object.drop = on + "NULL";
            return same_replace();
        }
    }
    throw Error(ErrorKind::Internal, fmt::format("no statements for {}", object.id));
}

}  // namespace

void frame_objects(Schema& schema) {
    for (auto& object : schema.objects) frame(object);
}

}  // namespace schemadiff::ddl
