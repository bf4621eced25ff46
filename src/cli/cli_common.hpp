// Internal to the CLI: each command registers itself on the app; run_* returns the exit code.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace schemadiff::cli {

/// Exit codes (README "Exit codes"); CLI11 owns 100-127.
constexpr int kExitOk = 0;
constexpr int kExitError = 1;
constexpr int kExitDifferences = 2;

/// Set by a command's callback; main returns it.
inline int exit_code = kExitOk;

void add_generate_command(CLI::App& app);
void add_diff_command(CLI::App& app);
void add_inspect_command(CLI::App& app);
void add_version_command(CLI::App& app);

}  // namespace schemadiff::cli
