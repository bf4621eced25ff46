// escape_text: text from a database or a file made safe to print on a comment or report line.
#include "schemadiff/core/escape.hpp"

#include <fmt/format.h>

namespace schemadiff {

namespace {

/// The length of the well-formed UTF-8 sequence at the start of `text` (RFC 3629: no overlong forms, no surrogates,
/// nothing above U+10FFFF), or 0 when it is not one. `code_point` receives its value.
auto utf8_sequence(std::string_view text, char32_t& code_point) -> size_t {
    auto byte = [&](size_t idx) { return static_cast<unsigned char>(text[idx]); };
    unsigned char lead = byte(0);
    size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code_point = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code_point = lead & 0x0F;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code_point = lead & 0x07;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        return 0;
    }
    if (text.size() < length || byte(1) < low || byte(1) > high) return 0;
    for (size_t idx = 1; idx < length; ++idx) {
        if ((byte(idx) & 0xC0) != 0x80) return 0;
        code_point = (code_point << 6) | (byte(idx) & 0x3F);
    }
    return length;
}

/// Characters beyond ASCII that end a line for some reader (NEL and the C1 controls, U+2028, U+2029) or reorder
/// what a viewer shows (the bidirectional controls of CVE-2021-42574).
auto hidden(char32_t code_point) -> bool {
    return (code_point >= 0x80 && code_point <= 0x9F) || code_point == 0x061C || code_point == 0x200E ||
           code_point == 0x200F || (code_point >= 0x2028 && code_point <= 0x202E) ||
           (code_point >= 0x2066 && code_point <= 0x2069);
}

}  // namespace

auto escape_text(std::string_view text, LineBreaks breaks) -> std::string {
    const bool keep = breaks == LineBreaks::Keep;
    std::string out;
    out.reserve(text.size());
    for (size_t pos = 0; pos < text.size();) {
        auto c = static_cast<unsigned char>(text[pos]);
        if (c >= 0x80) {
            char32_t code_point = 0;
            size_t length = utf8_sequence(text.substr(pos), code_point);
            if (length == 0) {
                out += fmt::format("\\x{:02x}", c);
                ++pos;
            } else {
                if (hidden(code_point))
                    out += fmt::format("\\u{:04x}", static_cast<uint32_t>(code_point));
                else
                    out.append(text.substr(pos, length));
                pos += length;
            }
            continue;
        }
        ++pos;
        if (c == '\\') {
            out += keep ? "\\" : "\\\\";
        } else if (c == '\n') {
            out += keep ? "\n" : "\\n";
        } else if (c == '\r') {
            if (keep && pos < text.size() && text[pos] == '\n') continue;  // "\r\n" is a line break: '\n' follows
            out += "\\r";
        } else if (c == '\t') {
            out += keep ? "\t" : "\\t";
        } else if (c < 0x20 || c == 0x7F) {
            out += fmt::format("\\x{:02x}", c);
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

}  // namespace schemadiff
