// schemadiff's entry point: registers the commands, parses, and turns errors into one line and an exit code.
#include "cli_common.hpp"
#include "schemadiff/core/error.hpp"
#include "schemadiff/engine/engine.hpp"
#include "schemadiff/engine/scratch.hpp"

#include <fmt/format.h>

#include <iostream>

int main(int argc, char** argv) {
    using namespace schemadiff;
    engine::clean_up_on_interrupt();
    engine::set_warning_handler([](std::string_view message) {
        std::cerr << fmt::format("schemadiff: warning: {}\n", message);
    });
    CLI::App app{"schemadiff: compare a PostgreSQL database with a declarative schema and write safe, reviewed "
                 "up/down migrations"};
    app.require_subcommand(1);
    cli::add_generate_command(app);
    cli::add_diff_command(app);
    cli::add_check_command(app);
    cli::add_inspect_command(app);
    cli::add_version_command(app);
    cli::add_rules_command(app);
    cli::add_cleanup_command(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& failure) {
        return app.exit(failure);
    } catch (const Error& failure) {
        std::cerr << fmt::format("schemadiff: error: {}\n", failure.what());
        return cli::kExitError;
    } catch (const std::exception& failure) {
        std::cerr << fmt::format("schemadiff: error: {}\n", failure.what());
        return cli::kExitError;
    }
    return cli::exit_code;
}
