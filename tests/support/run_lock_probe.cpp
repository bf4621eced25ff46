// The lock verification test (issue 3): the catalogue's lock and rewrite claims, checked on a real server.
//
// A probe is tests/locks/<rule-id>.sql (or <rule-id>.<variant>.sql): setup SQL (after the shared
// tests/locks/_fixture.sql), a line `-- statement`, then the rule's representative statement. Header comments name what
// the claim is about:
//   -- relation: NAME             a table, index or sequence (repeatable; default: t)
//   -- type: NAME                 a type (object lock, pg_locks.locktype = 'object')
//   -- extension: NAME            an extension (object lock)
//   -- min_server_version: N      skip (77) on older servers
//   -- blocker: MODE              the lock the blocking transaction holds (statements run outside a transaction, below;
//                                 default ROW EXCLUSIVE), e.g. SHARE UPDATE EXCLUSIVE to make a plain VACUUM wait
// The runner creates a scratch database, runs the fixture and the setup, records pg_class.relfilenode, then runs the
// statement in a transaction and reads pg_locks of its own backend before committing. It checks that
//   1. the strongest lock on every named target is exactly the rule's lock (lock_pg_name);
//   2. no relation that existed before the statement is locked more strongly than the rule claims;
//   3. the relfilenode of every named relation changed iff the rule claims Effect::Rewrite;
//   4. unless it claims a rewrite, an index of a named relation was built (an index relfilenode that was not there
//      before) iff the rule claims Effect::IndexBuild; a named index counts as built when its own storage is new
//      (REINDEX), and is never "rewritten".
// A statement with CONCURRENTLY (but REFRESH MATERIALIZED VIEW CONCURRENTLY, which may run in one), or VACUUM, cannot
// run in a transaction: the runner checks that it fails in one (SQLSTATE 25001), then runs it on its own connection
// while a second one holds the blocker's lock on the first named relation in an open transaction, which makes the
// statement wait in a predictable state, and reads its locks, the one it waits for included, from a third connection.
//
// Usage:
//   run_lock_probe PROBE.sql        one probe; exit 0 pass, 1 fail, 77 skipped (no PG* variables, server too old)
//   run_lock_probe --coverage DIR   offline: every rule with a lock claim has DIR/<id>.sql, every probe names one
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <pqxx/pqxx>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "schemadiff/engine/scratch.hpp"
#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/safety/safety.hpp"

namespace fs = std::filesystem;
using namespace schemadiff;
using safety::LockMode;

namespace {

constexpr int kSkipped = 77;
constexpr const char* kFixture = "_fixture.sql";
constexpr long kFirstUserOid = 16384;  ///< FirstNormalObjectId: objects below it come with the server

enum class TargetKind { Relation, Type, Extension };

/// Where a relation's data lives: its relfilenode (nullopt once dropped) and its indexes' relfilenodes (an index
/// re-created over the old storage, as ALTER COLUMN TYPE does when it can reuse one, keeps its relfilenode).
struct Storage {
    std::optional<long> filenode;
    std::set<long> indexes;
};

struct Target {
    TargetKind kind;
    std::string name;
    long oid = 0;
    bool index = false;  ///< a relation that is an index
    Storage before;      ///< relations: before the statement
};

struct Probe {
    std::string rule_id;
    std::string setup;
    std::string statement;
    std::vector<Target> targets;
    int min_server_version = 0;
    bool concurrently = false;  ///< must run outside a transaction (CONCURRENTLY, VACUUM)
    std::string blocker = "ROW EXCLUSIVE";
};

/// One granted lock of the probed backend on a relation or an object.
struct HeldLock {
    bool relation;  ///< locktype 'relation' (else 'object')
    long classid;   ///< objects: the catalog (pg_type, pg_extension)
    long oid;       ///< relation oid or objid
    LockMode mode;
};

auto read_text(const fs::path& path) -> std::string {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// A rule needs a probe when it claims a lock; the execution-envelope rules (exec-*) are about how statements run.
auto needs_probe(const safety::Rule& rule) -> bool {
    return rule.lock != LockMode::None && !rule.id.starts_with("exec-");
}

/// The rule a probe file verifies: `<rule-id>.sql`, or `<rule-id>.<variant>.sql` for another case of the same rule.
auto rule_of(const fs::path& path) -> std::string {
    std::string stem = path.stem().string();
    return stem.substr(0, stem.find('.'));
}

auto parse_probe(const fs::path& path) -> Probe {
    Probe probe;
    probe.rule_id = rule_of(path);
    static const std::regex directive(R"(^--\s*(relation|type|extension|min_server_version):\s*(\S+)\s*$)");
    static const std::regex blocker(R"(^--\s*blocker:\s*([A-Za-z ]+?)\s*$)");
    static const std::regex marker(R"(^--\s*statement\s*$)");
    std::istringstream in(read_text(path));
    bool in_statement = false;
    for (std::string line; std::getline(in, line);) {
        std::smatch match;
        if (std::regex_match(line, marker)) {
            if (in_statement) throw std::runtime_error(path.string() + ": more than one '-- statement' line");
            in_statement = true;
            continue;
        }
        if (std::regex_match(line, match, blocker)) probe.blocker = match[1];
        if (std::regex_match(line, match, directive)) {
            if (match[1] == "min_server_version") {
                probe.min_server_version = std::stoi(match[2]);
            } else {
                TargetKind kind = match[1] == "relation" ? TargetKind::Relation
                                  : match[1] == "type"   ? TargetKind::Type
                                                         : TargetKind::Extension;
                probe.targets.push_back({kind, match[2]});
            }
        }
        (in_statement ? probe.statement : probe.setup) += line + "\n";
    }
    if (!in_statement) throw std::runtime_error(path.string() + ": no '-- statement' line");
    if (probe.targets.empty()) probe.targets.push_back({TargetKind::Relation, "t"});
    static const std::regex concurrently(R"(\bconcurrently\b)", std::regex::icase);
    static const std::regex refresh(R"(^\s*refresh\b)", std::regex::icase);
    static const std::regex vacuum(R"(^\s*vacuum\b)", std::regex::icase);
    probe.concurrently =
        (std::regex_search(probe.statement, concurrently) && !std::regex_search(probe.statement, refresh)) ||
        std::regex_search(probe.statement, vacuum);
    return probe;
}

auto coverage(const fs::path& dir) -> int {
    std::vector<std::string> problems;
    std::set<std::string> probes;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".sql" || entry.path().filename().string().starts_with("_")) continue;
        probes.insert(rule_of(entry.path()));
        const safety::Rule* rule = safety::find_rule(rule_of(entry.path()));
        if (rule == nullptr) {
            problems.push_back(fmt::format("{} names no rule of the catalogue", entry.path().filename().string()));
        } else if (!needs_probe(*rule)) {
            problems.push_back(fmt::format("{}: rule {} claims no lock, there is nothing to verify",
                                           entry.path().filename().string(), rule->id));
        }
        try {
            parse_probe(entry.path());
        } catch (const std::exception& failure) {
            problems.push_back(failure.what());
        }
    }
    int checked = 0;
    for (const auto& rule : safety::catalogue()) {
        if (!needs_probe(rule)) continue;
        ++checked;
        if (probes.count(std::string(rule.id)) == 0) {
            problems.push_back(fmt::format("rule {} claims {} but has no probe: add {}/{}.sql", rule.id,
                                           safety::lock_name(rule.lock), dir.string(), rule.id));
        }
    }
    for (const auto& problem : problems) std::cout << "FAIL " << problem << "\n";
    if (!problems.empty()) return 1;
    std::cout << fmt::format("ok: {} rules claim a lock, each has a probe in {}\n", checked, dir.string());
    return 0;
}

auto mode_from_pg(const std::string& name) -> std::optional<LockMode> {
    for (int i = 1; i <= static_cast<int>(LockMode::AccessExclusive); ++i) {
        auto mode = static_cast<LockMode>(i);
        if (safety::lock_pg_name(mode) == name) return mode;
    }
    return std::nullopt;  // SIReadLock and the like: not a table lock mode
}

auto mode_text(std::optional<LockMode> mode) -> std::string {
    return mode ? std::string(safety::lock_pg_name(*mode)) : std::string("no lock");
}

/// Granted relation and object locks of backend `pid`, read through `tx`.
/// `waiting`: the locks it waits for count too (a statement observed while a blocker holds it up).
auto held_locks(pqxx::transaction_base& tx, int pid, bool waiting = false) -> std::vector<HeldLock> {
    std::vector<HeldLock> out;
    auto rows = tx.exec(fmt::format(
        "SELECT locktype = 'relation', coalesce(classid, 0)::bigint, coalesce(relation, objid)::bigint, mode "
        "FROM pg_locks WHERE pid = {} AND (granted OR {}) AND locktype IN ('relation', 'object')",
        pid, waiting ? "true" : "false"));
    for (const auto& row : rows) {
        if (auto mode = mode_from_pg(row[3].as<std::string>())) {
            out.push_back({row[0].as<bool>(), row[1].as<long>(), row[2].as<long>(), *mode});
        }
    }
    return out;
}

auto storage(pqxx::transaction_base& tx, long oid) -> Storage {
    Storage out;
    auto value = tx.exec1(fmt::format("SELECT pg_relation_filenode({})", oid))[0];
    if (!value.is_null()) out.filenode = value.as<long>();
    for (const auto& row : tx.exec(
             fmt::format("SELECT pg_relation_filenode(indexrelid)::bigint FROM pg_index WHERE indrelid = {}", oid))) {
        out.indexes.insert(row[0].as<long>());
    }
    return out;
}

class ProbeRun {
public:
    ProbeRun(Probe probe, const safety::Rule& rule, std::string conninfo)
        : probe_(std::move(probe)), rule_(rule), conninfo_(std::move(conninfo)) {}

    /// Fixture and setup, then the oids and relfilenodes the checks compare against.
    void prepare(const std::string& fixture) {
        pqxx::connection connection(conninfo_);
        pqxx::nontransaction tx(connection);
        try {
            if (!fixture.empty()) tx.exec(fixture);
            tx.exec(probe_.setup);
        } catch (const pqxx::sql_error& failure) {
            throw std::runtime_error(std::string("the setup failed: ") + failure.what());
        }
        classes_[tx.exec1("SELECT 'pg_type'::regclass::oid::bigint")[0].as<long>()] = TargetKind::Type;
        classes_[tx.exec1("SELECT 'pg_extension'::regclass::oid::bigint")[0].as<long>()] = TargetKind::Extension;
        for (auto& target : probe_.targets) {
            std::string lookup;
            switch (target.kind) {
                case TargetKind::Relation:
                    lookup = "SELECT to_regclass({})::oid::bigint";
                    break;
                case TargetKind::Type:
                    lookup = "SELECT to_regtype({})::oid::bigint";
                    break;
                case TargetKind::Extension:
                    lookup = "SELECT oid::bigint FROM pg_extension WHERE extname = {}";
                    break;
            }
            auto rows = tx.exec(fmt::format(fmt::runtime(lookup), tx.quote(target.name)));
            if (rows.empty() || rows[0][0].is_null()) {
                throw std::runtime_error(
                    fmt::format("the setup creates no {} named {}", kind_name(target.kind), target.name));
            }
            target.oid = rows[0][0].as<long>();
            if (target.kind == TargetKind::Relation) {
                target.before = storage(tx, target.oid);
                target.index =
                    tx.exec1(fmt::format("SELECT relkind IN ('i', 'I') FROM pg_class WHERE oid = {}", target.oid))[0]
                        .as<bool>();
            }
        }
        for (const auto& row :
             tx.exec(fmt::format("SELECT oid::bigint, relname FROM pg_class WHERE oid >= {}", kFirstUserOid))) {
            relations_[row[0].as<long>()] = row[1].as<std::string>();
        }
    }

    /// The statement in a transaction; locks and relfilenodes are read in it before it commits.
    void run_in_transaction() {
        pqxx::connection connection(conninfo_);
        pqxx::work tx(connection);
        try {
            tx.exec(probe_.statement);
        } catch (const pqxx::sql_error& failure) {
            throw std::runtime_error(std::string("the statement failed: ") + failure.what());
        }
        locks_ = held_locks(tx, connection.backendpid());
        for (const auto& target : probe_.targets) {
            if (target.kind == TargetKind::Relation) after_[target.oid] = storage(tx, target.oid);
        }
        tx.commit();
    }

    /// CONCURRENTLY: refused in a transaction; outside one, its locks are read while it waits on a blocker.
    void run_concurrently() {
        {
            pqxx::connection connection(conninfo_);
            pqxx::work tx(connection);
            try {
                tx.exec(probe_.statement);
                failures_.push_back("the statement succeeded inside a transaction block");
            } catch (const pqxx::sql_error& failure) {
                if (failure.sqlstate() != "25001") {
                    failures_.push_back(
                        fmt::format("inside a transaction block it failed with SQLSTATE {} instead of "
                                    "25001: {}",
                                    failure.sqlstate(), failure.what()));
                }
            }
        }
        const Target* table = first_relation();
        if (table == nullptr) throw std::runtime_error("a CONCURRENTLY probe needs a relation to block on");
        pqxx::connection blocker_connection(conninfo_), statement_connection(conninfo_), observer_connection(conninfo_);
        pqxx::work blocker(blocker_connection);
        blocker.exec(fmt::format("LOCK TABLE {} IN {} MODE", table->name, probe_.blocker));
        int pid = statement_connection.backendpid();
        std::atomic<bool> done = false;
        std::string error;
        std::thread statement([&] {
            try {
                pqxx::nontransaction tx(statement_connection);
                tx.exec("SET statement_timeout = '60s'");
                tx.exec(probe_.statement);
            } catch (const std::exception& failure) {
                error = failure.what();
            }
            done = true;
        });
        bool waited = false;
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        try {
            while (!done && std::chrono::steady_clock::now() < deadline) {
                pqxx::nontransaction observer(observer_connection);
                auto waiting =
                    observer.exec1(fmt::format("SELECT count(*) FROM pg_locks WHERE pid = {} AND NOT granted", pid));
                if (waiting[0].as<int>() > 0) {
                    locks_ = held_locks(observer, pid, true);
                    waited = true;
                    break;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        } catch (const std::exception& failure) {
            failures_.push_back(std::string("observing the statement's locks failed: ") + failure.what());
        }
        blocker.commit();  // lets the statement finish; the thread must be joined on every path
        statement.join();
        if (!error.empty()) failures_.push_back("outside a transaction block the statement failed: " + error);
        if (!waited)
            failures_.push_back("the statement never waited on the blocking transaction: no locks were observed");
        pqxx::nontransaction observer(observer_connection);
        for (const auto& target : probe_.targets) {
            if (target.kind == TargetKind::Relation) after_[target.oid] = storage(observer, target.oid);
        }
    }

    /// Compares what was observed with the claim; prints the verdict and returns the exit code.
    auto check() -> int {
        auto claimed = rule_.lock;
        std::vector<std::string> seen;
        for (const auto& target : probe_.targets) {
            std::optional<LockMode> strongest = strongest_on(target);
            seen.push_back(fmt::format("{} on {}", mode_text(strongest), target.name));
            if (strongest != claimed) {
                failures_.push_back(fmt::format("{} {}: strongest lock held is {}, the rule claims {}",
                                                kind_name(target.kind), target.name, mode_text(strongest),
                                                safety::lock_pg_name(claimed)));
            }
        }
        for (const auto& lock : locks_) {
            if (lock.relation && relations_.count(lock.oid) != 0 && lock.mode > claimed) {
                failures_.push_back(fmt::format("relation {} is locked in {}, stronger than the claimed {}",
                                                relations_[lock.oid], safety::lock_pg_name(lock.mode),
                                                safety::lock_pg_name(claimed)));
            }
        }
        bool claims_rewrite = rule_.effect == safety::Effect::Rewrite;
        bool claims_build = rule_.effect == safety::Effect::IndexBuild;
        bool any_relation = false;
        for (const auto& target : probe_.targets) {
            if (target.kind != TargetKind::Relation) continue;
            any_relation = true;
            const Storage& after = after_[target.oid];
            if (!after.filenode) {  // dropped: nothing was rewritten or built
                seen.push_back(target.name + " dropped");
                if (claims_rewrite || claims_build) {
                    failures_.push_back(fmt::format("relation {} was dropped, the rule claims effect '{}'", target.name,
                                                    safety::effect_name(rule_.effect)));
                }
                continue;
            }
            bool rewritten = after.filenode != target.before.filenode;
            bool built = std::any_of(after.indexes.begin(), after.indexes.end(),
                                     [&](const auto& index) { return target.before.indexes.count(index) == 0; });
            if (target.index) {  // an index's new storage is the index built again (REINDEX), not a table rewrite
                built = rewritten;
                rewritten = false;
            }
            seen.push_back(fmt::format("{} {}{}", target.name, rewritten ? "rewritten" : "not rewritten",
                                       built ? ", index built" : ""));
            if (rewritten != claims_rewrite) {
                failures_.push_back(
                    fmt::format("relation {} was {}rewritten (relfilenode {} -> {}), the rule claims "
                                "effect '{}'",
                                target.name, rewritten ? "" : "not ", target.before.filenode.value_or(0),
                                after.filenode.value_or(0), safety::effect_name(rule_.effect)));
            }
            if (!claims_rewrite && built != claims_build) {
                failures_.push_back(fmt::format("on relation {} {}, the rule claims effect '{}'", target.name,
                                                built ? "an index was built" : "no index was built",
                                                safety::effect_name(rule_.effect)));
            }
        }
        if (claims_rewrite && !any_relation)
            failures_.push_back("the rule claims a rewrite but the probe names no relation");
        std::string summary = fmt::format("{}", fmt::join(seen, ", "));
        if (failures_.empty()) {
            std::cout << fmt::format("ok {}: {} (claimed: {}, {}{})\n", rule_.id, summary,
                                     safety::lock_pg_name(claimed), safety::effect_name(rule_.effect),
                                     probe_.concurrently ? ", run concurrently" : "");
            return 0;
        }
        for (const auto& failure : failures_) std::cout << "FAIL " << rule_.id << ": " << failure << "\n";
        std::cout << "locks held by the statement:\n";
        for (const auto& lock : locks_) std::cout << "  " << describe(lock) << "\n";
        std::cout << "A wrong claim is fixed in src/safety/catalogue.cpp (then regenerate docs/rules.md), not here.\n";
        return 1;
    }

private:
    static auto kind_name(TargetKind kind) -> std::string_view {
        return kind == TargetKind::Relation ? "relation" : kind == TargetKind::Type ? "type" : "extension";
    }

    auto first_relation() const -> const Target* {
        for (const auto& target : probe_.targets) {
            if (target.kind == TargetKind::Relation) return &target;
        }
        return nullptr;
    }

    auto strongest_on(const Target& target) const -> std::optional<LockMode> {
        std::optional<LockMode> strongest;
        for (const auto& lock : locks_) {
            bool on_target = target.kind == TargetKind::Relation
                                 ? lock.relation && lock.oid == target.oid
                                 : !lock.relation && classes_.count(lock.classid) != 0 &&
                                       classes_.at(lock.classid) == target.kind && lock.oid == target.oid;
            if (on_target && (!strongest || lock.mode > *strongest)) strongest = lock.mode;
        }
        return strongest;
    }

    auto describe(const HeldLock& lock) const -> std::string {
        std::string what;
        if (lock.relation) {
            auto name = relations_.find(lock.oid);
            what = name != relations_.end()   ? "relation " + name->second
                   : lock.oid < kFirstUserOid ? fmt::format("system relation {}", lock.oid)
                                              : fmt::format("relation {} (created by the statement)", lock.oid);
        } else {
            auto kind = classes_.find(lock.classid);
            what = kind != classes_.end() ? fmt::format("{} {}", kind_name(kind->second), lock.oid)
                                          : fmt::format("object {}/{}", lock.classid, lock.oid);
        }
        return fmt::format("{}: {}", what, safety::lock_pg_name(lock.mode));
    }

    Probe probe_;
    const safety::Rule& rule_;
    std::string conninfo_;
    std::map<long, TargetKind> classes_;     ///< pg_type / pg_extension oid -> target kind
    std::map<long, std::string> relations_;  ///< user relations that existed before the statement
    std::vector<HeldLock> locks_;
    std::map<long, Storage> after_;  ///< named relations after the statement
    std::vector<std::string> failures_;
};

/// The test server's maintenance database: where the probes' databases are made (engine::ScratchDatabase).
auto admin() -> std::string {
    return introspect::with_database("", "postgres");
}

auto run_probe(const fs::path& path) -> int {
    Probe probe = parse_probe(path);
    const safety::Rule* rule = safety::find_rule(probe.rule_id);
    if (rule == nullptr || !needs_probe(*rule)) {
        std::cout << fmt::format(
            "FAIL {}: {}\n", path.filename().string(),
            rule == nullptr ? "names no rule of the catalogue" : "the rule claims no lock, there is nothing to verify");
        return 1;
    }
    if (std::getenv("PGHOST") == nullptr && std::getenv("PGPORT") == nullptr) {
        std::cout << "skipped: no PG* variables\n";
        return kSkipped;
    }
    {
        pqxx::connection server(admin());
        pqxx::nontransaction tx(server);
        int version = tx.exec1("SHOW server_version_num")[0].as<int>();
        if (version < probe.min_server_version) {
            std::cout << fmt::format("skipped: server {} is older than {}\n", version, probe.min_server_version);
            return kSkipped;
        }
    }
    engine::ScratchDatabase database(admin());
    fs::path fixture = path.parent_path() / kFixture;
    bool concurrently = probe.concurrently;
    ProbeRun run(std::move(probe), *rule, database.conninfo());
    run.prepare(fs::exists(fixture) ? read_text(fixture) : std::string());
    if (concurrently) {
        run.run_concurrently();
    } else {
        run.run_in_transaction();
    }
    return run.check();
}

}  // namespace

int main(int argc, char** argv) {
    try {
        if (argc == 3 && std::string(argv[1]) == "--coverage") return coverage(argv[2]);
        if (argc == 2) return run_probe(argv[1]);
        std::cerr << "usage: run_lock_probe PROBE.sql | run_lock_probe --coverage DIR\n";
        return 2;
    } catch (const std::exception& failure) {
        std::cout << "FAIL " << failure.what() << "\n";
        return 1;
    }
}
