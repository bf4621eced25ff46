// SQL identifier and literal quoting: the one place that decides when a name needs double quotes.
#pragma once

#include <string>
#include <string_view>

namespace schemadiff {

/// Quotes an identifier exactly when PostgreSQL's quote_ident() would: not lower-case-simple, or a keyword that is
/// not unreserved (PostgreSQL 15 grammar).
auto quote_ident(std::string_view name) -> std::string;

/// "schema.name" with each part quoted as needed.
auto quote_qualified(std::string_view schema, std::string_view name) -> std::string;

/// A string literal read the same whatever standard_conforming_strings: 'it''s', and E'a\\b' when it holds a
/// backslash (PostgreSQL's quote_literal()).
auto quote_literal(std::string_view text) -> std::string;

/// True when `word` is a PostgreSQL keyword that quote_ident() must quote.
auto is_quoted_keyword(std::string_view word) -> bool;

}  // namespace schemadiff
