// Scratch databases: chosen server, inert load as an unprivileged role, read back, dropped whatever happens.
#include "schemadiff/engine/scratch.hpp"

#include <fmt/format.h>
#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>

#include "local_cluster.hpp"
#include "schemadiff/core/error.hpp"
#include "schemadiff/core/identifier.hpp"
#include "schemadiff/ddl/ddl.hpp"
#include "schemadiff/introspect/introspect.hpp"

namespace schemadiff::engine {

namespace {

constexpr std::string_view kDatabasePrefix = "schemadiff_scratch_";
constexpr std::string_view kRolePrefix = "schemadiff_loader_";

std::mutex warn_mutex;
std::atomic<bool> interrupted = false;                  // then failures of the threads still running are no news
std::function<void(std::string_view)> warning_handler;  // the CLI's; only it prints

/// What exists right now on some server, for the interrupt handler to drop: scratch database -> (server, role).
std::mutex registry_mutex;
std::map<std::string, std::pair<std::string, std::string>> in_use;

void drop_quietly(const std::string& server, const std::string& database, const std::string& role,
                  std::string* failure = nullptr) {
    try {
        if (!database.empty())
            introspect::execute(server, fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", database));
        if (!role.empty()) introspect::execute(server, fmt::format("DROP ROLE IF EXISTS {}", role));
    } catch (const std::exception& error) {
        if (failure != nullptr) *failure = error.what();
    }
}

/// Our OS user's name: the role a throwaway cluster is made for when no side is a database (as psql would connect).
auto os_user() -> std::string {
    if (::geteuid() == 0) return "postgres";
    if (struct passwd* entry = ::getpwuid(::geteuid()); entry != nullptr && entry->pw_name != nullptr)
        return entry->pw_name;
    return "postgres";
}

/// 32 random hex digits: the loader role's password.
auto random_password() -> std::string {
    std::ifstream in("/dev/urandom", std::ios::binary);
    unsigned char bytes[16] = {};
    in.read(reinterpret_cast<char*>(bytes), sizeof bytes);
    if (!in) throw Error(ErrorKind::Io, "cannot read /dev/urandom");
    std::string out;
    for (unsigned char byte : bytes) out += fmt::format("{:02x}", byte);
    return out;
}

/// Default privileges the loader role got stand for those of the role it loads for.
void rename_loader(model::Schema& schema, const std::string& loader, const std::string& user) {
    auto replace_all = [](std::string& text, const std::string& from, const std::string& to) {
        for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
            text.replace(at, from.size(), to);
        }
    };
    for (auto& object : schema.objects) {
        if (object.kind != model::ObjectKind::DefaultPrivilege) continue;
        replace_all(object.id, loader, user);
        replace_all(object.subject, loader, user);
        replace_all(object.create, loader, quote_ident(user));
        replace_all(object.drop, loader, quote_ident(user));
    }
}

/// The file's WITH [NO] DATA (the load creates every materialized view WITH NO DATA).
void restore_populated(model::Schema& schema, const std::set<std::string>& populated) {
    for (auto& object : schema.objects) {
        if (populated.count(object.id) != 0) model::set_populated(object, true);
    }
}

auto list(const std::string& conninfo, const std::string& sql) -> std::vector<std::string> {
    return introspect::query_column(conninfo, sql);
}

}  // namespace

auto read_database(const std::string& conninfo, const introspect::ReadOptions& options) -> introspect::Introspection {
    auto introspection = introspect::read_schema(conninfo, options);
    ddl::frame_objects(introspection.schema);
    return introspection;
}

ScratchDatabase::ScratchDatabase(std::string server, Loader loader) : server_(std::move(server)) {
    static std::atomic<int> counter = 0;  // the two sides of a diff may load at the same time
    // <pid>_<n>_<unix time>: `schemadiff cleanup` tells from it whether the maker may still be running.
    std::string suffix = fmt::format("{}_{}_{}", ::getpid(), ++counter, std::time(nullptr));
    name_ = std::string(kDatabasePrefix) + suffix;
    if (loader == Loader::Own && introspect::server_info(server_).superuser) role_ = std::string(kRolePrefix) + suffix;
    {
        std::lock_guard lock(registry_mutex);  // before CREATE: an interrupt in between still drops them
        in_use.emplace(name_, std::make_pair(server_, role_));
    }
    try {
        if (!role_.empty()) {
            // No SUPERUSER, CREATEDB, CREATEROLE, BYPASSRLS or membership: what the files run as.
            password_ = random_password();
            introspect::execute(server_, fmt::format("CREATE ROLE {} LOGIN PASSWORD '{}'", role_, password_));
        }
        introspect::execute(server_, fmt::format("CREATE DATABASE {} TEMPLATE template0{}", name_,
                                                 role_.empty() ? "" : " OWNER " + role_));
        if (!role_.empty()) {
            try {
                introspect::server_info(loader_conninfo());
            } catch (const Error& failure) {
                throw Error(ErrorKind::Usage,
                            fmt::format("schema files are loaded as a login role of their own without superuser "
                                        "rights ({}), because the scratch server's connection is a superuser's; "
                                        "the server refused its login ({}). Allow it a password login in "
                                        "pg_hba.conf, or connect as a role without superuser rights that has "
                                        "CREATEDB",
                                        role_, failure.message()));
            }
        }
    } catch (...) {
        drop_quietly(server_, name_, role_);
        forget();
        throw;
    }
}

ScratchDatabase::~ScratchDatabase() {
    std::string failure;
    drop_quietly(server_, name_, role_, &failure);
    if (!failure.empty()) {
        warn(fmt::format(
            "could not drop the scratch database {}{} on {}: {}; `schemadiff cleanup --db <server>` "
            "removes it later",
            name_, role_.empty() ? "" : " and role " + role_, introspect::describe_target(server_), failure));
    }
    forget();
}

auto ScratchDatabase::conninfo() const -> std::string {
    return introspect::with_database(server_, name_);
}

auto ScratchDatabase::loader_conninfo() const -> std::string {
    return role_.empty() ? conninfo() : introspect::with_login(server_, name_, role_, password_);
}

void ScratchDatabase::forget() {
    std::lock_guard lock(registry_mutex);
    in_use.erase(name_);
}

void set_warning_handler(std::function<void(std::string_view)> handler) {
    std::lock_guard lock(warn_mutex);
    warning_handler = std::move(handler);
}

void warn(std::string_view message) {
    if (interrupted) return;
    std::lock_guard lock(warn_mutex);
    if (warning_handler) warning_handler(message);
}

ScratchServer::ScratchServer(ScratchPolicy policy, std::optional<std::string> live)
    : policy_(std::move(policy)), live_(std::move(live)) {}

ScratchServer::~ScratchServer() = default;

auto ScratchServer::conninfo() -> std::string {
    std::lock_guard lock(mutex_);
    if (!conninfo_.empty()) return conninfo_;
    if (!policy_.dev_database.empty()) return conninfo_ = policy_.dev_database;
    if (policy_.live_server && live_) return conninfo_ = *live_;
    int major = 0;
    std::string user = os_user();
    if (live_) {
        auto info = introspect::server_info(*live_);
        major = info.version_num / 10000;
        user = info.user;
    } else if (policy_.pg_major) {
        major = *policy_.pg_major;
    }
    auto binaries =
        major > 0 ? find_server_binaries(major, policy_.pg_bindirs) : newest_server_binaries(policy_.pg_bindirs);
    if (!binaries) {
        std::string version = major > 0 ? fmt::format(" {}", major) : "";
        throw Error(
            ErrorKind::Usage,
            fmt::format("schema files with views, functions, triggers, policies, domains, partitions or grants "
                        "are read in a scratch database, which schemadiff puts on a throwaway PostgreSQL{0} of its "
                        "own (never on the live server): no PostgreSQL{0} server binaries (initdb, postgres) were "
                        "found. Install them{1}, point --pg-bindir at their folder, or pass --dev-db URL (a "
                        "server where schemadiff may create and drop a database)",
                        version, major > 0 ? fmt::format(" (Debian: postgresql-{})", major) : ""));
    }
    cluster_ = LocalCluster::start(*binaries, user);
    return conninfo_ = cluster_->conninfo();
}

auto ScratchServer::throwaway() const -> bool {
    return cluster_ != nullptr;
}

auto read_through_scratch(const parser::ParsedSchema& parsed, ScratchServer& scratch) -> model::Schema {
    std::string server = scratch.conninfo();
    introspect::ServerInfo admin = introspect::server_info(server);
    if (scratch.throwaway()) {
        // A cluster of our own has only its bootstrap role: the roles the files grant to must exist.
        auto existing = list(server, "SELECT rolname FROM pg_catalog.pg_roles");
        for (const auto& role : parsed.roles) {
            if (std::find(existing.begin(), existing.end(), role) == existing.end()) {
                introspect::execute(server, fmt::format("CREATE ROLE {} NOLOGIN", quote_ident(role)));
            }
        }
    }
    ScratchDatabase database(server, ScratchDatabase::Loader::Own);
    const std::string& loader = database.role();

    // Phases (parser/scratch_statements.cpp): the main one as the loader, the others as the connecting role.
    std::vector<std::vector<size_t>> phases(4);
    std::vector<std::string> sql(parsed.statements.size());
    for (size_t at = 0; at < parsed.statements.size(); ++at) {
        const auto& statement = parsed.statements[at];
        auto phase = statement.phase;
        sql[at] = statement.sql;
        if (statement.default_privileges) {
            bool own = std::all_of(statement.for_roles.begin(), statement.for_roles.end(),
                                   [&](const std::string& role) { return role.empty() || role == admin.user; });
            if (!own) {
                phase = parser::ScratchPhase::Last;
            } else if (!loader.empty()) {
                sql[at] = statement.sql_for_current_role;  // the loader stands in for the connecting role
            }
        }
        phases[static_cast<size_t>(phase)].push_back(at);
    }
    std::vector<std::string> session{"SET synchronous_commit = off",
                                     // Unqualified names in schema files mean public (pg_catalog first), as the
                                     // parser reads them, whatever search_path the server, database or role sets.
                                     "SET search_path = public"};
    auto run = [&](const std::vector<size_t>& indexes, const std::string& conninfo) {
        if (indexes.empty()) return;
        std::vector<std::string> texts;
        texts.reserve(indexes.size());
        for (size_t at : indexes) texts.push_back(sql[at]);
        auto failures = introspect::run_statements(conninfo, texts, session);
        if (failures.empty()) return;
        const auto& first = failures.front();
        throw Error(ErrorKind::Parse,
                    fmt::format("{} (running the schema in a scratch database{})", first.message,
                                failures.size() > 1 ? fmt::format("; {} statements fail", failures.size()) : ""),
                    parsed.statements[indexes[first.index]].where);
    };
    run(phases[0], database.conninfo());
    if (!loader.empty()) {
        // What the setup created (and public before PostgreSQL 15, when the bootstrap role owns it) goes to the
        // loader, which creates and grants in it. Ownership is not compared.
        auto schemas = list(database.conninfo(),
                            "SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE (n.nspowner = (SELECT oid FROM "
                            "pg_catalog.pg_roles WHERE rolname = current_user) OR (n.nspname = 'public' AND "
                            "pg_catalog.current_setting('server_version_num')::int < 150000)) AND n.nspname !~ '^pg_' "
                            "AND n.nspname <> 'information_schema'");
        for (const auto& name : schemas) {
            introspect::execute(database.conninfo(),
                                fmt::format("ALTER SCHEMA {} OWNER TO {}", quote_ident(name), loader));
        }
    }
    run(phases[1], database.loader_conninfo());
    run(phases[2], database.conninfo());
    run(phases[3], database.conninfo());

    // A database loaded a moment ago has no statistics on its catalogs yet, and the planner's guesses turn the
    // dependency query into nested loops: 1.6 s after ANALYZE, minutes before, on 1,000 tables.
    introspect::execute(
        database.conninfo(),
        "ANALYZE pg_catalog.pg_class, pg_catalog.pg_attribute, pg_catalog.pg_depend, pg_catalog.pg_type, "
        "pg_catalog.pg_proc, pg_catalog.pg_constraint, pg_catalog.pg_rewrite, pg_catalog.pg_trigger, "
        "pg_catalog.pg_attrdef, pg_catalog.pg_index, pg_catalog.pg_description, pg_catalog.pg_namespace");
    model::Schema schema = read_database(database.conninfo(), {.table_sizes = false}).schema;
    if (!loader.empty()) rename_loader(schema, loader, admin.user);
    restore_populated(schema, parsed.populated_matviews);
    schema.locations = parsed.schema.locations;
    schema.renamed_from = parsed.schema.renamed_from;
    return schema;
}

void drop_all_scratch() {
    interrupted = true;
    {
        std::lock_guard lock(registry_mutex);
        for (const auto& [name, where] : in_use) drop_quietly(where.first, name, where.second);
        in_use.clear();
    }
    stop_all_clusters();
}

auto clean_up_leftovers(const std::string& server, bool all) -> Cleanup {
    Cleanup out;
    auto stale = [&](const std::string& name, std::string_view prefix) {
        // <prefix><pid>_<n>_<unix time>: the process that made it, and when.
        if (all) return true;
        long pid = 0, counter = 0;
        long long made = 0;
        std::sscanf(name.c_str() + prefix.size(), "%ld_%ld_%lld", &pid, &counter, &made);
        if (pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM)) {
            out.kept.push_back(fmt::format("{} (process {} still runs on this machine)", name, pid));
            return false;
        }
        if (std::time(nullptr) - made < 3600) {
            out.kept.push_back(
                fmt::format("{} (made less than an hour ago, maybe by a schemadiff on another machine; "
                            "--all drops it)",
                            name));
            return false;
        }
        return true;
    };
    if (!server.empty()) {
        for (const auto& name : list(server,
                                     "SELECT datname FROM pg_catalog.pg_database WHERE datname LIKE "
                                     "'schemadiff\\_scratch\\_%' ORDER BY 1")) {
            if (!stale(name, kDatabasePrefix)) continue;
            introspect::execute(server, fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", quote_ident(name)));
            out.dropped.push_back("database " + name);
        }
        for (const auto& name : list(server,
                                     "SELECT rolname FROM pg_catalog.pg_roles WHERE rolname LIKE "
                                     "'schemadiff\\_loader\\_%' ORDER BY 1")) {
            if (!stale(name, kRolePrefix)) continue;
            introspect::execute(server, fmt::format("DROP ROLE IF EXISTS {}", quote_ident(name)));
            out.dropped.push_back("role " + name);
        }
    }
    for (const auto& folder : remove_stale_cluster_folders()) out.folders.push_back(folder.string());
    return out;
}

}  // namespace schemadiff::engine
