#include <doctest/doctest.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "schemadiff/engine/write_files.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;
namespace fs = std::filesystem;

TEST_CASE("engine: write_files writes every file, with the permissions of a new file, and leaves nothing else") {
    TempDir dir;
    engine::write_files(dir.path(), {{"a.sql", "A\n"}, {"b.sql", "B\n"}});
    CHECK(files_in(dir.path()) == Strings{"a.sql", "b.sql"});
    CHECK(read_text(dir.path() / "a.sql") == "A\n");
    CHECK(read_text(dir.path() / "b.sql") == "B\n");
    // Readable by others as an ordinary file would be (mkstemp's 0600 would not be): 0666 less the umask.
    mode_t mask = ::umask(0);
    ::umask(mask);
    CHECK((fs::status(dir.path() / "a.sql").permissions() & fs::perms::all) == (fs::perms(0666 & ~mask)));
}

TEST_CASE("engine: write_files refuses an existing name and then leaves none of its files") {
    TempDir dir;
    dir.write("b.sql", "mine\n");
    Error error = error_of([&] {
        engine::write_files(dir.path(), {{"a.sql", "A\n"}, {"b.sql", "B\n"}}, {.if_exists = "pick another"});
    });
    CHECK(error.kind() == ErrorKind::Io);
    CHECK(error.message() == (dir.path() / "b.sql").string() + " already exists; pick another");
    CHECK(files_in(dir.path()) == Strings{"b.sql"});
    CHECK(read_text(dir.path() / "b.sql") == "mine\n");
}

TEST_CASE("engine: write_files with replace replaces a file or a symlink itself, never the symlink's target") {
    TempDir dir;
    fs::path folder = dir.path() / "out";
    fs::path victim = dir.write("victim.sql", "-- not yours\n");
    fs::create_directories(folder);
    dir.write("out/old.sql", "old\n");
    fs::create_symlink(victim, folder / "schema.sql");
    // 0.1.0's inspect wrote to <out>.tmp first, following a link planted there.
    fs::create_symlink(victim, folder / "schema.sql.tmp");
    engine::write_files(folder, {{"schema.sql", "new\n"}}, {.replace = true});
    engine::write_files(folder, {{"old.sql", "newer\n"}}, {.replace = true});
    CHECK(read_text(victim) == "-- not yours\n");
    CHECK(fs::is_regular_file(fs::symlink_status(folder / "schema.sql")));
    CHECK(read_text(folder / "schema.sql") == "new\n");
    CHECK(read_text(folder / "old.sql") == "newer\n");
    CHECK(files_in(folder) == Strings{"old.sql", "schema.sql", "schema.sql.tmp"});
}

TEST_CASE("engine: write_files with replace refuses a folder at the name, and leaves no temporary file") {
    TempDir dir;
    fs::create_directories(dir.path() / "schema.sql");
    Error error = error_of([&] { engine::write_files(dir.path(), {{"schema.sql", "x\n"}}, {.replace = true}); });
    CHECK(error.kind() == ErrorKind::Io);
    CHECK(error.message() == "cannot write " + (dir.path() / "schema.sql").string() + ": it is a folder");
    CHECK(files_in(dir.path()) == Strings{"schema.sql"});
    CHECK(fs::is_empty(dir.path() / "schema.sql"));
}

TEST_CASE("engine: write_files into a folder that does not exist is an error naming it") {
    TempDir dir;
    Error error = error_of([&] { engine::write_files(dir.path() / "missing", {{"a.sql", "A\n"}}); });
    CHECK(error.kind() == ErrorKind::Io);
    CHECK(error.message() == "cannot open folder " + (dir.path() / "missing").string() + ": No such file or directory");
}
