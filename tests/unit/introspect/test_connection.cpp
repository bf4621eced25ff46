// Only what needs no server: connection strings and the failure to reach one. Reading a catalog is covered by the
// online migration cases (tests/cases) and CLI cases.
#include <doctest/doctest.h>

#include "schemadiff/introspect/introspect.hpp"
#include "unit_support.hpp"

#include <cstdlib>
#include <map>

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

TEST_CASE("introspect: an invalid connection string is a usage error with libpq's reason") {
    Error error = error_of([] { introspect::describe_target("nonsense"); });
    CHECK(error.kind() == ErrorKind::Usage);
    CHECK(error.message() == "invalid database connection string: missing \"=\" after \"nonsense\" in connection info string");
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
        introspect::read_schema("host=" + socket_dir + " port=5432 dbname=app user=me password=s3cret connect_timeout=2");
    });
    CHECK(error.kind() == ErrorKind::Connection);
    // The reason after the colon is libpq's own text and varies between versions; the part schemadiff writes is fixed.
    const std::string prefix = "could not connect to the database (host=" + socket_dir + " port=5432 dbname=app): ";
    CHECK(error.message().substr(0, prefix.size()) == prefix);
    CHECK(error.message().find(socket_dir + "/.s.PGSQL.5432") != std::string::npos);
    CHECK(error.message().find("s3cret") == std::string::npos);
}
