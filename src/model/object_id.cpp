// model::ObjectId: the one printer and the one reader of object ids (schema.hpp says what an id is).
#include <fmt/format.h>

#include <array>

#include "schemadiff/core/identifier.hpp"
#include "schemadiff/model/schema.hpp"

namespace schemadiff::model {

namespace {

struct Word {
    std::string_view word;
    IdShape shape;
};

/// The words of the relational model (tables and their members, sequences, types, schemas, extensions) and of
/// privileges, which are not object kinds. The kinds' own words come from object_kinds.def.
constexpr std::array kRelationalWords = std::to_array<Word>({
    {"table", IdShape::Name},
    {"column", IdShape::Member},
    {"view-column", IdShape::Member},  // a view's column (comments on it)
    {"default", IdShape::Member},
    {"constraint", IdShape::Member},
    {"index", IdShape::Name},
    {"sequence", IdShape::Name},
    {"type", IdShape::Name},
    {"schema", IdShape::Single},
    {"extension", IdShape::Single},
    {"grant", IdShape::Opaque},
    {"revoke", IdShape::Opaque},
});

/// `word` in static storage with its shape.
auto find_word(std::string_view word) -> std::optional<Word> {
    for (const auto& each : kRelationalWords) {
        if (each.word == word) return each;
    }
    for (const auto& kind : kObjectKinds) {
        if (!kind.id_word.empty() && kind.id_word == word) return Word{kind.id_word, kind.id_shape};
    }
    return std::nullopt;
}

auto known_word(std::string_view word) -> Word {
    auto found = find_word(word);
    if (!found) throw Error(ErrorKind::Internal, fmt::format("\"{}\" is not an object id word", word));
    return *found;
}

/// Reads identifiers as quote_ident prints them, from a position in an id.
struct Reader {
    std::string_view text;
    size_t at = 0;

    auto done() const -> bool { return at == text.size(); }
    auto eat(char c) -> bool {
        if (at < text.size() && text[at] == c) {
            ++at;
            return true;
        }
        return false;
    }
    auto identifier() -> std::optional<std::string> {
        std::string out;
        if (eat('"')) {
            while (at < text.size()) {
                char c = text[at++];
                if (c != '"') {
                    out += c;
                } else if (eat('"')) {
                    out += '"';
                } else {
                    return out;
                }
            }
            return std::nullopt;  // unterminated
        }
        while (at < text.size() && text[at] != '.' && text[at] != ' ' && text[at] != '(') out += text[at++];
        if (out.empty()) return std::nullopt;
        return out;
    }
    /// "s.n", or "n" (no schema) when `allow_bare`.
    auto qualified(bool allow_bare = true) -> std::optional<QualifiedName> {
        auto first = identifier();
        if (!first) return std::nullopt;
        size_t after_first = at;
        if (eat('.')) {
            if (auto second = identifier()) return QualifiedName{*first, *second};
            at = after_first;
        }
        if (!allow_bare) return std::nullopt;
        return QualifiedName{"", *first};
    }
};

}  // namespace

auto id_shape_of(std::string_view word) -> std::optional<IdShape> {
    if (auto found = find_word(word)) return found->shape;
    return std::nullopt;
}

auto id_fits_kind(std::string_view id, ObjectKind kind) -> bool {
    auto parsed = ObjectId::parse(id);
    if (!parsed) return false;
    std::string_view word = kind_traits(kind).id_word;
    if (kind == ObjectKind::Grant) return parsed->word == "grant" || parsed->word == "revoke";
    return parsed->word == word;
}

auto ObjectId::of(ObjectKind kind, QualifiedName name, std::string member) -> ObjectId {
    const KindTraits& traits = kind_traits(kind);
    if (traits.id_word.empty() || (traits.id_shape != IdShape::Name && traits.id_shape != IdShape::Member &&
                                   traits.id_shape != IdShape::Option)) {
        throw Error(ErrorKind::Internal, fmt::format("{} ids are not a name", traits.name));
    }
    if ((traits.id_shape == IdShape::Name) != member.empty()) {
        throw Error(ErrorKind::Internal,
                    fmt::format("a {} id takes {} member", traits.name, traits.id_shape == IdShape::Name ? "no" : "a"));
    }
    return ObjectId{
        .word = traits.id_word, .shape = traits.id_shape, .name = std::move(name), .member = std::move(member)};
}
auto ObjectId::routine(ObjectKind kind, QualifiedName name, std::string arguments) -> ObjectId {
    const KindTraits& traits = kind_traits(kind);
    if (traits.id_shape != IdShape::Routine)
        throw Error(ErrorKind::Internal, fmt::format("{} ids are not routines", traits.name));
    return ObjectId{
        .word = traits.id_word, .shape = IdShape::Routine, .name = std::move(name), .arguments = std::move(arguments)};
}
auto ObjectId::single(ObjectKind kind, std::string name) -> ObjectId {
    const KindTraits& traits = kind_traits(kind);
    if (traits.id_shape != IdShape::Single)
        throw Error(ErrorKind::Internal, fmt::format("{} ids are not a single name", traits.name));
    return ObjectId{.word = traits.id_word, .shape = IdShape::Single, .name = QualifiedName{"", std::move(name)}};
}
auto ObjectId::pair(ObjectKind kind, QualifiedName child, QualifiedName parent) -> ObjectId {
    const KindTraits& traits = kind_traits(kind);
    if (traits.id_shape != IdShape::Pair)
        throw Error(ErrorKind::Internal, fmt::format("{} ids are not pairs", traits.name));
    return ObjectId{
        .word = traits.id_word, .shape = IdShape::Pair, .name = std::move(child), .other = std::move(parent)};
}
auto ObjectId::comment_on(const ObjectId& object) -> ObjectId {
    return ObjectId{.word = kind_traits(ObjectKind::Comment).id_word, .shape = IdShape::Nested, .rest = object.str()};
}
auto ObjectId::grant(bool revoked, std::string rest) -> ObjectId {
    return ObjectId{
        .word = known_word(revoked ? "revoke" : "grant").word, .shape = IdShape::Opaque, .rest = std::move(rest)};
}
auto ObjectId::opaque(ObjectKind kind, std::string rest) -> ObjectId {
    const KindTraits& traits = kind_traits(kind);
    if (traits.id_shape != IdShape::Opaque || traits.id_word.empty())
        throw Error(ErrorKind::Internal, fmt::format("{} ids are not opaque", traits.name));
    return ObjectId{.word = traits.id_word, .shape = IdShape::Opaque, .rest = std::move(rest)};
}
auto ObjectId::table(QualifiedName table) -> ObjectId {
    return ObjectId{.word = known_word("table").word, .shape = IdShape::Name, .name = std::move(table)};
}
auto ObjectId::column(QualifiedName table, std::string column) -> ObjectId {
    return ObjectId{.word = known_word("column").word,
                    .shape = IdShape::Member,
                    .name = std::move(table),
                    .member = std::move(column)};
}
auto ObjectId::column_default(QualifiedName owner, std::string name) -> ObjectId {
    return ObjectId::column(std::move(owner), std::move(name)).with_word("default");
}
auto ObjectId::constraint(QualifiedName owner, std::string name) -> ObjectId {
    return ObjectId::column(std::move(owner), std::move(name)).with_word("constraint");
}
auto ObjectId::index(QualifiedName name) -> ObjectId {
    return ObjectId::table(std::move(name)).with_word("index");
}
auto ObjectId::sequence(QualifiedName name) -> ObjectId {
    return ObjectId::table(std::move(name)).with_word("sequence");
}
auto ObjectId::type(QualifiedName name) -> ObjectId {
    return ObjectId::table(std::move(name)).with_word("type");
}

auto ObjectId::with_word(std::string_view to) const -> ObjectId {
    Word found = known_word(to);
    if (found.shape != shape)
        throw Error(ErrorKind::Internal, fmt::format("{} cannot be named as a \"{}\"", str(), to));
    ObjectId out = *this;
    out.word = found.word;
    return out;
}

auto ObjectId::body() const -> std::string {
    switch (shape) {
        case IdShape::Name:
            return name.sql();
        case IdShape::Member:
            return name.sql() + "." + quote_ident(member);
        case IdShape::Routine:
            return fmt::format("{}({})", name.sql(), arguments);
        case IdShape::Single:
            return quote_ident(name.name);
        case IdShape::Option:
            return name.sql() + "." + member;
        case IdShape::Pair:
            return name.sql() + " " + other.sql();
        case IdShape::Nested:
        case IdShape::Opaque:
            return rest;
    }
    return rest;
}

auto ObjectId::str() const -> std::string {
    return fmt::format("{} {}", word, body());
}

auto ObjectId::parse(std::string_view id) -> std::optional<ObjectId> {
    auto space = id.find(' ');
    if (space == std::string_view::npos) return std::nullopt;
    auto found = find_word(id.substr(0, space));
    if (!found) return std::nullopt;
    ObjectId out{.word = found->word, .shape = found->shape};
    Reader in{id.substr(space + 1)};
    switch (found->shape) {
        case IdShape::Name: {
            auto name = in.qualified();
            if (!name) return std::nullopt;
            out.name = std::move(*name);
            break;
        }
        case IdShape::Member: {
            auto schema = in.identifier();
            if (!schema || !in.eat('.')) return std::nullopt;
            auto owner = in.identifier();
            if (!owner || !in.eat('.')) return std::nullopt;
            auto member = in.identifier();
            if (!member) return std::nullopt;
            out.name = QualifiedName{*schema, *owner};
            out.member = std::move(*member);
            break;
        }
        case IdShape::Routine: {
            auto name = in.qualified();
            if (!name || !in.eat('(') || !in.text.ends_with(')')) return std::nullopt;
            out.name = std::move(*name);
            out.arguments = std::string(in.text.substr(in.at, in.text.size() - 1 - in.at));
            in.at = in.text.size();
            break;
        }
        case IdShape::Single: {
            auto name = in.identifier();
            if (!name) return std::nullopt;
            out.name = QualifiedName{"", std::move(*name)};
            break;
        }
        case IdShape::Option: {
            auto name = in.qualified(false);
            if (!name || !in.eat('.') || in.done()) return std::nullopt;
            out.name = std::move(*name);
            out.member = std::string(in.text.substr(in.at));
            in.at = in.text.size();
            break;
        }
        case IdShape::Pair: {
            auto child = in.qualified();
            if (!child || !in.eat(' ')) return std::nullopt;
            auto parent = in.qualified();
            if (!parent) return std::nullopt;
            out.name = std::move(*child);
            out.other = std::move(*parent);
            break;
        }
        case IdShape::Nested:
            if (!parse(in.text)) return std::nullopt;
            out.rest = std::string(in.text);
            in.at = in.text.size();
            break;
        case IdShape::Opaque:
            if (in.done()) return std::nullopt;
            out.rest = std::string(in.text);
            in.at = in.text.size();
            break;
    }
    if (!in.done()) return std::nullopt;
    return out;
}

auto ObjectId::read(std::string_view id) -> ObjectId {
    auto parsed = parse(id);
    if (!parsed) throw Error(ErrorKind::Internal, fmt::format("\"{}\" is not an object id", id));
    return std::move(*parsed);
}

}  // namespace schemadiff::model
