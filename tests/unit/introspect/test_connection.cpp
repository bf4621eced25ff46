// Only what needs no server: connection strings and the failure to reach one. Reading a catalog is covered by the
// online migration cases (tests/cases) and CLI cases. The one online test (skipped without PG* variables) loses its
// connection on purpose.
#include <doctest/doctest.h>

#include <cstdlib>
#include <functional>
#include <map>

#include "schemadiff/introspect/introspect.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;

namespace {
/// Sets (or, with nullptr, unsets) the PG* variables for one test and puts the old values back afterwards.
class PgEnvironment {
public:
    explicit PgEnvironment(const std::map<std::string, const char*>& values) {
        for (const char* name : {"PGHOST", "PGPORT", "PGDATABASE", "PGUSER"}) {
            const char* old = std::getenv(name);
            saved_[name] = old ? std::optional<std::string>(old) : std::nullopt;
            auto it = values.find(name);
            if (it != values.end() && it->second != nullptr) {
                ::setenv(name, it->second, 1);
            } else {
                ::unsetenv(name);
            }
        }
    }
    PgEnvironment(const PgEnvironment&) = delete;
    auto operator=(const PgEnvironment&) -> PgEnvironment& = delete;
    ~PgEnvironment() {
        for (const auto& [name, value] : saved_) {
            if (value) {
                ::setenv(name.c_str(), value->c_str(), 1);
            } else {
                ::unsetenv(name.c_str());
            }
        }
    }

private:
    std::map<std::string, std::optional<std::string>> saved_;
};
}  // namespace

TEST_CASE("introspect: describe_target names host, port and database, never the password") {
    PgEnvironment clean({});
    CHECK(introspect::describe_target("host=db port=5433 dbname=app user=me password=s3cret") ==
          "host=db port=5433 dbname=app");
    CHECK(introspect::describe_target("postgresql://me:s3cret@db.example:6543/shop?sslmode=disable") ==
          "host=db.example port=6543 dbname=shop");
}

TEST_CASE("introspect: describe_target falls back to the PG* variables, then to libpq's defaults") {
    {
        PgEnvironment clean({});
        CHECK(introspect::describe_target("user=alice") == "host=localhost port=5432 dbname=alice");
    }
    {
        PgEnvironment env({{"PGHOST", "/run/pg"}, {"PGPORT", "6000"}, {"PGDATABASE", "shop"}, {"PGUSER", "bob"}});
        CHECK(introspect::describe_target("") == "host=/run/pg port=6000 dbname=shop");
        CHECK(introspect::describe_target("dbname=app port=7000") == "host=/run/pg port=7000 dbname=app");
    }
}

TEST_CASE("introspect: an invalid connection string is a usage error that says what is wrong without quoting it") {
    Error error = error_of([] { introspect::describe_target("nonsense"); });
    CHECK(error.kind() == ErrorKind::Usage);
    CHECK(error.message() ==
          "invalid database connection string (a word has no '=' (quote a value that contains spaces))");
}

TEST_CASE("introspect: no part of a password is in the error for a malformed connection string") {
    PgEnvironment clean({});
    struct Malformed {
        std::string conninfo;
        std::string message;
        Strings fragments;  ///< of the password, each of which must be absent
    };
    const std::string at_after_host =
        "invalid database URL (an '@' after the host: write '@' and '/' in a user name or password as %40 and %2F)";
    const std::vector<Malformed> cases = {
        {"postgresql://postgres:S3cret%zzPW@127.0.0.1/db",
         "invalid database URL (a percent-encoded character is malformed)",
         {"S3cret", "zzPW"}},
        {"postgresql://postgres:S3cret%00PW@127.0.0.1/db",
         "invalid database URL (a percent-encoded NUL (%00) is not allowed)",
         {"S3cret", "PW@"}},
        {"postgresql://postgres:S3c/r3tPW@127.0.0.1/db", at_after_host, {"S3c", "r3tPW"}},
        {"postgresql://postgres:S3c@r3tPW@127.0.0.1/db", at_after_host, {"S3c", "r3tPW"}},
        {"postgres://app:Zq9@evil.example:6000/leakdb@127.0.0.1/app",
         at_after_host,
         {"Zq9", "evil.example", "6000", "leakdb"}},
        {"postgresql://app:Zq9/x?y@127.0.0.1/app", at_after_host, {"Zq9", "x?y"}},
        {"postgresql://postgres:S3cretPW/db", "invalid database URL (the port is not a number)", {"S3cretPW"}},
        {"postgress://app:Zq9Wv3z@db/app",
         "invalid database URL (it must start with postgresql:// or postgres://)",
         {"Zq9Wv3z"}},
        {"postgresql:/app:Zq9Wv3z@db/app",
         "invalid database URL (it must start with postgresql:// or postgres://)",
         {"Zq9Wv3z"}},
        {"host=db password='Zq9 Wv3z",
         "invalid database connection string (a quoted value is not terminated)",
         {"Zq9", "Wv3z"}},
        {"host=db password=Zq9 Wv3z",
         "invalid database connection string (a word has no '=' (quote a value that contains spaces))",
         {"Zq9", "Wv3z"}},
        {"host=db password=Zq9 Wv3z=1",
         "invalid database connection string (an option name is unknown)",
         {"Zq9", "Wv3z"}},
    };
    for (const auto& malformed : cases) {
        CAPTURE(malformed.conninfo);
        for (const auto& use : {std::function<void()>([&] { introspect::describe_target(malformed.conninfo); }),
                                std::function<void()>([&] { introspect::with_database(malformed.conninfo, "x"); }),
                                std::function<void()>([&] { introspect::read_schema(malformed.conninfo); })}) {
            Error error = error_of(use);
            CHECK(error.kind() == ErrorKind::Usage);
            CHECK(error.message() == malformed.message);
            for (const auto& fragment : malformed.fragments)
                CHECK(std::string(error.what()).find(fragment) == std::string::npos);
        }
    }
}

TEST_CASE(
    "introspect: a password with '@' and '/' written as %40 and %2F is fine, and the target names no part of it") {
    PgEnvironment clean({});
    CHECK(introspect::describe_target("postgresql://app:Zq9%40evil.example%2Fleakdb@db.example:6543/app") ==
          "host=db.example port=6543 dbname=app");
    CHECK(introspect::describe_target("postgresql://app@db.example/app?sslmode=require&application_name=a%40b") ==
          "host=db.example port=5432 dbname=app");
}

TEST_CASE("introspect: with_database replaces only the database and quotes every value") {
    CHECK(introspect::with_database("host=db port=5433 dbname=app user=me password=se'cret", "scratch") ==
          "dbname='scratch' host='db' password='se\\'cret' port='5433' user='me'");
    CHECK(introspect::with_database("postgresql://me@db:5433/app", "scratch one") ==
          "dbname='scratch one' host='db' port='5433' user='me'");
    CHECK(introspect::with_database("", "x") == "dbname='x'");
}

TEST_CASE("introspect: a server that cannot be reached is a connection error naming the target, not the password") {
    PgEnvironment clean({});
    const std::string socket_dir = "/nonexistent/schemadiff-socket-dir";
    Error error = error_of([&] {
        introspect::read_schema("host=" + socket_dir +
                                " port=5432 dbname=app user=me password=s3cret connect_timeout=2");
    });
    CHECK(error.kind() == ErrorKind::Connection);
    // The reason after the colon is libpq's own text and varies between versions; the part schemadiff writes is fixed.
    const std::string prefix = "could not connect to the database (host=" + socket_dir + " port=5432 dbname=app): ";
    CHECK(error.message().substr(0, prefix.size()) == prefix);
    CHECK(error.message().find(socket_dir + "/.s.PGSQL.5432") != std::string::npos);
    CHECK(error.message().find("s3cret") == std::string::npos);
}

namespace {
auto has_server() -> bool {
    return std::getenv("PGHOST") != nullptr || std::getenv("PGPORT") != nullptr;
}
}  // namespace

// Online (skipped without PG* variables, as in ctest's online runs). The server ends the session itself, which is
// what a server stopped or restarted in the middle of a statement does to it.
TEST_CASE("introspect: a connection lost while running SQL names host, port and database, not the password" *
          doctest::skip(!has_server())) {
    const std::string conninfo = "password=Zq9s3cret connect_timeout=10";
    const std::string target = introspect::describe_target(conninfo);
    Error error = error_of([&] { introspect::execute(conninfo, "SELECT pg_terminate_backend(pg_backend_pid())"); });
    CHECK(error.kind() == ErrorKind::Connection);
    CHECK(error.message() == "lost the connection to the database (" + target + ") while executing SQL");
    CHECK(std::string(error.what()).find("Zq9s3cret") == std::string::npos);

    Error pipelined = error_of([&] {
        introspect::run_statements(conninfo, {"SELECT pg_terminate_backend(pg_backend_pid())", "SELECT 1"});
    });
    CHECK(pipelined.kind() == ErrorKind::Connection);
    CHECK(pipelined.message().find("(" + target + ")") != std::string::npos);
    CHECK(std::string(pipelined.what()).find("Zq9s3cret") == std::string::npos);
}
