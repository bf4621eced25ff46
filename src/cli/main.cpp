// schemadiff's entry point: registers the commands, parses, and turns errors into one line and an exit code.
#include <fmt/format.h>

#include <chrono>
#include <iostream>
#include <thread>

#include "cli_common.hpp"
#include "schemadiff/core/error.hpp"
#include "schemadiff/core/escape.hpp"
#include "schemadiff/engine/engine.hpp"
#include "schemadiff/engine/scratch.hpp"

namespace {
/// A message for stderr: escaped as report text is, its line breaks kept (a server error's LINE and caret lines) but
/// every line after the first indented, so that no line starts with text from a name or a file: CI runners read a
/// line that starts with "::" (GitHub) or "##[" / "##vso[" (Azure) as a command.
auto printable(std::string_view message) -> std::string {
    std::string out;
    for (char c : schemadiff::escape_text(message, schemadiff::LineBreaks::Keep)) {
        out += c;
        if (c == '\n') out += "  ";
    }
    return out;
}
}  // namespace

int main(int argc, char** argv) {
    using namespace schemadiff;
    engine::clean_up_on_interrupt();
    engine::set_warning_handler(
        [](std::string_view message) { std::cerr << fmt::format("schemadiff: warning: {}\n", printable(message)); });
    CLI::App app{
        "schemadiff: compare a PostgreSQL database with a declarative schema and write safe, reviewed "
        "up/down migrations"};
    app.require_subcommand(1);
    cli::add_generate_command(app);
    cli::add_diff_command(app);
    cli::add_check_command(app);
    cli::add_inspect_command(app);
    cli::add_version_command(app);
    cli::add_rules_command(app);
    cli::add_cleanup_command(app);
    int code = cli::kExitOk;
    try {
        app.parse(argc, argv);
        code = cli::exit_code;
    } catch (const CLI::ParseError& failure) {
        code = app.exit(failure);
    } catch (const std::exception& failure) {
        // An interrupt being handled closes the connections the command uses: its error is no news.
        if (engine::interrupted() == 0) std::cerr << fmt::format("schemadiff: error: {}\n", printable(failure.what()));
        code = cli::kExitError;
    }
    // The interrupt handler ends the process (128 + the signal) once its clean-up is done.
    while (engine::interrupted() != 0) std::this_thread::sleep_for(std::chrono::seconds(1));
    return code;
}
