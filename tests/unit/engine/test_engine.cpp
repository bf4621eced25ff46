#include <doctest/doctest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <fstream>
#include <latch>
#include <sstream>
#include <thread>

#include "schemadiff/engine/engine.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;
namespace fs = std::filesystem;

namespace {
auto info() -> render::MigrationInfo {
    return {"add_t", "20260102030405", "", "v1.sql", "v2.sql", "9.9.9"};
}

auto add_table_migration() -> engine::Migration {
    return engine::plan_migration(parse_normalized(""), parse_normalized("CREATE TABLE t (a int);"));
}

}  // namespace

TEST_CASE("engine: URLs and key=value strings are databases, paths are not") {
    CHECK(engine::looks_like_database("postgres://localhost/app"));
    CHECK(engine::looks_like_database("postgresql://me@db:5433/app"));
    CHECK(engine::looks_like_database("host=/tmp dbname=app"));
    CHECK_FALSE(engine::looks_like_database("schema.sql"));
    CHECK_FALSE(engine::looks_like_database("schemas/"));
}

TEST_CASE("engine: a URL with a misspelt scheme and credentials is a database, so that its password is never echoed") {
    CHECK(engine::looks_like_database("postgress://app:secret@db/app"));
    CHECK(engine::looks_like_database("postgresql:/app:secret@db/app"));
    CHECK_FALSE(engine::looks_like_database("schema:v2.sql"));  // no credentials: a (missing) file
}

TEST_CASE("engine: an existing file whose name has '=' is a path") {
    TempDir dir;
    fs::path odd = dir.write("version=2.sql", "CREATE TABLE t (a int);");
    CHECK_FALSE(engine::looks_like_database(odd.string()));
    CHECK(engine::looks_like_database((dir.path() / "missing=2.sql").string()));
}

TEST_CASE("engine: a source is one database or one or more paths") {
    auto database = engine::source_from({"postgresql://db/app"});
    CHECK(database.is_database);
    CHECK(database.conninfo == "postgresql://db/app");
    CHECK(database.paths.empty());

    auto files = engine::source_from({"a.sql", "schema"});
    CHECK_FALSE(files.is_database);
    CHECK(files.paths == std::vector<fs::path>{"a.sql", "schema"});
    CHECK(files.describe() == "a.sql, schema");
}

TEST_CASE("engine: no source, or a database mixed with files, is a usage error") {
    Error none = error_of([] { engine::source_from({}); });
    CHECK(none.kind() == ErrorKind::Usage);
    CHECK(none.message() == "a schema source is missing");

    Error mixed = error_of([] { engine::source_from({"a.sql", "postgresql://db/app"}); });
    CHECK(mixed.kind() == ErrorKind::Usage);
    CHECK(mixed.message() == "a source is either one database or schema files, not both");
}

TEST_CASE("engine: a database source is described without its password") {
    auto url = engine::source_from({"postgresql://me:s3cret@db.example:6543/app"});
    CHECK(url.describe() == "database host=db.example port=6543 dbname=app");
    auto pairs = engine::source_from({"host=db port=5433 dbname=shop user=me password=s3cret"});
    CHECK(pairs.describe() == "database host=db port=5433 dbname=shop");
}

TEST_CASE("engine: load parses the files and normalises the model") {
    TempDir dir;
    fs::path file = dir.write("schema.sql", "CREATE TABLE t (a int DEFAULT (0));");
    auto loaded = engine::load(engine::source_from({file.string()}));
    CHECK_FALSE(loaded.server.has_value());
    REQUIRE(loaded.schema.tables.size() == 1);
    const auto& default_value = loaded.schema.tables[0].columns.at(0).default_value;
    REQUIRE(default_value.has_value());
    CHECK_FALSE(default_value->key.empty());
}

TEST_CASE("engine: plan_migration plans the way there and the way back") {
    auto migration = add_table_migration();
    CHECK(kinds(all_steps(migration.up)) == Strings{"create_table"});
    CHECK(kinds(all_steps(migration.down)) == Strings{"drop_table"});
}

TEST_CASE("engine: write_migration writes the up and the down file, source and target swapped for down") {
    TempDir dir;
    fs::path folder = dir.path() / "migrations" / "new";  // created on the way
    auto files = engine::write_migration(folder, info(), add_table_migration(), render::TemplateSet::embedded());
    CHECK(files.up == folder / "20260102030405_add_t.up.sql");
    CHECK(files.down == folder / "20260102030405_add_t.down.sql");
    CHECK(files_in(folder) == Strings{"20260102030405_add_t.down.sql", "20260102030405_add_t.up.sql"});
    std::string up = read_text(files.up);
    std::string down = read_text(files.down);
    CHECK(up.find("(up)\n") != std::string::npos);
    CHECK(up.find("-- from: v1.sql\n-- to:   v2.sql\n") != std::string::npos);
    CHECK(up.find("CREATE TABLE public.t") != std::string::npos);
    CHECK(down.find("(down)\n") != std::string::npos);
    CHECK(down.find("-- from: v2.sql\n-- to:   v1.sql\n") != std::string::npos);
    CHECK(down.find("DROP TABLE public.t;") != std::string::npos);
}

TEST_CASE("engine: write_migration writes nothing when the folder cannot be created") {
    TempDir dir;
    fs::path file = dir.write("not_a_folder", "");
    fs::path folder = file / "migrations";
    Error error = error_of(
        [&] { engine::write_migration(folder, info(), add_table_migration(), render::TemplateSet::embedded()); });
    CHECK(error.kind() == ErrorKind::Io);
    CHECK(error.message() == "cannot create output folder " + folder.string() + ": Not a directory");
    CHECK(files_in(dir.path()) == Strings{"not_a_folder"});
}

TEST_CASE("engine: write_migration never overwrites an existing migration, and then writes nothing") {
    TempDir dir;
    fs::path down = dir.write("20260102030405_add_t.down.sql", "-- mine\n");
    Error error = error_of(
        [&] { engine::write_migration(dir.path(), info(), add_table_migration(), render::TemplateSet::embedded()); });
    CHECK(error.kind() == ErrorKind::Io);
    CHECK(error.message() == down.string() + " already exists; choose another --name or --version");
    CHECK(files_in(dir.path()) == Strings{"20260102030405_add_t.down.sql"});
    CHECK(read_text(down) == "-- mine\n");
}

TEST_CASE("engine: when the second file cannot be written, the first is not left behind") {
    TempDir dir;
    fs::create_directory(dir.path() / "20260102030405_add_t.down.sql");  // the down file's name is taken by a folder
    Error error = error_of(
        [&] { engine::write_migration(dir.path(), info(), add_table_migration(), render::TemplateSet::embedded()); });
    CHECK(error.kind() == ErrorKind::Io);
    CHECK(error.message() == (dir.path() / "20260102030405_add_t.down.sql").string() +
                                 " already exists; choose another --name or --version");
    CHECK(files_in(dir.path()) == Strings{"20260102030405_add_t.down.sql"});  // no up file, no temporary file
}

TEST_CASE("engine: write_migration follows no symlink planted where temporary files were once written") {
    TempDir dir;
    fs::path folder = dir.path() / "migrations";
    fs::path victim = dir.write("victim.sql", "-- not yours\n");
    fs::create_directories(folder);
    // The names 0.1.0 wrote to first (<file>.tmp.<pid>), and their likely neighbours.
    Strings planted;
    for (const char* direction : {"up", "down"}) {
        for (int pid : {static_cast<int>(::getpid()), static_cast<int>(::getpid()) + 1}) {
            std::string name = fmt::format("20260102030405_add_t.{}.sql.tmp.{}", direction, pid);
            fs::create_symlink(victim, folder / name);
            planted.push_back(name);
        }
    }
    auto files = engine::write_migration(folder, info(), add_table_migration(), render::TemplateSet::embedded());
    CHECK(read_text(victim) == "-- not yours\n");
    CHECK(fs::is_regular_file(fs::symlink_status(files.up)));
    CHECK(fs::is_regular_file(fs::symlink_status(files.down)));
    CHECK(read_text(files.up).find("CREATE TABLE public.t") != std::string::npos);
    Strings expected = planted;
    expected.push_back("20260102030405_add_t.down.sql");
    expected.push_back("20260102030405_add_t.up.sql");
    std::sort(expected.begin(), expected.end());
    CHECK(files_in(folder) == expected);  // the planted links are left alone, and no temporary file remains
}

TEST_CASE("engine: a symlink at a migration's final name is an existing file, even when it points nowhere") {
    TempDir dir;
    fs::path victim = dir.path() / "outside" / "new.sql";  // does not exist: the link dangles
    fs::path folder = dir.path() / "migrations";
    fs::create_directories(folder);
    for (const char* direction : {"up", "down"}) {
        fs::path link = folder / fmt::format("20260102030405_add_t.{}.sql", direction);
        fs::create_symlink(victim, link);
        Error error = error_of(
            [&] { engine::write_migration(folder, info(), add_table_migration(), render::TemplateSet::embedded()); });
        CHECK(error.kind() == ErrorKind::Io);
        CHECK(error.message() == link.string() + " already exists; choose another --name or --version");
        CHECK(files_in(folder) == Strings{link.filename().string()});
        CHECK(fs::is_symlink(link));
        CHECK_FALSE(fs::exists(dir.path() / "outside"));
        fs::remove(link);
    }
}

TEST_CASE("engine: two write_migration at once with the same name: one writes both files, the others refuse") {
    // 0.1.0 checked that the names were free, then renamed: two runs could both report "Wrote", and the files left
    // could be the up of one and the down of the other.
    for (int round = 0; round < 20; ++round) {
        TempDir dir;
        constexpr int kWriters = 6;
        std::vector<int> outcome(kWriters, -1);  // 1 wrote, 0 refused
        std::vector<std::thread> writers;
        std::latch start(kWriters);
        auto migration = add_table_migration();
        for (int writer = 0; writer < kWriters; ++writer) {
            writers.emplace_back([&, writer] {
                render::MigrationInfo mine = info();
                mine.source = fmt::format("writer{}.sql", writer);
                start.arrive_and_wait();
                try {
                    engine::write_migration(dir.path(), mine, migration, render::TemplateSet::embedded());
                    outcome[writer] = 1;
                } catch (const Error& error) {
                    outcome[writer] = error.message().find("already exists") != std::string::npos ? 0 : 2;
                }
            });
        }
        for (auto& writer : writers) writer.join();
        REQUIRE(std::count(outcome.begin(), outcome.end(), 1) == 1);
        REQUIRE(std::count(outcome.begin(), outcome.end(), 0) == kWriters - 1);
        int winner = static_cast<int>(std::find(outcome.begin(), outcome.end(), 1) - outcome.begin());
        REQUIRE(files_in(dir.path()) == Strings{"20260102030405_add_t.down.sql", "20260102030405_add_t.up.sql"});
        std::string source = fmt::format("writer{}.sql", winner);
        CHECK(read_text(dir.path() / "20260102030405_add_t.up.sql").find("-- from: " + source) != std::string::npos);
        CHECK(read_text(dir.path() / "20260102030405_add_t.down.sql").find("-- to:   " + source) != std::string::npos);
    }
}

TEST_CASE("engine: a broken template writes nothing") {
    TempDir dir;
    dir.write("templates/sql/migration.sql.mustache", "{{#steps}}");
    auto templates = render::TemplateSet::with_overrides(dir.path() / "templates");
    fs::path out = dir.path() / "out";
    Error error = error_of([&] { engine::write_migration(out, info(), add_table_migration(), templates); });
    CHECK(error.kind() == ErrorKind::Render);
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("engine: utc_version is the current UTC time as YYYYMMDDHHMMSS") {
    auto utc_now = [] {
        std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
        std::tm utc{};
        gmtime_r(&now, &utc);
        return fmt::format("{:04}{:02}{:02}{:02}{:02}{:02}", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                           utc.tm_hour, utc.tm_min, utc.tm_sec);
    };
    std::string before = utc_now();
    std::string version = engine::utc_version();
    std::string after = utc_now();
    CHECK(version.size() == 14);
    CHECK(std::all_of(version.begin(), version.end(), [](unsigned char c) { return std::isdigit(c) != 0; }));
    CHECK(before <= version);  // fixed width: text order is time order
    CHECK(version <= after);
}
