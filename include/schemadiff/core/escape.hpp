// Text from a database or a file made safe to print: the one function every comment line and every report line
// passes names, comment values, reasons and paths through (SQL quoting is identifier.hpp's).
//
// Why: a name may hold any character but NUL. Printed raw into a migration's `--` comment, a newline or carriage
// return (both end a comment for psql and the server) turns the rest of the name into SQL that runs; in a report it
// fakes a finding line, in a terminal an escape sequence rewrites the screen, and bidirectional controls make a line
// read differently from what it holds.
#pragma once

#include <string>
#include <string_view>

namespace schemadiff {

enum class LineBreaks {
    Escape,  ///< the result is one line: every line break is escaped too
    Keep,    ///< '\n' (and "\r\n", as '\n') and tabs stay; for SQL shown as a block. Backslashes stay as they are.
};

/// `text` with what could end a line, move the cursor or reorder what is shown replaced by a visible escape:
/// `\n`, `\r`, `\t`, `\xNN` for the other C0 controls, DEL and each byte that is not UTF-8, `\uNNNN` for the C1
/// controls (NEL U+0085 included), the line and paragraph separators U+2028/U+2029 and the bidirectional controls
/// (U+061C, U+200E/U+200F, U+202A..U+202E, U+2066..U+2069). With LineBreaks::Escape a backslash becomes `\\`, so the
/// result is unambiguous; every other character, non-ASCII letters included, is kept as it is. Text that needs no
/// escape comes back unchanged. escape_text(text) is the form of any text in an SQL `--` comment or a one-line report
/// field.
auto escape_text(std::string_view text, LineBreaks breaks = LineBreaks::Escape) -> std::string;

}  // namespace schemadiff
