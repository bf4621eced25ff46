// TypeName -> the spelling format_type() prints, so parsed and introspected column types compare as text.
#include <fmt/format.h>

#include <map>
#include <set>

#include "schemadiff/core/identifier.hpp"
#include "transform.hpp"

namespace schemadiff::parser {

namespace {

// Internal name -> format_type() name, for the built-in types whose two spellings differ.
const std::map<std::string, std::string, std::less<>> kBuiltinNames = {
    {"int2", "smallint"},
    {"int4", "integer"},
    {"int8", "bigint"},
    {"float4", "real"},
    {"float8", "double precision"},
    {"bool", "boolean"},
    {"varchar", "character varying"},
    {"bpchar", "character"},
    {"timestamp", "timestamp without time zone"},
    {"timestamptz", "timestamp with time zone"},
    {"time", "time without time zone"},
    {"timetz", "time with time zone"},
    {"varbit", "bit varying"},
    {"decimal", "numeric"},
    {"bit", "bit"},
    {"numeric", "numeric"},
};

// Interval field masks (PostgreSQL's datetime.h: MONTH=1, YEAR=2, DAY=3, HOUR=10, MINUTE=11, SECOND=12).
constexpr int kMonth = 1 << 1, kYear = 1 << 2, kDay = 1 << 3, kHour = 1 << 10, kMinute = 1 << 11, kSecond = 1 << 12;
constexpr int kIntervalFullRange = 0x7FFF;

auto interval_fields(int mask) -> std::string {
    static const std::map<int, std::string> kFields = {
        {kYear, " year"},
        {kMonth, " month"},
        {kDay, " day"},
        {kHour, " hour"},
        {kMinute, " minute"},
        {kSecond, " second"},
        {kYear | kMonth, " year to month"},
        {kDay | kHour, " day to hour"},
        {kDay | kHour | kMinute, " day to minute"},
        {kDay | kHour | kMinute | kSecond, " day to second"},
        {kHour | kMinute, " hour to minute"},
        {kHour | kMinute | kSecond, " hour to second"},
        {kMinute | kSecond, " minute to second"},
    };
    auto it = kFields.find(mask);
    return it == kFields.end() ? std::string() : it->second;
}

auto integer_typmods(const PgQuery__TypeName* type, TransformContext& ctx) -> std::vector<long> {
    std::vector<long> values;
    for (size_t mod_idx = 0; mod_idx < type->n_typmods; ++mod_idx) {
        const PgQuery__Node* node = type->typmods[mod_idx];
        if (node->node_case == PG_QUERY__NODE__NODE_A_CONST &&
            node->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL) {
            values.push_back(node->a_const->ival->ival);
        } else {
            throw ctx.error(ErrorKind::Unsupported, type->location, "type modifiers must be integer constants");
        }
    }
    return values;
}

auto base_name(const PgQuery__TypeName* type) -> std::pair<std::string, std::string> {
    auto names = names_of(type->names, type->n_names);
    std::string schema = names.size() >= 2 ? names[names.size() - 2] : "";
    return {schema, names.empty() ? "" : names.back()};
}

}  // namespace

auto is_catalog_type(std::string_view name) -> bool {
    static const std::set<std::string_view, std::less<>> kCatalogTypes = {
#include "pg_catalog_types.inc"
    };
    return kCatalogTypes.count(name) != 0;
}

auto serial_base_type(const PgQuery__TypeName* type) -> std::string {
    if (type->n_names != 1 || type->n_array_bounds != 0) return {};
    std::string name = node_string(type->names[0]);
    if (name == "serial" || name == "serial4") return "integer";
    if (name == "bigserial" || name == "serial8") return "bigint";
    if (name == "smallserial" || name == "serial2") return "smallint";
    return {};
}

auto format_type_name(const PgQuery__TypeName* type, TransformContext& ctx) -> std::string {
    if (type->pct_type) throw ctx.error(ErrorKind::Unsupported, type->location, "%TYPE is not supported");
    if (type->setof) throw ctx.error(ErrorKind::Unsupported, type->location, "SETOF is not a column type");
    auto [schema, name] = base_name(type);
    auto typmods = integer_typmods(type, ctx);
    std::string out;
    // A schema file is read with search_path = public, where pg_catalog comes first: an unqualified name is a
    // built-in type when pg_catalog has one of that name, else a type of public.
    bool builtin = schema == "pg_catalog" || (schema.empty() && is_catalog_type(name));
    if (schema.empty() && !builtin) schema = "public";
    auto mapped = builtin ? kBuiltinNames.find(name) : kBuiltinNames.end();
    if (mapped != kBuiltinNames.end()) {
        const std::string& display = mapped->second;
        if (name == "numeric" || name == "decimal") {
            if (typmods.size() == 1) typmods.push_back(0);  // numeric(p) is numeric(p,0)
            out = typmods.empty() ? display : fmt::format("{}({},{})", display, typmods[0], typmods[1]);
        } else if (name == "timestamp" || name == "timestamptz" || name == "time" || name == "timetz") {
            // "timestamp(3) with time zone": the precision goes after the first word.
            std::string word = display.substr(0, display.find(' '));
            std::string rest = display.substr(word.size());
            out = typmods.empty() ? display : fmt::format("{}({}){}", word, typmods[0], rest);
        } else {
            out = typmods.empty() ? display : fmt::format("{}({})", display, typmods[0]);
        }
    } else if (builtin && name == "interval") {
        out = "interval";
        if (!typmods.empty()) {
            int mask = static_cast<int>(typmods[0]);
            if (mask != kIntervalFullRange) {
                std::string fields = interval_fields(mask);
                if (fields.empty()) throw ctx.error(ErrorKind::Unsupported, type->location, "unknown interval fields");
                out += fields;
            }
            if (typmods.size() >= 2) out += fmt::format("({})", typmods[1]);
        }
    } else {
        // Built-in types print unqualified, every other one qualified (the introspector reads with an empty
        // search_path).
        out = builtin ? quote_ident(name) : quote_qualified(schema, name);
        if (!typmods.empty()) {
            std::vector<std::string> parts;
            for (long value : typmods) parts.push_back(std::to_string(value));
            out += fmt::format("({})", fmt::join(parts, ","));
        }
    }
    if (type->n_array_bounds > 0) out += "[]";
    return out;
}

auto collation_name(const PgQuery__CollateClause* clause) -> std::string {
    auto names = names_of(clause->collname, clause->n_collname);
    std::string collation = names.empty() ? "" : names.back();
    if (names.size() >= 2 && names[names.size() - 2] != "pg_catalog")
        collation = names[names.size() - 2] + "." + collation;
    return collation == "default" ? "" : collation;
}

}  // namespace schemadiff::parser
