// A throwaway PostgreSQL cluster: initdb, a server on a private Unix socket, stop and remove.
#include "local_cluster.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <functional>
#include <future>
#include <map>
#include <mutex>
#include <thread>

#include "schemadiff/core/error.hpp"
#include "schemadiff/introspect/introspect.hpp"

namespace schemadiff::engine {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kFolderPrefix = "schemadiff-cluster-";
constexpr int kPort = 5432;  // only names the socket file: the socket folder is private

/// The OS account the server runs as: ours, or `postgres` when we are root.
struct Account {
    bool switch_user = false;
    uid_t uid = 0;
    gid_t gid = 0;
};

auto server_account() -> Account {
    if (::geteuid() != 0) return {};
    struct passwd* entry = ::getpwnam("postgres");  // called once, before any fork
    if (entry == nullptr) {
        throw Error(ErrorKind::Usage,
                    "schemadiff runs as root and there is no `postgres` user to run its throwaway PostgreSQL as "
                    "(PostgreSQL refuses to run as root): run schemadiff as another user, or pass --dev-db");
    }
    return {true, entry->pw_uid, entry->pw_gid};
}

/// Everything a child needs, prepared before fork: after it only async-signal-safe calls are allowed (other threads
/// may hold malloc's locks).
struct ChildSpec {
    std::vector<std::string> args;
    Account account;
    fs::path cwd;
    int output_fd = -1;  ///< stdout and stderr; -1: a pipe (capture)
    bool parent_death = false;
};

/// The environment of initdb and the server: none of schemadiff's (PGPASSWORD, CI tokens, ...), which code running in
/// the server could read. The time zone is kept: the server prints timestamps in it.
auto server_environment() -> std::vector<std::string> {
    std::vector<std::string> environment{"PATH=/usr/local/bin:/usr/bin:/bin", "LC_ALL=C", "LANG=C"};
    if (const char* zone = std::getenv("TZ")) environment.push_back(std::string("TZ=") + zone);
    return environment;
}

/// fork + exec. Returns the child's pid; with a capture pipe, its read end in `*capture`.
auto spawn(const ChildSpec& spec, int* capture = nullptr) -> pid_t {
    std::vector<char*> argv;
    for (const auto& arg : spec.args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    static const std::vector<std::string> environment = server_environment();
    std::vector<char*> envp;
    for (const auto& entry : environment) envp.push_back(const_cast<char*>(entry.c_str()));
    envp.push_back(nullptr);
    std::string cwd = spec.cwd.string();
    int pipe_fds[2] = {-1, -1};
    if (capture != nullptr && ::pipe2(pipe_fds, O_CLOEXEC) != 0) {
        throw Error(ErrorKind::Io, fmt::format("cannot create a pipe: {}", std::strerror(errno)));
    }
    int out = capture != nullptr ? pipe_fds[1] : spec.output_fd;
    pid_t pid = ::fork();
    if (pid < 0) throw Error(ErrorKind::Io, fmt::format("cannot start {}: {}", spec.args[0], std::strerror(errno)));
    if (pid == 0) {
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);  // schemadiff blocks the termination signals; the child must not
        if (out >= 0) {
            ::dup2(out, STDOUT_FILENO);
            ::dup2(out, STDERR_FILENO);
        }
        int devnull = ::open("/dev/null", O_RDONLY);
        if (devnull >= 0) ::dup2(devnull, STDIN_FILENO);
        if (spec.account.switch_user) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(spec.account.gid) != 0 || ::setuid(spec.account.uid) != 0) {
                ::_exit(126);
            }
        }
        // After the change of user, which clears it: the server stops when the thread that started it ends, which is
        // a thread that lives as long as schemadiff (keeper below).
        if (spec.parent_death) ::prctl(PR_SET_PDEATHSIG, SIGQUIT);
        if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) ::_exit(126);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    if (capture != nullptr) {
        ::close(pipe_fds[1]);
        *capture = pipe_fds[0];
    }
    return pid;
}

auto wait_exit(pid_t pid) -> int {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/// Runs `work` on one thread that lives as long as the process. A child's parent-death signal follows the thread
/// that forked it, not the process: the server is forked here so that it stops exactly when schemadiff ends.
void on_keeper_thread(std::function<void()> work) {
    // Never destroyed: the thread waits on them until the process ends (a destructor at exit would wait for it).
    struct Keeper {
        std::mutex mutex;
        std::condition_variable ready;
        std::deque<std::packaged_task<void()>> tasks;
    };
    static Keeper* keeper = [] {
        auto* made = new Keeper;
        std::thread([made] {
            for (;;) {
                std::packaged_task<void()> task;
                {
                    std::unique_lock lock(made->mutex);
                    made->ready.wait(lock, [made] { return !made->tasks.empty(); });
                    task = std::move(made->tasks.front());
                    made->tasks.pop_front();
                }
                task();
            }
        }).detach();
        return made;
    }();
    std::packaged_task<void()> task(std::move(work));
    auto done = task.get_future();
    {
        std::lock_guard lock(keeper->mutex);
        keeper->tasks.push_back(std::move(task));
    }
    keeper->ready.notify_one();
    done.get();  // rethrows
}

/// "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" -> 15; 0 when it does not run.
auto server_major(const fs::path& folder) -> int {
    static std::mutex mutex;
    static std::map<fs::path, int> known;
    std::lock_guard lock(mutex);
    if (auto it = known.find(folder); it != known.end()) return it->second;
    int major = 0;
    std::error_code ec;
    if (::access((folder / "postgres").c_str(), X_OK) == 0 && ::access((folder / "initdb").c_str(), X_OK) == 0) {
        int fd = -1;
        pid_t pid = spawn(ChildSpec{{(folder / "postgres").string(), "--version"}, {}, {}, -1, false}, &fd);
        std::string output;
        char buffer[256];
        for (ssize_t got; (got = ::read(fd, buffer, sizeof buffer)) > 0;)
            output.append(buffer, static_cast<size_t>(got));
        ::close(fd);
        if (wait_exit(pid) == 0) {
            auto paren = output.find(") ");
            if (paren != std::string::npos) major = std::atoi(output.c_str() + paren + 2);
        }
    }
    known[folder] = major;
    return major;
}

auto candidate_folders(const std::vector<std::string>& hints) -> std::vector<fs::path> {
    std::vector<fs::path> out;
    auto add_list = [&](const std::string& list, bool given) {
        size_t start = 0;
        while (start <= list.size()) {
            size_t end = list.find(':', start);
            if (end == std::string::npos) end = list.size();
            if (end > start) {
                fs::path folder = list.substr(start, end - start);
                std::error_code absolute_ec;
                out.push_back(given ? fs::absolute(folder, absolute_ec) : folder);  // PATH's relative ones go below
            }
            start = end + 1;
        }
    };
    for (const auto& hint : hints) add_list(hint, true);
    if (const char* env = std::getenv("SCHEMADIFF_PG_BINDIR")) add_list(env, true);
    std::error_code ec;
    for (const char* root : {"/usr/lib/postgresql", "/opt/homebrew/opt", "/usr/local/opt"}) {
        std::vector<fs::path> found;
        for (auto it = fs::directory_iterator(root, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
            std::string name = it->path().filename().string();
            if (std::string_view(root) == "/usr/lib/postgresql" || name.rfind("postgresql@", 0) == 0) {
                found.push_back(it->path() / "bin");
            }
        }
        std::sort(found.begin(), found.end());
        out.insert(out.end(), found.rbegin(), found.rend());
        ec.clear();
    }
    for (auto it = fs::directory_iterator("/usr", ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        if (it->path().filename().string().rfind("pgsql-", 0) == 0) out.push_back(it->path() / "bin");
    }
    out.emplace_back("/usr/local/pgsql/bin");
    if (const char* path = std::getenv("PATH")) add_list(path, false);
    // Only absolute folders that not everyone can write to: a relative PATH entry or a world-writable folder could
    // hold a planted `postgres` that the version probe would run.
    std::erase_if(out, [](const fs::path& folder) {
        struct stat info {};
        return !folder.is_absolute() || ::stat(folder.c_str(), &info) != 0 || (info.st_mode & S_IWOTH) != 0;
    });
    return out;
}

auto temporary_root() -> fs::path {
    if (const char* dir = std::getenv("SCHEMADIFF_TMPDIR"); dir != nullptr && dir[0] != '\0') return dir;
    // As root the server runs as postgres, which must be able to reach the folder: not a TMPDIR under /root.
    if (::geteuid() != 0) {
        if (const char* dir = std::getenv("TMPDIR"); dir != nullptr && dir[0] != '\0') return dir;
    }
    return "/tmp";
}

auto read_log(const fs::path& path) -> std::string {
    std::ifstream in(path);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    auto last = text.rfind('\n');
    return last == std::string::npos ? text : text.substr(last + 1);  // the last line says why
}

std::mutex clusters_mutex;
std::map<pid_t, fs::path> running_clusters;

void stop_server(pid_t pid) {
    if (pid <= 0) return;
    ::kill(pid, SIGQUIT);  // immediate shutdown: nothing in a throwaway cluster needs to reach the disk
    for (int tries = 0; tries < 100; ++tries) {
        int status = 0;
        pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid || (done < 0 && errno == ECHILD)) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ::kill(pid, SIGKILL);
    wait_exit(pid);
}

auto pid_alive(pid_t pid) -> bool {
    return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
}

}  // namespace

auto find_server_binaries(int major, const std::vector<std::string>& hints) -> std::optional<ServerBinaries> {
    for (const auto& folder : candidate_folders(hints)) {
        if (server_major(folder) == major) return ServerBinaries{folder, major};
    }
    return std::nullopt;
}

auto newest_server_binaries(const std::vector<std::string>& hints) -> std::optional<ServerBinaries> {
    std::optional<ServerBinaries> best;
    for (const auto& folder : candidate_folders(hints)) {
        int major = server_major(folder);
        if (major > 0 && (!best || major > best->major)) best = ServerBinaries{folder, major};
    }
    return best;
}

auto LocalCluster::start(const ServerBinaries& binaries, const std::string& superuser)
    -> std::unique_ptr<LocalCluster> {
    Account account = server_account();
    std::unique_ptr<LocalCluster> cluster(new LocalCluster);
    cluster->superuser_ = superuser;
    std::string pattern = (temporary_root() / (std::string(kFolderPrefix) + "XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw Error(ErrorKind::Io, fmt::format("cannot create a folder for a throwaway PostgreSQL in {}: {}",
                                               temporary_root().string(), std::strerror(errno)));
    }
    cluster->folder_ = pattern;  // from here on, the destructor removes it
    const fs::path& folder = cluster->folder_;
    if (folder.string().size() + 20 > 107) {
        throw Error(ErrorKind::Usage, fmt::format("{} is too long for a Unix socket path: set SCHEMADIFF_TMPDIR to a "
                                                  "shorter folder",
                                                  folder.string()));
    }
    {
        // Who made it: `schemadiff cleanup` removes the folder once that process is gone.
        std::ofstream owner(folder / "schemadiff.pid");
        owner << ::getpid() << "\n";
    }
    if (account.switch_user && ::chown(folder.c_str(), account.uid, account.gid) != 0) {
        throw Error(ErrorKind::Io,
                    fmt::format("cannot hand {} to the postgres user: {}", folder.string(), std::strerror(errno)));
    }
    fs::path log = folder / "server.log";
    int log_fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (log_fd < 0) throw Error(ErrorKind::Io, fmt::format("cannot create {}: {}", log.string(), std::strerror(errno)));
    if (account.switch_user) (void)::fchown(log_fd, account.uid, account.gid);

    std::string where = fmt::format("PostgreSQL {} from {}", binaries.major, binaries.folder.string());
    ChildSpec initdb{{(binaries.folder / "initdb").string(), "-D", (folder / "data").string(), "-U", superuser, "-A",
                      "trust", "-E", "UTF8", "--locale=C", "--no-sync"},
                     account,
                     folder,
                     log_fd,
                     false};
    if (wait_exit(spawn(initdb)) != 0) {
        ::close(log_fd);
        throw Error(ErrorKind::Io, fmt::format("initdb of a throwaway {} failed: {}", where, read_log(log)));
    }
    ChildSpec server{{(binaries.folder / "postgres").string(),
                      "-D",
                      (folder / "data").string(),
                      "-k",
                      folder.string(),
                      "-p",
                      std::to_string(kPort),
                      "-c",
                      "listen_addresses=",
                      "-c",
                      "unix_socket_permissions=0700",
                      "-c",
                      "fsync=off",
                      "-c",
                      "full_page_writes=off",
                      "-c",
                      "synchronous_commit=off",
                      "-c",
                      "autovacuum=off",
                      "-c",
                      "shared_buffers=16MB",
                      "-c",
                      "max_connections=30",
                      "-c",
                      "jit=off",
                      "-c",
                      "logging_collector=off",
                      "-c",
                      "log_min_messages=warning"},
                     account,
                     folder,
                     log_fd,
                     true};
    {
        std::lock_guard lock(clusters_mutex);  // an interrupt between fork and registration still stops it
        on_keeper_thread([&] { cluster->server_ = spawn(server); });
        running_clusters[cluster->server_] = folder;
    }
    ::close(log_fd);

    std::string ping = cluster->conninfo() + " connect_timeout=2";
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    for (;;) {
        if (introspect::accepts_connections(ping)) break;
        int status = 0;
        if (::waitpid(cluster->server_, &status, WNOHANG) == cluster->server_) {
            {
                std::lock_guard lock(clusters_mutex);
                running_clusters.erase(cluster->server_);
            }
            cluster->server_ = -1;
            throw Error(ErrorKind::Io, fmt::format("a throwaway {} did not start: {}", where, read_log(log)));
        }
        if (std::chrono::steady_clock::now() > deadline) {
            throw Error(ErrorKind::Io,
                        fmt::format("a throwaway {} did not accept connections within 60 s: {}", where, read_log(log)));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return cluster;
}

LocalCluster::~LocalCluster() {
    {
        std::lock_guard lock(clusters_mutex);
        running_clusters.erase(server_);
    }
    stop_server(server_);
    std::error_code ec;
    if (!folder_.empty()) fs::remove_all(folder_, ec);
}

auto LocalCluster::conninfo() const -> std::string {
    return fmt::format("host='{}' port={} user='{}' dbname=postgres", folder_.string(), kPort, superuser_);
}

void stop_all_clusters() {
    std::lock_guard lock(clusters_mutex);
    for (const auto& [pid, folder] : running_clusters) {
        stop_server(pid);
        std::error_code ec;
        fs::remove_all(folder, ec);
    }
    running_clusters.clear();
}

auto remove_stale_cluster_folders() -> std::vector<fs::path> {
    std::vector<fs::path> removed;
    std::error_code ec;
    for (auto it = fs::directory_iterator(temporary_root(), ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
        if (it->path().filename().string().rfind(kFolderPrefix, 0) != 0) continue;
        auto pid_in = [](const fs::path& file) {
            std::ifstream in(file);
            pid_t pid = 0;
            in >> pid;
            return pid;
        };
        pid_t owner = pid_in(it->path() / "schemadiff.pid");
        pid_t server = pid_in(it->path() / "data" / "postmaster.pid");
        if (pid_alive(owner) || pid_alive(server)) continue;
        if (owner == 0 && server == 0) {
            // Neither is known yet: maybe a cluster being made right now. Only when older than a minute.
            std::error_code age_ec;
            auto age = fs::file_time_type::clock::now() - fs::last_write_time(it->path(), age_ec);
            if (age_ec || age < std::chrono::minutes(1)) continue;
        }
        std::error_code remove_ec;
        fs::remove_all(it->path(), remove_ec);
        if (!remove_ec) removed.push_back(it->path());
    }
    return removed;
}

}  // namespace schemadiff::engine
