// Internal to the render module: small text helpers shared by its renderers.
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace schemadiff::render {

/// ASCII upper case: "dangerous" -> "DANGEROUS".
inline auto upper(std::string_view text) -> std::string {
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace schemadiff::render
