#include <doctest/doctest.h>

#include <string>

#include "schemadiff/core/escape.hpp"

using namespace schemadiff;

TEST_CASE("core: escape_text leaves ordinary text, quotes and non-ASCII letters as they are") {
    for (std::string text : {"public.users", "", "a & b <c> 'd' \"e\" $$ */ /* -- ; % : , | `", "café 日本語 ÄÖÜ 🐘"}) {
        CHECK(escape_text(text) == text);
        CHECK(escape_text(text, LineBreaks::Keep) == text);
    }
}

TEST_CASE("core: escape_text puts a name that holds line breaks on one line") {
    CHECK(escape_text("z\nDROP TABLE IF EXISTS public.victim; --") == "z\\nDROP TABLE IF EXISTS public.victim; --");
    CHECK(escape_text("z\rDROP") == "z\\rDROP");
    CHECK(escape_text("a\r\nb") == "a\\r\\nb");
    CHECK(escape_text("a\tb") == "a\\tb");
}

TEST_CASE("core: escape_text shows every other C0 control and DEL as \\xNN") {
    for (int c = 0; c < 0x20; ++c) {
        std::string out = escape_text(std::string(1, static_cast<char>(c)));
        CAPTURE(c);
        CHECK(out.size() == (c == '\n' || c == '\r' || c == '\t' ? 2 : 4));
        CHECK(out[0] == '\\');
    }
    CHECK(escape_text(std::string("a\0b", 3)) == "a\\x00b");
    CHECK(escape_text("\x1b[2J\x7f") == "\\x1b[2J\\x7f");
    CHECK(escape_text("\x0b\x0c") == "\\x0b\\x0c");
}

TEST_CASE("core: escape_text escapes the backslash, so an escaped name and a name that spells it differ") {
    CHECK(escape_text("a\\nb") == "a\\\\nb");
    CHECK(escape_text("a\nb") == "a\\nb");
    CHECK(escape_text("a\\nb") != escape_text("a\nb"));
}

TEST_CASE("core: escape_text shows the Unicode line ends, C1 controls and bidirectional controls as \\uNNNN") {
    CHECK(escape_text("a\u2028b\u2029c") == "a\\u2028b\\u2029c");
    CHECK(escape_text("a\u0085b") == "a\\u0085b");  // NEL
    CHECK(escape_text("\u009b2J") == "\\u009b2J");  // CSI
    CHECK(escape_text("admin\u202e\u2066 -- \u2069\u2067") == "admin\\u202e\\u2066 -- \\u2069\\u2067");
    CHECK(escape_text("\u061c\u200e\u200f") == "\\u061c\\u200e\\u200f");
    CHECK(escape_text("a\u200db") == "a\u200db");  // the zero-width joiner belongs to emoji and scripts: kept
}

TEST_CASE("core: escape_text shows each byte that is not UTF-8 as \\xNN") {
    CHECK(escape_text("a\xff"
                      "b") == "a\\xffb");
    CHECK(escape_text("\xc3") == "\\xc3");                             // cut short
    CHECK(escape_text("\xc0\xaf") == "\\xc0\\xaf");                    // overlong '/'
    CHECK(escape_text("\xed\xa0\x80") == "\\xed\\xa0\\x80");           // a surrogate
    CHECK(escape_text("\xf4\x90\x80\x80") == "\\xf4\\x90\\x80\\x80");  // above U+10FFFF
    CHECK(escape_text("\xc3\xa9\xc3") == "\xc3\xa9\\xc3");
}

TEST_CASE("core: escape_text with LineBreaks::Keep keeps line breaks, tabs and backslashes, not other controls") {
    CHECK(escape_text("SELECT 1\nFROM t\tx", LineBreaks::Keep) == "SELECT 1\nFROM t\tx");
    CHECK(escape_text("a\r\nb", LineBreaks::Keep) == "a\nb");
    CHECK(escape_text("a\rb\x1b[1m\u2028", LineBreaks::Keep) == "a\\rb\\x1b[1m\\u2028");
    CHECK(escape_text("E'\\x00'", LineBreaks::Keep) == "E'\\x00'");
}
